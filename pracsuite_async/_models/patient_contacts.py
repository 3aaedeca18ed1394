"""Records of ``ps.patient_contacts`` (tag Patient Contact).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Literal

import attrs

from .._redact import phi_repr
from ._base import Record


@attrs.frozen(kw_only=True)
class PatientContact(Record):
    """A patient contact record.

    Id: ``patient_contact_id``.

    The docs showed only part of this schema: fields the server adds are ignored.
    """

    patient_contact_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    relationship: str | None = None
    title: str | None = None
    first_name: str | None = attrs.field(default=None, repr=phi_repr)
    surname: str | None = attrs.field(default=None, repr=phi_repr)
    address_1: str | None = attrs.field(default=None, repr=phi_repr)
    address_2: str | None = attrs.field(default=None, repr=phi_repr)
    address_3: str | None = attrs.field(default=None, repr=phi_repr)
    address_4: str | None = attrs.field(default=None, repr=phi_repr)
    suburb: str | None = attrs.field(default=None, repr=phi_repr)
    address_state: str | None = attrs.field(default=None, repr=phi_repr)
    postcode: str | None = attrs.field(default=None, repr=phi_repr)
    country: str | None = None
    home_phone: str | None = attrs.field(default=None, repr=phi_repr)
    work_phone: str | None = attrs.field(default=None, repr=phi_repr)
    mobile: str | None = attrs.field(default=None, repr=phi_repr)
    email: str | None = attrs.field(default=None, repr=phi_repr)
    notes: str | None = attrs.field(default=None, repr=phi_repr)
    fax: str | None = attrs.field(default=None, repr=phi_repr)
    linked_client_id: int | None = None
    linked_referrer_id: int | None = None
    linked_payer_id: int | None = None
    account_id: int | None = None
    preferred_phone: str | None = None


PatientContactSortField = Literal[
    "account_id",
    "address_1",
    "address_2",
    "address_3",
    "address_4",
    "address_state",
    "client_id",
    "country",
    "email",
    "fax",
    "first_name",
    "home_phone",
    "linked_client_id",
    "linked_payer_id",
    "linked_referrer_id",
    "mobile",
    "notes",
    "patient_contact_id",
    "postcode",
    "preferred_phone",
    "relationship",
    "suburb",
    "surname",
    "tenant_id",
    "title",
    "work_phone",
]
"""The fields a list of PatientContact sorts by: ``sort_by=[...]``."""

__all__ = ["PatientContact", "PatientContactSortField"]
