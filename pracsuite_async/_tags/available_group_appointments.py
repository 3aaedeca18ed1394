"""``ps.available_group_appointments``: the operations of tag Available Group Appointment.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, tzinfo

from .._config import Timeout
from .._extras import QueryParams
from .._models.available_group_appointments import AvailableGroupAppointment
from .._namespace import Namespace
from .._operations import ListOperation, Operation, Param, Window
from .._pagination import AsyncPager, OnChange
from .._wire import DEFAULT_PAGE_SIZE, FilterFormat

_LIST_AVAILABLE_GROUP_APPOINTMENTS = ListOperation(
    operation_id="listAvailableGroupAppointments",
    path="/available_group_appointments",
    list_key="available_times",
    model=AvailableGroupAppointment,
    query=(
        Param(name="from", format=FilterFormat.DATE, required=True),
        Param(name="to", format=FilterFormat.DATE, required=True),
        Param(name="appointment_type_id", format=FilterFormat.INTEGER, required=True),
        Param(name="business_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="practitioner_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="profession_ids", format=FilterFormat.INTEGER, many=True),
    ),
    window=Window(start="from", end="to", max_days=7, not_before_today=True),
)
_GET_NEXT_AVAILABLE_GROUP_APPOINTMENT = ListOperation(
    operation_id="getNextAvailableGroupAppointment",
    path="/next_available_group_appointment",
    list_key="available_times",
    model=AvailableGroupAppointment,
    query=(
        Param(name="from", format=FilterFormat.DATE, required=True),
        Param(name="to", format=FilterFormat.DATE, required=True),
        Param(name="appointment_type_id", format=FilterFormat.INTEGER, required=True),
        Param(name="business_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="practitioner_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="profession_ids", format=FilterFormat.INTEGER, many=True),
    ),
    window=Window(start="from", end="to", max_days=7, not_before_today=True),
    paged=False,
)

METHODS: dict[str, Operation] = {
    "list": _LIST_AVAILABLE_GROUP_APPOINTMENTS,
    "list_next": _GET_NEXT_AVAILABLE_GROUP_APPOINTMENT,
}
"""Every method of :class:`AvailableGroupAppointments` and the operation it sends."""


class AvailableGroupAppointments(Namespace):
    """Tag Available Group Appointment: ``ps.available_group_appointments``.

    Docs: https://docs.api.pracsuite.com/openapi/available-group-appointment
    """

    _methods = METHODS

    def list(
        self,
        *,
        from_: date,
        to: date,
        appointment_type_id: int,
        business_ids: Sequence[int] | None = None,
        practitioner_ids: Sequence[int] | None = None,
        profession_ids: Sequence[int] | None = None,
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
    ) -> AsyncPager[AvailableGroupAppointment]:
        """List available group appointments: ``GET /available_group_appointments``.

        Like listAvailableAppointments, without the client_id, account_id, resource_ids,
        manual, online and waiting_list parameters.

        ``from_`` cannot be before today in the tenant's time zone: pass it as ``tz`` (e.g.
        ``'Australia/Adelaide'``); without it only dates before today in every zone (UTC-12)
        are refused here.

        Docs:
        https://docs.api.pracsuite.com/openapi/available-group-appointment/listavailablegroupappointments-get
        """
        return self._list(
            _LIST_AVAILABLE_GROUP_APPOINTMENTS,
            "available_group_appointments.list",
            {},
            {
                "from": from_,
                "to": to,
                "appointment_type_id": appointment_type_id,
                "business_ids": business_ids,
                "practitioner_ids": practitioner_ids,
                "profession_ids": profession_ids,
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
        business_ids: Sequence[int] | None = None,
        practitioner_ids: Sequence[int] | None = None,
        profession_ids: Sequence[int] | None = None,
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
    ) -> AsyncPager[AvailableGroupAppointment]:
        """Get Next available group appointment time: ``GET
        /next_available_group_appointment``.

        The first open group times from the window (same envelope as the list; no page
        parameters are documented).

        ``from_`` cannot be before today in the tenant's time zone: pass it as ``tz`` (e.g.
        ``'Australia/Adelaide'``); without it only dates before today in every zone (UTC-12)
        are refused here.

        Docs:
        https://docs.api.pracsuite.com/openapi/available-group-appointment/getnextavailablegroupappointment-get
        """
        return self._list(
            _GET_NEXT_AVAILABLE_GROUP_APPOINTMENT,
            "available_group_appointments.list_next",
            {},
            {
                "from": from_,
                "to": to,
                "appointment_type_id": appointment_type_id,
                "business_ids": business_ids,
                "practitioner_ids": practitioner_ids,
                "profession_ids": profession_ids,
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
