"""Retry decisions: which outcomes are retried, and how long to wait before the next try."""

from __future__ import annotations

import enum
import random
import time
from email.utils import parsedate_to_datetime

import attrs

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})


class Outcome(enum.Enum):
    """How one attempt ended, as far as retrying cares."""

    OK = "ok"
    STATUS = "status"  # an HTTP error status; see ``status``
    CONNECT_FAILED = "connect_failed"  # never reached the server: safe to re-send anything
    CONNECTION_LOST = "connection_lost"  # may have reached the server
    TIMEOUT = "timeout"  # may have reached the server


def _count(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{attribute.name} must be an int >= 0, got {value!r}")


def _seconds(_: object, attribute: attrs.Attribute[float], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ValueError(f"{attribute.name} must be a number of seconds >= 0, got {value!r}")


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """Exponential backoff with full jitter, capped; ``max_retries`` extra attempts at most.

    GETs are retried on connection errors, timeouts, 429 and 500/502/503/504. Writes are
    retried only when the request provably did not reach the server (the connection
    could not be opened) or the server refused it unprocessed (429).
    """

    max_retries: int = attrs.field(default=3, validator=_count)
    backoff_base: float = attrs.field(default=0.25, validator=_seconds)
    backoff_cap: float = attrs.field(default=8.0, validator=_seconds)
    max_retry_after: float = attrs.field(default=120.0, validator=_seconds)
    # False in testing mode: a 429 is retried without waiting for its Retry-After.
    honour_retry_after: bool = True

    def should_retry(
        self, *, method: str, attempt: int, outcome: Outcome, status: int | None = None
    ) -> bool:
        """Whether attempt number ``attempt`` (0-based) may be followed by another."""
        if attempt >= self.max_retries or outcome is Outcome.OK:
            return False
        if outcome is Outcome.CONNECT_FAILED:
            return True
        if outcome is Outcome.STATUS:
            if status == 429:
                return True
            return method in IDEMPOTENT_METHODS and status in RETRYABLE_STATUSES
        return method in IDEMPOTENT_METHODS

    def delay(
        self, attempt: int, *, retry_after: float | None = None, rng: random.Random | None = None
    ) -> float:
        """Seconds to wait after attempt ``attempt`` (0-based) failed.

        Full jitter: uniform in [0, min(cap, base * 2**attempt)]; never less than the
        server's Retry-After (itself capped at ``max_retry_after``).
        """
        ceiling = min(self.backoff_cap, self.backoff_base * (2**attempt))
        jittered = (rng or random).uniform(0.0, ceiling)
        if retry_after is not None and self.honour_retry_after:
            return max(jittered, min(retry_after, self.max_retry_after))
        return jittered


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date; None if absent/bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None or when.tzinfo is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)
