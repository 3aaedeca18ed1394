"""The session-wide rate limiter: a concurrency semaphore plus an adaptive token bucket.

The PracSuite docs state no rate limit, so the bucket learns from the server: a 429 pauses
every request of the session until Retry-After has passed and lowers the rate
multiplicatively; successes raise it again along a cubic curve. This is the scheme of
botocore's "adaptive" retry mode (CUBIC, beta 0.7, C 0.4).
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._datatypes import Response

from ._checks import check_int, is_number
from ._errors import PracSuiteValueError

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

_BETA = 0.7  # multiplicative decrease on throttle
_SCALE = 0.4  # CUBIC scaling constant
_SMOOTHING = 0.8  # weight of the newest sample in the measured send rate (as botocore)
_BUCKET_SECONDS = 0.5  # granularity of the measured send rate
_MIN_RATE = 0.5  # requests per second; the rate never drops below this


class RateLimiter:
    """Bounds requests in flight (``max_concurrency``) and per second (``requests_per_second``).

    ``requests_per_second=None`` leaves the rate unbounded until the first 429, after which
    the bucket switches on at 0.7x the measured send rate (when ``adaptive``). ``burst`` is
    the bucket's capacity: how many requests may start at once after a quiet spell.
    """

    def __init__(
        self,
        *,
        max_concurrency: int = 8,
        requests_per_second: float | None = 20.0,
        adaptive: bool = True,
        burst: int | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        check_int("max_concurrency", max_concurrency, minimum=1)
        if requests_per_second is not None and not (
            is_number(requests_per_second) and 0 < requests_per_second < math.inf
        ):
            hint = " (None means unbounded)" if requests_per_second == math.inf else ""
            raise PracSuiteValueError(
                f"requests_per_second must be > 0 or None, got {requests_per_second}{hint}"
            )
        if burst is not None:
            check_int("burst", burst, minimum=1)
        self._clock = clock
        self._sleep = sleep
        self._max_concurrency = max_concurrency
        self._semaphore = asyncio.Semaphore(max_concurrency)
        self._slot = _Slot(self)
        self._bucket_lock = asyncio.Lock()
        self._ceiling = requests_per_second
        self._rate: float | None = requests_per_second
        self._adaptive = adaptive
        self._burst = float(burst if burst is not None else max_concurrency)
        self._tokens = self._burst
        self._last_refill = clock()
        self._paused_until = 0.0
        self._in_flight = 0
        self._throttles = 0
        # CUBIC state
        self._last_max_rate = requests_per_second or 0.0
        self._last_throttle = clock()
        # measured send rate
        self._measured_rate = 0.0
        self._bucket_start = math.floor(clock() / _BUCKET_SECONDS) * _BUCKET_SECONDS
        self._bucket_count = 0

    def __repr__(self) -> str:
        rate = "unbounded" if self._rate is None else f"{self._rate:.2f}/s"
        return (
            f"RateLimiter(max_concurrency={self._max_concurrency}, rate={rate}, "
            f"in_flight={self._in_flight}, throttles={self._throttles})"
        )

    @property
    def max_concurrency(self) -> int:
        return self._max_concurrency

    @property
    def current_rate(self) -> float | None:
        """Requests per second the bucket allows now; None when unbounded."""
        return self._rate

    @property
    def in_flight(self) -> int:
        """Requests holding a slot right now."""
        return self._in_flight

    @property
    def throttle_count(self) -> int:
        """How many 429s the session has seen."""
        return self._throttles

    @property
    def paused_for(self) -> float:
        """Seconds left of a server-requested pause (0 when not paused)."""
        return max(0.0, self._paused_until - self._clock())

    def slot(self) -> AbstractAsyncContextManager[None]:
        """Hold one request slot: waits for concurrency, any 429 pause, then a token."""
        return self._slot

    def _admit_now(self) -> bool:
        """Admit at once when the rate is unbounded, nobody queues and no 429 pause holds."""
        if self._rate is None and not self._bucket_lock.locked():
            now = self._clock()
            if self._paused_until <= now:
                self._record_send(now)
                return True
        return False

    async def _admit(self) -> None:
        # One waiter at a time, so tokens go out in arrival order.
        async with self._bucket_lock:
            while True:
                now = self._clock()
                if self._paused_until > now:
                    await self._sleep(self._paused_until - now)
                    continue
                self._record_send(now)
                if self._rate is None:
                    return
                self._refill(now)
                # The epsilon absorbs float rounding, which could otherwise leave a
                # waiter sleeping for intervals too small to move the clock.
                if self._tokens >= 1.0 - 1e-9:
                    self._tokens = max(0.0, self._tokens - 1.0)
                    return
                await self._sleep((1.0 - self._tokens) / self._rate)

    def _refill(self, now: float) -> None:
        assert self._rate is not None
        capacity = max(1.0, min(self._burst, self._rate))
        elapsed = max(0.0, now - self._last_refill)
        self._tokens = min(capacity, self._tokens + elapsed * self._rate)
        self._last_refill = now

    def _record_send(self, now: float) -> None:
        bucket = math.floor(now / _BUCKET_SECONDS) * _BUCKET_SECONDS
        if bucket > self._bucket_start:
            instant = self._bucket_count / (bucket - self._bucket_start)
            self._measured_rate = instant * _SMOOTHING + self._measured_rate * (1 - _SMOOTHING)
            self._bucket_count = 0
            self._bucket_start = bucket
        self._bucket_count += 1

    def _partial_rate(self, now: float) -> float:
        # Before the first half-second closes, what has been sent so far is the best guess.
        return self._bucket_count / max(now - self._bucket_start, 0.05)

    def observe(self, response: Response) -> None:
        """Every response of the client (any status), once, as it arrives; a hook for
        limiters that read the server's rate-limit headers. Does nothing here."""

    def on_throttled(self, retry_after: float | None) -> None:
        """A 429 arrived: pause everyone for ``retry_after`` seconds and lower the rate."""
        now = self._clock()
        self._throttles += 1
        if retry_after is not None and retry_after > 0:
            self._paused_until = max(self._paused_until, now + retry_after)
        if not self._adaptive:
            return
        current = self._rate
        measured = self._measured_rate or self._partial_rate(now) or (current or 1.0)
        basis = measured if current is None else min(current, measured)
        basis = max(basis, _MIN_RATE)
        self._last_max_rate = basis
        self._last_throttle = now
        self._set_rate(basis * _BETA)

    def on_success(self) -> None:
        """A request succeeded: let the rate grow back toward its ceiling."""
        if not self._adaptive or self._rate is None or self._throttles == 0:
            return
        now = self._clock()
        k = ((self._last_max_rate * (1 - _BETA)) / _SCALE) ** (1 / 3)
        cubic = _SCALE * (now - self._last_throttle - k) ** 3 + self._last_max_rate
        # Never more than double what is being sent: the bucket must stay meaningful.
        limit = 2 * max(self._measured_rate, self._rate)
        self._set_rate(min(cubic, limit))

    def _set_rate(self, rate: float) -> None:
        rate = max(_MIN_RATE, rate)
        if self._ceiling is not None:
            rate = min(rate, self._ceiling)
        if self._rate is None:
            self._last_refill = self._clock()
            self._tokens = min(self._tokens, 1.0)
        else:
            self._refill(self._clock())
        self._rate = rate


class _Slot(AbstractAsyncContextManager[None]):
    """``async with limiter.slot()``: a plain object, cheaper per request than a generator."""

    __slots__ = ("_limiter",)

    def __init__(self, limiter: RateLimiter) -> None:
        self._limiter = limiter

    async def __aenter__(self) -> None:
        limiter = self._limiter
        await limiter._semaphore.acquire()
        try:
            if not limiter._admit_now():  # no lock, no waiting: the common unbounded case
                await limiter._admit()
        except BaseException:
            limiter._semaphore.release()
            raise
        limiter._in_flight += 1

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        limiter = self._limiter
        limiter._in_flight -= 1
        limiter._semaphore.release()
