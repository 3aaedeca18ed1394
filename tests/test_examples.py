"""The examples in ``examples/`` run, against the sandbox, and do what their docstrings say."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from examples import nightly_export
from pracsuite_async import AsyncPracSuite
from pracsuite_async.sandbox import Sandbox

from .conftest import client_for

# A safety net, not a wait: a broken example fails here instead of hanging the suite.
DEADLINE = 15.0


# -- FastAPI ----------------------------------------------------------------------------------


def _fastapi_example() -> ModuleType:
    pytest.importorskip("fastapi")
    from examples import fastapi_app

    return fastapi_app


@contextlib.asynccontextmanager
async def _serve(app: Any) -> AsyncIterator[Any]:
    """An HTTP client of ``app`` in-process, with the app's lifespan run around it."""
    httpx = pytest.importorskip("httpx")
    lifespan = pytest.importorskip("asgi_lifespan")
    async with (
        lifespan.LifespanManager(app) as manager,
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=manager.app), base_url="http://example.test"
        ) as http,
    ):
        yield http


BOOKING = {
    "client_id": 3,
    "account_id": 1,
    "appointment_type_id": 2,
    "practitioner_id": 2,
    "business_id": 1,
    "app_time": "2026-03-03T09:30:00",
    "duration": 45,
}


async def test_the_fastapi_app_shares_one_client_and_maps_errors_to_http(
    sandbox: Sandbox,
) -> None:
    fastapi_app = _fastapi_example()
    made: list[AsyncPracSuite] = []

    @contextlib.asynccontextmanager
    async def factory() -> AsyncIterator[AsyncPracSuite]:
        async with client_for(sandbox, user_agent="examples-test") as ps:
            made.append(ps)
            yield ps

    app = fastapi_app.create_app(factory)
    assert made == []  # nothing connects before startup
    async with _serve(app) as http:
        assert len(made) == 1
        assert not made[0].closed

        patient = await http.get("/patients/7")
        assert patient.status_code == 200
        assert patient.json()["client_id"] == 7
        assert patient.json()["surname"] == (await made[0].patients.get(7)).surname

        missing = await http.get("/patients/999999")
        assert missing.status_code == 404
        assert "999999" in missing.json()["detail"]

        # The practitioner with the most appointments, from the data: more than one page.
        counts = collections.Counter(
            [a.practitioner_id async for a in made[0].appointments.list(page_size=100)]
        )
        busiest, _ = counts.most_common(1)[0]
        page = await http.get("/appointments", params={"practitioner_id": busiest, "page_size": 5})
        assert page.status_code == 200
        body = page.json()
        every = [a async for a in made[0].appointments.list_by_practitioner(busiest, page_size=100)]
        assert body["total_entries"] == len(every) > 5
        assert len(body["appointments"]) == 5
        assert {a["practitioner_id"] for a in body["appointments"]} == {busiest}
        times = [a["app_time"] for a in body["appointments"]]
        assert times == sorted(times)
        # Through to_jsonable: UTC stamps with Z, the clinic-local app_time without offset.
        assert all(a["created"].endswith("Z") for a in body["appointments"])
        assert all(datetime.fromisoformat(t).tzinfo is None for t in times)
        wanted = f"q%5B%5D=practitioner_id%3A%3D{busiest}"
        assert any(wanted in r.path_qs for r in _log(sandbox))

        sent_before = sandbox.stats.requests
        refused = await http.post("/appointments", json={**BOOKING, "duration": 7})
        assert refused.status_code == 422
        assert "duration" in refused.json()["detail"]
        assert sandbox.stats.requests == sent_before  # the SDK refused it: nothing was sent

        invalid = await http.post("/appointments", json={**BOOKING, "client_id": 10**6})
        assert invalid.status_code == 422
        assert "client_id" in invalid.json()["detail"]  # the API's own message
        assert sandbox.stats.status_counts[422] == 1

        booked = await http.post("/appointments", json=BOOKING)
        assert booked.status_code == 201
        stored = await made[0].appointments.get(booked.json()["appointment_id"])
        assert (stored.client_id, stored.duration) == (3, 45)

        assert len(made) == 1  # one client for every request ...
        assert app.state.pracsuite is made[0]
    assert made[0].closed  # ... closed at shutdown
    agents = {r.headers.get("User-Agent", "") for r in _log(sandbox)}
    assert len(agents) == 1
    assert agents.pop().startswith("examples-test ")


async def test_the_fastapi_app_reads_its_configuration_from_the_environment(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    fastapi_app = _fastapi_example()
    monkeypatch.setenv("PRACSUITE_VENDOR_KEY", sandbox.vendor_key)
    monkeypatch.setenv("PRACSUITE_API_KEY", sandbox.api_key)
    monkeypatch.setenv("PRACSUITE_BASE_URL", sandbox.url)
    app = fastapi_app.create_app()
    async with _serve(app) as http:
        assert (await http.get("/patients/1")).status_code == 200
    assert app.state.pracsuite.closed
    assert [r.path_qs for r in _log(sandbox)] == ["/v1/patient/1"]
    assert _log(sandbox)[0].headers["User-Agent"].startswith("pracsuite-fastapi-example ")


async def test_the_fastapi_app_serves_its_own_sandbox() -> None:
    fastapi_app = _fastapi_example()
    app = fastapi_app.create_app(fastapi_app.client_of_sandbox)
    async with _serve(app) as http:
        answer = await http.get("/patients/1")
    assert (answer.status_code, answer.json()["client_id"]) == (200, 1)
    assert app.state.pracsuite.closed


def _log(sandbox: Sandbox) -> list[Any]:
    return list(sandbox.stats.request_log)


# -- Nightly export ---------------------------------------------------------------------------


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


async def test_the_nightly_export_writes_every_record_once(tmp_path: Path) -> None:
    out = tmp_path / "export"
    sizes = {"patient": 237, "appointment": 412}
    async with Sandbox(sizes=sizes, latency=0.005) as sb, client_for(sb) as ps:
        done = await nightly_export.export_all(ps, out, page_size=20, concurrency=4)
        assert {(d.name, d.records, d.pages) for d in done} == {
            ("patients", 237, 12),
            ("appointments", 412, 21),
        }
        patients = await asyncio.to_thread(_read_jsonl, out / "patients.jsonl")
        appointments = await asyncio.to_thread(_read_jsonl, out / "appointments.jsonl")
        assert [p["client_id"] for p in patients] == list(range(1, 238))
        assert [a["appointment_id"] for a in appointments] == list(range(1, 413))
        # A line is the record itself, as a single GET reads it.
        single = await ps.appointments.get(321)
        assert appointments[320] == json.loads(nightly_export.record_line(single))
        assert appointments[320]["app_time"] == single.app_time.isoformat()  # type: ignore[union-attr]
        assert "links" not in patients[0]
        assert sb.stats.peak_in_flight > 1  # pages and both lists were fetched concurrently
    assert sorted(p.name for p in out.iterdir()) == ["appointments.jsonl", "patients.jsonl"]


def test_the_nightly_export_runs_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli"
    code = nightly_export.main(["--sandbox", "--records", "150", "--out-dir", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert f"patients: 150 records in 2 pages -> {out / 'patients.jsonl'}" in printed
    assert f"appointments: 225 records in 3 pages -> {out / 'appointments.jsonl'}" in printed
    assert len(_read_jsonl(out / "appointments.jsonl")) == 225


def test_the_nightly_export_reports_a_missing_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("PRACSUITE_VENDOR_KEY", "PRACSUITE_API_KEY", "PRACSUITE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    assert nightly_export.main(["--out-dir", str(tmp_path)]) == 1
    assert "PRACSUITE_VENDOR_KEY" in capsys.readouterr().err


# -- Appointment watcher ----------------------------------------------------------------------


def _watcher_example() -> ModuleType:
    from examples import appointment_watcher

    return appointment_watcher


async def _watch(
    watcher: ModuleType,
    ps: AsyncPracSuite,
    saved: Path,
    script: list[Callable[[], tuple[str, int]]],
    *,
    start: datetime | None = None,
) -> tuple[list[Any], int]:
    """Run the watcher for ``len(script) + 1`` changes. After handling each change, the
    clinic makes the next change of ``script`` (so it happens while the watcher runs)."""
    handled: list[Any] = []
    steps = iter(script)

    async def handle(change: Any) -> None:
        if handled:  # the checkpoint is saved after each change is handled, not before
            on_disk = await asyncio.to_thread(saved.read_text, encoding="utf-8")
            assert on_disk == handled[-1].checkpoint.to_json()
        handled.append(change)
        step = next(steps, None)
        if step is not None:
            step()

    async with asyncio.timeout(DEADLINE):
        count = await watcher.watch_appointments(
            ps, saved, handle, start=start, interval=0, max_changes=len(script) + 1
        )
    return handled, count


async def test_the_watcher_handles_each_change_once_and_resumes_from_its_checkpoint(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    watcher = _watcher_example()
    saved = tmp_path / "watcher.json"
    made: list[tuple[str, int]] = []

    def add(notes: str) -> tuple[str, int]:
        made.append(("created", sandbox.add("appointment", notes=notes)))
        return made[-1]

    def touch(appointment_id: int, notes: str) -> tuple[str, int]:
        sandbox.touch("appointment", appointment_id, notes=notes)
        made.append(("updated", appointment_id))
        return made[-1]

    async with client_for(sandbox) as ps:
        start = datetime.now(UTC)
        add("booked online")
        handled, count = await _watch(
            watcher,
            ps,
            saved,
            [
                lambda: touch(5, "moved to 3pm"),
                lambda: add("walk-in"),
                lambda: touch(7, "confirmed by SMS"),
            ],
            start=start,
        )
        assert count == 4
        assert [(c.kind, c.record.appointment_id) for c in handled] == made
        assert handled[1].record.notes == "moved to 3pm"
        on_disk = await asyncio.to_thread(saved.read_text, encoding="utf-8")
        assert on_disk == handled[-1].checkpoint.to_json()

        # Restart: what happened while it was stopped comes first; nothing handled repeats,
        # but a new change to an appointment handled before is a new change.
        del made[:]
        add("booked by phone while the watcher was down")
        again, count = await _watch(watcher, ps, saved, [lambda: touch(5, "moved to 4pm")])
        assert count == 2
        assert [(c.kind, c.record.appointment_id) for c in again] == made
        assert again[1].record.notes == "moved to 4pm"
