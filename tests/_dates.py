"""Dates for availability tests: the API refuses days before today, so tests book ahead."""

from __future__ import annotations

from datetime import date, timedelta


def coming_monday(weeks: int = 2) -> date:
    """A Monday ``weeks`` weeks from this one: always a future weekday week."""
    today = date.today()
    return today - timedelta(days=today.weekday()) + timedelta(weeks=weeks)


MONDAY = coming_monday()
SUNDAY = MONDAY + timedelta(days=6)
