"""Patient data a user sends or receives stays out of messages and reprs unless opted in.

An audit of what an error tracker or log shipper sees: the server's error text echoing what
was sent, argument errors, the reprs of what a request and a page carry, pagination errors
and decode errors. ``show_phi=True`` (or ``PRACSUITE_SHOW_PHI=1``) shows it all.
"""

from __future__ import annotations

import inspect
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from pracsuite_async import (
    APIConnectionError,
    APIStatusError,
    AsyncPracSuite,
    Filter,
    MockBackend,
    PaginationError,
    PracSuiteValueError,
    RawResponse,
    Request,
    ResponseValidationError,
    UnprocessableEntityError,
)
from pracsuite_async.sandbox import Fault
from tests.conftest import client_at
from tests.test_leaks import (
    ACCOUNT,
    BROKEN_REPLIES,
    KEYS,
    VENDOR,
    answering,
    raw_server,
    shown,
)

EMAIL = "jane.doe@example.com"
SURNAME = "Citizenship"
DOB = "1961-07-14"
MOBILE = "0412345678"


def echo_422(request_body: dict[str, Any]) -> web.Response:
    """A 422 whose detail and validation quote the values it was sent, as many APIs do."""
    email, surname = request_body.get("email"), request_body.get("surname")
    return web.json_response(
        {
            "error": {
                "code": "INVALID_BODY",
                "title": "Invalid body",
                "detail": f"email {email} is invalid for patient {surname}",
                "validation": [{"field": "email", "message": f"{email} is already taken"}],
            },
            "request_id": "req-1",
        },
        status=422,
    )


async def _echoing(request: web.Request) -> web.Response:
    return echo_422(await request.json())


WRITES: dict[str, Any] = {
    "create": lambda ps: ps.patients.create(first_name="Jane", surname=SURNAME, email=EMAIL),
    "update": lambda ps: ps.patients.update(7, surname=SURNAME, email=EMAIL),
    "with_raw_response.create": lambda ps: ps.patients.with_raw_response.create(
        first_name="Jane", surname=SURNAME, email=EMAIL
    ),
    "request": lambda ps: ps.request("POST", "/patient", body={"surname": SURNAME, "email": EMAIL}),
}


@pytest.mark.parametrize("call", WRITES.values(), ids=WRITES.keys())
async def test_a_server_error_quoting_the_sent_patient_data_shows_it_redacted(call: Any) -> None:
    async with answering(_echoing, max_retries=0) as ps:
        with pytest.raises(APIStatusError) as caught:
            await call(ps)
    exc = caught.value
    message = str(exc)
    assert EMAIL not in message
    assert SURNAME not in message
    assert f"422 INVALID_BODY: email {'<redacted>'} is invalid for patient <redacted>" in message
    assert "(email: <redacted> is already taken)" in message
    assert "request_id=req-1" in message
    assert EMAIL not in repr(exc)
    assert SURNAME not in repr(exc)
    # What the server said stays whole on the attributes, for code that reads it.
    assert exc.detail == f"email {EMAIL} is invalid for patient {SURNAME}"
    assert exc.validation == {"email": f"{EMAIL} is already taken"}


@pytest.mark.parametrize(
    "opt_in",
    [{"show_phi": True}, {"environ": {"PRACSUITE_SHOW_PHI": "1"}}],
    ids=["client-option", "environment"],
)
async def test_the_server_error_quotes_the_sent_data_when_the_user_opts_in(
    opt_in: dict[str, Any],
) -> None:
    async with answering(_echoing, max_retries=0, **opt_in) as ps:
        with pytest.raises(UnprocessableEntityError) as caught:
            await ps.patients.create(first_name="Jane", surname=SURNAME, email=EMAIL)
    assert f"email {EMAIL} is invalid for patient {SURNAME}" in str(caught.value)


async def test_a_server_error_quoting_a_filter_value_shows_it_redacted() -> None:
    async def handler(request: web.Request) -> web.Response:
        wanted = request.query.getall("q[]")
        return web.json_response(
            {"error": {"code": "INVALID_PARAMS", "detail": f"cannot filter by {wanted}"}},
            status=400,
        )

    filters = [Filter.eq("email", EMAIL), Filter.eq("date_of_birth", date(1961, 7, 14))]
    async with answering(handler, max_retries=0) as ps:
        with pytest.raises(APIStatusError) as caught:
            await ps.patients.list(filters=filters).to_list()
    message = str(caught.value)
    assert EMAIL not in message
    assert DOB not in message
    assert "q[]=email:=<redacted>" in message


async def test_server_text_that_quotes_nothing_sent_is_kept_whole() -> None:
    async def handler(request: web.Request) -> web.Response:
        detail = "The surname field is required. Jane is not a field."
        return web.json_response({"error": {"code": "INVALID_BODY", "detail": detail}}, status=422)

    # "Jan" (sent) is not masked inside "January"-like words: whole values only.
    async with answering(handler, max_retries=0) as ps:
        with pytest.raises(UnprocessableEntityError) as caught:
            await ps.patients.create(first_name="Jan", surname="Ja")
    assert "The surname field is required. Jane is not a field." in str(caught.value)


# --------------------------------------------------------------------------------------------
# Arguments of the wrong type: the value is patient data when the field is text or a date


ARGUMENTS: dict[str, tuple[Any, str]] = {
    "date of birth as text": (
        lambda ps: ps.patients.create(first_name="Jane", surname="Lee", date_of_birth=DOB),
        DOB,
    ),
    "mobile as an int": (
        lambda ps: ps.patients.create(first_name="Jane", surname="Lee", mobile=412345678),
        "412345678",
    ),
    "mobile filter as an int": (
        lambda ps: ps.patients.list(filters=[Filter.eq("mobile", 412345678)]),
        "412345678",
    ),
    "date of birth filter as text": (
        lambda ps: ps.patients.list(filters=[Filter.eq("date_of_birth", DOB)]),
        DOB,
    ),
}


async def _called(call: Any, ps: AsyncPracSuite) -> None:
    result = call(ps)  # a list refuses at once, a write when awaited
    if inspect.isawaitable(result):
        await result


@pytest.mark.parametrize(("call", "value"), ARGUMENTS.values(), ids=ARGUMENTS.keys())
async def test_an_argument_of_the_wrong_type_is_refused_without_quoting_it(
    call: Any, value: str
) -> None:
    async with answering(_echoing) as ps:
        with pytest.raises(PracSuiteValueError) as caught:
            await _called(call, ps)
    assert value not in shown(caught.value)
    assert "got " in str(caught.value)  # the type it got is still named


# --------------------------------------------------------------------------------------------
# Reprs of what a user can hold: requests (MockBackend.requests), raw responses, pages, filters


async def test_the_requests_a_mock_backend_saw_show_no_keys_body_or_filter_values() -> None:
    def answer(request: Request) -> RawResponse:
        if request.method == "GET":
            return RawResponse.json({"clients": [], "total_entries": 0})
        return RawResponse.json({"client_id": 1}, status=201)

    backend = MockBackend(answer)
    async with AsyncPracSuite(**KEYS, backend=backend, environ={}) as ps:
        await ps.patients.create(first_name="Jane", surname=SURNAME, email=EMAIL)
        await ps.patients.list(filters=[Filter.eq("email", EMAIL)], limit=1).to_list()
    text = repr(backend.requests)
    for secret in (VENDOR, ACCOUNT, SURNAME, EMAIL, "jane.doe%40example.com"):
        assert secret not in text
    assert "POST" in text
    assert "q[]=email:=<redacted>" in text
    assert json.loads(backend.requests[0].body or b"")["surname"] == SURNAME  # still sent


async def test_a_raw_response_and_its_request_show_no_filter_values() -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response({"client_id": 3})

    async with answering(handler) as ps:
        response = await ps.patients.with_raw_response.get(
            3, extra_query={"q[]": f"email:={EMAIL}"}
        )
    assert EMAIL not in repr(response)
    assert "jane.doe%40" not in repr(response)
    assert EMAIL not in repr(response.http_request)
    assert "q[]=email:=<redacted>" in repr(response.http_request)
    assert response.http_request.url.endswith("q%5B%5D=email%3A%3Djane.doe%40example.com")


async def _filtered_page(**settings: Any) -> Any:
    async def handler(request: web.Request) -> web.Response:
        here = str(request.url)
        return web.json_response(
            {
                "clients": [{"client_id": 1, "surname": SURNAME}],
                "total_entries": 2,
                "links": {"self": here, "next": here.replace("page=1", "page=2")},
            }
        )

    async with answering(handler, **settings) as ps:
        pager = ps.patients.list(filters=[Filter.eq("surname", SURNAME)], page_size=1, limit=1)
        async for page in pager.pages():
            return page
    raise AssertionError("no page")


async def test_a_page_and_its_links_show_no_filter_values() -> None:
    page = await _filtered_page()
    for text in (repr(page), repr(page.links), str(page.links)):
        assert SURNAME not in text
    assert "q[]=surname:=<redacted>" in repr(page.links)
    assert page.links.next is not None
    assert SURNAME in page.links.next


async def test_a_page_shows_its_filter_values_when_the_user_opts_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PRACSUITE_SHOW_PHI", "1")
    page = await _filtered_page()
    assert SURNAME in repr(page.links)


def test_a_filter_repr_hides_its_value_unless_the_user_opts_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    flt = Filter.eq("email", EMAIL)
    assert repr(flt) == "Filter(field='email', op='=', value=<redacted>)"
    assert EMAIL not in str(flt)
    assert flt.value == EMAIL
    assert flt == Filter("email", "=", EMAIL)
    monkeypatch.setenv("PRACSUITE_SHOW_PHI", "1")
    assert repr(flt) == f"Filter(field='email', op='=', value={EMAIL!r})"


# --------------------------------------------------------------------------------------------
# Pagination errors name the link without its filter values


async def test_a_link_loop_is_reported_without_the_filter_values() -> None:
    async def handler(request: web.Request) -> web.Response:
        here = str(request.url)
        return web.json_response(
            {"clients": [{"client_id": 1}], "links": {"self": here, "next": here}}
        )

    async with answering(handler) as ps:
        with pytest.raises(PaginationError) as caught:
            await ps.patients.list(filters=[Filter.eq("email", EMAIL)]).to_list()
    assert "points back to a page already fetched" in str(caught.value)
    assert EMAIL not in shown(caught.value)
    assert "jane.doe%40" not in shown(caught.value)
    assert "q[]=email:=<redacted>" in str(caught.value)


LINKED_LISTS: dict[str, Any] = {
    "paginate": lambda ps: ps.paginate("/patient", list_key="clients"),
    "patients.list": lambda ps: ps.patients.list(),
}


@pytest.mark.parametrize("pager", LINKED_LISTS.values(), ids=LINKED_LISTS.keys())
async def test_a_link_loop_through_links_echoing_the_keys_is_reported_without_them(
    pager: Any,
) -> None:
    async def handler(request: web.Request) -> web.Response:
        here = request.url.with_query({"page": "1", "echo": request.headers["A-api-key"]})
        return web.json_response(
            {"clients": [{"client_id": 1}], "links": {"self": str(here), "next": str(here)}}
        )

    async with answering(handler) as ps:
        with pytest.raises(PaginationError) as caught:
            await pager(ps).to_list()
    assert "points back to a page already fetched" in str(caught.value)
    assert ACCOUNT not in shown(caught.value)
    assert "echo=***" in str(caught.value)


async def test_a_repeated_linked_page_is_reported_without_the_filter_values() -> None:
    async def handler(request: web.Request) -> web.Response:
        page = int(request.query.get("page", "1"))
        nxt = str(request.url.update_query(page=page + 1))
        return web.json_response({"clients": [{"client_id": 1}], "links": {"next": nxt}})

    async with answering(handler) as ps:
        with pytest.raises(PaginationError) as caught:
            await ps.patients.list(filters=[Filter.eq("email", EMAIL)]).to_list()
    assert "holding the same records as an earlier page" in str(caught.value)
    assert EMAIL not in shown(caught.value)
    assert "jane.doe%40" not in shown(caught.value)


# --------------------------------------------------------------------------------------------
# A response that does not match the schema: its patient data stays out of the message


@pytest.mark.parametrize(
    ("patient", "value"),
    [
        ({"client_id": 1, "date_of_birth": "14/07/1961"}, "14/07/1961"),
        ({"client_id": 1, "mobile": 412345678}, "412345678"),
        ({"client_id": 1, "surname": ["Citizenship"]}, SURNAME),
    ],
    ids=["unparseable-date", "number-for-text", "list-for-text"],
)
async def test_a_bad_sensitive_field_is_named_without_its_value(
    patient: dict[str, Any], value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.json_response(patient)

    async with answering(handler) as ps:
        with pytest.raises(ResponseValidationError) as caught:
            await ps.patients.get(1)
    message = str(caught.value)
    field = next(k for k in patient if k != "client_id")
    assert f"Patient.{field}" in message
    assert value not in message
    # Records' patient data is shown as their reprs show it: with PRACSUITE_SHOW_PHI=1.
    monkeypatch.setenv("PRACSUITE_SHOW_PHI", "1")
    async with answering(handler) as ps:
        with pytest.raises(ResponseValidationError) as caught:
            await ps.patients.get(1)
    assert value in str(caught.value)


async def test_a_cut_off_json_body_is_not_quoted() -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(
            body=b'{"client_id": 1, "surname": "Citizenship", "email": "jane.do',
            content_type="application/json",
        )

    async with answering(handler) as ps:
        with pytest.raises(ResponseValidationError) as caught:
            await ps.patients.get(1)
    assert "response is not JSON" in str(caught.value)
    assert SURNAME not in str(caught.value)


async def test_a_non_json_body_is_still_quoted() -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(text="<html>502 Bad Gateway</html>", content_type="text/html")

    async with answering(handler) as ps:
        with pytest.raises(ResponseValidationError) as caught:
            await ps.patients.get(1)
    assert "<html>502 Bad Gateway" in str(caught.value)


# --------------------------------------------------------------------------------------------
# The CLI's error lines


def test_a_resume_refused_for_other_arguments_names_the_filters_without_their_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_cli import ThreadedSandbox, run

    out = tmp_path / "p.jsonl"
    with ThreadedSandbox(sizes={"patient": 120}) as remote:
        args = ["export", "patients", *remote.args(), "--filter", "surname:!=Zyxwvutsr"]
        remote.inject(Fault("status", status=403, path_contains="page=3&"))
        assert run(*args, "--page-size", "40", "--out", str(out)) == 1
        capsys.readouterr()
        assert run(*args, "--page-size", "50", "--out", str(out), "--resume") == 1
    err = capsys.readouterr().err
    assert "other arguments" in err
    assert "Zyxwvutsr" not in err
    assert "surname:!=<redacted>" in err


# --------------------------------------------------------------------------------------------
# Connection errors: the HTTP library's text quotes the URL as sent


@BROKEN_REPLIES
async def test_a_connection_error_shows_the_url_without_its_filter_values(reply: bytes) -> None:
    async with raw_server(reply) as url, client_at(url, **KEYS, max_retries=0) as ps:
        with pytest.raises(APIConnectionError) as caught:
            await ps.patients.list(filters=[Filter.eq("email", EMAIL)]).to_list()
    text = shown(caught.value)
    assert EMAIL not in text
    assert "jane.doe%40example.com" not in str(caught.value)
    assert "q[]=email:=<redacted>" in str(caught.value)
