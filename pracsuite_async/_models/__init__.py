"""Typed records of the PracSuite API (attrs, frozen and slotted), generated from the spec.

One module per tag (``patients.py`` holds ``Patient``); the public home of every record is
:mod:`pracsuite_async.types`.
"""

from .._convert import register_records
from ._base import Model, Record
from ._kinds import BookEntryKind

register_records(Model)

__all__ = ["BookEntryKind", "Model", "Record"]
