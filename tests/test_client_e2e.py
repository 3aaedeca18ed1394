"""The SDK end to end against the sandbox: wire format, pagination, errors, retries."""

import asyncio
import logging
from typing import Any

import aiohttp
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from yarl import URL

from pracsuite_async import (
    APIStatusError,
    AsyncPracSuite,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    Filter,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PracSuiteValueError,
    RateLimitError,
    RawResponse,
    Request,
    UnprocessableEntityError,
    WriteOutcomeUnknownError,
)
from pracsuite_async.sandbox import Fault, Sandbox
from pracsuite_async.types import Business, Patient, Resource

from .conftest import client_for


async def test_list_resources_walks_every_record_in_order(
    client: AsyncPracSuite, sandbox: Sandbox
) -> None:
    pages = [p async for p in client.resources.list(page_size=30).pages()]
    items = [r for p in pages for r in p.items]
    assert all(isinstance(r, Resource) for r in items)
    assert len(items) == pages[0].total_entries == 250
    assert [r.resource_id for r in items] == list(range(1, 251))
    assert [p.number for p in pages] == list(range(1, 10))
    assert items[0].row_num == 1
    assert items[-1].total_rows == 250


async def test_requests_carry_both_keys_and_a_user_agent(
    client: AsyncPracSuite, sandbox: Sandbox
) -> None:
    await client.businesses.get(1)
    seen = sandbox.stats.request_log[-1].headers
    assert {"x-api-key", "a-api-key"} <= {h.lower() for h in seen}
    assert any(
        v.startswith("pracsuite-async/") for k, v in seen.items() if k.lower() == "user-agent"
    )


async def test_sort_by_is_sent_as_the_docs_show_and_applied(
    client: AsyncPracSuite, sandbox: Sandbox
) -> None:
    items = await client.resources.list(
        sort_by=["description", "resource_id"], page_size=100
    ).to_list()
    keys = [(r.description or "", r.resource_id) for r in items]
    assert keys == sorted(keys)
    first = sandbox.stats.request_log[0].path_qs
    assert first == (
        "/v1/resource?page=1&page_size=100&sort_by=%5B%22description%22%2C%22resource_id%22%5D"
    )


async def test_filters_travel_as_repeated_q_params(
    client: AsyncPracSuite, sandbox: Sandbox
) -> None:
    everyone = await client.patients.list(page_size=100).to_list()
    matching = await client.patients.list(
        filters=[Filter.contains("surname", "an"), Filter.ne("first_name", "Ada")], page_size=100
    ).to_list()
    assert matching
    assert all(isinstance(p, Patient) for p in matching)
    expected = [
        p.client_id for p in everyone if "an" in (p.surname or "").lower() and p.first_name != "Ada"
    ]
    assert [p.client_id for p in matching] == expected
    assert "&q%5B%5D=surname%3A~an&q%5B%5D=first_name%3A%21%3DAda" in (
        sandbox.stats.request_log[-1].path_qs
    )


async def test_nested_lists_use_the_parent_path(client: AsyncPracSuite, sandbox: Sandbox) -> None:
    for appointment_id in (1, 2, 3):
        nested = await client.resources.list_by_appointment(appointment_id).to_list()
        assert all(isinstance(r, Resource) for r in nested)
        assert sandbox.stats.request_log[-1].path_qs.startswith(
            f"/v1/appointment/{appointment_id}/resource?page=1&page_size=50"
        )
    await client.resources.list_by_appointment_type(5).to_list()
    assert sandbox.stats.request_log[-1].path_qs.startswith("/v1/appointment_type/5/resource?")
    with pytest.raises(NotFoundError):
        await client.resources.list_by_appointment(99_999).to_list()


async def test_get_returns_typed_records(client: AsyncPracSuite) -> None:
    resource = await client.resources.get(7)
    patient = await client.patients.get(3)
    business = await client.businesses.get(2)
    assert (type(resource), resource.resource_id) == (Resource, 7)
    assert (type(patient), patient.client_id) == (Patient, 3)
    assert patient.file_created is not None
    assert patient.file_created.tzinfo is not None
    assert (type(business), business.business_id) == (Business, 2)


async def test_not_found_carries_status_body_and_request(client: AsyncPracSuite) -> None:
    with pytest.raises(NotFoundError) as info:
        await client.patients.get(987_654)
    err = info.value
    assert err.status == 404
    assert err.code == "NOT_FOUND"
    assert err.request_id
    assert err.body["error"]["code"] == "NOT_FOUND"
    assert err.request.method == "GET"
    assert URL(err.request.url).path == "/v1/patient/987654"


async def test_a_wrong_key_raises_authentication_error(sandbox: Sandbox) -> None:
    async with client_for(sandbox, api_key="not-the-key") as ps:
        with pytest.raises(AuthenticationError) as info:
            await ps.resources.get(1)
    assert info.value.status == 401
    assert info.value.code == "UNAUTHORIZED"
    assert "not-the-key" not in str(info.value)


async def test_a_get_survives_three_503s(client: AsyncPracSuite, sandbox: Sandbox) -> None:
    sandbox.inject(Fault("status", status=503, times=3))
    resource = await client.resources.get(1)
    assert resource.resource_id == 1
    assert sandbox.stats.requests == 4


async def test_retries_give_up_with_the_last_error(
    client: AsyncPracSuite, sandbox: Sandbox
) -> None:
    sandbox.inject(Fault("status", status=502, times=5))
    with pytest.raises(InternalServerError) as info:
        await client.resources.get(1, max_retries=2)
    assert info.value.status == 502
    assert sandbox.stats.requests == 3


async def test_a_post_after_a_reset_is_not_resent(client: AsyncPracSuite, sandbox: Sandbox) -> None:
    sandbox.inject(Fault("reset"))
    url = URL(f"{sandbox.url}patient", encoded=True)
    request = client._engine.endpoint.request("POST", url, json_body={"first_name": "Ada"})
    with pytest.raises(WriteOutcomeUnknownError, match="was not re-sent"):
        await client._sender.send(request)
    assert sandbox.stats.requests == 1


async def test_a_get_after_a_reset_is_retried(client: AsyncPracSuite, sandbox: Sandbox) -> None:
    sandbox.inject(Fault("reset"))
    assert (await client.resources.get(2)).resource_id == 2
    assert sandbox.stats.requests == 2


async def test_in_flight_requests_never_exceed_max_concurrency() -> None:
    async with Sandbox(sizes={"patient": 3000}, latency=0.005) as sb:
        async with client_for(sb, max_concurrency=4) as ps:
            pager = ps.patients.list(page_size=25, concurrency=4)
            single_calls = [ps.patients.get(i) for i in range(1, 21)]
            results = await asyncio.gather(pager.to_list(), *single_calls)
        assert len(results[0]) == 3000
        assert sb.stats.peak_in_flight == 4  # reached, never exceeded


async def test_request_rate_stays_within_the_bucket() -> None:
    rate, burst = 40.0, 8
    async with Sandbox(sizes={"patient": 2000}) as sb:
        async with client_for(sb, max_concurrency=burst, requests_per_second=rate) as ps:
            await ps.patients.list(page_size=25).to_list()
        starts = [r.started for r in sb.stats.request_log]
    assert len(starts) == 80
    for i, begin in enumerate(starts):
        for j in range(i + 1, len(starts)):
            # Server-side arrival times jitter a little; allow one request of slack.
            assert j - i + 1 <= burst + rate * (starts[j] - begin) + 1


async def test_a_429_pauses_every_concurrent_request(monkeypatch: pytest.MonkeyPatch) -> None:
    # The client's own order of events: when it read the 429, and each request it sent,
    # with how much of the pause was left at that moment.
    events: list[tuple[str, float]] = []
    async with Sandbox(sizes={"patient": 5000}) as sb:
        sb.inject(Fault("status", status=429, retry_after=1, path_contains="page=3&"))
        async with client_for(sb, max_concurrency=6) as ps:
            limiter, backend = ps.rate_limiter, ps._sender.backend
            read_429, send = type(limiter).on_throttled, type(backend).send

            def throttled(self: Any, retry_after: float | None, **kwargs: Any) -> None:
                read_429(self, retry_after, **kwargs)
                events.append(("429 read", limiter.paused_for))

            async def sent(self: Any, request: Request) -> RawResponse:
                events.append(("sent", limiter.paused_for))
                return await send(self, request)

            monkeypatch.setattr(type(limiter), "on_throttled", throttled)  # a slotted class
            monkeypatch.setattr(type(backend), "send", sent)  # a slotted class
            items = await ps.patients.list(page_size=50, concurrency=6).to_list()
            assert ps.rate_limiter.throttle_count == 1
    assert len(items) == 5000
    kinds = [kind for kind, _ in events]
    assert kinds.count("429 read") == 1
    at = kinds.index("429 read")
    assert events[at][1] > 0  # the client paused for the Retry-After ...
    after = events[at + 1 :]
    assert after  # ... then sent the rest of the pull,
    assert all(left == 0 for _, left in after)  # not one request before the pause was over


async def test_a_retry_after_beyond_max_retry_after_raises_at_once_and_pauses_no_one() -> None:
    async with Sandbox() as sb:
        sb.inject(Fault("status", status=429, retry_after=86400))
        async with client_for(sb) as ps:
            async with asyncio.timeout(5):  # a hang guard: it is raised without waiting
                with pytest.raises(RateLimitError) as info:
                    await ps.patients.get(1)
            assert info.value.retry_after == 86400  # what the server said stays visible
            assert ps.retry_count == 0
            assert ps.rate_limiter.paused_for == 0


async def test_break_from_a_1000_page_pull_stops_requests_and_leaves_no_task() -> None:
    window = 4
    async with (
        Sandbox(sizes={"patient": 100_000}, latency=0.01) as sb,
        client_for(sb, max_concurrency=8) as ps,
    ):
        pager = ps.patients.list(page_size=100, concurrency=window)
        async for patient in pager:
            if patient.client_id == 150:
                break
        pending = [t for t in asyncio.all_tasks() if t.get_name().startswith("pracsuite-page-")]
        await asyncio.gather(*pending, return_exceptions=True)
        assert [t for t in asyncio.all_tasks() if t.get_name().startswith("pracsuite-page")] == []
        assert sb.stats.requests <= 2 + window  # pages read, plus at most one window
        assert ps.rate_limiter.in_flight == 0
        # The limiter's permits are all back: a new call goes straight through.
        assert (await ps.patients.get(1)).client_id == 1


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda ps: ps.patients.list(page_size=0), "page_size must be between 1 and 100, got 0"),
        (lambda ps: ps.patients.list(page_size=101), "page_size must be between 1 and 100"),
        (lambda ps: ps.patients.list(sort_by="surname"), "sort_by must be a list of field names"),
        (lambda ps: ps.patients.list(sort_by=[3]), "sort_by entries must be str"),
        (lambda ps: ps.patients.list(limit=0), "limit must be >= 1"),
        (lambda ps: ps.patients.list(concurrency=0), "concurrency must be >= 1"),
        (
            # The client's limiter would cap it at 8 in flight without a word.
            lambda ps: ps.patients.list(concurrency=16),
            r"concurrency=16 is above the client's max_concurrency=8: no more than 8 requests",
        ),
        (lambda ps: ps.patients.list(max_retries=-1), "max_retries must be an int >= 0"),
        (
            lambda ps: ps.resources.list_by_appointment("42"),
            "appointment_id must be an int, got str",
        ),
        (lambda ps: ps.resources.list_by_appointment(0), "appointment_id must be >= 1"),
        (
            lambda ps: ps.patients.list(filters=[Filter.eq("shoe_size", 9)]),
            "unknown filter field 'shoe_size'",
        ),
    ],
)
async def test_bad_list_input_is_refused_before_any_request(
    client: AsyncPracSuite, sandbox: Sandbox, call: object, message: str
) -> None:
    with pytest.raises(PracSuiteValueError, match=message):
        call(client)  # type: ignore[operator]
    assert sandbox.stats.requests == 0


@pytest.mark.parametrize("bad_id", ["7", 7.0, None, True, 0, -1])
async def test_bad_ids_are_refused_before_any_request(
    client: AsyncPracSuite, sandbox: Sandbox, bad_id: object
) -> None:
    with pytest.raises(PracSuiteValueError, match="resource_id must be"):
        await client.resources.get(bad_id)  # type: ignore[arg-type]
    assert sandbox.stats.requests == 0


@pytest.mark.parametrize(
    ("timeout", "message"),
    [
        (float("inf"), r"Timeout\.total must be finite \(None means no limit\), got inf"),
        (float("nan"), r"Timeout\.total must be a positive number or None, got nan"),
    ],
)
async def test_a_per_call_timeout_that_is_not_finite_is_refused_before_sending(
    sandbox: Sandbox, timeout: float, message: str
) -> None:
    async with client_for(sandbox) as ps:
        with pytest.raises(ConfigurationError, match=message):
            await ps.patients.get(1, timeout=timeout)
        with pytest.raises(ConfigurationError, match=message):
            await ps.patients.list(timeout=timeout).to_list()
    assert sandbox.stats.requests == 0


async def test_a_shared_client_serves_many_concurrent_callers(sandbox: Sandbox) -> None:
    async with client_for(sandbox, max_concurrency=4) as ps:
        results = await asyncio.gather(*(ps.patients.get(i % 50 + 1) for i in range(200)))
    assert [p.client_id for p in results] == [i % 50 + 1 for i in range(200)]
    assert sandbox.stats.peak_in_flight <= 4


@settings(max_examples=25, deadline=None)
@given(
    size=st.integers(1, 100), concurrency=st.integers(1, 8), limit=st.none() | st.integers(1, 400)
)
def test_sandbox_pull_equals_a_sequential_links_walk(
    size: int, concurrency: int, limit: int | None
) -> None:
    async def run() -> None:
        async with Sandbox(sizes={"resource": 333}) as sb, client_for(sb) as ps:
            concurrent = await ps.resources.list(
                page_size=size, concurrency=concurrency, limit=limit
            ).to_list()
            sequential = await _walk_links(sb, size)
        expected = sequential if limit is None else sequential[:limit]
        assert [r.resource_id for r in concurrent] == expected

    asyncio.run(run())


async def _walk_links(sb: Sandbox, size: int) -> list[int]:
    """What other SDKs do: follow links.next one page at a time, with plain aiohttp."""
    headers = {"x-api-key": sb.vendor_key, "A-api-key": sb.api_key}
    ids: list[int] = []
    url: str | None = f"{sb.url}resource?page=1&page_size={size}"
    async with aiohttp.ClientSession(headers=headers) as http:
        while url:
            async with http.get(URL(url, encoded=True)) as resp:
                body = await resp.json()
            ids.extend(r["resource_id"] for r in body["resources"])
            url = body["links"].get("next")
    return ids


async def test_keys_never_reach_the_logs(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sandbox.inject(Fault("status", status=503, times=2), Fault("reset"))
    async with client_for(sandbox) as ps:
        await ps.patients.list(page_size=100).to_list()
        with pytest.raises(NotFoundError) as info:
            await ps.patients.get(999_999)
    assert "retrying GET" in caplog.text
    for secret in (sandbox.vendor_key, sandbox.api_key):
        assert secret not in caplog.text
        assert secret not in str(info.value)
        assert secret not in repr(info.value.__dict__)


async def test_a_caller_supplied_session_is_used_and_left_open(sandbox: Sandbox) -> None:
    async with aiohttp.ClientSession() as http:
        async with client_for(sandbox, session=http) as ps:
            assert (await ps.resources.get(3)).resource_id == 3
        assert ps.closed
        assert not http.closed


@pytest.mark.parametrize(
    ("status", "error_class", "code"),
    [
        (400, BadRequestError, "INVALID_PARAMS"),
        (401, AuthenticationError, "UNAUTHORIZED"),
        (403, PermissionDeniedError, "MISSING_AUTHENTICATION_TOKEN"),
        (404, NotFoundError, "NOT_FOUND"),
        (409, ConflictError, "CONFLICT"),
        (422, UnprocessableEntityError, "INVALID_BODY"),
        (429, RateLimitError, "TOO_MANY_REQUESTS"),
        (500, InternalServerError, "SERVER_ERROR"),
        (503, InternalServerError, "SERVICE_UNAVAILABLE"),
    ],
)
async def test_every_error_status_maps_to_its_class_with_the_parsed_body(
    client: AsyncPracSuite,
    sandbox: Sandbox,
    status: int,
    error_class: type[APIStatusError],
    code: str,
) -> None:
    sandbox.inject(Fault("status", status=status))
    with pytest.raises(error_class) as info:
        await client.businesses.get(1, max_retries=0)
    err = info.value
    assert (err.status, err.code, err.body["error"]["code"]) == (status, code, code)
    assert err.request_id == err.body["request_id"]
    assert err.request.method == "GET"
    assert URL(err.request.url).path == "/v1/business/1"
