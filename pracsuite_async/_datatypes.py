"""The plain data of the request path: a request, what a backend answered, the response as
the SDK keeps it, and a page of a list."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import attrs
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from ._config import Timeout
from ._errors import RequestInfo
from ._redact import KEY_MASK, display_url, phi_shown

T = TypeVar("T")

KEY_HEADERS = frozenset({"x-api-key", "A-api-key"})

# Where a gateway puts the id of a request, most specific first: AWS API Gateway (which
# fronts the PracSuite API, its 403s say so) sends x-amzn-RequestId on REST APIs and
# apigw-requestid on HTTP APIs; x-request-id is the common convention of other proxies.
REQUEST_ID_HEADERS = ("x-amzn-requestid", "apigw-requestid", "x-request-id")


def case_insensitive(headers: Mapping[str, str]) -> Mapping[str, str]:
    """Response headers looked up in any case; a backend's multidict as it is (no copy)."""
    if isinstance(headers, CIMultiDictProxy | CIMultiDict):
        return headers
    return CIMultiDict(headers)


_KEY_NAMES = frozenset(name.lower() for name in KEY_HEADERS)


def _masked(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: KEY_MASK if k.lower() in _KEY_NAMES else v for k, v in headers.items()}


class Headers(dict[str, str]):
    """Request headers whose repr hides the API keys (tracebacks with locals show it)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({_masked(self)!r})"


def _headers_repr(headers: Mapping[str, str]) -> str:
    # Whatever mapping holds them (a MockBackend test may build a Request with a plain dict).
    return repr(headers) if isinstance(headers, Headers) else repr(_masked(headers))


def _url_repr(url: URL) -> str:
    return f"URL({display_url(str(url), show_phi=phi_shown())!r})"


def _body_repr(body: bytes | None) -> str:
    # A write's body is patient data (names, contacts, notes): its size only.
    if body is None or phi_shown():
        return repr(body)
    return f"<{len(body)} bytes>"


def link_repr(link: str | None) -> str:
    """A URL in a repr: its ``q[]`` values ``<redacted>`` unless ``PRACSUITE_SHOW_PHI=1``."""
    return repr(link if link is None else display_url(link, show_phi=phi_shown()))


@attrs.frozen(kw_only=True)
class Request:
    """One request as it goes on the wire: what a backend sends.

    ``headers`` carry the API keys; ``info`` is the part that is safe to show (method and
    URL), which errors and responses keep. The repr hides the keys, the ``q[]`` filter values
    and the body (patient data) unless ``PRACSUITE_SHOW_PHI=1``; the attributes are as sent.
    """

    method: str
    url: URL = attrs.field(repr=_url_repr)
    headers: Mapping[str, str] = attrs.field(repr=_headers_repr)
    body: bytes | None = attrs.field(default=None, repr=_body_repr)
    timeout: Timeout
    max_response_bytes: int | None = None  # a longer body is refused while it is read
    info: RequestInfo = attrs.field(
        default=attrs.Factory(
            lambda self: RequestInfo(method=self.method, url=str(self.url), body=self.body),
            takes_self=True,
        ),
        repr=False,
    )


@attrs.frozen(kw_only=True)
class RawResponse:
    """What a backend read from the server: status, headers (names in any case) and body."""

    status: int
    headers: Mapping[str, str] = attrs.field(factory=dict, converter=case_insensitive)
    body: bytes = b""

    @classmethod
    def json(
        cls, payload: Any, *, status: int = 200, headers: Mapping[str, str] | None = None
    ) -> RawResponse:
        """A JSON answer, as a :class:`MockBackend` handler returns it."""
        return cls(
            status=status,
            headers={"Content-Type": "application/json", **(headers or {})},
            body=json.dumps(payload).encode(),
        )


@attrs.frozen(kw_only=True)
class Response:
    """What the server said to one request: status, headers, body, how long it took, and
    the request (method and URL; never the keys)."""

    status: int
    headers: Mapping[str, str]  # as the backend's RawResponse has them: any case
    body: bytes = attrs.field(repr=False)
    request: RequestInfo
    elapsed: float  # seconds, from sending to the body read

    @property
    def request_id(self) -> str | None:
        """The gateway's id of this request, when a response header carries one."""
        for name in REQUEST_ID_HEADERS:
            value = self.headers.get(name)
            if value:
                return value
        return None

    @property
    def is_success(self) -> bool:
        return 200 <= self.status < 300


@attrs.frozen(kw_only=True)
class PageLinks:
    """The ``links`` of a list response (``current`` is the API's ``self``); any may be absent.

    The repr shows their ``q[]`` filter values as ``<redacted>`` unless
    ``PRACSUITE_SHOW_PHI=1``; the attributes are the URLs as the server gave them.
    """

    current: str | None = attrs.field(default=None, repr=link_repr)
    previous: str | None = attrs.field(default=None, repr=link_repr)
    next: str | None = attrs.field(default=None, repr=link_repr)


@attrs.frozen(kw_only=True)
class Page(Generic[T]):
    """One page of a list: its items, its number (when known) and the list's size.

    ``response`` is what the server said (status, headers, request id, timing) when the page
    came from one.
    """

    items: tuple[T, ...]
    number: int | None
    page_size: int
    total_entries: int | None
    links: PageLinks = PageLinks()
    response: Response | None = attrs.field(default=None, eq=False, repr=False)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


# Built once per request each: a frozen attrs class's keyword __init__ costs about four times
# as much as storing its slots directly (kwargs, then object.__setattr__ per field). These
# build the very same objects (equal, hashed and shown alike) for the request path.
_new = object.__new__


def _slot_setters(cls: type, *names: str) -> tuple[Callable[[object, object], None], ...]:
    fields = tuple(field.name for field in attrs.fields(cls))
    if fields != names:  # a field added to the class must be added here too
        raise TypeError(f"{cls.__name__} fields are {fields}, not {names}")
    return tuple(cls.__dict__[name].__set__ for name in names)


_INFO = _slot_setters(RequestInfo, "method", "url", "show_phi", "_body")
_REQUEST = _slot_setters(
    Request, "method", "url", "headers", "body", "timeout", "max_response_bytes", "info"
)
_RAW = _slot_setters(RawResponse, "status", "headers", "body")
_RESPONSE = _slot_setters(Response, "status", "headers", "body", "request", "elapsed")


def new_request(
    method: str,
    url: URL,
    headers: Mapping[str, str],
    body: bytes | None,
    timeout: Timeout,
    max_response_bytes: int | None,
    shown: str,
    show_phi: bool,
) -> Request:
    """``Request(...)`` with ``info`` for ``shown`` (the URL as text) and the body."""
    info = _new(RequestInfo)
    set_method, set_url, set_show_phi, set_body = _INFO
    set_method(info, method)
    set_url(info, shown)
    set_show_phi(info, show_phi)
    set_body(info, body)
    request = _new(Request)
    a, b, c, d, e, f, g = _REQUEST
    a(request, method)
    b(request, url)
    c(request, headers)
    d(request, body)
    e(request, timeout)
    f(request, max_response_bytes)
    g(request, info)
    return request


def new_raw_response(status: int, headers: CIMultiDictProxy[str], body: bytes) -> RawResponse:
    """``RawResponse(...)`` for headers already case-insensitive (what a backend parsed)."""
    raw = _new(RawResponse)
    a, b, c = _RAW
    a(raw, status)
    b(raw, headers)
    c(raw, body)
    return raw


def new_response(
    status: int, headers: Mapping[str, str], body: bytes, request: RequestInfo, elapsed: float
) -> Response:
    """``Response(...)``."""
    response = _new(Response)
    a, b, c, d, e = _RESPONSE
    a(response, status)
    b(response, headers)
    c(response, body)
    d(response, request)
    e(response, elapsed)
    return response
