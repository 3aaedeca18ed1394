"""Write operations: create, update, cancel (with ``x-pracsuite-moves-to``), delete, call."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web

from ._data import Dataset, now_text
from ._http import dumps, error_response, json_response
from ._routes import OpHandler, Refusal, base_url, decorate, path_ids, shape, target_id
from ._schema import Collection, Operation
from ._state import STATE
from ._validate import BodyError, check_body, problem, properties

JSON = dict[str, Any]


async def read_body(op: Operation, request: web.Request, data: Dataset) -> JSON:
    """The JSON body checked against the operation's request schema (400 / 422)."""
    raw = await request.read()
    if not raw.strip() and not op.body_required:
        body: Any = {}
    else:
        try:
            body = json.loads(raw)
        except ValueError:
            raise Refusal(400, "The request body is not valid JSON.") from None
    if op.body_schema is None:
        if body != {}:
            raise BodyError("this operation takes no body")
        return {}
    return check_body(data.doc, op.body_schema, body, partial=op.kind == "update")


def _collection(op: Operation, data: Dataset) -> Collection:
    collection = data.doc.by_schema.get(op.target or "")
    if collection is None:
        raise Refusal(404, f"{op.operation_id} writes no collection the sandbox knows")
    return collection


def record_fields(
    op: Operation, data: Dataset, collection: Collection, body: JSON, ids: Mapping[str, int]
) -> JSON:
    """What a write stores: body and path ids named like record fields, refs checked."""
    fields = {
        k: v
        for k, v in {**body, **ids}.items()
        if k in collection.fields and k != collection.id_field
    }
    asked = data.doc.fields(op.body_schema) if op.body_schema else {}
    for name, value in fields.items():
        for field in (collection.fields[name], asked.get(name)):
            ref = None if field is None else field.ref or (field.items and field.items.ref)
            target = data.doc.by_schema.get(ref) if ref else None
            if target is None:
                continue
            for n in value if isinstance(value, list) else [value]:
                if n is not None and data.record(target.name, n) is None:
                    raise BodyError(f"{name}: there is no {target.label} with ID {n}", name)
    return fields


def respond(
    op: Operation, request: web.Request, collection: Collection, record: JSON, body: JSON
) -> web.Response:
    """The record in the shape of the response schema (``{}`` when there is none)."""
    data = request.app[STATE].dataset
    schema = op.response_schema
    if schema is None:
        return json_response(b"{}", op.status)
    if schema == collection.schema:
        finish = decorate(data.doc, schema, collection, base_url(request))
        return json_response(dumps(finish(record, None, None)), op.status)
    # Another shape (e.g. a reservation): the same-named fields of the record, the body and
    # the schema's documented defaults that fit it; nothing invented.
    sources = [record, body, defaults(data, schema)]
    answer = shape(data, schema, sources, op.operation_id, record[collection.id_field])
    known = {name for source in sources for name in source}
    return json_response(dumps({k: v for k, v in answer.items() if k in known}), op.status)


async def _arrived(
    op: Operation, request: web.Request
) -> tuple[Dataset, dict[str, int], JSON, Collection]:
    """What every write starts from: the data, the checked path ids and body, the target."""
    data = request.app[STATE].dataset
    ids = path_ids(op, request, data)
    body = await read_body(op, request, data)
    return data, ids, body, _collection(op, data)


def defaults(data: Dataset, schema: str | None) -> JSON:
    """The documented defaults (``default``) of a schema's fields."""
    if schema is None:
        return {}
    props = properties(data.doc, schema)
    return {k: p["default"] for k, p in props.items() if "default" in p}


SLOT_FIELDS = ("practitioner_id", "app_time", "duration")


def slot_taken(data: Dataset, collection: Collection, fields: Mapping[str, Any]) -> bool:
    """Whether the practitioner already has an appointment (or a reservation) overlapping
    ``app_time`` .. ``app_time + duration``."""
    if not all(isinstance(fields.get(f), int | str) for f in SLOT_FIELDS):
        return False  # the older practitioner_business_id form names no practitioner
    start = datetime.fromisoformat(fields["app_time"])
    end = start + timedelta(minutes=fields["duration"])
    for n in data.matching(collection.name, "practitioner_id", fields["practitioner_id"]):
        other = data.record(collection.name, n)
        if other is None or not isinstance(other.get("app_time"), str):
            continue
        begins = datetime.fromisoformat(other["app_time"])
        if begins < end and start < begins + timedelta(minutes=other.get("duration") or 0):
            return True
    return False


async def create(op: Operation, request: web.Request) -> web.StreamResponse:
    data, ids, body, collection = await _arrived(op, request)
    given = {**defaults(data, op.body_schema), **body}
    fields = record_fields(op, data, collection, given, ids)
    conflicts = "409" in data.doc.spec["paths"][op.path][op.method.lower()]["responses"]
    if conflicts and slot_taken(data, collection, fields):
        # The bundle's Conflict response, declared on Create and Reserve Appointment.
        detail = "This appointment slot is taken."
        return error_response(409, detail, code="RESERVE_APPOINTMENT_CONFLICT")
    # What was sent, the documented defaults and what the server assigns; nothing invented.
    record = data.insert(collection.name, fields, seeded=False)
    return respond(op, request, collection, record, given)


async def update(op: Operation, request: web.Request) -> web.StreamResponse:
    data, ids, body, collection = await _arrived(op, request)
    n = target_id(op, ids, collection.schema)
    fields = record_fields(op, data, collection, body, {})
    return respond(op, request, collection, data.update(collection.name, n, fields), body)


async def cancel(op: Operation, request: web.Request) -> web.StreamResponse:
    data, ids, body, collection = await _arrived(op, request)
    n = target_id(op, ids, collection.schema)
    removed = data.remove(collection.name, n)
    dest = data.doc.by_schema.get(op.moves_to or "")
    if dest is not None:
        data.put(dest.name, n, moved_record(data, dest, n, removed, body))
    return json_response(b"{}", op.status)


def moved_record(data: Dataset, dest: Collection, n: int, removed: JSON, body: JSON) -> JSON:
    """The record a cancel leaves in ``dest``: the removed record's fields that fit, the
    body's, and who cancelled it when."""
    record = data.seeded(dest.name, n)
    for source in (removed, body):
        for name, value in source.items():
            field = dest.fields.get(name)
            if field is not None and not problem(data.doc, field, value, name):
                record[name] = value
    extra = {
        "cancellation_time": now_text(),
        "cancellation": body.get("record_as_cancelled", True),
        "cancelled_by": "API",
    }
    record.update({k: v for k, v in extra.items() if k in dest.fields})
    record[dest.id_field] = n
    return record


async def delete(op: Operation, request: web.Request) -> web.StreamResponse:
    data = request.app[STATE].dataset
    ids = path_ids(op, request, data)
    await read_body(op, request, data)
    collection = _collection(op, data)
    data.remove(collection.name, target_id(op, ids, collection.schema))
    return json_response(b"{}", op.status)


async def call(op: Operation, request: web.Request) -> web.StreamResponse:
    """Any other operation: check the path and body, answer the declared success (an object
    of the response schema made up from the ids and body, or ``{}``)."""
    data = request.app[STATE].dataset
    ids = path_ids(op, request, data)
    body = await read_body(op, request, data)
    if op.response_schema is None:
        return json_response(b"{}", op.status)
    n = next(reversed(ids.values()), 0)
    answer = shape(data, op.response_schema, [body, ids], op.operation_id, n)
    return json_response(dumps(answer), op.status)


WRITES: Mapping[str, OpHandler] = {
    "create": create,
    "update": update,
    "cancel": cancel,
    "delete": delete,
    "call": call,
}
