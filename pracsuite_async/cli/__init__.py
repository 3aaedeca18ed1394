"""The ``pracsuite`` command line (``pip install 'pracsuite-async[cli]'``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> None:
    """The ``pracsuite`` command (see ``pracsuite --help``)."""
    try:
        from ._main import main as run
    except ImportError as exc:  # the [cli] extra is missing
        if exc.name not in ("click", "rich"):
            raise
        print(
            f"pracsuite: the command line needs {exc.name}: pip install 'pracsuite-async[cli]'",
            file=sys.stderr,
        )
        raise SystemExit(1) from None
    run(argv)


__all__ = ["main"]
