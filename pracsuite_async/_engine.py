"""Turns operation declarations into requests (pure, ``_core``), sends them (``_sender``) and
reads the answers into records and pages."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Generic, TypeVar

import attrs

from ._accounting import record_key
from ._checks import check_int
from ._config import Timeout
from ._core import (
    Endpoint,
    get_request,
    page_request,
    path_of,
    read_page,
    read_record,
    write_request,
)
from ._datatypes import Page, Request, Response
from ._errors import PracSuiteValueError
from ._extras import NO_EXTRAS, Extras, QueryParams, check_extras
from ._operations import GetOperation, ListOperation, WriteOperation
from ._pagination import AsyncPager, OnChange, PullSettings
from ._params import check_concurrency, query_pairs
from ._sender import Sender
from ._wire import (
    DEFAULT_PAGE_SIZE,
    Filter,
    ListQuery,
    check_page_size,
    check_positive,
    check_sort_by,
    encode_filter,
)

M = TypeVar("M")

Options = Mapping[str, Any]  # a call's options: timeout, max_retries, extra_query/headers/body


class PageFetcher(Generic[M]):
    """Fetches the pages of one list: page ``number``, or a ``links.next`` URL; a subclass
    decodes them."""

    __slots__ = ("_endpoint", "_headers", "_path", "_query", "_retries", "_sender", "_timeout")

    def __init__(
        self,
        sender: Sender,
        endpoint: Endpoint,
        path: str,
        query: ListQuery,
        *,
        timeout: Timeout | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        self._sender = sender
        self._headers = extra_headers
        self._endpoint = endpoint
        self._path = path
        self._query = query
        self._timeout = timeout
        self._retries = max_retries

    async def fetch(self, number: int) -> Response:
        request = page_request(
            self._endpoint,
            self._path,
            self._query,
            number,
            timeout=self._timeout,
            extra_headers=self._headers,
        )
        return await self._sender.send(request, max_retries=self._retries, bulk=True)

    async def follow(self, url: str) -> Response:
        request = self._endpoint.link(url, timeout=self._timeout)
        return await self._sender.send(request, max_retries=self._retries, bulk=True)


class ListSource(PageFetcher[M]):
    """The pages of one list call: the page source its pager pulls from."""

    __slots__ = ("_op", "_wire")

    def __init__(
        self,
        sender: Sender,
        endpoint: Endpoint,
        op: ListOperation[M],
        path: str,
        query: ListQuery,
        *,
        timeout: Timeout | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            sender,
            endpoint,
            path,
            query,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        self._op = op
        self._wire = False  # see as_wire()

    def as_wire(self) -> ListSource[Any]:
        """The same pages, their records decoded into the wire structs of
        ``_decode.wire_type`` (checked as the models are, kept as sent) instead of models."""
        wired = copy.copy(self)
        wired._wire = True
        return wired

    def decode(self, fetched: Response) -> Page[M]:
        op = self._op
        with self._endpoint.scrubber:
            page = read_page(
                fetched,
                list_key=op.list_key,
                model=op.model,
                page_size=self._query.page_size,
                wire=self._wire,
            )
        return _unpaged(op, page)


class Engine:
    """Shared by every tag namespace of one client."""

    # Slots: read on every call.
    __slots__ = (
        "endpoint",
        "max_retries",
        "sender",
    )

    def __init__(
        self, sender: Sender, endpoint: Endpoint, *, max_retries: int | None = None
    ) -> None:
        self.sender: Sender = sender
        self.endpoint: Endpoint = endpoint
        self.max_retries: int | None = max_retries  # None: the client's retry policy decides

    def retries(self, max_retries: int | None) -> int | None:
        """A call's ``max_retries``: its own, checked, else this engine's default."""
        return self.max_retries if max_retries is None else _check_retries(max_retries)

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
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[M]:
        """Validate everything up front, then return a lazy pager (no request yet)."""
        path = path_of(op.path, ids)
        extras = check_extras(
            method, extra_query=extra_query, extra_headers=extra_headers, extra_body=extra_body
        )
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
            extra=query_pairs(method, op, params or {}) + extras.query,
            paged=op.paged,
        )
        if limit is not None:
            check_positive("limit", limit)
        check_positive("start_page", start_page)
        in_flight = check_concurrency(concurrency, self.sender.limiter.max_concurrency)
        call_timeout = None if timeout is None else Timeout.coerce(timeout)
        retries = self.retries(max_retries)
        if on_change not in ("warn", "error", "ignore"):
            raise PracSuiteValueError(
                f"on_change must be 'warn', 'error' or 'ignore', got {on_change!r}"
            )
        source = ListSource(
            self.sender,
            self.endpoint,
            op,
            path,
            query,
            timeout=call_timeout,
            max_retries=retries,
            extra_headers=extras.headers,
        )
        settings = PullSettings(
            page_size=query.page_size,
            concurrency=in_flight,
            limit=limit,
            on_change=on_change,
            start_page=start_page,
            key=record_key(op.model),
            paged=op.paged,
            show_phi=self.endpoint.show_phi,
            scrubber=self.endpoint.scrubber,
        )
        return AsyncPager(source, settings)

    async def get(
        self, op: GetOperation[M], method: str, ids: Mapping[str, object], options: Options
    ) -> M:
        """One record: its GET (``options`` checked), sent, and the answer read; ``method``
        (``"patients.get"``) names the call in errors."""
        request = self.get_request(op, ids, options, method=method)
        retries = self.retries(options.get("max_retries"))
        return self.read_record(await self.sender.send(request, retries), op.model)

    def read_record(self, response: Response, model: type[M]) -> M:
        """The record a 2xx response holds, or the typed error (keys masked in either)."""
        try:  # not ``with scrubber:``: a try costs nothing when nothing is raised
            return read_record(response, model)
        except Exception as exc:
            self.endpoint.scrubber.exception(exc)  # a decode error may quote the body
            raise

    def get_request(
        self, op: GetOperation[Any], ids: Mapping[str, object], options: Options, *, method: str
    ) -> Request:
        """The GET of one record; ``options`` (a call's timeout and extras) checked."""
        extras = _extras(method, options, writes=False)
        return get_request(self.endpoint, op, ids, options.get("timeout"), extras)

    def write_request(
        self,
        op: WriteOperation[Any],
        ids: Mapping[str, object],
        values: Mapping[str, object],
        options: Options,
        *,
        method: str,
    ) -> Request:
        """A write with its body checked against the operation, and ``options`` checked."""
        extras = _extras(method, options, writes=True)
        return write_request(
            self.endpoint,
            op,
            ids,
            values,
            method=method,
            timeout=options.get("timeout"),
            extras=extras,
        )

    async def send(self, request: Request, options: Options) -> Response:
        """The 2xx response to ``request``, with the call's ``max_retries``."""
        return await self.sender.send(request, max_retries=self.retries(options.get("max_retries")))


def _extras(method: str, options: Options, *, writes: bool) -> Extras:
    query, headers, body = (
        options.get("extra_query"),
        options.get("extra_headers"),
        options.get("extra_body"),
    )
    if query is None and headers is None and body is None:  # nearly every call
        return NO_EXTRAS
    return check_extras(
        method, extra_query=query, extra_headers=headers, extra_body=body, writes=writes
    )


def _unpaged(op: ListOperation[M], page: Page[M]) -> Page[M]:
    """A page as the pager reads it: an unpaged operation's answer has no page numbers to
    fetch, so only its links.next (if any) leads further."""
    return page if op.paged else attrs.evolve(page, total_entries=None)


def _check_retries(value: int | None) -> int | None:
    return None if value is None else check_int("max_retries", value, minimum=0, what="an int >= 0")
