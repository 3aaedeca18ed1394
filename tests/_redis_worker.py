"""A worker process sharing a RedisRateLimiter, started by tests/test_redis.py.

``hold REDIS_URL KEY SLOTS LEASE``: take SLOTS slots, print "held", keep them (and renew
their leases) until killed. ``pull REDIS_URL KEY RATE BASE_URL VENDOR ACCOUNT CALLS``: make
CALLS single calls under the shared budget, print a JSON summary.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys

from pracsuite_async import AsyncPracSuite
from pracsuite_async.redis import RedisRateLimiter


async def hold(url: str, key: str, slots: int, lease: float) -> None:
    budget = RedisRateLimiter(
        url, key=key, max_concurrency=slots, requests_per_second=None, lease_seconds=lease
    )
    async with contextlib.AsyncExitStack() as stack:
        for _ in range(slots):
            await stack.enter_async_context(budget.slot())
        print("held", flush=True)
        await asyncio.Event().wait()


async def pull(
    url: str, key: str, rate: float, base_url: str, vendor: str, account: str, calls: int
) -> None:
    async with (
        RedisRateLimiter(url, key=key, max_concurrency=16, requests_per_second=rate) as budget,
        AsyncPracSuite(vendor, account, base_url=base_url, rate_limiter=budget, environ={}) as ps,
    ):
        await asyncio.gather(*(ps.businesses.get(1) for _ in range(calls)))
        print(json.dumps({"calls": calls, "retries": ps.retry_count}), flush=True)


def main() -> None:
    mode, *args = sys.argv[1:]
    if mode == "hold":
        asyncio.run(hold(args[0], args[1], int(args[2]), float(args[3])))
    else:
        url, key, rate, base_url, vendor, account, calls = args
        asyncio.run(pull(url, key, float(rate), base_url, vendor, account, int(calls)))


if __name__ == "__main__":
    main()
