"""Records of ``ps.businesses`` (tag Business).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class Business(Record):
    """A business record.

    Id: ``business_id``.
    """

    business_id: int
    tenant_id: int | None = None
    business_name: str | None = None
    display_name: str | None = None
    address_1: str | None = None
    address_2: str | None = None
    address_3: str | None = None
    address_4: str | None = None
    suburb: str | None = None
    address_state: str | None = None
    postcode: str | None = None
    country: str | None = None
    archive: bool | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    website: str | None = None
    appointment_start_time: str | None = None
    appointment_end_time: str | None = None
    registration_number: str | None = None
    registration_type: str | None = None
    short_description: str | None = None
    ndis_registration_number: str | None = None


__all__ = ["Business"]
