"""``ps.pronouns``: the operations of tag Pronoun.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Unpack

from .._models.pronouns import Pronoun
from .._namespace import ListOptions, Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager

_LIST_PRONOUNS = ListOperation(
    operation_id="listPronouns",
    path="/pronoun",
    list_key="pronouns",
    model=Pronoun,
    sort_fields=frozenset(
        [
            "description",
            "nominative",
            "objective",
            "possessive",
            "possessive_determiner",
            "pronoun_id",
            "reflexive",
            "tenant_id",
        ]
    ),
)

METHODS: dict[str, Operation] = {
    "list": _LIST_PRONOUNS,
}
"""Every method of :class:`Pronouns` and the operation it sends."""


class Pronouns(Namespace):
    """Tag Pronoun: ``ps.pronouns``.

    Docs: https://docs.api.pracsuite.com/openapi/pronoun
    """

    _tag = "pronouns"
    _methods = METHODS

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[Pronoun]:
        """List Pronouns: ``GET /pronoun``.

        Docs: https://docs.api.pracsuite.com/openapi/pronoun/listpronouns-get
        """
        return self._list(_LIST_PRONOUNS, "list", {}, {}, options)
