"""``python -m pracsuite_async.sandbox``: ``pracsuite sandbox``, serving until interrupted."""

from __future__ import annotations

from ..cli._sandbox import main

if __name__ == "__main__":
    main()
