"""``AsyncPager.wire_pages()``: records as sent, checked as the models check them, and the
JSON Lines export written from them."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec
import pytest
from aiohttp import web

from pracsuite_async import PracSuiteError, ResponseValidationError
from pracsuite_async.cli._export import Job, export
from pracsuite_async.cli._progress import Reporter
from pracsuite_async.cli._target import resolve
from pracsuite_async.sandbox import Sandbox

from .conftest import app_serving, client_at, client_for, keyed_session

EXACT = msgspec.json.Encoder(decimal_format="number")


def _exact(body: bytes) -> Any:
    return json.loads(body, parse_float=Decimal)


@pytest.mark.parametrize(
    ("method", "list_key", "key"),
    [
        ("patients.list", "clients", "client_id"),
        ("appointments.list", "appointments", "appointment_id"),
        ("practitioners.list", "practitioners", "practitioner_id"),  # nested records
    ],
)
async def test_wire_pages_hold_each_record_as_sent(
    sandbox: Sandbox, method: str, list_key: str, key: str
) -> None:
    namespace, name = method.split(".")
    async with client_for(sandbox) as ps, keyed_session(sandbox) as http:
        pager = getattr(getattr(ps, namespace), name)(page_size=7)
        models = await pager.to_list()
        wire = [item async for page in pager.wire_pages() for item in page.items]
        sent: list[Any] = []
        for number in range(1, len(models) // 7 + 2):
            async with http.get(f"{sandbox.url}{_path(ps, method)}?page={number}&page_size=7") as r:
                sent += _exact(await r.read())[list_key]
    assert len(wire) == len(models) == len(sent) > 7
    assert [getattr(w, key) for w in wire] == [getattr(m, key) for m in models]
    assert [_exact(EXACT.encode(w)) for w in wire] == sent


def _path(ps: Any, method: str) -> str:
    target = resolve(method)
    return target.op.path.lstrip("/")


@contextlib.asynccontextmanager
async def _answering(payload: dict[str, Any]) -> AsyncIterator[str]:
    """A server answering every request with ``payload``; yields its API base URL."""

    async def handler(request: web.Request) -> web.Response:
        return web.json_response(payload)

    async with app_serving(handler) as url:
        yield f"{url}/v1/"


GOOD = {"client_id": 1, "surname": "Ng", "file_created": "2022-04-30T23:55:54.337326Z"}


@pytest.mark.parametrize(
    "payload",
    [
        {"clients": [GOOD, {**GOOD, "client_id": "2"}], "total_entries": 2},
        {"clients": [GOOD, {**GOOD, "client_id": None}], "total_entries": 2},
        {"clients": [{**GOOD, "archive": "yes"}], "total_entries": 1},
        {"clients": [{**GOOD, "date_of_birth": "31/12/1990"}], "total_entries": 1},
        {"clients": [{**GOOD, "links": ["not", "a", "map"]}], "total_entries": 1},
        {"clients": [GOOD], "total_entries": -1},
        {"clients": [GOOD], "total_entries": 1, "links": {"next": 5}},
        {"clients": {"client_id": 1}, "total_entries": 1},
    ],
    ids=["id-text", "id-null", "bool-text", "bad-date", "links-list", "total<0", "next-int", "obj"],
)
async def test_a_page_the_models_reject_fails_wire_pages_with_the_same_error(
    payload: dict[str, Any],
) -> None:
    async with _answering(payload) as url, client_at(url) as ps:
        with pytest.raises(ResponseValidationError) as models:
            await ps.patients.list().to_list()
        with pytest.raises(ResponseValidationError) as wire:
            async for _ in ps.patients.list().wire_pages():
                pass
    assert str(wire.value) == str(models.value)
    assert wire.value.status == models.value.status == 200


async def _export_lines(url: str, tmp_path: Path, **job: Any) -> list[bytes]:
    out = tmp_path / "patients.jsonl"
    settings: dict[str, Any] = {"target": resolve("patients"), "out": out, **job}
    progress = Reporter(io.StringIO(), tty=False).progress("patients")
    async with client_at(url) as ps:
        await export(ps, Job(**settings), progress, warn=lambda _: None)
    return out.read_bytes().splitlines()


async def test_the_export_writes_fields_the_document_does_not_name(tmp_path: Path) -> None:
    # The models drop such a field; the file keeps everything the API sent.
    record = {**GOOD, "favourite_colour": "teal", "row_num": 1, "total_rows": 1}
    payload = {"clients": [record], "total_entries": 1}
    async with _answering(payload) as url:
        lines = await _export_lines(url, tmp_path)
    assert [json.loads(line) for line in lines] == [{**GOOD, "favourite_colour": "teal"}]


async def test_the_export_writes_values_as_sent(tmp_path: Path) -> None:
    # A timestamp without an offset (the models read it as UTC), nulls, and fields not sent.
    record = {"client_id": 7, "file_created": "2022-04-30T23:55:54", "email": None, "row_num": 3}
    payload = {"clients": [record], "total_entries": 1}
    async with _answering(payload) as url:
        lines = await _export_lines(url, tmp_path)
        kept = await _export_lines(url, tmp_path, keep_meta=True)
    assert lines == [b'{"client_id":7,"email":null,"file_created":"2022-04-30T23:55:54"}']
    assert [json.loads(line) for line in kept] == [record]


async def test_a_rejected_page_fails_the_export_with_the_models_error(tmp_path: Path) -> None:
    payload = {"clients": [GOOD, {**GOOD, "client_id": "2"}], "total_entries": 2}
    async with _answering(payload) as url:
        async with client_at(url) as ps:
            with pytest.raises(ResponseValidationError) as models:
                await ps.patients.list(page_size=100).to_list()  # the export's page size
        with pytest.raises(PracSuiteError) as exported:
            await _export_lines(url, tmp_path)
    assert type(exported.value) is ResponseValidationError
    assert str(exported.value) == str(models.value)
