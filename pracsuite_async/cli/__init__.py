"""The ``pracsuite`` command line (``pip install 'pracsuite-async[cli]'``)."""

from ._main import main

__all__ = ["main"]
