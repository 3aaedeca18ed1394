"""Concurrent, ordered auto-pagination.

Page 1 tells ``total_entries``; pages 2..N are then fetched with at most ``concurrency``
requests in flight, read ahead of the consumer by at most ``prefetch`` pages (so memory holds
at most that many), and handed out in order. Without ``total_entries`` the pager follows
``links.next`` one page at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Callable, Hashable, Iterator
from typing import Any, Generic, Protocol, TypeVar

import attrs

from ._accounting import OnChange as OnChange  # where callers have always imported it
from ._accounting import PullLedger, PullStats
from ._datatypes import Page
from ._errors import PaginationError, PracSuiteError, PracSuiteValueError
from ._redact import NO_SECRETS, Scrubber, display_url

T = TypeVar("T")
F = TypeVar("F")


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
    the first page to fetch; ``key`` gives a record's id (records are delivered once), and
    ``paged`` False says the server answers whole (``page_size`` promises nothing).
    ``show_phi`` shows the ``q[]`` values of the links the pager's errors name, and
    ``scrubber`` masks the client's keys in those errors (a server may echo them in links)."""

    page_size: int
    concurrency: int
    prefetch: int = attrs.field(
        default=attrs.Factory(lambda self: default_prefetch(self.concurrency), takes_self=True)
    )
    limit: int | None = None
    on_change: OnChange = "warn"
    start_page: int = 1
    key: Callable[[Any], Hashable] | None = None
    paged: bool = True
    show_phi: bool = False
    scrubber: Scrubber = NO_SECRETS

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

    Every page is checked against what ``total_entries`` and ``page_size`` promise for its
    number; an inconsistent page is re-fetched once. A record seen again on a later page
    (within the last 64 pages) is not delivered twice, and a linked page holding the same
    records as an earlier one ends the pull with :class:`PaginationError`. If the page stays
    inconsistent, records repeat, or ``total_entries`` moves (records added or removed),
    ``on_change`` decides: ``"warn"`` (a :class:`PaginationWarning` or
    :class:`RecordSetChangedWarning`, and the pull goes on), ``"error"`` (raise
    :class:`PaginationError` or :class:`RecordSetChangedError`) or ``"ignore"``.
    ``pager.stats`` tells what the latest pull delivered.
    """

    def __init__(self, source: PageSource[Any, T], settings: PullSettings) -> None:
        self._source = source
        self._settings = settings
        self._stats = PullStats()

    @property
    def stats(self) -> PullStats:
        """What the latest pull delivered: pages, items, re-fetches, duplicates dropped,
        warnings (it counts while the pull runs)."""
        return self._stats

    def __repr__(self) -> str:
        s = self._settings
        return (
            f"AsyncPager(page_size={s.page_size}, concurrency={s.concurrency}, "
            f"prefetch={s.prefetch}, limit={s.limit})"
        )

    def pages(self) -> PageStream[T]:
        """An async iterator of :class:`Page` objects, in page order."""
        return self._stream(self._source)

    def wire_pages(self) -> PageStream[Any]:
        """Like :meth:`pages`, for writing records out without a round trip through the
        models: each item is a msgspec struct of the record as sent (the model's fields and
        types, checked as the models check them, one pass per page; only the fields sent),
        which ``msgspec.json.encode`` writes back as sent. A page the models reject raises
        the same error; a page only the models' strict path reads (a field the document
        does not name, or msgspec not installed) comes with model items.
        """
        as_wire = getattr(self._source, "as_wire", None)
        if as_wire is None:
            raise PracSuiteValueError("this pager's pages come as models only")
        source: PageSource[Any, Any] = as_wire()
        return self._stream(source)

    def _stream(self, source: PageSource[Any, F]) -> PageStream[F]:
        s = self._settings
        self._stats = PullStats()
        ledger: PullLedger[F] = PullLedger(
            page_size=s.page_size,
            on_change=s.on_change,
            key=s.key,
            stats=self._stats,
            paged=s.paged,
            show_phi=s.show_phi,
        )
        return PageStream(source, s, ledger)

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
        self, source: PageSource[Any, T], settings: PullSettings, ledger: PullLedger[T]
    ) -> None:
        self._source = source
        self._ledger = ledger
        self._ending = False  # the page being handed out is the list's last
        self._page_size = settings.page_size
        self._slots = asyncio.Semaphore(settings.concurrency)
        self._prefetch = settings.prefetch
        self._remaining = settings.limit  # items still wanted; None = all
        self._wanted: int | None = None  # items wanted counted from page 1
        self._started = False
        self._done = False
        self._pending: deque[asyncio.Task[Any]] = deque()
        self._start = settings.start_page
        self._next_number = settings.start_page + 1
        self._last_number = settings.start_page
        self._follow_links = False
        self._next_url: str | None = None
        self._seen_urls: set[str] = set()
        self._show_phi = settings.show_phi
        self._scrubber = settings.scrubber

    def __aiter__(self) -> PageStream[T]:
        return self

    async def __anext__(self) -> Page[T]:
        source = self._source
        while not self._done:
            page: Page[T] | None = None
            try:
                # One frame between the caller and the source, for every kind of page.
                if not self._started:
                    self._started = True
                    first = source.decode(await source.fetch(self._start))
                    page = await self._admit(first, self._start, None)
                    self._plan(page)
                elif self._follow_links:
                    url = self._next_link()
                    if url is not None:
                        page = await self._admit(source.decode(await source.follow(url)), None, url)
                        self._remember(page)
                elif self._pending:
                    fetched = await self._pending.popleft()
                    self._fill_ahead()  # before decoding, so no decode delays a request
                    page = source.decode(fetched)
                    page = await self._admit(page, page.number, None)
                    if self._ledger.total is not None:
                        self._plan_to(self._ledger.total)  # a list that grew: to its new end
            except BaseException as exc:
                self._cancel_pending()
                self._done = True
                if isinstance(exc, PracSuiteError):  # the pager's own name links
                    self._scrubber.exception(exc)
                raise
            if page is None:
                break
            if self._ending:
                self._finish()
            if page.items:  # an empty page the list did not end at: on to the next
                page = self._apply_limit(page)
                self._ledger.delivered(len(page.items))
                return page
        self._finish()
        raise StopAsyncIteration

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
        if first.total_entries is None:
            self._follow_links = True
            self._remember(first)
        else:
            # Pages before the start are not wanted: the limit counts from the start.
            skipped = (self._start - 1) * self._page_size
            self._wanted = None if self._remaining is None else self._remaining + skipped
            self._plan_to(first.total_entries)

    def _plan_to(self, total_entries: int) -> None:
        self._last_number = max(
            self._last_number, last_page(total_entries, self._page_size, self._wanted)
        )
        self._fill_ahead()

    async def _admit(self, page: Page[T], number: int | None, url: str | None) -> Page[T]:
        """The page as the ledger lets it through; re-fetched once when it asks."""
        source = self._source
        admission = self._ledger.admit(
            number=page.number, items=page.items, total_entries=page.total_entries, url=url
        )
        if admission.refetch:
            if url is not None:
                page = source.decode(await source.follow(url))
            else:
                assert number is not None  # a numbered page
                page = source.decode(await _fetch_in_turn(self._slots, source, number))
            admission = self._ledger.admit(
                number=page.number,
                items=page.items,
                total_entries=page.total_entries,
                url=url,
                refetched=True,
            )
        self._ending = admission.last
        if admission.items is page.items:
            return page
        return attrs.evolve(page, items=admission.items)

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
            shown = display_url(url, show_phi=self._show_phi)
            raise PaginationError(f"links.next points back to a page already fetched: {shown}")
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
