"""Async Python SDK for the PracSuite practice-management REST API."""

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
from ._models import Business, Patient, Record, Resource
from ._pagination import AsyncPager, Page, PageLinks
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
    "BadRequestError",
    "Business",
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
    "Patient",
    "PermissionDeniedError",
    "PracSuiteError",
    "PracSuiteValueError",
    "RateLimitError",
    "RateLimiter",
    "Record",
    "RecordSetChangedError",
    "RecordSetChangedWarning",
    "RequestInfo",
    "Resource",
    "ResponseValidationError",
    "RetryPolicy",
    "Timeout",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "WriteOutcomeUnknownError",
    "__version__",
]
