"""The shortcuts that keep the numeric extractors linear on dense input (issue #14).

Each shortcut must give the answer of the pass it saves, so each is checked against that
pass on generated text (hypothesis), and the dense inputs that made it necessary have a
structural test: one span for a run of needles, no pattern tried at a character that
cannot start a number.  The one quadratic pass found here ("a dollar" after many
amounts) has a regression test with a limit of seconds where it took about a minute.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
import sys
import time
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import bizfacts
from bizfacts import percentages, user_counts
from bizfacts._needles import WindowSearch, _needle_hits, needle_spans
from bizfacts._not_customers import NotCustomerWords, not_customers
from bizfacts._numbers import (
    NON_ASCII_NUMBER_START,
    number_patterns,
    parse_number,
    start_scanner,
    whole_number,
)
from bizfacts._qualifiers import _qualifier_table, exact_by_tail, qualifier_before
from bizfacts.companies._review import _defined_term, _quoted_before_bracket
from bizfacts.facts import release_tables

_SETTINGS = settings(max_examples=150, deadline=None)


def _merged(haystack: str, needles: tuple[str, ...], gap: int) -> list[tuple[int, int]]:
    """What ``needle_spans`` saves: every occurrence, spans closer than ``gap`` merged."""
    spans: list[tuple[int, int]] = []
    hits = _needle_hits(haystack, needles)
    assert hits is not None
    for start, end in sorted(hits):
        if spans and start - spans[-1][1] <= gap:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


_NEEDLE_SETS = (
    ("%",),
    percentages._NEEDLES,  # "pc" then "cent" overlap in "pcent"
    ("$", "€", "£"),
)

_NEEDLE_PIECES = ["%", "pc", "cent", "pcent", "bp", "ppt", "basis", "$", "€", " ", "x", "5"]


@_SETTINGS
@given(
    st.sampled_from(_NEEDLE_SETS),
    st.lists(st.sampled_from(_NEEDLE_PIECES), max_size=60),
    st.integers(min_value=0, max_value=12),
)
def test_needle_spans_cover_the_merged_occurrences(
    needles: tuple[str, ...], pieces: list[str], gap: int
) -> None:
    text = "".join(pieces)
    exact = _merged(text, needles, gap)
    spans = needle_spans(text, needles, gap)
    if needles == ("%",) or needles[0] == "$":
        assert spans == exact
        return
    # where needles overlap ("pc" and "cent" in "pcent") the chains reach 3 characters
    # further: wider spans, each starting at an occurrence, that cover all the exact ones
    assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))
    starts = {s for s, _ in exact}
    assert all(s in starts for s, _ in spans)
    assert all(any(s <= a and b <= e for s, e in spans) for a, b in exact)
    assert all(any(s <= a and e <= b + 3 for a, b in exact) for s, e in spans)


def test_a_run_of_needles_is_one_span() -> None:
    """ "%" 200,000 times was one Python step per "%" (about 20x the cost of news)."""
    assert needle_spans("%" * 200_000, ("%",), 96) == [(0, 200_000)]
    [(start, end)] = needle_spans("%28%2D" * 30_000, percentages._NEEDLES, 96)
    assert start == 0 and end >= 179_998
    text = ("x" * 200 + "%") * 2_000  # sparse: each its own span, found by str.find
    assert len(needle_spans(text, ("%",), 96)) == 2_000


# --- the starts of a percentage ------------------------------------------------------------


def test_every_digit_regex_knows_starts_a_number() -> None:
    """``re`` reads \\d from Python's Unicode tables, ``regex`` from its own (newer) ones:
    every character ``regex`` takes for a digit must still start a number."""
    scanner = start_scanner(".,/%", non_ascii=NON_ASCII_NUMBER_START)
    every = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    digits = regex.findall(r"\d", every)
    assert len(digits) > 600
    assert all(scanner.match(d) for d in digits)
    assert scanner.match("\u2212")
    # letters, CJK and punctuation of other scripts start nothing
    assert not any(scanner.match(ch) for ch in "éßЖλ中—“€")


@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        ("rose \u0665% in May", 5, "up"),
        ("fell \uff13\uff10 percent", 30, "down"),
        ("\u22125% on the year", -5, "down"),
    ],
)
def test_percentages_in_other_digits_still_found(text: str, value: int, direction: str) -> None:
    [m] = bizfacts.extract_percentages(text)
    assert (m.value, m.direction) == (value, direction)


# --- shortcuts that must answer as the pattern does ----------------------------------------

_WORDS = [
    "rose", "fell", "Fell", "ROSE", "by", "to", "a", "an", "sharp", "only", "just", "about", "up", "down",
    "more", "than", "nearly", "some", "over", "almost", "at", "least", "roughly", "passed", "the", "it",
    "prices", "crossed", "Up", "ſome", "K", "by\n", "(rose", "rose,", "-",
    "rose by", "fell to", "cut its rate to", "rose a sharp", "fell only", "more than", "up to",
    "\u212a", "ri\u017fe", "ro\u017fe", "\u00e9t\u00e9", "\u20ac5", "\u0130", "abo\u00fct",
]
_GAPS = [" ", "  ", "\t", "\u00a0", "\n", ""]


@st.composite
def _heads(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=6))
    return "".join(w + g for w, g in parts) + draw(st.sampled_from([" ", "  ", "\t", ""]))


@_SETTINGS
@given(_heads(), st.booleans())
def test_qualifier_shortcut_answers_as_the_pattern(head: str, counts: bool) -> None:
    text = head + "5"
    start = len(head)
    pattern, table = _qualifier_table(counts)
    m = pattern.search(text, max(0, start - 24), start) if start and text[start - 1] in " \t\u00a0" else None
    qualifier = table.get(" ".join(m.group("q").casefold().split())) if m else None
    expected = (qualifier, m.start()) if m is not None and qualifier is not None else ("exact", start)
    assert qualifier_before(text, start, counts=counts) == expected


@_SETTINGS
@given(_heads(), st.booleans())
def test_qualifier_tail_shortcut_tells_only_exact(head: str, counts: bool) -> None:
    """``exact_by_tail`` says "exact" from the three characters before a figure only where
    ``qualifier_before`` says so."""
    text = head + "5"
    start = len(head)
    if start > 2 and exact_by_tail(text[start - 3 : start], counts):
        assert qualifier_before(text, start, counts=counts) == ("exact", start)


@_SETTINGS
@given(_heads(), st.sampled_from(["5%", "5 pct", "2.5 percent"]))
def test_direction_shortcut_answers_as_the_pattern(head: str, number: str) -> None:
    text = head + number
    found = bizfacts.extract_percentages(text)
    t = percentages._tables()
    for mention in found:
        start = mention.start
        _, qstart = qualifier_before(text, start)
        at = start if qstart == start else qstart
        m = t.before.search(text, max(0, at - 48), at) if at else None
        expected = t.directions_before.get(m.group("d").casefold()) if m is not None else None
        if m is None:
            after = t.after.match(text, mention.end)
            expected = t.directions_after.get(after.group("d").casefold()) if after is not None else None
        if mention.value < 0:
            expected = "down"
        assert mention.direction == expected


def _unguarded_number() -> Any:
    source = number_patterns().number
    assert source.startswith("(?=[")
    return regex.compile(source[source.index("])") + 2 :], regex.V0)


_NUMBER_PIECES = [
    "5", "1,234", ".5", "-", "+", "\u2212", "\u0663", "one", "One", "twenty", "-five", "hundred", "a",
    "an", "A", "half", "dozen", "million", "mln", "bn", " ", "and", "users", "the", "zero", "x", ".", "k",
]


@_SETTINGS
@given(st.lists(st.sampled_from(_NUMBER_PIECES), min_size=1, max_size=8))
def test_number_guard_changes_no_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    guarded = regex.compile(number_patterns().number, regex.V0)
    unguarded = _unguarded_number()
    for i in range(len(text)):
        a, b = guarded.match(text, i), unguarded.match(text, i)
        assert (a and a.span()) == (b and b.span())


def test_user_count_tries_read_as_before() -> None:
    found = bizfacts.extract_user_counts(
        "Its user base has now reached 300 million, and members were 25 million in all. "
        "The service has 40 million users worldwide."
    )
    assert [(m.text, m.count) for m in found] == [
        ("300 million", 300_000_000),
        ("25 million", 25_000_000),
        ("40 million users", 40_000_000),
    ]
    # the metric, now cached per (noun, modifiers), as it was read for every count
    assert user_counts._metric("Users", "monthly active") == "active users"
    assert user_counts._metric("Customers", "Paying") == "paying users"
    assert user_counts._metric("subscribers", "") == "subscribers"


# --- the quadratic pass ----------------------------------------------------------------------


def test_one_unit_phrases_after_many_amounts_stay_linear() -> None:
    """Each "a dollar" was compared with every amount found before it: 200,000
    characters of "$1 a dollar. " took about a minute."""
    text = "$1 a dollar. " * (200_000 // 13)
    t0 = time.process_time()
    found = bizfacts.extract_money(text)
    assert time.process_time() - t0 < 15.0
    n = 200_000 // 13
    assert len(found) == 2 * n
    assert [m.text for m in found[:4]] == ["$1", "a dollar", "$1", "a dollar"]
    # a phrase inside an amount is no second amount
    assert [m.text for m in bizfacts.extract_money("It paid $1 a dollar. He got a dollar.")] == [
        "$1",
        "a dollar",
        "a dollar",
    ]


def test_bracketed_amounts_after_many_amounts_stay_linear() -> None:
    """Each bracketed amount was compared with every amount the main pass found: 200,000
    characters of "($1) million " took about five seconds, and four times as many about a minute."""
    text = "($1) million " * (400_000 // 13)
    t0 = time.process_time()
    found = bizfacts.extract_money(text)
    assert time.process_time() - t0 < 15.0
    assert len(found) == 400_000 // 13
    assert [(m.text, str(m.amount), m.rule) for m in found[:2]] == [
        ("($1) million", "-1000000", "bracketed amount"),
        ("($1) million", "-1000000", "bracketed amount"),
    ]


def test_a_direction_word_with_a_long_s_is_read() -> None:
    """The caseless pattern reads "ri\u017fe" (long s) as "rise"; the table lookup raised
    KeyError on it (found by the direction test above)."""
    [m] = bizfacts.extract_percentages("Prices ri\u017fe 5% in May")
    assert (m.value, m.direction) == (5, "up")


# "minus 5%" and "5% higher": the sign word before and the direction phrase after are
# told by a character or two before their patterns run; the answer must be the patterns'
_SIGN_HEADS = [
    "minus", "Minus", "MINUS", "negative", "Negative", "nus", "es", "rose", "up", "by", "x", "-", "(",
    "ſ", "\u212a", "é", ",", "minuses", "seminus",
]
_TAILS = [
    "higher", "lower", "drop", "gain", "Higher", "HIGHER", "up", "%", "-", ",", ".", "x", "é", "\u212a",
    "ſ", "(", "5", "rise", "decline",
]


@st.composite
def _sign_heads(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(_SIGN_HEADS), st.sampled_from(_GAPS)), max_size=4))
    # at most three spaces before the number: the sign word is looked for in the ten
    # characters before it ("negative" and four spaces is read as no sign)
    return "".join(w + g for w, g in parts) + draw(st.sampled_from([" ", "\t", "\u00a0"]))


@_SETTINGS
@given(
    _sign_heads(),
    st.sampled_from(["5%", "5 pct", "2.5 percent"]),
    st.sampled_from(["", " ", "  ", "\t", "\u00a0", "\n"]),
    st.sampled_from(_TAILS),
)
def test_sign_and_after_shortcuts_answer_as_the_patterns(head: str, number: str, gap: str, tail: str) -> None:
    text = head + number + gap + tail
    start, end = len(head), len(head) + len(number)
    found = [m for m in bizfacts.extract_percentages(text) if m.end == end]
    if not found:  # "5 pcthigher": a unit glued to a word is none
        assert gap == "" and tail[:1].isalnum()
        return
    [m] = found
    t = percentages._tables()
    sign = percentages._MINUS.search(text, max(0, start - 12), start) if start else None
    if sign is not None:
        assert (m.start, m.value, m.direction) == (sign.start(), -abs(m.value), "down")
        return
    assert m.start == start and m.value > 0
    _, at = qualifier_before(text, start)
    before = t.before.search(text, max(0, at - 48), at) if at else None
    after = t.after.match(text, end)
    expected = (
        t.directions_before.get(before.group("d").casefold())
        if before is not None
        else t.directions_after.get(after.group("d").casefold())
        if after is not None
        else None
    )
    assert m.direction == expected


def test_dense_percentages_read_as_one_alone() -> None:
    """A text that is nothing but percentages gives each the fields it has alone."""
    for unit, value, direction in (("5% ", 5, None), ("minus 5% ", -5, "down"), ("up 5% ", 5, "up")):
        found = bizfacts.extract_percentages(unit * 2000)
        assert len(found) == 2000
        assert {(m.text, m.value, m.direction, m.qualifier) for m in found} == {
            (found[0].text, value, direction, "exact")
        }


_YEAR_PIECES = [
    "1987", "2013", "1990s", "2001-02", "1986/87", "FY87", "fiscal 2024", "FY", " ", ".", "x", "5", "-",
]


@_SETTINGS
@given(st.lists(st.sampled_from(_YEAR_PIECES), max_size=40))
def test_split_year_scans_find_what_the_whole_pattern_finds(pieces: list[str]) -> None:
    """On ASCII text the year and fiscal-year scans run as parts split by first character,
    merged in text order and, once one part is left, by that part's own scan."""
    from bizfacts.dates._scanners import _ascii_patterns, _finditer, _patterns

    text = "".join(pieces)
    split, whole = _ascii_patterns(), _patterns()
    for name in ("year_scan", "fiscal_scan"):
        parts, [pattern] = getattr(split, name), getattr(whole, name)
        assert len(parts) > 1
        found = [(m.span(), m.groups()) for m in _finditer(parts, text)]
        assert found == [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_split_year_scans_with_one_part_or_none_matching() -> None:
    """When at most one part finds anything, that part's own scan gives every match."""
    from bizfacts.dates._scanners import _ascii_patterns, _finditer

    parts = _ascii_patterns().year_scan
    assert [m.group(0) for m in _finditer(parts, "In 1986 and 1987, not 1988x.")] == ["1986", "1987"]
    assert [m.group(0) for m in _finditer(parts, "By 2013 or 2014-15.")] == ["2013", "2014-15"]
    assert [m.group(0) for m in _finditer(parts, "In 1986 and 2013.")] == ["1986", "2013"]
    assert list(_finditer(parts, "No year here, only 12 and 345.")) == []


_SHARED_PIECES = st.lists(
    st.sampled_from(
        ["5", "1.5", " ", "  ", "million", "mln", "dlrs", "DM", "marks", "market", "%", "pct", "per cent",
         "percent", "users", "customers", "account", "subscribers", "$", "€", "Rs", "cts", "5p", "\n", ","]
    ),
    max_size=40,
)


@given(_SHARED_PIECES)
@_SETTINGS
def test_mentions_share_one_needle_scan_and_read_as_each_extractor(pieces: list[str]) -> None:
    # find_mentions finds the needles of money, percentages and user counts in one pass
    from bizfacts.facts.mentions import find_mentions

    text = " ".join(pieces)
    m = find_mentions(text)
    assert list(m.money) == bizfacts.extract_money(text)
    assert list(m.percentages) == bizfacts.extract_percentages(text)
    assert list(m.user_counts) == bizfacts.extract_user_counts(text)


_CLAUSE_PIECES = [
    "will", "goodwill", "is", "to", "due", "next", "we'll", "won't", "'ll", "'", "expected", "plans",
    "plan", "of", "record", "later", "this", " ", ",", ".", "\n", "x", "s", "é", "-",
]


@_SETTINGS
@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=16))
def test_future_cue_shortcuts_answer_as_one_pattern(pieces: list[str]) -> None:
    """The future cues, tested as three patterns (apostrophe cues, a cue word at the
    start, one after a non-letter), answer as the single pattern with a look-behind."""
    import json
    from importlib import resources

    from bizfacts._numbers import alternation
    from bizfacts.dates._lexicon import _words

    cues = json.loads(resources.files("bizfacts").joinpath("data/date_words.json").read_text("utf-8"))
    anywhere = [regex.escape(c) for c in cues["future_cues"] if " " not in c and "'" in c]
    whole = ["~".join(c.split(" ")) for c in cues["future_cues"] if " " in c or "'" not in c]
    trie = alternation(whole).replace(regex.escape("~"), "~").replace("~", "[^a-z']+")
    single = regex.compile("|".join([*anywhere, f"(?<![a-z'])(?:{trie})(?![a-z'])"]))
    clause = "".join(pieces)
    assert _words().future.in_clause(clause) == (single.search(clause) is not None)


_UNIT_PIECES = ["day", "Days", "today", "Monday", "year", "YEARS", "mth", "qtr", "half", "_", "x", "1",
                "é", " ", "-", "week", "Quarter", "may", "s"]


@_SETTINGS
@given(st.lists(st.sampled_from(_UNIT_PIECES), max_size=20))
def test_unit_scan_skips_only_letters_inside_words(pieces: list[str]) -> None:
    """The unit scan's look-behind drops exactly the matches that follow a letter or
    digit (``str.isalnum``), and no others."""
    from bizfacts.dates._scanners import _patterns

    text = "".join(pieces)
    pattern = _patterns().unit
    loose = re.compile(pattern.pattern.replace(r"(?<![^\W_].)", ""))
    assert loose.pattern != pattern.pattern
    expected = [(m.span(), m.groups()) for m in loose.finditer(text)
                if not (m.start() and text[m.start() - 1].isalnum())]
    assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == expected


@_SETTINGS
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 4)), max_size=12))
def test_candidate_order_by_start_longest_first(spans: list[tuple[int, int]]) -> None:
    """``_select`` sorts by start, the longest first, ties in input order."""
    from bizfacts.dates._candidates import _Cand
    from bizfacts.dates._joining import _select

    cands = [_Cand(s, s + n, f"r{i}") for i, (s, n) in enumerate(spans)]
    expected = sorted(cands, key=lambda c: (c.start, -(c.end - c.start)))
    chosen: list[_Cand] = []
    for c in expected:  # the selection itself, over the expected order
        if chosen and c.start < chosen[-1].end:
            last = chosen[-1]
            if c.end - c.start > last.end - last.start and (len(chosen) < 2 or chosen[-2].end <= c.start):
                chosen[-1] = c
            continue
        chosen.append(c)
    assert [c.rule for c in _select(list(cands))] == [c.rule for c in chosen]


@_SETTINGS
@given(st.integers(-5, 10005), st.integers(-1, 14), st.integers(-1, 33))
def test_valid_dates_as_the_date_type(year: int, month: int, day: int) -> None:
    """``_valid`` (with its shortcut for days 1-28) agrees with ``datetime.date``."""
    from bizfacts.dates._candidates import _valid

    try:
        dt_ok = bool(dt.date(year, month, day))
    except ValueError:
        dt_ok = False
    assert _valid(year, month, day) == dt_ok


# --- dense counts that vary (no two read alike) ------------------------------------------------


def _count_by_parse_number(raw: str) -> int | None:
    """What ``whole_number`` saves: ``parse_number`` read as a whole, non-negative count."""
    value = parse_number(raw)
    if value is None or value != value.to_integral_value() or value < 0:
        return None
    return int(value)


_NUMBER_PIECES = ["1", "23", "456", "0", "7890", ",", ",000", ".", ".5", ".25", "-", "+"]
_SCALE_PIECES = ["", " ", "  ", "\t", "-", " million", "million", " Million", " bn", "bn", " BN", " mln",
                 " lakh", " crore", " thousand", " thousand million", "m", "k", "B", " m", " users", " x"]


@_SETTINGS
@given(st.lists(st.sampled_from(_NUMBER_PIECES), min_size=1, max_size=12), st.sampled_from(_SCALE_PIECES))
def test_whole_number_reads_as_parse_number(pieces: list[str], scale: str) -> None:
    raw = "".join(pieces) + scale
    assert whole_number(raw) == _count_by_parse_number(raw)


def test_whole_number_on_long_and_fractional_figures() -> None:
    for raw in ("123.4 million", "1,234,567", "1.2345 thousand", "0.5 bn", "9" * 24, "9" * 25,
                "9" * 20 + ".0001 million", "12,34,567", "1.5 lakh crore", "three million", "2.0"):
        assert whole_number(raw) == _count_by_parse_number(raw), raw


_OLD_NOT_CUSTOMERS = regex.compile(
    r"(?i:\b(?:unions?|party|parties|parliament|congress|strikes?|striking|workers|locked out|vote[ds]?"
    r"|voting|board|committee|council|federation|delegates?|OPEC|cartel|senate|house|cabinet|family"
    r"|families|crew|staff|team|jury|panel|legislators?|lawmakers|front|movement|supporters|political"
    r"|rebels|militants|troops|soldiers|police)\b)"
)
_WINDOW_PIECES = ["Union", "unions", "xunion", "union_", "OPEC", "opec", "Locked out", "locked  out",
                  "votes", "voter", "staff", "Staffs", "members", " of", " ", ", ", "a", "1", "_", "House",
                  "\u017ftaff", "\u00e9", "team", "teams", "-"]


@_SETTINGS
@given(
    st.lists(st.sampled_from(_WINDOW_PIECES), max_size=120),
    st.integers(min_value=0, max_value=600),
    st.integers(min_value=0, max_value=20),
)
def test_not_customers_shortcut_answers_as_the_pattern(pieces: list[str], start: int, width: int) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    end = min(len(text), start + width)
    expected = (
        regex.match(r"[ \t]++of\b", text[end : end + 4]) is not None
        or _OLD_NOT_CUSTOMERS.search(text, max(0, start - 120), min(len(text), end + 120)) is not None
    )
    assert not_customers(text, start, end) == expected


def _old_not_customers(text: str, start: int, end: int) -> bool:
    return (
        regex.match(r"[ \t]++of\b", text[end : end + 4]) is not None
        or _OLD_NOT_CUSTOMERS.search(text, max(0, start - 120), min(len(text), end + 120)) is not None
    )


_ASCII_WINDOW_PIECES = [p for p in _WINDOW_PIECES if p.isascii()] + ["unionized", "LOCKED"]


@_SETTINGS
@given(
    st.lists(st.sampled_from(_ASCII_WINDOW_PIECES), max_size=400),
    st.lists(st.tuples(st.integers(min_value=0, max_value=2000), st.integers(min_value=0, max_value=20)),
             max_size=12),
)
def test_not_customer_words_in_text_order(pieces: list[str], counts: list[tuple[int, int]]) -> None:
    """One scan of a text for many counts (text order) answers as the pattern for each."""
    text = "".join(pieces)
    words = NotCustomerWords(text)
    for start, width in sorted(counts):
        start = min(start, len(text))
        end = min(len(text), start + width)
        assert words.near(start, end) == _old_not_customers(text, start, end), (start, end)


def test_dense_varied_counts_are_each_read() -> None:
    """Counts that differ one from the next ("123.4 million monthly active users, 87.2 million
    subscribers, ..."), the same mentions whatever the size: every count read, once."""
    rng = random.Random(4)
    nouns = ("users", "subscribers", "customers", "monthly active users", "members", "players")
    pieces = [(rng.randint(1, 999) * 10 + rng.randint(1, 9), rng.choice(nouns)) for _ in range(3000)]
    text = "".join(f"{tenths // 10}.{tenths % 10} million {noun}, " for tenths, noun in pieces)
    found = bizfacts.extract_user_counts(text)
    assert [(m.count, m.metric, m.qualifier) for m in found] == [
        (tenths * 100_000, noun, "exact") for tenths, noun in pieces if noun != "players"  # no user noun
    ]
    half = text[: len(text) // 2]
    assert bizfacts.extract_user_counts(half) == found[: len(bizfacts.extract_user_counts(half))]


_COUNT_PIECES = ["5 million users", " ", ", ", "users", "Windows 7 users", "x" * 150, "12"]


@_SETTINGS
@given(st.lists(st.sampled_from(_COUNT_PIECES), max_size=40))
def test_search_past_the_open_end_is_the_pattern_search(pieces: list[str]) -> None:
    """Where the last window runs to the end of the text, ``search(pos)`` there is the pattern's
    own search: the user counts take the matches there from one ``finditer``."""
    text = "".join(pieces)
    t = user_counts._tables()
    main = t.main.for_text(text)
    windows = WindowSearch(main, text, ((text.lower(), t.needles, 110, 110),), t.starts, t.numbers)
    start = windows.open_end
    for pos in range(start, len(text) + 1):
        a, b = windows.search(pos), main.search(text, pos)
        assert (a and a.span()) == (b and b.span())


def test_dense_counts_read_by_one_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text dense with counts is one window to its end: its counts come from one ``finditer``,
    not one window search each (6,500 counts in 200K characters took 19 ms of searches)."""
    calls: list[int] = []
    search = WindowSearch.search
    monkeypatch.setattr(WindowSearch, "search", lambda self, pos: calls.append(pos) or search(self, pos))
    found = bizfacts.extract_user_counts("5 million users, 7.5 million subscribers, " * 1_000)
    assert len(found) == 2_000 and len(calls) <= user_counts._DENSE_MATCHES + 1


def _old_defined_term(text: str, name: str) -> bool:
    """What _defined_term() answered with a scan of the text per name."""
    return any(f"{q}{name}{c})" in text for q, c in (('"', '"'), ("“", "”"))) and any(
        f"({a}{q}{name}" in text for q in ('"', "“") for a in ("", "the ")
    )


@_SETTINGS
@given(st.lists(st.sampled_from(['"', "“", "”", ")", "(", "the ", "A", "B", "AB", " "]), max_size=30))
def test_defined_terms_read_from_one_pass(pieces: list[str]) -> None:
    text = "".join(pieces)
    quoted = _quoted_before_bracket(text)
    for name in ("A", "B", "AB", "A B", '"A', 'A"', "”A", "A”", "“A", "the A", "A)", "A" * 130):
        assert _defined_term(text, name, quoted) == _old_defined_term(text, name), name


def test_outlook_tables_read_each_line_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every reported figure of a one-line document scanned the whole line: quadratic."""
    lines: list[int] = []
    read = release_tables._line_under_outlook
    monkeypatch.setattr(
        release_tables, "_line_under_outlook", lambda text, start: lines.append(start) or read(text, start)
    )
    text = "Acme Corp reported revenue of $5 million. Zeta Inc reported revenue of $7 million. " * 3
    facts = bizfacts.extract_facts(text + "The outlook is unchanged.")
    assert sum(getattr(f, "status", None) == "reported" for f in facts) >= 2
    assert lines == [0]
