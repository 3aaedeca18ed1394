from __future__ import annotations

from .._models import Business
from .._namespace import GetMethod, ListMethod, Namespace
from .._operations import GetOperation, ListOperation


class Businesses(Namespace):
    """The clinic's locations (tag Business)."""

    list = ListMethod(
        ListOperation(
            operation_id="listBusinesses",
            path="/business",
            list_key="businesses",
            model=Business,
            sort_fields=frozenset({"business_id", "business_name", "display_name"}),
        )
    )
    get = GetMethod(
        GetOperation(operation_id="getBusiness", path="/business/{business_id}", model=Business)
    )
