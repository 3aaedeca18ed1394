"""Declarations of API operations: what a tag's methods are built from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, TypeVar

import attrs

from ._config import path_params
from ._query import FilterFormat

M = TypeVar("M")


@attrs.frozen(kw_only=True)
class ListOperation(Generic[M]):
    """A paginated GET: path template, list key, item model, sortable fields, ``q[]`` filters."""

    operation_id: str
    path: str
    list_key: str
    model: type[M]
    sort_fields: frozenset[str] = frozenset()
    filters: Mapping[str, FilterFormat] = attrs.field(factory=dict)

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
    def path_params(self) -> tuple[str, ...]:
        return path_params(self.path)
