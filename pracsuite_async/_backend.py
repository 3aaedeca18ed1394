"""The edge of the request path: a backend sends one request and returns what the server said.

The client's default backend is aiohttp (``_aiohttp_backend``). :class:`MockBackend` answers
in memory, for testing code that uses the SDK without a server.
"""

from __future__ import annotations

import asyncio
import enum
import inspect
from collections.abc import Awaitable, Callable
from typing import Protocol

from ._datatypes import RawResponse, Request
from ._errors import ConfigurationError, ResponseTooLargeError


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

    @classmethod
    def of(cls, lost: Lost, exc: BaseException) -> SendError:
        """The SendError for ``exc``, its message or else its type's name as the detail."""
        return cls(lost, str(exc) or type(exc).__name__)


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


def too_large(request: Request) -> ResponseTooLargeError:
    """The error for a body that passed ``request.max_response_bytes``."""
    limit = request.max_response_bytes or 0
    return ResponseTooLargeError(
        f"the response body passed max_response_bytes={limit} and was not read further",
        request=request.info,
        limit=limit,
    )


class MockBackend:
    """A backend that answers every request with ``handler(request)``, in memory.

    Pass it as ``AsyncPracSuite(backend=MockBackend(handler))`` to test code that uses the
    SDK without a server, as ``httpx.MockTransport`` does. The handler (plain or async)
    receives each :class:`Request` after the limiter and returns a :class:`RawResponse`
    (:meth:`RawResponse.json` builds one); the limiter, retries, errors, paging and decoding
    run as they do against the API. ``requests`` lists what was sent, in order.

    As on the network: an async handler still running at the request's total timeout is
    ``APITimeoutError``; a body over ``max_response_bytes`` is ``ResponseTooLargeError``. To
    stand for a network failure the handler raises ``ConnectionRefusedError`` (nothing was
    sent), another ``OSError`` such as ``ConnectionResetError`` (the connection dropped) or
    ``TimeoutError``; they are retried and raised as the API client's would be.
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
        try:
            answer = self._handler(request)
            if inspect.isawaitable(answer):
                async with asyncio.timeout(request.timeout.total):
                    answer = await answer
        except TimeoutError as exc:  # the total's, or the handler's own
            raise SendError(Lost.TIMEOUT, str(exc) or "timed out") from exc
        except ConnectionRefusedError as exc:
            raise SendError.of(Lost.CONNECT, exc) from exc
        except OSError as exc:
            raise SendError.of(Lost.DROPPED, exc) from exc
        if not isinstance(answer, RawResponse):
            raise ConfigurationError(
                f"the MockBackend handler must return a RawResponse, got {type(answer).__name__}"
            )
        limit = request.max_response_bytes
        if limit is not None and len(answer.body) > limit:
            raise too_large(request)
        return answer

    async def close(self) -> None:
        return None
