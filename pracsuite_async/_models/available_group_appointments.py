"""Records of ``ps.available_group_appointments`` (tag Available Group Appointment).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

import attrs

from .._convert import LocalDateTime
from ._base import Model


@attrs.frozen(kw_only=True)
class AvailableGroupAppointment(Model):
    """One existing group-appointment session with free places: the appointment_id of the group
    appointment and its current and maximum class size.
    """

    appointment_id: int | None = None
    current_class_size: int | None = None
    max_class_size: int | None = None
    app_time: LocalDateTime | None = None
    column_number: int | None = None
    item_id: int | None = None
    item_group_id: int | None = None
    appointment_type_id: int | None = None
    practitioner_id: int | None = None
    business_id: int | None = None
    profession_id: int | None = None
    width: int | None = None
    duration: int | None = None
    resource_ids: tuple[int, ...] | None = None
    practitioner_name: str | None = None


__all__ = ["AvailableGroupAppointment"]
