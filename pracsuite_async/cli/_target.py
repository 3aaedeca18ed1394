"""What ``pracsuite export`` pulls: the list method a TAG names, and its ``--filter`` values."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

import attrs

from .._errors import PracSuiteValueError
from .._operations import ListOperation
from .._spec import snake
from .._tags import METHODS
from .._wire import Filter, FilterFormat, check_page_size, check_sort_by, encode_filter

# The SDK's operators, longest first, so ``>=`` is not read as ``>`` then a value ``=...``.
_OPERATORS = tuple(sorted(Filter.OPERATORS, key=lambda op: (-len(op), op)))
_INTEGER = re.compile(r"[+-]?\d+")


class TargetError(ValueError):
    """A TAG that names no exportable list (reported as a usage error, exit 2)."""


@attrs.frozen(kw_only=True)
class Target:
    """One list method: ``namespace.method`` with the ids its path needs."""

    namespace: str
    method: str
    op: ListOperation[Any]
    parent_ids: tuple[int, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.namespace}.{self.method}"

    @property
    def collection(self) -> str:
        """The sandbox collection of the records (``AppointmentType`` -> ``appointment_type``)."""
        return snake(self.op.model.__name__)


def list_methods() -> dict[str, ListOperation[Any]]:
    """Every paginated list method the CLI can export, by ``namespace.method``."""
    return {
        name: op
        for name, op in METHODS.items()
        if isinstance(op, ListOperation) and not any(p.required for p in op.query)
    }


def top_level_tags() -> list[str]:
    """Namespaces whose ``list`` needs no ids: what ``export --all`` pulls."""
    return sorted(
        name.removesuffix(".list")
        for name, op in list_methods().items()
        if name.endswith(".list") and not op.path_params
    )


def resolve(tag: str, parent_ids: Sequence[int] = ()) -> Target:
    """The list method ``tag`` names: ``patients``, ``appointments.list_by_profession``, or a
    bare namespace with ``--parent-id`` when exactly one of its nested lists takes that many."""
    methods = list_methods()
    namespace, dot, _ = tag.partition(".")
    if dot:
        if tag not in methods:
            raise TargetError(_unknown(tag, methods))
        name = tag
    else:
        mine = sorted(n for n in methods if n.split(".")[0] == namespace)
        if not mine:
            raise TargetError(_unknown(tag, methods))
        nested = [n for n in mine if len(methods[n].path_params) == len(parent_ids)]
        if len(nested) != 1:
            choices = ", ".join(_usage(n, methods[n]) for n in mine)
            if len(mine) == 1:
                raise TargetError(f"{tag} exports {choices}")
            raise TargetError(
                f"{tag!r} with {len(parent_ids)} --parent-id is ambiguous; use {choices}"
            )
        name = nested[0]
    op = methods[name]
    if len(op.path_params) != len(parent_ids):
        raise TargetError(f"{name} needs: {_usage(name, op)}")
    return Target(
        namespace=name.split(".")[0], method=name.split(".")[1], op=op, parent_ids=tuple(parent_ids)
    )


def _usage(name: str, op: ListOperation[Any]) -> str:
    ids = "".join(f" --parent-id {p.upper()}" for p in op.path_params)
    return f"{name}{ids}"


def _unknown(tag: str, methods: Mapping[str, ListOperation[Any]]) -> str:
    namespace = tag.split(".")[0]
    if namespace not in {n.split(".")[0] for n in METHODS}:
        return f"unknown tag {tag!r}; top-level lists: {', '.join(top_level_tags())}"
    mine = sorted(n for n in methods if n.split(".")[0] == namespace)
    if not mine:
        return (
            f"{namespace} has no list the CLI can export (its lists need query parameters "
            "such as from/to; use the SDK)"
        )
    return f"{tag!r} is not an exportable list; {namespace} has: {', '.join(mine)}"


def check_query(target: Target, filters: Sequence[Filter], sort: Sequence[str], size: int) -> None:
    """Refuse what the SDK would refuse, before any sandbox, file or request."""
    for flt in filters:
        encode_filter(flt, target.op.filters)
    if sort:
        check_sort_by(list(sort), target.op.sort_fields)
    check_page_size(size)


def parse_filter(expr: str, formats: Mapping[str, FilterFormat]) -> Filter:
    """``surname:~smi`` or ``created:>=2026-01-01T00:00:00Z`` as a typed :class:`Filter`."""
    field, sep, rest = expr.partition(":")
    op = next((o for o in _OPERATORS if rest.startswith(o)), None)
    if not sep or not field or op is None:
        raise PracSuiteValueError(
            f"filter {expr!r} is not FIELD:OPVALUE with OP one of {' '.join(_OPERATORS)} "
            "(e.g. surname:~smi or created:>=2026-01-01T00:00:00Z)"
        )
    text = rest[len(op) :]
    fmt = formats.get(field)
    # An unknown field keeps its text: the SDK then names the fields this list takes.
    return Filter(field, op, text if fmt is None else _value(field, fmt, text))


def _value(field: str, fmt: FilterFormat, text: str) -> str | int | float | bool | date | datetime:
    def bad(expected: str) -> PracSuiteValueError:
        return PracSuiteValueError(f"filter {field!r} ({fmt.value}) takes {expected}, got {text!r}")

    try:
        match fmt:
            case FilterFormat.INTEGER:
                if not _INTEGER.fullmatch(text):
                    raise bad("an integer")
                return int(text)
            case FilterFormat.DOUBLE:
                return int(text) if _INTEGER.fullmatch(text) else float(text)
            case FilterFormat.BOOLEAN:
                if text.lower() not in ("true", "false"):
                    raise bad("true or false")
                return text.lower() == "true"
            case FilterFormat.DATE:
                return date.fromisoformat(text)
            case FilterFormat.TIMESTAMP:
                value = datetime.fromisoformat(text)
                if value.tzinfo is None:
                    raise bad("a UTC timestamp with Z or an offset, e.g. 2026-01-01T00:00:00Z")
                return value
            case FilterFormat.DATETIME:
                value = datetime.fromisoformat(text)
                if value.tzinfo is not None:
                    raise bad("the clinic's local time without an offset, e.g. 2026-01-01T09:30")
                return value
            case _:
                return text
    except ValueError as exc:
        if isinstance(exc, PracSuiteValueError):
            raise
        examples = {
            FilterFormat.DOUBLE: "a number",
            FilterFormat.DATE: "a date such as 2026-01-31",
            FilterFormat.TIMESTAMP: "a timestamp such as 2026-01-01T00:00:00Z",
            FilterFormat.DATETIME: "a local time such as 2026-01-01T09:30",
        }
        raise bad(examples.get(fmt, fmt.value)) from None
