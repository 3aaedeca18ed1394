"""``ps.<tag>.with_raw_response.<method>()`` and the response every page carries."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from aiohttp import web

from pracsuite_async import APIResponse, AsyncPracSuite, NotFoundError, PracSuiteValueError
from pracsuite_async.sandbox import Sandbox
from pracsuite_async.types import Patient

from .conftest import app_serving, client_at, client_for

SECRET_VENDOR = "vendor-secret-key-123"
SECRET_ACCOUNT = "account-secret-key-456"


@pytest.fixture
async def keyed() -> tuple[Sandbox, AsyncPracSuite]:  # type: ignore[misc]
    async with (
        Sandbox(vendor_key=SECRET_VENDOR, api_key=SECRET_ACCOUNT) as sb,
        client_for(sb) as ps,
    ):
        yield sb, ps


async def test_a_raw_get_has_status_headers_timing_the_request_and_parses(
    keyed: tuple[Sandbox, AsyncPracSuite],
) -> None:
    _, ps = keyed
    raw: APIResponse[Patient] = await ps.patients.with_raw_response.get(7)
    assert raw.status == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.elapsed > 0
    assert raw.http_request.method == "GET"
    assert raw.http_request.url.endswith("/v1/patient/7")
    assert raw.http_request.headers["x-api-key"] == "<redacted>"
    assert raw.http_request.headers["A-api-key"] == "<redacted>"
    assert json.loads(raw.content)["client_id"] == 7
    patient = raw.parse()
    assert patient == await ps.patients.get(7)
    shown = repr(raw) + repr(raw.http_request) + str(raw.http_request.headers)
    assert SECRET_VENDOR not in shown
    assert SECRET_ACCOUNT not in shown


async def test_raw_writes_parse_to_the_record_or_none(
    keyed: tuple[Sandbox, AsyncPracSuite],
) -> None:
    sb, ps = keyed
    made = await ps.patients.with_raw_response.create(first_name="Ada", surname="Lovelace")
    assert made.status == 201
    assert made.http_request.method == "POST"
    assert json.loads(made.http_request.content or b"{}")["first_name"] == "Ada"
    ada = made.parse()
    assert (ada.first_name, ada.surname) == ("Ada", "Lovelace")
    assert sb.dataset.record("patient", ada.client_id) is not None
    booked = await ps.appointments.create(
        client_id=ada.client_id,
        account_id=1,
        appointment_type_id=2,
        practitioner_id=3,
        business_id=1,
        app_time=datetime(2026, 3, 3, 9, 30),
        duration=45,
    )
    gone = await ps.appointments.with_raw_response.cancel(booked.appointment_id, reason="unwell")
    assert 200 <= gone.status < 300
    assert gone.parse() is None


async def test_raw_calls_raise_and_check_as_the_plain_ones(
    keyed: tuple[Sandbox, AsyncPracSuite],
) -> None:
    sb, ps = keyed
    with pytest.raises(NotFoundError):
        await ps.patients.with_raw_response.get(10**6)
    sent = sb.stats.requests
    with pytest.raises(PracSuiteValueError):
        await ps.patients.with_raw_response.get(0)
    with pytest.raises(TypeError, match="unexpected keyword argument 'limit'"):
        await ps.patients.with_raw_response.get(7, limit=3)  # type: ignore[call-arg]
    assert sb.stats.requests == sent


async def test_successful_calls_and_pages_give_the_gateways_request_id() -> None:
    async def handler(request: web.Request) -> web.Response:
        page = request.query.get("page")
        if page is None:
            return web.json_response({"client_id": 7}, headers={"x-amzn-RequestId": "req-7"})
        body = {"clients": [{"client_id": int(page)}], "total_entries": 2}
        return web.json_response(body, headers={"x-amzn-RequestId": f"page-{page}"})

    async with app_serving(handler) as url, client_at(url + "/v1/") as ps:
        raw = await ps.patients.with_raw_response.get(7)
        pages = [p async for p in ps.patients.list(page_size=1).pages()]
    assert raw.request_id == "req-7"
    assert [p.response.request_id for p in pages if p.response] == ["page-1", "page-2"]
    assert all(p.response and p.response.status == 200 for p in pages)
    assert all(p.response and p.response.elapsed > 0 for p in pages)
