"""Error responses become typed exceptions carrying status, body, request and request_id."""

import copy
import json
import pickle
from collections.abc import Callable

import pytest

import pracsuite_async
from pracsuite_async import (
    APIConnectionError,
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
    ResponseTooLargeError,
    ResponseValidationError,
    UnexpectedStatusError,
    UnprocessableEntityError,
    WriteOutcomeUnknownError,
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
    ("raw", "body", "message"),
    [
        (b"<html>Bad Gateway</html>", "<html>Bad Gateway</html>", "502: <html>Bad Gateway</html>"),
        (b"", None, "502"),
        (
            b'{"message": "Internal server error"}',
            {"message": "Internal server error"},
            "502: Internal server error",
        ),
        (b'["odd"]', ["odd"], "502"),
        (b'{"error": "flat string"}', {"error": "flat string"}, "502: flat string"),
    ],
)
def test_other_body_shapes_are_kept_without_failing(raw: bytes, body: object, message: str) -> None:
    err = status_error(status=502, request=REQUEST, raw_body=raw, headers={})
    assert isinstance(err, InternalServerError)
    assert err.body == body
    assert err.code is None
    assert err.detail is None
    assert err.request_id is None
    assert str(err) == f"{message} [GET https://api.pracsuite.com/v1/patient/9?page=1]"


@pytest.mark.parametrize(
    ("status", "raw", "explanation"),
    [
        # error.detail wins over everything else
        (
            400,
            b'{"error": {"code": "INVALID_PARAMS", "title": "T", "detail": "D"}, "message": "M"}',
            "D",
        ),
        # the title-only shape of the middle docs generation
        (
            422,
            b'{"error": {"code": "INVALID_REQUEST", "title": "surname is required"}}',
            "surname is required",
        ),
        (400, b'{"error": {"code": "X", "detail": "  ", "title": "blank detail"}}', "blank detail"),
        (400, b'{"error": "bad things", "message": "more"}', "bad things"),
        # API Gateway answers its own errors as {"message": ...}
        (401, b'{"message": "Unauthorized"}', "Unauthorized"),
        (429, b'{"message": "Too Many Requests"}', "Too Many Requests"),
        (400, b'{"error": {"code": "X"}, "message": "from the top"}', "from the top"),
        (
            503,
            b"upstream\r\n  connect error\tor disconnect",
            "upstream connect error or disconnect",
        ),
        (400, b"\xff\xfe\x00bad", "\ufffd\ufffd bad"),
    ],
)
def test_the_servers_explanation_is_found_wherever_it_is(
    status: int, raw: bytes, explanation: str
) -> None:
    err = status_error(status=status, request=REQUEST, raw_body=raw, headers={})
    assert err.server_message == explanation
    assert f"{status}" in str(err)
    assert f": {explanation}" in str(err)
    assert "\n" not in str(err)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"error": {"code": "X"}}', "400 X"),
        (b'{"message": 5, "error": {"detail": null}}', "400"),
        (b"[1, 2]", "400"),
        (b"  \n ", "400"),
    ],
)
def test_no_explanation_leaves_just_the_status_and_code(raw: bytes, message: str) -> None:
    err = status_error(status=400, request=REQUEST, raw_body=raw, headers={})
    assert err.server_message is None
    assert str(err) == f"{message} [{REQUEST}]"


def test_a_long_text_body_is_quoted_as_one_short_line() -> None:
    page = b"<html>\n<head><title>502 Bad Gateway</title></head>\n<body>" + b"x" * 5000 + b"</body>"
    err = status_error(status=502, request=REQUEST, raw_body=page, headers={})
    assert err.server_message is not None
    assert len(err.server_message) == 200
    assert err.server_message.startswith("<html> <head><title>502 Bad Gateway</title></head>")
    assert err.server_message.endswith("\u2026")
    assert "\n" not in str(err)
    assert err.body == page.decode()  # the whole body is still there


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


@pytest.mark.parametrize(
    "validation",
    [
        [{"field": "surname", "message": "is required"}, {"field": "email", "message": "bad"}],
        {"surname": "is required", "email": "bad"},
    ],
)
def test_validation_messages_are_read_from_a_list_or_a_mapping(validation: object) -> None:
    body = {"error": {"code": "INVALID_REQUEST", "detail": "invalid", "validation": validation}}
    err = status_error(status=422, request=REQUEST, raw_body=json.dumps(body).encode(), headers={})
    assert err.validation == {"surname": "is required", "email": "bad"}
    assert "422 INVALID_REQUEST: invalid (surname: is required; email: bad)" in str(err)


def test_a_field_with_several_messages_keeps_them_all() -> None:
    body = {"error": {"validation": {"email": ["is required", "must be an address"]}}}
    err = status_error(status=422, request=REQUEST, raw_body=json.dumps(body).encode(), headers={})
    assert err.validation == {"email": "is required; must be an address"}


@pytest.mark.parametrize("validation", ["surname is required", 5, [["surname"]], None])
def test_other_validation_shapes_are_ignored(validation: object) -> None:
    body = {"error": {"detail": "invalid", "validation": validation}}
    err = status_error(status=422, request=REQUEST, raw_body=json.dumps(body).encode(), headers={})
    assert err.validation == {}
    assert "422: invalid [GET" in str(err)


# --------------------------------------------------------------------------------------------
# Every exported exception survives pickle (Celery, multiprocessing) and copy

WRITE = RequestInfo(method="POST", url="https://api.pracsuite.com/v1/patient")


def sample(cls: type[BaseException]) -> BaseException:
    """An instance of an exported exception class, built as the SDK builds it."""
    if issubclass(cls, APIStatusError):
        body = json.dumps(
            {
                "error": {"code": "CODE", "detail": "why", "validation": {"surname": "needed"}},
                "request_id": "rid-9",
            }
        ).encode()
        return status_error(
            status=STATUS_OF[cls], request=REQUEST, raw_body=body, headers={"Retry-After": "3"}
        )
    if issubclass(cls, APIConnectionError):
        return cls("connection failed", request=WRITE)
    if cls is ResponseTooLargeError:
        return cls("the body passed max_response_bytes=10", request=REQUEST, limit=10)
    if cls is ResponseValidationError:
        return ResponseValidationError(
            "response is not JSON", request=WRITE, status=201, headers={"X": "1"}, body=b"<"
        )
    return cls("something went wrong")


STATUS_OF: dict[type[BaseException], int] = {
    APIStatusError: 418,
    BadRequestError: 400,
    AuthenticationError: 401,
    PermissionDeniedError: 403,
    NotFoundError: 404,
    ConflictError: 409,
    UnprocessableEntityError: 422,
    RateLimitError: 429,
    InternalServerError: 503,
    UnexpectedStatusError: 302,
}

EXPORTED = sorted(
    (
        obj
        for name in pracsuite_async.__all__
        if isinstance(obj := getattr(pracsuite_async, name), type)
        and issubclass(obj, BaseException)
    ),
    key=lambda cls: cls.__name__,
)


def test_the_table_covers_every_exported_exception() -> None:
    assert len(EXPORTED) >= 20
    assert set(STATUS_OF) - {APIStatusError} == {
        c for c in EXPORTED if issubclass(c, APIStatusError) and c is not APIStatusError
    }


def state(exc: BaseException) -> tuple[object, ...]:
    return (type(exc), exc.args, str(exc), vars(exc))


@pytest.mark.parametrize("cls", EXPORTED, ids=lambda cls: cls.__name__)
@pytest.mark.parametrize(
    "clone",
    [
        pytest.param(lambda e: pickle.loads(pickle.dumps(e)), id="pickle"),
        pytest.param(lambda e: pickle.loads(pickle.dumps(e, protocol=0)), id="pickle-0"),
        pytest.param(copy.copy, id="copy"),
        pytest.param(copy.deepcopy, id="deepcopy"),
    ],
)
def test_every_exception_survives_pickle_and_copy(
    cls: type[BaseException], clone: Callable[[BaseException], BaseException]
) -> None:
    original = sample(cls)
    if cls is not APIStatusError:  # the base is built by status_error as its subclass
        assert type(original) is cls
    copied = clone(original)
    assert copied is not original
    assert state(copied) == state(original)


def test_a_pickled_status_error_keeps_every_attribute() -> None:
    original = sample(RateLimitError)
    assert isinstance(original, RateLimitError)
    copied = pickle.loads(pickle.dumps(original))
    assert isinstance(copied, RateLimitError)
    assert (copied.status, copied.code, copied.detail, copied.request_id) == (
        429,
        "CODE",
        "why",
        "rid-9",
    )
    assert copied.request == REQUEST
    assert copied.body == original.body
    assert copied.validation == {"surname": "needed"}
    assert copied.retry_after == 3.0
    assert (copied.method, copied.url) == ("GET", REQUEST.url)


def test_a_pickled_response_validation_error_keeps_the_response() -> None:
    copied = pickle.loads(pickle.dumps(sample(ResponseValidationError)))
    assert isinstance(copied, ResponseValidationError)
    assert (copied.status, copied.headers, copied.body) == (201, {"X": "1"}, b"<")
    assert copied.request == WRITE
    assert copied.write_accepted
    assert "the server accepted the request (status 201)" in str(copied)


def test_a_pickled_connection_error_keeps_its_request() -> None:
    copied = pickle.loads(pickle.dumps(sample(WriteOutcomeUnknownError)))
    assert isinstance(copied, WriteOutcomeUnknownError)
    assert copied.request == WRITE
    assert str(copied) == f"connection failed ({WRITE})"


def test_notes_survive_pickle() -> None:
    original = sample(NotFoundError)
    original.add_note("while syncing clinic 7")
    assert pickle.loads(pickle.dumps(original)).__notes__ == ["while syncing clinic 7"]
