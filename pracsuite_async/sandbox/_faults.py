"""Faults the sandbox can play: queued one-shot faults and a random background fault rate."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Literal

import attrs

FaultKind = Literal["status", "reset", "stall", "truncated", "garbage"]
FAULT_KINDS: tuple[FaultKind, ...] = ("status", "reset", "stall", "truncated", "garbage")


def _check_kind(_: object, __: object, kind: str) -> None:
    if kind not in FAULT_KINDS:
        raise ValueError(f"unknown fault kind {kind!r}; use one of {', '.join(FAULT_KINDS)}")


@attrs.define
class Fault:
    """A fault for the next ``times`` requests whose path and query contain ``path_contains``.

    - ``status``: answer ``status`` in the docs' error shape (``retry_after`` adds the header).
    - ``reset``: drop the connection without an answer (the request did reach the server).
    - ``stall``: wait ``delay`` seconds (default: an hour, i.e. until the client gives up),
      then answer normally.
    - ``truncated``: promise a longer body than is sent, then drop the connection.
    - ``garbage``: answer 200 with a body that is not JSON.
    """

    kind: FaultKind = attrs.field(validator=_check_kind)
    path_contains: str | None = attrs.field(default=None, kw_only=True)
    status: int = attrs.field(default=503, kw_only=True)
    retry_after: int | str | None = attrs.field(default=None, kw_only=True)
    delay: float | None = attrs.field(default=None, kw_only=True)
    times: int = attrs.field(default=1, kw_only=True)

    def applies_to(self, path_qs: str) -> bool:
        return self.path_contains is None or self.path_contains in path_qs


@attrs.frozen(kw_only=True)
class FaultPlan:
    """Background faults: each request fails with probability ``rate`` (seeded, repeatable)."""

    rate: float = attrs.field(
        default=0.0,
        validator=attrs.validators.and_(attrs.validators.ge(0.0), attrs.validators.le(1.0)),
    )
    kinds: Sequence[FaultKind] = ("status", "reset")
    statuses: Sequence[int] = (500, 502, 503, 504)


class FaultSchedule:
    """Decides which fault, if any, a request gets: queued faults first, then the plan."""

    def __init__(self, plan: FaultPlan, *, seed: int) -> None:
        self.plan = plan
        self._queue: list[Fault] = []
        self._rng = random.Random(seed)

    def inject(self, *faults: Fault) -> None:
        self._queue.extend(attrs.evolve(f) for f in faults)

    def clear(self) -> None:
        self._queue.clear()

    @property
    def pending(self) -> int:
        return sum(f.times for f in self._queue)

    def next_for(self, path_qs: str) -> Fault | None:
        for i, fault in enumerate(self._queue):
            if fault.applies_to(path_qs):
                fault.times -= 1
                if fault.times <= 0:
                    del self._queue[i]
                return fault
        if self.plan.rate and self._rng.random() < self.plan.rate:
            kind = self._rng.choice(self.plan.kinds)
            return Fault(kind, status=self._rng.choice(self.plan.statuses))
        return None
