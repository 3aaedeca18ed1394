"""The testing mode's switch, read when a client is made (see ``pracsuite_async.testing``)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

_testing = False


def set_testing(testing: bool = True) -> None:
    """Turn the testing mode on or off for clients made from now on.

    In testing mode a client never waits to retry: no backoff and no pause for a 429's
    ``Retry-After``, as ``stamina.set_testing`` does. Retries still happen (as many as
    ``max_retries``), so a test sees what its code does with flaky answers, at once.
    """
    global _testing
    if not isinstance(testing, bool):
        raise TypeError(f"testing must be True or False, got {type(testing).__name__}")
    _testing = testing


def is_testing() -> bool:
    """Whether clients made now are in testing mode."""
    return _testing


@contextlib.contextmanager
def testing_mode() -> Iterator[None]:
    """Testing mode on inside the block, back to what it was after."""
    before = _testing
    set_testing(True)
    try:
        yield
    finally:
        set_testing(before)
