"""The ``extra_query``, ``extra_headers`` and ``extra_body`` of a call, and query parameters
given as they are to be sent (``ps.request``, ``ps.paginate``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeAlias

import attrs

from ._errors import PracSuiteValueError

Scalar: TypeAlias = str | int | float | bool
QueryParams: TypeAlias = Mapping[str, Scalar | Sequence[Scalar]] | Sequence[tuple[str, Scalar]]
"""Query parameters: a mapping (a sequence value repeats the key) or ``(name, value)`` pairs."""


def query_text(value: object, label: str) -> str:
    """A query value as sent: text as it is, booleans ``true``/``false``, numbers as written."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    raise PracSuiteValueError(f"{label} must be a str, int, float or bool, got {value!r}")


def query_pairs(params: QueryParams | None, label: str) -> tuple[tuple[str, str], ...]:
    """``params`` as ``(name, text)`` pairs, in the given order."""
    if params is None:
        return ()
    items: Iterable[tuple[object, object]]
    if isinstance(params, Mapping):
        items = params.items()
    elif isinstance(params, Sequence) and not isinstance(params, str | bytes):
        if not all(isinstance(p, tuple) and len(p) == 2 for p in params):
            raise PracSuiteValueError(f"{label} must be a mapping or (name, value) pairs")
        items = params
    else:
        raise PracSuiteValueError(f"{label} must be a mapping or (name, value) pairs")
    pairs: list[tuple[str, str]] = []
    for name, value in items:
        if not isinstance(name, str) or not name:
            raise PracSuiteValueError(f"{label}: a parameter name must be a non-empty str")
        values = value if isinstance(value, list | tuple) else (value,)
        pairs.extend((name, query_text(v, f"{label}[{name!r}]")) for v in values)
    return tuple(pairs)


AUTH_HEADERS = frozenset({"x-api-key", "a-api-key"})


@attrs.frozen(kw_only=True)
class Extras:
    """A call's ``extra_query``, ``extra_headers`` and ``extra_body``, checked for shape only:
    they are sent as given, past the SDK's argument checks."""

    query: tuple[tuple[str, str], ...] = ()
    headers: Mapping[str, str] = attrs.field(factory=dict)
    body: Mapping[str, Any] = attrs.field(factory=dict)


NO_EXTRAS = Extras()


def check_extras(
    method: str,
    *,
    extra_query: QueryParams | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    writes: bool = False,
) -> Extras:
    """The extras of call ``method`` (named in errors); ``writes`` when it sends a body."""
    if extra_query is None and extra_headers is None and extra_body is None:
        return NO_EXTRAS
    headers: dict[str, str] = {}
    if extra_headers is not None:
        if not isinstance(extra_headers, Mapping):
            raise PracSuiteValueError(f"{method}() extra_headers must be a mapping of str to str")
        for name, value in extra_headers.items():
            if not isinstance(name, str) or not isinstance(value, str):
                raise PracSuiteValueError(f"{method}() extra_headers must map str to str")
            if name.lower() in AUTH_HEADERS:
                raise PracSuiteValueError(
                    f"{method}() extra_headers cannot set {name}: the keys are the client's"
                )
            if any(c in name + value for c in "\r\n\0") or not name.isprintable():
                raise PracSuiteValueError(
                    f"{method}() extra_headers {name!r}: no line breaks or control characters"
                )
            headers[name] = value
    if extra_body is not None:
        if not writes:
            raise PracSuiteValueError(f"{method}() sends no body: extra_body is for writes")
        if not isinstance(extra_body, Mapping) or not all(isinstance(k, str) for k in extra_body):
            raise PracSuiteValueError(f"{method}() extra_body must be a mapping with str keys")
    return Extras(
        query=query_pairs(extra_query, f"{method}() extra_query"),
        headers=headers,
        body=dict(extra_body or {}),
    )
