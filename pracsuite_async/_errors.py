"""The exception hierarchy, and the mapping from an HTTP error response to it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs


@attrs.frozen(kw_only=True)
class RequestInfo:
    """What was sent: method and URL. Never holds the API keys (they travel in headers)."""

    method: str
    url: str

    def __str__(self) -> str:
        return f"{self.method} {self.url}"


class PracSuiteError(Exception):
    """Root of every error this SDK raises."""


class PracSuiteValueError(PracSuiteError, ValueError):
    """Bad input, refused before any request was sent."""


class ConfigurationError(PracSuiteValueError):
    """The client was configured wrongly (missing key, bad base URL, bad limits)."""


class ClientClosedError(PracSuiteError, RuntimeError):
    """A call was made on a client that has been closed."""


class APIConnectionError(PracSuiteError):
    """The request did not get an HTTP response (DNS, refused, reset, TLS...)."""

    def __init__(self, message: str, *, request: RequestInfo) -> None:
        super().__init__(f"{message} ({request})")
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request did not complete within its timeout."""


class WriteOutcomeUnknownError(APIConnectionError):
    """A write may or may not have been applied: the connection failed after sending.

    The API documents no idempotency key, so the SDK never re-sends such a request;
    read the record back to reconcile.
    """


class PaginationError(PracSuiteError):
    """The server's pagination broke its own rules (a loop, a foreign next link)."""


class RecordSetChangedError(PaginationError):
    """Records were added or removed while a list was being pulled (``on_change="error"``)."""


class RecordSetChangedWarning(UserWarning):
    """Records were added or removed while a list was being pulled (``on_change="warn"``)."""


class ResponseValidationError(PracSuiteError):
    """A response body did not match the documented schema."""

    def __init__(self, message: str, *, request: RequestInfo) -> None:
        super().__init__(f"{message} ({request})")
        self.request = request


class APIStatusError(PracSuiteError):
    """The API answered with an error status.

    ``body`` is the parsed JSON body (or the raw text when it was not JSON);
    ``code``, ``detail`` and ``request_id`` come from the documented error shape
    ``{"error": {"status", "code", "detail"}, "request_id"}`` when present; ``validation``
    holds the per-field messages of a 422 (``error.validation``: ``{field: message}``).
    """

    def __init__(
        self,
        *,
        status: int,
        request: RequestInfo,
        body: Any,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status = status
        self.request = request
        self.body = body
        self.headers: Mapping[str, str] = dict(headers or {})
        error = body.get("error") if isinstance(body, dict) else None
        error = error if isinstance(error, dict) else {}
        self.code: str | None = _str_or_none(error.get("code"))
        self.detail: str | None = _str_or_none(error.get("detail"))
        self.request_id: str | None = (
            _str_or_none(body.get("request_id")) if isinstance(body, dict) else None
        )
        self.validation: dict[str, str] = _validation(error.get("validation"))
        super().__init__(self._message())

    @property
    def method(self) -> str:
        return self.request.method

    @property
    def url(self) -> str:
        return self.request.url

    def _hint(self) -> str:
        return ""

    def _message(self) -> str:
        parts = [f"{self.status}"]
        if self.code:
            parts.append(self.code)
        text = " ".join(parts)
        if self.detail:
            text += f": {self.detail}"
        if self.validation:
            text += " (" + "; ".join(f"{k}: {v}" for k, v in self.validation.items()) + ")"
        hint = self._hint()
        if hint:
            text += f" ({hint})"
        text += f" [{self.request}]"
        if self.request_id:
            text += f" request_id={self.request_id}"
        return text


class BadRequestError(APIStatusError):
    """400: the API refused the parameters (INVALID_PARAMS)."""


class AuthenticationError(APIStatusError):
    """401: a key was not accepted (UNAUTHORIZED)."""

    def _hint(self) -> str:
        return "check the vendor key (x-api-key) and the clinic's account key (A-api-key)"


class PermissionDeniedError(APIStatusError):
    """403: MISSING_AUTHENTICATION_TOKEN means a key is missing *or* the path does not exist."""

    def _hint(self) -> str:
        if self.code == "MISSING_AUTHENTICATION_TOKEN":
            return "either an API key header is missing or this path does not exist on the API"
        return "the clinic's key may lack permission for this resource"


class NotFoundError(APIStatusError):
    """404: no record with that id."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the record's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but failed validation."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is in seconds when the server said."""

    @property
    def retry_after(self) -> float | None:
        from ._retry import parse_retry_after

        return parse_retry_after(self.headers.get("Retry-After"))


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class UnexpectedStatusError(APIStatusError):
    """Any other status, including redirects (which are never followed, to keep keys safe)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status: int) -> type[APIStatusError]:
    """The exception class that stands for an HTTP error status."""
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, UnexpectedStatusError)


def parse_error_body(raw: bytes) -> Any:
    """The JSON body when it parses, else the text; an empty body is ``None``."""
    if not raw:
        return None
    text = raw.decode("utf-8", errors="replace")
    try:
        return json.loads(text)
    except ValueError:
        return text


def status_error(
    *, status: int, request: RequestInfo, raw_body: bytes, headers: Mapping[str, str]
) -> APIStatusError:
    """Build the typed exception for an error response."""
    return error_class_for(status)(
        status=status, request=request, body=parse_error_body(raw_body), headers=headers
    )


def _validation(raw: object) -> dict[str, str]:
    # The docs' InvalidBody shape: [{"field": "surname", "message": "... is required."}].
    if not isinstance(raw, list):
        return {}
    return {
        str(item.get("field")): str(item.get("message"))
        for item in raw
        if isinstance(item, dict) and "field" in item
    }


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None
