"""The edge of the request path: a backend sends one request and returns what the server said.

The client's default backend is aiohttp (``_aiohttp_backend``). :class:`MockBackend` answers
in memory, for testing code that uses the SDK without a server.
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Awaitable, Callable
from typing import Protocol

from ._datatypes import RawResponse, Request
from ._errors import ConfigurationError


class Lost(enum.Enum):
    """How a request failed to get a response, as far as re-sending it is safe."""

    CONNECT = "connect"  # no connection was opened: nothing was sent
    TLS = "tls"  # the server's certificate was refused: nothing was sent, never retried
    DROPPED = "dropped"  # the connection failed after the request may have been sent
    TIMEOUT = "timeout"  # no complete answer in time; the request may have been sent


class SendError(Exception):
    """Raised by a backend when a request got no HTTP response."""

    def __init__(self, lost: Lost, detail: str) -> None:
        super().__init__(detail)
        self.lost = lost
        self.detail = detail


class Backend(Protocol):
    """Sends one request, follows no redirect, re-sends nothing; the sender retries."""

    @property
    def product(self) -> str:
        """The backend's User-Agent token (``aiohttp/3.11.0``); empty for none."""
        ...

    async def send(self, request: Request) -> RawResponse:
        """The server's answer, or :class:`SendError` when there is none."""
        ...

    async def close(self) -> None:
        """Release what the backend holds (connections); sending afterwards is an error."""
        ...


Handler = Callable[[Request], RawResponse | Awaitable[RawResponse]]


class MockBackend:
    """A backend that answers every request with ``handler(request)``, in memory.

    Pass it as ``AsyncPracSuite(backend=MockBackend(handler))`` to test code that uses the
    SDK without a server, as ``httpx.MockTransport`` does. The handler (plain or async)
    receives each :class:`Request` after the limiter and returns a :class:`RawResponse`
    (:meth:`RawResponse.json` builds one); the limiter, retries, errors, paging and decoding
    run as they do against the API. ``requests`` lists what was sent, in order.
    """

    product = ""

    def __init__(self, handler: Handler) -> None:
        if not callable(handler):
            raise ConfigurationError(f"handler must be callable, got {type(handler).__name__}")
        self._handler = handler
        self.requests: list[Request] = []  # every request sent, in order

    def __repr__(self) -> str:
        return f"MockBackend(handler={self._handler!r}, requests={len(self.requests)})"

    async def send(self, request: Request) -> RawResponse:
        self.requests.append(request)
        answer = self._handler(request)
        if inspect.isawaitable(answer):
            answer = await answer
        if not isinstance(answer, RawResponse):
            raise ConfigurationError(
                f"the MockBackend handler must return a RawResponse, got {type(answer).__name__}"
            )
        return answer

    async def close(self) -> None:
        return None
