"""Reliability (issue 5): nothing lost under faults, timeouts and cancellation that clean up
after themselves, bad input refused and broken responses reported with typed errors."""

import asyncio
import contextlib
import gc
import json
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

import attrs
import pytest
from aiohttp import web
from yarl import URL

from pracsuite_async import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncPager,
    AsyncPracSuite,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    Filter,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PracSuiteError,
    PracSuiteValueError,
    RateLimiter,
    RecordSetChangedError,
    RecordSetChangedWarning,
    ResponseValidationError,
    Timeout,
)
from pracsuite_async._pagination import OnChange
from pracsuite_async.sandbox import Fault, FaultPlan, RequestRecord, Sandbox
from pracsuite_async.types import Patient

from .conftest import app_serving, client_at, client_for, watched_sandbox

# --------------------------------------------------------------------------------------------
# Helpers


def page_of(record: RequestRecord) -> int:
    return int(URL(record.path_qs).query["page"])


async def collect(pager: AsyncPager[Patient], ids: list[int]) -> None:
    """Stream a pull into ``ids``, so a test sees what came through before an error."""
    async for patient in pager:
        ids.append(patient.client_id)


def page_tasks() -> list[asyncio.Task[Any]]:
    return [
        t for t in asyncio.all_tasks() if t.get_name().startswith("pracsuite-page") and not t.done()
    ]


@contextlib.asynccontextmanager
async def serving(
    answers: Mapping[str, web.Response | bytes | object],
) -> AsyncIterator[AsyncPracSuite]:
    """A client of a tiny local app that serves canned answers by path (or path and query).

    The sandbox keeps the docs' contract, so bodies that break it come from here.
    """

    async def answer(request: web.Request) -> web.StreamResponse:
        found = answers.get(request.path_qs, answers.get(request.path))
        if isinstance(found, web.Response):
            return found
        if found is None:
            return web.json_response({"error": {"code": "NOT_FOUND"}}, status=404)
        body = found if isinstance(found, bytes) else json.dumps(found).encode()
        return web.Response(body=body, content_type="application/json")

    app = web.Application()
    app.router.add_get("/{tail:.*}", answer)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base_url = f"http://127.0.0.1:{runner.addresses[0][1]}/v1/"
    try:
        async with AsyncPracSuite(
            vendor_key="v",
            api_key="a",
            base_url=base_url,
            environ={},
            requests_per_second=None,
            max_retries=0,
        ) as ps:
            yield ps
    finally:
        await runner.cleanup()


# --------------------------------------------------------------------------------------------
# Fault soak: every record exactly once, in order, or a typed error naming the page


async def test_a_10k_pull_through_10_percent_faults_yields_every_record_once_in_order(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="pracsuite_async")
    plan = FaultPlan(
        rate=0.10,
        kinds=("status", "reset", "truncated", "stall"),
        statuses=(429, 500, 502, 503, 504),
    )
    async with Sandbox(sizes={"patient": 10_000}, faults=plan, seed_faults=1) as sb:
        # And a burst of 429s with Retry-After, on pages fetched together.
        sb.inject(
            *(
                Fault("status", status=429, retry_after=1, path_contains=f"page={n}&")
                for n in (41, 42, 43)
            )
        )
        # adaptive_rate=False: the adaptive bucket over-reacts to a 429 early in a pull (see
        # test_a_429_early_in_a_pull_keeps_the_rate_near_what_was_sent); this checks delivery.
        async with client_for(
            sb,
            max_retries=8,
            adaptive_rate=False,
            timeout=Timeout(total=10, connect=2, read=0.5),
        ) as ps:
            ids = [p.client_id async for p in ps.patients.list(page_size=100, concurrency=8)]
            throttles = ps.rate_limiter.throttle_count
        log = list(sb.stats.request_log)
    assert ids == list(range(1, 10_001))
    faulted = [r for r in log if r.fault]
    # Each page was served once; only the failed attempts were sent again, each logged.
    assert sorted(page_of(r) for r in log if not r.fault and r.status == 200) == list(range(1, 101))
    retries = [m for m in caplog.messages if m.startswith("retrying GET")]
    assert len(retries) == len(faulted) == len(log) - 100
    assert {r.fault for r in faulted} == {"status", "reset", "truncated", "stall"}
    assert throttles >= 3


async def test_a_pull_through_faults_that_include_garbage_ends_whole_or_names_the_page() -> None:
    # A 200 with a non-JSON body is not retried: the pull stops with a typed error naming the
    # page; every record before it has come through once, in order; never a short result.
    plan = FaultPlan(rate=0.10, kinds=("status", "reset", "truncated", "garbage"))
    async with Sandbox(sizes={"patient": 10_000}, faults=plan, seed_faults=2) as sb:
        async with client_for(sb, max_retries=8) as ps:
            ids: list[int] = []
            error: ResponseValidationError | None = None
            try:
                await collect(ps.patients.list(page_size=100, concurrency=8), ids)
            except ResponseValidationError as exc:
                error = exc
        assert any(r.fault == "garbage" for r in sb.stats.request_log)
    if error is None:
        assert ids == list(range(1, 10_001))
    else:
        failed = int(URL(error.request.url).query["page"])
        assert f"page={failed}&page_size=100" in str(error)
        assert "response is not JSON" in str(error)
        assert ids == list(range(1, (failed - 1) * 100 + 1))


@pytest.mark.parametrize(
    ("kind", "error", "message", "attempts"),
    [
        ("status", InternalServerError, "503 SERVICE_UNAVAILABLE: injected fault", 3),
        ("reset", APIConnectionError, "connection failed", 3),
        ("truncated", APIConnectionError, "connection failed", 3),
        ("stall", APITimeoutError, "timed out", 3),
        # Not retried today: a JSON-less 200 is reported at once (the page is named either way).
        ("garbage", ResponseValidationError, "response is not JSON", None),
    ],
)
async def test_a_page_failing_every_retry_raises_a_typed_error_naming_it(
    kind: Any, error: type[PracSuiteError], message: str, attempts: int | None
) -> None:
    async with Sandbox(sizes={"patient": 2000}) as sb:
        sb.inject(Fault(kind, status=503, path_contains="page=7&", times=10))
        async with client_for(
            sb, max_retries=2, timeout=Timeout(total=5, connect=2, read=0.3)
        ) as ps:
            ids: list[int] = []
            with pytest.raises(error, match=message) as info:
                await collect(ps.patients.list(page_size=100, concurrency=8), ids)
        sent = [r for r in sb.stats.request_log if "page=7&" in r.path_qs]
    assert type(info.value) is error
    assert ids == list(range(1, 601))  # pages 1-6, once each, then the error: no silent gap
    assert "page=7&page_size=100" in info.value.request.url  # type: ignore[attr-defined]
    assert "page=7&page_size=100" in str(info.value)
    if attempts is not None:
        assert len(sent) == attempts


# --------------------------------------------------------------------------------------------
# Timeouts


@pytest.mark.parametrize(
    ("settings", "call"),
    [
        pytest.param(
            {"timeout": 0.3, "max_retries": 0},
            lambda ps: ps.patients.get(1),
            id="client-total",
        ),
        # No client timeout beside the call's: only the call's own can end the wait.
        pytest.param(
            {"timeout": None},
            lambda ps: ps.patients.get(1, timeout=0.3, max_retries=0),
            id="per-call-total",
        ),
        pytest.param(
            {"timeout": None},
            lambda ps: ps.patients.list(
                timeout=Timeout(total=None, connect=None, read=0.3), max_retries=0
            ).to_list(),
            id="per-call-read-on-a-page",
        ),
    ],
)
async def test_a_stall_past_the_timeout_raises_api_timeout_error_in_time(
    sandbox: Sandbox, settings: dict[str, object], call: Callable[[AsyncPracSuite], Any]
) -> None:
    sandbox.inject(Fault("stall"))  # an answer that never comes
    async with client_for(sandbox, **settings) as ps:
        # A safety net, not a wait: a timeout that was not applied fails here, not by hanging.
        async with asyncio.timeout(10):
            with pytest.raises(APITimeoutError, match="timed out") as info:
                await call(ps)
        # The client gave up while the server was still holding the request.
        (stalled,) = sandbox.stats.request_log
        assert stalled.fault == "stall"
        assert stalled.status is None
    assert URL(info.value.request.url).path.startswith("/v1/patient")


@attrs.define
class HeldAnswers:
    """A server answering ``{"client_id": N}`` for ``patient/N`` once ``release`` is set."""

    url: str = ""  # the API root
    release: asyncio.Event = attrs.field(factory=asyncio.Event)
    asked: list[str] = attrs.field(factory=list)  # the paths requested so far
    arrival: asyncio.Event = attrs.field(factory=asyncio.Event)

    async def handle(self, request: web.Request) -> web.Response:
        self.asked.append(request.path)
        self.arrival.set()
        await self.release.wait()
        return web.json_response({"client_id": int(request.path.rsplit("/", 1)[1])})

    async def until_asked(self, count: int) -> None:
        async with asyncio.timeout(10):  # a safety net, not a wait
            while len(self.asked) < count:
                self.arrival.clear()
                await self.arrival.wait()


@contextlib.asynccontextmanager
async def held_answers() -> AsyncIterator[HeldAnswers]:
    held = HeldAnswers()
    async with app_serving(held.handle) as url:
        held.url = f"{url}/v1/"
        try:
            yield held
        finally:
            held.release.set()  # the handlers end before the server stops


async def test_a_call_past_its_timeout_ends_alone_and_its_task_carries_on() -> None:
    # A short timeout given while a longer one is already counting down ends only its own
    # call, in time; the task that caught the APITimeoutError is not left cancelling.
    async with held_answers() as held, client_at(held.url, max_retries=0) as ps:
        patient = asyncio.create_task(ps.patients.get(1))  # the client's 60 s
        await held.until_asked(1)
        async with asyncio.timeout(10):  # a safety net, not a wait
            with pytest.raises(APITimeoutError, match="timed out"):
                await ps.patients.get(2, timeout=0.2)
        assert current_task_cancelling() == 0
        assert not patient.done()
        held.release.set()
        assert (await patient).client_id == 1
        assert (await ps.patients.get(3)).client_id == 3  # the same task sends on
    assert held.asked == ["/v1/patient/1", "/v1/patient/2", "/v1/patient/3"]


async def test_each_of_several_stalled_calls_times_out_at_its_own_deadline() -> None:
    # Deadlines reached one after another (the shortest given last) each end their call.
    async with held_answers() as held, client_at(held.url, max_retries=0) as ps:
        calls = [
            asyncio.create_task(ps.patients.get(n, timeout=seconds))
            for n, seconds in ((1, 0.6), (2, 0.4), (3, 0.2))
        ]
        ended: list[int] = []
        for call in asyncio.as_completed(calls, timeout=10):
            with pytest.raises(APITimeoutError) as info:
                await call
            ended.append(int(info.value.request.url.rsplit("/", 1)[1]))
    assert ended == [3, 2, 1]


async def test_cancelling_a_call_with_a_timeout_cancels_it() -> None:
    # The caller's own cancellation is never turned into a timeout.
    async with held_answers() as held, client_at(held.url, max_retries=0) as ps:
        call = asyncio.create_task(ps.patients.get(1, timeout=30))
        await held.until_asked(1)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call


def current_task_cancelling() -> int:
    task = asyncio.current_task()
    assert task is not None
    return task.cancelling()


# --------------------------------------------------------------------------------------------
# Cancellation


@pytest.mark.parametrize("style", ["items", "pages", "to_list"])
async def test_cancelling_a_pull_stops_its_requests_and_returns_every_permit(style: str) -> None:
    sb, stats = watched_sandbox(sizes={"patient": 2000}, latency=0.005)
    async with sb, client_for(sb, max_concurrency=4) as ps:
        sb.inject(Fault("stall", path_contains="page=3&"), Fault("stall", path_contains="page=5&"))
        ids: list[int] = []

        async def pull() -> None:
            pager = ps.patients.list(page_size=100, concurrency=4)
            if style == "items":
                async for patient in pager:
                    ids.append(patient.client_id)
            elif style == "pages":
                async for page in pager.pages():
                    ids.extend(p.client_id for p in page.items)
            else:
                ids.extend(p.client_id for p in await pager.to_list())

        task = asyncio.create_task(pull())
        await stats.until(lambda s: s.seen("page=3&", "page=5&"))
        assert ps.rate_limiter.in_flight >= 2  # the two stalled pages hold their permits
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert page_tasks() == []
        assert ps.rate_limiter.in_flight == 0
        assert ids == list(range(1, len(ids) + 1))
        assert len(ids) <= 200  # nothing past the stalled page

        # Every permit is back: the next pull completes and reaches full concurrency.
        sb.stats.reset()
        again = await ps.patients.list(page_size=50, concurrency=4).to_list()
        assert [p.client_id for p in again] == list(range(1, 2001))
        assert sb.stats.peak_in_flight == 4


async def test_cancelling_a_single_call_returns_its_permit() -> None:
    sb, stats = watched_sandbox()
    async with sb, client_for(sb) as ps:
        sb.inject(Fault("stall", path_contains="patient/5"))
        call = asyncio.create_task(ps.patients.get(5))
        await stats.until(lambda s: s.seen("patient/5"))
        assert ps.rate_limiter.in_flight == 1
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        assert ps.rate_limiter.in_flight == 0
        assert (await ps.patients.get(5)).client_id == 5


async def test_cancelling_a_task_group_in_debug_mode_leaves_nothing_behind() -> None:
    loop = asyncio.get_running_loop()
    problems: list[dict[str, Any]] = []  # unclosed sessions, tasks destroyed while pending...
    loop.set_debug(True)
    loop.set_exception_handler(lambda _, context: problems.append(context))
    try:
        sb, stats = watched_sandbox(sizes={"patient": 1000}, latency=0.005)
        async with sb:
            sb.inject(
                Fault("stall", path_contains="patient?page=4&"),
                Fault("stall", path_contains="patient/7"),
                Fault("stall", path_contains="resource?page=2&"),
            )
            ps = client_for(sb, max_concurrency=4)

            async def work(ps: AsyncPracSuite) -> None:
                async with asyncio.TaskGroup() as group:
                    group.create_task(ps.patients.list(page_size=100, concurrency=3).to_list())
                    group.create_task(ps.patients.get(7))
                    group.create_task(ps.resources.list(page_size=20).to_list())

            task = asyncio.create_task(work(ps))
            await stats.until(lambda s: s.seen("patient?page=4&", "patient/7", "resource?page=2&"))
            assert ps.rate_limiter.in_flight >= 3
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert page_tasks() == []
            assert ps.rate_limiter.in_flight == 0
            assert len(await ps.patients.list(page_size=100).to_list()) == 1000

            session = ps._sender.backend._session  # type: ignore[attr-defined]
            assert session is not None
            await ps.close()
            assert session.closed
            assert session.connector is None  # the pool went with it
            del session, ps
            gc.collect()  # an unclosed session would complain here
    finally:
        loop.set_exception_handler(None)
        loop.set_debug(False)
    assert problems == []


async def test_closing_the_client_mid_request_raises_client_closed_error() -> None:
    sb, stats = watched_sandbox()
    async with sb:
        sb.inject(Fault("stall", path_contains="patient/3"))
        ps = client_for(sb)
        call = asyncio.create_task(ps.patients.get(3))
        await stats.until(lambda s: s.seen("patient/3"))
        await ps.close()
        with pytest.raises(ClientClosedError):
            await call


# --------------------------------------------------------------------------------------------
# The record set changing mid-pull


async def pull_resizing(
    sb: Sandbox, ps: AsyncPracSuite, ids: list[int], *, new_size: int, on_change: OnChange
) -> None:
    """Pull 1000 patients a page at a time; after page 3, resize the list to ``new_size``."""
    async for page in ps.patients.list(page_size=100, concurrency=1, on_change=on_change).pages():
        ids.extend(p.client_id for p in page.items)
        if page.number == 3:
            sb.resize("patient", new_size)


# A list that grew is read to its new end: the records added at the end are delivered too.
@pytest.mark.parametrize(("new_size", "pulled"), [(1050, 1050), (950, 950)])
async def test_a_list_that_grows_or_shrinks_mid_pull_warns(new_size: int, pulled: int) -> None:
    async with Sandbox(sizes={"patient": 1000}) as sb, client_for(sb) as ps:
        ids: list[int] = []
        message = f"page 4 reports total_entries={new_size}, page 1 reported 1000"
        with pytest.warns(RecordSetChangedWarning, match=message):
            await pull_resizing(sb, ps, ids, new_size=new_size, on_change="warn")
    assert ids == list(range(1, pulled + 1))


async def test_a_list_changing_mid_pull_can_stop_it_with_an_error() -> None:
    async with Sandbox(sizes={"patient": 1000}) as sb, client_for(sb) as ps:
        ids: list[int] = []
        with pytest.raises(RecordSetChangedError, match="page 4 reports total_entries=1001"):
            await pull_resizing(sb, ps, ids, new_size=1001, on_change="error")
    assert ids == list(range(1, 301))


async def test_a_list_changing_mid_pull_can_be_ignored() -> None:
    async with Sandbox(sizes={"patient": 1000}) as sb, client_for(sb) as ps:
        ids: list[int] = []
        await pull_resizing(sb, ps, ids, new_size=1200, on_change="ignore")  # warnings are errors
    assert ids == list(range(1, 1201))


async def test_sandbox_resize_changes_what_every_later_answer_says(sandbox: Sandbox) -> None:
    async with client_for(sandbox) as ps:
        assert len(await ps.patients.list(page_size=100).to_list()) == 1000
        sandbox.resize("patient", 1010)
        assert len(await ps.patients.list(page_size=100).to_list()) == 1010
        sandbox.resize("patient", 5)
        with pytest.raises(NotFoundError):
            await ps.patients.get(6)
        assert [p.client_id for p in await ps.patients.list().to_list()] == [1, 2, 3, 4, 5]
    with pytest.raises(ValueError, match="unknown collection 'llama'"):
        sandbox.resize("llama", 3)
    with pytest.raises(ValueError, match="size must be an int >= 0"):
        sandbox.resize("patient", -1)


def _page_body(
    number: int, *, total: int = 100, size: int = 10, count: int | None = None
) -> object:
    first = (number - 1) * size + 1
    last = min(first + (size if count is None else count), total + 1)
    return {"clients": [{"client_id": i} for i in range(first, last)], "total_entries": total}


@pytest.mark.parametrize("count", [0, 5], ids=["empty-page", "short-page"])
async def test_a_page_short_of_what_total_entries_promises_is_not_a_silent_gap(
    count: int,
) -> None:
    answers = {f"/v1/patient?page={n}&page_size=10": _page_body(n) for n in range(1, 11)}
    answers["/v1/patient?page=4&page_size=10"] = _page_body(4, count=count)
    async with serving(answers) as ps:
        with pytest.raises(PaginationError, match="page 4"):
            await ps.patients.list(page_size=10, on_change="error").to_list()


# --------------------------------------------------------------------------------------------
# Bad input: refused before any request, with a message that says what is wrong

KEYS: dict[str, Any] = {"vendor_key": "vend-key", "api_key": "acct-key"}


class _NoOffset(tzinfo):
    """A tzinfo that knows no offset: such a datetime is still naive."""

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return None

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        return None


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"base_url": 443}, "base_url must be a str or yarl.URL, got int"),
        ({"base_url": b"https://api.pracsuite.com/v1/"}, "base_url must be a str or yarl.URL"),
        ({"base_url": "https://api.pracsuite.com/v1 "}, "contains whitespace or control"),
        ({"base_url": "https://api.pracsuite.com\n/v1/"}, "contains whitespace or control"),
        ({"base_url": "https://api pracsuite.com/v1/"}, "contains whitespace or control"),
        ({"base_url": "https://api.pracsuite.com:99999/v1/"}, "is not a URL: Port out of range"),
        ({"base_url": "https://[::1/v1/"}, "is not a URL"),
        ({"base_url": "https:///v1/"}, "must be absolute, like https://api.pracsuite.com/v1/"),
        ({"base_url": "//api.pracsuite.com/v1/"}, "must use https"),
        ({"base_url": "http://localhost.example.com/v1/"}, "uses plain http"),
        ({"base_url": "https://api.pracsuite.com/v1/#top"}, "must not carry .* a fragment"),
        ({"environ": {"PRACSUITE_BASE_URL": "http://x.io/"}}, "'http://x.io/' uses plain http"),
        ({"vendor_key": 1234}, "vendor key \\(x-api-key\\) must be a str, got int"),
        ({"api_key": b"acct-key"}, "account key \\(A-api-key\\) must be a str, got bytes"),
        ({"api_key": "acct\x00key"}, "account key .* another control character"),
        ({"vendor_key": "\tvend-key"}, "vendor key .* surrounding whitespace"),
        ({"environ": "PRACSUITE_API_KEY=x"}, "environ must be a mapping, got str"),
        ({"timeout": 0.0}, "Timeout.total must be a positive number or None, got 0.0"),
        ({"timeout": float("nan")}, "Timeout.total must be a positive number or None, got nan"),
        ({"timeout": True}, "timeout must be a Timeout or seconds, got True"),
        ({"max_concurrency": "8"}, "max_concurrency must be an int"),
    ],
)
def test_bad_client_settings_fail_at_construction(settings: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        AsyncPracSuite(**{**KEYS, "environ": {}, **settings})


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({}, "missing vendor key \\(x-api-key\\): pass it to AsyncPracSuite"),
        ({"PRACSUITE_VENDOR_KEY": "v"}, "missing account key \\(A-api-key\\).*PRACSUITE_API_KEY"),
        ({"PRACSUITE_VENDOR_KEY": "", "PRACSUITE_API_KEY": "a"}, "missing vendor key"),
    ],
)
def test_missing_keys_name_the_argument_and_the_variable(
    environ: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        AsyncPracSuite(environ=environ)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"read": "30"}, "Timeout.read must be a positive number or None, got '30'"),
        ({"connect": 0}, "Timeout.connect must be a positive number or None, got 0"),
        ({"total": -5.0}, "Timeout.total must be a positive number or None, got -5.0"),
    ],
)
def test_bad_timeouts_are_refused(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        Timeout(**fields)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"requests_per_second": "20"}, "requests_per_second"),
        ({"backoff_base": "0.25"}, "backoff_base"),
        ({"max_retries": True}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
    ],
)
def test_bad_limits_name_the_setting(settings: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        AsyncPracSuite(**KEYS, environ={}, **settings)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda ps: ps.patients.list(filters=[Filter.ge("file_created", datetime(2026, 1, 1))]),
            "timestamp 2026-01-01T00:00:00 is naive: pass an aware datetime",
        ),
        (
            lambda ps: ps.patients.list(
                filters=[Filter.ge("file_created", datetime(2026, 1, 1, tzinfo=_NoOffset()))]
            ),
            "is naive: pass an aware datetime",
        ),
        (
            lambda ps: ps.patients.list(filters=[Filter.ge("file_created", date(2026, 1, 1))]),
            "filter 'file_created' takes an aware datetime \\(timestamp\\), got date",
        ),
        (
            lambda ps: ps.patients.list(filters=[Filter.lt("updated", "2026-01-01T00:00:00Z")]),
            "filter 'updated' takes an aware datetime \\(timestamp\\), got str",
        ),
        (
            lambda ps: ps.patients.list(
                filters=[Filter.eq("date_of_birth", datetime(1990, 1, 2, tzinfo=UTC))]
            ),
            "filter 'date_of_birth' takes a datetime.date \\(date\\), got datetime",
        ),
        (
            lambda ps: ps.patients.list(filters=[Filter.eq("archived", 1)]),
            "filter 'archived' takes a bool \\(boolean\\), got int: 1",
        ),
        (
            lambda ps: ps.patients.list(filters=[Filter.contains("archived", "t")]),
            "'contains' \\(~\\) needs a string filter; 'archived' is boolean",
        ),
        (
            lambda ps: ps.patients.list(filters=[Filter("surname", "==", "Smith")]),
            "unknown filter operator '=='",
        ),
        (
            lambda ps: ps.patients.list(filters="surname:=Smith"),
            "filters must be a list of Filter, got str",
        ),
        (
            lambda ps: ps.patients.list(sort_by=["shoe_size"]),
            "cannot sort by 'shoe_size'; sortable fields: accepted_privacy_policy, address_1",
        ),
        (
            lambda ps: ps.resources.list(sort_by=["client_id"]),
            "cannot sort by 'client_id'; sortable fields: archived, description, resource_id",
        ),
        (lambda ps: ps.patients.list(sort_by=["-surname"]), "cannot sort by '-surname'"),
        (lambda ps: ps.patients.list(sort_by=[""]), "cannot sort by ''"),
        (
            lambda ps: ps.patients.list(sort_by={"surname"}),
            "sort_by must be a list of field names, got set",
        ),
        (
            lambda ps: ps.patients.list(sort_by=["surname", "surname"]),
            "sort_by names a field twice",
        ),
        (lambda ps: ps.patients.list(page_size="100"), "page_size must be an int, got str"),
        (lambda ps: ps.patients.list(page_size=None), "page_size must be an int, got NoneType"),
        (lambda ps: ps.patients.list(limit="10"), "limit must be an int, got str"),
        (lambda ps: ps.patients.list(concurrency=2.5), "concurrency must be an int, got float"),
        (lambda ps: ps.patients.list(timeout="5"), "timeout must be a Timeout or seconds"),
        (lambda ps: ps.patients.list(timeout=0), "Timeout.total must be a positive number"),
        (
            lambda ps: ps.patients.list(on_change="raise"),
            "on_change must be 'warn', 'error' or 'ignore', got 'raise'",
        ),
        (
            lambda ps: ps.resources.list_by_appointment(""),
            "appointment_id must be an int, got str: ''",
        ),
        (
            lambda ps: ps.resources.list_by_appointment(None),
            "appointment_id must be an int, got NoneType",
        ),
        (
            lambda ps: ps.resources.list_by_appointment_type(True),
            "appointment_type_id must be an int, got bool",
        ),
    ],
)
async def test_bad_list_arguments_are_refused_with_a_clear_message(
    client: AsyncPracSuite, sandbox: Sandbox, call: Callable[[AsyncPracSuite], Any], message: str
) -> None:
    with pytest.raises(PracSuiteValueError, match=message):
        call(client)
    assert sandbox.stats.requests == 0


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda ps: ps.patients.get(""), "client_id must be an int, got str: ''"),
        (lambda ps: ps.businesses.get(" 7"), "business_id must be an int, got str: ' 7'"),
        (lambda ps: ps.resources.get(None), "resource_id must be an int, got NoneType"),
        (lambda ps: ps.patients.get(1, timeout="x"), "timeout must be a Timeout or seconds"),
        (lambda ps: ps.patients.get(1, max_retries=1.5), "max_retries must be an int >= 0"),
    ],
)
async def test_bad_get_arguments_are_refused_with_a_clear_message(
    client: AsyncPracSuite, sandbox: Sandbox, call: Callable[[AsyncPracSuite], Any], message: str
) -> None:
    with pytest.raises(PracSuiteValueError, match=message):
        await call(client)
    assert sandbox.stats.requests == 0


async def invoke(call: Callable[[AsyncPracSuite], Any], client: AsyncPracSuite) -> None:
    result = call(client)
    if asyncio.iscoroutine(result):
        await result


@pytest.mark.parametrize(
    ("call", "message"),
    [
        # The methods have real parameters: Python names the method (and type checkers and
        # IDEs catch these before running).
        (
            lambda ps: ps.patients.list(pagesize=10),
            "Patients.list\\(\\) got an unexpected keyword argument 'pagesize'",
        ),
        (lambda ps: ps.patients.list(page=2), "Patients.list\\(\\) .* argument 'page'"),
        (
            lambda ps: ps.resources.list_by_appointment(3, sort="description"),
            "list_by_appointment\\(\\) got an unexpected keyword argument 'sort'",
        ),
        (
            lambda ps: ps.patients.get(1, page_size=5),
            "Patients.get\\(\\) got an unexpected keyword argument 'page_size'",
        ),
        (
            # A list without documented filters takes no filters= at all.
            lambda ps: ps.resources.list(filters=[Filter.eq("description", "Gym")]),
            "Resources.list\\(\\) got an unexpected keyword argument 'filters'",
        ),
    ],
)
async def test_misspelt_options_name_the_public_method(
    client: AsyncPracSuite, sandbox: Sandbox, call: Callable[[AsyncPracSuite], Any], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        await invoke(call, client)
    assert sandbox.stats.requests == 0


@pytest.mark.parametrize("filters", [5, {"surname": "Smith"}], ids=["int", "dict"])
def test_filters_that_are_not_a_list_of_filter_are_refused(
    client: AsyncPracSuite, filters: Any
) -> None:
    with pytest.raises(PracSuiteValueError, match=f"got {type(filters).__name__}"):
        client.patients.list(filters=filters)


# --------------------------------------------------------------------------------------------
# Responses that break the documented schema: ResponseValidationError, never a KeyError

PATIENT = "/v1/patient/1"
PATIENTS = "/v1/patient"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"client_id": "12"}, "Patient.client_id: expected an integer, got str: '12'"),
        ({"surname": "Lovelace"}, "Patient.client_id: required field missing"),
        ({"client_id": None}, "Patient.client_id: must not be null"),
        (
            {"client_id": 1, "file_created": 1_700_000_000},
            "Patient.file_created: expected a string",
        ),
        ({"client_id": 1, "date_of_birth": "1990-13-45"}, "Patient.date_of_birth: month must"),
        ({"client_id": 1, "archive": "false"}, "Patient.archive: expected a boolean"),
        ([{"client_id": 1}], "expected a JSON object for Patient, got list"),
        (b"", "response is not JSON"),
        (b'{"client_id": 1', "response is not JSON"),
    ],
)
async def test_a_record_that_breaks_the_schema_raises_response_validation_error(
    body: object, message: str
) -> None:
    async with serving({PATIENT: body}) as ps:
        with pytest.raises(ResponseValidationError, match=message) as info:
            await ps.patients.get(1)
    assert info.value.request.url.endswith(PATIENT)
    assert f"(GET {info.value.request.url})" in str(info.value)
    assert info.value.status == 200  # with the answer it came in, for the caller's logs
    assert info.value.body is not None
    assert not info.value.write_accepted


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"total_entries": 1}, "list key 'clients' missing or not a list \\(found: total_"),
        ({"resources": [], "total_entries": 0}, "list key 'clients' missing .* resources"),
        ({"clients": None, "total_entries": 1}, "list key 'clients' missing or not a list"),
        ({"clients": {"client_id": 1}}, "list key 'clients' missing or not a list"),
        (
            {"clients": [{"client_id": 1}], "total_entries": "1"},
            "total_entries must be a non-negative integer, got '1'",
        ),
        (
            {"clients": [{"client_id": 1}, {"surname": "Byron"}], "total_entries": 2},
            "Patient.client_id: required field missing",
        ),
        ({"clients": ["Ada"], "total_entries": 1}, "expected a Patient object, got str"),
        (
            {"clients": [{"client_id": 1}], "links": {"next": "http://[::1"}},
            "links.next is not a valid URL: 'http://\\[::1'",
        ),
        ({"clients": [{"client_id": 1}], "links": ["next"]}, "links must be an object"),
    ],
)
async def test_a_page_that_breaks_the_schema_raises_response_validation_error(
    body: object, message: str
) -> None:
    async with serving({PATIENTS: body}) as ps:
        with pytest.raises(ResponseValidationError, match=message) as info:
            await ps.patients.list().to_list()
    assert "/v1/patient?page=1&page_size=50" in str(info.value)
    assert info.value.status == 200
    assert info.value.body is not None


async def test_relative_next_links_are_followed_on_the_api_host() -> None:
    answers: dict[str, object] = {
        f"{PATIENTS}?page=1&page_size=50": {
            "clients": [{"client_id": 1}],
            "links": {"next": "patient?page=2&page_size=50"},
        },
        f"{PATIENTS}?page=2&page_size=50": {
            "clients": [{"client_id": 2}],
            "links": {"next": "/v1/patient?page=3&page_size=50"},
        },
        f"{PATIENTS}?page=3&page_size=50": {"clients": [{"client_id": 3}], "links": {}},
    }
    async with serving(answers) as ps:
        patients = await ps.patients.list().to_list()
    assert patients == [Patient(client_id=1), Patient(client_id=2), Patient(client_id=3)]


@pytest.mark.parametrize(
    ("response", "error", "body"),
    [
        (
            web.Response(status=500, text="<html>oops</html>"),
            InternalServerError,
            "<html>oops</html>",
        ),
        (web.json_response({"error": "gone"}, status=404), NotFoundError, {"error": "gone"}),
        (web.json_response(["bad"], status=400), BadRequestError, ["bad"]),
        (web.Response(status=503), InternalServerError, None),
    ],
)
async def test_error_bodies_off_the_documented_shape_still_give_typed_errors(
    response: web.Response, error: type[APIStatusError], body: object
) -> None:
    async with serving({PATIENT: response}) as ps:
        with pytest.raises(error) as info:
            await ps.patients.get(1)
    assert (info.value.body, info.value.code, info.value.detail) == (body, None, None)
    assert info.value.request.url.endswith(PATIENT)


# --------------------------------------------------------------------------------------------
# The limiter after a 429 (found by the soak)


@pytest.mark.parametrize(
    ("requests_per_second", "seconds"),
    [(None, 0.2), (1000.0, 1.2)],
    ids=["unbounded-first-bucket", "bounded-after-a-second"],
)
async def test_a_429_early_in_a_pull_keeps_the_rate_near_what_was_sent(
    requests_per_second: float | None, seconds: float
) -> None:
    now = 100.0
    limiter = RateLimiter(
        max_concurrency=8, requests_per_second=requests_per_second, clock=lambda: now
    )
    for _ in range(round(seconds * 200)):  # a steady 200 requests per second
        async with limiter.slot():
            pass
        now += 0.005
    limiter.on_throttled(None)
    assert limiter.current_rate is not None
    assert limiter.current_rate >= 100  # 0.7 x 200/s is 140/s
