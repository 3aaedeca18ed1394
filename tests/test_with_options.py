"""``ps.with_options(...)``: a view with other call defaults, sharing everything else."""

from __future__ import annotations

import pytest

from pracsuite_async import (
    APITimeoutError,
    AsyncPracSuite,
    ClientClosedError,
    ConfigurationError,
    InternalServerError,
    PracSuiteValueError,
    ResponseTooLargeError,
)
from pracsuite_async.sandbox import Fault, Sandbox


async def test_max_retries_is_the_views_default_and_a_calls_own_still_wins(
    sandbox: Sandbox, client: AsyncPracSuite
) -> None:
    strict = client.with_options(max_retries=0)
    sandbox.inject(Fault("status", status=503))
    with pytest.raises(InternalServerError):
        await strict.patients.get(1)
    sandbox.inject(Fault("status", status=503))
    assert (await client.patients.get(1)).client_id == 1  # the original still retries
    sandbox.inject(Fault("status", status=503))
    assert (await strict.patients.get(1, max_retries=1)).client_id == 1
    sandbox.inject(Fault("status", status=503))
    with pytest.raises(InternalServerError):
        await strict.patients.list().to_list()  # lists too
    assert client.retry_count == strict.retry_count == 2  # one retry policy, one count


async def test_timeout_is_the_views_default(sandbox: Sandbox, client: AsyncPracSuite) -> None:
    hasty = client.with_options(timeout=0.2, max_retries=0)
    sandbox.inject(Fault("stall", path_contains="/patient/2"))
    with pytest.raises(APITimeoutError):
        await hasty.patients.get(2)
    raw = await hasty.request("GET", "/patient/3")
    assert raw["client_id"] == 3


async def test_a_view_shares_the_limiter_the_pool_and_close(
    sandbox: Sandbox, client: AsyncPracSuite
) -> None:
    view = client.with_options(max_retries=1)
    assert isinstance(view, AsyncPracSuite)
    assert view.rate_limiter is client.rate_limiter
    assert view.base_url == client.base_url
    assert view.patients is not client.patients
    await view.patients.get(1)
    await client.close()
    assert view.closed
    with pytest.raises(ClientClosedError):
        await view.patients.get(1)


async def test_max_response_bytes_is_the_views_limit(client: AsyncPracSuite) -> None:
    small = client.with_options(max_response_bytes=200)
    with pytest.raises(ResponseTooLargeError) as caught:
        await small.patients.get(1)  # a 72-field patient is over 1 KB
    assert caught.value.limit == 200
    with pytest.raises(ResponseTooLargeError):
        await small.patients.list(page_size=5).to_list()
    assert (await client.patients.get(1)).client_id == 1  # the client keeps its own limit
    unbounded = small.with_options(max_response_bytes=None)
    assert len(await unbounded.patients.list(limit=5).to_list()) == 5


def test_bad_options_are_refused_at_once(client: AsyncPracSuite) -> None:
    with pytest.raises(PracSuiteValueError, match="max_retries"):
        client.with_options(max_retries=-1)
    with pytest.raises(ConfigurationError, match="timeout"):
        client.with_options(timeout="soon")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="max_response_bytes"):
        client.with_options(max_response_bytes=0)
