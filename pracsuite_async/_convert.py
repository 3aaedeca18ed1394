"""The one cattrs converter: JSON values <-> models, configured once at import.

Primitive hooks are strict (a string where an int is documented is an error, not a
silent ``int("12")``); unknown keys the server adds are ignored.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, NewType, TypeVar

import cattrs

from ._query import format_local_datetime, format_timestamp

T = TypeVar("T")

LocalDateTime = NewType("LocalDateTime", datetime)
"""The clinic's local wall time (``app_time``): a *naive* datetime, no offset on the wire."""

converter = cattrs.Converter(forbid_extra_keys=False)


def _int(value: Any, _: Any) -> int:
    if type(value) is int:
        return value
    raise TypeError(f"expected an integer, got {type(value).__name__}: {value!r}")


def _float(value: Any, _: Any) -> float:
    if type(value) is float or type(value) is int:
        return float(value)
    raise TypeError(f"expected a number, got {type(value).__name__}: {value!r}")


def _str(value: Any, _: Any) -> str:
    if type(value) is str:
        return value
    raise TypeError(f"expected a string, got {type(value).__name__}: {value!r}")


def _bool(value: Any, _: Any) -> bool:
    if type(value) is bool:
        return value
    raise TypeError(f"expected a boolean, got {type(value).__name__}: {value!r}")


def _timestamp(value: Any, _: Any) -> datetime:
    # Documented as RFC 3339 UTC with Z; a missing offset is read as UTC, as documented.
    parsed = datetime.fromisoformat(_str(value, None))
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _local_datetime(value: Any, _: Any) -> LocalDateTime:
    return LocalDateTime(datetime.fromisoformat(_str(value, None)))


def _date(value: Any, _: Any) -> date:
    return date.fromisoformat(_str(value, None))


converter.register_structure_hook(int, _int)
converter.register_structure_hook(float, _float)
converter.register_structure_hook(str, _str)
converter.register_structure_hook(bool, _bool)
converter.register_structure_hook(datetime, _timestamp)
converter.register_structure_hook(LocalDateTime, _local_datetime)
converter.register_structure_hook(date, _date)
converter.register_unstructure_hook(datetime, format_timestamp)
converter.register_unstructure_hook(LocalDateTime, format_local_datetime)
converter.register_unstructure_hook(date, date.isoformat)


def structure(value: Any, cls: type[T]) -> T:
    """Build a model from parsed JSON with the shared converter."""
    return converter.structure(value, cls)


def unstructure(value: object) -> Any:
    """Turn a model into JSON-ready values with the shared converter."""
    return converter.unstructure(value)
