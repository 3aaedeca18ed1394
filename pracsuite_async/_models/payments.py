"""Records of ``ps.payments`` (tag Payment).

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
class PaymentItem(Model):
    """The allocation of a payment to invoice lines."""

    invoice_id: int | None = None
    invoice_item_id: int | None = None
    allocated_time: datetime | None = None
    amount: Decimal | None = None
    gst: Decimal | None = None


@attrs.frozen(kw_only=True)
class Payment(Record):
    """A payment record.

    Id: ``payment_id``.
    """

    payment_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    account_id: int | None = None
    payment_time: LocalDateTime | None = None
    payment_type: str | None = None
    total: Decimal | None = None
    allocated: Decimal | None = None
    business_id: int | None = None
    user_id: int | None = None
    card_type: str | None = None
    notes: str | None = attrs.field(default=None, repr=phi_repr)
    payer_id: int | None = None
    created: datetime | None = None
    updated: datetime | None = None
    created_by_user_id: int | None = None
    updated_by_user_id: int | None = None
    payment_items: tuple[PaymentItem, ...] | None = None


PaymentSortField = Literal[
    "account_id",
    "allocated",
    "business_id",
    "card_type",
    "client_id",
    "created",
    "created_by_user_id",
    "notes",
    "payer_id",
    "payment_id",
    "payment_time",
    "payment_type",
    "tenant_id",
    "total",
    "updated",
    "updated_by_user_id",
    "user_id",
]
"""The fields a list of Payment sorts by: ``sort_by=[...]``."""

__all__ = ["Payment", "PaymentItem", "PaymentSortField"]
