"""Typed records of the PracSuite API (attrs, frozen and slotted), generated from the spec."""

from .._convert import register_records
from ._base import Model, Record
from ._generated import *  # noqa: F403  (every schema's class; listed in _generated.__all__)
from ._generated import __all__ as _generated_all
from ._kinds import BookEntryKind

register_records(Model)

__all__ = ["BookEntryKind", "Model", "Record", *_generated_all]
