"""The ``pracsuite`` command: exports against the sandbox, filters, resume, progress, errors."""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import json
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import attrs
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from aiohttp import web

from pracsuite_async import Filter, __version__
from pracsuite_async._tags import METHODS
from pracsuite_async.cli import main
from pracsuite_async.cli._target import parse_filter, resolve
from pracsuite_async.sandbox import Fault, Sandbox
from pracsuite_async.types import Patient

FAST = ["--latency-ms", "0", "--requests-per-second", "0"]
T = TypeVar("T")


def run(*argv: str) -> int:
    """``pracsuite ARGV`` in-process; its exit status."""
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    code = done.value.code
    assert isinstance(code, int)
    return code


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("pracsuite: error:")]


class ThreadedSandbox:
    """A sandbox on its own loop in a thread, so the CLI's ``asyncio.run`` can reach it."""

    def __init__(self, **config: Any) -> None:
        self.loop = asyncio.new_event_loop()
        self.sandbox = Sandbox(**config)
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> ThreadedSandbox:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.sandbox.start(), self.loop).result(10)
        return self

    def __exit__(self, *_: object) -> None:
        asyncio.run_coroutine_threadsafe(self.sandbox.stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()

    def inject(self, *faults: Fault) -> None:
        self.loop.call_soon_threadsafe(self.sandbox.inject, *faults)

    def call(self, change: Callable[[], T]) -> T:
        """Run ``change`` on the sandbox's loop (e.g. ``touch``), and wait for it."""

        async def on_loop() -> T:
            return change()

        return asyncio.run_coroutine_threadsafe(on_loop(), self.loop).result(10)

    def args(self) -> list[str]:
        sb = self.sandbox
        keys = ["--vendor-key", sb.vendor_key, "--api-key", sb.api_key]
        return ["--base-url", sb.url, *keys, "--requests-per-second", "0"]


@pytest.fixture
def remote() -> Iterator[ThreadedSandbox]:
    with ThreadedSandbox(sizes={"patient": 450}) as sb:
        yield sb


def test_the_readme_export_writes_every_record_once(tmp_path: Path) -> None:
    out = tmp_path / "patients.jsonl"
    assert (
        run("export", "patients", "--sandbox", "--records", "1234", *FAST, "--out", str(out)) == 0
    )
    records = rows(out)
    assert [r["client_id"] for r in records] == list(range(1, 1235))
    assert all(
        isinstance(r["file_created"], str) and r["file_created"].endswith("Z") for r in records
    )
    assert not (tmp_path / "patients.jsonl.state.json").exists()


def test_csv_export_has_the_document_columns_without_list_artefacts(tmp_path: Path) -> None:
    out = tmp_path / "patients.csv"
    assert run("export", "patients", "--sandbox", "--records", "321", *FAST, "--out", str(out)) == 0
    table = list(csv.reader(io.StringIO(out.read_text())))
    meta = {"links", "row_num", "total_rows"}
    assert table[0] == [f.name for f in attrs.fields(Patient) if f.name not in meta]
    body = [dict(zip(table[0], row, strict=True)) for row in table[1:]]
    assert [int(r["client_id"]) for r in body] == list(range(1, 322))


def _read_csv(path: Path) -> list[dict[str, Any]]:
    """A CSV export read back as documented: an empty unquoted cell is null, "" is empty."""
    options = pacsv.ConvertOptions(
        strings_can_be_null=True, quoted_strings_can_be_null=False, auto_dict_encode=False
    )
    header = next(csv.reader(io.StringIO(path.read_text())))
    types = {name: pa.string() for name in header}
    options.column_types = types
    return pacsv.read_csv(path, convert_options=options).to_pylist()  # type: ignore[no-any-return]


def test_csv_round_trips_a_nested_record_with_null_and_empty_apart(
    tmp_path: Path, remote: ThreadedSandbox
) -> None:
    sb = remote.sandbox
    remote.call(lambda: sb.touch("practitioner", 2, first_name="", surname=None))
    args = ["export", "practitioners", *remote.args(), "--keep-meta"]
    assert run(*args, "--out", str(tmp_path / "p.jsonl")) == 0
    assert run(*args, "--out", str(tmp_path / "p.csv")) == 0
    sent = {r["practitioner_id"]: r for r in rows(tmp_path / "p.jsonl")}
    read = {int(r["practitioner_id"]): r for r in _read_csv(tmp_path / "p.csv")}
    assert read.keys() == sent.keys()
    for key, record in sent.items():
        row = read[key]
        # A nested object becomes dotted columns, an array JSON text.
        assert {k: row[f"links.{k}"] for k in record["links"]} == record["links"]
        assert json.loads(row["businesses"]) == record["businesses"]
        assert row["first_name"] == record["first_name"]
        assert row["surname"] == record["surname"]
    assert (read[2]["first_name"], read[2]["surname"]) == ("", None)
    assert sent[2]["first_name"] == ""


def test_parquet_export_has_the_document_types(tmp_path: Path) -> None:
    out = tmp_path / "appointments.parquet"
    argv = ["export", "appointments", "--sandbox", "--records", "250", *FAST, "--out", str(out)]
    assert run(*argv, "--page-size", "40") == 0
    table = pq.read_table(out)
    assert table.num_rows == 250
    schema = table.schema
    assert schema.field("appointment_id").type == pa.int64()
    assert schema.field("created").type == pa.timestamp("us", tz="UTC")
    assert schema.field("app_time").type == pa.timestamp("us")  # the clinic's wall clock
    assert schema.field("notes").type == pa.string()
    assert "links" not in schema.names
    assert "row_num" not in schema.names
    first = table.slice(0, 1).to_pylist()[0]
    assert first["appointment_id"] == 1
    assert first["created"].tzinfo is not None
    assert not (tmp_path / "appointments.parquet.partial").exists()
    patients = tmp_path / "patients.parquet"
    assert (
        run("export", "patients", "--sandbox", "--records", "30", *FAST, "--out", str(patients))
        == 0
    )
    types = pq.read_table(patients).schema
    assert types.field("date_of_birth").type == pa.date32()
    assert types.field("archive").type == pa.bool_()
    # Money is exact: Decimal columns holding the digits the API sent.
    payments = ["export", "payments", "--parent-id", "1", "--parent-id", "1", "--sandbox", *FAST]
    assert run(*payments, "--out", str(tmp_path / "pay.parquet")) == 0
    assert run(*payments, "--out", str(tmp_path / "pay.jsonl")) == 0
    money = pq.read_table(tmp_path / "pay.parquet")
    assert money.schema.field("total").type == pa.decimal128(38, 10)
    lines = (tmp_path / "pay.jsonl").read_text().splitlines()
    sent = [json.loads(line, parse_float=Decimal)["total"] for line in lines]
    assert sent
    assert money.column("total").to_pylist() == sent


def test_filters_and_sort_reach_the_wire(tmp_path: Path) -> None:
    everything, chosen = tmp_path / "all.jsonl", tmp_path / "chosen.jsonl"
    base = ["export", "patients", "--sandbox", "--records", "600", *FAST, "--page-size", "25"]
    assert run(*base, "--out", str(everything)) == 0
    stamps = sorted(r["file_created"] for r in rows(everything))
    since = stamps[len(stamps) // 2]
    filters = ["--filter", "surname:~SM", "--filter", f"file_created:>={since}"]
    assert run(*base, *filters, "--sort", "first_name", "--out", str(chosen)) == 0

    def created(r: dict[str, Any]) -> datetime:
        return datetime.fromisoformat(r["file_created"])

    expected = {
        r["client_id"]
        for r in rows(everything)
        if "sm" in (r["surname"] or "").lower() and created(r) >= datetime.fromisoformat(since)
    }
    got = rows(chosen)
    assert expected
    assert {r["client_id"] for r in got} == expected
    assert len(got) == len(expected)
    names = [r["first_name"] for r in got]
    assert names == sorted(names)
    assert len(set(names)) > 1


@pytest.mark.parametrize(
    ("expr", "says"),
    [
        ("date_of_birth:>=31/01/1990", "'date_of_birth' (date) takes a date"),
        ("file_created:>=2026-01-01T00:00:00", "with Z or an offset"),
        ("file_created:=2026-01-01T00:00:00Z", "takes the operators"),
        ("client_id:=7", "unknown filter field 'client_id'"),
        ("surname", "is not FIELD:OPVALUE"),
        ("archived:=maybe", "takes true or false"),
    ],
)
def test_a_bad_filter_exits_1_with_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], expr: str, says: str
) -> None:
    _refused(tmp_path, capsys, ["--filter", expr], says)


def _refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    out = tmp_path / "patients.jsonl"
    assert run("export", "patients", "--sandbox", *FAST, *argv, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1  # nothing else: not even the sandbox started
    assert error_lines(err)
    assert says in err
    assert list(tmp_path.iterdir()) == []


def test_filter_values_take_the_operation_formats() -> None:
    formats = METHODS["patients.list"].filters  # type: ignore[union-attr]
    assert parse_filter("surname:~smi", formats) == Filter.contains("surname", "smi")
    assert parse_filter("updated:>=2026-01-01T00:00:00Z", formats) == Filter.ge(
        "updated", datetime(2026, 1, 1, tzinfo=UTC)
    )
    assert parse_filter("status:!=2", formats) == Filter.ne("status", 2)
    assert parse_filter("archived:=TRUE", formats) == Filter.eq("archived", True)


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["patient"], "unknown tag 'patient'"),
        (["patients.get"], "not an exportable list"),
        (["appointments", "--parent-id", "3"], "ambiguous"),
        (["invoices"], "--parent-id CLIENT_ID --parent-id ACCOUNT_ID"),
        (["available_appointments"], "use the SDK"),
        (["patients", "--resume"], "--resume needs --out FILE"),
        (["--all"], "--all needs --out DIR"),
        (["patients", "--format", "xml"], "'xml' is not one of 'jsonl', 'csv', 'parquet'"),
        (["patients", "--out", "p.txt"], "cannot tell the format of 'p.txt'"),
        (["patients", "--out", "p.parquet", "--resume"], "not Parquet"),
        (["patients", "--page-size", "500"], "500 is not in the range 1<=x<=100"),
        (["patients", "--concurrency", "0"], "0 is not in the range x>=1"),
        (["patients", "--records", "-5"], "-5 is not in the range x>=1"),
        (["patients", "--requests-per-second", "-3"], "-3.0 is not in the range x>=0"),
        (["patients", "--latency-ms", "fast"], "'fast' is not a valid float"),
    ],
)
def test_bad_arguments_exit_2_with_the_commands_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    assert run("export", *argv, "--sandbox") == 2
    err = capsys.readouterr().err
    assert err.startswith("Usage: pracsuite export [OPTIONS] [TAG]")
    assert says in err
    assert "Traceback" not in err


def test_the_sandbox_command_checks_its_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("sandbox", "--faults", "1.5") == 2
    err = capsys.readouterr().err
    assert err.startswith("Usage: pracsuite sandbox [OPTIONS]")
    assert "1.5 is not in the range 0<=x<=1" in err
    assert run("sandbox", "--size", "llama=3") == 2
    assert "COLLECTION=N" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--version") == 0
    assert capsys.readouterr().out == f"pracsuite, version {__version__}\n"


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ([], ["export"], ["sandbox"]):
        assert run(*command, "--help") == 0
    text = capsys.readouterr().out
    assert "--parent-id" in text
    assert "--resume" in text
    assert "--rate-limit" in text


def test_nested_export_by_parent_id(tmp_path: Path) -> None:
    explicit, bare = tmp_path / "a.jsonl", tmp_path / "items.jsonl"
    target = ["appointments.list_by_profession", "--parent-id", "3"]
    assert (
        run("export", *target, "--sandbox", "--records", "400", *FAST, "--out", str(explicit)) == 0
    )
    got = rows(explicit)
    assert got
    assert all(r["profession_id"] == 3 for r in got)
    ids = [r["appointment_id"] for r in got]
    assert ids == sorted(set(ids))
    # A bare namespace picks its only nested list taking one id.
    assert resolve("items", [2]).name == "items.list_by_item_group"
    assert run("export", "items", "--parent-id", "2", "--sandbox", *FAST, "--out", str(bare)) == 0
    assert rows(bare)
    assert all("links" not in r for r in rows(bare))


def test_export_all_writes_every_top_level_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dump"
    assert run("export", "--all", "--sandbox", "--records", "130", *FAST, "--out", str(out)) == 0
    files = sorted(p.name for p in out.iterdir())
    assert "patients.jsonl" in files
    assert "appointments.jsonl" in files
    assert "invoices.jsonl" not in files  # nested only
    assert all(len(rows(out / name)) == 130 for name in files)
    summaries = [line for line in capsys.readouterr().err.splitlines() if "exported 130" in line]
    assert len(summaries) == len(files)


@pytest.mark.parametrize(
    ("failing", "torn"),
    [
        (5, '{"client_id":161,"first_na'),
        # A torn write longer than what is left to fetch: only cutting the file drops it all.
        (12, '{"client_id":441,"patient_notes":"' + "x" * 60_000),
    ],
)
def test_resume_continues_after_the_last_whole_page(
    tmp_path: Path,
    remote: ThreadedSandbox,
    capsys: pytest.CaptureFixture[str],
    failing: int,
    torn: str,
) -> None:
    out, reference = tmp_path / "p.jsonl", tmp_path / "ref.jsonl"
    state = tmp_path / "p.jsonl.state.json"
    args = ["export", "patients", *remote.args(), "--page-size", "40", "--concurrency", "2"]
    assert run(*args, "--out", str(reference)) == 0
    # Page N fails for good: pages 1..N-1 are on disk and in the state file.
    remote.inject(Fault("status", status=403, path_contains=f"page={failing}&"))
    assert run(*args, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert len(error_lines(err)) == 1
    assert "rerun with --resume" in err
    saved = json.loads(state.read_text())
    assert saved["pages"] == failing - 1
    assert saved["records"] == 40 * (failing - 1)
    assert out.stat().st_size == saved["offset"]
    # As if killed while writing page N: part of a line past the recorded offset.
    with out.open("a") as f:
        f.write(torn)

    assert run(*args, "--out", str(out), "--resume") == 0
    assert out.read_bytes() == reference.read_bytes()
    assert [r["client_id"] for r in rows(out)] == list(range(1, 451))
    assert not state.exists()
    assert f"resumed after page {failing - 1}" in capsys.readouterr().err


def test_resume_with_other_arguments_is_refused(
    tmp_path: Path, remote: ThreadedSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "p.csv"
    args = ["export", "patients", *remote.args(), "--page-size", "40", "--out", str(out)]
    remote.inject(Fault("status", status=403, path_contains="page=3&"))
    assert run(*args) == 1
    before = out.read_bytes()
    capsys.readouterr()
    assert run(*args[:-4], "--page-size", "50", "--out", str(out), "--resume") == 1
    err = capsys.readouterr().err
    assert len(error_lines(err)) == 1
    assert "other arguments" in err
    assert out.read_bytes() == before
    assert run(*args, "--resume") == 0
    table = list(csv.reader(io.StringIO(out.read_text())))
    assert [int(row[0]) for row in table[1:]] == list(range(1, 451))


def test_resume_refuses_a_finished_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "p.jsonl"
    out.write_text("{}\n")
    assert run("export", "patients", "--sandbox", *FAST, "--out", str(out), "--resume") == 1
    assert "nothing to resume" in capsys.readouterr().err
    assert out.read_text() == "{}\n"


def test_progress_lines_and_summary_on_a_pipe(
    tmp_path: Path, remote: ThreadedSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    remote.inject(Fault("status", status=503, path_contains="page=2&"))
    out = ["--out", str(tmp_path / "p.jsonl")]
    args = ["export", "patients", *remote.args(), "--page-size", "4", *out]
    assert run(*args) == 0
    err = capsys.readouterr().err
    assert "\r" not in err
    progress = [line for line in err.splitlines() if re.search(r"records/s, ETA", line)]
    counts = {line.split(": ")[1].split(" records")[0] for line in progress}
    assert {"200/450", "400/450"} <= counts  # every 50 pages (or 5 s)
    assert "patients: exported 450 records in 113 pages" in err
    assert "retries: 1, 429s: 0, re-fetched: 0, duplicates dropped: 0" in err


def test_wrong_keys_exit_1_with_one_line(
    tmp_path: Path, remote: ThreadedSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "p.jsonl"
    args = remote.args()
    args[args.index("--api-key") + 1] = "wrong"
    assert run("export", "patients", *args, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert len(error_lines(err)) == 1
    assert "401" in err
    assert not out.exists()


def test_missing_keys_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PRACSUITE_VENDOR_KEY", raising=False)
    monkeypatch.delenv("PRACSUITE_API_KEY", raising=False)
    assert run("export", "patients") == 1
    assert error_lines(capsys.readouterr().err) == [
        "pracsuite: error: no vendor key: pass --vendor-key or set PRACSUITE_VENDOR_KEY "
        "(or --sandbox)"
    ]


def test_sandbox_command_serves_until_interrupted(tmp_path: Path) -> None:
    command = "from pracsuite_async.cli import main; main()"
    argv = [sys.executable, "-c", command, "sandbox", "--port", "0", "--records", "77"]
    with subprocess.Popen(argv, stderr=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stderr is not None
            banner = [proc.stderr.readline() for _ in range(3)]
            url = banner[0].split(" at ")[1].strip()
            vendor, account = (line.split()[-1] for line in banner[1:])
            out = tmp_path / "p.jsonl"
            keys = ["--vendor-key", vendor, "--api-key", account, "--out", str(out)]
            assert run("export", "patients", "--base-url", url, *keys) == 0
            assert len(rows(out)) == 77
            proc.send_signal(signal.SIGINT)
            assert proc.wait(timeout=10) == 0
            assert "sandbox stopped" in proc.stderr.read()
        finally:
            proc.kill()


def test_export_all_with_default_sizes_then_resume_skips_finished_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dump"
    argv = ["export", "--all", "--sandbox", *FAST, "--format", "csv", "--out", str(out)]
    assert run(*argv) == 0
    assert len((out / "patients.csv").read_text().splitlines()) == 1 + 1000
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    capsys.readouterr()
    assert run(*argv, "--resume") == 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert capsys.readouterr().err.count("already exported") == len(before)


@contextlib.contextmanager
def threaded_app(handler: Callable[[web.Request], Awaitable[web.Response]]) -> Iterator[str]:
    """A small aiohttp.web app on a thread of its own (the CLI runs its own loop); its URL."""
    loop = asyncio.new_event_loop()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(app, access_log=None)
    loop.run_until_complete(runner.setup())
    loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", 0).start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}/v1/"
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result()
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_a_record_the_server_repeats_on_another_page_is_written_once(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    async def patients(request: web.Request) -> web.Response:
        number = int(request.query.get("page", "1"))
        first = 1 if number == 2 else (number - 1) * 10 + 1  # page 2 repeats page 1
        ids = range(first, first + 10)
        extra = {"note": "a field the document lacks"} if suffix == "jsonl" else {}
        clients = [{"client_id": i, **extra} for i in ids]
        return web.json_response({"clients": clients, "total_entries": 30})

    out = tmp_path / f"patients.{suffix}"
    with threaded_app(patients) as url:
        keys = ["--vendor-key", "v", "--api-key", "a", "--requests-per-second", "0"]
        argv = ["export", "patients", "--base-url", url, *keys, "--page-size", "10"]
        assert run(*argv, "--out", str(out)) == 0
    if suffix == "jsonl":
        got = [json.loads(line)["client_id"] for line in out.read_text().splitlines()]
    else:
        with out.open(newline="") as file:
            got = [int(r["client_id"]) for r in csv.DictReader(file)]
    assert got == [*range(1, 11), *range(21, 31)]
    assert "page 2 repeats 10 records already delivered" in capsys.readouterr().err


# Blocks one extra's module as a core install lacks it, then runs the command's module.
WITHOUT = (
    "import runpy, sys; sys.modules[{module!r}] = None; sys.argv = [{prog!r}]; "
    "runpy.run_module({target!r}, run_name='__main__')"
)


@pytest.mark.parametrize(
    ("target", "missing"),
    [("pracsuite_async.cli", "click"), ("pracsuite_async.sandbox", "click")],
    ids=["pracsuite", "python -m pracsuite_async.sandbox"],
)
def test_without_the_cli_extra_the_commands_say_what_to_install(target: str, missing: str) -> None:
    code = WITHOUT.format(module=missing, prog="pracsuite", target=target)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"pracsuite: the command line needs {missing}: pip install 'pracsuite-async[cli]'"
    )
