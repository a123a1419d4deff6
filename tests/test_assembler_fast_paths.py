"""The assembler's shortcuts give what the long way gives (values, not shapes): a search led by
its pattern's possible first characters finds what the pattern alone finds; the financial-metric
reader's test before its searches skips only sentences whose figures no company could be given to;
the place test reads ASCII and other texts alike."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bizfacts import extract_facts
from bizfacts.facts.cascade.clauses import _search, variants
from bizfacts.facts.cascade.first_chars import first_chars, led_by_first_chars


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(?<![wf])(?:[CNP](?:,[CNP])*|R)V", "CNPR"),
        # an optional or zero-repeated start lets the next item start the match too
        ("x?C", "Cx"),
        ("(?:d[xu]{0,3})?(?:N,)?C", "CNd"),
        # look-arounds and anchors read no character
        ("^(?=T)(?<!F)T", "T"),
        # a negated class: every other ASCII character
        ("[^\x00-\x40]", "".join(chr(c) for c in range(0x41, 0x80))),
        # what follows the first character is not read: a back-reference there is no matter
        ("(C)\\1", "C"),
    ],
)
def test_first_chars(pattern: str, expected: str) -> None:
    assert first_chars(pattern) == frozenset(expected)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        ("x*", 0),  # may match empty: any position may hold a match
        ("(?:C|)", 0),
        ("(?=C)", 0),
        ("c", re.IGNORECASE),  # case-insensitive: not read
        ("\\dC", 0),  # a category: not read
        ("(C)?(?(1)N|P)", 0),  # a conditional: not read
    ],
)
def test_first_chars_not_told(pattern: str, flags: int) -> None:
    assert first_chars(pattern, flags) is None


def test_led_pattern_is_the_pattern_when_not_told() -> None:
    p = re.compile(r"x*")
    assert led_by_first_chars(p) is p
    assert led_by_first_chars(re.compile(r"(?<![wf])[CN]V")).pattern == "(?=[CN])(?<![wf])[CN]V"


_CHUNK_ALPHABET = "CNPLMD%VZAGRKYQHTBuhbmt!dj'xyoifrac,.WSe9vXnswpI\"()-:;~"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHUNK_ALPHABET, min_size=1, max_size=24), st.integers(0, 4))
def test_led_search_finds_what_the_pattern_finds(s: str, pos: int) -> None:
    for i, v in enumerate(variants()):
        search = _search(i)[0]
        assert (v.pattern.search(s, pos) is None) == (search(s, pos) is None), (v.frame, v.name, s, pos)


def test_no_company_anywhere_gives_no_figure() -> None:
    # no company named, none before, none the text is about: the figures go to nobody
    assert extract_facts("Net profit rose to $4.1 million in the quarter.") == []
    assert extract_facts("Shr profit 12 cts vs 9 cts\nNet profit $1.2 million vs $900,000") == []


def test_an_unknown_name_opening_the_sentence_still_reports() -> None:
    facts = extract_facts("Quorvant's net profit rose to $4.1 million in the quarter.")
    assert [(f.type, f.company, f.metric) for f in facts] == [("financial_metric", "Quorvant", "net_income")]
    facts = extract_facts("For fiscal 2025, Tessaly Cloud expects revenue of $40 million.")
    assert [(f.company, f.metric) for f in facts] == [("Tessaly Cloud", "revenue")]


# an ASCII text (the stdlib twins run) and another
@pytest.mark.parametrize("tail", ["", " \u2014 and rose 5%"])
def test_place_beside_on_ascii_and_other_text(tail: str) -> None:
    from bizfacts import extract_companies
    from bizfacts.facts.cascade.gate import place_beside

    t = "Acme Widgets Inc, a Dallas maker of widgets, said sales rose" + tail
    assert place_beside(t, extract_companies(t))
    t = "Acme Widgets Inc, a maker of widgets, said sales rose" + tail
    assert not place_beside(t, extract_companies(t))
    t = "Shares of the Dayton company rose" + tail
    assert place_beside(t, [], [(t.index("company"), t.index("company") + 7, "Acme")])
