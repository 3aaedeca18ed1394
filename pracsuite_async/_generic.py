"""Requests to endpoints the document lacks (``ps.request``, ``ps.paginate``), and the
``extra_*`` escape hatch: the same limiter, retries, errors and pager as every method."""

from __future__ import annotations

import re
from typing import Any, TypeVar

from ._config import Timeout
from ._core import Endpoint, page_number, status_error_of
from ._datatypes import Page, Response
from ._decode import decode_page, decode_record, loads
from ._engine import PageFetcher
from ._errors import PracSuiteValueError
from ._extras import QueryParams, query_pairs
from ._pagination import AsyncPager, OnChange, PullSettings
from ._sender import Sender
from ._wire import DEFAULT_PAGE_SIZE, ListQuery, check_page_size, check_positive

M = TypeVar("M")

# RFC 3986 path characters (percent-escapes included); anything else is refused, not guessed.
_PATH = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*")
_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})


def check_path(path: object) -> str:
    """A path below the API root (``/new_thing/7`` or ``new_thing/7``), without its slash."""
    if not isinstance(path, str):
        raise PracSuiteValueError(f"path must be a str, got {type(path).__name__}")
    if not _PATH.fullmatch(path) or "//" in path or "://" in path:
        raise PracSuiteValueError(
            f"path {path!r} must be a path below the API root such as '/new_thing/7' "
            "(query parameters go in params=)"
        )
    if any(part in (".", "..") for part in path.split("/")):
        raise PracSuiteValueError(f"path {path!r} must not climb out of the API root")
    return path.lstrip("/")


def check_method(method: object) -> str:
    if not isinstance(method, str) or method.upper() not in _METHODS:
        raise PracSuiteValueError(
            f"method must be one of {', '.join(sorted(_METHODS))}, got {method!r}"
        )
    return method.upper()


def read_json(response: Response) -> Any:
    """The parsed body of a 2xx response (None when empty), or the typed error."""
    error = status_error_of(response)
    if error is not None:
        raise error
    if not response.body or response.body.isspace():
        return None
    return loads(response.body, response.request)


def read_model(response: Response, model: type[M]) -> M:
    """A 2xx response's body as ``model`` (any attrs class), or the typed error."""
    error = status_error_of(response)
    if error is not None:
        raise error
    return decode_record(loads(response.body, response.request), model, response.request)


class GenericSource(PageFetcher[M]):
    """The pages of an undocumented list: ``{<list_key>: [...], "total_entries", "links"}``."""

    __slots__ = ("_list_key", "_model")

    def __init__(
        self,
        sender: Sender,
        endpoint: Endpoint,
        *,
        path: str,
        query: ListQuery,
        list_key: str,
        model: type[M],
        timeout: Timeout | None,
        max_retries: int | None,
    ) -> None:
        super().__init__(sender, endpoint, path, query, timeout=timeout, max_retries=max_retries)
        self._list_key = list_key
        self._model = model

    def decode(self, fetched: Response) -> Page[M]:
        error = status_error_of(fetched)
        if error is not None:
            raise error
        with self._endpoint.scrubber:  # a decode error may quote the body
            return decode_page(
                loads(fetched.body, fetched.request),
                list_key=self._list_key,
                model=self._model,
                page_size=self._query.page_size,
                number=page_number(fetched.request.url),
                request=fetched.request,
                response=fetched,
            )


def generic_pager(
    sender: Sender,
    endpoint: Endpoint,
    path: str,
    *,
    list_key: str,
    model: type[M],
    params: QueryParams | None,
    page_size: int = DEFAULT_PAGE_SIZE,
    limit: int | None = None,
    concurrency: int | None = None,
    timeout: Timeout | float | None = None,
    max_retries: int | None = None,
    on_change: OnChange = "warn",
) -> AsyncPager[M]:
    """A pager over an undocumented list; every argument checked before anything is sent."""
    if not isinstance(list_key, str) or not list_key:
        raise PracSuiteValueError(f"list_key must be a non-empty str, got {list_key!r}")
    extra = query_pairs(params, "paginate() params")
    if any(name in ("page", "page_size") for name, _ in extra):
        raise PracSuiteValueError("paginate() sets page itself; pass page_size=, not in params")
    query = ListQuery(page_size=check_page_size(page_size), extra=extra)
    if limit is not None:
        check_positive("limit", limit)
    in_flight = (
        sender.limiter.max_concurrency
        if concurrency is None
        else check_positive("concurrency", concurrency)
    )
    if on_change not in ("warn", "error", "ignore"):
        raise PracSuiteValueError(
            f"on_change must be 'warn', 'error' or 'ignore', got {on_change!r}"
        )
    source = GenericSource(
        sender,
        endpoint,
        path=check_path(path),
        query=query,
        list_key=list_key,
        model=model,
        timeout=None if timeout is None else Timeout.coerce(timeout),
        max_retries=max_retries,
    )
    settings = PullSettings(
        page_size=query.page_size,
        concurrency=in_flight,
        limit=limit,
        on_change=on_change,
        show_phi=endpoint.show_phi,
        scrubber=endpoint.scrubber,
    )
    return AsyncPager(source, settings)
