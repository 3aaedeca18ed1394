"""``ps.rule_outs``: the operations of tag Rule Out.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from typing import Unpack

from .._models.rule_outs import RuleOut
from .._namespace import ListOptions, Namespace
from .._operations import ListOperation, Operation
from .._pagination import AsyncPager
from .._wire import FilterFormat

_LIST_RULE_OUTS = ListOperation(
    operation_id="listRuleOuts",
    path="/rule_out",
    list_key="rule_outs",
    model=RuleOut,
    sort_fields=frozenset(
        [
            "app_time",
            "appointment_id",
            "business_id",
            "category",
            "column_number",
            "duration",
            "practitioner_id",
            "width",
        ]
    ),
    filters={
        "created": FilterFormat.TIMESTAMP,
        "updated": FilterFormat.TIMESTAMP,
        "app_time": FilterFormat.DATETIME,
        "appointment_id": FilterFormat.INTEGER,
        "business_id": FilterFormat.INTEGER,
        "practitioner_id": FilterFormat.INTEGER,
    },
)

METHODS: dict[str, Operation] = {
    "list": _LIST_RULE_OUTS,
}
"""Every method of :class:`RuleOuts` and the operation it sends."""


class RuleOuts(Namespace):
    """Tag Rule Out: ``ps.rule_outs``.

    Docs: https://docs.api.pracsuite.com/openapi/rule-out
    """

    _tag = "rule_outs"
    _methods = METHODS

    def list(self, **options: Unpack[ListOptions]) -> AsyncPager[RuleOut]:
        """List Rule Outs: ``GET /rule_out``.

        Filters: created (timestamp), updated (timestamp), app_time (datetime),
        appointment_id (integer), business_id (integer), practitioner_id (integer)

        Docs: https://docs.api.pracsuite.com/openapi/rule-out/listruleouts-get
        """
        return self._list(_LIST_RULE_OUTS, "list", {}, {}, options)
