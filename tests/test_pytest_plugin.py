"""The pytest plugin as installed: user test files run by pytest in a fresh interpreter."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pracsuite_async import AsyncPracSuite
from pracsuite_async.sandbox import Fault
from pracsuite_async.testing import ThreadedSandbox, is_testing, set_testing

pytest_plugins = ["pytester"]

README = Path(__file__).resolve().parent.parent / "README.md"


def _readme_test_file() -> str:
    blocks = re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), re.M | re.S)
    (block,) = [b for b in blocks if b.startswith("# test_greeting.py")]
    return str(block)


def _run(pytester: pytest.Pytester) -> pytest.RunResult:
    # A bare user project: pytest-asyncio in strict mode, our plugin found by its entry point.
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", "-W", "error")


def test_the_readme_test_file_passes_under_pytest(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_greeting=_readme_test_file())
    result = _run(pytester)
    result.assert_outcomes(passed=2)


def test_module_scope_shares_a_sandbox_without_leftover_faults_and_markers_are_checked(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        test_shared="""
        import pytest
        from pracsuite_async.sandbox import Fault

        pytestmark = [
            pytest.mark.asyncio,
            pytest.mark.pracsuite_sandbox(scope="module", sizes={"patients": 5}),
        ]
        SEEN = []

        async def test_one(pracsuite_sandbox, pracsuite_client):
            SEEN.append(pracsuite_sandbox)
            pracsuite_sandbox.add("patients", surname="Kept")
            pracsuite_sandbox.inject(Fault("status", status=500, times=5))  # never hit

        async def test_two(pracsuite_sandbox, pracsuite_client):
            SEEN.append(pracsuite_sandbox)
            assert SEEN[0] is SEEN[1]
            patients = await pracsuite_client.patients.list().to_list()
            assert [p.surname for p in patients][-1] == "Kept"
            assert pracsuite_client.retry_count == 0

        @pytest.mark.pracsuite_sandbox(sizes={"patients": 2})
        async def test_own(pracsuite_sandbox, pracsuite_client):
            assert pracsuite_sandbox is not SEEN[0]
            assert len(await pracsuite_client.patients.list().to_list()) == 2
        """,
        test_fresh="""
        import pytest

        @pytest.mark.parametrize("n", [1, 2])
        def test_fresh(pracsuite_sandbox, n):
            pracsuite_sandbox.add("patients")
            assert pracsuite_sandbox.sandbox.dataset.size("patient") == 1001  # fresh each time
        """,
        test_bad_marker="""
        import pytest

        @pytest.mark.pracsuite_sandbox(scope="session")
        def test_x(pracsuite_sandbox):
            pass
        """,
    )
    result = _run(pytester)
    result.assert_outcomes(passed=5, errors=1)
    result.stdout.fnmatch_lines(["*scope must be one of function, module, got 'session'*"])


async def test_testing_mode_applies_to_clients_made_while_it_is_on() -> None:
    assert not is_testing()
    with ThreadedSandbox() as sb:
        settings = {
            "vendor_key": sb.vendor_key,
            "api_key": sb.api_key,
            "base_url": sb.url,
            "backoff_base": 3600.0,
            "backoff_cap": 3600.0,
            "environ": {},
        }
        set_testing(True)
        try:
            fast = AsyncPracSuite(**settings)  # type: ignore[arg-type]
        finally:
            set_testing(False)
        async with fast:
            sb.inject(Fault("status", status=503, times=2))
            sb.inject(Fault("status", status=429, retry_after=3600))
            # An hour of backoff and Retry-After, unless the testing mode skips every wait.
            assert (await fast.patients.get(1)).client_id == 1
            assert fast.retry_count == 3
    with pytest.raises(TypeError, match="True or False"):
        set_testing(1)  # type: ignore[arg-type]


def test_sandbox_names_collections_as_the_client_does() -> None:
    with ThreadedSandbox(sizes={"patient_accounts": 7, "invoice": 9}) as sb:
        assert sb.sandbox.dataset.size("patient_account") == 7
        assert sb.add("patient_accounts") == 8
        sb.resize("invoices", 3)
        assert sb.sandbox.dataset.size("invoice") == 3
        assert sb.touch("patients", 2, first_name="Bo")["first_name"] == "Bo"
        with pytest.raises(ValueError, match="several collections"):
            sb.add("patient_attachments")
        with pytest.raises(ValueError, match="unknown collection 'llamas'"):
            sb.add("llamas")
