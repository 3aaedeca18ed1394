"""The HTTP edge: one pooled aiohttp session, every request through the limiter and retries."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import platform
import ssl as ssl_module
import threading
import time
from collections.abc import Iterator, Mapping
from typing import Any

import aiohttp
import attrs
from multidict import CIMultiDict
from yarl import URL

from ._config import Secret, Timeout
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    RequestInfo,
    WriteOutcomeUnknownError,
    status_error,
)
from ._ratelimit import RateLimiter
from ._retry import IDEMPOTENT_METHODS, Outcome, RetryPolicy, parse_retry_after
from ._version import __version__

logger = logging.getLogger("pracsuite_async")

USER_AGENT = (
    f"pracsuite-async/{__version__} aiohttp/{aiohttp.__version__} "
    f"{platform.python_implementation()}/{platform.python_version()}"
)


@attrs.frozen(kw_only=True)
class Response:
    """A successful response, fully read."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    request: RequestInfo


_KEY_HEADERS = frozenset({"x-api-key", "A-api-key"})

CLOSED = "this AsyncPracSuite client is closed; create a new one"
WRONG_LOOP = (
    "an AsyncPracSuite belongs to the event loop it first ran in; create one client per event loop"
)


class _Headers(dict[str, str]):
    """Request headers whose repr hides the API keys (tracebacks with locals show it)."""

    def __repr__(self) -> str:
        shown = {k: "***" if k in _KEY_HEADERS else v for k, v in self.items()}
        return f"{type(self).__name__}({shown!r})"


class _Failure(Exception):
    """One failed attempt, classified for the retry policy."""

    def __init__(
        self,
        outcome: Outcome,
        error: Exception,
        *,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(str(error))
        self.outcome = outcome
        self.error = error
        self.status = status
        self.retry_after = retry_after


class Transport:
    """Sends requests: auth headers, shared limiter, retries, typed errors."""

    def __init__(
        self,
        *,
        vendor_key: Secret,
        api_key: Secret,
        limiter: RateLimiter,
        retry: RetryPolicy,
        timeout: Timeout,
        session: aiohttp.ClientSession | None,
        ssl: ssl_module.SSLContext | bool,
        user_agent: str,
    ) -> None:
        self._headers = _Headers(
            {
                "x-api-key": vendor_key.reveal(),
                "A-api-key": api_key.reveal(),
                "User-Agent": user_agent,
                "Accept": "application/json",
            }
        )
        self.limiter = limiter
        self.retry = retry
        self.timeout = timeout
        self._session = session
        self._owns_session = session is None
        self._ssl = ssl
        self._closed = False
        # The limiter's semaphore and lock, and the pooled connections, all belong to one loop.
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_lock = threading.Lock()
        self._waiting: set[asyncio.Task[Any]] = set()  # in a slot queue or a retry's backoff
        self._interrupted: set[asyncio.Task[Any]] = set()  # of those, cancelled by close()
        self.retries = 0  # attempts re-sent by the retry policy, over the client's life

    def __repr__(self) -> str:  # keys stay hidden: only shape and state
        return f"Transport(limiter={self.limiter!r}, closed={self._closed})"

    @property
    def closed(self) -> bool:
        return self._closed

    def _check_usable(self) -> None:
        """Refuse a call on a closed client, or from a loop other than the client's own."""
        if self._closed:
            raise ClientClosedError(CLOSED)
        loop = asyncio.get_running_loop()
        with self._loop_lock:  # two threads' loops may race to be the first
            if self._loop is None:
                self._loop = loop
        if loop is not self._loop:
            raise ClientClosedError(WRONG_LOOP)

    def _client_session(self) -> aiohttp.ClientSession:
        # The attempt checked the loop before its slot; only close() can have come since.
        if self._closed:
            raise ClientClosedError(CLOSED)
        if self._session is None:
            # Created lazily: aiohttp wants a running loop, and apps often build the
            # client before their loop starts.
            connector = aiohttp.TCPConnector(
                limit=self.limiter.max_concurrency, ssl=self._ssl, enable_cleanup_closed=False
            )
            session = aiohttp.ClientSession(connector=connector, raise_for_status=False)
            # aiohttp silently re-sends an idempotent request once when a kept-alive connection
            # drops; our retry policy does that instead, counted, logged and rate limited.
            # (Private attribute, as aiohttp's own test client sets; caller sessions keep theirs.)
            session._retry_connection = False
            self._session = session
        elif self._session.closed:
            raise ClientClosedError(
                "the aiohttp session passed as session= has been closed; "
                "keep it open for the life of the client"
            )
        return self._session

    @contextlib.contextmanager
    def _closable_wait(self) -> Iterator[None]:
        """A wait that close() ends at once with ClientClosedError (a 429 pause can be long)."""
        task = asyncio.current_task()
        assert task is not None
        self._waiting.add(task)
        try:
            yield
        except asyncio.CancelledError:
            if task in self._interrupted and task.uncancel() == 0:
                raise ClientClosedError(CLOSED) from None
            raise  # cancelled by its caller too: that cancellation stands
        finally:
            self._waiting.discard(task)
            self._interrupted.discard(task)

    async def close(self) -> None:
        """Close the pooled session if this client created it."""
        if self._closed:
            return
        self._closed = True
        if self._loop is not None and self._loop is asyncio.get_running_loop():
            # Another loop's tasks cannot be cancelled from here safely; they fail on waking.
            for task in self._waiting:
                self._interrupted.add(task)
                task.cancel()
        if self._owns_session and self._session is not None:
            await self._session.close()

    async def request(
        self,
        method: str,
        url: URL,
        *,
        json_body: Any = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response:
        """Send with retries; returns a 2xx response or raises a typed error."""
        policy = (
            self.retry if max_retries is None else attrs.evolve(self.retry, max_retries=max_retries)
        )
        info = RequestInfo(method=method, url=str(url))
        data = None if json_body is None else json.dumps(json_body).encode()
        attempt = 0
        while True:
            # Checked per attempt, before the limiter: a closed client fails before anything
            # is sent, close() during a retry's backoff ends the retries, and a foreign loop
            # never touches the limiter's loop-bound semaphore.
            self._check_usable()
            try:
                return await self._attempt(method, url, info, data, timeout)
            except _Failure as failure:
                if self._closed and failure.outcome is not Outcome.STATUS:
                    if isinstance(failure.error, WriteOutcomeUnknownError):
                        raise failure.error from None  # it may have been applied: say so
                    raise ClientClosedError(
                        f"this AsyncPracSuite client was closed during the request ({info})"
                    ) from None
                if not policy.should_retry(
                    method=method, attempt=attempt, outcome=failure.outcome, status=failure.status
                ):
                    raise failure.error from None
                delay = policy.delay(attempt, retry_after=failure.retry_after)
                logger.info(
                    "retrying %s after %s (attempt %d of %d) in %.2fs",
                    info,
                    failure.status or failure.outcome.value,
                    attempt + 1,
                    policy.max_retries,
                    delay,
                )
                attempt += 1
                self.retries += 1
                with self._closable_wait():
                    await asyncio.sleep(delay)

    async def _attempt(
        self,
        method: str,
        url: URL,
        info: RequestInfo,
        data: bytes | None,
        timeout: Timeout | None,
    ) -> Response:
        headers = self._headers
        if data is not None:
            headers = _Headers({**headers, "Content-Type": "application/json"})
        async with contextlib.AsyncExitStack() as holding:
            with self._closable_wait():
                await holding.enter_async_context(self.limiter.slot())
            # Looked up only now: close() may have come while this call waited for its slot.
            session = self._client_session()
            started = time.monotonic()
            try:
                async with session.request(
                    method,
                    url,
                    data=data,
                    headers=headers,
                    timeout=(timeout or self.timeout).to_aiohttp(),
                    allow_redirects=False,  # a redirect must never carry the keys elsewhere
                    ssl=self._ssl,
                ) as resp:
                    body = await resp.read()
                    status = resp.status
                    resp_headers = CIMultiDict(resp.headers)  # names as sent: any case
            except aiohttp.ClientConnectorCertificateError as exc:
                raise APIConnectionError(f"TLS certificate rejected: {exc}", request=info) from exc
            except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
                raise _Failure(
                    Outcome.CONNECT_FAILED,
                    APIConnectionError(f"could not connect: {exc}", request=info),
                ) from exc
            except TimeoutError as exc:
                raise _Failure(
                    Outcome.TIMEOUT, self._lost(method, info, exc, timed_out=True)
                ) from exc
            except aiohttp.ClientError as exc:
                raise _Failure(Outcome.CONNECTION_LOST, self._lost(method, info, exc)) from exc
            except RuntimeError:
                # aiohttp's "Session is closed": nothing was sent.
                if self._closed or session.closed:
                    raise ClientClosedError(CLOSED) from None
                raise
        elapsed = time.monotonic() - started
        logger.debug("%s -> %d in %.3fs", info, status, elapsed)
        if 200 <= status < 300:
            self.limiter.on_success()
            return Response(status=status, headers=resp_headers, body=body, request=info)
        error: APIStatusError = status_error(
            status=status, request=info, raw_body=body, headers=resp_headers
        )
        retry_after = parse_retry_after(resp_headers.get("Retry-After"))
        if status == 429:
            # One 429 pauses every call of the client, so an outlandish Retry-After must not
            # stall them all for longer than the retry policy would ever wait.
            self.limiter.on_throttled(
                None if retry_after is None else min(retry_after, self.retry.max_retry_after)
            )
        raise _Failure(Outcome.STATUS, error, status=status, retry_after=retry_after)

    @staticmethod
    def _lost(
        method: str, info: RequestInfo, exc: BaseException, *, timed_out: bool = False
    ) -> APIConnectionError:
        what = "timed out" if timed_out else f"connection failed: {exc or type(exc).__name__}"
        if method not in IDEMPOTENT_METHODS:
            return WriteOutcomeUnknownError(
                f"{what} after the request was sent; it may or may not have been applied "
                "and was not re-sent",
                request=info,
            )
        if timed_out:
            return APITimeoutError(what, request=info)
        return APIConnectionError(what, request=info)
