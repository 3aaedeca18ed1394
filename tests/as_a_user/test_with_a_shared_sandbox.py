"""A user's tests sharing one sandbox per module: settings from the module's marker."""

import pytest

from pracsuite_async import AsyncPracSuite, Filter
from pracsuite_async.testing import ThreadedSandbox

pytestmark = pytest.mark.pracsuite_sandbox(scope="module", sizes={"patients": 20})


async def test_records_added_by_a_test_are_listed(
    pracsuite_sandbox: ThreadedSandbox, pracsuite_client: AsyncPracSuite
) -> None:
    before = len(await pracsuite_client.patients.list().to_list())
    assert before >= 20  # other tests of the module may have added some
    pracsuite_sandbox.add("patients", surname="Zzyzx")
    found = pracsuite_client.patients.list(filters=[Filter.eq("surname", "Zzyzx")])
    assert len(await pracsuite_client.patients.list().to_list()) == before + 1
    assert [p.surname async for p in found][-1] == "Zzyzx"


async def test_a_changed_record_is_read_changed(
    pracsuite_sandbox: ThreadedSandbox, pracsuite_client: AsyncPracSuite
) -> None:
    pracsuite_sandbox.touch("patients", 3, first_name="Grace")
    assert (await pracsuite_client.patients.get(3)).first_name == "Grace"
