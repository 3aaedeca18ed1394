"""Error responses become typed exceptions carrying status, body, request and request_id."""

import json

import pytest

from pracsuite_async import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PracSuiteError,
    RateLimitError,
    RequestInfo,
    UnexpectedStatusError,
    UnprocessableEntityError,
)
from pracsuite_async._errors import status_error

REQUEST = RequestInfo(method="GET", url="https://api.pracsuite.com/v1/patient/9?page=1")


def docs_body(status: int, code: str, detail: str) -> bytes:
    return json.dumps(
        {"error": {"status": status, "code": code, "detail": detail}, "request_id": "req-123"}
    ).encode()


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, "INVALID_PARAMS", BadRequestError),
        (401, "UNAUTHORIZED", AuthenticationError),
        (403, "MISSING_AUTHENTICATION_TOKEN", PermissionDeniedError),
        (404, "NOT_FOUND", NotFoundError),
        (409, "CONFLICT", ConflictError),
        (422, "INVALID_APPOINTMENT", UnprocessableEntityError),
        (429, "TOO_MANY_REQUESTS", RateLimitError),
        (500, "SERVER_ERROR", InternalServerError),
        (502, "BAD_GATEWAY", InternalServerError),
        (503, "UNAVAILABLE", InternalServerError),
        (504, "TIMEOUT", InternalServerError),
        (418, "TEAPOT", UnexpectedStatusError),
        (302, "MOVED", UnexpectedStatusError),
    ],
)
def test_each_status_maps_to_its_class_with_the_parsed_body(
    status: int, code: str, cls: type[APIStatusError]
) -> None:
    raw = docs_body(status, code, "something went wrong")
    err = status_error(status=status, request=REQUEST, raw_body=raw, headers={})
    assert type(err) is cls
    assert isinstance(err, PracSuiteError)
    assert err.status == status
    assert err.body == json.loads(raw)
    assert err.code == code
    assert err.detail == "something went wrong"
    assert err.request_id == "req-123"
    assert err.request is REQUEST
    assert (err.method, err.url) == ("GET", REQUEST.url)
    assert f"{status} {code}: something went wrong" in str(err)
    assert "req-123" in str(err)


def test_401_body_quirk_does_not_change_the_class() -> None:
    # The docs' 401 example body says error.status 403; the HTTP status decides.
    err = status_error(
        status=401, request=REQUEST, raw_body=docs_body(403, "UNAUTHORIZED", "no"), headers={}
    )
    assert isinstance(err, AuthenticationError)
    assert "x-api-key" in str(err)


def test_missing_token_403_names_both_possible_causes() -> None:
    err = status_error(
        status=403,
        request=REQUEST,
        raw_body=docs_body(403, "MISSING_AUTHENTICATION_TOKEN", "Missing token"),
        headers={},
    )
    assert "API key header is missing or this path does not exist" in str(err)


@pytest.mark.parametrize(
    ("raw", "body"),
    [
        (b"<html>Bad Gateway</html>", "<html>Bad Gateway</html>"),
        (b"", None),
        (b'{"message": "Internal server error"}', {"message": "Internal server error"}),
        (b'["odd"]', ["odd"]),
        (b'{"error": "flat string"}', {"error": "flat string"}),
    ],
)
def test_other_body_shapes_are_kept_without_failing(raw: bytes, body: object) -> None:
    err = status_error(status=502, request=REQUEST, raw_body=raw, headers={})
    assert isinstance(err, InternalServerError)
    assert err.body == body
    assert err.code is None
    assert err.request_id is None
    assert str(err).startswith("502 [GET https://api.pracsuite.com/v1/patient/9?page=1]")


def test_rate_limit_error_exposes_retry_after() -> None:
    err = status_error(status=429, request=REQUEST, raw_body=b"", headers={"Retry-After": "7"})
    assert isinstance(err, RateLimitError)
    assert err.retry_after == 7.0


def test_a_422_carries_the_per_field_messages_of_error_validation() -> None:
    body = (
        b'{"error": {"status": 422, "code": "INVALID_BODY", "detail": "The body is invalid.",'
        b' "validation": [{"field": "surname", "message": "The surname field is required."}]},'
        b' "request_id": "r-1"}'
    )
    error = status_error(
        status=422,
        request=RequestInfo(method="POST", url="https://api.pracsuite.com/v1/patient"),
        raw_body=body,
        headers={},
    )
    assert isinstance(error, UnprocessableEntityError)
    assert error.code == "INVALID_BODY"
    assert error.validation == {"surname": "The surname field is required."}
    assert "surname: The surname field is required." in str(error)
