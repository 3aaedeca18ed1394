"""Nested lists on a fresh sandbox: the children of a parent, indexed without whole records."""

from __future__ import annotations

import pytest

from pracsuite_async.sandbox import Sandbox
from pracsuite_async.sandbox._data import Dataset

from .conftest import client_for


def _children(data: Dataset, collection: str, **refs: int) -> list[int]:
    """The ids a nested list must answer, worked out from whole records."""
    return [
        n
        for n in data.ids(collection)
        if all((data.record(collection, n) or {}).get(k) == v for k, v in refs.items())
    ]


async def test_invoices_of_a_patient_account_are_the_records_that_point_at_both() -> None:
    sizes = {"invoice": 900, "patient_account": 120, "patient": 60}
    async with Sandbox(sizes=sizes) as sb, client_for(sb) as ps:
        client_id = (sb.dataset.record("patient_account", 5) or {})["client_id"]
        got = await ps.invoices.list_by_patient_account(client_id, 5).to_list()
        expected = _children(sb.dataset, "invoice", client_id=client_id, account_id=5)
        assert expected  # spread refs: every account has an invoice
        assert [i.invoice_id for i in got] == expected
        assert {(i.client_id, i.account_id) for i in got} == {(client_id, 5)}


async def test_a_write_to_the_parent_moves_its_children_in_the_nested_list() -> None:
    # An invoice's client is its account's client: moving the account moves the invoices.
    async with Sandbox(sizes={"invoice": 300, "patient_account": 40}) as sb, client_for(sb) as ps:
        before = await ps.invoices.list_by_patient_account(9, 3).to_list()
        sb.touch("patient_account", 3, client_id=9)
        after = await ps.invoices.list_by_patient_account(9, 3).to_list()
        assert [i.invoice_id for i in after] == _children(
            sb.dataset, "invoice", client_id=9, account_id=3
        )
        assert after
        assert not before or before == after


async def test_a_changed_child_is_listed_under_its_new_parents() -> None:
    async with Sandbox(sizes={"invoice": 300, "patient_account": 40}) as sb, client_for(sb) as ps:
        sb.touch("invoice", 5, account_id=3, client_id=9)
        sb.touch("patient_account", 3, client_id=9)
        listed = await ps.invoices.list_by_patient_account(9, 3).to_list()
        assert 5 in [i.invoice_id for i in listed]
        assert [i.invoice_id for i in listed] == _children(
            sb.dataset, "invoice", client_id=9, account_id=3
        )


@pytest.mark.parametrize("seed", [1, 7])
def test_a_field_read_alone_is_the_field_of_the_whole_record(seed: int) -> None:
    data = Dataset(seed=seed, sizes={"invoice": 200, "patient_account": 50, "payment": 200})
    data.remove("patient_account", 4)  # a deleted parent: its children keep their own draw
    data.update("patient_account", 6, {"client_id": 2})  # an overlay parent
    for name, spec in data.doc.collections.items():
        for n in list(data.ids(name))[:25]:
            record = data.record(name, n)
            assert record is not None
            for field in spec.fields:
                assert data.field(name, n, field) == record.get(field), (name, n, field)
