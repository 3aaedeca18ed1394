"""``AsyncPracSuite``: the session object users hold for their app's lifetime."""

from __future__ import annotations

import copy
import os
import ssl as ssl_module
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self, TypeVar, overload

import attrs
from yarl import URL

from ._aiohttp_backend import AiohttpBackend, ClientSession, check_session
from ._backend import Backend
from ._checks import check_bool
from ._config import (
    API_KEY_ENV,
    DEFAULT_TIMEOUT,
    VENDOR_KEY_ENV,
    Timeout,
    resolve_key,
    validate_base_url,
)
from ._core import Endpoint
from ._core import user_agent as full_user_agent
from ._engine import Engine
from ._errors import ConfigurationError
from ._extras import QueryParams, query_pairs
from ._generic import check_method, check_path, generic_pager, read_json, read_model
from ._limits import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRY_AFTER,
    check_max_response_bytes,
    check_max_retry_after,
)
from ._log import setup_from_env
from ._pagination import AsyncPager, OnChange
from ._params import NOT_GIVEN, NotGiven
from ._ratelimit import Admission, RateLimiter
from ._redact import phi_shown
from ._retry import RetryPolicy
from ._sender import Sender
from ._tags import Namespaces
from ._testmode import is_testing

M = TypeVar("M")


def _check_transport_settings(
    *, ssl: object, session: object, user_agent: object, backend: object
) -> None:
    # aiohttp would only object at the first request, with an error naming none of these.
    if not isinstance(ssl, ssl_module.SSLContext | bool):
        raise ConfigurationError(
            f"ssl must be an ssl.SSLContext, True or False, got {type(ssl).__name__}"
        )
    if backend is not None:
        if session is not None:
            raise ConfigurationError(
                "session= configures the default aiohttp backend; pass either it or backend="
            )
        if not all(callable(getattr(backend, name, None)) for name in ("send", "close")):
            raise ConfigurationError(
                f"backend must have async send(request) and close(), got {type(backend).__name__}"
            )
    check_session(session)
    if user_agent is not None:
        if not isinstance(user_agent, str):
            raise ConfigurationError(
                f"user_agent must be a str or None, got {type(user_agent).__name__}"
            )
        if not user_agent.isprintable() or user_agent != user_agent.strip():
            raise ConfigurationError(
                "user_agent has surrounding whitespace, a line break or another control "
                f"character: {user_agent!r}"
            )


class AsyncPracSuite(Namespaces):
    """An async client of the PracSuite API; share one per application.

    Keys come from the arguments or ``PRACSUITE_VENDOR_KEY`` / ``PRACSUITE_API_KEY``.
    Every request of the client (pages and single calls alike) goes through one
    :class:`RateLimiter`: at most ``max_concurrency`` in flight and, unless
    ``requests_per_second`` is None, at most that many per second, adapting to 429s.
    Pass ``rate_limiter`` (a :class:`RateLimiter`, or a ``RedisRateLimiter`` shared across
    processes) to put several clients, e.g. one per clinic under one vendor key, on one
    budget; it replaces ``max_concurrency``, ``requests_per_second`` and ``adaptive_rate``.
    Pass ``session`` to use your own aiohttp session (it is then not closed here), or
    ``backend`` to send through something else, such as a :class:`MockBackend` in tests.
    Every tag of the API is a namespace attribute (``ps.patients``, ``ps.appointments``, ...).

    A 429's ``Retry-After`` up to ``max_retry_after`` seconds is waited for; beyond it the
    call raises :class:`RateLimitError` at once. A body longer than ``max_response_bytes``
    (after decompression; None = no limit) raises :class:`ResponseTooLargeError`.
    ``show_phi`` (or ``PRACSUITE_SHOW_PHI=1``) shows filter values in messages and logs.
    """

    def __init__(
        self,
        vendor_key: str | None = None,
        api_key: str | None = None,
        *,
        base_url: str | URL | None = None,
        max_concurrency: int = 8,
        requests_per_second: float | None = 20.0,
        adaptive_rate: bool = True,
        rate_limiter: Admission | None = None,
        max_retries: int = 3,
        backoff_base: float = 0.25,
        backoff_cap: float = 8.0,
        timeout: Timeout | float = DEFAULT_TIMEOUT,
        session: ClientSession | None = None,
        ssl: ssl_module.SSLContext | bool = True,
        user_agent: str | None = None,
        environ: Mapping[str, str] | None = None,
        backend: Backend | None = None,
        max_retry_after: float = DEFAULT_MAX_RETRY_AFTER,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        show_phi: bool = False,
    ) -> None:
        env = os.environ if environ is None else environ
        vendor = resolve_key(vendor_key, VENDOR_KEY_ENV, "vendor key (x-api-key)", env)
        account = resolve_key(api_key, API_KEY_ENV, "account key (A-api-key)", env)
        self._base_url = validate_base_url(base_url, env)
        setup_from_env(env)
        _check_transport_settings(ssl=ssl, session=session, user_agent=user_agent, backend=backend)
        check_bool("adaptive_rate", adaptive_rate, error=ConfigurationError)
        if rate_limiter is not None:
            if not isinstance(rate_limiter, Admission):
                raise ConfigurationError(
                    "rate_limiter must be a RateLimiter or RedisRateLimiter, "
                    f"got {type(rate_limiter).__name__}"
                )
            if (max_concurrency, requests_per_second, adaptive_rate) != (8, 20.0, True):
                raise ConfigurationError(
                    "pass either rate_limiter= or max_concurrency=/requests_per_second=/"
                    "adaptive_rate=, not both: the shared limiter has its own settings"
                )
        try:
            limiter = rate_limiter or RateLimiter(
                max_concurrency=max_concurrency,
                requests_per_second=requests_per_second,
                adaptive=adaptive_rate,
            )
            retry = RetryPolicy(
                max_retries=max_retries,
                backoff_base=backoff_base,
                backoff_cap=backoff_cap,
                max_retry_after=check_max_retry_after(max_retry_after),
            )
        except (TypeError, ValueError) as exc:
            raise ConfigurationError(str(exc)) from None
        if is_testing():
            retry = attrs.evolve(retry, backoff_base=0.0, backoff_cap=0.0, honour_retry_after=False)
        product = AiohttpBackend.product if backend is None else getattr(backend, "product", "")
        endpoint = Endpoint(
            base_url=self._base_url,
            vendor_key=vendor,
            api_key=account,
            user_agent=full_user_agent(product, user_agent),
            timeout=Timeout.coerce(timeout),
            max_response_bytes=check_max_response_bytes(max_response_bytes),
            show_phi=check_bool("show_phi", show_phi, error=ConfigurationError) or phi_shown(env),
        )
        if backend is None:
            backend = AiohttpBackend(
                session=session, ssl=ssl, limit=limiter.max_concurrency, headers=endpoint.headers
            )
        self._sender = Sender(
            backend=backend, limiter=limiter, retry=retry, scrubber=endpoint.scrubber
        )
        self._engine = Engine(self._sender, endpoint)
        self._bind_namespaces(self._engine)

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"AsyncPracSuite(base_url='{self._base_url}', {state}, {self.rate_limiter!r})"

    def with_options(
        self,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """This client with other defaults for its calls, e.g.
        ``ps.with_options(timeout=5, max_retries=0).patients.get(7)``: the same keys,
        connection pool, limiter and retry count; closing either closes both. A call's own
        ``timeout=`` or ``max_retries=`` still wins. ``max_response_bytes`` (None: no limit)
        bounds the bodies of the view's calls, e.g. one known-large export.
        """
        engine = self._engine
        endpoint = engine.endpoint.with_defaults(
            timeout=None if timeout is None else Timeout.coerce(timeout),
            max_response_bytes=(
                max_response_bytes
                if isinstance(max_response_bytes, NotGiven)
                else check_max_response_bytes(max_response_bytes)
            ),
        )
        view = copy.copy(self)
        view._engine = Engine(self._sender, endpoint, max_retries=engine.retries(max_retries))
        view._bind_namespaces(view._engine)
        return view

    @property
    def base_url(self) -> str:
        return str(self._base_url)

    @property
    def rate_limiter(self) -> Admission:
        """The limiter every request of this client goes through (observe ``current_rate``,
        ``usage``); shared with other clients when given as ``rate_limiter=``."""
        return self._sender.limiter

    @property
    def retry_count(self) -> int:
        """Requests re-sent by the retry policy since the client was made."""
        return self._sender.retries

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: QueryParams | None = ...,
        body: Any = ...,
        model: None = ...,
        timeout: Timeout | float | None = ...,
        max_retries: int | None = ...,
    ) -> Any: ...
    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: QueryParams | None = ...,
        body: Any = ...,
        model: type[M],
        timeout: Timeout | float | None = ...,
        max_retries: int | None = ...,
    ) -> M: ...
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: QueryParams | None = None,
        body: Any = None,
        model: type[Any] | None = None,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """Call an endpoint the SDK has no method for, e.g. ``await ps.request("GET",
        "/new_thing/7")``: the parsed JSON answer (None when empty), or ``model`` (an attrs
        class of yours) built from it.

        Same keys, limiter, retries (GETs on errors; writes only when provably unsent) and
        typed errors as every method. ``params`` are sent as given; ``body`` as JSON.
        """
        verb = check_method(method)
        pairs = query_pairs(params, "request() params")
        call = self._engine.endpoint.to(
            verb, check_path(path), pairs, json_body=body, timeout=timeout
        )
        response = await self._sender.send(call, max_retries=self._engine.retries(max_retries))
        with self._engine.endpoint.scrubber:  # a decode error may quote the body
            return read_json(response) if model is None else read_model(response, model)

    @overload
    def paginate(
        self,
        path: str,
        *,
        list_key: str,
        model: None = ...,
        params: QueryParams | None = ...,
        page_size: int = ...,
        limit: int | None = ...,
        concurrency: int | None = ...,
        timeout: Timeout | float | None = ...,
        max_retries: int | None = ...,
        on_change: OnChange = ...,
    ) -> AsyncPager[dict[str, Any]]: ...
    @overload
    def paginate(
        self,
        path: str,
        *,
        list_key: str,
        model: type[M],
        params: QueryParams | None = ...,
        page_size: int = ...,
        limit: int | None = ...,
        concurrency: int | None = ...,
        timeout: Timeout | float | None = ...,
        max_retries: int | None = ...,
        on_change: OnChange = ...,
    ) -> AsyncPager[M]: ...
    def paginate(
        self,
        path: str,
        *,
        list_key: str,
        model: type[Any] | None = None,
        params: QueryParams | None = None,
        page_size: int = 50,
        limit: int | None = None,
        concurrency: int | None = None,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        on_change: OnChange = "warn",
    ) -> AsyncPager[Any]:
        """Page through a list the SDK has no method for, e.g. ``ps.paginate("/new_thing",
        list_key="things")``: items as dicts, or as ``model`` (an attrs class of yours).

        The pager of every list method (concurrent pages, ``total_entries`` or
        ``links.next``, ``limit``, ``on_change``), through the same limiter and retries.
        """
        return generic_pager(
            self._sender,
            self._engine.endpoint,
            path,
            list_key=list_key,
            model=dict if model is None else model,
            params=params,
            page_size=page_size,
            limit=limit,
            concurrency=concurrency,
            timeout=timeout,
            max_retries=self._engine.retries(max_retries),
            on_change=on_change,
        )

    @property
    def closed(self) -> bool:
        return self._sender.closed

    async def close(self) -> None:
        """Release the connection pool. Calls after this raise :class:`ClientClosedError`."""
        await self._sender.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
