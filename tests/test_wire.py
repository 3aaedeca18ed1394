"""What goes over the wire: headers, query values, redirects, which failures are re-sent, and
how the shared rate recovers after a 429. Real HTTP against the sandbox or a local app."""

from __future__ import annotations

import socket

import pytest
from aiohttp import web

from pracsuite_async import (
    APIConnectionError,
    AsyncPracSuite,
    PaginationError,
    RateLimitError,
    UnexpectedStatusError,
    WriteOutcomeUnknownError,
    __version__,
)
from pracsuite_async.sandbox import Fault, Sandbox

from ._dates import coming_monday
from .conftest import app_serving, client_at, client_for

MONDAY = coming_monday()


# --------------------------------------------------------------------------------------------
# Redirects are never followed: the keys must not travel to another server


async def test_a_redirect_is_not_followed_and_raises_the_typed_error() -> None:
    elsewhere: list[str] = []

    async def other_server(request: web.Request) -> web.Response:
        elsewhere.append(request.path_qs)
        return web.json_response({"client_id": 9, "first_name": "Mallory"})

    api: list[str] = []
    async with app_serving(other_server) as other_url:

        async def redirecting_api(request: web.Request) -> web.Response:
            api.append(request.path_qs)
            return web.Response(status=302, headers={"Location": f"{other_url}/steal"})

        async with (
            app_serving(redirecting_api) as api_url,
            client_at(f"{api_url}/v1/") as ps,
        ):
            with pytest.raises(UnexpectedStatusError) as info:
                await ps.patients.get(9)

    assert elsewhere == []  # the second server received nothing at all
    assert api == ["/v1/patient/9"]  # asked once: a redirect is not retried either
    err = info.value
    assert err.status == 302
    assert err.headers["Location"] == f"{other_url}/steal"
    assert (err.method, err.url) == ("GET", f"{api_url}/v1/patient/9")
    assert str(err).startswith("302")
    assert ps.retry_count == 0


async def test_a_next_link_to_another_server_is_not_followed() -> None:
    """A list page without total_entries is followed by its links.next; one pointing off the
    API host would hand that host both keys, so the pull stops before sending anything."""
    elsewhere: list[str] = []

    async def other_server(request: web.Request) -> web.Response:
        elsewhere.append(request.path_qs)
        return web.json_response({"clients": [], "links": {}})

    async with app_serving(other_server) as other_url:

        async def api(request: web.Request) -> web.Response:
            return web.json_response(
                {
                    "clients": [{"client_id": 1}],
                    "links": {"next": f"{other_url}/v1/patient?page=2&page_size=50"},
                }
            )

        async with app_serving(api) as api_url, client_at(f"{api_url}/v1/") as ps:
            pages = ps.patients.list().pages()
            first = await anext(pages)
            assert [p.client_id for p in first] == [1]
            with pytest.raises(PaginationError, match="leads off the API host"):
                await anext(pages)

    assert elsewhere == []  # the other server received nothing: no keys, no request


# --------------------------------------------------------------------------------------------
# Which failed writes are re-sent


async def test_a_write_that_never_connected_is_retried_then_raises_connection_error() -> None:
    # A socket bound but not listening: every connect is refused, and no other process can
    # take the port while the test holds it.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
        async with client_at(f"http://127.0.0.1:{port}/v1/", max_retries=2) as ps:
            with pytest.raises(APIConnectionError) as info:
                await ps.patients.create(first_name="Ada", surname="Lovelace")
            # Nothing was sent, so re-sending cannot apply the write twice: 1 + 2 retries.
            assert ps.retry_count == 2
    assert type(info.value) is APIConnectionError
    assert str(info.value).startswith("could not connect: ")
    request = info.value.request
    assert (request.method, request.url) == ("POST", f"http://127.0.0.1:{port}/v1/patient")


async def test_a_write_whose_connection_drops_after_sending_is_not_retried(
    sandbox: Sandbox,
) -> None:
    before = sandbox.dataset.size("patient")
    sandbox.inject(Fault("reset", path_contains="/v1/patient"))
    async with client_for(sandbox, max_retries=2) as ps:
        with pytest.raises(WriteOutcomeUnknownError) as info:
            await ps.patients.create(first_name="Ada", surname="Lovelace")
        assert ps.retry_count == 0
    assert "it may or may not have been applied and was not re-sent" in str(info.value)
    assert str(info.value).startswith("connection failed: ")
    assert (info.value.request.method, info.value.request.url) == ("POST", f"{sandbox.url}patient")
    assert [(r.method, r.path_qs, r.fault) for r in sandbox.stats.request_log] == [
        ("POST", "/v1/patient", "reset")
    ]
    assert sandbox.dataset.size("patient") == before


# --------------------------------------------------------------------------------------------
# The shared rate comes back up after a 429


async def test_the_rate_recovers_as_successes_follow_a_429(sandbox: Sandbox) -> None:
    async with client_for(sandbox, requests_per_second=None) as ps:
        limiter = ps.rate_limiter
        for _ in range(10):  # some sending, so the limiter has a send rate to lower
            await ps.resources.get(1)
        assert limiter.current_rate is None  # unbounded until the server objects

        sandbox.inject(Fault("status", status=429))
        with pytest.raises(RateLimitError):
            await ps.resources.get(1, max_retries=0)
        lowered = limiter.current_rate
        assert lowered is not None
        assert limiter.throttle_count == 1

        rates = []
        for n in range(2, 12):
            assert (await ps.resources.get(n)).resource_id == n
            rates.append(limiter.current_rate)
    # Each success lets the rate grow along the curve (time only moves forward), so the
    # sequence strictly rises from the lowered rate; without recovery it would stay put.
    assert all(r is not None for r in rates)
    assert [lowered, *rates] == sorted({lowered, *rates})
    assert limiter.throttle_count == 1
    assert sandbox.stats.status_counts == {200: 20, 429: 1}


# --------------------------------------------------------------------------------------------
# Headers and query values as the server receives them (key values are redacted in the log)


async def test_every_request_sends_accept_and_user_agent_and_writes_send_json(
    sandbox: Sandbox,
) -> None:
    async with client_for(sandbox, user_agent="clinic-sync/2.1") as ps:
        await ps.resources.get(4)
        created = await ps.patients.create(first_name="Ada", surname="Lovelace")
        await ps.patients.update(created.client_id, first_name="Augusta")
    log = sandbox.stats.request_log
    assert [(r.method, r.status) for r in log] == [("GET", 200), ("POST", 201), ("PATCH", 200)]
    get, post, patch = (r.headers for r in log)
    for headers in (get, post, patch):
        assert headers["Accept"] == "application/json"
        agent = headers["User-Agent"]
        assert agent.startswith(f"clinic-sync/2.1 pracsuite-async/{__version__} aiohttp/")
        # Both keys are sent (their values are hidden by the sandbox's log).
        assert headers["x-api-key"] == headers["A-api-key"] == "<redacted>"
    assert "Content-Type" not in get
    assert post["Content-Type"] == "application/json"
    assert patch["Content-Type"] == "application/json"


@pytest.mark.parametrize(("online", "sent"), [(True, "online=true"), (False, "online=false")])
async def test_boolean_query_values_go_out_lower_case(
    client: AsyncPracSuite, sandbox: Sandbox, online: bool, sent: str
) -> None:
    slots = await client.available_appointments.list(
        from_=MONDAY, to=MONDAY, appointment_type_id=1, online=online, page_size=100
    ).to_list()
    assert slots  # the sandbox accepted the value and answered with times
    assert {s.app_time.date() for s in slots} == {MONDAY}
    (first, *_) = sandbox.stats.request_log
    assert first.status == 200
    query = first.path_qs.split("?", 1)[1].split("&")
    assert sent in query
    assert {p for p in query if p.startswith("online=")} == {sent}
