"""``python -m pracsuite_async.sandbox``: ``pracsuite sandbox``, serving until interrupted."""

from __future__ import annotations

from ..cli import sandbox_main

if __name__ == "__main__":
    sandbox_main()
