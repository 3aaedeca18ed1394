"""The vendor's own response examples (its 2026-02 OpenAPI bundle) decode with the SDK's models.

Every operation the SDK shares with the bundle is called through the client against a small
server that answers the bundle's example for it (tests/fixtures/bundle_examples.json, where
each example says which bundle schema it comes from); the error bodies it documents become
the typed exceptions.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from aiohttp import web

from pracsuite_async import (
    AsyncPracSuite,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PracSuiteError,
    UnprocessableEntityError,
)
from pracsuite_async._operations import GetOperation, ListOperation, Operation, WriteOperation
from pracsuite_async._tags import METHODS
from pracsuite_async.types import AppointmentTypeDuration, PractitionerAppointmentTypeDuration

from ._dates import MONDAY
from .conftest import app_serving, client_at

FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "bundle_examples.json").read_text(encoding="utf-8")
)
RECORDS: dict[str, Any] = FIXTURE["records"]
SHARED = sorted(name for name in METHODS if name.split(".")[0] in FIXTURE["_shared_namespaces"])
# Single-record answers whose bundle schema is a richer variant of the list's item.
VARIANTS = {"appointment_types.get": "AppointmentType (get)", "items.get": "Item (get)"}
SLOT = {"app_time": datetime(2027, 1, 4, 10, 0), "practitioner_id": 2, "business_id": 1}
# Valid arguments of each shared write (ids come first, as 1).
WRITES: dict[str, dict[str, Any]] = {
    "appointments.create": {**SLOT, "client_id": 1, "appointment_type_id": 1, "duration": 30},
    "appointments.reserve": {**SLOT, "duration": 30},
    "appointments.update": {"duration": 45},
    "appointments.finalise": {"client_id": 1, "appointment_type_id": 1},
    "appointments.cancel": {},
    "group_appointment_members.add": {"client_id": 1},
    "group_appointment_members.remove": {"client_id": 1},
    "patients.create": {"first_name": "Ada", "surname": "Lovelace"},
    "patients.update": {"mobile": "0400000000"},
}


def example_for(name: str, op: Operation) -> tuple[Any, dict[str, Any]] | None:
    """The body the bundle's example gives for this operation, and the record in it."""
    if op.model is None:
        return None
    entry = RECORDS[VARIANTS.get(name, op.model.__name__)]
    if isinstance(op, ListOperation):
        item = entry.get("list_item", entry["example"])
        links = {"self": "https://api.pracsuite.com/v1/x?page=1"}
        return {op.list_key: [item], "total_entries": 1, "links": links}, entry["example"]
    if op.operation_id in FIXTURE["_with_meta"]:
        return entry["list_item"], entry["example"]
    return entry["example"], entry["example"]


@pytest.fixture
async def served() -> AsyncIterator[tuple[AsyncPracSuite, dict[str, Any]]]:
    """A client of a server that answers ``answer["status"]`` and ``answer["body"]``."""
    answer: dict[str, Any] = {"status": 200, "body": {}}

    async def handle(request: web.Request) -> web.Response:
        if answer["body"] is None:
            return web.Response(status=answer["status"])
        return web.json_response(answer["body"], status=answer["status"])

    async with app_serving(handle) as url, client_at(f"{url}/v1/", max_retries=0) as ps:
        yield ps, answer


async def call(ps: AsyncPracSuite, name: str, op: Operation) -> Any:
    namespace, method_name = name.split(".")
    method: Callable[..., Any] = getattr(getattr(ps, namespace), method_name)
    ids = [1] * len(op.path_params)
    if isinstance(op, ListOperation):
        query: dict[str, Any] = {}
        if op.window is not None:
            query = {"from_": MONDAY, "to": MONDAY + timedelta(days=6), "appointment_type_id": 1}
        return await method(*ids, **query).to_list()
    if isinstance(op, GetOperation):
        return await method(*ids)
    return await method(*ids, **WRITES[name])


def test_the_fixture_covers_every_shared_operation() -> None:
    assert len(SHARED) >= 50  # the bundle declares 52 operations
    for name in SHARED:
        op = METHODS[name]
        if op.model is not None:
            assert VARIANTS.get(name, op.model.__name__) in RECORDS, name
        assert not isinstance(op, WriteOperation) or name in WRITES, name


@pytest.mark.parametrize("name", SHARED)
async def test_the_bundles_example_decodes(
    served: tuple[AsyncPracSuite, dict[str, Any]], name: str
) -> None:
    ps, answer = served
    op = METHODS[name]
    shaped = example_for(name, op)
    if shaped is None:  # an answer without a body: the bundle's 204
        answer.update(status=204, body=None)
        assert await call(ps, name, op) is None
        return
    answer.update(status=201 if isinstance(op, WriteOperation) else 200, body=shaped[0])
    result = await call(ps, name, op)
    record = result[0] if isinstance(op, ListOperation) else result
    assert type(record) is op.model
    example = shaped[1]
    read = {f.name for f in attrs.fields(op.model) if f.name in example}
    assert read, name
    # Every field the vendor documents (and the example fills) was read, none dropped.
    assert [f for f in sorted(read) if getattr(record, f) is None] == []


async def test_money_is_decimal_and_durations_are_models(
    served: tuple[AsyncPracSuite, dict[str, Any]],
) -> None:
    ps, answer = served
    fees = RECORDS["Item (get)"]["example"]
    answer["body"] = {**fees, "item_fees": [{"fee_cat_id": 2, "charge": 49.95, "discount": 0.1}]}
    item = await ps.items.get(1)
    assert item.item_fees is not None
    (fee,) = item.item_fees
    assert (fee.charge, fee.discount) == (Decimal("49.95"), Decimal("0.1"))
    assert type(fee.charge) is Decimal
    answer["body"] = RECORDS["AppointmentType (get)"]["example"]
    kind = await ps.appointment_types.get(1)
    assert kind.appointment_type_durations is not None
    assert kind.practitioner_appointment_type_durations is not None
    (default,) = kind.appointment_type_durations
    (override,) = kind.practitioner_appointment_type_durations
    assert type(default) is AppointmentTypeDuration
    assert type(override) is PractitionerAppointmentTypeDuration
    assert (override.practitioner_id, override.duration) == (0, 0)


async def test_the_bundles_own_appointment_type_example_decodes(
    served: tuple[AsyncPracSuite, dict[str, Any]],
) -> None:
    ps, answer = served
    answer["body"] = RECORDS["AppointmentType (get)"]["bundle_example"]
    kind = await ps.appointment_types.get(1)
    assert (kind.description, kind.telehealth) == ("Standard Consultation", True)
    assert kind.appointment_type_durations == (
        AppointmentTypeDuration(
            profession_id=1, duration=30, width=1, all_fee_cats=True, hourly_billing=True
        ),
        AppointmentTypeDuration(
            profession_id=1, duration=30, width=1, fee_cat_id=59, hourly_billing=False
        ),
    )
    assert kind.practitioner_appointment_type_durations is not None
    assert [d.fee_cat_id for d in kind.practitioner_appointment_type_durations] == [None, 1]


async def test_a_patient_account_without_account_id_decodes(
    served: tuple[AsyncPracSuite, dict[str, Any]],
) -> None:
    ps, answer = served
    example = RECORDS["PatientAccount"]["example"]
    assert "account_id" not in example  # the vendor's schema has none
    answer["body"] = example
    account = await ps.patient_accounts.get(1, 1)
    assert (account.account_id, account.short_description) == (None, "Private")
    answer["body"] = {"accounts": [RECORDS["PatientAccount"]["list_item"]], "total_entries": 1}
    (listed,) = await ps.patient_accounts.list_by_patient(1).to_list()
    assert listed.client_id == 1


@pytest.mark.parametrize(
    ("response", "error_class"),
    [
        ("BadRequest", BadRequestError),
        ("Unauthorised", PermissionDeniedError),  # the bundle's example status is 403
        ("Forbidden", PermissionDeniedError),
        ("NotFound", NotFoundError),
        ("Conflict", ConflictError),
        ("InvalidBody", UnprocessableEntityError),
        ("InternalServerError", InternalServerError),
    ],
)
async def test_the_bundles_error_bodies_become_typed_errors(
    served: tuple[AsyncPracSuite, dict[str, Any]],
    response: str,
    error_class: type[PracSuiteError],
) -> None:
    ps, answer = served
    body = FIXTURE["errors"][response]["example"]
    answer.update(status=body["error"]["status"], body=body)
    with pytest.raises(error_class) as info:
        await ps.appointments.reserve(**SLOT, duration=30)
    error: Any = info.value
    assert (error.code, error.detail) == (body["error"]["code"], body["error"]["detail"])
    assert not isinstance(error, AuthenticationError)
    if response == "Conflict":
        assert error.slot_taken
        assert error.code == ConflictError.SLOT_TAKEN
