"""One route per operation of the document; reads (list, get) here, writes in ``_writes``."""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from aiohttp import web

from ._availability import computed_items
from ._data import Dataset
from ._filters import Condition, QueryError, parse_sort_by
from ._http import API_PREFIX, dumps, error_response, json_response
from ._schema import LIST_FIELDS, Collection, Document, Operation, label
from ._state import STATE
from ._validate import BodyError, ParamError, parse_param, problem

JSON = dict[str, Any]
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
OpHandler = Callable[[Operation, web.Request], Awaitable[web.StreamResponse]]


class Refusal(Exception):
    """Answer with this error instead (raised anywhere inside a handler)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def guarded(op: Operation, serve: OpHandler) -> Handler:
    """A handler for ``op`` that turns refusals and bad input into the docs' error bodies."""

    async def handle(request: web.Request) -> web.StreamResponse:
        try:
            return await serve(op, request)
        except Refusal as exc:
            return error_response(exc.status, exc.detail)
        except (QueryError, ParamError) as exc:
            return error_response(400, f"One or more request parameters are invalid: {exc}")
        except BodyError as exc:
            fields = [] if exc.field is None else [{"field": exc.field, "message": str(exc)}]
            return error_response(422, f"The request body is invalid: {exc}", validation=fields)

    return handle


def base_url(request: web.Request) -> str:
    return f"{request.scheme}://{request.host}{API_PREFIX}/"


def path_ids(op: Operation, request: web.Request, data: Dataset) -> dict[str, int]:
    """The path's ids; 404 when one is not an id or names a record that does not exist."""
    ids = {}
    for param in op.path_params:
        text = request.match_info[param.name]
        n = int(text) if text.isdigit() else 0
        target = data.doc.by_schema.get(param.ref) if param.ref else None
        if n < 1 or (target is not None and data.record(target.name, n) is None):
            raise Refusal(404, f"Could not find {label(param.ref or param.name)} with ID {text}")
        ids[param.name] = n
    return ids


def declared_params(op: Operation, request: web.Request) -> dict[str, Any]:
    """The operation's own query parameters, typed, with its window and requires rules."""
    values: dict[str, Any] = {}
    for param in op.query:
        texts = request.query.getall(param.name, [])
        if texts:
            values[param.name] = parse_param(param.field, texts)
        elif param.required:
            raise ParamError(f"{param.name} is required")
    if op.window:
        first, last = values.get(op.window["from"]), values.get(op.window["to"])
        if first is not None and last is not None:
            if last < first:
                raise ParamError(f"{op.window['to']} must not be before {op.window['from']}")
            days = (last - first).days + 1
            if days > op.window["max_days"]:
                raise ParamError(f"the window is {days} days; at most {op.window['max_days']}")
    for name, needs in op.requires.items():
        missing = [n for n in needs if name in values and n not in values]
        if missing:
            raise ParamError(f"{name} needs {', '.join(missing)}")
    return values


def decorate(
    doc: Document, schema: str, collection: Collection | None, base: str
) -> Callable[[JSON, int | None, int | None], JSON]:
    """How items of ``schema`` leave the server: with links, row_num and total_rows when
    the schema has them."""
    fields = doc.fields(schema)
    rows = "row_num" in fields and "total_rows" in fields
    links = collection is not None and "links" in fields and bool(collection.links)
    # The link templates split at the id once per request: a page fills 100 of them.
    pieces = (
        [(key, (base + template).split("{id}")) for key, template in collection.links.items()]
        if links and collection is not None
        else []
    )
    id_field = collection.id_field if collection is not None else ""

    def finish(record: JSON, row: int | None, total: int | None) -> JSON:
        out = dict(record)
        if rows and row is not None:
            out["row_num"], out["total_rows"] = row, total
        if pieces:
            n = str(record[id_field])
            out["links"] = {key: n.join(parts) for key, parts in pieces}
        return out

    return finish


def _int_param(request: web.Request, name: str, default: int, low: int, high: int) -> int:
    text = request.query.get(name)
    if text is None:
        return default
    try:
        value = int(text)
    except ValueError:
        raise QueryError(f"{name} must be an integer, got {text!r}") from None
    if not low <= value <= high:
        raise QueryError(f"{name} must be between {low} and {high}, got {value}")
    return value


def _page_link(request: web.Request, page: int, size: int) -> str:
    """This request's URL with another page: every other parameter kept exactly as sent."""
    path, _, query = request.raw_path.partition("?")
    kept = [p for p in query.split("&") if p and not p.startswith(("page=", "page_size="))]
    return f"{request.scheme}://{request.host}{path}?" + "&".join(
        [f"page={page}", f"page_size={size}", *kept]
    )


def sortable(doc: Document, schema: str) -> frozenset[str]:
    """Fields a list of ``schema`` can be sorted by: its scalar ones."""
    return frozenset(k for k, f in doc.fields(schema).items() if f.scalar and k not in LIST_FIELDS)


def _children(op: Operation, data: Dataset, child: str, ids: Mapping[str, int]) -> list[int] | None:
    """The child ids a nested list's path selects (None: not nested, every record)."""
    chosen: set[int] | None = None
    fields = data.doc.collections[child].fields
    for param in op.path_params:
        parent = data.doc.by_schema.get(param.ref or "")
        n = ids[param.name]
        if param.match_field is not None and param.match_field in fields:
            found = set(data.matching(child, param.match_field, n))
        elif param.match_parent_field and parent and param.match_parent_field in parent.fields:
            record = data.record(parent.name, n) or {}
            found = set(data.live(child, record.get(param.match_parent_field) or []))
        elif param.match_field or param.match_parent_field:
            # The document names a field its schemas lack: a seeded choice keeps the list
            # realistic (a few children per parent) and the same on every call.
            found = set(data.sampled(child, param.ref or param.name, n))
        else:
            continue
        chosen = found if chosen is None else chosen & found
    return None if chosen is None else sorted(chosen)


async def list_records(op: Operation, request: web.Request) -> web.StreamResponse:
    state = request.app[STATE]
    data = state.dataset
    key = f"{request.host}{request.raw_path}"
    version = data.version
    cached = state.pages.get(key, version)
    if cached is not None:
        return json_response(cached)
    ids = path_ids(op, request, data)
    page = _int_param(request, "page", 1, 1, 2**31 - 1)
    size = _int_param(request, "page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
    params = declared_params(op, request)
    assert op.item_schema is not None  # make_app routes lists without one elsewhere
    assert op.list_key is not None
    sort_text = request.query.get("sort_by")
    if sort_text is not None and not op.sortable:
        raise QueryError("this list cannot be sorted")
    sort_by = parse_sort_by(sort_text, sortable(data.doc, op.item_schema))
    filters = request.query.getall("q[]", [])
    if filters and not op.filters:
        raise QueryError("this list takes no q[] filters")
    conditions = [Condition.parse(q, op.filters or {}, op.filter_fields) for q in filters]
    collection = data.doc.by_schema.get(op.item_schema)
    finish = decorate(data.doc, op.item_schema, collection, base_url(request))
    start = (page - 1) * size
    items: list[JSON] = []
    if collection is not None:
        chosen = _children(op, data, collection.name, ids)
        selected = data.select(collection.name, ids=chosen, sort_by=sort_by, conditions=conditions)
        total = len(selected)
        window = selected[start : start + size]
        records = [data.record(collection.name, n) for n in window]
        for row, record in enumerate(records, start=start + 1):
            assert record is not None  # selected ids always exist
            items.append(finish(record, row, total))
    else:
        computed = _query(computed_items(data.values, data.seed, op, params), sort_by, conditions)
        total = len(computed)
        items = [finish(r, None, None) for r in computed[start : start + size]]
    links = {"self": _page_link(request, page, size)}
    if page > 1:
        links["previous"] = _page_link(request, page - 1, size)
    if start + size < total:
        links["next"] = _page_link(request, page + 1, size)
    body = dumps({op.list_key: items, "total_entries": total, "links": links})
    state.pages.put(key, body, version)
    return json_response(body)


def _query(
    items: list[JSON], sort_by: Sequence[str], conditions: Sequence[Condition]
) -> list[JSON]:
    chosen = [i for i in items if all(c.matches(i) for c in conditions)]
    if sort_by:
        chosen.sort(key=lambda r: tuple((r.get(f) is not None, r.get(f)) for f in sort_by))
    return chosen


def target_id(op: Operation, ids: Mapping[str, int], schema: str | None) -> int:
    """The path id naming the record an operation reads or writes."""
    for param in op.path_params:
        if param.ref == schema:
            return ids[param.name]
    return ids[op.path_params[-1].name]


def shape(data: Dataset, schema: str, sources: Sequence[JSON], key: str, n: int) -> JSON:
    """An object of ``schema``: each field from the first source where it fits, else made up
    (from a generator seeded by ``key``, so the same request gets the same answer)."""
    rng = random.Random(f"{data.seed}:{key}:{n}")
    out: JSON = {}
    for name, field in data.doc.fields(schema).items():
        if name in LIST_FIELDS:
            continue
        fits = [s for s in sources if name in s and not problem(data.doc, field, s[name], name)]
        out[name] = fits[0][name] if fits else data.values.generator(field)(rng, n)
    return out


async def get_record(op: Operation, request: web.Request) -> web.StreamResponse:
    data = request.app[STATE].dataset
    ids = path_ids(op, request, data)
    collection = data.doc.by_schema.get(op.response_schema or "")
    if collection is None or not op.path_params:
        # Not a stored record (e.g. a presigned URL): made up for the path's ids.
        if op.response_schema is None:
            return json_response(b"{}", op.status)
        n = next(reversed(ids.values()), 0)
        body = shape(data, op.response_schema, [ids], f"{op.operation_id}:{sorted(ids.items())}", n)
        return json_response(dumps(body), op.status)
    n = target_id(op, ids, collection.schema)
    record = data.record(collection.name, n)
    if record is None:
        raise Refusal(404, f"Could not find {collection.label} with ID {n}")
    finish = decorate(data.doc, collection.schema, collection, base_url(request))
    return json_response(dumps(finish(record, None, None)), op.status)
