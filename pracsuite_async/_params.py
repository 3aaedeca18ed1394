"""Operation-specific arguments: query parameters and JSON bodies, checked before sending."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ._convert import json_number
from ._errors import PracSuiteValueError
from ._operations import ListOperation, Param, WriteOperation
from ._spec import py_name
from ._wire import FilterFormat, check_positive, format_value


class NotGiven(enum.Enum):
    """The type of :data:`NOT_GIVEN`: an argument left out (as opposed to an explicit None)."""

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven.NOT_GIVEN
"""Default of optional arguments: the field is not sent at all. ``None`` sends JSON null,
for the fields the API documents as nullable (others refuse it)."""

_NUMERIC = (FilterFormat.INTEGER, FilterFormat.DOUBLE)
# A practical check of ``format: email`` (one @, a dotted domain, no spaces); the server
# has the last word, this catches the typos that would cost a 422.
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
# The earliest "today" anywhere: the date at UTC-12, the last zone to reach a new day.
_LAST_ZONE = timezone(timedelta(hours=-12))


def _check_text(label: str, param: Param, text: str) -> None:
    # The text itself stays out of the message: it is patient data (an email, a name).
    if param.max_length is not None and len(text) > param.max_length:
        raise PracSuiteValueError(
            f"{label} is at most {param.max_length} characters, got {len(text)}"
        )
    if param.pattern is not None and re.search(param.pattern, text) is None:
        raise PracSuiteValueError(
            f"{label} must match {param.pattern!r}; the {len(text)} characters given do not"
        )
    if param.text_format == "email" and _EMAIL.fullmatch(text) is None:
        raise PracSuiteValueError(
            f"{label} must be an email address (one @ and a dotted domain, no spaces)"
        )


def _json_number(label: str, value: Decimal) -> float | int:
    """A Decimal as the JSON number the API takes (``number``/``decimal``), digits kept."""
    number = json_number(value)
    if number is None:
        raise PracSuiteValueError(
            f"{label}: {value} has more digits than a JSON number carries exactly; round it"
        )
    return number


def _one(label: str, param: Param, value: object) -> Any:
    """A checked JSON value for one (non-array) value of ``param``."""
    text = format_value(label, param.format, value)
    if param.format is FilterFormat.STRING:
        _check_text(label, param, text)
    if param.format in _NUMERIC:
        number: float = value  # type: ignore[assignment]  # checked by format_value
        if param.minimum is not None and number < param.minimum:
            raise PracSuiteValueError(f"{label} must be >= {param.minimum:g}, got {number}")
        if param.maximum is not None and number > param.maximum:
            raise PracSuiteValueError(f"{label} must be <= {param.maximum:g}, got {number}")
        if param.multiple_of is not None and number % param.multiple_of:
            raise PracSuiteValueError(
                f"{label} must be a multiple of {param.multiple_of}, got {number}"
            )
    if param.choices and value not in param.choices:
        raise PracSuiteValueError(
            f"{label} must be one of {', '.join(map(repr, param.choices))}, got {value!r}"
        )
    if isinstance(value, Decimal):
        return _json_number(label, value)
    if param.format in (*_NUMERIC, FilterFormat.BOOLEAN):
        return value
    return text


def _values(label: str, param: Param, value: object) -> list[Any]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise PracSuiteValueError(
            f"{label} takes a list of values, got {type(value).__name__}: {value!r}"
        )
    return [_one(f"{label}[{i}]", param, item) for i, item in enumerate(value)]


def build_body(method: str, op: WriteOperation[Any], values: Mapping[str, object]) -> Any:
    """The JSON body of a write: every field checked, left-out ones omitted, None sent as
    null where the document allows null."""
    body: dict[str, Any] = {}
    for param in op.body:
        value = values.get(param.name, NOT_GIVEN)
        label = f"{method}() argument {param.name!r}"
        if value is NOT_GIVEN or (value is None and param.required):
            if param.required:
                raise PracSuiteValueError(f"{label} is required")
            continue
        if value is None:
            if not param.nullable:
                raise PracSuiteValueError(
                    f"{label} cannot be None: the API documents no null for it; "
                    "leave it out (NOT_GIVEN) to send nothing"
                )
            body[param.name] = None
        elif param.many:
            body[param.name] = _values(label, param, value)
        else:
            body[param.name] = _one(label, param, value)
    for group in op.exclusive:
        given = [name for name in group if body.get(name) is not None]
        if len(given) > 1:
            raise PracSuiteValueError(
                f"{method}(): {' and '.join(given)} cannot both be set; give at most one"
            )
    for choice in op.one_of:
        _check_choice(method, choice, body)
    if op.method == "PATCH" and op.body and not body:
        # An empty PATCH changes nothing yet costs a request; it is almost always a bug.
        raise PracSuiteValueError(f"{method}(): give at least one field to change")
    return body if op.body else None


def _check_choice(
    method: str, choice: tuple[tuple[str, ...], ...], body: Mapping[str, Any]
) -> None:
    """Exactly one alternative of ``choice`` given, and given whole."""
    forms = " or ".join(" + ".join(alternative) for alternative in choice)
    started = [alternative for alternative in choice if any(n in body for n in alternative)]
    if not started:
        raise PracSuiteValueError(f"{method}() needs {forms}")
    if len(started) > 1:
        given = ", ".join(n for alternative in started for n in alternative if n in body)
        raise PracSuiteValueError(f"{method}(): give {forms}, not both (got {given})")
    missing = [n for n in started[0] if n not in body]
    if missing:
        raise PracSuiteValueError(
            f"{method}(): {' and '.join(missing)} must be given with "
            f"{' and '.join(n for n in started[0] if n in body)}"
        )


def query_pairs(
    method: str, op: ListOperation[Any], values: Mapping[str, object]
) -> tuple[tuple[str, str], ...]:
    """The operation-specific query parameters, in declaration order, after the rules:
    required ones present, ``requires`` pairs, and the date window."""
    pairs: list[tuple[str, str]] = []
    given: dict[str, object] = {}
    for param in op.query:
        value = values.get(param.name, NOT_GIVEN)
        label = f"{method}() argument {py_name(param.name)!r}"
        if value is NOT_GIVEN or value is None:
            if param.required:
                raise PracSuiteValueError(f"{label} is required")
            continue
        given[param.name] = value
        if param.many:
            pairs.extend((param.name, _text(v)) for v in _values(label, param, value))
        else:
            pairs.append((param.name, _text(_one(label, param, value))))
    for name, needed in op.requires.items():
        missing = [n for n in needed if n not in given]
        if name in given and missing:
            raise PracSuiteValueError(
                f"{method}(): {py_name(name)} needs {', '.join(map(py_name, missing))} as well"
            )
    if op.window is not None:
        _check_window(method, op, given, values.get("tz"))
    return tuple(pairs)


def tenant_today(tz: object, now: Callable[[tzinfo], datetime] = datetime.now) -> tuple[date, str]:
    """Today in the tenant's time zone ``tz`` (an IANA name or a tzinfo) and how it is named
    in errors; with no zone, the earliest today anywhere (UTC-12), so nothing a tenant could
    still call today is refused."""
    if tz is None:
        return now(_LAST_ZONE).date(), "every time zone (UTC-12)"
    if isinstance(tz, str):
        try:
            zone: tzinfo = ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise PracSuiteValueError(
                f"tz={tz!r} is not an IANA time zone name (such as 'Australia/Adelaide')"
            ) from None
    elif isinstance(tz, tzinfo):
        zone = tz
    else:
        raise PracSuiteValueError(
            f"tz takes an IANA time zone name or a tzinfo, got {type(tz).__name__}: {tz!r}"
        )
    return now(zone).date(), f"the tenant's time zone {tz}"


def _check_window(
    method: str, op: ListOperation[Any], given: Mapping[str, object], tz: object = None
) -> None:
    assert op.window is not None
    start, end = given.get(op.window.start), given.get(op.window.end)
    if op.window.not_before_today:
        today, where = tenant_today(tz)
        for name, day in ((op.window.start, start), (op.window.end, end)):
            if isinstance(day, date) and day < today:
                hint = (
                    ""
                    if tz is not None
                    else "; the API refuses days before today in the tenant's (the business's) "
                    "time zone, pass it as tz='Australia/Adelaide' (for example) to check exactly"
                )
                raise PracSuiteValueError(
                    f"{method}(): {py_name(name)} ({day}) is before today ({today}) in {where}"
                    f"{hint}"
                )
    if not isinstance(start, date) or not isinstance(end, date):
        return
    days = (end - start).days + 1
    if days < 1:
        raise PracSuiteValueError(
            f"{method}(): {py_name(op.window.end)} ({end}) is before "
            f"{py_name(op.window.start)} ({start})"
        )
    if days > op.window.max_days:
        raise PracSuiteValueError(
            f"{method}(): the window {start}..{end} spans {days} days; the API allows at most "
            f"{op.window.max_days} per request (search() splits longer ranges)"
        )


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def check_concurrency(value: object, bound: int) -> int:
    """A list call's ``concurrency``: None means the client's bound; above it is refused,
    since the client's limiter would cap it silently at ``bound`` requests in flight."""
    if value is None:
        return bound
    wanted = check_positive("concurrency", value)
    if wanted > bound:
        raise PracSuiteValueError(
            f"concurrency={wanted} is above the client's max_concurrency={bound}: no more than "
            f"{bound} requests are ever in flight; create the client with "
            f"AsyncPracSuite(..., max_concurrency={wanted}) or pass concurrency<={bound}"
        )
    return wanted
