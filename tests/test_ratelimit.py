"""The shared limiter's arithmetic, on a fake clock (no real waiting)."""

import asyncio

import pytest

from pracsuite_async import PracSuiteValueError, RateLimiter


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


async def test_bucket_spaces_requests_at_the_rate_after_the_burst() -> None:
    t = FakeTime()
    rl = limiter(t, max_concurrency=4, requests_per_second=10.0, burst=4)
    starts = await acquire_n(rl, 24, t)
    assert starts[:4] == [1000.0] * 4  # the burst goes at once
    assert starts[-1] - starts[0] == pytest.approx(2.0)  # 20 more at 10/s
    # Over any window, at most burst + rate * window requests start.
    for i, begin in enumerate(starts):
        for j in range(i, len(starts)):
            assert j - i + 1 <= 4 + 10.0 * (starts[j] - begin) + 1e-9


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
