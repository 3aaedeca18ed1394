"""``extra_query``, ``extra_headers`` and ``extra_body``: sent as given, on every method."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote

import pytest
from aiohttp import web

from pracsuite_async import AsyncPracSuite, PracSuiteValueError

from .conftest import app_serving, client_at

BOOKING: dict[str, Any] = {
    "client_id": 3,
    "account_id": 1,
    "appointment_type_id": 2,
    "practitioner_id": 3,
    "business_id": 1,
    "app_time": datetime(2026, 3, 3, 9, 30),
    "duration": 45,
}


class Recorder:
    """A stand-in API that records each request as it arrived."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict[str, str], Any]] = []

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.json() if request.can_read_body else None
        self.requests.append((request.method, request.raw_path, dict(request.headers), body))
        if request.path.endswith("/appointment"):
            return web.json_response({"appointment_id": 11, **(body or {})}, status=201)
        if request.path == "/v1/patient":
            page = int(request.query["page"])
            return web.json_response(
                {"clients": [{"client_id": page}], "total_entries": 2, "links": {}}
            )
        return web.json_response({"client_id": 7})


@pytest.fixture
async def api() -> Any:
    recorder = Recorder()
    async with app_serving(recorder.handle) as url, client_at(url + "/v1/") as ps:
        yield recorder, ps


async def test_extra_query_reaches_the_wire_byte_for_byte(api: Any) -> None:
    recorder, ps = api
    odd = {"expand": "a b&c=d", "ünï": "é+%", "flag": True}
    await ps.patients.get(7, extra_query=odd)
    await ps.patients.get(7, extra_query=[("x", "1"), ("x", "2"), ("q[]", "surname:~zz")])
    (_, first, _, _), (_, second, _, _) = recorder.requests
    expected = "&".join(
        f"{quote(k, safe='')}={quote(v, safe='')}"
        for k, v in [("expand", "a b&c=d"), ("ünï", "é+%"), ("flag", "true")]
    )
    assert first == f"/v1/patient/7?{expected}"
    assert second == "/v1/patient/7?x=1&x=2&q%5B%5D=surname%3A~zz"


async def test_extra_query_goes_on_every_page_after_the_sdks_own(api: Any) -> None:
    recorder, ps = api
    pager = ps.patients.list(page_size=1, sort_by=["surname"], extra_query={"archived": "any"})
    assert [p.client_id async for p in pager] == [1, 2]
    paths = sorted(path for _, path, _, _ in recorder.requests)
    assert paths == [
        f"/v1/patient?page={n}&page_size=1&sort_by=%5B%22surname%22%5D&archived=any" for n in (1, 2)
    ]


async def test_extra_headers_are_sent_but_cannot_replace_the_keys(api: Any) -> None:
    recorder, ps = api
    await ps.patients.get(7, extra_headers={"X-Feature": "beta", "Accept-Language": "en-AU"})
    headers = recorder.requests[0][2]
    assert (headers["X-Feature"], headers["Accept-Language"]) == ("beta", "en-AU")
    assert (headers["x-api-key"], headers["A-api-key"]) == ("v", "a")
    for name in ("x-api-key", "X-API-KEY", "A-api-key", "a-api-key"):
        with pytest.raises(PracSuiteValueError, match="keys are the client's"):
            await ps.patients.get(7, extra_headers={name: "stolen"})
    with pytest.raises(PracSuiteValueError, match="line breaks"):
        await ps.patients.list(extra_headers={"X-A": "1\r\nX-B: 2"}).to_list()
    assert len(recorder.requests) == 1  # nothing else was sent


async def test_extra_body_adds_fields_to_a_checked_write(api: Any) -> None:
    recorder, ps = api
    booked = await ps.appointments.create(
        **BOOKING, extra_body={"video_room": "r-1", "duration": 50}, extra_query={"notify": 1}
    )
    method, path, _, body = recorder.requests[0]
    assert (method, path) == ("POST", "/v1/appointment?notify=1")
    assert body["video_room"] == "r-1"
    assert body["duration"] == 50  # the extra part is sent as given, over the checked field
    assert body["app_time"] == "2026-03-03T09:30:00"
    assert booked.appointment_id == 11
    with pytest.raises(PracSuiteValueError, match="duration"):
        await ps.appointments.create(**{**BOOKING, "duration": 7}, extra_body={"x": 1})
    with pytest.raises(TypeError, match="unexpected keyword argument 'extra_body'"):
        await ps.patients.get(7, extra_body={"x": 1})  # a GET sends no body
    with pytest.raises(TypeError, match="unexpected keyword argument 'extra_body'"):
        ps.patients.list(extra_body={"x": 1})
    assert len(recorder.requests) == 1


async def test_bad_extras_are_refused_before_sending(api: Any) -> None:
    recorder, ps = api
    client: AsyncPracSuite = ps
    with pytest.raises(PracSuiteValueError, match="extra_query"):
        await client.patients.get(7, extra_query={"a": object()})  # type: ignore[dict-item]
    with pytest.raises(PracSuiteValueError, match="extra_headers"):
        await client.patients.get(7, extra_headers={"a": 1})  # type: ignore[dict-item]
    with pytest.raises(PracSuiteValueError, match="str keys"):
        await client.appointments.create(**BOOKING, extra_body={1: 2})  # type: ignore[dict-item]
    assert recorder.requests == []
