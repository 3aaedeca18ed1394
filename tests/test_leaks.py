"""API keys never leave the client, and patient data stays out of messages, logs and reprs.

The servers here echo what they are sent, answer garbage status lines and oversized headers,
as a broken proxy would; keys and patient data must be nowhere in what a user's error
tracker or log shipper would see.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiohttp import web

from pracsuite_async import (
    APIConnectionError,
    APIStatusError,
    AsyncPracSuite,
    BadRequestError,
    Filter,
    PracSuiteError,
)
from tests.conftest import app_serving, client_at

VENDOR = "vendor-key-0123456789abcdef"
ACCOUNT = "account-key-fedcba9876543210"
KEYS = {"vendor_key": VENDOR, "api_key": ACCOUNT}


def chain(exc: BaseException) -> Iterator[BaseException]:
    """Every exception reachable from ``exc`` through __cause__ and __context__."""
    todo, seen = [exc], set()
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo.extend(e for e in (current.__cause__, current.__context__) if e is not None)


def shown(exc: BaseException) -> str:
    """What an error tracker records: message, repr, and the attributes of the whole chain."""
    parts = []
    for e in chain(exc):
        parts += [str(e), repr(e), repr(e.args)]
        parts += [f"{k}={v!r}" for k, v in vars(e).items()]
        parts += [repr(getattr(e, name, None)) for name in ("request_info", "headers", "body")]
    return "\n".join(parts)


def assert_no_keys(exc: BaseException) -> None:
    text = shown(exc)
    assert VENDOR not in text
    assert ACCOUNT not in text


@asynccontextmanager
async def answering(handler: Any, **settings: Any) -> AsyncIterator[AsyncPracSuite]:
    async with (
        app_serving(handler) as url,
        client_at(f"{url}/v1/", **{**KEYS, **settings}) as ps,
    ):
        yield ps


async def test_a_server_echoing_the_keys_in_its_error_gets_them_scrubbed_everywhere() -> None:
    async def handler(request: web.Request) -> web.Response:
        echoed = f"bad keys {request.headers['x-api-key']} / {request.headers['A-api-key']}"
        return web.json_response(
            {"error": {"code": "UNAUTHORIZED", "detail": echoed, "title": echoed}},
            status=401,
            headers={"X-Echo": request.headers["A-api-key"]},
        )

    async with answering(handler, max_retries=0) as ps:
        with pytest.raises(APIStatusError) as caught:
            await ps.patients.get(1)
    exc = caught.value
    assert_no_keys(exc)
    assert "bad keys *** / ***" in str(exc)
    assert exc.detail == "bad keys *** / ***"
    assert exc.headers["X-Echo"] == "***"


CALLS: dict[str, Any] = {
    "get": lambda ps: ps.patients.get(1),
    "list": lambda ps: ps.patients.list(limit=1).to_list(),
    "create": lambda ps: ps.patients.create(first_name="Ann", surname="Lee"),
    "with_raw_response.get": lambda ps: ps.patients.with_raw_response.get(1),
    "with_raw_response.create": lambda ps: ps.patients.with_raw_response.create(
        first_name="Ann", surname="Lee"
    ),
    "request": lambda ps: ps.request("GET", "/patient/1"),
    "paginate": lambda ps: ps.paginate("/patient", list_key="clients").to_list(),
}


@pytest.mark.parametrize("call", CALLS.values(), ids=CALLS.keys())
async def test_every_kind_of_call_masks_keys_a_server_echoes_in_its_error(call: Any) -> None:
    async def handler(request: web.Request) -> web.Response:
        echoed = f"unknown key {request.headers['x-api-key']}"
        return web.json_response({"error": {"code": "NOT_FOUND", "detail": echoed}}, status=404)

    async with answering(handler, max_retries=0) as ps:
        with pytest.raises(APIStatusError) as caught:
            await call(ps)
    assert_no_keys(caught.value)
    assert caught.value.detail == "unknown key ***"


async def test_a_server_echoing_the_keys_in_a_success_body_that_fails_to_decode() -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response({"client_id": request.headers["x-api-key"]})

    async with answering(handler) as ps:
        with pytest.raises(PracSuiteError) as caught:
            await ps.patients.get(1)
    assert_no_keys(caught.value)


@asynccontextmanager
async def raw_server(reply: bytes) -> AsyncIterator[str]:
    """A TCP server answering every request with ``reply`` (not HTTP, or broken HTTP)."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(reply)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/v1/"
    finally:
        server.close()
        await server.wait_closed()


# What a broken proxy or the wrong service answers; aiohttp's errors quote the request.
BROKEN_REPLIES = pytest.mark.parametrize(
    "reply",
    [
        b"HTTP/1.1 99999 garbage\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n",
        b"SSH-2.0-OpenSSH_9.6\r\n",
    ],
    ids=["garbage-status-line", "oversized-header", "not-http"],
)


@BROKEN_REPLIES
async def test_no_key_is_reachable_through_the_exception_chain(reply: bytes) -> None:
    async with raw_server(reply) as url, client_at(url, **KEYS, max_retries=1) as ps:
        with pytest.raises(APIConnectionError) as caught:
            await ps.patients.get(1)
    assert_no_keys(caught.value)


# --------------------------------------------------------------------------------------------
# Patient data: filter values redacted in messages and log lines unless the user opts in


async def _filtered_error(ps: AsyncPracSuite) -> BadRequestError:
    with pytest.raises(BadRequestError) as caught:
        await ps.patients.list(filters=[Filter.eq("email", "jane.doe@example.com")]).to_list()
    return caught.value


async def _refuse(request: web.Request) -> web.Response:
    return web.json_response({"error": {"code": "INVALID_PARAMS"}}, status=400)


async def test_filter_values_are_redacted_in_messages_and_log_lines(
    caplog: pytest.LogCaptureFixture,
) -> None:
    failed_once = False

    async def handler(request: web.Request) -> web.Response:
        nonlocal failed_once
        if not failed_once:  # one retry, so the retry's INFO line is logged too
            failed_once = True
            return web.json_response({"error": {"code": "OOPS"}}, status=500)
        return await _refuse(request)

    caplog.set_level(logging.DEBUG, logger="pracsuite_async")
    async with answering(handler) as ps:
        exc = await _filtered_error(ps)
    assert "q[]=email:=<redacted>" in str(exc)
    assert "jane.doe" not in shown(exc)
    assert caplog.records, "the request was logged"
    assert "jane.doe" not in caplog.text
    assert "q[]=email:=<redacted>" in caplog.text


@pytest.mark.parametrize(
    "opt_in",
    [{"show_phi": True}, {"environ": {"PRACSUITE_SHOW_PHI": "1"}}],
    ids=["client-option", "environment"],
)
async def test_patient_data_shows_only_when_the_user_opts_in(opt_in: dict[str, Any]) -> None:
    async with answering(_refuse, **opt_in) as ps:
        exc = await _filtered_error(ps)
    assert "q[]=email:=jane.doe@example.com" in str(exc)


PATIENT = {
    "client_id": 42,
    "first_name": "Jane",
    "surname": "Citizenship",
    "date_of_birth": "1961-07-14",
    "email": "jane.doe@example.com",
    "mobile": "0412345678",
    "address_1": "12 Wattle Grove",
    "medicare_no": "2123456701",
    "dva_no": "NX123456",
    "patient_notes": "allergic to penicillin",
}


async def _patient(**settings: Any) -> object:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response(PATIENT)

    async with answering(handler, **settings) as ps:
        return await ps.patients.get(42)


async def test_a_patient_repr_leaves_out_names_contacts_identifiers_and_notes() -> None:
    text = repr(await _patient())
    assert "client_id=42" in text
    hidden = ("first_name", "surname", "date_of_birth", "email", "mobile", "address_1")
    for field in (*hidden, "medicare_no", "dva_no", "patient_notes"):
        assert str(PATIENT[field]) not in text, field


async def test_a_patient_repr_shows_everything_when_the_user_opts_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PRACSUITE_SHOW_PHI", "1")
    text = repr(await _patient())
    assert "first_name='Jane'" in text
    assert "medicare_no='2123456701'" in text
