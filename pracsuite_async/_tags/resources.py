from __future__ import annotations

from .._models import Resource
from .._namespace import GetMethod, ListMethod, Namespace, NestedListMethod
from .._operations import GetOperation, ListOperation

_SORT = frozenset({"resource_id", "description", "resource_rank"})


class Resources(Namespace):
    """Rooms and equipment that appointments use (tag Resource)."""

    list = ListMethod(
        ListOperation(
            operation_id="listResources",
            path="/resource",
            list_key="resources",
            model=Resource,
            sort_fields=_SORT,
        )
    )
    get = GetMethod(
        GetOperation(operation_id="getResource", path="/resource/{resource_id}", model=Resource)
    )
    list_by_appointment = NestedListMethod(
        ListOperation(
            operation_id="listResourcesByAppointment",
            path="/appointment/{appointment_id}/resource",
            list_key="resources",
            model=Resource,
            sort_fields=_SORT,
        )
    )
    list_by_appointment_type = NestedListMethod(
        ListOperation(
            operation_id="listResourcesByAppointmentType",
            path="/appointment_type/{appointment_type_id}/resource",
            list_key="resources",
            model=Resource,
            sort_fields=_SORT,
        )
    )
