"""Records of ``ps.cancelled_appointments`` (tag Cancelled Appointment).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import attrs

from .._convert import LocalDateTime
from .._redact import phi_repr
from ._base import Record


@attrs.frozen(kw_only=True)
class CancelledAppointment(Record):
    """A cancelled appointment record.

    Id: ``appointment_id``.
    """

    appointment_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    app_time: LocalDateTime | None = None
    description: str | None = None
    appointment_type: str | None = None
    appointment_status: str | None = None
    category: str | None = None
    duration: int | None = None
    notes: str | None = attrs.field(default=None, repr=phi_repr)
    practitioner_id: int | None = None
    business_id: int | None = None
    profession_id: int | None = None
    item_code: str | None = None
    account_id: int | None = None
    cancellation_time: datetime | None = None
    cancelled_by: str | None = None
    cancellation: bool | None = None
    reason: str | None = None
    appointment_cancellation_reason_id: int | None = None


CancelledAppointmentSortField = Literal[
    "account_id",
    "app_time",
    "appointment_cancellation_reason_id",
    "appointment_id",
    "appointment_status",
    "appointment_type",
    "business_id",
    "cancellation",
    "cancellation_time",
    "cancelled_by",
    "category",
    "client_id",
    "description",
    "duration",
    "item_code",
    "notes",
    "practitioner_id",
    "profession_id",
    "reason",
    "tenant_id",
]
"""The fields a list of CancelledAppointment sorts by: ``sort_by=[...]``."""

__all__ = ["CancelledAppointment", "CancelledAppointmentSortField"]
