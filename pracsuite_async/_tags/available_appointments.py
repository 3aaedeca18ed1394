"""``ps.available_appointments``: the operations of tag Available Appointment.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, tzinfo

from .._availability import AvailabilitySearch
from .._config import Timeout
from .._extras import QueryParams
from .._models.available_appointments import AvailableAppointment
from .._operations import ListOperation, Operation, Param, Window
from .._pagination import AsyncPager, OnChange
from .._wire import DEFAULT_PAGE_SIZE, FilterFormat

_LIST_AVAILABLE_APPOINTMENTS = ListOperation(
    operation_id="listAvailableAppointments",
    path="/available_appointments",
    list_key="available_times",
    model=AvailableAppointment,
    query=(
        Param(name="from", format=FilterFormat.DATE, required=True),
        Param(name="to", format=FilterFormat.DATE, required=True),
        Param(name="appointment_type_id", format=FilterFormat.INTEGER, required=True),
        Param(name="client_id", format=FilterFormat.INTEGER),
        Param(name="account_id", format=FilterFormat.INTEGER),
        Param(name="business_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="practitioner_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="profession_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="resource_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="manual", format=FilterFormat.BOOLEAN),
        Param(name="online", format=FilterFormat.BOOLEAN),
        Param(name="waiting_list", format=FilterFormat.BOOLEAN),
    ),
    window=Window(start="from", end="to", max_days=7, not_before_today=True),
    requires={"account_id": ("client_id",)},
)
_GET_NEXT_AVAILABLE_APPOINTMENT = ListOperation(
    operation_id="getNextAvailableAppointment",
    path="/next_available_appointment",
    list_key="available_times",
    model=AvailableAppointment,
    query=(
        Param(name="from", format=FilterFormat.DATE, required=True),
        Param(name="to", format=FilterFormat.DATE, required=True),
        Param(name="appointment_type_id", format=FilterFormat.INTEGER, required=True),
        Param(name="client_id", format=FilterFormat.INTEGER),
        Param(name="account_id", format=FilterFormat.INTEGER),
        Param(name="business_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="practitioner_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="profession_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="resource_ids", format=FilterFormat.INTEGER, many=True),
    ),
    window=Window(start="from", end="to", max_days=7, not_before_today=True),
    requires={"account_id": ("client_id",)},
    paged=False,
)

METHODS: dict[str, Operation] = {
    "list": _LIST_AVAILABLE_APPOINTMENTS,
    "list_next": _GET_NEXT_AVAILABLE_APPOINTMENT,
}
"""Every method of :class:`AvailableAppointments` and the operation it sends."""


class AvailableAppointments(AvailabilitySearch):
    """Tag Available Appointment: ``ps.available_appointments``.

    Finds open appointment start times for one appointment type over a short date window,
    optionally narrowed by business, practitioner, profession and resource.

    Docs: https://docs.api.pracsuite.com/openapi/available-appointment
    """

    _methods = METHODS

    def list(
        self,
        *,
        from_: date,
        to: date,
        appointment_type_id: int,
        client_id: int | None = None,
        account_id: int | None = None,
        business_ids: Sequence[int] | None = None,
        practitioner_ids: Sequence[int] | None = None,
        profession_ids: Sequence[int] | None = None,
        resource_ids: Sequence[int] | None = None,
        manual: bool | None = None,
        online: bool | None = None,
        waiting_list: bool | None = None,
        tz: str | tzinfo | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[AvailableAppointment]:
        """List available appointment times: ``GET /available_appointments``.

        At most 7 days per request (from..to inclusive), one appointment_type_id.

        ``from_`` cannot be before today in the tenant's time zone: pass it as ``tz`` (e.g.
        ``'Australia/Adelaide'``); without it only dates before today in every zone (UTC-12)
        are refused here.

        Docs:
        https://docs.api.pracsuite.com/openapi/available-appointment/listavailableappointments-get
        """
        return self._list(
            _LIST_AVAILABLE_APPOINTMENTS,
            "available_appointments.list",
            {},
            {
                "from": from_,
                "to": to,
                "appointment_type_id": appointment_type_id,
                "client_id": client_id,
                "account_id": account_id,
                "business_ids": business_ids,
                "practitioner_ids": practitioner_ids,
                "profession_ids": profession_ids,
                "resource_ids": resource_ids,
                "manual": manual,
                "online": online,
                "waiting_list": waiting_list,
                "tz": tz,
            },
            {
                "page_size": page_size,
                "start_page": start_page,
                "limit": limit,
                "concurrency": concurrency,
                "on_change": on_change,
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )

    def list_next(
        self,
        *,
        from_: date,
        to: date,
        appointment_type_id: int,
        client_id: int | None = None,
        account_id: int | None = None,
        business_ids: Sequence[int] | None = None,
        practitioner_ids: Sequence[int] | None = None,
        profession_ids: Sequence[int] | None = None,
        resource_ids: Sequence[int] | None = None,
        tz: str | tzinfo | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[AvailableAppointment]:
        """Get Next available appointment time: ``GET /next_available_appointment``.

        The first open times from the window (same envelope as the list; no page parameters
        are documented).

        ``from_`` cannot be before today in the tenant's time zone: pass it as ``tz`` (e.g.
        ``'Australia/Adelaide'``); without it only dates before today in every zone (UTC-12)
        are refused here.

        Docs:
        https://docs.api.pracsuite.com/openapi/available-appointment/availableappointment
        """
        return self._list(
            _GET_NEXT_AVAILABLE_APPOINTMENT,
            "available_appointments.list_next",
            {},
            {
                "from": from_,
                "to": to,
                "appointment_type_id": appointment_type_id,
                "client_id": client_id,
                "account_id": account_id,
                "business_ids": business_ids,
                "practitioner_ids": practitioner_ids,
                "profession_ids": profession_ids,
                "resource_ids": resource_ids,
                "tz": tz,
            },
            {
                "page_size": page_size,
                "start_page": start_page,
                "limit": limit,
                "concurrency": concurrency,
                "on_change": on_change,
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
