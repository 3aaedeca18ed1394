"""What every record shares: the list metadata the API adds to items."""

from __future__ import annotations

import attrs


@attrs.frozen(kw_only=True)
class Record:
    """Base of all records.

    ``links`` maps names to related URLs (``self`` and friends). ``row_num`` and
    ``total_rows`` are set on items of some lists and on a few single-record bodies.
    """

    links: dict[str, str] | None = attrs.field(default=None, eq=False)
    row_num: int | None = attrs.field(default=None, eq=False)
    total_rows: int | None = attrs.field(default=None, eq=False)
