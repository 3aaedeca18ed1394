"""Total time limits of the requests in flight, kept with one loop timer for all of them."""

from __future__ import annotations

import asyncio
import math
from typing import Any

from ._errors import ConfigurationError

Task = asyncio.Task[Any]

# A timer may fire this early (the loop's clock resolution); a deadline so near counts as come.
_SLACK = 0.001


class Deadlines:
    """Cancels a task whose request runs past its total time, and tells it that was why.

    aiohttp, told a total, arms and cancels a loop timer for each request and enters a timer
    context for each read: about 5 % of a single get()'s CPU. Here a request costs an entry
    in a dict: one timer waits for the earliest deadline in flight and, when it fires,
    cancels the requests past theirs and waits for the next one.
    """

    __slots__ = ("_armed", "_due", "_expired", "_handle", "_loop")

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        # Each task's deadline, and its cancel count when it started (its own cancellations).
        self._due: dict[Task, tuple[float, int]] = {}
        self._expired: set[Task] = set()  # cancelled here, not yet told
        self._handle: asyncio.TimerHandle | None = None
        self._armed = math.inf  # when the timer fires

    def __repr__(self) -> str:
        return f"Deadlines(in_flight={len(self._due)})"

    def start(self, seconds: float) -> Task:
        """Bound the current task's request to ``seconds`` from now; :meth:`end` it after.

        Its awaits end with ``CancelledError`` once the time is up: :meth:`expired` tells
        that cancellation from any other.
        """
        loop = self._loop
        if loop is None:
            loop = self._loop = asyncio.get_running_loop()
        # The loop named: without it, current_task() asks for the running loop, which costs
        # Python 3.11 a getpid() system call.
        task = asyncio.current_task(loop)
        if task is None:
            raise ConfigurationError("a request with a total timeout must run in an asyncio task")
        due = loop.time() + seconds
        self._due[task] = (due, task.cancelling())
        if due < self._armed:
            self._arm(loop, due)
        return task

    def expired(self, task: Task) -> bool:
        """Whether the ``CancelledError`` that ``task`` is handling is its deadline's, with
        no other cancellation pending (that one then stands)."""
        if task not in self._expired:
            return False
        _, cancelling = self._due[task]
        return task.cancelling() - 1 <= cancelling

    def end(self, task: Task) -> None:
        """The request of ``task`` is over, however it ended; a cancellation made here is
        taken back, so it never reaches the caller."""
        del self._due[task]
        if task in self._expired:
            self._expired.discard(task)
            task.uncancel()

    def close(self) -> None:
        """Stop the timer: the backend is closing."""
        if self._handle is not None:
            self._handle.cancel()
        self._handle, self._armed = None, math.inf

    def _arm(self, loop: asyncio.AbstractEventLoop, when: float) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._handle = loop.call_at(when, self._fire)
        self._armed = when

    def _fire(self) -> None:
        loop = self._loop
        assert loop is not None
        self._handle, self._armed = None, math.inf
        now = loop.time() + _SLACK
        earliest = math.inf
        for task, (due, _) in self._due.items():
            if due > now:
                earliest = min(earliest, due)
            elif task not in self._expired:
                self._expired.add(task)
                task.cancel()
        if earliest < math.inf:
            self._arm(loop, earliest)
