"""``ps.reschedule_reasons``: the operations of tag Reschedule Reason.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.reschedule_reasons import RescheduleReason, RescheduleReasonSortField
from .._namespace import Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._wire import DEFAULT_PAGE_SIZE

_LIST_RESCHEDULE_REASONS = ListOperation(
    operation_id="listRescheduleReasons",
    path="/reschedule_reason",
    list_key="appointment_reschedule_reasons",
    model=RescheduleReason,
    sort_fields=frozenset(get_args(RescheduleReasonSortField)),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_RESCHEDULE_REASONS,
}
"""Every method of :class:`RescheduleReasons` and the operation it sends."""


class RescheduleReasons(Namespace):
    """Tag Reschedule Reason: ``ps.reschedule_reasons``.

    Docs: https://docs.api.pracsuite.com/openapi/reschedule-reason
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
        sort_by: Sequence[RescheduleReasonSortField] | None = None,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[RescheduleReason]:
        """List Reschedule Reasons: ``GET /reschedule_reason``.

        Docs:
        https://docs.api.pracsuite.com/openapi/reschedule-reason/listreschedulereasons-get
        """
        return self._list(
            _LIST_RESCHEDULE_REASONS,
            "reschedule_reasons.list",
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
