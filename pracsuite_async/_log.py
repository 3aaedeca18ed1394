"""The request path's log lines, and ``PRACSUITE_LOG``.

One DEBUG line per request sent and per response read; INFO for each retry and each 429
pause, with the request id. Lines show the path and the query with ``q[]`` filter values
redacted (``q[]=email:=<redacted>``; shown for a client with ``show_phi``): filters are
where patient data travels. Each record
also carries the parts as attributes (``http_method``, ``http_path``, ``http_status``,
``elapsed``, ``request_id``, ``attempt``) for structured formatters.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from yarl import URL

from ._datatypes import Request
from ._errors import ConfigurationError
from ._redact import display_query

logger = logging.getLogger("pracsuite_async")

LOG_ENV = "PRACSUITE_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_from_env(environ: Mapping[str, str]) -> None:
    """``PRACSUITE_LOG=debug|info``: log the SDK's lines at that level without code.

    Like ``OPENAI_LOG``: the ``pracsuite_async`` logger gets the level, and the root logger
    a stderr handler if the application configured none. Unset or empty: nothing changes.
    """
    value = environ.get(LOG_ENV, "").strip().lower()
    if not value:
        return
    if value not in LEVELS:
        raise ConfigurationError(
            f"{LOG_ENV} must be one of {', '.join(LEVELS)} (or unset), got {value!r}"
        )
    logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logger.setLevel(LEVELS[value])


def target(url: URL, *, show_phi: bool = False) -> str:
    """The path and query of ``url`` as log lines show it: decoded, ``q[]`` values redacted
    unless ``show_phi``."""
    if not url.raw_query_string:
        return url.path
    return f"{url.path}?{display_query(url.raw_query_string, show_phi=show_phi)}"


def _extra(method: str, path: str, attempt: int, **more: Any) -> dict[str, Any]:
    return {"http_method": method, "http_path": path, "attempt": attempt, **more}


def _shown(request: Request) -> tuple[str, str]:
    """The method and target of ``request`` as its lines show them (see :func:`target`)."""
    return request.method, target(request.url, show_phi=request.info.show_phi)


def log_request(request: Request, *, attempt: int) -> None:
    """DEBUG: a request is being sent; ``attempt`` counts from 1."""
    if logger.isEnabledFor(logging.DEBUG):
        method, path = _shown(request)
        logger.debug(
            "request %s %s attempt %d", method, path, attempt, extra=_extra(method, path, attempt)
        )


def log_response(
    request: Request, *, status: int, elapsed: float, request_id: str | None, attempt: int
) -> None:
    """DEBUG: a response was read (any status)."""
    if logger.isEnabledFor(logging.DEBUG):
        method, path = _shown(request)
        logger.debug(
            "response %s %s -> %d in %.3fs request_id=%s attempt %d",
            method,
            path,
            status,
            elapsed,
            request_id,
            attempt,
            extra=_extra(
                method, path, attempt, http_status=status, elapsed=elapsed, request_id=request_id
            ),
        )


def log_retry(
    request: Request,
    *,
    reason: str,
    delay: float,
    attempt: int,
    attempts: int,
    request_id: str | None,
) -> None:
    """INFO: attempt ``attempt`` (of at most ``attempts``) is sent after ``delay`` seconds
    because the previous one ended in ``reason`` (a status or an outcome)."""
    if logger.isEnabledFor(logging.INFO):
        method, path = _shown(request)
        logger.info(
            "retrying %s %s after %s in %.2fs (attempt %d of %d) request_id=%s",
            method,
            path,
            reason,
            delay,
            attempt,
            attempts,
            request_id,
            extra=_extra(method, path, attempt, request_id=request_id, delay=delay),
        )


def log_throttled(
    request: Request, *, pause: float | None, request_id: str | None, attempt: int
) -> None:
    """INFO: a 429 paused every request of the client for ``pause`` seconds."""
    if logger.isEnabledFor(logging.INFO):
        method, path = _shown(request)
        logger.info(
            "throttled: %s %s -> 429, the client's requests pause %s request_id=%s",
            method,
            path,
            "until the rate allows" if pause is None else f"{pause:.2f}s",
            request_id,
            extra=_extra(
                method, path, attempt, http_status=429, request_id=request_id, pause=pause
            ),
        )
