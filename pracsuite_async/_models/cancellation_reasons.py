"""Records of ``ps.cancellation_reasons`` (tag Cancellation Reason).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class CancellationReason(Record):
    """A cancellation reason record.

    Id: ``appointment_cancellation_reason_id``.
    """

    appointment_cancellation_reason_id: int
    tenant_id: int | None = None
    reason: str | None = None


CancellationReasonSortField = Literal["appointment_cancellation_reason_id", "reason", "tenant_id"]
"""The fields a list of CancellationReason sorts by: ``sort_by=[...]``."""

__all__ = ["CancellationReason", "CancellationReasonSortField"]
