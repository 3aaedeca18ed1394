"""One vendor key, many clinics: the sandbox's vendor-wide limits and a shared RateLimiter."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import click
import pytest

from pracsuite_async import (
    AsyncPracSuite,
    ConfigurationError,
    QuotaExceededError,
    RateLimiter,
    RateLimitError,
)
from pracsuite_async.cli._sandbox import sandbox_command, sandbox_from, sandbox_process
from pracsuite_async.sandbox import Clinic, Fault, Sandbox

from .conftest import client_at, watched_sandbox


async def _get(sb: Sandbox, clinic: Clinic, path: str) -> tuple[int, Any, dict[str, str]]:
    headers = {"x-api-key": sb.vendor_key, "A-api-key": clinic.api_key}
    async with (
        aiohttp.ClientSession(headers=headers) as http,
        http.get(sb.url + path) as resp,
    ):
        return resp.status, await resp.json(content_type=None), dict(resp.headers)


def clinic_client(sb: Sandbox, clinic: Clinic, **kwargs: object) -> AsyncPracSuite:
    if "rate_limiter" in kwargs:  # it brings its own rate: the client's settings stay default
        kwargs["requests_per_second"] = 20.0
    return client_at(sb.url, vendor_key=sb.vendor_key, api_key=clinic.api_key, **kwargs)


async def test_each_clinic_has_its_own_account_key_and_data() -> None:
    async with Sandbox(clinics=3, sizes={"patient": 5}) as sb:
        assert sb.clinics[0].api_key == sb.api_key
        assert len({c.api_key for c in sb.clinics}) == 3
        names = []
        for clinic in sb.clinics:
            status, body, _ = await _get(sb, clinic, "patient/1")
            assert status == 200
            names.append(repr(sorted(body.items())))
        assert len(set(names)) == 3  # seeded separately
        stranger = Clinic(name="x", api_key="not-a-clinic", dataset=sb.dataset)
        status, body, _ = await _get(sb, stranger, "patient/1")
        assert status == 401
        assert body["error"]["code"] == "UNAUTHORIZED"


async def test_the_rate_limit_is_vendor_key_wide() -> None:
    async with Sandbox(clinics=3, rate_limit=5) as sb:
        statuses = [(await _get(sb, sb.clinics[i % 3], "business/1"))[0] for i in range(7)]
    assert statuses == [200] * 5 + [429] * 2


async def test_a_sliding_window_allows_r_in_any_second_with_no_burst_on_top() -> None:
    async with Sandbox(rate_limit=3, rate_burst=10, rate_limit_kind="sliding_window") as sb:
        answers = [await _get(sb, sb.clinics[0], "business/1") for _ in range(4)]
    assert [status for status, _, _ in answers] == [200, 200, 200, 429]
    _, body, headers = answers[-1]
    assert body["error"] == {
        "status": 429,
        "code": "TOO_MANY_REQUESTS",
        "detail": "Too Many Requests",
    }
    assert int(headers["Retry-After"]) >= 1


async def test_the_quota_answers_limit_exceeded_in_the_docs_error_shape() -> None:
    async with Sandbox(clinics=2, quota=4, quota_window=60) as sb:
        answers = [await _get(sb, sb.clinics[i % 2], "business/1") for i in range(6)]
        assert sb.quota_used == 4
    assert [status for status, _, _ in answers] == [200] * 4 + [429] * 2
    _, body, headers = answers[-1]
    assert set(body) == {"error", "request_id"}
    assert body["error"] == {"status": 429, "code": "LIMIT_EXCEEDED", "detail": "Limit Exceeded"}
    assert "Retry-After" not in headers


def test_the_standalone_sandbox_takes_the_same_options() -> None:
    args = "--clinics 3 --rate-limit 50 --rate-limit-kind sliding_window --quota 100 "
    ctx = sandbox_command.make_context("sandbox", [*args.split(), "--quota-window", "60"])
    sb = sandbox_from(ctx.params)
    assert (sb.config.clinics, sb.config.rate_limit, sb.config.rate_limit_kind) == (
        3,
        50.0,
        "sliding_window",
    )
    assert (sb.config.quota, sb.config.quota_window) == (100, 60.0)
    assert len(sb.clinics) == 3
    with pytest.raises(click.BadParameter, match="leaky"):
        sandbox_command.make_context("sandbox", ["--rate-limit-kind", "leaky"])


async def test_a_sandbox_process_tells_every_clinics_key() -> None:
    async with sandbox_process(clinics=3, limits=["--quota", "5"]) as sb:
        assert len(sb.clinic_keys) == 3
        assert sb.clinic_keys[0] == sb.api_key
        clinic = Clinic(name="c3", api_key=sb.clinic_keys[2], dataset=None)  # type: ignore[arg-type]
        headers = {"x-api-key": sb.vendor_key, "A-api-key": clinic.api_key}
        async with aiohttp.ClientSession(headers=headers) as http:
            statuses = []
            for _ in range(6):
                async with http.get(sb.url + "business/1") as resp:
                    statuses.append(resp.status)
    assert statuses == [200] * 5 + [429]


def test_a_shared_limiter_replaces_the_clients_own_settings() -> None:
    budget = RateLimiter()
    with pytest.raises(ConfigurationError, match="either rate_limiter= or"):
        AsyncPracSuite("v", "a", rate_limiter=budget, requests_per_second=5, environ={})
    with pytest.raises(ConfigurationError, match="must be a RateLimiter or RedisRateLimiter"):
        AsyncPracSuite("v", "a", rate_limiter=object(), environ={})  # type: ignore[arg-type]
    assert AsyncPracSuite("v", "a", rate_limiter=budget, environ={}).rate_limiter is budget


async def test_a_429_to_one_clinic_pauses_every_client_of_the_budget() -> None:
    sb, stats = watched_sandbox(clinics=2)
    budget = RateLimiter(max_concurrency=4, requests_per_second=None)
    async with (
        sb,
        clinic_client(sb, sb.clinics[0], rate_limiter=budget) as one,
        clinic_client(sb, sb.clinics[1], rate_limiter=budget) as two,
    ):
        sb.inject(Fault("status", status=429, retry_after=1))
        with pytest.raises(RateLimitError):
            await one.businesses.get(1, max_retries=0)
        throttled_at = stats.request_log[-1].started
        assert budget.paused_for > 0.5
        await two.businesses.get(1)
        # The other clinic's request reached the server only after the pause ended.
        assert stats.request_log[-1].started >= throttled_at + 0.9


async def test_16_requests_answered_429_together_cut_the_rate_once() -> None:
    async with Sandbox() as sb, clinic_client(sb, sb.clinics[0], max_concurrency=16) as ps:
        sb.inject(Fault("status", status=429, retry_after=1, times=16))
        got = await asyncio.gather(*(ps.businesses.get(1) for _ in range(16)))
        assert len(got) == 16
        assert ps.rate_limiter.throttle_count == 16
        assert ps.rate_limiter.throttle_events == 1


async def test_a_quota_429_raises_at_once_and_stops_every_client_of_the_budget() -> None:
    sb, stats = watched_sandbox(clinics=2, quota=3, quota_window=3600)
    budget = RateLimiter(requests_per_second=None)
    async with (
        sb,
        clinic_client(sb, sb.clinics[0], rate_limiter=budget) as one,
        clinic_client(sb, sb.clinics[1], rate_limiter=budget) as two,
    ):
        for _ in range(3):
            await one.businesses.get(1)
        with pytest.raises(QuotaExceededError, match="quota is exhausted") as caught:
            await one.businesses.get(1)
        assert caught.value.status == 429
        assert caught.value.request is not None
        assert len(stats.request_log) == 4  # not retried
        with pytest.raises(QuotaExceededError) as refused:
            await two.businesses.get(1)
        assert refused.value.status is None  # refused before sending
        assert len(stats.request_log) == 4
        assert budget.usage.blocked


async def test_the_request_after_the_quota_is_not_sent() -> None:
    sb, stats = watched_sandbox(clinics=2)
    budget = RateLimiter(requests_per_second=None, max_concurrency=16, quota_per_day=500)
    async with (
        sb,
        clinic_client(sb, sb.clinics[0], rate_limiter=budget) as one,
        clinic_client(sb, sb.clinics[1], rate_limiter=budget) as two,
    ):
        await asyncio.gather(*(c.businesses.get(1) for _ in range(250) for c in (one, two)))
        assert budget.usage.used == 500
        assert budget.usage.remaining == 0
        with pytest.raises(QuotaExceededError, match="500 of 500") as caught:
            await two.businesses.get(1)
        assert caught.value.resets_at == budget.usage.resets_at
        assert len(stats.request_log) == 500


async def test_a_single_get_overtakes_a_bulk_pull_of_another_clinic() -> None:
    sb, stats = watched_sandbox(clinics=2, sizes={"patient": 2000})
    budget = RateLimiter(max_concurrency=16, requests_per_second=50)
    async with (
        sb,
        clinic_client(sb, sb.clinics[0], rate_limiter=budget) as export,
        clinic_client(sb, sb.clinics[1], rate_limiter=budget) as webhook,
    ):

        async def pull() -> None:
            async for _ in export.patients.list(page_size=10, concurrency=16):
                pass

        pulling = asyncio.create_task(pull())
        await stats.until(lambda s: len(s.request_log) >= 5)
        assert budget.waiting >= 8  # the pull's page fetches are queued for tokens
        before = len(stats.request_log)
        await webhook.businesses.get(1)
        pages_between = [r for r in list(stats.request_log)[before:] if "patient" in r.path_qs]
        assert len(pages_between) <= 1  # at most one page admitted before the get arrived
        pulling.cancel()
        with pytest.raises(asyncio.CancelledError):
            await pulling
