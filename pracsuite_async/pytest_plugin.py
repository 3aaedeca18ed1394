"""The pytest plugin, registered through the ``pytest11`` entry point: test fixtures.

- ``pracsuite_sandbox``: a running sandbox (:class:`~pracsuite_async.testing.ThreadedSandbox`),
  fresh for each test unless marked otherwise;
- ``pracsuite_client``: an :class:`~pracsuite_async.AsyncPracSuite` of that sandbox, closed
  after the test, that never waits to retry (needs pytest-asyncio).

Configure the sandbox with a marker on a test, a class or a module (``pytestmark``)::

    @pytest.mark.pracsuite_sandbox(sizes={"patients": 50}, latency=0.01, scope="module")

Its arguments are ``Sandbox``'s (``sizes``, ``latency``, ``rate_limit``, ``faults``, ``seed``,
...) and ``scope``: ``"function"`` (the default) or ``"module"``, one sandbox for the
module's tests with those settings. A shared sandbox keeps its data between tests; faults
queued by a test and not hit are cleared after it.
"""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from . import AsyncPracSuite
from .testing import ThreadedSandbox

MARKER = "pracsuite_sandbox"
SCOPES = ("function", "module")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(scope='function', **settings): settings of the pracsuite_sandbox fixture "
        "(Sandbox arguments: sizes, latency, rate_limit, faults, seed, ...); scope "
        "'function' or 'module'",
    )


class _ModuleSandboxes:
    """The sandboxes a module's tests share, one per distinct settings."""

    def __init__(self) -> None:
        self._running: dict[str, ThreadedSandbox] = {}

    def get(self, settings: dict[str, Any]) -> ThreadedSandbox:
        key = repr(sorted(settings.items()))
        sb = self._running.get(key)
        if sb is None:
            sb = self._running[key] = ThreadedSandbox(**settings)
            sb.start()
        return sb

    def stop(self) -> None:
        for sb in self._running.values():
            sb.stop()
        self._running.clear()


def _settings(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    marker = request.node.get_closest_marker(MARKER)
    if marker is None:
        return "function", {}
    if marker.args:
        raise pytest.UsageError(f"@pytest.mark.{MARKER} takes keyword arguments only")
    settings = dict(marker.kwargs)
    scope = settings.pop("scope", "function")
    if scope not in SCOPES:
        raise pytest.UsageError(
            f"@pytest.mark.{MARKER}: scope must be one of {', '.join(SCOPES)}, got {scope!r}"
        )
    return scope, settings


@pytest.fixture(scope="module")
def _pracsuite_module_sandboxes() -> Iterator[_ModuleSandboxes]:
    sandboxes = _ModuleSandboxes()
    yield sandboxes
    sandboxes.stop()


@pytest.fixture
def pracsuite_sandbox(request: pytest.FixtureRequest) -> Iterator[ThreadedSandbox]:
    """A running PracSuite sandbox; settings from the closest ``pracsuite_sandbox`` marker."""
    scope, settings = _settings(request)
    if scope == "module":
        shared: _ModuleSandboxes = request.getfixturevalue("_pracsuite_module_sandboxes")
        sb = shared.get(settings)
        yield sb
        sb.clear_faults()  # one test's leftover faults must not hit the next test
        return
    with ThreadedSandbox(**settings) as sb:
        yield sb


if importlib.util.find_spec("pytest_asyncio") is not None:
    import pytest_asyncio

    @pytest_asyncio.fixture
    async def pracsuite_client(pracsuite_sandbox: ThreadedSandbox) -> AsyncIterator[AsyncPracSuite]:
        """A client of ``pracsuite_sandbox`` that never waits to retry, closed after the test."""
        async with pracsuite_sandbox.client() as ps:
            yield ps

else:  # pragma: no cover - pytest-asyncio is in the test extra

    @pytest.fixture(name="pracsuite_client")
    def _needs_pytest_asyncio(pracsuite_sandbox: ThreadedSandbox) -> AsyncPracSuite:
        raise pytest.UsageError(
            "the pracsuite_client fixture needs pytest-asyncio: "
            "pip install 'pracsuite-async[pytest]'"
        )
