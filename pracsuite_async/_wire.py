"""The wire form of every value the SDK sends, exactly as the PracSuite docs' samples show it.

Path ids, query strings, ``q[]`` filters and body values in each documented format (and their
text back into the models' timestamps) are encoded and checked here, as pure functions.

``sort_by`` travels as a URL-encoded JSON array (``sort_by=%5B%22a%22%2C%22b%22%5D``) and
each filter as a repeated ``q%5B%5D=`` parameter. Every value is percent-encoded with no
safe characters, so the bytes on the wire do not depend on the HTTP library.
"""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import ClassVar
from urllib.parse import quote

import attrs

from ._checks import check_int, is_int, is_number
from ._errors import PracSuiteValueError
from ._redact import phi_repr

QueryPairs = list[tuple[str, str]]

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 50


def encode_query(pairs: Iterable[tuple[str, str]]) -> str:
    """``k=v&k=v`` with keys and values fully percent-encoded, in the given order."""
    return "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)


def sort_by_value(fields: Sequence[str]) -> str:
    """The docs' wire form of ``sort_by``: a compact JSON array of field names."""
    return json.dumps(list(fields), separators=(",", ":"))


class FilterFormat(enum.Enum):
    """The "Format" column of the docs' "Available filters" tables."""

    STRING = "string"
    INTEGER = "integer"
    DOUBLE = "double"
    BOOLEAN = "boolean"
    DATE = "date"
    TIMESTAMP = "timestamp"  # a UTC instant: RFC 3339 with Z
    DATETIME = "datetime"  # tenant-local wall time, no offset
    TIME = "time"


# ``q[]=<field>:<operator><value>``, every condition must match (AND). First inferred from
# Cliniko's API; since confirmed by the docs' Query Filtering text in a 2026-02 crawl of the
# docs. A correction to the syntax is a change to this one line.
FILTER_TEMPLATE = "{field}:{op}{value}"
_ORDER_OPS = frozenset({"=", "!=", ">", ">=", "<", "<="})
_RANGE_OPS = frozenset({">", ">=", "<", "<="})


@attrs.frozen
class Filter:
    """One ``q[]`` condition. Build with ``Filter.eq("surname", "Smith")`` and friends.

    Its repr shows ``value=<redacted>`` (a filter value is often patient data: a name, an
    email, a date of birth) unless ``PRACSUITE_SHOW_PHI=1``.
    """

    field: str
    op: str
    value: str | int | float | bool | date | datetime = attrs.field(repr=phi_repr)

    OPERATORS: ClassVar[frozenset[str]] = _ORDER_OPS | {"~"}

    @classmethod
    def eq(cls, field: str, value: str | int | float | bool | date | datetime) -> Filter:
        return cls(field, "=", value)

    @classmethod
    def ne(cls, field: str, value: str | int | float | bool | date | datetime) -> Filter:
        return cls(field, "!=", value)

    @classmethod
    def gt(cls, field: str, value: str | int | float | date | datetime) -> Filter:
        return cls(field, ">", value)

    @classmethod
    def ge(cls, field: str, value: str | int | float | date | datetime) -> Filter:
        return cls(field, ">=", value)

    @classmethod
    def lt(cls, field: str, value: str | int | float | date | datetime) -> Filter:
        return cls(field, "<", value)

    @classmethod
    def le(cls, field: str, value: str | int | float | date | datetime) -> Filter:
        return cls(field, "<=", value)

    @classmethod
    def contains(cls, field: str, value: str) -> Filter:
        return cls(field, "~", value)


def format_timestamp(value: datetime) -> str:
    """A UTC instant in the docs' form: ``2020-09-12T11:09:42.687393Z`` (fraction only if set)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise PracSuiteValueError(
            f"timestamp {value.isoformat()} is naive: pass an aware datetime (e.g. tzinfo=UTC)"
        )
    utc = value.astimezone(UTC).replace(tzinfo=None)
    spec = "microseconds" if utc.microsecond else "seconds"
    return utc.isoformat(timespec=spec) + "Z"


def format_local_datetime(value: datetime) -> str:
    """Tenant-local wall time in the docs' form ``2026-01-01T12:05:30`` (no offset)."""
    if value.tzinfo is not None:
        raise PracSuiteValueError(
            f"{value.isoformat()} has a time zone, but this field is the clinic's local time: "
            "pass a naive datetime"
        )
    return value.replace(microsecond=0).isoformat(timespec="seconds")


def format_filter_value(name: str, fmt: FilterFormat, value: object) -> str:
    """The text of a filter value in its documented format; refuses a value of the wrong kind."""
    return format_value(f"filter {name!r}", fmt, value)


# Where a wrong value is quoted in the error: numbers, ids and flags. Text and dates are
# where patient data travels (a mobile given as an int, a date of birth given as text).
_QUOTED_FORMATS = frozenset({FilterFormat.INTEGER, FilterFormat.DOUBLE, FilterFormat.BOOLEAN})


def format_value(label: str, fmt: FilterFormat, value: object) -> str:
    """The wire text of a value in a documented format; ``label`` names it in the error
    (which quotes the value only for a number or flag: text and dates are patient data)."""

    def wrong(expected: str) -> PracSuiteValueError:
        given = type(value).__name__
        if fmt in _QUOTED_FORMATS:
            given += f": {value!r}"
        return PracSuiteValueError(f"{label} takes {expected} ({fmt.value}), got {given}")

    match fmt:
        case FilterFormat.STRING:
            if not isinstance(value, str):
                raise wrong("a str")
            return value
        case FilterFormat.INTEGER:
            if not is_int(value):
                raise wrong("an int")
            return str(value)
        case FilterFormat.DOUBLE:
            if isinstance(value, Decimal):  # money: its digits exactly, never via float
                if not value.is_finite():
                    raise wrong("a finite number")
                return format(value, "f")
            if not is_number(value):
                raise wrong("a number")
            if not math.isfinite(value):
                raise wrong("a finite number")
            return repr(float(value)) if isinstance(value, float) else str(value)
        case FilterFormat.BOOLEAN:
            if not isinstance(value, bool):
                raise wrong("a bool")
            return "true" if value else "false"
        case FilterFormat.DATE:
            if isinstance(value, datetime) or not isinstance(value, date):
                raise wrong("a datetime.date")
            return value.isoformat()
        case FilterFormat.TIMESTAMP:
            if not isinstance(value, datetime):
                raise wrong("an aware datetime")
            return format_timestamp(value)
        case FilterFormat.DATETIME:
            if not isinstance(value, datetime):
                raise wrong("a naive datetime")
            return format_local_datetime(value)
        case FilterFormat.TIME:
            if not isinstance(value, str):
                raise wrong("a str such as '14:15:22'")
            return value


# The operators the docs offer per format. Timestamps carry milliseconds, so the API offers
# no equality on them; strings match exactly or by substring (~); booleans only (in)equality.
OPERATORS_BY_FORMAT: Mapping[FilterFormat, frozenset[str]] = {
    FilterFormat.STRING: frozenset({"=", "!=", "~"}),
    FilterFormat.BOOLEAN: frozenset({"=", "!="}),
    FilterFormat.TIMESTAMP: _RANGE_OPS,
    FilterFormat.INTEGER: _ORDER_OPS,
    FilterFormat.DOUBLE: _ORDER_OPS,
    FilterFormat.DATE: _ORDER_OPS,
    FilterFormat.DATETIME: _ORDER_OPS,
    FilterFormat.TIME: _ORDER_OPS,
}


def encode_filter(flt: Filter, allowed: Mapping[str, FilterFormat]) -> str:
    """The value of one ``q[]`` parameter, after checking field, operator and value."""
    if not isinstance(flt, Filter):
        raise PracSuiteValueError(f"filters must be Filter objects, got {type(flt).__name__}")
    fmt = allowed.get(flt.field) if isinstance(flt.field, str) else None
    if fmt is None:
        known = (
            f"this list accepts: {', '.join(sorted(allowed))}"
            if allowed
            else "this list takes no filters"
        )
        raise PracSuiteValueError(f"unknown filter field {flt.field!r}; {known}")
    if flt.op not in Filter.OPERATORS:
        raise PracSuiteValueError(
            f"unknown filter operator {flt.op!r}; use one of {sorted(Filter.OPERATORS)}"
        )
    if flt.op == "~" and fmt is not FilterFormat.STRING:
        raise PracSuiteValueError(
            f"'contains' (~) needs a string filter; {flt.field!r} is {fmt.value}"
        )
    usable = OPERATORS_BY_FORMAT[fmt]
    if flt.op not in usable:
        raise PracSuiteValueError(
            f"filter {flt.field!r} ({fmt.value}) takes the operators {' '.join(sorted(usable))}, "
            f"not {flt.op!r}"
        )
    text = format_filter_value(flt.field, fmt, flt.value)
    return FILTER_TEMPLATE.format(field=flt.field, op=flt.op, value=text)


def check_int_id(name: str, value: object) -> int:
    """A positive int id as a plain ``int``, or a clear error.

    Bools, strings and floats are refused, and so is an ``int`` subclass whose text is not
    its digits: the text goes into the URL path, where ``1/../admin`` would be another path.
    """
    if is_int(value) and type(value) is not int:
        exact = int.__repr__(value)  # the number itself, whatever a subclass's __str__ says
        text = _text_of(value)
        if text != exact:
            shown = text if len(text) <= 80 else text[:79] + "\u2026"
            raise PracSuiteValueError(
                f"{name} must be an int whose text is its digits; "
                f"{type(value).__name__} {exact} prints as {shown!r}"
            )
        value = int(exact)
    return check_int(name, value, minimum=1)


def _text_of(value: object) -> str:
    try:
        return str(value)
    except Exception as exc:  # a subclass's __str__ may raise anything
        return f"<str() raised {type(exc).__name__}>"


def check_page_size(value: object) -> int:
    """A page size the API accepts (1..100)."""
    return check_int("page_size", value, minimum=1, maximum=MAX_PAGE_SIZE)


def check_positive(name: str, value: object) -> int:
    """An int >= 1, or a clear error."""
    return check_int(name, value, minimum=1)


def check_sort_by(fields: object, allowed: Collection[str]) -> tuple[str, ...]:
    """A list of known field names; a bare string is refused (it would sort by its letters)."""
    if isinstance(fields, str) or not isinstance(fields, list | tuple):
        raise PracSuiteValueError(
            f"sort_by must be a list of field names, got {type(fields).__name__}: {fields!r}"
        )
    if fields and not allowed:
        raise PracSuiteValueError("this list cannot be sorted (it takes no sort_by)")
    for name in fields:
        if not isinstance(name, str):
            raise PracSuiteValueError(f"sort_by entries must be str, got {name!r}")
        if name not in allowed:
            raise PracSuiteValueError(
                f"cannot sort by {name!r}; sortable fields: {', '.join(sorted(allowed))}"
            )
    if len(set(fields)) != len(fields):
        raise PracSuiteValueError(f"sort_by names a field twice: {list(fields)!r}")
    return tuple(fields)


@attrs.frozen(kw_only=True)
class ListQuery:
    """The validated, page-independent part of a list request."""

    page_size: int = DEFAULT_PAGE_SIZE
    sort_by: tuple[str, ...] = ()
    filters: tuple[str, ...] = ()  # encoded q[] values
    extra: tuple[tuple[str, str], ...] = ()  # operation-specific parameters
    paged: bool = True  # False: the operation declares no page/page_size, none is sent

    def pairs(self, page: int) -> QueryPairs:
        """Parameters for one page, in the docs' order: page, page_size, sort_by, q[]."""
        out: QueryPairs = (
            [("page", str(page)), ("page_size", str(self.page_size))] if self.paged else []
        )
        if self.sort_by:
            out.append(("sort_by", sort_by_value(self.sort_by)))
        out.extend(("q[]", f) for f in self.filters)
        out.extend(self.extra)
        return out
