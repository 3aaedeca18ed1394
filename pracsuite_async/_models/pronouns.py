"""Records of ``ps.pronouns`` (tag Pronoun).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class Pronoun(Record):
    """A pronoun record.

    Id: ``pronoun_id``.
    """

    pronoun_id: int
    tenant_id: int | None = None
    description: str | None = None
    nominative: str | None = None
    objective: str | None = None
    possessive: str | None = None
    possessive_determiner: str | None = None
    reflexive: str | None = None


PronounSortField = Literal[
    "description",
    "nominative",
    "objective",
    "possessive",
    "possessive_determiner",
    "pronoun_id",
    "reflexive",
    "tenant_id",
]
"""The fields a list of Pronoun sorts by: ``sort_by=[...]``."""

__all__ = ["Pronoun", "PronounSortField"]
