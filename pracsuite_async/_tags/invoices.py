"""``ps.invoices``: the operations of tag Invoice.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Unpack

from .._models.invoices import Invoice
from .._namespace import CallOptions, ListOptions, Namespace
from .._operations import GetOperation, ListOperation, Operation
from .._pagination import AsyncPager
from .._wire import FilterFormat

_LIST_INVOICES_BY_PATIENT_ACCOUNT = ListOperation(
    operation_id="listInvoicesByPatientAccount",
    path="/patient/{client_id}/account/{account_id}/invoice",
    list_key="invoices",
    model=Invoice,
    sort_fields=frozenset(
        [
            "account_id",
            "business_id",
            "client_id",
            "created",
            "created_by_user_id",
            "due_date",
            "invoice_date",
            "invoice_id",
            "invoice_notes",
            "invoice_number",
            "issued",
            "payer_id",
            "practice_notes",
            "tenant_id",
            "updated",
            "updated_by_user_id",
        ]
    ),
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

    _tag = "invoices"
    _methods = METHODS

    def list_by_patient_account(
        self, client_id: int, account_id: int, /, **options: Unpack[ListOptions]
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
            "list_by_patient_account",
            {"client_id": client_id, "account_id": account_id},
            {},
            options,
        )

    async def get(self, invoice_id: int, /, **options: Unpack[CallOptions]) -> Invoice:
        """Get Invoice: ``GET /invoice/{invoice_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/invoice/getinvoice-get
        """
        return await self._get(_GET_INVOICE, "get", {"invoice_id": invoice_id}, options)
