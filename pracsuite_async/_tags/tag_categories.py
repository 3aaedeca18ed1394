"""``ps.tag_categories``: the operations of tag Tag Category.

Generated from ``_spec/pracsuite.openapi.json`` by ``python tools/codegen.py``: do not edit.
"""

from __future__ import annotations

from .._namespace import Namespace
from .._operations import Operation

METHODS: dict[str, Operation] = {}
"""Every method of :class:`TagCategories` and the operation it sends."""


class TagCategories(Namespace):
    """Tag Tag Category: ``ps.tag_categories``.

    The docs show no readable operation of this tag; none is offered.

    Docs: https://docs.api.pracsuite.com/openapi/tag-category
    """

    _methods = METHODS
