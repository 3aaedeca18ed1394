"""Benchmarks of pracsuite-async against its own sandbox: ``python -m benchmarks``."""
