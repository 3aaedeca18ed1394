"""The pure core: requests built and responses read with no event loop and no socket.

Every test here is a plain function; an autouse fixture makes opening a socket fail, so a
decision that needed the network would show up as an error.
"""

from __future__ import annotations

import ast
import asyncio
import json
import socket
from pathlib import Path

import pytest
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

import pracsuite_async
from pracsuite_async import (
    APIConnectionError,
    APITimeoutError,
    NotFoundError,
    PaginationError,
    PracSuiteValueError,
    RateLimitError,
    RawResponse,
    Request,
    RequestInfo,
    Response,
    ResponseValidationError,
    Timeout,
    WriteOutcomeUnknownError,
)
from pracsuite_async._backend import Lost, SendError
from pracsuite_async._config import Secret
from pracsuite_async._core import (
    Endpoint,
    get_request,
    lost_failure,
    page_request,
    read_page,
    read_record,
    status_failure,
    throttle_pause,
    user_agent,
    waits_too_long,
    write_request,
)
from pracsuite_async._datatypes import new_raw_response, new_response
from pracsuite_async._operations import GetOperation, Param, WriteOperation
from pracsuite_async._retry import Outcome, RetryPolicy
from pracsuite_async._wire import FilterFormat, ListQuery
from pracsuite_async.types import Patient

BASE = URL("https://api.pracsuite.com/v1/")
GET_PATIENT = GetOperation(operation_id="getPatient", path="/patient/{client_id}", model=Patient)
CREATE_PATIENT = WriteOperation(
    operation_id="createPatient",
    method="POST",
    path="/patient",
    model=Patient,
    body=(
        Param(name="first_name", format=FilterFormat.STRING, required=True),
        Param(name="preferred_phone", format=FilterFormat.INTEGER, choices=(1, 3)),
    ),
)
PATIENT = {"client_id": 7, "first_name": "Ada", "surname": "Lovelace"}


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pure core opened a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    with pytest.raises(RuntimeError):
        asyncio.get_running_loop()  # these tests run outside any event loop
    return


@pytest.fixture
def endpoint() -> Endpoint:
    return Endpoint(
        base_url=BASE,
        vendor_key=Secret("vendor-SECRET"),
        api_key=Secret("account-SECRET"),
        user_agent=user_agent("test-backend/1", "app/2"),
        timeout=Timeout(),
    )


def answer(request: Request, status: int, payload: object, **headers: str) -> Response:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return new_response(status, CIMultiDict(headers), body, request.info, 0.01)


# --------------------------------------------------------------------------------------------
# Building requests


def test_a_get_carries_both_keys_accept_and_the_user_agent_and_no_body(endpoint: Endpoint) -> None:
    request = get_request(endpoint, GET_PATIENT, {"client_id": 7})
    assert (request.method, str(request.url), request.body) == (
        "GET",
        "https://api.pracsuite.com/v1/patient/7",
        None,
    )
    assert request.headers["x-api-key"] == "vendor-SECRET"
    assert request.headers["A-api-key"] == "account-SECRET"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"].startswith("app/2 pracsuite-async/")
    assert " test-backend/1 " in request.headers["User-Agent"]
    assert "Content-Type" not in request.headers
    assert request.info == RequestInfo(method="GET", url="https://api.pracsuite.com/v1/patient/7")
    assert request.timeout == Timeout()


def test_a_request_never_shows_the_keys(endpoint: Endpoint) -> None:
    request = get_request(endpoint, GET_PATIENT, {"client_id": 7})
    for text in (repr(request), str(request), repr(endpoint), str(request.info)):
        assert "SECRET" not in text


def test_a_write_sends_its_checked_body_as_json(endpoint: Endpoint) -> None:
    request = write_request(
        endpoint, CREATE_PATIENT, {}, {"first_name": "Ada"}, method="patients.create", timeout=5
    )
    assert (request.method, str(request.url)) == ("POST", "https://api.pracsuite.com/v1/patient")
    assert request.headers["Content-Type"] == "application/json"
    assert request.body is not None
    assert json.loads(request.body) == {"first_name": "Ada"}
    assert request.timeout == Timeout.coerce(5)


@pytest.mark.parametrize(
    ("ids", "values", "message"),
    [
        ({}, {}, "patients.create\\(\\) argument 'first_name' is required"),
        ({}, {"first_name": "Ada", "preferred_phone": 2}, "must be one of 1, 3, got 2"),
    ],
)
def test_bad_arguments_are_refused_while_building(
    endpoint: Endpoint, ids: dict[str, object], values: dict[str, object], message: str
) -> None:
    with pytest.raises(PracSuiteValueError, match=message):
        write_request(endpoint, CREATE_PATIENT, ids, values, method="patients.create")


@pytest.mark.parametrize("bad", [0, -1, True, "7", 7.0])
def test_a_bad_id_is_refused_while_building(endpoint: Endpoint, bad: object) -> None:
    with pytest.raises(PracSuiteValueError, match="client_id must be"):
        get_request(endpoint, GET_PATIENT, {"client_id": bad})


def test_every_id_of_a_path_is_filled_in_and_a_missing_one_is_named(endpoint: Endpoint) -> None:
    nested = GetOperation(
        operation_id="getResource",
        path="/appointment/{appointment_id}/resource/{resource_id}",
        model=Patient,
    )
    request = get_request(endpoint, nested, {"appointment_id": 12, "resource_id": 3})
    assert request.url.raw_path == "/v1/appointment/12/resource/3"
    with pytest.raises(PracSuiteValueError, match="missing path parameter resource_id"):
        get_request(endpoint, nested, {"appointment_id": 12})


@pytest.mark.parametrize("template", ['/patient/{client_id}"', "/patient/{client_id}/%s", "/a b"])
def test_a_path_template_with_characters_a_path_never_has_is_refused(
    endpoint: Endpoint, template: str
) -> None:
    odd = GetOperation(operation_id="getOdd", path=template, model=Patient)
    with pytest.raises(PracSuiteValueError, match="unexpected characters in path template"):
        get_request(endpoint, odd, {"client_id": 1})


def test_a_page_request_puts_the_query_in_the_docs_order(endpoint: Endpoint) -> None:
    query = ListQuery(page_size=20, sort_by=("surname",), filters=("surname:=Lovelace",))
    request = page_request(endpoint, "patient", query, 3, timeout=None)
    assert request.url.raw_query_string == (
        "page=3&page_size=20&sort_by=%5B%22surname%22%5D&q%5B%5D=surname%3A%3DLovelace"
    )
    assert request.info.url == str(request.url)  # what errors show is what was sent


@pytest.mark.parametrize(
    "root",
    [
        "https://api.pracsuite.com/v1/",
        "https://api.pracsuite.com:8443/v1/",
        "https://api.pracsuite.com/",
        "http://127.0.0.1:8080/proxy/v1%20beta/",
        "https://[::1]:8443/v1/",
        "https://bücher.example/v1/",
    ],
)
def test_the_url_sent_is_the_url_shown(root: str) -> None:
    # Requests are built from the root's parts, not by parsing their text: both must agree.
    endpoint = Endpoint(
        base_url=URL(root),
        vendor_key=Secret("v"),
        api_key=Secret("a"),
        user_agent="ua",
        timeout=Timeout(),
    )
    query = ListQuery(page_size=20, sort_by=("surname",), filters=("surname:=O'Brien & co",))
    requests = [
        get_request(endpoint, GET_PATIENT, {"client_id": 7}),
        page_request(endpoint, "patient", query, 2, timeout=None),
    ]
    for request in requests:
        assert request.url == URL(request.info.url, encoded=True)
        assert str(request.url) == request.info.url
        assert (request.url.host, request.url.port) == (
            endpoint.base_url.host,
            endpoint.base_url.port,
        )
        assert request.url.raw_path.startswith(endpoint.base_url.raw_path)


def test_the_request_path_builds_the_same_objects_as_their_classes(endpoint: Endpoint) -> None:
    # The request path stores the slots of these frozen classes directly (it is cheaper per
    # request); users must not be able to tell.
    request = write_request(
        endpoint, CREATE_PATIENT, {}, {"first_name": "Ada"}, method="patients.create"
    )
    twin = Request(
        method=request.method,
        url=request.url,
        headers=request.headers,
        body=request.body,
        timeout=request.timeout,
        max_response_bytes=request.max_response_bytes,
        info=RequestInfo(method="POST", url=str(request.url)),
    )
    assert (request, repr(request)) == (twin, repr(twin))
    assert request.info == twin.info
    raw = RawResponse(status=200, headers={"X-Request-Id": "r-1"}, body=b"{}")
    assert new_raw_response(200, CIMultiDictProxy(CIMultiDict(raw.headers)), b"{}") == raw
    response = new_response(200, raw.headers, b"{}", request.info, 0.5)
    same = Response(status=200, headers=raw.headers, body=b"{}", request=twin.info, elapsed=0.5)
    assert (response, repr(response)) == (same, repr(same))
    with pytest.raises(AttributeError):
        response.status = 500  # type: ignore[misc]  # still frozen


def test_a_next_link_on_the_api_host_is_followed(endpoint: Endpoint) -> None:
    request = endpoint.link("https://api.pracsuite.com/v1/patient?page=2&page_size=50")
    assert (request.method, request.headers["x-api-key"]) == ("GET", "vendor-SECRET")


@pytest.mark.parametrize(
    "link",
    [
        "https://evil.example/v1/patient?page=2",  # another host
        "https://api.pracsuite.com:8443/v1/patient?page=2",  # another port
        "http://api.pracsuite.com/v1/patient?page=2",  # plain http: the keys in the clear
    ],
)
def test_a_next_link_off_the_api_host_is_refused_before_any_request(
    endpoint: Endpoint, link: str
) -> None:
    with pytest.raises(PaginationError, match="leads off the API host"):
        endpoint.link(link)


# --------------------------------------------------------------------------------------------
# Reading responses


def test_a_success_becomes_the_record_and_the_response_keeps_what_the_server_said(
    endpoint: Endpoint,
) -> None:
    request = get_request(endpoint, GET_PATIENT, {"client_id": 7})
    response = answer(request, 200, PATIENT, **{"x-amzn-RequestId": "abc-123"})
    record = read_record(response, Patient)
    assert (record.client_id, record.first_name) == (7, "Ada")
    assert response.status == 200
    assert response.request_id == "abc-123"
    assert response.headers["X-AMZN-REQUESTID"] == "abc-123"  # any case
    assert response.request == request.info  # method and URL, never the keys
    assert response.elapsed == 0.01


def test_no_request_id_header_means_none(endpoint: Endpoint) -> None:
    request = get_request(endpoint, GET_PATIENT, {"client_id": 7})
    assert answer(request, 200, PATIENT).request_id is None
    assert answer(request, 200, PATIENT, **{"X-Request-Id": "r-9"}).request_id == "r-9"


def test_an_error_status_becomes_its_typed_error(endpoint: Endpoint) -> None:
    request = get_request(endpoint, GET_PATIENT, {"client_id": 7})
    body = {"error": {"status": 404, "code": "NOT_FOUND", "detail": "no such patient"}}
    with pytest.raises(NotFoundError) as info:
        read_record(answer(request, 404, {**body, "request_id": "r-1"}), Patient)
    assert (info.value.status, info.value.code, info.value.request_id) == (404, "NOT_FOUND", "r-1")
    assert info.value.request == request.info


def test_a_body_off_the_schema_carries_the_response(endpoint: Endpoint) -> None:
    request = write_request(endpoint, CREATE_PATIENT, {}, {"first_name": "A"}, method="create")
    with pytest.raises(ResponseValidationError) as info:
        read_record(answer(request, 201, b"<html>"), Patient)
    assert (info.value.status, info.value.body) == (201, b"<html>")
    assert info.value.write_accepted  # a 2xx to a POST: do not re-send it


def test_a_page_knows_its_number_resolves_its_links_and_carries_its_response(
    endpoint: Endpoint,
) -> None:
    request = page_request(endpoint, "patient", ListQuery(page_size=1), 2, timeout=None)
    payload = {
        "clients": [PATIENT],
        "total_entries": 3,
        "links": {"self": "patient?page=2&page_size=1", "next": "patient?page=3&page_size=1"},
    }
    response = answer(request, 200, payload)
    page = read_page(response, list_key="clients", model=Patient, page_size=1)
    assert (page.number, page.total_entries, len(page)) == (2, 3, 1)
    assert page.links.next == "https://api.pracsuite.com/v1/patient?page=3&page_size=1"
    assert page.response is response


# --------------------------------------------------------------------------------------------
# Retry verdicts from what an attempt got


def test_a_429_is_retried_after_its_retry_after_and_pauses_the_client_at_most_the_cap(
    endpoint: Endpoint,
) -> None:
    request = write_request(endpoint, CREATE_PATIENT, {}, {"first_name": "A"}, method="create")
    failure = status_failure(answer(request, 429, {}, **{"Retry-After": "7200"}))
    assert failure is not None
    assert isinstance(failure.error, RateLimitError)
    assert (failure.outcome, failure.status, failure.retry_after) == (Outcome.STATUS, 429, 7200)
    # Beyond max_retry_after: raised at once, and no caller of the client is paused.
    assert waits_too_long(failure, 120.0)
    assert throttle_pause(failure, 120.0) is None
    assert not waits_too_long(failure, 7200.0)
    assert throttle_pause(failure, 7200.0) == 7200
    policy = RetryPolicy()
    # A 429 was refused unprocessed: even a write may be sent again.
    assert policy.should_retry(method="POST", attempt=0, outcome=Outcome.STATUS, status=429)
    assert policy.delay(0, retry_after=failure.retry_after) == policy.max_retry_after


def test_a_success_is_no_failure(endpoint: Endpoint) -> None:
    request = get_request(endpoint, GET_PATIENT, {"client_id": 7})
    assert status_failure(answer(request, 200, PATIENT)) is None


@pytest.mark.parametrize(
    ("method", "lost", "outcome", "error", "retried"),
    [
        ("GET", Lost.CONNECT, Outcome.CONNECT_FAILED, APIConnectionError, True),
        ("POST", Lost.CONNECT, Outcome.CONNECT_FAILED, APIConnectionError, True),
        ("GET", Lost.DROPPED, Outcome.CONNECTION_LOST, APIConnectionError, True),
        ("POST", Lost.DROPPED, Outcome.CONNECTION_LOST, WriteOutcomeUnknownError, False),
        ("GET", Lost.TIMEOUT, Outcome.TIMEOUT, APITimeoutError, True),
        ("PATCH", Lost.TIMEOUT, Outcome.TIMEOUT, WriteOutcomeUnknownError, False),
        ("GET", Lost.TLS, None, APIConnectionError, False),
    ],
)
def test_a_request_without_an_answer_is_worded_and_retried_only_when_safe(
    method: str,
    lost: Lost,
    outcome: Outcome | None,
    error: type[Exception],
    retried: bool,
) -> None:
    request = RequestInfo(method=method, url="https://api.pracsuite.com/v1/patient")
    failure = lost_failure(request, SendError(lost, "reset by peer"))
    assert failure.outcome is outcome
    assert type(failure.error) is error
    assert str(request) in str(failure.error)
    verdict = failure.outcome is not None and RetryPolicy().should_retry(
        method=method, attempt=0, outcome=failure.outcome
    )
    assert verdict is retried
    if error is WriteOutcomeUnknownError:
        assert "was not re-sent" in str(failure.error)


def test_only_the_aiohttp_backend_imports_aiohttp() -> None:
    package = Path(pracsuite_async.__file__).parent
    importing = set()
    for path in package.rglob("*.py"):
        if "sandbox" in path.relative_to(package).parts:
            continue  # the sandbox is an aiohttp.web server
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom) and node.level == 0
                else []
            )
            if any(name.split(".")[0] == "aiohttp" for name in names):
                importing.add(path.relative_to(package).as_posix())
    assert importing == {"_aiohttp_backend.py"}
