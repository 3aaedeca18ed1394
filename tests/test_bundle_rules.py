"""The request rules of the vendor's 2026-02 OpenAPI bundle, on both sides.

SDK side: refused before sending, by a client whose server is a closed port (a request that
went out would fail with a connection error, not the PracSuiteValueError asserted). Sandbox
side: the documented error body (422 INVALID_BODY with error.validation, 400 INVALID_PARAMS,
409 RESERVE_APPOINTMENT_CONFLICT).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from aiohttp import web
from hypothesis import given, settings
from hypothesis import strategies as st

from pracsuite_async import (
    AsyncPracSuite,
    ConflictError,
    Filter,
    PracSuiteValueError,
)
from pracsuite_async._operations import Param, WriteOperation
from pracsuite_async._params import build_body, tenant_today
from pracsuite_async._wire import FilterFormat, encode_filter
from pracsuite_async.sandbox import Sandbox
from pracsuite_async.sandbox._availability import (
    TENANT_ZONE,
    check_not_before_today,
    computed_items,
)
from pracsuite_async.sandbox._data import Dataset
from pracsuite_async.sandbox._schema import Document, document
from pracsuite_async.sandbox._validate import ParamError
from pracsuite_async.sandbox._values import vendor_nullable
from pracsuite_async.types import AppointmentTypeDuration

from ._dates import MONDAY
from .conftest import app_serving, client_at, client_for, keyed_session
from .test_sandbox_spec import LISTS, OPS, call, list_shape, real_path, required_query

# The bundle's PatientCreatePost / PatientEditPatch maxLength.
LIMITS = {
    "first_name": 40,
    "surname": 40,
    "address_1": 100,
    "suburb": 100,
    "address_state": 100,
    "country": 100,
    "email": 100,
    "gender": 20,
    "home_phone": 20,
    "mobile": 20,
    "postcode": 10,
}
ADA = {"first_name": "Ada", "surname": "Lovelace"}
LAST_ZONE = timezone(timedelta(hours=-12))


def too_long(field: str, length: int) -> str:
    if field == "email":
        return "a" * (length - len("@example.com")) + "@example.com"
    return "x" * length


@pytest.fixture
async def offline() -> AsyncIterator[AsyncPracSuite]:
    async with AsyncPracSuite("vendor", "account", base_url="http://127.0.0.1:9/v1/") as ps:
        yield ps


@pytest.fixture
async def http(sandbox: Sandbox) -> AsyncIterator[aiohttp.ClientSession]:
    async with keyed_session(sandbox) as session:
        yield session


# --------------------------------------------------------------------------- SDK side


@pytest.mark.parametrize(("field", "limit"), LIMITS.items())
async def test_a_patient_field_over_its_max_length_is_refused_before_sending(
    offline: AsyncPracSuite, field: str, limit: int
) -> None:
    value = too_long(field, limit + 1)
    with pytest.raises(
        PracSuiteValueError,
        match=rf"patients.create\(\) argument '{field}' is at most {limit} characters, "
        rf"got {limit + 1}",
    ):
        await offline.patients.create(**{**ADA, field: value})
    with pytest.raises(PracSuiteValueError, match=rf"'{field}' is at most {limit} characters"):
        await offline.patients.update(3, **{field: value})


async def test_a_malformed_email_is_refused_before_sending(offline: AsyncPracSuite) -> None:
    for bad in ("nope", "ada@", "ada lovelace@example.com", "ada@example"):
        with pytest.raises(PracSuiteValueError, match=r"'email' must be an email address") as e:
            await offline.patients.create(**ADA, email=bad)
        assert bad not in str(e.value)  # patient data stays out of the message


def test_money_is_sent_with_its_digits() -> None:
    op = WriteOperation(
        operation_id="pay",
        method="POST",
        path="/payment",
        model=None,
        body=(Param(name="amount", format=FilterFormat.DOUBLE, text_format="decimal"),),
    )
    for amount in ("49.95", "0.1", "1200", "-3.50"):
        body = build_body("payments.create", op, {"amount": Decimal(amount)})
        assert Decimal(json.dumps(body["amount"])) == Decimal(amount)  # a JSON number
    with pytest.raises(PracSuiteValueError, match="more digits than a JSON number carries"):
        build_body("payments.create", op, {"amount": Decimal("0.12345678901234567890")})
    owing = encode_filter(Filter.ge("owing", Decimal("10.50")), {"owing": FilterFormat.DOUBLE})
    assert owing == "owing:>=10.50"


def _at(instant: datetime) -> Any:
    return lambda zone: instant.astimezone(zone)


def test_the_tenants_today_depends_on_its_zone() -> None:
    # 14:00 UTC: already the 2nd in Adelaide (UTC+10:30), still the 1st at UTC-12.
    now = _at(datetime(2026, 12, 1, 14, 0, tzinfo=UTC))
    assert tenant_today("Australia/Adelaide", now)[0] == date(2026, 12, 2)
    assert tenant_today(ZoneInfo("Australia/Adelaide"), now)[0] == date(2026, 12, 2)
    assert tenant_today(None, now) == (date(2026, 12, 1), "every time zone (UTC-12)")
    with pytest.raises(PracSuiteValueError, match="not an IANA time zone name"):
        tenant_today("Mars/Olympus", now)


def _week(start: date) -> dict[str, Any]:
    return {"from_": start, "to": start + timedelta(days=6), "appointment_type_id": 1}


def test_availability_before_today_is_refused_with_how_to_pass_the_zone(
    offline: AsyncPracSuite,
) -> None:
    yesterday_everywhere = datetime.now(LAST_ZONE).date() - timedelta(days=1)
    with pytest.raises(PracSuiteValueError) as info:
        offline.available_appointments.list(**_week(yesterday_everywhere))
    assert f"from_ ({yesterday_everywhere}) is before today" in str(info.value)
    assert "in every time zone (UTC-12)" in str(info.value)
    assert "pass it as tz=" in str(info.value)
    with pytest.raises(PracSuiteValueError, match=r"in the tenant's time zone Australia/Perth$"):
        offline.available_group_appointments.list_next(
            **_week(yesterday_everywhere), tz="Australia/Perth"
        )


def test_without_a_zone_only_what_is_past_everywhere_is_refused(offline: AsyncPracSuite) -> None:
    # Kiritimati (UTC+14) is always a day or more ahead of UTC-12: the day that is today at
    # UTC-12 is already past there.
    today_at_utc_minus_12 = datetime.now(LAST_ZONE).date()
    pager = offline.available_appointments.list(**_week(today_at_utc_minus_12))
    assert pager is not None  # made: nothing refused (and nothing sent until iterated)
    with pytest.raises(PracSuiteValueError, match="Pacific/Kiritimati"):
        offline.available_appointments.list(**_week(today_at_utc_minus_12), tz="Pacific/Kiritimati")
    with pytest.raises(PracSuiteValueError, match="Pacific/Kiritimati"):
        offline.available_appointments.search(
            today_at_utc_minus_12,
            today_at_utc_minus_12 + timedelta(days=20),
            appointment_type_id=1,
            tz="Pacific/Kiritimati",
        )


# --------------------------------------------------------------------------- sandbox side


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("first_name", "x" * 41),
        ("postcode", "5" * 11),
        ("mobile", "0" * 21),
        ("email", "nope"),
    ],
)
async def test_the_sandbox_refuses_what_the_bundle_refuses(
    http: aiohttp.ClientSession, sandbox: Sandbox, field: str, value: str
) -> None:
    for method, path in (("POST", "patient"), ("PATCH", "patient/3")):
        status, body = await call(http, sandbox, method, path, {**ADA, field: value})
        assert status == 422, body
        assert body["error"]["code"] == "INVALID_BODY"
        assert [v["field"] for v in body["error"]["validation"]] == [field]


async def test_the_sandbox_takes_every_field_at_its_limit(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    full = {field: too_long(field, limit) for field, limit in LIMITS.items()}
    status, created = await call(http, sandbox, "POST", "patient", full)
    assert status == 201, created
    assert {k: created[k] for k in full} == full


async def test_a_created_patient_holds_what_was_sent_and_nothing_invented(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    status, created = await call(http, sandbox, "POST", "patient", ADA)
    assert status == 201, created
    assigned = {"client_id", "tenant_id", "file_created", "links"}
    assert set(created) - assigned == set(ADA)
    assert {k: created[k] for k in ADA} == ADA
    status, again = await call(http, sandbox, "GET", f"patient/{created['client_id']}")
    assert (status, again) == (200, created)


async def test_a_reservation_answers_the_documented_defaults(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    slot = {"app_time": "2027-02-01T09:00:00", "practitioner_id": 2, "business_id": 1}
    status, reserved = await call(
        http, sandbox, "POST", "reserve_appointment", {**slot, "duration": 30}
    )
    assert status == 201, reserved
    assert (reserved["column_number"], reserved["width"]) == (1, 1)  # the bundle's defaults
    assert reserved["category"] == "Reserved"  # the bundle's AppointmentLite
    assert {k: reserved[k] for k in slot} == slot
    assert "practitioner_business_id" not in reserved  # the other form: not invented


@pytest.mark.parametrize("path", ["appointment", "reserve_appointment"])
async def test_a_taken_slot_answers_409_reserve_appointment_conflict(
    http: aiohttp.ClientSession, sandbox: Sandbox, path: str
) -> None:
    slot = {"app_time": "2027-03-01T10:00:00", "practitioner_id": 2, "business_id": 1}
    booking = {"client_id": 1, "appointment_type_id": 1} if path == "appointment" else {}
    status, first = await call(http, sandbox, "POST", path, {**slot, **booking, "duration": 30})
    assert status == 201, first
    overlapping = {**slot, "app_time": "2027-03-01T10:15:00"}
    status, body = await call(
        http, sandbox, "POST", path, {**overlapping, **booking, "duration": 15}
    )
    assert status == 409, body
    assert body["error"] == {
        "status": 409,
        "code": "RESERVE_APPOINTMENT_CONFLICT",
        "detail": "This appointment slot is taken.",
    }
    assert "request_id" in body
    after = {**slot, "app_time": "2027-03-01T10:30:00"}  # starts as the first one ends
    status, body = await call(http, sandbox, "POST", path, {**after, **booking, "duration": 15})
    assert status == 201, body
    other = {**slot, "practitioner_id": 3}
    status, body = await call(http, sandbox, "POST", path, {**other, **booking, "duration": 30})
    assert status == 201, body


async def test_the_sdk_branches_on_a_taken_slot(sandbox: Sandbox) -> None:
    slot = {"app_time": datetime(2027, 4, 5, 11, 0), "practitioner_id": 4, "business_id": 1}
    async with client_for(sandbox) as ps:
        await ps.appointments.reserve(**slot, duration=30)
        with pytest.raises(ConflictError) as info:
            await ps.appointments.create(**slot, client_id=1, appointment_type_id=1, duration=30)
    assert info.value.slot_taken
    assert info.value.detail == "This appointment slot is taken."


async def test_availability_before_today_in_the_tenants_zone_is_refused(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    today = datetime.now(TENANT_ZONE).date()
    yesterday, tomorrow = today - timedelta(days=1), today + timedelta(days=1)
    for path in ("available_appointments", "next_available_group_appointment"):
        query = f"{path}?from={yesterday}&to={tomorrow}&appointment_type_id=1"
        status, body = await call(http, sandbox, "GET", query)
        assert status == 400, body
        assert body["error"]["code"] == "INVALID_PARAMS"
        assert (
            "cannot be before the current date in the tenant's time zone"
            in (body["error"]["detail"])
        )
        later = query.replace(f"from={yesterday}", f"from={tomorrow}")
        status, body = await call(http, sandbox, "GET", later)
        assert status == 200, body


def test_the_sandboxs_today_is_the_tenants() -> None:
    (op,) = [o for o in document().operations if o.operation_id == "listAvailableAppointments"]
    # 14:00 UTC on the 1st: already the 2nd in Adelaide.
    now = _at(datetime(2026, 12, 1, 14, 0, tzinfo=UTC))
    check_not_before_today(op, {"from": date(2026, 12, 2), "to": date(2026, 12, 3)}, now)
    with pytest.raises(ParamError, match=r"from \(2026-12-01\) cannot be before the current date"):
        check_not_before_today(op, {"from": date(2026, 12, 1), "to": date(2026, 12, 3)}, now)


async def test_business_hours_end_after_they_start(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    status, body = await call(http, sandbox, "GET", "business?page_size=100")
    assert status == 200
    hours = [
        (b["appointment_start_time"], b["appointment_end_time"])
        for b in body["businesses"]
        if b["appointment_start_time"] and b["appointment_end_time"]
    ]
    assert hours
    assert all(start < end for start, end in hours)


def _nulls(doc: Document, schema: str, record: Mapping[str, Any], where: str) -> list[str]:
    """Fields of ``record`` (nested objects too) that are null where the vendor allows none."""
    allowed = vendor_nullable(doc, schema)
    found = []
    for name, field in doc.fields(schema).items():
        value = record.get(name)
        if value is None and name in record and name not in allowed:
            found.append(f"{where}{name}")
        target = field.obj or (field.items.obj if field.items else None)
        for i, item in enumerate(value if isinstance(value, list) else [value]):
            if target and isinstance(item, dict):
                found += _nulls(doc, target, item, f"{where}{name}[{i}].")
    return found


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 2**32))
def test_no_stored_record_holds_a_null_the_vendor_does_not_allow(seed: int) -> None:
    doc = document()
    data = Dataset(seed=seed, sizes={name: 40 for name in doc.collections})
    for name, collection in doc.collections.items():
        for n in data.ids(name):
            record = data.record(name, n)
            assert record is not None
            assert _nulls(doc, collection.schema, record, f"{name}/{n}.") == []
    for op in doc.operations:
        if op.window and op.item_schema:
            params = {op.window["from"]: MONDAY, op.window["to"]: MONDAY + timedelta(days=2)}
            for item in computed_items(data.values, seed, op, params):
                assert _nulls(doc, op.item_schema, item, f"{op.operation_id}.") == []


@pytest.mark.parametrize("op_id", LISTS)
async def test_every_list_serves_no_null_the_vendor_does_not_allow(
    http: aiohttp.ClientSession, sandbox: Sandbox, op_id: str
) -> None:
    path, _, op = OPS[op_id]
    key, item = list_shape(op)
    extra = required_query(op)
    concrete = real_path(sandbox, path, op).lstrip("/")
    status, body = await call(
        http, sandbox, "GET", f"{concrete}?page_size=100" + (f"&{extra}" if extra else "")
    )
    assert status == 200, body
    doc = sandbox.dataset.doc
    assert [n for r in body[key] for n in _nulls(doc, item, r, "")] == []


async def test_next_available_sends_only_the_parameters_the_bundle_declares() -> None:
    seen: list[list[str]] = []

    async def handle(request: web.Request) -> web.Response:
        seen.append(sorted(set(request.query)))
        links = {"self": str(request.url)}
        if len(seen) == 1:  # the answer's own link to more is followed as given
            links["next"] = str(request.url.update_query(page=2))
        return web.json_response(
            {"available_times": [{"practitioner_id": len(seen)}], "links": links}
        )

    async with app_serving(handle) as url, client_at(f"{url}/v1/") as ps:
        week = {**_week(MONDAY), "practitioner_ids": [2]}
        slots = await ps.available_appointments.list_next(**week).to_list()
        listed = await ps.available_appointments.list(**week).to_list()
    declared = ["appointment_type_id", "from", "practitioner_ids", "to"]
    assert seen[0] == declared
    assert seen[1] == [*declared[:1], "from", "page", "practitioner_ids", "to"]  # its link
    assert [s.practitioner_id for s in slots] == [1, 2]
    assert seen[2] == ["appointment_type_id", "from", "page", "page_size", "practitioner_ids", "to"]
    assert len(listed) == 1


async def test_the_sandbox_serves_money_as_numbers_and_the_sdk_reads_decimals(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    status, raw = await call(http, sandbox, "GET", "item/3")
    assert status == 200, raw
    charges = [fee["charge"] for fee in raw["item_fees"]]
    assert charges
    assert all(type(c) in (int, float) for c in charges)  # the bundle's number
    async with client_for(sandbox) as ps:
        item = await ps.items.get(3)
        kind = await ps.appointment_types.get(2)
    assert item.item_fees is not None
    assert [fee.charge for fee in item.item_fees] == [Decimal(repr(c)) for c in charges]
    assert kind.appointment_type_durations
    for duration in kind.appointment_type_durations:
        assert type(duration) is AppointmentTypeDuration
        assert duration.duration is not None
        assert duration.duration % 5 == 0
        assert (duration.fee_cat_id is None) != (duration.all_fee_cats is None)  # one is set


async def test_profession_appointments_filter_by_practitioner(sandbox: Sandbox) -> None:
    async with client_for(sandbox) as ps:
        everyone = await ps.appointments.list_by_profession(1).to_list()
        # A practitioner with some, not all, of the profession's appointments: from the data.
        seen = sorted({a.practitioner_id for a in everyone if a.practitioner_id is not None})
        assert len(seen) >= 2
        practitioner = seen[0]
        mine = await ps.appointments.list_by_profession(
            1, filters=[Filter.eq("practitioner_id", practitioner)]
        ).to_list()
        with pytest.raises(PracSuiteValueError, match="unknown filter field 'shoe_size'"):
            ps.appointments.list_by_profession(1, filters=[Filter.eq("shoe_size", 2)])
    assert mine == [a for a in everyone if a.practitioner_id == practitioner]
    assert 0 < len(mine) < len(everyone)


async def test_archived_filters_take_booleans(offline: AsyncPracSuite) -> None:
    # The pages' own example is q[]=archived:=false; the bundle's "timestamp" is not used.
    assert offline.professions.list(filters=[Filter.eq("archived", False)]) is not None
    with pytest.raises(PracSuiteValueError, match=r"'archived' takes a bool \(boolean\)"):
        offline.professions.list(filters=[Filter.eq("archived", datetime.now(UTC))])
