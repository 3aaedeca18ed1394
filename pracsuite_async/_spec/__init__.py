"""The project's OpenAPI 3.1 document of the PracSuite API, shipped with the package.

``pracsuite.openapi.json`` is the single source: the SDK's models and methods are generated
from it (``python tools/codegen.py``) and the sandbox builds its routes from it (reading it
with its own reader, ``sandbox/_schema.py``). This module loads it and names things the way
the generated code and the CLI do.
"""

from __future__ import annotations

import functools
import json
import keyword
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).with_name("pracsuite.openapi.json")
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The parsed document (cached; treat it as read-only)."""
    spec: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return spec


def operations(spec: dict[str, Any] | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every operation as ``(path, http method in upper case, operation object)``."""
    doc = load_spec() if spec is None else spec
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method.upper(), item[method]


def resolve(ref_or_obj: dict[str, Any], spec: dict[str, Any] | None = None) -> dict[str, Any]:
    """Follow a local ``$ref`` (``#/components/...``) to its object; other objects as they are."""
    doc = load_spec() if spec is None else spec
    ref = ref_or_obj.get("$ref")
    if ref is None:
        return ref_or_obj
    node: Any = doc
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return resolve(node, doc)


def schema_properties(name: str, spec: dict[str, Any] | None = None) -> dict[str, Any]:
    """A component schema's own properties plus those of every ``allOf`` part, in order."""
    doc = load_spec() if spec is None else spec
    schema = doc["components"]["schemas"][name]
    parts = schema.get("allOf", [schema])
    merged: dict[str, Any] = {}
    for part in parts:
        merged.update(resolve(part, doc).get("properties", {}))
    return merged


def ref_name(node: Mapping[str, Any]) -> str | None:
    """The component name a ``$ref`` points at, if the node is one."""
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[1] if isinstance(ref, str) else None


def snake(name: str) -> str:
    """``AppointmentType`` -> ``appointment_type``: a schema's name as a collection."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def py_name(wire: str) -> str:
    """A wire name as a Python argument: keywords get a trailing underscore (``from_``)."""
    return f"{wire}_" if keyword.iskeyword(wire) else wire


def schema_extension(name: str, key: str, spec: dict[str, Any] | None = None) -> Any:
    """An ``x-pracsuite-*`` value set on a component schema (or one of its allOf parts)."""
    doc = load_spec() if spec is None else spec
    schema = doc["components"]["schemas"][name]
    for part in [schema, *schema.get("allOf", [])]:
        if key in part:
            return part[key]
    return None
