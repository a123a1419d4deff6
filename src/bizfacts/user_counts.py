"""Placeholder: implemented under its own issue."""

from __future__ import annotations

from ._spans import UserCountMention


def extract_user_counts(text: str) -> list[UserCountMention]:
    """Not implemented yet."""
    if not isinstance(text, str):
        raise TypeError(f"extract_user_counts() expects text as str, got {type(text).__name__}")
    return []
