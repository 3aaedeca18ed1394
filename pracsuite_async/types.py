"""Every record type of the PracSuite API, one class per schema of the document.

``from pracsuite_async.types import Patient``. Records are frozen attrs classes;
fields the server adds later are ignored.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from ._convert import LocalDateTime
from ._models import BookEntryKind, Model, Record
from ._models.appointment_book import AppointmentBookEntry
from ._models.appointment_statuses import AppointmentStatus
from ._models.appointment_types import (
    AppointmentType,
    AppointmentTypeDuration,
    PractitionerAppointmentTypeDuration,
)
from ._models.appointments import Appointment, ReservedAppointment
from ._models.available_appointments import AvailableAppointment
from ._models.available_group_appointments import AvailableGroupAppointment
from ._models.businesses import Business
from ._models.cancellation_reasons import CancellationReason
from ._models.cancelled_appointments import CancelledAppointment
from ._models.fee_categories import FeeCategory
from ._models.group_appointment_members import GroupAppointmentMember
from ._models.invoices import Invoice, InvoiceItem, InvoicePaymentItem
from ._models.item_groups import ItemGroup
from ._models.items import Item, ItemFee
from ._models.notes import Note
from ._models.patient_accounts import PatientAccount
from ._models.patient_attachments import (
    PatientAttachment,
    PatientAttachmentFolder,
    PatientAttachmentPresignedUpload,
    PatientAttachmentPresignUrl,
)
from ._models.patient_contacts import PatientContact
from ._models.patients import Patient
from ._models.payer_contacts import PayerContact
from ._models.payers import Payer
from ._models.payments import Payment, PaymentItem
from ._models.practitioners import Practitioner, PractitionerBusiness, PractitionerProfession
from ._models.professions import Profession
from ._models.pronouns import Pronoun
from ._models.reschedule_reasons import RescheduleReason
from ._models.resources import Resource
from ._models.rule_outs import RuleOut
from ._models.sexes import Sex
from ._params import NotGiven

__all__ = [
    "Appointment",
    "AppointmentBookEntry",
    "AppointmentStatus",
    "AppointmentType",
    "AppointmentTypeDuration",
    "AvailableAppointment",
    "AvailableGroupAppointment",
    "BookEntryKind",
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
    "LocalDateTime",
    "Model",
    "NotGiven",
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
    "PractitionerAppointmentTypeDuration",
    "PractitionerBusiness",
    "PractitionerProfession",
    "Profession",
    "Pronoun",
    "Record",
    "RescheduleReason",
    "ReservedAppointment",
    "Resource",
    "RuleOut",
    "Sex",
]
