"""Servers that misbehave as proxies, gateways and buggy deployments do.

Each test runs a small aiohttp.web app written for it (the sandbox keeps the docs' contract,
so broken answers come from here) and asserts what a user relies on: every record exactly
once, or a typed error or warning that names the page, what was expected and what came.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import date, timedelta
from typing import Any

import pytest
from aiohttp import web

from pracsuite_async import (
    AsyncPager,
    AsyncPracSuite,
    InternalServerError,
    PaginationError,
    PaginationWarning,
    PracSuiteError,
    PracSuiteValueError,
    RecordSetChangedError,
    RecordSetChangedWarning,
    ResponseValidationError,
)
from pracsuite_async.types import Patient
from tests.conftest import app_serving, client_at

# (page number, page_size, how many times this page was asked for) -> (ids, total_entries)
Answer = Callable[[int, int, int], tuple[Sequence[int], int | None]]


def full(total: int) -> Answer:
    """A list of ``total`` patients with ids 1..total, paged as the docs say."""

    def answer(number: int, size: int, hit: int) -> tuple[Sequence[int], int | None]:
        first = (number - 1) * size + 1
        return range(first, min(first + size, total + 1)), total

    return answer


class ListServer:
    """``GET /v1/patient``: pages from ``answer``, optional ``links``, each request counted."""

    def __init__(
        self, answer: Answer, links: Callable[[int, int], dict[str, str]] | None = None
    ) -> None:
        self.answer = answer
        self.links = links
        self.hits: Counter[int] = Counter()
        self.requests = 0

    async def handle(self, request: web.Request) -> web.Response:
        number = int(request.query.get("page", "1"))
        size = int(request.query.get("page_size", "50"))
        self.requests += 1
        self.hits[number] += 1
        ids, total = self.answer(number, size, self.hits[number])
        body: dict[str, Any] = {"clients": [{"client_id": i} for i in ids]}
        if total is not None:
            body["total_entries"] = total
        if self.links is not None:
            body["links"] = self.links(number, self.requests)
        return web.json_response(body)


@asynccontextmanager
async def listing(
    answer: Answer,
    links: Callable[[int, int], dict[str, str]] | None = None,
    **settings: Any,
) -> AsyncIterator[tuple[AsyncPracSuite, ListServer]]:
    server = ListServer(answer, links)
    async with app_serving(server.handle) as url, client_at(f"{url}/v1/", **settings) as ps:
        yield ps, server


def resized(first_total: int, later_total: int) -> Answer:
    """A list of ``first_total`` records on page 1 and ``later_total`` on every later page."""
    before, after = full(first_total), full(later_total)
    return lambda n, size, hit: (before if n == 1 else after)(n, size, hit)


def with_page(base: Answer, number: int, ids: Callable[[int], Sequence[int]]) -> Answer:
    """``base`` with page ``number`` replaced by ``ids(size)`` on every request."""

    def answer(n: int, size: int, hit: int) -> tuple[Sequence[int], int | None]:
        found, total = base(n, size, hit)
        return (ids(size) if n == number else found), total

    return answer


def short(number: int, count: int) -> Callable[[int], Sequence[int]]:
    return lambda size: range((number - 1) * size + 1, (number - 1) * size + 1 + count)


# --------------------------------------------------------------------------------------------
# Page accounting: a page's count is checked against what total_entries and page_size promise

# name, total, page_size, page, held, expected, records delivered under "warn"
INCONSISTENT = [
    ("empty-first-page", 500, 50, 1, 0, 50, 450),
    ("short-first-page", 250, 100, 1, 10, 100, 160),
    ("short-middle-page", 250, 50, 2, 10, 50, 210),
    ("short-second-to-last-page", 250, 50, 4, 10, 50, 210),
    ("short-last-page", 250, 100, 3, 10, 50, 210),
    ("overfull-page", 30, 10, 1, 20, 10, 30),
]


@pytest.mark.parametrize(
    ("total", "size", "page", "held", "expected"),
    [case[1:6] for case in INCONSISTENT],
    ids=[case[0] for case in INCONSISTENT],
)
async def test_an_inconsistent_page_is_refetched_once_then_an_error_naming_it(
    total: int, size: int, page: int, held: int, expected: int
) -> None:
    answer = with_page(full(total), page, short(page, held))
    async with listing(answer) as (ps, server):
        with pytest.raises(PaginationError) as caught:
            await ps.patients.list(page_size=size, on_change="error").to_list()
    assert str(caught.value) == (
        f"page {page}: expected {expected} records (total_entries={total}, "
        f"page_size={size}), received {held}; re-fetched once, still inconsistent"
    )
    assert server.hits[page] == 2


@pytest.mark.parametrize(
    ("total", "size", "page", "held", "expected", "delivered"),
    [case[1:] for case in INCONSISTENT],
    ids=[case[0] for case in INCONSISTENT],
)
async def test_under_warn_an_inconsistent_page_warns_and_the_pull_counts_exactly(
    total: int, size: int, page: int, held: int, expected: int, delivered: int
) -> None:
    answer = with_page(full(total), page, short(page, held))
    async with listing(answer) as (ps, server):
        pager = ps.patients.list(page_size=size)
        with pytest.warns(PaginationWarning):  # an overfull page also repeats records
            got = [p.client_id for p in await pager.to_list()]
    assert len(got) == len(set(got)) == delivered  # every record once, none twice
    assert got == sorted(got)
    assert server.hits[page] == 2
    stats = pager.stats
    assert (stats.items, stats.refetches) == (delivered, 1)
    assert stats.duplicates_dropped == (held - expected if held > expected else 0)
    assert any(f"page {page}: expected {expected}" in w for w in stats.warnings)


async def test_a_page_right_when_refetched_is_a_race_with_a_write_and_no_warning() -> None:
    base = full(250)

    def answer(n: int, size: int, hit: int) -> tuple[Sequence[int], int | None]:
        ids, total = base(n, size, hit)
        return (ids[:10] if n == 4 and hit == 1 else ids), total

    async with listing(answer) as (ps, server):
        pager = ps.patients.list(page_size=50)
        got = [p.client_id for p in await pager.to_list()]  # warnings are errors here
    assert got == list(range(1, 251))
    assert server.hits[4] == 2
    assert (pager.stats.pages, pager.stats.items, pager.stats.refetches) == (5, 250, 1)
    assert pager.stats.warnings == []


async def test_a_complete_pull_reports_its_summary() -> None:
    async with listing(full(95)) as (ps, _):
        pager = ps.patients.list(page_size=10)
        assert len([p async for p in pager]) == 95
    assert pager.stats.summary() == (
        "95 records in 10 pages; 0 re-fetched, 0 duplicates dropped, 0 warnings"
    )


async def test_the_same_ids_on_two_pages_are_an_error_under_error() -> None:
    answer = with_page(full(20), 2, lambda size: range(1, 11))
    async with listing(answer) as (ps, _):
        with pytest.raises(PaginationError, match="page 2 repeats 10 records already delivered"):
            await ps.patients.list(page_size=10, on_change="error").to_list()


async def test_the_same_ids_on_two_pages_are_delivered_once_under_warn() -> None:
    answer = with_page(full(30), 3, lambda size: range(5, 15))
    async with listing(answer) as (ps, _):
        pager = ps.patients.list(page_size=10)
        with pytest.warns(PaginationWarning, match="page 3 repeats 10 records already delivered"):
            got = [p.client_id for p in await pager.to_list()]
    assert got == list(range(1, 21))
    assert pager.stats.duplicates_dropped == 10


async def test_a_list_shrinking_mid_pull_warns_and_ends_cleanly() -> None:
    async with listing(resized(500, 300)) as (ps, _):
        pager = ps.patients.list(page_size=100)
        with pytest.warns(RecordSetChangedWarning, match="page 2 reports total_entries=300"):
            got = [p.client_id for p in await pager.to_list()]
    assert got == list(range(1, 301))
    assert len(pager.stats.warnings) == 1


async def test_a_list_shrinking_mid_pull_is_an_error_under_error() -> None:
    async with listing(resized(500, 300)) as (ps, _):
        with pytest.raises(RecordSetChangedError, match="page 1 reported 500"):
            await ps.patients.list(page_size=100, on_change="error").to_list()


async def test_a_list_growing_mid_pull_is_read_to_its_new_end() -> None:
    async with listing(resized(100, 120)) as (ps, _):
        pager = ps.patients.list(page_size=10)
        with pytest.warns(RecordSetChangedWarning, match="page 2 reports total_entries=120"):
            got = [p.client_id for p in await pager.to_list()]
    assert got == list(range(1, 121))


# --------------------------------------------------------------------------------------------
# Link-following (no total_entries): repeats are found by content, before they are yielded


async def collect(pager: AsyncPager[Patient], into: list[int]) -> None:
    """The ids of ``pager`` appended to ``into`` as they come (kept when the pull fails)."""
    async for patient in pager:
        into.append(patient.client_id)


def _no_total(ids_of: Callable[[int], Sequence[int]]) -> Answer:
    return lambda n, size, hit: (ids_of(n), None)


async def test_links_next_looping_back_without_self_links_stops_before_a_repeat() -> None:
    def links(number: int, request: int) -> dict[str, str]:
        return {"next": "/v1/patient?page=2" if number == 1 else "/v1/patient?page=1"}

    answer = _no_total(lambda n: range((n - 1) * 5 + 1, n * 5 + 1))
    async with listing(answer, links) as (ps, _):
        got: list[int] = []
        with pytest.raises(PaginationError, match="same records as an earlier page"):
            await collect(ps.patients.list(page_size=5), got)
    assert got == list(range(1, 11))


async def test_endless_distinct_cursors_over_the_same_records_stop_at_the_first_repeat() -> None:
    def links(number: int, request: int) -> dict[str, str]:
        # Ends after 50 pages, so a client that never notices still finishes.
        return {"next": f"/v1/patient?cursor={request}"} if request < 50 else {}

    async with listing(_no_total(lambda n: range(1, 6)), links) as (ps, server):
        got: list[int] = []
        with pytest.raises(PaginationError, match="same records as an earlier page"):
            await collect(ps.patients.list(page_size=5), got)
    assert got == [1, 2, 3, 4, 5]
    assert server.requests == 2


@pytest.mark.parametrize(
    ("link", "error"),
    [
        ("//elsewhere.example/v1/patient?page=2", PaginationError),
        ("http://127.0.0.1:99999/v1/patient?page=2", ResponseValidationError),
        ("http://[::1/v1/patient", ResponseValidationError),
    ],
    ids=["scheme-relative", "port-out-of-range", "broken-ipv6"],
)
async def test_a_malformed_or_foreign_next_link_is_a_typed_error(
    link: str, error: type[PracSuiteError]
) -> None:
    async with listing(_no_total(lambda n: range(1, 6)), lambda n, r: {"next": link}) as (ps, _):
        with pytest.raises(error):
            await ps.patients.list(page_size=5).to_list()


# --------------------------------------------------------------------------------------------
# Hostile bodies


@asynccontextmanager
async def answering(
    handler: Callable[[web.Request], Any], **settings: Any
) -> AsyncIterator[AsyncPracSuite]:
    async with app_serving(handler) as url, client_at(f"{url}/v1/", **settings) as ps:
        yield ps


def nested(depth: int) -> bytes:
    return b'{"client_id": 1, "links": ' + b"[" * depth + b"]" * depth + b"}"


async def test_deeply_nested_json_in_a_success_body_is_a_validation_error() -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(body=nested(100_000), content_type="application/json")

    async with answering(handler) as ps:
        with pytest.raises(ResponseValidationError, match=r"depth|nest"):
            await ps.patients.get(1)


async def test_deeply_nested_json_in_a_page_body_is_a_validation_error() -> None:
    async def handler(request: web.Request) -> web.Response:
        body = b'{"total_entries": 1, "clients": [' + nested(100_000) + b"]}"
        return web.Response(body=body, content_type="application/json")

    async with answering(handler) as ps:
        with pytest.raises(ResponseValidationError, match=r"depth|nest"):
            await ps.patients.list().to_list()


async def test_deeply_nested_json_in_an_error_body_is_still_retried_and_typed() -> None:
    hits = 0

    async def handler(request: web.Request) -> web.Response:
        nonlocal hits
        hits += 1
        return web.Response(status=500, body=nested(100_000), content_type="application/json")

    async with answering(handler, max_retries=2) as ps:
        with pytest.raises(InternalServerError) as caught:
            await ps.patients.get(1)
    assert hits == 3
    assert caught.value.status == 500


async def test_a_huge_error_detail_is_bounded_in_the_message_and_whole_on_the_body() -> None:
    detail = "x" * 1_000_000

    async def handler(request: web.Request) -> web.Response:
        return web.json_response({"error": {"code": "BAD", "detail": detail}}, status=400)

    async with answering(handler) as ps:
        with pytest.raises(PracSuiteError) as caught:
            await ps.patients.get(1)
    assert len(str(caught.value)) < 2500
    assert "more characters" in str(caught.value)
    assert caught.value.body["error"]["detail"] == detail  # type: ignore[attr-defined]


async def test_availability_search_near_the_last_date_is_not_an_overflow() -> None:
    windows: list[tuple[str, str]] = []

    async def handler(request: web.Request) -> web.Response:
        windows.append((request.query["from"], request.query["to"]))
        return web.json_response({"available_times": [], "total_entries": 0})

    async with answering(handler) as ps:
        found = [
            slot
            async for slot in ps.available_appointments.search(
                date.max - timedelta(days=10), date.max, appointment_type_id=1
            )
        ]
    assert found == []
    assert sorted(windows) == [
        ("9999-12-21", "9999-12-27"),
        ("9999-12-28", "9999-12-31"),
    ]


class _Lying(int):
    def __str__(self) -> str:
        return "1/../../admin/wipe"


@pytest.mark.parametrize("value", [_Lying(1), True, "1", 1.0, -3, 0])
async def test_a_path_id_must_be_a_plain_positive_int_before_anything_is_sent(
    value: object,
) -> None:
    sent = 0

    async def handler(request: web.Request) -> web.Response:
        nonlocal sent
        sent += 1
        return web.json_response({"client_id": 1})

    async with answering(handler) as ps:
        with pytest.raises(PracSuiteValueError, match="client_id"):
            await ps.patients.get(value)  # type: ignore[arg-type]
    assert sent == 0


async def test_an_id_that_is_an_int_subclass_with_honest_text_is_sent_as_its_digits() -> None:
    import enum

    class Known(enum.IntEnum):
        FIRST = 7

    paths: list[str] = []

    async def handler(request: web.Request) -> web.Response:
        paths.append(request.path)
        return web.json_response({"client_id": 7})

    async with answering(handler) as ps:
        assert (await ps.patients.get(Known.FIRST)).client_id == 7
    assert paths == ["/v1/patient/7"]


async def test_deeply_nested_links_on_a_page_are_a_validation_error() -> None:
    async def handler(request: web.Request) -> web.Response:
        links = b"[" * 100_000 + b"]" * 100_000
        body = b'{"total_entries": 1, "clients": [{"client_id": 1}], "links": ' + links + b"}"
        return web.Response(body=body, content_type="application/json")

    async with answering(handler) as ps:
        with pytest.raises(ResponseValidationError, match=r"depth|nest"):
            await ps.patients.list().to_list()
