"""The names a test may give a collection: its own (``patient``) or its tag's namespace in
the SDK (``patients``), read from the document's ``x-pracsuite-namespace``."""

from __future__ import annotations

import functools
from collections import defaultdict

from ._schema import Document


@functools.cache
def namespace_collections(doc: Document) -> dict[str, frozenset[str]]:
    """Each tag's namespace name -> the collections its operations list, read or write."""
    namespaces = {t["name"]: t.get("x-pracsuite-namespace") for t in doc.spec.get("tags", ())}
    tags = {
        (path, method.upper()): op["tags"][0]
        for path, item in doc.spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and op.get("tags")
    }
    found: defaultdict[str, set[str]] = defaultdict(set)
    for op in doc.operations:
        namespace = namespaces.get(tags.get((op.path, op.method.upper()), ""))
        for schema in (op.item_schema, op.response_schema, op.target):
            collection = doc.by_schema.get(schema or "")
            if namespace and collection is not None:
                found[namespace].add(collection.name)
    return {k: frozenset(v) for k, v in found.items()}


def collection_name(doc: Document, name: str) -> str:
    """The collection ``name`` means; ValueError naming the choices when it means none or
    several."""
    if name in doc.collections:
        return name
    choices = namespace_collections(doc).get(name, frozenset())
    if len(choices) == 1:
        return next(iter(choices))
    if choices:
        raise ValueError(
            f"{name!r} serves several collections ({', '.join(sorted(choices))}): name one"
        )
    known = ", ".join(sorted({*doc.collections, *namespace_collections(doc)}))
    raise ValueError(f"unknown collection {name!r}; use one of {known}")
