"""Progress on stderr: rich bars on a terminal (one per list, a total for several), plain
periodic lines elsewhere; messages always on lines of their own, above the bars."""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as Bars

if TYPE_CHECKING:
    from .._accounting import PullStats


def _eta(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


class Reporter:
    """Where a command tells its progress and messages (``with Reporter() as r:``).

    On a terminal the bars redraw in place (rich, width-aware) and :meth:`message` prints
    above them; elsewhere each list writes a line every ``interval`` seconds or
    ``every_pages`` pages.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        tty: bool | None = None,
        lists: int = 1,
        interval: float = 5.0,
        every_pages: int = 50,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.tty = stream.isatty() if tty is None else tty
        self.interval = interval
        self.every_pages = every_pages
        self.clock = clock
        self.console = Console(file=stream, force_terminal=self.tty, highlight=False)
        self.bars: Bars | None = None
        self._total: TaskID | None = None
        if self.tty:
            self.bars = Bars(
                TextColumn("{task.description}"),
                BarColumn(bar_width=None),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                console=self.console,
                transient=False,
                expand=True,
            )
            if lists > 1:
                self._total = self.bars.add_task("all lists", total=lists, rate="")

    def __enter__(self) -> Reporter:
        if self.bars is not None:
            self.bars.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop redrawing; the cursor is left on a line of its own."""
        if self.bars is not None:
            self.bars.stop()

    def message(self, text: str) -> None:
        """One message on a line of its own (above the bars on a terminal)."""
        if self.bars is not None:
            self.bars.console.print(text, markup=False, soft_wrap=True)
        else:
            print(text, file=self.stream, flush=True)

    def progress(self, label: str) -> Progress:
        """The progress of one list."""
        task = None if self.bars is None else self.bars.add_task(label, total=None, rate="")
        return Progress(label, self, task)

    def list_done(self) -> None:
        if self.bars is not None and self._total is not None:
            self.bars.advance(self._total)


class Progress:
    """Records, pages, records/s and ETA of one list; :meth:`summary` ends it."""

    def __init__(self, label: str, reporter: Reporter, task: TaskID | None) -> None:
        self.label = label
        self._reporter = reporter
        self._task = task
        self._clock = reporter.clock
        self._started = self._clock()
        self._last_shown = self._started
        self.total: int | None = None
        self.records = 0  # in the output, including pages kept from an interrupted run
        self.pages = 0
        self.resumed_pages = 0
        self._resumed_records = 0
        self.pull: PullStats | None = None  # the pager's own accounting, when it has one

    def begin(self, total_entries: int | None, *, resumed_pages: int, resumed_records: int) -> None:
        """Page 1 arrived: the list's size, and what an earlier run already wrote."""
        self.total = total_entries
        self.resumed_pages = self.pages = resumed_pages
        self._resumed_records = self.records = resumed_records
        bars = self._reporter.bars
        if bars is not None and self._task is not None:
            bars.update(self._task, total=total_entries, completed=resumed_records)

    def page(self, records: int) -> None:
        """One more page written."""
        self.pages += 1
        self.records += records
        now = self._clock()
        bars = self._reporter.bars
        if bars is not None and self._task is not None:
            bars.update(
                self._task, completed=self.records, rate=f"{self._rate(now):,.0f} records/s"
            )
            return
        every = self._reporter.every_pages
        if now - self._last_shown >= self._reporter.interval or self.pages % every == 0:
            self._last_shown = now
            self._reporter.message(f"  {self.line(now)}")

    def _rate(self, now: float) -> float:
        elapsed = now - self._started
        return (self.records - self._resumed_records) / elapsed if elapsed > 0 else 0.0

    def line(self, now: float | None = None) -> str:
        """The progress as one line of text."""
        now = self._clock() if now is None else now
        rate = self._rate(now)
        done = f"{self.records:,}" + (f"/{self.total:,}" if self.total is not None else "")
        line = f"{self.label}: {done} records, {self.pages:,} pages, {rate:,.0f} records/s"
        if self.total is not None and rate > 0:
            line += f", ETA {_eta(max(self.total - self.records, 0) / rate)}"
        return line

    def summary(self, out: str, *, retries: int, throttled: int) -> None:
        """The closing line: records, pages, retries, 429s and elapsed time."""
        now = self._clock()
        resumed = f", resumed after page {self.resumed_pages}" if self.resumed_pages else ""
        if self.pull is not None:
            resumed += (
                f", re-fetched: {self.pull.refetches}, "
                f"duplicates dropped: {self.pull.duplicates_dropped}"
            )
        pages = f"{self.pages:,} page" + ("" if self.pages == 1 else "s")
        self._reporter.message(
            f"{self.label}: exported {self.records:,} records in {pages} to {out} "
            f"in {now - self._started:.2f}s ({self._rate(now):,.0f} records/s, "
            f"retries: {retries}, 429s: {throttled}{resumed})"
        )
        bars = self._reporter.bars
        if bars is not None and self._task is not None:
            bars.update(self._task, total=self.records, completed=self.records)
        self._reporter.list_done()
