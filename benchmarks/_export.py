"""The export and sync scenarios: the CLI's export path against a hand-written ideal, and an
incremental sync against a full export, each pair measured in the same run."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import aiohttp
import orjson

from pracsuite_async.cli._export import Job, export
from pracsuite_async.cli._progress import Reporter
from pracsuite_async.cli._target import resolve

from ._sandbox_process import sandbox_process
from .run import KEYS, PAGE_SIZE, Row, client

IN_FLIGHT = 16
RATE = 20.0  # requests per second: the CLI's default against the real API


async def ideal_export(url: str, records: int, out: Path) -> float:
    """Seconds for the hand-written export: plain aiohttp, 16 pages in flight, each record
    ``orjson.dumps``-ed to a line, pages written as they arrive."""
    pages = -(-records // PAGE_SIZE)
    slots = asyncio.Semaphore(IN_FLIGHT)
    begin = time.perf_counter()
    async with aiohttp.ClientSession(headers=KEYS) as http:
        with out.open("wb") as sink:

            async def one(number: int) -> None:
                async with (
                    slots,
                    http.get(f"{url}patient?page={number}&page_size={PAGE_SIZE}") as resp,
                ):
                    body = orjson.loads(await resp.read())
                sink.write(b"".join(orjson.dumps(r) + b"\n" for r in body["clients"]))

            await asyncio.gather(*(one(n) for n in range(1, pages + 1)))
    return time.perf_counter() - begin


async def sdk_export(url: str, records: int, out: Path) -> float:
    """Seconds for ``pracsuite export patients`` (its export loop, in-process)."""
    job = Job(target=resolve("patients"), page_size=PAGE_SIZE, concurrency=IN_FLIGHT, out=out)
    reporter = Reporter(io.StringIO(), tty=False)
    async with client(url, max_concurrency=IN_FLIGHT, requests_per_second=None) as ps:
        begin = time.perf_counter()
        sink = await export(ps, job, reporter.progress("patients"), warn=lambda _: None)
        elapsed = time.perf_counter() - begin
    if sink.records != records:
        raise RuntimeError(f"exported {sink.records} records, expected {records}")
    return elapsed


async def export_speed(args: argparse.Namespace) -> list[Row]:
    """The export's throughput against the ideal, interleaved rounds on one warm sandbox."""
    records = args.pages * PAGE_SIZE
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "patients.jsonl"
        async with sandbox_process(patients=records, latency_ms=args.export_latency_ms) as url:
            await ideal_export(url, records, out)  # warm-up: the server builds every page
            ideal: list[float] = []
            sdk: list[float] = []
            for _ in range(args.rounds):
                ideal.append(await ideal_export(url, records, out))
                sdk.append(await sdk_export(url, records, out))
        best_ideal, best_sdk = records / statistics.median(ideal), records / statistics.median(sdk)
        setting = f"{records} patients, L={args.export_latency_ms:g}ms, {IN_FLIGHT} in flight"
        rows.append(
            Row("7 export jsonl / ideal", setting, f"{best_sdk:,.0f} rec/s",
                f"{best_ideal:,.0f} rec/s", best_sdk / best_ideal, ">= 0.80")
        )  # fmt: skip
        rows.append(readme_command(records, out))
        rows.append(await sync_against_export(records, Path(scratch), args))
    return rows


def readme_command(records: int, out: Path) -> Row:
    """The README's main command as a user runs it (sandbox start-up included)."""
    argv = [sys.executable, "-m", "pracsuite_async.cli", "export", "patients", "--sandbox"]
    argv += ["--records", str(records), "--out", str(out)]
    begin = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - begin
    summary = done.stderr.strip().splitlines()[-1]
    rate = summary.rsplit("(", 1)[1].split(" records/s")[0]
    return Row("8 README command", f"{records} patients, --sandbox", f"{rate} rec/s",
               f"wall {wall:.2f}s", float(rate.replace(",", "")) * wall / records, "")  # fmt: skip


async def sync_against_export(records: int, scratch: Path, args: argparse.Namespace) -> Row:
    """A second (incremental) sync of appointments against a full export of them, both at
    the request rate the CLI uses against the real API."""
    import dlt

    from pracsuite_async.dlt import pracsuite_source

    async with sandbox_process(
        patients=100, latency_ms=args.export_latency_ms, sizes={"appointment": records}
    ) as url:

        def run_sync() -> float:
            pipeline = dlt.pipeline(
                "bench",
                destination=dlt.destinations.duckdb(str(scratch / "bench.duckdb")),
                dataset_name="clinic",
                pipelines_dir=str(scratch / "dlt"),
            )
            source = pracsuite_source(
                lambda: client(url, max_concurrency=IN_FLIGHT, requests_per_second=RATE),
                lists=["appointments"],
                lookback=timedelta(seconds=5),
            )
            begin = time.perf_counter()
            pipeline.run(source, loader_file_format="parquet")
            return time.perf_counter() - begin

        await asyncio.to_thread(run_sync)  # the first run loads everything
        incremental = await asyncio.to_thread(run_sync)
        target = resolve("appointments")
        job = Job(
            target=target, page_size=PAGE_SIZE, concurrency=IN_FLIGHT, out=scratch / "a.jsonl"
        )
        async with client(url, max_concurrency=IN_FLIGHT, requests_per_second=RATE) as ps:
            begin = time.perf_counter()
            with contextlib.redirect_stderr(io.StringIO()):
                reporter = Reporter(io.StringIO(), tty=False)
                await export(ps, job, reporter.progress("appointments"), warn=lambda _: None)
            full = time.perf_counter() - begin
    setting = f"{records} appointments, no changes, {RATE:g} req/s (the CLI's default)"
    return Row("9 sync incremental / full export", setting,
               f"{incremental:.2f}s", f"{full:.2f}s", incremental / full, "")  # fmt: skip
