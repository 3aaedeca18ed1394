"""Argument checks of every public entry point: one wording, one exception family.

Each check returns the value it accepted, so callers write ``n = check_int("limit", n,
minimum=1)``; a refusal is a :class:`PracSuiteValueError` (or the subclass a caller names,
such as :class:`ConfigurationError`) raised before anything is sent. ``bool`` is an ``int`` to
Python but never a number to the API, so it is refused wherever a number is expected.
"""

from __future__ import annotations

import math
from typing import TypeGuard

from ._errors import PracSuiteValueError


def is_int(value: object) -> TypeGuard[int]:
    """An ``int`` that is not a ``bool``."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: object) -> TypeGuard[int | float]:
    """An ``int`` or ``float`` that is not a ``bool`` (NaN and infinities included)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def describe(value: object) -> str:
    """``str: '12'``: a refused value's type and repr, for error messages."""
    return f"{type(value).__name__}: {value!r}"[:120]


def check_int(
    name: str,
    value: object,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    what: str | None = None,
    error: type[PracSuiteValueError] = PracSuiteValueError,
) -> int:
    """``value`` if it is an int within ``minimum``..``maximum`` (each bound optional).

    ``what`` words every refusal as one rule (``"an int >= 0"``) instead of naming the type
    and the bound apart.
    """
    if what is not None:
        if (
            not is_int(value)
            or not (minimum is None or value >= minimum)
            or not (maximum is None or value <= maximum)
        ):
            raise error(f"{name} must be {what}, got {value!r}")
        return value
    if not is_int(value):
        raise error(f"{name} must be an int, got {describe(value)}")
    if minimum is not None and maximum is not None and not minimum <= value <= maximum:
        raise error(f"{name} must be between {minimum} and {maximum}, got {value}")
    if minimum is not None and value < minimum:
        raise error(f"{name} must be >= {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise error(f"{name} must be <= {maximum}, got {value}")
    return value


def check_number(
    name: str,
    value: object,
    *,
    minimum: float = -math.inf,
    what: str = "a number",
    error: type[PracSuiteValueError] = PracSuiteValueError,
) -> float:
    """``value`` if it is an int or float >= ``minimum``; ``what`` names the kind in the
    message ("a number of seconds")."""
    if not is_number(value) or value < minimum:
        bound = f" >= {minimum:g}" if minimum > -math.inf else ""
        raise error(f"{name} must be {what}{bound}, got {value!r}")
    return value


def check_bool(
    name: str, value: object, *, error: type[PracSuiteValueError] = PracSuiteValueError
) -> bool:
    """``value`` if it is ``True`` or ``False`` (not 0, 1 or a string)."""
    if not isinstance(value, bool):
        raise error(f"{name} must be True or False, got {type(value).__name__}")
    return value
