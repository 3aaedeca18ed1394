"""``ps.group_appointments``: the operations of tag Group Appointment.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from .._namespace import Namespace
from .._operations import Operation

METHODS: dict[str, Operation] = {}
"""Every method of :class:`GroupAppointments` and the operation it sends."""


class GroupAppointments(Namespace):
    """Tag Group Appointment: ``ps.group_appointments``.

    The docs show no readable operation of this tag; none is offered.

    Docs: https://docs.api.pracsuite.com/openapi/group-appointment
    """

    _methods = METHODS
