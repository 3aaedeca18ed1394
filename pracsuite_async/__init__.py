"""Async Python SDK for the PracSuite practice-management REST API."""

from ._changes import Change, Checkpoint
from ._client import AsyncPracSuite
from ._config import DEFAULT_BASE_URL, Timeout
from ._convert import LocalDateTime
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
    PermissionDeniedError,
    PracSuiteError,
    PracSuiteValueError,
    RateLimitError,
    RecordSetChangedError,
    RecordSetChangedWarning,
    RequestInfo,
    ResponseValidationError,
    UnexpectedStatusError,
    UnprocessableEntityError,
    WriteOutcomeUnknownError,
)
from ._models import BookEntryKind, Model, Record, _generated
from ._models._generated import *  # noqa: F403  (one class per schema, in _generated.__all__)
from ._pagination import AsyncPager, Page, PageLinks
from ._params import NOT_GIVEN, NotGiven
from ._query import Filter, FilterFormat
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncPracSuite",
    "AuthenticationError",
    "BadRequestError",
    "BookEntryKind",
    "Change",
    "Checkpoint",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "Filter",
    "FilterFormat",
    "InternalServerError",
    "LocalDateTime",
    "Model",
    "NotFoundError",
    "NotGiven",
    "Page",
    "PageLinks",
    "PaginationError",
    "PermissionDeniedError",
    "PracSuiteError",
    "PracSuiteValueError",
    "RateLimitError",
    "RateLimiter",
    "Record",
    "RecordSetChangedError",
    "RecordSetChangedWarning",
    "RequestInfo",
    "ResponseValidationError",
    "RetryPolicy",
    "Timeout",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "WriteOutcomeUnknownError",
    "__version__",
]
__all__ += _generated.__all__  # the form type checkers follow
