"""``python -m pracsuite_async.cli``: the ``pracsuite`` command."""

from . import main

main()
