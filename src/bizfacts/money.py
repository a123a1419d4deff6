"""Placeholder: implemented under its own issue."""

from __future__ import annotations

from ._spans import MoneyMention


def extract_money(text: str) -> list[MoneyMention]:
    """Not implemented yet."""
    if not isinstance(text, str):
        raise TypeError(f"extract_money() expects text as str, got {type(text).__name__}")
    return []
