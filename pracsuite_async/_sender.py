"""The attempt loop: every request of a client through the limiter, the backend and retries."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable
from logging import DEBUG
from threading import get_ident
from time import perf_counter
from typing import Any, TypeVar

import attrs

from ._backend import Backend, SendError
from ._core import (
    Failure,
    lost_failure,
    status_failure,
    throttle_pause,
    waits_too_long,
)
from ._datatypes import Request, Response, new_response
from ._errors import (
    CLIENT_CLOSED,
    ClientClosedError,
    RateLimitError,
    WriteOutcomeUnknownError,
)
from ._log import log_request, log_response, log_retry, log_throttled, logger
from ._ratelimit import SIGNAL_OK, Admission, QuotaExceededError, Signal, quota_refusal
from ._redact import NO_SECRETS, Scrubber
from ._retry import Outcome, RetryPolicy

T = TypeVar("T")

WRONG_LOOP = (
    "an AsyncPracSuite belongs to the event loop it first ran in; create one client per event loop"
)


class Sender:
    """Sends requests for one client: a limiter slot per attempt, retries where safe, close()
    ending every wait, all on the one event loop the client first ran in."""

    # Slots: read on every attempt.
    __slots__ = (
        "_closed",
        "_interrupted",
        "_loop",
        "_loop_lock",
        "_max_pause",
        "_retry",
        "_scrubber",
        "_thread",
        "_waiting",
        "backend",
        "limiter",
        "retries",
    )

    def __init__(
        self,
        *,
        backend: Backend,
        limiter: Admission,
        retry: RetryPolicy,
        scrubber: Scrubber = NO_SECRETS,
    ) -> None:
        self.backend: Backend = backend
        self.limiter: Admission = limiter
        self._retry: RetryPolicy = retry
        # The longest 429 pause the limiter may impose (beyond it the call fails at once):
        # the policy is frozen and private, so worked out once.
        self._max_pause = retry.max_retry_after if retry.honour_retry_after else 0.0
        self._closed = False
        # The limiter's semaphore and lock, and the pooled connections, all belong to one loop.
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: int | None = None  # the thread that loop runs in
        self._loop_lock = threading.Lock()
        self._waiting: set[asyncio.Task[Any]] = set()  # in a slot queue or a retry's backoff
        self._interrupted: set[asyncio.Task[Any]] = set()  # of those, cancelled by close()
        self.retries: int = 0  # attempts re-sent by the retry policy, over the client's life
        self._scrubber = scrubber

    def __repr__(self) -> str:  # keys stay hidden: only shape and state
        return f"Sender(backend={self.backend!r}, limiter={self.limiter!r}, closed={self._closed})"

    @property
    def closed(self) -> bool:
        return self._closed

    def _check_usable(self) -> None:
        """Refuse a call on a closed client, or from a loop other than the client's own
        (``send`` lets the common case through without calling this)."""
        if self._closed:
            raise ClientClosedError(CLIENT_CLOSED)
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            with self._loop_lock:  # two threads' loops may race to be the first
                if self._loop is None:
                    self._loop = loop
                    self._thread = get_ident()
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
        self, request: Request, max_retries: int | None = None, bulk: bool = False
    ) -> Response:
        """The 2xx response to ``request``, retried where that is safe; else a typed error.
        ``bulk``: a page fetch of a pull, which the limiter lets single calls overtake."""
        limiter = self.limiter
        attempt = 0
        try:
            while True:
                # Checked per attempt, before the limiter: a closed client fails before
                # anything is sent, close() during a retry's backoff ends the retries, and a
                # foreign loop never touches the limiter's loop-bound semaphore.
                # In the loop's own thread a running loop can only be that loop: the common
                # case decided here, without asyncio.get_running_loop()'s getpid() system call.
                bound = self._loop
                if (
                    self._closed
                    or bound is None
                    or get_ident() != self._thread
                    or not bound.is_running()
                ):
                    self._check_usable()
                # This client identifies the caller for fairness across clients. Nobody
                # waiting is the common case: a permit then costs no coroutine at all.
                permit = limiter.try_acquire(self, bulk)
                if permit is None:
                    permit = await self._closable(limiter.acquire(self, bulk))
                response: Response | None = None
                debug = logger.isEnabledFor(DEBUG)  # the log lines are built only then
                try:
                    if self._closed:  # close() may have come while this call waited
                        raise ClientClosedError(CLIENT_CLOSED)
                    if debug:
                        log_request(request, attempt=attempt + 1)
                    started = perf_counter()
                    raw = await self.backend.send(request)
                    elapsed = perf_counter() - started
                    response = new_response(
                        raw.status, raw.headers, raw.body, request.info, elapsed
                    )
                except SendError as exc:
                    failure = lost_failure(request.info, exc)
                finally:
                    limiter.release(permit)
                if response is not None:
                    # The limiter learns from every answer; a 429 pauses the whole budget.
                    status, headers, body = response.status, response.headers, response.body
                    max_pause = self._max_pause
                    signal = limiter.observe_now(permit, status, headers, body, max_pause=max_pause)
                    if signal is None:
                        signal = await limiter.observe(
                            permit, status, headers, body, max_pause=max_pause
                        )
                    if signal is SIGNAL_OK:
                        if debug:
                            log_response(
                                request,
                                status=status,
                                elapsed=response.elapsed,
                                request_id=response.request_id,
                                attempt=attempt + 1,
                            )
                        return response
                    failure = self._refused(request, response, signal, attempt)
                policy = self._retry
                if max_retries is not None:
                    policy = attrs.evolve(policy, max_retries=max_retries)
                delay = self._backoff(policy, request, failure, attempt)
                attempt += 1
                self.retries += 1
                await self._closable(asyncio.sleep(delay))
        except Exception as exc:
            if isinstance(exc, QuotaExceededError) and exc.request is None:
                exc.request = request.info  # refused before sending
            # A server may echo the keys anywhere in what it answers: masked in every error.
            self._scrubber.exception(exc)
            raise

    def _refused(
        self, request: Request, response: Response, signal: Signal, attempt: int
    ) -> Failure:
        """The failure an error status stands for, logged; raised at once when no retry may
        follow (a quota 429, or a Retry-After beyond ``max_retry_after``)."""
        failure = status_failure(response)
        assert failure is not None  # not a success
        log_response(
            request,
            status=response.status,
            elapsed=response.elapsed,
            request_id=failure.request_id,
            attempt=attempt + 1,
        )
        if signal is Signal.QUOTA:  # never retried: the key is blocked until the reset
            raise quota_refusal(failure.error, self.limiter.usage.resets_at)
        if response.status == 429:
            max_retry_after = self._retry.max_retry_after
            log_throttled(
                request,
                pause=throttle_pause(failure, max_retry_after),
                request_id=failure.request_id,
                attempt=attempt + 1,
            )
            if self._retry.honour_retry_after and waits_too_long(failure, max_retry_after):
                assert isinstance(failure.error, RateLimitError)
                raise failure.error.beyond(max_retry_after)
        return failure

    def _backoff(
        self, policy: RetryPolicy, request: Request, failure: Failure, attempt: int
    ) -> float:
        """Seconds to wait before re-sending; raises the failure's error when it is not."""
        if failure.outcome is None:
            raise failure.error
        if self._closed and failure.outcome is not Outcome.STATUS:
            if isinstance(failure.error, WriteOutcomeUnknownError):
                raise failure.error  # it may have been applied: say so
            raise ClientClosedError(
                f"this AsyncPracSuite client was closed during the request ({request.info})"
            )
        if not policy.should_retry(
            method=request.method,
            attempt=attempt,
            outcome=failure.outcome,
            status=failure.status,
        ):
            raise failure.error
        delay = policy.delay(attempt, retry_after=failure.retry_after)
        log_retry(
            request,
            reason=str(failure.status or failure.outcome.value),
            delay=delay,
            attempt=attempt + 2,
            attempts=policy.max_retries + 1,
            request_id=failure.request_id,
        )
        return delay
