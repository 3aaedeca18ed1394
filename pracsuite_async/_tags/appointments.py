"""``ps.appointments``: the operations of tag Appointment.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, get_args

from .._changes import Change, Checkpoint
from .._config import Timeout
from .._extras import QueryParams
from .._models.appointments import Appointment, AppointmentSortField, ReservedAppointment
from .._namespace import Namespace
from .._operations import ChangeFeed, GetOperation, ListOperation, Operation, Param, WriteOperation
from .._pagination import AsyncPager, OnChange
from .._params import NOT_GIVEN, NotGiven
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_APPOINTMENTS = ListOperation(
    operation_id="listAppointments",
    path="/appointment",
    list_key="appointments",
    model=Appointment,
    sort_fields=frozenset(get_args(AppointmentSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
        "appointment_type_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
    changes=ChangeFeed(filter="updated", stamp="modified", created="created", id="appointment_id"),
)
_LIST_APPOINTMENTS_BY_APPOINTMENT_TYPE = ListOperation(
    operation_id="listAppointmentsByAppointmentType",
    path="/appointment_type/{appointment_type_id}/appointment",
    list_key="appointments",
    model=Appointment,
    sort_fields=frozenset(get_args(AppointmentSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
)
_LIST_APPOINTMENTS_BY_BUSINESS = ListOperation(
    operation_id="listAppointmentsByBusiness",
    path="/business/{business_id}/appointment",
    list_key="appointments",
    model=Appointment,
    sort_fields=frozenset(get_args(AppointmentSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "profession_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
        "appointment_type_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
)
_LIST_APPOINTMENTS_BY_PATIENT = ListOperation(
    operation_id="listAppointmentsByPatient",
    path="/patient/{client_id}/appointment",
    list_key="appointments",
    model=Appointment,
    sort_fields=frozenset(get_args(AppointmentSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "appointment_type_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
)
_LIST_APPOINTMENTS_BY_PRACTITIONER = ListOperation(
    operation_id="listAppointmentsByPractitioner",
    path="/practitioner/{practitioner_id}/appointment",
    list_key="appointments",
    model=Appointment,
    sort_fields=frozenset(get_args(AppointmentSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
    },
)
_LIST_APPOINTMENTS_BY_PROFESSION = ListOperation(
    operation_id="listAppointmentsByProfession",
    path="/profession/{profession_id}/appointment",
    list_key="appointments",
    model=Appointment,
    sort_fields=frozenset(get_args(AppointmentSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "business_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
        "appointment_type_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
)
_LIST_APPOINTMENTS_BY_RESOURCE = ListOperation(
    operation_id="listAppointmentsByResource",
    path="/resource/{resource_id}/appointment",
    list_key="appointments",
    model=Appointment,
    sort_fields=frozenset(get_args(AppointmentSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
)
_GET_APPOINTMENT = GetOperation(
    operation_id="getAppointment", path="/appointment/{appointment_id}", model=Appointment
)
_CREATE_APPOINTMENT = WriteOperation(
    operation_id="createAppointment",
    method="POST",
    path="/appointment",
    model=Appointment,
    body=(
        Param(name="client_id", format=FilterFormat.INTEGER, required=True),
        Param(name="account_id", format=FilterFormat.INTEGER),
        Param(name="appointment_type_id", format=FilterFormat.INTEGER, required=True),
        Param(name="app_time", format=FilterFormat.DATETIME, required=True),
        Param(name="practitioner_business_id", format=FilterFormat.INTEGER),
        Param(name="practitioner_id", format=FilterFormat.INTEGER),
        Param(name="business_id", format=FilterFormat.INTEGER),
        Param(
            name="duration",
            format=FilterFormat.INTEGER,
            required=True,
            minimum=5,
            maximum=1440,
            multiple_of=5,
        ),
        Param(name="appointment_status_id", format=FilterFormat.INTEGER),
        Param(name="item_id", format=FilterFormat.INTEGER),
        Param(name="item_group_id", format=FilterFormat.INTEGER),
        Param(name="column", format=FilterFormat.INTEGER),
        Param(name="column_number", format=FilterFormat.INTEGER),
        Param(name="width", format=FilterFormat.INTEGER),
        Param(name="resource_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="hourly_billing", format=FilterFormat.BOOLEAN),
        Param(name="profession_id", format=FilterFormat.INTEGER),
        Param(name="sms_reminder", format=FilterFormat.BOOLEAN),
        Param(name="email_reminder", format=FilterFormat.BOOLEAN),
        Param(name="sms_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="email_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="sms_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="email_follow_up", format=FilterFormat.BOOLEAN),
    ),
    exclusive=(("column", "column_number"), ("item_id", "item_group_id")),
    one_of=((("practitioner_id", "business_id"), ("practitioner_business_id",)),),
)
_EDIT_APPOINTMENT = WriteOperation(
    operation_id="editAppointment",
    method="PATCH",
    path="/appointment/{appointment_id}",
    model=Appointment,
    body=(
        Param(name="appointment_type_id", format=FilterFormat.INTEGER),
        Param(name="app_time", format=FilterFormat.DATETIME),
        Param(name="practitioner_id", format=FilterFormat.INTEGER),
        Param(name="business_id", format=FilterFormat.INTEGER),
        Param(name="duration", format=FilterFormat.INTEGER, minimum=5, maximum=1440, multiple_of=5),
        Param(name="column_number", format=FilterFormat.INTEGER),
        Param(name="width", format=FilterFormat.INTEGER),
        Param(name="appointment_status_id", format=FilterFormat.INTEGER),
        Param(name="profession_id", format=FilterFormat.INTEGER),
        Param(name="item_id", format=FilterFormat.INTEGER),
        Param(name="item_group_id", format=FilterFormat.INTEGER),
        Param(name="resource_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="sms_reminder", format=FilterFormat.BOOLEAN),
        Param(name="email_reminder", format=FilterFormat.BOOLEAN),
        Param(name="sms_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="email_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="sms_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="email_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="appointment_reschedule_reason_id", format=FilterFormat.INTEGER),
        Param(name="reason", format=FilterFormat.STRING),
    ),
    exclusive=(("item_id", "item_group_id"),),
)
_REMOVE_APPOINTMENT: WriteOperation[None] = WriteOperation(
    operation_id="removeAppointment",
    method="POST",
    path="/appointment/{appointment_id}/cancel",
    model=None,
    body=(
        Param(name="appointment_cancellation_reason_id", format=FilterFormat.INTEGER),
        Param(name="record_as_cancelled", format=FilterFormat.BOOLEAN),
        Param(name="reason", format=FilterFormat.STRING),
    ),
)
_FINALISE_APPOINTMENT = WriteOperation(
    operation_id="finaliseAppointment",
    method="POST",
    path="/appointment/{appointment_id}",
    model=Appointment,
    body=(
        Param(name="client_id", format=FilterFormat.INTEGER, required=True),
        Param(name="appointment_type_id", format=FilterFormat.INTEGER, required=True),
        Param(name="account_id", format=FilterFormat.INTEGER),
        Param(name="profession_id", format=FilterFormat.INTEGER),
        Param(name="appointment_status_id", format=FilterFormat.INTEGER),
        Param(name="item_id", format=FilterFormat.INTEGER),
        Param(name="item_group_id", format=FilterFormat.INTEGER),
        Param(name="resource_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="sms_reminder", format=FilterFormat.BOOLEAN),
        Param(name="email_reminder", format=FilterFormat.BOOLEAN),
        Param(name="sms_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="email_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="sms_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="email_follow_up", format=FilterFormat.BOOLEAN),
    ),
)
_RESERVE_APPOINTMENT = WriteOperation(
    operation_id="reserveAppointment",
    method="POST",
    path="/reserve_appointment",
    model=ReservedAppointment,
    body=(
        Param(name="app_time", format=FilterFormat.DATETIME, required=True),
        Param(name="practitioner_business_id", format=FilterFormat.INTEGER),
        Param(name="practitioner_id", format=FilterFormat.INTEGER),
        Param(name="business_id", format=FilterFormat.INTEGER),
        Param(
            name="duration",
            format=FilterFormat.INTEGER,
            required=True,
            minimum=5,
            maximum=1440,
            multiple_of=5,
        ),
        Param(name="column", format=FilterFormat.INTEGER),
        Param(name="column_number", format=FilterFormat.INTEGER),
        Param(name="width", format=FilterFormat.INTEGER),
    ),
    exclusive=(("column", "column_number"),),
    one_of=((("practitioner_id", "business_id"), ("practitioner_business_id",)),),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_APPOINTMENTS,
    "list_by_appointment_type": _LIST_APPOINTMENTS_BY_APPOINTMENT_TYPE,
    "list_by_business": _LIST_APPOINTMENTS_BY_BUSINESS,
    "list_by_patient": _LIST_APPOINTMENTS_BY_PATIENT,
    "list_by_practitioner": _LIST_APPOINTMENTS_BY_PRACTITIONER,
    "list_by_profession": _LIST_APPOINTMENTS_BY_PROFESSION,
    "list_by_resource": _LIST_APPOINTMENTS_BY_RESOURCE,
    "get": _GET_APPOINTMENT,
    "create": _CREATE_APPOINTMENT,
    "update": _EDIT_APPOINTMENT,
    "cancel": _REMOVE_APPOINTMENT,
    "finalise": _FINALISE_APPOINTMENT,
    "reserve": _RESERVE_APPOINTMENT,
}
"""Every method of :class:`Appointments` and the operation it sends."""


class Appointments(Namespace):
    """Tag Appointment: ``ps.appointments``.

    Single-patient appointments in the appointment book.

    Docs: https://docs.api.pracsuite.com/openapi/appointment
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> AppointmentsWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return AppointmentsWithRawResponse(self._engine)

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[AppointmentSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Appointment]:
        """List Appointments: ``GET /appointment``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        profession_id (integer), business_id (integer), client_id (integer),
        appointment_type_id (integer), practitioner_id (integer)

        Docs: https://docs.api.pracsuite.com/openapi/appointment/listappointments-get
        """
        return self._list(
            _LIST_APPOINTMENTS,
            "appointments.list",
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
    ) -> AsyncGenerator[Change[Appointment], None]:
        """Changes feed of ``GET /appointment``: each created or updated record once, oldest
        first, polled every ``interval`` seconds through the ``updated`` filter.

        ``since``: a checkpoint (``change.checkpoint``, or ``Checkpoint.from_json(saved)``)
        to resume from, an aware datetime, or None for changes from now on. ``lookback``
        (default 5 s) re-reads that much before the checkpoint for late commits and clock
        skew; nothing repeats.
        """
        return self._watch(
            _LIST_APPOINTMENTS,
            "appointments.watch",
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

    def list_by_appointment_type(
        self,
        appointment_type_id: int,
        /,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[AppointmentSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Appointment]:
        """List Appointments by Appointment Type: ``GET
        /appointment_type/{appointment_type_id}/appointment``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        profession_id (integer), business_id (integer), client_id (integer), practitioner_id
        (integer)

        Docs:
        https://docs.api.pracsuite.com/openapi/appointment/listappointmentsbyappointmenttype-get
        """
        return self._list(
            _LIST_APPOINTMENTS_BY_APPOINTMENT_TYPE,
            "appointments.list_by_appointment_type",
            {"appointment_type_id": appointment_type_id},
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
        sort_by: Sequence[AppointmentSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Appointment]:
        """List Appointments by Business: ``GET /business/{business_id}/appointment``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        profession_id (integer), client_id (integer), appointment_type_id (integer),
        practitioner_id (integer)

        Docs:
        https://docs.api.pracsuite.com/openapi/appointment/listappointmentsbybusiness-get
        """
        return self._list(
            _LIST_APPOINTMENTS_BY_BUSINESS,
            "appointments.list_by_business",
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

    def list_by_patient(
        self,
        client_id: int,
        /,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[AppointmentSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Appointment]:
        """List Appointments by Patient: ``GET /patient/{client_id}/appointment``.

        The patient id is the path parameter client_id, so client_id is not a filter.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        profession_id (integer), business_id (integer), appointment_type_id (integer),
        practitioner_id (integer)

        Docs:
        https://docs.api.pracsuite.com/openapi/appointment/listappointmentsbypatient-get
        """
        return self._list(
            _LIST_APPOINTMENTS_BY_PATIENT,
            "appointments.list_by_patient",
            {"client_id": client_id},
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

    def list_by_practitioner(
        self,
        practitioner_id: int,
        /,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[AppointmentSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Appointment]:
        """List Appointments by Practitioner: ``GET
        /practitioner/{practitioner_id}/appointment``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        profession_id (integer), business_id (integer), client_id (integer)

        Docs:
        https://docs.api.pracsuite.com/openapi/appointment/listappointmentsbypractitioner-get
        """
        return self._list(
            _LIST_APPOINTMENTS_BY_PRACTITIONER,
            "appointments.list_by_practitioner",
            {"practitioner_id": practitioner_id},
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
        sort_by: Sequence[AppointmentSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Appointment]:
        """List Appointments by Profession: ``GET /profession/{profession_id}/appointment``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime), business_id
        (integer), client_id (integer), appointment_type_id (integer), practitioner_id
        (integer)

        Docs:
        https://docs.api.pracsuite.com/openapi/appointment/listappointmentsbyprofession-get
        """
        return self._list(
            _LIST_APPOINTMENTS_BY_PROFESSION,
            "appointments.list_by_profession",
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

    def list_by_resource(
        self,
        resource_id: int,
        /,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[AppointmentSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Appointment]:
        """List Appointments by Resource: ``GET /resource/{resource_id}/appointment``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        profession_id (integer), business_id (integer), client_id (integer), practitioner_id
        (integer)

        Docs:
        https://docs.api.pracsuite.com/openapi/appointment/listappointmentsbyresource-get
        """
        return self._list(
            _LIST_APPOINTMENTS_BY_RESOURCE,
            "appointments.list_by_resource",
            {"resource_id": resource_id},
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
        appointment_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Appointment:
        """Get Appointment: ``GET /appointment/{appointment_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/appointment/getappointment-get
        """
        return await self._engine.get(
            _GET_APPOINTMENT,
            "appointments.get",
            {"appointment_id": appointment_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )

    async def create(
        self,
        *,
        client_id: int,
        appointment_type_id: int,
        app_time: datetime,
        duration: int,
        account_id: int | NotGiven = NOT_GIVEN,
        practitioner_business_id: int | NotGiven = NOT_GIVEN,
        practitioner_id: int | NotGiven = NOT_GIVEN,
        business_id: int | NotGiven = NOT_GIVEN,
        appointment_status_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        item_group_id: int | NotGiven = NOT_GIVEN,
        column: int | NotGiven = NOT_GIVEN,
        column_number: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        resource_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        hourly_billing: bool | NotGiven = NOT_GIVEN,
        profession_id: int | NotGiven = NOT_GIVEN,
        sms_reminder: bool | NotGiven = NOT_GIVEN,
        email_reminder: bool | NotGiven = NOT_GIVEN,
        sms_confirmation: bool | NotGiven = NOT_GIVEN,
        email_confirmation: bool | NotGiven = NOT_GIVEN,
        sms_follow_up: bool | NotGiven = NOT_GIVEN,
        email_follow_up: bool | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Appointment:
        """Create Appointment: ``POST /appointment``.

        Creates an appointment directly in the appointment book. The slot is given either as
        practitioner_id + business_id or as practitioner_business_id; see AppointmentCreate.

        Give exactly one of ``practitioner_id`` + ``business_id`` or
        ``practitioner_business_id``.

        Arguments are checked before sending; never re-sent blindly.

        Docs: https://docs.api.pracsuite.com/openapi/appointment/createappointment-post
        """
        return await self._write(
            _CREATE_APPOINTMENT,
            "appointments.create",
            {},
            {
                "client_id": client_id,
                "account_id": account_id,
                "appointment_type_id": appointment_type_id,
                "app_time": app_time,
                "practitioner_business_id": practitioner_business_id,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "appointment_status_id": appointment_status_id,
                "item_id": item_id,
                "item_group_id": item_group_id,
                "column": column,
                "column_number": column_number,
                "width": width,
                "resource_ids": resource_ids,
                "hourly_billing": hourly_billing,
                "profession_id": profession_id,
                "sms_reminder": sms_reminder,
                "email_reminder": email_reminder,
                "sms_confirmation": sms_confirmation,
                "email_confirmation": email_confirmation,
                "sms_follow_up": sms_follow_up,
                "email_follow_up": email_follow_up,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )

    async def update(
        self,
        appointment_id: int,
        /,
        *,
        appointment_type_id: int | NotGiven = NOT_GIVEN,
        app_time: datetime | NotGiven = NOT_GIVEN,
        practitioner_id: int | NotGiven = NOT_GIVEN,
        business_id: int | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        column_number: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        appointment_status_id: int | NotGiven = NOT_GIVEN,
        profession_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        item_group_id: int | NotGiven = NOT_GIVEN,
        resource_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        sms_reminder: bool | NotGiven = NOT_GIVEN,
        email_reminder: bool | NotGiven = NOT_GIVEN,
        sms_confirmation: bool | NotGiven = NOT_GIVEN,
        email_confirmation: bool | NotGiven = NOT_GIVEN,
        sms_follow_up: bool | NotGiven = NOT_GIVEN,
        email_follow_up: bool | NotGiven = NOT_GIVEN,
        appointment_reschedule_reason_id: int | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Appointment:
        """Edit Appointment: ``PATCH /appointment/{appointment_id}``.

        Partial update. Rescheduling data can be attached via
        appointment_reschedule_reason_id + reason. item_id and item_group_id are mutually
        exclusive.

        Arguments are checked before sending; never re-sent blindly.

        Docs: https://docs.api.pracsuite.com/openapi/appointment/editappointment-patch
        """
        return await self._write(
            _EDIT_APPOINTMENT,
            "appointments.update",
            {"appointment_id": appointment_id},
            {
                "appointment_type_id": appointment_type_id,
                "app_time": app_time,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "column_number": column_number,
                "width": width,
                "appointment_status_id": appointment_status_id,
                "profession_id": profession_id,
                "item_id": item_id,
                "item_group_id": item_group_id,
                "resource_ids": resource_ids,
                "sms_reminder": sms_reminder,
                "email_reminder": email_reminder,
                "sms_confirmation": sms_confirmation,
                "email_confirmation": email_confirmation,
                "sms_follow_up": sms_follow_up,
                "email_follow_up": email_follow_up,
                "appointment_reschedule_reason_id": appointment_reschedule_reason_id,
                "reason": reason,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )

    async def cancel(
        self,
        appointment_id: int,
        /,
        *,
        appointment_cancellation_reason_id: int | NotGiven = NOT_GIVEN,
        record_as_cancelled: bool | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Remove Appointment: ``POST /appointment/{appointment_id}/cancel``.

        Removes the appointment; with record_as_cancelled it is kept in the patient's
        attendance history. Answers 204 with no body.

        Arguments are checked before sending; never re-sent blindly.

        Docs: https://docs.api.pracsuite.com/openapi/appointment/removeappointment-post
        """
        return await self._command(
            _REMOVE_APPOINTMENT,
            "appointments.cancel",
            {"appointment_id": appointment_id},
            {
                "appointment_cancellation_reason_id": appointment_cancellation_reason_id,
                "record_as_cancelled": record_as_cancelled,
                "reason": reason,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )

    async def finalise(
        self,
        appointment_id: int,
        /,
        *,
        client_id: int,
        appointment_type_id: int,
        account_id: int | NotGiven = NOT_GIVEN,
        profession_id: int | NotGiven = NOT_GIVEN,
        appointment_status_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        item_group_id: int | NotGiven = NOT_GIVEN,
        resource_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        sms_reminder: bool | NotGiven = NOT_GIVEN,
        email_reminder: bool | NotGiven = NOT_GIVEN,
        sms_confirmation: bool | NotGiven = NOT_GIVEN,
        email_confirmation: bool | NotGiven = NOT_GIVEN,
        sms_follow_up: bool | NotGiven = NOT_GIVEN,
        email_follow_up: bool | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Appointment:
        """Finalise Appointment: ``POST /appointment/{appointment_id}``.

        Completes a reservation (or books an available time): the API fills item or item
        group, duration, width, profession and resources from the Appointment Type unless
        given.

        Arguments are checked before sending; never re-sent blindly.

        Docs: https://docs.api.pracsuite.com/openapi/appointment/finaliseappointment-post
        """
        return await self._write(
            _FINALISE_APPOINTMENT,
            "appointments.finalise",
            {"appointment_id": appointment_id},
            {
                "client_id": client_id,
                "appointment_type_id": appointment_type_id,
                "account_id": account_id,
                "profession_id": profession_id,
                "appointment_status_id": appointment_status_id,
                "item_id": item_id,
                "item_group_id": item_group_id,
                "resource_ids": resource_ids,
                "sms_reminder": sms_reminder,
                "email_reminder": email_reminder,
                "sms_confirmation": sms_confirmation,
                "email_confirmation": email_confirmation,
                "sms_follow_up": sms_follow_up,
                "email_follow_up": email_follow_up,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )

    async def reserve(
        self,
        *,
        app_time: datetime,
        duration: int,
        practitioner_business_id: int | NotGiven = NOT_GIVEN,
        practitioner_id: int | NotGiven = NOT_GIVEN,
        business_id: int | NotGiven = NOT_GIVEN,
        column: int | NotGiven = NOT_GIVEN,
        column_number: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ReservedAppointment:
        """Reserve Appointment: ``POST /reserve_appointment``.

        Holds a slot in the appointment book before the appointment type etc. are applied;
        Finalise Appointment must then be called to fill in the rest.

        Give exactly one of ``practitioner_id`` + ``business_id`` or
        ``practitioner_business_id``.

        Arguments are checked before sending; never re-sent blindly.

        Docs: https://docs.api.pracsuite.com/openapi/appointment/reserveappointment-post
        """
        return await self._write(
            _RESERVE_APPOINTMENT,
            "appointments.reserve",
            {},
            {
                "app_time": app_time,
                "practitioner_business_id": practitioner_business_id,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "column": column,
                "column_number": column_number,
                "width": width,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )


class AppointmentsWithRawResponse(Namespace):
    """``ps.appointments.with_raw_response``."""

    async def get(
        self,
        appointment_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Appointment]:
        """``appointments.get()`` answering its HTTP response: status, headers, request id,
        timing; ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_APPOINTMENT,
            "appointments.get",
            {"appointment_id": appointment_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )

    async def create(
        self,
        *,
        client_id: int,
        appointment_type_id: int,
        app_time: datetime,
        duration: int,
        account_id: int | NotGiven = NOT_GIVEN,
        practitioner_business_id: int | NotGiven = NOT_GIVEN,
        practitioner_id: int | NotGiven = NOT_GIVEN,
        business_id: int | NotGiven = NOT_GIVEN,
        appointment_status_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        item_group_id: int | NotGiven = NOT_GIVEN,
        column: int | NotGiven = NOT_GIVEN,
        column_number: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        resource_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        hourly_billing: bool | NotGiven = NOT_GIVEN,
        profession_id: int | NotGiven = NOT_GIVEN,
        sms_reminder: bool | NotGiven = NOT_GIVEN,
        email_reminder: bool | NotGiven = NOT_GIVEN,
        sms_confirmation: bool | NotGiven = NOT_GIVEN,
        email_confirmation: bool | NotGiven = NOT_GIVEN,
        sms_follow_up: bool | NotGiven = NOT_GIVEN,
        email_follow_up: bool | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Appointment]:
        """``appointments.create()`` answering its HTTP response: status, headers, request id,
        timing; ``.parse()`` gives the result.
        """
        return await self._raw_write(
            _CREATE_APPOINTMENT,
            "appointments.create",
            {},
            {
                "client_id": client_id,
                "account_id": account_id,
                "appointment_type_id": appointment_type_id,
                "app_time": app_time,
                "practitioner_business_id": practitioner_business_id,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "appointment_status_id": appointment_status_id,
                "item_id": item_id,
                "item_group_id": item_group_id,
                "column": column,
                "column_number": column_number,
                "width": width,
                "resource_ids": resource_ids,
                "hourly_billing": hourly_billing,
                "profession_id": profession_id,
                "sms_reminder": sms_reminder,
                "email_reminder": email_reminder,
                "sms_confirmation": sms_confirmation,
                "email_confirmation": email_confirmation,
                "sms_follow_up": sms_follow_up,
                "email_follow_up": email_follow_up,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )

    async def update(
        self,
        appointment_id: int,
        /,
        *,
        appointment_type_id: int | NotGiven = NOT_GIVEN,
        app_time: datetime | NotGiven = NOT_GIVEN,
        practitioner_id: int | NotGiven = NOT_GIVEN,
        business_id: int | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        column_number: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        appointment_status_id: int | NotGiven = NOT_GIVEN,
        profession_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        item_group_id: int | NotGiven = NOT_GIVEN,
        resource_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        sms_reminder: bool | NotGiven = NOT_GIVEN,
        email_reminder: bool | NotGiven = NOT_GIVEN,
        sms_confirmation: bool | NotGiven = NOT_GIVEN,
        email_confirmation: bool | NotGiven = NOT_GIVEN,
        sms_follow_up: bool | NotGiven = NOT_GIVEN,
        email_follow_up: bool | NotGiven = NOT_GIVEN,
        appointment_reschedule_reason_id: int | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Appointment]:
        """``appointments.update()`` answering its HTTP response: status, headers, request id,
        timing; ``.parse()`` gives the result.
        """
        return await self._raw_write(
            _EDIT_APPOINTMENT,
            "appointments.update",
            {"appointment_id": appointment_id},
            {
                "appointment_type_id": appointment_type_id,
                "app_time": app_time,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "column_number": column_number,
                "width": width,
                "appointment_status_id": appointment_status_id,
                "profession_id": profession_id,
                "item_id": item_id,
                "item_group_id": item_group_id,
                "resource_ids": resource_ids,
                "sms_reminder": sms_reminder,
                "email_reminder": email_reminder,
                "sms_confirmation": sms_confirmation,
                "email_confirmation": email_confirmation,
                "sms_follow_up": sms_follow_up,
                "email_follow_up": email_follow_up,
                "appointment_reschedule_reason_id": appointment_reschedule_reason_id,
                "reason": reason,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )

    async def cancel(
        self,
        appointment_id: int,
        /,
        *,
        appointment_cancellation_reason_id: int | NotGiven = NOT_GIVEN,
        record_as_cancelled: bool | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[None]:
        """``appointments.cancel()`` answering its HTTP response: status, headers, request id,
        timing; ``.parse()`` gives the result.
        """
        return await self._raw_command(
            _REMOVE_APPOINTMENT,
            "appointments.cancel",
            {"appointment_id": appointment_id},
            {
                "appointment_cancellation_reason_id": appointment_cancellation_reason_id,
                "record_as_cancelled": record_as_cancelled,
                "reason": reason,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )

    async def finalise(
        self,
        appointment_id: int,
        /,
        *,
        client_id: int,
        appointment_type_id: int,
        account_id: int | NotGiven = NOT_GIVEN,
        profession_id: int | NotGiven = NOT_GIVEN,
        appointment_status_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        item_group_id: int | NotGiven = NOT_GIVEN,
        resource_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        sms_reminder: bool | NotGiven = NOT_GIVEN,
        email_reminder: bool | NotGiven = NOT_GIVEN,
        sms_confirmation: bool | NotGiven = NOT_GIVEN,
        email_confirmation: bool | NotGiven = NOT_GIVEN,
        sms_follow_up: bool | NotGiven = NOT_GIVEN,
        email_follow_up: bool | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Appointment]:
        """``appointments.finalise()`` answering its HTTP response: status, headers, request
        id, timing; ``.parse()`` gives the result.
        """
        return await self._raw_write(
            _FINALISE_APPOINTMENT,
            "appointments.finalise",
            {"appointment_id": appointment_id},
            {
                "client_id": client_id,
                "appointment_type_id": appointment_type_id,
                "account_id": account_id,
                "profession_id": profession_id,
                "appointment_status_id": appointment_status_id,
                "item_id": item_id,
                "item_group_id": item_group_id,
                "resource_ids": resource_ids,
                "sms_reminder": sms_reminder,
                "email_reminder": email_reminder,
                "sms_confirmation": sms_confirmation,
                "email_confirmation": email_confirmation,
                "sms_follow_up": sms_follow_up,
                "email_follow_up": email_follow_up,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )

    async def reserve(
        self,
        *,
        app_time: datetime,
        duration: int,
        practitioner_business_id: int | NotGiven = NOT_GIVEN,
        practitioner_id: int | NotGiven = NOT_GIVEN,
        business_id: int | NotGiven = NOT_GIVEN,
        column: int | NotGiven = NOT_GIVEN,
        column_number: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[ReservedAppointment]:
        """``appointments.reserve()`` answering its HTTP response: status, headers, request id,
        timing; ``.parse()`` gives the result.
        """
        return await self._raw_write(
            _RESERVE_APPOINTMENT,
            "appointments.reserve",
            {},
            {
                "app_time": app_time,
                "practitioner_business_id": practitioner_business_id,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "column": column,
                "column_number": column_number,
                "width": width,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )
