"""Child process of scenario 6: interleaved rounds of one GET through the SDK and through
bare aiohttp + the baseline parser; prints each side's median wall and least CPU per call.

Its own process because the layout a process gets (addresses, hash seeds) moves a call's
cache misses, and with them its CPU, by several percent for the whole life of the process:
scenario 6 runs several of these and takes the median.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable

import aiohttp
from yarl import URL

from .run import KEYS, baseline_loads, client

CALLS_PER_ROUND = 100


async def _per_call(call: Callable[[int], Awaitable[object]], calls: int) -> tuple[float, float]:
    """Wall seconds and this process's CPU seconds per call (the server runs elsewhere)."""
    begin, cpu = time.perf_counter(), time.process_time()
    for i in range(calls):
        await call(i % 500 + 1)
    return (time.perf_counter() - begin) / calls, (time.process_time() - cpu) / calls


async def measure(url: str, rounds: int) -> dict[str, float]:
    async with (
        aiohttp.ClientSession(headers=KEYS) as http,
        client(url, requests_per_second=None) as ps,
    ):

        async def bare(n: int) -> object:
            async with http.get(URL(f"{url}patient/{n}", encoded=True)) as resp:
                return baseline_loads(await resp.read())

        async def sdk(n: int) -> object:
            return await ps.patients.get(n)

        await _per_call(bare, 50)  # warm both connection pools
        await _per_call(sdk, 50)
        sdk_times: list[tuple[float, float]] = []
        bare_times: list[tuple[float, float]] = []
        # Many short rounds, interleaved and in alternating order, so drift and a noisy
        # neighbour hit both alike; many of them, as the least CPU per call is an extreme
        # value (benchmarks/README.md, row 6's notes).
        for round_number in range(rounds):
            pair = ((bare, bare_times), (sdk, sdk_times))
            for call, times in pair if round_number % 2 else reversed(pair):
                times.append(await _per_call(call, CALLS_PER_ROUND))
    return {
        "sdk_wall": statistics.median(t for t, _ in sdk_times),
        "bare_wall": statistics.median(t for t, _ in bare_times),
        # The client's own CPU per call: the overhead itself, less blurred by the server's
        # time and by the other processes of a shared machine than the wall time is.
        "sdk_cpu": min(c for _, c in sdk_times),
        "bare_cpu": min(c for _, c in bare_times),
    }


if __name__ == "__main__":
    url, rounds, cpu = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if cpu >= 0:  # the one CPU this client runs on (-1: wherever the OS puts it)
        os.sched_setaffinity(0, {cpu})
    print(json.dumps(asyncio.run(measure(url, rounds))))
