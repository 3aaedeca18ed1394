"""The sandbox keeps the docs' contract: checked with plain aiohttp, as any client would see it."""

import asyncio
import re
from collections.abc import AsyncIterator
from datetime import datetime
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
from pracsuite_async._spec import operations, resolve, schema_properties
from pracsuite_async.sandbox import DEFAULT_SIZES, Fault, FaultPlan, Sandbox

from ._dates import MONDAY
from .conftest import client_for, keyed_session

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@pytest.fixture
async def http(sandbox: Sandbox) -> AsyncIterator[aiohttp.ClientSession]:
    async with keyed_session(sandbox) as session:
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
    sort = "sort_by=%5B%22app_time%22%5D&q%5B%5D=client_id%3A%3E%3D1"
    _, body, _ = await _get(http, sandbox, f"appointment?{sort}")
    assert len(body["appointments"]) == 50
    assert body["links"]["next"] == f"{sandbox.url}appointment?page=2&page_size=50&{sort}"


@pytest.mark.parametrize(
    "query",
    [
        "page=0",
        "page=x",
        "page_size=0",
        "page_size=101",
        "sort_by=app_time",
        "sort_by=%5B%22shoe_size%22%5D",
        "q%5B%5D=shoe_size%3A%3D9",
        "q%5B%5D=client_id%3A%3Dseven",
        "q%5B%5D=client_id",
        "q%5B%5D=created%3A~2020",
        "q%5B%5D=created%3A%3C2020-01-01T00%3A00%3A00",
        # The docs offer no equality on timestamps, and strings match = != ~ only.
        "q%5B%5D=created%3A%3D2020-01-01T00%3A00%3A00Z",
        "q%5B%5D=client_id%3A~7",
    ],
)
async def test_bad_parameters_get_400_invalid_params(
    http: aiohttp.ClientSession, sandbox: Sandbox, query: str
) -> None:
    status, body, _ = await _get(http, sandbox, f"appointment?{query}")
    assert status == 400
    _assert_error_shape(body, "INVALID_PARAMS")


async def test_sort_by_orders_ascending_with_ties_by_id(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    _, body, _ = await _get(
        http, sandbox, "resource?page_size=100&sort_by=%5B%22resource_rank%22%5D"
    )
    # Nulls first, then ascending, ties by id.
    keys = [
        (r["resource_rank"] is not None, r["resource_rank"] or 0, r["resource_id"])
        for r in body["resources"]
    ]
    assert keys == sorted(keys)
    assert body["total_entries"] == 250


def _doc_list(operation_id: str) -> tuple[str, str, dict[str, str]]:
    """Path, list key and filters of a list operation, as the document has them now."""
    path, _, op = next(o for o in operations() if o[2]["operationId"] == operation_id)
    schema = resolve(op["responses"]["200"])["content"]["application/json"]["schema"]
    key = next(k for k, v in schema["properties"].items() if v.get("type") == "array")
    return path.lstrip("/"), key, op.get("x-pracsuite-filters", {})


PATIENT_PATH, PATIENT_KEY, PATIENT_FILTERS = _doc_list("listPatients")
PATIENT_FIELDS = schema_properties("Patient")


def _condition(fmt: str, sample: Any) -> tuple[str, Any]:
    """A q[] expression around a middle value of a field, and what it must select."""
    if fmt == "string":
        part = sample[1:3]
        return f"~{part}", lambda v: v is not None and part.lower() in v.lower()
    if fmt == "boolean":
        return f"={str(sample).lower()}", lambda v: v is sample
    if fmt == "timestamp":
        when = datetime.fromisoformat(sample)
        return f"<{sample}", lambda v: v is not None and datetime.fromisoformat(v) < when
    return f">={sample}", lambda v: v is not None and v >= sample


@pytest.mark.parametrize(
    ("field", "fmt"),
    [(f, fmt) for f, fmt in PATIENT_FILTERS.items() if f in PATIENT_FIELDS],
)
async def test_filters_select_exactly_the_matching_records(
    http: aiohttp.ClientSession, sandbox: Sandbox, field: str, fmt: str
) -> None:
    everyone: list[dict[str, Any]] = []
    for page in range(1, 11):
        path = f"{PATIENT_PATH}?page={page}&page_size=100"
        everyone += (await _get(http, sandbox, path))[1][PATIENT_KEY]
    values = sorted(p[field] for p in everyone if p[field] is not None)
    expressions = [_condition(fmt, values[len(values) // 2])]
    if fmt == "string":
        expressions.append((f"!={values[0]}", lambda v: v != values[0]))
    for expression, holds in expressions:
        q = aiohttp.helpers.quote(f"{field}:{expression}", safe="")
        matched: list[int] = []
        for page in range(1, 11):
            query = f"{PATIENT_PATH}?page={page}&page_size=100&q%5B%5D={q}"
            matched += [p["client_id"] for p in (await _get(http, sandbox, query))[1][PATIENT_KEY]]
        expected = [p["client_id"] for p in everyone if holds(p[field])]
        assert matched == expected, expression
        assert 0 < len(expected) < 1000, expression


async def test_records_carry_documented_formats(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    _, appointment, _ = await _get(http, sandbox, "appointment/3")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z", appointment["created"])
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", appointment["app_time"])
    assert appointment["links"] == {
        "self": f"{sandbox.url}appointment/3",
        "resources": f"{sandbox.url}appointment/3/resource",
    }
    assert "row_num" not in appointment


async def test_data_is_the_same_on_every_start() -> None:
    async with Sandbox(seed=7) as one, Sandbox(seed=7) as two, Sandbox(seed=8) as other:
        bodies = []
        for sb in (one, two, other):
            headers = {"x-api-key": sb.vendor_key, "A-api-key": sb.api_key}
            async with aiohttp.ClientSession(headers=headers) as http:
                body = (await _get(http, sb, "patient/42"))[1]
                bodies.append({k: v for k, v in body.items() if k != "links"})  # ports differ
    assert bodies[0] == bodies[1]
    assert bodies[0] != bodies[2]


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
    assert min(sizes) >= 1  # every appointment uses a resource or more
    assert max(sizes) > 1
    status, body, _ = await _get(http, sandbox, "appointment_type/31/resource")
    assert status == 404
    _assert_error_shape(body, "NOT_FOUND")
    assert body["error"]["detail"] == "Could not find Appointment Type with ID 31"


async def test_sort_and_filter_only_where_the_operation_declares_them(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    unsorted = f"available_appointments?from={MONDAY}&to={MONDAY}&appointment_type_id=1"
    assert (await _get(http, sandbox, unsorted))[0] == 200
    status, body, _ = await _get(http, sandbox, f"{unsorted}&sort_by=%5B%22app_time%22%5D")
    assert status == 400
    _assert_error_shape(body, "INVALID_PARAMS")
    status, body, _ = await _get(http, sandbox, "resource?q%5B%5D=archived%3A%3Dtrue")
    assert status == 400
    _assert_error_shape(body, "INVALID_PARAMS")


async def test_local_datetime_filters_refuse_an_offset(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    ok = "appointment?q%5B%5D=app_time%3A%3E%3D2025-01-01T00%3A00%3A00"
    status, body, _ = await _get(http, sandbox, ok)
    assert status == 200
    assert 0 < body["total_entries"] < sandbox.dataset.size("appointment")
    assert all(a["app_time"] >= "2025-01-01T00:00:00" for a in body["appointments"])
    status, _, _ = await _get(http, sandbox, ok.replace("00%3A00%3A00", "00%3A00%3A00Z"))
    assert status == 400


async def test_a_write_is_seen_by_cached_pages_at_once(
    http: aiohttp.ClientSession, sandbox: Sandbox
) -> None:
    page = "resource?page=1&page_size=10"
    before = (await _get(http, sandbox, page))[1]
    assert (await _get(http, sandbox, page))[1] == before  # served again (from the cache)
    record = sandbox.touch("resource", 3, description="Renamed Room")
    after = (await _get(http, sandbox, page))[1]
    assert after["resources"][2]["description"] == "Renamed Room"
    assert after["resources"][2]["links"] == {"self": f"{sandbox.url}resource/3"}
    assert record["description"] == "Renamed Room"
    new_id = sandbox.add("resource", description="Hydro Pool 2", archived=False)
    assert new_id == 251
    status, added, _ = await _get(http, sandbox, "resource/251")
    assert (status, added["description"], added["resource_id"]) == (200, "Hydro Pool 2", 251)
    assert (await _get(http, sandbox, page))[1]["total_entries"] == 251


async def test_touch_and_add_stamp_like_the_api(sandbox: Sandbox) -> None:
    old = sandbox.dataset.record("appointment", 5)
    assert old is not None
    touched = sandbox.touch("appointment", 5, notes="Moved to room 2")
    assert touched["modified"] > old["modified"]
    assert touched["created"] == old["created"]
    new_id = sandbox.add("appointment", client_id=3, duration=30)
    added = sandbox.dataset.record("appointment", new_id)
    assert added is not None
    assert (added["client_id"], added["duration"]) == (3, 30)
    assert new_id == DEFAULT_SIZES["appointment"] + 1
    assert added["created"] == added["modified"] > old["modified"]
    with pytest.raises(ValueError, match="shoe_size"):
        sandbox.touch("appointment", 5, shoe_size=9)
    with pytest.raises(ValueError, match="duration"):
        sandbox.add("appointment", duration="long")
    with pytest.raises(KeyError):
        sandbox.touch("appointment", 999_999, notes="Nobody")


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
