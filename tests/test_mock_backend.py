"""The in-memory backend users test their own code with, and what the SDK keeps of each
response: the limiter, retries, errors, paging and decoding run as against the API."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from pracsuite_async import (
    APIConnectionError,
    APITimeoutError,
    AsyncPracSuite,
    ConfigurationError,
    InternalServerError,
    MockBackend,
    NotFoundError,
    RawResponse,
    Request,
    ResponseTooLargeError,
    WriteOutcomeUnknownError,
)

PATIENT = {"client_id": 7, "first_name": "Ada", "surname": "Lovelace"}


def client_with(handler: Callable[[Request], object], **settings: object) -> AsyncPracSuite:
    backend = MockBackend(handler)  # type: ignore[arg-type]
    return AsyncPracSuite(
        "vendor-key",
        "account-key",
        environ={},
        backend=backend,
        backoff_base=0,
        **settings,  # type: ignore[arg-type]
    )


async def test_a_get_is_answered_by_the_handler_with_the_request_as_sent() -> None:
    seen: list[Request] = []

    def answer(request: Request) -> RawResponse:
        seen.append(request)
        return RawResponse.json(PATIENT, headers={"x-amzn-RequestId": "req-1"})

    async with client_with(answer) as ps:
        patient = await ps.patients.get(7)
    assert (patient.client_id, patient.first_name) == (7, "Ada")
    (request,) = seen
    assert (request.method, str(request.url)) == ("GET", "https://api.pracsuite.com/v1/patient/7")
    assert request.headers["x-api-key"] == "vendor-key"
    assert request.headers["A-api-key"] == "account-key"


async def test_an_async_handler_answers_too_and_the_backend_lists_what_was_sent() -> None:
    async def answer(request: Request) -> RawResponse:
        return RawResponse.json(PATIENT, status=201)

    backend = MockBackend(answer)
    async with AsyncPracSuite("v", "a", environ={}, backend=backend) as ps:
        created = await ps.patients.create(first_name="Ada", surname="Lovelace")
    assert created.client_id == 7
    (request,) = backend.requests
    assert request.method == "POST"
    assert request.body is not None
    assert b'"first_name": "Ada"' in request.body


async def test_error_statuses_become_typed_errors_and_gets_are_retried() -> None:
    statuses = iter([503, 503, 404])

    def answer(request: Request) -> RawResponse:
        status = next(statuses)
        return RawResponse.json({"error": {"status": status, "code": "X"}}, status=status)

    async with client_with(answer) as ps:
        with pytest.raises(NotFoundError) as info:
            await ps.patients.get(8)
        assert ps.retry_count == 2
    assert info.value.status == 404


async def test_a_write_answered_500_is_not_re_sent() -> None:
    calls: list[Request] = []

    def answer(request: Request) -> RawResponse:
        calls.append(request)
        return RawResponse(status=500, body=b"oops")

    async with client_with(answer) as ps:
        with pytest.raises(InternalServerError):
            await ps.patients.create(first_name="Ada", surname="Lovelace")
    assert len(calls) == 1


async def test_pages_carry_their_response_and_the_limiter_observes_every_response(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = iter(
        [
            RawResponse(status=502),  # retried
            RawResponse.json(
                {"clients": [PATIENT], "total_entries": 2},
                headers={"x-amzn-requestid": "page-1"},
            ),
            RawResponse.json({"clients": [{**PATIENT, "client_id": 8}], "total_entries": 2}),
        ]
    )

    async with client_with(lambda request: next(answers)) as ps:
        observed: list[tuple[int, Mapping[str, str]]] = []
        limiter = type(ps.rate_limiter)
        observe = limiter.observe_now

        def seen(
            self: Any, permit: Any, status: int, headers: Mapping[str, str], *a: Any, **k: Any
        ) -> Any:
            observed.append((status, headers))
            return observe(self, permit, status, headers, *a, **k)

        monkeypatch.setattr(limiter, "observe_now", seen)  # a slotted class: patched on it
        pages = [p async for p in ps.patients.list(page_size=1).pages()]
    assert [status for status, _ in observed] == [502, 200, 200]  # once each, errors too
    first, second = pages
    assert first.response is not None
    assert first.response.headers is observed[1][1]
    assert first.response.request_id == "page-1"
    assert first.response.request.url.endswith("patient?page=1&page_size=1")
    assert second.response is not None
    assert second.response.request_id is None


async def test_a_handler_answering_something_else_is_a_clear_error() -> None:
    async with client_with(lambda request: {"client_id": 7}) as ps:
        with pytest.raises(ConfigurationError, match="must return a RawResponse, got dict"):
            await ps.patients.get(7)


def test_a_backend_and_a_session_together_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="either it or backend="):
        AsyncPracSuite(
            "v",
            "a",
            environ={},
            backend=MockBackend(lambda r: RawResponse(status=200)),
            session=object(),  # type: ignore[arg-type]
        )


async def test_a_handler_stands_for_network_failures_which_are_retried_and_typed() -> None:
    failures = iter([ConnectionResetError("reset by peer"), TimeoutError()])

    def flaky(request: Request) -> RawResponse:
        failure = next(failures, None)
        if failure is not None:
            raise failure
        return RawResponse.json(PATIENT)

    async with client_with(flaky) as ps:
        assert (await ps.patients.get(7)).client_id == 7
        assert ps.retry_count == 2

    def refused(request: Request) -> RawResponse:
        raise ConnectionRefusedError("connection refused")

    async with client_with(refused, max_retries=1) as ps:
        with pytest.raises(APIConnectionError, match="connection refused") as info:
            await ps.patients.get(7)
    assert not isinstance(info.value, APITimeoutError)


async def test_an_async_handler_past_the_total_timeout_is_a_timeout() -> None:
    never = asyncio.Event()

    async def stalled(request: Request) -> RawResponse:
        await never.wait()  # an answer that never comes
        return RawResponse.json(PATIENT)

    # The outer timeout is a guard, not a wait: a backend that ignores the total would hang.
    async with client_with(stalled, max_retries=0, timeout=0.01) as ps, asyncio.timeout(10):
        with pytest.raises(APITimeoutError):
            await ps.patients.get(7)
        with pytest.raises(WriteOutcomeUnknownError):
            await ps.patients.create(first_name="Ada", surname="Lovelace")


async def test_a_body_over_max_response_bytes_is_refused_as_on_the_network() -> None:
    async with client_with(lambda request: RawResponse.json(PATIENT)) as ps:
        assert (await ps.patients.get(7)).client_id == 7
        with pytest.raises(ResponseTooLargeError) as info:
            await ps.with_options(max_response_bytes=16).patients.get(7)
    assert info.value.limit == 16
