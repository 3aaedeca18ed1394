"""``python -m pracsuite_async.cli``: the ``pracsuite`` command."""

from ._main import main

main()
