"""``ps.payments``: the operations of tag Payment.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.payments import Payment, PaymentSortField
from .._namespace import Namespace
from .._operations import GetOperation, ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_PAYMENTS_BY_PATIENT_ACCOUNT = ListOperation(
    operation_id="listPaymentsByPatientAccount",
    path="/patient/{client_id}/account/{account_id}/payment",
    list_key="payments",
    model=Payment,
    sort_fields=frozenset(get_args(PaymentSortField)),
    filters={
        "total": FilterFormat.DOUBLE,
        "unallocated": FilterFormat.DOUBLE,
        "invoice_item_id": FilterFormat.INTEGER,
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "payment_date": FilterFormat.DATE,
    },
)
_GET_PAYMENT = GetOperation(operation_id="getPayment", path="/payment/{payment_id}", model=Payment)

METHODS: dict[str, Operation] = {
    "list_by_patient_account": _LIST_PAYMENTS_BY_PATIENT_ACCOUNT,
    "get": _GET_PAYMENT,
}
"""Every method of :class:`Payments` and the operation it sends."""


class Payments(Namespace):
    """Tag Payment: ``ps.payments``.

    Docs: https://docs.api.pracsuite.com/openapi/payment
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> PaymentsWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return PaymentsWithRawResponse(self._engine)

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
        sort_by: Sequence[PaymentSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Payment]:
        """List Payments by Patient Account: ``GET
        /patient/{client_id}/account/{account_id}/payment``.

        Filters: total (double), unallocated (double), invoice_item_id (integer), created
        (timestamp), updated (timestamp), payment_date (date)

        Docs:
        https://docs.api.pracsuite.com/openapi/payment/listpaymentsbypatientaccount-get
        """
        return self._list(
            _LIST_PAYMENTS_BY_PATIENT_ACCOUNT,
            "payments.list_by_patient_account",
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
        payment_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Payment:
        """Get Payment: ``GET /payment/{payment_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/payment/getpayment-get
        """
        return await self._engine.get(
            _GET_PAYMENT,
            "payments.get",
            {"payment_id": payment_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )


class PaymentsWithRawResponse(Namespace):
    """``ps.payments.with_raw_response``."""

    async def get(
        self,
        payment_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Payment]:
        """``payments.get()`` answering its HTTP response: status, headers, request id, timing;
        ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_PAYMENT,
            "payments.get",
            {"payment_id": payment_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
