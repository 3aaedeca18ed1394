"""Checking values against the document: request bodies (422) and declared query parameters."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

from ._filters import DATE, parse_value
from ._schema import Document, Field, resolve

LOCAL_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
# ``format: email``: one @, a dotted domain, no spaces (what the API would take as one).
EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
TIME = re.compile(r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")


class BodyError(ValueError):
    """A request body the API would refuse with 422 INVALID_BODY; ``field`` is the refused
    field when there is one (the answer's ``error.validation`` names it)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ParamError(ValueError):
    """A query parameter the API would refuse with 400 INVALID_PARAMS."""


def _format_ok(fmt: str | None, text: str) -> bool:
    try:
        if fmt == "local-date-time":
            return bool(LOCAL_DATE_TIME.match(text)) and bool(datetime.fromisoformat(text))
        if fmt == "date":
            return bool(DATE.match(text)) and bool(date.fromisoformat(text))
        if fmt == "date-time":
            return datetime.fromisoformat(text).tzinfo is not None
        if fmt == "time":
            return bool(TIME.match(text)) and bool(time.fromisoformat(text.removesuffix("Z")))
        if fmt == "email":
            return bool(EMAIL.match(text))
    except ValueError:
        return False
    return True


def _type_ok(kind: str, value: Any) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True


def problem(doc: Document, field: Field, value: Any, where: str) -> str | None:
    """Why ``value`` does not fit ``field`` (None when it does); ``where`` names it."""
    if value is None:
        return None if field.nullable or not field.types else f"{where} must not be null"
    if field.types and not any(_type_ok(t, value) for t in field.types):
        return f"{where} must be of type {' or '.join(field.types)}"
    if field.enum is not None and value not in field.enum:
        return f"{where} must be one of {', '.join(map(repr, field.enum))}"
    if isinstance(value, str) and not _format_ok(field.format, value):
        return f"{where} is not a valid {field.format}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        if field.minimum is not None and value < field.minimum:
            return f"{where} must be at least {field.minimum}"
        if field.maximum is not None and value > field.maximum:
            return f"{where} must be at most {field.maximum}"
        ratio = value / field.multiple_of if field.multiple_of else 0
        if not math.isclose(ratio, round(ratio), abs_tol=1e-9):
            return f"{where} must be a multiple of {field.multiple_of}"
    if isinstance(value, list) and field.items is not None:
        for i, item in enumerate(value):
            found = problem(doc, field.items, item, f"{where}[{i}]")
            if found:
                return found
    if isinstance(value, dict) and field.obj is not None:
        nested = object_problem(doc, field.obj, value, partial=False, where=f"{where}.")
        return None if nested is None else nested[1]
    return None


def properties(doc: Document, schema: str) -> dict[str, Any]:
    """A component schema's raw property schemas (allOf parts merged)."""
    node = doc.spec["components"]["schemas"][schema]
    props: dict[str, Any] = {}
    for part in node.get("allOf", [node]):
        props.update(resolve(part, doc.spec).get("properties", {}))
    return props


def _text_problem(prop: Mapping[str, Any], value: Any, where: str) -> str | None:
    """The document's ``maxLength`` and ``pattern`` of a string field, as the API checks them."""
    if not isinstance(value, str):
        return None
    limit = prop.get("maxLength")
    if limit is not None and len(value) > limit:
        return f"{where} may not be greater than {limit} characters"
    pattern = prop.get("pattern")
    if pattern is not None and re.search(pattern, value) is None:
        return f"{where} format is invalid"
    return None


def object_problem(
    doc: Document, schema: str, body: Mapping[str, Any], *, partial: bool, where: str = ""
) -> tuple[str, str] | None:
    """The first field of ``body`` that breaks ``schema`` and why: unknown, missing or
    ill-typed fields, ``x-pracsuite-exclusive`` groups and ``x-pracsuite-one-of`` choices.
    ``partial`` (PATCH) drops the required check."""
    fields = doc.fields(schema)
    for name in body:
        if name not in fields:
            return where + name, f"{where}{name} is not a field of {schema}"
    if not partial:
        for name in doc.required(schema):
            if name not in body:
                return where + name, f"{where}{name} is required"
    props = properties(doc, schema)
    for name, value in body.items():
        found = problem(doc, fields[name], value, where + name) or _text_problem(
            props[name], value, where + name
        )
        if found:
            return where + name, found
    for group in doc.extension(schema, "x-pracsuite-exclusive") or ():
        present = [f for f in group if body.get(f) is not None]
        if len(present) > 1:
            return where + present[-1], f"{where}{' and '.join(present)} must not both be set"
    for choice in doc.extension(schema, "x-pracsuite-one-of") or ():
        # Alternative sets of fields: exactly one given, and given whole.
        started = [alt for alt in choice if any(f in body for f in alt)]
        forms = " or ".join(" + ".join(where + f for f in alt) for alt in choice)
        if len(started) != 1:
            field = where + (started[-1] if started else choice[0])[0]
            return field, f"give {forms}" + (", not both" if started else "")
        missing = [f for f in started[0] if f not in body]
        if missing:
            given = " and ".join(where + f for f in started[0] if f in body)
            return where + missing[0], f"{where}{missing[0]} is required with {given}"
    return None


def check_body(doc: Document, schema: str, body: Any, *, partial: bool) -> dict[str, Any]:
    """The body as a dict, or BodyError naming the first field that breaks ``schema``."""
    if not isinstance(body, dict):
        raise BodyError("the request body must be a JSON object")
    found = object_problem(doc, schema, body, partial=partial)
    if found:
        raise BodyError(found[1], field=found[0])
    return body


# A parameter's schema type -> the docs' value format it is parsed in.
_QUERY_FORMATS = {"integer": "integer", "number": "double", "boolean": "boolean"}


def parse_param(field: Field, texts: Sequence[str]) -> Any:
    """A query parameter's value(s) as the declared schema reads them, or ParamError."""
    if "array" in field.types:
        item = field.items or Field(name=field.name, types=("string",))
        return [parse_param(item, [t]) for t in texts]
    if len(texts) != 1:
        raise ParamError(f"{field.name} must be given once")
    text = texts[0]
    kind = field.types[0] if field.types else "string"
    fmt = "date" if field.format == "date" else _QUERY_FORMATS.get(kind, "string")
    try:
        value = parse_value(fmt, text)
    except ValueError:
        raise ParamError(f"{field.name} is not a valid {field.format or kind}: {text!r}") from None
    if field.minimum is not None and value < field.minimum:
        raise ParamError(f"{field.name} must be at least {field.minimum}")
    return value
