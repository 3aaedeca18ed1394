"""Records as plain JSON values, for web frameworks, caches, queues and logs."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, overload

from ._convert import converter
from ._models import Model

# The shared converter sends money as a JSON number where that is exact (request bodies, as
# the document types them); here a Decimal is always its text, so nothing is ever rounded.
_json = converter.copy()
_json.register_unstructure_hook(Decimal, str)


@overload
def to_jsonable(
    value: Model | Mapping[str, Any], *, exclude_none: bool = False
) -> dict[str, Any]: ...
@overload
def to_jsonable(value: list[Any] | tuple[Any, ...], *, exclude_none: bool = False) -> list[Any]: ...
@overload
def to_jsonable(value: object, *, exclude_none: bool = False) -> Any: ...
def to_jsonable(value: object, *, exclude_none: bool = False) -> Any:
    """``value`` as what ``json.dumps`` takes: dicts, lists, strings, numbers, booleans, None.

    ``value`` is a record, or lists, tuples and dicts of records and scalars. Fields keep
    their names; UTC timestamps become ISO 8601 strings with ``Z``
    (``2026-01-02T03:04:05Z``), the clinic-local ``app_time`` and other local times ISO 8601
    without an offset, dates ``YYYY-MM-DD``, ``Decimal`` a string (no precision lost),
    enums their value, tuples lists. A field the server left out reads as None, like a
    null: every field is written, as null, unless ``exclude_none`` drops the Nones (at
    every depth).
    """
    plain = _json.unstructure(value)
    return _without_none(plain) if exclude_none else plain


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value
