"""``ps.payer_contacts``: the operations of tag Payer Contact.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import get_args

from .._config import Timeout
from .._extras import QueryParams
from .._models.payer_contacts import PayerContact, PayerContactSortField
from .._namespace import Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager, OnChange
from .._wire import DEFAULT_PAGE_SIZE, Filter, FilterFormat

_LIST_PAYER_CONTACTS_BY_PAYER = ListOperation(
    operation_id="listPayerContactsByPayer",
    path="/payer/{payer_id}/payer_contact",
    list_key="payer_contacts",
    model=PayerContact,
    sort_fields=frozenset(get_args(PayerContactSortField)),
    filters={
        "first_name": FilterFormat.STRING,
        "surname": FilterFormat.STRING,
        "email": FilterFormat.STRING,
        "home_phone": FilterFormat.STRING,
        "work_phone": FilterFormat.STRING,
        "mobile": FilterFormat.STRING,
        "phone": FilterFormat.STRING,
        "archive": FilterFormat.BOOLEAN,
    },
)

METHODS: dict[str, Operation] = {
    "list_by_payer": _LIST_PAYER_CONTACTS_BY_PAYER,
}
"""Every method of :class:`PayerContacts` and the operation it sends."""


class PayerContacts(Namespace):
    """Tag Payer Contact: ``ps.payer_contacts``.

    Docs: https://docs.api.pracsuite.com/openapi/payer-contact
    """

    _methods = METHODS

    def list_by_payer(
        self,
        payer_id: int,
        /,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        start_page: int = 1,
        limit: int | None = None,
        concurrency: int | None = None,
        on_change: OnChange = "warn",
        sort_by: Sequence[PayerContactSortField] | None = None,
        filters: Iterable[Filter] | None = (),
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[PayerContact]:
        """List Payer Contacts by Payer: ``GET /payer/{payer_id}/payer_contact``.

        Filters: first_name (string), surname (string), email (string), home_phone (string),
        work_phone (string), mobile (string), phone (string), archive (boolean)

        Docs:
        https://docs.api.pracsuite.com/openapi/payer-contact/listpayercontactsbypayer-get
        """
        return self._list(
            _LIST_PAYER_CONTACTS_BY_PAYER,
            "payer_contacts.list_by_payer",
            {"payer_id": payer_id},
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
