"""Records of ``ps.appointment_book`` (tag Appointment Book).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import attrs

from .._convert import LocalDateTime
from .._redact import phi_repr
from ._kinds import AppointmentBookEntryBase


@attrs.frozen(kw_only=True)
class AppointmentBookEntry(AppointmentBookEntryBase):
    """One entry of the appointment book. The list mixes ordinary appointments, group
    appointments and rule outs; `kind` tells which (from links: appointment_clients only on
    group appointments, no resources on rule outs).

    Id: ``appointment_id``.

    The docs showed only part of this schema: fields the server adds are ignored.
    """

    appointment_id: int
    tenant_id: int | None = None
    app_time: LocalDateTime | None = None
    description: str | None = None
    client_id: int | None = None
    account_id: int | None = None
    appointment_type_id: int | None = None
    appointment_status_id: int | None = None
    category: str | None = None
    duration: int | None = None
    notes: str | None = attrs.field(default=None, repr=phi_repr)
    practitioner_id: int | None = None
    business_id: int | None = None
    profession_id: int | None = None
    item_id: int | None = None
    created: datetime | None = None
    modified: datetime | None = None
    item_group_id: int | None = None


AppointmentBookEntrySortField = Literal[
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
    "tenant_id",
]
"""The fields a list of AppointmentBookEntry sorts by: ``sort_by=[...]``."""

__all__ = ["AppointmentBookEntry", "AppointmentBookEntrySortField"]
