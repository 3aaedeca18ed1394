"""Records of ``ps.fee_categories`` (tag Fee Category).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class FeeCategory(Record):
    """A fee category record.

    Id: ``fee_cat_id``.
    """

    fee_cat_id: int
    tenant_id: int | None = None
    description: str | None = None
    active: bool | None = None


__all__ = ["FeeCategory"]
