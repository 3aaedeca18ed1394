"""Measure the SDK against baselines taken in the same run and print the ratios.

python -m benchmarks            # the full set (about 9-12 minutes on 2 cores)
python -m benchmarks --quick    # smaller sizes, for a smoke run
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

import aiohttp
import attrs
from yarl import URL

from pracsuite_async import AsyncPracSuite
from pracsuite_async._decode import decode_page, decode_page_bytes
from pracsuite_async._errors import RequestInfo
from pracsuite_async.types import Patient

from ._redis_process import redis_binary
from ._sandbox_process import sandbox_process

baseline_loads: Callable[[bytes], Any]  # what the baselines parse JSON with
try:
    import orjson

    baseline_loads, BASELINE_PARSER = orjson.loads, "orjson.loads"
except ImportError:  # pragma: no cover
    baseline_loads, BASELINE_PARSER = json.loads, "json.loads"

KEYS = {"x-api-key": "sandbox-vendor-key", "A-api-key": "sandbox-account-key"}
SINGLE_ROUNDS = 100  # rounds of scenario 6 per process (at least; --rounds may ask for more)
SINGLE_PROCESSES = 7  # processes of scenario 6: the median one's figures are shown
PAGE_SIZE = 100


@attrs.frozen
class Row:
    scenario: str
    setting: str
    measured: str
    baseline: str
    ratio: float
    target: str  # e.g. "<= 1.10"; "" when only reported

    @property
    def verdict(self) -> str:
        if not self.target:
            return ""
        op, _, bound = self.target.partition(" ")
        ok = self.ratio <= float(bound) if op == "<=" else self.ratio >= float(bound)
        return "ok" if ok else "MISSED"


def client(url: str, **settings: Any) -> AsyncPracSuite:
    return AsyncPracSuite(
        vendor_key=KEYS["x-api-key"],
        api_key=KEYS["A-api-key"],
        base_url=url,
        environ={},
        **settings,
    )


async def sdk_pull(url: str, pages: int, concurrency: int, **settings: Any) -> tuple[float, int]:
    """Seconds to stream ``pages`` pages through the SDK's pager, and the records seen."""
    settings = {"max_concurrency": concurrency, "requests_per_second": None, **settings}
    async with client(url, **settings) as ps:
        begin = time.perf_counter()
        count = 0
        pager = ps.patients.list(page_size=PAGE_SIZE, concurrency=concurrency)
        async for page in pager.pages():
            count += len(page.items)
        elapsed = time.perf_counter() - begin
        throttles = ps.rate_limiter.throttle_count
    if count != pages * PAGE_SIZE:
        raise RuntimeError(f"pulled {count} records, expected {pages * PAGE_SIZE}")
    return elapsed, throttles


async def links_walk(url: str) -> tuple[float, int]:
    """The baseline: follow ``links.next`` one page at a time with bare aiohttp."""
    count = 0
    async with aiohttp.ClientSession(headers=KEYS) as http:
        begin = time.perf_counter()
        next_url: str | None = f"{url}patient?page=1&page_size={PAGE_SIZE}"
        while next_url:
            async with http.get(URL(next_url, encoded=True)) as resp:
                body = baseline_loads(await resp.read())
            count += len(body["clients"])
            next_url = body["links"].get("next")
        return time.perf_counter() - begin, count


async def gather_pull(url: str, pages: int, concurrency: int) -> float:
    """The baseline: page 1, then every other page at once through a semaphore, with bare
    aiohttp and ``orjson.loads``, as one would write it by hand."""
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(headers=KEYS, connector=connector) as http:
        gate = asyncio.Semaphore(concurrency)

        async def page(n: int) -> tuple[int, int]:
            async with (
                gate,
                http.get(URL(f"{url}patient?page={n}&page_size={PAGE_SIZE}", encoded=True)) as resp,
            ):
                body = baseline_loads(await resp.read())
            return len(body["clients"]), body["total_entries"]

        begin = time.perf_counter()
        count, total = await page(1)
        counts = await asyncio.gather(*(page(n) for n in range(2, -(-total // PAGE_SIZE) + 1)))
        count += sum(c for c, _ in counts)
        elapsed = time.perf_counter() - begin
    if count != pages * PAGE_SIZE:
        raise RuntimeError(f"gathered {count} records, expected {pages * PAGE_SIZE}")
    return elapsed


async def bulk_pull(args: argparse.Namespace) -> list[Row]:
    """Scenarios 1 and 2: the pager against the physical bound, a hand-written aiohttp
    gather and a links walk."""
    pages, latency = args.pages, args.latency_ms / 1000
    rows: list[Row] = []
    async with sandbox_process(patients=pages * PAGE_SIZE, latency_ms=args.latency_ms) as url:
        await sdk_pull(url, pages, 16)  # warm-up: the server builds (and caches) every page
        sdk_times, gather_times = [], []
        for _ in range(args.rounds):  # interleaved, so drift hits both alike
            gather_times.append(await gather_pull(url, pages, 16))
            sdk_times.append((await sdk_pull(url, pages, 16))[0])
        sdk_t, gather_t = statistics.median(sdk_times), statistics.median(gather_times)
        rows.append(
            Row("1 bulk pull / aiohttp gather", f"{pages} pages, L={args.latency_ms:g}ms, C=16",
                f"{sdk_t:.2f}s", f"{gather_t:.2f}s gather", sdk_t / gather_t, "<= 1.05")
        )  # fmt: skip
        walk, walked = await links_walk(url)
        assert walked == pages * PAGE_SIZE
        for c in args.concurrency:
            # C=16 was timed in every round above: their median, not one more pull.
            elapsed = sdk_t if c == 16 else (await sdk_pull(url, pages, c))[0]
            bound = latency + math.ceil((pages - 1) / c) * latency
            target = "<= 1.10" if c == 16 else ""
            rows.append(
                Row("1 bulk pull / bound T*", f"{pages} pages, L={args.latency_ms:g}ms, C={c}",
                    f"{elapsed:.2f}s", f"T*={bound:.2f}s", elapsed / bound, target)
            )  # fmt: skip
            if c <= 16:
                rows.append(
                    Row("2 speed-up vs links walk", f"C={c} (target 0.9*C)", f"{elapsed:.2f}s",
                        f"{walk:.2f}s", walk / elapsed, f">= {0.9 * c:.1f}")
                )  # fmt: skip
    return rows


async def rate_limited(args: argparse.Namespace) -> list[Row]:
    """Scenario 3: a server that answers 429 above R requests per second."""
    rate, pages = args.rate_limit, args.rate_pages
    rows: list[Row] = []
    async with sandbox_process(
        patients=pages * PAGE_SIZE, latency_ms=args.latency_ms, rate_limit=rate
    ) as url:
        for label, client_rate in (("client told R", rate), ("client not told", None)):
            elapsed, throttles = await sdk_pull(
                url, pages, 16, requests_per_second=client_rate, max_retries=10
            )
            achieved = pages / elapsed
            rows.append(
                Row("3 rate-limited pull: rate/R", f"R={rate:g}/s, {label}",
                    f"{achieved:.1f}/s", f"{rate:g}/s", achieved / rate,
                    ">= 0.95" if client_rate else "")
            )  # fmt: skip
            share = throttles / (pages + throttles)
            rows.append(
                Row("3 rate-limited pull: 429 share", label, f"{throttles} x 429",
                    f"{pages + throttles} requests", share, "<= 0.01" if client_rate else "")
            )  # fmt: skip
    return rows


def _cpu_per_record(
    works: Sequence[Callable[[], object]], records: int, rounds: int = 9
) -> list[float]:
    """The best CPU seconds per record of each of ``works``, measured in interleaved rounds,
    so a noisy spell on this shared machine hits them all alike."""
    best = [math.inf] * len(works)
    for _ in range(rounds):
        for i, work in enumerate(works):
            begin = time.process_time()
            for _ in range(20):
                work()
            best[i] = min(best[i], (time.process_time() - begin) / (20 * records))
    return best


async def decode_cost(args: argparse.Namespace) -> list[Row]:
    """Scenario 4: page bytes -> models, against parsing the same bytes into dicts."""
    async with (
        sandbox_process(patients=PAGE_SIZE) as url,
        aiohttp.ClientSession(headers=KEYS) as http,
        http.get(URL(f"{url}patient?page=1&page_size={PAGE_SIZE}", encoded=True)) as resp,
    ):
        body = await resp.read()
    request = RequestInfo(method="GET", url=url)

    def sdk() -> object:  # the engine's path: response bytes -> Page of models
        return decode_page_bytes(
            body, list_key="clients", model=Patient, page_size=PAGE_SIZE, number=1,
            request=request,
        )  # fmt: skip

    def strict(parse: Callable[[bytes], object]) -> Callable[[], object]:
        # The path without msgspec: parse, then the generated structuring hooks.
        return lambda: decode_page(
            parse(body), list_key="clients", model=Patient, page_size=PAGE_SIZE, number=1,
            request=request,
        )  # fmt: skip

    sdk_cost, strict_cost, base_cost, core_cost, stdlib_cost = _cpu_per_record(
        [sdk, strict(baseline_loads), lambda: baseline_loads(body), strict(json.loads),
         lambda: json.loads(body)],
        PAGE_SIZE,
    )  # fmt: skip
    baseline = f"{base_cost * 1e6:.2f}us {BASELINE_PARSER}"
    return [
        Row("4 decode CPU per record", f"Patient, {len(body) // PAGE_SIZE} B/record",
            f"{sdk_cost * 1e6:.2f}us", baseline, sdk_cost / base_cost, "<= 2.0"),
        Row("4 decode CPU per record", f"strict path ({BASELINE_PARSER}, generated hooks)",
            f"{strict_cost * 1e6:.2f}us", baseline, strict_cost / base_cost, ""),
        Row("4 decode CPU per record", "core install (json.loads, generated hooks)",
            f"{core_cost * 1e6:.2f}us", f"{stdlib_cost * 1e6:.2f}us json.loads",
            core_cost / stdlib_cost, ""),
    ]  # fmt: skip


async def _probe(module: str, *args: object) -> str:
    """What ``python -m benchmarks.<module> args...`` prints: a measurement made in a fresh
    process of its own."""
    out = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", f"benchmarks.{module}", *map(str, args)],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout


async def memory(args: argparse.Namespace) -> list[Row]:
    """Scenario 5: peak RSS of streaming a small and a large pull, each in a fresh process."""
    small, large = 10_000, args.memory_records
    async with sandbox_process(patients=large) as url:
        small_kib = int(await _probe("_memory_probe", url, small))
        large_kib = int(await _probe("_memory_probe", url, large))
    extra_mib = (large_kib - small_kib) / 1024
    return [
        Row("5 memory: extra peak RSS", f"{large:,} vs {small:,} records streamed",
            f"{large_kib / 1024:.0f} MiB", f"{small_kib / 1024:.0f} MiB", extra_mib,
            "<= 64")
    ]  # fmt: skip


async def single_call(args: argparse.Namespace) -> list[Row]:
    """Scenario 6: one GET through the SDK against a bare aiohttp GET + JSON parse, in
    several fresh processes (``_single_probe``); the median process's figures."""
    rounds = max(args.rounds, SINGLE_ROUNDS)
    # The client on one CPU and the sandbox on another, where there are two: in use the API
    # is another machine, whose work never evicts the client's caches between its calls.
    cpus = sorted(os.sched_getaffinity(0))
    client_cpu, server_cpu = (cpus[0], cpus[-1]) if len(cpus) > 1 else (-1, -1)
    async with sandbox_process(patients=500, cpu=server_cpu) as url:
        runs: list[dict[str, float]] = [
            json.loads(await _probe("_single_probe", url, rounds, client_cpu))
            for _ in range(SINGLE_PROCESSES)
        ]
    sdk_t, bare_t, sdk_c, bare_c = (
        statistics.median(run[name] for run in runs)
        for name in ("sdk_wall", "bare_wall", "sdk_cpu", "bare_cpu")
    )
    baseline = f"bare aiohttp + {BASELINE_PARSER}"
    return [
        Row("6 single GET latency", "GET /patient/{id}, L=0", f"{sdk_t * 1e6:.0f}us",
            f"{bare_t * 1e6:.0f}us {baseline}", sdk_t / bare_t, "<= 1.10"),
        Row("6 single GET client CPU", "GET /patient/{id}, L=0", f"{sdk_c * 1e6:.0f}us",
            f"{bare_c * 1e6:.0f}us {baseline}", sdk_c / bare_c, "<= 1.10"),
    ]  # fmt: skip


async def _checked_pull(url: str, records: int) -> tuple[float, int]:
    """Seconds to stream every patient, and the retries it took; fails unless each id
    arrives exactly once, in order."""
    async with client(url, max_concurrency=16, requests_per_second=None, max_retries=8) as ps:
        begin = time.perf_counter()
        expected = 1
        async for patient in ps.patients.list(page_size=PAGE_SIZE, concurrency=16):
            if patient.client_id != expected:
                raise RuntimeError(f"got client_id {patient.client_id}, expected {expected}")
            expected += 1
        elapsed = time.perf_counter() - begin
        retries = ps.retry_count
    if expected - 1 != records:
        raise RuntimeError(f"pulled {expected - 1} records, expected {records}")
    return elapsed, retries


async def fault_soak(args: argparse.Namespace) -> list[Row]:
    """Scenario 7: a pull through 10% injected faults (5xx, resets) against a clean pull."""
    records = args.soak_records
    async with sandbox_process(patients=records) as url:
        clean, _ = await _checked_pull(url, records)
    async with sandbox_process(patients=records, fault_rate=0.1) as url:
        faulted, retries = await _checked_pull(url, records)
    return [
        Row("7 fault soak: every record once, in order", f"{records:,} records, 10% faults",
            f"{faulted:.2f}s, {retries} retries", f"{clean:.2f}s clean",
            faulted / clean, "")
    ]  # fmt: skip


async def export_speed(args: argparse.Namespace) -> list[Row]:
    """Scenarios 7-9 (benchmarks/_export.py): export and sync against their baselines."""
    from ._export import export_speed as scenario  # it imports this module

    return await scenario(args)


SCENARIOS: dict[str, Callable[[argparse.Namespace], Coroutine[Any, Any, list[Row]]]] = {
    "bulk": bulk_pull,
    "rate": rate_limited,
    "decode": decode_cost,
    "memory": memory,
    "single": single_call,
    "soak": fault_soak,
    "export": export_speed,
}

from .fleet import FLEET_SCENARIOS, NEEDS_REDIS  # noqa: E402  (fleet.py imports Row from here)

SCENARIOS.update(FLEET_SCENARIOS)


def render(rows: Sequence[Row], *, markdown: bool) -> str:
    header = ("scenario", "setting", "measured", "baseline", "ratio", "target", "")
    table = [header] + [
        (r.scenario, r.setting, r.measured, r.baseline, f"{r.ratio:.2f}", r.target, r.verdict)
        for r in rows
    ]
    if markdown:
        lines = ["| " + " | ".join(row) + " |" for row in table]
        lines.insert(1, "|" + "---|" * len(header))
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip() for row in table
    )


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument("--only", choices=sorted(SCENARIOS), action="append")
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16, 32])
    parser.add_argument("--rate-limit", type=float, default=50.0)
    parser.add_argument("--rate-pages", type=int, default=750)
    parser.add_argument("--memory-records", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--soak-records", type=int, default=100_000)
    parser.add_argument("--export-latency-ms", type=float, default=20.0)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--json", help="also write the rows to this file")
    args = parser.parse_args(argv)
    if args.quick:
        # 1 + 256 pages: page 1, then whole rounds at C = 1, 4, 16 and 32, so the bound T*
        # has no partial last round that would put a speed-up of 0.9*C out of reach.
        args.pages, args.rate_pages, args.memory_records, args.rounds = 257, 250, 200_000, 3
        args.soak_records = 10_000
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    names = args.only or list(SCENARIOS)
    need_redis = sorted(NEEDS_REDIS.intersection(names))
    if need_redis:  # checked up front: in a full run these come last
        try:
            redis_binary()
        except RuntimeError as exc:
            sys.exit(f"{exc} (for {', '.join(need_redis)}), or choose others with --only")
    rows: list[Row] = []
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        rows += asyncio.run(SCENARIOS[name](args))
    print(
        f"pracsuite-async benchmarks: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, baseline parser {BASELINE_PARSER}"
    )
    print(render(rows, markdown=args.markdown))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump([attrs.asdict(r) | {"verdict": r.verdict} for r in rows], out, indent=2)
