"""Records of ``ps.notes`` (tag Note).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import attrs

from .._convert import LocalDateTime
from .._redact import phi_repr
from ._base import Record


@attrs.frozen(kw_only=True)
class Note(Record):
    """A note in the appointment book.

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
    notes: str | None = attrs.field(default=None, repr=phi_repr)
    description: str | None = attrs.field(default=None, repr=phi_repr)
    created: datetime | None = None
    modified: datetime | None = None
    font_colour: str | None = None
    bg_colour: str | None = None
    resource_ids: tuple[int, ...] | None = None


NoteSortField = Literal[
    "app_time",
    "appointment_id",
    "bg_colour",
    "business_id",
    "category",
    "column_number",
    "created",
    "description",
    "duration",
    "font_colour",
    "modified",
    "notes",
    "practitioner_id",
    "width",
]
"""The fields a list of Note sorts by: ``sort_by=[...]``."""

__all__ = ["Note", "NoteSortField"]
