"""``ps.resources``: the operations of tag Resource.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.resources import Resource, ResourceSortField
from .._namespace import Namespace
from .._operations import GetOperation, ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._response import APIResponse
from .._wire import DEFAULT_PAGE_SIZE

_LIST_RESOURCES = ListOperation(
    operation_id="listResources",
    path="/resource",
    list_key="resources",
    model=Resource,
    sort_fields=frozenset(get_args(ResourceSortField)),
)
_LIST_RESOURCES_BY_APPOINTMENT = ListOperation(
    operation_id="listResourcesByAppointment",
    path="/appointment/{appointment_id}/resource",
    list_key="resources",
    model=Resource,
    sort_fields=frozenset(get_args(ResourceSortField)),
)
_LIST_RESOURCES_BY_APPOINTMENT_TYPE = ListOperation(
    operation_id="listResourcesByAppointmentType",
    path="/appointment_type/{appointment_type_id}/resource",
    list_key="resources",
    model=Resource,
    sort_fields=frozenset(get_args(ResourceSortField)),
)
_GET_RESOURCE = GetOperation(
    operation_id="getResource", path="/resource/{resource_id}", model=Resource
)

METHODS: dict[str, Operation] = {
    "list": _LIST_RESOURCES,
    "list_by_appointment": _LIST_RESOURCES_BY_APPOINTMENT,
    "list_by_appointment_type": _LIST_RESOURCES_BY_APPOINTMENT_TYPE,
    "get": _GET_RESOURCE,
}
"""Every method of :class:`Resources` and the operation it sends."""


class Resources(Namespace):
    """Tag Resource: ``ps.resources``.

    Bookable resources (rooms, equipment) that appointments and appointment types use.

    Docs: https://docs.api.pracsuite.com/openapi/resource
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> ResourcesWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return ResourcesWithRawResponse(self._engine)

    def list(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[ResourceSortField] | None = None,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Resource]:
        """List Resources: ``GET /resource``.

        Docs: https://docs.api.pracsuite.com/openapi/resource/listresources-get
        """
        return self._list(
            _LIST_RESOURCES,
            "resources.list",
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

    def list_by_appointment(
        self,
        appointment_id: int,
        /,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[ResourceSortField] | None = None,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Resource]:
        """List Resources by Appointment: ``GET /appointment/{appointment_id}/resource``.

        Docs: https://docs.api.pracsuite.com/openapi/resource/listresourcesbyappointment-get
        """
        return self._list(
            _LIST_RESOURCES_BY_APPOINTMENT,
            "resources.list_by_appointment",
            {"appointment_id": appointment_id},
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

    def list_by_appointment_type(
        self,
        appointment_type_id: int,
        /,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[ResourceSortField] | None = None,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[Resource]:
        """List Resources by Appointment Type: ``GET
        /appointment_type/{appointment_type_id}/resource``.

        Docs:
        https://docs.api.pracsuite.com/openapi/resource/listresourcesbyappointmenttype-get
        """
        return self._list(
            _LIST_RESOURCES_BY_APPOINTMENT_TYPE,
            "resources.list_by_appointment_type",
            {"appointment_type_id": appointment_type_id},
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

    async def get(
        self,
        resource_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Resource:
        """Get Resource: ``GET /resource/{resource_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/resource/getresource-get
        """
        return await self._engine.get(
            _GET_RESOURCE,
            "resources.get",
            {"resource_id": resource_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )


class ResourcesWithRawResponse(Namespace):
    """``ps.resources.with_raw_response``."""

    async def get(
        self,
        resource_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Resource]:
        """``resources.get()`` answering its HTTP response: status, headers, request id,
        timing; ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_RESOURCE,
            "resources.get",
            {"resource_id": resource_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
