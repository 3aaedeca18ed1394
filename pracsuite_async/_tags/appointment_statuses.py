"""``ps.appointment_statuses``: the operations of tag Appointment Status.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.appointment_statuses import AppointmentStatus, AppointmentStatusSortField
from .._namespace import Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._wire import DEFAULT_PAGE_SIZE

_LIST_APPOINTMENT_STATUSES = ListOperation(
    operation_id="listAppointmentStatuses",
    path="/appointment_status",
    list_key="appointment_statuses",
    model=AppointmentStatus,
    sort_fields=frozenset(get_args(AppointmentStatusSortField)),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_APPOINTMENT_STATUSES,
}
"""Every method of :class:`AppointmentStatuses` and the operation it sends."""


class AppointmentStatuses(Namespace):
    """Tag Appointment Status: ``ps.appointment_statuses``.

    Docs: https://docs.api.pracsuite.com/openapi/appointment-status
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
        sort_by: Sequence[AppointmentStatusSortField] | None = None,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[AppointmentStatus]:
        """List Appointment Statuses: ``GET /appointment_status``.

        Docs:
        https://docs.api.pracsuite.com/openapi/appointment-status/listappointmentstatuses-get
        """
        return self._list(
            _LIST_APPOINTMENT_STATUSES,
            "appointment_statuses.list",
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
