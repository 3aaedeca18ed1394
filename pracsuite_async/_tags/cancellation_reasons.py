"""``ps.cancellation_reasons``: the operations of tag Cancellation Reason.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.cancellation_reasons import CancellationReason, CancellationReasonSortField
from .._namespace import Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._wire import DEFAULT_PAGE_SIZE

_LIST_CANCELLATION_REASONS = ListOperation(
    operation_id="listCancellationReasons",
    path="/cancellation_reason",
    list_key="appointment_cancellation_reasons",
    model=CancellationReason,
    sort_fields=frozenset(get_args(CancellationReasonSortField)),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_CANCELLATION_REASONS,
}
"""Every method of :class:`CancellationReasons` and the operation it sends."""


class CancellationReasons(Namespace):
    """Tag Cancellation Reason: ``ps.cancellation_reasons``.

    Docs: https://docs.api.pracsuite.com/openapi/cancellation-reason
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
        sort_by: Sequence[CancellationReasonSortField] | None = None,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[CancellationReason]:
        """List Cancellation Reasons: ``GET /cancellation_reason``.

        Docs:
        https://docs.api.pracsuite.com/openapi/cancellation-reason/listcancellationreasons-get
        """
        return self._list(
            _LIST_CANCELLATION_REASONS,
            "cancellation_reasons.list",
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
