"""``ps.sexes``: the operations of tag Sex.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Unpack

from .._models.sexes import Sex
from .._namespace import ListOptions, Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager

_LIST_SEX = ListOperation(
    operation_id="listSex",
    path="/sex",
    list_key="sexes",
    model=Sex,
    sort_fields=frozenset(["description", "sex_id", "tenant_id"]),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_SEX,
}
"""Every method of :class:`Sexes` and the operation it sends."""


class Sexes(Namespace):
    """Tag Sex: ``ps.sexes``.

    Docs: https://docs.api.pracsuite.com/openapi/sex
    """

    _tag = "sexes"
    _methods = METHODS

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[Sex]:
        """List Sexes: ``GET /sex``.

        Docs: https://docs.api.pracsuite.com/openapi/sex/listsex-get
        """
        return self._list(_LIST_SEX, "list", {}, {}, options)
