"""Availability over any date range: the API answers at most 7 days per request."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, Mapping, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, ClassVar

from ._checks import check_int
from ._config import Timeout
from ._errors import PracSuiteValueError
from ._extras import QueryParams
from ._models.available_appointments import AvailableAppointment
from ._namespace import Namespace
from ._operations import ListOperation, Operation
from ._pagination import AsyncPager


def split_windows(start: date, end: date, max_days: int) -> list[tuple[date, date]]:
    """``start..end`` (inclusive) cut into consecutive windows of at most ``max_days`` days."""
    for name, value in (("from_", start), ("to", end)):
        if isinstance(value, datetime) or not isinstance(value, date):
            raise PracSuiteValueError(f"{name} must be a datetime.date, got {value!r}")
    if end < start:
        raise PracSuiteValueError(f"to ({end}) is before from_ ({start})")
    windows = []
    while True:
        # Counted in days from the end: ``start + timedelta`` overflows near date.max.
        last = end if (end - start).days < max_days else start + timedelta(days=max_days - 1)
        windows.append((start, last))
        if last == end:
            return windows
        start = last + timedelta(days=1)


def _time_order(slot: AvailableAppointment) -> tuple[Any, ...]:
    return (slot.app_time, slot.practitioner_id or 0, slot.business_id or 0)


class AvailabilitySearch(Namespace):
    """Adds :meth:`search` to the availability namespace."""

    # The generated subclass's table of its methods' operations.
    _methods: ClassVar[Mapping[str, Operation]] = {}

    def search(
        self,
        from_: date,
        to: date,
        *,
        appointment_type_id: int,
        client_id: int | None = None,
        account_id: int | None = None,
        business_ids: Sequence[int] | None = None,
        practitioner_ids: Sequence[int] | None = None,
        profession_ids: Sequence[int] | None = None,
        resource_ids: Sequence[int] | None = None,
        manual: bool | None = None,
        online: bool | None = None,
        waiting_list: bool | None = None,
        tz: str | tzinfo | None = None,
        windows_ahead: int = 4,
        page_size: int = 100,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncGenerator[AvailableAppointment, None]:
        """Every open time from ``from_`` to ``to`` (inclusive, any length), in time order.

        The range is split into windows the API accepts (7 days); up to ``windows_ahead``
        windows are fetched at once, all through the client's shared rate limiter. Every
        argument is checked before the first request. The search arguments are those of
        ``list()``; ``tz`` is the tenant's time zone (a ``from_`` before today there is
        refused), never sent.
        """
        op: ListOperation[Any] = self._operation()
        if op.window is None:  # pragma: no cover - the spec declares the window
            raise TypeError(f"{op.operation_id} has no date window")
        check_int("windows_ahead", windows_ahead, minimum=1)
        list_method = getattr(self, "list")  # noqa: B009  (declared by the generated subclass)
        pagers: list[AsyncPager[AvailableAppointment]] = [
            list_method(
                from_=a,
                to=b,
                appointment_type_id=appointment_type_id,
                client_id=client_id,
                account_id=account_id,
                business_ids=business_ids,
                practitioner_ids=practitioner_ids,
                profession_ids=profession_ids,
                resource_ids=resource_ids,
                manual=manual,
                online=online,
                waiting_list=waiting_list,
                tz=tz,
                page_size=page_size,
                timeout=timeout,
                max_retries=max_retries,
                extra_query=extra_query,
                extra_headers=extra_headers,
            )
            for a, b in split_windows(from_, to, op.window.max_days)
        ]
        return _in_order(pagers, windows_ahead)

    def _operation(self) -> ListOperation[Any]:
        op = self._methods["list"]
        assert isinstance(op, ListOperation)
        return op


async def _collect(pager: AsyncPager[AvailableAppointment]) -> list[AvailableAppointment]:
    slots = [slot async for slot in pager]
    slots.sort(key=_time_order)
    return slots


async def _in_order(
    pagers: list[AsyncPager[AvailableAppointment]], ahead: int
) -> AsyncGenerator[AvailableAppointment, None]:
    """Each window's slots sorted, windows in date order; ``ahead`` windows in flight."""
    pending: list[asyncio.Task[list[AvailableAppointment]]] = []
    queue = iter(pagers)
    try:
        for pager in queue:
            pending.append(asyncio.create_task(_collect(pager)))
            if len(pending) >= ahead:
                break
        while pending:
            slots = await pending.pop(0)
            next_pager = next(queue, None)
            if next_pager is not None:
                pending.append(asyncio.create_task(_collect(next_pager)))
            for slot in slots:
                yield slot
    finally:
        for task in pending:
            task.cancel()
        for task in pending:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
