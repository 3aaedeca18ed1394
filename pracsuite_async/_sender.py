"""The attempt loop: every request of a client through the limiter, the backend and retries."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Awaitable
from typing import Any, TypeVar

import attrs

from ._backend import Backend, SendError
from ._core import (
    Failure,
    lost_failure,
    response_of,
    status_failure,
    throttle_pause,
    waits_too_long,
)
from ._datatypes import Request, Response
from ._errors import (
    CLIENT_CLOSED,
    APIStatusError,
    ClientClosedError,
    RateLimitError,
    WriteOutcomeUnknownError,
)
from ._log import log_request, log_response, log_retry, log_throttled, logger
from ._ratelimit import Admission, QuotaExceededError, Signal, quota_refusal
from ._retry import Outcome, RetryPolicy

T = TypeVar("T")

WRONG_LOOP = (
    "an AsyncPracSuite belongs to the event loop it first ran in; create one client per event loop"
)


class Sender:
    """Sends requests for one client: a limiter slot per attempt, retries where safe, close()
    ending every wait, all on the one event loop the client first ran in."""

    def __init__(self, *, backend: Backend, limiter: Admission, retry: RetryPolicy) -> None:
        self.backend = backend
        self.limiter = limiter
        self.retry = retry
        self._closed = False
        # The limiter's semaphore and lock, and the pooled connections, all belong to one loop.
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_lock = threading.Lock()
        self._waiting: set[asyncio.Task[Any]] = set()  # in a slot queue or a retry's backoff
        self._interrupted: set[asyncio.Task[Any]] = set()  # of those, cancelled by close()
        self.retries: int = 0  # attempts re-sent by the retry policy, over the client's life

    def __repr__(self) -> str:  # keys stay hidden: only shape and state
        return f"Sender(backend={self.backend!r}, limiter={self.limiter!r}, closed={self._closed})"

    @property
    def closed(self) -> bool:
        return self._closed

    def _check_usable(self) -> None:
        """Refuse a call on a closed client, or from a loop other than the client's own."""
        if self._closed:
            raise ClientClosedError(CLIENT_CLOSED)
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            with self._loop_lock:  # two threads' loops may race to be the first
                if self._loop is None:
                    self._loop = loop
            if loop is not self._loop:
                raise ClientClosedError(WRONG_LOOP)

    async def _closable(self, waiting: Awaitable[T]) -> T:
        """``await waiting`` (a slot, a backoff); close() ends it with ClientClosedError, as
        a 429's pause can be long."""
        task = asyncio.current_task()
        assert task is not None
        self._waiting.add(task)
        try:
            return await waiting
        except asyncio.CancelledError:
            if task in self._interrupted and task.uncancel() == 0:
                raise ClientClosedError(CLIENT_CLOSED) from None
            raise  # cancelled by its caller too: that cancellation stands
        finally:
            self._waiting.discard(task)
            self._interrupted.discard(task)

    async def close(self) -> None:
        """End every wait, then release the backend."""
        if self._closed:
            return
        self._closed = True
        if self._loop is not None and self._loop is asyncio.get_running_loop():
            # Another loop's tasks cannot be cancelled from here safely; they fail on waking.
            for task in self._waiting:
                self._interrupted.add(task)
                task.cancel()
        await self.backend.close()

    async def send(
        self, request: Request, *, max_retries: int | None = None, bulk: bool = False
    ) -> Response:
        """The 2xx response to ``request``, retried where that is safe; else a typed error.
        ``bulk``: a page fetch of a pull, which the limiter lets single calls overtake."""
        policy = (
            self.retry if max_retries is None else attrs.evolve(self.retry, max_retries=max_retries)
        )
        limiter = self.limiter
        attempt = 0
        while True:
            # Checked per attempt, before the limiter: a closed client fails before anything
            # is sent, close() during a retry's backoff ends the retries, and a foreign loop
            # never touches the limiter's loop-bound semaphore.
            self._check_usable()
            response: Response | None = None
            slot = limiter.slot(self, bulk=bulk)  # this client, for fairness across clients
            try:
                permit = await self._closable(slot.__aenter__())
            except QuotaExceededError as exc:
                exc.request = request.info  # refused before sending
                raise
            try:
                if self._closed:  # close() may have come while this call waited for its slot
                    raise ClientClosedError(CLIENT_CLOSED)
                log_request(request.method, request.url, attempt=attempt + 1)
                started = time.perf_counter()
                try:
                    raw = await self.backend.send(request)
                except SendError as exc:
                    failure = lost_failure(request.info, exc)
                else:
                    response = response_of(raw, request, time.perf_counter() - started)
            finally:
                await slot.__aexit__(None, None, None)
            request_id: str | None = None
            if response is not None:
                # A 429 pauses every client of the budget, for at most max_retry_after.
                signal = await limiter.observe(
                    permit,
                    response.status,
                    response.headers,
                    response.body,
                    max_pause=self.retry.max_retry_after if self.retry.honour_retry_after else 0.0,
                )
                if signal is Signal.OK:
                    if logger.isEnabledFor(logging.DEBUG):  # the request id is looked up only then
                        log_response(
                            request.method,
                            request.url,
                            status=response.status,
                            elapsed=response.elapsed,
                            request_id=response.request_id,
                            attempt=attempt + 1,
                        )
                    return response
                refused = status_failure(response)
                assert refused is not None  # not a success
                failure = refused
                request_id = _request_id(response, failure)
                log_response(
                    request.method,
                    request.url,
                    status=response.status,
                    elapsed=response.elapsed,
                    request_id=request_id,
                    attempt=attempt + 1,
                )
                if signal is Signal.QUOTA:  # never retried: the key is blocked until the reset
                    raise quota_refusal(refused.error, limiter.usage.resets_at) from None
                if response.status == 429:
                    log_throttled(
                        request.method,
                        request.url,
                        pause=throttle_pause(failure, self.retry.max_retry_after),
                        request_id=request_id,
                        attempt=attempt + 1,
                    )
                    if self.retry.honour_retry_after and waits_too_long(
                        failure, self.retry.max_retry_after
                    ):
                        assert isinstance(failure.error, RateLimitError)
                        raise failure.error.beyond(self.retry.max_retry_after)
            if failure.outcome is None:
                raise failure.error
            if self._closed and failure.outcome is not Outcome.STATUS:
                if isinstance(failure.error, WriteOutcomeUnknownError):
                    raise failure.error from None  # it may have been applied: say so
                raise ClientClosedError(
                    f"this AsyncPracSuite client was closed during the request ({request.info})"
                ) from None
            if not policy.should_retry(
                method=request.method,
                attempt=attempt,
                outcome=failure.outcome,
                status=failure.status,
            ):
                raise failure.error from None
            delay = policy.delay(attempt, retry_after=failure.retry_after)
            log_retry(
                request.method,
                request.url,
                reason=str(failure.status or failure.outcome.value),
                delay=delay,
                attempt=attempt + 2,
                attempts=policy.max_retries + 1,
                request_id=request_id,
            )
            attempt += 1
            self.retries += 1
            await self._closable(asyncio.sleep(delay))


def _request_id(response: Response, failure: Failure) -> str | None:
    """The gateway's id from the headers, else the one an error body carries."""
    if response.request_id is not None:
        return response.request_id
    error = failure.error
    return error.request_id if isinstance(error, APIStatusError) else None
