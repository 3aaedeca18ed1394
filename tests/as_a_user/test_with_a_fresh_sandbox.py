"""A user's tests of code that reads patients and invoices, each with a fresh sandbox."""

import pytest

from pracsuite_async import AsyncPracSuite, NotFoundError, RateLimitError
from pracsuite_async.sandbox import Fault
from pracsuite_async.testing import ThreadedSandbox
from pracsuite_async.types import Patient


async def greeting(ps: AsyncPracSuite, client_id: int) -> str:
    """The code under test: what a user's app might do with the SDK."""
    try:
        patient: Patient = await ps.patients.get(client_id)
    except NotFoundError:
        return "who?"
    return f"Hello {patient.first_name} {patient.surname}"


async def test_a_patient_added_in_the_test_is_read_back(
    pracsuite_sandbox: ThreadedSandbox, pracsuite_client: AsyncPracSuite
) -> None:
    new_id = pracsuite_sandbox.add("patients", first_name="Ada", surname="Lovelace")
    assert await greeting(pracsuite_client, new_id) == "Hello Ada Lovelace"
    assert await greeting(pracsuite_client, new_id + 1) == "who?"


async def test_flaky_answers_are_retried_without_waiting(
    pracsuite_sandbox: ThreadedSandbox, pracsuite_client: AsyncPracSuite
) -> None:
    pracsuite_sandbox.inject(Fault("status", status=503, times=2))
    pracsuite_sandbox.inject(Fault("status", status=429, retry_after=3600))
    patient = await pracsuite_client.patients.get(1)
    assert patient.client_id == 1
    assert pracsuite_client.retry_count == 3
    assert pracsuite_sandbox.stats.status_counts[503] == 2
    assert pracsuite_sandbox.stats.status_counts[429] == 1


async def test_cleared_faults_never_hit(
    pracsuite_sandbox: ThreadedSandbox, pracsuite_client: AsyncPracSuite
) -> None:
    pracsuite_sandbox.inject(Fault("status", status=500, times=10))
    pracsuite_sandbox.clear_faults()
    await pracsuite_client.patients.get(2)
    assert pracsuite_client.retry_count == 0
    assert set(pracsuite_sandbox.stats.status_counts) == {200}


async def test_retries_run_out_as_they_would_in_production(
    pracsuite_sandbox: ThreadedSandbox, pracsuite_client: AsyncPracSuite
) -> None:
    pracsuite_sandbox.inject(Fault("status", status=429, retry_after=3600, times=4))
    with pytest.raises(RateLimitError):
        await pracsuite_client.patients.get(1)


@pytest.mark.pracsuite_sandbox(sizes={"patients": 12, "invoices": 40})
async def test_sizes_by_namespace_name(pracsuite_client: AsyncPracSuite) -> None:
    patients = await pracsuite_client.patients.list().to_list()
    assert [p.client_id for p in patients] == list(range(1, 13))


async def test_the_first_nested_list_of_a_fresh_sandbox(
    pracsuite_client: AsyncPracSuite,
) -> None:
    invoices = await pracsuite_client.invoices.list_by_patient_account(1, 1).to_list()
    assert {(i.client_id, i.account_id) for i in invoices} <= {(1, 1)}
