"""Response helpers shared by the edge middleware and the routes: JSON bodies and errors."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from aiohttp import web

try:  # orjson is optional: it only makes the sandbox cheaper to run next to a benchmark
    import orjson

    def dumps(value: Any) -> bytes:
        return orjson.dumps(value)

except ImportError:  # pragma: no cover - exercised only without the speed extra

    def dumps(value: Any) -> bytes:
        return json.dumps(value, separators=(",", ":")).encode()


API_PREFIX = "/v1"

# Codes the docs show, plus our choice for the statuses they do not (429, 502, 503, 504).
ERROR_CODES: Mapping[int, str] = {
    400: "INVALID_PARAMS",
    401: "UNAUTHORIZED",
    403: "MISSING_AUTHENTICATION_TOKEN",
    404: "NOT_FOUND",
    409: "CONFLICT",
    422: "INVALID_BODY",
    429: "TOO_MANY_REQUESTS",
    500: "SERVER_ERROR",
    502: "BAD_GATEWAY",
    503: "SERVICE_UNAVAILABLE",
    504: "GATEWAY_TIMEOUT",
}


def error_response(
    status: int,
    detail: str,
    *,
    headers: Mapping[str, str] | None = None,
    body_status: int | None = None,
    validation: Sequence[Mapping[str, str]] = (),
    code: str | None = None,
) -> web.Response:
    """An error in the docs' shape: ``{"error": {status, code, detail}, "request_id"}``, with
    ``error.validation`` (``[{field, message}]``) on a 422 that names its fields."""
    error: dict[str, Any] = {
        "status": body_status or status,
        "code": code or ERROR_CODES.get(status, "ERROR"),
        "detail": detail,
    }
    if validation:
        error["validation"] = list(validation)
    body = {"error": error, "request_id": str(uuid.uuid4())}
    return web.Response(
        status=status, body=dumps(body), content_type="application/json", headers=headers
    )


def json_response(body: bytes, status: int = 200) -> web.Response:
    if status == 204:
        return web.Response(status=204)
    return web.Response(status=status, body=body, content_type="application/json")
