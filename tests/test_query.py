"""Query strings on the wire, compared byte for byte with the docs' curl samples."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from pracsuite_async import Filter, PracSuiteValueError
from pracsuite_async._wire import (
    FilterFormat,
    ListQuery,
    check_int_id,
    check_page_size,
    check_sort_by,
    encode_filter,
    encode_query,
)

# (sort_by fields, q[] values, the query string of the docs' curl sample, verbatim)
DOCS_CURL_SAMPLES = [
    (
        ("resource_id", "description", "resource_rank"),
        (),
        "page=1&page_size=50&sort_by=%5B%22resource_id%22%2C%22description%22%2C%22resource_rank%22%5D",
    ),
    (
        ("appointment_reschedule_reason_id", "reason"),
        (),
        "page=1&page_size=50&sort_by=%5B%22appointment_reschedule_reason_id%22%2C%22reason%22%5D",
    ),
    (
        ("appointment_id", "app_time"),
        ("string",),
        "page=1&page_size=50&sort_by=%5B%22appointment_id%22%2C%22app_time%22%5D&q%5B%5D=string",
    ),
    (
        ("item_id", "description", "item_code"),
        ("string",),
        "page=1&page_size=50&sort_by=%5B%22item_id%22%2C%22description%22%2C%22item_code%22%5D"
        "&q%5B%5D=string",
    ),
]


@pytest.mark.parametrize(("sort_by", "filters", "expected"), DOCS_CURL_SAMPLES)
def test_list_query_matches_docs_curl_samples(
    sort_by: tuple[str, ...], filters: tuple[str, ...], expected: str
) -> None:
    query = ListQuery(page_size=50, sort_by=sort_by, filters=filters)
    assert encode_query(query.pairs(1)) == expected


def test_repeated_filters_are_repeated_q_params_in_order() -> None:
    query = ListQuery(page_size=100, filters=("surname:=Smith", "archived:=false"))
    assert encode_query(query.pairs(3)) == (
        "page=3&page_size=100&q%5B%5D=surname%3A%3DSmith&q%5B%5D=archived%3A%3Dfalse"
    )


def test_values_are_fully_percent_encoded() -> None:
    assert encode_query([("q[]", "name:~O'Brien & Co/+")]) == (
        "q%5B%5D=name%3A~O%27Brien%20%26%20Co%2F%2B"
    )


ALLOWED = {
    "created": FilterFormat.TIMESTAMP,
    "app_time": FilterFormat.DATETIME,
    "date_of_birth": FilterFormat.DATE,
    "client_id": FilterFormat.INTEGER,
    "surname": FilterFormat.STRING,
    "archived": FilterFormat.BOOLEAN,
    "amount": FilterFormat.DOUBLE,
}


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (
            Filter.ge("created", datetime(2020, 9, 12, 11, 9, 42, 687393, tzinfo=UTC)),
            "created:>=2020-09-12T11:09:42.687393Z",
        ),
        # An aware time in another zone is converted to the UTC instant.
        (
            Filter.lt("created", datetime(2024, 1, 1, 10, 0, tzinfo=timezone(timedelta(hours=10)))),
            "created:<2024-01-01T00:00:00Z",
        ),
        (Filter.eq("app_time", datetime(2026, 1, 1, 12, 5, 30)), "app_time:=2026-01-01T12:05:30"),
        (Filter.eq("date_of_birth", date(1990, 2, 3)), "date_of_birth:=1990-02-03"),
        (Filter.ne("client_id", 42), "client_id:!=42"),
        (Filter.contains("surname", "smi"), "surname:~smi"),
        (Filter.eq("archived", False), "archived:=false"),
        (Filter.gt("amount", 12.5), "amount:>12.5"),
    ],
)
def test_filter_values_use_documented_formats(flt: Filter, expected: str) -> None:
    assert encode_filter(flt, ALLOWED) == expected


@pytest.mark.parametrize(
    ("flt", "message"),
    [
        (Filter.eq("nope", "x"), "unknown filter field 'nope'"),
        (Filter("surname", "=~", "x"), "unknown filter operator '=~'"),
        (Filter.contains("client_id", "4"), "'contains' (~) needs a string filter"),
        (Filter.ge("created", datetime(2020, 1, 1)), "is naive: pass an aware datetime"),
        (Filter.eq("app_time", datetime(2020, 1, 1, tzinfo=UTC)), "pass a naive datetime"),
        (Filter.eq("date_of_birth", datetime(2020, 1, 1)), "takes a datetime.date"),
        (Filter.eq("client_id", "42"), "takes an int (integer), got str"),
        (Filter.eq("client_id", True), "takes an int (integer), got bool"),
        (Filter.eq("archived", 0), "takes a bool (boolean), got int"),
        (Filter.eq("surname", 5), "takes a str (string), got int"),
        (Filter.ge("created", "2020-01-01"), "takes an aware datetime (timestamp), got str"),
        # The docs offer no equality on timestamps (they carry milliseconds) ...
        (Filter.eq("created", datetime(2020, 1, 1, tzinfo=UTC)), "takes the operators < <= > >="),
        # ... and strings match exactly or by substring only.
        (Filter.gt("surname", "M"), "filter 'surname' (string) takes the operators != = ~"),
        (Filter.lt("archived", True), "filter 'archived' (boolean) takes the operators != ="),
        (Filter(["surname"], "=", "x"), "unknown filter field"),  # type: ignore[arg-type]
        # NaN and infinities have no JSON or query form the API could compare against.
        (Filter.gt("amount", float("nan")), "takes a finite number (double), got float: nan"),
        (Filter.lt("amount", float("inf")), "takes a finite number (double), got float: inf"),
    ],
)
def test_bad_filters_are_refused_with_a_clear_message(flt: Filter, message: str) -> None:
    with pytest.raises(PracSuiteValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        encode_filter(flt, ALLOWED)


def test_non_filter_objects_are_refused() -> None:
    with pytest.raises(PracSuiteValueError, match="filters must be Filter objects, got str"):
        encode_filter("surname:=x", ALLOWED)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0, "page_size must be between 1 and 100, got 0"),
        (101, "page_size must be between 1 and 100, got 101"),
        ("50", "page_size must be an int, got str"),
        (True, "page_size must be an int, got bool"),
    ],
)
def test_page_size_bounds(value: object, message: str) -> None:
    with pytest.raises(PracSuiteValueError, match=message):
        check_page_size(value)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("7", "resource_id must be an int, got str: '7'"),
        ("", "resource_id must be an int, got str: ''"),
        (7.0, "resource_id must be an int, got float"),
        (None, "resource_id must be an int, got NoneType"),
        (False, "resource_id must be an int, got bool"),
        (0, "resource_id must be >= 1, got 0"),
        (-3, "resource_id must be >= 1, got -3"),
    ],
)
def test_ids_must_be_positive_ints(value: object, message: str) -> None:
    with pytest.raises(PracSuiteValueError, match=message):
        check_int_id("resource_id", value)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("description", "sort_by must be a list of field names, got str"),
        ([1], "sort_by entries must be str, got 1"),
        (["colour"], "cannot sort by 'colour'; sortable fields: description, resource_id"),
        (["description", "description"], "sort_by names a field twice"),
    ],
)
def test_sort_by_must_be_known_field_names(value: object, message: str) -> None:
    with pytest.raises(PracSuiteValueError, match=message):
        check_sort_by(value, {"resource_id", "description"})
