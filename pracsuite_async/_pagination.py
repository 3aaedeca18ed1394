"""Concurrent, ordered auto-pagination.

Page 1 tells ``total_entries``; pages 2..N are then fetched with at most ``concurrency``
requests in flight, read ahead of the consumer by at most ``prefetch`` pages (so memory holds
at most that many), and handed out in order. Without ``total_entries`` the pager follows
``links.next`` one page at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import warnings
from collections import deque
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, Generic, Literal, TypeVar

import attrs

from ._errors import (
    PaginationError,
    PracSuiteValueError,
    RecordSetChangedError,
    RecordSetChangedWarning,
)

T = TypeVar("T")

OnChange = Literal["warn", "error", "ignore"]


@attrs.frozen(kw_only=True)
class PageLinks:
    """The ``links`` of a list response (``current`` is the API's ``self``); any may be absent."""

    current: str | None = None
    previous: str | None = None
    next: str | None = None


@attrs.frozen(kw_only=True)
class Page(Generic[T]):
    """One page of a list: its items, its number (when known) and the list's size.

    ``body`` is the response body the items were decoded (and checked) from.
    """

    items: tuple[T, ...]
    number: int | None
    page_size: int
    total_entries: int | None
    links: PageLinks = PageLinks()
    body: bytes | None = attrs.field(default=None, repr=False, eq=False)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


def page_count(total_entries: int, page_size: int) -> int:
    """How many pages hold ``total_entries`` records."""
    return -(-total_entries // page_size) if total_entries > 0 else 0


def last_page(total_entries: int, page_size: int, limit: int | None) -> int:
    """The last page worth fetching, given the list's size and an optional item limit."""
    pages = page_count(total_entries, page_size)
    if limit is not None:
        pages = min(pages, page_count(limit, page_size))
    return max(pages, 1)


# A fetcher returns the page, or a function that builds it from the response it read. The
# pager calls that function only after starting the next requests: decoding a page then
# never delays the requests behind it.
Fetched = Page[T] | Callable[[], Page[T]]
FetchPage = Callable[[int], Coroutine[Any, Any, Fetched[T]]]
FetchUrl = Callable[[str], Coroutine[Any, Any, Fetched[T]]]


def _built(fetched: Fetched[T]) -> Page[T]:
    return fetched if isinstance(fetched, Page) else fetched()


def default_prefetch(concurrency: int) -> int:
    """Pages read ahead when not told: twice the requests in flight.

    With no more pages ahead than requests in flight, a request could start only when the
    oldest page was handed out, so one slow page held back every lane behind it (a wave of
    large responses read one after another then delayed the next wave). Twice as many lets
    a lane start its next request as soon as its own response is read.
    """
    return 2 * concurrency


class AsyncPager(Generic[T]):
    """Every item of a list endpoint, fetched concurrently and yielded in order.

    ``async for item in pager`` streams items; ``pager.pages()`` streams pages;
    ``await pager.to_list()`` collects. Each iteration starts a fresh pull. Leaving the
    loop early (``break``, an exception, cancellation) cancels the page requests in flight.
    If ``total_entries`` moves during the pull (records added or removed), ``on_change``
    decides: ``"warn"`` (a :class:`RecordSetChangedWarning`), ``"error"`` (raise
    :class:`RecordSetChangedError`) or ``"ignore"``.
    """

    def __init__(
        self,
        *,
        fetch_page: FetchPage[T],
        fetch_url: FetchUrl[T],
        page_size: int,
        concurrency: int,
        prefetch: int | None = None,
        limit: int | None = None,
        on_change: OnChange = "warn",
        start_page: int = 1,
    ) -> None:
        self._fetch_page = fetch_page
        self._fetch_url = fetch_url
        self._page_size = page_size
        self._concurrency = concurrency
        self._prefetch = default_prefetch(concurrency) if prefetch is None else prefetch
        if concurrency < 1 or self._prefetch < concurrency:
            raise PracSuiteValueError(
                f"need 1 <= concurrency <= prefetch, got concurrency={concurrency}, "
                f"prefetch={self._prefetch}"
            )
        self._limit = limit
        self._on_change = on_change
        self._start_page = start_page

    def __repr__(self) -> str:
        return (
            f"AsyncPager(page_size={self._page_size}, concurrency={self._concurrency}, "
            f"prefetch={self._prefetch}, limit={self._limit})"
        )

    def pages(self) -> PageStream[T]:
        """An async iterator of :class:`Page` objects, in page order."""
        return PageStream(
            fetch_page=self._fetch_page,
            fetch_url=self._fetch_url,
            page_size=self._page_size,
            concurrency=self._concurrency,
            prefetch=self._prefetch,
            limit=self._limit,
            on_change=self._on_change,
            start_page=self._start_page,
        )

    def __aiter__(self) -> ItemStream[T]:
        return ItemStream(self.pages())

    async def to_list(self) -> list[T]:
        """Collect every item (mind the memory for large lists)."""
        out: list[T] = []
        async with contextlib.aclosing(self.pages()) as pages:
            async for page in pages:
                out.extend(page.items)
        return out


class PageStream(Generic[T]):
    """The state machine behind :meth:`AsyncPager.pages`; an async iterator of pages."""

    def __init__(
        self,
        *,
        fetch_page: FetchPage[T],
        fetch_url: FetchUrl[T],
        page_size: int,
        concurrency: int,
        prefetch: int,
        limit: int | None,
        on_change: OnChange,
        start_page: int = 1,
    ) -> None:
        self._fetch_page = fetch_page
        self._fetch_url = fetch_url
        self._page_size = page_size
        self._slots = asyncio.Semaphore(concurrency)
        self._prefetch = prefetch
        self._remaining = limit  # items still wanted; None = all
        self._on_change = on_change
        self._total: int | None = None
        self._started = False
        self._done = False
        self._pending: deque[asyncio.Task[Fetched[T]]] = deque()
        self._start = start_page
        self._next_number = start_page + 1
        self._last_number = start_page
        self._follow_links = False
        self._next_url: str | None = None
        self._seen_urls: set[str] = set()

    def __aiter__(self) -> PageStream[T]:
        return self

    async def __anext__(self) -> Page[T]:
        if self._done:
            raise StopAsyncIteration
        try:
            page = await self._advance()
        except BaseException:
            self._cancel_pending()
            self._done = True
            raise
        if page is None or not page.items:
            self._finish()
            raise StopAsyncIteration
        return self._apply_limit(page)

    async def aclose(self) -> None:
        """Cancel the page requests in flight and wait until they have stopped."""
        self._done = True
        tasks = list(self._pending)
        self._cancel_pending()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    def __del__(self) -> None:
        # The loop calls no hook when ``async for`` is left by ``break``; dropping the
        # stream is the signal, so stop the prefetched requests here.
        self._cancel_pending()

    async def _advance(self) -> Page[T] | None:
        if not self._started:
            self._started = True
            first = _built(await self._fetch_page(self._start))
            self._total = first.total_entries
            if first.total_entries is None:
                self._follow_links = True
                self._remember(first)
            else:
                # Pages before the start are not wanted: the limit counts from the start.
                skipped = (self._start - 1) * self._page_size
                wanted = None if self._remaining is None else self._remaining + skipped
                self._last_number = last_page(first.total_entries, self._page_size, wanted)
                self._fill_ahead()
            return first
        if self._follow_links:
            return await self._follow_next()
        if not self._pending:
            return None
        task = self._pending.popleft()
        fetched = await task
        self._fill_ahead()
        page = _built(fetched)
        if not self._check_unchanged(page):
            self._check_full(page)
        return page

    def _check_full(self, page: Page[T]) -> None:
        # total_entries stood still, so every page before the last must be full: a short one
        # would be a silent gap in what the caller receives.
        number = page.number
        if number is not None and number < self._last_number and len(page.items) < page.page_size:
            raise PaginationError(
                f"page {number} holds {len(page.items)} records where "
                f"total_entries={self._total} promises {page.page_size}; "
                "not ending the pull short"
            )

    def _check_unchanged(self, page: Page[T]) -> bool:
        """Whether total_entries moved since page 1 (reported per ``on_change``)."""
        # Offset pagination over a list that changes mid-pull skips or repeats records;
        # a moved total_entries is the server's only sign of it.
        if page.total_entries is None or page.total_entries == self._total:
            return False
        message = (
            f"the list changed during the pull: page {page.number} reports "
            f"total_entries={page.total_entries}, page 1 reported {self._total}; "
            "records may have been skipped or repeated"
        )
        self._total = page.total_entries  # report each change once
        if self._on_change == "error":
            raise RecordSetChangedError(message)
        if self._on_change == "warn":
            warnings.warn(message, RecordSetChangedWarning, stacklevel=4)
        return True

    def _fill_ahead(self) -> None:
        loop = asyncio.get_running_loop()
        while len(self._pending) < self._prefetch and self._next_number <= self._last_number:
            number = self._next_number
            self._next_number += 1
            task = loop.create_task(
                _fetch_in_turn(self._slots, self._fetch_page, number),
                name=f"pracsuite-page-{number}",
            )
            task.add_done_callback(_retrieve_exception)
            self._pending.append(task)

    async def _follow_next(self) -> Page[T] | None:
        url = self._next_url
        if url is None:
            return None
        if url in self._seen_urls:
            raise PaginationError(f"links.next points back to a page already fetched: {url}")
        page = _built(await self._fetch_url(url))
        self._remember(page)
        return page

    def _remember(self, page: Page[T]) -> None:
        if page.links.current:
            self._seen_urls.add(page.links.current)
        if self._next_url:
            self._seen_urls.add(self._next_url)
        self._next_url = page.links.next

    def _apply_limit(self, page: Page[T]) -> Page[T]:
        if self._remaining is None:
            return page
        if len(page.items) >= self._remaining:
            page = attrs.evolve(page, items=page.items[: self._remaining])
            self._finish()
        self._remaining -= len(page.items)
        return page

    def _finish(self) -> None:
        self._done = True
        self._cancel_pending()

    def _cancel_pending(self) -> None:
        while self._pending:
            task = self._pending.popleft()
            if not task.done():
                with contextlib.suppress(RuntimeError):  # the loop may be closed already
                    task.cancel()


class ItemStream(Generic[T]):
    """The items of a :class:`PageStream`, one by one."""

    def __init__(self, pages: PageStream[T]) -> None:
        self._pages = pages
        self._items: Iterator[T] = iter(())

    def __aiter__(self) -> ItemStream[T]:
        return self

    async def __anext__(self) -> T:
        while True:
            for item in self._items:
                return item
            page = await self._pages.__anext__()
            self._items = iter(page.items)

    async def aclose(self) -> None:
        """Stop the pull and cancel its requests in flight."""
        await self._pages.aclose()


async def _fetch_in_turn(
    slots: asyncio.Semaphore, fetch_page: FetchPage[T], number: int
) -> Fetched[T]:
    # Not a method: a task holding the stream would keep ``break`` from dropping it. The
    # semaphore wakes waiters first come, first served, so pages are requested in order.
    async with slots:
        return await fetch_page(number)


def _retrieve_exception(task: asyncio.Task[object]) -> None:
    # A prefetched page may fail after the consumer has gone; mark its error as seen.
    if not task.cancelled():
        task.exception()
