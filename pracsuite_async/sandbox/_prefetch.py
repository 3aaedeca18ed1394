"""Seeded records built in worker processes, ahead of the pages that will ask for them.

A seeded record is a pure function of the seed and the sizes, so while nothing has
been written, worker processes (each with its own copy of the dataset) can build the pages
of a plain list (no sort, no filter, not nested) before they are asked for: a page request
starts the next few pages too. Any write or resize makes the dataset differ from the
workers' copies, and pages are built in-process again.

Since records are composed from pools (``_values.RecordTable``, some 8 us for a 72-field
patient), unpickling a page a worker built costs the server about as much as building it:
the workers now save little.
"""

from __future__ import annotations

import asyncio
import weakref
from collections import OrderedDict
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from ._data import Dataset

JSON = dict[str, Any]
AHEAD = 6  # pages started beyond the one asked for
KEPT = 64  # built pages kept until asked for

_WORKER_DATA: Dataset | None = None


def _start_worker(seed: int, sizes: Mapping[str, int]) -> None:
    global _WORKER_DATA
    _WORKER_DATA = Dataset(seed=seed, sizes=sizes)


def _build(name: str, start: int, stop: int) -> list[JSON]:
    assert _WORKER_DATA is not None  # set by the pool's initializer
    return [_WORKER_DATA.seeded(name, n) for n in range(start, stop)]


class RecordPool:
    """Worker processes building pages of seeded records for one dataset."""

    def __init__(self, data: Dataset, workers: int) -> None:
        self._data = weakref.ref(data)
        self._version = data.version
        self._executor = ProcessPoolExecutor(
            workers, initializer=_start_worker, initargs=(data.seed, dict(data.sizes))
        )
        self._pages: OrderedDict[tuple[str, int, int], asyncio.Future[list[JSON]]] = OrderedDict()
        self.served = 0  # pages answered from the workers

    def usable(self, data: Dataset) -> bool:
        """Whether the workers' copies still match ``data`` (nothing written since)."""
        return data.version == self._version and self._data() is data

    async def records(self, name: str, ids: range, size: int, total: int) -> list[JSON]:
        """The records of ``ids`` (one page of ``size``), with the next pages started."""
        loop = asyncio.get_running_loop()
        wanted = self._start(loop, name, ids.start, ids.stop)
        step = ids.stop - ids.start
        for k in range(1, AHEAD + 1):
            start = ids.start + k * step
            if start > total:
                break
            self._start(loop, name, start, min(start + size, total + 1))
        key = (name, ids.start, ids.stop)
        try:
            records = await asyncio.shield(wanted)
        finally:
            self._pages.pop(key, None)
        self.served += 1
        return records

    def _start(
        self, loop: asyncio.AbstractEventLoop, name: str, start: int, stop: int
    ) -> asyncio.Future[list[JSON]]:
        key = (name, start, stop)
        found = self._pages.get(key)
        if found is None:
            found = loop.run_in_executor(self._executor, _build, name, start, stop)
            self._pages[key] = found
            while len(self._pages) > KEPT:
                self._pages.popitem(last=False)[1].cancel()
        return found

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


_POOLS: weakref.WeakKeyDictionary[Dataset, RecordPool] = weakref.WeakKeyDictionary()


def prefetch(data: Dataset, workers: int) -> RecordPool:
    """Build ``data``'s plain list pages in ``workers`` processes from now on."""
    pool = _POOLS[data] = RecordPool(data, workers)
    return pool


def pool_for(data: Dataset) -> RecordPool | None:
    """The worker pool serving ``data``, while its copies still match."""
    pool = _POOLS.get(data)
    return pool if pool is not None and pool.usable(data) else None
