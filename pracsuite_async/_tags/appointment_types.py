"""``ps.appointment_types``: the operations of tag Appointment Type.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.appointment_types import AppointmentType, AppointmentTypeSortField
from .._namespace import Namespace
from .._operations import GetOperation, ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_APPOINTMENT_TYPES = ListOperation(
    operation_id="listAppointmentTypes",
    path="/appointment_type",
    list_key="appointment_types",
    model=AppointmentType,
    sort_fields=frozenset(get_args(AppointmentTypeSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
    },
)
_GET_PROFESSION_APPOINTMENT_TYPES = ListOperation(
    operation_id="getProfessionAppointmentTypes",
    path="/profession/{profession_id}/appointment_type",
    list_key="appointment_types",
    model=AppointmentType,
    sort_fields=frozenset(get_args(AppointmentTypeSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
    },
)
_GET_APPOINTMENT_TYPE = GetOperation(
    operation_id="getAppointmentType",
    path="/appointment_type/{appointment_type_id}",
    model=AppointmentType,
)

METHODS: dict[str, Operation] = {
    "list": _LIST_APPOINTMENT_TYPES,
    "list_by_profession": _GET_PROFESSION_APPOINTMENT_TYPES,
    "get": _GET_APPOINTMENT_TYPE,
}
"""Every method of :class:`AppointmentTypes` and the operation it sends."""


class AppointmentTypes(Namespace):
    """Tag Appointment Type: ``ps.appointment_types``.

    Docs: https://docs.api.pracsuite.com/openapi/appointment-type
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> AppointmentTypesWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return AppointmentTypesWithRawResponse(self._engine)

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[AppointmentTypeSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[AppointmentType]:
        """List Appointment Types: ``GET /appointment_type``.

        Filters: created (timestamp), archived (boolean), updated (timestamp)

        Docs:
        https://docs.api.pracsuite.com/openapi/appointment-type/listappointmenttypes-get
        """
        return self._list(
            _LIST_APPOINTMENT_TYPES,
            "appointment_types.list",
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
        sort_by: Sequence[AppointmentTypeSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[AppointmentType]:
        """Get Appointment Types by Profession: ``GET
        /profession/{profession_id}/appointment_type``.

        Filters: created (timestamp), archived (boolean), updated (timestamp)

        Docs:
        https://docs.api.pracsuite.com/openapi/appointment-type/getprofessionappointmenttypes-get
        """
        return self._list(
            _GET_PROFESSION_APPOINTMENT_TYPES,
            "appointment_types.list_by_profession",
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
        appointment_type_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AppointmentType:
        """Get Appointment Type: ``GET /appointment_type/{appointment_type_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/appointment-type/getappointmenttype-get
        """
        return await self._engine.get(
            _GET_APPOINTMENT_TYPE,
            "appointment_types.get",
            {"appointment_type_id": appointment_type_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )


class AppointmentTypesWithRawResponse(Namespace):
    """``ps.appointment_types.with_raw_response``."""

    async def get(
        self,
        appointment_type_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[AppointmentType]:
        """``appointment_types.get()`` answering its HTTP response: status, headers, request
        id, timing; ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_APPOINTMENT_TYPE,
            "appointment_types.get",
            {"appointment_type_id": appointment_type_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
