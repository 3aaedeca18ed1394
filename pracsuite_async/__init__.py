"""Async Python SDK for the PracSuite practice-management REST API."""

from ._availability import AvailabilityArguments
from ._changes import Change, ChangeKind, Checkpoint
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
from ._namespace import CallOptions, ListOptions, Namespace, PageOptions
from ._pagination import AsyncPager, ItemStream, OnChange, Page, PageLinks, PageStream
from ._params import NOT_GIVEN, NotGiven
from ._query import Filter, FilterFormat
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy
from ._tags import _generated as _tags_generated
from ._tags._generated import *  # noqa: F403  (one namespace class per tag)
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
    "AvailabilityArguments",
    "BadRequestError",
    "BookEntryKind",
    "CallOptions",
    "Change",
    "ChangeKind",
    "Checkpoint",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "Filter",
    "FilterFormat",
    "InternalServerError",
    "ItemStream",
    "ListOptions",
    "LocalDateTime",
    "Model",
    "Namespace",
    "NotFoundError",
    "NotGiven",
    "OnChange",
    "Page",
    "PageLinks",
    "PageOptions",
    "PageStream",
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
__all__ += _tags_generated.__all__
