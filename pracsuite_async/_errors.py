"""The exception hierarchy, and the mapping from an HTTP error response to it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, TypeAlias

import attrs
from multidict import CIMultiDict

from ._redact import bounded, display_url, mask_values, sent_values
from ._retry import IDEMPOTENT_METHODS


@attrs.frozen(kw_only=True, repr=False, weakref_slot=False)  # made per request: _datatypes
class RequestInfo:
    """What was sent: method and URL. Never holds the API keys (they travel in headers).

    ``str()`` and ``repr()`` show the URL with its ``q[]`` filter values redacted
    (``q[]=email:=<redacted>``: they carry patient data) unless ``show_phi``; ``url`` itself
    is the URL as sent. ``body`` (the JSON body as sent, never shown) lets an error keep what
    the request sent out of its message when the server quotes it back.
    """

    method: str
    url: str
    show_phi: bool = attrs.field(default=False, eq=False)
    _body: bytes | None = attrs.field(default=None, eq=False, repr=False, alias="body")

    def redact_sent(self, text: str) -> str:
        """``text`` (a server's) with the patient data this request sent (``q[]`` filter
        values, the strings of its body) as ``<redacted>``; as it is when ``show_phi``."""
        if self.show_phi:
            return text
        return mask_values(text, sent_values(self.url, self._body))

    def __str__(self) -> str:
        return f"{self.method} {display_url(self.url, show_phi=self.show_phi)}"

    def __repr__(self) -> str:
        return f"RequestInfo({str(self)!r})"


class PracSuiteError(Exception):
    """Root of every error this SDK raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's default rebuilds with cls(*args), which keyword-only constructors
        # refuse; rebuilding without __init__ and restoring __dict__ keeps pickle (Celery,
        # multiprocessing) and copy working for every subclass.
        return (_rebuild, (type(self), self.args), self.__dict__)


def _rebuild(cls: type[PracSuiteError], args: tuple[Any, ...]) -> PracSuiteError:
    return cls.__new__(cls, *args)


class PracSuiteValueError(PracSuiteError, ValueError):
    """Bad input, refused before any request was sent."""


class ConfigurationError(PracSuiteValueError):
    """The client was configured wrongly (missing key, bad base URL, bad limits)."""


class ClientClosedError(PracSuiteError, RuntimeError):
    """A call was made on a client that has been closed."""


CLIENT_CLOSED = "this AsyncPracSuite client is closed; create a new one"


class APIConnectionError(PracSuiteError):
    """The request did not get an HTTP response (DNS, refused, reset, TLS...)."""

    def __init__(self, message: str, *, request: RequestInfo) -> None:
        if not request.show_phi and request.url in message:
            # The HTTP library's text quotes the URL as sent, filter values and all.
            message = message.replace(request.url, display_url(request.url))
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


class PaginationWarning(UserWarning):
    """A page broke the list's own accounting and the pull went on (``on_change="warn"``).

    The message names the page, what was expected and what was received; ``pager.stats``
    counts what was delivered.
    """


class RecordSetChangedWarning(PaginationWarning):
    """Records were added or removed while a list was being pulled (``on_change="warn"``)."""


class ResponseValidationError(PracSuiteError):
    """A success response whose body did not match the documented schema.

    ``reason`` is the message without the request. ``status``, ``headers`` and the raw
    ``body`` bytes are set when the response is known (single-record calls and writes).
    For a write, ``write_accepted`` is true: the server answered 2xx, so the write most
    likely took effect even though its answer could not be read.
    """

    def __init__(
        self,
        message: str,
        *,
        request: RequestInfo,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
    ) -> None:
        self.reason = message
        self.request = request
        self.status = status
        self.headers: Mapping[str, str] = CIMultiDict(headers or {})
        self.body = body
        text = f"{message} ({request})"
        if self.write_accepted:
            text += (
                f"; the server accepted the request (status {status}), so the write was most"
                " likely applied: do not re-send it blindly, read the record back instead"
            )
        elif status is not None:
            text += f" [status {status}]"
        super().__init__(text)

    @property
    def write_accepted(self) -> bool:
        """A write the server answered with 2xx: re-sending it could apply it twice."""
        return (
            self.request.method not in IDEMPOTENT_METHODS
            and self.status is not None
            and 200 <= self.status < 300
        )

    def with_response(
        self, *, status: int, headers: Mapping[str, str], body: bytes
    ) -> ResponseValidationError:
        """The same error, completed with what the response carried."""
        return type(self)(
            self.reason, request=self.request, status=status, headers=headers, body=body
        )


ErrorBody: TypeAlias = dict[str, Any] | list[Any] | str | int | float | bool | None
"""An error response's body: its parsed JSON, or its text when it is not JSON (None: empty)."""


class ResponseTooLargeError(PracSuiteError):
    """A response body grew past ``max_response_bytes`` (counted after decompression).

    The connection was dropped at that point; ``limit`` is the cap in bytes.
    """

    def __init__(self, message: str, *, request: RequestInfo, limit: int) -> None:
        super().__init__(f"{message} ({request})")
        self.request = request
        self.limit = limit


class APIStatusError(PracSuiteError):
    """The API answered with an error status.

    ``body`` is the parsed JSON body (or the raw text when it was not JSON);
    ``code``, ``detail`` and ``request_id`` come from the documented error shape
    ``{"error": {"status", "code", "title", "detail"}, "request_id"}`` when present.
    ``str(exc)`` quotes the server's text with the patient data the request sent (its ``q[]``
    filter values and the strings of its body) shown as ``<redacted>``, unless ``show_phi``;
    the attributes keep the text as the server said it.
    ``server_message`` is the server's explanation wherever it was found: ``error.detail``,
    ``error.title``, a string ``error``, a top-level ``message`` (API Gateway), else the start
    of a text body. ``validation`` maps field to message from a 422's ``error.validation``
    (the docs' InvalidBody: ``[{"field", "message"}]``; a ``{field: message}`` object is read
    too); empty when the body has none.
    """

    def __init__(
        self,
        *,
        status: int,
        request: RequestInfo,
        body: ErrorBody,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status = status
        self.request = request
        self.body: ErrorBody = body
        self.headers: Mapping[str, str] = CIMultiDict(headers or {})
        error = body.get("error") if isinstance(body, dict) else None
        error = error if isinstance(error, dict) else {}
        self.code: str | None = _str_or_none(error.get("code"))
        self.detail: str | None = _str_or_none(error.get("detail"))
        self.request_id: str | None = (
            _str_or_none(body.get("request_id")) if isinstance(body, dict) else None
        )
        self.server_message: str | None = _server_message(body, error)
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
        # What the server said is bounded here (a 1 MB detail is not a 1 MB message); the
        # whole of it stays on ``body``, ``detail`` and ``validation``. A server quoting what
        # it was sent ("email jane@x.com is taken") would put patient data in the message.
        if self.server_message:
            text += f": {bounded(self.request.redact_sent(self.server_message))}"
        if self.validation:
            said = "; ".join(f"{k}: {v}" for k, v in self.validation.items())
            text += f" ({bounded(self.request.redact_sent(said))})"
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
    """409: the request conflicts with the record's current state.

    ``code`` is ``ConflictError.SLOT_TAKEN`` (``"RESERVE_APPOINTMENT_CONFLICT"``, "This
    appointment slot is taken.") when a booking or reservation lands on a taken slot.
    """

    SLOT_TAKEN: ClassVar[str] = "RESERVE_APPOINTMENT_CONFLICT"

    @property
    def slot_taken(self) -> bool:
        """The slot asked for is taken (code ``RESERVE_APPOINTMENT_CONFLICT``)."""
        return self.code == self.SLOT_TAKEN


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but failed validation."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is in seconds when the server said."""

    max_retry_after: float | None = None  # set when Retry-After was beyond it

    @property
    def retry_after(self) -> float | None:
        from ._retry import parse_retry_after

        return parse_retry_after(self.headers.get("Retry-After"))

    def beyond(self, max_retry_after: float) -> RateLimitError:
        """This error, saying its Retry-After was beyond ``max_retry_after`` (not waited)."""
        self.max_retry_after = max_retry_after
        BaseException.__init__(self, self._message())  # str(exc) says so too
        return self

    def _hint(self) -> str:
        if self.max_retry_after is None:
            return ""
        return (
            f"Retry-After {self.retry_after:g} s is beyond max_retry_after="
            f"{self.max_retry_after:g} s: raised at once instead of waiting"
        )


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


def parse_error_body(raw: bytes) -> ErrorBody:
    """The JSON body when it parses, else the text; an empty body is ``None``."""
    if not raw:
        return None
    text = raw.decode("utf-8", errors="replace")
    try:
        parsed: ErrorBody = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the stack
        return text
    return parsed


def status_error(
    *, status: int, request: RequestInfo, raw_body: bytes, headers: Mapping[str, str]
) -> APIStatusError:
    """Build the typed exception for an error response."""
    return error_class_for(status)(
        status=status, request=request, body=parse_error_body(raw_body), headers=headers
    )


def _validation(raw: object) -> dict[str, str]:
    # The docs' InvalidBody shape: [{"field": "surname", "message": "... is required."}];
    # {"surname": "..." or ["...", ...]}, common elsewhere, costs nothing to read as well.
    if isinstance(raw, list):
        return {
            str(item["field"]): _one_line(str(item.get("message") or ""))
            for item in raw
            if isinstance(item, dict) and "field" in item
        }
    if isinstance(raw, dict):
        found: dict[str, str] = {}
        for field, message in raw.items():
            if isinstance(message, list):
                message = "; ".join(map(str, message))
            found[str(field)] = _one_line(str(message))
        return found
    return {}


_TEXT_PREVIEW = 200  # characters of a non-JSON body quoted in the message


def _server_message(body: object, error: Mapping[str, object]) -> str | None:
    if isinstance(body, str):  # HTML from a proxy, plain text, undecodable bytes
        text = _one_line(body)
        if len(text) > _TEXT_PREVIEW:
            text = text[: _TEXT_PREVIEW - 1] + "\u2026"
        return text or None
    if not isinstance(body, dict):
        return None
    candidates = (
        error.get("detail"),
        error.get("title"),
        body.get("error"),  # a string only when the error is not the documented object
        body.get("message"),
    )
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.strip():
            return _one_line(candidate)
    return None


def _one_line(text: str) -> str:
    # Messages end up in log lines: no newlines or control characters from the server.
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None
