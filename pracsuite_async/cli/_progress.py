"""Progress of an export on stderr."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

_TTY_EVERY = 0.1  # seconds between redraws of the live line


def _eta(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


class Progress:
    """Records, pages, records/s and ETA: one redrawn line on a TTY, else a line every
    ``interval`` seconds or ``every_pages`` pages; :meth:`summary` ends it."""

    def __init__(
        self,
        label: str,
        stream: TextIO,
        *,
        tty: bool | None = None,
        interval: float = 5.0,
        every_pages: int = 50,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self._stream = stream
        self._tty = stream.isatty() if tty is None else tty
        self._interval = interval
        self._every_pages = every_pages
        self._clock = clock
        self._started = clock()
        self._last_shown = self._started
        self.total: int | None = None
        self.records = 0  # in the output, including pages kept from an interrupted run
        self.pages = 0
        self.resumed_pages = 0
        self._resumed_records = 0

    def begin(self, total_entries: int | None, *, resumed_pages: int, resumed_records: int) -> None:
        """Page 1 arrived: the list's size, and what an earlier run already wrote."""
        self.total = total_entries
        self.resumed_pages = self.pages = resumed_pages
        self._resumed_records = self.records = resumed_records

    def page(self, records: int) -> None:
        """One more page written."""
        self.pages += 1
        self.records += records
        now = self._clock()
        if self._tty:
            if now - self._last_shown >= _TTY_EVERY:
                self._last_shown = now
                self._stream.write(f"\r\x1b[K{self._line(now)}")
                self._stream.flush()
        elif now - self._last_shown >= self._interval or self.pages % self._every_pages == 0:
            self._last_shown = now
            print(f"  {self._line(now)}", file=self._stream, flush=True)

    def _rate(self, now: float) -> float:
        elapsed = now - self._started
        return (self.records - self._resumed_records) / elapsed if elapsed > 0 else 0.0

    def _line(self, now: float) -> str:
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
        pages = f"{self.pages:,} page" + ("" if self.pages == 1 else "s")
        text = (
            f"{self.label}: exported {self.records:,} records in {pages} to {out} "
            f"in {now - self._started:.2f}s ({self._rate(now):,.0f} records/s, "
            f"retries: {retries}, 429s: {throttled}{resumed})"
        )
        prefix = "\r\x1b[K" if self._tty else ""
        print(prefix + text, file=self._stream, flush=True)
