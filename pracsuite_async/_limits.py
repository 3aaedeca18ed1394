"""What one answer may cost a client: its body's size, and how long its Retry-After holds
every caller. Checks of the settings, and a bounded read any backend can use."""

from __future__ import annotations

import math
from collections.abc import AsyncIterable

from ._checks import is_int, is_number
from ._errors import ConfigurationError, PracSuiteValueError

# A page of 100 large records is well under 1 MiB; 32 MiB leaves room for any real answer
# while one hostile body (or a gzip bomb, counted after decompression) cannot take more.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024

# A Retry-After up to this is waited for (every call of the client pauses that long); beyond
# it the call raises RateLimitError at once rather than freezing the client.
DEFAULT_MAX_RETRY_AFTER = 60.0


def check_max_response_bytes(
    value: object, *, error: type[PracSuiteValueError] = ConfigurationError
) -> int | None:
    """A positive int of bytes, or None for no limit."""
    if value is None:
        return None
    if not is_int(value) or value < 1:
        raise error(f"max_response_bytes must be an int >= 1 or None, got {value!r}")
    return value


def check_max_retry_after(value: object) -> float:
    """A finite number of seconds >= 0."""
    if not is_number(value) or not math.isfinite(value) or value < 0:
        raise ConfigurationError(f"max_retry_after must be a finite number >= 0, got {value!r}")
    return float(value)


async def read_capped(chunks: AsyncIterable[bytes], limit: int | None) -> bytes | None:
    """The whole body from ``chunks``, or None as soon as it grows past ``limit`` bytes
    (the caller then drops the connection rather than read on)."""
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        if limit is not None and len(body) > limit:
            return None
    return bytes(body)
