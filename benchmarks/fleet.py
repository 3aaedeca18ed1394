"""One vendor key, many clinics and workers: shared budgets against vendor-wide limits.

Scenarios (``python -m benchmarks --only NAME --quick``):
- ``shared``: 8 clients (8 account keys) under one RateLimiter against a vendor limit R,
  against 8 clients each told R; Jain's fairness index; a single get during a bulk pull.
- ``fleet``: 4 worker processes sharing a RedisRateLimiter, against 4 with local limiters.
- ``paced``: a client told R against a sliding-window and a token-bucket server.
- ``overhead``: the Redis limiter's cost per request against the local limiter's.
- ``storm``: 16 requests in flight all answered 429 (Retry-After: 1): time to recover.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

from pracsuite_async import AsyncPracSuite, RateLimiter
from pracsuite_async._ratelimit import Admission
from pracsuite_async.sandbox import Fault, Sandbox

from ._fleet_worker import VENDOR_KEY, pull_until
from ._redis_process import redis_server
from ._sandbox_process import sandbox_process
from .run import Row

ACCOUNT_KEY = "sandbox-account-key"
ROOT = Path(__file__).resolve().parent.parent


def account_key(n: int) -> str:
    """The sandbox's account key of clinic ``n`` (1-based)."""
    return ACCOUNT_KEY if n == 1 else f"{ACCOUNT_KEY}-{n}"


def clinic_client(url: str, n: int, limiter: Admission) -> AsyncPracSuite:
    return AsyncPracSuite(
        VENDOR_KEY, account_key(n), base_url=url, rate_limiter=limiter, environ={}, max_retries=10
    )


def jain(shares: list[int]) -> float:
    """Jain's fairness index: 1.0 when every client got the same."""
    total = sum(shares)
    return total * total / (len(shares) * sum(x * x for x in shares)) if total else 0.0


@contextlib.asynccontextmanager
async def vendor_sandbox(
    clinics: int, rate: float, kind: str = "token_bucket", latency_ms: float = 10.0
) -> AsyncIterator[str]:
    async with sandbox_process(
        patients=5000,
        latency_ms=latency_ms,
        rate_limit=rate,
        clinics=clinics,
        limits=["--rate-limit-kind", kind],
    ) as url:
        yield url


async def _pull_all(
    url: str, limiters: list[Admission], seconds: float, concurrency: int = 4
) -> tuple[list[int], int]:
    """Pages each client pulled in ``seconds``, and the 429s the limiters saw."""
    clients = [clinic_client(url, n + 1, lim) for n, lim in enumerate(limiters)]
    deadline = time.monotonic() + seconds
    pages = await asyncio.gather(*(pull_until(ps, deadline, concurrency) for ps in clients))
    for ps in clients:
        await ps.close()
    return list(pages), sum(lim.throttle_count for lim in {id(x): x for x in limiters}.values())


async def shared(args: argparse.Namespace) -> list[Row]:
    """8 clients, one vendor key, R=100/s at the server: one shared limiter vs 8 told R."""
    rate, seconds = 100.0, 4.0 if args.quick else 10.0
    rows: list[Row] = []
    async with vendor_sandbox(8, rate) as url:
        await asyncio.sleep(1.0)  # the server's bucket refills after start-up
        budget = RateLimiter(max_concurrency=32, requests_per_second=rate)
        pages, throttles = await _pull_all(url, [budget] * 8, seconds)
        await asyncio.sleep(1.5)  # let the server's bucket refill between runs
        own = [RateLimiter(max_concurrency=4, requests_per_second=rate) for _ in range(8)]
        base_pages, base_throttles = await _pull_all(url, list(own), seconds)
        await asyncio.sleep(1.5)
        get_wait, bound = await _get_during_pull(url, rate)
    achieved, base_rate = sum(pages) / seconds, sum(base_pages) / seconds
    share = throttles / (sum(pages) + throttles)
    base_share = base_throttles / (sum(base_pages) + base_throttles)
    rows += [
        Row("8 shared budget: rate/R", "8 clients, one RateLimiter, server R=100/s",
            f"{achieved:.1f}/s", f"{rate:g}/s", achieved / rate, ">= 0.95"),
        Row("8 shared budget: 429 share", "one RateLimiter", f"{throttles} x 429",
            f"{sum(pages) + throttles} requests", share, "<= 0.01"),
        Row("8 shared budget: baseline rate/R", "8 clients each told R", f"{base_rate:.1f}/s",
            f"{rate:g}/s", base_rate / rate, ""),
        Row("8 shared budget: baseline 429 share", "8 clients each told R",
            f"{base_throttles} x 429", f"{sum(base_pages) + base_throttles} requests",
            base_share, ""),
        Row("8 shared budget: fairness (Jain)", "all 8 pulling", f"pages {min(pages)}-{max(pages)}",
            "1.0 = equal", jain(pages), ">= 0.95"),
        Row("8 shared budget: get during a 16-way pull", "p50 wait vs 1/R + latency",
            f"{get_wait * 1000:.1f} ms", f"{bound * 1000:.1f} ms", get_wait / bound, "<= 1.0"),
    ]  # fmt: skip
    return rows


async def _get_during_pull(url: str, rate: float) -> tuple[float, float]:
    """p50 of a single get's time while another clinic pulls 16-way, and 1/R + latency."""
    budget = RateLimiter(max_concurrency=32, requests_per_second=rate)
    idle = RateLimiter(max_concurrency=1, requests_per_second=None)
    async with clinic_client(url, 2, idle) as quiet:
        latency = statistics.median(await _timed_gets(quiet, 10, 0.02))
    async with clinic_client(url, 1, budget) as export, clinic_client(url, 2, budget) as hook:
        pulling = asyncio.create_task(pull_until(export, time.monotonic() + 30, 16))
        await asyncio.sleep(0.5)
        waits = await _timed_gets(hook, 15, 0.1)
        pulling.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await pulling
    return statistics.median(waits), 1 / rate + latency


async def _timed_gets(ps: AsyncPracSuite, calls: int, gap: float = 0.0) -> list[float]:
    """Seconds each of ``calls`` sequential gets took, ``gap`` seconds apart."""
    out = []
    for _ in range(calls):
        begin = time.perf_counter()
        await ps.businesses.get(1)
        out.append(time.perf_counter() - begin)
        if gap:
            await asyncio.sleep(gap)
    return out


async def _run_workers(
    url: str, seconds: float, rate: float, redis: tuple[str, str] | None
) -> tuple[int, int]:
    start_at = time.time() + 2.0  # every worker starts pulling at the same moment
    procs = []
    for n in range(1, 5):
        worker = [url, account_key(n), str(start_at), str(seconds), str(rate), *(redis or ())]
        procs.append(
            await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "benchmarks._fleet_worker",
                *worker,
                cwd=ROOT,
                stdout=asyncio.subprocess.PIPE,
            )
        )
    outputs = [json.loads((await p.communicate())[0]) for p in procs]
    return sum(o["pages"] for o in outputs), sum(o["throttles"] for o in outputs)


async def fleet(args: argparse.Namespace) -> list[Row]:
    """4 worker processes, one vendor key: a shared RedisRateLimiter vs local limiters."""
    rate, seconds = 100.0, 4.0 if args.quick else 10.0
    with tempfile.TemporaryDirectory() as tmp, redis_server(Path(tmp)) as redis_url:
        async with vendor_sandbox(4, rate) as url:
            pages, throttles = await _run_workers(
                url, seconds, rate, (redis_url, f"bench-{uuid.uuid4().hex[:6]}")
            )
            await asyncio.sleep(1.5)
            base_pages, base_throttles = await _run_workers(url, seconds, rate, None)
    achieved, base_rate = pages / seconds, base_pages / seconds
    return [
        Row("9 fleet on Redis: rate/R", "4 processes, one RedisRateLimiter, R=100/s",
            f"{achieved:.1f}/s", f"{rate:g}/s", achieved / rate, ">= 0.95"),
        Row("9 fleet on Redis: 429 share", "one RedisRateLimiter", f"{throttles} x 429",
            f"{pages + throttles} requests", throttles / (pages + throttles), "<= 0.01"),
        Row("9 fleet on Redis: baseline rate/R", "4 processes, local limiters told R",
            f"{base_rate:.1f}/s", f"{rate:g}/s", base_rate / rate, ""),
        Row("9 fleet on Redis: baseline 429 share", "local limiters told R",
            f"{base_throttles} x 429", f"{base_pages + base_throttles} requests",
            base_throttles / (base_pages + base_throttles), ""),
    ]  # fmt: skip


async def paced(args: argparse.Namespace) -> list[Row]:
    """A client told R=50 against sliding-window and token-bucket servers at R."""
    rate, seconds = 50.0, 4.0 if args.quick else 10.0
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp, redis_server(Path(tmp)) as redis_url:
        for kind in ("sliding_window", "token_bucket"):
            async with vendor_sandbox(1, rate, kind) as url:
                from pracsuite_async.redis import RedisRateLimiter

                limiters: dict[str, Callable[[], Admission]] = {
                    "local": lambda: RateLimiter(max_concurrency=16, requests_per_second=rate),
                    "Redis": lambda: RedisRateLimiter(
                        redis_url,
                        key=uuid.uuid4().hex,
                        max_concurrency=16,
                        requests_per_second=rate,
                    ),
                }
                for label, make in limiters.items():
                    await asyncio.sleep(1.5)  # the server's window empties between runs
                    limiter = make()
                    pages, throttles = await _pull_all(url, [limiter], seconds, 16)
                    if hasattr(limiter, "aclose"):
                        await limiter.aclose()
                    achieved = sum(pages) / seconds
                    rows += [
                        Row(f"10 told R, {kind}: rate/R", f"R=50/s, {label} limiter",
                            f"{achieved:.1f}/s", f"{rate:g}/s", achieved / rate,
                            ">= 0.93"),
                        Row(f"10 told R, {kind}: 429s", f"{label} limiter", f"{throttles} x 429",
                            f"{sum(pages) + throttles} requests",
                            throttles / (sum(pages) + throttles), "<= 0.0"),
                    ]  # fmt: skip
    return rows


async def overhead(args: argparse.Namespace) -> list[Row]:
    """Per-request cost of the Redis limiter on loopback, against the local limiter."""
    from pracsuite_async.redis import RedisRateLimiter

    calls, rounds = (300, 3) if args.quick else (1000, 5)
    local_times: list[float] = []
    redis_times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, redis_server(Path(tmp)) as redis_url:
        async with sandbox_process(patients=100) as url:
            shared = RedisRateLimiter(redis_url, key="overhead", requests_per_second=None)
            local = RateLimiter(requests_per_second=None)
            async with clinic_client(url, 1, local) as a, clinic_client(url, 1, shared) as b:
                await _timed_gets(a, 50)  # warm both connection pools
                await _timed_gets(b, 50)
                for _ in range(rounds):  # interleaved, so drift hits both alike
                    local_times += await _timed_gets(a, calls)
                    redis_times += await _timed_gets(b, calls)
            await shared.aclose()

    def pct(values: list[float], q: int) -> float:
        return statistics.quantiles(values, n=100)[q - 1] * 1000

    rows = []
    for q in (50, 99):
        extra = pct(redis_times, q) - pct(local_times, q)
        rows.append(
            Row(f"11 Redis limiter overhead p{q}", "sequential gets; ratio column = extra ms",
                f"{pct(redis_times, q):.2f} ms", f"{pct(local_times, q):.2f} ms local",
                extra, "<= 0.5" if q == 50 else "")
        )  # fmt: skip
    return rows


async def storm(args: argparse.Namespace) -> list[Row]:
    """16 requests in flight together, all answered 429 with Retry-After: 1."""
    async with Sandbox() as sb:
        sb.inject(Fault("status", status=429, retry_after=1, times=16))
        async with AsyncPracSuite(
            sb.vendor_key, sb.api_key, base_url=sb.url, max_concurrency=16,
            requests_per_second=None, environ={},
        ) as ps:  # fmt: skip
            begin = time.perf_counter()
            await asyncio.gather(*(ps.businesses.get(1) for _ in range(16)))
            elapsed = time.perf_counter() - begin
            events = ps.rate_limiter.throttle_events
    return [
        Row("12 throttle storm: recovery", "16 in flight, all 429 Retry-After: 1",
            f"{elapsed:.2f}s, {events} decrease(s)", "1.00s Retry-After", elapsed / 1.0,
            "<= 1.5")
    ]  # fmt: skip


# The scenarios that start a real redis-server.
NEEDS_REDIS = frozenset({"fleet", "paced", "overhead"})

FLEET_SCENARIOS: dict[str, Callable[[argparse.Namespace], Coroutine[Any, Any, list[Row]]]] = {
    "shared": shared,
    "fleet": fleet,
    "paced": paced,
    "overhead": overhead,
    "storm": storm,
}
