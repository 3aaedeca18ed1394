"""The export loop: pages streamed to JSON Lines, CSV or Parquet; JSON Lines and CSV resume
from the last whole page.

While a file export runs, ``<out>.state.json`` records (every two seconds, and when the
export stops on an error) how many pages and records the file holds and its byte length,
with the arguments that shape the output. ``resume=True`` checks those arguments, cuts the
file back to that length (dropping a half-written page) and starts at the first page not
yet written; the state file goes on success.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Literal

import attrs
import msgspec

from .._accounting import record_id_field
from .._client import AsyncPracSuite
from .._datatypes import Page
from .._errors import PracSuiteError
from .._redact import redact_filter
from .._rows import (
    Column,
    Kind,
    expand,
    flatten,
    json_lines,
    page_records,
    record_lines,
    schema_columns,
    wire_lines,
)
from .._wire import Filter
from ._progress import Progress
from ._target import Target

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: dict[str, Format] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
}
STATE_VERSION = 2
# Seconds between updates of the state file: a resume refetches at most that much, and an
# export is not slowed by a file replaced after every page.
STATE_EVERY = 2.0


class ExportError(PracSuiteError):
    """An export that cannot start or continue (e.g. a resume with other arguments)."""


def format_for(out: str, given: Format | None) -> Format:
    """The output format: ``given``, else from the extension of ``out`` (stdout: jsonl)."""
    if given is not None:
        return given
    if out == "-":
        return "jsonl"
    suffix = Path(out).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            f"cannot tell the format of {out!r}: name a {', '.join(FORMATS)} file or pass --format"
        )
    return FORMATS[suffix]


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
    keep_meta: bool = False
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
            "keep_meta": self.keep_meta,
            "source": self.source,
        }


def state_path(out: Path) -> Path:
    return out.with_name(out.name + ".state.json")


def _csv_cell(value: Any) -> str:
    # Python 3.11's csv module writes None and "" alike; here text is always quoted, so an
    # empty unquoted cell is null and "" is an empty string.
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        return str(value)
    return '"' + str(value).replace('"', '""') + '"'


class Encoder:
    """Turns pages into bytes: JSON Lines as sent, or CSV with dotted columns."""

    def __init__(self, job: Job, columns: Sequence[Any] | None = None) -> None:
        self.format = job.format
        self._list_key = job.target.op.list_key
        self._schema = job.target.op.model.__name__
        self._keep_meta = job.keep_meta
        self._declared = schema_columns(self._schema, keep_meta=job.keep_meta)
        self.columns: list[Column] | None = None
        if columns is not None:  # a resumed CSV keeps the header it has
            self.columns = [Column(tuple(path), Kind(kind)) for path, kind in columns]

    def header(self, first: Page[Any] | None) -> bytes:
        if self.format != "csv":
            return b""
        records = [] if first is None else self._records(first)
        self.columns = expand(self._declared, records)
        return self._line([f'"{c.name}"' for c in self.columns])

    def page(self, page: Page[Any]) -> bytes:
        if self.format == "jsonl":
            if page.items and isinstance(page.items[0], msgspec.Struct):  # wire_pages()
                return wire_lines(page.items, keep_meta=self._keep_meta)
            body = _body(page)
            records = page_records(body, self._list_key, keep_meta=self._keep_meta)
            if len(records) != len(page.items):  # the pager held some back: delivered already
                return record_lines(_delivered(page, records))
            return json_lines(body, self._list_key, self._schema, keep_meta=self._keep_meta)
        assert self.columns is not None  # header() ran first
        columns = self.columns
        rows = (flatten(r, columns) for r in self._records(page))
        return b"".join(self._line([_csv_cell(v) for v in row]) for row in rows)

    def _records(self, page: Page[Any]) -> list[dict[str, Any]]:
        return _delivered(
            page, page_records(_body(page), self._list_key, keep_meta=self._keep_meta)
        )

    @staticmethod
    def _line(cells: list[str]) -> bytes:
        return (",".join(cells) + "\n").encode()


def _body(page: Page[Any]) -> bytes:
    assert page.response is not None  # every page the SDK's pager reads keeps its response
    return page.response.body


def _delivered(page: Page[Any], records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The body's records the pager delivered, in order: it drops a record it has delivered
    already (a repeat across pages), and a file must not hold it twice either."""
    if len(records) == len(page.items) or not page.items:
        return records if page.items else []
    field = record_id_field(type(page.items[0]))
    if field is None:  # pragma: no cover - only records with ids are ever held back
        return records[: len(page.items)]
    wanted = [getattr(item, field) for item in page.items]
    kept: list[dict[str, Any]] = []
    for record in records:
        if len(kept) < len(wanted) and record.get(field) == wanted[len(kept)]:
            kept.append(record)
    return kept


class Sink:
    """The output file and its state file; opened only once there is something to write."""

    def __init__(self, job: Job, *, resume: bool) -> None:
        self._job = job
        self._encoder = Encoder(job)
        self._file: IO[bytes] | None = None
        self._unsaved: dict[str, Any] | None = None
        self._saved_at = float("-inf")
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
            columns = saved.get("columns")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ExportError(f"cannot read {state}: {exc}") from None
        if saved.get("version") != STATE_VERSION or saved.get("job") != self._job.identity():
            raise ExportError(
                f"{state.name} is from an export with other arguments ({_differences(saved)}); "
                "rerun with the same ones, or drop --resume to start over"
            )
        if not out.exists() or out.stat().st_size < offset:
            raise ExportError(f"{out} is shorter than {state.name} records; drop --resume")
        self._encoder = Encoder(self._job, columns)
        self._file = open(out, "r+b")  # noqa: SIM115 - closed by close()
        self._file.truncate(offset)  # a half-written page goes
        self._file.seek(offset)
        self.pages, self.records, self.total = pages, int(records), saved.get("total_entries")

    def _open(self, first: Page[Any] | None) -> IO[bytes]:
        if self._file is None:
            if self._job.out is None:
                self._file = sys.stdout.buffer
            else:
                self._file = open(self._job.out, "wb")  # noqa: SIM115 - closed by close()
            self._file.write(self._encoder.header(first))
        return self._file

    def write(self, page: Page[Any]) -> None:
        """Append one whole page and flush it; the state file records it soon after."""
        out = self._open(page)
        out.write(self._encoder.page(page))
        out.flush()
        self.pages += 1
        self.records += len(page.items)
        if self.state is not None:
            columns = self._encoder.columns
            self._unsaved = {
                "version": STATE_VERSION,
                "job": self._job.identity(),
                "pages": self.pages,
                "records": self.records,
                "offset": out.tell(),
                "total_entries": page.total_entries,
                "columns": None if columns is None else [[c.path, c.kind.value] for c in columns],
            }
            if time.monotonic() - self._saved_at >= STATE_EVERY:
                self._save()

    def _save(self) -> None:
        # The state never claims more than the file holds: it describes flushed pages only.
        if self._unsaved is None or self.state is None:
            return
        scratch = self.state.with_name(self.state.name + ".tmp")
        scratch.write_text(json.dumps(self._unsaved, indent=1), encoding="utf-8")
        os.replace(scratch, self.state)  # atomic: never a half-written state
        self._unsaved = None
        self._saved_at = time.monotonic()

    def finish(self) -> None:
        """Complete the file (an empty list still gets one) and drop the state file."""
        self._open(None).flush()
        self._unsaved = None
        self.close()
        if self.state is not None:
            self.state.unlink(missing_ok=True)

    def close(self) -> None:
        """Close the file; an unfinished export's state is brought up to date first."""
        self._save()
        if self._file is not None and self._file is not sys.stdout.buffer:
            self._file.close()
        self._file = None


class ParquetSink:
    """A Parquet file with a typed schema from the document, one row group per page,
    written beside the target and moved into place when complete."""

    def __init__(self, job: Job, *, resume: bool) -> None:
        if resume:
            raise ExportError("--resume works with JSON Lines and CSV, not Parquet")
        if job.out is None:
            raise ExportError("Parquet needs --out FILE.parquet (it cannot stream to stdout)")
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise ExportError(
                "Parquet needs pyarrow: pip install 'pracsuite-async[parquet]'"
            ) from None
        self._pa, self._pq = pa, pq
        self._job = job
        self._out = job.out
        self._partial = job.out.with_name(job.out.name + ".partial")
        self._declared = schema_columns(job.target.op.model.__name__, keep_meta=job.keep_meta)
        self._columns: list[Column] | None = None
        self._writer: Any = None
        self.pages = self.records = 0
        self.total: int | None = None

    def _start(self, first: Page[Any] | None) -> None:
        records = [] if first is None else _meta_dicts(first, self._job)
        self._columns = expand(self._declared, records)
        schema = self._pa.schema([(c.name, _arrow_type(self._pa, c.kind)) for c in self._columns])
        self._writer = self._pq.ParquetWriter(self._partial, schema)

    def write(self, page: Page[Any]) -> None:
        if self._writer is None:
            self._start(page)
        assert self._columns is not None
        rows = [flatten(r, self._columns) for r in page.items]
        arrays = [
            self._pa.array([row[i] for row in rows], type=self._writer.schema.field(i).type)
            for i in range(len(self._columns))
        ]
        self._writer.write_table(self._pa.Table.from_arrays(arrays, schema=self._writer.schema))
        self.pages += 1
        self.records += len(page.items)

    def finish(self) -> None:
        if self._writer is None:
            self._start(None)
        self._writer.close()
        self._writer = None
        os.replace(self._partial, self._out)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
            self._partial.unlink(missing_ok=True)


def _meta_dicts(page: Page[Any], job: Job) -> list[dict[str, Any]]:
    return _delivered(
        page, page_records(_body(page), job.target.op.list_key, keep_meta=job.keep_meta)
    )


def _arrow_type(pa: Any, kind: Kind) -> Any:
    return {
        Kind.INTEGER: pa.int64(),
        Kind.NUMBER: pa.float64(),
        Kind.DECIMAL: pa.decimal128(38, 10),
        Kind.BOOLEAN: pa.bool_(),
        Kind.DATE: pa.date32(),
        Kind.TIMESTAMP: pa.timestamp("us", tz="UTC"),
        Kind.LOCAL_DATETIME: pa.timestamp("us"),
    }.get(kind, pa.string())


def _differences(saved: dict[str, Any]) -> str:
    job = saved.get("job")
    if not isinstance(job, dict):
        return "unknown state format"
    shown = {k: v for k, v in job.items() if k != "source"}
    if isinstance(shown.get("filters"), list):  # their values are patient data
        shown["filters"] = [redact_filter(str(f)) for f in shown["filters"]]
    return ", ".join(f"{k}={v!r}" for k, v in shown.items()) or "none recorded"


async def export(
    client: AsyncPracSuite,
    job: Job,
    progress: Progress,
    *,
    resume: bool = False,
    warn: Callable[[str], None],
) -> Sink | ParquetSink:
    """Stream every record of ``job`` to its output; returns the finished sink."""
    target = job.target
    sink = ParquetSink(job, resume=resume) if job.format == "parquet" else Sink(job, resume=resume)
    skip = sink.pages
    # A resume starts at the first page not yet written.
    # sort_by and filters only where given: a list that takes neither has no such parameter.
    ordering: dict[str, Any] = {}
    if job.sort:
        ordering["sort_by"] = list(job.sort)
    if job.filters:
        ordering["filters"] = list(job.filters)
    pager = getattr(getattr(client, target.namespace), target.method)(
        *target.parent_ids,
        page_size=job.page_size,
        start_page=skip + 1,
        concurrency=job.concurrency,
        **ordering,
    )
    # JSON Lines: records as sent, checked in one pass without building the models.
    stream = pager.wire_pages() if job.format == "jsonl" else pager.pages()
    number = skip
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = lambda message, *_: warn(str(message))
            async with contextlib.aclosing(stream) as pages:
                progress.pull = pager.stats  # this pull's
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
                    sink.write(page)
                    progress.page(len(page.items))
        sink.finish()
    finally:
        sink.close()
    return sink
