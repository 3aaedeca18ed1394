"""``AsyncPracSuite``: the session object users hold for their app's lifetime."""

from __future__ import annotations

import os
import ssl as ssl_module
from collections.abc import Mapping
from types import TracebackType
from typing import Self

import aiohttp
from yarl import URL

from ._checks import check_bool
from ._config import (
    API_KEY_ENV,
    DEFAULT_TIMEOUT,
    VENDOR_KEY_ENV,
    Timeout,
    resolve_key,
    validate_base_url,
)
from ._engine import Engine
from ._errors import ConfigurationError
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy
from ._tags import Namespaces
from ._transport import USER_AGENT, Transport


def _check_transport_settings(*, ssl: object, session: object, user_agent: object) -> None:
    # aiohttp would only object at the first request, with an error naming none of these.
    if not isinstance(ssl, ssl_module.SSLContext | bool):
        raise ConfigurationError(
            f"ssl must be an ssl.SSLContext, True or False, got {type(ssl).__name__}"
        )
    if session is not None:
        if not isinstance(session, aiohttp.ClientSession):
            raise ConfigurationError(
                f"session must be an aiohttp.ClientSession or None, got {type(session).__name__}"
            )
        if session.closed:
            raise ConfigurationError("session is an aiohttp.ClientSession that is already closed")
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
    Pass ``session`` to use your own aiohttp session (it is then not closed here).
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
        session: aiohttp.ClientSession | None = None,
        ssl: ssl_module.SSLContext | bool = True,
        user_agent: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        env = os.environ if environ is None else environ
        vendor = resolve_key(vendor_key, VENDOR_KEY_ENV, "vendor key (x-api-key)", env)
        account = resolve_key(api_key, API_KEY_ENV, "account key (A-api-key)", env)
        self._base_url = validate_base_url(base_url, env)
        _check_transport_settings(ssl=ssl, session=session, user_agent=user_agent)
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
        self._transport = Transport(
            vendor_key=vendor,
            api_key=account,
            limiter=limiter,
            retry=retry,
            timeout=Timeout.coerce(timeout),
            session=session,
            ssl=ssl,
            user_agent=USER_AGENT if user_agent is None else f"{user_agent} {USER_AGENT}",
        )
        self._bind_namespaces(Engine(self._transport, self._base_url))

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"AsyncPracSuite(base_url='{self._base_url}', {state}, {self.rate_limiter!r})"

    @property
    def base_url(self) -> str:
        return str(self._base_url)

    @property
    def rate_limiter(self) -> RateLimiter:
        """The limiter shared by every request of this client (observe ``current_rate``)."""
        return self._transport.limiter

    @property
    def retry_count(self) -> int:
        """Requests re-sent by the retry policy since the client was made."""
        return self._transport.retries

    @property
    def closed(self) -> bool:
        return self._transport.closed

    async def close(self) -> None:
        """Release the connection pool. Calls after this raise :class:`ClientClosedError`."""
        await self._transport.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
