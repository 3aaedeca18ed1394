"""The OpenAPI document, read once into what the sandbox serves: collections, fields, operations.

Nothing here is per tag: a schema with ``x-pracsuite-id`` is a collection, every operation
becomes a route, and its ``x-pracsuite-*`` extensions say how it behaves.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import attrs

from .._spec import load_spec

JSON = dict[str, Any]
# Properties every record schema inherits from Record: the list machinery, not data.
LIST_FIELDS = frozenset({"links", "row_num", "total_rows"})
PAGE_PARAMS = frozenset({"page", "page_size", "sort_by", "q[]"})
SCALARS = frozenset({"integer", "number", "string", "boolean"})


# The sandbox reads the document itself, apart from the SDK's generator: one wrong reading
# must not make both sides wrong together.
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


def operations(spec: JSON) -> list[tuple[str, str, JSON]]:
    """Every operation as ``(path, HTTP method in upper case, operation object)``."""
    return [
        (path, method.upper(), item[method])
        for path, item in spec["paths"].items()
        for method in HTTP_METHODS
        if method in item
    ]


def resolve(node: Mapping[str, Any], spec: JSON) -> JSON:
    """The object a local ``$ref`` points at (followed until none is left), or ``node``."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return dict(node)


def ref_name(node: Mapping[str, Any]) -> str | None:
    """``Patient`` for ``{"$ref": "#/components/schemas/Patient"}``; None for other nodes."""
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[1] if isinstance(ref, str) else None


def schema_extension(spec: JSON, name: str, key: str) -> Any:
    """An ``x-pracsuite-*`` value of a component schema or of one of its allOf parts."""
    schema = spec["components"]["schemas"][name]
    for part in [schema, *schema.get("allOf", [])]:
        if key in part:
            return part[key]
    return None


def snake(name: str) -> str:
    """``AppointmentType`` -> ``appointment_type``: a schema's collection name."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def success(op: Mapping[str, Any], spec: JSON) -> tuple[int, str | None, str | None]:
    """An operation's first 2xx answer: (status, list key, schema of the record or items).

    A list declares the key its items travel under (``x-pracsuite-list-key``).
    """
    key = op.get("x-pracsuite-list-key")
    for status, response in op.get("responses", {}).items():
        if not (status.isdigit() and 200 <= int(status) < 300):
            continue
        schema = _json_schema(resolve(response, spec))
        if schema is None:
            return int(status), None, None
        if key is None:
            return int(status), None, ref_name(schema)
        return int(status), key, ref_name(schema["properties"][key]["items"])
    return 200, None, None


def label(name: str) -> str:
    """``AppointmentType`` -> ``Appointment Type``, as the docs' 404 details name records."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name)


@attrs.frozen(kw_only=True)
class Field:
    """One property (or array item, or parameter) schema, flattened for quick checks."""

    name: str
    types: tuple[str, ...] = ()  # JSON types besides "null"; empty means any value
    nullable: bool = False
    format: str | None = None
    enum: tuple[Any, ...] | None = None
    ref: str | None = None  # x-pracsuite-ref: the schema its ids point at
    spread: bool = False  # a nested list selects by it: every parent should get children
    obj: str | None = None  # a $ref to a sub-object schema
    items: Field | None = None
    minimum: float | None = None
    maximum: float | None = None
    multiple_of: float | None = None

    @property
    def scalar(self) -> bool:
        return bool(self.types) and self.types[0] in SCALARS and self.obj is None


def make_field(name: str, prop: Mapping[str, Any]) -> Field:
    """A ``Field`` from a property schema."""
    obj = ref_name(prop)
    raw = prop.get("type", [])
    types = [raw] if isinstance(raw, str) else list(raw)
    if obj is not None:
        types = ["object"]
    items = prop.get("items")
    return Field(
        name=name,
        types=tuple(t for t in types if t != "null"),
        nullable="null" in types,
        format=prop.get("format"),
        enum=tuple(prop["enum"]) if "enum" in prop else None,
        ref=prop.get("x-pracsuite-ref"),
        obj=obj,
        items=make_field(name, items) if isinstance(items, dict) else None,
        minimum=prop.get("minimum"),
        maximum=prop.get("maximum"),
        multiple_of=prop.get("multipleOf"),
    )


@attrs.frozen(kw_only=True)
class Collection:
    """A schema with ``x-pracsuite-id``: records with ids 1..size, seeded lazily."""

    schema: str
    name: str  # snake case; the key of ``sizes``
    label: str
    id_field: str
    fields: Mapping[str, Field]  # record data, in document order (no links/row_num)
    links: Mapping[str, str]  # x-pracsuite-links templates ("{id}" marks the id), under /v1/


@attrs.frozen(kw_only=True)
class PathParam:
    name: str
    ref: str | None
    match_field: str | None  # children whose field equals the id
    match_parent_field: str | None  # children whose ids are in the parent's array field


@attrs.frozen(kw_only=True)
class QueryParam:
    name: str
    required: bool
    field: Field


@attrs.frozen(kw_only=True)
class Operation:
    """One operation of the document, with what its route needs to know."""

    path: str
    method: str
    operation_id: str
    kind: str
    path_params: tuple[PathParam, ...]
    query: tuple[QueryParam, ...]  # declared query parameters besides the paging ones
    paged: bool
    sortable: bool
    filters: Mapping[str, str] | None
    filter_fields: Mapping[str, str]  # filter name -> the record field it reads, where they differ
    list_key: str | None
    item_schema: str | None
    body_schema: str | None
    body_required: bool
    status: int  # the first 2xx status declared
    response_schema: str | None
    target: str | None  # the collection schema a write changes
    moves_to: str | None
    window: Mapping[str, Any] | None
    requires: Mapping[str, tuple[str, ...]]


def _json_schema(holder: Mapping[str, Any]) -> Mapping[str, Any] | None:
    schema = holder.get("content", {}).get("application/json", {}).get("schema")
    return schema if isinstance(schema, dict) else None


class Document:
    """The collections and operations of one OpenAPI document."""

    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self.spec: dict[str, Any] = load_spec() if spec is None else spec
        self._fields: dict[str, dict[str, Field]] = {}
        schemas: dict[str, Any] = self.spec["components"]["schemas"]
        self.operations: list[Operation] = [
            self._operation(p, m, op) for p, m, op in operations(self.spec)
        ]
        implied = self._implied_refs()
        self.by_schema: dict[str, Collection] = {}
        for name in schemas:
            id_field = schema_extension(self.spec, name, "x-pracsuite-id")
            if id_field is None:
                continue
            fields = {
                k: f
                if (name, k) not in implied
                else attrs.evolve(f, ref=f.ref or implied[name, k], spread=True)
                for k, f in self.fields(name).items()
                if k not in LIST_FIELDS
            }
            self.by_schema[name] = Collection(
                schema=name,
                name=snake(name),
                label=label(name),
                id_field=id_field,
                fields=fields,
                links=schema_extension(self.spec, name, "x-pracsuite-links") or {},
            )
        self.collections: dict[str, Collection] = {c.name: c for c in self.by_schema.values()}

    def fields(self, schema: str) -> Mapping[str, Field]:
        """Every property of a component schema (allOf parts merged), as fields."""
        cached = self._fields.get(schema)
        if cached is None:
            node = self.spec["components"]["schemas"][schema]
            props: dict[str, Any] = {}
            for part in node.get("allOf", [node]):
                props.update(resolve(part, self.spec).get("properties", {}))
            cached = {name: make_field(name, prop) for name, prop in props.items()}
            self._fields[schema] = cached
        return cached

    def required(self, schema: str) -> tuple[str, ...]:
        node = self.spec["components"]["schemas"][schema]
        names: list[str] = []
        for part in [node, *node.get("allOf", [])]:
            names += resolve(part, self.spec).get("required", [])
        return tuple(dict.fromkeys(names))

    def extension(self, schema: str, key: str) -> Any:
        return schema_extension(self.spec, schema, key)

    def _implied_refs(self) -> dict[tuple[str, str], str]:
        """A nested list's ``{"field": F}`` match makes F of its items point at the parent."""
        implied: dict[tuple[str, str], str] = {}
        for op in self.operations:
            for param in op.path_params:
                if op.item_schema and param.match_field and param.ref:
                    implied[op.item_schema, param.match_field] = param.ref
        return implied

    def _operation(self, path: str, method: str, op: dict[str, Any]) -> Operation:
        params = [resolve(p, self.spec) for p in op.get("parameters", [])]
        names = {p["name"] for p in params}
        path_params = []
        query = []
        for p in params:
            if p.get("in") == "path":
                match = p.get("x-pracsuite-match") or {}
                path_params.append(
                    PathParam(
                        name=p["name"],
                        ref=p.get("x-pracsuite-ref"),
                        match_field=match.get("field"),
                        match_parent_field=match.get("parent_field"),
                    )
                )
            elif p.get("in") == "query" and p["name"] not in PAGE_PARAMS:
                query.append(
                    QueryParam(
                        name=p["name"],
                        required=bool(p.get("required")),
                        field=make_field(p["name"], p.get("schema", {})),
                    )
                )
        status, list_key, named = success(op, self.spec)
        item_schema = named if list_key else None
        body = _json_schema(op.get("requestBody", {}))
        response_schema = None if list_key else named
        moves_to = op.get("x-pracsuite-moves-to")
        target = op.get("x-pracsuite-collection") or response_schema
        if op.get("x-pracsuite-kind") == "cancel":
            target = next((p.ref for p in reversed(path_params) if p.ref), None)
        requires = op.get("x-pracsuite-requires") or {}
        return Operation(
            path=path,
            method=method,
            operation_id=op.get("operationId", f"{method} {path}"),
            kind=op.get("x-pracsuite-kind", ""),
            path_params=tuple(path_params),
            query=tuple(query),
            paged="page" in names,
            sortable="sort_by" in names,
            filters=op.get("x-pracsuite-filters"),
            filter_fields=op.get("x-pracsuite-filter-fields", {}),
            list_key=list_key,
            item_schema=item_schema,
            body_schema=None if body is None else ref_name(body),
            body_required=bool(op.get("requestBody", {}).get("required")),
            status=status,
            response_schema=response_schema,
            target=target,
            moves_to=moves_to,
            window=op.get("x-pracsuite-window"),
            requires={k: tuple(v) for k, v in requires.items()},
        )


@functools.cache
def document() -> Document:
    """The shipped document, read once."""
    return Document()
