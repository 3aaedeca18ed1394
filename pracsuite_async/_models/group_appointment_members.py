"""Records of ``ps.group_appointment_members`` (tag Group Appointment Member).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from datetime import datetime

import attrs

from .._redact import phi_repr
from ._base import Record


@attrs.frozen(kw_only=True)
class GroupAppointmentMember(Record):
    """A patient's place in a group appointment (an "appointment client").

    Id: ``appointment_client_id``.
    """

    appointment_client_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    appointment_id: int | None = None
    appointment_status_id: int | None = None
    notes: str | None = attrs.field(default=None, repr=phi_repr)
    item_id: int | None = None
    created: datetime | None = None
    modified: datetime | None = None
    item_group_id: int | None = None


__all__ = ["GroupAppointmentMember"]
