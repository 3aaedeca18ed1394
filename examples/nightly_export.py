"""Nightly export: every patient and every appointment to JSON Lines files.

What it shows:

- streaming a whole list page by page (``async for page in pager.pages()``) so memory stays
  flat however many records there are, with pages fetched ``--concurrency`` ahead;
- two lists pulled at once through one client: its rate limiter is shared by both;
- ``on_change="error"``: if records are added or removed during the pull the export fails
  loudly instead of writing a file that may miss or repeat records (run it again);
- each file is written to ``<name>.jsonl.part`` and renamed when complete, so a file that
  exists is a whole export.

Run it against the API (keys from ``PRACSUITE_VENDOR_KEY`` / ``PRACSUITE_API_KEY``, optional
``PRACSUITE_BASE_URL``)::

    python examples/nightly_export.py --out-dir exports/

or against the embedded sandbox, no keys needed::

    python examples/nightly_export.py --sandbox --out-dir /tmp/export --concurrency 8
"""

import argparse
import asyncio
import contextlib
import json
import sys
import time
from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import attrs

from pracsuite_async import AsyncPager, AsyncPracSuite, PracSuiteError

# Fields every record has that describe where it was listed, not the record itself.
LIST_METADATA = frozenset({"links", "row_num", "total_rows"})


@attrs.frozen
class Exported:
    """What one list's export wrote."""

    name: str
    path: Path
    records: int
    pages: int
    seconds: float


async def export_all(
    ps: AsyncPracSuite, out_dir: Path, *, page_size: int = 100, concurrency: int = 8
) -> list[Exported]:
    """Export every patient and every appointment into ``out_dir``; both lists at once."""
    await asyncio.to_thread(out_dir.mkdir, parents=True, exist_ok=True)
    options: dict[str, Any] = {
        "page_size": page_size,
        "concurrency": concurrency,
        "on_change": "error",
    }
    async with asyncio.TaskGroup() as tasks:
        patients = tasks.create_task(
            export_list("patients", ps.patients.list(**options), out_dir / "patients.jsonl")
        )
        appointments = tasks.create_task(
            export_list(
                "appointments", ps.appointments.list(**options), out_dir / "appointments.jsonl"
            )
        )
    return [patients.result(), appointments.result()]


async def export_list(name: str, pager: AsyncPager[Any], path: Path) -> Exported:
    """Stream one list into ``path`` (via ``<path>.part``), a page at a time."""
    started = time.monotonic()
    part = path.with_name(path.name + ".part")
    records = pages = 0
    # File writes go to a thread so the event loop keeps fetching pages meanwhile.
    out = await asyncio.to_thread(part.open, "w", encoding="utf-8")
    try:
        async with contextlib.aclosing(pager.pages()) as stream:
            async for page in stream:
                lines = "".join(record_line(record) for record in page.items)
                await asyncio.to_thread(out.write, lines)
                records += len(page.items)
                pages += 1
    finally:
        await asyncio.to_thread(out.close)
    await asyncio.to_thread(part.replace, path)
    return Exported(name, path, records, pages, time.monotonic() - started)


def record_line(record: Any) -> str:
    """One record as a line of JSON (dates and times in ISO 8601)."""
    fields = attrs.asdict(record, filter=lambda a, _: a.name not in LIST_METADATA)
    return json.dumps(fields, default=_iso, separators=(",", ":")) + "\n"


def _iso(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


@contextlib.asynccontextmanager
async def open_client(*, sandbox: bool, records: int) -> AsyncIterator[AsyncPracSuite]:
    """A client of the API (PRACSUITE_* environment variables) or of the embedded sandbox."""
    if not sandbox:
        async with AsyncPracSuite() as ps:
            yield ps
        return
    from pracsuite_async.sandbox import Sandbox

    sizes = {"patient": records, "appointment": records * 3 // 2}
    async with (
        Sandbox(sizes=sizes, latency=0.01) as sb,
        AsyncPracSuite(vendor_key=sb.vendor_key, api_key=sb.api_key, base_url=sb.url) as ps,
    ):
        print(f"sandbox at {sb.url}: {sizes}", file=sys.stderr)
        yield ps


async def run(args: argparse.Namespace) -> list[Exported]:
    async with open_client(sandbox=args.sandbox, records=args.records) as ps:
        done = await export_all(
            ps, Path(args.out_dir), page_size=args.page_size, concurrency=args.concurrency
        )
    for item in done:
        print(
            f"{item.name}: {item.records} records in {item.pages} pages "
            f"-> {item.path} ({item.seconds:.2f}s)"
        )
    return done


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default="export", help="where the .jsonl files go")
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=8, help="pages fetched ahead")
    parser.add_argument("--sandbox", action="store_true", help="export from the sandbox")
    parser.add_argument("--records", type=int, default=2000, help="sandbox: patients to seed")
    args = parser.parse_args(argv)
    code = 0
    try:
        asyncio.run(run(args))
    except* PracSuiteError as group:  # export_all runs two tasks: errors come grouped
        for exc in group.exceptions:
            print(f"export failed: {exc}", file=sys.stderr)
        code = 1
    return code


if __name__ == "__main__":
    raise SystemExit(main())
