"""``ps.practitioners``: the operations of tag Practitioner.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import get_args

from .._changes import Change, Checkpoint
from .._config import Timeout
from .._extras import QueryParams
from .._models.practitioners import Practitioner, PractitionerSortField
from .._namespace import Namespace
from .._operations import ChangeFeed, GetOperation, ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_PRACTITIONERS = ListOperation(
    operation_id="listPractitioners",
    path="/practitioner",
    list_key="practitioners",
    model=Practitioner,
    sort_fields=frozenset(get_args(PractitionerSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
    },
    changes=ChangeFeed(filter="created", stamp="created", created="created", id="practitioner_id"),
)
_LIST_PRACTITIONERS_FROM_BUSINESS = ListOperation(
    operation_id="listPractitionersFromBusiness",
    path="/business/{business_id}/practitioner",
    list_key="practitioners",
    model=Practitioner,
    sort_fields=frozenset(get_args(PractitionerSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
        "profession_id": FilterFormat.INTEGER,
    },
)
_LIST_PRACTITIONERS_FROM_PROFESSION = ListOperation(
    operation_id="listPractitionersFromProfession",
    path="/profession/{profession_id}/practitioner",
    list_key="practitioners",
    model=Practitioner,
    sort_fields=frozenset(get_args(PractitionerSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
        "business_id": FilterFormat.INTEGER,
    },
)
_GET_PRACTITIONER = GetOperation(
    operation_id="getPractitioner", path="/practitioner/{practitioner_id}", model=Practitioner
)

METHODS: dict[str, Operation] = {
    "list": _LIST_PRACTITIONERS,
    "list_by_business": _LIST_PRACTITIONERS_FROM_BUSINESS,
    "list_by_profession": _LIST_PRACTITIONERS_FROM_PROFESSION,
    "get": _GET_PRACTITIONER,
}
"""Every method of :class:`Practitioners` and the operation it sends."""


class Practitioners(Namespace):
    """Tag Practitioner: ``ps.practitioners``.

    Docs: https://docs.api.pracsuite.com/openapi/practitioner
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> PractitionersWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return PractitionersWithRawResponse(self._engine)

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[PractitionerSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Practitioner]:
        """List Practitioners: ``GET /practitioner``.

        Filters: created (timestamp), archived (boolean), updated (timestamp), profession_id
        (integer), business_id (integer)

        Docs: https://docs.api.pracsuite.com/openapi/practitioner/listpractitioners-get
        """
        return self._list(
            _LIST_PRACTITIONERS,
            "practitioners.list",
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

    def watch(
        self,
        *,
        since: datetime | Checkpoint | None = None,
        interval: float = 30.0,
        lookback: timedelta | None = None,
        page_size: int = 100,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncGenerator[Change[Practitioner], None]:
        """Changes feed of ``GET /practitioner``: each created or updated record once, oldest
        first, polled every ``interval`` seconds through the ``created`` filter.

        ``since``: a checkpoint (``change.checkpoint``, or ``Checkpoint.from_json(saved)``)
        to resume from, an aware datetime, or None for changes from now on. ``lookback``
        (default 5 s) re-reads that much before the checkpoint for late commits and clock
        skew; nothing repeats.
        """
        return self._watch(
            _LIST_PRACTITIONERS,
            "practitioners.watch",
            since,
            interval,
            lookback,
            page_size,
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )

    def list_by_business(
        self,
        business_id: int,
        /,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[PractitionerSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Practitioner]:
        """List Practitioners from Business: ``GET /business/{business_id}/practitioner``.

        The practitioners that have a Practitioner-Business link to the business in the
        path.

        Filters: created (timestamp), archived (boolean), updated (timestamp), profession_id
        (integer)

        Docs:
        https://docs.api.pracsuite.com/openapi/practitioner/listpractitionersfrombusiness-get
        """
        return self._list(
            _LIST_PRACTITIONERS_FROM_BUSINESS,
            "practitioners.list_by_business",
            {"business_id": business_id},
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

    def list_by_profession(
        self,
        profession_id: int,
        /,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[PractitionerSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Practitioner]:
        """List Practitioners from Profession: ``GET
        /profession/{profession_id}/practitioner``.

        Filters: created (timestamp), archived (boolean), updated (timestamp), business_id
        (integer)

        Docs:
        https://docs.api.pracsuite.com/openapi/practitioner/listpractitionersfromprofession-get
        """
        return self._list(
            _LIST_PRACTITIONERS_FROM_PROFESSION,
            "practitioners.list_by_profession",
            {"profession_id": profession_id},
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
        practitioner_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Practitioner:
        """Get Practitioner: ``GET /practitioner/{practitioner_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/practitioner/getpractitioner-get
        """
        return await self._engine.get(
            _GET_PRACTITIONER,
            "practitioners.get",
            {"practitioner_id": practitioner_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )


class PractitionersWithRawResponse(Namespace):
    """``ps.practitioners.with_raw_response``."""

    async def get(
        self,
        practitioner_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Practitioner]:
        """``practitioners.get()`` answering its HTTP response: status, headers, request id,
        timing; ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_PRACTITIONER,
            "practitioners.get",
            {"practitioner_id": practitioner_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
