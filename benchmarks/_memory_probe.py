"""Child process: stream N patients from a sandbox, print the peak RSS in KiB."""

from __future__ import annotations

import asyncio
import resource
import sys

from pracsuite_async import AsyncPracSuite


async def pull(url: str, limit: int) -> int:
    count = 0
    async with AsyncPracSuite(
        vendor_key="sandbox-vendor-key",
        api_key="sandbox-account-key",
        base_url=url,
        max_concurrency=16,
        requests_per_second=None,
        environ={},
    ) as ps:
        async for _ in ps.patients.list(page_size=100, concurrency=16, limit=limit):
            count += 1
    return count


if __name__ == "__main__":
    url, limit = sys.argv[1], int(sys.argv[2])
    seen = asyncio.run(pull(url, limit))
    if seen != limit:
        raise SystemExit(f"pulled {seen} records, expected {limit}")
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
