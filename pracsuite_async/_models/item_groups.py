"""Records of ``ps.item_groups`` (tag Item Group).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class ItemGroup(Record):
    """An item group record.

    Id: ``item_group_id``.
    """

    item_group_id: int
    tenant_id: int | None = None
    description: str | None = None
    archived: bool | None = None
    item_ids: tuple[int, ...] | None = None


ItemGroupSortField = Literal["archived", "description", "item_group_id", "tenant_id"]
"""The fields a list of ItemGroup sorts by: ``sort_by=[...]``."""

__all__ = ["ItemGroup", "ItemGroupSortField"]
