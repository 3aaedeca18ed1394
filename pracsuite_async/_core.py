"""The request path without I/O, in the spirit of gidgethub's ``sansio``.

Requests are built from an operation and its arguments, and responses read into a record, a
page or a typed error, by plain functions: nothing here awaits, opens a socket or reads a
clock, so tests drive every decision without a network. The sender (``_sender``) runs the
attempts; a backend (``_backend``) moves the bytes.
"""

from __future__ import annotations

import functools
import json
import platform
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import attrs
from yarl import URL

from ._backend import Lost, SendError
from ._config import Secret, Timeout, same_origin
from ._datatypes import (
    Headers,
    Page,
    Request,
    Response,
    new_info,
    new_request,
)
from ._decode import decode_page_bytes, decode_record_bytes
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    PaginationError,
    PracSuiteError,
    PracSuiteValueError,
    RequestInfo,
    ResponseValidationError,
    WriteOutcomeUnknownError,
    status_error,
)
from ._extras import NO_EXTRAS, Extras
from ._limits import DEFAULT_MAX_RESPONSE_BYTES
from ._operations import GetOperation, WriteOperation
from ._params import NOT_GIVEN, NotGiven, build_body
from ._redact import Scrubber
from ._retry import IDEMPOTENT_METHODS, Outcome, parse_retry_after
from ._version import __version__
from ._wire import ListQuery, check_int_id, encode_query

M = TypeVar("M")

CallTimeout = Timeout | float | None  # a call's override: a Timeout, seconds, or the client's


def user_agent(product: str, app: str | None = None) -> str:
    """``[app ]pracsuite-async/<version>[ <backend>] <python>/<version>``."""
    parts = [f"pracsuite-async/{__version__}"]
    if app:
        parts.insert(0, app)
    if product:
        parts.append(product)
    parts.append(f"{platform.python_implementation()}/{platform.python_version()}")
    return " ".join(parts)


class Endpoint:
    """What every request of one client shares: the API root, the headers carrying the
    keys, and the default timeout. Builds requests; sends nothing."""

    __slots__ = (
        "_json_headers",
        "_netloc",
        "_prefix",
        "_root",
        "_scheme",
        "base_url",
        "headers",
        "max_response_bytes",
        "scrubber",
        "show_phi",
        "timeout",
    )

    def __init__(
        self,
        *,
        base_url: URL,
        vendor_key: Secret,
        api_key: Secret,
        user_agent: str,
        timeout: Timeout,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        show_phi: bool = False,
    ) -> None:
        self.base_url: URL = base_url
        self.max_response_bytes: int | None = max_response_bytes
        self.show_phi: bool = show_phi
        # Masks the keys in whatever a server echoes back into an error.
        self.scrubber: Scrubber = Scrubber((vendor_key.reveal(), api_key.reveal()))
        self._root = str(base_url)
        # The root's parts in yarl's encoded form, so each request's URL is made from parts
        # rather than by parsing its text again (about half the cost of building a request).
        root = URL(self._root, encoded=True)
        self._scheme = root.scheme
        self._netloc = root.raw_authority
        self._prefix = root.raw_path
        self.timeout: Timeout = timeout
        self.headers: Headers = Headers(
            {
                "x-api-key": vendor_key.reveal(),
                "A-api-key": api_key.reveal(),
                "User-Agent": user_agent,
                "Accept": "application/json",
            }
        )
        self._json_headers = Headers({**self.headers, "Content-Type": "application/json"})

    def __repr__(self) -> str:  # the headers' repr hides the keys
        return f"Endpoint(base_url='{self._root}', headers={self.headers!r})"

    def with_defaults(
        self,
        *,
        timeout: Timeout | None = None,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
    ) -> Endpoint:
        """The same endpoint with another default timeout and/or response size limit."""
        other = object.__new__(Endpoint)
        for name in self.__slots__:
            object.__setattr__(other, name, getattr(self, name))
        if timeout is not None:
            other.timeout = timeout
        if not isinstance(max_response_bytes, NotGiven):
            other.max_response_bytes = max_response_bytes
        return other

    def to(
        self,
        method: str,
        path: str,
        pairs: Sequence[tuple[str, str]] = (),
        *,
        json_body: Any = None,
        timeout: CallTimeout = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Request:
        """A request to ``path`` under the API root, its query ``pairs`` percent-encoded
        exactly as the docs show."""
        query = encode_query(pairs) if pairs else ""
        # The parts are already in yarl's encoded form, so the text is also the URL as shown.
        url = URL.build(
            scheme=self._scheme,
            authority=self._netloc,
            path=self._prefix + path,
            query_string=query,
            encoded=True,
        )
        shown = f"{self._root}{path}?{query}" if query else self._root + path
        return self._request(method, url, shown, json_body, timeout, extra_headers)

    def request(
        self,
        method: str,
        url: URL,
        *,
        json_body: Any = None,
        timeout: CallTimeout = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Request:
        """A request to ``url`` with the keys, and ``json_body`` encoded when given;
        ``timeout`` (a Timeout or seconds) overrides the client's; ``extra_headers`` are
        added (checked before not to name the key headers)."""
        return self._request(method, url, str(url), json_body, timeout, extra_headers)

    def _request(
        self,
        method: str,
        url: URL,
        shown: str,
        json_body: Any,
        timeout: CallTimeout,
        extra_headers: Mapping[str, str] | None,
    ) -> Request:
        headers = self.headers
        body = None
        if json_body is not None:
            headers = self._json_headers
            body = json.dumps(json_body).encode()
        if extra_headers:
            headers = Headers({**headers, **extra_headers})
        chosen = self.timeout if timeout is None else Timeout.coerce(timeout)
        info = new_info(method, shown, self.show_phi, body)
        return new_request(method, url, headers, body, chosen, self.max_response_bytes, info)

    def link(self, link: str, *, timeout: CallTimeout = None) -> Request:
        """A GET of a ``links.next`` URL; refused unless it is on the API's own origin."""
        url = URL(link, encoded=True)
        if not same_origin(url, self.base_url):
            raise PaginationError(
                f"links.next leads off the API host to {url.origin()}; not sending the keys there"
            )
        return self.request("GET", url, timeout=timeout)


def path_of(template: str, ids: Mapping[str, object]) -> str:
    """``/appointment/{appointment_id}/resource`` with its ids filled in (no leading slash),
    each checked to be a positive int."""
    for name, value in ids.items():
        if type(value) is not int or value < 1:  # the common case decided inline
            ids = {**ids, name: check_int_id(name, value)}  # the path gets a plain int
    try:
        return _path_filler(template)(ids)
    except KeyError as exc:
        raise PracSuiteValueError(f"missing path parameter {exc.args[0]}") from None


@functools.cache
def _path_filler(template: str) -> Callable[[Mapping[str, object]], str]:
    # The template as an f-string of its ids, without its leading slash, compiled once per
    # template: a plain int's text is then made as every f-string makes it, with none of
    # ``%``-formatting's or ``str.format_map``'s parsing of the template on each request.
    parts = re.split(r"\{(\w+)\}", template.lstrip("/"))  # text, name, text, ...
    if not all(re.fullmatch(r"[\w./~-]*", text) for text in parts[::2]):
        raise PracSuiteValueError(f"unexpected characters in path template {template!r}")
    text = "".join(f"{{ids[{part!r}]}}" if i % 2 else part for i, part in enumerate(parts))
    namespace: dict[str, Any] = {}
    exec(f'def fill(ids):\n    return f"{text}"', namespace)
    fill: Callable[[Mapping[str, object]], str] = namespace["fill"]
    return fill


def get_request(
    endpoint: Endpoint,
    op: GetOperation[Any],
    ids: Mapping[str, object],
    timeout: CallTimeout = None,
    extras: Extras = NO_EXTRAS,
) -> Request:
    """The GET of one record (``extras`` added as given)."""
    path = path_of(op.path, ids)
    return endpoint.to("GET", path, extras.query, timeout=timeout, extra_headers=extras.headers)


def write_request(
    endpoint: Endpoint,
    op: WriteOperation[Any],
    ids: Mapping[str, object],
    values: Mapping[str, object],
    *,
    method: str,
    timeout: CallTimeout = None,
    extras: Extras = NO_EXTRAS,
) -> Request:
    """A write with its body checked against the operation (``method`` names the SDK method
    in error messages); the extras are added as given."""
    path = path_of(op.path, ids)
    body = build_body(method, op, values)
    if extras.body:
        body = {**(body or {}), **extras.body}
    return endpoint.to(
        op.method,
        path,
        extras.query,
        json_body=body,
        timeout=timeout,
        extra_headers=extras.headers,
    )


def page_request(
    endpoint: Endpoint,
    path: str,
    query: ListQuery,
    number: int,
    *,
    timeout: CallTimeout,
    extra_headers: Mapping[str, str] | None = None,
) -> Request:
    """The GET of page ``number`` of a list."""
    return endpoint.to(
        "GET", path, query.pairs(number), timeout=timeout, extra_headers=extra_headers
    )


def page_number(url: str) -> int | None:
    """The ``page`` query parameter of a list URL, when it is a number."""
    value = URL(url, encoded=True).query.get("page")
    return int(value) if value is not None and value.isdigit() else None


def status_error_of(response: Response) -> APIStatusError | None:
    """The typed error for an error status; None for 2xx."""
    if 200 <= response.status < 300:  # not ``is_success``: a property is a call per response
        return None
    return _error_of(response)


def _error_of(response: Response) -> APIStatusError:
    return status_error(
        status=response.status,
        request=response.request,
        raw_body=response.body,
        headers=response.headers,
    )


def read_record(response: Response, model: type[M]) -> M:
    """One record from a response, or the typed error it stands for."""
    if not 200 <= response.status < 300:  # inline: a call fewer on every get()
        raise _error_of(response)
    try:
        return decode_record_bytes(response.body, model, response.request)
    except ResponseValidationError as exc:
        raise _with_response(exc, response) from None


def read_page(
    response: Response, *, list_key: str, model: type[M], page_size: int, wire: bool = False
) -> Page[M]:
    """One page of a list from a response, or the typed error it stands for; ``wire``: its
    items as ``decode_page_bytes(wire=True)`` reads them (structs of the fields sent)."""
    error = status_error_of(response)
    if error is not None:
        raise error
    try:
        return decode_page_bytes(
            response.body,
            list_key=list_key,
            model=model,
            page_size=page_size,
            number=page_number(response.request.url),
            request=response.request,
            response=response,
            wire=wire,
        )
    except ResponseValidationError as exc:
        raise _with_response(exc, response) from None


def _with_response(exc: ResponseValidationError, response: Response) -> ResponseValidationError:
    # The decoder sees only bytes; the status is what tells a caller that a write took
    # effect and must not be re-sent.
    return exc.with_response(status=response.status, headers=response.headers, body=response.body)


@attrs.frozen(kw_only=True)
class Failure:
    """One attempt that got no usable answer, classified for the retry policy.

    ``outcome`` None means never retried (a refused certificate).
    """

    outcome: Outcome | None
    error: PracSuiteError
    status: int | None = None
    retry_after: float | None = None
    request_id: str | None = None  # the gateway's header, else the error body's


def status_failure(response: Response) -> Failure | None:
    """The failure an error status stands for; None for 2xx."""
    error = status_error_of(response)
    if error is None:
        return None
    return Failure(
        outcome=Outcome.STATUS,
        error=error,
        status=response.status,
        retry_after=parse_retry_after(response.headers.get("Retry-After")),
        request_id=response.request_id or error.request_id,
    )


def lost_failure(request: RequestInfo, exc: SendError) -> Failure:
    """The failure of a request that got no response, worded for the user."""
    if exc.lost is Lost.TLS:
        return Failure(
            outcome=None,
            error=APIConnectionError(f"TLS certificate rejected: {exc.detail}", request=request),
        )
    if exc.lost is Lost.CONNECT:
        return Failure(
            outcome=Outcome.CONNECT_FAILED,
            error=APIConnectionError(f"could not connect: {exc.detail}", request=request),
        )
    timed_out = exc.lost is Lost.TIMEOUT
    what = "timed out" if timed_out else f"connection failed: {exc.detail}"
    error: APIConnectionError
    if request.method not in IDEMPOTENT_METHODS:
        error = WriteOutcomeUnknownError(
            f"{what} after the request was sent; it may or may not have been applied "
            "and was not re-sent",
            request=request,
        )
    elif timed_out:
        error = APITimeoutError(what, request=request)
    else:
        error = APIConnectionError(what, request=request)
    return Failure(outcome=Outcome.TIMEOUT if timed_out else Outcome.CONNECTION_LOST, error=error)


def throttle_pause(failure: Failure, max_retry_after: float) -> float | None:
    """How long a 429 pauses the whole client: its Retry-After, or nothing when that is
    beyond ``max_retry_after`` (the call then fails at once: see :func:`waits_too_long`)."""
    if failure.retry_after is None or waits_too_long(failure, max_retry_after):
        return None
    return failure.retry_after


def waits_too_long(failure: Failure, max_retry_after: float) -> bool:
    """A 429 whose Retry-After is beyond ``max_retry_after``: raised at once, not waited for
    (waiting would freeze every call of the client)."""
    return failure.retry_after is not None and failure.retry_after > max_retry_after
