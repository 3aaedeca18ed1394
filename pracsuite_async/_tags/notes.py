"""``ps.notes``: the operations of tag Note.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, get_args

from .._changes import Change, Checkpoint
from .._config import Timeout
from .._extras import QueryParams
from .._models.notes import Note, NoteSortField
from .._namespace import Namespace
from .._operations import ChangeFeed, ListOperation, Operation, Param, WriteOperation
from .._pagination import AsyncPager, OnChange
from .._params import NOT_GIVEN, NotGiven
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_NOTES = ListOperation(
    operation_id="listNotes",
    path="/note",
    list_key="notes",
    model=Note,
    sort_fields=frozenset(get_args(NoteSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "appointment_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
    changes=ChangeFeed(filter="updated", stamp="modified", created="created", id="appointment_id"),
)
_CREATE_NOTE = WriteOperation(
    operation_id="createNote",
    method="POST",
    path="/note",
    model=Note,
    body=(
        Param(name="app_time", format=FilterFormat.DATETIME, required=True),
        Param(name="practitioner_id", format=FilterFormat.INTEGER, required=True),
        Param(name="business_id", format=FilterFormat.INTEGER, required=True),
        Param(
            name="duration",
            format=FilterFormat.INTEGER,
            required=True,
            minimum=5,
            maximum=1440,
            multiple_of=5,
        ),
        Param(name="description", format=FilterFormat.STRING, required=True),
        Param(name="font_colour", format=FilterFormat.STRING),
        Param(name="bg_colour", format=FilterFormat.STRING),
        Param(name="notes", format=FilterFormat.STRING),
        Param(name="column_number", format=FilterFormat.INTEGER),
        Param(name="width", format=FilterFormat.INTEGER),
        Param(name="resource_ids", format=FilterFormat.INTEGER, many=True),
    ),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_NOTES,
    "create": _CREATE_NOTE,
}
"""Every method of :class:`Notes` and the operation it sends."""


class Notes(Namespace):
    """Tag Note: ``ps.notes``.

    Docs: https://docs.api.pracsuite.com/openapi/note
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> NotesWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return NotesWithRawResponse(self._engine)

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[NoteSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Note]:
        """List Notes: ``GET /note``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        appointment_id (integer), business_id (integer), practitioner_id (integer)

        Docs: https://docs.api.pracsuite.com/openapi/note/listnotes-get
        """
        return self._list(
            _LIST_NOTES,
            "notes.list",
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
    ) -> AsyncGenerator[Change[Note], None]:
        """Changes feed of ``GET /note``: each created or updated record once, oldest first,
        polled every ``interval`` seconds through the ``updated`` filter.

        ``since``: a checkpoint (``change.checkpoint``, or ``Checkpoint.from_json(saved)``)
        to resume from, an aware datetime, or None for changes from now on. ``lookback``
        (default 5 s) re-reads that much before the checkpoint for late commits and clock
        skew; nothing repeats.
        """
        return self._watch(
            _LIST_NOTES,
            "notes.watch",
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

    async def create(
        self,
        *,
        app_time: datetime,
        practitioner_id: int,
        business_id: int,
        duration: int,
        description: str,
        font_colour: str | NotGiven = NOT_GIVEN,
        bg_colour: str | NotGiven = NOT_GIVEN,
        notes: str | NotGiven = NOT_GIVEN,
        column_number: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        resource_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Note:
        """Create Note: ``POST /note``.

        Unlike Create Appointment, a note takes practitioner_id and business_id separately.

        Arguments are checked before sending; never re-sent blindly.

        Docs: https://docs.api.pracsuite.com/openapi/note/createnote-post
        """
        return await self._write(
            _CREATE_NOTE,
            "notes.create",
            {},
            {
                "app_time": app_time,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "description": description,
                "font_colour": font_colour,
                "bg_colour": bg_colour,
                "notes": notes,
                "column_number": column_number,
                "width": width,
                "resource_ids": resource_ids,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )


class NotesWithRawResponse(Namespace):
    """``ps.notes.with_raw_response``."""

    async def create(
        self,
        *,
        app_time: datetime,
        practitioner_id: int,
        business_id: int,
        duration: int,
        description: str,
        font_colour: str | NotGiven = NOT_GIVEN,
        bg_colour: str | NotGiven = NOT_GIVEN,
        notes: str | NotGiven = NOT_GIVEN,
        column_number: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        resource_ids: Sequence[int] | NotGiven = NOT_GIVEN,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> APIResponse[Note]:
        """``notes.create()`` answering its HTTP response: status, headers, request id, timing;
        ``.parse()`` gives the result.
        """
        return await self._raw_write(
            _CREATE_NOTE,
            "notes.create",
            {},
            {
                "app_time": app_time,
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "duration": duration,
                "description": description,
                "font_colour": font_colour,
                "bg_colour": bg_colour,
                "notes": notes,
                "column_number": column_number,
                "width": width,
                "resource_ids": resource_ids,
            },
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
                "extra_body": extra_body,
            },
        )
