"""``ps.cancellation_reasons``: the operations of tag Cancellation Reason.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Unpack

from .._models.cancellation_reasons import CancellationReason
from .._namespace import ListOptions, Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager

_LIST_CANCELLATION_REASONS = ListOperation(
    operation_id="listCancellationReasons",
    path="/cancellation_reason",
    list_key="appointment_cancellation_reasons",
    model=CancellationReason,
    sort_fields=frozenset(["appointment_cancellation_reason_id", "reason", "tenant_id"]),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_CANCELLATION_REASONS,
}
"""Every method of :class:`CancellationReasons` and the operation it sends."""


class CancellationReasons(Namespace):
    """Tag Cancellation Reason: ``ps.cancellation_reasons``.

    Docs: https://docs.api.pracsuite.com/openapi/cancellation-reason
    """

    _tag = "cancellation_reasons"
    _methods = METHODS

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[CancellationReason]:
        """List Cancellation Reasons: ``GET /cancellation_reason``.

        Docs:
        https://docs.api.pracsuite.com/openapi/cancellation-reason/listcancellationreasons-get
        """
        return self._list(_LIST_CANCELLATION_REASONS, "list", {}, {}, options)
