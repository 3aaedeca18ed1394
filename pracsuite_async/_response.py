"""The HTTP response of one call, for ``ps.<tag>.with_raw_response.<method>(...)``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Generic, TypeVar

import attrs

from ._datatypes import Request, Response, link_repr
from ._redact import REDACTED

M = TypeVar("M")

_KEY_HEADERS = frozenset({"x-api-key", "a-api-key"})


@attrs.frozen(kw_only=True)
class HTTPRequest:
    """A request as it was sent, the values of the key headers hidden; the repr shows the
    ``q[]`` filter values of ``url`` as ``<redacted>`` unless ``PRACSUITE_SHOW_PHI=1``."""

    method: str
    url: str = attrs.field(repr=link_repr)
    headers: Mapping[str, str]
    content: bytes | None = attrs.field(default=None, repr=False)


@attrs.frozen(kw_only=True)
class APIResponse(Generic[M]):
    """What the server answered to one call: ``status``, ``headers``, ``request_id`` (from
    the gateway's header, when it sends one), ``elapsed`` seconds, the ``http_request`` as
    sent (keys hidden) and the body as ``content``; :meth:`parse` gives the typed result.

    Error statuses still raise their typed exception, as every call does.
    """

    status: int
    headers: Mapping[str, str]
    request_id: str | None
    elapsed: float
    http_request: HTTPRequest
    content: bytes = attrs.field(repr=False)
    _parse: Callable[[], M] = attrs.field(repr=False, alias="parse")

    def parse(self) -> M:
        """The record (or None for an operation that answers no body), read from ``content``
        as the plain method would; a body that does not match raises
        :class:`ResponseValidationError`."""
        return self._parse()


def http_request(request: Request) -> HTTPRequest:
    """``request`` with the key headers' values replaced by ``<redacted>``."""
    headers = {k: REDACTED if k.lower() in _KEY_HEADERS else v for k, v in request.headers.items()}
    return HTTPRequest(
        method=request.method, url=str(request.url), headers=headers, content=request.body
    )


def api_response(request: Request, response: Response, parse: Callable[[], M]) -> APIResponse[M]:
    """The raw answer to ``request``; ``parse`` reads it into the call's result."""
    return APIResponse(
        status=response.status,
        headers=response.headers,
        request_id=response.request_id,
        elapsed=response.elapsed,
        http_request=http_request(request),
        content=response.body,
        parse=parse,
    )
