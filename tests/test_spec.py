"""The OpenAPI document is the single source: valid, fully reachable, and in sync with the code."""

from __future__ import annotations

import inspect
import json
import re
import typing
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate

import pracsuite_async
import pracsuite_async.types
from pracsuite_async import AsyncPracSuite
from pracsuite_async._namespace import CallOptions, ListOptions, PageOptions
from pracsuite_async._operations import GetOperation, ListOperation, WriteOperation
from pracsuite_async._pagination import ItemStream, PageStream
from pracsuite_async._spec import load_spec, operations, resolve
from pracsuite_async._tags import METHODS, NAMESPACES, OPERATIONS
from pracsuite_async._wire import OPERATORS_BY_FORMAT
from tools.codegen import PAGING_PARAMS, generate, model_names, stale_files

SPEC = load_spec()
DOC_OPS = {op["operationId"]: (path, method, op) for path, method, op in operations()}


def test_the_document_is_valid_openapi_3_1() -> None:
    validate(SPEC)
    assert SPEC["openapi"].startswith("3.1")


def test_regenerating_the_code_changes_nothing() -> None:
    generated = generate()
    for path, text in generated.items():
        assert path.exists(), f"{path.name} is missing: run python tools/codegen.py"
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is stale: run python tools/codegen.py"
        )
    assert stale_files(generated) == [], "run python tools/codegen.py"


def _nodes(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _nodes(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _nodes(value, f"{where}/{i}")


def test_every_inferred_choice_says_why() -> None:
    unexplained = [
        where
        for where, node in _nodes(SPEC)
        if node.get("x-pracsuite-inferred") and not node.get("x-pracsuite-source")
    ]
    assert unexplained == []


def test_every_source_note_has_the_documented_form() -> None:
    sources = {
        where: n["x-pracsuite-source"] for where, n in _nodes(SPEC) if "x-pracsuite-source" in n
    }
    assert len(sources) > 29
    for where, source in sources.items():
        assert set(source) == {"decided_by", "why"}, where
        assert source["decided_by"] in ("bundle", "pages", "inference"), where
        assert isinstance(source["why"], str), where
        assert source["why"].strip(), where


def test_the_document_names_no_python_code() -> None:
    text = json.dumps(SPEC)
    assert "pracsuite_async" not in text
    assert "x-pracsuite-base" not in text


HARVEST_NOTES = ("harvester", ".md", "cut off", "not shown", "not seen", "stored", "found:")


def test_what_users_read_on_hover_holds_no_harvesting_notes() -> None:
    documented: list[tuple[str, str]] = []
    for name in pracsuite_async.types.__all__:
        value = getattr(pracsuite_async.types, name)
        if typing.get_origin(value) is typing.Literal:
            continue  # a <Model>SortField alias: documented in the source (IDEs show that)
        documented.append((name, value.__doc__ or ""))
    documented += [(name, cls.__doc__ or "") for name, cls in NAMESPACES.items()]
    for name in METHODS:
        namespace, method = name.split(".")
        documented.append((name, getattr(NAMESPACES[namespace], method).__doc__ or ""))
    # The links to the docs pages stay (their addresses may end in .md).
    prose = [(name, re.sub(r"Docs:\s+\S+", "", doc)) for name, doc in documented]
    noted = [(name, note) for name, doc in prose for note in HARVEST_NOTES if note in doc]
    assert noted == []
    assert all(doc.strip() for _, doc in documented)


def test_every_operation_has_exactly_one_client_method() -> None:
    assert set(OPERATIONS) == set(DOC_OPS)
    sent = sorted(op.operation_id for op in METHODS.values())
    assert sent == sorted(DOC_OPS), "an operation has no method, or two methods"
    client = AsyncPracSuite("v", "a")
    for name in METHODS:
        namespace, method = name.split(".")
        assert callable(getattr(getattr(client, namespace), method)), name


def test_every_tag_has_a_namespace_on_the_client() -> None:
    tags = {tag["x-pracsuite-namespace"] for tag in SPEC["tags"]}
    assert tags == set(NAMESPACES)
    client = AsyncPracSuite("v", "a")
    for name, cls in NAMESPACES.items():
        assert isinstance(getattr(client, name), cls)


def _doc_params(op: dict[str, Any]) -> list[dict[str, Any]]:
    return [resolve(p) for p in op.get("parameters", [])]


def _answer_schema(op: dict[str, Any]) -> tuple[str | None, str | None]:
    for status, response in op["responses"].items():
        if status.startswith("2"):
            content = resolve(response).get("content")
            if not content:
                return None, None
            schema = content["application/json"]["schema"]
            if "$ref" in schema:
                return None, schema["$ref"].rsplit("/", 1)[1]
            ((key, prop),) = [(k, p) for k, p in schema["properties"].items() if "items" in p]
            return key, prop["items"]["$ref"].rsplit("/", 1)[1]
    raise AssertionError(f"{op['operationId']} has no 2xx answer")


@pytest.mark.parametrize("name", sorted(METHODS))
def test_each_method_matches_its_operation_in_the_document(name: str) -> None:
    declared = METHODS[name]
    path, method, op = DOC_OPS[declared.operation_id]
    assert (declared.method, declared.path) == (method, path)
    assert name.split(".")[1] == op["x-pracsuite-method"]
    params = _doc_params(op)
    assert declared.path_params == tuple(p["name"] for p in params if p["in"] == "path")
    list_key, model = _answer_schema(op)
    assert (declared.model.__name__ if declared.model else None) == model
    if isinstance(declared, ListOperation):
        assert declared.list_key == list_key
        documented = op.get("x-pracsuite-filters", {})
        assert {k: v.value for k, v in declared.filters.items()} == {
            k: "double" if v == "number" else v for k, v in documented.items()
        }
        names = {p["name"] for p in params}
        assert bool(declared.sort_fields) == ("sort_by" in names)
        query = [p for p in params if p["in"] == "query" and p["name"] not in PAGING_PARAMS]
        assert [(q.name, q.required) for q in declared.query] == [
            (p["name"], p.get("required", False)) for p in query
        ]
    elif isinstance(declared, WriteOperation):
        body = op.get("requestBody")
        schema = resolve(body["content"]["application/json"]["schema"]) if body else {}
        assert [(f.name, f.required) for f in declared.body] == [
            (n, n in schema.get("required", [])) for n in schema.get("properties", {})
        ]
    else:
        assert isinstance(declared, GetOperation)


@pytest.mark.parametrize("name", sorted(METHODS))
def test_method_signatures_name_their_path_ids_and_return_the_model(name: str) -> None:
    namespace, method = name.split(".")
    func = getattr(NAMESPACES[namespace], method)
    signature = inspect.signature(func)
    positional = [p.name for p in signature.parameters.values() if p.kind is p.POSITIONAL_ONLY][1:]
    assert positional == [re.sub(r"^(from)$", r"\1_", p) for p in METHODS[name].path_params]
    model = METHODS[name].model
    returned = str(signature.return_annotation)
    assert (model.__name__ if model else "None") in returned


def test_every_answer_schema_is_an_exported_model() -> None:
    names = model_names(SPEC)
    assert {"Patient", "Appointment", "AvailableAppointment", "InvoiceItem"} <= set(names)
    for name in names:
        assert name in pracsuite_async.types.__all__
        assert getattr(pracsuite_async.types, name).__name__ == name


def test_the_sdk_allows_exactly_the_filter_operators_the_document_lists() -> None:
    documented = SPEC["info"]["x-pracsuite-filter-syntax"]["operators_by_format"]
    assert {fmt.value: sorted(ops) for fmt, ops in OPERATORS_BY_FORMAT.items()} == {
        fmt: sorted(ops) for fmt, ops in documented.items()
    }


def _types_in(hint: object) -> Iterator[type]:
    if isinstance(hint, type):
        yield hint
    origin = typing.get_origin(hint)
    if isinstance(origin, type):  # PageStream[Patient]
        yield origin
    for arg in typing.get_args(hint):
        yield from _types_in(arg)
    if typing.get_origin(hint) is typing.Unpack:  # **options: Unpack[ListOptions]
        (typed_dict,) = typing.get_args(hint)
        yield typed_dict


def test_every_type_in_a_public_signature_can_be_imported_from_the_package() -> None:
    """What a caller meets in an annotation (a pager, a page, a model) is importable from
    ``pracsuite_async`` or ``pracsuite_async.types``; only the plumbing a caller never names
    (the namespace classes behind ``ps.patients``, the TypedDicts of ``**options``, the
    streams ``pages()`` and ``items()`` return) stays private."""
    owners: list[type] = [pracsuite_async.AsyncPracSuite, *NAMESPACES.values()]
    owners += [pracsuite_async.AsyncPager, PageStream]
    seen: set[type] = set()
    for owner in owners:
        for attribute, hint in typing.get_type_hints(owner).items():  # attributes: ps.<tag>
            if not attribute.startswith("_"):
                seen |= set(_types_in(hint))
        for name, member in inspect.getmembers(owner, callable):
            if not name.startswith("_") or name in ("__aiter__", "__anext__"):
                hints = typing.get_type_hints(member, include_extras=True)
                seen |= {t for hint in hints.values() for t in _types_in(hint)}
    ours = {t for t in seen if t.__module__.startswith("pracsuite_async")}
    assert {"Patients", "Filter", "Timeout", "PageStream", "AvailableAppointment"} <= {
        t.__name__ for t in ours
    }
    plumbing = {*NAMESPACES.values(), CallOptions, PageOptions, ListOptions}
    plumbing |= {PageStream, ItemStream}
    public = {*pracsuite_async.__all__, *pracsuite_async.types.__all__}
    missing = sorted(t.__name__ for t in ours - plumbing if t.__name__ not in public)
    assert missing == []
    assert not {t.__name__ for t in plumbing} & public
