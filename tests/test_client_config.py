"""Construction-time checks: keys, base URL, limits; nothing here touches the network."""

import aiohttp
import pytest
from yarl import URL

from pracsuite_async import AsyncPracSuite, ClientClosedError, ConfigurationError, Timeout

KEYS = {"vendor_key": "vend-SECRET-1", "api_key": "acct-SECRET-2"}


def test_keys_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRACSUITE_VENDOR_KEY", "env-vendor")
    monkeypatch.setenv("PRACSUITE_API_KEY", "env-account")
    client = AsyncPracSuite()
    assert client._engine.endpoint.headers["x-api-key"] == "env-vendor"
    assert client._engine.endpoint.headers["A-api-key"] == "env-account"


@pytest.mark.parametrize(
    ("kwargs", "environ", "message"),
    [
        ({}, {}, "missing vendor key \\(x-api-key\\): pass it .* or set PRACSUITE_VENDOR_KEY"),
        ({"vendor_key": "v"}, {}, "missing account key \\(A-api-key\\).*PRACSUITE_API_KEY"),
        ({"api_key": "a"}, {"PRACSUITE_VENDOR_KEY": " "}, "missing vendor key"),
        ({"vendor_key": "v", "api_key": "a\n"}, {}, "account key .* line break"),
    ],
)
def test_missing_or_bad_keys_fail_at_construction(
    kwargs: dict[str, str], environ: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        AsyncPracSuite(**kwargs, environ=environ)


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        (None, "https://api.pracsuite.com/v1/"),
        ("https://api.pracsuite.com/v1", "https://api.pracsuite.com/v1/"),
        ("http://127.0.0.1:8080/v1/", "http://127.0.0.1:8080/v1/"),
        ("http://localhost:9/v1", "http://localhost:9/v1/"),
        ("http://[::1]:9/v1/", "http://[::1]:9/v1/"),
    ],
)
def test_base_url_is_normalised(base_url: str | None, expected: str) -> None:
    assert AsyncPracSuite(**KEYS, base_url=base_url, environ={}).base_url == expected


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        ("http://api.pracsuite.com/v1/", "plain http: the API keys would travel unencrypted"),
        ("http://10.0.0.5/v1/", "plain http"),
        ("ftp://api.pracsuite.com/v1/", "must use https"),
        ("api.pracsuite.com/v1", "must be absolute"),
        ("", "must be absolute"),
        ("https://user:pw@api.pracsuite.com/v1/", "must not carry credentials"),
        ("https://api.pracsuite.com/v1/?x=1", "must not carry credentials, a query"),
    ],
)
def test_bad_base_urls_are_refused(base_url: str, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        AsyncPracSuite(**KEYS, base_url=base_url, environ={})


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_concurrency": 0}, "max_concurrency must be >= 1"),
        ({"requests_per_second": -1.0}, "requests_per_second must be > 0 or None"),
        ({"max_retries": -1}, "max_retries"),
        ({"timeout": 0}, "Timeout.total must be a positive number"),
        ({"timeout": "5"}, "timeout must be a Timeout or seconds"),
    ],
)
def test_bad_limits_fail_at_construction(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        AsyncPracSuite(**KEYS, environ={}, **kwargs)  # type: ignore[arg-type]


async def test_repr_never_shows_keys() -> None:
    client = AsyncPracSuite(**KEYS, environ={})
    internals = (repr(client._sender), repr(client._engine.endpoint))
    for text in (repr(client), str(client), *internals, repr(client.patients)):
        assert "SECRET" not in text
    await client.close()


async def test_calls_after_close_raise_a_clear_error() -> None:
    client = AsyncPracSuite(**KEYS, environ={})
    async with client:
        pass
    assert client.closed
    with pytest.raises(ClientClosedError, match="client is closed"):
        await client.resources.get(1)
    with pytest.raises(ClientClosedError):
        await client.patients.list().to_list()


def test_timeout_coercion() -> None:
    assert Timeout.coerce(5) == Timeout(total=5, connect=5, read=5)
    assert Timeout.coerce(30.0) == Timeout(total=30.0, connect=10.0, read=30.0)
    assert Timeout.coerce(None) == Timeout(total=None, connect=None, read=None)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"ssl": "yes"}, "ssl must be an ssl.SSLContext, True or False, got str"),
        ({"ssl": None}, "ssl must be an ssl.SSLContext, True or False, got NoneType"),
        ({"session": "x"}, "session must be an aiohttp.ClientSession or None, got str"),
        ({"user_agent": 5}, "user_agent must be a str or None, got int"),
        ({"user_agent": "a\nb"}, "user_agent has .* a line break or another control character"),
        ({"user_agent": "app/1.0\r\nX-Evil: 1"}, "user_agent has .* control character"),
        ({"user_agent": " app/1.0"}, "user_agent has surrounding whitespace"),
        ({"adaptive_rate": "no"}, "adaptive_rate must be True or False, got str"),
        ({"timeout": float("inf")}, "Timeout.total must be finite \\(None means no limit\\)"),
        ({"timeout": float("-inf")}, "Timeout.total must be a positive number or None"),
        ({"requests_per_second": float("inf")}, "requests_per_second must be > 0 or None, got inf"),
    ],
)
def test_bad_transport_settings_fail_at_construction(
    kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        AsyncPracSuite(**KEYS, environ={}, **kwargs)  # type: ignore[arg-type]


async def test_an_already_closed_session_is_refused() -> None:
    http = aiohttp.ClientSession()
    await http.close()
    with pytest.raises(
        ConfigurationError, match=r"session is an aiohttp\.ClientSession that is already closed"
    ):
        AsyncPracSuite(**KEYS, environ={}, session=http)


def test_an_infinite_timeout_field_is_refused() -> None:
    with pytest.raises(
        ConfigurationError, match=r"Timeout\.read must be finite \(None means no limit\), got inf"
    ):
        Timeout(read=float("inf"))


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        (
            "http://user:SECRETPW@example.com/v1/",
            "'http://user:\\*\\*\\*@example.com/v1/' uses plain",
        ),
        ("https://user:SECRETPW@api.example.com/v1/", "must not carry credentials"),
        (
            "https://api.example.com/v1/?api_key=SECRETQ",
            "'https://api.example.com/v1/\\?\\*\\*\\*'",
        ),
        ("ftp://user:SECRETPW@api.example.com/v1/", "must use https"),
        ("https://user:SECRETPW@api.example.com:99999/v1/", "is not a URL: Port out of range"),
        ("https://user:SECRETPW @api.example.com/v1/", "contains whitespace"),
        (
            "https://user:SECRET/PW@api.example.com/v1/",
            "'https://user:\\*\\*\\*@api.example.com/v1/'",
        ),
        (
            "user:SECRETPW@api.example.com/v1?k=SECRETQ",
            "'user:\\*\\*\\*@api.example.com/v1\\?\\*\\*\\*'",
        ),
        (URL("https://user:SECRETPW@api.example.com/v1/"), "must not carry credentials"),
    ],
)
def test_base_url_errors_hide_the_password_and_the_query(base_url: str | URL, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as info:
        AsyncPracSuite(**KEYS, base_url=base_url, environ={})
    assert "SECRETPW" not in str(info.value)
    assert "SECRETQ" not in str(info.value)


def test_a_base_url_from_the_environment_is_redacted_too() -> None:
    environ = {"PRACSUITE_BASE_URL": "https://api.example.com/v1/?token=SECRETQ"}
    with pytest.raises(ConfigurationError, match="must not carry credentials, a query") as info:
        AsyncPracSuite(**KEYS, environ=environ)
    assert "SECRETQ" not in str(info.value)
