"""Generate the SDK's models and tag namespaces from the OpenAPI document.

Run ``python tools/codegen.py`` after changing ``pracsuite_async/_spec/pracsuite.openapi.json``;
it rewrites one module per tag in ``pracsuite_async/_models/`` (records) and
``pracsuite_async/_tags/`` (declarations and the namespace class), the tables in
``_tags/__init__.py`` and the public ``pracsuite_async/types.py``, all formatted with ruff. A test
checks that running it changes nothing. It is a development tool: not part of the wheel.
"""

from __future__ import annotations

import keyword
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pracsuite_async._spec import (
    load_spec,
    operations,
    py_name,
    ref_name,
    resolve,
    snake,
)

PACKAGE = Path(__file__).resolve().parent.parent / "pracsuite_async"
MODELS_DIR = PACKAGE / "_models"
TAGS_DIR = PACKAGE / "_tags"
TYPES_FILE = PACKAGE / "types.py"
GENERATED = (
    "Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit."
)
HEADER = '"""{what}\n\n' + GENERATED + '\n"""\n'
SKIPPED_SCHEMAS = frozenset({"Record", "PageLinks", "Error"})
PAGING_PARAMS = frozenset({"page", "page_size", "sort_by", "q[]"})
METHOD_ORDER = ("list", "get", "create", "update", "cancel", "delete")
# Hand-written behaviour that some generated classes build on. The document names no Python
# code, so the generator keeps the table: tag name or schema name -> (module, class).
NAMESPACE_BASES = {"Available Appointment": (".._availability", "AvailabilitySearch")}
MODEL_BASES = {"AppointmentBookEntry": ("._kinds", "AppointmentBookEntryBase")}

# The options of every call, as real parameters: (name, annotation, default).
CALL_OPTIONS: tuple[tuple[str, str, str], ...] = (
    ("timeout", "Timeout | float | None", "None"),
    ("max_retries", "int | None", "None"),
    ("extra_query", "QueryParams | None", "None"),
    ("extra_headers", "Mapping[str, str] | None", "None"),
)
WRITE_OPTIONS: tuple[tuple[str, str, str], ...] = (
    *CALL_OPTIONS,
    ("extra_body", "Mapping[str, Any] | None", "None"),
)
PAGE_OPTIONS: tuple[tuple[str, str, str], ...] = (
    ("page_size", "int", "DEFAULT_PAGE_SIZE"),
    ("start_page", "int", "1"),
    ("limit", "int | None", "None"),
    ("concurrency", "int | None", "None"),
    ("on_change", "OnChange", '"warn"'),
)


def option_params(options: Iterable[tuple[str, str, str]]) -> tuple[list[str], str]:
    """Keyword parameters for the options, and the dict literal that hands them on."""
    params = [f"{name}: {annotation} = {default}" for name, annotation, default in options]
    passed = "{" + ", ".join(f"{name!r}: {name}" for name, _, _ in options) + "}"
    return params, passed


def sort_alias(model: str) -> str:
    """The Literal of the fields a list of ``model`` sorts by."""
    return f"{model}SortField"


def sort_fields_by_model(spec: Spec) -> dict[str, list[str]]:
    """Each model some list sorts, and its sortable fields (the same on every such list)."""
    found: dict[str, list[str]] = {}
    for _, ops in collect_namespaces(spec).values():
        for o in ops:
            if o.kind == "list" and o.sortable and o.model:
                fields = sorted(o.sort_fields())
                if found.setdefault(o.model, fields) != fields:
                    raise ValueError(f"{o.id}: {o.model} sorts by other fields elsewhere")
    return found


Spec = dict[str, Any]


def camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def is_record(spec: Spec, name: str) -> bool:
    schema = spec["components"]["schemas"][name]
    return any(p.get("$ref") == "#/components/schemas/Record" for p in schema.get("allOf", []))


def own_part(spec: Spec, name: str) -> dict[str, Any]:
    schema = spec["components"]["schemas"][name]
    parts = [p for p in schema.get("allOf", [schema]) if "$ref" not in p]
    return parts[0] if parts else {}


def body_schemas(spec: Spec) -> set[str]:
    names = set()
    for _, _, op in operations(spec):
        body = op.get("requestBody")
        if body:
            names.add(ref_name(body["content"]["application/json"]["schema"]) or "")
    return names


def split_type(prop: dict[str, Any]) -> tuple[str | None, bool]:
    kind = prop.get("type")
    if isinstance(kind, list):
        rest = [k for k in kind if k != "null"]
        return (rest[0] if rest else None), "null" in kind
    return kind, False


def py_type(prop: dict[str, Any], *, for_input: bool = False) -> str:
    """The Python annotation (without ``| None``) of a property."""
    target = ref_name(prop)
    if target:
        return target
    kinds = prop.get("type")
    if isinstance(kinds, list) and len([k for k in kinds if k != "null"]) > 1:
        # A value the docs show in more than one type: every one of them is accepted.
        alone = (py_type({**prop, "type": k}, for_input=for_input) for k in kinds if k != "null")
        return " | ".join(alone)
    kind, _ = split_type(prop)
    fmt = prop.get("format")
    if kind == "integer":
        return "int"
    if kind == "number":
        return "Decimal" if fmt == "decimal" else "float"
    if kind == "boolean":
        return "bool"
    if kind == "string":
        if fmt == "date-time":
            return "datetime"
        if fmt == "date":
            return "date"
        if fmt == "local-date-time":
            return "datetime" if for_input else "LocalDateTime"
        return "str"
    if kind == "array":
        item = py_type(prop.get("items", {}), for_input=for_input)
        return f"Sequence[{item}]" if for_input else f"tuple[{item}, ...]"
    return "Any"


def filter_format(prop: dict[str, Any]) -> str:
    """The FilterFormat member that checks and encodes a value of this property."""
    kind, _ = split_type(prop)
    if kind == "array":
        kind, _ = split_type(prop.get("items", {}))
        prop = prop.get("items", {})
    fmt = prop.get("format")
    if kind == "string":
        return {
            "date-time": "TIMESTAMP",
            "date": "DATE",
            "local-date-time": "DATETIME",
            "time": "TIME",
        }.get(fmt or "", "STRING")
    return {"integer": "INTEGER", "number": "DOUBLE", "boolean": "BOOLEAN"}[kind or "string"]


FILTER_FORMATS = {
    "string": "STRING",
    "integer": "INTEGER",
    "double": "DOUBLE",
    "number": "DOUBLE",
    "boolean": "BOOLEAN",
    "date": "DATE",
    "timestamp": "TIMESTAMP",
    "datetime": "DATETIME",
    "time": "TIME",
}


def first_sentence(text: str | None, limit: int = 300) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    end = text.find(". ")
    sentence = text if end < 0 else text[: end + 1]
    return sentence if len(sentence) <= limit else sentence[: limit - 3].rstrip() + "..."


def docstring(lines: Iterable[str], indent: str) -> str:
    body = [line.replace("\\", "\\\\").replace('"""', "'''") for line in lines if line is not None]
    while body and not body[-1]:
        body.pop()
    if not body:
        return ""
    wrapped: list[str] = []
    for line in body:
        # Links stay whole: no breaks inside or at the hyphens of a word.
        width = 92 - len(indent)
        wrapped.extend(
            textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""]
        )
    if len(wrapped) == 1:
        return f'{indent}"""{wrapped[0]}"""\n'
    inner = "\n".join(f"{indent}{w}" if w else "" for w in wrapped[1:])
    return f'{indent}"""{wrapped[0]}\n{inner}\n{indent}"""\n'


# --------------------------------------------------------------------------- models


def model_names(spec: Spec) -> list[str]:
    bodies = body_schemas(spec)
    return [
        name
        for name in spec["components"]["schemas"]
        if name not in SKIPPED_SCHEMAS and name not in bodies
    ]


def model_modules(spec: Spec) -> dict[str, str]:
    """Each model's module in ``_models/``: the namespace of the tag whose operations answer
    it, or, for a nested object, the module of the first model that holds it."""
    names = model_names(spec)
    namespace = {t["name"]: t["x-pracsuite-namespace"] for t in spec["tags"]}
    module: dict[str, str] = {}
    for _, _, op in operations(spec):
        model = _Op.answer_model(spec, op)
        if model in names:
            module.setdefault(model, namespace[op["tags"][0]])
    for name in _dependency_order(spec, names)[::-1]:  # holders before what they hold
        for target in _refs(spec, name):
            if target in names and name in module:
                module.setdefault(target, module[name])
    missing = sorted(set(names) - set(module))
    if missing:
        raise ValueError(f"no operation answers these schemas, nor holds them: {missing}")
    return module


def _refs(spec: Spec, name: str) -> list[str]:
    """The schemas a model's properties point at (directly or as array items)."""
    targets = []
    for prop in own_part(spec, name).get("properties", {}).values():
        target = ref_name(prop) or ref_name(prop.get("items", {}))
        if target:
            targets.append(target)
    return targets


def render_models(spec: Spec) -> dict[str, str]:
    """``_models/<namespace>.py`` sources by namespace."""
    names = model_names(spec)
    modules = model_modules(spec)
    order = _dependency_order(spec, names)
    titles = {t["x-pracsuite-namespace"]: t["name"] for t in spec["tags"]}
    sortable = sort_fields_by_model(spec)
    sources = {}
    for module in sorted(set(modules.values())):
        own = [n for n in order if modules[n] == module]
        imports = {"from ._base import Model, Record"}
        bases: dict[str, str] = {}
        for name in own:
            if name in MODEL_BASES:
                where, cls = MODEL_BASES[name]
                imports.add(f"from {where} import {cls}")
                bases[name] = cls
            else:
                bases[name] = "Record" if is_record(spec, name) else "Model"
            for target in _refs(spec, name):
                if target in modules and modules[target] != module:
                    imports.add(f"from .{modules[target]} import {target}")
        what = f"Records of ``ps.{module}`` (tag {titles[module]})."
        out = [HEADER.format(what=what)]
        out.append("from __future__ import annotations\n")
        out.append("from datetime import date, datetime")
        out.append("from decimal import Decimal")
        out.append("from typing import Any, Literal\n")
        out.append("import attrs\n")
        out.append("from .._convert import LocalDateTime")
        out.append("from .._redact import phi_repr")
        out.extend(sorted(imports))
        out.append("")
        aliases = []
        for name in own:
            out.append(_render_model(spec, name, bases[name]))
            if name in sortable:
                aliases.append(sort_alias(name))
                out.append(f"{sort_alias(name)} = Literal[{', '.join(map(repr, sortable[name]))}]")
                out.append(f'"""The fields a list of {name} sorts by: ``sort_by=[...]``."""\n')
        out.append(f"__all__ = {sorted([*own, *aliases])!r}")
        sources[module] = "\n".join(out) + "\n"
    _check_acyclic(spec, modules)
    return sources


def _check_acyclic(spec: Spec, modules: dict[str, str]) -> None:
    """Model modules import each other at run time (type hints are resolved): no cycles."""
    edges: dict[str, set[str]] = {}
    for name, module in modules.items():
        for target in _refs(spec, name):
            if target in modules and modules[target] != module:
                edges.setdefault(module, set()).add(modules[target])

    def visit(module: str, path: tuple[str, ...]) -> None:
        if module in path:
            raise ValueError(f"model modules import each other: {' -> '.join(path)}")
        for nxt in sorted(edges.get(module, ())):
            visit(nxt, (*path, module))

    for module in sorted(edges):
        visit(module, ())


def render_types(spec: Spec) -> str:
    """The public ``pracsuite_async.types``: every model, and the types their fields use."""
    modules = model_modules(spec)
    out = [
        '"""Every record type of the PracSuite API, one class per schema of the document.\n\n'
        "``from pracsuite_async.types import Patient``. Records are frozen attrs classes;\n"
        "fields the server adds later are ignored.\n\n" + GENERATED + '\n"""\n'
    ]
    out.append("from ._convert import LocalDateTime")
    out.append("from ._models import BookEntryKind, Model, Record")
    sortable = sort_fields_by_model(spec)
    for name in sorted(modules):
        alias = f", {sort_alias(name)}" if name in sortable else ""
        out.append(f"from ._models.{modules[name]} import {name}{alias}")
    out.append("from ._params import NotGiven")
    out.append("")
    exported = [*modules, "BookEntryKind", "LocalDateTime", "Model", "NotGiven", "Record"]
    exported += [sort_alias(name) for name in sortable]
    out.append(f"__all__ = {sorted(exported)!r}")
    return "\n".join(out) + "\n"


def _dependency_order(spec: Spec, names: list[str]) -> list[str]:
    done: list[str] = []

    def visit(name: str) -> None:
        if name in done:
            return
        for prop in own_part(spec, name).get("properties", {}).values():
            target = ref_name(prop) or ref_name(prop.get("items", {}))
            if target and target in names:
                visit(target)
        done.append(name)

    for name in sorted(names):
        visit(name)
    return done


def _named(name: str, record: bool) -> str:
    """``An appointment status record.``: a docstring for a schema the docs describe no more."""
    words = " ".join(part.lower() for part in re.findall(r"[A-Z][a-z]*", name))
    article = "An" if words[0] in "aeiou" else "A"
    return f"{article} {words}{' record' if record else ''}."


def _render_model(spec: Spec, name: str, base: str) -> str:
    part = own_part(spec, name)
    required = set(part.get("required", []))
    doc = [part.get("description") or _named(name, is_record(spec, name))]
    id_field = part.get("x-pracsuite-id")
    if id_field:
        doc += ["", f"Id: ``{id_field}``."]
    if part.get("x-pracsuite-incomplete"):
        doc += ["", "The docs showed only part of this schema: fields the server adds are ignored."]
    lines = ["@attrs.frozen(kw_only=True)", f"class {name}({base}):", docstring(doc, "    ")]
    fields = part.get("properties", {})
    ordered = sorted(fields, key=lambda f: f not in required)
    for field in ordered:
        if not field.isidentifier() or keyword.iskeyword(field):
            raise ValueError(f"{name}.{field} is not a Python identifier")
        annotation = py_type(fields[field])
        if field in required:
            lines.append(f"    {field}: {annotation}")
        elif fields[field].get("x-pracsuite-sensitive"):  # patient data: not in reprs
            hidden = "attrs.field(default=None, repr=phi_repr)"
            lines.append(f"    {field}: {annotation} | None = {hidden}")
        else:
            lines.append(f"    {field}: {annotation} | None = None")
    if not fields:
        lines.append("    pass")
    return "\n".join(line.rstrip("\n") for line in lines) + "\n\n"


# --------------------------------------------------------------------------- namespaces


def _param_decl(name: str, prop: dict[str, Any], required: bool) -> str:
    fmt = filter_format(prop)
    items = prop.get("items", {}) if split_type(prop)[0] == "array" else prop
    args = [f"name={name!r}", f"format=FilterFormat.{fmt}"]
    if required:
        args.append("required=True")
    if split_type(prop)[0] == "array":
        args.append("many=True")
    if split_type(prop)[1]:
        args.append("nullable=True")
    limits = (
        ("minimum", "minimum"),
        ("maximum", "maximum"),
        ("multipleOf", "multiple_of"),
        ("maxLength", "max_length"),
        ("pattern", "pattern"),
    )
    for key, arg in limits:
        if key in items:
            args.append(f"{arg}={items[key]!r}")
    if items.get("format") in ("email", "decimal"):
        args.append(f"text_format={items['format']!r}")
    choices = [c for c in items.get("enum", []) if c is not None]
    if choices:
        args.append(f"choices={tuple(choices)!r}")
    return f"Param({', '.join(args)})"


class _Op:
    def __init__(self, spec: Spec, path: str, method: str, op: dict[str, Any]) -> None:
        self.spec, self.path, self.http, self.op = spec, path, method, op
        self.id: str = op["operationId"]
        self.kind: str = op["x-pracsuite-kind"]
        self.method: str = op["x-pracsuite-method"]
        self.const = "_" + snake(self.id).upper()
        self.list_key: str | None = op.get("x-pracsuite-list-key")
        self.model = self.answer_model(spec, op)
        params = [resolve(p, spec) for p in op.get("parameters", [])]
        self.path_params = [p for p in params if p["in"] == "path"]
        self.query = [p for p in params if p["in"] == "query" and p["name"] not in PAGING_PARAMS]
        names = {p["name"] for p in params}
        self.paged = "page" in names
        self.sortable = "sort_by" in names
        self.filterable = "q[]" in names
        body = op.get("requestBody")
        self.body_schema = ref_name(body["content"]["application/json"]["schema"]) if body else None

    @staticmethod
    def answer_model(spec: Spec, op: dict[str, Any]) -> str | None:
        """The schema a success answers with: a list's items under its declared
        ``x-pracsuite-list-key``, or the record itself; None without a body."""
        for status, response in op.get("responses", {}).items():
            if not (status.isdigit() and 200 <= int(status) < 300):
                continue
            content = resolve(response, spec).get("content")
            if not content:
                return None
            schema = content["application/json"]["schema"]
            key = op.get("x-pracsuite-list-key")
            if key is None:
                return ref_name(schema)
            prop = schema.get("properties", {}).get(key)
            if prop is None or prop.get("type") != "array":
                raise ValueError(f"{op['operationId']}: no array {key!r} in the answer")
            return ref_name(prop.get("items", {}))
        return None

    def declaration(self) -> str:
        args = [f"operation_id={self.id!r}", f"path={self.path!r}"]
        if self.kind == "list":
            assert self.model, self.id
            assert self.list_key, self.id
            args += [f"list_key={self.list_key!r}", f"model={self.model}"]
            if self.sortable:
                # The fields as the method's sort_by type lists them: one list, not two.
                args.append(f"sort_fields=frozenset(get_args({sort_alias(str(self.model))}))")
            filters = self.op.get("x-pracsuite-filters", {})
            if filters:
                items = ", ".join(
                    f"{k!r}: FilterFormat.{FILTER_FORMATS[v]}" for k, v in filters.items()
                )
                args.append(f"filters={{{items}}}")
            if self.query:
                decls = [
                    _param_decl(p["name"], p["schema"], p.get("required", False))
                    for p in self.query
                ]
                args.append(f"query=({', '.join(decls)},)")
            window = self.op.get("x-pracsuite-window")
            if window:
                today = ", not_before_today=True" if window.get("not_before_today") else ""
                args.append(
                    f"window=Window(start={window['from']!r}, end={window['to']!r}, "
                    f"max_days={window['max_days']!r}{today})"
                )
            requires = self.op.get("x-pracsuite-requires")
            if requires:
                args.append(f"requires={ {k: tuple(v) for k, v in requires.items()}!r}")
            if not self.paged:
                args.append("paged=False")
            feed = self.change_feed()
            if feed:
                args.append(
                    f"changes=ChangeFeed({', '.join(f'{k}={v!r}' for k, v in feed.items())})"
                )
            return f"{self.const} = ListOperation({', '.join(args)})"
        if self.kind == "get":
            args.append(f"model={self.model}")
            return f"{self.const} = GetOperation({', '.join(args)})"
        args.insert(1, f"method={self.http!r}")
        args.append(f"model={self.model}")
        if self.body_schema:
            part = own_part(self.spec, self.body_schema)
            required = set(part.get("required", []))
            decls = [
                _param_decl(name, prop, name in required)
                for name, prop in part.get("properties", {}).items()
            ]
            args.append(f"body=({', '.join(decls)},)")
            exclusive = part.get("x-pracsuite-exclusive")
            if exclusive:
                args.append(f"exclusive={tuple(tuple(g) for g in exclusive)!r}")
            one_of = part.get("x-pracsuite-one-of")
            if one_of:
                args.append(f"one_of={tuple(tuple(map(tuple, c)) for c in one_of)!r}")
        annotation = "" if self.model else ": WriteOperation[None]"
        return f"{self.const}{annotation} = WriteOperation({', '.join(args)})"

    def change_feed(self) -> dict[str, str | None] | None:
        """How this list shows changes (its ``x-pracsuite-changes``), with the records' id."""
        feed = self.op.get("x-pracsuite-changes")
        if feed is None:
            return None
        assert self.model, self.id
        id_field = own_part(self.spec, self.model).get("x-pracsuite-id")
        return {**feed, "id": id_field}

    def render_watch(self, tag: str) -> str:
        feed = self.change_feed()
        assert feed is not None
        return (
            "    def watch(\n        self,\n        *,\n"
            "        since: datetime | Checkpoint | None = None,\n"
            "        interval: float = 30.0,\n"
            "        lookback: timedelta | None = None,\n"
            "        page_size: int = 100,\n"
            + "".join(f"        {p},\n" for p in option_params(CALL_OPTIONS)[0])
            + f"    ) -> AsyncGenerator[Change[{self.model}], None]:\n"
            + docstring(
                [
                    f"Changes feed of ``{self.http} {self.path}``: each created or updated record "
                    f"once, oldest first, polled every ``interval`` seconds through the "
                    f"``{feed['filter']}`` filter.",
                    "",
                    "``since``: a checkpoint (``change.checkpoint``, or "
                    "``Checkpoint.from_json(saved)``) to resume from, an aware datetime, or None "
                    "for changes from now on. ``lookback`` (default 5 s) re-reads that much "
                    "before the checkpoint for late commits and clock skew; nothing repeats.",
                ],
                "        ",
            )
            + f"        return self._watch({self.const}, {tag + '.watch'!r}, since, interval, "
            f"lookback, page_size, {option_params(CALL_OPTIONS)[1]})\n"
        )

    def sort_fields(self) -> list[str]:
        fields: list[str] = self.op.get("x-pracsuite-sort-fields", [])
        return fields

    def render(self, tag: str, *, raw: bool = False) -> str:
        """The method; ``raw``: its twin answering the HTTP response (not for lists)."""
        ids = [p["name"] for p in self.path_params]
        sig = ["self", *(f"{py_name(i)}: int" for i in ids)]
        if ids:
            sig.append("/")
        keyword_args: list[str] = []
        values: list[str] = []
        if self.kind == "list":
            required = [p for p in self.query if p.get("required")]
            optional = [p for p in self.query if not p.get("required")]
            for p in required:
                keyword_args.append(f"{py_name(p['name'])}: {py_type(p['schema'], for_input=True)}")
            for p in optional:
                t = py_type(p["schema"], for_input=True)
                keyword_args.append(f"{py_name(p['name'])}: {t} | None = None")
            values = [f"{p['name']!r}: {py_name(p['name'])}" for p in self.query]
            if self.op.get("x-pracsuite-window", {}).get("not_before_today"):
                # Not sent: the tenant's time zone, for the "not before today" rule.
                keyword_args.append("tz: str | tzinfo | None = None")
                values.append("'tz': tz")
            options = PAGE_OPTIONS
            if self.sortable:
                options += (("sort_by", f"Sequence[{sort_alias(str(self.model))}] | None", "None"),)
            if self.filterable:
                options += (("filters", "Iterable[Filter] | None", "()"),)
            options += CALL_OPTIONS
        elif self.body_schema:
            part = own_part(self.spec, self.body_schema)
            required_names = part.get("required", [])
            props = part.get("properties", {})
            for name in required_names:
                keyword_args.append(f"{py_name(name)}: {py_type(props[name], for_input=True)}")
            for name, prop in props.items():
                if name not in required_names:
                    t = py_type(prop, for_input=True) + (" | None" if split_type(prop)[1] else "")
                    keyword_args.append(f"{py_name(name)}: {t} | NotGiven = NOT_GIVEN")
            values = [f"{n!r}: {py_name(n)}" for n in props]
            options = WRITE_OPTIONS
        elif self.kind != "get":
            options = WRITE_OPTIONS
        else:
            options = CALL_OPTIONS
        option_sig, passed = option_params(options)
        taken = {a.split(":")[0] for a in keyword_args} & {o[0] for o in options}
        if taken:
            raise ValueError(f"{self.id}: arguments named as call options: {sorted(taken)}")
        sig.append("*")
        sig += keyword_args + option_sig
        name = f"{tag}.{self.method}"  # named in error messages: "patients.get()"
        id_map = "{" + ", ".join(f"{i!r}: {py_name(i)}" for i in ids) + "}"
        value_map = "{" + ", ".join(values) + "}"
        if self.kind == "list":
            returns = f"AsyncPager[{self.model}]"
            call = f"self._list({self.const}, {name!r}, {id_map}, {value_map}, {passed})"
            prefix = "def"
        elif self.kind == "get":
            returns = str(self.model)
            # A get is the engine's own coroutine: nothing to add between the call and it.
            helper = "_raw_get" if raw else "_engine.get"
            call = f"await self.{helper}({self.const}, {name!r}, {id_map}, {passed})"
            prefix = "async def"
        else:
            prefix = "async def"
            helper = ("_raw" if raw else "") + ("_write" if self.model else "_command")
            returns = self.model or "None"
            call = f"await self.{helper}({self.const}, {name!r}, {id_map}, {value_map}, {passed})"
        lines = self.doc_lines()
        if raw:
            returns = f"APIResponse[{returns}]"
            lines = [
                f"``{tag}.{self.method}()`` answering its HTTP response: status, headers, "
                "request id, timing; ``.parse()`` gives the result."
            ]
        head = f"    {prefix} {self.method}({', '.join(sig)}) -> {returns}:\n"
        return head + docstring(lines, "        ") + f"        return {call}\n"

    def doc_lines(self) -> list[str]:
        lines = [f"{self.op.get('summary', self.id)}: ``{self.http} {self.path}``."]
        if self.op.get("description"):
            lines += ["", self.op["description"]]
        if self.kind == "list":
            filters = self.op.get("x-pracsuite-filters", {})
            if filters:
                lines += ["", "Filters: " + ", ".join(f"{k} ({v})" for k, v in filters.items())]
            if self.op.get("x-pracsuite-window", {}).get("not_before_today"):
                lines += [
                    "",
                    "``from_`` cannot be before today in the tenant's time zone: pass it as ``tz`` "
                    "(e.g. ``'Australia/Adelaide'``); without it only dates before today in every "
                    "zone (UTC-12) are refused here.",
                ]
        if self.kind not in ("list", "get"):
            part = own_part(self.spec, self.body_schema) if self.body_schema else {}
            for choice in part.get("x-pracsuite-one-of", ()):
                forms = " or ".join(" + ".join(f"``{n}``" for n in alt) for alt in choice)
                lines += ["", f"Give exactly one of {forms}."]
            lines += ["", "Arguments are checked before sending; never re-sent blindly."]
        docs = self.op.get("externalDocs", {}).get("url")
        if docs:
            lines += ["", f"Docs: {docs}"]
        return lines


def collect_namespaces(spec: Spec) -> dict[str, tuple[dict[str, Any], list[_Op]]]:
    by_tag: dict[str, list[_Op]] = {t["name"]: [] for t in spec["tags"]}
    for path, method, op in operations(spec):
        by_tag[op["tags"][0]].append(_Op(spec, path, method, op))
    result = {}
    for tag in spec["tags"]:
        ops = sorted(by_tag[tag["name"]], key=_method_rank)
        names = [o.method for o in ops]
        if len(set(names)) != len(names):
            raise ValueError(f"tag {tag['name']}: two operations map to one method: {names}")
        result[tag["x-pracsuite-namespace"]] = (tag, ops)
    return result


def _method_rank(op: _Op) -> tuple[int, str]:
    head = op.method.split("_", 1)[0]
    rank = METHOD_ORDER.index(head) if head in METHOD_ORDER else len(METHOD_ORDER)
    return rank, op.method


def render_namespace(spec: Spec, attr: str, tag: dict[str, Any], ops: list[_Op]) -> str:
    """``_tags/<namespace>.py``: the tag's operation declarations, then its namespace class."""
    modules = model_modules(spec)
    out = [HEADER.format(what=f"``ps.{attr}``: the operations of tag {tag['name']}.")]
    out.append("from __future__ import annotations\n")
    out.append("from collections.abc import AsyncGenerator, Iterable, Mapping, Sequence")
    out.append("from datetime import date, datetime, timedelta, tzinfo")
    out.append("from decimal import Decimal")
    out.append("from typing import Any, get_args\n")
    out.append("from .._changes import Change, Checkpoint")
    out.append("from .._config import Timeout")
    out.append("from .._extras import QueryParams")
    sortable = sort_fields_by_model(spec)
    for model in sorted({o.model for o in ops if o.model}):
        alias = f", {sort_alias(model)}" if model in sortable else ""
        out.append(f"from .._models.{modules[model]} import {model}{alias}")
    out.append("from .._namespace import Namespace")
    out.append(
        "from .._operations import ChangeFeed, GetOperation, ListOperation, Operation, Param, "
        "Window, WriteOperation"
    )
    out.append("from .._pagination import AsyncPager, OnChange")
    out.append("from .._params import NOT_GIVEN, NotGiven")
    out.append("from .._response import APIResponse")
    out.append("from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat")
    base = "Namespace"
    if tag["name"] in NAMESPACE_BASES:
        where, base = NAMESPACE_BASES[tag["name"]]
        out.append(f"from {where} import {base}")
    out.append("")
    for o in ops:
        out.append(o.declaration())
    out.append("")
    out.append("METHODS: dict[str, Operation] = {")
    out += [f"    {o.method!r}: {o.const}," for o in ops]
    out.append("}")
    out.append(f'"""Every method of :class:`{camel(attr)}` and the operation it sends."""')
    out.append("\n")
    doc = [f"Tag {tag['name']}: ``ps.{attr}``."]
    if tag.get("description"):
        doc += ["", first_sentence(tag["description"], 400)]
    if not ops:
        doc += ["", "The docs show no readable operation of this tag; none is offered."]
    docs = tag.get("externalDocs", {}).get("url")
    if docs:
        doc += ["", f"Docs: {docs}"]
    body = [f"class {camel(attr)}({base}):", docstring(doc, "    ").rstrip("\n"), ""]
    body.append("    _methods = METHODS\n")
    singles = [o for o in ops if o.kind != "list"]
    raw_cls = f"{camel(attr)}WithRawResponse"
    if singles:
        body.append(
            "    @property\n"
            f"    def with_raw_response(self) -> {raw_cls}:\n"
            + docstring(
                [
                    "The same calls (lists aside: their pages carry their response), each "
                    "answering an :class:`~pracsuite_async.APIResponse` (status, headers, "
                    "request id, timing, the request sent); ``.parse()`` gives the result."
                ],
                "        ",
            )
            + f"        return {raw_cls}(self._engine)\n"
        )
    for o in ops:
        body.append(o.render(attr))
        if o.method == "list" and o.change_feed():
            body.append(o.render_watch(attr))
    out.append("\n".join(body))
    if singles:
        raw = [
            "",
            f"class {raw_cls}(Namespace):",
            docstring([f"``ps.{attr}.with_raw_response``."], "    "),
        ]
        raw += [o.render(attr, raw=True) for o in singles]
        out.append("\n".join(raw))
    return "\n".join(out) + "\n"


def render_tag_index(spec: Spec) -> str:
    """``_tags/__init__.py``: the tables over every namespace, and the client's attributes."""
    namespaces = collect_namespaces(spec)
    out = [HEADER.format(what="One namespace per API tag (a module each), and tables of them.")]
    out.append("from __future__ import annotations\n")
    out.append("from .._engine import Engine")
    out.append("from .._operations import Operation")
    out.append("from .._namespace import Namespace")
    out += [f"from . import {attr}" for attr in sorted(namespaces)]
    out += [f"from .{attr} import {camel(attr)}" for attr in sorted(namespaces)]
    out.append("")
    modules = ", ".join(f"{attr!r}: {attr}" for attr in sorted(namespaces))
    out.append(
        "METHODS: dict[str, Operation] = {\n"
        f"    f'{{name}}.{{method}}': op\n"
        f"    for name, module in {{{modules}}}.items()\n"
        "    for method, op in module.METHODS.items()\n"
        "}"
    )
    out.append('"""Every client method (``"<namespace>.<method>"``) and the operation it sends."""')
    out.append("")
    out.append(
        "OPERATIONS: dict[str, Operation] = {\n"
        "    op.operation_id: op\n"
        "    for op in sorted(METHODS.values(), key=lambda op: op.operation_id)\n"
        "}"
    )
    out.append('"""Every operation of the document by operationId."""\n\n')
    out.append("class Namespaces:")
    out.append('    """The tag namespaces of :class:`AsyncPracSuite`, one attribute per tag."""\n')
    for attr in sorted(namespaces):
        out.append(f"    {attr}: {camel(attr)}")
    out.append("")
    out.append("    def _bind_namespaces(self, engine: Engine) -> None:")
    for attr in sorted(namespaces):
        out.append(f"        self.{attr} = {camel(attr)}(engine)")
    out.append("\n")
    table = ", ".join(f"{a!r}: {camel(a)}" for a in sorted(namespaces))
    out.append(f"NAMESPACES: dict[str, type[Namespace]] = {{{table}}}")
    out.append("")
    names = ["METHODS", "NAMESPACES", "OPERATIONS", "Namespaces"]
    out.append(f"__all__ = {names!r}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- driver


def format_sources(sources: dict[Path, str]) -> dict[Path, str]:
    """``sources`` as ``ruff format`` and the import fixes (the project's tools) leave them."""
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for target, text in sources.items():
            # One folder per package keeps ruff's first-party import sorting as in the tree.
            path = Path(tmp) / target.parent.relative_to(PACKAGE.parent) / target.name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            files[target] = path
        ruff = [sys.executable, "-m", "ruff"]
        common = ["--quiet", "--isolated", "--line-length", "100", "--target-version", "py311", tmp]
        # Unused imports go before sorting wraps long import lines (no stray trailing commas).
        for rules in ("F401", "I,RUF022"):
            subprocess.run([*ruff, "check", "--fix", "--select", rules, *common], check=False)
        subprocess.run([*ruff, "format", *common], check=True)
        return {target: path.read_text(encoding="utf-8") for target, path in files.items()}


def generate(spec: Spec | None = None) -> dict[Path, str]:
    """Every generated file's path and formatted contents."""
    doc = load_spec() if spec is None else spec
    sources = {MODELS_DIR / f"{m}.py": text for m, text in render_models(doc).items()}
    for attr, (tag, ops) in collect_namespaces(doc).items():
        sources[TAGS_DIR / f"{attr}.py"] = render_namespace(doc, attr, tag, ops)
    sources[TAGS_DIR / "__init__.py"] = render_tag_index(doc)
    sources[TYPES_FILE] = render_types(doc)
    return format_sources(sources)


def stale_files(generated: Iterable[Path]) -> list[Path]:
    """Files an earlier run generated that this one no longer writes."""
    keep = set(generated)
    return sorted(
        path
        for folder in (MODELS_DIR, TAGS_DIR)
        for path in folder.glob("*.py")
        if path not in keep and GENERATED in path.read_text(encoding="utf-8")
    )


def main() -> None:
    files = generate()
    for path in stale_files(files):
        path.unlink()
        print(f"removed {path.relative_to(PACKAGE.parent)}")
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(PACKAGE.parent)}")


if __name__ == "__main__":
    main()
