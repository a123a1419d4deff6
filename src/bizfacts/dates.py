"""Placeholder: implemented under its own issue."""

from __future__ import annotations

import datetime as dt

from ._spans import DateMention


def extract_dates(text: str, reference_date: dt.date | None = None) -> list[DateMention]:
    """Not implemented yet."""
    if not isinstance(text, str):
        raise TypeError(f"extract_dates() expects text as str, got {type(text).__name__}")
    return []
