"""Realistic field values: one generator per field, chosen by type, format and name.

The name rules are the only per-field knowledge in the sandbox; everything else (types,
formats, enums, bounds, refs, sub-objects) comes from the document. ``RecordTable`` composes
a collection's seeded records from pools the generators fill once.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
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
M64 = (1 << 64) - 1


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


class _Number(int):
    """Stands in for the record id while the pools are drawn: a value that shows the id
    (``f"{n}"``, ``f"{n:06d}"``) keeps its format spec there, between two MARKs, for each
    record to fill in."""

    def __format__(self, spec: str) -> str:
        return MARK + spec + MARK

    def __str__(self) -> str:
        return format(self, "")


MARK = "\x00"  # delimits an id's place while a pool value is drawn; never in a record
NUMBER = _Number(0)
Copier = Callable[[Any], Any]


def _scalar(value: Any) -> Any:
    return value


_SCALAR: Copier = _scalar  # copier() of a scalar that depends on neither id nor sizes
Numbered = tuple[str, int, str]  # the text before the id, its spec's index, the text after


class Values:
    """Builds generators for the document's fields; refs follow the current ``sizes``."""

    def __init__(self, doc: Document, sizes: Mapping[str, int], *, seed: int = 0) -> None:
        self.doc = doc
        self.sizes = sizes  # the dataset's live mapping: refs always point at existing ids
        self.seed = seed
        self._plans: dict[str, list[tuple[str, Gen, bool]]] = {}
        self._exclusive: dict[str, list[list[str]]] = {}
        self._tables: dict[str, RecordTable] = {}

    def table(self, collection: Collection) -> RecordTable:
        """The seeded records of a collection (built on first use)."""
        table = self._tables.get(collection.name)
        if table is None:
            table = self._tables[collection.name] = RecordTable(self, collection)
        return table

    def record(self, collection: Collection, n: int) -> JSON:
        """Seeded record ``n`` of a collection (before the dataset's agreements)."""
        return self.table(collection).record(n)

    def object(self, schema: str, rng: random.Random, n: int) -> JSON:
        """An object of ``schema`` drawn from ``rng`` (nested objects, computed lists)."""
        plan = self._plans.get(schema)
        if plan is None:
            chosen = self.doc.fields(schema)
            allowed = vendor_nullable(self.doc, schema)
            plan = [
                (name, self._typed(f, 0), _sometimes_null(f, allowed)) for name, f in chosen.items()
            ]
            self._plans[schema] = plan
            self._exclusive[schema] = self.exclusive_groups(schema, chosen)
        random_ = rng.random
        record = {
            name: None if null and random_() < NULL_SHARE else gen(rng, n)
            for name, gen, null in plan
        }
        for group in self._exclusive[schema]:
            # Fields of which at most one is set: keep one of those set, null the others.
            keep = _choice(rng, group)
            for name in group:
                if name != keep:
                    record[name] = None
        return record

    def exclusive_groups(self, schema: str, fields: Mapping[str, Field]) -> list[list[str]]:
        """The document's ``x-pracsuite-exclusive`` groups of ``schema`` among ``fields``."""
        return [
            [f for f in group if f in fields]
            for group in self.doc.extension(schema, "x-pracsuite-exclusive") or ()
        ]

    def copier(self, field: Field, depth: int = 0) -> Copier | None:
        """How to copy the lists and objects ``field``'s generator makes, or None when they
        show the id or follow the sizes (refs), so they cannot be drawn once for all."""
        if depth > 4 or field.spread or (field.ref is not None and field.ref in self.doc.by_schema):
            return None
        kind = field.types[0] if field.types else None
        if kind == "array":
            if field.items is None:
                return list
            inner = self.copier(field.items, depth + 1)
            if inner is _SCALAR:
                return list
            if inner is None:
                return None
            item = inner
            return lambda value: [None if v is None else item(v) for v in value]
        if field.obj is not None:
            subs = []
            for name, sub in self.doc.fields(field.obj).items():
                copy = self.copier(sub, depth + 1)
                if copy is None:
                    return None
                if copy is not _SCALAR:
                    subs.append((name, copy))

            def copy_object(value: JSON) -> JSON:
                out = dict(value)
                for name, copy in subs:
                    if out[name] is not None:
                        out[name] = copy(out[name])
                return out

            return copy_object
        if kind == "object":
            return dict
        probe = self.generator(field)(random.Random(0), NUMBER)
        return None if isinstance(probe, str) and MARK in probe else _SCALAR

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


POOL_ROWS = 256  # rows per column group: a record is one row of each group
ROW_BITS = 8  # POOL_ROWS == 1 << ROW_BITS
ROW_MASK = POOL_ROWS - 1
MOST_GROUPS = 8
FIELDS_PER_GROUP = 4
REF_BITS = 32  # a ref is (32 random bits * size) >> 32: even over any practical size
PLACEHOLDER = 0  # a pool's value for a field each record fills in (not null)
Column = tuple[str, Gen, bool, bool]  # name, generator, sometimes null, shows the id


class RecordTable:
    """A collection's seeded records, composed from pools drawn once.

    Drawing 72 values from a ``random.Random`` seeded per record costs tens of microseconds.
    Here the fields are dealt round-robin into up to 8 groups, each with a pool of
    ``POOL_ROWS`` rows drawn by the field generators on first use, and record ``n`` is
    one row of each group, chosen by a hash of ``n`` (tabulation hashing: four table
    lookups). What depends on ``n`` or on the sizes is filled per record from the same hash:
    the id, values that show the id (emails, codes), refs, id lists, exclusive groups and
    the audit order. Pooled lists and objects are copied per record; those holding refs are
    drawn per record, from a ``random.Random`` seeded by the hash. So record ``n`` is a pure
    function of (seed, collection, n, sizes), and ``pick`` computes a few of its fields alone.
    """

    def __init__(self, values: Values, collection: Collection) -> None:
        doc = values.doc
        self.sizes: Mapping[str, int] = values.sizes
        self.id_field: str = collection.id_field
        fields = collection.fields
        allowed = vendor_nullable(doc, collection.schema)
        columns: list[Column] = []
        self.numbered: list[str] = []
        self._specs: list[str] = []  # format specs of the id in numbered values
        refs: list[tuple[str, str, bool]] = []  # name, target collection, spread
        self.small_spread: list[str] = []  # spread refs to records the document lacks
        id_lists: list[tuple[str, str]] = []
        self.complex: list[tuple[str, Gen]] = []
        self.copied: list[tuple[str, Copier]] = []
        placeholder: Gen = lambda rng, n: PLACEHOLDER  # noqa: E731
        probe_rng = random.Random(0)
        for name, field in fields.items():
            null = _sometimes_null(field, allowed)
            target = doc.by_schema.get(field.ref or "")
            item_target = doc.by_schema.get(field.items.ref or "") if field.items else None
            if name == self.id_field:
                columns.append((name, placeholder, False, False))
            elif target is not None:
                refs.append((name, target.name, field.spread))
                columns.append((name, placeholder, null, False))
            elif field.ref is not None and field.spread:
                self.small_spread.append(name)
                columns.append((name, placeholder, null, False))
            elif field.scalar or not field.types:
                gen = values.generator(field)
                probe = gen(probe_rng, NUMBER)
                shows_n = isinstance(probe, str) and MARK in probe
                if shows_n:
                    self.numbered.append(name)
                columns.append((name, gen, null, shows_n))
            elif field.types[0] == "array" and item_target is not None:
                id_lists.append((name, item_target.name))
                columns.append((name, placeholder, False, False))
            elif (copy := values.copier(field)) is not None:
                # Lists and objects that depend on neither the id nor the sizes: pooled, and
                # copied per record (a copy costs far less than drawing them).
                self.copied.append((name, copy))
                columns.append((name, values.generator(field), False, False))
            else:
                self.complex.append((name, values.generator(field)))
                columns.append((name, lambda rng, n: None, False, False))
        self.complex_names: frozenset[str] = frozenset(name for name, _ in self.complex)
        self.exclusive: list[list[str]] = values.exclusive_groups(collection.schema, fields)
        self.later: list[str] = [f for f in AUDIT_LATER if "created" in fields and f in fields]
        self.audit: frozenset[str] = (
            frozenset(("created", *self.later)) if self.later else frozenset()
        )

        # Every count-th field in one group: neighbours (first name, surname, date of birth)
        # come from different rows, so few records share all three. A group has at least
        # FIELDS_PER_GROUP fields, as seeding a row's Random costs several fields' draws.
        count = max(1, min(MOST_GROUPS, len(columns) // FIELDS_PER_GROUP))
        self._columns = [columns[g::count] for g in range(count)]
        self._rows: list[list[JSON | None]] = [[None] * POOL_ROWS for _ in range(count)]
        self._shifts = [g * ROW_BITS for g in range(count)]
        self._pairs = [(self._rows[g], self._shifts[g], g) for g in range(count)]
        self._group = {name: g for g in range(count) for name, *_ in self._columns[g]}
        self._skeleton: JSON = dict.fromkeys(name for name, *_ in columns)
        # Bits of the hash after the row indexes: one slice per per-record draw.
        bits = count * ROW_BITS
        self.refs: list[tuple[str, str, bool, int]] = []
        for name, target_name, spread in refs:
            self.refs.append((name, target_name, spread, bits))
            bits += REF_BITS
        self.id_lists: list[tuple[str, str, int]] = []
        for name, target_name in id_lists:
            self.id_lists.append((name, target_name, bits))
            bits += 8 + 3 * REF_BITS
        self.exclusive_bits: list[tuple[list[str], int]] = []
        for group in self.exclusive:
            self.exclusive_bits.append((group, bits))
            bits += 8
        self._complex_bits = bits
        bits += 64 if self.complex else 0
        self._bits = bits
        self._seed = f"{values.seed}:{collection.name}"
        draw = random.Random(f"{self._seed}:tables")
        self._hash_tables = [[draw.getrandbits(bits) for _ in range(256)] for _ in range(4)]
        self._row_seed = draw.getrandbits(64) << 16

    def _hash(self, n: int) -> int:
        t0, t1, t2, t3 = self._hash_tables
        h = t0[n & 255] ^ t1[(n >> 8) & 255] ^ t2[(n >> 16) & 255] ^ t3[(n >> 24) & 255]
        if n >> 32:  # beyond any practical size: exact, not fast
            h ^= random.Random(f"{self._seed}:high:{n >> 32}").getrandbits(self._bits)
        return h

    def _row(self, g: int, i: int) -> JSON:
        """Row ``i`` of group ``g``'s pool, drawn on first use from its own seed."""
        rng = random.Random(self._row_seed + (g << ROW_BITS) + i)
        random_ = rng.random
        row: JSON = {}
        for name, gen, null, shows_n in self._columns[g]:
            value = None if null and random_() < NULL_SHARE else gen(rng, NUMBER)
            row[name] = self._numbered(value) if shows_n and isinstance(value, str) else value
        self._rows[g][i] = row
        return row

    def _numbered(self, text: str) -> Numbered:
        """A drawn value showing the id: the text before it, its spec's index, the text after."""
        before, spec, after = text.split(MARK)  # a generator shows the id once
        if spec not in self._specs:
            self._specs.append(spec)
        return before, self._specs.index(spec), after

    def record(self, n: int) -> JSON:
        """Seeded record ``n``: a fresh dict (nested lists and objects too)."""
        h = self._hash(n)
        record = self._skeleton.copy()  # in document order, sized once
        for rows, shift, g in self._pairs:
            i = (h >> shift) & ROW_MASK
            record.update(rows[i] or self._row(g, i))
        self._fill(record, n, h, None)
        return record

    def pick(self, n: int, names: Iterable[str]) -> JSON:
        """The fields ``names`` of seeded record ``n`` (those of the collection), exactly as
        ``record(n)`` has them, without drawing the others."""
        wanted = set(names)
        if wanted & self.audit:
            wanted |= self.audit  # the audit order compares these
        h = self._hash(n)
        record: JSON = {}
        for name in wanted:
            g = self._group.get(name)
            if g is not None:
                i = (h >> self._shifts[g]) & ROW_MASK
                record[name] = (self._rows[g][i] or self._row(g, i))[name]
        self._fill(record, n, h, wanted)
        return record

    def _fill(self, record: JSON, n: int, h: int, wanted: set[str] | None) -> None:
        """What each record draws itself, into the fields of ``record`` (all when
        ``wanted`` is None); the steps run in this order for ``record`` and ``pick`` alike."""
        if self.numbered:
            texts = [format(n, spec) for spec in self._specs]
            for name in self.numbered:
                value = record.get(name)
                if value is not None:
                    before, k, after = value
                    record[name] = before + texts[k] + after
        for name, copy in self.copied:
            value = record.get(name)
            if value is not None:
                record[name] = copy(value)
        sizes = self.sizes
        for name, target, spread, shift in self.refs:
            if record.get(name) is None:  # null, or not asked for
                continue
            size = max(1, sizes[target])
            # Records 1..size of a nested list's parent each get one child first, so no
            # parent's list is empty; the rest pick parents at random.
            if spread and n <= size:
                record[name] = n
            else:
                record[name] = _ref(h, shift, size)
        for name in self.small_spread:
            if record.get(name) is not None:
                record[name] = (n - 1) % SMALL_REF + 1
        for name, target, shift in self.id_lists:
            if name in record:
                record[name] = self._ids(h, shift, sizes[target])
        if self.complex and (wanted is None or not self.complex_names.isdisjoint(wanted)):
            rng = random.Random((h >> self._complex_bits) & M64)
            for name, gen in self.complex:
                record[name] = gen(rng, n)
        for group, shift in self.exclusive_bits:
            # Fields of which at most one is set: keep one, null the others.
            keep = group[(((h >> shift) & 255) * len(group)) >> 8]
            for name in group:
                if name != keep and name in record:
                    record[name] = None
        if wanted is None or self.id_field in wanted:
            record[self.id_field] = n
        if self.later:
            created = record.get("created")
            for later in self.later:
                value = record.get(later)
                # Audit stamps must not run backwards.
                if isinstance(created, str) and isinstance(value, str) and value < created:
                    record["created"], record[later] = value, created
                    created = value

    @staticmethod
    def _ids(h: int, shift: int, size: int) -> list[int]:
        """1-3 distinct ids of 1..``size``, so the nested lists they select are not empty."""
        if size < 1:
            return []
        count = 1 + (((h >> shift) & 255) * 3 >> 8)
        return sorted({_ref(h, shift + 8 + k * REF_BITS, size) for k in range(count)})


def _ref(h: int, shift: int, size: int) -> int:
    """An id of 1..``size`` from the ``REF_BITS`` of ``h`` at ``shift`` (even over any size)."""
    return ((((h >> shift) & 0xFFFFFFFF) * size) >> REF_BITS) + 1
