"""Response bodies -> typed pages and records, with schema violations as clear errors."""

from __future__ import annotations

import functools
import operator
import types
import typing
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, TypeVar

import attrs
from cattrs.errors import BaseValidationError
from cattrs.v import transform_error
from yarl import URL

from ._convert import builder_class, converter
from ._datatypes import Page, PageLinks, Response
from ._errors import RequestInfo, ResponseValidationError

_loads: Callable[[bytes], Any]
try:  # orjson is optional (the ``speed`` extra); both give the same values
    from orjson import loads as _loads
except ImportError:  # pragma: no cover - depends on the environment
    from json import loads as _loads

try:  # msgspec is optional (the ``speed`` extra): JSON bytes straight into the attrs models
    import msgspec
except ImportError:  # pragma: no cover - depends on the environment
    msgspec = None  # type: ignore[assignment]

T = TypeVar("T")

# A UTC timestamp as the fast path reads it: one sent without an offset is refused there.
_AWARE: Any = None if msgspec is None else Annotated[datetime, msgspec.Meta(tz=True)]


def loads(body: bytes, request: RequestInfo) -> Any:
    """Parse a JSON body, or raise ResponseValidationError naming the request."""
    if not body or body.isspace():  # not strip(): that would copy a whole page
        raise ResponseValidationError("response is not JSON: the body is empty", request=request)
    try:
        return _loads(body)
    except RecursionError:
        # The stdlib parser recurses per level; a 2 KB body can nest past the stack.
        raise ResponseValidationError(
            "response is not JSON the SDK reads: nested too deeply", request=request
        ) from None
    except ValueError as exc:
        preview = body[:80].decode("utf-8", errors="replace")
        if preview.lstrip()[:1] in ("{", "[") and not request.show_phi:
            # Cut-off or broken JSON: its start is records (patient data), not a proxy's page.
            preview = f"{preview.lstrip()[0]}... ({len(body)} bytes)"
        raise ResponseValidationError(
            f"response is not JSON ({exc}); it starts {preview!r}", request=request
        ) from None


def decode_record_bytes(body: bytes, model: type[T], request: RequestInfo) -> T:
    """One record from a response body: the fast path when it can vouch for the result,
    else the strict path, which also words any schema violation."""
    if msgspec is not None:
        key: type = model  # a class is hashable: spelled out for the type checker
        decoder, build = _record_decoder(key)
        try:
            record: T = build(decoder.decode(body))
        except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
            pass
        else:
            return record
    return decode_record(loads(body, request), model, request)


def decode_page_bytes(
    body: bytes,
    *,
    list_key: str,
    model: type[T],
    page_size: int,
    number: int | None,
    request: RequestInfo,
    response: Response | None = None,
    wire: bool = False,
) -> Page[T]:
    """A page from a response body, as :func:`decode_page` gives it from parsed JSON.

    With msgspec installed the body is decoded straight into the models (about as fast as
    parsing it into dicts); anything that path does not accept, or a UTC timestamp sent
    without an offset (which the strict path reads as UTC), goes through the strict path.

    ``wire=True``: the items are :func:`wire_type` structs instead, checked as the models
    check them in one pass and written back by ``msgspec.json.encode`` as sent; a page
    that path does not accept (a field the document does not name) is read as above:
    models, or its error.
    """
    if msgspec is not None:
        key: type = model  # a class is hashable: spelled out for the type checker
        if wire:
            decoder = _page_decoder(list_key, wire_type(key))
            page = _fast_page(body, decoder, list_key, page_size, number, request, response)
            if page is not None:
                return page
        struct, build = fast_type(key)
        decoder = _page_decoder(list_key, struct)
        page = _fast_page(
            body, decoder, list_key, page_size, number, request, response, build=build
        )
        if page is not None:
            return page
    return decode_page(
        loads(body, request),
        list_key=list_key,
        model=model,
        page_size=page_size,
        number=number,
        request=request,
        response=response,
    )


def _fast_page(
    body: bytes,
    decoder: Any,
    list_key: str,
    page_size: int,
    number: int | None,
    request: RequestInfo,
    response: Response | None,
    *,
    build: Callable[[Any], Any] | None = None,
) -> Page[Any] | None:
    """The page msgspec reads (each item made by ``build`` when given), or None where the
    strict path must decide."""
    try:
        envelope = decoder.decode(body)
    except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
        return None
    total = envelope.total_entries
    if total is not None and total < 0:
        return None
    items = getattr(envelope, list_key)
    return Page(
        items=tuple(items) if build is None else tuple(map(build, items)),
        number=number,
        page_size=page_size,
        total_entries=total,
        links=_links(envelope.links, request),
        response=response,
    )


@functools.cache
def wire_type(model: type) -> type:
    """The msgspec struct a record of ``model`` is read into by ``decode_page_bytes(...,
    wire=True)``: the model's fields and types (nested models as their wire structs),
    holding the fields sent (the rest UNSET, left out when encoded), and refusing fields
    the model does not name (so none is dropped unseen).

    Not tracked by the garbage collector (their values never lead back to them): a page
    then decodes in about half the time, with no collection pass per thousand records.
    """
    hints = typing.get_type_hints(model)
    fields: list[Any] = []
    for field in attrs.fields(model):
        hint = _struct_hint(hints[field.name], wire_type)
        if field.default is attrs.NOTHING:
            fields.append((field.name, hint))
        else:
            fields.append((field.name, hint | msgspec.UnsetType, msgspec.UNSET))
    return msgspec.defstruct(
        f"{model.__name__}Wire",
        fields,
        kw_only=True,
        omit_defaults=True,
        forbid_unknown_fields=True,
        gc=False,
    )


def _struct_hint(hint: Any, struct_of: Callable[[type], type], raw: bool = True) -> Any:
    """``hint`` with each model in it as ``struct_of(model)``; ``Any`` as ``msgspec.Raw``
    when ``raw`` (the text as sent), else each UTC timestamp as one msgspec refuses without
    an offset (the strict path reads such a one as UTC)."""
    if raw and (hint is Any or hint == Any | None):
        return msgspec.Raw  # no type to check: the text as sent (msgspec has no Raw | None)
    if hint is datetime and not raw:
        return _AWARE
    if isinstance(hint, type) and attrs.has(hint):
        return struct_of(hint)
    args = typing.get_args(hint)
    if not args:
        return hint
    mapped = tuple(a if a is Ellipsis else _struct_hint(a, struct_of, raw) for a in args)
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return functools.reduce(operator.or_, mapped)
    return origin[mapped]


@functools.cache
def _page_decoder(list_key: str, item: type) -> Any:
    envelope = msgspec.defstruct(
        "PageEnvelope",
        [
            (list_key, list[item]),  # type: ignore[valid-type]
            ("total_entries", int | None, None),
            ("links", Any, None),  # checked by _links, as on the strict path
        ],
    )
    return msgspec.json.Decoder(envelope)


@functools.cache
def _record_decoder(model: type) -> tuple[Any, Callable[[Any], Any]]:
    struct, build = fast_type(model)
    return msgspec.json.Decoder(struct), build


@functools.cache
def fast_type(model: type) -> tuple[type, Callable[[Any], Any]]:
    """What msgspec reads a record of ``model`` into, and what makes the record of that.

    msgspec fills its own structs about twice as fast as it stores a frozen attrs
    instance's slots one call at a time: a struct of the model's fields, types and
    defaults (nested models as their structs; unknown fields ignored, as the models do)
    becomes the model by plain attribute copies into its mutable twin. Where a model's
    shape is not one this copies (a nested model other than ``tuple[Model, ...] | None``),
    msgspec reads the model itself.
    """
    twin = builder_class(model)
    hints = typing.get_type_hints(model)
    fields: list[Any] = []
    nested: dict[str, Callable[[Any], Any]] = {}
    for field in attrs.fields(model):
        hint = _struct_hint(hints[field.name], _fast_struct, raw=False)
        inner = _nested_model(hints[field.name])
        if inner is not None:
            nested[field.name] = fast_type(inner)[1]
        elif _holds_model(hints[field.name]):  # a model nested in a shape build() does not copy
            twin = None
        if field.default is attrs.NOTHING:
            fields.append((field.name, hint))
        else:
            fields.append((field.name, hint, field.default))
    if twin is None:
        return model, _same
    struct = msgspec.defstruct(f"{model.__name__}Fast", fields, kw_only=True, gc=False)
    lines = ["def build(s):", "    obj = _new(_twin)"]
    for field in attrs.fields(model):
        name = field.name
        if name in nested:
            lines.append(f"    v = s.{name}")
            lines.append(f"    obj.{name} = None if v is None else tuple(map(_{name}, v))")
        else:
            lines.append(f"    obj.{name} = s.{name}")
    lines += ["    obj.__class__ = _cls", "    return obj"]
    ns: dict[str, Any] = {"_new": object.__new__, "_twin": twin, "_cls": model}
    ns.update({f"_{name}": build for name, build in nested.items()})
    exec("\n".join(lines), ns)
    return struct, ns["build"]


def _fast_struct(model: type) -> type:
    return fast_type(model)[0]


def _same(value: Any) -> Any:
    return value


def _holds_model(hint: Any) -> bool:
    if isinstance(hint, type) and attrs.has(hint):
        return True
    return any(_holds_model(arg) for arg in typing.get_args(hint))


def _nested_model(hint: Any) -> type | None:
    """``M`` for a ``tuple[M, ...] | None`` field of a model ``M`` (the one nested shape)."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and len(args) == 1:
        inner = args[0]
        if typing.get_origin(inner) is tuple:
            item, *rest = typing.get_args(inner)
            if rest == [Ellipsis] and isinstance(item, type) and attrs.has(item):
                return item
    return None


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
    response: Response | None = None,
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
        response=response,
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
        if url.is_absolute() and url.scheme:
            url.port  # noqa: B018  (yarl checks the port only when it is read)
            return link
        # Scheme-relative (``//host/x``) and relative links take the request's scheme.
        resolved = URL(request.url, encoded=True).join(url)
        resolved.port  # noqa: B018
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
