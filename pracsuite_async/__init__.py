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
from ._models import *  # noqa: F403  (every model class, listed in _models.__all__)
from ._models import __all__ as _models_all
from ._pagination import AsyncPager, Page, PageLinks
from ._params import NOT_GIVEN, NotGiven
from ._query import Filter, FilterFormat
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncPracSuite",
    "AuthenticationError",
    "Change",
    "Checkpoint",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "Filter",
    "FilterFormat",
    "InternalServerError",
    "LocalDateTime",
    "NotFoundError",
    "Page",
    "PageLinks",
    "PaginationError",
    "PermissionDeniedError",
    "PracSuiteError",
    "PracSuiteValueError",
    "RateLimitError",
    "RateLimiter",
    "RecordSetChangedError",
    "RecordSetChangedWarning",
    "RequestInfo",
    "ResponseValidationError",
    "RetryPolicy",
    "Timeout",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "WriteOutcomeUnknownError",
    "NOT_GIVEN",
    "NotGiven",
    "__version__",
    *_models_all,
]
