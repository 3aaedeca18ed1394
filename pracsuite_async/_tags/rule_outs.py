"""``ps.rule_outs``: the operations of tag Rule Out.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.rule_outs import RuleOut, RuleOutSortField
from .._namespace import Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_RULE_OUTS = ListOperation(
    operation_id="listRuleOuts",
    path="/rule_out",
    list_key="rule_outs",
    model=RuleOut,
    sort_fields=frozenset(get_args(RuleOutSortField)),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "appointment_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
)

METHODS: dict[str, Operation] = {
    "list": _LIST_RULE_OUTS,
}
"""Every method of :class:`RuleOuts` and the operation it sends."""


class RuleOuts(Namespace):
    """Tag Rule Out: ``ps.rule_outs``.

    Docs: https://docs.api.pracsuite.com/openapi/rule-out
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
        sort_by: Sequence[RuleOutSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[RuleOut]:
        """List Rule Outs: ``GET /rule_out``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        appointment_id (integer), business_id (integer), practitioner_id (integer)

        Docs: https://docs.api.pracsuite.com/openapi/rule-out/listruleouts-get
        """
        return self._list(
            _LIST_RULE_OUTS,
            "rule_outs.list",
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
