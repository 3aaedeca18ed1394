"""Client configuration: keys, base URL, timeouts; checked once, at construction."""

from __future__ import annotations

import ipaddress
import math
import os
import re
from collections.abc import Mapping

import attrs
from yarl import URL

from ._errors import ConfigurationError

DEFAULT_BASE_URL = "https://api.pracsuite.com/v1/"
VENDOR_KEY_ENV = "PRACSUITE_VENDOR_KEY"
API_KEY_ENV = "PRACSUITE_API_KEY"
BASE_URL_ENV = "PRACSUITE_BASE_URL"


class Secret:
    """A string that never shows itself in ``repr``/``str`` (API keys)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


def resolve_key(value: str | None, env_name: str, what: str, environ: Mapping[str, str]) -> Secret:
    """The key from the argument, else from the environment; a clear error if neither."""
    if not isinstance(environ, Mapping):
        raise ConfigurationError(f"environ must be a mapping, got {type(environ).__name__}")
    key = value if value is not None else environ.get(env_name)
    if key is not None and not isinstance(key, str):
        raise ConfigurationError(f"{what} must be a str, got {type(key).__name__}")
    if key is None or not key.strip():
        raise ConfigurationError(
            f"missing {what}: pass it to AsyncPracSuite(...) or set {env_name}"
        )
    if key != key.strip() or not key.isprintable():
        # A control character in a header is refused by aiohttp at request time (or worse).
        raise ConfigurationError(
            f"{what} has surrounding whitespace, a line break or another control character"
        )
    return Secret(key)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


_URL_PARTS = re.compile(
    r"(?P<head>[^/?#]*//)?(?P<body>[^?#]*)(?P<query>\?[^#]*)?(?P<rest>.*)", re.DOTALL
)


def redact_url(value: str | URL) -> str:
    """The URL as text with a user-info password and the query hidden: both may hold secrets.

    Works on text that does not parse as a URL too, since error messages echo exactly that.
    """
    match = _URL_PARTS.fullmatch(str(value))
    assert match is not None  # every group is optional
    # Up to the last "@" rather than the first "/": a password may hold a stray "/" and
    # hiding too much of a malformed URL is the safe side.
    body = match["body"]
    userinfo, at, after = body.rpartition("@")
    if at and ":" in userinfo:
        body = f"{userinfo.partition(':')[0]}:***@{after}"
    query = "?***" if match["query"] and match["query"] != "?" else match["query"] or ""
    return f"{match['head'] or ''}{body}{query}{match['rest']}"


def validate_base_url(raw: str | URL | None, environ: Mapping[str, str] | None = None) -> URL:
    """The API root as a URL ending in ``/``; https only, except plain http on loopback."""
    env = os.environ if environ is None else environ
    value = raw if raw is not None else env.get(BASE_URL_ENV, DEFAULT_BASE_URL)
    if not isinstance(value, str | URL):
        raise ConfigurationError(f"base_url must be a str or yarl.URL, got {type(value).__name__}")
    shown = repr(redact_url(value))
    if isinstance(value, str) and (any(c.isspace() for c in value) or not value.isprintable()):
        # yarl would quietly drop a line break or percent-encode a trailing space into the path.
        raise ConfigurationError(f"base_url {shown} contains whitespace or control characters")
    try:
        url = URL(str(value))
    except (TypeError, ValueError) as exc:
        # yarl's message may quote the URL back, credentials and all.
        reason = str(exc).replace(str(value), redact_url(value))
        raise ConfigurationError(f"base_url {shown} is not a URL: {reason}") from None
    if not url.is_absolute() or not url.host:
        raise ConfigurationError(f"base_url {shown} must be absolute, like {DEFAULT_BASE_URL}")
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ConfigurationError(
            f"base_url {shown} uses plain http: the API keys would travel unencrypted. "
            "Use https (plain http is allowed only for loopback hosts such as the sandbox)"
        )
    if url.scheme not in ("http", "https"):
        raise ConfigurationError(f"base_url {shown} must use https")
    if url.user or url.password or url.query_string or url.fragment:
        raise ConfigurationError(
            f"base_url {shown} must not carry credentials, a query or a fragment"
        )
    if not url.path.endswith("/"):
        url = url.with_path(url.path + "/")
    return url


@attrs.frozen(kw_only=True)
class Timeout:
    """Seconds allowed: ``total`` per attempt, ``connect`` to open a connection, ``read``
    between two reads of the response (none by default: the total bounds a stalled read
    too). ``None`` means no limit."""

    total: float | None = 60.0
    connect: float | None = 10.0
    # Not 30: aiohttp re-arms a read timer on every chunk received, which cost a single
    # get() about 6 % of its CPU, for a stall the total ends anyway.
    read: float | None = None

    def __attrs_post_init__(self) -> None:
        for name in ("total", "connect", "read"):
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                raise ConfigurationError(
                    f"Timeout.{name} must be a positive number or None, got {value!r}"
                )
            if not math.isfinite(value):
                # aiohttp would fail with OverflowError on the first request.
                raise ConfigurationError(
                    f"Timeout.{name} must be finite (None means no limit), got {value!r}"
                )

    @classmethod
    def coerce(cls, value: Timeout | float | None) -> Timeout:
        """A Timeout from a Timeout, or from a number of seconds used as the total."""
        if isinstance(value, Timeout):
            return value
        if value is None:
            return cls(total=None, connect=None, read=None)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigurationError(f"timeout must be a Timeout or seconds, got {value!r}")
        return cls(total=value, connect=min(value, 10.0), read=value)


DEFAULT_TIMEOUT = Timeout()

_PATH_PARAM = re.compile(r"\{(\w+)\}")


def path_params(template: str) -> tuple[str, ...]:
    """The names of a path template's parameters, in order."""
    return tuple(_PATH_PARAM.findall(template))


def same_origin(url: URL, base: URL) -> bool:
    """Whether ``url`` is on the API's own scheme, host and port (safe to send keys to)."""
    return (url.scheme, url.host, url.port) == (base.scheme, base.host, base.port)
