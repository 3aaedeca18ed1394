"""The sandbox keeps the docs' contract: checked with plain aiohttp, as any client would see it."""

import asyncio
import re
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from yarl import URL

from pracsuite_async import (
    APIConnectionError,
    APITimeoutError,
    AsyncPracSuite,
    ResponseValidationError,
)
from pracsuite_async.sandbox import Fault, FaultPlan, Sandbox
from pracsuite_async.sandbox.__main__ import parse_args

from .conftest import client_for

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@pytest.fixture
async def http(sandbox: Sandbox) -> AsyncIterator[aiohttp.ClientSession]:
    headers = {"x-api-key": sandbox.vendor_key, "A-api-key": sandbox.api_key}
    async with aiohttp.ClientSession(headers=headers) as session:
        yield session


async def _get(
    http: aiohttp.ClientSession, sb: Sandbox, path_qs: str, **kwargs: Any
) -> tuple[int, Any, aiohttp.ClientResponse]:
    async with http.get(URL(sb.url + path_qs, encoded=True), **kwargs) as resp:
        return resp.status, await resp.json(content_type=None), resp


def _assert_error_shape(body: Any, code: str) -> None:
    assert set(body) == {"error", "request_id"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["detail"], str)
    assert UUID.match(body["request_id"])


async def test_a_list_page_has_items_total_and_links(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    status, body, _ = await _get(http, sandbox, "resource?page=2&page_size=100")
    assert status == 200
    assert set(body) == {"resources", "total_entries", "links"}
    assert body["total_entries"] == 250
    assert [r["resource_id"] for r in body["resources"]] == list(range(101, 201))
    assert body["resources"][0]["row_num"] == 101
    assert body["resources"][0]["total_rows"] == 250
    assert body["resources"][0]["links"] == {"self": f"{sandbox.url}resource/101"}
    assert body["links"] == {
        "self": f"{sandbox.url}resource?page=2&page_size=100",
        "previous": f"{sandbox.url}resource?page=1&page_size=100",
        "next": f"{sandbox.url}resource?page=3&page_size=100",
    }


async def test_first_and_last_pages_omit_the_links_that_do_not_apply(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    _, first, _ = await _get(http, sandbox, "resource?page=1&page_size=20")
    _, last, _ = await _get(http, sandbox, "resource?page=13&page_size=20")
    _, beyond, _ = await _get(http, sandbox, "resource?page=99&page_size=20")
    assert set(first["links"]) == {"self", "next"}
    assert set(last["links"]) == {"self", "previous"}
    assert len(last["resources"]) == 10
    assert beyond["resources"] == []
    assert beyond["total_entries"] == 250


async def test_page_size_defaults_to_50_and_links_keep_other_parameters(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    sort = "sort_by=%5B%22surname%22%5D&q%5B%5D=archived%3A%3Dfalse"
    _, body, _ = await _get(http, sandbox, f"patient?{sort}")
    assert len(body["patients"]) == 50
    assert body["links"]["next"] == f"{sandbox.url}patient?page=2&page_size=50&{sort}"


@pytest.mark.parametrize(
    "query",
    [
        "page=0",
        "page=x",
        "page_size=0",
        "page_size=101",
        "sort_by=surname",
        "sort_by=%5B%22shoe_size%22%5D",
        "q%5B%5D=shoe_size%3A%3D9",
        "q%5B%5D=archived%3A%3Dmaybe",
        "q%5B%5D=archived",
        "q%5B%5D=created%3A~2020",
    ],
)
async def test_bad_parameters_get_400_invalid_params(
    http: aiohttp.ClientSession, sandbox: Sandbox, query: str
) -> None:
    status, body, _ = await _get(http, sandbox, f"patient?{query}")
    assert status == 400
    _assert_error_shape(body, "INVALID_PARAMS")


async def test_sort_by_orders_ascending_with_ties_by_id(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    _, body, _ = await _get(
        http, sandbox, "resource?page_size=100&sort_by=%5B%22resource_rank%22%5D"
    )
    keys = [(r["resource_rank"], r["resource_id"]) for r in body["resources"]]
    assert keys == sorted(keys)
    assert body["total_entries"] == 250


@pytest.mark.parametrize(
    ("q", "holds"),
    [
        ("archived:=true", lambda p: p["archived"] is True),
        ("surname:~ng", lambda p: "ng" in p["surname"].lower()),
        ("date_of_birth:>=1990-01-01", lambda p: p["date_of_birth"] >= "1990-01-01"),
        ("created:<2021-01-01T00:00:00Z", lambda p: p["created"] < "2021-01-01"),
        ("first_name:!=Ada", lambda p: p["first_name"] != "Ada"),
    ],
)
async def test_filters_select_exactly_the_matching_records(
    http: aiohttp.ClientSession, sandbox: Sandbox, q: str, holds: Any
) -> None:
    everyone: list[dict[str, Any]] = []
    for page in range(1, 11):
        everyone += (await _get(http, sandbox, f"patient?page={page}&page_size=100"))[1]["patients"]
    matched: list[int] = []
    for page in range(1, 11):
        query = f"patient?page={page}&page_size=100&q%5B%5D={aiohttp.helpers.quote(q, safe='')}"
        matched += [p["client_id"] for p in (await _get(http, sandbox, query))[1]["patients"]]
    expected = [p["client_id"] for p in everyone if holds(p)]
    assert matched == expected
    assert 0 < len(expected) < 1000


async def test_records_carry_documented_formats(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    _, patient, _ = await _get(http, sandbox, "patient/3")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z", patient["created"])
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", patient["date_of_birth"])
    assert patient["links"]["self"] == f"{sandbox.url}patient/3"
    assert "row_num" not in patient


async def test_data_is_the_same_on_every_start() -> None:
    async with Sandbox(seed=7) as one, Sandbox(seed=7) as two, Sandbox(seed=8) as other:
        bodies = []
        for sb in (one, two, other):
            headers = {"x-api-key": sb.vendor_key, "A-api-key": sb.api_key}
            async with aiohttp.ClientSession(headers=headers) as http:
                bodies.append((await _get(http, sb, "patient/42"))[1])
    assert bodies[0]["surname"] == bodies[1]["surname"]
    assert bodies[0]["created"] == bodies[1]["created"]
    assert bodies[0]["created"] != bodies[2]["created"]


async def test_nested_lists_and_unknown_parents(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    sizes = []
    for appointment_id in range(1, 41):
        status, body, _ = await _get(http, sandbox, f"appointment/{appointment_id}/resource")
        assert status == 200
        sizes.append(body["total_entries"])
        ids = [r["resource_id"] for r in body["resources"]]
        assert ids == sorted(set(ids))
    assert min(sizes) == 0
    assert max(sizes) > 1
    status, body, _ = await _get(http, sandbox, "appointment_type/31/resource")
    assert status == 404
    _assert_error_shape(body, "NOT_FOUND")
    assert body["error"]["detail"] == "Could not find Appointment Type with ID 31"


async def test_auth_failures_answer_in_the_docs_shape(sandbox: Sandbox) -> None:
    async with aiohttp.ClientSession() as anonymous:
        status, body, _ = await _get(anonymous, sandbox, "patient")
    assert status == 403
    _assert_error_shape(body, "MISSING_AUTHENTICATION_TOKEN")
    wrong = {"x-api-key": sandbox.vendor_key, "A-api-key": "nope"}
    async with aiohttp.ClientSession(headers=wrong) as intruder:
        status, body, _ = await _get(intruder, sandbox, "patient")
    assert status == 401
    _assert_error_shape(body, "UNAUTHORIZED")
    assert body["error"]["status"] == 403  # the docs' quirk, kept on purpose
    assert sandbox.stats.status_counts == {403: 1, 401: 1}
    logged = [r.headers for r in sandbox.stats.request_log]
    assert all("nope" not in h.values() and sandbox.vendor_key not in h.values() for h in logged)


async def test_unknown_paths_read_like_a_missing_key(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    status, body, _ = await _get(http, sandbox, "no_such_thing")
    assert status == 403
    _assert_error_shape(body, "MISSING_AUTHENTICATION_TOKEN")


async def test_a_rate_limit_answers_429_with_retry_after() -> None:
    async with Sandbox(rate_limit=5) as sb:
        headers = {"x-api-key": sb.vendor_key, "A-api-key": sb.api_key}
        async with aiohttp.ClientSession(headers=headers) as http:
            answers = [await _get(http, sb, "business/1") for _ in range(7)]
    assert [status for status, _, _ in answers] == [200] * 5 + [429] * 2
    _, body, resp = answers[-1]
    _assert_error_shape(body, "TOO_MANY_REQUESTS")
    assert int(resp.headers["Retry-After"]) >= 1


async def test_injected_faults_hit_matching_requests_only(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    sandbox.inject(Fault("status", status=500, path_contains="patient/2", times=2))
    statuses = [
        (await _get(http, sandbox, p))[0]
        for p in ("patient/1", "patient/2", "patient/2", "patient/2")
    ]
    assert statuses == [200, 500, 500, 200]
    with pytest.raises(ValueError, match="unknown fault kind"):
        Fault("explode")  # type: ignore[arg-type]


async def test_garbage_and_truncated_bodies_become_typed_errors(
    client: AsyncPracSuite, sandbox: Sandbox
) -> None:
    sandbox.inject(Fault("garbage"))
    with pytest.raises(ResponseValidationError):
        await client.resources.get(1)
    sandbox.inject(*[Fault("truncated")] * 4)
    with pytest.raises(APIConnectionError):
        await client.resources.get(1)
    assert sandbox.stats.requests == 1 + 4  # the truncated GET was retried max_retries times


async def test_a_stalled_answer_times_out(sandbox: Sandbox) -> None:
    sandbox.inject(Fault("stall", delay=30))
    async with client_for(sandbox, timeout=0.2, max_retries=0) as ps:
        with pytest.raises(APITimeoutError):
            await ps.resources.get(1)
        # The stall was one-shot; the next call is served at once.
        assert (await ps.resources.get(1)).resource_id == 1


async def test_a_background_fault_rate_is_survived_by_retries() -> None:
    plan = FaultPlan(rate=0.2, kinds=("status", "reset", "truncated"))
    async with Sandbox(sizes={"patient": 2000}, faults=plan, seed_faults=3) as sb:
        async with client_for(sb, max_retries=8) as ps:
            ids = [p.client_id async for p in ps.patients.list(page_size=20, concurrency=6)]
        faults = sum(1 for r in sb.stats.request_log if r.fault)
    assert ids == list(range(1, 2001))
    assert faults > 10


async def test_latency_is_added_to_every_answer() -> None:
    async with Sandbox(latency=0.05) as sb, client_for(sb) as ps:
        loop = asyncio.get_running_loop()
        begin = loop.time()
        await ps.resources.get(1)
        assert loop.time() - begin >= 0.05


def test_the_command_line_takes_sizes_and_behaviour() -> None:
    args = parse_args(
        ["--port", "9000", "--size", "patient=5", "--latency-ms", "20", "--fault-rate", "0.1"]
    )
    assert (args.port, args.size, args.latency_ms, args.fault_rate) == (
        9000,
        [("patient", 5)],
        20.0,
        0.1,
    )
    with pytest.raises(SystemExit):
        parse_args(["--size", "llama=3"])
