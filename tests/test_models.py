"""Generated models: strict parsing, unknown fields ignored, and the appointment book's kinds."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from pracsuite_async._convert import structure
from pracsuite_async._decode import decode_record_bytes
from pracsuite_async._errors import RequestInfo
from pracsuite_async.types import (
    AppointmentBookEntry,
    BookEntryKind,
    Invoice,
    InvoiceItem,
    Practitioner,
    ReservedAppointment,
)

BASE = "https://api.pracsuite.com/v1/"


@pytest.mark.parametrize(
    ("links", "category", "kind"),
    [
        (
            {"self": f"{BASE}appointment/1", "resources": f"{BASE}appointment/1/resource"},
            "Patient",
            BookEntryKind.APPOINTMENT,
        ),
        (
            {
                "self": f"{BASE}group_appointment/1",
                "resources": f"{BASE}group_appointment/1/resource",
                "appointment_clients": f"{BASE}group_appointment/1/appointment_client",
            },
            None,
            BookEntryKind.GROUP_APPOINTMENT,
        ),
        ({"self": f"{BASE}rule_out/1"}, None, BookEntryKind.RULE_OUT),
        (None, "Rule Out", BookEntryKind.RULE_OUT),
        (None, "Group", BookEntryKind.GROUP_APPOINTMENT),
        (None, None, BookEntryKind.APPOINTMENT),
    ],
)
def test_appointment_book_entries_tell_their_kind(
    links: dict[str, str] | None, category: str | None, kind: BookEntryKind
) -> None:
    entry = structure(
        {"appointment_id": 1, "links": links, "category": category}, AppointmentBookEntry
    )
    assert entry.kind is kind


def test_nested_objects_parse_into_their_own_models_and_extra_fields_are_ignored() -> None:
    invoice = structure(
        {
            "invoice_id": 9,
            "issued": "2020-09-12T11:09:42.687393Z",
            "brand_new_field": {"anything": True},
            "invoice_items": [
                {"invoice_item_id": 1, "item_time": "2026-01-01T12:05:30", "debit": 80}
            ],
        },
        Invoice,
    )
    assert invoice.issued == datetime(2020, 9, 12, 11, 9, 42, 687393, tzinfo=UTC)
    (item,) = invoice.invoice_items or ()
    assert isinstance(item, InvoiceItem)
    assert item.item_time == datetime(2026, 1, 1, 12, 5, 30)
    assert item.debit == 80.0


def test_a_record_without_its_id_is_refused() -> None:
    with pytest.raises(Exception, match=r"Invoice.invoice_id: required field missing"):
        structure({"client_id": 1}, Invoice)


def test_a_timestamp_with_the_docs_lower_case_z_is_utc() -> None:
    # The docs' own example: created "2020-08-24T06:46:22.174468z".
    practitioner = structure(
        {"practitioner_id": 1, "created": "2020-08-24T06:46:22.174468z"}, Practitioner
    )
    assert practitioner.created == datetime(2020, 8, 24, 6, 46, 22, 174468, tzinfo=UTC)


@pytest.mark.parametrize("category", [0, "Reserved"])
def test_a_reservation_reads_its_category_as_either_docs_generation_writes_it(
    category: object,
) -> None:
    # Older pages: a numeric code; the 2026-02 bundle's AppointmentLite: the text.
    body = {"appointment_id": 5, "practitioner_id": 2, "business_id": 1, "category": category}
    request = RequestInfo(method="POST", url=f"{BASE}reserve_appointment")
    from_bytes = decode_record_bytes(json.dumps(body).encode(), ReservedAppointment, request)
    assert from_bytes == structure(body, ReservedAppointment)
    assert from_bytes.category == category


def test_a_reservation_category_of_another_type_is_refused() -> None:
    with pytest.raises(TypeError, match="category: expected an integer or a string, got float"):
        structure({"category": 1.5}, ReservedAppointment)
