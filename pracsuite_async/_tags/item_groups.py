"""``ps.item_groups``: the operations of tag Item Group.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Unpack

from .._models.item_groups import ItemGroup
from .._namespace import CallOptions, ListOptions, Namespace
from .._operations import GetOperation, ListOperation, Operation
from .._pagination import AsyncPager
from .._wire import FilterFormat

_LIST_ITEM_GROUPS = ListOperation(
    operation_id="listItemGroups",
    path="/item_group",
    list_key="item_groups",
    model=ItemGroup,
    sort_fields=frozenset(["archived", "description", "item_group_id", "tenant_id"]),
    filters={"description": FilterFormat.STRING, "archived": FilterFormat.BOOLEAN},
)
_GET_ITEM_GROUP = GetOperation(
    operation_id="getItemGroup", path="/item_group/{item_group_id}", model=ItemGroup
)

METHODS: dict[str, Operation] = {
    "list": _LIST_ITEM_GROUPS,
    "get": _GET_ITEM_GROUP,
}
"""Every method of :class:`ItemGroups` and the operation it sends."""


class ItemGroups(Namespace):
    """Tag Item Group: ``ps.item_groups``.

    Docs: https://docs.api.pracsuite.com/openapi/item-group
    """

    _tag = "item_groups"
    _methods = METHODS

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[ItemGroup]:
        """List Item Groups: ``GET /item_group``.

        Filters: description (string), archived (boolean)

        Docs: https://docs.api.pracsuite.com/openapi/item-group/listitemgroups-get
        """
        return self._list(_LIST_ITEM_GROUPS, "list", {}, {}, options)

    async def get(self, item_group_id: int, /, **options: Unpack[CallOptions]) -> ItemGroup:
        """Get Item Group: ``GET /item_group/{item_group_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/item-group/getitemgroup-get
        """
        return await self._get(_GET_ITEM_GROUP, "get", {"item_group_id": item_group_id}, options)
