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
from collections.abc import Iterator
from typing import Any, Generic, Literal, Protocol, TypeVar

import attrs

from ._datatypes import Page
from ._errors import (
    PaginationError,
    PracSuiteValueError,
    RecordSetChangedError,
    RecordSetChangedWarning,
)

T = TypeVar("T")
F = TypeVar("F")

OnChange = Literal["warn", "error", "ignore"]


def page_count(total_entries: int, page_size: int) -> int:
    """How many pages hold ``total_entries`` records."""
    return -(-total_entries // page_size) if total_entries > 0 else 0


def last_page(total_entries: int, page_size: int, limit: int | None) -> int:
    """The last page worth fetching, given the list's size and an optional item limit."""
    pages = page_count(total_entries, page_size)
    if limit is not None:
        pages = min(pages, page_count(limit, page_size))
    return max(pages, 1)


class PageSource(Protocol[F, T]):
    """Where a pager's pages come from: fetch page ``number``, follow a ``links.next`` URL,
    and decode what either fetched.

    Decoding is separate so the pager can start the next requests before it decodes a
    page: decoding then never delays the requests behind it.
    """

    async def fetch(self, number: int) -> F:
        """Page ``number`` as it came back (undecoded)."""
        ...

    async def follow(self, url: str) -> F:
        """The page at a ``links.next`` URL, as it came back."""
        ...

    def decode(self, fetched: F) -> Page[T]:
        """The page from what :meth:`fetch` or :meth:`follow` returned."""
        ...


def default_prefetch(concurrency: int) -> int:
    """Pages read ahead when not told: twice the requests in flight.

    With no more pages ahead than requests in flight, a request could start only when the
    oldest page was handed out, so one slow page held back every lane behind it (a wave of
    large responses read one after another then delayed the next wave). Twice as many lets
    a lane start its next request as soon as its own response is read.
    """
    return 2 * concurrency


@attrs.frozen(kw_only=True)
class PullSettings:
    """How a pager pulls, shared by the pager and each of its streams: ``page_size`` per
    request, at most ``concurrency`` requests in flight and ``prefetch`` pages read ahead
    (default twice ``concurrency``), ``limit`` items at most, what to do ``on_change``, and
    the first page to fetch."""

    page_size: int
    concurrency: int
    prefetch: int = attrs.field(
        default=attrs.Factory(lambda self: default_prefetch(self.concurrency), takes_self=True)
    )
    limit: int | None = None
    on_change: OnChange = "warn"
    start_page: int = 1

    def __attrs_post_init__(self) -> None:
        if self.concurrency < 1 or self.prefetch < self.concurrency:
            raise PracSuiteValueError(
                f"need 1 <= concurrency <= prefetch, got concurrency={self.concurrency}, "
                f"prefetch={self.prefetch}"
            )


class AsyncPager(Generic[T]):
    """Every item of a list endpoint, fetched concurrently and yielded in order.

    ``async for item in pager`` streams items; ``pager.pages()`` streams pages;
    ``await pager.to_list()`` collects. Each iteration starts a fresh pull. Leaving the
    loop early (``break``, an exception, cancellation) cancels the page requests in flight.
    If ``total_entries`` moves during the pull (records added or removed), ``on_change``
    decides: ``"warn"`` (a :class:`RecordSetChangedWarning`), ``"error"`` (raise
    :class:`RecordSetChangedError`) or ``"ignore"``.
    """

    def __init__(self, source: PageSource[Any, T], settings: PullSettings) -> None:
        self._source = source
        self._settings = settings

    def __repr__(self) -> str:
        s = self._settings
        return (
            f"AsyncPager(page_size={s.page_size}, concurrency={s.concurrency}, "
            f"prefetch={s.prefetch}, limit={s.limit})"
        )

    def pages(self) -> PageStream[T]:
        """An async iterator of :class:`Page` objects, in page order."""
        return PageStream(self._source, self._settings)

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

    def __init__(self, source: PageSource[Any, T], settings: PullSettings) -> None:
        self._source = source
        self._page_size = settings.page_size
        self._slots = asyncio.Semaphore(settings.concurrency)
        self._prefetch = settings.prefetch
        self._remaining = settings.limit  # items still wanted; None = all
        self._on_change = settings.on_change
        self._total: int | None = None
        self._started = False
        self._done = False
        self._pending: deque[asyncio.Task[Any]] = deque()
        self._start = settings.start_page
        self._next_number = settings.start_page + 1
        self._last_number = settings.start_page
        self._follow_links = False
        self._next_url: str | None = None
        self._seen_urls: set[str] = set()

    def __aiter__(self) -> PageStream[T]:
        return self

    async def __anext__(self) -> Page[T]:
        if self._done:
            raise StopAsyncIteration
        source = self._source
        page: Page[T] | None = None
        try:
            # One frame between the caller and the source, for every kind of page.
            if not self._started:
                self._started = True
                page = source.decode(await source.fetch(self._start))
                self._plan(page)
            elif self._follow_links:
                url = self._next_link()
                if url is not None:
                    page = source.decode(await source.follow(url))
                    self._remember(page)
            elif self._pending:
                fetched = await self._pending.popleft()
                self._fill_ahead()  # before decoding, so no decode delays a request
                page = source.decode(fetched)
                if not self._check_unchanged(page):
                    self._check_full(page)
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

    def _plan(self, first: Page[T]) -> None:
        """After the first page: read ahead to the last page, or follow links."""
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
            warnings.warn(message, RecordSetChangedWarning, stacklevel=3)
        return True

    def _fill_ahead(self) -> None:
        loop = asyncio.get_running_loop()
        while len(self._pending) < self._prefetch and self._next_number <= self._last_number:
            number = self._next_number
            self._next_number += 1
            task = loop.create_task(
                _fetch_in_turn(self._slots, self._source, number),
                name=f"pracsuite-page-{number}",
            )
            task.add_done_callback(_retrieve_exception)
            self._pending.append(task)

    def _next_link(self) -> str | None:
        url = self._next_url
        if url is not None and url in self._seen_urls:
            raise PaginationError(f"links.next points back to a page already fetched: {url}")
        return url

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


async def _fetch_in_turn(slots: asyncio.Semaphore, source: PageSource[F, Any], number: int) -> F:
    # Not a method: a task holding the stream would keep ``break`` from dropping it. The
    # semaphore wakes waiters first come, first served, so pages are requested in order.
    async with slots:
        return await source.fetch(number)


def _retrieve_exception(task: asyncio.Task[object]) -> None:
    # A prefetched page may fail after the consumer has gone; mark its error as seen.
    if not task.cancelled():
        task.exception()
