"""Changes feeds: each created or updated record once, in order, resumable from a checkpoint."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from pracsuite_async import AsyncPracSuite, Checkpoint, PracSuiteValueError
from pracsuite_async.sandbox import Sandbox
from pracsuite_async.types import Appointment, Patient

from .conftest import client_for, first_changes

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LOOKBACK = timedelta(seconds=5)


def test_a_checkpoint_survives_json_and_refuses_garbage() -> None:
    cp = Checkpoint(since=T0).after(7, T0 + timedelta(seconds=1), LOOKBACK)
    assert Checkpoint.from_json(cp.to_json()) == cp
    with pytest.raises(PracSuiteValueError, match="not a changes-feed checkpoint"):
        Checkpoint.from_json('{"seen": []}')
    with pytest.raises(PracSuiteValueError, match="since must be an aware datetime"):
        Checkpoint.from_json('{"since": "2026-03-02T09:00:00", "seen": []}')


def test_changes_at_the_same_instant_are_each_handled_once() -> None:
    stamp = T0 + timedelta(seconds=3)
    cp = Checkpoint(since=T0).after(1, stamp, LOOKBACK)
    # A second record changed at the very same instant is still new ...
    assert (2, stamp.isoformat()) not in cp.seen
    cp = cp.after(2, stamp, LOOKBACK)
    # ... and re-reading the window edge finds both already handled.
    assert {(1, stamp.isoformat()), (2, stamp.isoformat())} <= cp.seen
    assert cp.since == stamp


def test_the_checkpoint_forgets_what_falls_out_of_the_lookback_window() -> None:
    cp = Checkpoint(since=T0).after(1, T0, LOOKBACK).after(2, T0 + timedelta(minutes=1), LOOKBACK)
    assert cp.seen == {(2, (T0 + timedelta(minutes=1)).isoformat())}


@pytest.fixture
async def ps(sandbox: Sandbox) -> AsyncIterator[AsyncPracSuite]:
    async with client_for(sandbox) as client:
        yield client


async def test_created_and_updated_appointments_arrive_once_in_order(
    ps: AsyncPracSuite, sandbox: Sandbox
) -> None:
    start = datetime.now(UTC)
    first = sandbox.add("appointment", notes="booked by the web form")
    second = sandbox.add("appointment")
    sandbox.touch("appointment", 17, notes="moved to the afternoon")

    changes = await first_changes(ps.appointments.watch(since=start, interval=0), 3)
    assert [(c.kind, c.record.appointment_id) for c in changes] == [
        ("created", first),
        ("created", second),
        ("updated", 17),
    ]
    assert all(isinstance(c.record, Appointment) for c in changes)
    assert changes[2].record.notes == "moved to the afternoon"
    stamps = [c.record.modified for c in changes]
    assert stamps == sorted(stamps)

    # Resume from the saved checkpoint: the three are not repeated, the next change comes.
    saved = changes[-1].checkpoint.to_json()
    sandbox.touch("appointment", first, notes="confirmed")
    (again,) = await first_changes(
        ps.appointments.watch(since=Checkpoint.from_json(saved), interval=0), 1
    )
    assert (again.kind, again.record.appointment_id) == ("updated", first)
    assert again.record.notes == "confirmed"


async def test_a_feed_of_new_patients_uses_their_creation_time(
    ps: AsyncPracSuite, sandbox: Sandbox
) -> None:
    start = datetime.now(UTC)
    created = sandbox.add("patient", first_name="Grace", surname="Hopper")
    (change,) = await first_changes(ps.patients.watch(since=start, interval=0), 1)
    assert isinstance(change.record, Patient)
    assert (change.kind, change.record.client_id) == ("created", created)


def test_watch_arguments_are_checked_before_any_request(sandbox: Sandbox) -> None:
    ps = client_for(sandbox)
    with pytest.raises(PracSuiteValueError, match="since must be an aware datetime"):
        ps.appointments.watch(since=datetime(2026, 1, 1))
    with pytest.raises(PracSuiteValueError, match="interval must be a number of seconds"):
        ps.appointments.watch(interval=-1)
    with pytest.raises(PracSuiteValueError, match="page_size must be between 1 and 100"):
        ps.appointments.watch(page_size=500)
    assert sandbox.stats.requests == 0


async def test_a_poll_reads_on_past_pages_of_already_handled_changes(
    ps: AsyncPracSuite, sandbox: Sandbox
) -> None:
    """With pages of 2, five new appointments take three pages: each comes once, in order."""
    start = datetime.now(UTC)
    expected = [sandbox.add("appointment") for _ in range(5)]
    got: list[int] = []
    async with asyncio.timeout(10):  # a guard, not a wait
        async for change in ps.appointments.watch(since=start, interval=0, page_size=2):
            got.append(change.record.appointment_id)
            assert got == expected[: len(got)]  # a skipped or repeated change fails at once
            if len(got) == 5:
                # One more after the five: the feed must move on to it, repeating none.
                expected.append(sandbox.add("appointment"))
            if len(got) == 6:
                break
    assert len(set(got)) == 6
    queries = [parse_qs(urlsplit(r.path_qs).query) for r in sandbox.stats.request_log]
    assert {q["page_size"][0] for q in queries} == {"2"}
    assert "3" in {q["page"][0] for q in queries}  # a poll went on past its first page


def _stamp(sandbox: Sandbox, appointment_id: int, modified: datetime) -> None:
    """Give an appointment a last-change time of our choosing (as a late commit would)."""
    record = dict(sandbox.dataset.record("appointment", appointment_id) or {})
    assert record, f"no appointment {appointment_id}"
    record["modified"] = modified.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    sandbox.dataset.put("appointment", appointment_id, record)


BEFORE, AFTER = timedelta(seconds=-1), timedelta(seconds=1)


@pytest.mark.parametrize(
    ("lookback", "delivered"),
    [
        # 1 s before `since` is inside a 5 s window: re-read and delivered first ...
        (timedelta(seconds=5), [(17, BEFORE), (18, AFTER)]),
        # ... and outside a 0.5 s one: the feed goes straight to the later change.
        (timedelta(milliseconds=500), [(18, AFTER)]),
        # A lookback of 0 re-reads nothing before `since` (it is not the default).
        (timedelta(0), [(18, AFTER)]),
    ],
)
async def test_the_lookback_window_rereads_changes_stamped_just_before_since(
    ps: AsyncPracSuite,
    sandbox: Sandbox,
    lookback: timedelta,
    delivered: list[tuple[int, timedelta]],
) -> None:
    since = datetime.now(UTC)
    _stamp(sandbox, 17, since + BEFORE)  # committed late, stamped before `since`
    _stamp(sandbox, 18, since + AFTER)
    want = [("updated", n, since + offset) for n, offset in delivered]
    got = []
    async with asyncio.timeout(10):  # a guard, not a wait
        async for c in ps.appointments.watch(since=since, interval=0, lookback=lookback):
            got.append((c.kind, c.record.appointment_id, c.record.modified))
            assert got == want[: len(got)]  # a change out of place fails at once
            if len(got) == len(want):
                break
