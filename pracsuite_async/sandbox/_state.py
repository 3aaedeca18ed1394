"""What every request handler shares: keys, data, stats, faults, rate limit and page cache."""

from __future__ import annotations

from collections import OrderedDict

import attrs
from aiohttp import web

from ._data import Dataset
from ._faults import FaultSchedule
from ._stats import SandboxStats


class PageCache:
    """Recently served list bodies, least recently used out first, bounded in bytes.

    Building a page costs the server milliseconds; a benchmark measuring the client must not
    be measuring that, so repeated reads of a page are served from here. Bodies are tagged
    with the dataset version they were built at: any write empties the cache.
    """

    def __init__(self, *, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._bodies: OrderedDict[str, bytes] = OrderedDict()
        self._size = 0
        self._version = 0

    def get(self, key: str, version: int) -> bytes | None:
        if version != self._version:
            self.clear()
            self._version = version
        body = self._bodies.get(key)
        if body is not None:
            self._bodies.move_to_end(key)
        return body

    def put(self, key: str, body: bytes, version: int) -> None:
        if version != self._version or len(body) > self.max_bytes or key in self._bodies:
            return
        self._bodies[key] = body
        self._size += len(body)
        while self._size > self.max_bytes:
            _, evicted = self._bodies.popitem(last=False)
            self._size -= len(evicted)

    def clear(self) -> None:
        self._bodies.clear()
        self._size = 0


@attrs.define(kw_only=True)
class SandboxState:
    """Everything a request handler needs, shared by the whole app."""

    vendor_key: str
    api_key: str
    dataset: Dataset
    stats: SandboxStats
    faults: FaultSchedule
    latency: float = 0.0
    rate_limit: float | None = None
    rate_burst: float = 1.0
    pages: PageCache = attrs.field(factory=lambda: PageCache(max_bytes=256 * 2**20))
    _tokens: float | None = None
    _refilled: float = 0.0

    def over_rate_limit(self, now: float) -> float | None:
        """Take a token; or, when the bucket is empty, the seconds until one is back.

        A token bucket (``rate_limit`` per second, ``rate_burst`` deep), the way AWS API
        Gateway, which fronts the real API, throttles.
        """
        if self.rate_limit is None:
            return None
        if self._tokens is None:
            self._tokens = self.rate_burst
        else:
            elapsed = now - self._refilled
            self._tokens = min(self.rate_burst, self._tokens + elapsed * self.rate_limit)
        self._refilled = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return None
        return (1.0 - self._tokens) / self.rate_limit


STATE = web.AppKey("state", SandboxState)
