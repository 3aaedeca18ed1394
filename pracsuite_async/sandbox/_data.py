"""The sandbox's records: seeded lazily from the document, with writes kept in an overlay.

Seeded record ``n`` of a collection is a pure function of ``(seed, collection, n)`` (and the
sizes its refs point into), so a collection of a million records costs nothing until it is
read: unsorted, unfiltered pages are built from their ids alone. Sorting or filtering
materialises the seeded records once. Writes (create, update, cancel, ``Sandbox.touch`` /
``add``) go to an overlay of replaced and deleted ids; every write bumps ``version`` so
cached pages and indexes are dropped.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from ._filters import Condition
from ._schema import Collection, Document, document
from ._values import AUDIT_FIRST, AUDIT_LATER, TENANT_ID, Values, utc_text

JSON = dict[str, Any]

# Realistic sizes of a mid-sized practice; collections not named here get FALLBACK_SIZE.
TYPICAL_SIZES: Mapping[str, int] = {
    "resource": 250,
    "patient": 1000,
    "business": 12,
    "appointment": 1500,  # one or more per patient: no patient's list is empty
    "appointment_type": 30,
    "cancelled_appointment": 60,
    "payer": 40,
    "reschedule_reason": 8,
    "profession": 6,
    "sex": 4,
    "item_group": 10,
    "item": 60,
    "patient_account": 2500,
    "invoice": 6000,
    "payment": 6000,
    "patient_attachment_folder": 3000,
}
FALLBACK_SIZE = 200


def default_sizes(doc: Document) -> dict[str, int]:
    """Records per collection when ``sizes`` does not say: one entry per document collection."""
    return {name: TYPICAL_SIZES.get(name, FALLBACK_SIZE) for name in doc.collections}


DEFAULT_SIZES: Mapping[str, int] = default_sizes(document())


def now_text() -> str:
    return utc_text(datetime.now(UTC))


class Dataset:
    """Every collection of one seeded sandbox, with its writes."""

    def __init__(self, *, seed: int, sizes: Mapping[str, int], doc: Document | None = None) -> None:
        self.doc: Document = document() if doc is None else doc
        unknown = set(sizes) - set(self.doc.collections)
        if unknown:
            raise ValueError(f"unknown collections in sizes: {sorted(unknown)}")
        self.seed = seed
        self.sizes: dict[str, int] = {**default_sizes(self.doc), **sizes}
        self.values: Values = Values(self.doc, self.sizes, seed=seed)
        self._agree = {name: self._agreements(name) for name in self.doc.collections}
        self.version: int = 0
        self._replaced: dict[str, dict[int, JSON]] = {name: {} for name in self.sizes}
        self._deleted: dict[str, set[int]] = {name: set() for name in self.sizes}
        self._seeded: dict[str, list[JSON]] = {}
        self._ids: dict[str, list[int]] = {}
        self._index: dict[tuple[str, str], dict[Any, list[int]]] = {}

    def collection(self, name: str) -> Collection:
        try:
            return self.doc.collections[name]
        except KeyError:
            known = ", ".join(self.doc.collections)
            raise ValueError(f"unknown collection {name!r}; use one of {known}") from None

    def size(self, name: str) -> int:
        """How many records the collection holds now."""
        return len(self.ids(name))

    def resize(self, name: str, size: int) -> None:
        """Make a collection hold ids 1..``size`` (less deletions): records are added or removed
        at the end, and the ones that stay are unchanged."""
        self.collection(name)
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise ValueError(f"size must be an int >= 0, got {size!r}")
        self.sizes[name] = size
        self._replaced[name] = {k: v for k, v in self._replaced[name].items() if k <= size}
        self._deleted[name] = {k for k in self._deleted[name] if k <= size}
        self._seeded.clear()  # refs of every collection are drawn from the sizes
        self._changed()

    def ids(self, name: str) -> Sequence[int]:
        """Live ids, ascending."""
        deleted = self._deleted[name]
        if not deleted:
            return range(1, self.sizes[name] + 1)
        cached = self._ids.get(name)
        if cached is None:
            cached = [n for n in range(1, self.sizes[name] + 1) if n not in deleted]
            self._ids[name] = cached
        return cached

    def record(self, name: str, n: int) -> JSON | None:
        """Record ``n`` of a collection, or None when there is no such id. Do not mutate it."""
        if not 1 <= n <= self.sizes[name] or n in self._deleted[name]:
            return None
        replaced = self._replaced[name].get(n)
        if replaced is not None:
            return replaced
        seeded = self._seeded.get(name)
        return seeded[n - 1] if seeded is not None else self._make(name, n)

    def seeded(self, name: str, n: int) -> JSON:
        """A fresh copy of what seeded record ``n`` is (or would be), whatever the overlay."""
        return self._make(name, n)

    def _make(self, name: str, n: int) -> JSON:
        record = self.values.record(self.doc.collections[name], n)
        for field, via in self._agree[name]:
            # e.g. an invoice's client is the client of the invoice's account
            value = self.field(self.doc.by_schema[self._ref(name, via)].name, record[via], field)
            if value is not None:
                record[field] = value
        return record

    def field(self, name: str, n: int, field: str) -> Any:
        """``record(name, n).get(field)``, computing only the fields of the seeded record
        that decide it: indexing a collection by a ref (a nested list's first page) then
        costs a few lookups per record instead of whole records with their nested objects."""
        return self._fields(name, n, field, {}).get(field)

    def _fields(
        self, name: str, n: int, field: str, memo: dict[tuple[str, int, str], Any]
    ) -> dict[str, Any]:
        """``field`` of record ``n``, with the fields its value also decides (the ref fields
        its agreements read); ``memo`` keeps parents' fields for one pass over a collection."""
        if not 1 <= n <= self.sizes[name] or n in self._deleted[name]:
            return {}
        agree = self._agree[name]
        needed = (field, *(f for pair in agree for f in pair))
        if n in self._replaced[name] or name in self._seeded:
            record = self.record(name, n) or {}
            return {f: record.get(f) for f in needed}
        spec = self.doc.collections[name]
        record = self.values.table(spec).pick(n, needed)
        for target, via in agree:  # as in _make, the parents' fields read the same way
            parent = self.doc.by_schema[self._ref(name, via)].name
            key = (parent, record[via], target)
            if key not in memo:
                memo[key] = self._fields(parent, record[via], target, memo).get(target)
            if memo[key] is not None:
                record[target] = memo[key]
        return {f: record.get(f) for f in needed}

    def _ref(self, name: str, field: str) -> str:
        ref = self.doc.collections[name].fields[field].ref
        assert ref is not None
        return ref

    def _agreements(self, name: str) -> list[tuple[str, str]]:
        """Pairs (A, B) of ref fields where B's record also has A pointing at the same
        collection: A is copied from there, so a record's refs agree with each other."""
        fields = self.doc.collections[name].fields
        pairs = []
        for b, fb in fields.items():
            parent = self.doc.by_schema.get(fb.ref or "")
            if parent is None or parent.schema == self.doc.collections[name].schema:
                continue
            for a, fa in fields.items():
                pa = parent.fields.get(a)
                if a != b and fa.ref in self.doc.by_schema and pa is not None and pa.ref == fa.ref:
                    pairs.append((a, b))
        return pairs

    def select(
        self,
        name: str,
        *,
        ids: Sequence[int] | None = None,
        sort_by: Sequence[str] = (),
        conditions: Sequence[Condition] = (),
    ) -> Sequence[int]:
        """Ids of the matching live records in list order (ascending id unless ``sort_by``)."""
        chosen = self.ids(name) if ids is None else ids
        if not sort_by and not conditions:
            return chosen
        if name not in self._seeded:
            size = self.sizes[name]
            self._seeded[name] = [self._make(name, n) for n in range(1, size + 1)]
        records = [r for r in (self.record(name, n) for n in chosen) if r is not None]
        if conditions:
            records = [r for r in records if all(c.matches(r) for c in conditions)]
        id_field = self.doc.collections[name].id_field
        if sort_by:
            # Ascending, nulls first; ties keep id order (the docs show no direction syntax).
            records.sort(
                key=lambda r: (*((r.get(f) is not None, r.get(f)) for f in sort_by), r[id_field])
            )
        return [r[id_field] for r in records]

    def matching(self, name: str, field: str, value: Any) -> list[int]:
        """Ids of the live records whose ``field`` equals ``value``, ascending (indexed)."""
        index = self._index.get((name, field))
        if index is None:
            # One pass fills the index of every field the same draws decide (a nested
            # list's other path id is usually one of them).
            indexes: dict[str, dict[Any, list[int]]] = {}
            memo: dict[tuple[str, int, str], Any] = {}
            for n in self.ids(name):
                for f, v in self._fields(name, n, field, memo).items():
                    indexes.setdefault(f, {}).setdefault(v, []).append(n)
            for f, built in indexes.items():
                self._index.setdefault((name, f), built)
            index = self._index.setdefault((name, field), {})
        return index.get(value, [])

    def sampled(self, name: str, parent: str, n: int, most: int = 5) -> list[int]:
        """1..``most`` live ids of ``name`` picked for parent ``n``: the same on every call."""
        rng = random.Random(f"{self.seed}:{parent}/{name}:{n}")
        size = self.sizes[name]
        picked = rng.sample(range(1, size + 1), min(rng.randint(1, most), size))
        return self.live(name, picked)

    def live(self, name: str, ids: Sequence[Any]) -> list[int]:
        """The ids of ``ids`` that exist, ascending and once each."""
        found = {n for n in ids if isinstance(n, int) and self.record(name, n) is not None}
        return sorted(found)

    def insert(self, name: str, fields: Mapping[str, Any], *, seeded: bool = True) -> JSON:
        """A new record with the next id: seeded values (unless not ``seeded``: then only
        the tenant), then ``fields``, stamped now."""
        n = self.sizes[name] + 1
        collection = self.doc.collections[name]
        base = self._make(name, n) if seeded else {collection.id_field: n}
        if not seeded and "tenant_id" in collection.fields:
            base["tenant_id"] = TENANT_ID
        record = {**base, **fields}
        self._stamp(name, record, created=True)
        self.sizes[name] = n  # ids stay 1..size: the new record is the last one
        self._replaced[name][n] = record
        self._changed()
        return record

    def update(self, name: str, n: int, fields: Mapping[str, Any]) -> JSON:
        """Merge ``fields`` into live record ``n`` and bump its modified/updated stamp."""
        current = self.record(name, n)
        if current is None:
            raise KeyError(n)
        record = {**current, **fields}
        self._stamp(name, record, created=False)
        self._replaced[name][n] = record
        self._changed()
        return record

    def put(self, name: str, n: int, record: JSON) -> None:
        """Store ``record`` as id ``n`` (replacing any), growing the collection if needed."""
        if n > self.sizes[name]:
            self.resize(name, n)
        self._deleted[name].discard(n)
        self._replaced[name][n] = record
        self._changed()

    def remove(self, name: str, n: int) -> JSON:
        """Delete live record ``n``; returns what it was."""
        current = self.record(name, n)
        if current is None:
            raise KeyError(n)
        self._deleted[name].add(n)
        self._replaced[name].pop(n, None)
        self._changed()
        return current

    def _stamp(self, name: str, record: JSON, *, created: bool) -> None:
        fields = self.doc.collections[name].fields
        stamp = now_text()
        for key in (*AUDIT_FIRST, *AUDIT_LATER) if created else AUDIT_LATER:
            if key in fields and fields[key].format == "date-time":
                record[key] = stamp

    def _changed(self) -> None:
        self.version += 1
        self._ids.clear()
        self._index.clear()
