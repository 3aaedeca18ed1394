"""Typed records of the PracSuite API, one class per schema.

Generated from ``_spec/pracsuite.openapi.json`` by
``python pracsuite_async/_spec/codegen.py``: do not edit.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs

from .._convert import LocalDateTime
from ._base import Model, Record
from ._kinds import AppointmentBookEntryBase


@attrs.frozen(kw_only=True)
class Appointment(Record):
    """newest HTML schema (getappointment-get).

    Id: ``appointment_id``.
    """

    appointment_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    app_time: LocalDateTime | None = None
    description: str | None = None
    appointment_type_id: int | None = None
    appointment_status_id: int | None = None
    category: str | None = None
    duration: int | None = None
    notes: str | None = None
    practitioner_id: int | None = None
    business_id: int | None = None
    profession_id: int | None = None
    item_id: int | None = None
    account_id: int | None = None
    created: datetime | None = None
    modified: datetime | None = None
    item_group_id: int | None = None
    telehealth_patient_link: str | None = None
    telehealth_practitioner_link: str | None = None
    resource_ids: tuple[int, ...] | None = None


@attrs.frozen(kw_only=True)
class AppointmentBookEntry(AppointmentBookEntryBase):
    """One entry of the appointment book.

    Id: ``appointment_id``.

    The docs showed only part of this schema: fields the server adds are ignored.
    """

    appointment_id: int
    tenant_id: int | None = None
    app_time: LocalDateTime | None = None
    description: str | None = None
    client_id: int | None = None
    account_id: int | None = None
    appointment_type_id: int | None = None
    appointment_status_id: int | None = None
    category: str | None = None
    duration: int | None = None
    notes: str | None = None
    practitioner_id: int | None = None
    business_id: int | None = None
    profession_id: int | None = None
    item_id: int | None = None
    created: datetime | None = None
    modified: datetime | None = None
    item_group_id: int | None = None


@attrs.frozen(kw_only=True)
class AppointmentStatus(Record):
    """title "Appointment Status"

    Id: ``appointment_status_id``.
    """

    appointment_status_id: int
    tenant_id: int | None = None
    status_description: str | None = None
    archived: bool | None = None


@attrs.frozen(kw_only=True)
class AppointmentType(Record):
    """Schema name is not shown in the stored .md pages; key chosen by the harvester.

    Id: ``appointment_type_id``.
    """

    appointment_type_id: int
    tenant_id: int | None = None
    description: str | None = None
    short_description: str | None = None
    archived: bool | None = None
    group_appointment: bool | None = None
    group_max_size: int | None = None
    telehealth: bool | None = None
    resource_ids: tuple[int, ...] | None = None
    appointment_type_durations: tuple[Any, ...] | None = None
    practitioner_appointment_type_durations: tuple[Any, ...] | None = None


@attrs.frozen(kw_only=True)
class AvailableAppointment(Model):
    """Shown under the heading "Available Appointment" in the oldest docs (server label "Prod
    server", placeholder tag texts).
    """

    app_time: LocalDateTime | None = None
    column_number: int | None = None
    item_id: int | None = None
    item_group_id: int | None = None
    hourly_billing: bool | None = None
    ndis_claim_type: str | None = None
    ndis_cancellation_reason: str | None = None
    appointment_type_id: int | None = None
    practitioner_business_id: int | None = None
    practitioner_id: int | None = None
    business_id: int | None = None
    profession_id: int | None = None
    width: int | None = None
    duration: int | None = None
    resource_ids: tuple[int, ...] | None = None
    practitioner_name: str | None = None


@attrs.frozen(kw_only=True)
class AvailableGroupAppointment(Model):
    """One existing group-appointment session with free places."""

    appointment_id: int | None = None
    current_class_size: int | None = None
    max_class_size: int | None = None
    app_time: LocalDateTime | None = None
    column_number: int | None = None
    item_id: int | None = None
    item_group_id: int | None = None
    appointment_type_id: int | None = None
    practitioner_id: int | None = None
    business_id: int | None = None
    profession_id: int | None = None
    width: int | None = None
    duration: int | None = None
    resource_ids: tuple[int, ...] | None = None
    practitioner_name: str | None = None


@attrs.frozen(kw_only=True)
class Business(Record):
    """title "Business"; every type is written as a JSON-Schema type array (e.g.

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


@attrs.frozen(kw_only=True)
class CancellationReason(Record):
    """title "Cancellation Reason" (docs page slug cancellation-reason/cancellationreason)

    Id: ``appointment_cancellation_reason_id``.
    """

    appointment_cancellation_reason_id: int
    tenant_id: int | None = None
    reason: str | None = None


@attrs.frozen(kw_only=True)
class CancelledAppointment(Record):
    """200 body of GET /cancelled_appointment/{appointment_id} (schema name not visible).

    Id: ``appointment_id``.
    """

    appointment_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    app_time: LocalDateTime | None = None
    description: str | None = None
    appointment_type: str | None = None
    appointment_status: str | None = None
    category: str | None = None
    duration: int | None = None
    notes: str | None = None
    practitioner_id: int | None = None
    business_id: int | None = None
    profession_id: int | None = None
    item_code: str | None = None
    account_id: int | None = None
    cancellation_time: datetime | None = None
    cancelled_by: str | None = None
    cancellation: bool | None = None
    reason: str | None = None
    appointment_cancellation_reason_id: int | None = None


@attrs.frozen(kw_only=True)
class FeeCategory(Record):
    """title "Fee Category"

    Id: ``fee_cat_id``.
    """

    fee_cat_id: int
    tenant_id: int | None = None
    description: str | None = None
    active: bool | None = None


@attrs.frozen(kw_only=True)
class GroupAppointmentMember(Record):
    """201 body of Add Group Appointment Member (schema name not shown; key chosen by the
    harvester).

    Id: ``appointment_client_id``.
    """

    appointment_client_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    appointment_id: int | None = None
    appointment_status_id: int | None = None
    notes: str | None = None
    item_id: int | None = None
    created: datetime | None = None
    modified: datetime | None = None
    item_group_id: int | None = None


@attrs.frozen(kw_only=True)
class InvoicePaymentItem(Model):
    """element of InvoiceItem.payment_items; cut off after the 4th field name ("allocate...")

    The docs showed only part of this schema: fields the server adds are ignored.
    """

    payment_item_id: int | None = None
    payment_id: int | None = None
    amount: float | None = None


@attrs.frozen(kw_only=True)
class InvoiceItem(Model):
    """element of Invoice.invoice_items (name not shown)

    The docs showed only part of this schema: fields the server adds are ignored.
    """

    invoice_item_id: int | None = None
    item_time: LocalDateTime | None = None
    item_id: int | None = None
    description: str | None = None
    debit: float | None = None
    paid: float | None = None
    discount: float | None = None
    write_off: float | None = None
    owing: float | None = None
    gst: float | None = None
    fee_cat_id: int | None = None
    practitioner_id: int | None = None
    quantity: float | None = None
    appointment_id: int | None = None
    unit_price: float | None = None
    unit_discount: float | None = None
    unit_gst: float | None = None
    payment_items: tuple[InvoicePaymentItem, ...] | None = None


@attrs.frozen(kw_only=True)
class Invoice(Record):
    """Name not shown (only .md field lists were readable).

    Id: ``invoice_id``.

    The docs showed only part of this schema: fields the server adds are ignored.
    """

    invoice_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    account_id: int | None = None
    invoice_date: str | None = None
    issued: datetime | None = None
    due_date: str | None = None
    invoice_number: int | None = None
    invoice_notes: str | None = None
    practice_notes: str | None = None
    business_id: int | None = None
    payer_id: int | None = None
    created: datetime | None = None
    updated: datetime | None = None
    created_by_user_id: int | None = None
    updated_by_user_id: int | None = None
    invoice_items: tuple[InvoiceItem, ...] | None = None


@attrs.frozen(kw_only=True)
class ItemFee(Model):
    """inline item object of ItemWithFees.item_fees (no schema name in the bundle; key chosen
    here)
    """

    fee_cat_id: int | None = None
    charge: float | None = None
    discount: float | None = None


@attrs.frozen(kw_only=True)
class Item(Record):
    """title "Item"

    Id: ``item_id``.
    """

    item_id: int
    tenant_id: int | None = None
    item_code: str | None = None
    description: str | None = None
    gst: bool | None = None
    archived: bool | None = None
    print_code: str | None = None
    item_fees: tuple[ItemFee, ...] | None = None


@attrs.frozen(kw_only=True)
class ItemGroup(Record):
    """title "Item Group"

    Id: ``item_group_id``.
    """

    item_group_id: int
    tenant_id: int | None = None
    description: str | None = None
    archived: bool | None = None
    item_ids: tuple[int, ...] | None = None


@attrs.frozen(kw_only=True)
class Note(Record):
    """201 body of POST /note (schema name not visible; key chosen from the tag name)

    Id: ``appointment_id``.
    """

    appointment_id: int
    app_time: LocalDateTime | None = None
    practitioner_id: int | None = None
    business_id: int | None = None
    duration: int | None = None
    column_number: int | None = None
    width: int | None = None
    category: str | None = None
    notes: str | None = None
    description: str | None = None
    created: datetime | None = None
    modified: datetime | None = None
    font_colour: str | None = None
    bg_colour: str | None = None
    resource_ids: tuple[int, ...] | None = None


@attrs.frozen(kw_only=True)
class Patient(Record):
    """title "Patient"; no field is marked required and none is nullable in this bundle

    Id: ``client_id``.
    """

    client_id: int
    first_name: str | None = None
    tenant_id: int | None = None
    title: str | None = None
    middle_name: str | None = None
    surname: str | None = None
    preferred_name: str | None = None
    date_of_birth: date | None = None
    email: str | None = None
    gender: str | None = None
    address_1: str | None = None
    address_2: str | None = None
    address_3: str | None = None
    address_4: str | None = None
    suburb: str | None = None
    address_state: str | None = None
    postcode: str | None = None
    country: str | None = None
    home_phone: str | None = None
    work_phone: str | None = None
    mobile: str | None = None
    fax: str | None = None
    file_no: str | None = None
    patient_notes: str | None = None
    patient_warnings: str | None = None
    fee_category: str | None = None
    health_fund: str | None = None
    health_fund_member_no: str | None = None
    pension_no: str | None = None
    pension_expiry: datetime | None = None
    worksafe_claim_no: str | None = None
    archive: bool | None = None
    occupation: str | None = None
    default_account_id: int | None = None
    medicare_no: str | None = None
    medicare_irn: str | None = None
    medicare_expiry: date | None = None
    medicare_claimant: bool | None = None
    dva_no: str | None = None
    dva_type: str | None = None
    health_fund_patient_id: int | None = None
    file_created: datetime | None = None
    medicare_claimants: str | None = None
    default_business: str | None = None
    default_practitioner: str | None = None
    referrer: str | None = None
    referrer_email: str | None = None
    referrer_organisation: str | None = None
    referrer_source: str | None = None
    referral_date: date | None = None
    medical_warnings: str | None = None
    reminders_notifications: str | None = None
    gp_name: str | None = None
    deceased: bool | None = None
    family_notes: str | None = None
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


@attrs.frozen(kw_only=True)
class PatientAccount(Record):
    """title "Patient Account"; no account_id field is listed in the schema (the id appears
    only in paths / links.self)

    Id: ``account_id``.
    """

    account_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    archive: bool | None = None
    bill_3rd_party: bool | None = None
    short_description: str | None = None
    billing_name: str | None = None
    email: str | None = None
    contact_name: str | None = None
    acc_no: str | None = None
    claim_number: str | None = None
    employer_name: str | None = None
    injury: str | None = None
    date_of_injury: date | None = None
    hospital: str | None = None
    fee_cat_id: int | None = None
    client_no: str | None = None
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
    notes: str | None = None
    payer_id: int | None = None
    payer_contact_id: int | None = None
    custom_field_name: str | None = None
    custom_field_value: str | None = None
    bill_family: bool | None = None


@attrs.frozen(kw_only=True)
class PatientAttachment(Record):
    """200 body of Get Patient Attachment (.md field list, complete - the 400 section follows
    file_size).

    Id: ``attachment_client_id``.
    """

    attachment_client_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    user_id: int | None = None
    file_date: str | None = None
    description: str | None = None
    file_type: str | None = None
    file_size: int | None = None


@attrs.frozen(kw_only=True)
class PatientAttachmentFolder(Record):
    """item of `attachment_client_folders` (List Patient Attachment Folders By Patient);
    complete list, name not shown

    Id: ``attachment_client_folder_id``.
    """

    attachment_client_folder_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    description: str | None = None


@attrs.frozen(kw_only=True)
class PatientAttachmentPresignUrl(Model):
    """200 body of GET /patient_attachment/{patient_attachment_id}/presign_url (name not shown)"""

    url: str | None = None
    expires: str | None = None
    file_name: str | None = None


@attrs.frozen(kw_only=True)
class PatientAttachmentPresignedUpload(Model):
    """response of POST /patient/{client_id}/patient_attachment per the guide (status code not
    stated) - an S3 presigned POST
    """

    url: str | None = None
    fields: Any | None = None


@attrs.frozen(kw_only=True)
class PatientContact(Record):
    """Item of `patient_contacts` (List Patient Contacts).

    Id: ``patient_contact_id``.

    The docs showed only part of this schema: fields the server adds are ignored.
    """

    patient_contact_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    relationship: str | None = None
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
    home_phone: str | None = None
    work_phone: str | None = None
    mobile: str | None = None
    email: str | None = None
    notes: str | None = None
    fax: str | None = None
    linked_client_id: int | None = None
    linked_referrer_id: int | None = None
    linked_payer_id: int | None = None
    account_id: int | None = None
    preferred_phone: str | None = None


@attrs.frozen(kw_only=True)
class Payer(Record):
    """Name not shown.

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


@attrs.frozen(kw_only=True)
class PayerContact(Record):
    """Name not shown; fields of each item of `payer_contacts`.

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


@attrs.frozen(kw_only=True)
class PaymentItem(Model):
    """element of Payment.payment_items (allocation of the payment to invoice lines)"""

    invoice_id: int | None = None
    invoice_item_id: int | None = None
    allocated_time: datetime | None = None
    amount: float | None = None
    gst: float | None = None


@attrs.frozen(kw_only=True)
class Payment(Record):
    """Name not shown.

    Id: ``payment_id``.
    """

    payment_id: int
    tenant_id: int | None = None
    client_id: int | None = None
    account_id: int | None = None
    payment_time: LocalDateTime | None = None
    payment_type: str | None = None
    total: float | None = None
    allocated: float | None = None
    business_id: int | None = None
    user_id: int | None = None
    card_type: str | None = None
    notes: str | None = None
    payer_id: int | None = None
    created: datetime | None = None
    updated: datetime | None = None
    created_by_user_id: int | None = None
    updated_by_user_id: int | None = None
    payment_items: tuple[PaymentItem, ...] | None = None


@attrs.frozen(kw_only=True)
class PractitionerBusiness(Model):
    """inline item object of Practitioner.businesses (no schema name in the bundle; key chosen
    here)
    """

    archive: bool | None = None
    business_id: int | None = None
    app_book_columns: float | None = None
    override_intervals: float | None = None


@attrs.frozen(kw_only=True)
class PractitionerProfession(Model):
    """inline item object of Practitioner.professions (no schema name in the bundle; key chosen
    here)
    """

    title: str | None = None
    is_default: bool | None = None
    profession_id: int | None = None
    qualifications: str | None = None


@attrs.frozen(kw_only=True)
class Practitioner(Record):
    """title "Practitioner"; no required or nullable fields

    Id: ``practitioner_id``.
    """

    practitioner_id: int
    tenant_id: int | None = None
    title: str | None = None
    first_name: str | None = None
    surname: str | None = None
    short_description: str | None = None
    professional_title: str | None = None
    qualifications: str | None = None
    archive: bool | None = None
    email: str | None = None
    about_me: str | None = None
    telehealth_patient_link: str | None = None
    telehealth_practitioner_link: str | None = None
    created: datetime | None = None
    businesses: tuple[PractitionerBusiness, ...] | None = None
    professions: tuple[PractitionerProfession, ...] | None = None


@attrs.frozen(kw_only=True)
class Profession(Record):
    """title "Profession"

    Id: ``profession_id``.
    """

    profession_id: int
    tenant_id: int | None = None
    description: str | None = None
    default_title: str | None = None
    archived: bool | None = None


@attrs.frozen(kw_only=True)
class Pronoun(Record):
    """title "Pronoun"

    Id: ``pronoun_id``.
    """

    pronoun_id: int
    tenant_id: int | None = None
    description: str | None = None
    nominative: str | None = None
    objective: str | None = None
    possessive: str | None = None
    possessive_determiner: str | None = None
    reflexive: str | None = None


@attrs.frozen(kw_only=True)
class RescheduleReason(Record):
    """title "Reschedule Reason" (docs page slug reschedule-reason/reschedulereason)

    Id: ``appointment_reschedule_reason_id``.
    """

    appointment_reschedule_reason_id: int
    tenant_id: int | None = None
    reason: str | None = None


@attrs.frozen(kw_only=True)
class ReservedAppointment(Model):
    """201 body of POST /reserve_appointment (the older pages' fields and the bundle's
    AppointmentLite together)
    """

    appointment_id: int | None = None
    app_time: LocalDateTime | None = None
    practitioner_id: int | None = None
    business_id: int | None = None
    practitioner_business_id: int | None = None
    duration: int | None = None
    column: int | None = None
    column_number: int | None = None
    width: int | None = None
    category: int | str | None = None


@attrs.frozen(kw_only=True)
class Resource(Record):
    """A Resource record.

    Id: ``resource_id``.
    """

    resource_id: int
    tenant_id: int | None = None
    description: str | None = None
    resource_rank: int | None = None
    archived: bool | None = None


@attrs.frozen(kw_only=True)
class RuleOut(Record):
    """items of `rule_outs` (schema name not visible).

    Id: ``appointment_id``.
    """

    appointment_id: int
    app_time: LocalDateTime | None = None
    practitioner_id: int | None = None
    business_id: int | None = None
    duration: int | None = None
    column_number: int | None = None
    width: int | None = None
    category: str | None = None


@attrs.frozen(kw_only=True)
class Sex(Record):
    """title "Sex"

    Id: ``sex_id``.
    """

    sex_id: int
    tenant_id: int | None = None
    description: str | None = None


__all__ = [
    "Appointment",
    "AppointmentBookEntry",
    "AppointmentStatus",
    "AppointmentType",
    "AvailableAppointment",
    "AvailableGroupAppointment",
    "Business",
    "CancellationReason",
    "CancelledAppointment",
    "FeeCategory",
    "GroupAppointmentMember",
    "Invoice",
    "InvoiceItem",
    "InvoicePaymentItem",
    "Item",
    "ItemFee",
    "ItemGroup",
    "Note",
    "Patient",
    "PatientAccount",
    "PatientAttachment",
    "PatientAttachmentFolder",
    "PatientAttachmentPresignUrl",
    "PatientAttachmentPresignedUpload",
    "PatientContact",
    "Payer",
    "PayerContact",
    "Payment",
    "PaymentItem",
    "Practitioner",
    "PractitionerBusiness",
    "PractitionerProfession",
    "Profession",
    "Pronoun",
    "RescheduleReason",
    "ReservedAppointment",
    "Resource",
    "RuleOut",
    "Sex",
]
