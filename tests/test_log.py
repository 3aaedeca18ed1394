"""Log lines of the request path: what they say, what they never say, and PRACSUITE_LOG."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from aiohttp import web
from yarl import URL

from pracsuite_async import AsyncPracSuite, ConfigurationError, Filter, Request, Timeout
from pracsuite_async._log import (
    log_request,
    log_response,
    log_retry,
    log_throttled,
    logger,
    target,
)
from pracsuite_async._redact import redact_filter

from .conftest import app_serving, client_at

EMAIL = "jane.doe@example.com"
URL_WITH_PHI = URL("https://api.pracsuite.com/v1/patient").with_query(
    [("page", "2"), ("q[]", f"email:={EMAIL}"), ("q[]", "date_of_birth:>=1990-01-02")]
)
GET_WITH_PHI = Request(method="GET", url=URL_WITH_PHI, headers={}, timeout=Timeout())


@pytest.fixture
def sdk_logger_level() -> Iterator[None]:
    before = logger.level
    yield
    logger.setLevel(before)


@pytest.mark.parametrize(
    ("condition", "shown"),
    [
        ("email:=jane@example.com", "email:=<redacted>"),
        ("surname:~smi", "surname:~<redacted>"),
        ("created:>=2026-01-01T00:00:00Z", "created:>=<redacted>"),
        ("archived:!=true", "archived:!=<redacted>"),
        ("odd:value", "odd:<redacted>"),
        ("no colon at all", "<redacted>"),
    ],
)
def test_a_filter_keeps_its_field_and_operator_only(condition: str, shown: str) -> None:
    assert redact_filter(condition) == shown


def test_the_target_is_the_path_and_the_query_without_filter_values() -> None:
    assert target(URL_WITH_PHI) == (
        "/v1/patient?page=2&q[]=email:=<redacted>&q[]=date_of_birth:>=<redacted>"
    )
    assert target(URL("https://api.pracsuite.com/v1/patient/7")) == "/v1/patient/7"


def test_each_line_names_method_path_status_time_request_id_and_attempt(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG, logger="pracsuite_async"):
        log_request(GET_WITH_PHI, attempt=1)
        log_response(GET_WITH_PHI, status=503, elapsed=0.0123, request_id="req-1", attempt=1)
        log_retry(
            GET_WITH_PHI,
            reason="503",
            delay=0.25,
            attempt=2,
            attempts=4,
            request_id="req-1",
        )
        log_throttled(GET_WITH_PHI, pause=2.0, request_id="req-2", attempt=2)
    request, response, retry, throttle = caplog.records
    path = "/v1/patient?page=2&q[]=email:=<redacted>&q[]=date_of_birth:>=<redacted>"
    assert (request.levelno, request.getMessage()) == (
        logging.DEBUG,
        f"request GET {path} attempt 1",
    )
    assert (
        response.getMessage() == f"response GET {path} -> 503 in 0.012s request_id=req-1 attempt 1"
    )
    assert (retry.levelno, retry.getMessage()) == (
        logging.INFO,
        f"retrying GET {path} after 503 in 0.25s (attempt 2 of 4) request_id=req-1",
    )
    assert throttle.levelno == logging.INFO
    assert "req-2" in throttle.getMessage()
    assert "2.00s" in throttle.getMessage()
    fields = {k: getattr(response, k) for k in ("http_method", "http_path", "http_status")}
    assert fields == {"http_method": "GET", "http_path": path, "http_status": 503}
    assert (response.request_id, response.attempt, response.elapsed) == ("req-1", 1, 0.0123)
    assert EMAIL not in caplog.text
    assert "1990" not in caplog.text


def test_nothing_is_formatted_when_the_level_is_off(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="pracsuite_async"):
        log_request(GET_WITH_PHI, attempt=1)
        log_retry(GET_WITH_PHI, reason="503", delay=0, attempt=2, attempts=4, request_id=None)
    assert caplog.records == []


@pytest.mark.usefixtures("sdk_logger_level")
@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), (" INFO ", logging.INFO)])
def test_pracsuite_log_sets_the_level_without_code(value: str, level: int) -> None:
    logger.setLevel(logging.NOTSET)
    AsyncPracSuite("v", "a", environ={"PRACSUITE_LOG": value})
    assert logger.level == level


@pytest.mark.usefixtures("sdk_logger_level")
def test_pracsuite_log_unset_leaves_logging_alone() -> None:
    logger.setLevel(logging.WARNING)
    AsyncPracSuite("v", "a", environ={})
    AsyncPracSuite("v", "a", environ={"PRACSUITE_LOG": ""})
    assert logger.level == logging.WARNING


def test_a_bad_pracsuite_log_is_a_clear_error() -> None:
    with pytest.raises(ConfigurationError, match="PRACSUITE_LOG must be one of debug, info"):
        AsyncPracSuite("v", "a", environ={"PRACSUITE_LOG": "verbose"})


async def test_a_retried_call_logs_each_attempt_with_its_request_id_and_no_phi(
    caplog: pytest.LogCaptureFixture,
) -> None:
    answers = [
        web.json_response(
            {"error": {"code": "SERVICE_UNAVAILABLE"}, "request_id": "body-1"}, status=503
        ),
        web.json_response(
            {"error": {"code": "TOO_MANY_REQUESTS"}},
            status=429,
            headers={"x-amzn-RequestId": "gw-2", "Retry-After": "0"},
        ),
        web.json_response(
            {"clients": [], "total_entries": 0}, headers={"x-amzn-RequestId": "gw-3"}
        ),
    ]

    async def handler(request: web.Request) -> web.Response:
        return answers.pop(0)

    async with app_serving(handler) as url, client_at(url + "/v1/", backoff_base=0) as ps:
        with caplog.at_level(logging.DEBUG, logger="pracsuite_async"):
            found = await ps.patients.list(filters=[Filter.eq("email", EMAIL)]).to_list()
    assert found == []
    lines = [(r.levelname, r.getMessage()) for r in caplog.records]
    path = "/v1/patient?page=1&page_size=50&q[]=email:=<redacted>"
    assert [level for level, _ in lines] == [
        "DEBUG", "DEBUG", "INFO",  # attempt 1: 503
        "DEBUG", "DEBUG", "INFO", "INFO",  # attempt 2: 429 pauses the client, then a retry
        "DEBUG", "DEBUG",  # attempt 3: 200
    ]  # fmt: skip
    assert lines[0][1] == f"request GET {path} attempt 1"
    assert lines[1][1].startswith(f"response GET {path} -> 503 in ")
    assert lines[1][1].endswith(" request_id=body-1 attempt 1")
    assert lines[2][1].startswith(f"retrying GET {path} after 503 in ")
    assert lines[2][1].endswith("(attempt 2 of 4) request_id=body-1")
    assert lines[5][1].startswith(f"throttled: GET {path} -> 429")
    assert lines[5][1].endswith("request_id=gw-2")
    assert lines[6][1].endswith("(attempt 3 of 4) request_id=gw-2")
    assert lines[8][1].endswith(" request_id=gw-3 attempt 3")
    assert [r.attempt for r in caplog.records] == [1, 1, 2, 2, 2, 2, 3, 3, 3]
    assert EMAIL not in caplog.text
    assert "example.com" not in caplog.text


@pytest.mark.parametrize(
    "opt_in",
    [{"show_phi": True}, {"environ": {"PRACSUITE_SHOW_PHI": "1"}}],
    ids=["show_phi", "PRACSUITE_SHOW_PHI"],
)
async def test_a_client_that_opts_in_logs_the_filter_values(
    caplog: pytest.LogCaptureFixture, opt_in: dict[str, object]
) -> None:
    answers = [
        web.json_response({"error": {"code": "SERVICE_UNAVAILABLE"}}, status=503),
        web.json_response({"clients": [], "total_entries": 0}),
    ]

    async def handler(request: web.Request) -> web.Response:
        return answers.pop(0)

    async with (
        app_serving(handler) as url,
        client_at(url + "/v1/", backoff_base=0, **opt_in) as ps,
    ):
        with caplog.at_level(logging.DEBUG, logger="pracsuite_async"):
            await ps.patients.list(filters=[Filter.eq("email", EMAIL)]).to_list()
    shown = f"/v1/patient?page=1&page_size=50&q[]=email:={EMAIL}"
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 5  # request, 503, retry, request, 200
    assert all(shown in message for message in messages)
