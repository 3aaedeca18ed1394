"""Declarations of API operations: what a tag's methods are built from.

The generated modules ``_tags/<namespace>.py`` hold one declaration per operation of the
project's OpenAPI document; the engine turns them into requests.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import attrs

from ._config import path_params
from ._wire import FilterFormat

M = TypeVar("M")


@attrs.frozen(kw_only=True)
class Param:
    """One query parameter or body field: its wire name, format and documented limits.

    ``many`` marks an array (sent as repeated query keys, or a JSON array in a body);
    ``nullable`` a body field the document allows to be null; ``max_length``, ``pattern``
    and ``text_format`` (``"email"``, ``"decimal"``) the document's string rules.
    """

    name: str
    format: FilterFormat
    required: bool = False
    many: bool = False
    nullable: bool = False
    minimum: float | None = None
    maximum: float | None = None
    multiple_of: int | None = None
    choices: tuple[str | int, ...] = ()
    max_length: int | None = None
    pattern: str | None = None
    text_format: str | None = None


@attrs.frozen(kw_only=True)
class Window:
    """Two date parameters that bound a search, at most ``max_days`` apart (inclusive);
    ``not_before_today``: neither may be before today in the tenant's time zone."""

    start: str
    end: str
    max_days: int
    not_before_today: bool = False


@attrs.frozen(kw_only=True)
class ChangeFeed:
    """How a list shows changes: the ``q[]`` timestamp ``filter`` on the last change, the
    record attributes holding that time (``stamp``), the creation time and the id."""

    filter: str
    stamp: str
    created: str | None
    id: str


@attrs.frozen(kw_only=True)
class ListOperation(Generic[M]):
    """A paginated GET: path template, list key, item model, sortable fields, ``q[]`` filters,
    and any operation-specific query parameters with their rules."""

    operation_id: str
    path: str
    list_key: str
    model: type[M]
    sort_fields: frozenset[str] = frozenset()
    filters: Mapping[str, FilterFormat] = attrs.field(factory=dict)
    query: tuple[Param, ...] = ()
    window: Window | None = None
    # A parameter that may only be given together with others: {"account_id": ("client_id",)}.
    requires: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    changes: ChangeFeed | None = None
    # False where the operation declares no page/page_size: neither is sent, and the list
    # is the answer's items (plus any links.next the answer gives).
    paged: bool = True

    @property
    def method(self) -> str:
        return "GET"

    @property
    def path_params(self) -> tuple[str, ...]:
        return path_params(self.path)


@attrs.frozen(kw_only=True)
class GetOperation(Generic[M]):
    """A GET of one record by id."""

    operation_id: str
    path: str
    model: type[M]

    @property
    def method(self) -> str:
        return "GET"

    @property
    def path_params(self) -> tuple[str, ...]:
        return path_params(self.path)


@attrs.frozen(kw_only=True)
class WriteOperation(Generic[M]):
    """A POST/PATCH/DELETE with an optional JSON body; ``model`` None when no body comes back.

    ``exclusive`` lists groups of body fields of which at most one may be set (non-null).
    ``one_of`` lists choices between alternative sets of fields: exactly one alternative of
    each choice must be given, all of its fields.
    """

    operation_id: str
    method: str
    path: str
    model: type[M] | None
    body: tuple[Param, ...] = ()
    exclusive: tuple[tuple[str, ...], ...] = ()
    one_of: tuple[tuple[tuple[str, ...], ...], ...] = ()

    @property
    def path_params(self) -> tuple[str, ...]:
        return path_params(self.path)


Operation = ListOperation[Any] | GetOperation[Any] | WriteOperation[Any]
