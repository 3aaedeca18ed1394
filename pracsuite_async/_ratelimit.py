"""The request budget: concurrency slots, an evenly paced rate, 429 pauses and a daily quota.

One :class:`RateLimiter` may serve many clients (one vendor key, many account keys). Waiters
are admitted in a fair order: single calls before page fetches of bulk pulls, and round
robin across clients within each class, so one clinic's export never starves another's
webhook handler.

The PracSuite docs state no rate limit, so the rate learns from the server: a 429 pauses
every request of the budget until Retry-After has passed and lowers the rate
multiplicatively; successes raise it again along a cubic curve. This is the scheme of
botocore's "adaptive" retry mode (CUBIC, beta 0.7, C 0.4), with one decrease per throttle
event: 429s of requests that were already in flight at the last decrease belong to it (as TCP
cuts its window once per round trip).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import json
import logging
import math
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Hashable, Mapping
from typing import Any

import attrs

from ._checks import check_int, describe, is_number
from ._errors import APIStatusError, PracSuiteError, PracSuiteValueError, RequestInfo
from ._retry import parse_retry_after

logger = logging.getLogger("pracsuite_async")

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

_BETA = 0.7  # multiplicative decrease on throttle
_SCALE = 0.4  # CUBIC scaling constant
_SMOOTHING = 0.8  # weight of the newest sample in the measured send rate (as botocore)
_BUCKET_SECONDS = 0.5  # granularity of the measured send rate
_MIN_RATE = 0.5  # requests per second; the rate never drops below this
# Sends are counted over a window a little longer than a second: a gateway counting arrivals
# in a sliding second sees them shifted by network and scheduling jitter of a few ms.
WINDOW_SECONDS = 1.02
_EPSILON = 1e-9  # absorbs float rounding that could leave a waiter sleeping for nothing
DAY = 86_400.0


class QuotaExceededError(PracSuiteError):
    """The budget's request quota is used up until ``resets_at`` (UTC; None when unknown).

    Raised before sending when the limiter's own count reached ``quota_per_day``, and at
    once, without retrying, when the API answers a 429 that means the vendor's usage quota
    is exhausted. Either way every client of the budget stops sending until the reset.
    ``status`` and ``body`` are the API's answer when there was one; ``request`` is the
    request that was refused.
    """

    def __init__(
        self,
        message: str,
        *,
        resets_at: dt.datetime | None = None,
        request: RequestInfo | None = None,
        status: int | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.resets_at = resets_at
        self.request = request
        self.status = status
        self.body = body


def quota_refusal(error: PracSuiteError, resets_at: dt.datetime | None) -> QuotaExceededError:
    """The QuotaExceededError for the API's quota 429 (``error``: its RateLimitError)."""
    if not isinstance(error, APIStatusError):
        return QuotaExceededError(f"the vendor key's request quota is exhausted ({error})")
    return QuotaExceededError(
        f"the API refused {error.request}: the vendor key's request quota is exhausted "
        f"({error.server_message or 'no detail'})",
        resets_at=resets_at,
        request=error.request,
        status=error.status,
        body=error.body,
    )


class LimiterUnavailableError(PracSuiteError):
    """The store holding a shared budget (Redis) could not be reached; nothing was sent."""


class Signal(enum.Enum):
    """What a response told the limiter."""

    OK = "ok"  # a 2xx
    THROTTLED = "throttled"  # a 429 asking to slow down
    QUOTA = "quota"  # a 429 saying the usage quota is exhausted
    OTHER = "other"  # any other status: no rate information


# For every response: in Python 3.11 looking a member up on its enum costs a metaclass hook.
SIGNAL_OK = Signal.OK


@attrs.frozen(kw_only=True)
class Permit:
    """One admitted request: who sent it and when (the throttle epoch it was admitted in)."""

    client: Hashable
    bulk: bool
    epoch: int
    lease: str | None = None  # the Redis lease id, for the shared limiter


@attrs.frozen(kw_only=True)
class QuotaUsage:
    """Requests counted against the quota in the current window, and when it resets."""

    used: int
    limit: int | None
    resets_at: dt.datetime | None
    blocked: bool  # no request may be sent until resets_at

    @property
    def remaining(self) -> int | None:
        return None if self.limit is None else max(0, self.limit - self.used)


@attrs.frozen(kw_only=True)
class Quota:
    """A request quota per window: ``limit`` requests per ``period`` seconds.

    Windows start at ``resets_at`` (a time of day; its tzinfo is the zone, UTC when naive)
    for a one-day period; any other period counts from the Unix epoch (e.g. a 60-second
    "day" for tests).
    """

    limit: int | None
    period: float = DAY
    resets_at: dt.time = dt.time(0, tzinfo=dt.UTC)

    def phase(self, now: float) -> float:
        """Seconds after the epoch's period boundary at which a window starts."""
        if self.period != DAY:
            return 0.0
        zone = self.resets_at.tzinfo or dt.UTC
        day = dt.datetime.fromtimestamp(now, zone).date()
        local = dt.datetime.combine(day, self.resets_at.replace(tzinfo=None)).replace(tzinfo=zone)
        return local.timestamp() % DAY

    def window(self, now: float) -> tuple[float, float]:
        """Start and end (Unix seconds) of the quota window holding ``now``."""
        phase = self.phase(now)
        start = math.floor((now - phase) / self.period) * self.period + phase
        return start, start + self.period


def check_quota_settings(
    quota_per_day: int | None, quota_period: float | dt.timedelta | None, quota_resets_at: dt.time
) -> Quota:
    if quota_per_day is not None:
        check_int("quota_per_day", quota_per_day, minimum=1)
    if isinstance(quota_period, dt.timedelta):
        quota_period = quota_period.total_seconds()
    if quota_period is not None and not (is_number(quota_period) and 0 < quota_period < math.inf):
        raise PracSuiteValueError(f"quota_period must be > 0 seconds, got {quota_period!r}")
    period = DAY if quota_period is None else float(quota_period)
    if not isinstance(quota_resets_at, dt.time):
        raise PracSuiteValueError(
            f"quota_resets_at must be a datetime.time, got {describe(quota_resets_at)}"
        )
    return Quota(limit=quota_per_day, period=period, resets_at=quota_resets_at)


# Inferred, not documented: the API sits behind AWS API Gateway (its 403 "Missing
# Authentication Token" for unknown paths is the gateway's wording), which answers a usage
# plan's exhausted quota with 429 "Limit Exceeded" and throttling with 429 "Too Many
# Requests". Codes that say "quota" are read as quota too.
_QUOTA_WORDS = ("limit exceeded", "quota")
_QUOTA_CODES = frozenset({"LIMIT_EXCEEDED", "QUOTA_EXCEEDED"})


def classify(status: int, body: bytes) -> Signal:
    """Which kind of answer a response is for the limiter (pure: status and body only)."""
    if 200 <= status < 300:
        return Signal.OK
    if status != 429:
        return Signal.OTHER
    try:
        parsed = json.loads(body) if body else None
    except (ValueError, RecursionError):
        parsed = body.decode("utf-8", "replace")[:200]
    texts: list[object] = []
    if isinstance(parsed, dict):
        error = parsed.get("error")
        if isinstance(error, dict):
            code = error.get("code")
            if isinstance(code, str) and code.upper() in _QUOTA_CODES:
                return Signal.QUOTA
            texts += [error.get("detail"), error.get("title")]
        texts.append(parsed.get("message"))
    elif isinstance(parsed, str):
        texts.append(parsed)
    said = " ".join(text.lower() for text in texts if isinstance(text, str))
    if any(word in said for word in _QUOTA_WORDS):
        return Signal.QUOTA
    return Signal.THROTTLED


def utc(timestamp: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC)


@attrs.define(eq=False)
class _Waiter:
    client: Hashable
    bulk: bool
    wake: asyncio.Event = attrs.field(factory=asyncio.Event)
    permit: Permit | None = None
    refused: bool = False  # the quota ran out while it waited


class FairQueue:
    """Waiters by class (single calls before bulk page fetches), round robin by client."""

    __slots__ = ("_classes", "size")

    def __init__(self) -> None:
        self._classes: tuple[OrderedDict[Hashable, deque[_Waiter]], ...] = (
            OrderedDict(),
            OrderedDict(),
        )
        self.size = 0  # waiters queued: read on every request, so kept, not counted

    def __len__(self) -> int:
        return self.size

    def __bool__(self) -> bool:
        return self.size > 0

    def push(self, waiter: _Waiter) -> None:
        self._classes[waiter.bulk].setdefault(waiter.client, deque()).append(waiter)
        self.size += 1

    def peek(self) -> _Waiter | None:
        for by_client in self._classes:
            for queue in by_client.values():
                return queue[0]
        return None

    def pop(self) -> _Waiter:
        """The next waiter; its client goes to the back of its class."""
        for by_client in self._classes:
            for client, queue in by_client.items():
                waiter = queue.popleft()
                del by_client[client]
                if queue:
                    by_client[client] = queue
                self.size -= 1
                return waiter
        raise IndexError("no waiter")

    def remove(self, waiter: _Waiter) -> None:
        by_client = self._classes[waiter.bulk]
        queue = by_client.get(waiter.client)
        if queue is not None and waiter in queue:
            queue.remove(waiter)
            self.size -= 1
            if not queue:
                del by_client[waiter.client]

    def drain(self) -> list[_Waiter]:
        waiters = [w for cls in self._classes for q in cls.values() for w in q]
        for by_client in self._classes:
            by_client.clear()
        self.size = 0
        return waiters


class Slot:
    """``async with limiter.slot()``: a plain object, cheaper per request than a generator."""

    __slots__ = ("_bulk", "_client", "_limiter", "_permit")

    def __init__(self, limiter: Admission, client: Hashable, bulk: bool) -> None:
        self._limiter, self._client, self._bulk = limiter, client, bulk
        self._permit: Permit | None = None

    async def __aenter__(self) -> Permit:
        limiter = self._limiter
        permit = limiter.try_acquire(self._client, self._bulk)
        if permit is None:
            permit = await limiter.acquire(self._client, self._bulk)
        self._permit = permit
        return permit

    async def __aexit__(self, *_: object) -> None:
        if self._permit is not None:
            permit, self._permit = self._permit, None
            self._limiter.release(permit)


class Admission:
    """The fair admission loop every limiter shares; subclasses say whether one may go now.

    One waiter at a time runs the loop (the admitter) and grants permits to the queue's
    head in fair order, sleeping for tokens or a pause; when its own permit is granted it
    hands the role to the next head.
    """

    # Slots: the state is read on every request, and slot reads are the cheapest there are.
    __slots__ = (
        "__weakref__",
        "_admitting",
        "_clock",
        "_freed",
        "_in_flight",
        "_max_concurrency",
        "_paused_until",
        "_queue",
        "_sleep",
        "_throttle_events",
        "_throttles",
    )

    def __init__(self, *, max_concurrency: int, sleep: Sleep, clock: Clock) -> None:
        check_int("max_concurrency", max_concurrency, minimum=1)
        self._max_concurrency = max_concurrency
        self._sleep = sleep
        self._clock = clock
        self._paused_until = 0.0  # on ``clock``
        self._queue = FairQueue()
        self._admitting = False
        self._freed = asyncio.Event()
        self._in_flight = 0
        self._throttles = 0
        self._throttle_events = 0

    @property
    def max_concurrency(self) -> int:
        return self._max_concurrency

    @property
    def in_flight(self) -> int:
        """Requests of this process holding a slot right now."""
        return self._in_flight

    @property
    def waiting(self) -> int:
        """Requests queued for a slot."""
        return len(self._queue)

    @property
    def throttle_count(self) -> int:
        """How many 429s (throttling, not quota) the budget has seen here."""
        return self._throttles

    @property
    def throttle_events(self) -> int:
        """Rate decreases: 429s of requests in flight together count once."""
        return self._throttle_events

    def slot(self, client: Hashable = None, *, bulk: bool = False) -> Slot:
        """Hold one request slot (``async with limiter.slot() as permit``): waits for
        concurrency, any 429 pause, then the rate.

        ``client`` identifies the caller for fairness (an ``AsyncPracSuite`` passes its
        own); ``bulk`` marks a page fetch of a pull, which yields to single calls.
        Raises :class:`QuotaExceededError` instead of waiting when the quota is used up.
        """
        return Slot(self, client, bulk)

    def try_acquire(self, client: Hashable, bulk: bool) -> Permit | None:
        """A permit at once, without waiting, when nobody queues and the limiter can tell
        without I/O; else None (then :meth:`acquire`). Pair it with :meth:`release`.

        This base can never tell; a limiter that decides locally overrides it.
        """
        return None

    async def acquire(self, client: Hashable, bulk: bool) -> Permit:
        """A permit, waiting in fair order for concurrency, any 429 pause and the rate."""
        self._check_quota()
        waiter = _Waiter(client, bulk)
        self._queue.push(waiter)
        try:
            while waiter.permit is None:
                if waiter.refused:
                    raise self._quota_error()
                if self._admitting:
                    waiter.wake.clear()
                    await waiter.wake.wait()
                    continue
                self._admitting = True
                try:
                    await self._admit_until(waiter)
                finally:
                    self._admitting = False
                    head = self._queue.peek()
                    if head is not None:
                        head.wake.set()
        except BaseException:
            if waiter.permit is not None:
                self.release(waiter.permit)
            else:
                self._queue.remove(waiter)
            raise
        return waiter.permit

    async def _admit_until(self, me: _Waiter) -> None:
        woke = False  # this ask follows a sleep for the rate: a late timer may catch up
        while me.permit is None and not me.refused:
            head = self._queue.peek()
            assert head is not None  # `me` is queued until granted
            if self._in_flight >= self._capacity():
                self._freed.clear()
                await self._freed.wait()
                continue
            try:
                outcome = await self._try_admit(head, woke=woke)
            except QuotaExceededError:
                self._refuse_waiters()
                return
            if isinstance(outcome, Permit):
                self._queue.pop()
                self._in_flight += 1
                head.permit = outcome
                head.wake.set()
                woke = False
            else:
                await self._sleep(outcome)
                woke = True

    def _refuse_waiters(self) -> None:
        for waiter in self._queue.drain():
            waiter.refused = True
            waiter.wake.set()
        self._freed.set()  # an admitter waiting for a slot looks again

    def release(self, permit: Permit) -> None:
        """A permit's request ended: its slot is free (a limiter with a store extends this,
        without waiting: any I/O goes to a task)."""
        self._in_flight -= 1
        if self._admitting:  # only an admitter waits for a freed slot
            self._freed.set()

    # What a limiter decides -------------------------------------------------------------

    def _capacity(self) -> int:
        """Requests this process may have in flight now."""
        return self._max_concurrency

    async def _try_admit(self, waiter: _Waiter, *, woke: bool) -> Permit | float:
        """A permit for ``waiter``, or the seconds to wait before asking again. ``woke``: the
        admitter slept for the rate before this ask, and its timer may have fired late."""
        raise NotImplementedError

    def _check_quota(self) -> None:
        """Raise QuotaExceededError when no request may be sent now."""

    def _quota_error(self) -> QuotaExceededError:
        raise NotImplementedError

    # What every limiter shows and learns -------------------------------------------------

    @property
    def current_rate(self) -> float | None:
        """Requests per second allowed now; None when unbounded."""
        raise NotImplementedError

    @property
    def paused_for(self) -> float:
        """Seconds left of a server-requested pause (0 when not paused)."""
        return max(0.0, self._paused_until - self._clock())

    @property
    def usage(self) -> QuotaUsage:
        """Requests counted in the current quota window."""
        raise NotImplementedError

    def observe_now(
        self,
        permit: Permit | None,
        status: int,
        headers: Mapping[str, str],
        body: bytes = b"",
        *,
        max_pause: float = math.inf,
    ) -> Signal | None:
        """:meth:`observe` when the limiter learns from the response without I/O; None when
        it must be awaited instead (a shared limiter telling its store of a 429)."""
        return None

    async def observe(
        self,
        permit: Permit | None,
        status: int,
        headers: Mapping[str, str],
        body: bytes = b"",
        *,
        max_pause: float = math.inf,
    ) -> Signal:
        """Learn from one response; returns what it meant (a quota 429 blocks the budget)."""
        signal = self.observe_now(permit, status, headers, body, max_pause=max_pause)
        if signal is None:  # a limiter answering None there overrides this
            raise NotImplementedError
        return signal


class RateLimiter(Admission):
    """Bounds requests in flight (``max_concurrency``) and per second (``requests_per_second``).

    Told a rate R, requests are paced evenly, never more than R in any one-second window;
    ``burst`` lets that many start at once after a quiet spell (default 1: even pacing, which
    sliding-window gateways need). ``requests_per_second=None`` leaves the rate unbounded
    until the first 429, after which it switches on at 0.7x the measured send rate (when
    ``adaptive``). ``quota_per_day`` counts requests per window (``quota_period`` seconds,
    default one day from ``quota_resets_at``, midnight UTC) and refuses more with
    :class:`QuotaExceededError`; ``usage`` shows the count.

    Share one instance between clients (``AsyncPracSuite(rate_limiter=...)``) to give them
    one budget: a 429 pauses them all, and they are served fairly. Like the clients, a
    limiter belongs to one event loop; for several processes use ``RedisRateLimiter``.
    """

    __slots__ = (
        "_adaptive",
        "_blocked_until",
        "_bucket_count",
        "_bucket_first",
        "_bucket_start",
        "_burst",
        "_ceiling",
        "_epoch",
        "_last_max_rate",
        "_last_refill",
        "_last_throttle",
        "_measured_rate",
        "_permits",
        "_quota",
        "_rate",
        "_sent",
        "_tokens",
        "_used",
        "_wall",
        "_window",
    )

    def __init__(
        self,
        *,
        max_concurrency: int = 8,
        requests_per_second: float | None = 20.0,
        adaptive: bool = True,
        burst: int | None = None,
        quota_per_day: int | None = None,
        quota_period: float | dt.timedelta | None = None,
        quota_resets_at: dt.time = dt.time(0, tzinfo=dt.UTC),
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        wall_clock: Clock = time.time,
    ) -> None:
        super().__init__(max_concurrency=max_concurrency, sleep=sleep, clock=clock)
        check_rate(requests_per_second)
        check_burst(burst)
        self._quota = check_quota_settings(quota_per_day, quota_period, quota_resets_at)
        self._wall = wall_clock
        self._ceiling = requests_per_second
        self._rate: float | None = requests_per_second
        self._adaptive = adaptive
        self._burst = float(burst or 1)
        self._tokens = self._burst
        self._last_refill = clock()
        self._sent: deque[float] = deque()  # admission times within the last window
        self._epoch = 0
        self._permits: dict[tuple[Hashable, bool], Permit] = {}
        # quota
        self._window = (-math.inf, -math.inf)  # the quota window counted in
        self._used = 0
        self._blocked_until = 0.0  # wall clock
        # CUBIC state
        self._last_max_rate = requests_per_second or 0.0
        self._last_throttle = clock()
        # measured send rate
        self._measured_rate = 0.0
        self._bucket_start = math.floor(clock() / _BUCKET_SECONDS) * _BUCKET_SECONDS
        self._bucket_count = 0
        self._bucket_first = clock()

    def __repr__(self) -> str:
        rate = "unbounded" if self._rate is None else f"{self._rate:.2f}/s"
        return (
            f"RateLimiter(max_concurrency={self._max_concurrency}, rate={rate}, "
            f"in_flight={self._in_flight}, throttles={self._throttles})"
        )

    @property
    def current_rate(self) -> float | None:
        """Requests per second the limiter allows now; None when unbounded."""
        return self._rate

    @property
    def usage(self) -> QuotaUsage:
        """Requests sent in the current quota window (counted whether or not a quota is set)."""
        now = self._wall()
        used = self._used_in_window(now)
        _, end = self._window
        blocked = self._blocked_until > now
        return QuotaUsage(
            used=used,
            limit=self._quota.limit,
            resets_at=utc(max(end, self._blocked_until) if blocked else end),
            blocked=blocked,
        )

    # admission -------------------------------------------------------------------------

    def _check_quota(self, now: float | None = None) -> None:
        """Raise QuotaExceededError when blocked at wall time ``now`` (default: now)."""
        if now is None:
            now = self._wall()
        if self._blocked_until > now:
            raise self._quota_error()
        limit = self._quota.limit
        if limit is not None and self._used_in_window(now) >= limit:
            self._blocked_until = self._window[1]
            raise self._quota_error()

    def _quota_error(self) -> QuotaExceededError:
        usage = self.usage
        return QuotaExceededError(
            f"the request quota is used up ({usage.used} of {usage.limit or 'the API limit'} "
            f"this window); it resets at {usage.resets_at:%Y-%m-%d %H:%M:%S} UTC",
            resets_at=usage.resets_at,
        )

    async def _try_admit(self, waiter: _Waiter, *, woke: bool) -> Permit | float:
        return self._gate(waiter.client, waiter.bulk, woke)

    def try_acquire(self, client: Hashable, bulk: bool) -> Permit | None:
        # Everything here is local, so the common case needs no coroutine at all.
        if self._admitting or self._queue.size or self._in_flight >= self._max_concurrency:
            return None
        outcome = self._gate(client, bulk, False)
        if not isinstance(outcome, Permit):  # seconds to wait: acquire() does that
            return None
        self._in_flight += 1
        return outcome

    def _gate(self, client: Hashable, bulk: bool, woke: bool) -> Permit | float:
        # Runs for every request: the common case (no quota, no pause, unbounded or with a
        # token at hand) reads each clock once and calls nothing it can do inline.
        wall = self._wall()  # one reading for the quota's check and count
        if self._blocked_until > wall or self._quota.limit is not None:
            self._check_quota(wall)
        now = self._clock()
        if self._paused_until > now:
            return self._paused_until - now
        if self._rate is not None:
            wait = self._pace(now, woke)
            if wait > 0:
                return wait
        if now >= self._bucket_start + _BUCKET_SECONDS:
            self._roll_bucket(now)  # a new half-second: the measured rate moves on
        if not self._bucket_count:
            self._bucket_first = now
        self._bucket_count += 1
        self._used_in_window(wall)
        self._used += 1
        # A permit is a value: one per client, kind and throttle epoch serves every request.
        permit = self._permits.get((client, bulk))
        if permit is None or permit.epoch != self._epoch:
            if len(self._permits) >= 64:  # clients of a shared limiter come and go
                self._permits.clear()
            permit = Permit(client=client, bulk=bulk, epoch=self._epoch)
            self._permits[client, bulk] = permit
        return permit

    def _pace(self, now: float, woke: bool) -> float:
        """0 after taking a token, else the seconds until one is due."""
        assert self._rate is not None
        self._refill(now, catch_up=woke)
        while self._sent and self._sent[0] <= now - WINDOW_SECONDS:
            self._sent.popleft()
        per_window = math.floor(self._rate + _EPSILON)
        if per_window >= 1 and len(self._sent) >= per_window:
            return self._sent[-per_window] + WINDOW_SECONDS - now
        if self._tokens < 1.0 - _EPSILON:
            return (1.0 - self._tokens) / self._rate
        self._tokens = max(0.0, self._tokens - 1.0)
        self._sent.append(now)
        return 0.0

    def _used_in_window(self, now: float) -> int:
        """Requests counted in the window holding ``now`` (which becomes the current one)."""
        start, end = self._window
        if not start <= now < end:
            self._window, self._used = self._quota.window(now), 0
        return self._used

    def _refill(self, now: float, *, catch_up: bool = False) -> None:
        assert self._rate is not None
        # After a sleep for the rate, one token more may have accrued: what a timer firing
        # late (a busy loop) would otherwise lose. An idle spell never adds it, and the window
        # check still caps any second at R.
        capacity = max(1.0, min(self._burst, self._rate)) + (1.0 if catch_up else 0.0)
        elapsed = max(0.0, now - self._last_refill)
        self._tokens = min(capacity, self._tokens + elapsed * self._rate)
        self._last_refill = now

    def _roll_bucket(self, now: float) -> None:
        """Close the half-second of sends before ``now`` into the measured rate."""
        bucket = math.floor(now / _BUCKET_SECONDS) * _BUCKET_SECONDS
        instant = self._bucket_count / (bucket - self._bucket_start)
        self._measured_rate = instant * _SMOOTHING + self._measured_rate * (1 - _SMOOTHING)
        self._bucket_count = 0
        self._bucket_start = bucket

    def _partial_rate(self, now: float) -> float:
        # Before the first half-second closes, what has been sent so far is the best guess.
        # Counted from the bucket's first send: a burst at the end of a half-second must not
        # read as a trickle over all of it.
        return self._bucket_count / max(now - self._bucket_first, 0.05)

    # what responses say ----------------------------------------------------------------

    def observe_now(
        self,
        permit: Permit | None,
        status: int,
        headers: Mapping[str, str],
        body: bytes = b"",
        *,
        max_pause: float = math.inf,
    ) -> Signal:
        """What one response meant, learnt at once (everything here is local): a 2xx lets
        the rate grow back, a 429 pauses the budget, a quota 429 blocks it."""
        if 200 <= status < 300:  # nearly every answer: decided without a call
            if self._throttle_events:
                self.on_success()
            return SIGNAL_OK
        signal = classify(status, body)
        if signal is Signal.OK:
            self.on_success()
        elif signal is Signal.THROTTLED:
            retry_after = parse_retry_after(headers.get("Retry-After"))
            # Beyond max_pause the call fails at once (RateLimitError) and no one is paused.
            pause = None if retry_after is None or retry_after > max_pause else retry_after
            self.on_throttled(pause, permit=permit)
        elif signal is Signal.QUOTA:
            self.on_quota_exhausted(parse_retry_after(headers.get("Retry-After")))
        return signal

    def on_quota_exhausted(self, retry_after: float | None = None) -> None:
        """The API refused for quota: nobody sends until the reset (Retry-After, if given,
        else the end of the limiter's quota window)."""
        now = self._wall()
        until = now + retry_after if retry_after else self._quota.window(now)[1]
        self._blocked_until = max(self._blocked_until, until)
        logger.warning("request quota exhausted; no requests until %s", utc(until).isoformat())
        self._refuse_waiters()

    def on_throttled(self, retry_after: float | None, *, permit: Permit | None = None) -> None:
        """A 429 arrived: pause everyone for ``retry_after`` seconds and lower the rate, once
        per throttle event (``permit`` tells whether the decrease already happened)."""
        now = self._clock()
        self._throttles += 1
        if retry_after is not None and retry_after > 0:
            self._paused_until = max(self._paused_until, now + retry_after)
        if permit is not None and permit.epoch < self._epoch:
            return  # in flight at the last decrease: part of that event
        self._epoch += 1
        self._throttle_events += 1
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
        if not self._adaptive or self._rate is None or self._throttle_events == 0:
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


def check_burst(burst: int | None) -> None:
    if burst is not None:
        check_int("burst", burst, minimum=1)


def check_rate(requests_per_second: float | None) -> None:
    if requests_per_second is not None and not (
        is_number(requests_per_second) and 0 < requests_per_second < math.inf
    ):
        hint = " (None means unbounded)" if requests_per_second == math.inf else ""
        raise PracSuiteValueError(
            f"requests_per_second must be > 0 or None, got {requests_per_second}{hint}"
        )
