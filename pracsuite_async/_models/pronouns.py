"""Records of ``ps.pronouns`` (tag Pronoun).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

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


__all__ = ["Pronoun"]
