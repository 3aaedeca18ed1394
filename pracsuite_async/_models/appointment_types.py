"""Records of ``ps.appointment_types`` (tag Appointment Type).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Any

import attrs

from ._base import Record


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
    appointment_type_durations: tuple[Any, ...] | None = None
    practitioner_appointment_type_durations: tuple[Any, ...] | None = None


__all__ = ["AppointmentType"]
