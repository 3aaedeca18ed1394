"""The package as a user meets it: a public surface that fits on one screen, every record in
``pracsuite_async.types``, and a sandbox that checks the SDK without running any of it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import pracsuite_async
import pracsuite_async.types

# The SDK's runtime: what a client call goes through. The sandbox must load none of it.
RUNTIME = (
    "_aiohttp_backend",
    "_availability",
    "_backend",
    "_changes",
    "_checks",
    "_client",
    "_config",
    "_convert",
    "_core",
    "_datatypes",
    "_deadlines",
    "_decode",
    "_engine",
    "_errors",
    "_models",
    "_namespace",
    "_operations",
    "_pagination",
    "_params",
    "_ratelimit",
    "_retry",
    "_sender",
    "_tags",
    "_wire",
)


def _modules_after(code: str) -> set[str]:
    """The package's modules a fresh interpreter has loaded after running ``code``."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    loaded: list[str] = json.loads(done.stdout.splitlines()[-1])
    return {m for m in loaded if m == "pracsuite_async" or m.startswith("pracsuite_async.")}


def test_importing_the_sandbox_loads_no_sdk_runtime_module() -> None:
    loaded = _modules_after("import pracsuite_async.sandbox")
    assert "pracsuite_async.sandbox._routes" in loaded
    assert not {f"pracsuite_async.{m}" for m in RUNTIME} & loaded
    outside = {m for m in loaded if not m.startswith("pracsuite_async.sandbox")}
    assert outside == {"pracsuite_async", "pracsuite_async._spec", "pracsuite_async._version"}


def test_serving_a_list_loads_no_sdk_runtime_module_either() -> None:
    loaded = _modules_after(
        "import asyncio, aiohttp\n"
        "from pracsuite_async.sandbox import Sandbox\n"
        "async def main():\n"
        "    async with Sandbox() as sb:\n"
        "        keys = {'x-api-key': sb.vendor_key, 'A-api-key': sb.api_key}\n"
        "        async with aiohttp.ClientSession(headers=keys) as http:\n"
        "            async with http.get(sb.url + 'patient?page_size=2') as resp:\n"
        "                body = await resp.json()\n"
        "    assert resp.status == 200 and len(body['clients']) == 2, body\n"
        "asyncio.run(main())"
    )
    assert not {f"pracsuite_async.{m}" for m in RUNTIME} & loaded


def test_the_package_loads_a_part_only_when_a_name_of_it_is_used() -> None:
    assert _modules_after("import pracsuite_async") == {
        "pracsuite_async",
        "pracsuite_async._version",
    }
    loaded = _modules_after("from pracsuite_async import Filter")
    assert "pracsuite_async._wire" in loaded
    assert "pracsuite_async._client" not in loaded


def test_the_public_surface_is_the_client_its_pages_filters_feeds_errors_and_limits() -> None:
    names = set(pracsuite_async.__all__)
    assert {"AsyncPracSuite", "AsyncPager", "Page", "PageLinks", "Filter"} <= names
    assert {"Checkpoint", "Change", "RateLimiter", "NOT_GIVEN", "Timeout", "types"} <= names
    assert {"MockBackend", "Request", "RawResponse", "Response"} <= names  # tests without a server
    errors = [getattr(pracsuite_async, n) for n in sorted(names) if n.endswith("Error")]
    assert (
        len(errors) == 23
    )  # with QuotaExceededError, LimiterUnavailableError, ResponseTooLargeError
    assert all(issubclass(e, pracsuite_async.PracSuiteError) for e in errors)
    # Plumbing a caller never names stays private; records live in pracsuite_async.types.
    assert not {"PageStream", "ItemStream", "RetryPolicy", "CallOptions", "Patients"} & names
    assert not {"Patient", "Model", "Record"} & names
    assert "QuotaUsage" in names  # what limiter.usage returns
    assert "to_jsonable" in names  # records as JSON values
    assert {"APIResponse", "HTTPRequest"} <= names  # what with_raw_response answers
    assert len(names) == 47  # issue 13 adds ResponseTooLargeError and PaginationWarning
    # Every listed name resolves (dir() shows them too, before first use).
    assert names <= set(dir(pracsuite_async))
    assert {n: getattr(pracsuite_async, n).__name__ for n in ("AsyncPracSuite", "Filter")} == {
        "AsyncPracSuite": "AsyncPracSuite",
        "Filter": "Filter",
    }


def test_every_record_type_comes_from_types() -> None:
    from pracsuite_async.types import Appointment, InvoiceItem, LocalDateTime, Patient, Record

    assert issubclass(Patient, Record)
    assert issubclass(Appointment, Record)
    assert InvoiceItem.__module__ == "pracsuite_async._models.invoices"
    assert LocalDateTime.__name__ == "LocalDateTime"
    assert pracsuite_async.types is sys.modules["pracsuite_async.types"]


def test_a_misspelt_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match=r"has no attribute 'AsyncPracsuite'$"):
        pracsuite_async.AsyncPracsuite  # type: ignore[attr-defined]  # noqa: B018
    # Records used to be exported here too: the error says where they are now.
    with pytest.raises(AttributeError, match=r"records are in pracsuite_async.types"):
        pracsuite_async.Patient  # type: ignore[attr-defined]  # noqa: B018
