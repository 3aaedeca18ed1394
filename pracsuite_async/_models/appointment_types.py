"""Records of ``ps.appointment_types`` (tag Appointment Type).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ._base import Model, Record


@attrs.frozen(kw_only=True)
class AppointmentTypeDuration(Model):
    """A default duration of an appointment type, per profession and fee category."""

    profession_id: int | None = None
    duration: float | None = None
    width: float | None = None
    fee_cat_id: int | None = None
    all_fee_cats: bool | None = None
    hourly_billing: bool | None = None


@attrs.frozen(kw_only=True)
class PractitionerAppointmentTypeDuration(Model):
    """A practitioner's override of an appointment type's duration at one business."""

    practitioner_id: int | None = None
    business_id: int | None = None
    profession_id: int | None = None
    duration: float | None = None
    width: float | None = None
    fee_cat_id: int | None = None
    all_fee_cats: bool | None = None
    hourly_billing: bool | None = None


@attrs.frozen(kw_only=True)
class AppointmentType(Record):
    """An appointment type record.

    Id: ``appointment_type_id``.
    """

    appointment_type_id: int
    tenant_id: int | None = None
    description: str | None = None
    short_description: str | None = None
    archived: bool | None = None
    group_appointment: bool | None = None
    group_max_size: int | None = None
    telehealth: bool | None = None
    resource_ids: tuple[int, ...] | None = None
    appointment_type_durations: tuple[AppointmentTypeDuration, ...] | None = None
    practitioner_appointment_type_durations: (
        tuple[PractitionerAppointmentTypeDuration, ...] | None
    ) = None


AppointmentTypeSortField = Literal[
    "appointment_type_id",
    "archived",
    "description",
    "group_appointment",
    "group_max_size",
    "short_description",
    "telehealth",
    "tenant_id",
]
"""The fields a list of AppointmentType sorts by: ``sort_by=[...]``."""

__all__ = [
    "AppointmentType",
    "AppointmentTypeDuration",
    "AppointmentTypeSortField",
    "PractitionerAppointmentTypeDuration",
]
