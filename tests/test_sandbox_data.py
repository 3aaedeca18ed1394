"""Seeded records: a pure function of (seed, collection, id, sizes), faithful to the document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pracsuite_async.sandbox._data import Dataset
from pracsuite_async.sandbox._validate import object_problem, properties

SIZES = {"patient": 700, "patient_account": 300, "invoice": 1200, "appointment": 1500}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_a_record_is_the_same_whatever_was_read_before_it() -> None:
    one = Dataset(seed=5, sizes=SIZES)
    two = Dataset(seed=5, sizes={**SIZES, "resource": 9, "business": 3})  # not patients' refs
    forwards = [one.record("patient", n) for n in range(1, 301)]
    for name in ("appointment", "invoice"):  # other collections read in between
        two.record(name, 17)
    backwards = [two.record("patient", n) for n in range(300, 0, -1)]
    assert forwards == backwards[::-1]
    assert [one.record("invoice", n) for n in range(1, 200)] == [
        two.record("invoice", n) for n in range(1, 200)
    ]
    other = Dataset(seed=6, sizes=SIZES)
    differ = sum(other.record("patient", n) != forwards[n - 1] for n in range(1, 301))
    assert differ == 300


def test_growing_a_collection_keeps_its_records() -> None:
    data = Dataset(seed=2, sizes=SIZES)
    before = [data.record("patient", n) for n in range(1, 701)]
    data.resize("patient", 50_000)
    assert [data.record("patient", n) for n in range(1, 701)] == before


def _scribble(value: Any) -> None:
    """Change every list and object inside ``value`` in place."""
    if isinstance(value, dict):
        for key, item in value.items():
            _scribble(item)
            value[key] = "scribbled"
    elif isinstance(value, list):
        for item in value:
            _scribble(item)
        value.append("scribbled")


@pytest.mark.parametrize("name", ["invoice", "payment", "practitioner", "appointment_type"])
def test_seeded_copies_share_nothing(name: str) -> None:
    data = Dataset(seed=2, sizes=SIZES)
    ids = range(1, min(data.size(name), 300) + 1)  # records that share pool rows among them
    expected = [Dataset(seed=2, sizes=SIZES).seeded(name, n) for n in ids]
    for n in ids:
        _scribble(data.seeded(name, n))
    assert [data.seeded(name, n) for n in ids] == expected
    assert [data.record(name, n) for n in ids] == expected


@pytest.mark.parametrize("seed", [1, 11])
def test_a_field_read_alone_is_the_field_of_the_whole_record(seed: int) -> None:
    data = Dataset(seed=seed, sizes=SIZES)
    for name, spec in data.doc.collections.items():
        # Ids past the referenced sizes (random refs, not spread ones) and far apart.
        for n in [*range(1, 40), *range(250, 1000, 37)]:
            record = data.record(name, n)
            if record is None:
                continue
            for field in spec.fields:
                assert data.field(name, n, field) == record.get(field), (name, n, field)


def test_ids_beyond_every_hash_table_are_drawn_too() -> None:
    data = Dataset(seed=3, sizes={"patient": 2**40})
    ids = [2**24 - 1, 2**24, 2**32 - 1, 2**32, 2**32 + 1, 2**40]
    records = [data.record("patient", n) for n in ids]
    assert [r["client_id"] for r in records if r] == ids
    assert len({r["first_name"] + r["surname"] + r["date_of_birth"] for r in records if r}) > 3
    for n, record in zip(ids, records, strict=True):
        assert record is not None
        assert data.field("patient", n, "email") == record["email"]
        assert record["email"].endswith(f"{n}@example.com")


def test_refs_point_at_ids_of_their_collection_and_agree() -> None:
    data = Dataset(seed=4, sizes=SIZES)
    doc = data.doc
    for name, spec in doc.collections.items():
        for field, meta in spec.fields.items():
            item_ref = meta.items.ref if meta.items else None
            target = doc.by_schema.get(meta.ref or item_ref or "")
            if target is None:
                continue
            size = data.size(target.name)
            for n in range(1, min(data.size(name), 600) + 1):
                value = (data.record(name, n) or {}).get(field)
                for ref in value if isinstance(value, list) else [value]:
                    assert ref is None or 1 <= ref <= size, (name, n, field, ref)
    spread = [("appointment", "client_id"), ("invoice", "account_id")]  # more than parents
    for name, field in spread:  # every parent of a nested list has children
        parent = doc.by_schema[doc.collections[name].fields[field].ref or ""].name
        assert all(data.matching(name, field, p) for p in data.ids(parent)), (name, field)
    for n in range(1, 400):  # an invoice's client is its account's
        invoice = data.record("invoice", n) or {}
        account = data.record("patient_account", invoice["account_id"]) or {}
        assert invoice["client_id"] == account["client_id"]


def test_seeded_values_obey_the_document() -> None:
    data = Dataset(seed=9, sizes=SIZES)
    doc = data.doc
    for name, spec in doc.collections.items():
        for n in range(1, min(data.size(name), 400) + 1):
            record = data.record(name, n)
            assert record is not None
            assert list(record) == list(spec.fields)  # document order
            # Types, formats (emails), enums, bounds, steps, exclusive groups, lengths.
            assert object_problem(doc, spec.schema, record, partial=True) is None, (name, n)
            assert not any("\x00" in text for text in _strings(record)), (name, n)
    # Patients fit the create body's rules, as records the API took would.
    rules = {k: p for k, p in properties(doc, "PatientCreatePost").items() if "maxLength" in p}
    assert rules
    for n in range(1, 701):
        patient = data.record("patient", n) or {}
        body = {k: patient[k] for k in rules if patient.get(k) is not None}
        assert object_problem(doc, "PatientCreatePost", body, partial=True) is None, n


def test_values_vary_across_records() -> None:
    data = Dataset(seed=1, sizes={"patient": 2000, "business": 2000})
    patients = [data.record("patient", n) or {} for n in range(1, 2001)]
    fields = data.doc.collections["patient"].fields
    varied = [f for f in fields if len({repr(p[f]) for p in patients}) > 1]
    assert len(varied) >= len(fields) - 3  # tenant_id and country are the same everywhere
    people = {(p["first_name"], p["surname"], p["date_of_birth"]) for p in patients}
    assert len(people) >= 0.95 * len(patients)
    assert len({p["email"] for p in patients}) == len(patients)
    assert 0 < sum(p["archive"] for p in patients) < 0.3 * len(patients)  # rare, not never
    assert sum(p["deceased"] for p in patients) < 0.05 * len(patients)
    businesses = [data.record("business", n) or {} for n in range(1, 2001)]
    for key in ("email", "phone", "website"):  # vendor-nullable: now and then
        nulls = sum(b[key] is None for b in businesses)
        assert 0 < nulls < 0.15 * len(businesses), key
