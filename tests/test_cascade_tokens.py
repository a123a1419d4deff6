"""The cascade's first layer: which character runs are one token (values, not shapes)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


_TOKEN_ALPHABET = "aZz Ab.'’&–-_,SDrtMsPof0917 \t\né"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_TOKEN_ALPHABET, max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_plain_word_branches_change_no_token(text: str, lo: int, hi: int) -> None:
    # the token pattern opens with two branches for plain words: without them it finds the same
    # tokens, whatever the bounds it is given
    from bizfacts.facts.cascade.tokens import _TOKEN

    full = re.compile(_TOKEN.pattern.split("|", 2)[2])
    lo, hi = min(lo, hi, len(text)), min(max(lo, hi), len(text))
    expected = [m.span() for m in full.finditer(text, lo, hi)]
    assert [m.span() for m in _TOKEN.finditer(text, lo, hi)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Chicago-based maker said its chief executive quit.",
        "It paid $5 mln for the mill; the chairman left.",
        "Exports increased 7 pct. Orvane is headquartered in Leeds.",
        "Shares rose 5 pct in active trading.",
        "The headmaster and the co-founder met a vice-president.",
    ],
)
def test_mention_kinds_are_the_gate_kinds(text: str) -> None:
    # the document's test for the people and places extractors: the gate's title and place kinds
    from bizfacts.facts.cascade.gate import mention_kinds, triggers

    low = text.casefold()
    assert mention_kinds(low) == triggers(low) & {"title", "place"}


def test_mentions_side_by_side_and_at_both_ends() -> None:
    # no words between two mentions, and none before the first or after the last: one token each
    mentions = [(0, 4, "C", None), (5, 9, "C", None), (17, 22, "C", None)]
    toks = tokenize("Acme Beta bought Gamma", 0, mentions)
    assert [(t.text, t.tag, t.start, t.end) for t in toks] == [
        ("Acme", "C", 0, 4),
        ("Beta", "C", 5, 9),
        ("bought", "V", 10, 16),
        ("Gamma", "C", 17, 22),
    ]


def test_lowercase_words_read_alone_and_by_their_neighbours() -> None:
    # context-free words ("the", "its", "mill") and words the next one decides ("offered to",
    # "its offer") side by side
    toks = tokenize("Orvane offered to buy the mill; its offer for Kestrel stands.", 0, [])
    assert "".join(t.tag for t in toks) == "NGtVdY;jArNx."
