"""Generate the SDK's models and tag namespaces from the OpenAPI document.

Run ``python pracsuite_async/_spec/codegen.py`` after changing ``pracsuite.openapi.json``; it
rewrites ``_models/_generated.py`` and ``_tags/_generated.py`` (formatted with ruff). A test
checks that running it changes nothing. Run as a script, it does not import the SDK, so it
works even while the generated code is broken.
"""

from __future__ import annotations

import keyword
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import Any

if __package__:
    from . import (
        answer,
        load_spec,
        operations,
        py_name,
        ref_name,
        resolve,
        schema_properties,
        snake,
    )
else:  # run as a script: load the document helpers without importing the package
    import importlib.util

    _loader = importlib.util.spec_from_file_location(
        "_pracsuite_spec", Path(__file__).with_name("__init__.py")
    )
    assert _loader is not None
    assert _loader.loader is not None
    _module = importlib.util.module_from_spec(_loader)
    _loader.loader.exec_module(_module)
    answer, load_spec, operations = _module.answer, _module.load_spec, _module.operations
    py_name, ref_name, resolve = _module.py_name, _module.ref_name, _module.resolve
    schema_properties, snake = _module.schema_properties, _module.snake

PACKAGE = Path(__file__).resolve().parent.parent
MODELS_FILE = PACKAGE / "_models" / "_generated.py"
TAGS_FILE = PACKAGE / "_tags" / "_generated.py"
HEADER = (
    '"""{what}\n\nGenerated from ``_spec/pracsuite.openapi.json`` by\n'
    '``python pracsuite_async/_spec/codegen.py``: do not edit.\n"""\n'
)
SKIPPED_SCHEMAS = frozenset({"Record", "PageLinks", "Error"})
PAGING_PARAMS = frozenset({"page", "page_size", "sort_by", "q[]"})
METHOD_ORDER = ("list", "get", "create", "update", "cancel", "delete")

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
        return "float"
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
        wrapped.extend(textwrap.wrap(line, 92 - len(indent)) or [""])
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


def render_models(spec: Spec) -> str:
    names = model_names(spec)
    order = _dependency_order(spec, names)
    bases: dict[str, str] = {}
    imports = {"from ._base import Model, Record"}
    for name in order:
        base = own_part(spec, name).get("x-pracsuite-base")
        if base:
            module, cls = base.split(":")
            imports.add(f"from .{module.rsplit('.', 1)[1]} import {cls}")
            bases[name] = cls
        else:
            bases[name] = "Record" if is_record(spec, name) else "Model"
    out = [HEADER.format(what="Typed records of the PracSuite API, one class per schema.")]
    out.append("from __future__ import annotations\n")
    out.append("from datetime import date, datetime")
    out.append("from typing import Any\n")
    out.append("import attrs\n")
    out.append("from .._convert import LocalDateTime")
    out.extend(sorted(imports))
    out.append("")
    for name in order:
        out.append(_render_model(spec, name, bases[name]))
    out.append(f"__all__ = {sorted(order)!r}")
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


def _render_model(spec: Spec, name: str, base: str) -> str:
    part = own_part(spec, name)
    required = set(part.get("required", []))
    doc = [first_sentence(part.get("description")) or f"A {name} record."]
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
    for key, arg in (("minimum", "minimum"), ("maximum", "maximum"), ("multipleOf", "multiple_of")):
        if key in items:
            args.append(f"{arg}={items[key]!r}")
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
        _, self.list_key, self.model = answer(op, spec)
        params = [resolve(p, spec) for p in op.get("parameters", [])]
        self.path_params = [p for p in params if p["in"] == "path"]
        self.query = [p for p in params if p["in"] == "query" and p["name"] not in PAGING_PARAMS]
        names = {p["name"] for p in params}
        self.sortable = "sort_by" in names
        self.filterable = "q[]" in names
        body = op.get("requestBody")
        self.body_schema = ref_name(body["content"]["application/json"]["schema"]) if body else None

    def declaration(self) -> str:
        args = [f"operation_id={self.id!r}", f"path={self.path!r}"]
        if self.kind == "list":
            assert self.model, self.id
            assert self.list_key, self.id
            args += [f"list_key={self.list_key!r}", f"model={self.model}"]
            if self.sortable:
                args.append(f"sort_fields=frozenset({sorted(self.sort_fields())!r})")
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
                args.append(
                    f"window=Window(start={window['from']!r}, end={window['to']!r}, "
                    f"max_days={window['max_days']!r})"
                )
            requires = self.op.get("x-pracsuite-requires")
            if requires:
                args.append(f"requires={ {k: tuple(v) for k, v in requires.items()}!r}")
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
        """How this top-level list shows changes, when its records carry a change time that a
        timestamp filter selects on."""
        if self.path_params or any(p.get("required") for p in self.query) or not self.model:
            return None
        filters = self.op.get("x-pracsuite-filters", {})
        renamed = self.op.get("x-pracsuite-filter-fields", {})
        props = schema_properties(self.model, self.spec)
        id_field = own_part(self.spec, self.model).get("x-pracsuite-id")

        def is_time(field: str) -> bool:
            return bool(props.get(field, {}).get("format") == "date-time")

        # Last-change filters first; a list whose records carry only a creation time gets a
        # feed of new records.
        for name in ("updated", "modified", "created", "file_created"):
            stamp = renamed.get(name, name)
            if filters.get(name) == "timestamp" and is_time(stamp):
                if name in ("created", "file_created"):
                    created: str | None = stamp
                else:
                    created = "created" if is_time("created") else None
                return {"filter": name, "stamp": stamp, "created": created, "id": id_field}
        return None

    def render_watch(self) -> str:
        feed = self.change_feed()
        assert feed is not None
        return (
            "    def watch(\n        self,\n        *,\n"
            "        since: datetime | Checkpoint | None = None,\n"
            "        interval: float = 30.0,\n"
            "        lookback: timedelta | None = None,\n"
            "        page_size: int = 100,\n"
            "        **options: Unpack[CallOptions],\n"
            f"    ) -> AsyncGenerator[Change[{self.model}], None]:\n"
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
            + f"        return self._watch({self.const}, since, interval, "
            "lookback, page_size, options)\n"
        )

    def sort_fields(self) -> list[str]:
        assert self.model
        props = schema_properties(self.model, self.spec)
        return [
            name
            for name, prop in props.items()
            if split_type(prop)[0] in ("integer", "number", "string", "boolean")
            and name not in ("row_num", "total_rows")
        ]

    def render(self, tag: str) -> str:
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
            options = "ListOptions" if (self.sortable or self.filterable) else "PageOptions"
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
            options = "CallOptions"
        else:
            options = "CallOptions"
        if keyword_args:
            sig.append("*")
            sig += keyword_args
        sig.append(f"**options: Unpack[{options}]")
        id_map = "{" + ", ".join(f"{i!r}: {py_name(i)}" for i in ids) + "}"
        value_map = "{" + ", ".join(values) + "}"
        if self.kind == "list":
            returns = f"AsyncPager[{self.model}]"
            call = f"self._list({self.const}, {self.method!r}, {id_map}, {value_map}, options)"
            prefix = "def"
        elif self.kind == "get":
            returns = str(self.model)
            call = f"await self._get({self.const}, {self.method!r}, {id_map}, options)"
            prefix = "async def"
        else:
            prefix = "async def"
            helper = "_write" if self.model else "_command"
            returns = self.model or "None"
            call = (
                f"await self.{helper}({self.const}, {self.method!r}, {id_map}, {value_map}, "
                "options)"
            )
        head = f"    {prefix} {self.method}({', '.join(sig)}) -> {returns}:\n"
        return head + docstring(self.doc_lines(), "        ") + f"        return {call}\n"

    def doc_lines(self) -> list[str]:
        lines = [f"{self.op.get('summary', self.id)}: ``{self.http} {self.path}``."]
        if self.kind == "list":
            filters = self.op.get("x-pracsuite-filters", {})
            if filters:
                lines += ["", "Filters: " + ", ".join(f"{k} ({v})" for k, v in filters.items())]
        if self.op.get("x-pracsuite-inferred"):
            lines += ["", "Inferred: " + first_sentence(self.op.get("description"), 400)]
        if self.kind not in ("list", "get"):
            part = own_part(self.spec, self.body_schema) if self.body_schema else {}
            for choice in part.get("x-pracsuite-one-of", ()):
                forms = " or ".join(" + ".join(f"``{n}``" for n in alt) for alt in choice)
                lines += ["", f"Give exactly one of {forms}."]
            lines += ["", "Arguments are checked before sending; never re-sent blindly."]
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


def render_namespaces(spec: Spec) -> str:
    namespaces = collect_namespaces(spec)
    models = sorted({o.model for _, ops in namespaces.values() for o in ops if o.model})
    mixins = {
        tag["x-pracsuite-base"] for tag, _ in namespaces.values() if tag.get("x-pracsuite-base")
    }
    out = [HEADER.format(what="One namespace per API tag, one method per operation.")]
    out.append("from __future__ import annotations\n")
    out.append("from collections.abc import AsyncGenerator, Sequence")
    out.append("from datetime import date, datetime, timedelta")
    out.append("from typing import Unpack\n")
    out.append("from .._changes import Change, Checkpoint")
    out.append("from .._engine import Engine")
    out.append(f"from .._models import {', '.join(models)}")
    out.append("from .._namespace import CallOptions, ListOptions, Namespace, PageOptions")
    out.append(
        "from .._operations import ChangeFeed, GetOperation, ListOperation, Operation, Param, "
        "Window, WriteOperation"
    )
    out.append("from .._pagination import AsyncPager")
    out.append("from .._params import NOT_GIVEN, NotGiven")
    out.append("from .._query import FilterFormat")
    for mixin in sorted(mixins):
        module, cls = mixin.split(":")
        out.append(f"from ..{module.split('.', 1)[1]} import {cls}")
    out.append("")

    all_ops = [o for _, ops in namespaces.values() for o in ops]
    for o in sorted(all_ops, key=lambda o: o.id):
        out.append(o.declaration())
    out.append("")
    out.append("OPERATIONS: dict[str, Operation] = {")
    out += [f"    {o.id!r}: {o.const}," for o in sorted(all_ops, key=lambda o: o.id)]
    out.append("}")
    out.append('"""Every operation of the document by operationId."""\n')
    out.append("METHODS: dict[str, Operation] = {")
    out += [
        f"    '{attr}.{o.method}': {o.const},"
        for attr, (_, ops) in sorted(namespaces.items())
        for o in ops
    ]
    out.append("}")
    out.append(
        '"""Every client method (``"<namespace>.<method>"``) and the operation it sends."""\n\n'
    )
    classes = []
    for attr, (tag, ops) in sorted(namespaces.items()):
        cls = camel(attr)
        classes.append((attr, cls))
        base = tag.get("x-pracsuite-base", ":Namespace").split(":")[1]
        doc = [f"Tag {tag['name']}: ``ps.{attr}``."]
        if tag.get("description"):
            doc += ["", first_sentence(tag["description"], 400)]
        if not ops:
            doc += ["", "The docs show no readable operation of this tag; none is offered."]
        body = [f"class {cls}({base}):", docstring(doc, "    ").rstrip("\n"), ""]
        body.append(f"    _tag = {attr!r}\n")
        for o in ops:
            body.append(o.render(attr))
            if o.method == "list" and o.change_feed():
                body.append(o.render_watch())
        out.append("\n".join(body) + "\n")
    out.append("class Namespaces:")
    out.append('    """The tag namespaces of :class:`AsyncPracSuite`, one attribute per tag."""\n')
    for attr, cls in classes:
        out.append(f"    {attr}: {cls}")
    out.append("")
    out.append("    def _bind_namespaces(self, engine: Engine) -> None:")
    for attr, cls in classes:
        out.append(f"        self.{attr} = {cls}(engine)")
    out.append("\n")
    table = ", ".join(f"{a!r}: {c}" for a, c in classes)
    out.append(f"NAMESPACES: dict[str, type[Namespace]] = {{{table}}}")
    # The public part: the type of each ``ps.<tag>``, re-exported by the package.
    out.append(f"__all__ = {sorted(c for _, c in classes)!r}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- driver


def format_source(source: str) -> str:
    """``source`` as ``ruff format`` (the project's formatter) leaves it."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "generated.py"
        path.write_text(source, encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "ruff", "format", "--quiet", "--line-length", "100", str(path)],
            check=True,
        )
        subprocess.run(
            [
                *(sys.executable, "-m", "ruff", "check", "--quiet", "--fix"),
                *("--select", "I,F401,RUF022", "--line-length", "100", str(path)),
            ],
            check=False,
        )
        subprocess.run(
            [sys.executable, "-m", "ruff", "format", "--quiet", "--line-length", "100", str(path)],
            check=True,
        )
        return path.read_text(encoding="utf-8")


def generate(spec: Spec | None = None) -> dict[Path, str]:
    """The generated files' contents, formatted."""
    doc = load_spec() if spec is None else spec
    return {
        MODELS_FILE: format_source(render_models(doc)),
        TAGS_FILE: format_source(render_namespaces(doc)),
    }


def main() -> None:
    for path, text in generate().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(PACKAGE.parent)}")


if __name__ == "__main__":
    main()
