"""The export loop: pages streamed to JSON Lines or CSV, resumable from the last whole page.

While a file export runs, ``<out>.state.json`` records after every flushed page how many
pages and records the file holds and its byte length, with the arguments that shape the
output. ``resume=True`` checks those arguments, cuts the file back to that length (dropping
a half-written page) and starts at the first page not yet written; the state file goes on
success.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, Literal

import attrs

from .._client import AsyncPracSuite
from .._convert import unstructure
from .._errors import PracSuiteError
from .._wire import Filter
from ._progress import Progress
from ._target import Target

Format = Literal["jsonl", "csv"]
STATE_VERSION = 1


class ExportError(PracSuiteError):
    """An export that cannot start or continue (e.g. a resume with other arguments)."""


@attrs.frozen(kw_only=True)
class Job:
    """Everything that decides the content of one export file."""

    target: Target
    filters: tuple[Filter, ...] = ()
    filter_texts: tuple[str, ...] = ()  # as typed, for the state file
    sort: tuple[str, ...] = ()
    page_size: int = 100
    concurrency: int = 8
    format: Format = "jsonl"
    out: Path | None = None  # None: stdout
    source: str = ""  # where the records come from (base URL or sandbox), for the state

    def identity(self) -> dict[str, Any]:
        """What a resume must match."""
        return {
            "target": self.target.name,
            "parent_ids": list(self.target.parent_ids),
            "filters": list(self.filter_texts),
            "sort": list(self.sort),
            "page_size": self.page_size,
            "format": self.format,
            "source": self.source,
        }


def state_path(out: Path) -> Path:
    return out.with_name(out.name + ".state.json")


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


class Encoder:
    """Turns a page of records into bytes; CSV columns are the model's fields."""

    def __init__(self, fmt: Format, model: type) -> None:
        self.format = fmt
        self.columns = [f.name for f in attrs.fields(model)]

    def header(self) -> bytes:
        return self._csv([self.columns]) if self.format == "csv" else b""

    def page(self, records: Sequence[object]) -> bytes:
        rows = [unstructure(r) for r in records]
        if self.format == "csv":
            return self._csv([[_csv_text(row.get(c)) for c in self.columns] for row in rows])
        return "".join(json.dumps(row, separators=(",", ":")) + "\n" for row in rows).encode()

    @staticmethod
    def _csv(rows: list[list[str]]) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        return buffer.getvalue().encode()


class Sink:
    """The output file and its state file; opened only once there is something to write."""

    def __init__(self, job: Job, encoder: Encoder, *, resume: bool) -> None:
        self._job = job
        self._encoder = encoder
        self._file: IO[bytes] | None = None
        self.pages = self.records = 0
        self.total: int | None = None
        if resume:
            self._resume()

    @property
    def state(self) -> Path | None:
        return None if self._job.out is None else state_path(self._job.out)

    def _resume(self) -> None:
        out, state = self._job.out, self.state
        if out is None or state is None:
            raise ExportError("--resume needs --out FILE")
        if not state.exists():
            if out.exists():
                raise ExportError(
                    f"nothing to resume: {out} exists without {state.name} (a finished export?); "
                    "remove it or drop --resume"
                )
            return  # never started: a fresh export
        try:
            saved = json.loads(state.read_text(encoding="utf-8"))
            offset, pages, records = int(saved["offset"]), int(saved["pages"]), saved["records"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ExportError(f"cannot read {state}: {exc}") from None
        if saved.get("version") != STATE_VERSION or saved.get("job") != self._job.identity():
            raise ExportError(
                f"{state.name} is from an export with other arguments ({_differences(saved)}); "
                "rerun with the same ones, or drop --resume to start over"
            )
        if not out.exists() or out.stat().st_size < offset:
            raise ExportError(f"{out} is shorter than {state.name} records; drop --resume")
        self._file = open(out, "r+b")  # noqa: SIM115 - closed by close()
        self._file.truncate(offset)  # a half-written page goes
        self._file.seek(offset)
        self.pages, self.records, self.total = pages, int(records), saved.get("total_entries")

    def _open(self) -> IO[bytes]:
        if self._file is None:
            if self._job.out is None:
                self._file = sys.stdout.buffer
            else:
                self._file = open(self._job.out, "wb")  # noqa: SIM115 - closed by close()
            self._file.write(self._encoder.header())
        return self._file

    def write(self, records: Sequence[object], total: int | None) -> None:
        """Append one whole page, flush it, then record it in the state file."""
        out = self._open()
        out.write(self._encoder.page(records))
        out.flush()
        self.pages += 1
        self.records += len(records)
        if self.state is not None:
            saved = {
                "version": STATE_VERSION,
                "job": self._job.identity(),
                "pages": self.pages,
                "records": self.records,
                "offset": out.tell(),
                "total_entries": total,
            }
            scratch = self.state.with_name(self.state.name + ".tmp")
            scratch.write_text(json.dumps(saved, indent=1), encoding="utf-8")
            os.replace(scratch, self.state)  # atomic: never a half-written state

    def finish(self) -> None:
        """Complete the file (an empty list still gets one) and drop the state file."""
        self._open().flush()
        self.close()
        if self.state is not None:
            self.state.unlink(missing_ok=True)

    def close(self) -> None:
        if self._file is not None and self._file is not sys.stdout.buffer:
            self._file.close()
        self._file = None


def _differences(saved: dict[str, Any]) -> str:
    job = saved.get("job")
    if not isinstance(job, dict):
        return "unknown state format"
    return ", ".join(f"{k}={v!r}" for k, v in job.items() if k != "source") or "none recorded"


def _warn(text: str) -> None:
    print(f"pracsuite: warning: {text}", file=sys.stderr)


async def export(
    client: AsyncPracSuite,
    job: Job,
    progress: Progress,
    *,
    resume: bool = False,
    warn: Callable[[str], None] = lambda text: print(
        f"pracsuite: warning: {text}", file=sys.stderr
    ),
) -> Sink:
    """Stream every record of ``job`` to its output; returns the finished sink."""
    if warn is None:
        warn = _warn
    target = job.target
    sink = Sink(job, Encoder(job.format, target.op.model), resume=resume)
    skip = sink.pages
    # A resume starts at the first page not yet written.
    pager = getattr(getattr(client, target.namespace), target.method)(
        *target.parent_ids,
        page_size=job.page_size,
        start_page=skip + 1,
        sort_by=list(job.sort) or None,
        filters=list(job.filters),
        concurrency=job.concurrency,
    )
    number = skip
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = lambda message, *_: warn(str(message))
            async with contextlib.aclosing(pager.pages()) as pages:
                async for page in pages:
                    number += 1
                    if number == skip + 1:
                        if skip and page.total_entries != sink.total:
                            warn(
                                f"the list holds {page.total_entries} records, {sink.total} "
                                "when the export began; resumed pages may skip or repeat some"
                            )
                        progress.begin(
                            page.total_entries, resumed_pages=skip, resumed_records=sink.records
                        )
                    sink.write(page.items, page.total_entries)
                    progress.page(len(page.items))
        sink.finish()
    finally:
        sink.close()
    return sink
