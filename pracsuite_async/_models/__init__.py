"""Typed records of the PracSuite API (attrs, frozen and slotted)."""

from .._convert import register_records
from ._base import Record
from .business import Business
from .patient import Patient
from .resource import Resource

register_records(Record)

__all__ = ["Business", "Patient", "Record", "Resource"]
