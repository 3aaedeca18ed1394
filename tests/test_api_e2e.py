"""The whole API through the SDK against the sandbox: every list, the writes, availability."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any

import attrs
import pytest

from pracsuite_async import AsyncPracSuite, NotFoundError, UnprocessableEntityError, _decode
from pracsuite_async._operations import ListOperation
from pracsuite_async._tags import METHODS
from pracsuite_async.sandbox import Fault, Sandbox
from pracsuite_async.types import (
    Appointment,
    AppointmentBookEntry,
    AvailableAppointment,
    BookEntryKind,
    CancelledAppointment,
    Patient,
    Record,
)

from ._dates import coming_monday
from .conftest import client_for

LISTS = sorted(name for name, op in METHODS.items() if isinstance(op, ListOperation))
# Lists that take page numbers (the next-available ones declare none: tests/test_bundle_rules.py).
PAGED = [name for name in LISTS if METHODS[name].paged]  # type: ignore[union-attr]
MONDAY = coming_monday()


@pytest.fixture
async def ps(sandbox: Sandbox) -> AsyncIterator[AsyncPracSuite]:
    async with client_for(sandbox) as client:
        yield client


async def _candidates(ps: AsyncPracSuite, op: ListOperation[Any]) -> list[tuple[Any, ...]]:
    """Argument tuples to try, parents that exist first (a nested list needs a real parent)."""
    if op.path_params == ("client_id", "account_id"):
        pairs = []
        for client_id in range(1, 40):
            async for account in ps.patient_accounts.list_by_patient(client_id):
                pairs.append((client_id, account.account_id))
        return pairs
    if op.path_params:
        assert len(op.path_params) == 1
        return [(n,) for n in range(1, 60)]
    return [()]


def _query(op: ListOperation[Any]) -> dict[str, Any]:
    if any(p.name == "from" for p in op.query):
        return {"from_": MONDAY, "to": MONDAY + timedelta(days=6), "appointment_type_id": 1}
    return {}


async def _a_list_of(
    ps: AsyncPracSuite, name: str, records: int
) -> tuple[ListOperation[Any], Any, tuple[Any, ...], int]:
    """The list's operation, its bound method, and arguments that give ``records`` or more."""
    namespace, method_name = name.split(".")
    op = METHODS[name]
    assert isinstance(op, ListOperation)
    method = getattr(getattr(ps, namespace), method_name)
    for args in await _candidates(ps, op):
        first = await method(*args, page_size=1, **_query(op)).pages().__anext__()
        count = first.total_entries if op.paged else len(first.items)
        if (count or 0) >= records:
            assert count is not None
            return op, method, args, count
    pytest.fail(f"{name}: no parent with {records} or more records in the sandbox")


@pytest.mark.parametrize("name", PAGED)
async def test_every_list_operation_pulls_three_pages_through_the_sdk(
    ps: AsyncPracSuite, name: str
) -> None:
    op, method, args, total = await _a_list_of(ps, name, 3)
    page_size = min(100, max(1, total // 3))
    pages = [page async for page in method(*args, page_size=page_size, **_query(op)).pages()]
    items = [item for page in pages for item in page.items]
    assert len(pages) >= 3
    assert len(items) == total
    assert all(type(item) is op.model for item in items)
    if isinstance(items[0], Record) and items[0].row_num is not None:
        assert [item.row_num for item in items] == list(range(1, total + 1))


@pytest.mark.parametrize("name", LISTS)
async def test_every_list_decodes_alike_with_and_without_the_speed_extra(
    ps: AsyncPracSuite, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    op, method, args, _ = await _a_list_of(ps, name, 1)
    fast = [item async for item in method(*args, page_size=100, **_query(op))]
    monkeypatch.setattr(_decode, "msgspec", None)  # a core install: the generated hooks
    strict = [item async for item in method(*args, page_size=100, **_query(op))]
    assert [attrs.asdict(r) for r in strict] == [attrs.asdict(r) for r in fast]
    assert all(type(item) is op.model for item in strict)
    first_field = attrs.fields(op.model)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(strict[0], first_field, None)


async def test_nested_lists_hold_only_their_parents_records(ps: AsyncPracSuite) -> None:
    for profession_id in (1, 2):
        async for appointment in ps.appointments.list_by_profession(profession_id):
            assert appointment.profession_id == profession_id
    appointment = await ps.appointments.get(5)
    resources = [r.resource_id async for r in ps.resources.list_by_appointment(5)]
    assert resources == sorted(appointment.resource_ids or ())
    patient = await ps.patients.get(appointment.client_id or 1)
    assert isinstance(patient, Patient)


async def test_an_appointment_round_trip_create_get_update_cancel(
    ps: AsyncPracSuite, sandbox: Sandbox
) -> None:
    when = datetime(2026, 3, 3, 9, 30)
    created = await ps.appointments.create(
        client_id=3,
        account_id=1,
        appointment_type_id=2,
        app_time=when,
        practitioner_business_id=1,
        duration=45,
        resource_ids=[1, 2],
    )
    assert isinstance(created, Appointment)
    fetched = await ps.appointments.get(created.appointment_id)
    assert (fetched.client_id, fetched.app_time, fetched.duration) == (3, when, 45)

    updated = await ps.appointments.update(created.appointment_id, duration=60)
    assert updated.duration == 60
    assert (await ps.appointments.get(created.appointment_id)).duration == 60

    await ps.appointments.cancel(
        created.appointment_id, record_as_cancelled=True, reason="patient unwell"
    )
    with pytest.raises(NotFoundError):
        await ps.appointments.get(created.appointment_id)
    listed = [a.appointment_id async for a in ps.appointments.list(page_size=100)]
    assert created.appointment_id not in listed
    cancelled = await ps.cancelled_appointments.get(created.appointment_id)
    assert isinstance(cancelled, CancelledAppointment)
    assert cancelled.reason == "patient unwell"
    assert created.appointment_id in [
        c.appointment_id async for c in ps.cancelled_appointments.list(page_size=100)
    ]


async def test_a_slot_booked_the_bundle_way_keeps_its_practitioner_and_business(
    ps: AsyncPracSuite,
) -> None:
    created = await ps.appointments.create(
        client_id=3,
        appointment_type_id=2,
        app_time=datetime(2026, 3, 3, 11, 0),
        practitioner_id=2,
        business_id=1,
        column_number=2,
        duration=30,
    )
    fetched = await ps.appointments.get(created.appointment_id)
    assert (fetched.practitioner_id, fetched.business_id) == (2, 1)
    reserved = await ps.appointments.reserve(
        app_time=datetime(2026, 3, 3, 12, 0), practitioner_id=2, business_id=1, duration=15
    )
    assert (reserved.practitioner_id, reserved.business_id, reserved.duration) == (2, 1, 15)


async def test_a_created_patient_reads_back(ps: AsyncPracSuite) -> None:
    created = await ps.patients.create(first_name="Ada", surname="Lovelace", mobile="0400000000")
    again = await ps.patients.get(created.client_id)
    assert (again.first_name, again.surname, again.mobile) == ("Ada", "Lovelace", "0400000000")


async def test_a_write_the_server_rejects_is_typed_and_sent_once(
    ps: AsyncPracSuite, sandbox: Sandbox
) -> None:
    before = sandbox.stats.requests
    with pytest.raises(UnprocessableEntityError) as caught:
        await ps.appointments.create(
            client_id=10**6,  # no such patient
            account_id=1,
            appointment_type_id=2,
            app_time=datetime(2026, 3, 3, 9, 30),
            practitioner_business_id=1,
            duration=30,
        )
    assert caught.value.status == 422
    assert caught.value.code == "INVALID_BODY"
    # The docs' InvalidBody names each refused field in error.validation.
    assert caught.value.validation == {
        "client_id": "client_id: there is no Patient with ID 1000000"
    }
    assert caught.value.request.method == "POST"
    assert sandbox.stats.requests - before == 1


async def test_availability_for_one_week_is_in_time_order_within_the_window(
    ps: AsyncPracSuite,
) -> None:
    slots = [
        slot
        async for slot in ps.available_appointments.list(
            from_=MONDAY, to=MONDAY + timedelta(days=6), appointment_type_id=3
        )
    ]
    assert slots
    assert all(isinstance(s, AvailableAppointment) for s in slots)
    times = [s.app_time for s in slots]
    assert times == sorted(times)
    assert all(MONDAY <= t.date() <= MONDAY + timedelta(days=6) for t in times if t)


async def test_availability_search_splits_a_long_range_and_merges_in_time_order(
    ps: AsyncPracSuite, sandbox: Sandbox
) -> None:
    end = MONDAY + timedelta(days=19)
    before = sandbox.stats.requests
    found = [s async for s in ps.available_appointments.search(MONDAY, end, appointment_type_id=3)]
    assert sandbox.stats.requests - before >= 3  # 7 + 7 + 6 days
    times = [s.app_time for s in found]
    assert times == sorted(times)
    by_window = []
    for start in (MONDAY, MONDAY + timedelta(days=7), MONDAY + timedelta(days=14)):
        stop = min(end, start + timedelta(days=6))
        by_window += [
            s.app_time
            async for s in ps.available_appointments.list(
                from_=start, to=stop, appointment_type_id=3
            )
        ]
    assert sorted(by_window) == times


# What the docs' ``category`` text says an entry is; any other category is an appointment.
KIND_OF_CATEGORY = {"Group": "group_appointment", "Rule Out": "rule_out"}


async def test_appointment_book_entries_say_what_they_are(ps: AsyncPracSuite) -> None:
    seen: dict[str, int] = {}
    async for entry in ps.appointment_book.list(page_size=100, limit=300):
        assert isinstance(entry, AppointmentBookEntry)
        # The sandbox links every entry to self and resources, so the category decides.
        assert set(entry.links or {}) == {"self", "resources"}
        expected = KIND_OF_CATEGORY.get(entry.category or "", "appointment")
        assert entry.kind is BookEntryKind(expected), (entry.appointment_id, entry.category)
        seen[expected] = seen.get(expected, 0) + 1
    assert set(seen) == {"appointment", "group_appointment", "rule_out"}
    assert sum(seen.values()) == 200  # the whole book (it holds 200 entries)


async def test_a_pull_can_start_at_a_later_page(ps: AsyncPracSuite) -> None:
    ids = [r.resource_id async for r in ps.resources.list(page_size=10, start_page=3)]
    assert ids == list(range(21, 251))
    first_five = ps.resources.list(page_size=10, start_page=3, limit=5)
    assert [r.resource_id async for r in first_five] == [21, 22, 23, 24, 25]


async def test_a_limit_counts_from_the_start_page_across_pages(
    ps: AsyncPracSuite, sandbox: Sandbox
) -> None:
    fifteen = ps.resources.list(page_size=10, start_page=3, limit=15)
    assert [r.resource_id async for r in fifteen] == list(range(21, 36))
    pages = sorted(r.path_qs.split("page=")[1].split("&")[0] for r in sandbox.stats.request_log)
    assert pages == ["3", "4"]  # pages 3 and 4 hold records 21..40; no more were asked for


async def test_the_client_counts_the_requests_it_re_sent(
    ps: AsyncPracSuite, sandbox: Sandbox
) -> None:
    sandbox.inject(Fault("status", status=503, times=2))
    await ps.resources.get(3)
    assert ps.retry_count == 2
