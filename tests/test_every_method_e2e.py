"""Every generated get and write method, and every changes feed, called through the SDK
against the sandbox, with the answer checked against what the sandbox holds."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from pracsuite_async import AsyncPracSuite, NotFoundError
from pracsuite_async._operations import GetOperation
from pracsuite_async._spec import snake
from pracsuite_async._tags import METHODS
from pracsuite_async.sandbox import DEFAULT_SIZES, Sandbox
from pracsuite_async.types import (
    Appointment,
    AppointmentBookEntry,
    GroupAppointmentMember,
    Note,
    PatientAttachmentPresignedUpload,
    PatientAttachmentPresignUrl,
    Practitioner,
    ReservedAppointment,
)

from .conftest import client_for, first_changes

# Gets of a record the sandbox stores; the others answer something made for the request.
STORED_GETS = sorted(
    name
    for name, op in METHODS.items()
    if isinstance(op, GetOperation) and snake(op.model.__name__) in DEFAULT_SIZES
)
UNSTORED_GETS = {"patient_attachments.presign_url"}


@pytest.fixture
async def ps(sandbox: Sandbox) -> AsyncIterator[AsyncPracSuite]:
    async with client_for(sandbox) as client:
        yield client


def test_every_get_is_checked_here() -> None:
    gets = {name for name, op in METHODS.items() if isinstance(op, GetOperation)}
    assert gets == set(STORED_GETS) | UNSTORED_GETS
    assert len(STORED_GETS) == 16


def _scalars(stored: dict[str, Any]) -> dict[str, Any]:
    """The stored record's numbers, flags and plain texts (times are checked elsewhere)."""
    return {
        k: v
        for k, v in stored.items()
        if type(v) in (int, bool, float) or (type(v) is str and "T" not in v[10:11])
    }


def _wire(value: object) -> object:
    if isinstance(value, Decimal):  # money: the JSON number it was read from
        return float(value)
    return value.isoformat() if isinstance(value, date) else value


@pytest.mark.parametrize("name", STORED_GETS)
async def test_every_get_answers_the_stored_record(
    ps: AsyncPracSuite, sandbox: Sandbox, name: str
) -> None:
    op = METHODS[name]
    assert isinstance(op, GetOperation)
    collection = sandbox.dataset.collection(snake(op.model.__name__))
    n = sandbox.dataset.ids(collection.name)[2]
    stored = sandbox.dataset.record(collection.name, n)
    assert stored is not None
    # Outer path ids (a patient's account) are the record's own reference fields.
    args = [stored[p] for p in op.path_params[:-1]] + [n]
    namespace, method = name.split(".")
    record = await getattr(getattr(ps, namespace), method)(*args)

    assert type(record) is op.model
    assert getattr(record, collection.id_field) == n
    expected = _scalars(stored)
    assert expected, f"{name}: nothing to compare"
    assert {k: _wire(getattr(record, k)) for k in expected} == expected


async def test_an_attachment_and_its_download_url(ps: AsyncPracSuite, sandbox: Sandbox) -> None:
    n = sandbox.dataset.ids("patient_attachment")[0]
    attachment = await ps.patient_attachments.get(n)
    assert attachment.attachment_client_id == n
    link = await ps.patient_attachments.presign_url(n)
    assert isinstance(link, PatientAttachmentPresignUrl)
    assert isinstance(link.url, str)
    assert link.url.startswith("https://")
    again = await ps.patient_attachments.presign_url(n)
    assert again == link  # the same request gets the same answer
    with pytest.raises(NotFoundError):
        await ps.patient_attachments.presign_url(10**6)


async def test_an_upload_starts_with_a_presigned_post(ps: AsyncPracSuite) -> None:
    upload = await ps.patient_attachments.create_upload(4, file_name="referral.pdf")
    assert isinstance(upload, PatientAttachmentPresignedUpload)
    assert isinstance(upload.url, str)
    assert upload.url.startswith("https://")
    with pytest.raises(NotFoundError):
        await ps.patient_attachments.create_upload(10**6, file_name="referral.pdf")


async def test_a_reserved_slot_is_finalised_into_an_appointment(ps: AsyncPracSuite) -> None:
    when = datetime(2026, 3, 4, 10, 0)
    reserved = await ps.appointments.reserve(
        app_time=when, practitioner_id=2, business_id=1, duration=30
    )
    assert isinstance(reserved, ReservedAppointment)
    assert reserved.appointment_id is not None
    booked = await ps.appointments.finalise(
        reserved.appointment_id, client_id=5, appointment_type_id=3, resource_ids=[1]
    )
    assert isinstance(booked, Appointment)
    assert (booked.appointment_id, booked.client_id, booked.appointment_type_id) == (
        reserved.appointment_id,
        5,
        3,
    )
    fetched = await ps.appointments.get(reserved.appointment_id)
    assert (fetched.client_id, fetched.appointment_type_id, fetched.app_time) == (5, 3, when)


async def test_a_patient_joins_and_leaves_a_group_appointment(
    ps: AsyncPracSuite, sandbox: Sandbox
) -> None:
    group = sandbox.dataset.ids("appointment")[0]
    member = await ps.group_appointment_members.add(group, client_id=7, appointment_status_id=2)
    assert isinstance(member, GroupAppointmentMember)
    assert (member.appointment_id, member.client_id, member.appointment_status_id) == (group, 7, 2)
    stored = sandbox.dataset.record("group_appointment_member", member.appointment_client_id)
    assert stored is not None
    assert (stored["appointment_id"], stored["client_id"]) == (group, 7)

    before = sandbox.stats.requests
    assert await ps.group_appointment_members.remove(group, client_id=7, reason="moved") is None
    assert sandbox.stats.requests == before + 1
    with pytest.raises(NotFoundError):
        await ps.group_appointment_members.remove(10**6, client_id=7)


async def test_a_created_note_is_listed_and_its_feed_shows_it_then_its_update(
    ps: AsyncPracSuite, sandbox: Sandbox
) -> None:
    start = datetime.now(UTC)
    note = await ps.notes.create(
        app_time=datetime(2026, 3, 5, 13, 0),
        practitioner_id=2,
        business_id=1,
        duration=15,
        description="Lunch",
        resource_ids=[1],
    )
    assert isinstance(note, Note)
    assert (note.description, note.duration, note.practitioner_id) == ("Lunch", 15, 2)
    listed = [n async for n in ps.notes.list() if n.appointment_id == note.appointment_id]
    assert listed == [note]

    feed = ps.notes.watch(since=start, interval=0)
    # A guard, not a wait: a feed that misses a change would otherwise poll forever.
    async with asyncio.timeout(10):
        created = await anext(feed)
        sandbox.touch("note", note.appointment_id, notes="moved to 1:30")
        updated = await anext(feed)
    await feed.aclose()
    assert (created.kind, created.record) == ("created", note)
    assert (updated.kind, updated.record.appointment_id) == ("updated", note.appointment_id)
    assert updated.record.notes == "moved to 1:30"
    assert updated.record.modified > created.record.modified


async def test_the_appointment_book_feed_shows_new_and_changed_entries(
    ps: AsyncPracSuite, sandbox: Sandbox
) -> None:
    start = datetime.now(UTC)
    added = sandbox.add("appointment_book_entry", description="Staff meeting")
    sandbox.touch("appointment_book_entry", 9, notes="room 2")
    changes = await first_changes(ps.appointment_book.watch(since=start, interval=0), 2)
    assert [(c.kind, c.record.appointment_id) for c in changes] == [
        ("created", added),
        ("updated", 9),
    ]
    assert all(isinstance(c.record, AppointmentBookEntry) for c in changes)
    assert (changes[0].record.description, changes[1].record.notes) == ("Staff meeting", "room 2")


async def test_the_practitioner_feed_shows_new_practitioners(
    ps: AsyncPracSuite, sandbox: Sandbox
) -> None:
    start = datetime.now(UTC)
    first = sandbox.add("practitioner")
    second = sandbox.add("practitioner")
    changes = await first_changes(ps.practitioners.watch(since=start, interval=0), 2)
    assert [(c.kind, c.record.practitioner_id) for c in changes] == [
        ("created", first),
        ("created", second),
    ]
    assert all(isinstance(c.record, Practitioner) for c in changes)
    assert all(c.record.created is not None and c.record.created >= start for c in changes)
