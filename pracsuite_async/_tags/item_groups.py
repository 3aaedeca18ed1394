"""``ps.item_groups``: the operations of tag Item Group.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.item_groups import ItemGroup, ItemGroupSortField
from .._namespace import Namespace
from .._operations import GetOperation, ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_ITEM_GROUPS = ListOperation(
    operation_id="listItemGroups",
    path="/item_group",
    list_key="item_groups",
    model=ItemGroup,
    sort_fields=frozenset(get_args(ItemGroupSortField)),
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

    _methods = METHODS

    @property
    def with_raw_response(self) -> ItemGroupsWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return ItemGroupsWithRawResponse(self._engine)

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[ItemGroupSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[ItemGroup]:
        """List Item Groups: ``GET /item_group``.

        Filters: description (string), archived (boolean)

        Docs: https://docs.api.pracsuite.com/openapi/item-group/listitemgroups-get
        """
        return self._list(
            _LIST_ITEM_GROUPS,
            "item_groups.list",
            {},
            {},
            {
                "page_size": page_size,
                "start_page": start_page,
                "limit": limit,
                "concurrency": concurrency,
                "on_change": on_change,
                "sort_by": sort_by,
                "filters": filters,
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )

    async def get(
        self,
        item_group_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ItemGroup:
        """Get Item Group: ``GET /item_group/{item_group_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/item-group/getitemgroup-get
        """
        return await self._engine.get(
            _GET_ITEM_GROUP,
            "item_groups.get",
            {"item_group_id": item_group_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )


class ItemGroupsWithRawResponse(Namespace):
    """``ps.item_groups.with_raw_response``."""

    async def get(
        self,
        item_group_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[ItemGroup]:
        """``item_groups.get()`` answering its HTTP response: status, headers, request id,
        timing; ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_ITEM_GROUP,
            "item_groups.get",
            {"item_group_id": item_group_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
