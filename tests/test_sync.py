"""``pracsuite sync`` and ``pracsuite_async.dlt``: a real DuckDB file, the sandbox's request log."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import attrs
import duckdb
import pytest

from pracsuite_async import AsyncPracSuite
from pracsuite_async.dlt import sync_lists
from pracsuite_async.sandbox import DEFAULT_SIZES, RequestRecord, SandboxStats

from .conftest import client_at
from .test_cli import ThreadedSandbox, run

SIZES = dict.fromkeys(DEFAULT_SIZES, 45)
FEEDS = {"appointments", "appointment_book", "notes"}


@attrs.define(kw_only=True)
class CountedStats(SandboxStats):
    """Request counts that wake a thread once ``threshold`` requests have been answered."""

    threshold: int = 0
    reached: threading.Event = attrs.field(factory=threading.Event)

    def finished(self, record: RequestRecord, status: int | None) -> None:
        super().finished(record, status)
        if self.threshold and sum(self.status_counts.values()) >= self.threshold:
            self.reached.set()


@pytest.fixture
def remote() -> Any:
    sb = ThreadedSandbox(sizes=SIZES)
    sb.sandbox.stats = CountedStats()
    with sb:
        yield sb


def sync_args(remote: ThreadedSandbox, tmp_path: Path) -> list[str]:
    where = ["--out", str(tmp_path / "warehouse.duckdb"), "--pipelines-dir", str(tmp_path / "dlt")]
    return ["sync", *remote.args(), *where]


def totals(url: str, vendor_key: str, api_key: str) -> dict[str, int]:
    """Every synced list's size, as the API reports it."""

    async def count() -> dict[str, int]:
        async with client_at(url, vendor_key=vendor_key, api_key=api_key) as ps:
            out = {}
            for name in sync_lists():
                async for page in getattr(ps, name).list(page_size=1).pages():
                    out[name] = page.total_entries or 0
                    break
            return out

    return asyncio.run(count())


def tables(path: Path) -> dict[str, tuple[int, int]]:
    """Rows and distinct primary keys of every list's table."""
    with duckdb.connect(str(path), read_only=True) as db:
        out = {}
        for name, spec in sync_lists().items():
            key = spec.primary_key or "_dlt_id"
            found = db.execute(f"select count(*), count(distinct {key}) from clinic.{name}")
            out[name] = found.fetchone()  # type: ignore[assignment]
        return out  # type: ignore[return-value]


def test_the_source_reads_keys_and_change_times_from_the_document() -> None:
    lists = sync_lists()
    assert lists["appointments"].primary_key == "appointment_id"
    feed = lists["appointments"].feed
    assert feed is not None
    assert (feed.filter, feed.stamp) == ("updated", "modified")
    assert {n for n, s in lists.items() if s.write_disposition == "merge"} == FEEDS
    # Patients carry only a creation time: a changed patient would never be seen again.
    assert lists["patients"].write_disposition == "replace"
    assert lists["patients"].primary_key == "client_id"


def test_second_run_sends_only_incremental_requests_and_merges_changes(
    tmp_path: Path, remote: ThreadedSandbox
) -> None:
    sb = remote.sandbox
    args = sync_args(remote, tmp_path)
    assert run(*args) == 0
    expected = totals(sb.url, sb.vendor_key, sb.api_key)
    assert {name: rows for name, (rows, _) in tables(tmp_path / "warehouse.duckdb").items()} == (
        expected
    )

    remote.call(lambda: sb.touch("appointment", 5, notes="moved to the afternoon"))
    added = remote.call(lambda: sb.add("appointment", notes="a new one"))
    remote.call(lambda: sb.add("patient", first_name="Newcomer"))
    sb.stats.reset()
    assert run(*args) == 0

    asked = [unquote(r.path_qs) for r in sb.stats.request_log]
    for path in asked:
        if path.startswith(("/v1/appointment?", "/v1/appointment_book?", "/v1/note?")):
            assert "q[]=updated:>=" in path, path  # only what changed since the last run
    full = [p for p in asked if p.startswith("/v1/appointment?")]
    assert len(full) == 2  # one page of changes, then a poll that finds nothing new
    assert any(p.startswith("/v1/patient?page=") and "q[]" not in p for p in asked)

    found = tables(tmp_path / "warehouse.duckdb")
    expected = totals(sb.url, sb.vendor_key, sb.api_key)
    assert {name: rows for name, (rows, _) in found.items()} == expected
    assert all(rows == keys for rows, keys in found.values())  # no duplicates
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as db:
        notes = dict(
            db.execute(
                "select appointment_id, notes from clinic.appointments "
                f"where appointment_id in (5, {added})"
            ).fetchall()
        )
        newcomer = db.execute("select count(*) from clinic.patients where first_name = 'Newcomer'")
        assert newcomer.fetchone() == (1,)
    assert notes == {5: "moved to the afternoon", added: "a new one"}


@pytest.mark.parametrize("share", [0.5, 1.0])
def test_a_run_killed_midway_leaves_the_destination_consistent(
    tmp_path: Path, remote: ThreadedSandbox, share: float
) -> None:
    """Killed while extracting (half the requests answered) or once every request is
    answered (normalizing or loading): the next run completes and nothing repeats."""
    sb = remote.sandbox
    stats = sb.stats
    assert isinstance(stats, CountedStats)
    args = sync_args(remote, tmp_path / "reference")
    assert run(*args) == 0
    requests = stats.requests

    stats.reset()
    stats.threshold = max(1, int(requests * share))
    args = sync_args(remote, tmp_path)
    command = [sys.executable, "-m", "pracsuite_async.cli", *args]
    with subprocess.Popen(command, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL) as proc:
        try:
            assert stats.reached.wait(60)
        finally:
            proc.kill()
    stats.threshold = 0
    assert run(*args) == 0
    found = tables(tmp_path / "warehouse.duckdb")
    assert {name: rows for name, (rows, _) in found.items()} == totals(
        sb.url, sb.vendor_key, sb.api_key
    )
    assert all(rows == keys for rows, keys in found.values())


def test_sync_with_the_embedded_sandbox_loads_every_list(tmp_path: Path) -> None:
    out = tmp_path / "pracsuite.duckdb"
    where = ["--out", str(out), "--pipelines-dir", str(tmp_path / "dlt")]
    assert run("sync", "--sandbox", "--records", "45", "--latency-ms", "0", *where) == 0
    # The embedded sandbox is seeded the same way every time: count it in-process.
    from pracsuite_async.sandbox import Sandbox

    async def expected() -> dict[str, int]:
        async with Sandbox(sizes=SIZES) as sb:
            return await asyncio.to_thread(totals, sb.url, sb.vendor_key, sb.api_key)

    counts = asyncio.run(expected())
    assert {name: rows for name, (rows, _) in tables(out).items()} == counts


def test_an_unknown_list_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("sync", "patient", "--sandbox") == 2
    err = capsys.readouterr().err
    assert err.startswith("Usage: pracsuite sync")
    assert "unknown list 'patient'" in err


def test_the_source_in_a_users_own_pipeline(tmp_path: Path, remote: ThreadedSandbox) -> None:
    import dlt

    from pracsuite_async.dlt import pracsuite_source

    sb = remote.sandbox

    def client() -> AsyncPracSuite:
        return client_at(sb.url, vendor_key=sb.vendor_key, api_key=sb.api_key)

    pipeline = dlt.pipeline(
        "mine",
        destination=dlt.destinations.duckdb(str(tmp_path / "mine.duckdb")),
        dataset_name="clinic",
        pipelines_dir=str(tmp_path / "dlt"),
    )
    pages: list[tuple[str, int]] = []
    source = pracsuite_source(
        client, lists=["practitioners"], on_page=lambda n, k, _: pages.append((n, k))
    )
    pipeline.run(source)
    with duckdb.connect(str(tmp_path / "mine.duckdb"), read_only=True) as db:
        count = db.execute("select count(*) from clinic.practitioners").fetchone()
        nested = db.execute("select count(*) from clinic.practitioners__businesses").fetchone()
    assert count == (45,)
    assert nested is not None
    assert nested[0] > 0  # an array of objects becomes a child table
    assert sum(k for _, k in pages) == 45


def test_nested_lists_load_as_child_resources(tmp_path: Path) -> None:
    sizes = {"patient": 6, "patient_account": 9, "invoice": 14, "payment": 12}
    with ThreadedSandbox(sizes={**SIZES, **sizes}) as remote:
        sb = remote.sandbox
        chosen = ["patient_accounts", "invoices", "payments"]
        assert run(*sync_args(remote, tmp_path), "--nested", *chosen) == 0

        async def expected() -> dict[str, int]:
            async with client_at(sb.url, vendor_key=sb.vendor_key, api_key=sb.api_key) as ps:
                accounts = []
                for patient in await ps.patients.list().to_list():
                    accounts += await ps.patient_accounts.list_by_patient(
                        patient.client_id
                    ).to_list()
                counts = {"patient_accounts": len(accounts), "invoices": 0, "payments": 0}
                for account in accounts:
                    ids = (account.client_id, account.account_id)
                    counts["invoices"] += len(
                        await ps.invoices.list_by_patient_account(*ids).to_list()
                    )
                    counts["payments"] += len(
                        await ps.payments.list_by_patient_account(*ids).to_list()
                    )
                return counts

        counts = asyncio.run(expected())
    assert counts["invoices"] > 0
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as db:
        for name, count in counts.items():
            key = sync_lists(nested=True)[name].primary_key
            found = db.execute(f"select count(*), count(distinct {key}) from clinic.{name}")
            assert found.fetchone() == (count, count), name
        names = {
            row[0]
            for row in db.execute(
                "select table_name from information_schema.tables where table_schema = 'clinic'"
            ).fetchall()
        }
    assert "patients" not in names  # a parent that was not asked for is read, not loaded
