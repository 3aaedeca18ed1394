"""Records of ``ps.available_appointments`` (tag Available Appointment).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

import attrs

from .._convert import LocalDateTime
from ._base import Model


@attrs.frozen(kw_only=True)
class AvailableAppointment(Model):
    """An open appointment time."""

    app_time: LocalDateTime | None = None
    column_number: int | None = None
    item_id: int | None = None
    item_group_id: int | None = None
    hourly_billing: bool | None = None
    ndis_claim_type: str | None = None
    ndis_cancellation_reason: str | None = None
    appointment_type_id: int | None = None
    practitioner_business_id: int | None = None
    practitioner_id: int | None = None
    business_id: int | None = None
    profession_id: int | None = None
    width: int | None = None
    duration: int | None = None
    resource_ids: tuple[int, ...] | None = None
    practitioner_name: str | None = None


__all__ = ["AvailableAppointment"]
