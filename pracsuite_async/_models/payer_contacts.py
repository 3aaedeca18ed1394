"""Records of ``ps.payer_contacts`` (tag Payer Contact).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ._base import Record


@attrs.frozen(kw_only=True)
class PayerContact(Record):
    """A payer contact record.

    Id: ``payer_contact_id``.
    """

    payer_contact_id: int
    tenant_id: int | None = None
    payer_id: int | None = None
    archive: bool | None = None
    title: str | None = None
    first_name: str | None = None
    surname: str | None = None
    address_1: str | None = None
    address_2: str | None = None
    address_3: str | None = None
    address_4: str | None = None
    suburb: str | None = None
    address_state: str | None = None
    postcode: str | None = None
    country: str | None = None
    phone: str | None = None
    home_phone: str | None = None
    work_phone: str | None = None
    mobile: str | None = None
    email: str | None = None
    notes: str | None = None
    job_title: str | None = None
    primary_contact: bool | None = None


PayerContactSortField = Literal[
    "address_1",
    "address_2",
    "address_3",
    "address_4",
    "address_state",
    "archive",
    "country",
    "email",
    "first_name",
    "home_phone",
    "job_title",
    "mobile",
    "notes",
    "payer_contact_id",
    "payer_id",
    "phone",
    "postcode",
    "primary_contact",
    "suburb",
    "surname",
    "tenant_id",
    "title",
    "work_phone",
]
"""The fields a list of PayerContact sorts by: ``sort_by=[...]``."""

__all__ = ["PayerContact", "PayerContactSortField"]
