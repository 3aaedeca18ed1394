"""Records of ``ps.items`` (tag Item).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import attrs

from ._base import Model, Record


@attrs.frozen(kw_only=True)
class ItemFee(Model):
    """One fee of an item."""

    fee_cat_id: int | None = None
    charge: Decimal | None = None
    discount: Decimal | None = None


@attrs.frozen(kw_only=True)
class Item(Record):
    """An item record.

    Id: ``item_id``.
    """

    item_id: int
    tenant_id: int | None = None
    item_code: str | None = None
    description: str | None = None
    gst: bool | None = None
    archived: bool | None = None
    print_code: str | None = None
    item_fees: tuple[ItemFee, ...] | None = None


ItemSortField = Literal[
    "archived", "description", "gst", "item_code", "item_id", "print_code", "tenant_id"
]
"""The fields a list of Item sorts by: ``sort_by=[...]``."""

__all__ = ["Item", "ItemFee", "ItemSortField"]
