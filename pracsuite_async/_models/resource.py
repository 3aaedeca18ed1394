from __future__ import annotations

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class Resource(Record):
    """A bookable resource: a room or a piece of equipment."""

    resource_id: int
    tenant_id: int | None = None
    description: str | None = None
    resource_rank: int | None = None
    archived: bool | None = None
