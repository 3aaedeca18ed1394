"""Records of ``ps.patient_accounts`` (tag Patient Account).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

import attrs

from .._redact import phi_repr
from ._base import Record


@attrs.frozen(kw_only=True)
class PatientAccount(Record):
    """A patient account record.

    Id: ``account_id``.
    """

    tenant_id: int | None = None
    client_id: int | None = None
    archive: bool | None = None
    bill_3rd_party: bool | None = None
    short_description: str | None = None
    billing_name: str | None = None
    email: str | None = attrs.field(default=None, repr=phi_repr)
    contact_name: str | None = None
    acc_no: str | None = None
    claim_number: str | None = None
    employer_name: str | None = None
    injury: str | None = None
    date_of_injury: date | None = None
    hospital: str | None = None
    fee_cat_id: int | None = None
    client_no: str | None = None
    address_1: str | None = attrs.field(default=None, repr=phi_repr)
    address_2: str | None = attrs.field(default=None, repr=phi_repr)
    address_3: str | None = attrs.field(default=None, repr=phi_repr)
    address_4: str | None = attrs.field(default=None, repr=phi_repr)
    suburb: str | None = attrs.field(default=None, repr=phi_repr)
    address_state: str | None = attrs.field(default=None, repr=phi_repr)
    postcode: str | None = attrs.field(default=None, repr=phi_repr)
    country: str | None = None
    phone: str | None = attrs.field(default=None, repr=phi_repr)
    fax: str | None = attrs.field(default=None, repr=phi_repr)
    notes: str | None = attrs.field(default=None, repr=phi_repr)
    payer_id: int | None = None
    payer_contact_id: int | None = None
    custom_field_name: str | None = None
    custom_field_value: str | None = None
    bill_family: bool | None = None
    account_id: int | None = None


PatientAccountSortField = Literal[
    "acc_no",
    "account_id",
    "address_1",
    "address_2",
    "address_3",
    "address_4",
    "address_state",
    "archive",
    "bill_3rd_party",
    "bill_family",
    "billing_name",
    "claim_number",
    "client_id",
    "client_no",
    "contact_name",
    "country",
    "custom_field_name",
    "custom_field_value",
    "date_of_injury",
    "email",
    "employer_name",
    "fax",
    "fee_cat_id",
    "hospital",
    "injury",
    "notes",
    "payer_contact_id",
    "payer_id",
    "phone",
    "postcode",
    "short_description",
    "suburb",
    "tenant_id",
]
"""The fields a list of PatientAccount sorts by: ``sort_by=[...]``."""

__all__ = ["PatientAccount", "PatientAccountSortField"]
