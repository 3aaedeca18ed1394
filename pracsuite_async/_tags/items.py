"""``ps.items``: the operations of tag Item.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.items import Item, ItemSortField
from .._namespace import Namespace
from .._operations import GetOperation, ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_ITEMS = ListOperation(
    operation_id="listItems",
    path="/item",
    list_key="items",
    model=Item,
    sort_fields=frozenset(get_args(ItemSortField)),
    filters={"item_code": FilterFormat.STRING, "description": FilterFormat.STRING},
)
_LIST_ITEMS_BY_ITEM_GROUP = ListOperation(
    operation_id="listItemsByItemGroup",
    path="/item_group/{item_group_id}/item",
    list_key="items",
    model=Item,
    sort_fields=frozenset(get_args(ItemSortField)),
    filters={"item_code": FilterFormat.STRING, "description": FilterFormat.STRING},
)
_GET_ITEM = GetOperation(operation_id="getItem", path="/item/{item_id}", model=Item)

METHODS: dict[str, Operation] = {
    "list": _LIST_ITEMS,
    "list_by_item_group": _LIST_ITEMS_BY_ITEM_GROUP,
    "get": _GET_ITEM,
}
"""Every method of :class:`Items` and the operation it sends."""


class Items(Namespace):
    """Tag Item: ``ps.items``.

    Docs: https://docs.api.pracsuite.com/openapi/item
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> ItemsWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return ItemsWithRawResponse(self._engine)

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[ItemSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Item]:
        """List Items: ``GET /item``.

        Filters: item_code (string), description (string)

        Docs: https://docs.api.pracsuite.com/openapi/item/listitems-get
        """
        return self._list(
            _LIST_ITEMS,
            "items.list",
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

    def list_by_item_group(
        self,
        item_group_id: int,
        /,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[ItemSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Item]:
        """List Items By Item Group: ``GET /item_group/{item_group_id}/item``.

        Filters: item_code (string), description (string)

        Docs: https://docs.api.pracsuite.com/openapi/item/listitemsbyitemgroup-get
        """
        return self._list(
            _LIST_ITEMS_BY_ITEM_GROUP,
            "items.list_by_item_group",
            {"item_group_id": item_group_id},
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
        item_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Item:
        """Get Item: ``GET /item/{item_id}``.

        Answers the item with its item_fees.

        Docs: https://docs.api.pracsuite.com/openapi/item/getitem-get
        """
        return await self._engine.get(
            _GET_ITEM,
            "items.get",
            {"item_id": item_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )


class ItemsWithRawResponse(Namespace):
    """``ps.items.with_raw_response``."""

    async def get(
        self,
        item_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Item]:
        """``items.get()`` answering its HTTP response: status, headers, request id, timing;
        ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_ITEM,
            "items.get",
            {"item_id": item_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
