"""``ps.appointment_statuses``: the operations of tag Appointment Status.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Unpack

from .._models.appointment_statuses import AppointmentStatus
from .._namespace import ListOptions, Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager

_LIST_APPOINTMENT_STATUSES = ListOperation(
    operation_id="listAppointmentStatuses",
    path="/appointment_status",
    list_key="appointment_statuses",
    model=AppointmentStatus,
    sort_fields=frozenset(["appointment_status_id", "archived", "status_description", "tenant_id"]),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_APPOINTMENT_STATUSES,
}
"""Every method of :class:`AppointmentStatuses` and the operation it sends."""


class AppointmentStatuses(Namespace):
    """Tag Appointment Status: ``ps.appointment_statuses``.

    Docs: https://docs.api.pracsuite.com/openapi/appointment-status
    """

    _tag = "appointment_statuses"
    _methods = METHODS

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[AppointmentStatus]:
        """List Appointment Statuses: ``GET /appointment_status``.

        Docs:
        https://docs.api.pracsuite.com/openapi/appointment-status/listappointmentstatuses-get
        """
        return self._list(_LIST_APPOINTMENT_STATUSES, "list", {}, {}, options)
