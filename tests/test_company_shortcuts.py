"""The company pass's shortcuts find what the patterns and readers they stand for find."""

from __future__ import annotations

from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st


@pytest.fixture(autouse=True, scope="module")
def _loaded() -> None:
    """Word lists loaded and patterns compiled before the examples (Hypothesis times each one)."""
    from bizfacts import extract_companies

    extract_companies("Warm-up: shares of Acme Corp (ACM) rose, Chief Executive Ann Lee said.")
    extract_companies("Warm-up: Zürich-based Acme AG, eBay and 中Ab")

# letters, digits and marks of several scripts, hyphens, spaces: where a glued head may stand
_GLUE_PIECES = st.sampled_from(
    ["a", "b", "B", "1", "42", "-", "--", " ", ".", "é", "É", "ß", "٣", "中", "\u0301", "²", "Ab", "x", "Z9",
     "ǅ", "ʰ", "Ⅷ", "\u0903", "\u0378", "ё"]
)  # fmt: skip


@settings(max_examples=500)
@given(st.lists(_GLUE_PIECES, max_size=14).map("".join), st.integers(min_value=0, max_value=60))
def test_glued_head_is_the_one_the_pattern_finds(text: str, at: int) -> None:
    """_glued_head_start() finds the head _GLUED_HEAD finds before a word, on any text."""
    from bizfacts.companies._regexes import _GLUED_HEAD
    from bizfacts.companies._tokens import _glued_head_start

    rs = at % (len(text) + 1)
    assume(rs > 0)
    before = text[rs - 1]
    assume(before.isalnum() or (before == "-" and text[rs - 2 : rs] != "--"))  # where it is asked
    head = _GLUED_HEAD.search(text, max(0, rs - 5), rs)
    assert _glued_head_start(text, rs, before) == (-1 if head is None else head.start())


def test_glued_head_examples() -> None:
    from bizfacts.companies._tokens import _glued_head_start

    assert _glued_head_start("buy eBay", 5, "e") == 4
    assert _glued_head_start("the 7-Eleven", 6, "-") == 4
    assert _glued_head_start("Ölpreis中Ab", 8, "中") == -1
    assert _glued_head_start("über éAb", 6, "é") == 5


_BRACKET_PIECES = st.sampled_from(
    ["(", "((", ")", " ", "NASDAQ", "NYSE", ":", " ABC", "Acme", "Other OTC", "\n", "é", "CRI", "( ", "x"]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_BRACKET_PIECES, max_size=20).map("".join))
def test_bracket_matches_are_those_of_the_scans(text: str) -> None:
    """Tried at the last "(" of each run of them only, the bracket patterns find what their
    scans find."""
    from bizfacts.companies._acronyms import _DEFINED
    from bizfacts.companies._regexes import _LISTING
    from bizfacts.companies._review import _LISTING_AT
    from bizfacts.companies._scans import _bracket_matches

    for pattern in (_DEFINED, _LISTING_AT, _LISTING):
        want = [m.span() for m in regex.compile(pattern.pattern, pattern.flags).finditer(text)]
        assert [m.span() for m in _bracket_matches(text, pattern)] == want


def test_bracket_matches_after_a_run_of_brackets() -> None:
    from bizfacts.companies._regexes import _LISTING
    from bizfacts.companies._scans import _bracket_matches

    assert [m.group() for m in _bracket_matches("Acme (((NASDAQ: ACM)", _LISTING)] == ["(NASDAQ: ACM)"]


_AFTER_NAME_PIECES = st.sampled_from(
    [
        " ", "  ", "\t", "\n", "\u00a0", "\x1c", ",", ", a", " a", " the", "(", " (", "<", " <", "'s", "’s",
        "'", "’", "s", " shares", " shares rose", " said it", " Inc", " unit", "NASDAQ", ": ACM)", "ACM>",
        " maker", " monthly active users", ".", "-", "x", "%", "é",
    ]
)  # fmt: skip


# (most generated texts open with a cue's opener and are set aside: the health check would call
# that slow generation, which it is not at these sizes)
@settings(max_examples=500, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.lists(_AFTER_NAME_PIECES, max_size=10).map("".join))
def test_cues_after_a_name_start_where_cue_rule_looks_for_them(text: str) -> None:
    """No cue read after a name (_ANY_CUE_AFTER, its twin on ASCII text) starts at a character
    that is neither one of _CUE_AFTER_OPENERS nor whitespace other than a line break."""
    from bizfacts.companies._regexes import _ANY_CUE_AFTER, _CUE_AFTER_OPENERS

    follows = text[:1]
    assume(not (follows in _CUE_AFTER_OPENERS or (follows.isspace() and follows != "\n")))
    assert _ANY_CUE_AFTER.match(text, 0, 120) is None
    if text.isascii():
        assert _ANY_CUE_AFTER.ascii_match(text, 0, 120) is None


@settings(max_examples=500)
@given(
    st.sampled_from([",", ", ", " said ", ",\t", ", \u00a0"]),
    st.lists(_AFTER_NAME_PIECES, max_size=8).map("".join),
)
def test_no_cue_after_a_comma_or_said_where_cue_rule_stops(lead: str, rest: str) -> None:
    """After ", " only an apposition's word may follow ("a", "an", "the", "which", "its", "one"),
    after "," whitespace, after " said " only "it" or "its" (whitespace between): where cue_rule()
    stops without reading a cue, none matches."""
    from bizfacts.companies._cues import _APPOSITION_INITIALS, _spacing
    from bizfacts.companies._regexes import _ANY_CUE_AFTER

    text = lead + rest
    if lead == " said ":
        assume(text[6:7] != "i" and not _spacing(text[6:7]))
    else:
        space, word = text[1:2], text[2:3]
        apposition_word = word in _APPOSITION_INITIALS or _spacing(word)
        assume(not _spacing(space) or (space == " " and not apposition_word))
    assert _ANY_CUE_AFTER.match(text, 0, 120) is None
    if text.isascii():
        assert _ANY_CUE_AFTER.ascii_match(text, 0, 120) is None


_OPENING_PIECES = st.sampled_from(
    [
        "shares", "shareholders", "share", "shr", "stockholders", "stock", "st", "spokesman", "spokes",
        "chief", "chief executive", "chairman", "board", "executives", "subsidiary", "unit", "units",
        "division", "Inc", "Inc.", "Incline", "Corp", "Corp.", "Corporation", "partner", "partners",
        "analyst", "analysts",
        "economists", "strategist", "general manager", "managing director", "managing partner", "monthly",
        "daily", "weekly", "active users", "paying subscribers", "quarterly", "annual", "full-year",
        "revenue", "net", "net income", "nett", "said", "says", "it", "its", "announced", "added", "reported",
        "rose", "fell", "(", "<", "NASDAQ: ACM)", "ACM>", " ", "\t", "\n", "\u00a0", ",", "'s", "x", "é",
    ]
)  # fmt: skip


@settings(max_examples=500)
@given(st.lists(_OPENING_PIECES, max_size=8).map(" ".join))
def test_cues_after_one_space_open_with_a_listed_word(rest: str) -> None:
    """After one space and no other whitespace, a cue after a name (_ANY_CUE_AFTER, its twin on
    ASCII text) matches only where one of the openings cue_rule() looks for follows."""
    from bizfacts.companies._regexes import _ANY_CUE_AFTER, _CUE_AFTER_SPACE

    text = " " + rest
    second = text[1:2]
    assume(not second.isspace())
    opening = _CUE_AFTER_SPACE.get(second)
    if opening is None or not text.startswith(opening, 1):
        assert _ANY_CUE_AFTER.match(text, 0, 120) is None
        if text.isascii():
            assert _ANY_CUE_AFTER.ascii_match(text, 0, 120) is None


@pytest.mark.parametrize(
    "after",
    [
        " shares rose", " stockholders", " shareholders", " spokeswoman", " chief  executive", " board",
        " Inc", " Corp.", " analysts", " general manager", " managing partner", " monthly active users",
        " paying subscribers", " full-year revenue", " net loss", " said it", " reported its", " (NYSE: AB)",
        " <ABC>",
    ],
)  # fmt: skip
def test_cue_openings_examples(after: str) -> None:
    from bizfacts.companies._regexes import _ANY_CUE_AFTER, _CUE_AFTER_SPACE

    assert _ANY_CUE_AFTER.match(after, 0, 120) is not None
    assert after.startswith(_CUE_AFTER_SPACE[after[1]], 1)


_UNICODE_RUN_PIECES = st.sampled_from(
    [
        "Acme", "Zürich", "Électricité", "ÖL", "Holding", "AG", "Inc", " ", "  ", ",", ", ", " of ", " and ",
        "x", "é", "3M", "eBay", "éBay", "中Ab", "٣Ab", "-", ".", "\n", "March", "The", "J.", "Ünited",
    ]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_UNICODE_RUN_PIECES, max_size=25).map("".join), st.booleans())
def test_runs_of_non_ascii_text_are_those_read_run_makes(text: str, taken: bool) -> None:
    """On non-ASCII text, _tokens() (a run of one word read inline) gives the runs and acronym
    starts that _read_run() makes of the word scan's runs."""
    from bizfacts.companies._tokens import _ACRONYM_SECOND, _read_run, _tokens, _word_runs

    assume(not text.isascii())
    skip, drop = frozenset({"The", "Acme"}), frozenset({"March"})
    occupied = [(2, 9)] if taken else []
    starts = [s for s, _ in occupied]
    for lower in (False, True):
        expected: list[Any] = []
        expected_caps: list[int] = []
        for spans in _word_runs(text, lower):
            expected_caps.extend(s for s, e in spans if e - s > 1 and text[s + 1] in _ACRONYM_SECOND)
            _read_run(text, spans, occupied, starts, skip, drop, expected)
        caps: list[int] = []
        runs = _tokens(text, occupied, skip, drop, caps, lower)
        assert [[(t.start, t.end, t.text, t.gap) for t in r] for r in runs] == [
            [(t.start, t.end, t.text, t.gap) for t in r] for r in expected
        ]
        assert caps == expected_caps


_ASCII_RUN_PIECES = st.sampled_from(
    [
        "Acme", "Holding", "Ab", "U.S.", "Inc", "Co", "Corp", "The", "March", " ", "  ", ", ", " of ",
        " and ", "x", "3M", "eBay", "-", ".", "\n", "<", ">",
    ]
)  # fmt: skip


@settings(max_examples=400)
@given(
    st.lists(_ASCII_RUN_PIECES, max_size=25).map("".join),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=3),
)
def test_ascii_runs_beside_spans_taken_are_those_read_run_makes(
    text: str, taken: list[tuple[int, int]]
) -> None:
    """On ASCII text with spans taken (a ticker in angle brackets, a web domain), _tokens() (a run
    whose words _read_run() would find clear made into tokens at once) gives the runs that
    _read_run() makes of the word scan's runs, the spans taken long or short, apart or
    overlapping."""
    from bizfacts.companies._tokens import _read_run, _tokens, _word_runs

    assume(text.isascii())
    occupied = sorted((start, start + length) for start, length in taken)
    starts = [s for s, _ in occupied]
    skip, drop = frozenset({"The", "Acme Holding"}), frozenset({"March"})
    for lower in (False, True):
        expected: list[Any] = []
        for spans in _word_runs(text, lower):
            _read_run(text, spans, occupied, starts, skip, drop, expected)
        runs = _tokens(text, occupied, skip, drop, [], lower)
        assert [[(t.start, t.end, t.text, t.gap) for t in r] for r in runs] == [
            [(t.start, t.end, t.text, t.gap) for t in r] for r in expected
        ]


_PAIR_WORDS = st.sampled_from(
    [
        "Acme", "Kestrel", "Tencent", "Alibaba", "Shell", "John", "Harris", "Wang", "Chief", "President",
        "March", "The", "North", "Sea", "New", "York", "ACME", "TENCENT", "Target", "Company", "Corp", "Inc",
        "Ltd", "Group", "Holdings", "PLC", "AG", "Co", "Bank", "Swiss", "Federal", "Nasdaq", "Reuters",
        "Industries",
    ]
)  # fmt: skip
_PAIR_GLUE = st.sampled_from(
    [" ", ", ", " said ", ". ", " the ", " and ", "\n", " of ", " (", ") ", " Chief Executive "]
)


@settings(max_examples=300)
@given(st.lists(st.tuples(_PAIR_WORDS, _PAIR_GLUE), max_size=12))
def test_a_name_and_its_suffix_read_at_once_as_the_segment_reader_reads_them(
    pieces: list[tuple[str, str]],
) -> None:
    """suffixed_pair() ("Cyclops Corp" read in a row) finds what match_segment() finds."""
    from bizfacts import extract_companies
    from bizfacts.companies._extractor import _Extractor

    text = "".join(word + glue for word, glue in pieces)
    fast = [(m.start, m.end, m.name, m.kind, m.rule) for m in extract_companies(text)]
    original = _Extractor.suffixed_pair
    try:
        _Extractor.suffixed_pair = lambda self, seg: False  # type: ignore[method-assign]
        slow = [(m.start, m.end, m.name, m.kind, m.rule) for m in extract_companies(text)]
    finally:
        _Extractor.suffixed_pair = original  # type: ignore[method-assign]
    assert fast == slow


@settings(max_examples=400)
@given(
    st.lists(
        _UNICODE_RUN_PIECES | st.sampled_from(["\u00a0", "\t", " de ", " plc", "ß ", "中 "]), max_size=25
    ).map("".join)
)
def test_scanned_runs_are_those_of_the_run_pattern(text: str) -> None:
    """The runs read from one scan of the words (gaps told apart by their first character) are
    the words of each match of the run pattern, on any text."""
    from bizfacts.companies._regexes import _RUN, _TOKEN
    from bizfacts.companies._tokens import _scanned_word_runs

    words = [m.span() for m in _TOKEN.finditer(text)]
    want = [[w for w in words if run.start() <= w[0] and w[1] <= run.end()] for run in _RUN.finditer(text)]
    assert list(_scanned_word_runs(text, _TOKEN.finditer)) == want


# words of every kind a run may hold: places, demonyms, common words, currencies, titles, months,
# headline verbs, known and unknown names, legal suffixes, words with dots or an "'s"
_RUN_WORDS = st.sampled_from(
    [
        "Texas", "England", "New", "York", "American", "Western", "Sales", "The", "Rand", "Sterling",
        "Chairman", "March", "Monday", "Buys", "Acquires", "To", "Buy", "General", "Union", "Crown",
        "Halvard", "Quellmont", "Corp", "Inc", "Group", "Bank", "U.S.", "N.J.", "Calif.", "Japan's",
        "Halvard's", "Inc.", "Dlrs", "Record", "Pay",
    ]
)  # fmt: skip
_RUN_GLUE = st.sampled_from([" ", " ", " ", " of ", " and ", ", ", " said ", ". ", "\n", " - "])


@settings(max_examples=300)
@given(st.lists(st.tuples(_RUN_WORDS, _RUN_GLUE), max_size=12))
def test_runs_read_past_the_segment_reader_as_it_reads_them(pieces: list[tuple[str, str]]) -> None:
    """A run whose words cut nothing, and a lone word with a dot or an "'s", read without
    segments() give what reading every run through segments() gives."""
    from bizfacts import extract_companies
    from bizfacts.companies import _extractor

    class _Every(frozenset[str]):
        def __contains__(self, word: object) -> bool:
            return True  # every word a headline's break: every run read through segments()

    text = "".join(word + glue for word, glue in pieces)
    fast = [(m.start, m.end, m.name, m.kind, m.rule) for m in extract_companies(text)]
    namespace = vars(_extractor)  # (the pass reads headline_splits() from its module)
    original = namespace["headline_splits"]
    try:
        namespace["headline_splits"] = _Every
        slow = [(m.start, m.end, m.name, m.kind, m.rule) for m in extract_companies(text)]
    finally:
        namespace["headline_splits"] = original
    assert fast == slow


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a lone word that opens longer known names only ("Royal", "Union"), none of one word: a
        # leftover, which a cue before it makes a name ("shares of")
        (
            "Shares of Royal fell after Golden Inc said it would sell its stake.",
            [("Royal", "cue before"), ("Golden", "legal suffix")],
        ),
        ("Union said it would buy Quellmont Inc.", [("Quellmont", "legal suffix")]),
        # after a job title, the person ("Chairman Crown said")
        ("Chairman Crown said the startup Quellmont, a maker of pumps, grew.", [("Quellmont", "cue after")]),
    ],
)
def test_a_word_opening_known_names_only(text: str, want: list[tuple[str, str]]) -> None:
    from bizfacts import extract_companies

    assert [(m.name, m.rule) for m in extract_companies(text)] == want
