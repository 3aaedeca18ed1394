"""What every model shares."""

from __future__ import annotations

import attrs


@attrs.frozen(kw_only=True)
class Model:
    """Base of every typed body the API answers with (frozen, slotted, keyword-only)."""


@attrs.frozen(kw_only=True)
class Record(Model):
    """Base of records that have an id.

    ``links`` maps names to related URLs (``self`` and friends). ``row_num`` and
    ``total_rows`` are set on items of some lists and on a few single-record bodies.
    """

    links: dict[str, str] | None = attrs.field(default=None, eq=False)
    row_num: int | None = attrs.field(default=None, eq=False)
    total_rows: int | None = attrs.field(default=None, eq=False)
