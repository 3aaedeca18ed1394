"""Turns operation declarations into requests, pages and records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import attrs
from yarl import URL

from ._config import Timeout, render_path, same_origin
from ._decode import decode_page_bytes, decode_record_bytes
from ._errors import PaginationError, PracSuiteValueError, ResponseValidationError
from ._operations import GetOperation, ListOperation, WriteOperation
from ._pagination import AsyncPager, OnChange, Page
from ._params import build_body, check_concurrency, query_pairs
from ._transport import Response, Transport
from ._wire import (
    DEFAULT_PAGE_SIZE,
    Filter,
    ListQuery,
    check_int_id,
    check_page_size,
    check_positive,
    check_sort_by,
    encode_filter,
    encode_query,
)

M = TypeVar("M")
R = TypeVar("R")


class Engine:
    """Shared by every tag namespace of one client."""

    def __init__(self, transport: Transport, base_url: URL) -> None:
        self.transport = transport
        self.base_url = base_url

    def url(self, path: str, pairs: Iterable[tuple[str, str]] = ()) -> URL:
        """The full request URL, its query percent-encoded exactly as the docs show."""
        query = encode_query(pairs)
        return URL(f"{self.base_url}{path}{'?' + query if query else ''}", encoded=True)

    def pager(
        self,
        op: ListOperation[M],
        ids: Mapping[str, object],
        *,
        method: str = "list",
        params: Mapping[str, object] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        sort_by: Sequence[str] | None = None,
        filters: Iterable[Filter] | None = (),
        limit: int | None = None,
        concurrency: int | None = None,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        on_change: OnChange = "warn",
    ) -> AsyncPager[M]:
        """Validate everything up front, then return a lazy pager (no request yet)."""
        path = _path(op.path, ids)
        if isinstance(filters, Filter):
            filters = (filters,)
        if filters is None:
            filters = ()
        if isinstance(filters, str | Mapping) or not isinstance(filters, Iterable):
            raise PracSuiteValueError(
                f"filters must be a list of Filter, got {type(filters).__name__}"
            )
        query = ListQuery(
            page_size=check_page_size(page_size),
            sort_by=() if sort_by is None else check_sort_by(sort_by, op.sort_fields),
            filters=tuple(encode_filter(f, op.filters) for f in filters),
            extra=query_pairs(method, op, params or {}),
            paged=op.paged,
        )
        if limit is not None:
            check_positive("limit", limit)
        check_positive("start_page", start_page)
        in_flight = check_concurrency(concurrency, self.transport.limiter.max_concurrency)
        call_timeout = None if timeout is None else Timeout.coerce(timeout)
        retries = _check_retries(max_retries)
        if on_change not in ("warn", "error", "ignore"):
            raise PracSuiteValueError(
                f"on_change must be 'warn', 'error' or 'ignore', got {on_change!r}"
            )

        async def fetch(target: int | str) -> Callable[[], Page[M]]:
            number: int | None
            if isinstance(target, int):
                url, number = self.url(path, query.pairs(target)), target
            else:
                url, number = self._trusted(target), _page_number(target)
            response = await self.transport.request(
                "GET", url, timeout=call_timeout, max_retries=retries
            )
            return lambda: _decoded(
                response,
                lambda: attrs.evolve(
                    _unpaged(
                        op,
                        decode_page_bytes(
                            response.body,
                            list_key=op.list_key,
                            model=op.model,
                            page_size=query.page_size,
                            number=number,
                            request=response.request,
                        ),
                    ),
                    body=response.body,
                ),
            )

        return AsyncPager(
            fetch_page=fetch,
            fetch_url=fetch,
            page_size=query.page_size,
            concurrency=in_flight,
            limit=limit,
            on_change=on_change,
            start_page=start_page,
        )

    async def get(
        self,
        op: GetOperation[M],
        ids: Mapping[str, object],
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
    ) -> M:
        record = await self._call(
            "GET", op.path, ids, None, op.model, timeout=timeout, max_retries=max_retries
        )
        assert record is not None  # a model was given
        return record

    async def send(
        self,
        op: WriteOperation[M],
        ids: Mapping[str, object],
        values: Mapping[str, object],
        *,
        method: str,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
    ) -> M | None:
        """A write: body checked before anything is sent; retried only when provably unsent."""
        return await self._call(
            op.method,
            op.path,
            ids,
            lambda: build_body(method, op, values),
            op.model,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def _call(
        self,
        http_method: str,
        template: str,
        ids: Mapping[str, object],
        body: Callable[[], Any] | None,
        model: type[M] | None,
        *,
        timeout: Timeout | float | None,
        max_retries: int | None,
    ) -> M | None:
        """One request for one record (or none): every argument checked before sending."""
        path = _path(template, ids)
        json_body = None if body is None else body()
        call_timeout = None if timeout is None else Timeout.coerce(timeout)
        retries = _check_retries(max_retries)
        response = await self.transport.request(
            http_method,
            self.url(path),
            json_body=json_body,
            timeout=call_timeout,
            max_retries=retries,
        )
        if model is None:
            return None
        return _decoded(
            response, lambda: decode_record_bytes(response.body, model, response.request)
        )

    def _trusted(self, link: str) -> URL:
        url = URL(link, encoded=True)
        if not same_origin(url, self.base_url):
            raise PaginationError(
                f"links.next leads off the API host to {url.origin()}; not sending the keys there"
            )
        return url


def _unpaged(op: ListOperation[M], page: Page[M]) -> Page[M]:
    """A page as the pager reads it: an unpaged operation's answer has no page numbers to
    fetch, so only its links.next (if any) leads further."""
    return page if op.paged else attrs.evolve(page, total_entries=None)


def _decoded(response: Response, decode: Callable[[], R]) -> R:
    """``decode()``, with a schema violation also carrying the response it came from."""
    try:
        return decode()
    except ResponseValidationError as exc:
        # The decoder sees only bytes; the status is what tells a caller that a write
        # took effect and must not be re-sent.
        raise exc.with_response(
            status=response.status, headers=response.headers, body=response.body
        ) from None


def _path(template: str, ids: Mapping[str, object]) -> str:
    return render_path(template, {name: check_int_id(name, v) for name, v in ids.items()})


def _page_number(link: str) -> int | None:
    value = URL(link, encoded=True).query.get("page")
    return int(value) if value is not None and value.isdigit() else None


def _check_retries(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise PracSuiteValueError(f"max_retries must be an int >= 0, got {value!r}")
    return value
