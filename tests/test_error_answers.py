"""Odd answers end to end: writes whose success answer cannot be read, and error bodies in
shapes other than the documented one, served over real HTTP."""

import pickle
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager

import pytest
from aiohttp import web

from pracsuite_async import (
    AsyncPracSuite,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from pracsuite_async.sandbox import Fault, Sandbox

from .conftest import app_serving, client_at, client_for

VENDOR_KEY = "VENDOR-SECRET-123"
ACCOUNT_KEY = "ACCOUNT-SECRET-456"

Answer = tuple[int, Mapping[str, str], bytes]


@asynccontextmanager
async def serving(
    answers: Mapping[tuple[str, str], Answer],
) -> AsyncIterator[tuple[AsyncPracSuite, list[tuple[str, str]]]]:
    """A client of a tiny app answering (method, path) with canned (status, headers, body);
    also yields the list of requests it received. The sandbox only answers in the docs' shape.
    """
    seen: list[tuple[str, str]] = []

    async def answer(request: web.Request) -> web.StreamResponse:
        seen.append((request.method, request.path))
        status, headers, body = answers[(request.method, request.path)]
        return web.Response(status=status, headers=headers, body=body or None)

    async with (
        app_serving(answer) as url,
        client_at(f"{url}/v1/", vendor_key=VENDOR_KEY, api_key=ACCOUNT_KEY) as ps,
    ):
        yield ps, seen


JSON = {"Content-Type": "application/json"}
ACCEPTED = "the server accepted the request (status {}), so the write was most likely applied"


async def test_a_create_answered_201_without_a_body_says_it_was_applied() -> None:
    answers = {("POST", "/v1/patient"): (201, {"Location": "/v1/patient/77"}, b"")}
    async with serving(answers) as (ps, seen):
        with pytest.raises(ResponseValidationError) as info:
            await ps.patients.create(first_name="Ada", surname="Lovelace")
    error = info.value
    assert seen == [("POST", "/v1/patient")]  # sent once, never retried
    assert (error.status, error.body, error.write_accepted) == (201, b"", True)
    assert error.headers["Location"] == "/v1/patient/77"
    assert error.request.method == "POST"
    assert "response is not JSON: the body is empty" in str(error)
    assert ACCEPTED.format(201) in str(error)
    assert "do not re-send it blindly" in str(error)


async def test_an_update_answered_204_says_it_was_applied() -> None:
    async with serving({("PATCH", "/v1/patient/20"): (204, {}, b"")}) as (ps, seen):
        with pytest.raises(ResponseValidationError) as info:
            await ps.patients.update(20, first_name="Ada")
    assert seen == [("PATCH", "/v1/patient/20")]
    assert info.value.status == 204
    assert info.value.write_accepted
    assert ACCEPTED.format(204) in str(info.value)


async def test_a_write_answered_with_a_record_that_breaks_the_schema_says_it_was_applied() -> None:
    answers = {("POST", "/v1/patient"): (201, JSON, b'{"surname": "Lovelace"}')}
    async with serving(answers) as (ps, _):
        with pytest.raises(ResponseValidationError) as info:
            await ps.patients.create(first_name="Ada", surname="Lovelace")
    assert "Patient.client_id: required field missing" in str(info.value)
    assert ACCEPTED.format(201) in str(info.value)
    assert info.value.body == b'{"surname": "Lovelace"}'


async def test_a_garbled_create_from_the_sandbox_is_reported_once_as_accepted() -> None:
    async with Sandbox(sizes={"patient": 3}) as sb:
        sb.inject(Fault("garbage", path_contains="/patient"))
        async with client_for(sb) as ps:
            with pytest.raises(ResponseValidationError) as info:
                await ps.patients.create(first_name="Ada", surname="Lovelace")
        assert [(r.method, r.status) for r in sb.stats.request_log] == [("POST", 200)]
    assert info.value.status == 200
    assert info.value.write_accepted
    assert (info.value.body or b"").startswith(b"<html>")
    assert ACCEPTED.format(200) in str(info.value)


async def test_a_garbled_read_carries_the_status_but_no_write_warning() -> None:
    async with Sandbox(sizes={"patient": 3}) as sb:
        sb.inject(Fault("garbage"))
        async with client_for(sb) as ps:
            with pytest.raises(ResponseValidationError) as info:
                await ps.patients.get(1)
    assert info.value.status == 200
    assert info.value.headers["Content-Type"].startswith("text/html")
    assert not info.value.write_accepted
    assert str(info.value).endswith(f"({info.value.request}) [status 200]")
    assert "accepted" not in str(info.value)


@pytest.mark.parametrize(
    ("answer", "error", "message"),
    [
        (
            (401, JSON, b'{"message":"Unauthorized"}'),
            AuthenticationError,
            "401: Unauthorized (check the vendor key",
        ),
        (
            (422, JSON, b'{"error":{"code":"INVALID_REQUEST","title":"surname is required"}}'),
            UnprocessableEntityError,
            "422 INVALID_REQUEST: surname is required [GET ",
        ),
        (
            (502, {"Content-Type": "text/html"}, b"<html><body>Bad Gateway</body></html>"),
            InternalServerError,
            "502: <html><body>Bad Gateway</body></html> [GET ",
        ),
        ((404, JSON, b'{"error":"no such patient"}'), NotFoundError, "404: no such patient [GET "),
    ],
)
async def test_error_bodies_in_other_shapes_keep_the_servers_explanation(
    answer: Answer, error: type[Exception], message: str
) -> None:
    async with serving({("GET", "/v1/patient/1"): answer}) as (ps, _):
        with pytest.raises(error) as info:
            await ps.patients.get(1, max_retries=0)
    assert message in str(info.value)
    shown = str(info.value) + repr(info.value) + repr(pickle.dumps(info.value))
    assert VENDOR_KEY not in shown
    assert ACCOUNT_KEY not in shown


async def test_response_headers_are_read_whatever_their_case() -> None:
    # HTTP/2 proxies send every header name in lower case; Retry-After must still count.
    answers = {("GET", "/v1/patient/1"): (429, {"retry-after": "7"}, b"{}")}
    async with serving(answers) as (ps, _):
        with pytest.raises(RateLimitError) as info:
            await ps.patients.get(1, max_retries=0)
        assert ps.rate_limiter.paused_for > 6  # the whole client honours it, too
    assert info.value.retry_after == 7.0
    assert info.value.headers["Retry-After"] == "7"
    assert pickle.loads(pickle.dumps(info.value)).retry_after == 7.0
