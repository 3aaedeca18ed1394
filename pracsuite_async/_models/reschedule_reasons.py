"""Records of ``ps.reschedule_reasons`` (tag Reschedule Reason).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class RescheduleReason(Record):
    """A reschedule reason record.

    Id: ``appointment_reschedule_reason_id``.
    """

    appointment_reschedule_reason_id: int
    tenant_id: int | None = None
    reason: str | None = None


RescheduleReasonSortField = Literal["appointment_reschedule_reason_id", "reason", "tenant_id"]
"""The fields a list of RescheduleReason sorts by: ``sort_by=[...]``."""

__all__ = ["RescheduleReason", "RescheduleReasonSortField"]
