"""Records of ``ps.invoices`` (tag Invoice).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

import attrs

from .._convert import LocalDateTime
from .._redact import phi_repr
from ._base import Model, Record


@attrs.frozen(kw_only=True)
class InvoicePaymentItem(Model):
    """A payment allocated to an invoice line.

    The docs showed only part of this schema: fields the server adds are ignored.
    """

    payment_item_id: int | None = None
    payment_id: int | None = None
    amount: Decimal | None = None


@attrs.frozen(kw_only=True)
class InvoiceItem(Model):
    """One line of an invoice.

    The docs showed only part of this schema: fields the server adds are ignored.
    """

    invoice_item_id: int | None = None
    item_time: LocalDateTime | None = None
    item_id: int | None = None
    description: str | None = None
    debit: Decimal | None = None
    paid: Decimal | None = None
    discount: Decimal | None = None
    write_off: Decimal | None = None
    owing: Decimal | None = None
    gst: Decimal | None = None
    fee_cat_id: int | None = None
    practitioner_id: int | None = None
    quantity: float | None = None
    appointment_id: int | None = None
    unit_price: Decimal | None = None
    unit_discount: Decimal | None = None
    unit_gst: Decimal | None = None
    payment_items: tuple[InvoicePaymentItem, ...] | None = None


@attrs.frozen(kw_only=True)
class Invoice(Record):
    """An invoice with its invoice items.

    Id: ``invoice_id``.

    The docs showed only part of this schema: fields the server adds are ignored.
    """

    invoice_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    account_id: int | None = None
    invoice_date: str | None = None
    issued: datetime | None = None
    due_date: str | None = None
    invoice_number: int | None = None
    invoice_notes: str | None = attrs.field(default=None, repr=phi_repr)
    practice_notes: str | None = attrs.field(default=None, repr=phi_repr)
    business_id: int | None = None
    payer_id: int | None = None
    created: datetime | None = None
    updated: datetime | None = None
    created_by_user_id: int | None = None
    updated_by_user_id: int | None = None
    invoice_items: tuple[InvoiceItem, ...] | None = None


InvoiceSortField = Literal[
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
"""The fields a list of Invoice sorts by: ``sort_by=[...]``."""

__all__ = ["Invoice", "InvoiceItem", "InvoicePaymentItem", "InvoiceSortField"]
