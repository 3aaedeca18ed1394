"""``ps.patient_accounts``: the operations of tag Patient Account.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.patient_accounts import PatientAccount, PatientAccountSortField
from .._namespace import Namespace
from .._operations import GetOperation, ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_ACCOUNTS_FOR_PATIENT = ListOperation(
    operation_id="listAccountsForPatient",
    path="/patient/{client_id}/account",
    list_key="accounts",
    model=PatientAccount,
    sort_fields=frozenset(get_args(PatientAccountSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "email": FilterFormat.STRING,
        "phone": FilterFormat.STRING,
        "short_description": FilterFormat.STRING,
    },
)
_GET_PATIENT_ACCOUNT = GetOperation(
    operation_id="getPatientAccount",
    path="/patient/{client_id}/account/{account_id}",
    model=PatientAccount,
)

METHODS: dict[str, Operation] = {
    "list_by_patient": _LIST_ACCOUNTS_FOR_PATIENT,
    "get": _GET_PATIENT_ACCOUNT,
}
"""Every method of :class:`PatientAccounts` and the operation it sends."""


class PatientAccounts(Namespace):
    """Tag Patient Account: ``ps.patient_accounts``.

    Patient accounts (the tag description says only this).

    Docs: https://docs.api.pracsuite.com/openapi/patient-account
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> PatientAccountsWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return PatientAccountsWithRawResponse(self._engine)

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
        sort_by: Sequence[PatientAccountSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[PatientAccount]:
        """List Accounts for a Patient: ``GET /patient/{client_id}/account``.

        Filters: created (timestamp), updated (timestamp), email (string), phone (string),
        short_description (string)

        Docs:
        https://docs.api.pracsuite.com/openapi/patient-account/listaccountsforpatient-get
        """
        return self._list(
            _LIST_ACCOUNTS_FOR_PATIENT,
            "patient_accounts.list_by_patient",
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

    async def get(
        self,
        client_id: int,
        account_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PatientAccount:
        """Get Patient Account: ``GET /patient/{client_id}/account/{account_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/patient-account/getpatientaccount-get
        """
        return await self._engine.get(
            _GET_PATIENT_ACCOUNT,
            "patient_accounts.get",
            {"client_id": client_id, "account_id": account_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )


class PatientAccountsWithRawResponse(Namespace):
    """``ps.patient_accounts.with_raw_response``."""

    async def get(
        self,
        client_id: int,
        account_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[PatientAccount]:
        """``patient_accounts.get()`` answering its HTTP response: status, headers, request id,
        timing; ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_PATIENT_ACCOUNT,
            "patient_accounts.get",
            {"client_id": client_id, "account_id": account_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
