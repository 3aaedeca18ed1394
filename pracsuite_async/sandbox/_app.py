"""The aiohttp.web application: auth, faults, rate limit, latency, then the API routes."""

from __future__ import annotations

import asyncio
import json
import math
import time
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

import attrs
from aiohttp import web

from ._data import COLLECTIONS, NESTED, Collection, Condition, Dataset, Nested, QueryError
from ._faults import Fault, FaultSchedule
from ._stats import RequestRecord, SandboxStats, redact

try:  # orjson is optional: it only makes the sandbox cheaper to run next to a benchmark
    import orjson

    def _dumps(value: Any) -> bytes:
        return orjson.dumps(value)

except ImportError:  # pragma: no cover - exercised only without the speed extra

    def _dumps(value: Any) -> bytes:
        return json.dumps(value, separators=(",", ":")).encode()


API_PREFIX = "/v1"
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100
STALL_SECONDS = 3600.0

# Codes the docs show, plus our choice for the statuses they do not (429, 502, 503, 504).
ERROR_CODES: Mapping[int, str] = {
    400: "INVALID_PARAMS",
    401: "UNAUTHORIZED",
    403: "MISSING_AUTHENTICATION_TOKEN",
    404: "NOT_FOUND",
    409: "CONFLICT",
    422: "INVALID_REQUEST",
    429: "TOO_MANY_REQUESTS",
    500: "SERVER_ERROR",
    502: "BAD_GATEWAY",
    503: "SERVICE_UNAVAILABLE",
    504: "GATEWAY_TIMEOUT",
}


class PageCache:
    """Recently served list bodies, least recently used out first, bounded in bytes.

    Building a page costs the server milliseconds; a benchmark measuring the client must not
    be measuring that, so repeated reads of a page are served from here.
    """

    def __init__(self, *, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._bodies: OrderedDict[str, bytes] = OrderedDict()
        self._size = 0

    def get(self, key: str) -> bytes | None:
        body = self._bodies.get(key)
        if body is not None:
            self._bodies.move_to_end(key)
        return body

    def put(self, key: str, body: bytes) -> None:
        if len(body) > self.max_bytes or key in self._bodies:
            return
        self._bodies[key] = body
        self._size += len(body)
        while self._size > self.max_bytes:
            _, evicted = self._bodies.popitem(last=False)
            self._size -= len(evicted)

    def clear(self) -> None:
        self._bodies.clear()
        self._size = 0


@attrs.define(kw_only=True)
class SandboxState:
    """Everything a request handler needs, shared by the whole app."""

    vendor_key: str
    api_key: str
    dataset: Dataset
    stats: SandboxStats
    faults: FaultSchedule
    latency: float = 0.0
    rate_limit: float | None = None
    rate_burst: float = 1.0
    pages: PageCache = attrs.field(factory=lambda: PageCache(max_bytes=256 * 2**20))
    _tokens: float | None = None
    _refilled: float = 0.0

    def over_rate_limit(self, now: float) -> float | None:
        """Take a token; or, when the bucket is empty, the seconds until one is back.

        A token bucket (``rate_limit`` per second, ``rate_burst`` deep), the way AWS API
        Gateway, which fronts the real API, throttles.
        """
        if self.rate_limit is None:
            return None
        if self._tokens is None:
            self._tokens = self.rate_burst
        else:
            elapsed = now - self._refilled
            self._tokens = min(self.rate_burst, self._tokens + elapsed * self.rate_limit)
        self._refilled = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return None
        return (1.0 - self._tokens) / self.rate_limit


STATE = web.AppKey("state", SandboxState)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def error_response(
    status: int,
    detail: str,
    *,
    headers: Mapping[str, str] | None = None,
    body_status: int | None = None,
) -> web.Response:
    """An error in the docs' shape: ``{"error": {status, code, detail}, "request_id"}``."""
    body = {
        "error": {
            "status": body_status or status,
            "code": ERROR_CODES.get(status, "ERROR"),
            "detail": detail,
        },
        "request_id": str(uuid.uuid4()),
    }
    return web.Response(
        status=status, body=_dumps(body), content_type="application/json", headers=headers
    )


def _json(body: bytes) -> web.Response:
    return web.Response(body=body, content_type="application/json")


def _drop(request: web.Request) -> None:
    if request.transport is not None:
        request.transport.abort()


@web.middleware
async def edge(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Counts the request, then plays faults, checks auth and rate, adds latency."""
    state = request.app[STATE]
    record = RequestRecord(
        started=time.monotonic(),
        method=request.method,
        path_qs=request.raw_path,
        headers=redact(request.headers),
    )
    state.stats.arrived(record)
    status: int | None = None
    try:
        fault = state.faults.next_for(request.raw_path)
        record.fault = fault.kind if fault else None
        response = await _serve(state, request, handler, fault)
        status = None if response is None else response.status
        if response is None:
            return web.Response(status=500)  # never written: the connection is gone
        return response
    finally:
        state.stats.finished(record, status)


async def _serve(
    state: SandboxState, request: web.Request, handler: Handler, fault: Fault | None
) -> web.StreamResponse | None:
    if fault is not None:
        if fault.kind == "reset":
            _drop(request)
            return None
        if fault.kind == "status":
            headers = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
            return error_response(fault.status, "injected fault", headers=headers)
        if fault.kind == "garbage":
            return web.Response(
                body=b"<html><body>upstream hiccup</body></html>", content_type="text/html"
            )
        if fault.kind == "stall":
            await asyncio.sleep(STALL_SECONDS if fault.delay is None else fault.delay)
    response = await _answer(state, request, handler)
    if fault is not None and fault.kind == "truncated" and isinstance(response, web.Response):
        await _truncate(request, response)
        return None
    return response


async def _answer(
    state: SandboxState, request: web.Request, handler: Handler
) -> web.StreamResponse:
    vendor, account = request.headers.get("x-api-key"), request.headers.get("a-api-key")
    if not vendor or not account:
        return error_response(403, "Missing Authentication Token")
    if vendor != state.vendor_key or account != state.api_key:
        # The docs' 401 examples carry error.status 403; the sandbox copies the quirk.
        return error_response(
            401, "Access could not be verified for this request.", body_status=403
        )
    wait = state.over_rate_limit(time.monotonic())
    if wait is not None:
        return error_response(
            429, "Rate limit exceeded.", headers={"Retry-After": str(max(1, math.ceil(wait)))}
        )
    if state.latency:
        await asyncio.sleep(state.latency)
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status in (404, 405):
            # As the real gateway does: an unknown path reads like a missing key.
            return error_response(403, "Missing Authentication Token")
        raise


async def _truncate(request: web.Request, full: web.Response) -> None:
    body = full.body if isinstance(full.body, bytes) else b""
    partial = web.StreamResponse(status=full.status, headers={"Content-Type": "application/json"})
    partial.content_length = len(body) + 1
    await partial.prepare(request)
    await partial.write(body[: len(body) // 2])
    _drop(request)


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


def _sort_by(request: web.Request) -> list[str]:
    text = request.query.get("sort_by")
    if text is None:
        return []
    try:
        fields = json.loads(text)
    except ValueError:
        raise QueryError('sort_by must be a JSON array of field names, e.g. ["id"]') from None
    if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
        raise QueryError('sort_by must be a JSON array of field names, e.g. ["id"]')
    return fields


def _link(request: web.Request, page: int, size: int) -> str:
    """This request's URL with another page: every other parameter kept exactly as sent."""
    path, _, query = request.raw_path.partition("?")
    kept = [p for p in query.split("&") if p and not p.startswith(("page=", "page_size="))]
    return f"{request.scheme}://{request.host}{path}?" + "&".join(
        [f"page={page}", f"page_size={size}", *kept]
    )


def _list_page(
    state: SandboxState, request: web.Request, collection: Collection, ids: Sequence[int] | None
) -> web.Response:
    key = f"{request.host}{request.raw_path}"
    cached = state.pages.get(key)
    if cached is not None:
        return _json(cached)
    try:
        page = _int_param(request, "page", 1, 1, 2**31 - 1)
        size = _int_param(request, "page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
        conditions = [
            Condition.parse(q, collection.filters) for q in request.query.getall("q[]", [])
        ]
        selected = state.dataset.select(
            collection.name, ids=ids, sort_by=_sort_by(request), conditions=conditions
        )
    except QueryError as exc:
        return error_response(400, f"One or more request parameters are invalid: {exc}")
    total = len(selected)
    start = (page - 1) * size
    base = f"{request.scheme}://{request.host}{API_PREFIX}/"
    items = []
    for offset, n in enumerate(selected[start : start + size], start=start + 1):
        record = state.dataset.record(collection.name, n)
        assert record is not None  # selected ids always exist
        items.append(
            {**record, "row_num": offset, "total_rows": total, "links": collection.links(base, n)}
        )
    links = {"self": _link(request, page, size)}
    if page > 1:
        links["previous"] = _link(request, page - 1, size)
    if start + size < total:
        links["next"] = _link(request, page + 1, size)
    body = _dumps({collection.list_key: items, "total_entries": total, "links": links})
    state.pages.put(key, body)
    return _json(body)


def _record_id(request: web.Request) -> int | None:
    text = request.match_info["id"]
    return int(text) if text.isdigit() else None


def _not_found(collection: Collection, text: str) -> web.Response:
    return error_response(404, f"Could not find {collection.label} with ID {text}")


def _list_route(collection: Collection) -> Handler:
    async def list_records(request: web.Request) -> web.StreamResponse:
        return _list_page(request.app[STATE], request, collection, None)

    return list_records


def _get_route(collection: Collection) -> Handler:
    async def get_record(request: web.Request) -> web.StreamResponse:
        state = request.app[STATE]
        n = _record_id(request)
        record = None if n is None else state.dataset.record(collection.name, n)
        if n is None or record is None:
            return _not_found(collection, request.match_info["id"])
        base = f"{request.scheme}://{request.host}{API_PREFIX}/"
        return _json(_dumps({**record, "links": collection.links(base, n)}))

    return get_record


def _nested_route(nested: Nested) -> Handler:
    parent, child = COLLECTIONS[nested.parent], COLLECTIONS[nested.child]

    async def list_children(request: web.Request) -> web.StreamResponse:
        state = request.app[STATE]
        n = _record_id(request)
        if n is None or state.dataset.record(parent.name, n) is None:
            return _not_found(parent, request.match_info["id"])
        return _list_page(state, request, child, state.dataset.children(nested, n))

    return list_children


def make_app(state: SandboxState) -> web.Application:
    """The sandbox app: one route per declared collection and nested list."""
    app = web.Application(middlewares=[edge])
    app[STATE] = state
    for collection in COLLECTIONS.values():
        if collection.listable:
            app.router.add_get(f"{API_PREFIX}/{collection.name}", _list_route(collection))
            app.router.add_get(f"{API_PREFIX}/{collection.name}/{{id}}", _get_route(collection))
    for nested in NESTED:
        app.router.add_get(
            f"{API_PREFIX}/{nested.parent}/{{id}}/{nested.child}", _nested_route(nested)
        )
    return app
