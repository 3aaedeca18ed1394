"""``ps.patient_contacts``: the operations of tag Patient Contact.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.patient_contacts import PatientContact, PatientContactSortField
from .._namespace import Namespace
from .._operations import GetOperation, ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_PATIENT_CONTACTS = ListOperation(
    operation_id="listPatientContacts",
    path="/patient_contact",
    list_key="patient_contacts",
    model=PatientContact,
    sort_fields=frozenset(get_args(PatientContactSortField)),
    filters={
        "client_id": FilterFormat.INTEGER,
        "first_name": FilterFormat.STRING,
        "surname": FilterFormat.STRING,
        "email": FilterFormat.STRING,
        "home_phone": FilterFormat.STRING,
        "work_phone": FilterFormat.STRING,
        "mobile": FilterFormat.STRING,
        "fax": FilterFormat.STRING,
        "phone": FilterFormat.STRING,
        "archive": FilterFormat.BOOLEAN,
    },
)
_GET_PATIENT_CONTACT = GetOperation(
    operation_id="getPatientContact",
    path="/patient_contact/{patient_contact_id}",
    model=PatientContact,
)

METHODS: dict[str, Operation] = {
    "list": _LIST_PATIENT_CONTACTS,
    "get": _GET_PATIENT_CONTACT,
}
"""Every method of :class:`PatientContacts` and the operation it sends."""


class PatientContacts(Namespace):
    """Tag Patient Contact: ``ps.patient_contacts``.

    Docs: https://docs.api.pracsuite.com/openapi/patient-contact
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> PatientContactsWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return PatientContactsWithRawResponse(self._engine)

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[PatientContactSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[PatientContact]:
        """List Patient Contacts: ``GET /patient_contact``.

        Tenant-wide list; narrow it to one patient with the client_id filter.

        Filters: client_id (integer), first_name (string), surname (string), email (string),
        home_phone (string), work_phone (string), mobile (string), fax (string), phone
        (string), archive (boolean)

        Docs: https://docs.api.pracsuite.com/openapi/patient-contact/listpatientcontacts-get
        """
        return self._list(
            _LIST_PATIENT_CONTACTS,
            "patient_contacts.list",
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
        patient_contact_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PatientContact:
        """Get Patient Contact: ``GET /patient_contact/{patient_contact_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/patient-contact/getpatientcontact-get
        """
        return await self._engine.get(
            _GET_PATIENT_CONTACT,
            "patient_contacts.get",
            {"patient_contact_id": patient_contact_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )


class PatientContactsWithRawResponse(Namespace):
    """``ps.patient_contacts.with_raw_response``."""

    async def get(
        self,
        patient_contact_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[PatientContact]:
        """``patient_contacts.get()`` answering its HTTP response: status, headers, request id,
        timing; ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_PATIENT_CONTACT,
            "patient_contacts.get",
            {"patient_contact_id": patient_contact_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
