"""Shared fixtures: a sandbox server and a client pointed at it."""

from collections.abc import AsyncIterator

import aiohttp
import pytest

from pracsuite_async import AsyncPracSuite
from pracsuite_async.sandbox import Sandbox


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox() as sb:
        yield sb


def keyed_session(sb: Sandbox) -> aiohttp.ClientSession:
    """A plain aiohttp session sending the sandbox's keys: checks the sandbox without the SDK."""
    return aiohttp.ClientSession(headers={"x-api-key": sb.vendor_key, "A-api-key": sb.api_key})


def client_for(sb: Sandbox, **kwargs: object) -> AsyncPracSuite:
    """A client of the sandbox with fast backoff; kwargs override any setting."""
    settings: dict[str, object] = {
        "vendor_key": sb.vendor_key,
        "api_key": sb.api_key,
        "base_url": sb.url,
        "requests_per_second": None,
        "backoff_base": 0.01,
        "backoff_cap": 0.05,
        "environ": {},
    }
    settings.update(kwargs)
    return AsyncPracSuite(**settings)  # type: ignore[arg-type]


@pytest.fixture
async def client(sandbox: Sandbox) -> AsyncIterator[AsyncPracSuite]:
    async with client_for(sandbox) as ps:
        yield ps
