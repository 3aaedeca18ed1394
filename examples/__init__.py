"""Runnable examples of pracsuite-async; each module's docstring says how to run it.

- ``fastapi_app``: one shared client in a FastAPI app, API errors mapped to HTTP statuses;
- ``nightly_export``: every patient and appointment streamed to JSON Lines files;
- ``appointment_watcher``: the appointments changes feed, resumable from a checkpoint file.
"""
