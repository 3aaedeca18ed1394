"""The sandbox in its own process, so the server's CPU is not the client's."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sys
from collections.abc import AsyncIterator

READY = "PracSuite sandbox at "


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.asynccontextmanager
async def sandbox_process(
    *,
    patients: int,
    latency_ms: float = 0.0,
    rate_limit: float | None = None,
    fault_rate: float = 0.0,
) -> AsyncIterator[str]:
    """Start ``python -m pracsuite_async.sandbox``; yields its base URL once it listens."""
    args = [
        sys.executable, "-m", "pracsuite_async.sandbox",
        "--port", str(_free_port()),
        "--size", f"patient={patients}",
        "--latency-ms", str(latency_ms),
    ]  # fmt: skip
    if rate_limit is not None:
        args += ["--rate-limit", str(rate_limit)]
    if fault_rate:
        args += ["--fault-rate", str(fault_rate)]
    proc = await asyncio.create_subprocess_exec(*args, stderr=asyncio.subprocess.PIPE)
    assert proc.stderr is not None
    drain: asyncio.Task[bytes] | None = None
    try:
        url = None
        while url is None:
            line = (await proc.stderr.readline()).decode()
            if not line:
                raise RuntimeError(f"sandbox exited with {await proc.wait()}")
            if line.startswith(READY):
                url = line[len(READY) :].strip()
        drain = asyncio.create_task(proc.stderr.read())  # keep the pipe from filling up
        yield url
    finally:
        if proc.returncode is None:
            proc.terminate()
            await proc.wait()
    if drain is not None:
        await drain
