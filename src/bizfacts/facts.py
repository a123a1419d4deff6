"""Placeholder: implemented under its own issue."""

from __future__ import annotations

import datetime as dt

from ._fact_types import AnyFact


def extract_facts(text: str, reference_date: dt.date | None = None) -> list[AnyFact]:
    """Not implemented yet."""
    if not isinstance(text, str):
        raise TypeError(f"extract_facts() expects text as str, got {type(text).__name__}")
    return []
