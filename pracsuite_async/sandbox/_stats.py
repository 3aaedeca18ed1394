"""What the sandbox saw: request counts, concurrency and a log tests can assert on."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Mapping

import attrs

KEY_HEADERS = frozenset({"x-api-key", "a-api-key"})
LOG_LIMIT = 100_000


def redact(headers: Mapping[str, str]) -> dict[str, str]:
    """Request headers with the values of both key headers hidden (names kept)."""
    return {k: ("<redacted>" if k.lower() in KEY_HEADERS else v) for k, v in headers.items()}


@attrs.define(kw_only=True)
class RequestRecord:
    """One request as it arrived. ``status`` is None while running or if the connection dropped."""

    started: float  # time.monotonic() at arrival
    method: str
    path_qs: str  # raw path and query string, exactly as sent
    headers: dict[str, str]
    status: int | None = None
    fault: str | None = None


@attrs.define(kw_only=True)
class SandboxStats:
    """Counters since start (or the last ``reset()``)."""

    requests: int = 0
    in_flight: int = 0
    peak_in_flight: int = 0
    status_counts: Counter[int] = attrs.field(factory=Counter)
    request_log: deque[RequestRecord] = attrs.field(factory=lambda: deque(maxlen=LOG_LIMIT))

    def arrived(self, record: RequestRecord) -> None:
        self.requests += 1
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        self.request_log.append(record)

    def finished(self, record: RequestRecord, status: int | None) -> None:
        self.in_flight -= 1
        record.status = status
        if status is not None:
            self.status_counts[status] += 1

    def reset(self) -> None:
        """Forget everything counted so far (requests in flight stay counted as in flight)."""
        self.requests = 0
        self.peak_in_flight = self.in_flight
        self.status_counts.clear()
        self.request_log.clear()
