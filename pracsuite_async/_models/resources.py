"""Records of ``ps.resources`` (tag Resource).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class Resource(Record):
    """A resource record.

    Id: ``resource_id``.
    """

    resource_id: int
    tenant_id: int | None = None
    description: str | None = None
    resource_rank: int | None = None
    archived: bool | None = None


ResourceSortField = Literal["archived", "description", "resource_id", "resource_rank", "tenant_id"]
"""The fields a list of Resource sorts by: ``sort_by=[...]``."""

__all__ = ["Resource", "ResourceSortField"]
