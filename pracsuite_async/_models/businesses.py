"""Records of ``ps.businesses`` (tag Business).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Literal

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


BusinessSortField = Literal[
    "address_1",
    "address_2",
    "address_3",
    "address_4",
    "address_state",
    "appointment_end_time",
    "appointment_start_time",
    "archive",
    "business_id",
    "business_name",
    "country",
    "display_name",
    "email",
    "fax",
    "ndis_registration_number",
    "phone",
    "postcode",
    "registration_number",
    "registration_type",
    "short_description",
    "suburb",
    "tenant_id",
    "website",
]
"""The fields a list of Business sorts by: ``sort_by=[...]``."""

__all__ = ["Business", "BusinessSortField"]
