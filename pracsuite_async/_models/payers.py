"""Records of ``ps.payers`` (tag Payer).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class Payer(Record):
    """A third party that can be billed (invoices and payments carry payer_id; patient accounts
    carry payer_id and payer_contact_id).

    Id: ``payer_id``.
    """

    payer_id: int
    tenant_id: int | None = None
    archive: bool | None = None
    description: str | None = None
    address_1: str | None = None
    address_2: str | None = None
    address_3: str | None = None
    address_4: str | None = None
    suburb: str | None = None
    address_state: str | None = None
    postcode: str | None = None
    country: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    notes: str | None = None
    website: str | None = None


__all__ = ["Payer"]
