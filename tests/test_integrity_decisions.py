"""The pure decisions behind page accounting, redaction and path ids: no network, no loop."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pracsuite_async import PaginationError, PracSuiteValueError
from pracsuite_async._accounting import (
    OnChange,
    PullLedger,
    RecentIds,
    Verdict,
    check_page,
    drop_seen,
    expected_count,
    fingerprint,
    record_key,
)
from pracsuite_async._redact import Scrubber, bounded, display_url, redact_filter
from pracsuite_async._wire import check_int_id
from pracsuite_async.types import Patient


@pytest.mark.parametrize(
    ("number", "received", "verdict", "expected"),
    [
        (1, 50, Verdict.OK, 50),
        (1, 0, Verdict.SHORT, 50),
        (3, 50, Verdict.OK, 50),
        (4, 10, Verdict.SHORT, 50),  # the second-to-last page of five
        (4, 50, Verdict.OK, 50),
        (5, 40, Verdict.OK, 40),  # the last page: what is left
        (5, 10, Verdict.SHORT, 40),
        (5, 41, Verdict.OVERFULL, 40),
        (6, 0, Verdict.OK, 0),  # past the end: nothing is due
        (6, 1, Verdict.OVERFULL, 0),
    ],
)
def test_each_page_is_held_to_what_total_entries_promises_for_its_number(
    number: int, received: int, verdict: Verdict, expected: int
) -> None:
    check = check_page(
        number=number, received=received, page_size=50, total_entries=240, first_total=240
    )
    assert (check.verdict, check.expected) == (verdict, expected)
    assert check.consistent is (verdict is Verdict.OK)


def test_a_page_consistent_with_a_moved_total_is_a_change_not_an_error() -> None:
    check = check_page(number=4, received=0, page_size=100, total_entries=300, first_total=500)
    assert check.verdict is Verdict.CHANGED
    assert check.consistent
    assert check.is_last


def test_the_message_names_page_expected_and_received() -> None:
    check = check_page(number=4, received=10, page_size=50, total_entries=250, first_total=250)
    assert check.message() == (
        "page 4: expected 50 records (total_entries=250, page_size=50), received 10"
    )


def test_without_total_entries_only_an_overfull_page_is_inconsistent() -> None:
    common = {"number": None, "page_size": 10, "total_entries": None, "first_total": None}
    assert check_page(received=10, **common).verdict is Verdict.OK
    assert check_page(received=11, **common).verdict is Verdict.OVERFULL


@given(total=st.integers(0, 10_000), size=st.integers(1, 100))
def test_the_expected_counts_of_all_pages_add_up_to_the_total(total: int, size: int) -> None:
    pages = -(-total // size) + 2
    assert sum(expected_count(total, size, n) for n in range(1, pages + 1)) == total


def test_ids_seen_on_recent_pages_are_dropped_and_counted() -> None:
    seen = RecentIds(window=2)
    assert drop_seen([1, 2, 3], int, seen).repeated == ()
    again = drop_seen([3, 4, 4, 5], int, seen)
    assert (again.items, again.repeated) == ((4, 5), (3, 4))
    drop_seen([6], int, seen)
    drop_seen([7], int, seen)
    assert 1 not in seen  # beyond the window: memory stays bounded
    assert 7 in seen


def test_a_page_fingerprint_is_its_ids_in_order() -> None:
    assert fingerprint([1, 2], int) == fingerprint([1, 2], int)
    assert fingerprint([1, 2], int) != fingerprint([2, 1], int)
    assert fingerprint(["a"], None) == fingerprint(["a"], None)


def test_the_id_of_a_record_model_is_its_one_required_field() -> None:
    key = record_key(Patient)
    assert key is not None
    assert key(Patient(client_id=5)) == 5
    assert record_key(int) is None


def test_filter_values_are_redacted_but_field_and_operator_kept() -> None:
    url = (
        "http://h/v1/patient?page=2&page_size=50&q%5B%5D=email%3A%3Djane%40example.com"
        "&q%5B%5D=date_of_birth%3A%3E%3D1961-07-14&from=2024-01-01"
    )
    assert display_url(url) == (
        "http://h/v1/patient?page=2&page_size=50&q[]=email:=<redacted>"
        "&q[]=date_of_birth:>=<redacted>&from=2024-01-01"
    )
    assert "jane@example.com" in display_url(url, show_phi=True)
    assert redact_filter("surname:~Smi") == "surname:~<redacted>"
    assert redact_filter("garbage") == "<redacted>"


def test_keys_are_scrubbed_in_every_form_a_server_may_echo() -> None:
    scrub = Scrubber(['key/with"quote+plus', "short"])
    assert scrub.text('a key/with"quote+plus b') == "a *** b"
    assert scrub.text('{"k": "key/with\\"quote+plus"}') == '{"k": "***"}'
    assert scrub.text("key%2Fwith%22quote%2Bplus") == "***"
    assert scrub.bytes(b'x key/with"quote+plus') == b"x ***"
    assert scrub.value({"a": ['key/with"quote+plus']}) == {"a": ["***"]}
    assert scrub.text("short stays") == "short stays"  # too short to be a real key


def test_long_text_is_bounded_and_says_how_much_was_cut() -> None:
    assert bounded("abc", 5) == "abc"
    assert bounded("x" * 10, 4) == "xxxx\u2026 (6 more characters)"


class _Lying(int):
    def __str__(self) -> str:
        return "1/../../admin/wipe"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (_Lying(1), "must be an int whose text is its digits; _Lying 1 prints as '1/../"),
        (True, "must be an int, got bool"),
        ("12", "must be an int, got str"),
        (3.0, "must be an int, got float"),
        (0, "must be >= 1, got 0"),
    ],
)
def test_a_path_id_is_a_plain_positive_int(value: object, message: str) -> None:
    with pytest.raises(PracSuiteValueError, match=message.replace("(", r"\(")):
        check_int_id("client_id", value)


def test_a_path_id_comes_back_as_a_plain_int() -> None:
    class Honest(int):
        pass

    value = check_int_id("client_id", Honest(12))
    assert type(value) is int
    assert value == 12


def _ledger(on_change: OnChange = "error") -> PullLedger[int]:
    return PullLedger(page_size=10, on_change=on_change, key=int)


def test_the_ledger_asks_for_one_refetch_then_decides_per_on_change() -> None:
    ledger = _ledger()
    assert ledger.admit(number=1, items=range(1, 11), total_entries=30).items == tuple(range(1, 11))
    assert ledger.admit(number=2, items=range(11, 14), total_entries=30).refetch
    with pytest.raises(PaginationError, match="page 2: expected 10 records"):
        ledger.admit(number=2, items=range(11, 14), total_entries=30, refetched=True)
    assert ledger.stats.refetches == 1


def test_under_ignore_the_ledger_goes_on_quietly_but_never_delivers_a_record_twice() -> None:
    ledger = _ledger("ignore")
    ledger.admit(number=1, items=range(1, 11), total_entries=30)
    again = ledger.admit(number=2, items=range(5, 15), total_entries=30)
    assert again.items == tuple(range(11, 15))
    assert (ledger.stats.duplicates_dropped, ledger.stats.warnings) == (6, [])


def test_the_ledger_ends_the_pull_at_the_last_page_of_a_list_that_shrank() -> None:
    ledger = _ledger("ignore")
    ledger.admit(number=1, items=range(1, 11), total_entries=50)
    assert ledger.admit(number=2, items=range(11, 16), total_entries=15).last


def test_a_linked_page_with_an_earlier_pages_records_always_stops_the_pull() -> None:
    ledger = _ledger("ignore")
    ledger.admit(number=None, items=[1, 2], total_entries=None, url="u1")
    with pytest.raises(PaginationError, match="u2 holding the same records"):
        ledger.admit(number=None, items=[1, 2], total_entries=None, url="u2")
