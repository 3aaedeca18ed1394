"""``ps.fee_categories``: the operations of tag Fee Category.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.fee_categories import FeeCategory, FeeCategorySortField
from .._namespace import Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._wire import DEFAULT_PAGE_SIZE

_LIST_FEE_CATEGORIES = ListOperation(
    operation_id="listFeeCategories",
    path="/fee_category",
    list_key="fee_categories",
    model=FeeCategory,
    sort_fields=frozenset(get_args(FeeCategorySortField)),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_FEE_CATEGORIES,
}
"""Every method of :class:`FeeCategories` and the operation it sends."""


class FeeCategories(Namespace):
    """Tag Fee Category: ``ps.fee_categories``.

    Docs: https://docs.api.pracsuite.com/openapi/fee-category
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
        sort_by: Sequence[FeeCategorySortField] | None = None,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[FeeCategory]:
        """List Fee Categories: ``GET /fee_category``.

        Docs: https://docs.api.pracsuite.com/openapi/fee-category/listfeecategories-get
        """
        return self._list(
            _LIST_FEE_CATEGORIES,
            "fee_categories.list",
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
