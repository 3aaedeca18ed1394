"""One namespace per API tag (a module each), and tables of them.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from .._engine import Engine
from .._namespace import Namespace
from .._operations import Operation
from . import (
    appointment_book,
    appointment_statuses,
    appointment_types,
    appointments,
    available_appointments,
    available_group_appointments,
    businesses,
    cancellation_reasons,
    cancelled_appointments,
    fee_categories,
    group_appointment_members,
    group_appointments,
    invoices,
    item_groups,
    items,
    notes,
    patient_accounts,
    patient_attachments,
    patient_contacts,
    patients,
    payer_contacts,
    payers,
    payments,
    practitioners,
    professions,
    pronouns,
    reschedule_reasons,
    resources,
    rule_outs,
    sexes,
    tag_categories,
)
from .appointment_book import AppointmentBook
from .appointment_statuses import AppointmentStatuses
from .appointment_types import AppointmentTypes
from .appointments import Appointments
from .available_appointments import AvailableAppointments
from .available_group_appointments import AvailableGroupAppointments
from .businesses import Businesses
from .cancellation_reasons import CancellationReasons
from .cancelled_appointments import CancelledAppointments
from .fee_categories import FeeCategories
from .group_appointment_members import GroupAppointmentMembers
from .group_appointments import GroupAppointments
from .invoices import Invoices
from .item_groups import ItemGroups
from .items import Items
from .notes import Notes
from .patient_accounts import PatientAccounts
from .patient_attachments import PatientAttachments
from .patient_contacts import PatientContacts
from .patients import Patients
from .payer_contacts import PayerContacts
from .payers import Payers
from .payments import Payments
from .practitioners import Practitioners
from .professions import Professions
from .pronouns import Pronouns
from .reschedule_reasons import RescheduleReasons
from .resources import Resources
from .rule_outs import RuleOuts
from .sexes import Sexes
from .tag_categories import TagCategories

METHODS: dict[str, Operation] = {
    f"{name}.{method}": op
    for name, module in {
        "appointment_book": appointment_book,
        "appointment_statuses": appointment_statuses,
        "appointment_types": appointment_types,
        "appointments": appointments,
        "available_appointments": available_appointments,
        "available_group_appointments": available_group_appointments,
        "businesses": businesses,
        "cancellation_reasons": cancellation_reasons,
        "cancelled_appointments": cancelled_appointments,
        "fee_categories": fee_categories,
        "group_appointment_members": group_appointment_members,
        "group_appointments": group_appointments,
        "invoices": invoices,
        "item_groups": item_groups,
        "items": items,
        "notes": notes,
        "patient_accounts": patient_accounts,
        "patient_attachments": patient_attachments,
        "patient_contacts": patient_contacts,
        "patients": patients,
        "payer_contacts": payer_contacts,
        "payers": payers,
        "payments": payments,
        "practitioners": practitioners,
        "professions": professions,
        "pronouns": pronouns,
        "reschedule_reasons": reschedule_reasons,
        "resources": resources,
        "rule_outs": rule_outs,
        "sexes": sexes,
        "tag_categories": tag_categories,
    }.items()
    for method, op in module.METHODS.items()
}
"""Every client method (``"<namespace>.<method>"``) and the operation it sends."""

OPERATIONS: dict[str, Operation] = {
    op.operation_id: op for op in sorted(METHODS.values(), key=lambda op: op.operation_id)
}
"""Every operation of the document by operationId."""


class Namespaces:
    """The tag namespaces of :class:`AsyncPracSuite`, one attribute per tag."""

    appointment_book: AppointmentBook
    appointment_statuses: AppointmentStatuses
    appointment_types: AppointmentTypes
    appointments: Appointments
    available_appointments: AvailableAppointments
    available_group_appointments: AvailableGroupAppointments
    businesses: Businesses
    cancellation_reasons: CancellationReasons
    cancelled_appointments: CancelledAppointments
    fee_categories: FeeCategories
    group_appointment_members: GroupAppointmentMembers
    group_appointments: GroupAppointments
    invoices: Invoices
    item_groups: ItemGroups
    items: Items
    notes: Notes
    patient_accounts: PatientAccounts
    patient_attachments: PatientAttachments
    patient_contacts: PatientContacts
    patients: Patients
    payer_contacts: PayerContacts
    payers: Payers
    payments: Payments
    practitioners: Practitioners
    professions: Professions
    pronouns: Pronouns
    reschedule_reasons: RescheduleReasons
    resources: Resources
    rule_outs: RuleOuts
    sexes: Sexes
    tag_categories: TagCategories

    def _bind_namespaces(self, engine: Engine) -> None:
        self.appointment_book = AppointmentBook(engine)
        self.appointment_statuses = AppointmentStatuses(engine)
        self.appointment_types = AppointmentTypes(engine)
        self.appointments = Appointments(engine)
        self.available_appointments = AvailableAppointments(engine)
        self.available_group_appointments = AvailableGroupAppointments(engine)
        self.businesses = Businesses(engine)
        self.cancellation_reasons = CancellationReasons(engine)
        self.cancelled_appointments = CancelledAppointments(engine)
        self.fee_categories = FeeCategories(engine)
        self.group_appointment_members = GroupAppointmentMembers(engine)
        self.group_appointments = GroupAppointments(engine)
        self.invoices = Invoices(engine)
        self.item_groups = ItemGroups(engine)
        self.items = Items(engine)
        self.notes = Notes(engine)
        self.patient_accounts = PatientAccounts(engine)
        self.patient_attachments = PatientAttachments(engine)
        self.patient_contacts = PatientContacts(engine)
        self.patients = Patients(engine)
        self.payer_contacts = PayerContacts(engine)
        self.payers = Payers(engine)
        self.payments = Payments(engine)
        self.practitioners = Practitioners(engine)
        self.professions = Professions(engine)
        self.pronouns = Pronouns(engine)
        self.reschedule_reasons = RescheduleReasons(engine)
        self.resources = Resources(engine)
        self.rule_outs = RuleOuts(engine)
        self.sexes = Sexes(engine)
        self.tag_categories = TagCategories(engine)


NAMESPACES: dict[str, type[Namespace]] = {
    "appointment_book": AppointmentBook,
    "appointment_statuses": AppointmentStatuses,
    "appointment_types": AppointmentTypes,
    "appointments": Appointments,
    "available_appointments": AvailableAppointments,
    "available_group_appointments": AvailableGroupAppointments,
    "businesses": Businesses,
    "cancellation_reasons": CancellationReasons,
    "cancelled_appointments": CancelledAppointments,
    "fee_categories": FeeCategories,
    "group_appointment_members": GroupAppointmentMembers,
    "group_appointments": GroupAppointments,
    "invoices": Invoices,
    "item_groups": ItemGroups,
    "items": Items,
    "notes": Notes,
    "patient_accounts": PatientAccounts,
    "patient_attachments": PatientAttachments,
    "patient_contacts": PatientContacts,
    "patients": Patients,
    "payer_contacts": PayerContacts,
    "payers": Payers,
    "payments": Payments,
    "practitioners": Practitioners,
    "professions": Professions,
    "pronouns": Pronouns,
    "reschedule_reasons": RescheduleReasons,
    "resources": Resources,
    "rule_outs": RuleOuts,
    "sexes": Sexes,
    "tag_categories": TagCategories,
}

__all__ = ["METHODS", "NAMESPACES", "OPERATIONS", "Namespaces"]
