"""``ps.payers``: the operations of tag Payer.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._config import Timeout
from .._extras import QueryParams
from .._models.payers import Payer
from .._namespace import Namespace
from .._operations import GetOperation, Operation
from .._response import APIResponse

_GET_PAYER = GetOperation(operation_id="getPayer", path="/payer/{payer_id}", model=Payer)

METHODS: dict[str, Operation] = {
    "get": _GET_PAYER,
}
"""Every method of :class:`Payers` and the operation it sends."""


class Payers(Namespace):
    """Tag Payer: ``ps.payers``.

    Docs: https://docs.api.pracsuite.com/openapi/payer
    """

    _methods = METHODS

    @property
    def with_raw_response(self) -> PayersWithRawResponse:
        """The same calls (lists aside: their pages carry their response), each answering an
        :class:`~pracsuite_async.APIResponse` (status, headers, request id, timing, the
        request sent); ``.parse()`` gives the result.
        """
        return PayersWithRawResponse(self._engine)

    async def get(
        self,
        payer_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Payer:
        """Get Payer: ``GET /payer/{payer_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/payer/getpayer-get
        """
        return await self._engine.get(
            _GET_PAYER,
            "payers.get",
            {"payer_id": payer_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )


class PayersWithRawResponse(Namespace):
    """``ps.payers.with_raw_response``."""

    async def get(
        self,
        payer_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
        extra_query: QueryParams | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Payer]:
        """``payers.get()`` answering its HTTP response: status, headers, request id, timing;
        ``.parse()`` gives the result.
        """
        return await self._raw_get(
            _GET_PAYER,
            "payers.get",
            {"payer_id": payer_id},
            {
                "timeout": timeout,
                "max_retries": max_retries,
                "extra_query": extra_query,
                "extra_headers": extra_headers,
            },
        )
