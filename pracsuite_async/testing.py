"""Testing your code against PracSuite: a testing mode and a sandbox any test can share.

The pytest plugin (``pracsuite_sandbox`` and ``pracsuite_client`` fixtures) is built on
these; they work without pytest too.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ._client import AsyncPracSuite
from ._testmode import is_testing, set_testing, testing_mode

if TYPE_CHECKING:
    from .sandbox import Fault, Sandbox, SandboxConfig, SandboxStats

__all__ = ["ThreadedSandbox", "is_testing", "set_testing"]

T = TypeVar("T")


class ThreadedSandbox:
    """A :class:`~pracsuite_async.sandbox.Sandbox` served by its own thread and event loop.

    Any event loop (each test's own, say) or plain synchronous code can talk to it, so one
    can serve a whole test module. Arguments are those of ``Sandbox``. Its methods that
    change the sandbox run on the sandbox's loop, between requests, and return when done.
    Use it as ``with ThreadedSandbox(...) as sb:`` or call :meth:`start` and :meth:`stop`.
    """

    def __init__(self, config: SandboxConfig | None = None, **overrides: Any) -> None:
        from .sandbox import Sandbox  # the sandbox is only loaded by those who use it

        self.sandbox: Sandbox = Sandbox(config, **overrides)
        """The sandbox itself; read it freely, change it through the methods here."""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"ThreadedSandbox({self.sandbox!r})"

    @property
    def url(self) -> str:
        """Base URL of the API, with the trailing slash the SDK expects."""
        return self.sandbox.url

    @property
    def vendor_key(self) -> str:
        return self.sandbox.vendor_key

    @property
    def api_key(self) -> str:
        return self.sandbox.api_key

    @property
    def stats(self) -> SandboxStats:
        """Requests seen so far: ``requests``, ``status_counts``, ``request_log``, ..."""
        return self.sandbox.stats

    def client(self, **settings: Any) -> AsyncPracSuite:
        """A client of this sandbox that never waits: in testing mode (no backoff, no pause
        for ``Retry-After``), no client rate limit, and no rate learnt from 429s;
        ``settings`` are ``AsyncPracSuite`` arguments overriding those."""
        arguments: dict[str, Any] = {
            "vendor_key": self.vendor_key,
            "api_key": self.api_key,
            "base_url": self.url,
            "requests_per_second": None,
            "adaptive_rate": False,
            "environ": {},
            **settings,
        }
        with testing_mode():
            return AsyncPracSuite(**arguments)

    def add(self, collection: str, **fields: Any) -> int:
        """Create a record (``"patients"`` or ``"patient"``); returns its id."""
        return self._call(lambda: self.sandbox.add(collection, **fields))

    def touch(self, collection: str, id: int, **fields: Any) -> dict[str, Any]:
        """Change fields of a record as an update through the API would; returns it."""
        return self._call(lambda: self.sandbox.touch(collection, id, **fields))

    def resize(self, collection: str, size: int) -> None:
        """Grow or shrink a collection now."""
        self._call(lambda: self.sandbox.resize(collection, size))

    def inject(self, *faults: Fault) -> None:
        """Queue one-shot faults; each hits the next request it matches."""
        self._call(lambda: self.sandbox.inject(*faults))

    def clear_faults(self) -> None:
        """Drop the queued faults that no request has hit yet."""
        self._call(self.sandbox.clear_faults)

    def start(self) -> None:
        """Start serving (in a new daemon thread); returns once the port is open."""
        if self._thread is not None:
            raise RuntimeError("this ThreadedSandbox is already running")
        loop = asyncio.new_event_loop()
        started: concurrent.futures.Future[None] = concurrent.futures.Future()

        def serve() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self.sandbox.start())
            except BaseException as exc:
                started.set_exception(exc)
                loop.close()
                return
            started.set_result(None)
            loop.run_forever()
            loop.run_until_complete(self.sandbox.stop())
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

        thread = threading.Thread(target=serve, name="pracsuite-sandbox", daemon=True)
        thread.start()
        try:
            started.result()
        except BaseException:
            thread.join()
            raise
        self._loop, self._thread = loop, thread

    def stop(self) -> None:
        """Stop serving and end the thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        self._loop = self._thread = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _call(self, change: Callable[[], T]) -> T:
        loop = self._loop
        if loop is None:
            return change()  # not serving: nothing runs concurrently
        done: concurrent.futures.Future[T] = concurrent.futures.Future()

        def run() -> None:
            try:
                done.set_result(change())
            except BaseException as exc:
                done.set_exception(exc)

        loop.call_soon_threadsafe(run)
        return done.result()
