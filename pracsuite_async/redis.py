"""A request budget shared by processes and machines, kept in Redis.

``pip install 'pracsuite-async[redis]'``. Every worker that builds a
:class:`RedisRateLimiter` with the same Redis and ``key`` shares one budget: the paced
rate, the concurrency slots, the 429 pause, the adaptive rate and the quota live in Redis
and change atomically in Lua scripts, timed by Redis ``TIME`` (so the machines' clocks do
not matter). Slots are leases that expire: a worker killed mid-request frees its slots within
``lease_seconds``; a running request's lease is renewed in the background.

Within one process, waiters are admitted as :class:`~pracsuite_async.RateLimiter` admits
them (single calls first, round robin across clients); across processes, admission goes
to whichever asks Redis first.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import math
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import Any, Literal, ParamSpec, TypeVar

import attrs

try:
    import redis.asyncio as aioredis
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError
except ImportError as _missing:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "pracsuite_async.redis needs redis-py: pip install 'pracsuite-async[redis]'"
    ) from _missing

from ._errors import PracSuiteValueError
from ._ratelimit import (
    WINDOW_SECONDS,
    Admission,
    LimiterUnavailableError,
    Permit,
    QuotaExceededError,
    QuotaUsage,
    RateLimiter,
    Signal,
    Sleep,
    _Waiter,
    check_burst,
    check_quota_settings,
    check_rate,
    classify,
    utc,
)
from ._retry import parse_retry_after

__all__ = ["LimiterUnavailableError", "RedisRateLimiter"]

_logger = logging.getLogger("pracsuite_async")

OnRedisError = Literal["raise", "local"]
_UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError, TimeoutError)
_RECHECK_SECONDS = 5.0  # while degraded, how often Redis is tried again
_FLUSH_SECONDS = 0.005  # an ended lease waits at most this long for the next acquire

P = ParamSpec("P")
T = TypeVar("T")


def _answering(call: Callable[P, Awaitable[T]]) -> Callable[P, Coroutine[Any, Any, T]]:
    """``call`` (a Redis command or script) raising CancelledError when the task was
    cancelled while it ran and the answer came back anyway: redis-py's socket timeout goes
    through ``asyncio.wait_for``, which on Python 3.11 drops a cancellation that coincides
    with the answer (CPython gh-86296), and a cancelled pull then never stops."""

    async def answered(*args: P.args, **kwargs: P.kwargs) -> T:
        task = asyncio.current_task()
        asked = 0 if task is None else task.cancelling()
        result = await call(*args, **kwargs)
        if task is not None and task.cancelling() > asked:
            raise asyncio.CancelledError
        return result

    return answered


# Shared by every script: the time, state access, and the rate the budget allows now (the
# CUBIC curve since the last decrease, computed when asked instead of on every success).
_PRELUDE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local state = KEYS[1]
local BETA, SCALE, MIN_RATE, WINDOW = 0.7, 0.4, 0.5, tonumber(ARGV[1])
local S = {}  -- the state hash, read once
local raw = redis.call('HGETALL', state)
for i = 1, #raw, 2 do S[raw[i]] = tonumber(raw[i + 1]) end
local function get(field, default)
  local v = S[field]
  if v then return v end
  return default
end
local function put(field, value)
  S[field] = value
  redis.call('HSET', state, field, string.format('%.6f', value))
end
local function fmt(value) return string.format('%.6f', value) end
local function measured(log)
  redis.call('ZREMRANGEBYSCORE', log, '-inf', now - WINDOW)
  local sent = redis.call('ZCARD', log)
  if sent == 0 then return 0, 0 end
  local oldest = tonumber(redis.call('ZRANGE', log, 0, 0, 'WITHSCORES')[2])
  return sent / math.max(now - oldest, 0.05), sent
end
local function rate_now(ceiling, sending)
  if get('events', 0) == 0 then
    if ceiling < 0 then return nil end
    return ceiling
  end
  local wmax = get('last_max_rate', 1)
  local k = ((wmax * (1 - BETA)) / SCALE) ^ (1 / 3)
  local r = SCALE * (now - get('last_throttle', now) - k) ^ 3 + wmax
  if ceiling >= 0 and r > ceiling then r = ceiling end
  local cap = 2 * math.max(sending, wmax * BETA)
  if ceiling < 0 and r > cap then r = cap end
  if r < MIN_RATE then r = MIN_RATE end
  return r
end
"""

# KEYS: state, leases, log. ARGV: window, lease id, lease seconds, max concurrency, ceiling
# (-1: none), burst, quota limit (-1: none), quota period, quota phase, slack (1 after a
# sleep for the rate, else 0), then the leases this process released since its last call
# (freed here, saving a round trip per request).
_ACQUIRE = (
    _PRELUDE
    + """
for i = 11, #ARGV do redis.call('ZREM', KEYS[2], ARGV[i]) end
local lease_id, lease_s, maxc = ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local ceiling, burst = tonumber(ARGV[5]), tonumber(ARGV[6])
local qlimit, qperiod, qphase = tonumber(ARGV[7]), tonumber(ARGV[8]), tonumber(ARGV[9])
local qstart = math.floor((now - qphase) / qperiod) * qperiod + qphase
local used = 0
if get('quota_start', -1) == qstart then used = get('quota_used', 0) end
local epoch = get('epoch', 0)
local rate_seen = -2  -- -2: not looked at; -1: unbounded
local function answer(kind, value)
  -- One string, not an array of seven: the client parses one reply item instead of eight.
  return table.concat({kind, fmt(value), fmt(now), used, fmt(qstart + qperiod), epoch,
    fmt(rate_seen)}, ' ')
end
local blocked = get('blocked_until', 0)
if blocked > now then return answer('quota', blocked) end
if qlimit >= 0 and used >= qlimit then
  put('blocked_until', qstart + qperiod)
  return answer('quota', qstart + qperiod)
end
local paused = get('paused_until', 0)
if paused > now then return answer('pause', paused - now) end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= maxc then
  local first = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  return answer('full', tonumber(first[2]) - now)
end
local sending, sent = 0, 0
if ceiling >= 0 or get('events', 0) > 0 then
  sending, sent = measured(KEYS[3])
else  -- unbounded and never throttled: only keep the log to the window
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - WINDOW)
end
local rate = rate_now(ceiling, sending)
rate_seen = rate or -1
if rate then
  local per_window = math.floor(rate + 1e-9)
  if per_window >= 1 and sent >= per_window then
    local nth = redis.call('ZRANGE', KEYS[3], sent - per_window, sent - per_window, 'WITHSCORES')
    return answer('wait', tonumber(nth[2]) + WINDOW - now)
  end
  local interval = 1 / rate
  -- After a sleep for the rate, the theoretical arrival time may lag up to one interval:
  -- what a timer firing late (a busy loop) would otherwise lose. An idle spell never adds
  -- it, and the window above still caps any second at R.
  local tat = math.max(get('tat', now), now - tonumber(ARGV[10]) * interval)
  local tolerance = (math.max(1, math.min(burst, rate)) - 1) * interval
  if tat - now > tolerance + 1e-9 then return answer('wait', tat - tolerance - now) end
  put('tat', tat + interval)
end
redis.call('ZADD', KEYS[2], now + lease_s, lease_id)
redis.call('ZADD', KEYS[3], now, lease_id)
if get('quota_start', -1) ~= qstart then put('quota_start', qstart) end
used = used + 1
redis.call('HSET', state, 'quota_used', used)
if get('ttl_set', 0) < now - 10 then  -- the keys' expiries, refreshed every 10 s
  put('ttl_set', now)
  redis.call('EXPIRE', state, math.ceil(qperiod + 86400))
  redis.call('EXPIRE', KEYS[2], math.ceil(lease_s * 4 + 11))
  redis.call('EXPIRE', KEYS[3], math.ceil(WINDOW * 2 + 11))
end
return answer('ok', 0)
"""
)

# KEYS: state, log. ARGV: window, permit epoch, retry after (-1: none), ceiling, adaptive.
_THROTTLED = (
    _PRELUDE
    + """
redis.call('HINCRBY', state, 'throttles', 1)
local retry_after = tonumber(ARGV[3])
if retry_after > 0 and now + retry_after > get('paused_until', 0) then
  put('paused_until', now + retry_after)
end
local epoch = get('epoch', 0)
if tonumber(ARGV[2]) < epoch then return 0 end
redis.call('HINCRBY', state, 'epoch', 1)
if ARGV[5] == '1' then
  local sending = measured(KEYS[2])
  local current = rate_now(tonumber(ARGV[4]), sending)
  local basis = sending
  if basis == 0 then basis = current or 1 end
  if current then basis = math.min(current, basis) end
  put('last_max_rate', math.max(basis, MIN_RATE))
  put('last_throttle', now)
  redis.call('HINCRBY', state, 'events', 1)
end
return 1
"""
)

# KEYS: state. ARGV: window, seconds until the reset (-1: unknown), quota period, phase.
_QUOTA = (
    _PRELUDE
    + """
local till = now + tonumber(ARGV[2])
if tonumber(ARGV[2]) < 0 then
  local period, phase = tonumber(ARGV[3]), tonumber(ARGV[4])
  till = math.floor((now - phase) / period) * period + phase + period
end
if till > get('blocked_until', 0) then put('blocked_until', till) end
return fmt(get('blocked_until', till))
"""
)

# KEYS: state, leases. ARGV: window, lease seconds, lease ids...
_RENEW = (
    _PRELUDE
    + """
for i = 3, #ARGV do
  redis.call('ZADD', KEYS[2], 'XX', now + tonumber(ARGV[2]), ARGV[i])
end
return #ARGV - 2
"""
)

# KEYS: state, log. ARGV: window, ceiling, quota period, phase.
_STATUS = (
    _PRELUDE
    + """
local period, phase = tonumber(ARGV[3]), tonumber(ARGV[4])
local qstart = math.floor((now - phase) / period) * period + phase
local used = 0
if get('quota_start', -1) == qstart then used = get('quota_used', 0) end
local rate = rate_now(tonumber(ARGV[2]), measured(KEYS[2]))
return {fmt(now), used, fmt(qstart + period), fmt(get('blocked_until', 0)),
        fmt(get('paused_until', 0)), fmt(rate or -1), get('throttles', 0), get('epoch', 0)}
"""
)


class RedisRateLimiter(Admission):
    """A :class:`~pracsuite_async.RateLimiter` whose budget lives in Redis, shared by every
    process and machine using the same ``key``.

    ``redis`` is a URL (``redis://host:6379/0``) or a ``redis.asyncio.Redis``. The settings
    mean what they mean for ``RateLimiter``, for the whole budget: ``max_concurrency``
    requests in flight across all workers, ``requests_per_second`` paced evenly (``burst``),
    ``quota_per_day`` per window. All workers of a key should use the same settings.

    When Redis cannot be reached, ``on_redis_error="raise"`` (the default) raises
    :class:`LimiterUnavailableError` before sending; ``"local"`` logs a warning and goes on
    with a local limiter at ``fallback_share`` of the budget (rate and concurrency) until
    Redis answers again (tried every few seconds). Never unbounded.

    ``usage`` and ``current_rate`` show what the last answer from Redis said; ``status()``
    asks Redis now. Close it with ``aclose()`` (or ``async with``) when you passed a URL.
    """

    def __init__(
        self,
        redis: str | aioredis.Redis,
        *,
        key: str,
        max_concurrency: int = 8,
        requests_per_second: float | None = 20.0,
        burst: int | None = None,
        adaptive: bool = True,
        quota_per_day: int | None = None,
        quota_period: float | dt.timedelta | None = None,
        quota_resets_at: dt.time = dt.time(0, tzinfo=dt.UTC),
        lease_seconds: float = 30.0,
        on_redis_error: OnRedisError = "raise",
        fallback_share: float = 0.25,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        super().__init__(max_concurrency=max_concurrency, sleep=sleep, clock=time.monotonic)
        check_rate(requests_per_second)
        check_burst(burst)
        if not isinstance(key, str) or not key:
            raise PracSuiteValueError("key must be a non-empty str naming the shared budget")
        if not 0 < lease_seconds < math.inf:
            raise PracSuiteValueError(f"lease_seconds must be > 0, got {lease_seconds!r}")
        if on_redis_error not in ("raise", "local"):
            raise PracSuiteValueError(
                f"on_redis_error must be 'raise' or 'local', got {on_redis_error!r}"
            )
        if not 0 < fallback_share <= 1:
            raise PracSuiteValueError(f"fallback_share must be in (0, 1], got {fallback_share!r}")
        self._quota = check_quota_settings(quota_per_day, quota_period, quota_resets_at)
        if isinstance(redis, str):
            self._redis = aioredis.Redis.from_url(
                redis, socket_connect_timeout=2.0, socket_timeout=2.0
            )
            self._owns_redis = True
        else:
            self._redis, self._owns_redis = redis, False
        self.key = key
        tag = f"pracsuite:{{{key}}}"  # one hash slot: the scripts' keys stay together
        self._keys = {"state": f"{tag}:state", "leases": f"{tag}:leases", "log": f"{tag}:log"}
        self._ceiling = requests_per_second
        self._rate = requests_per_second
        self._burst = burst or 1
        self._adaptive = adaptive
        self._lease_seconds = float(lease_seconds)
        self._on_redis_error = on_redis_error
        # The acquire script's keys and fixed arguments, encoded once: redis-py would encode
        # each of them again on every request.
        self._acquire_keys = [self._keys[name].encode() for name in ("state", "leases", "log")]
        self._acquire_window = repr(WINDOW_SECONDS).encode()
        self._acquire_fixed = [
            repr(value).encode()
            for value in (
                self._lease_seconds,
                self._max_concurrency,
                -1 if self._ceiling is None else self._ceiling,
                self._burst,
                -1 if self._quota.limit is None else self._quota.limit,
                self._quota.period,
            )
        ]
        # Every call to Redis goes through _answering: a cancellation is never lost.
        script = self._redis.register_script
        self._acquire_script = _answering(script(_ACQUIRE))
        self._throttled_script = _answering(script(_THROTTLED))
        self._quota_script = _answering(script(_QUOTA))
        self._renew_script = _answering(script(_RENEW))
        self._status_script = _answering(script(_STATUS))
        self._zrem = _answering(self._redis.zrem)
        self._held: set[str] = set()
        self._renewer: asyncio.Task[None] | None = None
        self._released: list[str] = []  # leases ended here, not yet removed in Redis
        self._flusher: asyncio.Task[None] | None = None
        self._fallback = RateLimiter(
            max_concurrency=max(1, math.floor(max_concurrency * fallback_share)),
            requests_per_second=None
            if requests_per_second is None
            else requests_per_second * fallback_share,
            burst=burst,
            adaptive=adaptive,
            sleep=sleep,
        )
        self._degraded_until = 0.0  # monotonic; while in the future, the fallback admits
        # What Redis said last
        self._usage = QuotaUsage(used=0, limit=self._quota.limit, resets_at=None, blocked=False)

    def __repr__(self) -> str:
        return (
            f"RedisRateLimiter(key={self.key!r}, max_concurrency={self._max_concurrency}, "
            f"requests_per_second={self._ceiling}, in_flight={self._in_flight}, "
            f"degraded={self.degraded})"
        )

    async def __aenter__(self) -> RedisRateLimiter:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Stop renewing leases, free the ended ones in Redis, close the Redis client if it
        was made here."""
        if self._renewer is not None:
            self._renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._renewer
        if self._flusher is not None:
            self._flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flusher
        if self._released:
            with contextlib.suppress(*_UNREACHABLE):
                await self._zrem(self._keys["leases"], *self._released)
            self._released = []
        if self._owns_redis:
            await self._redis.aclose()

    # what it shows ---------------------------------------------------------------------

    @property
    def degraded(self) -> bool:
        """Whether Redis was unreachable and the local fallback admits requests now."""
        return self._degraded_until > time.monotonic()

    @property
    def current_rate(self) -> float | None:
        """The budget's rate as of the last answer from Redis (None: unbounded)."""
        return self._rate

    @property
    def usage(self) -> QuotaUsage:
        """The quota window's count as of the last answer from Redis (``status()`` asks)."""
        return self._usage

    async def status(self) -> dict[str, Any]:
        """The shared budget now, from Redis: usage, rate, pause and throttle counts."""
        keys = [self._keys["state"], self._keys["log"]]
        now_hint = time.time()
        reply = await self._status_script(
            keys=keys,
            args=[
                WINDOW_SECONDS,
                -1 if self._ceiling is None else self._ceiling,
                self._quota.period,
                self._quota.phase(now_hint),
            ],
        )
        now, used, end, blocked, paused, rate, throttles, epoch = (float(v) for v in reply)
        self._usage = QuotaUsage(
            used=int(used),
            limit=self._quota.limit,
            resets_at=utc(max(end, blocked) if blocked > now else end),
            blocked=blocked > now,
        )
        return {
            "usage": self._usage,
            "current_rate": None if rate < 0 else rate,
            "paused_for": max(0.0, paused - now),
            "throttle_count": int(throttles),
            "throttle_events": int(epoch),
        }

    # admission -------------------------------------------------------------------------

    def _capacity(self) -> int:
        return self._fallback.max_concurrency if self.degraded else self._max_concurrency

    def _check_quota(self) -> None:
        resets_at = self._usage.resets_at
        if self._usage.blocked and resets_at is not None and resets_at > dt.datetime.now(dt.UTC):
            raise self._quota_error()

    def _quota_error(self) -> QuotaExceededError:
        usage = self._usage
        when = "" if usage.resets_at is None else f" until {usage.resets_at:%Y-%m-%d %H:%M:%S} UTC"
        return QuotaExceededError(
            f"the shared request quota of {self.key!r} is used up ({usage.used} of "
            f"{usage.limit or 'the API limit'} this window){when}",
            resets_at=usage.resets_at,
        )

    async def _try_admit(self, waiter: _Waiter, *, woke: bool) -> Permit | float:
        if self.degraded:
            return await self._fallback._try_admit(waiter, woke=woke)
        lease = uuid.uuid4().hex
        released, self._released = self._released, []
        try:
            reply = await self._acquire_script(
                keys=self._acquire_keys,
                args=[
                    self._acquire_window,
                    lease,
                    *self._acquire_fixed,
                    self._quota.phase(time.time()),
                    b"1" if woke else b"0",
                    *released,
                ],
            )
        except _UNREACHABLE as exc:
            self._released += released  # their leases expire anyway if Redis stays away
            return await self._unreachable(exc, waiter, woke)
        except BaseException:  # cancelled: the script may have run and granted the lease
            self._end_leases([*released, lease])
            raise
        if self._degraded_until:
            self._degraded_until = 0.0
            _logger.warning("Redis is reachable again: the shared budget %r applies", self.key)
        kind, *numbers = (reply.decode() if isinstance(reply, bytes) else reply).split()
        value, _, used, end, epoch, rate = map(float, numbers)
        if rate > -2:
            self._rate = None if rate < 0 else rate
        blocked = kind == "quota"
        self._usage = QuotaUsage(
            used=int(used),
            limit=self._quota.limit,
            resets_at=utc(value if blocked else end),
            blocked=blocked,
        )
        if blocked:
            raise self._quota_error()
        if kind == "ok":
            self._hold(lease)
            return Permit(client=waiter.client, bulk=waiter.bulk, epoch=int(epoch), lease=lease)
        if kind == "pause":  # another worker's 429
            self._paused_until = time.monotonic() + value
        # Other workers may free slots or take tokens meanwhile: ask again within 50 ms.
        return max(0.0005, min(value, 0.05) if kind == "full" else value)

    async def _unreachable(self, exc: BaseException, waiter: _Waiter, woke: bool) -> Permit | float:
        if self._on_redis_error == "raise":
            raise LimiterUnavailableError(
                f"Redis holding the shared budget {self.key!r} is unreachable "
                f"({type(exc).__name__}: {exc}); no request was sent"
            ) from None
        self._degraded_until = time.monotonic() + _RECHECK_SECONDS
        _logger.warning(
            "Redis holding the shared budget %r is unreachable (%s); going on with a local "
            "limiter at %d in flight, %s/s until it answers",
            self.key,
            type(exc).__name__,
            self._fallback.max_concurrency,
            self._fallback.current_rate or "unbounded",
        )
        return await self._fallback._try_admit(waiter, woke=woke)

    def _hold(self, lease: str) -> None:
        self._held.add(lease)
        if self._renewer is None or self._renewer.done():
            self._renewer = asyncio.create_task(self._renew_leases())

    async def _renew_leases(self) -> None:
        # A lease outlives its request only if the worker died: renewing at a third of the
        # lease time keeps live requests' slots through two missed renewals. One task serves
        # while leases come and go, not one started and cancelled per request; it ends at
        # the first wake-up with none held.
        while True:
            await asyncio.sleep(self._lease_seconds / 3)
            if not self._held:
                return
            try:
                await self._renew_script(
                    keys=[self._keys["state"], self._keys["leases"]],
                    args=[WINDOW_SECONDS, self._lease_seconds, *self._held],
                )
            except _UNREACHABLE as exc:
                _logger.debug("could not renew leases of %r: %s", self.key, exc)

    def release(self, permit: Permit) -> None:
        super().release(permit)
        if permit.lease is None:
            return  # admitted by the local fallback
        self._held.discard(permit.lease)
        self._end_leases([permit.lease])

    def _end_leases(self, leases: list[str]) -> None:
        # The caller does not wait for Redis: the next acquire frees the leases in the same
        # round trip, or a flush shortly after when no acquire comes.
        self._released += leases
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush_releases())

    async def _flush_releases(self) -> None:
        await asyncio.sleep(_FLUSH_SECONDS)
        released, self._released = self._released, []
        if not released:
            return
        try:
            await self._zrem(self._keys["leases"], *released)
        except _UNREACHABLE as exc:  # the leases expire on their own
            _logger.debug("could not release leases of %r: %s", self.key, exc)

    # what responses say ----------------------------------------------------------------

    def observe_now(
        self,
        permit: Permit | None,
        status: int,
        headers: Mapping[str, str],
        body: bytes = b"",
        *,
        max_pause: float = math.inf,
    ) -> Signal | None:
        """What a response meant, when Redis need not hear of it (all but 429s)."""
        if permit is not None and permit.lease is None:
            return self._fallback.observe_now(permit, status, headers, body, max_pause=max_pause)
        if status == 429:
            return None
        return classify(status, body)

    async def observe(
        self,
        permit: Permit | None,
        status: int,
        headers: Mapping[str, str],
        body: bytes = b"",
        *,
        max_pause: float = math.inf,
    ) -> Signal:
        if permit is not None and permit.lease is None:
            return await self._fallback.observe(permit, status, headers, body, max_pause=max_pause)
        signal = classify(status, body)
        retry_after = parse_retry_after(headers.get("Retry-After"))
        try:
            if signal is Signal.THROTTLED:
                self._throttles += 1
                # Beyond max_pause the call fails at once and no one is paused.
                pause = -1.0 if retry_after is None or retry_after > max_pause else retry_after
                decreased = await self._throttled_script(
                    keys=[self._keys["state"], self._keys["log"]],
                    args=[
                        WINDOW_SECONDS,
                        -1 if permit is None else permit.epoch,
                        pause,
                        -1 if self._ceiling is None else self._ceiling,
                        1 if self._adaptive else 0,
                    ],
                )
                self._throttle_events += int(decreased)
                if pause > 0:
                    self._paused_until = max(self._paused_until, time.monotonic() + pause)
            elif signal is Signal.QUOTA:
                until = await self._quota_script(
                    keys=[self._keys["state"]],
                    args=[
                        WINDOW_SECONDS,
                        retry_after or -1,
                        self._quota.period,
                        self._quota.phase(time.time()),
                    ],
                )
                self._usage = attrs.evolve(self._usage, resets_at=utc(float(until)), blocked=True)
                _logger.warning(
                    "request quota of %r exhausted; no requests until %s",
                    self.key,
                    self._usage.resets_at,
                )
                self._refuse_waiters()
        except _UNREACHABLE as exc:
            _logger.warning("could not tell Redis about a %d for %r: %s", status, self.key, exc)
        return signal
