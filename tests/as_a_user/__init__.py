"""Tests written as a user of the SDK writes them: only the pytest plugin's fixtures and the
public API, no helper of this project's own test suite."""
