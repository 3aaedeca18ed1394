"""A client's life: close() while calls wait or run, and the one event loop it belongs to."""

import asyncio
import logging
import socket
import traceback
from collections.abc import Callable
from typing import Any

import aiohttp
import pytest

from pracsuite_async import (
    APIConnectionError,
    AsyncPracSuite,
    ClientClosedError,
    RateLimitError,
    WriteOutcomeUnknownError,
)
from pracsuite_async.sandbox import Fault, Sandbox
from pracsuite_async.types import Patient

from .conftest import WatchedStats, client_for, watched_sandbox

VENDOR_KEY = "VENDOR-SECRET-123"
ACCOUNT_KEY = "ACCOUNT-SECRET-456"
WRONG_LOOP = (
    "an AsyncPracSuite belongs to the event loop it first ran in; create one client per event loop"
)


def keyed_sandbox() -> tuple[Sandbox, WatchedStats]:
    """A watched sandbox whose keys are recognisable, for the checks that they never leak."""
    return watched_sandbox(vendor_key=VENDOR_KEY, api_key=ACCOUNT_KEY)


def arrived(path: str) -> Callable[[WatchedStats], bool]:
    return lambda stats: stats.seen(path)


async def finished_soon(task: asyncio.Task[Any]) -> None:
    """Wait a little for ``task`` to end, without cancelling it (that would end it anyway)."""
    done, _ = await asyncio.wait({task}, timeout=5)
    assert done == {task}, "still waiting after close()"


# --------------------------------------------------------------------------------------------
# close() while calls wait for a slot or are on the wire


async def test_close_fails_every_call_waiting_for_a_slot_with_client_closed_error() -> None:
    sb, stats = keyed_sandbox()
    async with sb:
        sb.inject(Fault("stall", path_contains="patient/1"))
        ps = client_for(sb, max_concurrency=1, max_retries=0)
        # Created together: the first takes the only slot, the rest queue behind it at once.
        calls = [asyncio.create_task(ps.patients.get(i)) for i in (1, 2, 3)]
        await stats.until(arrived("patient/1"))
        assert ps.rate_limiter.in_flight == 1
        await ps.close()
        results = await asyncio.gather(*calls, return_exceptions=True)
    assert [type(r) for r in results] == [ClientClosedError] * 3
    assert "closed during the request (GET " in str(results[0])
    assert [str(r) for r in results[1:]] == [
        "this AsyncPracSuite client is closed; create a new one"
    ] * 2
    assert [r.path_qs for r in stats.request_log] == ["/v1/patient/1"]  # the queued never went
    assert ps.rate_limiter.in_flight == 0


async def test_close_fails_queued_writes_unsent_and_reports_the_sent_one_as_unknown() -> None:
    sb, stats = keyed_sandbox()
    async with sb:
        sb.inject(Fault("stall", path_contains="patient/1"))
        ps = client_for(sb, max_concurrency=1)
        calls = [asyncio.create_task(ps.patients.update(i, first_name="Zed")) for i in (1, 2, 3)]
        await stats.until(arrived("patient/1"))
        await ps.close()
        results = await asyncio.gather(*calls, return_exceptions=True)
    assert type(results[0]) is WriteOutcomeUnknownError  # it reached the server: may be applied
    assert "may or may not have been applied" in str(results[0])
    assert [type(r) for r in results[1:]] == [ClientClosedError] * 2
    assert [(r.method, r.path_qs) for r in stats.request_log] == [("PATCH", "/v1/patient/1")]


async def test_a_closed_client_error_shows_no_key_even_with_captured_locals() -> None:
    sb, stats = keyed_sandbox()
    async with sb:
        sb.inject(Fault("stall", path_contains="patient/1"))
        ps = client_for(sb, max_concurrency=1, max_retries=0)
        calls = [
            asyncio.create_task(ps.patients.get(1)),
            asyncio.create_task(ps.patients.get(2)),
            asyncio.create_task(ps.patients.update(3, first_name="Zed")),  # its own header copy
        ]
        await stats.until(arrived("patient/1"))
        await ps.close()
        results = await asyncio.gather(*calls, return_exceptions=True)
    for error in results:
        assert isinstance(error, ClientClosedError)
        text = "".join(
            traceback.TracebackException.from_exception(error, capture_locals=True).format()
        )
        assert VENDOR_KEY not in text
        assert ACCOUNT_KEY not in text
    # The last, a queued write, failed inside the frame holding its headers: they were captured.
    assert "'x-api-key': '***', 'A-api-key': '***'" in text
    assert "'Content-Type': 'application/json'" in text


async def test_close_ends_a_wait_in_a_429_pause_at_once() -> None:
    sb, stats = keyed_sandbox()
    async with sb:
        sb.inject(Fault("status", status=429, retry_after=60))
        ps = client_for(sb, max_concurrency=1, max_retries=0)
        throttled = asyncio.create_task(ps.patients.get(1))
        paused = asyncio.create_task(ps.patients.get(2))  # queued; then held by the pause
        with pytest.raises(RateLimitError):
            await throttled
        assert ps.rate_limiter.paused_for > 50
        await ps.close()
        await finished_soon(paused)  # the pause has a minute to go
        with pytest.raises(ClientClosedError, match="client is closed"):
            paused.result()
    assert [r.path_qs for r in stats.request_log] == ["/v1/patient/1"]


class _RetryAnnounced(logging.Handler):
    """Sets an event when the transport logs that it is about to back off."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.event = asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("retrying "):
            self.event.set()


async def test_close_ends_a_retry_backoff_at_once() -> None:
    sb, stats = keyed_sandbox()
    announced = _RetryAnnounced()
    logger = logging.getLogger("pracsuite_async")
    logger.addHandler(announced)
    previous = logger.level
    logger.setLevel(logging.INFO)
    try:
        async with sb:
            sb.inject(Fault("status", status=503, retry_after=60))  # a 60 s backoff follows
            ps = client_for(sb, max_retries=1)
            call = asyncio.create_task(ps.patients.get(1))
            await announced.event.wait()
            await ps.close()
            await finished_soon(call)
            with pytest.raises(ClientClosedError, match="client is closed"):
                call.result()
    finally:
        logger.removeHandler(announced)
        logger.setLevel(previous)
    assert [r.path_qs for r in stats.request_log] == ["/v1/patient/1"]


async def test_cancelling_a_call_waiting_for_a_slot_still_cancels_it_after_close() -> None:
    sb, stats = keyed_sandbox()
    async with sb:
        sb.inject(Fault("stall", path_contains="patient/1"))
        ps = client_for(sb, max_concurrency=1, max_retries=0)
        calls = [asyncio.create_task(ps.patients.get(i)) for i in (1, 2)]
        await stats.until(arrived("patient/1"))
        calls[1].cancel()  # its owner's cancellation wins over close()'s
        await ps.close()
        results = await asyncio.gather(*calls, return_exceptions=True)
    assert [type(r) for r in results] == [ClientClosedError, asyncio.CancelledError]


async def test_a_caller_session_closed_under_the_client_gives_client_closed_error(
    sandbox: Sandbox,
) -> None:
    http = aiohttp.ClientSession()
    async with client_for(sandbox, session=http) as ps:
        await ps.patients.get(1)
        await http.close()
        with pytest.raises(ClientClosedError, match="session passed as session= has been closed"):
            await ps.patients.get(2)
    assert len(sandbox.stats.request_log) == 1


# --------------------------------------------------------------------------------------------
# One client, one event loop


def _refused_url() -> str:
    with socket.socket() as probe:  # a port nothing listens on once the probe is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1/"


def test_a_second_asyncio_run_gets_a_clear_error_before_sending() -> None:
    ps = AsyncPracSuite(
        vendor_key="v", api_key="a", base_url=_refused_url(), environ={}, max_retries=0
    )
    with pytest.raises(APIConnectionError, match="could not connect"):
        asyncio.run(ps.patients.get(1))  # the session now belongs to that (ended) loop
    with pytest.raises(ClientClosedError, match=WRONG_LOOP):
        asyncio.run(ps.patients.get(1))
    with pytest.raises(ClientClosedError, match=WRONG_LOOP):
        asyncio.run(ps.patients.list().to_list())
    asyncio.run(ps.close())
    assert ps.closed


async def test_a_call_from_another_threads_loop_is_refused_and_the_owner_carries_on() -> None:
    sb, stats = keyed_sandbox()
    async with sb, client_for(sb) as ps:
        assert (await ps.patients.get(1)).client_id == 1

        def from_another_loop() -> Patient | BaseException:
            try:
                return asyncio.run(ps.patients.get(2))
            except BaseException as exc:  # handed back to the test to inspect
                return exc

        outcome = await asyncio.to_thread(from_another_loop)
        assert isinstance(outcome, ClientClosedError)
        assert str(outcome) == WRONG_LOOP
        assert (await ps.patients.get(3)).client_id == 3
    assert [r.path_qs for r in stats.request_log] == ["/v1/patient/1", "/v1/patient/3"]
