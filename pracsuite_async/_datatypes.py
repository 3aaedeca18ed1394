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
from ._convert import fast_init
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


@attrs.frozen(kw_only=True, weakref_slot=False)  # see fast_init
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


@attrs.frozen(kw_only=True, weakref_slot=False)  # see fast_init
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


@attrs.frozen(kw_only=True, weakref_slot=False)  # see fast_init
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


# Made for every request: positional constructors (``_convert.fast_init``) build the very
# same objects (equal, hashed and shown alike) as the keyword ones, at a fraction of the cost.
new_info: Callable[[str, str, bool, bytes | None], RequestInfo] = fast_init(
    RequestInfo, "method", "url", "show_phi", "_body"
)
"""``RequestInfo(method, url, show_phi, body)``: ``url`` the URL as text."""
new_request: Callable[
    [str, URL, Mapping[str, str], bytes | None, Timeout, int | None, RequestInfo], Request
] = fast_init(Request, "method", "url", "headers", "body", "timeout", "max_response_bytes", "info")
"""``Request(method, url, headers, body, timeout, max_response_bytes, info)``."""
new_raw_response: Callable[[int, CIMultiDictProxy[str], bytes], RawResponse] = fast_init(
    RawResponse, "status", "headers", "body"
)
"""``RawResponse(...)`` for headers already case-insensitive (what a backend parsed)."""
new_response: Callable[[int, Mapping[str, str], bytes, RequestInfo, float], Response] = fast_init(
    Response, "status", "headers", "body", "request", "elapsed"
)
"""``Response(status, headers, body, request, elapsed)``."""
