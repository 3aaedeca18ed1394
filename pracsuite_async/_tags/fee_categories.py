"""``ps.fee_categories``: the operations of tag Fee Category.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Unpack

from .._models.fee_categories import FeeCategory
from .._namespace import ListOptions, Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager

_LIST_FEE_CATEGORIES = ListOperation(
    operation_id="listFeeCategories",
    path="/fee_category",
    list_key="fee_categories",
    model=FeeCategory,
    sort_fields=frozenset(["active", "description", "fee_cat_id", "tenant_id"]),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_FEE_CATEGORIES,
}
"""Every method of :class:`FeeCategories` and the operation it sends."""


class FeeCategories(Namespace):
    """Tag Fee Category: ``ps.fee_categories``.

    Docs: https://docs.api.pracsuite.com/openapi/fee-category
    """

    _tag = "fee_categories"
    _methods = METHODS

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[FeeCategory]:
        """List Fee Categories: ``GET /fee_category``.

        Docs: https://docs.api.pracsuite.com/openapi/fee-category/listfeecategories-get
        """
        return self._list(_LIST_FEE_CATEGORIES, "list", {}, {}, options)
