"""Every record type of the PracSuite API, one class per schema of the document.

``from pracsuite_async.types import Patient``. Records are frozen attrs classes;
fields the server adds later are ignored.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from ._convert import LocalDateTime
from ._models import BookEntryKind, Model, Record
from ._models.appointment_book import AppointmentBookEntry, AppointmentBookEntrySortField
from ._models.appointment_statuses import AppointmentStatus, AppointmentStatusSortField
from ._models.appointment_types import (
    AppointmentType,
    AppointmentTypeDuration,
    AppointmentTypeSortField,
    PractitionerAppointmentTypeDuration,
)
from ._models.appointments import Appointment, AppointmentSortField, ReservedAppointment
from ._models.available_appointments import AvailableAppointment
from ._models.available_group_appointments import AvailableGroupAppointment
from ._models.businesses import Business, BusinessSortField
from ._models.cancellation_reasons import CancellationReason, CancellationReasonSortField
from ._models.cancelled_appointments import CancelledAppointment, CancelledAppointmentSortField
from ._models.fee_categories import FeeCategory, FeeCategorySortField
from ._models.group_appointment_members import GroupAppointmentMember
from ._models.invoices import Invoice, InvoiceItem, InvoicePaymentItem, InvoiceSortField
from ._models.item_groups import ItemGroup, ItemGroupSortField
from ._models.items import Item, ItemFee, ItemSortField
from ._models.notes import Note, NoteSortField
from ._models.patient_accounts import PatientAccount, PatientAccountSortField
from ._models.patient_attachments import (
    PatientAttachment,
    PatientAttachmentFolder,
    PatientAttachmentFolderSortField,
    PatientAttachmentPresignedUpload,
    PatientAttachmentPresignUrl,
)
from ._models.patient_contacts import PatientContact, PatientContactSortField
from ._models.patients import Patient, PatientSortField
from ._models.payer_contacts import PayerContact, PayerContactSortField
from ._models.payers import Payer
from ._models.payments import Payment, PaymentItem, PaymentSortField
from ._models.practitioners import (
    Practitioner,
    PractitionerBusiness,
    PractitionerProfession,
    PractitionerSortField,
)
from ._models.professions import Profession, ProfessionSortField
from ._models.pronouns import Pronoun, PronounSortField
from ._models.reschedule_reasons import RescheduleReason, RescheduleReasonSortField
from ._models.resources import Resource, ResourceSortField
from ._models.rule_outs import RuleOut, RuleOutSortField
from ._models.sexes import Sex, SexSortField
from ._params import NotGiven

__all__ = [
    "Appointment",
    "AppointmentBookEntry",
    "AppointmentBookEntrySortField",
    "AppointmentSortField",
    "AppointmentStatus",
    "AppointmentStatusSortField",
    "AppointmentType",
    "AppointmentTypeDuration",
    "AppointmentTypeSortField",
    "AvailableAppointment",
    "AvailableGroupAppointment",
    "BookEntryKind",
    "Business",
    "BusinessSortField",
    "CancellationReason",
    "CancellationReasonSortField",
    "CancelledAppointment",
    "CancelledAppointmentSortField",
    "FeeCategory",
    "FeeCategorySortField",
    "GroupAppointmentMember",
    "Invoice",
    "InvoiceItem",
    "InvoicePaymentItem",
    "InvoiceSortField",
    "Item",
    "ItemFee",
    "ItemGroup",
    "ItemGroupSortField",
    "ItemSortField",
    "LocalDateTime",
    "Model",
    "NotGiven",
    "Note",
    "NoteSortField",
    "Patient",
    "PatientAccount",
    "PatientAccountSortField",
    "PatientAttachment",
    "PatientAttachmentFolder",
    "PatientAttachmentFolderSortField",
    "PatientAttachmentPresignUrl",
    "PatientAttachmentPresignedUpload",
    "PatientContact",
    "PatientContactSortField",
    "PatientSortField",
    "Payer",
    "PayerContact",
    "PayerContactSortField",
    "Payment",
    "PaymentItem",
    "PaymentSortField",
    "Practitioner",
    "PractitionerAppointmentTypeDuration",
    "PractitionerBusiness",
    "PractitionerProfession",
    "PractitionerSortField",
    "Profession",
    "ProfessionSortField",
    "Pronoun",
    "PronounSortField",
    "Record",
    "RescheduleReason",
    "RescheduleReasonSortField",
    "ReservedAppointment",
    "Resource",
    "ResourceSortField",
    "RuleOut",
    "RuleOutSortField",
    "Sex",
    "SexSortField",
]
