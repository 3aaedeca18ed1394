"""``ps.patients``: the operations of tag Patient.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any, get_args

from .._changes import Change, Checkpoint
from .._config import Timeout
from .._extras import QueryParams
from .._models.patients import Patient, PatientSortField
from .._namespace import Namespace
from .._operations import ChangeFeed, GetOperation, ListOperation, Operation, Param, WriteOperation
from .._pagination import AsyncPager, OnChange
from .._params import NOT_GIVEN, NotGiven
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_PATIENTS = ListOperation(
    operation_id="listPatients",
    path="/patient",
    list_key="clients",
    model=Patient,
    sort_fields=frozenset(get_args(PatientSortField)),
    filters={
        "first_name": FilterFormat.STRING,
        "surname": FilterFormat.STRING,
        "file_created": FilterFormat.TIMESTAMP,
        "date_of_birth": FilterFormat.DATE,
        "preferred_name": FilterFormat.STRING,
        "email": FilterFormat.STRING,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
        "home_phone": FilterFormat.STRING,
        "work_phone": FilterFormat.STRING,
        "mobile": FilterFormat.STRING,
        "phone": FilterFormat.STRING,
        "status": FilterFormat.INTEGER,
        "email_marketing_type": FilterFormat.INTEGER,
        "sms_marketing_type": FilterFormat.INTEGER,
    },
    changes=ChangeFeed(
        filter="file_created", stamp="file_created", created="file_created", id="client_id"
    ),
)
_GET_PATIENT = GetOperation(operation_id="getPatient", path="/patient/{client_id}", model=Patient)
_CREATE_PATIENT = WriteOperation(
    operation_id="createPatient",
    method="POST",
    path="/patient",
    model=Patient,
    body=(
        Param(name="first_name", format=FilterFormat.STRING, required=True, max_length=40),
        Param(name="surname", format=FilterFormat.STRING, required=True, max_length=40),
        Param(name="date_of_birth", format=FilterFormat.DATE),
        Param(name="address_1", format=FilterFormat.STRING, max_length=100),
        Param(name="suburb", format=FilterFormat.STRING, max_length=100),
        Param(name="address_state", format=FilterFormat.STRING, max_length=100),
        Param(name="postcode", format=FilterFormat.STRING, max_length=10),
        Param(name="country", format=FilterFormat.STRING, max_length=100),
        Param(name="email", format=FilterFormat.STRING, max_length=100, text_format="email"),
        Param(name="gender", format=FilterFormat.STRING, max_length=20),
        Param(name="home_phone", format=FilterFormat.STRING, max_length=20),
        Param(name="mobile", format=FilterFormat.STRING, max_length=20),
        Param(name="preferred_phone", format=FilterFormat.INTEGER, choices=(1, 3)),
        Param(name="fee_cat_id", format=FilterFormat.INTEGER),
        Param(name="default_business_id", format=FilterFormat.INTEGER),
        Param(name="default_practitioner_id", format=FilterFormat.INTEGER),
        Param(name="default_practitioner_business_id", format=FilterFormat.INTEGER),
        Param(name="default_sms_reminder", format=FilterFormat.BOOLEAN),
        Param(name="default_email_reminder", format=FilterFormat.BOOLEAN),
        Param(name="default_sms_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="default_email_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="default_sms_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="default_email_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="sms_marketing_type", format=FilterFormat.INTEGER, choices=(1, 2, 3, 4)),
        Param(name="email_marketing_type", format=FilterFormat.INTEGER, choices=(1, 2, 3, 4)),
        Param(name="timezone", format=FilterFormat.STRING),
        Param(name="sex_id", format=FilterFormat.INTEGER),
        Param(name="pronoun_id", format=FilterFormat.INTEGER),
    ),
    exclusive=(
        ("default_practitioner_business_id", "default_practitioner_id"),
        ("default_practitioner_business_id", "default_business_id"),
    ),
)
_EDIT_PATIENT = WriteOperation(
    operation_id="editPatient",
    method="PATCH",
    path="/patient/{client_id}",
    model=Patient,
    body=(
        Param(name="first_name", format=FilterFormat.STRING, max_length=40),
        Param(name="surname", format=FilterFormat.STRING, max_length=40),
        Param(name="date_of_birth", format=FilterFormat.DATE),
        Param(name="address_1", format=FilterFormat.STRING, max_length=100),
        Param(name="suburb", format=FilterFormat.STRING, max_length=100),
        Param(name="address_state", format=FilterFormat.STRING, max_length=100),
        Param(name="postcode", format=FilterFormat.STRING, max_length=10),
        Param(name="country", format=FilterFormat.STRING, max_length=100),
        Param(name="email", format=FilterFormat.STRING, max_length=100, text_format="email"),
        Param(name="gender", format=FilterFormat.STRING, max_length=20),
        Param(name="home_phone", format=FilterFormat.STRING, max_length=20),
        Param(name="mobile", format=FilterFormat.STRING, max_length=20),
        Param(name="preferred_phone", format=FilterFormat.INTEGER, choices=(1, 3)),
        Param(name="fee_cat_id", format=FilterFormat.INTEGER),
        Param(name="default_business_id", format=FilterFormat.INTEGER),
        Param(name="default_practitioner_id", format=FilterFormat.INTEGER),
        Param(name="default_sms_reminder", format=FilterFormat.BOOLEAN),
        Param(name="default_email_reminder", format=FilterFormat.BOOLEAN),
        Param(name="default_sms_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="default_email_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="default_sms_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="default_email_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="sms_marketing_type", format=FilterFormat.INTEGER, choices=(1, 2, 3, 4)),
        Param(name="email_marketing_type", format=FilterFormat.INTEGER, choices=(1, 2, 3, 4)),
        Param(name="timezone", format=FilterFormat.STRING),
        Param(name="sex_id", format=FilterFormat.INTEGER),
        Param(name="pronoun_id", format=FilterFormat.INTEGER),
    ),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_PATIENTS,
    "get": _GET_PATIENT,
    "create": _CREATE_PATIENT,
    "update": _EDIT_PATIENT,
}
"""Every method of :class:`Patients` and the operation it sends."""


class Patients(Namespace):
    """Tag Patient: ``ps.patients``.

    Patients are the people booked into appointments; integrators are reminded to respect
    security/privacy rules for patient data.

    Docs: https://docs.api.pracsuite.com/openapi/patient
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> PatientsWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return PatientsWithRawResponse(self._engine)

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[PatientSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Patient]:
        """List Patients: ``GET /patient``.

        The status, email_marketing_type and sms_marketing_type filters take = only (status
        1 Active, 2 Inactive, 3 All, 4 Inactive excluding deceased, 5 All excluding
        deceased, 6 Deceased).

        Filters: first_name (string), surname (string), file_created (timestamp),
        date_of_birth (date), preferred_name (string), email (string), archived (boolean),
        updated (timestamp), home_phone (string), work_phone (string), mobile (string),
        phone (string), status (integer), email_marketing_type (integer), sms_marketing_type
        (integer)

        Docs: https://docs.api.pracsuite.com/openapi/patient/listpatients-get
        """
        return self._list(
            _LIST_PATIENTS,
            "patients.list",
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
    ) -> AsyncGenerator[Change[Patient], None]:
        """Changes feed of ``GET /patient``: each created or updated record once, oldest first,
        polled every ``interval`` seconds through the ``file_created`` filter.

        ``since``: a checkpoint (``change.checkpoint``, or ``Checkpoint.from_json(saved)``)
        to resume from, an aware datetime, or None for changes from now on. ``lookback``
        (default 5 s) re-reads that much before the checkpoint for late commits and clock
        skew; nothing repeats.
        """
        return self._watch(
            _LIST_PATIENTS,
            "patients.watch",
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

    async def get(
        self,
        client_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Patient:
        """Get Patient: ``GET /patient/{client_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/patient/getpatient-get
        """
        return await self._engine.get(
            _GET_PATIENT,
            "patients.get",
            {"client_id": client_id},
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
        first_name: str,
        surname: str,
        date_of_birth: date | NotGiven = NOT_GIVEN,
        address_1: str | NotGiven = NOT_GIVEN,
        suburb: str | NotGiven = NOT_GIVEN,
        address_state: str | NotGiven = NOT_GIVEN,
        postcode: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        gender: str | NotGiven = NOT_GIVEN,
        home_phone: str | NotGiven = NOT_GIVEN,
        mobile: str | NotGiven = NOT_GIVEN,
        preferred_phone: int | NotGiven = NOT_GIVEN,
        fee_cat_id: int | NotGiven = NOT_GIVEN,
        default_business_id: int | NotGiven = NOT_GIVEN,
        default_practitioner_id: int | NotGiven = NOT_GIVEN,
        default_practitioner_business_id: int | NotGiven = NOT_GIVEN,
        default_sms_reminder: bool | NotGiven = NOT_GIVEN,
        default_email_reminder: bool | NotGiven = NOT_GIVEN,
        default_sms_confirmation: bool | NotGiven = NOT_GIVEN,
        default_email_confirmation: bool | NotGiven = NOT_GIVEN,
        default_sms_follow_up: bool | NotGiven = NOT_GIVEN,
        default_email_follow_up: bool | NotGiven = NOT_GIVEN,
        sms_marketing_type: int | NotGiven = NOT_GIVEN,
        email_marketing_type: int | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        sex_id: int | NotGiven = NOT_GIVEN,
        pronoun_id: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Patient:
        """Create Patient: ``POST /patient``.

        PracSuite expects every patient to have a default practitioner, but the API does not
        enforce it: when none is given the first active practitioner of the practice is
        assigned. When the patient is created during a booking flow, the docs advise setting
        the default practitioner to the appointment's practitioner.

        Arguments are checked before sending; never re-sent blindly.

        Docs: https://docs.api.pracsuite.com/openapi/patient/createpatient-post
        """
        return await self._write(
            _CREATE_PATIENT,
            "patients.create",
            {},
            {
                "first_name": first_name,
                "surname": surname,
                "date_of_birth": date_of_birth,
                "address_1": address_1,
                "suburb": suburb,
                "address_state": address_state,
                "postcode": postcode,
                "country": country,
                "email": email,
                "gender": gender,
                "home_phone": home_phone,
                "mobile": mobile,
                "preferred_phone": preferred_phone,
                "fee_cat_id": fee_cat_id,
                "default_business_id": default_business_id,
                "default_practitioner_id": default_practitioner_id,
                "default_practitioner_business_id": default_practitioner_business_id,
                "default_sms_reminder": default_sms_reminder,
                "default_email_reminder": default_email_reminder,
                "default_sms_confirmation": default_sms_confirmation,
                "default_email_confirmation": default_email_confirmation,
                "default_sms_follow_up": default_sms_follow_up,
                "default_email_follow_up": default_email_follow_up,
                "sms_marketing_type": sms_marketing_type,
                "email_marketing_type": email_marketing_type,
                "timezone": timezone,
                "sex_id": sex_id,
                "pronoun_id": pronoun_id,
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
        client_id: int,
        /,
        *,
        first_name: str | NotGiven = NOT_GIVEN,
        surname: str | NotGiven = NOT_GIVEN,
        date_of_birth: date | NotGiven = NOT_GIVEN,
        address_1: str | NotGiven = NOT_GIVEN,
        suburb: str | NotGiven = NOT_GIVEN,
        address_state: str | NotGiven = NOT_GIVEN,
        postcode: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        gender: str | NotGiven = NOT_GIVEN,
        home_phone: str | NotGiven = NOT_GIVEN,
        mobile: str | NotGiven = NOT_GIVEN,
        preferred_phone: int | NotGiven = NOT_GIVEN,
        fee_cat_id: int | NotGiven = NOT_GIVEN,
        default_business_id: int | NotGiven = NOT_GIVEN,
        default_practitioner_id: int | NotGiven = NOT_GIVEN,
        default_sms_reminder: bool | NotGiven = NOT_GIVEN,
        default_email_reminder: bool | NotGiven = NOT_GIVEN,
        default_sms_confirmation: bool | NotGiven = NOT_GIVEN,
        default_email_confirmation: bool | NotGiven = NOT_GIVEN,
        default_sms_follow_up: bool | NotGiven = NOT_GIVEN,
        default_email_follow_up: bool | NotGiven = NOT_GIVEN,
        sms_marketing_type: int | NotGiven = NOT_GIVEN,
        email_marketing_type: int | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        sex_id: int | NotGiven = NOT_GIVEN,
        pronoun_id: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Patient:
        """Edit Patient: ``PATCH /patient/{client_id}``.

        Partial update: no body field is required.

        Arguments are checked before sending; never re-sent blindly.

        Docs: https://docs.api.pracsuite.com/openapi/patient/editpatient-patch
        """
        return await self._write(
            _EDIT_PATIENT,
            "patients.update",
            {"client_id": client_id},
            {
                "first_name": first_name,
                "surname": surname,
                "date_of_birth": date_of_birth,
                "address_1": address_1,
                "suburb": suburb,
                "address_state": address_state,
                "postcode": postcode,
                "country": country,
                "email": email,
                "gender": gender,
                "home_phone": home_phone,
                "mobile": mobile,
                "preferred_phone": preferred_phone,
                "fee_cat_id": fee_cat_id,
                "default_business_id": default_business_id,
                "default_practitioner_id": default_practitioner_id,
                "default_sms_reminder": default_sms_reminder,
                "default_email_reminder": default_email_reminder,
                "default_sms_confirmation": default_sms_confirmation,
                "default_email_confirmation": default_email_confirmation,
                "default_sms_follow_up": default_sms_follow_up,
                "default_email_follow_up": default_email_follow_up,
                "sms_marketing_type": sms_marketing_type,
                "email_marketing_type": email_marketing_type,
                "timezone": timezone,
                "sex_id": sex_id,
                "pronoun_id": pronoun_id,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )


class PatientsWithRawResponse(Namespace):
    """``ps.patients.with_raw_response``."""

    async def get(
        self,
        client_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Patient]:
        """``patients.get()`` answering its HTTP response: status, headers, request id, timing;
        ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_PATIENT,
            "patients.get",
            {"client_id": client_id},
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
        first_name: str,
        surname: str,
        date_of_birth: date | NotGiven = NOT_GIVEN,
        address_1: str | NotGiven = NOT_GIVEN,
        suburb: str | NotGiven = NOT_GIVEN,
        address_state: str | NotGiven = NOT_GIVEN,
        postcode: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        gender: str | NotGiven = NOT_GIVEN,
        home_phone: str | NotGiven = NOT_GIVEN,
        mobile: str | NotGiven = NOT_GIVEN,
        preferred_phone: int | NotGiven = NOT_GIVEN,
        fee_cat_id: int | NotGiven = NOT_GIVEN,
        default_business_id: int | NotGiven = NOT_GIVEN,
        default_practitioner_id: int | NotGiven = NOT_GIVEN,
        default_practitioner_business_id: int | NotGiven = NOT_GIVEN,
        default_sms_reminder: bool | NotGiven = NOT_GIVEN,
        default_email_reminder: bool | NotGiven = NOT_GIVEN,
        default_sms_confirmation: bool | NotGiven = NOT_GIVEN,
        default_email_confirmation: bool | NotGiven = NOT_GIVEN,
        default_sms_follow_up: bool | NotGiven = NOT_GIVEN,
        default_email_follow_up: bool | NotGiven = NOT_GIVEN,
        sms_marketing_type: int | NotGiven = NOT_GIVEN,
        email_marketing_type: int | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        sex_id: int | NotGiven = NOT_GIVEN,
        pronoun_id: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Patient]:
        """``patients.create()`` answering its HTTP response: status, headers, request id,
        timing; ``.parse()`` gives the result.
        """
        return await self._raw_write(
            _CREATE_PATIENT,
            "patients.create",
            {},
            {
                "first_name": first_name,
                "surname": surname,
                "date_of_birth": date_of_birth,
                "address_1": address_1,
                "suburb": suburb,
                "address_state": address_state,
                "postcode": postcode,
                "country": country,
                "email": email,
                "gender": gender,
                "home_phone": home_phone,
                "mobile": mobile,
                "preferred_phone": preferred_phone,
                "fee_cat_id": fee_cat_id,
                "default_business_id": default_business_id,
                "default_practitioner_id": default_practitioner_id,
                "default_practitioner_business_id": default_practitioner_business_id,
                "default_sms_reminder": default_sms_reminder,
                "default_email_reminder": default_email_reminder,
                "default_sms_confirmation": default_sms_confirmation,
                "default_email_confirmation": default_email_confirmation,
                "default_sms_follow_up": default_sms_follow_up,
                "default_email_follow_up": default_email_follow_up,
                "sms_marketing_type": sms_marketing_type,
                "email_marketing_type": email_marketing_type,
                "timezone": timezone,
                "sex_id": sex_id,
                "pronoun_id": pronoun_id,
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
        client_id: int,
        /,
        *,
        first_name: str | NotGiven = NOT_GIVEN,
        surname: str | NotGiven = NOT_GIVEN,
        date_of_birth: date | NotGiven = NOT_GIVEN,
        address_1: str | NotGiven = NOT_GIVEN,
        suburb: str | NotGiven = NOT_GIVEN,
        address_state: str | NotGiven = NOT_GIVEN,
        postcode: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        gender: str | NotGiven = NOT_GIVEN,
        home_phone: str | NotGiven = NOT_GIVEN,
        mobile: str | NotGiven = NOT_GIVEN,
        preferred_phone: int | NotGiven = NOT_GIVEN,
        fee_cat_id: int | NotGiven = NOT_GIVEN,
        default_business_id: int | NotGiven = NOT_GIVEN,
        default_practitioner_id: int | NotGiven = NOT_GIVEN,
        default_sms_reminder: bool | NotGiven = NOT_GIVEN,
        default_email_reminder: bool | NotGiven = NOT_GIVEN,
        default_sms_confirmation: bool | NotGiven = NOT_GIVEN,
        default_email_confirmation: bool | NotGiven = NOT_GIVEN,
        default_sms_follow_up: bool | NotGiven = NOT_GIVEN,
        default_email_follow_up: bool | NotGiven = NOT_GIVEN,
        sms_marketing_type: int | NotGiven = NOT_GIVEN,
        email_marketing_type: int | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        sex_id: int | NotGiven = NOT_GIVEN,
        pronoun_id: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Patient]:
        """``patients.update()`` answering its HTTP response: status, headers, request id,
        timing; ``.parse()`` gives the result.
        """
        return await self._raw_write(
            _EDIT_PATIENT,
            "patients.update",
            {"client_id": client_id},
            {
                "first_name": first_name,
                "surname": surname,
                "date_of_birth": date_of_birth,
                "address_1": address_1,
                "suburb": suburb,
                "address_state": address_state,
                "postcode": postcode,
                "country": country,
                "email": email,
                "gender": gender,
                "home_phone": home_phone,
                "mobile": mobile,
                "preferred_phone": preferred_phone,
                "fee_cat_id": fee_cat_id,
                "default_business_id": default_business_id,
                "default_practitioner_id": default_practitioner_id,
                "default_sms_reminder": default_sms_reminder,
                "default_email_reminder": default_email_reminder,
                "default_sms_confirmation": default_sms_confirmation,
                "default_email_confirmation": default_email_confirmation,
                "default_sms_follow_up": default_sms_follow_up,
                "default_email_follow_up": default_email_follow_up,
                "sms_marketing_type": sms_marketing_type,
                "email_marketing_type": email_marketing_type,
                "timezone": timezone,
                "sex_id": sex_id,
                "pronoun_id": pronoun_id,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )
