"""Shared fixtures: a sandbox server and a client pointed at it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import attrs
import pytest
from aiohttp import web

from benchmarks._redis_process import redis_server
from pracsuite_async import AsyncPracSuite, Change
from pracsuite_async.sandbox import RequestRecord, Sandbox, SandboxStats


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox() as sb:
        yield sb


def keyed_session(sb: Sandbox) -> aiohttp.ClientSession:
    """A plain aiohttp session sending the sandbox's keys: checks the sandbox without the SDK."""
    return aiohttp.ClientSession(headers={"x-api-key": sb.vendor_key, "A-api-key": sb.api_key})


def client_at(base_url: str, **kwargs: object) -> AsyncPracSuite:
    """A client of a local server with fast backoff and no client rate limit; kwargs
    override any setting."""
    settings: dict[str, object] = {
        "vendor_key": "v",
        "api_key": "a",
        "base_url": base_url,
        "requests_per_second": None,
        "backoff_base": 0.01,
        "backoff_cap": 0.05,
        "environ": {},
    }
    settings.update(kwargs)
    return AsyncPracSuite(**settings)  # type: ignore[arg-type]


def client_for(sb: Sandbox, **kwargs: object) -> AsyncPracSuite:
    """A client of the sandbox, with its keys; kwargs override any setting."""
    return client_at(sb.url, **{"vendor_key": sb.vendor_key, "api_key": sb.api_key, **kwargs})


@pytest.fixture
async def client(sandbox: Sandbox) -> AsyncIterator[AsyncPracSuite]:
    async with client_for(sandbox) as ps:
        yield ps


@attrs.define(kw_only=True)
class WatchedStats(SandboxStats):
    """The sandbox's stats, waking a waiting test at each arrival, so no test has to poll."""

    arrival: asyncio.Event = attrs.field(factory=asyncio.Event)

    def arrived(self, record: RequestRecord) -> None:
        super().arrived(record)
        self.arrival.set()

    async def until(self, ready: Callable[[WatchedStats], bool]) -> None:
        async with asyncio.timeout(10):
            while not ready(self):
                self.arrival.clear()
                await self.arrival.wait()

    def seen(self, *fragments: str) -> bool:
        """Whether a request containing each fragment has reached the server."""
        return all(any(f in r.path_qs for r in self.request_log) for f in fragments)


def watched_sandbox(**config: Any) -> tuple[Sandbox, WatchedStats]:
    sb = Sandbox(**config)
    sb.stats = stats = WatchedStats()  # before start(): the app is built with it
    return sb, stats


@asynccontextmanager
async def app_serving(handler: web.Handler) -> AsyncIterator[str]:
    """A local app answering every path with ``handler``; yields its base URL."""
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


async def first_changes(feed: AsyncIterator[Change[Any]], count: int) -> list[Change[Any]]:
    """The first ``count`` changes of a feed, then the feed is left."""
    changes = []
    # A guard, not a wait: a feed that misses a change would otherwise poll forever.
    async with asyncio.timeout(10):
        async for change in feed:
            changes.append(change)
            if len(changes) == count:
                break
    return changes


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One real redis-server for the session (tests keep apart by their own budget keys)."""
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url
