"""Changes feeds: each created or updated record once, in order, resumable from a checkpoint."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from pracsuite_async import (
    Appointment,
    AsyncPracSuite,
    Change,
    Checkpoint,
    Patient,
    PracSuiteValueError,
)
from pracsuite_async.sandbox import Sandbox

from .conftest import client_for

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


async def _take(feed: AsyncIterator[Change[Any]], count: int) -> list[Change[Any]]:
    changes = []
    # A guard, not a wait: a feed that misses a change would otherwise poll forever.
    async with asyncio.timeout(10):
        async for change in feed:
            changes.append(change)
            if len(changes) == count:
                break
    return changes


async def test_created_and_updated_appointments_arrive_once_in_order(
    ps: AsyncPracSuite, sandbox: Sandbox
) -> None:
    start = datetime.now(UTC)
    first = sandbox.add("appointment", notes="booked by the web form")
    second = sandbox.add("appointment")
    sandbox.touch("appointment", 17, notes="moved to the afternoon")

    changes = await _take(ps.appointments.watch(since=start, interval=0), 3)
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
    (again,) = await _take(ps.appointments.watch(since=Checkpoint.from_json(saved), interval=0), 1)
    assert (again.kind, again.record.appointment_id) == ("updated", first)
    assert again.record.notes == "confirmed"


async def test_a_feed_of_new_patients_uses_their_creation_time(
    ps: AsyncPracSuite, sandbox: Sandbox
) -> None:
    start = datetime.now(UTC)
    created = sandbox.add("patient", first_name="Grace", surname="Hopper")
    (change,) = await _take(ps.patients.watch(since=start, interval=0), 1)
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
