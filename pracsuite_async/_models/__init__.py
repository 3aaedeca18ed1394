"""Typed records of the PracSuite API (attrs, frozen and slotted)."""

from ._base import Record
from .business import Business
from .patient import Patient
from .resource import Resource

__all__ = ["Business", "Patient", "Record", "Resource"]
