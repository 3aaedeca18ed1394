"""Keeping API keys and patient data (PHI) out of messages, attributes and log lines.

Keys are scrubbed wherever they appear, whatever a server echoes. Query values are shown as
``q[]=email:=<redacted>`` unless the user opts in (``show_phi=True`` or
``PRACSUITE_SHOW_PHI=1``): field names and operators stay, so the message still says what
was asked.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, quote

REDACTED = "<redacted>"
KEY_MASK = "***"
SHOW_PHI_ENV = "PRACSUITE_SHOW_PHI"

# Error text quoted from a server in str(exc); the whole body stays on ``exc.body``.
MAX_MESSAGE_CHARS = 2048

# Shorter values are not scrubbed: masking every "a" in a message would hide everything
# while protecting nothing (real keys are long random strings).
MIN_SCRUBBED_KEY = 8

# Longest first, so ">=" is not read as ">" followed by a value starting "=".
_OPERATORS = ("!=", ">=", "<=", "=", ">", "<", "~")


def phi_shown(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the user opted in to seeing patient data (``PRACSUITE_SHOW_PHI=1``)."""
    env = os.environ if environ is None else environ
    return env.get(SHOW_PHI_ENV, "").strip().lower() in ("1", "true", "yes")


def phi_repr(value: object) -> str:
    """A sensitive field's value in a model's repr: hidden unless ``PRACSUITE_SHOW_PHI=1``."""
    return repr(value) if value is None or phi_shown() else REDACTED


class Scrubber:
    """Masks a client's key values in text, bytes and parsed JSON.

    Each key is looked for as sent, JSON-escaped and percent-encoded, the forms a server
    echoing a request is likely to use.
    """

    __slots__ = ("_bytes", "_texts")

    def __init__(self, secrets: Iterable[str]) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if len(secret) < MIN_SCRUBBED_KEY:
                continue
            forms.update((secret, json.dumps(secret)[1:-1], quote(secret, safe="")))
        # Longest first: a key that contains another is masked whole.
        self._texts = tuple(sorted(forms, key=len, reverse=True))
        self._bytes = tuple(t.encode() for t in self._texts)

    def __repr__(self) -> str:
        return f"Scrubber({len(self._texts)} forms)"

    def text(self, value: str) -> str:
        for secret in self._texts:
            if secret in value:
                value = value.replace(secret, KEY_MASK)
        return value

    def bytes(self, value: bytes) -> bytes:
        for secret in self._bytes:
            if secret in value:
                value = value.replace(secret, KEY_MASK.encode())
        return value

    def headers(self, headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(self.text(k), self.text(v)) for k, v in headers]

    def value(self, obj: Any) -> Any:
        """Parsed JSON with every string scrubbed."""
        if isinstance(obj, str):
            return self.text(obj)
        if isinstance(obj, dict):
            return {self.text(str(k)): self.value(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [self.value(v) for v in obj]
        return obj

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """``with scrubber:``: the keys are masked in whatever error leaves the block."""
        if isinstance(exc, Exception):
            self.exception(exc)

    def exception(self, exc: BaseException) -> None:
        """Mask the keys in an exception's message and attributes, in place (a server may
        echo them anywhere in what it answers), and in the exceptions it was raised from."""
        if not self._texts:
            return
        seen: set[int] = set()
        todo: list[BaseException | None] = [exc]
        while todo:
            current = todo.pop()
            if current is None or id(current) in seen:
                continue
            seen.add(id(current))
            self._one(current)
            todo += (current.__cause__, current.__context__)

    def _one(self, exc: BaseException) -> None:
        exc.args = tuple(self.text(a) if isinstance(a, str) else a for a in exc.args)
        for name, value in list(vars(exc).items()):
            if isinstance(value, str):
                setattr(exc, name, self.text(value))
            elif isinstance(value, bytes):
                setattr(exc, name, self.bytes(value))
            elif isinstance(value, dict | list):
                setattr(exc, name, self.value(value))
            elif isinstance(value, Mapping):  # response headers, a CIMultiDict
                rebuild: Any = type(value)
                setattr(exc, name, rebuild(self.headers(value.items())))


NO_SECRETS = Scrubber(())


def split_filter(value: str) -> tuple[str, str, str] | None:
    """``email:=jane@example.com`` -> ``("email", "=", "jane@example.com")``; None without a
    field (no colon). The operator is "" when none of the API's leads the value."""
    field, colon, rest = value.partition(":")
    if not colon:
        return None
    for op in _OPERATORS:
        if rest.startswith(op):
            return field, op, rest[len(op) :]
    return field, "", rest


def redact_filter(value: str) -> str:
    """``email:=jane@example.com`` -> ``email:=<redacted>`` (field and operator kept)."""
    parts = split_filter(value)
    if parts is None:
        return REDACTED
    field, op, _ = parts
    return f"{field}:{op}{REDACTED}"


def display_query(query: str, *, show_phi: bool = False) -> str:
    """A query string for reading: decoded, with the ``q[]`` filter values redacted.

    Filters are where patient data travels (names, emails, dates of birth); they keep their
    field and operator. The other parameters (paging, sorting, ids, date windows) are shown.
    """
    parts = []
    for key, value in parse_qsl(query, keep_blank_values=True):
        shown = redact_filter(value) if key == "q[]" and not show_phi else value
        parts.append(f"{key}={shown}")
    return "&".join(parts)


def display_url(url: str, *, show_phi: bool = False) -> str:
    """The URL as a message shows it (see :func:`display_query`)."""
    base, question, query = url.partition("?")
    if not question:
        return url
    query, hash_mark, fragment = query.partition("#")
    shown = display_query(query, show_phi=show_phi)
    if hash_mark:
        shown += f"#{fragment if show_phi else REDACTED}"
    return f"{base}?{shown}"


# Sent values shorter than this are not looked for in a server's text: one letter (a gender
# "F", an initial) would mask every word it starts; two already make a name ("Ng", "Li").
MIN_SENT_VALUE = 2


def filter_value(value: str) -> str:
    """The value of a ``q[]`` condition: ``email:=jane@example.com`` -> ``jane@example.com``."""
    parts = split_filter(value)
    return value if parts is None else parts[2]


def sent_values(url: str, body: bytes | None) -> tuple[str, ...]:
    """The patient data a request carried: its ``q[]`` filter values and every string of its
    JSON body (names, emails, dates, notes), longest first."""
    found: set[str] = set()
    _, _, query = url.partition("?")
    for key, value in parse_qsl(query.partition("#")[0], keep_blank_values=True):
        if key == "q[]":
            found.add(filter_value(value))
    if body:
        try:
            parsed = json.loads(body)
        except (ValueError, RecursionError):
            parsed = None
        for text in _strings(parsed):
            found.update((text, json.dumps(text)[1:-1]))
    kept = (v.strip() for v in found)
    return tuple(sorted({v for v in kept if len(v) >= MIN_SENT_VALUE}, key=len, reverse=True))


def _strings(value: object) -> Iterator[str]:
    todo = [value]
    while todo:
        current = todo.pop()
        if isinstance(current, str):
            yield current
        elif isinstance(current, dict):
            todo.extend(current.values())
        elif isinstance(current, list):
            todo.extend(current)


def mask_values(text: str, values: Iterable[str]) -> str:
    """``text`` with each of ``values`` that stands as a whole word (any case) replaced by
    ``<redacted>``: "email jane@x.com is taken" -> "email <redacted> is taken"."""
    for value in values:
        if value.lower() in text.lower():
            pattern = rf"(?<!\w){re.escape(value)}(?!\w)"
            text = re.sub(pattern, REDACTED, text, flags=re.IGNORECASE)
    return text


def bounded(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """``text`` cut to ``limit`` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}\u2026 ({len(text) - limit} more characters)"
