"""``ps.businesses``: the operations of tag Business.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Unpack

from .._models.businesses import Business
from .._namespace import CallOptions, ListOptions, Namespace
from .._operations import GetOperation, ListOperation, Operation
from .._pagination import AsyncPager
from .._wire import FilterFormat

_LIST_BUSINESSES = ListOperation(
    operation_id="listBusinesses",
    path="/business",
    list_key="businesses",
    model=Business,
    sort_fields=frozenset(
        [
            "address_1",
            "address_2",
            "address_3",
            "address_4",
            "address_state",
            "appointment_end_time",
            "appointment_start_time",
            "archive",
            "business_id",
            "business_name",
            "country",
            "display_name",
            "email",
            "fax",
            "ndis_registration_number",
            "phone",
            "postcode",
            "registration_number",
            "registration_type",
            "short_description",
            "suburb",
            "tenant_id",
            "website",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "archived": FilterFormat.BOOLEAN,
        "updated": FilterFormat.TIMESTAMP,
    },
)
_GET_BUSINESS = GetOperation(
    operation_id="getBusiness", path="/business/{business_id}", model=Business
)

METHODS: dict[str, Operation] = {
    "list": _LIST_BUSINESSES,
    "get": _GET_BUSINESS,
}
"""Every method of :class:`Businesses` and the operation it sends."""


class Businesses(Namespace):
    """Tag Business: ``ps.businesses``.

    Docs: https://docs.api.pracsuite.com/openapi/business
    """

    _tag = "businesses"
    _methods = METHODS

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[Business]:
        """List Businesses: ``GET /business``.

        Filters: created (timestamp), archived (boolean), updated (timestamp)

        Docs: https://docs.api.pracsuite.com/openapi/business/listbusinesses-get
        """
        return self._list(_LIST_BUSINESSES, "list", {}, {}, options)

    async def get(self, business_id: int, /, **options: Unpack[CallOptions]) -> Business:
        """Get Business: ``GET /business/{business_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/business/getbusiness-get
        """
        return await self._get(_GET_BUSINESS, "get", {"business_id": business_id}, options)
