"""One namespace per API tag, one method per operation.

Generated from ``_spec/pracsuite.openapi.json`` by
``python pracsuite_async/_spec/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Sequence
from datetime import date, datetime, timedelta
from typing import Unpack

from .._availability import AvailabilitySearch
from .._changes import Change, Checkpoint
from .._engine import Engine
from .._models import (
    Appointment,
    AppointmentBookEntry,
    AppointmentStatus,
    AppointmentType,
    AvailableAppointment,
    AvailableGroupAppointment,
    Business,
    CancellationReason,
    CancelledAppointment,
    FeeCategory,
    GroupAppointmentMember,
    Invoice,
    Item,
    ItemGroup,
    Note,
    Patient,
    PatientAccount,
    PatientAttachment,
    PatientAttachmentFolder,
    PatientAttachmentPresignedUpload,
    PatientAttachmentPresignUrl,
    PatientContact,
    Payer,
    PayerContact,
    Payment,
    Practitioner,
    Profession,
    Pronoun,
    RescheduleReason,
    ReservedAppointment,
    Resource,
    RuleOut,
    Sex,
)
from .._namespace import CallOptions, ListOptions, Namespace, PageOptions
from .._operations import (
    ChangeFeed,
    GetOperation,
    ListOperation,
    Operation,
    Param,
    Window,
    WriteOperation,
)
from .._pagination import AsyncPager
from .._params import NOT_GIVEN, NotGiven
from .._query import FilterFormat

_ADD_GROUP_APPOINTMENT_MEMBER = WriteOperation(
    operation_id="addGroupAppointmentMember",
    method="POST",
    path="/group_appointment/{appointment_id}/add_group_member",
    model=GroupAppointmentMember,
    body=(
        Param(name="client_id", format=FilterFormat.INTEGER, required=True),
        Param(name="account_id", format=FilterFormat.INTEGER),
        Param(name="appointment_status_id", format=FilterFormat.INTEGER),
        Param(name="item_id", format=FilterFormat.INTEGER),
        Param(name="item_group_id", format=FilterFormat.INTEGER),
        Param(name="sms_reminder", format=FilterFormat.BOOLEAN),
        Param(name="email_reminder", format=FilterFormat.BOOLEAN),
        Param(name="sms_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="email_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="sms_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="email_follow_up", format=FilterFormat.BOOLEAN),
    ),
)
_CREATE_APPOINTMENT = WriteOperation(
    operation_id="createAppointment",
    method="POST",
    path="/appointment",
    model=Appointment,
    body=(
        Param(name="client_id", format=FilterFormat.INTEGER, required=True),
        Param(name="account_id", format=FilterFormat.INTEGER),
        Param(name="appointment_type_id", format=FilterFormat.INTEGER, required=True),
        Param(name="app_time", format=FilterFormat.DATETIME, required=True),
        Param(name="practitioner_business_id", format=FilterFormat.INTEGER),
        Param(name="practitioner_id", format=FilterFormat.INTEGER),
        Param(name="business_id", format=FilterFormat.INTEGER),
        Param(
            name="duration",
            format=FilterFormat.INTEGER,
            required=True,
            minimum=5,
            maximum=1440,
            multiple_of=5,
        ),
        Param(name="appointment_status_id", format=FilterFormat.INTEGER),
        Param(name="item_id", format=FilterFormat.INTEGER),
        Param(name="item_group_id", format=FilterFormat.INTEGER),
        Param(name="column", format=FilterFormat.INTEGER),
        Param(name="column_number", format=FilterFormat.INTEGER),
        Param(name="width", format=FilterFormat.INTEGER),
        Param(name="resource_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="hourly_billing", format=FilterFormat.BOOLEAN),
        Param(name="profession_id", format=FilterFormat.INTEGER),
        Param(name="sms_reminder", format=FilterFormat.BOOLEAN),
        Param(name="email_reminder", format=FilterFormat.BOOLEAN),
        Param(name="sms_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="email_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="sms_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="email_follow_up", format=FilterFormat.BOOLEAN),
    ),
    exclusive=(("column", "column_number"), ("item_id", "item_group_id")),
    one_of=((("practitioner_id", "business_id"), ("practitioner_business_id",)),),
)
_CREATE_NOTE = WriteOperation(
    operation_id="createNote",
    method="POST",
    path="/note",
    model=Note,
    body=(
        Param(name="app_time", format=FilterFormat.DATETIME, required=True),
        Param(name="practitioner_id", format=FilterFormat.INTEGER, required=True),
        Param(name="business_id", format=FilterFormat.INTEGER, required=True),
        Param(
            name="duration",
            format=FilterFormat.INTEGER,
            required=True,
            minimum=5,
            maximum=1440,
            multiple_of=5,
        ),
        Param(name="description", format=FilterFormat.STRING, required=True),
        Param(name="font_colour", format=FilterFormat.STRING),
        Param(name="bg_colour", format=FilterFormat.STRING),
        Param(name="notes", format=FilterFormat.STRING),
        Param(name="column_number", format=FilterFormat.INTEGER),
        Param(name="width", format=FilterFormat.INTEGER),
        Param(name="resource_ids", format=FilterFormat.INTEGER, many=True),
    ),
)
_CREATE_PATIENT = WriteOperation(
    operation_id="createPatient",
    method="POST",
    path="/patient",
    model=Patient,
    body=(
        Param(name="first_name", format=FilterFormat.STRING, required=True),
        Param(name="surname", format=FilterFormat.STRING, required=True),
        Param(name="date_of_birth", format=FilterFormat.DATE),
        Param(name="address_1", format=FilterFormat.STRING),
        Param(name="suburb", format=FilterFormat.STRING),
        Param(name="address_state", format=FilterFormat.STRING),
        Param(name="postcode", format=FilterFormat.STRING),
        Param(name="country", format=FilterFormat.STRING),
        Param(name="email", format=FilterFormat.STRING),
        Param(name="gender", format=FilterFormat.STRING),
        Param(name="home_phone", format=FilterFormat.STRING),
        Param(name="mobile", format=FilterFormat.STRING),
        Param(name="preferred_phone", format=FilterFormat.INTEGER, choices=(1, 3)),
        Param(name="fee_cat_id", format=FilterFormat.INTEGER),
        Param(name="default_business_id", format=FilterFormat.INTEGER),
        Param(name="default_practitioner_id", format=FilterFormat.INTEGER),
        Param(name="default_practitioner_business_id", format=FilterFormat.INTEGER),
        Param(name="default_sms_reminder", format=FilterFormat.BOOLEAN),
        Param(name="default_email_reminder", format=FilterFormat.BOOLEAN),
        Param(name="default_sms_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="default_email_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="default_sms_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="default_email_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="sms_marketing_type", format=FilterFormat.INTEGER, choices=(1, 2, 3, 4)),
        Param(name="email_marketing_type", format=FilterFormat.INTEGER, choices=(1, 2, 3, 4)),
        Param(name="timezone", format=FilterFormat.STRING),
        Param(name="sex_id", format=FilterFormat.INTEGER),
        Param(name="pronoun_id", format=FilterFormat.INTEGER),
    ),
    exclusive=(
        ("default_practitioner_business_id", "default_practitioner_id"),
        ("default_practitioner_business_id", "default_business_id"),
    ),
)
_CREATE_PATIENT_ATTACHMENT_UPLOAD = WriteOperation(
    operation_id="createPatientAttachmentUpload",
    method="POST",
    path="/patient/{client_id}/patient_attachment",
    model=PatientAttachmentPresignedUpload,
    body=(Param(name="file_name", format=FilterFormat.STRING, required=True),),
)
_EDIT_APPOINTMENT = WriteOperation(
    operation_id="editAppointment",
    method="PATCH",
    path="/appointment/{appointment_id}",
    model=Appointment,
    body=(
        Param(name="appointment_type_id", format=FilterFormat.INTEGER),
        Param(name="app_time", format=FilterFormat.DATETIME),
        Param(name="practitioner_id", format=FilterFormat.INTEGER),
        Param(name="business_id", format=FilterFormat.INTEGER),
        Param(name="duration", format=FilterFormat.INTEGER, minimum=5, maximum=1440, multiple_of=5),
        Param(name="column_number", format=FilterFormat.INTEGER),
        Param(name="width", format=FilterFormat.INTEGER),
        Param(name="appointment_status_id", format=FilterFormat.INTEGER),
        Param(name="profession_id", format=FilterFormat.INTEGER),
        Param(name="item_id", format=FilterFormat.INTEGER),
        Param(name="item_group_id", format=FilterFormat.INTEGER),
        Param(name="resource_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="sms_reminder", format=FilterFormat.BOOLEAN),
        Param(name="email_reminder", format=FilterFormat.BOOLEAN),
        Param(name="sms_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="email_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="sms_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="email_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="appointment_reschedule_reason_id", format=FilterFormat.INTEGER),
        Param(name="reason", format=FilterFormat.STRING),
    ),
    exclusive=(("item_id", "item_group_id"),),
)
_EDIT_PATIENT = WriteOperation(
    operation_id="editPatient",
    method="PATCH",
    path="/patient/{client_id}",
    model=Patient,
    body=(
        Param(name="first_name", format=FilterFormat.STRING),
        Param(name="surname", format=FilterFormat.STRING),
        Param(name="date_of_birth", format=FilterFormat.DATE),
        Param(name="address_1", format=FilterFormat.STRING),
        Param(name="suburb", format=FilterFormat.STRING),
        Param(name="address_state", format=FilterFormat.STRING),
        Param(name="postcode", format=FilterFormat.STRING),
        Param(name="country", format=FilterFormat.STRING),
        Param(name="email", format=FilterFormat.STRING),
        Param(name="gender", format=FilterFormat.STRING),
        Param(name="home_phone", format=FilterFormat.STRING),
        Param(name="mobile", format=FilterFormat.STRING),
        Param(name="preferred_phone", format=FilterFormat.INTEGER, choices=(1, 3)),
        Param(name="fee_cat_id", format=FilterFormat.INTEGER),
        Param(name="default_business_id", format=FilterFormat.INTEGER),
        Param(name="default_practitioner_id", format=FilterFormat.INTEGER),
        Param(name="default_sms_reminder", format=FilterFormat.BOOLEAN),
        Param(name="default_email_reminder", format=FilterFormat.BOOLEAN),
        Param(name="default_sms_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="default_email_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="default_sms_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="default_email_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="sms_marketing_type", format=FilterFormat.INTEGER, choices=(1, 2, 3, 4)),
        Param(name="email_marketing_type", format=FilterFormat.INTEGER, choices=(1, 2, 3, 4)),
        Param(name="timezone", format=FilterFormat.STRING),
        Param(name="sex_id", format=FilterFormat.INTEGER),
        Param(name="pronoun_id", format=FilterFormat.INTEGER),
    ),
)
_FINALISE_APPOINTMENT = WriteOperation(
    operation_id="finaliseAppointment",
    method="POST",
    path="/appointment/{appointment_id}",
    model=Appointment,
    body=(
        Param(name="client_id", format=FilterFormat.INTEGER, required=True),
        Param(name="appointment_type_id", format=FilterFormat.INTEGER, required=True),
        Param(name="account_id", format=FilterFormat.INTEGER),
        Param(name="profession_id", format=FilterFormat.INTEGER),
        Param(name="appointment_status_id", format=FilterFormat.INTEGER),
        Param(name="item_id", format=FilterFormat.INTEGER),
        Param(name="item_group_id", format=FilterFormat.INTEGER),
        Param(name="resource_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="sms_reminder", format=FilterFormat.BOOLEAN),
        Param(name="email_reminder", format=FilterFormat.BOOLEAN),
        Param(name="sms_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="email_confirmation", format=FilterFormat.BOOLEAN),
        Param(name="sms_follow_up", format=FilterFormat.BOOLEAN),
        Param(name="email_follow_up", format=FilterFormat.BOOLEAN),
    ),
)
_GET_APPOINTMENT = GetOperation(
    operation_id="getAppointment", path="/appointment/{appointment_id}", model=Appointment
)
_GET_APPOINTMENT_TYPE = GetOperation(
    operation_id="getAppointmentType",
    path="/appointment_type/{appointment_type_id}",
    model=AppointmentType,
)
_GET_BUSINESS = GetOperation(
    operation_id="getBusiness", path="/business/{business_id}", model=Business
)
_GET_CANCELLED_APPOINTMENT = GetOperation(
    operation_id="getCancelledAppointment",
    path="/cancelled_appointment/{appointment_id}",
    model=CancelledAppointment,
)
_GET_INVOICE = GetOperation(operation_id="getInvoice", path="/invoice/{invoice_id}", model=Invoice)
_GET_ITEM = GetOperation(operation_id="getItem", path="/item/{item_id}", model=Item)
_GET_ITEM_GROUP = GetOperation(
    operation_id="getItemGroup", path="/item_group/{item_group_id}", model=ItemGroup
)
_GET_NEXT_AVAILABLE_APPOINTMENT = ListOperation(
    operation_id="getNextAvailableAppointment",
    path="/next_available_appointment",
    list_key="available_times",
    model=AvailableAppointment,
    query=(
        Param(name="from", format=FilterFormat.DATE, required=True),
        Param(name="to", format=FilterFormat.DATE, required=True),
        Param(name="appointment_type_id", format=FilterFormat.INTEGER, required=True),
        Param(name="client_id", format=FilterFormat.INTEGER),
        Param(name="account_id", format=FilterFormat.INTEGER),
        Param(name="business_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="practitioner_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="profession_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="resource_ids", format=FilterFormat.INTEGER, many=True),
    ),
    window=Window(start="from", end="to", max_days=7),
    requires={"account_id": ("client_id",)},
)
_GET_NEXT_AVAILABLE_GROUP_APPOINTMENT = ListOperation(
    operation_id="getNextAvailableGroupAppointment",
    path="/next_available_group_appointment",
    list_key="available_times",
    model=AvailableGroupAppointment,
    query=(
        Param(name="from", format=FilterFormat.DATE, required=True),
        Param(name="to", format=FilterFormat.DATE, required=True),
        Param(name="appointment_type_id", format=FilterFormat.INTEGER, required=True),
        Param(name="business_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="practitioner_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="profession_ids", format=FilterFormat.INTEGER, many=True),
    ),
    window=Window(start="from", end="to", max_days=7),
)
_GET_PATIENT = GetOperation(operation_id="getPatient", path="/patient/{client_id}", model=Patient)
_GET_PATIENT_ACCOUNT = GetOperation(
    operation_id="getPatientAccount",
    path="/patient/{client_id}/account/{account_id}",
    model=PatientAccount,
)
_GET_PATIENT_ATTACHMENT = GetOperation(
    operation_id="getPatientAttachment",
    path="/patient_attachment/{patient_attachment_id}",
    model=PatientAttachment,
)
_GET_PATIENT_ATTACHMENT_PRESIGN_URL = GetOperation(
    operation_id="getPatientAttachmentPresignUrl",
    path="/patient_attachment/{patient_attachment_id}/presign_url",
    model=PatientAttachmentPresignUrl,
)
_GET_PATIENT_CONTACT = GetOperation(
    operation_id="getPatientContact",
    path="/patient_contact/{patient_contact_id}",
    model=PatientContact,
)
_GET_PAYER = GetOperation(operation_id="getPayer", path="/payer/{payer_id}", model=Payer)
_GET_PAYMENT = GetOperation(operation_id="getPayment", path="/payment/{payment_id}", model=Payment)
_GET_PRACTITIONER = GetOperation(
    operation_id="getPractitioner", path="/practitioner/{practitioner_id}", model=Practitioner
)
_GET_PROFESSION = GetOperation(
    operation_id="getProfession", path="/profession/{profession_id}", model=Profession
)
_GET_PROFESSION_APPOINTMENT_TYPES = ListOperation(
    operation_id="getProfessionAppointmentTypes",
    path="/profession/{profession_id}/appointment_type",
    list_key="appointment_types",
    model=AppointmentType,
    sort_fields=frozenset(
        [
            "appointment_type_id",
            "archived",
            "description",
            "group_appointment",
            "group_max_size",
            "short_description",
            "telehealth",
            "tenant_id",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
    },
)
_GET_RESOURCE = GetOperation(
    operation_id="getResource", path="/resource/{resource_id}", model=Resource
)
_LIST_ACCOUNTS_FOR_PATIENT = ListOperation(
    operation_id="listAccountsForPatient",
    path="/patient/{client_id}/account",
    list_key="accounts",
    model=PatientAccount,
    sort_fields=frozenset(
        [
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
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "email": FilterFormat.STRING,
        "phone": FilterFormat.STRING,
        "short_description": FilterFormat.STRING,
    },
)
_LIST_APPOINTMENT_BOOK = ListOperation(
    operation_id="listAppointmentBook",
    path="/appointment_book",
    list_key="data",
    model=AppointmentBookEntry,
    sort_fields=frozenset(
        [
            "account_id",
            "app_time",
            "appointment_id",
            "appointment_status_id",
            "appointment_type_id",
            "business_id",
            "category",
            "client_id",
            "created",
            "description",
            "duration",
            "item_group_id",
            "item_id",
            "modified",
            "notes",
            "practitioner_id",
            "profession_id",
            "tenant_id",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "appointment_id": FilterFormat.INTEGER,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
        "appointment_type_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
    changes=ChangeFeed(filter="updated", stamp="modified", created="created", id="appointment_id"),
)
_LIST_APPOINTMENT_STATUSES = ListOperation(
    operation_id="listAppointmentStatuses",
    path="/appointment_status",
    list_key="appointment_statuses",
    model=AppointmentStatus,
    sort_fields=frozenset(["appointment_status_id", "archived", "status_description", "tenant_id"]),
)
_LIST_APPOINTMENT_TYPES = ListOperation(
    operation_id="listAppointmentTypes",
    path="/appointment_type",
    list_key="appointment_types",
    model=AppointmentType,
    sort_fields=frozenset(
        [
            "appointment_type_id",
            "archived",
            "description",
            "group_appointment",
            "group_max_size",
            "short_description",
            "telehealth",
            "tenant_id",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
    },
)
_LIST_APPOINTMENTS = ListOperation(
    operation_id="listAppointments",
    path="/appointment",
    list_key="appointments",
    model=Appointment,
    sort_fields=frozenset(
        [
            "account_id",
            "app_time",
            "appointment_id",
            "appointment_status_id",
            "appointment_type_id",
            "business_id",
            "category",
            "client_id",
            "created",
            "description",
            "duration",
            "item_group_id",
            "item_id",
            "modified",
            "notes",
            "practitioner_id",
            "profession_id",
            "telehealth_patient_link",
            "telehealth_practitioner_link",
            "tenant_id",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
        "appointment_type_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
    changes=ChangeFeed(filter="updated", stamp="modified", created="created", id="appointment_id"),
)
_LIST_APPOINTMENTS_BY_APPOINTMENT_TYPE = ListOperation(
    operation_id="listAppointmentsByAppointmentType",
    path="/appointment_type/{appointment_type_id}/appointment",
    list_key="appointments",
    model=Appointment,
    sort_fields=frozenset(
        [
            "account_id",
            "app_time",
            "appointment_id",
            "appointment_status_id",
            "appointment_type_id",
            "business_id",
            "category",
            "client_id",
            "created",
            "description",
            "duration",
            "item_group_id",
            "item_id",
            "modified",
            "notes",
            "practitioner_id",
            "profession_id",
            "telehealth_patient_link",
            "telehealth_practitioner_link",
            "tenant_id",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
)
_LIST_APPOINTMENTS_BY_BUSINESS = ListOperation(
    operation_id="listAppointmentsByBusiness",
    path="/business/{business_id}/appointment",
    list_key="appointments",
    model=Appointment,
    sort_fields=frozenset(
        [
            "account_id",
            "app_time",
            "appointment_id",
            "appointment_status_id",
            "appointment_type_id",
            "business_id",
            "category",
            "client_id",
            "created",
            "description",
            "duration",
            "item_group_id",
            "item_id",
            "modified",
            "notes",
            "practitioner_id",
            "profession_id",
            "telehealth_patient_link",
            "telehealth_practitioner_link",
            "tenant_id",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "profession_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
        "appointment_type_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
)
_LIST_APPOINTMENTS_BY_PATIENT = ListOperation(
    operation_id="listAppointmentsByPatient",
    path="/patient/{client_id}/appointment",
    list_key="appointments",
    model=Appointment,
    sort_fields=frozenset(
        [
            "account_id",
            "app_time",
            "appointment_id",
            "appointment_status_id",
            "appointment_type_id",
            "business_id",
            "category",
            "client_id",
            "created",
            "description",
            "duration",
            "item_group_id",
            "item_id",
            "modified",
            "notes",
            "practitioner_id",
            "profession_id",
            "telehealth_patient_link",
            "telehealth_practitioner_link",
            "tenant_id",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "appointment_type_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
)
_LIST_APPOINTMENTS_BY_PRACTITIONER = ListOperation(
    operation_id="listAppointmentsByPractitioner",
    path="/practitioner/{practitioner_id}/appointment",
    list_key="appointments",
    model=Appointment,
    sort_fields=frozenset(
        [
            "account_id",
            "app_time",
            "appointment_id",
            "appointment_status_id",
            "appointment_type_id",
            "business_id",
            "category",
            "client_id",
            "created",
            "description",
            "duration",
            "item_group_id",
            "item_id",
            "modified",
            "notes",
            "practitioner_id",
            "profession_id",
            "telehealth_patient_link",
            "telehealth_practitioner_link",
            "tenant_id",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
    },
)
_LIST_APPOINTMENTS_BY_PROFESSION = ListOperation(
    operation_id="listAppointmentsByProfession",
    path="/profession/{profession_id}/appointment",
    list_key="appointments",
    model=Appointment,
    sort_fields=frozenset(
        [
            "account_id",
            "app_time",
            "appointment_id",
            "appointment_status_id",
            "appointment_type_id",
            "business_id",
            "category",
            "client_id",
            "created",
            "description",
            "duration",
            "item_group_id",
            "item_id",
            "modified",
            "notes",
            "practitioner_id",
            "profession_id",
            "telehealth_patient_link",
            "telehealth_practitioner_link",
            "tenant_id",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "business_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
        "appointment_type_id": FilterFormat.INTEGER,
    },
)
_LIST_APPOINTMENTS_BY_RESOURCE = ListOperation(
    operation_id="listAppointmentsByResource",
    path="/resource/{resource_id}/appointment",
    list_key="appointments",
    model=Appointment,
    sort_fields=frozenset(
        [
            "account_id",
            "app_time",
            "appointment_id",
            "appointment_status_id",
            "appointment_type_id",
            "business_id",
            "category",
            "client_id",
            "created",
            "description",
            "duration",
            "item_group_id",
            "item_id",
            "modified",
            "notes",
            "practitioner_id",
            "profession_id",
            "telehealth_patient_link",
            "telehealth_practitioner_link",
            "tenant_id",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
)
_LIST_AVAILABLE_APPOINTMENTS = ListOperation(
    operation_id="listAvailableAppointments",
    path="/available_appointments",
    list_key="available_times",
    model=AvailableAppointment,
    query=(
        Param(name="from", format=FilterFormat.DATE, required=True),
        Param(name="to", format=FilterFormat.DATE, required=True),
        Param(name="appointment_type_id", format=FilterFormat.INTEGER, required=True),
        Param(name="client_id", format=FilterFormat.INTEGER),
        Param(name="account_id", format=FilterFormat.INTEGER),
        Param(name="business_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="practitioner_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="profession_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="resource_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="manual", format=FilterFormat.BOOLEAN),
        Param(name="online", format=FilterFormat.BOOLEAN),
        Param(name="waiting_list", format=FilterFormat.BOOLEAN),
    ),
    window=Window(start="from", end="to", max_days=7),
    requires={"account_id": ("client_id",)},
)
_LIST_AVAILABLE_GROUP_APPOINTMENTS = ListOperation(
    operation_id="listAvailableGroupAppointments",
    path="/available_group_appointments",
    list_key="available_times",
    model=AvailableGroupAppointment,
    query=(
        Param(name="from", format=FilterFormat.DATE, required=True),
        Param(name="to", format=FilterFormat.DATE, required=True),
        Param(name="appointment_type_id", format=FilterFormat.INTEGER, required=True),
        Param(name="business_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="practitioner_ids", format=FilterFormat.INTEGER, many=True),
        Param(name="profession_ids", format=FilterFormat.INTEGER, many=True),
    ),
    window=Window(start="from", end="to", max_days=7),
)
_LIST_BUSINESSES = ListOperation(
    operation_id="listBusinesses",
    path="/business",
    list_key="businesses",
    model=Business,
    sort_fields=frozenset(
        [
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
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
    },
)
_LIST_CANCELLATION_REASONS = ListOperation(
    operation_id="listCancellationReasons",
    path="/cancellation_reason",
    list_key="appointment_cancellation_reasons",
    model=CancellationReason,
    sort_fields=frozenset(["appointment_cancellation_reason_id", "reason", "tenant_id"]),
)
_LIST_CANCELLED_APPOINTMENTS = ListOperation(
    operation_id="listCancelledAppointments",
    path="/cancelled_appointment",
    list_key="cancelled_appointments",
    model=CancelledAppointment,
    sort_fields=frozenset(
        [
            "account_id",
            "app_time",
            "appointment_cancellation_reason_id",
            "appointment_id",
            "appointment_status",
            "appointment_type",
            "business_id",
            "cancellation",
            "cancellation_time",
            "cancelled_by",
            "category",
            "client_id",
            "description",
            "duration",
            "item_code",
            "notes",
            "practitioner_id",
            "profession_id",
            "reason",
            "tenant_id",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "cancellation_time": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
        "appointment_type_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
    query=(Param(name="include_deletions", format=FilterFormat.BOOLEAN),),
)
_LIST_FEE_CATEGORIES = ListOperation(
    operation_id="listFeeCategories",
    path="/fee_category",
    list_key="fee_categories",
    model=FeeCategory,
    sort_fields=frozenset(["active", "description", "fee_cat_id", "tenant_id"]),
)
_LIST_INVOICES_BY_PATIENT_ACCOUNT = ListOperation(
    operation_id="listInvoicesByPatientAccount",
    path="/patient/{client_id}/account/{account_id}/invoice",
    list_key="invoices",
    model=Invoice,
    sort_fields=frozenset(
        [
            "account_id",
            "business_id",
            "client_id",
            "created",
            "created_by_user_id",
            "due_date",
            "invoice_date",
            "invoice_id",
            "invoice_notes",
            "invoice_number",
            "issued",
            "payer_id",
            "practice_notes",
            "tenant_id",
            "updated",
            "updated_by_user_id",
        ]
    ),
    filters={
        "payer_id": FilterFormat.INTEGER,
        "owing": FilterFormat.DOUBLE,
        "appointment_id": FilterFormat.INTEGER,
        "payment_id": FilterFormat.INTEGER,
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "invoice_date": FilterFormat.DATE,
        "invoice_number": FilterFormat.INTEGER,
    },
)
_LIST_ITEM_GROUPS = ListOperation(
    operation_id="listItemGroups",
    path="/item_group",
    list_key="item_groups",
    model=ItemGroup,
    sort_fields=frozenset(["archived", "description", "item_group_id", "tenant_id"]),
    filters={"description": FilterFormat.STRING, "archived": FilterFormat.BOOLEAN},
)
_LIST_ITEMS = ListOperation(
    operation_id="listItems",
    path="/item",
    list_key="items",
    model=Item,
    sort_fields=frozenset(
        ["archived", "description", "gst", "item_code", "item_id", "print_code", "tenant_id"]
    ),
    filters={"item_code": FilterFormat.STRING, "description": FilterFormat.STRING},
)
_LIST_ITEMS_BY_ITEM_GROUP = ListOperation(
    operation_id="listItemsByItemGroup",
    path="/item_group/{item_group_id}/item",
    list_key="items",
    model=Item,
    sort_fields=frozenset(
        ["archived", "description", "gst", "item_code", "item_id", "print_code", "tenant_id"]
    ),
    filters={"item_code": FilterFormat.STRING, "description": FilterFormat.STRING},
)
_LIST_NOTES = ListOperation(
    operation_id="listNotes",
    path="/note",
    list_key="notes",
    model=Note,
    sort_fields=frozenset(
        [
            "app_time",
            "appointment_id",
            "bg_colour",
            "business_id",
            "category",
            "column_number",
            "created",
            "description",
            "duration",
            "font_colour",
            "modified",
            "notes",
            "practitioner_id",
            "width",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "appointment_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
    changes=ChangeFeed(filter="updated", stamp="modified", created="created", id="appointment_id"),
)
_LIST_PATIENT_ATTACHMENT_FOLDERS_BY_PATIENT = ListOperation(
    operation_id="listPatientAttachmentFoldersByPatient",
    path="/patient/{client_id}/patient_attachment_folder",
    list_key="attachment_client_folders",
    model=PatientAttachmentFolder,
    sort_fields=frozenset(["attachment_client_folder_id", "client_id", "description", "tenant_id"]),
)
_LIST_PATIENT_CONTACTS = ListOperation(
    operation_id="listPatientContacts",
    path="/patient_contact",
    list_key="patient_contacts",
    model=PatientContact,
    sort_fields=frozenset(
        [
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
    ),
    filters={
        "client_id": FilterFormat.INTEGER,
        "first_name": FilterFormat.STRING,
        "surname": FilterFormat.STRING,
        "email": FilterFormat.STRING,
        "home_phone": FilterFormat.STRING,
        "work_phone": FilterFormat.STRING,
        "mobile": FilterFormat.STRING,
        "fax": FilterFormat.STRING,
        "phone": FilterFormat.STRING,
        "archive": FilterFormat.BOOLEAN,
    },
)
_LIST_PATIENTS = ListOperation(
    operation_id="listPatients",
    path="/patient",
    list_key="clients",
    model=Patient,
    sort_fields=frozenset(
        [
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
    ),
    filters={
        "first_name": FilterFormat.STRING,
        "surname": FilterFormat.STRING,
        "file_created": FilterFormat.TIMESTAMP,
        "date_of_birth": FilterFormat.DATE,
        "preferred_name": FilterFormat.STRING,
        "email": FilterFormat.STRING,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
        "home_phone": FilterFormat.STRING,
        "work_phone": FilterFormat.STRING,
        "mobile": FilterFormat.STRING,
        "phone": FilterFormat.STRING,
        "status": FilterFormat.INTEGER,
        "email_marketing_type": FilterFormat.INTEGER,
        "sms_marketing_type": FilterFormat.INTEGER,
    },
    changes=ChangeFeed(
        filter="file_created", stamp="file_created", created="file_created", id="client_id"
    ),
)
_LIST_PAYER_CONTACTS_BY_PAYER = ListOperation(
    operation_id="listPayerContactsByPayer",
    path="/payer/{payer_id}/payer_contact",
    list_key="payer_contacts",
    model=PayerContact,
    sort_fields=frozenset(
        [
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
    ),
    filters={
        "first_name": FilterFormat.STRING,
        "surname": FilterFormat.STRING,
        "email": FilterFormat.STRING,
        "home_phone": FilterFormat.STRING,
        "work_phone": FilterFormat.STRING,
        "mobile": FilterFormat.STRING,
        "phone": FilterFormat.STRING,
        "archive": FilterFormat.BOOLEAN,
    },
)
_LIST_PAYMENTS_BY_PATIENT_ACCOUNT = ListOperation(
    operation_id="listPaymentsByPatientAccount",
    path="/patient/{client_id}/account/{account_id}/payment",
    list_key="payments",
    model=Payment,
    sort_fields=frozenset(
        [
            "account_id",
            "allocated",
            "business_id",
            "card_type",
            "client_id",
            "created",
            "created_by_user_id",
            "notes",
            "payer_id",
            "payment_id",
            "payment_time",
            "payment_type",
            "tenant_id",
            "total",
            "updated",
            "updated_by_user_id",
            "user_id",
        ]
    ),
    filters={
        "total": FilterFormat.DOUBLE,
        "unallocated": FilterFormat.DOUBLE,
        "invoice_item_id": FilterFormat.INTEGER,
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "payment_date": FilterFormat.DATE,
    },
)
_LIST_PRACTITIONERS = ListOperation(
    operation_id="listPractitioners",
    path="/practitioner",
    list_key="practitioners",
    model=Practitioner,
    sort_fields=frozenset(
        [
            "about_me",
            "archive",
            "created",
            "email",
            "first_name",
            "practitioner_id",
            "professional_title",
            "qualifications",
            "short_description",
            "surname",
            "telehealth_patient_link",
            "telehealth_practitioner_link",
            "tenant_id",
            "title",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
    },
    changes=ChangeFeed(filter="created", stamp="created", created="created", id="practitioner_id"),
)
_LIST_PRACTITIONERS_FROM_BUSINESS = ListOperation(
    operation_id="listPractitionersFromBusiness",
    path="/business/{business_id}/practitioner",
    list_key="practitioners",
    model=Practitioner,
    sort_fields=frozenset(
        [
            "about_me",
            "archive",
            "created",
            "email",
            "first_name",
            "practitioner_id",
            "professional_title",
            "qualifications",
            "short_description",
            "surname",
            "telehealth_patient_link",
            "telehealth_practitioner_link",
            "tenant_id",
            "title",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
        "profession_id": FilterFormat.INTEGER,
    },
)
_LIST_PRACTITIONERS_FROM_PROFESSION = ListOperation(
    operation_id="listPractitionersFromProfession",
    path="/profession/{profession_id}/practitioner",
    list_key="practitioners",
    model=Practitioner,
    sort_fields=frozenset(
        [
            "about_me",
            "archive",
            "created",
            "email",
            "first_name",
            "practitioner_id",
            "professional_title",
            "qualifications",
            "short_description",
            "surname",
            "telehealth_patient_link",
            "telehealth_practitioner_link",
            "tenant_id",
            "title",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
        "business_id": FilterFormat.INTEGER,
    },
)
_LIST_PROFESSIONS = ListOperation(
    operation_id="listProfessions",
    path="/profession",
    list_key="professions",
    model=Profession,
    sort_fields=frozenset(
        ["archived", "default_title", "description", "profession_id", "tenant_id"]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
    },
)
_LIST_PROFESSIONS_FROM_PRACTITIONER = ListOperation(
    operation_id="listProfessionsFromPractitioner",
    path="/practitioner/{practitioner_id}/profession",
    list_key="professions",
    model=Profession,
    sort_fields=frozenset(
        ["archived", "default_title", "description", "profession_id", "tenant_id"]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
    },
)
_LIST_PRONOUNS = ListOperation(
    operation_id="listPronouns",
    path="/pronoun",
    list_key="pronouns",
    model=Pronoun,
    sort_fields=frozenset(
        [
            "description",
            "nominative",
            "objective",
            "possessive",
            "possessive_determiner",
            "pronoun_id",
            "reflexive",
            "tenant_id",
        ]
    ),
)
_LIST_RESCHEDULE_REASONS = ListOperation(
    operation_id="listRescheduleReasons",
    path="/reschedule_reason",
    list_key="appointment_reschedule_reasons",
    model=RescheduleReason,
    sort_fields=frozenset(["appointment_reschedule_reason_id", "reason", "tenant_id"]),
)
_LIST_RESOURCES = ListOperation(
    operation_id="listResources",
    path="/resource",
    list_key="resources",
    model=Resource,
    sort_fields=frozenset(["archived", "description", "resource_id", "resource_rank", "tenant_id"]),
)
_LIST_RESOURCES_BY_APPOINTMENT = ListOperation(
    operation_id="listResourcesByAppointment",
    path="/appointment/{appointment_id}/resource",
    list_key="resources",
    model=Resource,
    sort_fields=frozenset(["archived", "description", "resource_id", "resource_rank", "tenant_id"]),
)
_LIST_RESOURCES_BY_APPOINTMENT_TYPE = ListOperation(
    operation_id="listResourcesByAppointmentType",
    path="/appointment_type/{appointment_type_id}/resource",
    list_key="resources",
    model=Resource,
    sort_fields=frozenset(["archived", "description", "resource_id", "resource_rank", "tenant_id"]),
)
_LIST_RULE_OUTS = ListOperation(
    operation_id="listRuleOuts",
    path="/rule_out",
    list_key="rule_outs",
    model=RuleOut,
    sort_fields=frozenset(
        [
            "app_time",
            "appointment_id",
            "business_id",
            "category",
            "column_number",
            "duration",
            "practitioner_id",
            "width",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "appointment_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
)
_LIST_SEX = ListOperation(
    operation_id="listSex",
    path="/sex",
    list_key="sexes",
    model=Sex,
    sort_fields=frozenset(["description", "sex_id", "tenant_id"]),
)
_REMOVE_APPOINTMENT: WriteOperation[None] = WriteOperation(
    operation_id="removeAppointment",
    method="POST",
    path="/appointment/{appointment_id}/cancel",
    model=None,
    body=(
        Param(name="appointment_cancellation_reason_id", format=FilterFormat.INTEGER),
        Param(name="record_as_cancelled", format=FilterFormat.BOOLEAN),
        Param(name="reason", format=FilterFormat.STRING),
    ),
)
_REMOVE_GROUP_APPOINTMENT_MEMBER: WriteOperation[None] = WriteOperation(
    operation_id="removeGroupAppointmentMember",
    method="POST",
    path="/group_appointment/{appointment_id}/remove_group_member",
    model=None,
    body=(
        Param(name="client_id", format=FilterFormat.INTEGER, required=True),
        Param(name="appointment_cancellation_reason_id", format=FilterFormat.INTEGER),
        Param(name="record_as_cancelled", format=FilterFormat.BOOLEAN),
        Param(name="reason", format=FilterFormat.STRING),
    ),
)
_RESERVE_APPOINTMENT = WriteOperation(
    operation_id="reserveAppointment",
    method="POST",
    path="/reserve_appointment",
    model=ReservedAppointment,
    body=(
        Param(name="app_time", format=FilterFormat.DATETIME, required=True),
        Param(name="practitioner_business_id", format=FilterFormat.INTEGER),
        Param(name="practitioner_id", format=FilterFormat.INTEGER),
        Param(name="business_id", format=FilterFormat.INTEGER),
        Param(
            name="duration",
            format=FilterFormat.INTEGER,
            required=True,
            minimum=5,
            maximum=1440,
            multiple_of=5,
        ),
        Param(name="column", format=FilterFormat.INTEGER),
        Param(name="column_number", format=FilterFormat.INTEGER),
        Param(name="width", format=FilterFormat.INTEGER),
    ),
    exclusive=(("column", "column_number"),),
    one_of=((("practitioner_id", "business_id"), ("practitioner_business_id",)),),
)

OPERATIONS: dict[str, Operation] = {
    "addGroupAppointmentMember": _ADD_GROUP_APPOINTMENT_MEMBER,
    "createAppointment": _CREATE_APPOINTMENT,
    "createNote": _CREATE_NOTE,
    "createPatient": _CREATE_PATIENT,
    "createPatientAttachmentUpload": _CREATE_PATIENT_ATTACHMENT_UPLOAD,
    "editAppointment": _EDIT_APPOINTMENT,
    "editPatient": _EDIT_PATIENT,
    "finaliseAppointment": _FINALISE_APPOINTMENT,
    "getAppointment": _GET_APPOINTMENT,
    "getAppointmentType": _GET_APPOINTMENT_TYPE,
    "getBusiness": _GET_BUSINESS,
    "getCancelledAppointment": _GET_CANCELLED_APPOINTMENT,
    "getInvoice": _GET_INVOICE,
    "getItem": _GET_ITEM,
    "getItemGroup": _GET_ITEM_GROUP,
    "getNextAvailableAppointment": _GET_NEXT_AVAILABLE_APPOINTMENT,
    "getNextAvailableGroupAppointment": _GET_NEXT_AVAILABLE_GROUP_APPOINTMENT,
    "getPatient": _GET_PATIENT,
    "getPatientAccount": _GET_PATIENT_ACCOUNT,
    "getPatientAttachment": _GET_PATIENT_ATTACHMENT,
    "getPatientAttachmentPresignUrl": _GET_PATIENT_ATTACHMENT_PRESIGN_URL,
    "getPatientContact": _GET_PATIENT_CONTACT,
    "getPayer": _GET_PAYER,
    "getPayment": _GET_PAYMENT,
    "getPractitioner": _GET_PRACTITIONER,
    "getProfession": _GET_PROFESSION,
    "getProfessionAppointmentTypes": _GET_PROFESSION_APPOINTMENT_TYPES,
    "getResource": _GET_RESOURCE,
    "listAccountsForPatient": _LIST_ACCOUNTS_FOR_PATIENT,
    "listAppointmentBook": _LIST_APPOINTMENT_BOOK,
    "listAppointmentStatuses": _LIST_APPOINTMENT_STATUSES,
    "listAppointmentTypes": _LIST_APPOINTMENT_TYPES,
    "listAppointments": _LIST_APPOINTMENTS,
    "listAppointmentsByAppointmentType": _LIST_APPOINTMENTS_BY_APPOINTMENT_TYPE,
    "listAppointmentsByBusiness": _LIST_APPOINTMENTS_BY_BUSINESS,
    "listAppointmentsByPatient": _LIST_APPOINTMENTS_BY_PATIENT,
    "listAppointmentsByPractitioner": _LIST_APPOINTMENTS_BY_PRACTITIONER,
    "listAppointmentsByProfession": _LIST_APPOINTMENTS_BY_PROFESSION,
    "listAppointmentsByResource": _LIST_APPOINTMENTS_BY_RESOURCE,
    "listAvailableAppointments": _LIST_AVAILABLE_APPOINTMENTS,
    "listAvailableGroupAppointments": _LIST_AVAILABLE_GROUP_APPOINTMENTS,
    "listBusinesses": _LIST_BUSINESSES,
    "listCancellationReasons": _LIST_CANCELLATION_REASONS,
    "listCancelledAppointments": _LIST_CANCELLED_APPOINTMENTS,
    "listFeeCategories": _LIST_FEE_CATEGORIES,
    "listInvoicesByPatientAccount": _LIST_INVOICES_BY_PATIENT_ACCOUNT,
    "listItemGroups": _LIST_ITEM_GROUPS,
    "listItems": _LIST_ITEMS,
    "listItemsByItemGroup": _LIST_ITEMS_BY_ITEM_GROUP,
    "listNotes": _LIST_NOTES,
    "listPatientAttachmentFoldersByPatient": _LIST_PATIENT_ATTACHMENT_FOLDERS_BY_PATIENT,
    "listPatientContacts": _LIST_PATIENT_CONTACTS,
    "listPatients": _LIST_PATIENTS,
    "listPayerContactsByPayer": _LIST_PAYER_CONTACTS_BY_PAYER,
    "listPaymentsByPatientAccount": _LIST_PAYMENTS_BY_PATIENT_ACCOUNT,
    "listPractitioners": _LIST_PRACTITIONERS,
    "listPractitionersFromBusiness": _LIST_PRACTITIONERS_FROM_BUSINESS,
    "listPractitionersFromProfession": _LIST_PRACTITIONERS_FROM_PROFESSION,
    "listProfessions": _LIST_PROFESSIONS,
    "listProfessionsFromPractitioner": _LIST_PROFESSIONS_FROM_PRACTITIONER,
    "listPronouns": _LIST_PRONOUNS,
    "listRescheduleReasons": _LIST_RESCHEDULE_REASONS,
    "listResources": _LIST_RESOURCES,
    "listResourcesByAppointment": _LIST_RESOURCES_BY_APPOINTMENT,
    "listResourcesByAppointmentType": _LIST_RESOURCES_BY_APPOINTMENT_TYPE,
    "listRuleOuts": _LIST_RULE_OUTS,
    "listSex": _LIST_SEX,
    "removeAppointment": _REMOVE_APPOINTMENT,
    "removeGroupAppointmentMember": _REMOVE_GROUP_APPOINTMENT_MEMBER,
    "reserveAppointment": _RESERVE_APPOINTMENT,
}
"""Every operation of the document by operationId."""

METHODS: dict[str, Operation] = {
    "appointment_book.list": _LIST_APPOINTMENT_BOOK,
    "appointment_statuses.list": _LIST_APPOINTMENT_STATUSES,
    "appointment_types.list": _LIST_APPOINTMENT_TYPES,
    "appointment_types.list_by_profession": _GET_PROFESSION_APPOINTMENT_TYPES,
    "appointment_types.get": _GET_APPOINTMENT_TYPE,
    "appointments.list": _LIST_APPOINTMENTS,
    "appointments.list_by_appointment_type": _LIST_APPOINTMENTS_BY_APPOINTMENT_TYPE,
    "appointments.list_by_business": _LIST_APPOINTMENTS_BY_BUSINESS,
    "appointments.list_by_patient": _LIST_APPOINTMENTS_BY_PATIENT,
    "appointments.list_by_practitioner": _LIST_APPOINTMENTS_BY_PRACTITIONER,
    "appointments.list_by_profession": _LIST_APPOINTMENTS_BY_PROFESSION,
    "appointments.list_by_resource": _LIST_APPOINTMENTS_BY_RESOURCE,
    "appointments.get": _GET_APPOINTMENT,
    "appointments.create": _CREATE_APPOINTMENT,
    "appointments.update": _EDIT_APPOINTMENT,
    "appointments.cancel": _REMOVE_APPOINTMENT,
    "appointments.finalise": _FINALISE_APPOINTMENT,
    "appointments.reserve": _RESERVE_APPOINTMENT,
    "available_appointments.list": _LIST_AVAILABLE_APPOINTMENTS,
    "available_appointments.list_next": _GET_NEXT_AVAILABLE_APPOINTMENT,
    "available_group_appointments.list": _LIST_AVAILABLE_GROUP_APPOINTMENTS,
    "available_group_appointments.list_next": _GET_NEXT_AVAILABLE_GROUP_APPOINTMENT,
    "businesses.list": _LIST_BUSINESSES,
    "businesses.get": _GET_BUSINESS,
    "cancellation_reasons.list": _LIST_CANCELLATION_REASONS,
    "cancelled_appointments.list": _LIST_CANCELLED_APPOINTMENTS,
    "cancelled_appointments.get": _GET_CANCELLED_APPOINTMENT,
    "fee_categories.list": _LIST_FEE_CATEGORIES,
    "group_appointment_members.add": _ADD_GROUP_APPOINTMENT_MEMBER,
    "group_appointment_members.remove": _REMOVE_GROUP_APPOINTMENT_MEMBER,
    "invoices.list_by_patient_account": _LIST_INVOICES_BY_PATIENT_ACCOUNT,
    "invoices.get": _GET_INVOICE,
    "item_groups.list": _LIST_ITEM_GROUPS,
    "item_groups.get": _GET_ITEM_GROUP,
    "items.list": _LIST_ITEMS,
    "items.list_by_item_group": _LIST_ITEMS_BY_ITEM_GROUP,
    "items.get": _GET_ITEM,
    "notes.list": _LIST_NOTES,
    "notes.create": _CREATE_NOTE,
    "patient_accounts.list_by_patient": _LIST_ACCOUNTS_FOR_PATIENT,
    "patient_accounts.get": _GET_PATIENT_ACCOUNT,
    "patient_attachments.list_folders_by_patient": _LIST_PATIENT_ATTACHMENT_FOLDERS_BY_PATIENT,
    "patient_attachments.get": _GET_PATIENT_ATTACHMENT,
    "patient_attachments.create_upload": _CREATE_PATIENT_ATTACHMENT_UPLOAD,
    "patient_attachments.presign_url": _GET_PATIENT_ATTACHMENT_PRESIGN_URL,
    "patient_contacts.list": _LIST_PATIENT_CONTACTS,
    "patient_contacts.get": _GET_PATIENT_CONTACT,
    "patients.list": _LIST_PATIENTS,
    "patients.get": _GET_PATIENT,
    "patients.create": _CREATE_PATIENT,
    "patients.update": _EDIT_PATIENT,
    "payer_contacts.list_by_payer": _LIST_PAYER_CONTACTS_BY_PAYER,
    "payers.get": _GET_PAYER,
    "payments.list_by_patient_account": _LIST_PAYMENTS_BY_PATIENT_ACCOUNT,
    "payments.get": _GET_PAYMENT,
    "practitioners.list": _LIST_PRACTITIONERS,
    "practitioners.list_by_business": _LIST_PRACTITIONERS_FROM_BUSINESS,
    "practitioners.list_by_profession": _LIST_PRACTITIONERS_FROM_PROFESSION,
    "practitioners.get": _GET_PRACTITIONER,
    "professions.list": _LIST_PROFESSIONS,
    "professions.list_by_practitioner": _LIST_PROFESSIONS_FROM_PRACTITIONER,
    "professions.get": _GET_PROFESSION,
    "pronouns.list": _LIST_PRONOUNS,
    "reschedule_reasons.list": _LIST_RESCHEDULE_REASONS,
    "resources.list": _LIST_RESOURCES,
    "resources.list_by_appointment": _LIST_RESOURCES_BY_APPOINTMENT,
    "resources.list_by_appointment_type": _LIST_RESOURCES_BY_APPOINTMENT_TYPE,
    "resources.get": _GET_RESOURCE,
    "rule_outs.list": _LIST_RULE_OUTS,
    "sexes.list": _LIST_SEX,
}
"""Every client method (``"<namespace>.<method>"``) and the operation it sends."""


class AppointmentBook(Namespace):
    """Tag Appointment Book: ``ps.appointment_book``."""

    _tag = "appointment_book"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[AppointmentBookEntry]:
        """List Appointment Book: ``GET /appointment_book``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        appointment_id (integer), profession_id (integer), business_id (integer), client_id
        (integer), appointment_type_id (integer), practitioner_id (integer)
        """
        return self._list(_LIST_APPOINTMENT_BOOK, "list", {}, {}, options)

    def watch(
        self,
        *,
        since: datetime | Checkpoint | None = None,
        interval: float = 30.0,
        lookback: timedelta | None = None,
        page_size: int = 100,
        **options: Unpack[CallOptions],
    ) -> AsyncGenerator[Change[AppointmentBookEntry], None]:
        """Changes feed of ``GET /appointment_book``: each created or updated record once,
        oldest first, polled every ``interval`` seconds through the ``updated`` filter.

        ``since``: a checkpoint (``change.checkpoint``, or ``Checkpoint.from_json(saved)``)
        to resume from, an aware datetime, or None for changes from now on. ``lookback``
        (default 5 s) re-reads that much before the checkpoint for late commits and clock
        skew; nothing repeats.
        """
        return self._watch(_LIST_APPOINTMENT_BOOK, since, interval, lookback, page_size, options)


class AppointmentStatuses(Namespace):
    """Tag Appointment Status: ``ps.appointment_statuses``."""

    _tag = "appointment_statuses"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[AppointmentStatus]:
        """List Appointment Statuses: ``GET /appointment_status``."""
        return self._list(_LIST_APPOINTMENT_STATUSES, "list", {}, {}, options)


class AppointmentTypes(Namespace):
    """Tag Appointment Type: ``ps.appointment_types``."""

    _tag = "appointment_types"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[AppointmentType]:
        """List Appointment Types: ``GET /appointment_type``.

        Filters: created (timestamp), archived (boolean), updated (timestamp)

        Inferred: found: only in the 2026-02-17 bundle.
        """
        return self._list(_LIST_APPOINTMENT_TYPES, "list", {}, {}, options)

    def list_by_profession(
        self, profession_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[AppointmentType]:
        """Get Appointment Types by Profession: ``GET
        /profession/{profession_id}/appointment_type``.

        Filters: created (timestamp), archived (boolean), updated (timestamp)

        Inferred: The docs' filter table types archived as timestamp although the field is
        boolean; boolean is used.
        """
        return self._list(
            _GET_PROFESSION_APPOINTMENT_TYPES,
            "list_by_profession",
            {"profession_id": profession_id},
            {},
            options,
        )

    async def get(
        self, appointment_type_id: int, /, **options: Unpack[CallOptions]
    ) -> AppointmentType:
        """Get Appointment Type: ``GET /appointment_type/{appointment_type_id}``."""
        return await self._get(
            _GET_APPOINTMENT_TYPE, "get", {"appointment_type_id": appointment_type_id}, options
        )


class Appointments(Namespace):
    """Tag Appointment: ``ps.appointments``.

    Single-patient appointments in the appointment book.
    """

    _tag = "appointments"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[Appointment]:
        """List Appointments: ``GET /appointment``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        profession_id (integer), business_id (integer), client_id (integer),
        appointment_type_id (integer), practitioner_id (integer)

        Inferred: The docs' filter table was cut off after "profession"; the rest is taken
        from List Appointments by Profession and the Appointment Book, and marked inferred.
        """
        return self._list(_LIST_APPOINTMENTS, "list", {}, {}, options)

    def watch(
        self,
        *,
        since: datetime | Checkpoint | None = None,
        interval: float = 30.0,
        lookback: timedelta | None = None,
        page_size: int = 100,
        **options: Unpack[CallOptions],
    ) -> AsyncGenerator[Change[Appointment], None]:
        """Changes feed of ``GET /appointment``: each created or updated record once, oldest
        first, polled every ``interval`` seconds through the ``updated`` filter.

        ``since``: a checkpoint (``change.checkpoint``, or ``Checkpoint.from_json(saved)``)
        to resume from, an aware datetime, or None for changes from now on. ``lookback``
        (default 5 s) re-reads that much before the checkpoint for late commits and clock
        skew; nothing repeats.
        """
        return self._watch(_LIST_APPOINTMENTS, since, interval, lookback, page_size, options)

    def list_by_appointment_type(
        self, appointment_type_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[Appointment]:
        """List Appointments by Appointment Type: ``GET
        /appointment_type/{appointment_type_id}/appointment``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        profession_id (integer), business_id (integer), client_id (integer), practitioner_id
        (integer)
        """
        return self._list(
            _LIST_APPOINTMENTS_BY_APPOINTMENT_TYPE,
            "list_by_appointment_type",
            {"appointment_type_id": appointment_type_id},
            {},
            options,
        )

    def list_by_business(
        self, business_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[Appointment]:
        """List Appointments by Business: ``GET /business/{business_id}/appointment``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        profession_id (integer), client_id (integer), appointment_type_id (integer),
        practitioner_id (integer)
        """
        return self._list(
            _LIST_APPOINTMENTS_BY_BUSINESS,
            "list_by_business",
            {"business_id": business_id},
            {},
            options,
        )

    def list_by_patient(
        self, client_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[Appointment]:
        """List Appointments by Patient: ``GET /patient/{client_id}/appointment``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        profession_id (integer), business_id (integer), appointment_type_id (integer),
        practitioner_id (integer)
        """
        return self._list(
            _LIST_APPOINTMENTS_BY_PATIENT, "list_by_patient", {"client_id": client_id}, {}, options
        )

    def list_by_practitioner(
        self, practitioner_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[Appointment]:
        """List Appointments by Practitioner: ``GET
        /practitioner/{practitioner_id}/appointment``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        profession_id (integer), business_id (integer), client_id (integer)
        """
        return self._list(
            _LIST_APPOINTMENTS_BY_PRACTITIONER,
            "list_by_practitioner",
            {"practitioner_id": practitioner_id},
            {},
            options,
        )

    def list_by_profession(
        self, profession_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[Appointment]:
        """List Appointments by Profession: ``GET /profession/{profession_id}/appointment``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime), business_id
        (integer), client_id (integer), appointment_type_id (integer)
        """
        return self._list(
            _LIST_APPOINTMENTS_BY_PROFESSION,
            "list_by_profession",
            {"profession_id": profession_id},
            {},
            options,
        )

    def list_by_resource(
        self, resource_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[Appointment]:
        """List Appointments by Resource: ``GET /resource/{resource_id}/appointment``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        profession_id (integer), business_id (integer), client_id (integer), practitioner_id
        (integer)
        """
        return self._list(
            _LIST_APPOINTMENTS_BY_RESOURCE,
            "list_by_resource",
            {"resource_id": resource_id},
            {},
            options,
        )

    async def get(self, appointment_id: int, /, **options: Unpack[CallOptions]) -> Appointment:
        """Get Appointment: ``GET /appointment/{appointment_id}``."""
        return await self._get(_GET_APPOINTMENT, "get", {"appointment_id": appointment_id}, options)

    async def create(
        self,
        *,
        client_id: int,
        appointment_type_id: int,
        app_time: datetime,
        duration: int,
        account_id: int | NotGiven = NOT_GIVEN,
        practitioner_business_id: int | NotGiven = NOT_GIVEN,
        practitioner_id: int | NotGiven = NOT_GIVEN,
        business_id: int | NotGiven = NOT_GIVEN,
        appointment_status_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        item_group_id: int | NotGiven = NOT_GIVEN,
        column: int | NotGiven = NOT_GIVEN,
        column_number: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        resource_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        hourly_billing: bool | NotGiven = NOT_GIVEN,
        profession_id: int | NotGiven = NOT_GIVEN,
        sms_reminder: bool | NotGiven = NOT_GIVEN,
        email_reminder: bool | NotGiven = NOT_GIVEN,
        sms_confirmation: bool | NotGiven = NOT_GIVEN,
        email_confirmation: bool | NotGiven = NOT_GIVEN,
        sms_follow_up: bool | NotGiven = NOT_GIVEN,
        email_follow_up: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Appointment:
        """Create Appointment: ``POST /appointment``.

        Give exactly one of ``practitioner_id`` + ``business_id`` or
        ``practitioner_business_id``.

        Arguments are checked before sending; never re-sent blindly.
        """
        return await self._write(
            _CREATE_APPOINTMENT,
            "create",
            {},
            {
                "client_id": client_id,
                "account_id": account_id,
                "appointment_type_id": appointment_type_id,
                "app_time": app_time,
                "practitioner_business_id": practitioner_business_id,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "appointment_status_id": appointment_status_id,
                "item_id": item_id,
                "item_group_id": item_group_id,
                "column": column,
                "column_number": column_number,
                "width": width,
                "resource_ids": resource_ids,
                "hourly_billing": hourly_billing,
                "profession_id": profession_id,
                "sms_reminder": sms_reminder,
                "email_reminder": email_reminder,
                "sms_confirmation": sms_confirmation,
                "email_confirmation": email_confirmation,
                "sms_follow_up": sms_follow_up,
                "email_follow_up": email_follow_up,
            },
            options,
        )

    async def update(
        self,
        appointment_id: int,
        /,
        *,
        appointment_type_id: int | NotGiven = NOT_GIVEN,
        app_time: datetime | NotGiven = NOT_GIVEN,
        practitioner_id: int | NotGiven = NOT_GIVEN,
        business_id: int | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        column_number: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        appointment_status_id: int | NotGiven = NOT_GIVEN,
        profession_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        item_group_id: int | NotGiven = NOT_GIVEN,
        resource_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        sms_reminder: bool | NotGiven = NOT_GIVEN,
        email_reminder: bool | NotGiven = NOT_GIVEN,
        sms_confirmation: bool | NotGiven = NOT_GIVEN,
        email_confirmation: bool | NotGiven = NOT_GIVEN,
        sms_follow_up: bool | NotGiven = NOT_GIVEN,
        email_follow_up: bool | NotGiven = NOT_GIVEN,
        appointment_reschedule_reason_id: int | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Appointment:
        """Edit Appointment: ``PATCH /appointment/{appointment_id}``.

        Arguments are checked before sending; never re-sent blindly.
        """
        return await self._write(
            _EDIT_APPOINTMENT,
            "update",
            {"appointment_id": appointment_id},
            {
                "appointment_type_id": appointment_type_id,
                "app_time": app_time,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "column_number": column_number,
                "width": width,
                "appointment_status_id": appointment_status_id,
                "profession_id": profession_id,
                "item_id": item_id,
                "item_group_id": item_group_id,
                "resource_ids": resource_ids,
                "sms_reminder": sms_reminder,
                "email_reminder": email_reminder,
                "sms_confirmation": sms_confirmation,
                "email_confirmation": email_confirmation,
                "sms_follow_up": sms_follow_up,
                "email_follow_up": email_follow_up,
                "appointment_reschedule_reason_id": appointment_reschedule_reason_id,
                "reason": reason,
            },
            options,
        )

    async def cancel(
        self,
        appointment_id: int,
        /,
        *,
        appointment_cancellation_reason_id: int | NotGiven = NOT_GIVEN,
        record_as_cancelled: bool | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> None:
        """Remove Appointment: ``POST /appointment/{appointment_id}/cancel``.

        Arguments are checked before sending; never re-sent blindly.
        """
        return await self._command(
            _REMOVE_APPOINTMENT,
            "cancel",
            {"appointment_id": appointment_id},
            {
                "appointment_cancellation_reason_id": appointment_cancellation_reason_id,
                "record_as_cancelled": record_as_cancelled,
                "reason": reason,
            },
            options,
        )

    async def finalise(
        self,
        appointment_id: int,
        /,
        *,
        client_id: int,
        appointment_type_id: int,
        account_id: int | NotGiven = NOT_GIVEN,
        profession_id: int | NotGiven = NOT_GIVEN,
        appointment_status_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        item_group_id: int | NotGiven = NOT_GIVEN,
        resource_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        sms_reminder: bool | NotGiven = NOT_GIVEN,
        email_reminder: bool | NotGiven = NOT_GIVEN,
        sms_confirmation: bool | NotGiven = NOT_GIVEN,
        email_confirmation: bool | NotGiven = NOT_GIVEN,
        sms_follow_up: bool | NotGiven = NOT_GIVEN,
        email_follow_up: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Appointment:
        """Finalise Appointment: ``POST /appointment/{appointment_id}``.

        Arguments are checked before sending; never re-sent blindly.
        """
        return await self._write(
            _FINALISE_APPOINTMENT,
            "finalise",
            {"appointment_id": appointment_id},
            {
                "client_id": client_id,
                "appointment_type_id": appointment_type_id,
                "account_id": account_id,
                "profession_id": profession_id,
                "appointment_status_id": appointment_status_id,
                "item_id": item_id,
                "item_group_id": item_group_id,
                "resource_ids": resource_ids,
                "sms_reminder": sms_reminder,
                "email_reminder": email_reminder,
                "sms_confirmation": sms_confirmation,
                "email_confirmation": email_confirmation,
                "sms_follow_up": sms_follow_up,
                "email_follow_up": email_follow_up,
            },
            options,
        )

    async def reserve(
        self,
        *,
        app_time: datetime,
        duration: int,
        practitioner_business_id: int | NotGiven = NOT_GIVEN,
        practitioner_id: int | NotGiven = NOT_GIVEN,
        business_id: int | NotGiven = NOT_GIVEN,
        column: int | NotGiven = NOT_GIVEN,
        column_number: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> ReservedAppointment:
        """Reserve Appointment: ``POST /reserve_appointment``.

        Give exactly one of ``practitioner_id`` + ``business_id`` or
        ``practitioner_business_id``.

        Arguments are checked before sending; never re-sent blindly.
        """
        return await self._write(
            _RESERVE_APPOINTMENT,
            "reserve",
            {},
            {
                "app_time": app_time,
                "practitioner_business_id": practitioner_business_id,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "column": column,
                "column_number": column_number,
                "width": width,
            },
            options,
        )


class AvailableAppointments(AvailabilitySearch):
    """Tag Available Appointment: ``ps.available_appointments``.

    Finds open appointment start times for one appointment type over a short date window,
    optionally narrowed by business, practitioner, profession and resource.
    """

    _tag = "available_appointments"

    def list(
        self,
        *,
        from_: date,
        to: date,
        appointment_type_id: int,
        client_id: int | None = None,
        account_id: int | None = None,
        business_ids: Sequence[int] | None = None,
        practitioner_ids: Sequence[int] | None = None,
        profession_ids: Sequence[int] | None = None,
        resource_ids: Sequence[int] | None = None,
        manual: bool | None = None,
        online: bool | None = None,
        waiting_list: bool | None = None,
        **options: Unpack[PageOptions],
    ) -> AsyncPager[AvailableAppointment]:
        """List available appointment times: ``GET /available_appointments``.

        Inferred: At most 7 days per request (from..to inclusive), one appointment_type_id.
        """
        return self._list(
            _LIST_AVAILABLE_APPOINTMENTS,
            "list",
            {},
            {
                "from": from_,
                "to": to,
                "appointment_type_id": appointment_type_id,
                "client_id": client_id,
                "account_id": account_id,
                "business_ids": business_ids,
                "practitioner_ids": practitioner_ids,
                "profession_ids": profession_ids,
                "resource_ids": resource_ids,
                "manual": manual,
                "online": online,
                "waiting_list": waiting_list,
            },
            options,
        )

    def list_next(
        self,
        *,
        from_: date,
        to: date,
        appointment_type_id: int,
        client_id: int | None = None,
        account_id: int | None = None,
        business_ids: Sequence[int] | None = None,
        practitioner_ids: Sequence[int] | None = None,
        profession_ids: Sequence[int] | None = None,
        resource_ids: Sequence[int] | None = None,
        **options: Unpack[PageOptions],
    ) -> AsyncPager[AvailableAppointment]:
        """Get Next available appointment time: ``GET /next_available_appointment``."""
        return self._list(
            _GET_NEXT_AVAILABLE_APPOINTMENT,
            "list_next",
            {},
            {
                "from": from_,
                "to": to,
                "appointment_type_id": appointment_type_id,
                "client_id": client_id,
                "account_id": account_id,
                "business_ids": business_ids,
                "practitioner_ids": practitioner_ids,
                "profession_ids": profession_ids,
                "resource_ids": resource_ids,
            },
            options,
        )


class AvailableGroupAppointments(Namespace):
    """Tag Available Group Appointment: ``ps.available_group_appointments``."""

    _tag = "available_group_appointments"

    def list(
        self,
        *,
        from_: date,
        to: date,
        appointment_type_id: int,
        business_ids: Sequence[int] | None = None,
        practitioner_ids: Sequence[int] | None = None,
        profession_ids: Sequence[int] | None = None,
        **options: Unpack[PageOptions],
    ) -> AsyncPager[AvailableGroupAppointment]:
        """List available group appointments: ``GET /available_group_appointments``."""
        return self._list(
            _LIST_AVAILABLE_GROUP_APPOINTMENTS,
            "list",
            {},
            {
                "from": from_,
                "to": to,
                "appointment_type_id": appointment_type_id,
                "business_ids": business_ids,
                "practitioner_ids": practitioner_ids,
                "profession_ids": profession_ids,
            },
            options,
        )

    def list_next(
        self,
        *,
        from_: date,
        to: date,
        appointment_type_id: int,
        business_ids: Sequence[int] | None = None,
        practitioner_ids: Sequence[int] | None = None,
        profession_ids: Sequence[int] | None = None,
        **options: Unpack[PageOptions],
    ) -> AsyncPager[AvailableGroupAppointment]:
        """Get Next available group appointment time: ``GET
        /next_available_group_appointment``.
        """
        return self._list(
            _GET_NEXT_AVAILABLE_GROUP_APPOINTMENT,
            "list_next",
            {},
            {
                "from": from_,
                "to": to,
                "appointment_type_id": appointment_type_id,
                "business_ids": business_ids,
                "practitioner_ids": practitioner_ids,
                "profession_ids": profession_ids,
            },
            options,
        )


class Businesses(Namespace):
    """Tag Business: ``ps.businesses``."""

    _tag = "businesses"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[Business]:
        """List Businesses: ``GET /business``.

        Filters: created (timestamp), archived (boolean), updated (timestamp)

        Inferred: curl sample seen on the rendered listbusinesses-get section of the crawl
        (offset ~2.60M); response example
        {"businesses":[{...}],"total_entries":0,"links":{self ?page=2, previous ?page=1,
        next ?page=3}} The docs type the archived filter as timestamp although the field is
        boolean; boolean is used.
        """
        return self._list(_LIST_BUSINESSES, "list", {}, {}, options)

    async def get(self, business_id: int, /, **options: Unpack[CallOptions]) -> Business:
        """Get Business: ``GET /business/{business_id}``."""
        return await self._get(_GET_BUSINESS, "get", {"business_id": business_id}, options)


class CancellationReasons(Namespace):
    """Tag Cancellation Reason: ``ps.cancellation_reasons``."""

    _tag = "cancellation_reasons"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[CancellationReason]:
        """List Cancellation Reasons: ``GET /cancellation_reason``."""
        return self._list(_LIST_CANCELLATION_REASONS, "list", {}, {}, options)


class CancelledAppointments(Namespace):
    """Tag Cancelled Appointment: ``ps.cancelled_appointments``."""

    _tag = "cancelled_appointments"

    def list(
        self, *, include_deletions: bool | None = None, **options: Unpack[ListOptions]
    ) -> AsyncPager[CancelledAppointment]:
        """List Cancelled Appointments: ``GET /cancelled_appointment``.

        Filters: created (timestamp), updated (timestamp), cancellation_time (timestamp),
        app_time (datetime), profession_id (integer), business_id (integer), client_id
        (integer), appointment_type_id (integer), practitioner_id (integer)
        """
        return self._list(
            _LIST_CANCELLED_APPOINTMENTS,
            "list",
            {},
            {"include_deletions": include_deletions},
            options,
        )

    async def get(
        self, appointment_id: int, /, **options: Unpack[CallOptions]
    ) -> CancelledAppointment:
        """Get Cancelled Appointment: ``GET /cancelled_appointment/{appointment_id}``."""
        return await self._get(
            _GET_CANCELLED_APPOINTMENT, "get", {"appointment_id": appointment_id}, options
        )


class FeeCategories(Namespace):
    """Tag Fee Category: ``ps.fee_categories``."""

    _tag = "fee_categories"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[FeeCategory]:
        """List Fee Categories: ``GET /fee_category``."""
        return self._list(_LIST_FEE_CATEGORIES, "list", {}, {}, options)


class GroupAppointmentMembers(Namespace):
    """Tag Group Appointment Member: ``ps.group_appointment_members``."""

    _tag = "group_appointment_members"

    async def add(
        self,
        appointment_id: int,
        /,
        *,
        client_id: int,
        account_id: int | NotGiven = NOT_GIVEN,
        appointment_status_id: int | NotGiven = NOT_GIVEN,
        item_id: int | NotGiven = NOT_GIVEN,
        item_group_id: int | NotGiven = NOT_GIVEN,
        sms_reminder: bool | NotGiven = NOT_GIVEN,
        email_reminder: bool | NotGiven = NOT_GIVEN,
        sms_confirmation: bool | NotGiven = NOT_GIVEN,
        email_confirmation: bool | NotGiven = NOT_GIVEN,
        sms_follow_up: bool | NotGiven = NOT_GIVEN,
        email_follow_up: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> GroupAppointmentMember:
        """Add Group Appointment Member: ``POST
        /group_appointment/{appointment_id}/add_group_member``.

        Arguments are checked before sending; never re-sent blindly.
        """
        return await self._write(
            _ADD_GROUP_APPOINTMENT_MEMBER,
            "add",
            {"appointment_id": appointment_id},
            {
                "client_id": client_id,
                "account_id": account_id,
                "appointment_status_id": appointment_status_id,
                "item_id": item_id,
                "item_group_id": item_group_id,
                "sms_reminder": sms_reminder,
                "email_reminder": email_reminder,
                "sms_confirmation": sms_confirmation,
                "email_confirmation": email_confirmation,
                "sms_follow_up": sms_follow_up,
                "email_follow_up": email_follow_up,
            },
            options,
        )

    async def remove(
        self,
        appointment_id: int,
        /,
        *,
        client_id: int,
        appointment_cancellation_reason_id: int | NotGiven = NOT_GIVEN,
        record_as_cancelled: bool | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> None:
        """Remove Group Appointment Member: ``POST
        /group_appointment/{appointment_id}/remove_group_member``.

        Arguments are checked before sending; never re-sent blindly.
        """
        return await self._command(
            _REMOVE_GROUP_APPOINTMENT_MEMBER,
            "remove",
            {"appointment_id": appointment_id},
            {
                "client_id": client_id,
                "appointment_cancellation_reason_id": appointment_cancellation_reason_id,
                "record_as_cancelled": record_as_cancelled,
                "reason": reason,
            },
            options,
        )


class GroupAppointments(Namespace):
    """Tag Group Appointment: ``ps.group_appointments``.

    The docs show no readable operation of this tag; none is offered.
    """

    _tag = "group_appointments"


class Invoices(Namespace):
    """Tag Invoice: ``ps.invoices``."""

    _tag = "invoices"

    def list_by_patient_account(
        self, client_id: int, account_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[Invoice]:
        """List Invoices by Patient Account: ``GET
        /patient/{client_id}/account/{account_id}/invoice``.

        Filters: payer_id (integer), owing (double), appointment_id (integer), payment_id
        (integer), created (timestamp), updated (timestamp), invoice_date (date),
        invoice_number (integer)
        """
        return self._list(
            _LIST_INVOICES_BY_PATIENT_ACCOUNT,
            "list_by_patient_account",
            {"client_id": client_id, "account_id": account_id},
            {},
            options,
        )

    async def get(self, invoice_id: int, /, **options: Unpack[CallOptions]) -> Invoice:
        """Get Invoice: ``GET /invoice/{invoice_id}``."""
        return await self._get(_GET_INVOICE, "get", {"invoice_id": invoice_id}, options)


class ItemGroups(Namespace):
    """Tag Item Group: ``ps.item_groups``."""

    _tag = "item_groups"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[ItemGroup]:
        """List Item Groups: ``GET /item_group``.

        Filters: description (string), archived (boolean)
        """
        return self._list(_LIST_ITEM_GROUPS, "list", {}, {}, options)

    async def get(self, item_group_id: int, /, **options: Unpack[CallOptions]) -> ItemGroup:
        """Get Item Group: ``GET /item_group/{item_group_id}``."""
        return await self._get(_GET_ITEM_GROUP, "get", {"item_group_id": item_group_id}, options)


class Items(Namespace):
    """Tag Item: ``ps.items``."""

    _tag = "items"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[Item]:
        """List Items: ``GET /item``.

        Filters: item_code (string), description (string)
        """
        return self._list(_LIST_ITEMS, "list", {}, {}, options)

    def list_by_item_group(
        self, item_group_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[Item]:
        """List Items By Item Group: ``GET /item_group/{item_group_id}/item``.

        Filters: item_code (string), description (string)
        """
        return self._list(
            _LIST_ITEMS_BY_ITEM_GROUP,
            "list_by_item_group",
            {"item_group_id": item_group_id},
            {},
            options,
        )

    async def get(self, item_id: int, /, **options: Unpack[CallOptions]) -> Item:
        """Get Item: ``GET /item/{item_id}``."""
        return await self._get(_GET_ITEM, "get", {"item_id": item_id}, options)


class Notes(Namespace):
    """Tag Note: ``ps.notes``."""

    _tag = "notes"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[Note]:
        """List Notes: ``GET /note``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        appointment_id (integer), business_id (integer), practitioner_id (integer)
        """
        return self._list(_LIST_NOTES, "list", {}, {}, options)

    def watch(
        self,
        *,
        since: datetime | Checkpoint | None = None,
        interval: float = 30.0,
        lookback: timedelta | None = None,
        page_size: int = 100,
        **options: Unpack[CallOptions],
    ) -> AsyncGenerator[Change[Note], None]:
        """Changes feed of ``GET /note``: each created or updated record once, oldest first,
        polled every ``interval`` seconds through the ``updated`` filter.

        ``since``: a checkpoint (``change.checkpoint``, or ``Checkpoint.from_json(saved)``)
        to resume from, an aware datetime, or None for changes from now on. ``lookback``
        (default 5 s) re-reads that much before the checkpoint for late commits and clock
        skew; nothing repeats.
        """
        return self._watch(_LIST_NOTES, since, interval, lookback, page_size, options)

    async def create(
        self,
        *,
        app_time: datetime,
        practitioner_id: int,
        business_id: int,
        duration: int,
        description: str,
        font_colour: str | NotGiven = NOT_GIVEN,
        bg_colour: str | NotGiven = NOT_GIVEN,
        notes: str | NotGiven = NOT_GIVEN,
        column_number: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        resource_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Note:
        """Create Note: ``POST /note``.

        Arguments are checked before sending; never re-sent blindly.
        """
        return await self._write(
            _CREATE_NOTE,
            "create",
            {},
            {
                "app_time": app_time,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "description": description,
                "font_colour": font_colour,
                "bg_colour": bg_colour,
                "notes": notes,
                "column_number": column_number,
                "width": width,
                "resource_ids": resource_ids,
            },
            options,
        )


class PatientAccounts(Namespace):
    """Tag Patient Account: ``ps.patient_accounts``.

    Patient accounts (the tag description says only this).
    """

    _tag = "patient_accounts"

    def list_by_patient(
        self, client_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[PatientAccount]:
        """List Accounts for a Patient: ``GET /patient/{client_id}/account``.

        Filters: created (timestamp), updated (timestamp), email (string), phone (string),
        short_description (string)
        """
        return self._list(
            _LIST_ACCOUNTS_FOR_PATIENT, "list_by_patient", {"client_id": client_id}, {}, options
        )

    async def get(
        self, client_id: int, account_id: int, /, **options: Unpack[CallOptions]
    ) -> PatientAccount:
        """Get Patient Account: ``GET /patient/{client_id}/account/{account_id}``."""
        return await self._get(
            _GET_PATIENT_ACCOUNT, "get", {"client_id": client_id, "account_id": account_id}, options
        )


class PatientAttachments(Namespace):
    """Tag Patient Attachment: ``ps.patient_attachments``."""

    _tag = "patient_attachments"

    def list_folders_by_patient(
        self, client_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[PatientAttachmentFolder]:
        """List Patient Attachment Folders By Patient: ``GET
        /patient/{client_id}/patient_attachment_folder``.
        """
        return self._list(
            _LIST_PATIENT_ATTACHMENT_FOLDERS_BY_PATIENT,
            "list_folders_by_patient",
            {"client_id": client_id},
            {},
            options,
        )

    async def get(
        self, patient_attachment_id: int, /, **options: Unpack[CallOptions]
    ) -> PatientAttachment:
        """Get Patient Attachment: ``GET /patient_attachment/{patient_attachment_id}``."""
        return await self._get(
            _GET_PATIENT_ATTACHMENT,
            "get",
            {"patient_attachment_id": patient_attachment_id},
            options,
        )

    async def create_upload(
        self, client_id: int, /, *, file_name: str, **options: Unpack[CallOptions]
    ) -> PatientAttachmentPresignedUpload:
        """Start a Patient Attachment upload: ``POST /patient/{client_id}/patient_attachment``.

        Inferred: From the Uploading Attachments guide (no operation page): answers an S3
        presigned POST (url + fields) to upload the file to, unchanged, within 100 MB.

        Arguments are checked before sending; never re-sent blindly.
        """
        return await self._write(
            _CREATE_PATIENT_ATTACHMENT_UPLOAD,
            "create_upload",
            {"client_id": client_id},
            {"file_name": file_name},
            options,
        )

    async def presign_url(
        self, patient_attachment_id: int, /, **options: Unpack[CallOptions]
    ) -> PatientAttachmentPresignUrl:
        """Get a presigned URL to download a patient attachment: ``GET
        /patient_attachment/{patient_attachment_id}/presign_url``.
        """
        return await self._get(
            _GET_PATIENT_ATTACHMENT_PRESIGN_URL,
            "presign_url",
            {"patient_attachment_id": patient_attachment_id},
            options,
        )


class PatientContacts(Namespace):
    """Tag Patient Contact: ``ps.patient_contacts``."""

    _tag = "patient_contacts"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[PatientContact]:
        """List Patient Contacts: ``GET /patient_contact``.

        Filters: client_id (integer), first_name (string), surname (string), email (string),
        home_phone (string), work_phone (string), mobile (string), fax (string), phone
        (string), archive (boolean)
        """
        return self._list(_LIST_PATIENT_CONTACTS, "list", {}, {}, options)

    async def get(
        self, patient_contact_id: int, /, **options: Unpack[CallOptions]
    ) -> PatientContact:
        """unknown (slug getpatientcontact-get; presumably "Get Patient Contact"): ``GET
        /patient_contact/{patient_contact_id}``.

        Inferred: The page exists (getpatientcontact-get) but its path was not shown;
        /patient_contact/{id} is the links.self of every contact.
        """
        return await self._get(
            _GET_PATIENT_CONTACT, "get", {"patient_contact_id": patient_contact_id}, options
        )


class Patients(Namespace):
    """Tag Patient: ``ps.patients``.

    Patients are the people booked into appointments; integrators are reminded to respect
    security/privacy rules for patient data.
    """

    _tag = "patients"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[Patient]:
        """List Patients: ``GET /patient``.

        Filters: first_name (string), surname (string), file_created (timestamp),
        date_of_birth (date), preferred_name (string), email (string), archived (boolean),
        updated (timestamp), home_phone (string), work_phone (string), mobile (string),
        phone (string), status (integer), email_marketing_type (integer), sms_marketing_type
        (integer)

        Inferred: From the docs' 2026-02 OpenAPI bundle: the list key is clients.
        """
        return self._list(_LIST_PATIENTS, "list", {}, {}, options)

    def watch(
        self,
        *,
        since: datetime | Checkpoint | None = None,
        interval: float = 30.0,
        lookback: timedelta | None = None,
        page_size: int = 100,
        **options: Unpack[CallOptions],
    ) -> AsyncGenerator[Change[Patient], None]:
        """Changes feed of ``GET /patient``: each created or updated record once, oldest first,
        polled every ``interval`` seconds through the ``file_created`` filter.

        ``since``: a checkpoint (``change.checkpoint``, or ``Checkpoint.from_json(saved)``)
        to resume from, an aware datetime, or None for changes from now on. ``lookback``
        (default 5 s) re-reads that much before the checkpoint for late commits and clock
        skew; nothing repeats.
        """
        return self._watch(_LIST_PATIENTS, since, interval, lookback, page_size, options)

    async def get(self, client_id: int, /, **options: Unpack[CallOptions]) -> Patient:
        """Get Patient: ``GET /patient/{client_id}``."""
        return await self._get(_GET_PATIENT, "get", {"client_id": client_id}, options)

    async def create(
        self,
        *,
        first_name: str,
        surname: str,
        date_of_birth: date | NotGiven = NOT_GIVEN,
        address_1: str | NotGiven = NOT_GIVEN,
        suburb: str | NotGiven = NOT_GIVEN,
        address_state: str | NotGiven = NOT_GIVEN,
        postcode: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        gender: str | NotGiven = NOT_GIVEN,
        home_phone: str | NotGiven = NOT_GIVEN,
        mobile: str | NotGiven = NOT_GIVEN,
        preferred_phone: int | NotGiven = NOT_GIVEN,
        fee_cat_id: int | NotGiven = NOT_GIVEN,
        default_business_id: int | NotGiven = NOT_GIVEN,
        default_practitioner_id: int | NotGiven = NOT_GIVEN,
        default_practitioner_business_id: int | NotGiven = NOT_GIVEN,
        default_sms_reminder: bool | NotGiven = NOT_GIVEN,
        default_email_reminder: bool | NotGiven = NOT_GIVEN,
        default_sms_confirmation: bool | NotGiven = NOT_GIVEN,
        default_email_confirmation: bool | NotGiven = NOT_GIVEN,
        default_sms_follow_up: bool | NotGiven = NOT_GIVEN,
        default_email_follow_up: bool | NotGiven = NOT_GIVEN,
        sms_marketing_type: int | NotGiven = NOT_GIVEN,
        email_marketing_type: int | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        sex_id: int | NotGiven = NOT_GIVEN,
        pronoun_id: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Patient:
        """Create Patient: ``POST /patient``.

        Arguments are checked before sending; never re-sent blindly.
        """
        return await self._write(
            _CREATE_PATIENT,
            "create",
            {},
            {
                "first_name": first_name,
                "surname": surname,
                "date_of_birth": date_of_birth,
                "address_1": address_1,
                "suburb": suburb,
                "address_state": address_state,
                "postcode": postcode,
                "country": country,
                "email": email,
                "gender": gender,
                "home_phone": home_phone,
                "mobile": mobile,
                "preferred_phone": preferred_phone,
                "fee_cat_id": fee_cat_id,
                "default_business_id": default_business_id,
                "default_practitioner_id": default_practitioner_id,
                "default_practitioner_business_id": default_practitioner_business_id,
                "default_sms_reminder": default_sms_reminder,
                "default_email_reminder": default_email_reminder,
                "default_sms_confirmation": default_sms_confirmation,
                "default_email_confirmation": default_email_confirmation,
                "default_sms_follow_up": default_sms_follow_up,
                "default_email_follow_up": default_email_follow_up,
                "sms_marketing_type": sms_marketing_type,
                "email_marketing_type": email_marketing_type,
                "timezone": timezone,
                "sex_id": sex_id,
                "pronoun_id": pronoun_id,
            },
            options,
        )

    async def update(
        self,
        client_id: int,
        /,
        *,
        first_name: str | NotGiven = NOT_GIVEN,
        surname: str | NotGiven = NOT_GIVEN,
        date_of_birth: date | NotGiven = NOT_GIVEN,
        address_1: str | NotGiven = NOT_GIVEN,
        suburb: str | NotGiven = NOT_GIVEN,
        address_state: str | NotGiven = NOT_GIVEN,
        postcode: str | NotGiven = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        gender: str | NotGiven = NOT_GIVEN,
        home_phone: str | NotGiven = NOT_GIVEN,
        mobile: str | NotGiven = NOT_GIVEN,
        preferred_phone: int | NotGiven = NOT_GIVEN,
        fee_cat_id: int | NotGiven = NOT_GIVEN,
        default_business_id: int | NotGiven = NOT_GIVEN,
        default_practitioner_id: int | NotGiven = NOT_GIVEN,
        default_sms_reminder: bool | NotGiven = NOT_GIVEN,
        default_email_reminder: bool | NotGiven = NOT_GIVEN,
        default_sms_confirmation: bool | NotGiven = NOT_GIVEN,
        default_email_confirmation: bool | NotGiven = NOT_GIVEN,
        default_sms_follow_up: bool | NotGiven = NOT_GIVEN,
        default_email_follow_up: bool | NotGiven = NOT_GIVEN,
        sms_marketing_type: int | NotGiven = NOT_GIVEN,
        email_marketing_type: int | NotGiven = NOT_GIVEN,
        timezone: str | NotGiven = NOT_GIVEN,
        sex_id: int | NotGiven = NOT_GIVEN,
        pronoun_id: int | NotGiven = NOT_GIVEN,
        **options: Unpack[CallOptions],
    ) -> Patient:
        """Edit Patient: ``PATCH /patient/{client_id}``.

        Arguments are checked before sending; never re-sent blindly.
        """
        return await self._write(
            _EDIT_PATIENT,
            "update",
            {"client_id": client_id},
            {
                "first_name": first_name,
                "surname": surname,
                "date_of_birth": date_of_birth,
                "address_1": address_1,
                "suburb": suburb,
                "address_state": address_state,
                "postcode": postcode,
                "country": country,
                "email": email,
                "gender": gender,
                "home_phone": home_phone,
                "mobile": mobile,
                "preferred_phone": preferred_phone,
                "fee_cat_id": fee_cat_id,
                "default_business_id": default_business_id,
                "default_practitioner_id": default_practitioner_id,
                "default_sms_reminder": default_sms_reminder,
                "default_email_reminder": default_email_reminder,
                "default_sms_confirmation": default_sms_confirmation,
                "default_email_confirmation": default_email_confirmation,
                "default_sms_follow_up": default_sms_follow_up,
                "default_email_follow_up": default_email_follow_up,
                "sms_marketing_type": sms_marketing_type,
                "email_marketing_type": email_marketing_type,
                "timezone": timezone,
                "sex_id": sex_id,
                "pronoun_id": pronoun_id,
            },
            options,
        )


class PayerContacts(Namespace):
    """Tag Payer Contact: ``ps.payer_contacts``."""

    _tag = "payer_contacts"

    def list_by_payer(
        self, payer_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[PayerContact]:
        """List Payer Contacts by Payer: ``GET /payer/{payer_id}/payer_contact``.

        Filters: first_name (string), surname (string), email (string), home_phone (string),
        work_phone (string), mobile (string), phone (string), archive (boolean)
        """
        return self._list(
            _LIST_PAYER_CONTACTS_BY_PAYER, "list_by_payer", {"payer_id": payer_id}, {}, options
        )


class Payers(Namespace):
    """Tag Payer: ``ps.payers``."""

    _tag = "payers"

    async def get(self, payer_id: int, /, **options: Unpack[CallOptions]) -> Payer:
        """Get Payer: ``GET /payer/{payer_id}``."""
        return await self._get(_GET_PAYER, "get", {"payer_id": payer_id}, options)


class Payments(Namespace):
    """Tag Payment: ``ps.payments``."""

    _tag = "payments"

    def list_by_patient_account(
        self, client_id: int, account_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[Payment]:
        """List Payments by Patient Account: ``GET
        /patient/{client_id}/account/{account_id}/payment``.

        Filters: total (double), unallocated (double), invoice_item_id (integer), created
        (timestamp), updated (timestamp), payment_date (date)
        """
        return self._list(
            _LIST_PAYMENTS_BY_PATIENT_ACCOUNT,
            "list_by_patient_account",
            {"client_id": client_id, "account_id": account_id},
            {},
            options,
        )

    async def get(self, payment_id: int, /, **options: Unpack[CallOptions]) -> Payment:
        """Get Payment: ``GET /payment/{payment_id}``."""
        return await self._get(_GET_PAYMENT, "get", {"payment_id": payment_id}, options)


class Practitioners(Namespace):
    """Tag Practitioner: ``ps.practitioners``."""

    _tag = "practitioners"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[Practitioner]:
        """List Practitioners: ``GET /practitioner``.

        Filters: created (timestamp), archived (boolean), updated (timestamp), profession_id
        (integer), business_id (integer)

        Inferred: no 400 response listed (unlike most lists) The docs type the archived
        filter as timestamp although the field is boolean; boolean is used.
        """
        return self._list(_LIST_PRACTITIONERS, "list", {}, {}, options)

    def watch(
        self,
        *,
        since: datetime | Checkpoint | None = None,
        interval: float = 30.0,
        lookback: timedelta | None = None,
        page_size: int = 100,
        **options: Unpack[CallOptions],
    ) -> AsyncGenerator[Change[Practitioner], None]:
        """Changes feed of ``GET /practitioner``: each created or updated record once, oldest
        first, polled every ``interval`` seconds through the ``created`` filter.

        ``since``: a checkpoint (``change.checkpoint``, or ``Checkpoint.from_json(saved)``)
        to resume from, an aware datetime, or None for changes from now on. ``lookback``
        (default 5 s) re-reads that much before the checkpoint for late commits and clock
        skew; nothing repeats.
        """
        return self._watch(_LIST_PRACTITIONERS, since, interval, lookback, page_size, options)

    def list_by_business(
        self, business_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[Practitioner]:
        """List Practitioners from Business: ``GET /business/{business_id}/practitioner``.

        Filters: created (timestamp), archived (boolean), updated (timestamp), profession_id
        (integer)

        Inferred: returns the practitioners that have a Practitioner-Business link to the
        business in the path.
        """
        return self._list(
            _LIST_PRACTITIONERS_FROM_BUSINESS,
            "list_by_business",
            {"business_id": business_id},
            {},
            options,
        )

    def list_by_profession(
        self, profession_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[Practitioner]:
        """List Practitioners from Profession: ``GET
        /profession/{profession_id}/practitioner``.

        Filters: created (timestamp), archived (boolean), updated (timestamp), business_id
        (integer)

        Inferred: The docs type the archived filter as timestamp although the field is
        boolean; boolean is used.
        """
        return self._list(
            _LIST_PRACTITIONERS_FROM_PROFESSION,
            "list_by_profession",
            {"profession_id": profession_id},
            {},
            options,
        )

    async def get(self, practitioner_id: int, /, **options: Unpack[CallOptions]) -> Practitioner:
        """Get Practitioner: ``GET /practitioner/{practitioner_id}``."""
        return await self._get(
            _GET_PRACTITIONER, "get", {"practitioner_id": practitioner_id}, options
        )


class Professions(Namespace):
    """Tag Profession: ``ps.professions``."""

    _tag = "professions"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[Profession]:
        """List Professions: ``GET /profession``.

        Filters: created (timestamp), archived (boolean), updated (timestamp)

        Inferred: The docs type the archived filter as timestamp although the field is
        boolean; boolean is used.
        """
        return self._list(_LIST_PROFESSIONS, "list", {}, {}, options)

    def list_by_practitioner(
        self, practitioner_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[Profession]:
        """List Professions by Practitioner: ``GET
        /practitioner/{practitioner_id}/profession``.

        Filters: created (timestamp), archived (boolean), updated (timestamp)

        Inferred: Returns every profession assigned to the practitioner; the docs say the
        profession_id values returned can be used when creating and finalising appointments.
        """
        return self._list(
            _LIST_PROFESSIONS_FROM_PRACTITIONER,
            "list_by_practitioner",
            {"practitioner_id": practitioner_id},
            {},
            options,
        )

    async def get(self, profession_id: int, /, **options: Unpack[CallOptions]) -> Profession:
        """Get Profession: ``GET /profession/{profession_id}``."""
        return await self._get(_GET_PROFESSION, "get", {"profession_id": profession_id}, options)


class Pronouns(Namespace):
    """Tag Pronoun: ``ps.pronouns``."""

    _tag = "pronouns"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[Pronoun]:
        """List Pronouns: ``GET /pronoun``."""
        return self._list(_LIST_PRONOUNS, "list", {}, {}, options)


class RescheduleReasons(Namespace):
    """Tag Reschedule Reason: ``ps.reschedule_reasons``."""

    _tag = "reschedule_reasons"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[RescheduleReason]:
        """List Reschedule Reasons: ``GET /reschedule_reason``."""
        return self._list(_LIST_RESCHEDULE_REASONS, "list", {}, {}, options)


class Resources(Namespace):
    """Tag Resource: ``ps.resources``.

    Bookable resources (rooms, equipment) that appointments and appointment types use.
    """

    _tag = "resources"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[Resource]:
        """List Resources: ``GET /resource``."""
        return self._list(_LIST_RESOURCES, "list", {}, {}, options)

    def list_by_appointment(
        self, appointment_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[Resource]:
        """List Resources by Appointment: ``GET /appointment/{appointment_id}/resource``."""
        return self._list(
            _LIST_RESOURCES_BY_APPOINTMENT,
            "list_by_appointment",
            {"appointment_id": appointment_id},
            {},
            options,
        )

    def list_by_appointment_type(
        self, appointment_type_id: int, /, **options: Unpack[ListOptions]
    ) -> AsyncPager[Resource]:
        """List Resources by Appointment Type: ``GET
        /appointment_type/{appointment_type_id}/resource``.
        """
        return self._list(
            _LIST_RESOURCES_BY_APPOINTMENT_TYPE,
            "list_by_appointment_type",
            {"appointment_type_id": appointment_type_id},
            {},
            options,
        )

    async def get(self, resource_id: int, /, **options: Unpack[CallOptions]) -> Resource:
        """Get Resource: ``GET /resource/{resource_id}``."""
        return await self._get(_GET_RESOURCE, "get", {"resource_id": resource_id}, options)


class RuleOuts(Namespace):
    """Tag Rule Out: ``ps.rule_outs``."""

    _tag = "rule_outs"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[RuleOut]:
        """List Rule Outs: ``GET /rule_out``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        appointment_id (integer), business_id (integer), practitioner_id (integer)
        """
        return self._list(_LIST_RULE_OUTS, "list", {}, {}, options)


class Sexes(Namespace):
    """Tag Sex: ``ps.sexes``."""

    _tag = "sexes"

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[Sex]:
        """List Sexes: ``GET /sex``."""
        return self._list(_LIST_SEX, "list", {}, {}, options)


class TagCategories(Namespace):
    """Tag Tag Category: ``ps.tag_categories``.

    The docs show no readable operation of this tag; none is offered.
    """

    _tag = "tag_categories"


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
__all__ = [
    "AppointmentBook",
    "AppointmentStatuses",
    "AppointmentTypes",
    "Appointments",
    "AvailableAppointments",
    "AvailableGroupAppointments",
    "Businesses",
    "CancellationReasons",
    "CancelledAppointments",
    "FeeCategories",
    "GroupAppointmentMembers",
    "GroupAppointments",
    "Invoices",
    "ItemGroups",
    "Items",
    "Notes",
    "PatientAccounts",
    "PatientAttachments",
    "PatientContacts",
    "Patients",
    "PayerContacts",
    "Payers",
    "Payments",
    "Practitioners",
    "Professions",
    "Pronouns",
    "RescheduleReasons",
    "Resources",
    "RuleOuts",
    "Sexes",
    "TagCategories",
]
