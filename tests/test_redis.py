"""The shared budget on a real redis-server: processes, leases, quotas, Redis going away."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import sys
import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from pracsuite_async import AsyncPracSuite, QuotaExceededError
from pracsuite_async.redis import LimiterUnavailableError, RedisRateLimiter
from pracsuite_async.sandbox import Sandbox

from .conftest import client_at, redis_server, watched_sandbox

ROOT = Path(__file__).resolve().parent.parent
GUARD = 30  # seconds: a hang becomes a failure


def budget_key() -> str:
    return f"test-{uuid.uuid4().hex[:8]}"


@asynccontextmanager
async def admission_log(url: str, key: str) -> AsyncIterator[list[float]]:
    """Redis TIME of every admission to the budget ``key`` while inside, in order; complete
    on exit. Read from MONITOR (the acquire script's ZADD to the budget's log, whose score
    is the admission's time): the log itself keeps only the last window."""
    log_key = f"pracsuite:{{{key}}}:log"
    end = f"admission-log-end-{uuid.uuid4().hex}"
    times: list[float] = []
    async with aioredis.Redis.from_url(url) as r, r.monitor() as monitor:

        async def read() -> None:
            while True:
                words = (await monitor.next_command())["command"].split()
                if words[:2] == ["ZADD", log_key]:
                    times.append(float(words[2]))
                elif end in words:
                    return

        reader = asyncio.create_task(read())
        try:
            yield times
            # Redis feeds its monitors in the order it runs commands: this one comes after
            # every admission made before it.
            await r.get(end)
            async with asyncio.timeout(GUARD):
                await reader
        finally:
            reader.cancel()


async def redis_time(r: aioredis.Redis) -> float:
    seconds, micros = await r.time()
    return seconds + micros / 1e6


def spawn_worker(*args: str) -> asyncio.Future[asyncio.subprocess.Process]:
    return asyncio.ensure_future(
        asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests._redis_worker",
            *args,
            cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    )


def most_in_one_second(times: list[float]) -> int:
    return max(sum(1 for t in times if begin <= t < begin + 1.0) for begin in times)


def shared_client(url: str, budget: RedisRateLimiter, sb: Sandbox, n: int = 0) -> AsyncPracSuite:
    return client_at(
        sb.url,
        vendor_key=sb.vendor_key,
        api_key=sb.clinics[n].api_key,
        rate_limiter=budget,
        requests_per_second=20.0,  # the budget's own settings apply
    )


async def test_slots_are_shared_by_every_limiter_of_the_key(redis_url: str) -> None:
    key = budget_key()
    one = RedisRateLimiter(redis_url, key=key, max_concurrency=3, requests_per_second=None)
    two = RedisRateLimiter(redis_url, key=key, max_concurrency=3, requests_per_second=None)
    events: list[str] = []
    async with one, two, asyncio.timeout(GUARD), AsyncExitStack() as held:
        for limiter in (one, two, two):
            await held.enter_async_context(limiter.slot())
        released = asyncio.Event()

        async def fourth() -> None:
            async with one.slot():
                events.append("fourth admitted")

        waiting = asyncio.create_task(fourth())
        await asyncio.sleep(0.2)  # long enough for several polls: it must still be waiting
        events.append("releasing one")
        await held.aclose()
        released.set()
        await waiting
    assert events == ["releasing one", "fourth admitted"]


async def test_told_r_the_budget_admits_at_most_r_in_any_second_across_limiters(
    redis_url: str,
) -> None:
    key = budget_key()
    limiters = [
        RedisRateLimiter(redis_url, key=key, max_concurrency=32, requests_per_second=20)
        for _ in range(3)
    ]

    async def one(limiter: RedisRateLimiter) -> None:
        async with limiter.slot():
            pass

    async with (
        admission_log(redis_url, key) as times,
        AsyncExitStack() as stack,
        asyncio.timeout(GUARD),
    ):
        for limiter in limiters:
            await stack.enter_async_context(limiter)
        await asyncio.gather(*(one(limiters[i % 3]) for i in range(30)))
    assert len(times) == 30
    assert most_in_one_second(times) <= 20
    # Paced, no burst: two at most within one interval (a late timer's catch-up).
    assert max(sum(1 for t in times if begin <= t < begin + 1 / 20) for begin in times) <= 2


async def test_429s_in_flight_together_are_one_event_for_the_whole_budget(
    redis_url: str,
) -> None:
    key = budget_key()
    one = RedisRateLimiter(redis_url, key=key, max_concurrency=16, requests_per_second=None)
    two = RedisRateLimiter(redis_url, key=key, max_concurrency=16, requests_per_second=None)
    async with one, two, AsyncExitStack() as held:
        permits = [
            (limiter, await held.enter_async_context(limiter.slot())) for limiter in (one, two) * 4
        ]
        for limiter, permit in permits:
            await limiter.observe(permit, 429, {"Retry-After": "1"}, b"{}")
        status = await one.status()
    assert status["throttle_count"] == 8
    assert status["throttle_events"] == 1
    assert status["paused_for"] > 0.5  # the other limiter's 429s pause this one too
    assert status["current_rate"] is not None  # the unbounded budget switched pacing on


async def test_the_quota_is_counted_across_limiters_and_refuses_the_next(redis_url: str) -> None:
    key = budget_key()
    one = RedisRateLimiter(redis_url, key=key, requests_per_second=None, quota_per_day=5)
    two = RedisRateLimiter(redis_url, key=key, requests_per_second=None, quota_per_day=5)
    async with one, two:
        for limiter in (one, two, one, two, one):
            async with limiter.slot():
                pass
        with pytest.raises(QuotaExceededError, match="5 of 5") as caught:
            async with two.slot():
                pytest.fail("the sixth request was admitted")
        assert caught.value.resets_at is not None
        assert (await one.status())["usage"].used == 5
        assert two.usage.blocked


async def test_a_quota_429_stops_every_worker_of_the_budget_with_no_retry(redis_url: str) -> None:
    key = budget_key()
    sb, stats = watched_sandbox(clinics=2, quota=2, quota_window=3600)
    one = RedisRateLimiter(redis_url, key=key, requests_per_second=None)
    two = RedisRateLimiter(redis_url, key=key, requests_per_second=None)
    async with (
        sb,
        one,
        two,
        shared_client(redis_url, one, sb) as a,
        shared_client(redis_url, two, sb, 1) as b,
    ):
        await a.businesses.get(1)
        await b.businesses.get(1)
        with pytest.raises(QuotaExceededError, match="quota is exhausted"):
            await a.businesses.get(1)
        assert len(stats.request_log) == 3  # not retried
        with pytest.raises(QuotaExceededError):
            await b.businesses.get(1)  # the other worker's limiter asks Redis: blocked
        assert len(stats.request_log) == 3


async def test_a_killed_worker_frees_its_slots_within_the_lease_time(redis_url: str) -> None:
    key, lease = budget_key(), 1.0
    worker = await spawn_worker("hold", redis_url, key, "4", str(lease))
    assert worker.stdout is not None
    budget = RedisRateLimiter(redis_url, key=key, max_concurrency=4, requests_per_second=None)
    async with budget, aioredis.Redis.from_url(redis_url) as r, asyncio.timeout(GUARD):
        assert await worker.stdout.readline() == b"held\n"
        leases = f"pracsuite:{{{key}}}:leases"
        first_expiry = max(score for _, score in await r.zrange(leases, 0, -1, withscores=True))
        # Past the first expiry the live worker still holds all four: it renews them.
        await asyncio.sleep(first_expiry + 0.1 - await redis_time(r))
        now = await redis_time(r)
        assert await r.zcount(leases, now, "+inf") == 4
        worker.send_signal(signal.SIGKILL)
        await worker.wait()
        killed_at = await redis_time(r)
        last_expiry = max(score for _, score in await r.zrange(leases, 0, -1, withscores=True))
        async with AsyncExitStack() as held:
            for _ in range(4):  # full concurrency again
                await held.enter_async_context(budget.slot())
            regained = await redis_time(r)
    assert last_expiry <= killed_at + lease  # no lease outlives the lease time
    assert last_expiry <= regained <= killed_at + lease + 0.5  # 0.5: polling and scheduling


async def test_redis_stopped_mid_run_raises_a_typed_error_before_sending(tmp_path: Path) -> None:
    with redis_server(tmp_path) as url:
        sb, stats = watched_sandbox()
        budget = RedisRateLimiter(url, key=budget_key(), requests_per_second=None)
        async with sb, shared_client(url, budget, sb) as ps:
            await ps.businesses.get(1)
            stop = await asyncio.create_subprocess_exec(
                "redis-cli", "-u", url, "shutdown", "nosave"
            )
            await stop.wait()
            with pytest.raises(LimiterUnavailableError, match="unreachable"):
                await ps.businesses.get(1)
            assert len(stats.request_log) == 1  # nothing was sent unbounded
        await budget.aclose()


async def test_redis_stopped_mid_run_falls_back_to_a_logged_local_share(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with redis_server(tmp_path) as url:
        sb, stats = watched_sandbox()
        budget = RedisRateLimiter(
            url,
            key=budget_key(),
            max_concurrency=8,
            requests_per_second=40,
            on_redis_error="local",
            fallback_share=0.25,
        )
        async with sb, shared_client(url, budget, sb) as ps:
            await ps.businesses.get(1)
            assert not budget.degraded
            stop = await asyncio.create_subprocess_exec(
                "redis-cli", "-u", url, "shutdown", "nosave"
            )
            await stop.wait()
            with caplog.at_level(logging.WARNING, logger="pracsuite_async"):
                await asyncio.gather(*(ps.businesses.get(1) for _ in range(5)))
            assert budget.degraded
            assert "going on with a local limiter at 2 in flight, 10.0/s" in caplog.text
            assert len(stats.request_log) == 6
            assert stats.peak_in_flight <= 2  # a quarter of the budget's concurrency
        await budget.aclose()


async def test_four_worker_processes_share_one_paced_budget(redis_url: str) -> None:
    key, rate, calls = budget_key(), 40, 30
    sb, stats = watched_sandbox(clinics=4)
    async with sb, admission_log(redis_url, key) as admitted:
        workers = [
            await spawn_worker(
                "pull", redis_url, key, str(rate), sb.url, sb.vendor_key, c.api_key, str(calls)
            )
            for c in sb.clinics
        ]
        async with asyncio.timeout(GUARD * 2):
            outputs = [await w.communicate() for w in workers]
        assert [w.returncode for w in workers] == [0] * 4
    summaries = [json.loads(out) for out, _ in outputs]
    assert [s["calls"] for s in summaries] == [calls] * 4
    # Every request the server saw was admitted by the shared budget, and four workers,
    # each of which alone would send 16 at once, were admitted at most R in any second.
    # (Arrival times at the server also hold the machine's scheduling: not asserted.)
    assert len(stats.request_log) == len(admitted) == 4 * calls
    assert most_in_one_second(admitted) <= rate


async def test_a_request_cancelled_at_any_point_of_its_admission_ends_cancelled(
    redis_url: str,
) -> None:
    # redis-py's socket timeout runs through asyncio.wait_for, which on Python 3.11 returns
    # the answer and drops a cancellation that comes as Redis answers: a pull that was
    # cancelled then went on for ever.
    key = budget_key()
    budget = RedisRateLimiter(redis_url, key=key, max_concurrency=4, requests_per_second=None)

    async def request() -> None:
        async with budget.slot():
            await asyncio.sleep(0)  # the request, which a cancellation also ends

    async with budget, asyncio.timeout(GUARD):
        for turns in range(60):
            task = asyncio.create_task(request())
            for _ in range(turns):
                await asyncio.sleep(0)  # the cancellation lands a loop turn later each time
            if not task.cancel():
                continue  # done before the cancellation came
            (outcome,) = await asyncio.gather(task, return_exceptions=True)
            assert isinstance(outcome, asyncio.CancelledError), f"after {turns} turns"
        assert budget.in_flight == 0
    async with aioredis.Redis.from_url(redis_url) as r:  # no cancelled admission kept a slot
        assert await r.zcard(f"pracsuite:{{{key}}}:leases") == 0
