"""Records of ``ps.rule_outs`` (tag Rule Out).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Literal

import attrs

from .._convert import LocalDateTime
from ._base import Record


@attrs.frozen(kw_only=True)
class RuleOut(Record):
    """A rule out in the appointment book.

    Id: ``appointment_id``.
    """

    appointment_id: int
    app_time: LocalDateTime | None = None
    practitioner_id: int | None = None
    business_id: int | None = None
    duration: int | None = None
    column_number: int | None = None
    width: int | None = None
    category: str | None = None


RuleOutSortField = Literal[
    "app_time",
    "appointment_id",
    "business_id",
    "category",
    "column_number",
    "duration",
    "practitioner_id",
    "width",
]
"""The fields a list of RuleOut sorts by: ``sort_by=[...]``."""

__all__ = ["RuleOut", "RuleOutSortField"]
