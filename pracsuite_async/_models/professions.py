"""Records of ``ps.professions`` (tag Profession).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

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


__all__ = ["Profession"]
