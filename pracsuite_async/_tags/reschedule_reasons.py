"""``ps.reschedule_reasons``: the operations of tag Reschedule Reason.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Unpack

from .._models.reschedule_reasons import RescheduleReason
from .._namespace import ListOptions, Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager

_LIST_RESCHEDULE_REASONS = ListOperation(
    operation_id="listRescheduleReasons",
    path="/reschedule_reason",
    list_key="appointment_reschedule_reasons",
    model=RescheduleReason,
    sort_fields=frozenset(["appointment_reschedule_reason_id", "reason", "tenant_id"]),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_RESCHEDULE_REASONS,
}
"""Every method of :class:`RescheduleReasons` and the operation it sends."""


class RescheduleReasons(Namespace):
    """Tag Reschedule Reason: ``ps.reschedule_reasons``.

    Docs: https://docs.api.pracsuite.com/openapi/reschedule-reason
    """

    _tag = "reschedule_reasons"
    _methods = METHODS

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[RescheduleReason]:
        """List Reschedule Reasons: ``GET /reschedule_reason``.

        Docs:
        https://docs.api.pracsuite.com/openapi/reschedule-reason/listreschedulereasons-get
        """
        return self._list(_LIST_RESCHEDULE_REASONS, "list", {}, {}, options)
