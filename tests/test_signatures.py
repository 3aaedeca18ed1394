"""Signatures that explain themselves: real parameters, sortable fields as a Literal."""

from __future__ import annotations

import inspect
import pydoc
import typing
from collections.abc import Sequence

from pracsuite_async import AsyncPracSuite
from pracsuite_async._tags import NAMESPACES
from pracsuite_async.types import PatientSortField


def _sorted_by(hint: object) -> set[str]:
    """The Literal values inside ``Sequence[Literal[...]] | None``."""
    (sequence,) = [a for a in typing.get_args(hint) if a is not type(None)]
    assert typing.get_origin(sequence) is Sequence
    (literal,) = typing.get_args(sequence)
    return set(typing.get_args(literal))


def test_list_methods_show_their_real_parameters() -> None:
    ps = AsyncPracSuite("v", "a", environ={})
    params = inspect.signature(ps.patients.list).parameters
    assert not any(p.kind is p.VAR_KEYWORD for p in params.values())
    assert list(params) == [
        "page_size",
        "start_page",
        "limit",
        "concurrency",
        "on_change",
        "sort_by",
        "filters",
        "timeout",
        "max_retries",
        "extra_query",
        "extra_headers",
    ]
    assert params["page_size"].default == 50
    assert params["on_change"].default == "warn"
    hints = typing.get_type_hints(type(ps.patients).list)
    assert _sorted_by(hints["sort_by"]) == set(typing.get_args(PatientSortField))
    assert {"surname", "client_id", "date_of_birth"} <= set(typing.get_args(PatientSortField))
    assert "links" not in typing.get_args(PatientSortField)
    text = pydoc.render_doc(ps.patients.list, renderer=pydoc.plaintext)
    assert "page_size: 'int' = 50" in text  # help() shows them (string annotations)
    assert "sort_by: 'Sequence[PatientSortField] | None' = None" in text


def test_every_method_of_every_namespace_has_real_parameters() -> None:
    ps = AsyncPracSuite("v", "a", environ={})
    for attr in NAMESPACES:
        namespace = getattr(ps, attr)
        for name, method in inspect.getmembers(namespace, inspect.ismethod):
            if name.startswith("_"):
                continue
            params = inspect.signature(method).parameters
            where = f"ps.{attr}.{name}"
            assert not any(p.kind is p.VAR_KEYWORD for p in params.values()), where
            assert {"timeout", "max_retries", "extra_query", "extra_headers"} <= set(params), where


def test_only_lists_that_sort_or_filter_take_sort_by_or_filters() -> None:
    ps = AsyncPracSuite("v", "a", environ={})
    resources = inspect.signature(ps.resources.list).parameters
    assert "sort_by" in resources
    assert "filters" not in resources  # the docs list no filters for resources
    week = inspect.signature(ps.available_appointments.list).parameters
    assert "sort_by" not in week
    writes = inspect.signature(ps.appointments.create).parameters
    assert "extra_body" in writes
    assert "extra_body" not in inspect.signature(ps.appointments.get).parameters
