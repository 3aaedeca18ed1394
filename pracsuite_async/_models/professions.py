"""Records of ``ps.professions`` (tag Profession).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class Profession(Record):
    """A profession record.

    Id: ``profession_id``.
    """

    profession_id: int
    tenant_id: int | None = None
    description: str | None = None
    default_title: str | None = None
    archived: bool | None = None


ProfessionSortField = Literal[
    "archived", "default_title", "description", "profession_id", "tenant_id"
]
"""The fields a list of Profession sorts by: ``sort_by=[...]``."""

__all__ = ["Profession", "ProfessionSortField"]
