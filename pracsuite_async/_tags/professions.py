"""``ps.professions``: the operations of tag Profession.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.professions import Profession, ProfessionSortField
from .._namespace import Namespace
from .._operations import GetOperation, ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_PROFESSIONS = ListOperation(
    operation_id="listProfessions",
    path="/profession",
    list_key="professions",
    model=Profession,
    sort_fields=frozenset(get_args(ProfessionSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
    },
)
_LIST_PROFESSIONS_FROM_PRACTITIONER = ListOperation(
    operation_id="listProfessionsFromPractitioner",
    path="/practitioner/{practitioner_id}/profession",
    list_key="professions",
    model=Profession,
    sort_fields=frozenset(get_args(ProfessionSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
    },
)
_GET_PROFESSION = GetOperation(
    operation_id="getProfession", path="/profession/{profession_id}", model=Profession
)

METHODS: dict[str, Operation] = {
    "list": _LIST_PROFESSIONS,
    "list_by_practitioner": _LIST_PROFESSIONS_FROM_PRACTITIONER,
    "get": _GET_PROFESSION,
}
"""Every method of :class:`Professions` and the operation it sends."""


class Professions(Namespace):
    """Tag Profession: ``ps.professions``.

    Docs: https://docs.api.pracsuite.com/openapi/profession
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> ProfessionsWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return ProfessionsWithRawResponse(self._engine)

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[ProfessionSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Profession]:
        """List Professions: ``GET /profession``.

        Filters: created (timestamp), archived (boolean), updated (timestamp)

        Docs: https://docs.api.pracsuite.com/openapi/profession/listprofessions-get
        """
        return self._list(
            _LIST_PROFESSIONS,
            "professions.list",
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

    def list_by_practitioner(
        self,
        practitioner_id: int,
        /,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[ProfessionSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Profession]:
        """List Professions by Practitioner: ``GET
        /practitioner/{practitioner_id}/profession``.

        Every profession assigned to the practitioner; the profession_id values returned can
        be used when creating and finalising appointments.

        Filters: created (timestamp), archived (boolean), updated (timestamp)

        Docs:
        https://docs.api.pracsuite.com/openapi/profession/listprofessionsfrompractitioner-get
        """
        return self._list(
            _LIST_PROFESSIONS_FROM_PRACTITIONER,
            "professions.list_by_practitioner",
            {"practitioner_id": practitioner_id},
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

    async def get(
        self,
        profession_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Profession:
        """Get Profession: ``GET /profession/{profession_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/profession/getprofession-get
        """
        return await self._engine.get(
            _GET_PROFESSION,
            "professions.get",
            {"profession_id": profession_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )


class ProfessionsWithRawResponse(Namespace):
    """``ps.professions.with_raw_response``."""

    async def get(
        self,
        profession_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Profession]:
        """``professions.get()`` answering its HTTP response: status, headers, request id,
        timing; ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_PROFESSION,
            "professions.get",
            {"profession_id": profession_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
