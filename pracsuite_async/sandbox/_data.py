"""Seeded, deterministic records of the sandbox, and the list queries over them.

Record ``n`` of a collection is a pure function of ``(seed, collection, n)``, so a collection
of a million records costs nothing until it is read: unsorted, unfiltered pages are built
from their ids alone. Sorting or filtering materialises the collection once and caches it.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import attrs

JSON = dict[str, Any]
TENANT_ID = 1001

_FIRST = [
    "Ada",
    "Alan",
    "Ben",
    "Chloe",
    "Dmitri",
    "Elena",
    "Farah",
    "Grace",
    "Hugo",
    "Ines",
    "Jack",
    "Kiri",
    "Liam",
    "Mei",
    "Noah",
    "Olivia",
    "Priya",
    "Quinn",
    "Rosa",
    "Sam",
    "Tariq",
    "Uma",
    "Victor",
    "Wen",
    "Xavier",
    "Yara",
    "Zoe",
]
_SURNAMES = [
    "Anderson",
    "Brown",
    "Chen",
    "Davies",
    "Evans",
    "Fraser",
    "Garcia",
    "Huang",
    "Ivanov",
    "Jones",
    "Kelly",
    "Lee",
    "Martin",
    "Nguyen",
    "O'Brien",
    "Patel",
    "Quinn",
    "Roberts",
    "Smith",
    "Taylor",
    "Umar",
    "Vu",
    "Walker",
    "Xu",
    "Young",
    "Zhang",
]
_SUBURBS = [
    "Adelaide",
    "Brighton",
    "Carlton",
    "Fitzroy",
    "Glenelg",
    "Hobart",
    "Newtown",
    "Parkside",
    "Richmond",
]
_STATES = ("SA", "VIC", "NSW", "QLD", "TAS", "WA")
_ZONES = ("Australia/Adelaide", "Australia/Melbourne", "Australia/Sydney", "Australia/Perth")
_ROOMS = (
    "Consult Room",
    "Treatment Room",
    "Gym",
    "Hydrotherapy Pool",
    "Ultrasound",
    "Shockwave Unit",
    "Pilates Reformer",
    "Telehealth Booth",
)
_EPOCH = datetime(2019, 1, 1, tzinfo=UTC)


def utc_text(value: datetime) -> str:
    """RFC 3339 in UTC with microseconds, as the docs show (``2020-09-12T11:09:42.687393Z``)."""
    return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _audit_stamps(rng: random.Random) -> tuple[str, str]:
    created = _EPOCH + timedelta(
        seconds=rng.randrange(6 * 365 * 86_400), microseconds=rng.randrange(1_000_000)
    )
    modified = created + timedelta(
        seconds=rng.randrange(400 * 86_400), microseconds=rng.randrange(1_000_000)
    )
    return utc_text(created), utc_text(modified)


def make_resource(rng: random.Random, n: int) -> JSON:
    room = rng.choice(_ROOMS)
    return {
        "tenant_id": TENANT_ID,
        "resource_id": n,
        "description": None if rng.random() < 0.03 else f"{room} {rng.randint(1, 12)}",
        "resource_rank": rng.randint(1, 10),
        "archived": rng.random() < 0.1,
    }


def make_patient(rng: random.Random, n: int) -> JSON:
    first, surname = rng.choice(_FIRST), rng.choice(_SURNAMES)
    created, modified = _audit_stamps(rng)
    born = date(1930, 1, 1) + timedelta(days=rng.randrange(33_000))
    return {
        "client_id": n,
        "first_name": first,
        "tenant_id": TENANT_ID,
        "title": rng.choice((None, "Mr", "Ms", "Mrs", "Dr", "Mx")),
        "middle_name": None,
        "surname": surname,
        "preferred_name": first if rng.random() < 0.8 else None,
        "date_of_birth": born.isoformat(),
        "email": f"{first}.{surname}{n}@example.com".lower().replace("'", ""),
        "gender": rng.choice(("female", "male", "non-binary", None)),
        "address_1": f"{rng.randint(1, 400)} {rng.choice(_SURNAMES)} Street",
        "address_2": None,
        "address_3": None,
        "address_4": None,
        "suburb": rng.choice(_SUBURBS),
        "address_state": rng.choice(_STATES),
        "postcode": f"{rng.randint(800, 7999):04d}",
        "country": "Australia",
        "home_phone": None,
        "work_phone": None,
        "mobile": f"04{rng.randrange(10**8):08d}",
        "fax": None,
        "file_no": f"F{n:06d}",
        "patient_notes": None,
        "patient_warnings": None,
        "fee_category": rng.choice(("Standard", "Concession", "DVA")),
        "health_fund": rng.choice((None, "Bupa", "Medibank", "HCF")),
        "health_fund_member_no": None,
        "accepted_privacy_policy": rng.choice((None, True, False)),
        "time_zone": rng.choice((None, *_ZONES)),
        "archived": rng.random() < 0.08,
        "created": created,
        "modified": modified,
    }


def make_business(rng: random.Random, n: int) -> JSON:
    suburb = rng.choice(_SUBURBS)
    return {
        "tenant_id": TENANT_ID,
        "business_id": n,
        "business_name": f"{suburb} Physio {n}",
        "display_name": f"{suburb} Physio",
        "address_1": f"{rng.randint(1, 400)} Main Road",
        "address_2": None,
        "address_3": None,
        "address_4": None,
        "suburb": suburb,
        "address_state": rng.choice(_STATES),
        "postcode": f"{rng.randint(800, 7999):04d}",
        "country": "Australia",
        "archive": rng.random() < 0.1,
        "phone": f"08 {rng.randrange(10**8):08d}",
        "fax": None,
        "email": f"{suburb.lower()}{n}@example.com",
        "website": f"https://{suburb.lower()}-physio.example.com",
        "appointment_start_time": "08:00:00",
        "appointment_end_time": "18:00:00",
        "registration_number": None,
        "registration_type": None,
        "short_description": None,
        "ndis_registration_number": None,
    }


def _self_link(path: str) -> Callable[[str, int], dict[str, str]]:
    return lambda base, n: {"self": f"{base}{path}/{n}"}


def _patient_links(base: str, n: int) -> dict[str, str]:
    own = f"{base}patient/{n}"
    return {
        "self": own,
        "accounts": f"{own}/account",
        "appointments": f"{own}/appointment",
        "invoices": f"{own}/invoice",
        "patient_attachments": f"{own}/patient_attachment",
        "patient_contacts": f"{own}/patient_contact",
    }


@attrs.frozen(kw_only=True)
class Collection:
    """One kind of record: where it lives, how its list is keyed, how to make one."""

    name: str  # path segment and key of ``sizes``
    label: str  # as the docs' 404 detail names it
    list_key: str
    id_field: str
    make: Callable[[random.Random, int], JSON]
    links: Callable[[str, int], dict[str, str]]
    # The docs' "Available filters" table: field -> format. An empty table refuses q[].
    filters: Mapping[str, str] = attrs.field(factory=dict)
    listable: bool = True


@attrs.frozen(kw_only=True)
class Nested:
    """A list of ``child`` records under one ``parent`` record (``/parent/{id}/child``)."""

    parent: str
    child: str
    most: int  # children per parent, at most


COLLECTIONS: dict[str, Collection] = {
    c.name: c
    for c in (
        Collection(
            name="resource",
            label="Resource",
            list_key="resources",
            id_field="resource_id",
            make=make_resource,
            links=_self_link("resource"),
        ),
        Collection(
            name="patient",
            label="Patient",
            list_key="patients",
            id_field="client_id",
            make=make_patient,
            links=_patient_links,
            # Inferred: the Patient list's filter table is not in the stored docs.
            filters={
                "surname": "string",
                "first_name": "string",
                "email": "string",
                "date_of_birth": "date",
                "created": "timestamp",
                "modified": "timestamp",
                "archived": "boolean",
            },
        ),
        Collection(
            name="business",
            label="Business",
            list_key="businesses",
            id_field="business_id",
            make=make_business,
            links=_self_link("business"),
        ),
        # Parents of nested lists only: their own endpoints belong to later issues.
        Collection(
            name="appointment",
            label="Appointment",
            list_key="appointments",
            id_field="appointment_id",
            make=lambda rng, n: {"appointment_id": n},
            links=_self_link("appointment"),
            listable=False,
        ),
        Collection(
            name="appointment_type",
            label="Appointment Type",
            list_key="appointment_types",
            id_field="appointment_type_id",
            make=lambda rng, n: {"appointment_type_id": n},
            links=_self_link("appointment_type"),
            listable=False,
        ),
    )
}

NESTED: tuple[Nested, ...] = (
    Nested(parent="appointment", child="resource", most=3),
    Nested(parent="appointment_type", child="resource", most=4),
)

DEFAULT_SIZES: Mapping[str, int] = {
    "resource": 250,
    "patient": 1000,
    "business": 12,
    "appointment": 400,
    "appointment_type": 30,
}


class QueryError(ValueError):
    """A list query the API would refuse with 400 INVALID_PARAMS."""


_ORDER_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
}


def _parse_value(fmt: str, text: str) -> Any:
    if fmt == "string":
        return text
    if fmt == "integer":
        return int(text)
    if fmt == "double":
        return float(text)
    if fmt == "boolean":
        if text not in ("true", "false"):
            raise ValueError(f"expected true or false, got {text!r}")
        return text == "true"
    if fmt == "date":
        return date.fromisoformat(text)
    if fmt == "timestamp":
        value = datetime.fromisoformat(text)
        if value.tzinfo is None:
            raise ValueError(f"timestamp needs a UTC offset: {text!r}")
        return value
    if fmt == "datetime":
        return datetime.fromisoformat(text)
    raise ValueError(f"unknown filter format {fmt!r}")


@attrs.frozen
class Condition:
    """One parsed ``q[]`` value: ``<field>:<op><value>`` (the syntax is inferred, see README)."""

    field: str
    op: str
    fmt: str
    value: Any

    @classmethod
    def parse(cls, raw: str, table: Mapping[str, str]) -> Condition:
        field, sep, rest = raw.partition(":")
        if not sep:
            raise QueryError(f"q[] must look like field:<op>value, got {raw!r}")
        if field not in table:
            raise QueryError(f"{field!r} is not a filterable field")
        op = next((o for o in ("!=", ">=", "<=", "=", ">", "<", "~") if rest.startswith(o)), None)
        if op is None:
            raise QueryError(f"q[] {raw!r} has no operator (= != > >= < <= ~)")
        fmt = table[field]
        if op == "~" and fmt != "string":
            raise QueryError(f"~ applies to string fields only, not {field!r}")
        try:
            value = _parse_value(fmt, rest[len(op) :])
        except ValueError as exc:
            raise QueryError(f"bad value for {field!r}: {exc}") from None
        return cls(field, op, fmt, value)

    def matches(self, record: JSON) -> bool:
        raw = record.get(self.field)
        if raw is None:
            return self.op == "!="
        if self.op == "~":
            return str(self.value).lower() in str(raw).lower()
        return _ORDER_OPS[self.op](_parse_value(self.fmt, _text(raw)), self.value)


def _text(raw: Any) -> str:
    if isinstance(raw, bool):
        return "true" if raw else "false"
    return str(raw)


@functools.cache
def _field_names(name: str) -> frozenset[str]:
    """The fields every record of a collection has (its schema), from one sample."""
    return frozenset(COLLECTIONS[name].make(random.Random(0), 1))


class Dataset:
    """Every collection of one seeded sandbox."""

    def __init__(self, *, seed: int, sizes: Mapping[str, int]) -> None:
        unknown = set(sizes) - set(COLLECTIONS)
        if unknown:
            raise ValueError(f"unknown collections in sizes: {sorted(unknown)}")
        self.seed = seed
        self.sizes = {**DEFAULT_SIZES, **sizes}
        self._materialised: dict[str, list[JSON]] = {}

    def size(self, name: str) -> int:
        return self.sizes[name]

    def resize(self, name: str, size: int) -> None:
        """Make a collection hold records 1..``size``: records are added or removed at the end,
        and the ones that stay are unchanged (record ``n`` depends only on the seed and ``n``)."""
        if name not in COLLECTIONS:
            raise ValueError(f"unknown collection {name!r}; use one of {', '.join(COLLECTIONS)}")
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise ValueError(f"size must be an int >= 0, got {size!r}")
        self.sizes[name] = size
        self._materialised.pop(name, None)

    def record(self, name: str, n: int) -> JSON | None:
        """Record ``n`` of a collection, or None when there is no such id."""
        if not 1 <= n <= self.sizes[name]:
            return None
        cached = self._materialised.get(name)
        if cached is not None:
            return cached[n - 1]
        return self._make(name, n)

    def _make(self, name: str, n: int) -> JSON:
        return COLLECTIONS[name].make(random.Random(f"{self.seed}:{name}:{n}"), n)

    def children(self, nested: Nested, parent_id: int) -> list[int]:
        """Ids of the children of one parent, ascending; the same on every call."""
        rng = random.Random(f"{self.seed}:{nested.parent}/{nested.child}:{parent_id}")
        pool = self.sizes[nested.child]
        count = min(rng.randint(0, nested.most), pool)
        return sorted(rng.sample(range(1, pool + 1), count))

    def select(
        self,
        name: str,
        *,
        ids: Sequence[int] | None = None,
        sort_by: Sequence[str] = (),
        conditions: Sequence[Condition] = (),
    ) -> Sequence[int]:
        """Ids of the matching records in list order (ascending id unless ``sort_by``)."""
        chosen: Sequence[int] = range(1, self.sizes[name] + 1) if ids is None else ids
        collection = COLLECTIONS[name]
        unknown = [f for f in sort_by if f not in _field_names(name)]
        if unknown:
            raise QueryError(f"cannot sort by {', '.join(unknown)}")
        if not sort_by and not conditions:
            return chosen
        every = self._all(name)
        records = [every[n - 1] for n in chosen]
        if conditions:
            records = [r for r in records if all(c.matches(r) for c in conditions)]
        id_field = collection.id_field
        if sort_by:
            # Ascending, nulls first; ties keep id order (the docs show no direction syntax).
            records.sort(
                key=lambda r: (
                    *((r.get(f) is not None, r.get(f)) for f in sort_by),
                    r[id_field],
                )
            )
        return [r[id_field] for r in records]

    def _all(self, name: str) -> list[JSON]:
        cached = self._materialised.get(name)
        if cached is None:
            cached = [self._make(name, n) for n in range(1, self.sizes[name] + 1)]
            self._materialised[name] = cached
        return cached
