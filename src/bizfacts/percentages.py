"""Placeholder: implemented under its own issue."""

from __future__ import annotations

from ._spans import PercentMention


def extract_percentages(text: str) -> list[PercentMention]:
    """Not implemented yet."""
    if not isinstance(text, str):
        raise TypeError(f"extract_percentages() expects text as str, got {type(text).__name__}")
    return []
