"""One namespace per API tag, generated from the spec (see ``_spec/codegen.py``)."""

from ._generated import METHODS, NAMESPACES, OPERATIONS, Namespaces

__all__ = ["METHODS", "NAMESPACES", "OPERATIONS", "Namespaces"]
