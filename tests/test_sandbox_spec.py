"""The sandbox serves every operation of the OpenAPI document, as the document says.

Checked with plain aiohttp and a type checker written here from the document (not the
sandbox's own validator), so a sandbox bug cannot hide behind itself.
"""

import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
from yarl import URL

from pracsuite_async._spec import (
    load_spec,
    operations,
    ref_name,
    resolve,
    schema_extension,
    schema_properties,
)
from pracsuite_async.sandbox import Sandbox

from ._dates import MONDAY, SUNDAY
from .conftest import keyed_session

ONE_DAY = timedelta(days=1)

SPEC = load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")
LOCAL = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TYPES: dict[str, Any] = {
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}
FORMATS = {"date-time": STAMP, "local-date-time": LOCAL, "date": DAY}


def props(schema: str) -> dict[str, Any]:
    return schema_properties(schema, SPEC)


def check(node: dict[str, Any], value: Any, where: str) -> None:
    """Assert ``value`` is an instance of the property schema ``node``."""
    sub = ref_name(node)
    if sub is not None:
        assert isinstance(value, dict), where
        check_object(sub, value, where)
        return
    raw = node.get("type", [])
    types = [raw] if isinstance(raw, str) else raw
    if value is None:
        assert not types or "null" in types, f"{where} is null"
        return
    assert not types or any(TYPES[t](value) for t in types if t != "null"), f"{where}={value!r}"
    if "enum" in node:
        assert value in node["enum"], where
    fmt = FORMATS.get(node.get("format", ""))
    if fmt is not None and isinstance(value, str):
        assert fmt.match(value), f"{where}={value!r} is not {node['format']}"
    if isinstance(value, list) and "items" in node:
        for i, item in enumerate(value):
            check(node["items"], item, f"{where}[{i}]")


def check_object(schema: str, value: dict[str, Any], where: str = "") -> None:
    """Assert ``value`` is a ``schema`` object: known fields only, each of its type."""
    fields = props(schema)
    assert set(value) <= set(fields), f"{where}: unknown {set(value) - set(fields)}"
    id_field = schema_extension(schema, "x-pracsuite-id")
    if id_field is not None:
        assert TYPES["integer"](value[id_field]), f"{where}.{id_field} is not an id"
    for name, item in value.items():
        check(fields[name], item, f"{where}.{name}")


def success_schema(op: dict[str, Any]) -> dict[str, Any] | None:
    for code, response in op["responses"].items():
        if code.startswith("2"):
            schema = resolve(response, SPEC).get("content", {}).get("application/json", {})
            return schema.get("schema")
    return None


def list_shape(op: dict[str, Any]) -> tuple[str, str]:
    schema = success_schema(op)
    assert schema is not None
    for key, prop in schema["properties"].items():
        if prop.get("type") == "array":
            item = ref_name(prop["items"])
            assert item is not None
            return key, item
    raise AssertionError("no list key")


def params(op: dict[str, Any]) -> list[dict[str, Any]]:
    return [resolve(p, SPEC) for p in op.get("parameters", [])]


OPS = {op["operationId"]: (path, method, op) for path, method, op in operations()}
LISTS = sorted(k for k, (_, m, op) in OPS.items() if op["x-pracsuite-kind"] == "list")
GETS = sorted(k for k, (_, m, op) in OPS.items() if op["x-pracsuite-kind"] == "get")


@pytest.fixture
async def sb() -> AsyncIterator[Sandbox]:
    # 400 appointments: the numbers below follow from it.
    async with Sandbox(seed=3, sizes={"appointment": 400}) as sandbox:
        yield sandbox


@pytest.fixture
async def http(sb: Sandbox) -> AsyncIterator[aiohttp.ClientSession]:
    async with keyed_session(sb) as session:
        yield session


async def call(
    http: aiohttp.ClientSession, sb: Sandbox, method: str, path_qs: str, body: Any = None
) -> tuple[int, Any]:
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body))
    url = URL(sb.url + path_qs.lstrip("/"), encoded=True)
    async with http.request(method, url, data=data) as resp:
        return resp.status, await resp.json(content_type=None)


async def pull(http: aiohttp.ClientSession, sb: Sandbox, path: str, key: str) -> list[Any]:
    """Every item of a list, page by page."""
    items: list[Any] = []
    page = 1
    while True:
        sep = "&" if "?" in path else "?"
        status, body = await call(http, sb, "GET", f"{path}{sep}page={page}&page_size=100")
        assert status == 200, body
        items += body[key]
        if "next" not in body["links"]:
            return items
        page += 1


def real_path(sb: Sandbox, path: str, op: dict[str, Any]) -> str:
    """The path with ids of real parents: taken from a child record for field matches, or
    a parent whose array field is not empty."""
    _, item = list_shape(op) if op["x-pracsuite-kind"] == "list" else ("", "")
    child = sb.dataset.doc.by_schema.get(item)
    for p in params(op):
        if p["in"] != "path":
            continue
        match = p.get("x-pracsuite-match") or {}
        parent = sb.dataset.doc.by_schema.get(p.get("x-pracsuite-ref", ""))
        value = 1
        if child is not None and match.get("field") in child.fields:
            first = sb.dataset.record(child.name, 1)
            assert first is not None
            value = first[match["field"]]
        elif parent is not None and "parent_field" in match:
            value = next(
                n
                for n in range(1, 100)
                if (sb.dataset.record(parent.name, n) or {}).get(match["parent_field"], True)
            )
        path = path.replace("{" + p["name"] + "}", str(value))
    return path


def required_query(op: dict[str, Any]) -> str:
    """Values for the operation's required query parameters (a 7-day window for dates)."""
    window = op.get("x-pracsuite-window") or {}
    start = MONDAY
    parts = []
    for p in params(op):
        if p["in"] != "query" or not p.get("required"):
            continue
        if p["schema"].get("format") == "date":
            day = start + timedelta(days=window.get("max_days", 1) - 1) * (p["name"] == "to")
            parts.append(f"{p['name']}={day.isoformat()}")
        else:
            parts.append(f"{p['name']}=1")
    return "&".join(parts)


@pytest.mark.parametrize("op_id", LISTS)
async def test_every_list_serves_pages_of_valid_items(
    http: aiohttp.ClientSession, sb: Sandbox, op_id: str
) -> None:
    path, _, op = OPS[op_id]
    key, item = list_shape(op)
    collection = sb.dataset.doc.by_schema.get(item)
    concrete = real_path(sb, path, op).lstrip("/")
    extra = required_query(op)
    size, total = 3, None
    for page in (1, 2, 3):
        query = f"page={page}&page_size={size}" + (f"&{extra}" if extra else "")
        status, body = await call(http, sb, "GET", f"{concrete}?{query}")
        assert status == 200, body
        assert set(body) == {key, "total_entries", "links"}
        total = body["total_entries"] if total is None else total
        assert body["total_entries"] == total
        assert body["links"]["self"] == f"{sb.url}{concrete}?{query}"
        assert ("previous" in body["links"]) == (page > 1)
        assert ("next" in body["links"]) == (page * size < total)
        start = (page - 1) * size
        assert len(body[key]) == max(0, min(size, total - start))
        for row, record in enumerate(body[key], start=start + 1):
            check_object(item, record, f"{op_id}[{row}]")
            if "row_num" in props(item):
                assert (record["row_num"], record["total_rows"]) == (row, total)
            if collection is not None and collection.links:
                own = collection.links["self"].replace("{id}", str(record[collection.id_field]))
                assert record["links"]["self"] == sb.url + own
    assert total  # a real parent has children


@pytest.mark.parametrize("op_id", GETS)
async def test_every_get_answers_its_record_or_404(
    http: aiohttp.ClientSession, sb: Sandbox, op_id: str
) -> None:
    path, _, op = OPS[op_id]
    schema = success_schema(op)
    assert schema is not None
    name = ref_name(schema)
    assert name is not None
    status, body = await call(http, sb, "GET", real_path(sb, path, op))
    assert status == 200, body
    check_object(name, body, op_id)
    ref = params(op)[-1]["x-pracsuite-ref"]
    target = sb.dataset.doc.by_schema[ref]
    missing = sb.dataset.size(target.name) + 1
    gone = path.replace("{" + params(op)[-1]["name"] + "}", str(missing))
    status, body = await call(http, sb, "GET", real_path(sb, gone, op))
    assert status == 404
    assert body["error"]["detail"] == f"Could not find {target.label} with ID {missing}"
    if name == ref:
        assert "row_num" not in body


def new_appointment(**changes: Any) -> dict[str, Any]:
    body = {
        "client_id": 12,
        "account_id": 3,
        "appointment_type_id": 4,
        "app_time": "2026-04-01T09:30:00",
        "practitioner_business_id": 2,
        "duration": 30,
        "resource_ids": [5, 9],
    }
    body.update(changes)
    return body


async def test_an_appointment_round_trip(http: aiohttp.ClientSession, sb: Sandbox) -> None:
    before = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    status, made = await call(http, sb, "POST", "appointment", new_appointment())
    assert status == 201, made
    check_object("Appointment", made)
    n = made["appointment_id"]
    assert n == 401
    assert (made["client_id"], made["app_time"], made["resource_ids"]) == (
        12,
        "2026-04-01T09:30:00",
        [5, 9],
    )
    assert made["created"] == made["modified"] >= before
    assert made["links"]["self"] == f"{sb.url}appointment/{n}"
    assert (await call(http, sb, "GET", f"appointment/{n}"))[1] == made
    listed = await call(http, sb, "GET", "appointment?page=9&page_size=50")
    assert listed[1]["total_entries"] == 401
    assert listed[1]["appointments"][-1]["appointment_id"] == n
    resources = await call(http, sb, "GET", f"appointment/{n}/resource")
    assert [r["resource_id"] for r in resources[1]["resources"]] == [5, 9]

    status, edited = await call(http, sb, "PATCH", f"appointment/{n}", {"duration": 45})
    assert status == 200, edited
    assert (edited["duration"], edited["created"]) == (45, made["created"])
    assert edited["modified"] >= made["modified"]

    cancel = {"reason": "Unwell", "appointment_cancellation_reason_id": 2}
    status, body = await call(http, sb, "POST", f"appointment/{n}/cancel", cancel)
    assert (status, body) == (204, None)  # the docs' bundle: 204, no body
    status, body = await call(http, sb, "GET", f"appointment/{n}")
    assert status == 404
    assert body["error"]["detail"] == f"Could not find Appointment with ID {n}"
    assert (await call(http, sb, "GET", "appointment?page_size=1"))[1]["total_entries"] == 400
    status, gone = await call(http, sb, "GET", f"cancelled_appointment/{n}")
    assert status == 200, gone
    check_object("CancelledAppointment", gone)
    assert (gone["appointment_id"], gone["client_id"], gone["duration"]) == (n, 12, 45)
    assert (gone["reason"], gone["cancelled_by"], gone["cancellation"]) == ("Unwell", "API", True)
    assert gone["cancellation_time"] >= edited["modified"]
    cancelled = await pull(http, sb, "cancelled_appointment", "cancelled_appointments")
    assert n in [c["appointment_id"] for c in cancelled]
    status, _ = await call(http, sb, "POST", f"appointment/{n}/cancel", {})
    assert status == 404


@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("POST", "appointment", new_appointment(client_id=None), "client_id"),
        (
            "POST",
            "appointment",
            {k: v for k, v in new_appointment().items() if k != "duration"},
            "duration",
        ),
        ("POST", "appointment", new_appointment(duration=7), "duration"),
        ("POST", "appointment", new_appointment(duration=1445), "duration"),
        ("POST", "appointment", new_appointment(client_id=True), "client_id"),
        ("POST", "appointment", new_appointment(app_time="2026-04-01T09:30:00Z"), "app_time"),
        ("POST", "appointment", new_appointment(app_time="2026-04-01 09:30"), "app_time"),
        ("POST", "appointment", new_appointment(client_id=999_999), "client_id"),
        ("POST", "appointment", new_appointment(resource_ids=[1, 99_999]), "resource_ids"),
        ("POST", "appointment", new_appointment(colour="red"), "colour"),
        ("POST", "appointment", [new_appointment()], "object"),
        (
            "POST",
            "appointment",
            {k: v for k, v in new_appointment().items() if k != "practitioner_business_id"},
            "give practitioner_id + business_id or practitioner_business_id",
        ),
        (
            "POST",
            "appointment",
            new_appointment(practitioner_id=1, business_id=1),
            "practitioner_business_id, not both",
        ),
        (
            "POST",
            "reserve_appointment",
            {"app_time": "2026-04-01T10:00:00", "practitioner_id": 1, "duration": 15},
            "business_id is required with practitioner_id",
        ),
        ("POST", "appointment", new_appointment(column=1, column_number=1), "column and column_"),
        ("PATCH", "appointment/3", {"item_id": 1, "item_group_id": 2}, "item_id and item_group_id"),
        ("PATCH", "appointment/3", {"duration": "30"}, "duration"),
        ("PATCH", "appointment/3", {"sms_reminder": 1}, "sms_reminder"),
        ("POST", "patient", {"first_name": "Ada"}, "surname"),
        (
            "POST",
            "patient",
            {"first_name": "Ada", "surname": "L", "preferred_phone": 2},
            "preferred_phone",
        ),
    ],
)
async def test_bodies_that_break_the_schema_get_422(
    http: aiohttp.ClientSession, sb: Sandbox, method: str, path: str, body: Any, field: str
) -> None:
    status, answer = await call(http, sb, method, path, body)
    assert status == 422, answer
    assert answer["error"]["code"] == "INVALID_BODY"
    assert field in answer["error"]["detail"]
    _, stored = await call(http, sb, "GET", "appointment/3")
    assert {k: v for k, v in stored.items() if k != "links"} == sb.dataset.seeded("appointment", 3)


async def test_a_body_that_is_not_json_gets_400(http: aiohttp.ClientSession, sb: Sandbox) -> None:
    status, answer = await call(http, sb, "POST", "appointment", b"{not json")
    assert status == 400
    assert answer["error"]["code"] == "INVALID_PARAMS"


async def test_patch_changes_only_what_it_sends(http: aiohttp.ClientSession, sb: Sandbox) -> None:
    _, old = await call(http, sb, "GET", "appointment/3")
    status, new = await call(http, sb, "PATCH", "appointment/3", {"item_id": 7, "width": 2})
    assert status == 200
    changed = {k for k in old if old[k] != new[k]}
    assert changed <= {"item_id", "modified"}  # width is not an Appointment field
    assert new["item_id"] == 7


async def test_other_creates_store_their_records(http: aiohttp.ClientSession, sb: Sandbox) -> None:
    status, patient = await call(
        http, sb, "POST", "patient", {"first_name": "Ngaio", "surname": "Marsh"}
    )
    assert status == 201
    check_object("Patient", patient)
    assert (patient["client_id"], patient["surname"]) == (1001, "Marsh")
    slot = {"app_time": "2026-04-01T10:00:00", "practitioner_business_id": 3, "duration": 15}
    status, reserved = await call(http, sb, "POST", "reserve_appointment", slot)
    assert status == 201
    check_object("ReservedAppointment", reserved)
    assert reserved["appointment_id"] == 401
    assert reserved["practitioner_business_id"] == 3
    stored = await call(http, sb, "GET", "appointment/401")
    assert (stored[0], stored[1]["app_time"], stored[1]["duration"]) == (200, slot["app_time"], 15)
    # The 2026-02 bundle's form of the same slot.
    bundle_slot = {"app_time": "2026-04-01T11:00:00", "practitioner_id": 2, "business_id": 1,
            "column_number": 2, "duration": 15}  # fmt: skip
    status, reserved = await call(http, sb, "POST", "reserve_appointment", bundle_slot)
    assert status == 201, reserved
    check_object("ReservedAppointment", reserved)
    assert (reserved["practitioner_id"], reserved["business_id"]) == (2, 1)
    assert reserved["column_number"] == 2
    _, stored = await call(http, sb, "GET", f"appointment/{reserved['appointment_id']}")
    assert (stored["practitioner_id"], stored["business_id"]) == (2, 1)
    status, member = await call(
        http, sb, "POST", "group_appointment/401/add_group_member", {"client_id": 4}
    )
    assert status == 201
    check_object("GroupAppointmentMember", member)
    assert (member["appointment_id"], member["client_id"]) == (401, 4)
    status, _ = await call(
        http, sb, "POST", "group_appointment/999999/add_group_member", {"client_id": 4}
    )
    assert status == 404


AVAILABLE = f"available_appointments?from={MONDAY}&to={SUNDAY}&appointment_type_id=5"


@pytest.mark.parametrize(
    "query",
    [
        f"available_appointments?from={MONDAY}&to={SUNDAY + ONE_DAY}&appointment_type_id=5",
        f"available_appointments?from={MONDAY + 3 * ONE_DAY}&to={MONDAY + 2 * ONE_DAY}"
        "&appointment_type_id=5",
        f"{AVAILABLE}&account_id=3",
        f"available_appointments?to={SUNDAY}&appointment_type_id=5",
        f"available_appointments?from={MONDAY}&to={SUNDAY}",
        f"available_appointments?from={MONDAY:%Y/%m/%d}&to={SUNDAY}&appointment_type_id=5",
        f"{AVAILABLE}&business_ids=x",
    ],
)
async def test_availability_rules_refuse_bad_queries(
    http: aiohttp.ClientSession, sb: Sandbox, query: str
) -> None:
    status, body = await call(http, sb, "GET", query)
    assert status == 400, body
    assert body["error"]["code"] == "INVALID_PARAMS"


async def test_available_slots_follow_the_query(http: aiohttp.ClientSession, sb: Sandbox) -> None:
    slots = await pull(http, sb, AVAILABLE, "available_times")
    assert 50 < len(slots) < 7 * 3 * 18
    keys = [(s["app_time"], s["practitioner_id"]) for s in slots]
    assert keys == sorted(keys)
    assert {s["app_time"][:10] for s in slots} == {str(MONDAY + d * ONE_DAY) for d in range(7)}
    assert all("08:00:00" <= s["app_time"][11:] < "17:00:00" for s in slots)
    assert {s["appointment_type_id"] for s in slots} == {5}
    narrowed = await pull(
        http,
        sb,
        f"{AVAILABLE}&practitioner_ids=2&business_ids=1&business_ids=3&client_id=4&account_id=1",
        "available_times",
    )
    assert narrowed == [
        s | {"business_id": n["business_id"]}
        for s, n in zip([s for s in slots if s["practitioner_id"] == 2], narrowed, strict=True)
    ]
    assert {s["business_id"] for s in narrowed} == {1, 3}
    again = await pull(http, sb, AVAILABLE.replace("from", "page_size=7&from"), "available_times")
    assert again == slots


async def test_refs_point_at_records_that_exist(http: aiohttp.ClientSession, sb: Sandbox) -> None:
    appointments = await pull(http, sb, "appointment", "appointments")
    patient_key, _ = list_shape(OPS["listPatients"][2])
    patients = {p["client_id"] for p in await pull(http, sb, "patient", patient_key)}
    assert {a["client_id"] for a in appointments} <= patients
    resources = {r["resource_id"] for r in await pull(http, sb, "resource", "resources")}
    assert {r for a in appointments for r in a["resource_ids"]} <= resources
    for profession in (1, 2, 5):
        mine = await pull(http, sb, f"profession/{profession}/appointment", "appointments")
        expected = [a for a in appointments if a["profession_id"] == profession]
        assert mine == [
            dict(a, row_num=i, total_rows=len(expected)) for i, a in enumerate(expected, 1)
        ]
        assert mine
    for appointment in appointments[:25]:
        n = appointment["appointment_id"]
        used = await pull(http, sb, f"appointment/{n}/resource", "resources")
        assert [r["resource_id"] for r in used] == sorted(appointment["resource_ids"])


async def test_nested_lists_with_two_parents_agree(
    http: aiohttp.ClientSession, sb: Sandbox
) -> None:
    for n in (1, 2, 3):
        invoice = (await call(http, sb, "GET", f"invoice/{n}"))[1]
        account = sb.dataset.record("patient_account", invoice["account_id"])
        assert account is not None
        assert account["client_id"] == invoice["client_id"]  # the account is the client's
        path = f"patient/{invoice['client_id']}/account/{invoice['account_id']}/invoice"
        listed = await pull(http, sb, path, "invoices")
        assert n in [i["invoice_id"] for i in listed]
        assert {(i["client_id"], i["account_id"]) for i in listed} == {
            (invoice["client_id"], invoice["account_id"])
        }


async def test_sort_by_any_scalar_field_and_refuse_others(
    http: aiohttp.ClientSession, sb: Sandbox
) -> None:
    by = quote(json.dumps(["app_time", "client_id"]), safe="")
    items = await pull(http, sb, f"appointment?sort_by={by}", "appointments")
    keys = [
        (a["app_time"] is not None, a["app_time"] or "", a["client_id"], a["appointment_id"])
        for a in items
    ]
    assert keys == sorted(keys)
    assert len(items) == 400
    status, _ = await call(
        http, sb, "GET", f"appointment?sort_by={quote(json.dumps(['resource_ids']))}"
    )
    assert status == 400
