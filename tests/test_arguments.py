"""Bad arguments are refused with a clear message before anything is sent.

The client points at a closed port: had a request gone out, the error would be a connection
error, not the PracSuiteValueError/TypeError asserted here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from pracsuite_async import AsyncPracSuite, PracSuiteValueError

from ._dates import MONDAY, SUNDAY

NOON = datetime(2026, 3, 2, 12, 0)
BOOKING: dict[str, Any] = {
    "client_id": 1,
    "account_id": 1,
    "appointment_type_id": 2,
    "app_time": NOON,
    "practitioner_business_id": 3,
    "duration": 30,
}
NEXT_MONDAY = SUNDAY + timedelta(days=1)
WEEK: dict[str, Any] = {"from_": MONDAY, "to": SUNDAY, "appointment_type_id": 1}


@pytest.fixture
async def client() -> Any:
    async with AsyncPracSuite("vendor", "account", base_url="http://127.0.0.1:9/v1/") as ps:
        yield ps


def _with(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**base, **changes}


WRITES: list[tuple[Callable[[AsyncPracSuite], Any], str]] = [
    (
        lambda ps: ps.appointments.create(**_with(BOOKING, client_id=None)),
        r"appointments.create\(\) argument 'client_id' is required",
    ),
    (
        lambda ps: ps.appointments.create(**_with(BOOKING, client_id="12")),
        r"'client_id' takes an int \(integer\), got str: '12'",
    ),
    (
        lambda ps: ps.appointments.create(**_with(BOOKING, duration=7)),
        r"'duration' must be a multiple of 5, got 7",
    ),
    (
        lambda ps: ps.appointments.create(**_with(BOOKING, duration=0)),
        r"'duration' must be >= 5, got 0",
    ),
    (
        lambda ps: ps.appointments.create(**_with(BOOKING, duration=1445)),
        r"'duration' must be <= 1440, got 1445",
    ),
    (
        lambda ps: ps.appointments.create(**_with(BOOKING, duration=True)),
        r"'duration' takes an int",
    ),
    (
        lambda ps: ps.appointments.create(**_with(BOOKING, app_time=NOON.replace(tzinfo=UTC))),
        r"has a time zone, but this field is the clinic's local time",
    ),
    (
        lambda ps: ps.appointments.create(**_with(BOOKING, app_time="2026-03-02T12:00:00")),
        r"'app_time' takes a naive datetime",
    ),
    (
        lambda ps: ps.appointments.create(**_with(BOOKING, resource_ids="1,2")),
        r"'resource_ids' takes a list of values, got str",
    ),
    (
        lambda ps: ps.appointments.create(**_with(BOOKING, resource_ids=[1, "2"])),
        r"'resource_ids'\[1\] takes an int",
    ),
    (
        lambda ps: ps.appointments.update(7, item_id=1, item_group_id=2),
        r"appointments.update\(\): item_id and item_group_id cannot both be set",
    ),
    (lambda ps: ps.appointments.update(0, duration=30), r"appointment_id must be >= 1, got 0"),
    (lambda ps: ps.appointments.update(7, duration=12), r"must be a multiple of 5, got 12"),
    (
        lambda ps: ps.appointments.cancel(7, record_as_cancelled="yes"),
        r"'record_as_cancelled' takes a bool",
    ),
    (
        lambda ps: ps.appointments.reserve(app_time=NOON, practitioner_business_id=1, duration=3),
        r"appointments.reserve\(\) argument 'duration' must be >= 5, got 3",
    ),
    (
        lambda ps: ps.notes.create(
            app_time=NOON, practitioner_id=1, business_id=1, duration=2000, description="x"
        ),
        r"notes.create\(\) argument 'duration' must be <= 1440",
    ),
    (
        lambda ps: ps.group_appointment_members.add(1, client_id=None),
        r"'client_id' is required",
    ),
    (
        lambda ps: ps.patients.create(first_name="Ada", surname="L", email=None),
        r"patients.create\(\) argument 'email' cannot be None: the API documents no null for "
        r"it; leave it out \(NOT_GIVEN\) to send nothing",
    ),
    (
        lambda ps: ps.appointments.update(7, sms_reminder=None),
        r"argument 'sms_reminder' cannot be None",
    ),
    (lambda ps: ps.patients.update(5), r"patients.update\(\): give at least one field to change"),
    (
        lambda ps: ps.patients.create(first_name="Ada", surname=None),
        r"patients.create\(\) argument 'surname' is required",
    ),
    (
        lambda ps: ps.patients.create(first_name="Ada", surname="L", preferred_phone=2),
        r"'preferred_phone' must be one of 1, 3, got 2",
    ),
    (
        lambda ps: ps.appointments.create(
            **{k: v for k, v in BOOKING.items() if k != "practitioner_business_id"}
        ),
        r"appointments.create\(\) needs practitioner_id \+ business_id or "
        r"practitioner_business_id$",
    ),
    (
        lambda ps: ps.appointments.create(**_with(BOOKING, practitioner_id=1, business_id=2)),
        r"give practitioner_id \+ business_id or practitioner_business_id, not both \(got "
        r"practitioner_id, business_id, practitioner_business_id\)",
    ),
    (
        lambda ps: ps.appointments.reserve(app_time=NOON, practitioner_id=1, duration=30),
        r"appointments.reserve\(\): business_id must be given with practitioner_id",
    ),
    (
        lambda ps: ps.appointments.create(**_with(BOOKING, column=1, column_number=1)),
        r"appointments.create\(\): column and column_number cannot both be set",
    ),
    (
        lambda ps: ps.patients.create(
            first_name="Ada", surname="L", default_practitioner_business_id=1, default_business_id=2
        ),
        r"default_practitioner_business_id and default_business_id cannot both be set",
    ),
    (lambda ps: ps.patients.get("1"), r"client_id must be an int, got str: '1'"),
    (lambda ps: ps.patient_accounts.get(1, True), r"account_id must be an int, got bool"),
]


@pytest.mark.parametrize(("call", "message"), WRITES)
async def test_bad_single_calls_fail_before_sending(
    client: AsyncPracSuite, call: Callable[[AsyncPracSuite], Any], message: str
) -> None:
    with pytest.raises(PracSuiteValueError, match=message):
        await call(client)


LISTS: list[tuple[Callable[[AsyncPracSuite], Any], str]] = [
    (
        lambda ps: ps.available_appointments.list(**_with(WEEK, to=NEXT_MONDAY)),
        rf"the window {MONDAY}..{NEXT_MONDAY} spans 8 days; the API allows at most 7",
    ),
    (
        lambda ps: ps.available_appointments.list(**_with(WEEK, to=MONDAY - timedelta(days=1))),
        rf"to \({MONDAY - timedelta(days=1)}\) is before from_ \({MONDAY}\)",
    ),
    (
        lambda ps: ps.available_appointments.list(**_with(WEEK, account_id=4)),
        r"available_appointments.list\(\): account_id needs client_id as well",
    ),
    (
        lambda ps: ps.available_appointments.list(**_with(WEEK, appointment_type_id=None)),
        r"argument 'appointment_type_id' is required",
    ),
    (
        lambda ps: ps.available_appointments.list(**_with(WEEK, from_=str(MONDAY))),
        r"argument 'from_' takes a datetime.date \(date\), got str",
    ),
    (
        lambda ps: ps.available_appointments.list(**_with(WEEK, business_ids=5)),
        r"'business_ids' takes a list of values, got int",
    ),
    (
        lambda ps: ps.available_appointments.list(**_with(WEEK, online="yes")),
        r"'online' takes a bool",
    ),
    (lambda ps: ps.appointments.list_by_profession(0), r"profession_id must be >= 1, got 0"),
    (
        lambda ps: ps.invoices.list_by_patient_account(1, "2"),
        r"account_id must be an int, got str",
    ),
    (lambda ps: ps.patients.list(sort_by="surname"), r"sort_by must be a list of field names"),
    (lambda ps: ps.resources.list_by_appointment(3, page_size=101), r"between 1 and 100"),
]


@pytest.mark.parametrize(("call", "message"), LISTS)
def test_bad_list_calls_fail_when_the_pager_is_made(
    client: AsyncPracSuite, call: Callable[[AsyncPracSuite], Any], message: str
) -> None:
    with pytest.raises(PracSuiteValueError, match=message):
        call(client)


async def test_a_misspelt_option_names_the_method_and_what_it_accepts(
    client: AsyncPracSuite,
) -> None:
    with pytest.raises(TypeError, match=r"Appointments.get\(\) got an unexpected keyword"):
        await client.appointments.get(1, retries=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'sort_by'"):
        client.available_appointments.list(**WEEK, sort_by=["app_time"])  # type: ignore[call-arg]


async def test_availability_search_checks_every_window_before_sending(
    client: AsyncPracSuite,
) -> None:
    with pytest.raises(PracSuiteValueError, match=r"account_id needs client_id"):
        client.available_appointments.search(
            MONDAY, MONDAY + timedelta(days=60), appointment_type_id=1, account_id=3
        )
    with pytest.raises(
        PracSuiteValueError, match=rf"to \({MONDAY - timedelta(days=5)}\) is before"
    ):
        client.available_appointments.search(
            MONDAY, MONDAY - timedelta(days=5), appointment_type_id=1
        )
