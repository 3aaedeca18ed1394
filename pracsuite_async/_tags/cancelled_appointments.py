"""``ps.cancelled_appointments``: the operations of tag Cancelled Appointment.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.cancelled_appointments import CancelledAppointment, CancelledAppointmentSortField
from .._namespace import Namespace
from .._operations import GetOperation, ListOperation, Operation, Param
from .._pagination import AsyncPager, OnChange
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_CANCELLED_APPOINTMENTS = ListOperation(
    operation_id="listCancelledAppointments",
    path="/cancelled_appointment",
    list_key="cancelled_appointments",
    model=CancelledAppointment,
    sort_fields=frozenset(get_args(CancelledAppointmentSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "cancellation_time": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
        "appointment_type_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
    query=(Param(name="include_deletions", format=FilterFormat.BOOLEAN),),
)
_GET_CANCELLED_APPOINTMENT = GetOperation(
    operation_id="getCancelledAppointment",
    path="/cancelled_appointment/{appointment_id}",
    model=CancelledAppointment,
)

METHODS: dict[str, Operation] = {
    "list": _LIST_CANCELLED_APPOINTMENTS,
    "get": _GET_CANCELLED_APPOINTMENT,
}
"""Every method of :class:`CancelledAppointments` and the operation it sends."""


class CancelledAppointments(Namespace):
    """Tag Cancelled Appointment: ``ps.cancelled_appointments``.

    Docs: https://docs.api.pracsuite.com/openapi/cancelled-appointment
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> CancelledAppointmentsWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return CancelledAppointmentsWithRawResponse(self._engine)

    def list(
        self,
        *,
        include_deletions: bool | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[CancelledAppointmentSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[CancelledAppointment]:
        """List Cancelled Appointments: ``GET /cancelled_appointment``.

        Filters: created (timestamp), updated (timestamp), cancellation_time (timestamp),
        app_time (datetime), profession_id (integer), business_id (integer), client_id
        (integer), appointment_type_id (integer), practitioner_id (integer)

        Docs:
        https://docs.api.pracsuite.com/openapi/cancelled-appointment/listcancelledappointments-get
        """
        return self._list(
            _LIST_CANCELLED_APPOINTMENTS,
            "cancelled_appointments.list",
            {},
            {"include_deletions": include_deletions},
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
        appointment_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CancelledAppointment:
        """Get Cancelled Appointment: ``GET /cancelled_appointment/{appointment_id}``.

        Docs:
        https://docs.api.pracsuite.com/openapi/cancelled-appointment/getcancelledappointment-get
        """
        return await self._engine.get(
            _GET_CANCELLED_APPOINTMENT,
            "cancelled_appointments.get",
            {"appointment_id": appointment_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )


class CancelledAppointmentsWithRawResponse(Namespace):
    """``ps.cancelled_appointments.with_raw_response``."""

    async def get(
        self,
        appointment_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[CancelledAppointment]:
        """``cancelled_appointments.get()`` answering its HTTP response: status, headers,
        request id, timing; ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_CANCELLED_APPOINTMENT,
            "cancelled_appointments.get",
            {"appointment_id": appointment_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
