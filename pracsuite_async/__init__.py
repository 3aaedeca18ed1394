"""Async Python SDK for the PracSuite practice-management REST API.

The client (:class:`AsyncPracSuite`), its pager and page types, :class:`Filter`,
:class:`Checkpoint`/:class:`Change`, the errors, the :class:`RateLimiter` (and its
:class:`QuotaUsage`), ``NOT_GIVEN`` and
:class:`Timeout`; every record type is in :mod:`pracsuite_async.types`.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

from ._version import __version__

if TYPE_CHECKING:
    from . import types
    from ._backend import MockBackend
    from ._changes import Change, ChangeKind, Checkpoint
    from ._client import AsyncPracSuite
    from ._config import Timeout
    from ._datatypes import Page, PageLinks, RawResponse, Request, Response
    from ._errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        InternalServerError,
        NotFoundError,
        PaginationError,
        PaginationWarning,
        PermissionDeniedError,
        PracSuiteError,
        PracSuiteValueError,
        RateLimitError,
        RecordSetChangedError,
        RecordSetChangedWarning,
        RequestInfo,
        ResponseTooLargeError,
        ResponseValidationError,
        UnexpectedStatusError,
        UnprocessableEntityError,
        WriteOutcomeUnknownError,
    )
    from ._pagination import AsyncPager
    from ._params import NOT_GIVEN
    from ._ratelimit import LimiterUnavailableError, QuotaExceededError, QuotaUsage, RateLimiter
    from ._response import APIResponse, HTTPRequest
    from ._serialize import to_jsonable
    from ._wire import Filter

_ERRORS = (
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PaginationWarning",
    "PermissionDeniedError",
    "PracSuiteError",
    "PracSuiteValueError",
    "RateLimitError",
    "RecordSetChangedError",
    "RecordSetChangedWarning",
    "RequestInfo",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "WriteOutcomeUnknownError",
)
# Where each public name lives. Modules load on first use (PEP 562), so a part that needs
# none of the client (the sandbox) imports none of it.
_HOMES: dict[str, str] = {
    "AsyncPracSuite": "._client",
    "AsyncPager": "._pagination",
    "Page": "._datatypes",
    "PageLinks": "._datatypes",
    "Response": "._datatypes",
    "Request": "._datatypes",
    "RawResponse": "._datatypes",
    "MockBackend": "._backend",
    "Filter": "._wire",
    "Change": "._changes",
    "ChangeKind": "._changes",
    "Checkpoint": "._changes",
    "RateLimiter": "._ratelimit",
    "QuotaExceededError": "._ratelimit",
    "QuotaUsage": "._ratelimit",
    "LimiterUnavailableError": "._ratelimit",
    "NOT_GIVEN": "._params",
    "Timeout": "._config",
    "to_jsonable": "._serialize",
    "APIResponse": "._response",
    "HTTPRequest": "._response",
    **dict.fromkeys(_ERRORS, "._errors"),
}

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncPracSuite",
    "AuthenticationError",
    "BadRequestError",
    "Change",
    "ChangeKind",
    "Checkpoint",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "Filter",
    "HTTPRequest",
    "InternalServerError",
    "LimiterUnavailableError",
    "MockBackend",
    "NotFoundError",
    "Page",
    "PageLinks",
    "PaginationError",
    "PaginationWarning",
    "PermissionDeniedError",
    "PracSuiteError",
    "PracSuiteValueError",
    "QuotaExceededError",
    "QuotaUsage",
    "RateLimitError",
    "RateLimiter",
    "RawResponse",
    "RecordSetChangedError",
    "RecordSetChangedWarning",
    "Request",
    "RequestInfo",
    "Response",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "Timeout",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "WriteOutcomeUnknownError",
    "__version__",
    "to_jsonable",
    "types",
]

if not TYPE_CHECKING:  # type checkers read the imports above instead

    def __getattr__(name: str) -> object:
        if name == "types":
            return _types()
        home = _HOMES.get(name)
        if home is None:
            hint = ""
            if not name.startswith("_") and name in _types().__all__:
                hint = f"; records are in pracsuite_async.types ({name} is there)"
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}{hint}")
        value = getattr(importlib.import_module(home, __name__), name)
        globals()[name] = value  # later lookups skip this function
        return value

    def _types() -> ModuleType:
        return importlib.import_module(".types", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
