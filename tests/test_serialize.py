"""``to_jsonable``: records as plain JSON values, through json.dumps and back."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import attrs

from pracsuite_async import AsyncPracSuite, to_jsonable
from pracsuite_async.types import (
    Appointment,
    BookEntryKind,
    Invoice,
    InvoiceItem,
    LocalDateTime,
    Patient,
)


def _round_trip(value: object) -> object:
    return json.loads(json.dumps(to_jsonable(value)))


async def test_a_fetched_record_round_trips_through_json_with_iso_strings(
    client: AsyncPracSuite,
) -> None:
    appointment = await client.appointments.get(3)
    out = _round_trip(appointment)
    assert isinstance(out, dict)
    assert set(out) == {a.name for a in attrs.fields(Appointment)}
    assert appointment.created is not None
    assert appointment.app_time is not None
    assert out["created"].endswith("Z")
    assert datetime.fromisoformat(out["created"]) == appointment.created
    # The clinic's local time stays naive: no offset is invented.
    assert datetime.fromisoformat(out["app_time"]) == appointment.app_time
    assert datetime.fromisoformat(out["app_time"]).tzinfo is None
    assert out["appointment_id"] == 3
    assert out["resource_ids"] == list(appointment.resource_ids or ())


async def test_a_page_of_records_becomes_a_list_of_objects(client: AsyncPracSuite) -> None:
    patients = await client.patients.list(limit=5).to_list()
    out = to_jsonable(patients)
    assert [p["client_id"] for p in out] == [p.client_id for p in patients]
    born = [(p, o) for p, o in zip(patients, out, strict=True) if p.date_of_birth is not None]
    assert born
    assert all(date.fromisoformat(o["date_of_birth"]) == p.date_of_birth for p, o in born)


def test_times_dates_decimals_enums_and_nested_records() -> None:
    invoice = Invoice(
        invoice_id=1,
        issued=datetime(2026, 1, 2, 13, 4, 5, tzinfo=timezone(timedelta(hours=10))),
        invoice_items=(
            InvoiceItem(
                invoice_item_id=3,
                item_time=LocalDateTime(datetime(2026, 1, 2, 9, 30)),
                owing=Decimal("12.30"),
            ),
        ),
    )
    out = _round_trip(invoice)
    assert isinstance(out, dict)
    assert out["issued"] == "2026-01-02T03:04:05Z"  # the instant, in UTC
    assert out["invoice_items"][0]["item_time"] == "2026-01-02T09:30:00"
    assert out["invoice_items"][0]["debit"] is None
    assert out["invoice_items"][0]["owing"] == "12.30"  # money as text: never rounded
    assert _round_trip(
        {"amount": Decimal("10.10"), "on": date(2026, 3, 1), "kind": BookEntryKind.RULE_OUT}
    ) == {"amount": "10.10", "on": "2026-03-01", "kind": "rule_out"}
    assert _round_trip((datetime(2026, 1, 1, tzinfo=UTC),)) == ["2026-01-01T00:00:00Z"]


def test_none_is_null_everywhere_unless_excluded_everywhere() -> None:
    invoice = Invoice(invoice_id=1, invoice_items=(InvoiceItem(invoice_item_id=3),))
    full = to_jsonable(invoice)
    assert full["client_id"] is None  # absent from the answer or null: the same
    assert full["invoice_items"][0]["owing"] is None
    slim = to_jsonable(invoice, exclude_none=True)
    assert slim == {"invoice_id": 1, "invoice_items": [{"invoice_item_id": 3}]}
    assert to_jsonable(Patient(client_id=2), exclude_none=True) == {"client_id": 2}
