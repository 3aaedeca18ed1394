"""A dlt source of the PracSuite API (``pip install 'pracsuite-async[sync]'``).

``pracsuite_source()`` has one resource per top-level list, named as the client's namespace
(``patients``, ``appointments``, ...), with the primary key the document marks
(``x-pracsuite-id``) and column types from the document. Lists whose records carry a
last-change time (the document's changes feeds: ``appointments``, ``appointment_book``,
``notes``) load incrementally and merge by primary key: the first run loads every record,
later runs only the records changed since the checkpoint kept in the pipeline state, asked
for exactly as ``watch()`` asks (the same lookback window and tie rule). Every other list is
fully refreshed on each run. Arrays inside records (an invoice's items) become dlt child
tables; ``nested=True`` adds the nested lists (a patient's accounts, an account's invoices)
as transformers of the resources whose rows hold their path ids.

    import dlt
    from pracsuite_async import AsyncPracSuite
    from pracsuite_async.dlt import pracsuite_source

    pipeline = dlt.pipeline("pracsuite", destination="duckdb", dataset_name="pracsuite")
    pipeline.run(pracsuite_source(lambda: AsyncPracSuite()))
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, cast

import attrs
import dlt
from dlt.extract.resource import DltResource
from dlt.extract.source import DltSource

from ._changes import DEFAULT_LOOKBACK, Checkpoint, catch_up, check_feed_settings
from ._client import AsyncPracSuite
from ._datatypes import Page
from ._errors import PracSuiteValueError
from ._operations import ChangeFeed, ListOperation
from ._pagination import AsyncPager
from ._rows import Kind, page_records, schema_columns
from ._spec import schema_extension, schema_properties, snake
from ._tags import METHODS
from ._wire import Filter, check_page_size

__all__ = ["SyncList", "pracsuite_source", "sync_lists"]

# dlt column types by document kind; arrays are left to dlt, which makes them child tables.
_DLT_TYPES: dict[Kind, dict[str, Any]] = {
    Kind.INTEGER: {"data_type": "bigint"},
    Kind.NUMBER: {"data_type": "double"},
    Kind.DECIMAL: {"data_type": "decimal"},
    Kind.BOOLEAN: {"data_type": "bool"},
    Kind.DATE: {"data_type": "date"},
    Kind.TIMESTAMP: {"data_type": "timestamp", "timezone": True},
    Kind.LOCAL_DATETIME: {"data_type": "timestamp", "timezone": False},
    Kind.TEXT: {"data_type": "text"},
    Kind.TIME: {"data_type": "text"},
}

OnPage = Callable[[str, int, "int | None"], None]


@attrs.frozen(kw_only=True)
class SyncList:
    """One list the source loads: its resource name, operation, key and changes feed
    (``feed`` is None for a list that is fully refreshed)."""

    name: str
    op: ListOperation[Any]
    primary_key: str | None
    feed: ChangeFeed | None
    method: str = "list"
    parent: str | None = None  # a nested list: the resource whose rows give its path ids

    @property
    def op_namespace(self) -> str:
        """The client attribute holding the list's method."""
        return next(m.split(".")[0] for m, op in METHODS.items() if op is self.op)

    @property
    def write_disposition(self) -> Literal["merge", "replace"]:
        return "merge" if self.feed is not None else "replace"


def _change_feed(op: ListOperation[Any]) -> ChangeFeed | None:
    feed = op.changes
    # A feed of creation times (patients' file_created) shows new records, not changes.
    if feed is None or feed.stamp == feed.created:
        return None
    return feed


def sync_lists(*, nested: bool = False) -> dict[str, SyncList]:
    """Every top-level list the source offers, by resource name; with ``nested``, also the
    nested lists whose path ids another resource's rows hold (a patient's accounts, an
    account's invoices), one request per parent record."""
    found: dict[str, SyncList] = {}
    for method, op in METHODS.items():
        namespace, _, name = method.partition(".")
        if name != "list" or not isinstance(op, ListOperation) or op.path_params:
            continue
        if any(p.required for p in op.query):
            continue
        key = schema_extension(op.model.__name__, "x-pracsuite-id")
        found[namespace] = SyncList(
            name=namespace, op=op, primary_key=key, feed=_change_feed(op) if key else None
        )
    if nested:
        _add_nested(found)
    return dict(sorted(found.items()))


def _add_nested(found: dict[str, SyncList]) -> None:
    """Nested lists, parents before children: each one's last path id is the primary key of
    a resource already found, and its other path ids are fields of that resource's rows."""
    waiting = {
        m: op
        for m, op in METHODS.items()
        if isinstance(op, ListOperation)
        and op.path_params
        and not any(p.required for p in op.query)
        and m.split(".")[0] not in found
    }
    while True:
        added = False
        for method, op in sorted(waiting.items()):
            *others, last = op.path_params
            parent = next((s for s in found.values() if s.primary_key == last), None)
            fields = schema_properties(parent.op.model.__name__) if parent else {}
            if parent is None or any(p not in fields for p in others):
                continue
            namespace, _, name = method.partition(".")
            resource = namespace if name.startswith("list_by_") else snake(op.model.__name__) + "s"
            found[resource] = SyncList(
                name=resource,
                op=op,
                primary_key=schema_extension(op.model.__name__, "x-pracsuite-id"),
                feed=None,
                method=name,
                parent=parent.name,
            )
            del waiting[method]
            added = True
        if not added:
            return


def _columns(op: ListOperation[Any]) -> dict[str, dict[str, Any]]:
    hints = {}
    for column in schema_columns(op.model.__name__):
        hint = _DLT_TYPES.get(column.kind)
        if hint is not None:
            hints["__".join(column.path)] = {"nullable": True, **hint}
    return hints


def _blocking(agen: AsyncIterator[Any]) -> Iterator[Any]:
    """An async generator driven on a loop of its own, as a plain iterator for dlt."""
    loop = asyncio.new_event_loop()
    try:
        while True:
            try:
                yield loop.run_until_complete(agen.__anext__())
            except StopAsyncIteration:
                return
    finally:
        with contextlib.suppress(RuntimeError):
            loop.run_until_complete(agen.aclose())  # type: ignore[attr-defined]
        loop.close()


def pracsuite_source(
    client: Callable[[], AsyncPracSuite] = AsyncPracSuite,
    *,
    lists: Sequence[str] | None = None,
    nested: bool = False,
    lookback: timedelta = DEFAULT_LOOKBACK,
    page_size: int = 100,
    concurrency: int | None = None,
    on_page: OnPage | None = None,
) -> DltSource:
    """The PracSuite lists as a dlt source.

    ``client`` makes the client each list is read with (called once per list, on the loop
    that reads it; default: ``AsyncPracSuite()`` from the environment). ``lists`` picks
    resources by name (default: all). ``lookback`` is ``watch()``'s window. ``on_page(name,
    records, total)`` is told of every page read (``total``: the list's size, when known).
    ``nested`` adds the nested lists (see :func:`sync_lists`), refreshed whole each run.
    """
    offered = sync_lists(nested=nested)
    chosen = list(offered) if lists is None else list(lists)
    unknown = [n for n in chosen if n not in offered]
    if unknown:
        raise PracSuiteValueError(
            f"unknown list {unknown[0]!r}; the source offers: {', '.join(offered)}"
        )
    check_feed_settings(0, lookback)
    check_page_size(page_size)
    settings = _Settings(
        client=client, lookback=lookback, page_size=page_size, concurrency=concurrency
    )
    made: dict[str, DltResource] = {}
    while len(made) < len(offered):  # a parent's resource before its children's
        for spec in offered.values():
            if spec.name not in made and (spec.parent is None or spec.parent in made):
                parent = made[spec.parent] if spec.parent else None
                made[spec.name] = _resource(spec, settings, on_page or _ignore, parent)
    resources = [made[n] for n in chosen]

    @dlt.source(name="pracsuite")
    def pracsuite() -> list[DltResource]:
        return resources

    source: DltSource = pracsuite()
    return source


def _ignore(name: str, records: int, total: int | None) -> None:
    return None


@attrs.frozen(kw_only=True)
class _Settings:
    client: Callable[[], AsyncPracSuite]
    lookback: timedelta
    page_size: int
    concurrency: int | None


def _resource(
    spec: SyncList, settings: _Settings, on_page: OnPage, parent: DltResource | None
) -> DltResource:
    hints: dict[str, Any] = {
        "name": spec.name,
        "primary_key": spec.primary_key or (),
        "write_disposition": spec.write_disposition,
        "columns": cast(Any, _columns(spec.op)),
    }
    if parent is not None:

        def children(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
            yield from _blocking(_pull_children(spec, settings, rows, on_page))

        child: DltResource = dlt.transformer(children, data_from=parent, **hints)
        return child

    def records() -> Iterator[list[dict[str, Any]]]:
        state = dlt.current.resource_state()
        yield from _blocking(_pull(spec, settings, state, on_page))

    # The generator's body (and its state lookup) runs inside the extract.
    resource: DltResource = dlt.resource(records(), **hints)
    return resource


async def _pull_children(
    spec: SyncList, settings: _Settings, parents: list[dict[str, Any]], on_page: OnPage
) -> AsyncIterator[list[dict[str, Any]]]:
    """The nested list of every parent row, concurrently (under the client's limits)."""
    async with settings.client() as ps:
        method = getattr(getattr(ps, spec.op_namespace), spec.method)

        async def of(row: dict[str, Any]) -> list[dict[str, Any]]:
            ids = [row[p] for p in spec.op.path_params]
            out: list[dict[str, Any]] = []
            pager: AsyncPager[Any] = method(*ids, page_size=settings.page_size)
            async with contextlib.aclosing(pager.pages()) as pages:
                async for page in pages:
                    rows = _rows(spec, page)
                    for record in rows:  # the path ids, where the records do not carry them
                        for name, value in zip(spec.op.path_params, ids, strict=True):
                            record.setdefault(name, value)
                    out += rows
            return out

        found = await asyncio.gather(*(of(row) for row in parents))
        rows = [record for part in found for record in part]
        on_page(spec.name, len(rows), None)
        yield rows


async def _pull(
    spec: SyncList, settings: _Settings, state: dict[str, Any], on_page: OnPage
) -> AsyncIterator[list[dict[str, Any]]]:
    async with settings.client() as ps:
        namespace = getattr(ps, spec.name)
        saved = state.get("checkpoint")
        if spec.feed is None or saved is None:
            started = datetime.now(UTC)
            pager: AsyncPager[Any] = namespace.list(
                page_size=settings.page_size,
                concurrency=settings.concurrency,
                on_change="ignore" if spec.feed else "warn",
            )
            async with contextlib.aclosing(pager.pages()) as pages:
                async for page in pages:
                    on_page(spec.name, len(page.items), page.total_entries)
                    yield _rows(spec, page)
            if spec.feed is not None:
                # Changes made while the pull ran are asked for again next time.
                state["checkpoint"] = Checkpoint(since=started).to_json()
            return
        checkpoint = Checkpoint.from_json(saved)

        def make_pager(since: Filter, order: tuple[str, ...]) -> AsyncPager[Any]:
            pager: AsyncPager[Any] = namespace.list(
                page_size=settings.page_size,
                sort_by=order,
                filters=[since],
                concurrency=1,
                on_change="ignore",
            )
            return pager

        batches = catch_up(spec.feed, make_pager, checkpoint, lookback=settings.lookback)
        async with contextlib.aclosing(batches):
            async for page, handled in batches:
                rows = _rows(spec, page)
                state["checkpoint"] = handled[-1][1].to_json()
                on_page(spec.name, len(handled), None)
                yield [rows[i] for i, _ in handled]


def _rows(spec: SyncList, page: Page[Any]) -> list[dict[str, Any]]:
    assert page.response is not None  # every page the SDK's pager reads keeps its response
    return page_records(page.response.body, spec.op.list_key)
