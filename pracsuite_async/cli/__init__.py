"""The ``pracsuite`` command line (``pip install 'pracsuite-async[cli]'``)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any


def _entry(module: str, command: str) -> Callable[..., Any]:
    """``command`` of ``module``, or a one-line hint and exit 1 when the [cli] extra is
    missing (rather than an ImportError traceback)."""
    try:
        return getattr(importlib.import_module(module, __name__), command)  # type: ignore[no-any-return]
    except ImportError as exc:
        if exc.name not in ("click", "rich"):
            raise
        print(
            f"pracsuite: the command line needs {exc.name}: pip install 'pracsuite-async[cli]'",
            file=sys.stderr,
        )
        raise SystemExit(1) from None


def main(argv: Sequence[str] | None = None) -> None:
    """The ``pracsuite`` command (see ``pracsuite --help``)."""
    _entry("._main", "main")(argv)


def sandbox_main() -> None:
    """The ``pracsuite-sandbox`` script and ``python -m pracsuite_async.sandbox``."""
    _entry("._sandbox", "main")()


__all__ = ["main", "sandbox_main"]
