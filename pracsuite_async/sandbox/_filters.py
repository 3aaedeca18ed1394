"""List query parameters: ``q[]`` filter conditions and ``sort_by``."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

import attrs

from .._spec import load_spec

JSON = dict[str, Any]


class QueryError(ValueError):
    """A list query the API would refuse with 400 INVALID_PARAMS."""


_ORDER_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
}


DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_value(fmt: str, text: str) -> Any:
    """A query value (a filter's, or a parameter's) in one of the docs' formats; ValueError
    when it is not one."""
    if fmt == "string":
        return text
    if fmt == "integer":
        return int(text)
    if fmt == "double":
        return float(text)
    if fmt == "boolean":
        if text not in ("true", "false"):
            raise ValueError(f"expected true or false, got {text!r}")
        return text == "true"
    if fmt == "date":
        if not DATE.match(text):  # fromisoformat would also take 20260302
            raise ValueError(f"expected yyyy-MM-dd, got {text!r}")
        return date.fromisoformat(text)
    if fmt == "timestamp":
        value = datetime.fromisoformat(text)
        if value.tzinfo is None:
            raise ValueError(f"timestamp needs a UTC offset: {text!r}")
        return value
    if fmt == "datetime":
        value = datetime.fromisoformat(text)
        if value.tzinfo is not None:
            raise ValueError(f"datetime is the clinic's local time, without offset: {text!r}")
        return value
    raise ValueError(f"unknown filter format {fmt!r}")


@functools.cache
def _operators_by_format() -> dict[str, list[str]]:
    syntax: dict[str, list[str]] = load_spec()["info"]["x-pracsuite-filter-syntax"]
    return syntax["operators_by_format"]  # type: ignore[return-value]


@attrs.frozen
class Condition:
    """One parsed ``q[]`` value ``<field>:<op><value>``; ``field`` is the record field it reads."""

    field: str
    op: str
    fmt: str
    value: Any

    @classmethod
    def parse(
        cls, raw: str, table: Mapping[str, str], fields: Mapping[str, str] | None = None
    ) -> Condition:
        """``fields`` maps a filter name to the record field it reads when they differ."""
        field, sep, rest = raw.partition(":")
        if not sep:
            raise QueryError(f"q[] must look like field:<op>value, got {raw!r}")
        if field not in table:
            raise QueryError(f"{field!r} is not a filterable field")
        op = next((o for o in ("!=", ">=", "<=", "=", ">", "<", "~") if rest.startswith(o)), None)
        if op is None:
            raise QueryError(f"q[] {raw!r} has no operator (= != > >= < <= ~)")
        fmt = table[field]
        usable = _operators_by_format().get(fmt, ())
        if op not in usable:
            raise QueryError(f"{field!r} ({fmt}) takes the operators {' '.join(usable)}, not {op}")
        try:
            value = parse_value(fmt, rest[len(op) :])
        except ValueError as exc:
            raise QueryError(f"bad value for {field!r}: {exc}") from None
        return cls((fields or {}).get(field, field), op, fmt, value)

    def matches(self, record: JSON) -> bool:
        # A field the record does not have reads as null: only != selects it.
        raw = record.get(self.field)
        if raw is None:
            return self.op == "!="
        if self.op == "~":
            return str(self.value).lower() in str(raw).lower()
        try:
            return _ORDER_OPS[self.op](parse_value(self.fmt, _text(raw)), self.value)
        except (ValueError, TypeError):
            return False


def _text(raw: Any) -> str:
    if isinstance(raw, bool):
        return "true" if raw else "false"
    return str(raw)


def parse_sort_by(text: str | None, sortable: frozenset[str]) -> list[str]:
    """The fields of a ``sort_by`` JSON array, each one the item schema can sort by."""
    if text is None:
        return []
    try:
        fields = json.loads(text)
    except ValueError:
        raise QueryError('sort_by must be a JSON array of field names, e.g. ["id"]') from None
    if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
        raise QueryError('sort_by must be a JSON array of field names, e.g. ["id"]')
    unknown = [f for f in fields if f not in sortable]
    if unknown:
        raise QueryError(f"cannot sort by {', '.join(unknown)}")
    return fields
