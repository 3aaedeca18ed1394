"""``ps.appointment_book``: the operations of tag Appointment Book.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import get_args

from .._changes import Change, Checkpoint
from .._config import Timeout
from .._extras import QueryParams
from .._models.appointment_book import AppointmentBookEntry, AppointmentBookEntrySortField
from .._namespace import Namespace
from .._operations import ChangeFeed, ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_APPOINTMENT_BOOK = ListOperation(
    operation_id="listAppointmentBook",
    path="/appointment_book",
    list_key="data",
    model=AppointmentBookEntry,
    sort_fields=frozenset(get_args(AppointmentBookEntrySortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "appointment_id": FilterFormat.INTEGER,
        "profession_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "client_id": FilterFormat.INTEGER,
        "appointment_type_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
    changes=ChangeFeed(filter="updated", stamp="modified", created="created", id="appointment_id"),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_APPOINTMENT_BOOK,
}
"""Every method of :class:`AppointmentBook` and the operation it sends."""


class AppointmentBook(Namespace):
    """Tag Appointment Book: ``ps.appointment_book``.

    Docs: https://docs.api.pracsuite.com/openapi/appointment-book
    """

    _methods = METHODS

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[AppointmentBookEntrySortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[AppointmentBookEntry]:
        """List Appointment Book: ``GET /appointment_book``.

        Entries can be ordinary appointments, group appointments or rule outs:
        links.resources is missing for rule outs and links.appointment_clients exists only
        for group appointments.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        appointment_id (integer), profession_id (integer), business_id (integer), client_id
        (integer), appointment_type_id (integer), practitioner_id (integer)

        Docs:
        https://docs.api.pracsuite.com/openapi/appointment-book/listappointmentbook-get
        """
        return self._list(
            _LIST_APPOINTMENT_BOOK,
            "appointment_book.list",
            {},
            {},
            {
                "page_size": page_size,
                "start_page": start_page,
                "limit": limit,
                "concurrency": concurrency,
                "on_change": on_change,
                "sort_by": sort_by,
                "filters": filters,
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )

    def watch(
        self,
        *,
        since: datetime | Checkpoint | None = None,
        interval: float = 30.0,
        lookback: timedelta | None = None,
        page_size: int = 100,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncGenerator[Change[AppointmentBookEntry], None]:
        """Changes feed of ``GET /appointment_book``: each created or updated record once,
        oldest first, polled every ``interval`` seconds through the ``updated`` filter.

        ``since``: a checkpoint (``change.checkpoint``, or ``Checkpoint.from_json(saved)``)
        to resume from, an aware datetime, or None for changes from now on. ``lookback``
        (default 5 s) re-reads that much before the checkpoint for late commits and clock
        skew; nothing repeats.
        """
        return self._watch(
            _LIST_APPOINTMENT_BOOK,
            "appointment_book.watch",
            since,
            interval,
            lookback,
            page_size,
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
