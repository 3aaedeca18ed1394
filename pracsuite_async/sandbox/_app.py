"""The aiohttp.web application: the edge (faults, auth, rate limit, latency), then the routes."""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable

from aiohttp import web

from ._faults import Fault
from ._http import API_PREFIX, error_response
from ._routes import OpHandler, get_record, guarded, list_records
from ._state import CURRENT_CLINIC, STATE, SandboxState
from ._stats import RequestRecord, redact
from ._writes import WRITES

STALL_SECONDS = 3600.0

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


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
    clinic = state.clinic_for(account)
    if vendor != state.vendor_key or clinic is None:
        # The docs' 401 examples carry error.status 403; the sandbox copies the quirk.
        return error_response(
            401, "Access could not be verified for this request.", body_status=403
        )
    limited = _over_limits(state)
    if limited is not None:
        return limited
    CURRENT_CLINIC.set(clinic)  # this request's task only: routes read their clinic's data
    if state.latency:
        await asyncio.sleep(state.latency)
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status in (404, 405):
            # As the real gateway does: an unknown path reads like a missing key.
            return error_response(403, "Missing Authentication Token")
        raise


def _over_limits(state: SandboxState) -> web.Response | None:
    """The vendor key's rate limit, then its quota (a throttled request is not counted).

    Both answers are 429 in the docs' error shape. The docs show no 429 body; the wording is
    inferred from AWS API Gateway, which the API appears to sit behind: "Too Many Requests"
    with Retry-After for throttling, "Limit Exceeded" (no Retry-After) for a usage plan's
    exhausted quota.
    """
    if state.rate is not None:
        wait = state.rate.take(time.monotonic())
        if wait is not None:
            retry_after = str(max(1, math.ceil(wait)))
            return error_response(429, "Too Many Requests", headers={"Retry-After": retry_after})
    if state.quota is not None and state.quota.take(time.time()) is not None:
        return error_response(429, "Limit Exceeded", code="LIMIT_EXCEEDED")
    return None


async def _truncate(request: web.Request, full: web.Response) -> None:
    body = full.body if isinstance(full.body, bytes) else b""
    partial = web.StreamResponse(status=full.status, headers={"Content-Type": "application/json"})
    partial.content_length = len(body) + 1
    await partial.prepare(request)
    await partial.write(body[: len(body) // 2])
    _drop(request)


def make_app(state: SandboxState) -> web.Application:
    """The sandbox app: the edge middleware and one route per operation of the document."""
    app = web.Application(middlewares=[edge])
    app[STATE] = state
    readers: dict[str, OpHandler] = {"list": list_records, "get": get_record}
    for op in state.dataset.doc.operations:
        serve = readers.get(op.kind) or WRITES.get(op.kind) or WRITES["call"]
        if op.kind == "list" and (op.item_schema is None or op.list_key is None):
            serve = WRITES["call"]  # no item schema: nothing to list
        app.router.add_route(op.method, API_PREFIX + op.path, guarded(op, serve))
    return app
