"""The aiohttp backend: one pooled session; the only SDK module that imports aiohttp."""

from __future__ import annotations

import asyncio
import ssl as ssl_module
from collections.abc import Mapping

import aiohttp
from aiohttp import hdrs
from multidict import CIMultiDict, CIMultiDictProxy

from ._backend import Lost, SendError, too_large
from ._config import Timeout
from ._datatypes import RawResponse, Request, new_raw_response
from ._deadlines import Deadlines
from ._errors import CLIENT_CLOSED, ClientClosedError, ConfigurationError
from ._limits import read_capped

ClientSession = aiohttp.ClientSession  # for the client's signature

_CHUNK = 64 * 1024  # bytes read at a time when the body's size is bounded


def check_session(session: object) -> None:
    """Refuse what aiohttp would only object to at the first request, naming the setting."""
    if session is None:
        return
    if not isinstance(session, aiohttp.ClientSession):
        raise ConfigurationError(
            f"session must be an aiohttp.ClientSession or None, got {type(session).__name__}"
        )
    if session.closed:
        raise ConfigurationError("session is an aiohttp.ClientSession that is already closed")


def _within(resp: aiohttp.ClientResponse, limit: int) -> bool:
    """The body is sent as is with a length up to ``limit``: aiohttp reads no more than the
    length says, so no counting is needed (compressed bodies are counted as inflated)."""
    headers = resp.headers
    length = headers.get(hdrs.CONTENT_LENGTH)  # istr names: looked up without case-folding
    return length is not None and int(length) <= limit and hdrs.CONTENT_ENCODING not in headers


class AiohttpBackend:
    """Sends over one aiohttp session: the caller's, or one made (and closed) here.

    A session made here sends ``headers`` (the client's own: keys, User-Agent, Accept) by
    default, so a request carrying exactly those passes none: merging them into every
    request is a good part of aiohttp's work per call.
    """

    product = f"aiohttp/{aiohttp.__version__}"

    # Slots: read on every request.
    __slots__ = (
        "_converted",
        "_deadlines",
        "_defaults",
        "_last",
        "_limit",
        "_owns_session",
        "_session",
        "_ssl",
        "_timeouts",
    )

    def __init__(
        self,
        *,
        session: aiohttp.ClientSession | None,
        ssl: ssl_module.SSLContext | bool,
        limit: int,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        check_session(session)
        self._session = session
        self._owns_session = session is None
        self._defaults = headers if session is None else None
        self._ssl = ssl
        self._limit = limit
        self._timeouts: dict[Timeout, aiohttp.ClientTimeout] = {}
        self._deadlines = Deadlines()  # each request's total, kept here rather than by aiohttp
        self._converted: dict[int, tuple[Mapping[str, str], CIMultiDictProxy[str]]] = {}
        self._last: tuple[Timeout | None, aiohttp.ClientTimeout] = (None, aiohttp.ClientTimeout())

    def __repr__(self) -> str:
        return f"AiohttpBackend(own_session={self._owns_session})"

    def _new_session(self) -> aiohttp.ClientSession:
        # Created lazily: aiohttp wants a running loop, and apps often build the client
        # before their loop starts.
        session = self._session
        if session is None:
            connector = aiohttp.TCPConnector(
                limit=self._limit, ssl=self._ssl, enable_cleanup_closed=False
            )
            session = aiohttp.ClientSession(
                connector=connector, raise_for_status=False, headers=self._defaults
            )
            # aiohttp silently re-sends an idempotent request once when a kept-alive
            # connection drops; the sender's retry policy does that instead, counted, logged
            # and rate limited. aiohttp offers no public switch: this private attribute is
            # what its own test client sets. Caller sessions keep their setting.
            session._retry_connection = False
            self._session = session
        return session

    def _timeout(self, timeout: Timeout) -> aiohttp.ClientTimeout:
        found = self._timeouts.get(timeout)
        if found is None:  # a client uses one or a few: converted once each
            read = timeout.read
            if read is not None and timeout.total is not None and read >= timeout.total:
                # The total always ends first: no read timer to arm (and re-arm per chunk).
                read = None
            # The total is the deadlines' to keep, far cheaper than aiohttp's timer per request.
            found = aiohttp.ClientTimeout(total=None, connect=timeout.connect, sock_read=read)
            self._timeouts[timeout] = found
        self._last = (timeout, found)
        return found

    def _headers(self, headers: Mapping[str, str]) -> CIMultiDictProxy[str]:
        # A client sends one of a few header sets (with Content-Type, with extra headers):
        # converted to the multidict aiohttp wants once each, rather than on every request.
        found = self._converted.get(id(headers))
        if found is None or found[0] is not headers:
            found = (headers, CIMultiDictProxy(CIMultiDict(headers)))
            if len(self._converted) >= 8:  # a caller building headers per request
                self._converted.clear()
            self._converted[id(headers)] = found
        return found[1]

    async def send(self, request: Request) -> RawResponse:
        session = self._session or self._new_session()
        # The common request decided inline: the client's own headers (which the session
        # sends) and its own timeout (converted last time).
        headers = None if request.headers is self._defaults else self._headers(request.headers)
        timeout, converted = self._last
        if request.timeout is not timeout:
            converted = self._timeout(request.timeout)
        total = request.timeout.total
        task = None if total is None else self._deadlines.start(total)
        try:
            resp = await session.request(
                request.method,
                request.url,
                data=request.body,
                headers=headers,
                timeout=converted,
                allow_redirects=False,  # a redirect must never carry the keys elsewhere
                ssl=self._ssl,
            )
            limit = request.max_response_bytes
            try:
                if limit is None or _within(resp, limit):
                    body: bytes | None = await resp.read()
                else:
                    # Counted as decompressed (aiohttp inflates a bounded chunk at a time), so
                    # a small gzip bomb stops at the limit too.
                    body = await read_capped(resp.content.iter_chunked(_CHUNK), limit)
                if body is None:
                    resp.close()  # the connection is dropped, not read to its end
            finally:  # as ``async with`` would, without its context-manager objects
                resp.release()
                await resp.wait_for_close()
        except asyncio.CancelledError:
            if task is not None and self._deadlines.expired(task):
                raise SendError(Lost.TIMEOUT, "timed out") from None
            raise
        except aiohttp.ClientConnectorCertificateError as exc:
            raise SendError(Lost.TLS, str(exc)) from exc
        except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
            raise SendError(Lost.CONNECT, str(exc)) from exc
        except TimeoutError as exc:
            raise SendError(Lost.TIMEOUT, "timed out") from exc
        except aiohttp.ClientError as exc:
            raise SendError.of(Lost.DROPPED, exc) from exc
        except RuntimeError as exc:
            # aiohttp's "Session is closed": nothing was sent.
            if session.closed:
                if self._owns_session:
                    raise ClientClosedError(CLIENT_CLOSED) from None
                raise ClientClosedError(
                    "the aiohttp session passed as session= has been closed; "
                    "keep it open for the life of the client"
                ) from None
            # Anything else (a body aiohttp cannot decode, such as brotli without its
            # library) is an answer that could not be read.
            raise SendError.of(Lost.DROPPED, exc) from None
        finally:
            if task is not None:
                self._deadlines.end(task)
        if body is None:
            raise too_large(request)
        # The headers as aiohttp parsed them (names as sent, any case): kept, not copied.
        return new_raw_response(resp.status, resp.headers, body)

    async def close(self) -> None:
        """Close the session if this backend made it."""
        self._deadlines.close()
        if self._owns_session and self._session is not None:
            await self._session.close()
