"""Records of ``ps.patients`` (tag Patient).

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

import attrs

from .._redact import phi_repr
from ._base import Record


@attrs.frozen(kw_only=True)
class Patient(Record):
    """A patient record.

    Id: ``client_id``.
    """

    client_id: int
    first_name: str | None = attrs.field(default=None, repr=phi_repr)
    tenant_id: int | None = None
    title: str | None = None
    middle_name: str | None = attrs.field(default=None, repr=phi_repr)
    surname: str | None = attrs.field(default=None, repr=phi_repr)
    preferred_name: str | None = attrs.field(default=None, repr=phi_repr)
    date_of_birth: date | None = attrs.field(default=None, repr=phi_repr)
    email: str | None = attrs.field(default=None, repr=phi_repr)
    gender: str | None = attrs.field(default=None, repr=phi_repr)
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
    fax: str | None = attrs.field(default=None, repr=phi_repr)
    file_no: str | None = attrs.field(default=None, repr=phi_repr)
    patient_notes: str | None = attrs.field(default=None, repr=phi_repr)
    patient_warnings: str | None = attrs.field(default=None, repr=phi_repr)
    fee_category: str | None = None
    health_fund: str | None = None
    health_fund_member_no: str | None = attrs.field(default=None, repr=phi_repr)
    pension_no: str | None = attrs.field(default=None, repr=phi_repr)
    pension_expiry: datetime | None = None
    worksafe_claim_no: str | None = attrs.field(default=None, repr=phi_repr)
    archive: bool | None = None
    occupation: str | None = attrs.field(default=None, repr=phi_repr)
    default_account_id: int | None = None
    medicare_no: str | None = attrs.field(default=None, repr=phi_repr)
    medicare_irn: str | None = attrs.field(default=None, repr=phi_repr)
    medicare_expiry: date | None = None
    medicare_claimant: bool | None = None
    dva_no: str | None = attrs.field(default=None, repr=phi_repr)
    dva_type: str | None = None
    health_fund_patient_id: int | None = attrs.field(default=None, repr=phi_repr)
    file_created: datetime | None = None
    medicare_claimants: str | None = None
    default_business: str | None = None
    default_practitioner: str | None = None
    referrer: str | None = attrs.field(default=None, repr=phi_repr)
    referrer_email: str | None = attrs.field(default=None, repr=phi_repr)
    referrer_organisation: str | None = None
    referrer_source: str | None = None
    referral_date: date | None = None
    medical_warnings: str | None = attrs.field(default=None, repr=phi_repr)
    reminders_notifications: str | None = None
    gp_name: str | None = attrs.field(default=None, repr=phi_repr)
    deceased: bool | None = None
    family_notes: str | None = attrs.field(default=None, repr=phi_repr)
    health_fund_card_issue_no: str | None = None
    covid_vaccination_status: str | None = None
    covid_vaccination_date: date | None = None
    ndis_number: str | None = None
    email_marketing: str | None = None
    sms_marketing: str | None = None
    sex: str | None = None
    pronouns: str | None = None
    default_phone_reminder: bool | None = None
    default_sms_reminder: bool | None = None
    default_email_reminder: bool | None = None
    default_sms_confirmation: bool | None = None
    default_email_confirmation: bool | None = None
    default_sms_follow_up: bool | None = None
    default_email_follow_up: bool | None = None
    accepted_privacy_policy: bool | None = None
    time_zone: str | None = None


PatientSortField = Literal[
    "accepted_privacy_policy",
    "address_1",
    "address_2",
    "address_3",
    "address_4",
    "address_state",
    "archive",
    "client_id",
    "country",
    "covid_vaccination_date",
    "covid_vaccination_status",
    "date_of_birth",
    "deceased",
    "default_account_id",
    "default_business",
    "default_email_confirmation",
    "default_email_follow_up",
    "default_email_reminder",
    "default_phone_reminder",
    "default_practitioner",
    "default_sms_confirmation",
    "default_sms_follow_up",
    "default_sms_reminder",
    "dva_no",
    "dva_type",
    "email",
    "email_marketing",
    "family_notes",
    "fax",
    "fee_category",
    "file_created",
    "file_no",
    "first_name",
    "gender",
    "gp_name",
    "health_fund",
    "health_fund_card_issue_no",
    "health_fund_member_no",
    "health_fund_patient_id",
    "home_phone",
    "medical_warnings",
    "medicare_claimant",
    "medicare_claimants",
    "medicare_expiry",
    "medicare_irn",
    "medicare_no",
    "middle_name",
    "mobile",
    "ndis_number",
    "occupation",
    "patient_notes",
    "patient_warnings",
    "pension_expiry",
    "pension_no",
    "postcode",
    "preferred_name",
    "pronouns",
    "referral_date",
    "referrer",
    "referrer_email",
    "referrer_organisation",
    "referrer_source",
    "reminders_notifications",
    "sex",
    "sms_marketing",
    "suburb",
    "surname",
    "tenant_id",
    "time_zone",
    "title",
    "work_phone",
    "worksafe_claim_no",
]
"""The fields a list of Patient sorts by: ``sort_by=[...]``."""

__all__ = ["Patient", "PatientSortField"]
