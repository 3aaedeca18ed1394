"""Typed records of the PracSuite API (attrs, frozen and slotted), generated from the spec."""

from .._convert import register_records
from . import _generated
from ._base import Model, Record
from ._generated import *  # noqa: F403  (every schema's class; listed in _generated.__all__)
from ._kinds import BookEntryKind

register_records(Model)

__all__ = ["BookEntryKind", "Model", "Record"]
__all__ += _generated.__all__  # the form type checkers follow
