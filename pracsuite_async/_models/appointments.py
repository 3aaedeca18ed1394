"""Records of ``ps.appointments`` (tag Appointment).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import attrs

from .._convert import LocalDateTime
from .._redact import phi_repr
from ._base import Model, Record


@attrs.frozen(kw_only=True)
class Appointment(Record):
    """An appointment in the appointment book.

    Id: ``appointment_id``.
    """

    appointment_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    app_time: LocalDateTime | None = None
    description: str | None = None
    appointment_type_id: int | None = None
    appointment_status_id: int | None = None
    category: str | None = None
    duration: int | None = None
    notes: str | None = attrs.field(default=None, repr=phi_repr)
    practitioner_id: int | None = None
    business_id: int | None = None
    profession_id: int | None = None
    item_id: int | None = None
    account_id: int | None = None
    created: datetime | None = None
    modified: datetime | None = None
    item_group_id: int | None = None
    telehealth_patient_link: str | None = None
    telehealth_practitioner_link: str | None = None
    resource_ids: tuple[int, ...] | None = None


AppointmentSortField = Literal[
    "account_id",
    "app_time",
    "appointment_id",
    "appointment_status_id",
    "appointment_type_id",
    "business_id",
    "category",
    "client_id",
    "created",
    "description",
    "duration",
    "item_group_id",
    "item_id",
    "modified",
    "notes",
    "practitioner_id",
    "profession_id",
    "telehealth_patient_link",
    "telehealth_practitioner_link",
    "tenant_id",
]
"""The fields a list of Appointment sorts by: ``sort_by=[...]``."""


@attrs.frozen(kw_only=True)
class ReservedAppointment(Model):
    """The reservation Reserve Appointment answers with."""

    appointment_id: int | None = None
    app_time: LocalDateTime | None = None
    practitioner_id: int | None = None
    business_id: int | None = None
    practitioner_business_id: int | None = None
    duration: int | None = None
    column: int | None = None
    column_number: int | None = None
    width: int | None = None
    category: int | str | None = None


__all__ = ["Appointment", "AppointmentSortField", "ReservedAppointment"]
