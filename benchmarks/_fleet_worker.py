"""One worker process of the fleet benchmark: pulls pages until a deadline, prints a summary.

python -m benchmarks._fleet_worker BASE_URL ACCOUNT_KEY START_AT SECONDS RATE [REDIS_URL KEY]

With REDIS_URL and KEY the worker shares a RedisRateLimiter told RATE; without, it has its
own local limiter told RATE (the baseline: every worker believes it owns the budget).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time

from pracsuite_async import AsyncPracSuite
from pracsuite_async._ratelimit import Admission, RateLimiter

VENDOR_KEY = "sandbox-vendor-key"


async def pull_until(ps: AsyncPracSuite, deadline: float, concurrency: int) -> int:
    """Pages fetched until ``deadline`` (monotonic), pulling with ``concurrency`` lanes."""
    done = 0

    async def pull() -> None:
        nonlocal done
        while True:
            pager = ps.patients.list(page_size=10, concurrency=concurrency)
            async with contextlib.aclosing(pager.pages()) as pages:  # cancelling ends its lanes
                async for _ in pages:
                    done += 1

    task = asyncio.create_task(pull())
    try:
        await asyncio.sleep(max(0.0, deadline - time.monotonic()))
    finally:  # also when this call is cancelled: the pull must not outlive it
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    return done


async def main(argv: list[str]) -> None:
    base_url, account, start_at, seconds, rate = argv[:5]
    limiter: Admission
    if len(argv) > 5:
        from pracsuite_async.redis import RedisRateLimiter

        limiter = RedisRateLimiter(
            argv[5], key=argv[6], max_concurrency=32, requests_per_second=float(rate)
        )
    else:
        limiter = RateLimiter(max_concurrency=8, requests_per_second=float(rate))
    ps = AsyncPracSuite(
        VENDOR_KEY, account, base_url=base_url, rate_limiter=limiter, environ={}, max_retries=10
    )
    await asyncio.sleep(max(0.0, float(start_at) - time.time()))
    pages = await pull_until(ps, time.monotonic() + float(seconds), concurrency=8)
    throttles = limiter.throttle_count
    await ps.close()
    if hasattr(limiter, "aclose"):
        await limiter.aclose()
    print(json.dumps({"pages": pages, "throttles": throttles}))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
