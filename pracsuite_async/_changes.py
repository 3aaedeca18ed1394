"""Changes feeds: created and updated records of a list, polled through its timestamp filter.

Each poll asks for records changed at or after ``checkpoint.since - lookback``, oldest change
first, and stops at the first page holding something new; the next poll starts again from the
new checkpoint (keyset paging: records that change while a poll runs move to the end of the
order and are picked up next time, never skipped). ``lookback`` covers records committed a
little after the time they carry and clocks a little apart; what was already handled inside
that window is remembered in the checkpoint by (id, change time), so nothing repeats.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncGenerator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Generic, Literal, TypeVar

import attrs

from ._checks import check_number
from ._datatypes import Page
from ._errors import PracSuiteValueError
from ._operations import ChangeFeed
from ._pagination import AsyncPager
from ._wire import Filter

M = TypeVar("M")

ChangeKind = Literal["created", "updated"]
# A record whose last change is this close to its creation was not changed after it.
_CREATION_SLACK = timedelta(milliseconds=1)


@attrs.frozen(kw_only=True)
class Checkpoint:
    """Where a changes feed stands. Persist ``to_json()``; resume with ``from_json``.

    ``since``: the latest change time handled (aware, UTC). ``seen``: (id, change time)
    of the changes handled within the lookback window before it.
    """

    since: datetime
    seen: frozenset[tuple[int, str]] = frozenset()

    def to_json(self) -> str:
        return json.dumps(
            {"since": self.since.isoformat(), "seen": sorted([list(k) for k in self.seen])}
        )

    @classmethod
    def from_json(cls, text: str) -> Checkpoint:
        try:
            data = json.loads(text)
            since = datetime.fromisoformat(data["since"])
            seen = frozenset((int(i), str(s)) for i, s in data.get("seen", []))
        except (ValueError, TypeError, KeyError) as exc:
            raise PracSuiteValueError(f"not a changes-feed checkpoint: {exc}") from None
        return cls(since=_utc("checkpoint since", since), seen=seen)

    def after(self, record_id: int, stamp: datetime, lookback: timedelta) -> Checkpoint:
        """This checkpoint once the change (record_id, stamp) is handled."""
        since = max(self.since, stamp)
        floor = (since - lookback).isoformat()
        seen = {k for k in self.seen if k[1] >= floor}
        seen.add((record_id, stamp.isoformat()))
        return Checkpoint(since=since, seen=frozenset(seen))


@attrs.frozen
class Change(Generic[M]):
    """One change: ``kind``, the record as it is now, and the checkpoint after handling it."""

    kind: ChangeKind
    record: M
    checkpoint: Checkpoint


def _utc(name: str, value: datetime) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise PracSuiteValueError(f"{name} must be an aware datetime, got {value!r}")
    return value.astimezone(UTC)


def start_checkpoint(since: datetime | Checkpoint | None) -> Checkpoint:
    """The checkpoint a feed starts from: given, from a time, or now (changes from here on)."""
    if isinstance(since, Checkpoint):
        return since
    if since is None:
        return Checkpoint(since=datetime.now(UTC))
    return Checkpoint(since=_utc("since", since))


DEFAULT_LOOKBACK = timedelta(seconds=5)


def check_feed_settings(interval: float, lookback: timedelta) -> None:
    check_number("interval", interval, minimum=0, what="a number of seconds")
    if not isinstance(lookback, timedelta) or lookback < timedelta(0):
        raise PracSuiteValueError(f"lookback must be a timedelta >= 0, got {lookback!r}")


Batch = tuple[Page[M], list[tuple[int, Checkpoint]]]


async def catch_up(
    feed: ChangeFeed,
    make_pager: Callable[[Filter, tuple[str, ...]], AsyncPager[M]],
    checkpoint: Checkpoint,
    *,
    lookback: timedelta,
) -> AsyncGenerator[Batch[M], None]:
    """Poll until a poll finds nothing new. Yields each page holding new changes, with the
    position of every new record in it and the checkpoint once that record is handled."""
    order = (feed.stamp, feed.id)
    while True:
        lower = checkpoint.since - lookback
        pager = make_pager(Filter.ge(feed.filter, lower), order)
        found: Page[M] | None = None
        fresh: list[int] = []
        async with contextlib.aclosing(pager.pages()) as pages:
            async for page in pages:
                fresh = [i for i, r in enumerate(page.items) if _is_new(feed, r, checkpoint)]
                if fresh:
                    found = page
                    break
        if found is None:
            return
        handled = []
        for i in fresh:
            record = found.items[i]
            checkpoint = checkpoint.after(
                getattr(record, feed.id), getattr(record, feed.stamp), lookback
            )
            handled.append((i, checkpoint))
        yield found, handled


async def follow(
    feed: ChangeFeed,
    make_pager: Callable[[Filter, tuple[str, ...]], AsyncPager[M]],
    checkpoint: Checkpoint,
    *,
    interval: float,
    lookback: timedelta,
) -> AsyncGenerator[Change[M], None]:
    """Poll forever (until the caller stops iterating), yielding each change once."""
    while True:
        async with contextlib.aclosing(
            catch_up(feed, make_pager, checkpoint, lookback=lookback)
        ) as batches:
            async for page, handled in batches:
                for i, after in handled:
                    record, checkpoint = page.items[i], after
                    yield Change(
                        _kind(feed, record, getattr(record, feed.stamp)), record, checkpoint
                    )
        await asyncio.sleep(interval)


def _is_new(feed: ChangeFeed, record: Any, checkpoint: Checkpoint) -> bool:
    stamp = getattr(record, feed.stamp)
    if stamp is None:  # the filter matched no time: nothing to order by
        return False
    return (getattr(record, feed.id), stamp.isoformat()) not in checkpoint.seen


def _kind(feed: ChangeFeed, record: Any, stamp: datetime) -> ChangeKind:
    created = getattr(record, feed.created) if feed.created else None
    if created is not None and stamp - created <= _CREATION_SLACK:
        return "created"
    return "updated"
