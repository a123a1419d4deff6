"""Placeholder: implemented under its own issue."""

from __future__ import annotations

from ._spans import CompanyMention


def extract_companies(text: str) -> list[CompanyMention]:
    """Not implemented yet."""
    if not isinstance(text, str):
        raise TypeError(f"extract_companies() expects text as str, got {type(text).__name__}")
    return []
