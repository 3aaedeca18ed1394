"""What every request handler shares: the vendor key, its clinics (keys, data, page cache),
stats, faults, and the vendor-key-wide rate limit and daily quota."""

from __future__ import annotations

import contextvars
from collections import OrderedDict, deque
from collections.abc import Sequence
from typing import Literal

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


RateKind = Literal["token_bucket", "sliding_window"]
RATE_KINDS: tuple[RateKind, ...] = ("token_bucket", "sliding_window")


@attrs.define(kw_only=True)
class Clinic:
    """One clinic (practice) of the vendor: its account key (``A-api-key``) and its data."""

    name: str
    api_key: str
    dataset: Dataset
    pages: PageCache = attrs.field(factory=lambda: PageCache(max_bytes=256 * 2**20))


@attrs.define(kw_only=True)
class TokenBucket:
    """``rate`` per second, ``burst`` deep: the way AWS API Gateway, which appears to front
    the real API, throttles."""

    rate: float
    burst: float
    _tokens: float | None = None
    _refilled: float = 0.0

    def take(self, now: float) -> float | None:
        """Take a token; or, when the bucket is empty, the seconds until one is back."""
        if self._tokens is None:
            self._tokens = self.burst
        else:
            elapsed = now - self._refilled
            self._tokens = min(self.burst, self._tokens + elapsed * self.rate)
        self._refilled = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return None
        return (1.0 - self._tokens) / self.rate


@attrs.define(kw_only=True)
class SlidingWindow:
    """At most ``rate`` requests in any one-second window (a log of accepted arrivals): a
    common gateway behaviour, stricter than a token bucket."""

    rate: float
    _log: deque[float] = attrs.field(factory=deque)

    def take(self, now: float) -> float | None:
        while self._log and self._log[0] <= now - 1.0:
            self._log.popleft()
        if len(self._log) < max(1, int(self.rate)):
            self._log.append(now)
            return None
        return self._log[0] + 1.0 - now


@attrs.define(kw_only=True)
class DailyQuota:
    """``limit`` requests per window of ``window`` seconds (a day unless told otherwise, so
    tests can use a 60-second day), counted from the Unix epoch, vendor-key wide."""

    limit: int
    window: float = 86_400.0
    _start: float = -1.0
    used: int = 0

    def take(self, wall: float) -> float | None:
        """Count one request; or, when the quota is used up, the seconds until it resets."""
        start = wall - wall % self.window
        if start != self._start:
            self._start, self.used = start, 0
        if self.used >= self.limit:
            return start + self.window - wall
        self.used += 1
        return None


# The clinic an answer is for, set by the edge middleware per request (aiohttp serves each
# request in its own task, so routes reading ``state.dataset`` see their own clinic's).
CURRENT_CLINIC: contextvars.ContextVar[Clinic] = contextvars.ContextVar("clinic")


@attrs.define(kw_only=True)
class SandboxState:
    """Everything a request handler needs, shared by the whole app: the vendor key, its
    clinics, stats, faults, and the vendor-key-wide rate limit and quota."""

    vendor_key: str
    clinics: Sequence[Clinic]
    stats: SandboxStats
    faults: FaultSchedule
    latency: float = 0.0
    rate: TokenBucket | SlidingWindow | None = None
    quota: DailyQuota | None = None

    def clinic_for(self, api_key: str) -> Clinic | None:
        return next((c for c in self.clinics if c.api_key == api_key), None)

    @property
    def clinic(self) -> Clinic:
        """The clinic of the request being answered (the first one outside a request)."""
        return CURRENT_CLINIC.get(self.clinics[0])

    @property
    def dataset(self) -> Dataset:
        return self.clinic.dataset

    @property
    def pages(self) -> PageCache:
        return self.clinic.pages

    @property
    def api_key(self) -> str:
        return self.clinic.api_key


def rate_limiter(
    kind: RateKind, rate: float | None, burst: float | None
) -> TokenBucket | SlidingWindow | None:
    if rate is None:
        return None
    if kind == "sliding_window":
        return SlidingWindow(rate=rate)
    return TokenBucket(rate=rate, burst=burst or max(1.0, rate))


STATE = web.AppKey("state", SandboxState)
