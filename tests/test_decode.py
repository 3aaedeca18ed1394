"""Response bodies to typed records: strict types, unknown fields ignored, clear errors."""

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest

from pracsuite_async import ResponseValidationError
from pracsuite_async._convert import structure
from pracsuite_async._decode import (
    decode_page,
    decode_page_bytes,
    decode_record,
    decode_record_bytes,
    loads,
)
from pracsuite_async._errors import RequestInfo
from pracsuite_async._operations import ListOperation
from pracsuite_async._tags import METHODS
from pracsuite_async.sandbox import Sandbox
from pracsuite_async.types import LocalDateTime, Patient, Resource

from .conftest import keyed_session

REQUEST = RequestInfo(method="GET", url="https://api.pracsuite.com/v1/patient?page=2")


def page_body(items: list[object], **extra: object) -> dict[str, object]:
    return {"clients": items, "total_entries": 120, **extra}


def test_a_page_decodes_items_total_and_links() -> None:
    body = page_body(
        [{"client_id": 1, "row_num": 51, "total_rows": 120}],
        links={"self": "https://x/p?page=2", "previous": "https://x/p?page=1", "next": None},
    )
    page = decode_page(
        body, list_key="clients", model=Patient, page_size=50, number=2, request=REQUEST
    )
    assert page.items == (Patient(client_id=1),)
    assert page.items[0].row_num == 51
    assert (page.number, page.total_entries, page.page_size) == (2, 120, 50)
    assert page.links.current == "https://x/p?page=2"
    assert page.links.previous == "https://x/p?page=1"
    assert page.links.next is None


@pytest.mark.parametrize("links", [None, {}, {"self": "https://x/p?page=1"}])
def test_links_may_be_absent_or_partial(links: object) -> None:
    body = page_body([]) if links is None else page_body([], links=links)
    page = decode_page(
        body, list_key="clients", model=Patient, page_size=50, number=1, request=REQUEST
    )
    assert page.links.next is None
    assert page.links.previous is None


def test_unknown_fields_are_ignored() -> None:
    record = decode_record(
        {"resource_id": 4, "colour": "teal", "nested": {"a": [1]}}, Resource, REQUEST
    )
    assert record == Resource(resource_id=4)


def test_timestamps_are_aware_and_local_times_naive() -> None:
    patient = decode_record(
        {
            "client_id": 1,
            "file_created": "2020-09-12T11:09:42.687393Z",
            "date_of_birth": "1990-02-03",
        },
        Patient,
        REQUEST,
    )
    assert patient.file_created == datetime(2020, 9, 12, 11, 9, 42, 687393, tzinfo=UTC)
    assert patient.date_of_birth == date(1990, 2, 3)
    assert structure("2026-01-01T12:05:30", LocalDateTime) == datetime(2026, 1, 1, 12, 5, 30)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"client_id": "12"}, "Patient.client_id: expected an integer, got str: '12'"),
        ({"client_id": 12.0}, "Patient.client_id: expected an integer, got float"),
        ({"client_id": True}, "Patient.client_id: expected an integer, got bool"),
        ({}, "Patient.client_id: required field missing"),
        ({"client_id": None}, "Patient.client_id: must not be null"),
        ({"client_id": 1, "surname": 5}, "Patient.surname: expected a string, got int"),
        ({"client_id": 1, "archive": "no"}, "Patient.archive: expected a boolean"),
        ({"client_id": 1, "file_created": "last week"}, "Patient.file_created: Invalid isoformat"),
        ({"client_id": 1, "date_of_birth": 19900203}, "Patient.date_of_birth: expected a string"),
        ({"client_id": 1, "links": ["x"]}, "Patient.links: expected an object, got list"),
    ],
)
def test_schema_violations_name_the_field(body: dict[str, object], message: str) -> None:
    with pytest.raises(ResponseValidationError, match=message) as info:
        decode_record(body, Patient, REQUEST)
    assert info.value.request is REQUEST
    assert REQUEST.url in str(info.value)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {"total_entries": 3},
            "list key 'clients' missing or not a list \\(found: total_entries\\)",
        ),
        ({"clients": {"client_id": 1}}, "list key 'clients' missing or not a list"),
        ({"clients": [], "total_entries": "3"}, "total_entries must be a non-negative integer"),
        ({"clients": [], "total_entries": -1}, "total_entries must be a non-negative integer"),
        ({"clients": [], "links": {"next": 5}}, "links.next must be a URL"),
        ({"clients": [{"client_id": "x"}]}, "Patient.client_id: expected an integer"),
        (["not", "an", "object"], "expected a JSON object with 'clients', got list"),
    ],
)
def test_malformed_pages_raise_response_validation_error(body: object, message: str) -> None:
    with pytest.raises(ResponseValidationError, match=message):
        decode_page(
            body, list_key="clients", model=Patient, page_size=50, number=1, request=REQUEST
        )


@pytest.mark.parametrize("raw", [b"<html>oops</html>", b'{"clients": [', b""])
def test_non_json_bodies_raise_response_validation_error(raw: bytes) -> None:
    with pytest.raises(ResponseValidationError, match="response is not JSON"):
        loads(raw, REQUEST)


FAST_PAGE = (
    b'{"clients": [{"client_id": 1, "file_created": "2020-09-12T11:09:42.687393Z",'
    b' "date_of_birth": "1990-02-03", "surname": "Lovelace", "links": {"self": "https://api'
    b'.pracsuite.com/v1/patient/1"}, "row_num": 1, "total_rows": 2, "new_field": [1]},'
    b' {"client_id": 2, "archive": true}], "total_entries": 2,'
    b' "links": {"self": "https://api.pracsuite.com/v1/patient?page=1"}}'
)


def test_the_bytes_path_gives_the_same_page_as_the_strict_path() -> None:
    fast = decode_page_bytes(
        FAST_PAGE, list_key="clients", model=Patient, page_size=50, number=1, request=REQUEST
    )
    strict = decode_page(
        json.loads(FAST_PAGE),
        list_key="clients",
        model=Patient,
        page_size=50,
        number=1,
        request=REQUEST,
    )
    assert fast == strict
    assert [p.row_num for p in fast.items] == [1, None]
    assert fast.items[0].links == {"self": "https://api.pracsuite.com/v1/patient/1"}


def test_a_timestamp_without_offset_is_read_as_utc_on_the_bytes_path_too() -> None:
    body = b'{"clients": [{"client_id": 1, "file_created": "2020-09-12T11:09:42"}]}'
    page = decode_page_bytes(
        body, list_key="clients", model=Patient, page_size=50, number=1, request=REQUEST
    )
    assert page.items[0].file_created == datetime(2020, 9, 12, 11, 9, 42, tzinfo=UTC)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"clients": [{"client_id": "7"}]}', "Patient.client_id: expected an integer"),
        (b'{"clients": [{"surname": "x"}]}', "Patient.client_id: required field missing"),
        (b'{"clients": [], "total_entries": -1}', "total_entries must be a non-negative"),
        (b'{"clients": [], "links": {"next": 5}}', "links.next must be a URL"),
        (b"<html>", "response is not JSON"),
    ],
)
def test_the_bytes_path_words_violations_like_the_strict_path(body: bytes, message: str) -> None:
    with pytest.raises(ResponseValidationError, match=message):
        decode_page_bytes(
            body, list_key="clients", model=Patient, page_size=50, number=1, request=REQUEST
        )


def test_one_record_from_bytes() -> None:
    body = b'{"client_id": 3, "file_created": "2020-09-12T11:09:42z"}'
    patient = decode_record_bytes(body, Patient, REQUEST)
    assert patient.file_created == datetime(2020, 9, 12, 11, 9, 42, tzinfo=UTC)
    with pytest.raises(ResponseValidationError, match=r"Patient\.client_id: must not be null"):
        decode_record_bytes(b'{"client_id": null}', Patient, REQUEST)


@pytest.mark.parametrize("raw", [b"", b" \r\n"])
def test_an_empty_body_is_named_as_such(raw: bytes) -> None:
    with pytest.raises(ResponseValidationError, match="response is not JSON: the body is empty"):
        decode_record_bytes(raw, Patient, REQUEST)


def test_a_decode_error_is_completed_with_the_response_it_came_from() -> None:
    with pytest.raises(ResponseValidationError) as info:
        decode_record_bytes(b"[]", Patient, REQUEST)
    bare = info.value
    assert (bare.status, bare.headers, bare.body) == (None, {}, None)
    assert str(bare) == f"expected a JSON object for Patient, got list ({REQUEST})"
    full = bare.with_response(status=200, headers={"Content-Type": "text/plain"}, body=b"[]")
    assert (full.status, full.headers, full.body) == (200, {"Content-Type": "text/plain"}, b"[]")
    assert full.request is REQUEST
    assert str(full) == f"{bare} [status 200]"
    assert not full.write_accepted


TOP_LEVEL_LISTS = sorted(
    name
    for name, op in METHODS.items()
    if isinstance(op, ListOperation) and "{" not in op.path and op.window is None
)


@pytest.mark.parametrize("method", TOP_LEVEL_LISTS)
async def test_every_list_decodes_from_bytes_as_the_strict_path_does(
    sandbox: Sandbox, method: str
) -> None:
    op = METHODS[method]
    assert isinstance(op, ListOperation)
    url = f"{sandbox.url}{op.path.lstrip('/')}?page=1&page_size=100"
    async with keyed_session(sandbox) as http, http.get(url) as r:
        assert r.status == 200
        body = await r.read()
    settings: dict[str, Any] = {
        "list_key": op.list_key,
        "model": op.model,
        "page_size": 100,
        "number": 1,
        "request": REQUEST,
    }
    fast = decode_page_bytes(body, **settings)
    strict = decode_page(json.loads(body), **settings)
    assert fast == strict
    assert fast.items  # something was compared
    assert {type(item) for item in fast.items} == {op.model}  # exact, frozen models
