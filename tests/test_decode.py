"""Response bodies to typed records: strict types, unknown fields ignored, clear errors."""

from datetime import UTC, date, datetime

import pytest

from pracsuite_async import LocalDateTime, Patient, Resource, ResponseValidationError
from pracsuite_async._convert import structure
from pracsuite_async._decode import decode_page, decode_record, loads
from pracsuite_async._errors import RequestInfo

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
