"""Records of ``ps.appointment_statuses`` (tag Appointment Status).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class AppointmentStatus(Record):
    """An appointment status record.

    Id: ``appointment_status_id``.
    """

    appointment_status_id: int
    tenant_id: int | None = None
    status_description: str | None = None
    archived: bool | None = None


AppointmentStatusSortField = Literal[
    "appointment_status_id", "archived", "status_description", "tenant_id"
]
"""The fields a list of AppointmentStatus sorts by: ``sort_by=[...]``."""

__all__ = ["AppointmentStatus", "AppointmentStatusSortField"]
