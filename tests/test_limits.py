"""Bounded responses and bounded waits: what one hostile answer may cost a client.

Memory bounds are measured in a child process (its peak RSS before and after the request),
so the test process's own allocations do not blur them.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiohttp import web

from pracsuite_async import (
    AsyncPracSuite,
    ConfigurationError,
    PracSuiteError,
    RateLimitError,
    ResponseTooLargeError,
)
from tests.conftest import app_serving, client_at

MiB = 1024 * 1024


@asynccontextmanager
async def answering(handler: Any, **settings: Any) -> AsyncIterator[AsyncPracSuite]:
    async with app_serving(handler) as url, client_at(f"{url}/v1/", **settings) as ps:
        yield ps


# --------------------------------------------------------------------------------------------
# Retry-After beyond max_retry_after: a RateLimitError at once, not a frozen client


async def test_a_retry_after_beyond_max_retry_after_raises_at_once_and_pauses_no_one() -> None:
    arrived: list[str] = []

    async def handler(request: web.Request) -> web.Response:
        arrived.append(request.path)
        if request.path.endswith("/1"):
            return web.json_response(
                {"error": {"code": "TOO_MANY"}}, status=429, headers={"Retry-After": "86400"}
            )
        return web.json_response({"client_id": 2})

    # The bound only keeps a frozen client from stalling the suite: what is asserted is that
    # the first call is not retried and the next one is sent straight away.
    async with answering(handler) as ps, asyncio.timeout(10):
        with pytest.raises(RateLimitError) as caught:
            await ps.patients.get(1)
        assert caught.value.retry_after == 86400
        assert "max_retry_after" in str(caught.value)
        assert (await ps.patients.get(2)).client_id == 2
    assert arrived == ["/v1/patient/1", "/v1/patient/2"]


async def test_a_retry_after_within_max_retry_after_is_waited_for_then_retried() -> None:
    answers = iter([429, 200])

    async def handler(request: web.Request) -> web.Response:
        status = next(answers)
        if status == 429:
            return web.json_response({}, status=429, headers={"Retry-After": "0.05"})
        return web.json_response({"client_id": 1})

    async with answering(handler, max_retry_after=1.0) as ps:
        assert (await ps.patients.get(1)).client_id == 1
        assert ps.retry_count == 1


async def test_max_retry_after_is_configurable_down_to_zero() -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response({}, status=429, headers={"Retry-After": "1"})

    async with answering(handler, max_retry_after=0.5) as ps:
        with pytest.raises(RateLimitError) as caught:
            await ps.patients.get(1)
    assert caught.value.retry_after == 1
    assert ps.retry_count == 0


@pytest.mark.parametrize("value", [-1, float("nan"), float("inf"), "60", True])
def test_a_bad_max_retry_after_is_refused_at_construction(value: object) -> None:
    with pytest.raises(ConfigurationError, match="max_retry_after"):
        client_at("http://127.0.0.1:1/v1/", max_retry_after=value)


# --------------------------------------------------------------------------------------------
# max_response_bytes: enforced while streaming, on the decompressed size, connection dropped


def _streaming(total: int, finished: asyncio.Future[str]) -> Any:
    chunk = b" " * (64 * 1024)

    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        await response.prepare(request)
        try:
            for _ in range(total // len(chunk)):
                await response.write(chunk)
            await response.write_eof()
        except (ConnectionError, asyncio.CancelledError) as exc:
            finished.set_result(f"dropped: {type(exc).__name__}")
            raise
        finished.set_result("sent whole")
        return response

    return handler


async def test_a_body_past_max_response_bytes_is_a_typed_error_and_the_connection_dropped() -> None:
    finished: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    async with answering(_streaming(64 * MiB, finished), max_response_bytes=256 * 1024) as ps:
        with pytest.raises(ResponseTooLargeError) as caught:
            await ps.patients.get(1)
        async with asyncio.timeout(30):  # a hang guard; the order of events is what's asserted
            outcome = await finished
    assert outcome.startswith("dropped")
    assert caught.value.limit == 256 * 1024
    assert isinstance(caught.value, PracSuiteError)
    assert "max_response_bytes=262144" in str(caught.value)


@pytest.mark.parametrize("value", [0, -1, 1.5, "1MiB", True])
def test_a_bad_max_response_bytes_is_refused_at_construction(value: object) -> None:
    with pytest.raises(ConfigurationError, match="max_response_bytes"):
        client_at("http://127.0.0.1:1/v1/", max_response_bytes=value)


CHILD = textwrap.dedent(
    """
    import asyncio, json, resource, sys, zlib
    from aiohttp import web
    from pracsuite_async import AsyncPracSuite

    MiB = 1024 * 1024
    kind, size_mib, limit = sys.argv[1], int(sys.argv[2]), sys.argv[3]

    def peak_mib():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def bomb():
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        chunk = b" " * MiB
        return b"".join([packer.compress(chunk) for _ in range(size_mib)] + [packer.flush()])

    async def main():
        wire = bomb() if kind == "gzip" else None
        chunk = b" " * MiB

        async def handler(request):
            headers = {"Content-Type": "application/json"}
            if wire is not None:
                headers["Content-Encoding"] = "gzip"
            response = web.StreamResponse(headers=headers)
            await response.prepare(request)
            try:
                if wire is not None:
                    for i in range(0, len(wire), 64 * 1024):
                        await response.write(wire[i : i + 64 * 1024])
                else:
                    for _ in range(size_mib):
                        await response.write(chunk)
            except ConnectionError:
                pass
            return response

        app = web.Application()
        app.router.add_get("/{tail:.*}", handler)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        url = f"http://127.0.0.1:{runner.addresses[0][1]}/v1/"
        settings = {} if limit == "default" else {"max_response_bytes": int(limit)}
        before = peak_mib()
        async with AsyncPracSuite(
            "v", "a", base_url=url, environ={}, max_retries=0, **settings
        ) as ps:
            try:
                await ps.patients.get(1)
                error = None
            except Exception as exc:
                error = type(exc).__name__
        await runner.cleanup()
        print(json.dumps({"error": error, "growth_mib": peak_mib() - before,
                          "wire_mib": len(wire) / MiB if wire else size_mib}))

    asyncio.run(main())
    """
)


def _child(kind: str, size_mib: int, limit: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(size_mib), limit],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_200_mib_body_stops_at_the_default_limit_in_bounded_memory() -> None:
    result = _child("plain", 200, "default")
    assert result["error"] == "ResponseTooLargeError"
    assert result["growth_mib"] < 100, result  # the 32 MiB default, not the 200 MiB body


def test_a_gzip_bomb_is_counted_after_decompression_in_bounded_memory() -> None:
    result = _child("gzip", 256, str(8 * MiB))
    assert result["wire_mib"] < 1, result  # the bomb is small on the wire...
    assert result["error"] == "ResponseTooLargeError"
    assert result["growth_mib"] < 64, result  # ...and never inflated past the limit
