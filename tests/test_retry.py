"""Retry decisions and Retry-After parsing, driven without a network."""

import random
from datetime import UTC, datetime
from email.utils import format_datetime

import pytest

from pracsuite_async._retry import Outcome, RetryPolicy, parse_retry_after

POLICY = RetryPolicy(max_retries=3)


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_get_is_retried_on_transient_statuses(status: int) -> None:
    assert POLICY.should_retry(method="GET", attempt=0, outcome=Outcome.STATUS, status=status)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_get_is_not_retried_on_client_errors(status: int) -> None:
    assert not POLICY.should_retry(method="GET", attempt=0, outcome=Outcome.STATUS, status=status)


@pytest.mark.parametrize("outcome", [Outcome.CONNECTION_LOST, Outcome.TIMEOUT])
def test_get_is_retried_after_a_lost_connection_or_timeout(outcome: Outcome) -> None:
    assert POLICY.should_retry(method="GET", attempt=2, outcome=outcome)


@pytest.mark.parametrize("method", ["POST", "PATCH", "PUT", "DELETE"])
@pytest.mark.parametrize(
    ("outcome", "status"),
    [
        (Outcome.CONNECTION_LOST, None),
        (Outcome.TIMEOUT, None),
        (Outcome.STATUS, 500),
        (Outcome.STATUS, 502),
        (Outcome.STATUS, 503),
        (Outcome.STATUS, 504),
    ],
)
def test_writes_are_never_retried_once_they_may_have_arrived(
    method: str, outcome: Outcome, status: int | None
) -> None:
    assert not POLICY.should_retry(method=method, attempt=0, outcome=outcome, status=status)


@pytest.mark.parametrize("method", ["GET", "POST", "PATCH"])
def test_anything_is_retried_when_the_connection_never_opened(method: str) -> None:
    assert POLICY.should_retry(method=method, attempt=0, outcome=Outcome.CONNECT_FAILED)


def test_a_429_means_unprocessed_so_writes_may_retry() -> None:
    assert POLICY.should_retry(method="POST", attempt=0, outcome=Outcome.STATUS, status=429)


def test_retries_stop_at_max_retries() -> None:
    assert POLICY.should_retry(method="GET", attempt=2, outcome=Outcome.TIMEOUT)
    assert not POLICY.should_retry(method="GET", attempt=3, outcome=Outcome.TIMEOUT)
    assert not RetryPolicy(max_retries=0).should_retry(
        method="GET", attempt=0, outcome=Outcome.TIMEOUT
    )


def test_backoff_is_full_jitter_under_a_capped_exponential() -> None:
    policy = RetryPolicy(backoff_base=0.5, backoff_cap=3.0)
    rng = random.Random(7)
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 3.0), (9, 3.0)]:
        delays = [policy.delay(attempt, rng=rng) for _ in range(200)]
        assert all(0.0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling * 0.8  # jitter spreads over the whole range


def test_retry_after_is_a_floor_capped_by_max_retry_after() -> None:
    policy = RetryPolicy(backoff_base=0.1, max_retry_after=30.0)
    assert policy.delay(0, retry_after=5.0) == 5.0
    assert policy.delay(0, retry_after=3600.0) == 30.0


def test_parse_retry_after_seconds_and_http_date() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("-4") == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    header = format_datetime(datetime(2026, 1, 1, 12, 0, 42, tzinfo=UTC), usegmt=True)
    assert parse_retry_after(header, now=now.timestamp()) == 42.0
