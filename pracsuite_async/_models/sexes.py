"""Records of ``ps.sexes`` (tag Sex).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class Sex(Record):
    """A sex record.

    Id: ``sex_id``.
    """

    sex_id: int
    tenant_id: int | None = None
    description: str | None = None


SexSortField = Literal["description", "sex_id", "tenant_id"]
"""The fields a list of Sex sorts by: ``sort_by=[...]``."""

__all__ = ["Sex", "SexSortField"]
