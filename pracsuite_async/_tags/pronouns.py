"""``ps.pronouns``: the operations of tag Pronoun.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.pronouns import Pronoun, PronounSortField
from .._namespace import Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._wire import DEFAULT_PAGE_SIZE

_LIST_PRONOUNS = ListOperation(
    operation_id="listPronouns",
    path="/pronoun",
    list_key="pronouns",
    model=Pronoun,
    sort_fields=frozenset(get_args(PronounSortField)),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_PRONOUNS,
}
"""Every method of :class:`Pronouns` and the operation it sends."""


class Pronouns(Namespace):
    """Tag Pronoun: ``ps.pronouns``.

    Docs: https://docs.api.pracsuite.com/openapi/pronoun
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
        sort_by: Sequence[PronounSortField] | None = None,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Pronoun]:
        """List Pronouns: ``GET /pronoun``.

        Docs: https://docs.api.pracsuite.com/openapi/pronoun/listpronouns-get
        """
        return self._list(
            _LIST_PRONOUNS,
            "pronouns.list",
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
