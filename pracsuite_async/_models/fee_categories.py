"""Records of ``ps.fee_categories`` (tag Fee Category).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class FeeCategory(Record):
    """A fee category record.

    Id: ``fee_cat_id``.
    """

    fee_cat_id: int
    tenant_id: int | None = None
    description: str | None = None
    active: bool | None = None


FeeCategorySortField = Literal["active", "description", "fee_cat_id", "tenant_id"]
"""The fields a list of FeeCategory sorts by: ``sort_by=[...]``."""

__all__ = ["FeeCategory", "FeeCategorySortField"]
