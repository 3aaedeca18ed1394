"""Typed method descriptors: a tag's methods are declared, not written out.

``list = ListMethod(op)`` on a :class:`Namespace` subclass gives ``ps.<tag>.list(...)`` with
a typed signature returning an :class:`AsyncPager` of the operation's model.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Generic, Self, TypedDict, TypeVar, Unpack, overload

from ._config import Timeout
from ._engine import Engine
from ._operations import GetOperation, ListOperation
from ._pagination import AsyncPager, OnChange
from ._query import Filter

M = TypeVar("M")
B = TypeVar("B")


class CallOptions(TypedDict, total=False):
    """Per-call overrides of the client's settings."""

    timeout: Timeout | float | None
    max_retries: int | None


class ListOptions(CallOptions, total=False):
    """Arguments of every list method.

    ``page_size`` 1..100 (default 50); ``sort_by`` field names, ascending; ``filters``
    ``q[]`` conditions; ``limit`` stop after that many items; ``concurrency`` pages fetched
    ahead at once (default: the client's ``max_concurrency``); ``on_change`` what to do if
    the list changes mid-pull: ``"warn"`` (default), ``"error"`` or ``"ignore"``.
    """

    page_size: int
    on_change: OnChange
    sort_by: Sequence[str] | None
    filters: Iterable[Filter]
    limit: int | None
    concurrency: int | None


_LIST_OPTIONS = ListOptions.__required_keys__ | ListOptions.__optional_keys__
_CALL_OPTIONS = CallOptions.__required_keys__ | CallOptions.__optional_keys__


def _check_options(method: str, options: Mapping[str, object], known: frozenset[str]) -> None:
    # Without this, a misspelt option names the SDK's internals ("Engine.pager() got ...").
    unknown = sorted(set(options) - known)
    if unknown:
        raise TypeError(
            f"{method}() got an unexpected keyword argument {unknown[0]!r}; "
            f"it accepts: {', '.join(sorted(known))}"
        )


class Namespace:
    """The methods of one API tag, bound to a client."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"


class BoundList(Generic[M]):
    """``ps.<tag>.list(...)``: a lazy pager over every record; nothing is sent until iterated."""

    def __init__(self, engine: Engine, operation: ListOperation[M], name: str) -> None:
        self._engine = engine
        self.operation = operation
        self._name = name

    def __call__(self, **options: Unpack[ListOptions]) -> AsyncPager[M]:
        _check_options(self._name, options, _LIST_OPTIONS)
        return self._engine.pager(self.operation, {}, **options)


class BoundNestedList(Generic[M]):
    """``ps.<tag>.list_by_<parent>(parent_id, ...)``: a lazy pager over one parent's records."""

    def __init__(self, engine: Engine, operation: ListOperation[M], name: str) -> None:
        self._engine = engine
        self.operation = operation
        self._name = name
        (self._parent,) = operation.path_params

    def __call__(self, parent_id: int, /, **options: Unpack[ListOptions]) -> AsyncPager[M]:
        _check_options(self._name, options, _LIST_OPTIONS)
        return self._engine.pager(self.operation, {self._parent: parent_id}, **options)


class BoundGet(Generic[M]):
    """``await ps.<tag>.get(id)``: one record, or :class:`NotFoundError`."""

    def __init__(self, engine: Engine, operation: GetOperation[M], name: str) -> None:
        self._engine = engine
        self.operation = operation
        self._name = name
        (self._id_name,) = operation.path_params

    async def __call__(self, record_id: int, /, **options: Unpack[CallOptions]) -> M:
        _check_options(self._name, options, _CALL_OPTIONS)
        return await self._engine.get(self.operation, {self._id_name: record_id}, **options)


class _Method(Generic[B]):
    """Descriptor plumbing: on the class, the declaration; on an instance, the bound call."""

    name = "method"  # "<tag>.<method>" once the class body has run, for error messages

    def __set_name__(self, owner: type[Namespace], name: str) -> None:
        self.name = f"{owner.__name__.lower()}.{name}"

    def _bind(self, engine: Engine) -> B:
        raise NotImplementedError

    @overload
    def __get__(self, obj: None, owner: type[Namespace]) -> Self: ...
    @overload
    def __get__(self, obj: Namespace, owner: type[Namespace]) -> B: ...
    def __get__(self, obj: Namespace | None, owner: type[Namespace]) -> Self | B:
        return self if obj is None else self._bind(obj._engine)


class ListMethod(_Method[BoundList[M]]):
    def __init__(self, operation: ListOperation[M]) -> None:
        if operation.path_params:
            raise ValueError(f"{operation.operation_id} has path parameters: use NestedListMethod")
        self.operation = operation

    def _bind(self, engine: Engine) -> BoundList[M]:
        return BoundList(engine, self.operation, self.name)


class NestedListMethod(_Method[BoundNestedList[M]]):
    def __init__(self, operation: ListOperation[M]) -> None:
        if len(operation.path_params) != 1:
            raise ValueError(f"{operation.operation_id}: a nested list takes one parent id")
        self.operation = operation

    def _bind(self, engine: Engine) -> BoundNestedList[M]:
        return BoundNestedList(engine, self.operation, self.name)


class GetMethod(_Method[BoundGet[M]]):
    def __init__(self, operation: GetOperation[M]) -> None:
        if len(operation.path_params) != 1:
            raise ValueError(f"{operation.operation_id}: a get takes one id")
        self.operation = operation

    def _bind(self, engine: Engine) -> BoundGet[M]:
        return BoundGet(engine, self.operation, self.name)
