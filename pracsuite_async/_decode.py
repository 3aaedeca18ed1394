"""Response bodies -> typed pages and records, with schema violations as clear errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from cattrs.errors import BaseValidationError
from cattrs.v import transform_error
from yarl import URL

from ._convert import converter
from ._errors import RequestInfo, ResponseValidationError
from ._pagination import Page, PageLinks

_loads: Callable[[bytes], Any]
try:  # orjson is optional (the ``speed`` extra); both give the same values
    from orjson import loads as _loads
except ImportError:  # pragma: no cover - depends on the environment
    from json import loads as _loads

T = TypeVar("T")


def loads(body: bytes, request: RequestInfo) -> Any:
    """Parse a JSON body, or raise ResponseValidationError naming the request."""
    try:
        return _loads(body)
    except ValueError as exc:
        preview = body[:80].decode("utf-8", errors="replace")
        raise ResponseValidationError(
            f"response is not JSON ({exc}); it starts {preview!r}", request=request
        ) from None


def decode_record(payload: Any, model: type[T], request: RequestInfo) -> T:
    """One record from parsed JSON."""
    if not isinstance(payload, dict):
        raise ResponseValidationError(
            f"expected a JSON object for {model.__name__}, got {type(payload).__name__}",
            request=request,
        )
    try:
        return converter.structure(payload, model)
    except (BaseValidationError, ValueError, TypeError) as exc:
        raise _invalid(exc, model.__name__, request) from None


def decode_page(
    payload: Any,
    *,
    list_key: str,
    model: type[T],
    page_size: int,
    number: int | None,
    request: RequestInfo,
) -> Page[T]:
    """A page from a list body ``{<list_key>: [...], "total_entries": n, "links": {...}}``."""
    if not isinstance(payload, dict):
        raise ResponseValidationError(
            f"expected a JSON object with {list_key!r}, got {type(payload).__name__}",
            request=request,
        )
    raw_items = payload.get(list_key)
    if not isinstance(raw_items, list):
        found = ", ".join(sorted(map(str, payload))) or "nothing"
        raise ResponseValidationError(
            f"list key {list_key!r} missing or not a list (found: {found})", request=request
        )
    total = payload.get("total_entries")
    if total is not None and (type(total) is not int or total < 0):
        raise ResponseValidationError(
            f"total_entries must be a non-negative integer, got {total!r}", request=request
        )
    hook = converter.get_structure_hook(model)
    try:
        items = tuple([hook(item, model) for item in raw_items])
    except (BaseValidationError, ValueError, TypeError) as exc:
        raise _invalid(exc, model.__name__, request) from None
    return Page(
        items=items,
        number=number,
        page_size=page_size,
        total_entries=total,
        links=_links(payload.get("links"), request),
    )


def _links(raw: Any, request: RequestInfo) -> PageLinks:
    if raw is None:
        return PageLinks()
    if not isinstance(raw, dict):
        raise ResponseValidationError(f"links must be an object, got {raw!r}", request=request)
    values: dict[str, str | None] = {}
    for name in ("self", "previous", "next"):
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            raise ResponseValidationError(
                f"links.{name} must be a URL, got {value!r}", request=request
            )
        values[name] = _absolute(value, name, request) if value else None
    return PageLinks(current=values["self"], previous=values["previous"], next=values["next"])


def _absolute(link: str, name: str, request: RequestInfo) -> str:
    """The link itself when absolute; a relative one resolved against the request's URL."""
    try:
        url = URL(link, encoded=True)
        if url.is_absolute():
            return link
        resolved = URL(request.url, encoded=True).join(url)
    except ValueError:
        resolved = None
    if resolved is None or resolved.host is None:
        raise ResponseValidationError(f"links.{name} is not a valid URL: {link!r}", request=request)
    return str(resolved)


def _invalid(exc: Exception, what: str, request: RequestInfo) -> ResponseValidationError:
    if isinstance(exc, BaseValidationError):
        details = "; ".join(transform_error(exc, path=what))
    else:
        details = str(exc)
    return ResponseValidationError(
        f"response does not match the schema: {details}", request=request
    )
