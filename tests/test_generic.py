"""``ps.request`` and ``ps.paginate``: endpoints the document lacks, through the client's
limiter, retries, errors and pager (small aiohttp.web servers stand for the API)."""

from __future__ import annotations

import asyncio
from typing import Any

import attrs
import pytest
from aiohttp import web

from pracsuite_async import (
    AsyncPracSuite,
    InternalServerError,
    NotFoundError,
    PracSuiteValueError,
    ResponseValidationError,
)

from .conftest import app_serving, client_at


@attrs.frozen(kw_only=True)
class Thing:
    """A user's own model of an endpoint the SDK does not know."""

    thing_id: int
    name: str | None = None


async def test_request_sends_keys_path_and_params_and_reads_json() -> None:
    seen: list[web.Request] = []

    async def handler(request: web.Request) -> web.Response:
        seen.append(request)
        return web.json_response({"thing_id": 7, "name": "seven", "extra": [1]})

    async with app_serving(handler) as url, client_at(url + "/v1/") as ps:
        got = await ps.request("GET", "/new_thing/7", params={"expand": ["a", "b"], "x": True})
        typed = await ps.request("GET", "new_thing/7", model=Thing)
    assert got == {"thing_id": 7, "name": "seven", "extra": [1]}
    assert typed == Thing(thing_id=7, name="seven")
    first = seen[0]
    assert first.raw_path == "/v1/new_thing/7?expand=a&expand=b&x=true"
    assert (first.headers["x-api-key"], first.headers["A-api-key"]) == ("v", "a")
    assert seen[1].raw_path == "/v1/new_thing/7"


async def test_request_writes_json_and_reads_an_empty_answer_as_none() -> None:
    bodies: list[Any] = []

    async def handler(request: web.Request) -> web.Response:
        bodies.append((request.method, await request.json()))
        return web.Response(status=204)

    async with app_serving(handler) as url, client_at(url + "/v1/") as ps:
        assert await ps.request("post", "/new_thing", body={"name": "x", "n": 1}) is None
    assert bodies == [("POST", {"name": "x", "n": 1})]


async def test_request_goes_through_retries_and_typed_errors() -> None:
    answers = [503, 200, 503, 404]

    async def handler(request: web.Request) -> web.Response:
        status = answers.pop(0)
        body = {"ok": True} if status == 200 else {"error": {"code": "X"}, "request_id": "r"}
        return web.json_response(body, status=status)

    async with app_serving(handler) as url, client_at(url + "/v1/", backoff_base=0) as ps:
        assert await ps.request("GET", "/new_thing") == {"ok": True}  # a 503, retried
        assert ps.retry_count == 1
        with pytest.raises(InternalServerError) as refused:
            await ps.request("POST", "/new_thing", body={})  # a write: not re-sent
        assert (refused.value.status, refused.value.request_id) == (503, "r")
        assert refused.value.request.method == "POST"
        with pytest.raises(NotFoundError):
            await ps.request("GET", "/new_thing/9", max_retries=0)
    assert answers == []
    assert ps.retry_count == 1


async def test_requests_share_the_clients_concurrency_limit() -> None:
    in_flight = peak = 0
    full = asyncio.Event()
    release = asyncio.Event()

    async def handler(request: web.Request) -> web.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        if in_flight == 2:
            full.set()
        await release.wait()
        in_flight -= 1
        return web.json_response({})

    async with app_serving(handler) as url, client_at(url + "/v1/", max_concurrency=2) as ps:
        calls = [asyncio.create_task(ps.request("GET", f"/thing/{n}")) for n in range(6)]
        await full.wait()
        release.set()
        await asyncio.gather(*calls)
    assert peak == 2


def _pages(
    total: int | None, size: int, *, with_next: bool = False, seen: list[str] | None = None
) -> web.Handler:
    async def handler(request: web.Request) -> web.Response:
        if seen is not None:
            seen.append(request.raw_path)
        page = int(request.query["page"])
        first = (page - 1) * size + 1
        last = min(first + size - 1, total or 5)
        things = [{"thing_id": n, "name": f"t{n}"} for n in range(first, last + 1)]
        body: dict[str, Any] = {"things": things, "links": {"self": str(request.url)}}
        if total is not None:
            body["total_entries"] = total
        if with_next and last < 5:
            body["links"]["next"] = str(request.url.update_query(page=page + 1))
        return web.json_response(body)

    return handler


async def test_paginate_pages_an_undocumented_list_into_dicts_or_models() -> None:
    seen: list[str] = []
    async with app_serving(_pages(5, 2, seen=seen)) as url, client_at(url + "/v1/") as ps:
        rows = await ps.paginate("/new_thing", list_key="things", page_size=2).to_list()
        seen.clear()
        things = await ps.paginate(
            "/new_thing", list_key="things", model=Thing, page_size=2, params={"kind": "a b"}
        ).to_list()
        with_params = sorted(seen)
        pages = [p async for p in ps.paginate("/new_thing", list_key="things", page_size=2).pages()]
    assert [r["thing_id"] for r in rows] == [1, 2, 3, 4, 5]
    assert things[0] == Thing(thing_id=1, name="t1")
    assert with_params == [
        f"/v1/new_thing?page={n}&page_size=2&kind=a%20b" for n in (1, 2, 3)
    ]  # the params on every page, as given
    assert [p.number for p in pages] == [1, 2, 3]
    assert pages[0].response is not None
    assert pages[0].response.request.url.endswith("/v1/new_thing?page=1&page_size=2")


async def test_paginate_follows_links_next_without_total_entries() -> None:
    async with app_serving(_pages(None, 2, with_next=True)) as url, client_at(url + "/v1/") as ps:
        rows = await ps.paginate("/new_thing", list_key="things", page_size=2).to_list()
    assert [r["thing_id"] for r in rows] == [1, 2, 3, 4, 5]


async def test_paginate_names_a_missing_list_key() -> None:
    async with app_serving(_pages(5, 2)) as url, client_at(url + "/v1/") as ps:
        with pytest.raises(ResponseValidationError, match="'widgets' missing"):
            await ps.paginate("/new_thing", list_key="widgets").to_list()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda ps: ps.request("GET", "https://elsewhere.example/x"), "below the API root"),
        (lambda ps: ps.request("GET", "/a/../../b"), "climb out"),
        (lambda ps: ps.request("GET", "/a?b=1"), "params="),
        (lambda ps: ps.request("TRACE", "/a"), "method must be one of"),
        (lambda ps: ps.request("GET", "/a", params={"x": None}), "must be a str, int"),
        (lambda ps: ps.paginate("/a", list_key="").to_list(), "list_key"),
        (lambda ps: ps.paginate("/a", list_key="x", page_size=500).to_list(), "page_size"),
        (lambda ps: ps.paginate("/a", list_key="x", params={"page": 2}).to_list(), "page_size="),
    ],
)
async def test_bad_arguments_are_refused_before_sending(call: Any, message: str) -> None:
    sent: list[str] = []

    async def handler(request: web.Request) -> web.Response:
        sent.append(request.path)
        return web.json_response({})

    async with app_serving(handler) as url, client_at(url + "/v1/") as ps:
        assert isinstance(ps, AsyncPracSuite)
        with pytest.raises(PracSuiteValueError, match=message):
            await call(ps)
    assert sent == []
