"""``ps.businesses``: the operations of tag Business.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.businesses import Business, BusinessSortField
from .._namespace import Namespace
from .._operations import GetOperation, ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_BUSINESSES = ListOperation(
    operation_id="listBusinesses",
    path="/business",
    list_key="businesses",
    model=Business,
    sort_fields=frozenset(get_args(BusinessSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
    },
)
_GET_BUSINESS = GetOperation(
    operation_id="getBusiness", path="/business/{business_id}", model=Business
)

METHODS: dict[str, Operation] = {
    "list": _LIST_BUSINESSES,
    "get": _GET_BUSINESS,
}
"""Every method of :class:`Businesses` and the operation it sends."""


class Businesses(Namespace):
    """Tag Business: ``ps.businesses``.

    Docs: https://docs.api.pracsuite.com/openapi/business
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> BusinessesWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return BusinessesWithRawResponse(self._engine)

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[BusinessSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Business]:
        """List Businesses: ``GET /business``.

        Filters: created (timestamp), archived (boolean), updated (timestamp)

        Docs: https://docs.api.pracsuite.com/openapi/business/listbusinesses-get
        """
        return self._list(
            _LIST_BUSINESSES,
            "businesses.list",
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
        business_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Business:
        """Get Business: ``GET /business/{business_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/business/getbusiness-get
        """
        return await self._engine.get(
            _GET_BUSINESS,
            "businesses.get",
            {"business_id": business_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )


class BusinessesWithRawResponse(Namespace):
    """``ps.businesses.with_raw_response``."""

    async def get(
        self,
        business_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Business]:
        """``businesses.get()`` answering its HTTP response: status, headers, request id,
        timing; ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_BUSINESS,
            "businesses.get",
            {"business_id": business_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
