"""The argument checks every entry point shares: one wording, one exception family."""

from __future__ import annotations

import pytest

from pracsuite_async import ConfigurationError, PracSuiteValueError
from pracsuite_async._checks import check_bool, check_int, check_number


@pytest.mark.parametrize(
    ("value", "kwargs", "message"),
    [
        ("7", {}, "n must be an int, got str: '7'"),
        (True, {}, "n must be an int, got bool: True"),
        (7.0, {"minimum": 1}, "n must be an int, got float: 7.0"),
        (0, {"minimum": 1}, "n must be >= 1, got 0"),
        (101, {"maximum": 100}, "n must be <= 100, got 101"),
        (0, {"minimum": 1, "maximum": 100}, "n must be between 1 and 100, got 0"),
        (-1, {"minimum": 0, "what": "an int >= 0"}, "n must be an int >= 0, got -1"),
        (False, {"minimum": 0, "what": "an int >= 0"}, "n must be an int >= 0, got False"),
    ],
)
def test_ints_are_refused_with_what_was_wrong(
    value: object, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(PracSuiteValueError) as caught:
        check_int("n", value, **kwargs)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_accepted_values_come_back_unchanged() -> None:
    assert check_int("n", 5, minimum=1, maximum=5) == 5
    assert check_int("n", 0, minimum=0, what="an int >= 0") == 0
    assert check_number("t", 0, minimum=0) == 0
    assert check_number("t", 2.5) == 2.5
    assert check_bool("b", False) is False


def test_numbers_and_flags_refuse_bools_and_strings() -> None:
    with pytest.raises(
        PracSuiteValueError, match=r"^t must be a number of seconds >= 0, got True$"
    ):
        check_number("t", True, minimum=0, what="a number of seconds")
    with pytest.raises(PracSuiteValueError, match=r"^t must be a number >= 0, got -0.5$"):
        check_number("t", -0.5, minimum=0)
    with pytest.raises(PracSuiteValueError, match=r"^b must be True or False, got int$"):
        check_bool("b", 1)


def test_a_caller_can_name_a_narrower_error_of_the_family() -> None:
    with pytest.raises(ConfigurationError, match="flag must be True or False, got str"):
        check_bool("flag", "yes", error=ConfigurationError)
