"""``ps.sexes``: the operations of tag Sex.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.sexes import Sex, SexSortField
from .._namespace import Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._wire import DEFAULT_PAGE_SIZE

_LIST_SEX = ListOperation(
    operation_id="listSex",
    path="/sex",
    list_key="sexes",
    model=Sex,
    sort_fields=frozenset(get_args(SexSortField)),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_SEX,
}
"""Every method of :class:`Sexes` and the operation it sends."""


class Sexes(Namespace):
    """Tag Sex: ``ps.sexes``.

    Docs: https://docs.api.pracsuite.com/openapi/sex
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
        sort_by: Sequence[SexSortField] | None = None,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Sex]:
        """List Sexes: ``GET /sex``.

        Docs: https://docs.api.pracsuite.com/openapi/sex/listsex-get
        """
        return self._list(
            _LIST_SEX,
            "sexes.list",
            {},
            {},
            {
                "page_size": page_size,
                "start_page": start_page,
                "limit": limit,
                "concurrency": concurrency,
                "on_change": on_change,
                "sort_by": sort_by,
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
