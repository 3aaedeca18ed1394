"""``ps.invoices``: the operations of tag Invoice.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.invoices import Invoice, InvoiceSortField
from .._namespace import Namespace
from .._operations import GetOperation, ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_INVOICES_BY_PATIENT_ACCOUNT = ListOperation(
    operation_id="listInvoicesByPatientAccount",
    path="/patient/{client_id}/account/{account_id}/invoice",
    list_key="invoices",
    model=Invoice,
    sort_fields=frozenset(get_args(InvoiceSortField)),
    filters={
        "payer_id": FilterFormat.INTEGER,
        "owing": FilterFormat.DOUBLE,
        "appointment_id": FilterFormat.INTEGER,
        "payment_id": FilterFormat.INTEGER,
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "invoice_date": FilterFormat.DATE,
        "invoice_number": FilterFormat.INTEGER,
    },
)
_GET_INVOICE = GetOperation(operation_id="getInvoice", path="/invoice/{invoice_id}", model=Invoice)

METHODS: dict[str, Operation] = {
    "list_by_patient_account": _LIST_INVOICES_BY_PATIENT_ACCOUNT,
    "get": _GET_INVOICE,
}
"""Every method of :class:`Invoices` and the operation it sends."""


class Invoices(Namespace):
    """Tag Invoice: ``ps.invoices``.

    Docs: https://docs.api.pracsuite.com/openapi/invoice
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> InvoicesWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return InvoicesWithRawResponse(self._engine)

    def list_by_patient_account(
        self,
        client_id: int,
        account_id: int,
        /,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[InvoiceSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Invoice]:
        """List Invoices by Patient Account: ``GET
        /patient/{client_id}/account/{account_id}/invoice``.

        Invoices are reached through a patient (client_id) and one of that patient's
        accounts.

        Filters: payer_id (integer), owing (double), appointment_id (integer), payment_id
        (integer), created (timestamp), updated (timestamp), invoice_date (date),
        invoice_number (integer)

        Docs:
        https://docs.api.pracsuite.com/openapi/invoice/listinvoicesbypatientaccount-get
        """
        return self._list(
            _LIST_INVOICES_BY_PATIENT_ACCOUNT,
            "invoices.list_by_patient_account",
            {"client_id": client_id, "account_id": account_id},
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
        invoice_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Invoice:
        """Get Invoice: ``GET /invoice/{invoice_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/invoice/getinvoice-get
        """
        return await self._engine.get(
            _GET_INVOICE,
            "invoices.get",
            {"invoice_id": invoice_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )


class InvoicesWithRawResponse(Namespace):
    """``ps.invoices.with_raw_response``."""

    async def get(
        self,
        invoice_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Invoice]:
        """``invoices.get()`` answering its HTTP response: status, headers, request id, timing;
        ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_INVOICE,
            "invoices.get",
            {"invoice_id": invoice_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
