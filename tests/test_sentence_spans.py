"""The sentence splitter: its ASCII path (stdlib twin of the stop pattern) and line breaks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bizfacts._sentences import sentence_spans

_PIECES = [".", "!", "?", "\n", " ", "  ", '"', "'", ")", "]", "(", "A", "a", "1"]
_PIECES += ["Corp", "U.S", "Inc", "The", "Mr"]


def test_line_breaks_and_stops_end_sentences() -> None:
    t = "Orvane Corp. bought Tessaly Inc. The deal closed.\nShares rose...\n\n  So did sales!  Fine"
    assert [t[s:e] for s, e in sentence_spans(t)] == [
        "Orvane Corp. bought Tessaly Inc.",
        "The deal closed.",
        "Shares rose...",
        "So did sales!",
        "Fine",
    ]


def test_a_biography_date_abbreviation_ends_no_sentence() -> None:
    t = "Ilse Marrow (b. 1961) chairs Orvane. It grew (c. 1900). Then it slowed."
    assert [t[s:e] for s, e in sentence_spans(t)] == [
        "Ilse Marrow (b. 1961) chairs Orvane.",
        "It grew (c. 1900).",
        "Then it slowed.",
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_ascii_text_splits_as_the_unicode_pattern_splits_it(text: str) -> None:
    # a non-ASCII line after the text makes the splitter run the ``regex`` pattern, not its twin
    longer = sentence_spans(text + "\n\u00e9")
    assert longer[:-1] == sentence_spans(text)
    assert longer[-1] == (len(text) + 1, len(text) + 2)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aB1 \t\n\r\x0b\x0c\x1c\x85\u2028\u3000\u00e9,", max_size=40))
def test_text_without_stops_splits_into_its_stripped_lines(text: str) -> None:
    # each line with the white space ``str.strip`` removes cut off, empty ones dropped
    expected, pos = [], 0
    for line in text.split("\n"):
        body = line.strip()
        if body:
            first = pos + len(line) - len(line.lstrip())
            expected.append((first, first + len(body)))
        pos += len(line) + 1
    assert sentence_spans(text) == expected
