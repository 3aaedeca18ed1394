"""``ps.payers``: the operations of tag Payer.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from .._config import Timeout
from .._models.payers import Payer
from .._namespace import Namespace
from .._operations import GetOperation, Operation

_GET_PAYER = GetOperation(operation_id="getPayer", path="/payer/{payer_id}", model=Payer)

METHODS: dict[str, Operation] = {
    "get": _GET_PAYER,
}
"""Every method of :class:`Payers` and the operation it sends."""


class Payers(Namespace):
    """Tag Payer: ``ps.payers``.

    Docs: https://docs.api.pracsuite.com/openapi/payer
    """

    _tag = "payers"
    _methods = METHODS

    async def get(
        self,
        payer_id: int,
        /,
        *,
        timeout: Timeout | float | None = None,
        max_retries: int | None = None,
    ) -> Payer:
        """Get Payer: ``GET /payer/{payer_id}``.

        Docs: https://docs.api.pracsuite.com/openapi/payer/getpayer-get
        """
        return await self._get(
            _GET_PAYER,
            "get",
            {"payer_id": payer_id},
            {"timeout": timeout, "max_retries": max_retries},
        )
