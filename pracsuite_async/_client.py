"""``AsyncPracSuite``: the session object users hold for their app's lifetime."""

from __future__ import annotations

import os
import ssl as ssl_module
from collections.abc import Mapping
from types import TracebackType
from typing import Self

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
from ._log import setup_from_env
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy
from ._sender import Sender
from ._tags import Namespaces
from ._testmode import is_testing


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
    Pass ``session`` to use your own aiohttp session (it is then not closed here), or
    ``backend`` to send through something else, such as a :class:`MockBackend` in tests.
    Every tag of the API is a namespace attribute (``ps.patients``, ``ps.appointments``, ...).
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
        max_retries: int = 3,
        backoff_base: float = 0.25,
        backoff_cap: float = 8.0,
        timeout: Timeout | float = DEFAULT_TIMEOUT,
        session: ClientSession | None = None,
        ssl: ssl_module.SSLContext | bool = True,
        user_agent: str | None = None,
        environ: Mapping[str, str] | None = None,
        backend: Backend | None = None,
    ) -> None:
        env = os.environ if environ is None else environ
        vendor = resolve_key(vendor_key, VENDOR_KEY_ENV, "vendor key (x-api-key)", env)
        account = resolve_key(api_key, API_KEY_ENV, "account key (A-api-key)", env)
        self._base_url = validate_base_url(base_url, env)
        setup_from_env(env)
        _check_transport_settings(ssl=ssl, session=session, user_agent=user_agent, backend=backend)
        check_bool("adaptive_rate", adaptive_rate, error=ConfigurationError)
        try:
            limiter = RateLimiter(
                max_concurrency=max_concurrency,
                requests_per_second=requests_per_second,
                adaptive=adaptive_rate,
            )
            retry = RetryPolicy(
                max_retries=max_retries, backoff_base=backoff_base, backoff_cap=backoff_cap
            )
        except (TypeError, ValueError) as exc:
            raise ConfigurationError(str(exc)) from None
        if is_testing():
            retry = attrs.evolve(retry, backoff_base=0.0, backoff_cap=0.0, max_retry_after=0.0)
        if backend is None:
            backend = AiohttpBackend(session=session, ssl=ssl, limit=limiter.max_concurrency)
        endpoint = Endpoint(
            base_url=self._base_url,
            vendor_key=vendor,
            api_key=account,
            user_agent=full_user_agent(getattr(backend, "product", ""), user_agent),
            timeout=Timeout.coerce(timeout),
        )
        self._sender = Sender(backend=backend, limiter=limiter, retry=retry)
        self._engine = Engine(self._sender, endpoint)
        self._bind_namespaces(self._engine)

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"AsyncPracSuite(base_url='{self._base_url}', {state}, {self.rate_limiter!r})"

    @property
    def base_url(self) -> str:
        return str(self._base_url)

    @property
    def rate_limiter(self) -> RateLimiter:
        """The limiter shared by every request of this client (observe ``current_rate``)."""
        return self._sender.limiter

    @property
    def retry_count(self) -> int:
        """Requests re-sent by the retry policy since the client was made."""
        return self._sender.retries

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
