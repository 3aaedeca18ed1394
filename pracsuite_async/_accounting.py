"""Page accounting: whether a page holds what the list promised, and records seen twice.

Plain functions and small state holders, driven by the pager and by tests without a network.
"""

from __future__ import annotations

import enum
import operator
import warnings
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, Generic, Literal, TypeVar

import attrs

from ._errors import (
    PaginationError,
    PaginationWarning,
    RecordSetChangedError,
    RecordSetChangedWarning,
)
from ._redact import display_url

T = TypeVar("T")

# Duplicate ids are looked for among the records of this many recent pages. Offset
# pagination repeats a record when rows are inserted ahead of the offset mid-pull, and the
# repeat lands on a neighbouring page, so a window finds it while memory stays flat.
DEFAULT_ID_WINDOW_PAGES = 64


class Verdict(enum.Enum):
    """What a page's item count says about the page."""

    OK = "ok"  # as many records as total_entries and page_size promise for its number
    CHANGED = "changed"  # consistent, but total_entries moved since the pull began
    SHORT = "short"  # fewer records than promised
    OVERFULL = "overfull"  # more records than promised (or than page_size)


def expected_count(total_entries: int, page_size: int, number: int) -> int:
    """How many records page ``number`` holds in a list of ``total_entries``."""
    return max(0, min(page_size, total_entries - (number - 1) * page_size))


@attrs.frozen(kw_only=True)
class PageCheck:
    """One page's accounting: what it should hold and what it held."""

    verdict: Verdict
    number: int | None
    received: int
    expected: int | None  # None: the list does not say (link-following)
    page_size: int
    total_entries: int | None
    first_total: int | None

    @property
    def consistent(self) -> bool:
        return self.verdict in (Verdict.OK, Verdict.CHANGED)

    @property
    def is_last(self) -> bool:
        """Whether the list, as this page counts it, holds nothing after this page."""
        if self.total_entries is None or self.number is None:
            return self.received == 0
        return self.number * self.page_size >= self.total_entries

    def message(self) -> str:
        where = f"page {self.number}" if self.number is not None else "a linked page"
        if self.expected is None:
            return (
                f"{where}: received {self.received} records, more than page_size="
                f"{self.page_size} allows"
            )
        return (
            f"{where}: expected {self.expected} records (total_entries={self.total_entries}, "
            f"page_size={self.page_size}), received {self.received}"
        )


def check_page(
    *,
    number: int | None,
    received: int,
    page_size: int,
    total_entries: int | None,
    first_total: int | None,
) -> PageCheck:
    """The verdict on one page, from its own ``total_entries`` (the list as it is now)."""
    expected: int | None = None
    if total_entries is not None and number is not None:
        expected = expected_count(total_entries, page_size, number)
        if received < expected:
            verdict = Verdict.SHORT
        elif received > expected:
            verdict = Verdict.OVERFULL
        elif first_total is not None and total_entries != first_total:
            verdict = Verdict.CHANGED
        else:
            verdict = Verdict.OK
    else:
        verdict = Verdict.OVERFULL if received > page_size else Verdict.OK
    return PageCheck(
        verdict=verdict,
        number=number,
        received=received,
        expected=expected,
        page_size=page_size,
        total_entries=total_entries,
        first_total=first_total,
    )


class RecentIds:
    """The ids of the records of the last pages, to find a record seen twice.

    Two generations of ``window // 2`` pages each: an id is remembered for at least that
    many pages and at most ``window``, so memory is bounded by ``window * page_size`` ids
    whatever the length of the pull, and each page costs a few set operations.
    """

    def __init__(self, window: int = DEFAULT_ID_WINDOW_PAGES) -> None:
        self._generation = max(1, window // 2)
        self._pages = 0
        self._current: set[Hashable] = set()
        self._previous: set[Hashable] = set()

    def __contains__(self, key: Hashable) -> bool:
        return key in self._current or key in self._previous

    def isdisjoint(self, keys: set[Hashable]) -> bool:
        return keys.isdisjoint(self._current) and keys.isdisjoint(self._previous)

    def add_page(self, keys: Iterable[Hashable]) -> None:
        if self._pages == self._generation:
            self._previous, self._current, self._pages = self._current, set(), 0
        self._current.update(keys)
        self._pages += 1


@attrs.frozen(kw_only=True)
class Deduplicated(Generic[T]):
    """A page's items with the records already delivered removed."""

    items: tuple[T, ...]
    repeated: tuple[Hashable, ...]  # ids dropped, in page order


def drop_seen(items: Sequence[T], key: Callable[[T], Hashable], seen: RecentIds) -> Deduplicated[T]:
    """``items`` without those whose id is in ``seen`` or earlier on the same page;
    the kept ids are then remembered."""
    keys = list(map(key, items))
    page_keys = set(keys)
    if len(page_keys) == len(keys) and seen.isdisjoint(page_keys):  # nearly always
        seen.add_page(page_keys)
        return Deduplicated(items=tuple(items), repeated=())  # no copy of a tuple
    kept: list[T] = []
    repeated: list[Hashable] = []
    page_keys = set()
    for item, k in zip(items, keys, strict=True):
        if k in seen or k in page_keys:
            repeated.append(k)
        else:
            page_keys.add(k)
            kept.append(item)
    seen.add_page(page_keys)
    return Deduplicated(items=tuple(kept), repeated=tuple(repeated))


def fingerprint(items: Sequence[Any], key: Callable[[Any], Hashable] | None) -> int:
    """A page's content as one int: its ids in order (or the items' reprs without ids).

    Link-following compares fingerprints to find a page served again under a new URL.
    """
    if not items:
        return hash(())
    if key is not None:
        return hash(tuple(map(key, items)))
    return hash(tuple(map(repr, items)))


def record_id_field(model: type[Any]) -> str | None:
    """The id field of a record model: its one field without a default (``client_id``...);
    ``None`` for models without an id (such as availability slots)."""
    if not attrs.has(model):
        return None
    required = [f.name for f in attrs.fields(model) if f.default is attrs.NOTHING]
    return required[0] if len(required) == 1 else None


def record_key(model: type[Any]) -> Callable[[Any], Hashable] | None:
    """The id getter of a record model (see :func:`record_id_field`)."""
    if model not in _KEYS:
        field = record_id_field(model)
        _KEYS[model] = None if field is None else operator.attrgetter(field)
    return _KEYS[model]


_KEYS: dict[type[Any], Callable[[Any], Hashable] | None] = {}


@attrs.define(kw_only=True)
class PullStats:
    """What one pull delivered: ``pager.stats`` after (or during) ``async for``.

    ``pages`` and ``items`` count what was handed out; ``refetches`` pages requested again
    because their count broke the list's accounting; ``duplicates_dropped`` records not
    delivered a second time; ``warnings`` the message of every warning the pull gave.
    """

    pages: int = 0
    items: int = 0
    refetches: int = 0
    duplicates_dropped: int = 0
    warnings: list[str] = attrs.field(factory=list)

    def summary(self) -> str:
        """One line for a log or a CLI."""
        return (
            f"{self.items} records in {self.pages} pages; {self.refetches} re-fetched, "
            f"{self.duplicates_dropped} duplicates dropped, {len(self.warnings)} warnings"
        )


OnChange = Literal["warn", "error", "ignore"]


@attrs.frozen(kw_only=True)
class Admission(Generic[T]):
    """What the pager does with a page: ``refetch`` it once, or deliver ``items`` (the page's
    records not delivered before) and stop after them when ``last``."""

    items: tuple[T, ...] = ()
    refetch: bool = False
    last: bool = False


class PullLedger(Generic[T]):
    """The accounting of one pull: each page checked against the list's own numbers, records
    delivered once, repeats by content refused; what happened is kept in ``stats``.

    ``on_change`` decides what a page that breaks the accounting after its re-fetch, a moved
    ``total_entries`` or a repeated record does: ``"error"`` raises, ``"warn"`` warns and
    goes on with what the page held, ``"ignore"`` goes on quietly. Repeated records are
    never delivered twice, and a link-followed page with the records of an earlier page
    always stops the pull (following on would never end).
    """

    def __init__(
        self,
        *,
        page_size: int,
        on_change: OnChange,
        key: Callable[[T], Hashable] | None,
        stats: PullStats | None = None,
        id_window: int = DEFAULT_ID_WINDOW_PAGES,
        paged: bool = True,
        show_phi: bool = False,
    ) -> None:
        self._page_size = page_size
        self._paged = paged  # False: the server answers whole, page_size promises nothing
        self._show_phi = show_phi  # the q[] values of a link named in a message
        self._on_change = on_change
        self._key = key
        self.stats: PullStats = PullStats() if stats is None else stats
        self.first_total: int | None = None
        self.total: int | None = None  # as the latest page counts the list
        self._started = False
        self._seen = RecentIds(id_window)
        # Link-following only: one int per page, so a loop of any length is found.
        self._contents: set[int] = set()

    def admit(
        self,
        *,
        number: int | None,
        items: Sequence[T],
        total_entries: int | None,
        refetched: bool = False,
        url: str | None = None,
    ) -> Admission[T]:
        """The verdict on one page (``refetched``: this is its second fetch)."""
        if not self._started:
            self._started = True
            self.first_total = self.total = total_entries
        check = check_page(
            number=number if total_entries is not None else None,
            received=len(items),
            page_size=self._page_size,
            total_entries=total_entries,
            first_total=self.first_total,
        )
        if not self._paged:
            check = attrs.evolve(check, verdict=Verdict.OK)
        if not check.consistent and not refetched:
            self.stats.refetches += 1
            return Admission(refetch=True)
        self._report_change(number, total_entries)
        if not check.consistent:
            self._report(f"{check.message()}; re-fetched once, still inconsistent")
        if self.first_total is None:
            self._refuse_repeat(items, url)
        kept = self._once(number, items)
        return Admission(items=kept, last=check.consistent and check.is_last)

    def delivered(self, count: int) -> None:
        """``count`` records of one page were handed to the caller."""
        self.stats.pages += 1
        self.stats.items += count

    def _report_change(self, number: int | None, total_entries: int | None) -> None:
        # Offset pagination over a list that changes mid-pull skips or repeats records;
        # a moved total_entries is the server's only sign of it. Each change is told once.
        if total_entries is None or total_entries == self.total:
            return
        message = (
            f"the list changed during the pull: page {number} reports "
            f"total_entries={total_entries}, page 1 reported {self.first_total}; "
            "records may have been skipped or repeated"
        )
        self.total = total_entries
        self._report(message, changed=True)

    def _refuse_repeat(self, items: Sequence[T], url: str | None) -> None:
        if not items:
            return
        content = fingerprint(items, self._key)
        if content in self._contents:
            where = display_url(url, show_phi=self._show_phi) if url else "a page"
            raise PaginationError(
                f"links.next led to {where} holding the same records as an earlier "
                "page; stopping before delivering them again"
            )
        self._contents.add(content)

    def _once(self, number: int | None, items: Sequence[T]) -> tuple[T, ...]:
        if self._key is None:
            return tuple(items)
        result = drop_seen(items, self._key, self._seen)
        if result.repeated:
            self.stats.duplicates_dropped += len(result.repeated)
            shown = ", ".join(map(str, result.repeated[:5]))
            more = ", ..." if len(result.repeated) > 5 else ""
            where = f"page {number}" if number is not None else "a linked page"
            self._report(
                f"{where} repeats {len(result.repeated)} records already delivered "
                f"(ids {shown}{more}); they are not delivered again"
            )
        return result.items

    def _report(self, message: str, *, changed: bool = False) -> None:
        if self._on_change == "error":
            raise (RecordSetChangedError if changed else PaginationError)(message)
        if self._on_change == "warn":
            self.stats.warnings.append(message)
            category = RecordSetChangedWarning if changed else PaginationWarning
            warnings.warn(message, category, stacklevel=5)
