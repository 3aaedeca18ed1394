"""The one cattrs converter: JSON values <-> models, configured once at import.

Checks are strict (a string where an integer is documented is an error, not a silent
``int("12")``) and unknown keys the server adds are ignored. Records get a structuring
function generated per class: pages hold thousands of records, and a straight-line
function that fills the slots directly costs a fraction of a generic one.
"""

from __future__ import annotations

import functools
import linecache
import math
import operator
import types
import typing
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, NewType, NoReturn, TypeVar

import attrs
import cattrs

from ._redact import phi_repr, phi_shown
from ._wire import format_local_datetime, format_timestamp

T = TypeVar("T")

LocalDateTime = NewType("LocalDateTime", datetime)
"""The clinic's local wall time (``app_time``): a *naive* datetime, no offset on the wire."""

converter = cattrs.Converter(forbid_extra_keys=False)

_MISSING = object()


def _describe(value: Any) -> str:
    return f"{type(value).__name__}: {value!r}"[:120]


def _expect(kind: str, value: Any) -> TypeError:
    return TypeError(f"expected {kind}, got {_describe(value)}")


def _int(value: Any, _: Any = None) -> int:
    if type(value) is int:
        return value
    raise _expect("an integer", value)


def _float(value: Any, _: Any = None) -> float:
    if type(value) is float or type(value) is int:
        return float(value)
    raise _expect("a number", value)


def _decimal(value: Any, _: Any = None) -> Decimal:
    """Money (``format: decimal``): a JSON number, or its text, read exactly; never a float.

    A float from the JSON parser is read through its shortest repr, which gives back the
    digits that were sent for any amount of up to 15 significant digits.
    """
    kind = type(value)
    if kind is int:
        return Decimal(value)
    if kind is float and math.isfinite(value):
        return Decimal(repr(value))
    if kind is str:
        try:
            number = Decimal(value)
        except InvalidOperation:
            pass
        else:
            if number.is_finite():
                return number
    raise _expect("a decimal number", value)


def json_number(value: Decimal) -> int | float | None:
    """``value`` as the JSON number that writes the same digits (json writes a float as its
    shortest repr), or None when a float cannot carry them all."""
    if value == value.to_integral_value() and abs(value) < 2**53:
        return int(value)
    number = float(value)
    return number if Decimal(repr(number)) == value else None


def _unstructure_decimal(value: Decimal) -> int | float | str:
    # A JSON number, as the bundle types money; its text when a number would lose digits.
    number = json_number(value)
    return str(value) if number is None else number


def _str(value: Any, _: Any = None) -> str:
    if type(value) is str:
        return value
    raise _expect("a string", value)


def _bool(value: Any, _: Any = None) -> bool:
    if type(value) is bool:
        return value
    raise _expect("a boolean", value)


def _timestamp(value: Any, _: Any = None) -> datetime:
    return _parse_utc(_str(value))


def _local_datetime(value: Any, _: Any = None) -> LocalDateTime:
    return LocalDateTime(datetime.fromisoformat(_str(value)))


def _date(value: Any, _: Any = None) -> date:
    return date.fromisoformat(_str(value))


def _str_map(value: Any, _: Any = None) -> dict[str, str]:
    if type(value) is dict and set(map(type, value.values())) <= {str}:
        return value
    raise _expect("an object of strings", value)


_SCALARS: dict[Any, Callable[[Any, Any], Any]] = {
    int: _int,
    float: _float,
    Decimal: _decimal,
    str: _str,
    bool: _bool,
    datetime: _timestamp,
    LocalDateTime: _local_datetime,
    date: _date,
}
for _type, _hook in _SCALARS.items():
    converter.register_structure_hook(_type, _hook)
converter.register_structure_hook_func(lambda tp: tp == dict[str, str], _str_map)
converter.register_unstructure_hook(datetime, format_timestamp)
converter.register_unstructure_hook(LocalDateTime, format_local_datetime)
converter.register_unstructure_hook(date, date.isoformat)
converter.register_unstructure_hook(Decimal, _unstructure_decimal)

# Types checked inline in generated code rather than through a call.
_INLINE = {int: ("int", "an integer"), str: ("str", "a string"), bool: ("bool", "a boolean")}
# Types parsed inline from strings: the parse expression, on the value's name.
_PARSED = {
    datetime: "_parse_utc({})",
    LocalDateTime: "_fromiso({})",
    date: "_date_fromiso({})",
}


def _parse_utc(text: str) -> datetime:
    """An RFC 3339 UTC timestamp; the docs' pattern ``...ssz`` allows a lower-case ``z``,
    which Python 3.11's ``fromisoformat`` refuses."""
    try:
        return _as_utc(datetime.fromisoformat(text))
    except ValueError:
        if text.endswith("z"):
            return _as_utc(datetime.fromisoformat(text[:-1] + "+00:00"))
        raise


def _as_utc(value: datetime) -> datetime:
    # Documented as RFC 3339 UTC with Z; a missing offset is read as UTC, as documented.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _bad(where: str, kind: str, value: Any) -> NoReturn:
    if value is _MISSING:
        raise TypeError(f"{where}: required field missing")
    if value is None:
        raise TypeError(f"{where}: must not be null")
    raise TypeError(f"{where}: {_expect(kind, value)}")


def _bad_sensitive(where: str, kind: str, value: Any) -> NoReturn:
    """``_bad`` for a field holding patient data: its value is not quoted (unless
    ``PRACSUITE_SHOW_PHI=1``), only its type."""
    if value is _MISSING or value is None or phi_shown():
        _bad(where, kind, value)
    raise TypeError(f"{where}: expected {kind}, got {type(value).__name__}")


def _unreadable(where: str, exc: Exception, sensitive: bool, what: str, value: Any) -> TypeError:
    """A field's value that did not parse as ``what``; for a sensitive one, a parser message
    that quotes the value is left out unless ``PRACSUITE_SHOW_PHI=1``."""
    said = str(exc)
    if sensitive and not phi_shown() and (str(value) in said or repr(value) in said):
        said = f"not a valid {what}"
    return TypeError(f"{where}: {said}")


def _split_optional(tp: Any) -> tuple[Any, bool]:
    """``tp`` without None, and whether None was part of it."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return functools.reduce(operator.or_, rest), True
    return tp, False


def _inline_check(tp: Any, value: str) -> tuple[str, str] | None:
    """The inline test that ``value`` is not a ``tp``, and its wording, for a scalar or a
    union of scalars; None for other types."""
    parts = typing.get_args(tp) if typing.get_origin(tp) is types.UnionType else (tp,)
    if not all(part in _INLINE for part in parts):
        return None
    test = " and ".join(f"type({value}) is not {_INLINE[part][0]}" for part in parts)
    return test, " or ".join(_INLINE[part][1] for part in parts)


def make_record_hook(cls: type[T]) -> Callable[[Any, Any], T]:
    """Generate a strict structuring function for an attrs record class.

    It reads each field's key, checks or converts the value, and fills the slots of a new
    instance directly (records have no validators, converters or post-init hooks). Checks
    test the common case first: a present, well-typed value costs one comparison, and a
    body that carries every key (what the API sends) is read without a call per field.
    """
    fields = attrs.fields(typing.cast(Any, cls))
    for field in fields:
        if field.validator is not None or field.converter is not None:
            raise TypeError(f"{cls.__name__}.{field.name}: records cannot have validators")
    hints = typing.get_type_hints(cls)
    builder = builder_class(cls)
    ns: dict[str, Any] = {
        "_new": object.__new__,
        "_cls": cls,
        "_builder": builder,
        "_MISSING": _MISSING,
        "_expect": _expect,
        "_fromiso": datetime.fromisoformat,
        "_date_fromiso": date.fromisoformat,
        "_parse_utc": _parse_utc,
        "_bad": _bad,
        "_bad_sensitive": _bad_sensitive,
        "_unreadable": _unreadable,
    }
    lines = ["def structure(data, _=None):", "    if type(data) is not dict:"]
    lines.append(f"        raise _expect('a {cls.__name__} object', data)")
    # Every key present: one subscript each. Else the same values, absent ones defaulted.
    lines.append("    try:")
    lines += [f"        v{i} = data[{f.name!r}]" for i, f in enumerate(fields)]
    lines += ["    except KeyError:", "        get = data.get"]
    for i, field in enumerate(fields):
        if field.default is None:
            lines.append(f"        v{i} = get({field.name!r})")  # absent reads as null
        elif field.default is attrs.NOTHING:
            lines.append(f"        v{i} = get({field.name!r}, _MISSING)")
        else:
            ns[f"_default_{field.name}"] = field.default
            lines.append(f"        v{i} = get({field.name!r}, _default_{field.name})")
    lines.append(f"    obj = _new({'_cls' if builder is None else '_builder'})")
    for i, field in enumerate(fields):
        name, v = field.name, f"v{i}"
        base, optional = _split_optional(hints[name])
        where = f"{cls.__name__}.{name}"
        # For a required field, a missing or null value fails the type test too; the
        # message is worked out only then, off the fast path.
        null = f"{v} is not None" if optional else "True"
        # Patient data (the fields reprs hide): the value stays out of the message.
        sensitive = field.repr is phi_repr
        fail = f"{'_bad_sensitive' if sensitive else '_bad'}({where!r}, '{{kind}}', {v})"
        inline = _inline_check(base, v)
        if inline is not None:
            check, kind = inline
            lines.append(f"    if {check} and {null}: {fail.format(kind=kind)}")
        elif base in _PARSED:
            lines.append(f"    if type({v}) is str:")
            lines.append("        try:")
            lines.append(f"            {v} = {_PARSED[base].format(v)}")
            lines.append("        except ValueError as exc:")
            what = getattr(base, "__name__", "value")
            unreadable = f"_unreadable({where!r}, exc, {sensitive}, {what!r}, {v})"
            lines.append(f"            raise {unreadable} from None")
            lines.append(f"    elif {null}: {fail.format(kind='a string')}")
        elif base == dict[str, str]:
            # Links: checked as an object; the URLs inside are passed through as sent.
            lines.append(
                f"    if type({v}) is not dict and {null}: {fail.format(kind='an object')}"
            )
        else:
            if not optional:
                lines.append(
                    f"    if {v} is None or {v} is _MISSING: {fail.format(kind='a value')}"
                )
            ns[f"_hook_{name}"] = converter.get_structure_hook(base)
            ns[f"_type_{name}"] = base
            lines.append(f"    if {null}:")
            lines.append("        try:")
            lines.append(f"            {v} = _hook_{name}({v}, _type_{name})")
            what = getattr(base, "__name__", "value")
            lines.append("        except (TypeError, ValueError) as exc:")
            unreadable = f"_unreadable({where!r}, exc, {sensitive}, {what!r}, {v})"
            lines.append(f"            raise {unreadable} from None")
        if builder is None:
            ns[f"_set_{name}"] = _slot_setter(cls, name)
            lines.append(f"    _set_{name}(obj, {v})")
        else:
            lines.append(f"    obj.{name} = {v}")
    if builder is not None:
        lines.append("    obj.__class__ = _cls")
    lines.append("    return obj")
    source = "\n".join(lines)
    filename = f"<pracsuite_async generated structure {cls.__qualname__}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), ns)
    hook: Callable[[Any, Any], T] = ns["structure"]
    return hook


def builder_class(cls: type) -> type | None:
    """A mutable twin of the frozen ``cls``: a subclass adding no slots, with plain
    attribute stores.

    A frozen class's ``__setattr__`` raises, so each slot of a new instance would be set
    through its descriptor, a call per field (over half the cost of a 72-field record).
    A new instance is built as the twin with ordinary stores, then becomes a ``cls``: the
    layouts are identical (and a subclass adding nothing is the cheapest swap CPython
    checks), so CPython allows the ``__class__`` change. None where it does not.
    """
    twin = type(
        f"{cls.__name__}Builder",
        (cls,),
        {
            "__slots__": (),
            # Both, or CPython keeps the base's slow attribute hook for either.
            "__setattr__": object.__setattr__,
            "__delattr__": object.__delattr__,
            "__module__": cls.__module__,
        },
    )
    probe: Any = object.__new__(twin)
    try:
        probe.__class__ = cls
    except TypeError:  # pragma: no cover - a layout CPython will not swap
        return None
    return twin


def fast_init(cls: type[T], *names: str) -> Callable[..., T]:
    """A positional ``cls(name=value, ...)`` for the frozen attrs ``cls`` whose fields are
    ``names``, for objects made on every request: its keyword ``__init__`` stores each
    slot through a call, several times the cost of the mutable twin's plain stores."""
    fields = tuple(field.name for field in attrs.fields(typing.cast(Any, cls)))
    if fields != names:  # a field added to the class must be added to the caller too
        raise TypeError(f"{cls.__name__} fields are {fields}, not {names}")
    twin = builder_class(cls)
    if twin is None:  # pragma: no cover - every class this serves has a swappable layout
        raise TypeError(f"{cls.__name__} has no mutable twin (weakref_slot=False?)")
    lines = [f"def make({', '.join(names)}):", "    obj = _new(_twin)"]
    lines += [f"    obj.{name} = {name}" for name in names]
    lines += ["    obj.__class__ = _cls", "    return obj"]
    ns: dict[str, Any] = {"_new": object.__new__, "_twin": twin, "_cls": cls}
    exec("\n".join(lines), ns)
    make: Callable[..., T] = ns["make"]
    return make


def _slot_setter(cls: type, name: str) -> Callable[[object, Any], None]:
    # A frozen class refuses setattr; the slot's own descriptor does not.
    for klass in cls.__mro__:
        descriptor = klass.__dict__.get(name)
        if descriptor is not None and hasattr(descriptor, "__set__"):
            setter: Callable[[object, Any], None] = descriptor.__set__
            return setter
    raise TypeError(f"{cls.__name__}.{name} is not a slot")


def structure(value: Any, cls: type[T]) -> T:
    """Build a model from parsed JSON with the shared converter."""
    return converter.structure(value, cls)


def unstructure(value: object) -> Any:
    """Turn a model into JSON-ready values with the shared converter."""
    return converter.unstructure(value)


def register_records(base: type) -> None:
    """Use generated hooks for every attrs subclass of ``base``."""
    converter.register_structure_hook_factory(
        lambda cls: isinstance(cls, type) and issubclass(cls, base) and attrs.has(cls),
        make_record_hook,
    )
