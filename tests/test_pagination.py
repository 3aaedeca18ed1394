"""The pager's ordering, completeness and cancellation, driven by in-memory page sources.

These exercise the pagination planning logic alone; tests/test_client_e2e.py runs the same
pager through the real transport against the sandbox.
"""

import asyncio
import math
import random
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pracsuite_async import (
    AsyncPager,
    Page,
    PageLinks,
    PaginationError,
    RecordSetChangedError,
    RecordSetChangedWarning,
)
from pracsuite_async._pagination import OnChange, PullSettings, page_count


class FunctionSource:
    """A page source from two coroutine functions that return pages (decoding is nothing)."""

    def __init__(self, fetch_page: Any, fetch_url: Any) -> None:
        self._fetch_page = fetch_page
        self._fetch_url = fetch_url

    async def fetch(self, number: int) -> Page[Any]:
        page: Page[Any] = await self._fetch_page(number)
        return page

    async def follow(self, url: str) -> Page[Any]:
        page: Page[Any] = await self._fetch_url(url)
        return page

    def decode(self, fetched: Page[Any]) -> Page[Any]:
        return fetched


def pager_of(*, fetch_page: Any, fetch_url: Any, **settings: Any) -> AsyncPager[Any]:
    return AsyncPager(FunctionSource(fetch_page, fetch_url), PullSettings(**settings))


class Source:
    """A list of ``total`` ints served page by page, with random completion order."""

    def __init__(self, total: int, *, with_total: bool = True, seed: int = 0) -> None:
        self.total = total
        self.with_total = with_total
        self.requested: list[int] = []
        self.in_flight = 0
        self.peak = 0
        self.rng = random.Random(seed)

    def page(self, number: int, size: int) -> Page[int]:
        start = (number - 1) * size
        items = tuple(range(start, min(start + size, self.total)))
        has_next = start + size < self.total
        return Page(
            items=items,
            number=number,
            page_size=size,
            total_entries=self.total if self.with_total else None,
            links=PageLinks(
                current=f"https://x/?page={number}",
                next=f"https://x/?page={number + 1}" if has_next else None,
            ),
        )

    def pager(self, size: int, concurrency: int, limit: int | None = None) -> AsyncPager[int]:
        async def fetch(number: int) -> Page[int]:
            self.requested.append(number)
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            try:
                for _ in range(self.rng.randrange(4)):  # finish out of order
                    await asyncio.sleep(0)
                return self.page(number, size)
            finally:
                self.in_flight -= 1

        async def fetch_url(url: str) -> Page[int]:
            return await fetch(int(url.rsplit("=", 1)[1]))

        return pager_of(
            fetch_page=fetch,
            fetch_url=fetch_url,
            page_size=size,
            concurrency=concurrency,
            limit=limit,
        )


@settings(max_examples=150, deadline=None)
@given(
    total=st.integers(0, 700),
    size=st.integers(1, 100),
    concurrency=st.integers(1, 40),
    seed=st.integers(0, 1000),
    with_total=st.booleans(),
)
def test_concurrent_pull_equals_sequential_walk(
    total: int, size: int, concurrency: int, seed: int, with_total: bool
) -> None:
    async def run() -> None:
        source = Source(total, with_total=with_total, seed=seed)
        items = [x async for x in source.pager(size, concurrency)]
        assert items == list(range(total))  # in order, no gaps, no duplicates
        assert sorted(source.requested) == list(range(1, max(page_count(total, size), 1) + 1))
        assert source.peak <= concurrency

    asyncio.run(run())


@settings(max_examples=150, deadline=None)
@given(
    total=st.integers(0, 500),
    size=st.integers(1, 60),
    limit=st.integers(1, 600),
    with_total=st.booleans(),
)
@example(total=100, size=10, limit=20, with_total=False)  # the limit ends exactly on a page
@example(total=100, size=10, limit=20, with_total=True)
def test_limit_stops_early_and_fetches_only_needed_pages(
    total: int, size: int, limit: int, with_total: bool
) -> None:
    async def run() -> None:
        source = Source(total, with_total=with_total)
        pages = [p async for p in source.pager(size, 8, limit=limit).pages()]
        wanted = min(total, limit)
        needed = max(1, math.ceil(wanted / size))  # page 1 is always asked for
        assert [x for p in pages for x in p.items] == list(range(wanted))
        assert len(pages) == math.ceil(wanted / size)  # no empty page after the limit
        assert all(len(p) > 0 for p in pages)
        # Each needed page once, and none beyond (read-ahead included).
        assert sorted(source.requested) == list(range(1, needed + 1))
        if not with_total:  # following links: strictly one page after another
            assert source.requested == list(range(1, needed + 1))

    asyncio.run(run())


async def test_pages_expose_number_and_total() -> None:
    pages = [p async for p in Source(250).pager(100, 4).pages()]
    assert [(p.number, len(p), p.total_entries) for p in pages] == [
        (1, 100, 250),
        (2, 100, 250),
        (3, 50, 250),
    ]


async def test_break_cancels_prefetched_pages_and_leaves_no_task() -> None:
    gate, lanes_busy = asyncio.Event(), asyncio.Event()
    started: list[int] = []

    async def fetch(number: int) -> Page[int]:
        started.append(number)
        if len(started) == 7:  # page 1 and one page in each of the 6 lanes
            lanes_busy.set()
        if number > 1:
            await gate.wait()  # pages 2.. never finish unless released
        return Source(100_000).page(number, 100)

    pager = pager_of(fetch_page=fetch, fetch_url=_never, page_size=100, concurrency=6, prefetch=9)
    async for item in pager:
        if item == 1:
            async with asyncio.timeout(10):  # a guard: a hang turns into a failure
                await lanes_busy.wait()  # the prefetched pages have started their requests
        if item == 10:
            break
    tasks = _page_tasks()
    assert len(tasks) == 9  # the pages read ahead ...
    assert all(t.cancelling() for t in tasks)
    await asyncio.gather(*tasks, return_exceptions=True)
    assert _page_tasks() == []
    assert started == [1, 2, 3, 4, 5, 6, 7]  # ... of which only `concurrency` ever sent


async def test_a_slow_page_does_not_hold_back_the_pages_after_it() -> None:
    """While page 2 hangs, the other lanes keep fetching up to ``prefetch`` pages ahead."""
    gate, five_done = asyncio.Event(), asyncio.Event()
    requested: list[int] = []
    finished: list[int] = []
    in_flight = peak = 0

    async def fetch(number: int) -> Page[int]:
        nonlocal in_flight, peak
        requested.append(number)
        in_flight += 1
        peak = max(peak, in_flight)
        try:
            if number == 2:
                await gate.wait()
            await asyncio.sleep(0)  # a response that takes a moment
            finished.append(number)
            if len(finished) == 6:
                five_done.set()
            return Source(1000).page(number, 10)
        finally:
            in_flight -= 1

    pager = pager_of(fetch_page=fetch, fetch_url=_never, page_size=10, concurrency=3)
    pages = pager.pages()
    assert (await anext(pages)).number == 1
    waiting = asyncio.ensure_future(anext(pages))
    # Pages 3..7 come in around the stuck page 2 (the timeout only turns a hang into a failure).
    await asyncio.wait_for(five_done.wait(), timeout=10)
    assert finished == [1, 3, 4, 5, 6, 7]
    assert requested == [1, 2, 3, 4, 5, 6, 7]  # ... and no further: prefetch is 2 x 3
    assert not waiting.done()  # nothing overtakes page 2 for the consumer
    gate.set()
    assert (await waiting).number == 2
    assert [p.number async for p in pages] == list(range(3, 101))
    assert peak == 3


def test_prefetch_below_concurrency_is_refused() -> None:
    with pytest.raises(ValueError, match="concurrency <= prefetch, got concurrency=4, prefetch=2"):
        pager_of(fetch_page=_never, fetch_url=_never, page_size=10, concurrency=4, prefetch=2)


async def test_cancelling_the_consumer_cancels_in_flight_pages() -> None:
    entered = asyncio.Event()

    async def fetch(number: int) -> Page[int]:
        if number > 1:
            entered.set()
            await asyncio.Event().wait()
        return Source(10_000).page(number, 10)

    pager = pager_of(fetch_page=fetch, fetch_url=_never, page_size=10, concurrency=4)
    consumer = asyncio.create_task(pager.to_list())
    await entered.wait()
    consumer.cancel()
    with pytest.raises(asyncio.CancelledError):
        await consumer
    await asyncio.gather(*_page_tasks(), return_exceptions=True)
    assert _page_tasks() == []


async def test_a_failed_page_stops_the_pull_with_its_error() -> None:
    async def fetch(number: int) -> Page[int]:
        if number == 3:
            raise RuntimeError("page 3 failed")
        return Source(1000).page(number, 10)

    pager = pager_of(fetch_page=fetch, fetch_url=_never, page_size=10, concurrency=5)
    seen: list[int] = []

    async def consume() -> None:
        async for item in pager:
            seen.append(item)

    with pytest.raises(RuntimeError, match="page 3 failed"):
        await consume()
    assert seen == list(range(20))  # pages before the failure, nothing after
    await asyncio.gather(*_page_tasks(), return_exceptions=True)


async def test_an_empty_page_ends_the_pull_of_a_list_that_shrank() -> None:
    async def fetch(number: int) -> Page[int]:
        page = Source(100).page(number, 10)
        return page if number < 3 else Page(items=(), number=number, page_size=10, total_entries=20)

    pager = pager_of(
        fetch_page=fetch, fetch_url=_never, page_size=10, concurrency=2, on_change="ignore"
    )
    assert await pager.to_list() == list(range(20))


async def test_following_links_detects_a_loop() -> None:
    async def fetch(number: int) -> Page[int]:
        return Page(
            items=(number,),
            number=number,
            page_size=1,
            total_entries=None,
            links=PageLinks(current=f"u{number}", next="u1" if number == 2 else f"u{number + 1}"),
        )

    async def fetch_url(url: str) -> Page[int]:
        return await fetch(int(url[1:]))

    pager = pager_of(fetch_page=fetch, fetch_url=fetch_url, page_size=1, concurrency=2)
    with pytest.raises(PaginationError, match="already fetched: u1"):
        await pager.to_list()


def _page_tasks() -> list[asyncio.Task[object]]:
    current = asyncio.current_task()
    return [
        t
        for t in asyncio.all_tasks()
        if t is not current and t.get_name().startswith("pracsuite-page-") and not t.done()
    ]


_never: Callable[[str], object] = lambda url: pytest.fail(f"unexpected link fetch {url}")  # noqa: E731


def _shrinking_source(on_change: OnChange = "warn") -> AsyncPager[int]:
    """A list whose total drops from 100 to 90 after page 1 (records deleted mid-pull)."""

    async def fetch(number: int) -> Page[int]:
        page = Source(100 if number == 1 else 90).page(number, 10)
        return page

    return pager_of(
        fetch_page=fetch, fetch_url=_never, page_size=10, concurrency=3, on_change=on_change
    )


async def test_a_list_changing_mid_pull_warns_by_default() -> None:
    with pytest.warns(RecordSetChangedWarning, match="page 2 reports total_entries=90"):
        await _shrinking_source().to_list()


async def test_a_list_changing_mid_pull_can_be_an_error() -> None:
    pager = _shrinking_source("error")
    with pytest.raises(RecordSetChangedError, match="page 1 reported 100"):
        await pager.to_list()
