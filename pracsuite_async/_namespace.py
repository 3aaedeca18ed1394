"""The base of every tag namespace (``ps.patients``, ``ps.appointments``, ...).

The namespaces themselves are generated from the OpenAPI document (``_tags/<namespace>.py``):
each method is a typed one-liner that hands its declaration, its name (``"patients.list"``,
for error messages) and its arguments to the helpers here, or a get to the engine itself.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, TypedDict, TypeVar

from ._changes import (
    DEFAULT_LOOKBACK,
    Change,
    Checkpoint,
    check_feed_settings,
    follow,
    start_checkpoint,
)
from ._config import Timeout
from ._engine import Engine
from ._extras import QueryParams
from ._operations import GetOperation, ListOperation, WriteOperation
from ._pagination import AsyncPager, OnChange
from ._response import APIResponse, api_response
from ._wire import Filter

M = TypeVar("M")


class CallOptions(TypedDict, total=False):
    """Per-call overrides of the client's settings, and the escape hatch for what the
    document lacks: ``extra_query`` parameters and ``extra_headers`` (not the key headers),
    sent as given past the SDK's argument checks."""

    timeout: Timeout | float | None
    max_retries: int | None
    extra_query: QueryParams | None
    extra_headers: Mapping[str, str] | None


class WriteOptions(CallOptions, total=False):
    """Options of a write: those of every call, and ``extra_body`` fields added to the
    checked body as given (they override a documented field of the same name)."""

    extra_body: Mapping[str, Any] | None


class PageOptions(CallOptions, total=False):
    """Arguments of every list method.

    ``page_size`` 1..100 (default 50); ``start_page`` the first page to fetch (default 1:
    resume a pull from a page number); ``limit`` stop after that many items; ``concurrency``
    page requests in flight at once (default: the client's ``max_concurrency``; up to twice
    as many pages are read ahead); ``on_change``
    what to do if the list changes mid-pull: ``"warn"`` (default), ``"error"`` or ``"ignore"``.
    """

    page_size: int
    start_page: int
    on_change: OnChange
    limit: int | None
    concurrency: int | None


class ListOptions(PageOptions, total=False):
    """Arguments of list methods that sort and filter: ``sort_by`` field names (ascending)
    and ``filters``, ``q[]`` conditions built with :class:`Filter`."""

    sort_by: Sequence[str] | None
    filters: Iterable[Filter]


class Namespace:
    """The methods of one API tag, bound to a client."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"

    def _list(
        self,
        op: ListOperation[M],
        method: str,
        ids: Mapping[str, object],
        params: Mapping[str, object],
        options: Mapping[str, Any],
    ) -> AsyncPager[M]:
        return self._engine.pager(op, ids, method=method, params=params, **options)

    def _watch(
        self,
        op: ListOperation[M],
        method: str,
        since: datetime | Checkpoint | None,
        interval: float,
        lookback: timedelta | None,
        page_size: int,
        options: Mapping[str, Any],
    ) -> AsyncGenerator[Change[M], None]:
        """A changes feed over a list (see ``_changes``); arguments checked up front."""
        feed = op.changes
        if feed is None:  # pragma: no cover - generated code only offers watch() with a feed
            raise TypeError(f"{op.operation_id} has no changes feed")
        if lookback is None:  # not `or`: a lookback of 0 is a choice, not a default
            lookback = DEFAULT_LOOKBACK
        check_feed_settings(interval, lookback)
        checkpoint = start_checkpoint(since)

        def make_pager(since_filter: Filter, order: tuple[str, ...]) -> AsyncPager[M]:
            return self._engine.pager(
                op,
                {},
                method=method,
                page_size=page_size,
                sort_by=order,
                filters=[since_filter],
                concurrency=1,
                on_change="ignore",
                **options,
            )

        # The first poll's pager, made now: every argument is checked before the first poll.
        make_pager(Filter.ge(feed.filter, checkpoint.since), (feed.stamp, feed.id))
        return follow(feed, make_pager, checkpoint, interval=interval, lookback=lookback)

    async def _write(
        self,
        op: WriteOperation[M],
        method: str,
        ids: Mapping[str, object],
        values: Mapping[str, object],
        options: Mapping[str, Any],
    ) -> M:
        result = await self._command(op, method, ids, values, options)
        if result is None:  # pragma: no cover - generated code pairs models with _write
            raise TypeError(f"{op.operation_id} declares no result model")
        return result

    async def _command(
        self,
        op: WriteOperation[M],
        method: str,
        ids: Mapping[str, object],
        values: Mapping[str, object],
        options: Mapping[str, Any],
    ) -> M | None:
        engine = self._engine
        request = engine.write_request(op, ids, values, options, method=method)
        response = await engine.send(request, options)
        return None if op.model is None else engine.read_record(response, op.model)

    async def _raw_get(
        self,
        op: GetOperation[M],
        method: str,
        ids: Mapping[str, object],
        options: Mapping[str, Any],
    ) -> APIResponse[M]:
        engine = self._engine
        request = engine.get_request(op, ids, options, method=method)
        response = await engine.send(request, options)
        return api_response(request, response, lambda: engine.read_record(response, op.model))

    async def _raw_write(
        self,
        op: WriteOperation[M],
        method: str,
        ids: Mapping[str, object],
        values: Mapping[str, object],
        options: Mapping[str, Any],
    ) -> APIResponse[M]:
        model = op.model
        if model is None:  # pragma: no cover - generated code pairs models with _raw_write
            raise TypeError(f"{op.operation_id} declares no result model")
        engine = self._engine
        request = engine.write_request(op, ids, values, options, method=method)
        response = await engine.send(request, options)
        return api_response(request, response, lambda: engine.read_record(response, model))

    async def _raw_command(
        self,
        op: WriteOperation[M],
        method: str,
        ids: Mapping[str, object],
        values: Mapping[str, object],
        options: Mapping[str, Any],
    ) -> APIResponse[None]:
        request = self._engine.write_request(op, ids, values, options, method=method)
        response = await self._engine.send(request, options)
        return api_response(request, response, lambda: None)
