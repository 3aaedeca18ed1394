"""Realistic field values: one generator per field, chosen by type, format and name.

The name rules are the only per-field knowledge in the sandbox; everything else (types,
formats, enums, bounds, refs, sub-objects) comes from the document.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from ._schema import Collection, Document, Field

JSON = dict[str, Any]
Gen = Callable[[random.Random, int], Any]
T = TypeVar("T")

TENANT_ID = 1001
SMALL_REF = 6  # ids of records the document does not describe yet (practitioners, ...)
NULL_SHARE = 0.05
EPOCH = datetime(2019, 1, 1, tzinfo=UTC)
AUDIT_LATER = ("modified", "updated")
AUDIT_FIRST = ("created", "file_created")  # a patient's creation stamp is file_created


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words(
    "Ada Alan Ben Chloe Dmitri Elena Farah Grace Hugo Ines Jack Kiri Liam Mei Noah Olivia"
)
FIRST += _words("Priya Quinn Rosa Sam Tariq Uma Victor Wen Xavier Yara Zoe")
SURNAMES = _words("Anderson Brown Chen Davies Evans Fraser Garcia Huang Ivanov Jones Kelly Lee")
SURNAMES += _words("Martin Nguyen O'Brien Patel Quinn Roberts Smith Taylor Umar Vu Walker Xu")
SUBURBS = _words("Adelaide Brighton Carlton Fitzroy Glenelg Hobart Newtown Parkside Richmond")
STATES = ("SA", "VIC", "NSW", "QLD", "TAS", "WA")
ZONES = ("Australia/Adelaide", "Australia/Melbourne", "Australia/Sydney", "Australia/Perth")
THINGS = (
    "Consult Room",
    "Treatment Room",
    "Gym",
    "Hydrotherapy Pool",
    "Ultrasound",
    "Initial Consultation",
    "Follow-up",
    "Pilates Class",
    "Telehealth Review",
)
NOTES = ("Running late", "Prefers mornings", "Bring referral", "Review in 6 weeks", "Call first")
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd")


def utc_text(value: datetime) -> str:
    """RFC 3339 in UTC with microseconds, as the docs show (``2020-09-12T11:09:42.687393Z``)."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _choice(rng: random.Random, options: Sequence[T]) -> T:
    # rng.random() is several times cheaper than choice/randint; a million-record pull
    # makes tens of millions of these.
    return options[int(rng.random() * len(options))]


def _below(rng: random.Random, k: int) -> int:
    return int(rng.random() * k)


def _randint(rng: random.Random, low: int, high: int) -> int:
    return low + int(rng.random() * (high - low + 1))


def _stamp(rng: random.Random, _: int) -> str:
    return utc_text(
        EPOCH + timedelta(seconds=_below(rng, 6 * 365 * 86_400), microseconds=_below(rng, 10**6))
    )


def _wall_time(rng: random.Random, _: int) -> str:
    """Clinic wall time on a quarter hour between 08:00 and 17:45 (no offset)."""
    day = date(2024, 1, 1) + timedelta(days=_below(rng, 3 * 365))
    minutes = 8 * 60 + 15 * _below(rng, 40)
    return f"{day.isoformat()}T{minutes // 60:02d}:{minutes % 60:02d}:00"


def _day(rng: random.Random, _: int) -> str:
    return (date(2019, 1, 1) + timedelta(days=_below(rng, 7 * 365))).isoformat()


def _birthday(rng: random.Random, _: int) -> str:
    return (date(1930, 1, 1) + timedelta(days=_below(rng, 33_000))).isoformat()


def _pick(*options: str) -> Gen:
    return lambda rng, _: _choice(rng, options)


# First matching rule wins: (pattern on the field name, generator of its string).
STRING_RULES: tuple[tuple[str, Gen], ...] = (
    (r"email", lambda r, n: f"{_choice(r, FIRST)}.{_choice(r, SURNAMES)}{n}@example.com".lower()),
    (r"website|_link$|url", lambda r, n: f"https://{_choice(r, SUBURBS).lower()}.example.com/{n}"),
    (r"first_name|preferred_name|middle_name", lambda r, _: _choice(r, FIRST)),
    (r"surname|last_name", lambda r, _: _choice(r, SURNAMES)),
    (r"practitioner_name|cancelled_by", lambda r, _: f"{_choice(r, FIRST)} {_choice(r, SURNAMES)}"),
    (r"business_name|display_name", lambda r, _: f"{_choice(r, SUBURBS)} Physio"),
    (r"^title$", _pick("Mr", "Ms", "Mrs", "Dr", "Mx")),
    (r"job_title", _pick("Claims Officer", "Case Manager", "Accounts")),
    (r"gender", _pick("female", "male", "non-binary")),
    (r"address_1", lambda r, _: f"{_randint(r, 1, 400)} {_choice(r, SURNAMES)} Street"),
    (r"address_\d", lambda r, _: f"Unit {_randint(r, 1, 40)}"),
    (r"suburb", lambda r, _: _choice(r, SUBURBS)),
    (r"state", lambda r, _: _choice(r, STATES)),
    (r"postcode", lambda r, _: f"{_randint(r, 800, 7999):04d}"),
    (r"country", _pick("Australia")),
    (r"mobile", lambda r, _: f"04{_below(r, 10**8):08d}"),
    (r"phone|fax", lambda r, _: f"0{_choice(r, '2378')} {_below(r, 10**8):08d}"),
    (r"time_?zone", lambda r, _: _choice(r, ZONES)),
    (r"colour", lambda r, _: _choice(r, COLOURS)),
    (r"date_of_birth", _birthday),
    (r"date", _day),
    (r"_no$|_number$|_code$", lambda r, n: f"{_choice(r, 'ABCFKM')}{n:06d}"),
    (r"fee_category", _pick("Standard", "Concession", "DVA")),
    (r"health_fund", _pick("Bupa", "Medibank", "HCF")),
    (r"payment_type|card_type", _pick("EFTPOS", "Visa", "Mastercard", "Cash")),
    (r"appointment_status", _pick("Booked", "Arrived", "Completed")),
    (r"notes|warnings|reason", lambda r, _: _choice(r, NOTES)),
)


def _string(field: Field) -> Gen:
    if field.format == "date-time":
        return _stamp
    if field.format == "local-date-time":
        return _wall_time
    if field.format == "date":
        return _birthday if "birth" in field.name else _day
    if field.format == "time":
        # Opening hours: a start in the morning, an end in the evening, so end > start.
        first, last = (16, 19) if "end" in field.name else (7, 9)
        return lambda rng, _: f"{_randint(rng, first, last):02d}:00:00"
    for pattern, gen in STRING_RULES:
        if re.search(pattern, field.name):
            return gen
    if field.format == "uri":
        return lambda rng, n: f"https://example.com/{field.name}/{n}"
    if field.format == "email":
        return lambda rng, n: f"{field.name}{n}@example.com"
    return lambda rng, _: f"{_choice(rng, THINGS)} {_randint(rng, 1, 12)}"


# Small counts of a real appointment book: columns and widths of a slot, line quantities.
SMALL_COUNTS = re.compile(r"^(column|column_number|width|app_book_columns|quantity)$")


def _integer(field: Field) -> Gen:
    if field.name == "tenant_id":
        return lambda rng, _: TENANT_ID
    if SMALL_COUNTS.match(field.name):
        return lambda rng, _: _randint(rng, 1, 2)
    # Durations come in 5-minute steps even where the document sets no multipleOf.
    step = int(field.multiple_of or (5 if "duration" in field.name else 1))
    low = math.ceil((field.minimum if field.minimum is not None else 1) / step)
    high = math.floor((field.maximum if field.maximum is not None else 10**4) / step)
    if "duration" in field.name:
        high = min(high, max(low, 90 // step))
    elif field.name.endswith("_id"):
        high = min(high, max(low, 50))
    elif field.minimum is None or field.maximum is None:
        high = min(high, max(low, 20))
    return lambda rng, _: _randint(rng, low, high) * step


def _number(field: Field) -> Gen:
    if "duration" in field.name:  # minutes, in the 5-minute steps the API takes
        return lambda rng, _: float(5 * _randint(rng, 3, 18))
    if SMALL_COUNTS.match(field.name):
        return lambda rng, _: float(_randint(rng, 1, 2))
    low = field.minimum if field.minimum is not None else 0.0
    high = field.maximum if field.maximum is not None else low + 300.0
    return lambda rng, _: round(rng.uniform(low, high), 2)


def _boolean(field: Field) -> Gen:
    # Flags such as archived are rare in a real practice; other booleans are a coin toss.
    share = 0.1 if re.search(r"archive|deleted|cancel", field.name) else 0.5
    if field.name == "deceased":
        share = 0.01
    return lambda rng, _: rng.random() < share


def _sometimes_null(field: Field, allowed: frozenset[str]) -> bool:
    # Only fields the vendor documents as nullable (``allowed``) are ever null: a client
    # generated from the vendor's bundle must read every record. Those are null now and then.
    return field.name in allowed and field.nullable and field.scalar


def vendor_nullable(doc: Document, schema: str) -> frozenset[str]:
    """The fields of ``schema`` the vendor allows to be null (``x-pracsuite-vendor-nullable``)."""
    return frozenset((doc.extension(schema, "x-pracsuite-vendor-nullable") or {}).get("fields", ()))


class Values:
    """Builds generators for the document's fields; refs follow the current ``sizes``."""

    def __init__(self, doc: Document, sizes: Mapping[str, int]) -> None:
        self.doc = doc
        self.sizes = sizes  # the dataset's live mapping: refs always point at existing ids
        self._plans: dict[str, list[tuple[str, Gen, bool]]] = {}
        self._exclusive: dict[str, list[list[str]]] = {}

    def record(self, collection: Collection, rng: random.Random, n: int) -> JSON:
        """Record ``n`` of a collection, drawn from ``rng``."""
        record = self.object(collection.schema, rng, n, collection.fields)
        record[collection.id_field] = n
        created = record.get("created")
        for later in AUDIT_LATER:
            value = record.get(later)
            # Audit stamps must not run backwards.
            if isinstance(created, str) and isinstance(value, str) and value < created:
                record["created"], record[later] = value, created
        return record

    def object(
        self,
        schema: str,
        rng: random.Random,
        n: int,
        fields: Mapping[str, Field] | None = None,
        *,
        until: int | None = None,
    ) -> JSON:
        """An object of ``schema`` drawn from ``rng``; with ``until``, only its first that
        many fields (the same values as the whole object's, as they are drawn in order)."""
        plan = self._plans.get(schema)
        if plan is None:
            chosen = fields if fields is not None else self.doc.fields(schema)
            allowed = vendor_nullable(self.doc, schema)
            plan = [
                (name, self._typed(f, 0), _sometimes_null(f, allowed)) for name, f in chosen.items()
            ]
            self._plans[schema] = plan
            self._exclusive[schema] = [
                [f for f in group if f in chosen]
                for group in self.doc.extension(schema, "x-pracsuite-exclusive") or ()
            ]
        if until is not None:
            plan = plan[:until]
        # Inlined (not a wrapping closure per field): a million-record pull makes these.
        random_ = rng.random
        record = {
            name: None if null and random_() < NULL_SHARE else gen(rng, n)
            for name, gen, null in plan
        }
        for group in self._exclusive[schema] if until is None else ():
            # Fields of which at most one is set: keep one of those set, null the others.
            # (A prefix skips this: exclusive fields are read from whole records.)
            keep = _choice(rng, group)
            for name in group:
                if name != keep:
                    record[name] = None
        return record

    def exclusive(self, schema: str) -> frozenset[str]:
        """The fields of ``schema`` that an exclusive group may null after the draws."""
        return frozenset(f for group in self._exclusive.get(schema, ()) for f in group)

    def generator(self, field: Field) -> Gen:
        """The generator of one field, never null (made-up answers fill what was not sent)."""
        return self._typed(field, 0)

    def _typed(self, field: Field, depth: int) -> Gen:
        if field.ref is not None:
            return self._ref(field.ref, spread=field.spread)
        if field.enum is not None:
            options = [v for v in field.enum if v is not None]
            return lambda rng, _: _choice(rng, options)
        kind = field.types[0] if field.types else None
        if kind == "array":
            return self._array(field, depth)
        if field.obj is not None:
            schema = field.obj
            return lambda rng, n: self.object(schema, rng, n) if depth < 3 else None
        if kind == "integer":
            return _integer(field)
        if kind == "number":
            return _number(field)
        if kind == "boolean":
            return _boolean(field)
        if kind == "string":
            return _string(field)
        if kind == "object":
            return lambda rng, n: {}
        return lambda rng, n: None  # untyped in the document: null fits any schema

    def _ref(self, schema: str, *, spread: bool) -> Gen:
        target = self.doc.by_schema.get(schema)
        if target is None:
            return lambda rng, n: (n - 1) % SMALL_REF + 1 if spread else _randint(rng, 1, SMALL_REF)
        name = target.name

        def ref(rng: random.Random, n: int) -> int:
            size = max(1, self.sizes[name])
            # Records 1..size of a nested list's parent each get one child first, so no
            # parent's list is empty; the rest pick parents at random.
            return (n - 1) % size + 1 if spread and n <= size else _randint(rng, 1, size)

        return ref

    def _array(self, field: Field, depth: int) -> Gen:
        item = field.items
        if item is None:
            return lambda rng, _: []
        target = self.doc.by_schema.get(item.ref) if item.ref else None
        if target is not None:
            name = target.name

            def ids(rng: random.Random, _: int) -> list[int]:
                # 1-3 distinct existing ids, so the nested lists they select are not empty.
                count = _randint(rng, 1, 3)
                size = self.sizes[name]
                return sorted(rng.sample(range(1, size + 1), min(count, size)))

            return ids
        one = self._typed(item, depth + 1)
        return lambda rng, n: [one(rng, n) for _ in range(_randint(rng, 1, 3))]
