"""The cascade's first layer: which character runs are one token (values, not shapes)."""

from __future__ import annotations

import pytest

from bizfacts.facts.cascade.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # thousands separators stay inside a number, before a space or a comma alike
        ("they hold 1,147,500 shares", ["they", "hold", "1,147,500", "shares"]),
        ("they hold 1,147,500, or 8.1 pct", ["they", "hold", "1,147,500", ",", "or", "8.1", "pct"]),
        # a list of small numbers is no number with separators
        ("rooms 1,2 and 3", ["rooms", "1", ",", "2", "and", "3"]),
        # an honorific or "St." before a name keeps its dot; a sentence's last word does not
        ("met Dr. Lena Voss in St. Paul.", ["met", "Dr.", "Lena", "Voss", "in", "St.", "Paul", "."]),
        ("he saw the Dr.", ["he", "saw", "the", "Dr", "."]),
    ],
)
def test_tokens(text: str, tokens: list[str]) -> None:
    assert [t.text for t in tokenize(text, 0, [])] == tokens
