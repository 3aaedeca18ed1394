"""The sandbox in its own process, so the server's CPU is not the client's."""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Sequence

from pracsuite_async.cli._sandbox import sandbox_process as sandbox_child


@contextlib.asynccontextmanager
async def sandbox_process(
    *,
    patients: int,
    latency_ms: float = 0.0,
    rate_limit: float | None = None,
    fault_rate: float = 0.0,
    sizes: dict[str, int] | None = None,
    clinics: int = 1,
    limits: Sequence[str] = (),
    cpu: int = -1,
) -> AsyncIterator[str]:
    """``python -m pracsuite_async.sandbox`` with ``patients`` patients; yields its base URL
    once it listens. ``cpu``: the one CPU it may run on (-1: any)."""
    async with sandbox_child(
        sizes={"patient": patients, **(sizes or {})},
        latency_ms=latency_ms,
        rate_limit=rate_limit,
        fault_rate=fault_rate,
        clinics=clinics,
        limits=limits,
    ) as sandbox:
        if cpu >= 0:
            os.sched_setaffinity(sandbox.pid, {cpu})
        yield sandbox.url
