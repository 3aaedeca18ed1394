"""The shared limiter's arithmetic, on a fake clock (no real waiting)."""

import asyncio
import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest

from pracsuite_async import PracSuiteValueError, QuotaExceededError, RateLimiter
from pracsuite_async._ratelimit import Quota, Signal, classify


class FakeTime:
    """A clock that only moves when someone sleeps on it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


def limiter(t: FakeTime, **kwargs: object) -> RateLimiter:
    return RateLimiter(clock=t.clock, sleep=t.sleep, **kwargs)  # type: ignore[arg-type]


async def acquire_n(rl: RateLimiter, n: int, t: FakeTime) -> list[float]:
    starts: list[float] = []

    async def one() -> None:
        async with rl.slot():
            starts.append(t.now)

    await asyncio.gather(*(one() for _ in range(n)))
    return starts


def most_in_one_second(starts: list[float]) -> int:
    return max(sum(1 for s in starts if begin <= s < begin + 1.0) for begin in starts)


async def test_told_r_it_paces_evenly_and_never_exceeds_r_in_any_second() -> None:
    t = FakeTime()
    rl = limiter(t, max_concurrency=16, requests_per_second=10.0)
    starts = await acquire_n(rl, 30, t)
    gaps = {round(b - a, 6) for a, b in itertools.pairwise(starts)}
    # No burst of max_concurrency tokens on top of R; every R-th gap leaves the margin that
    # keeps a sliding-window gateway's count under R despite jitter.
    assert gaps == {0.1, 0.12}
    assert most_in_one_second(starts) == 10


async def test_a_burst_goes_at_once_but_still_never_more_than_r_in_a_second() -> None:
    t = FakeTime()
    rl = limiter(t, max_concurrency=4, requests_per_second=10.0, burst=4)
    starts = await acquire_n(rl, 24, t)
    assert starts[:4] == [1000.0] * 4  # the burst goes at once
    assert most_in_one_second(starts) <= 10
    assert starts[-1] - starts[0] == pytest.approx(2.04)  # the window is a little over 1 s


async def test_no_rate_means_no_waiting() -> None:
    t = FakeTime()
    rl = limiter(t, max_concurrency=8, requests_per_second=None)
    starts = await acquire_n(rl, 50, t)
    assert set(starts) == {1000.0}
    assert rl.current_rate is None


async def test_a_429_pauses_every_later_request_until_retry_after() -> None:
    t = FakeTime()
    rl = limiter(t, requests_per_second=None, adaptive=False)
    rl.on_throttled(retry_after=3.0)
    assert rl.paused_for == pytest.approx(3.0)
    starts = await acquire_n(rl, 5, t)
    assert all(s >= 1003.0 for s in starts)
    assert rl.paused_for == 0.0


async def test_throttle_lowers_the_rate_and_success_raises_it_back_toward_the_ceiling() -> None:
    t = FakeTime()
    rl = limiter(t, max_concurrency=4, requests_per_second=40.0)
    await acquire_n(rl, 40, t)  # ~1s of sending at 40/s so the measured rate is known
    rl.on_throttled(retry_after=None)
    lowered = rl.current_rate
    assert lowered is not None
    assert lowered <= 40.0 * 0.7 + 1e-9
    rates = []
    for _ in range(30):
        t.now += 1.0
        rl.on_success()
        rates.append(rl.current_rate)
    assert rates == sorted(rates)  # monotone recovery
    assert rates[-1] == pytest.approx(40.0)  # never above the configured ceiling
    assert rl.throttle_count == 1


async def test_unbounded_limiter_switches_on_after_a_429() -> None:
    t = FakeTime()
    rl = limiter(t, requests_per_second=None)
    await acquire_n(rl, 10, t)
    rl.on_throttled(retry_after=1.0)
    assert rl.current_rate is not None
    assert rl.current_rate >= 0.5


async def test_cancelled_waiters_return_their_slots() -> None:
    rl = RateLimiter(max_concurrency=2, requests_per_second=None)
    gate, both_held = asyncio.Event(), asyncio.Event()
    entered = 0

    async def hold() -> None:
        nonlocal entered
        async with rl.slot():
            entered += 1
            if entered == 2:
                both_held.set()
            await gate.wait()

    holders = [asyncio.create_task(hold()) for _ in range(2)]
    waiters = [asyncio.create_task(hold()) for _ in range(3)]
    # The waiters were scheduled before this task's wake-up, so by now they have run up to
    # the full semaphore and queue on it.
    async with asyncio.timeout(10):  # a guard: a hang turns into a failure
        await both_held.wait()
    assert rl.in_flight == 2
    assert entered == 2
    assert not any(task.done() for task in holders + waiters)
    for task in holders + waiters:
        task.cancel()
    await asyncio.gather(*holders, *waiters, return_exceptions=True)
    assert rl.in_flight == 0
    # Every permit is back: two slots can be held at once again.
    gate.set()
    await asyncio.gather(hold(), hold())


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_concurrency": 0}, "max_concurrency must be >= 1"),
        ({"requests_per_second": 0}, "requests_per_second must be > 0 or None"),
        ({"burst": 0}, "burst must be >= 1"),
    ],
)
def test_bad_limits_are_refused(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RateLimiter(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_concurrency": "8"}, "max_concurrency must be an int, got str: '8'"),
        ({"max_concurrency": True}, "max_concurrency must be an int, got bool"),
        ({"requests_per_second": True}, "requests_per_second must be > 0 or None, got True"),
        ({"burst": 1.5}, "burst must be an int, got float: 1.5"),
    ],
)
def test_limits_of_the_wrong_type_are_the_sdks_value_errors(
    kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(PracSuiteValueError, match=message):
        RateLimiter(**kwargs)  # type: ignore[arg-type]


async def test_waiters_are_served_round_robin_across_clients() -> None:
    t = FakeTime()
    rl = limiter(t, max_concurrency=1, requests_per_second=100.0)
    order: list[str] = []

    async def call(client: str) -> None:
        async with rl.slot(client, bulk=True):
            order.append(client)

    # Clinic a queues 6 page fetches before clinic b queues 3.
    await asyncio.gather(*(call("a") for _ in range(6)), *(call("b") for _ in range(3)))
    assert order == ["a", "a", "b", "a", "b", "a", "b", "a", "a"]


async def test_a_single_call_goes_ahead_of_every_queued_page_fetch() -> None:
    t = FakeTime()
    rl = limiter(t, max_concurrency=16, requests_per_second=10.0)
    order: list[str] = []
    bulk_queued = asyncio.Event()

    async def page(i: int) -> None:
        async with rl.slot("export", bulk=True):
            order.append(f"page{i}")
            if i == 2:
                bulk_queued.set()

    async def single() -> None:
        await bulk_queued.wait()
        async with rl.slot("webhook"):
            order.append("get")

    await asyncio.gather(*(page(i) for i in range(16)), single())
    # Page 2 was admitted with 13 page fetches still queued; the get comes right after it.
    assert order.index("get") == 3


async def sixteen_in_flight_all_throttled(rl: RateLimiter) -> None:
    """16 requests in flight together, all answered 429 with Retry-After: 1."""
    gate, all_in = asyncio.Event(), asyncio.Event()
    permits = []

    async def in_flight() -> None:
        async with rl.slot() as permit:
            permits.append(permit)
            if len(permits) == 16:
                all_in.set()
            await gate.wait()

    tasks = [asyncio.create_task(in_flight()) for _ in range(16)]
    await all_in.wait()
    for permit in permits:
        rl.on_throttled(1.0, permit=permit)
    gate.set()
    await asyncio.gather(*tasks)


async def test_429s_of_requests_in_flight_together_are_one_throttle_event() -> None:
    t = FakeTime()
    rl = limiter(t, max_concurrency=16, requests_per_second=None)
    await sixteen_in_flight_all_throttled(rl)
    assert rl.throttle_count == 16
    assert rl.throttle_events == 1
    after_one = rl.current_rate
    async with rl.slot() as later:  # sent after the decrease: a new event
        pass
    rl.on_throttled(1.0, permit=later)
    assert rl.throttle_events == 2
    assert after_one is not None
    assert rl.current_rate is not None
    assert rl.current_rate < after_one


class WallTime(FakeTime):
    def __init__(self) -> None:
        super().__init__()
        self.wall = 1_700_000_000.0  # 2023-11-14T22:13:20Z

    def wall_clock(self) -> float:
        return self.wall


async def test_the_quota_refuses_the_request_after_the_last_one_and_resets_with_the_window() -> (
    None
):
    t = WallTime()
    rl = limiter(
        t, requests_per_second=None, quota_per_day=5, quota_period=60, wall_clock=t.wall_clock
    )
    await acquire_n(rl, 5, t)
    assert rl.usage.used == 5
    assert rl.usage.remaining == 0
    with pytest.raises(QuotaExceededError, match="5 of 5") as caught:
        async with rl.slot():
            pytest.fail("the sixth request was admitted")
    window_end = (t.wall // 60 + 1) * 60
    assert caught.value.resets_at == dt.datetime.fromtimestamp(window_end, dt.UTC)
    assert rl.usage.blocked
    t.wall = window_end
    await acquire_n(rl, 1, t)
    assert rl.usage.used == 1
    assert not rl.usage.blocked


def test_a_daily_quota_window_starts_at_the_reset_time_in_its_zone() -> None:
    quota = Quota(limit=10, resets_at=dt.time(0, tzinfo=ZoneInfo("Australia/Sydney")))
    # 2026-03-01 10:00 UTC is 21:00 in Sydney (UTC+11): the window began at 13:00 UTC.
    now = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC).timestamp()
    start, end = quota.window(now)
    assert dt.datetime.fromtimestamp(start, dt.UTC) == dt.datetime(2026, 2, 28, 13, tzinfo=dt.UTC)
    assert end - start == 86_400


async def test_a_quota_429_refuses_every_waiter_and_later_request() -> None:
    t = WallTime()
    rl = limiter(t, max_concurrency=1, requests_per_second=None, wall_clock=t.wall_clock)
    outcomes: list[str] = []
    holding = asyncio.Event()

    async def first() -> None:
        async with rl.slot() as permit:
            holding.set()
            body = b'{"message": "Limit Exceeded"}'
            assert await rl.observe(permit, 429, {}, body) is Signal.QUOTA

    async def waiter() -> None:
        await holding.wait()
        try:
            async with rl.slot():
                outcomes.append("sent")
        except QuotaExceededError:
            outcomes.append("refused")

    await asyncio.gather(first(), waiter(), waiter())
    assert outcomes == ["refused", "refused"]
    with pytest.raises(QuotaExceededError):
        async with rl.slot():
            pass


@pytest.mark.parametrize(
    ("status", "body", "signal"),
    [
        (200, b"{}", Signal.OK),
        (503, b"{}", Signal.OTHER),
        (429, b'{"message": "Too Many Requests"}', Signal.THROTTLED),  # API Gateway throttle
        (429, b'{"message": "Limit Exceeded"}', Signal.QUOTA),  # API Gateway usage plan
        (
            429,
            b'{"error": {"status": 429, "code": "TOO_MANY_REQUESTS", "detail": "Too Many '
            b'Requests"}, "request_id": "x"}',
            Signal.THROTTLED,
        ),
        (
            429,
            b'{"error": {"status": 429, "code": "LIMIT_EXCEEDED", "detail": "Limit '
            b'Exceeded"}, "request_id": "x"}',
            Signal.QUOTA,
        ),
        (429, b"Daily quota reached", Signal.QUOTA),
        (429, b"", Signal.THROTTLED),
    ],
)
def test_429s_are_told_apart_by_what_the_body_says(
    status: int, body: bytes, signal: Signal
) -> None:
    assert classify(status, body) is signal


class LateTime(FakeTime):
    """A clock whose timers fire late, as on a busy event loop: every third by 15 ms."""

    def __init__(self) -> None:
        super().__init__()
        self.sleeps = 0

    async def sleep(self, seconds: float) -> None:
        self.sleeps += 1
        await super().sleep(seconds + (0.015 if self.sleeps % 3 == 0 else 0.0))


async def test_timers_firing_late_do_not_cost_rate_nor_break_the_window() -> None:
    t = LateTime()
    rl = limiter(t, max_concurrency=16, requests_per_second=50.0)
    starts = await acquire_n(rl, 500, t)
    assert most_in_one_second(starts) <= 50
    achieved = (len(starts) - 1) / (starts[-1] - starts[0])
    assert achieved >= 0.95 * 50  # lateness under one interval is caught up


async def test_after_a_quiet_spell_only_one_request_starts_at_once() -> None:
    t = FakeTime()
    rl = limiter(t, requests_per_second=10.0)
    await acquire_n(rl, 3, t)
    t.now += 60.0  # quiet for a minute
    starts = await acquire_n(rl, 3, t)
    assert [round(s - starts[0], 6) for s in starts] == [0.0, 0.1, 0.2]


async def test_a_burst_late_in_the_half_second_reads_as_a_burst_when_throttled() -> None:
    t = FakeTime()
    t.now = 1000.45  # late in the half-second bucket that began at 1000.0
    rl = limiter(t, max_concurrency=16, requests_per_second=None)
    await sixteen_in_flight_all_throttled(rl)
    # 16 sent at once: the retries go at 0.7 x 16 / 0.05 s, not 0.7 x 16 / 0.45 s.
    assert rl.current_rate == pytest.approx(0.7 * 16 / 0.05)
