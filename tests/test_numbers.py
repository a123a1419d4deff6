"""The shared number reader: bizfacts._numbers."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from bizfacts import _numbers
from bizfacts._needles import WindowSearch, minimal_needles
from bizfacts._numbers import (
    alternation,
    has_scale,
    number_patterns,
    parse_number,
    scale_value,
)
from bizfacts._qualifiers import qualifier_before


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0", "0"),
        ("7", "7"),
        ("1,234", "1234"),
        ("1,234.5", "1234.5"),
        ("12,345,678", "12345678"),
        ("4,50,000", "450000"),
        ("12,34,56,789", "123456789"),
        ("0.25", "0.25"),
        ("-3", "-3"),
        ("+2.5", "2.5"),
        ("\u22124", "-4"),
        ("7-1/2", "7.5"),
        ("3/4", "0.75"),
        ("23 3/4", "23.75"),
        ("1.2bn", "1200000000"),
        ("1.2 billion", "1200000000"),
        ("150 mln", "150000000"),
        ("3 bln", "3000000000"),
        ("5m", "5000000"),
        ("5M", "5000000"),
        ("50k", "50000"),
        ("1.5 tn", "1500000000000"),
        ("2 trillion", "2000000000000"),
        ("4,500 crore", "45000000000"),
        ("12 lakh", "1200000"),
        ("1.5 lakh crore", "1500000000000"),
        ("1 thousand million", "1000000000"),
        ("five", "5"),
        ("Eighteen", "18"),
        ("twenty-three", "23"),
        ("twenty three", "23"),
        ("five hundred", "500"),
        ("five hundred and twenty", "520"),
        ("five hundred million", "500000000"),
        ("two million five hundred thousand", "2500000"),
        ("a million", "1000000"),
        ("a dozen", "12"),
        ("two dozen", "24"),
        ("half a billion", "500000000"),
        ("one and a half million", "1500000"),
        ("a quarter", "0.25"),
        ("three quarters", "0.75"),
        ("four mln", "4000000"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


def test_integral_values_have_no_fraction_digits() -> None:
    assert str(parse_number("1.2bn")) == "1200000000"
    assert str(parse_number("0.50")) == "0.5"


def test_thirds_are_rounded_decimals() -> None:
    third = parse_number("a third")
    assert third is not None and abs(third - Decimal(1) / 3) < Decimal("1e-20")
    two_thirds = parse_number("two-thirds")
    assert two_thirds is not None and abs(two_thirds - Decimal(2) / 3) < Decimal("1e-20")


@pytest.mark.parametrize("text", ["", "a", "Rs", "million dollars", "1/0", "5/3", "abc", "1" * 40, "and"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_scale_value() -> None:
    assert scale_value("million") == Decimal(10**6)
    assert scale_value(" bn") == Decimal(10**9)
    assert scale_value("m") == Decimal(10**6)
    assert scale_value("lakh crore") == Decimal(10**12)
    assert scale_value("dollars") is None
    assert scale_value("") is None


def test_has_scale() -> None:
    assert has_scale("5 million") and has_scale("1.2bn") and has_scale("two mln")
    assert not has_scale("1,000") and not has_scale("five hundred")


def test_number_pattern_is_embeddable() -> None:
    pattern = regex.compile(rf"(?<![\w.,])(?P<n>{_numbers.NUMBER_PATTERN}) dollars")
    m = pattern.search("it cost five hundred million dollars")
    assert m is not None and m.group("n") == "five hundred million"
    assert regex.compile(_numbers.NUMBER_PATTERN).groups == 0
    with pytest.raises(AttributeError):
        _numbers.NO_SUCH_NAME  # noqa: B018


def test_patterns_are_cached() -> None:
    assert number_patterns() is number_patterns()


def test_alternation_matches_every_word_and_prefers_longer() -> None:
    words = ["dlr", "dlrs", "dollar", "dollars", "U.S. dlrs", "yen"]
    pattern = regex.compile(rf"(?:{alternation(words)})\Z")
    for w in words:
        assert pattern.match(w)
    assert regex.match(alternation(words), "dollars").group() == "dollars"
    assert regex.match(alternation(words), "U.S.  dlrs").group() == "U.S.  dlrs"


def test_minimal_needles() -> None:
    assert minimal_needles({"dlr", "dlrs", "u.s. dlrs", "yen"}) == ("dlr", "yen")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("paid about ", "about"),
        ("paid more than ", "more_than"),
        ("its users exceeded ", "more_than"),
        ("users are now approaching ", "approaching"),
        ("at least ", "at_least"),
        ("up to ", "at_most"),
        ("fewer than ", "less_than"),
        ("paid ", "exact"),
        ("cabout ", "exact"),
    ],
)
def test_qualifier_before(text: str, qualifier: str) -> None:
    assert qualifier_before(text + "5", len(text))[0] == qualifier


def test_qualifier_before_reads_the_character_before_its_window() -> None:
    # the phrase starts right at the window's first character (24 back): the letter
    # or space before it decides, though both windows hold the same characters
    spaced = "a more than" + " " * 15 + "5"
    glued = "amore than" + " " * 15 + "5"
    assert qualifier_before(spaced, len(spaced) - 1) == ("more_than", 2)
    assert qualifier_before(glued, len(glued) - 1) == ("exact", len(glued) - 1)
    assert qualifier_before(spaced[2:], len(spaced) - 3) == ("more_than", 0)


def test_qualifier_before_gives_offsets_in_each_text() -> None:
    # the same context at different places: each answer in its own text's offsets
    text = "it paid more than $5 and more than $7"
    assert qualifier_before(text, 18) == ("more_than", 8)
    assert qualifier_before(text, 35) == ("more_than", 25)


_USERS_COUNT = re.compile(r"users [0-9]+")


@given(
    st.lists(st.sampled_from(["users ", "5 ", "x", " ", "users 12 ", "\n"]), max_size=60),
)
def test_window_search_with_needs_finds_what_a_full_scan_finds(parts: list[str]) -> None:
    text = "".join(parts)
    search = WindowSearch(_USERS_COUNT, text, ((text, ("users",), 0, 12),), None, re.compile("[0-9]"))
    found, pos = [], 0
    while (m := search.search(pos)) is not None:
        found.append(m.span())
        pos = m.end()
    assert found == [m.span() for m in _USERS_COUNT.finditer(text)]


def test_window_search_skips_windows_without_what_every_match_needs() -> None:
    text = "users " * 2_000 + "then users 42"
    search = WindowSearch(_USERS_COUNT, text, ((text, ("users",), 0, 12),), None, re.compile("[0-9]"))
    m = search.search(0)
    assert m is not None and m.group() == "users 42" and m.start() == len(text) - 8
    assert search.search(m.end()) is None


@given(n=st.integers(min_value=0, max_value=10**15))
def test_digits_read_back(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@given(st.text(max_size=40))
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, Decimal)


NUMERIC_DATA = ("numbers.tsv", "currencies.tsv", "qualifiers.tsv", "directions.tsv", "user_metrics.tsv")


def test_data_files_load_and_name_their_source() -> None:
    from importlib import resources

    for name in NUMERIC_DATA:
        rows = _numbers.data_rows(name)
        assert rows and all(len(r) == 3 or (name == "qualifiers.tsv" and len(r) == 2) for r in rows), name
        head = resources.files("bizfacts").joinpath("data", name).read_text(encoding="utf-8")[:600]
        assert head.startswith("#") and "Source" in head and "Licence" in head, name


def test_currency_codes_are_iso_shaped() -> None:
    for code, kind, forms in _numbers.data_rows("currencies.tsv"):
        assert regex.fullmatch(r"[A-Z]{3}|\?[a-z]+(=[A-Z]{3})?", code), code
        assert kind in ("symbol", "code", "word", "word_cs", "minor", "minor_attached") or kind.startswith(
            "cue:"
        )
        assert all(forms.split("|")), code


def test_ascii_twin_of_a_combining_mark() -> None:
    # no combining mark is ASCII: inside a class \p{M} adds nothing, alone it never matches
    from bizfacts._ascii_twins import ascii_twin

    assert ascii_twin(regex.compile(r"[\p{L}\p{M}]+")).pattern == "[A-Za-z]+"
    assert ascii_twin(regex.compile(r"a\p{M}?b")).fullmatch("ab") is not None
    assert ascii_twin(regex.compile(r"a\p{M}b")).search("a b ab") is None


_NAME_TEXT = st.text(alphabet="AaZzdel .'’s-\n9,", max_size=40)


@given(_NAME_TEXT)
@settings(max_examples=300, deadline=None)
def test_people_and_place_tokens_agree_with_their_ascii_twins(text: str) -> None:
    from bizfacts import people, places

    for pattern in (people._TOKEN, places._TOKEN):
        twin = pattern.for_text(text)
        spans = [m.span() for m in pattern.get().finditer(text)]
        if text.isascii():
            assert twin is not pattern.get()
        assert [m.span() for m in twin.finditer(text)] == spans


_BLANK_TEXT = st.text(alphabet=" \t\n\r\x0b\x0c\x1c\x1f\x85\u00a0a-,", max_size=24)


@given(_BLANK_TEXT)
@settings(max_examples=300, deadline=None)
def test_twins_of_white_space_but_classes_agree(text: str) -> None:
    # "[^\S\n-]": white space but the listed characters, spelled out for ASCII text
    from bizfacts._ascii_twins import ascii_twin

    if not text.isascii():
        text = text.encode("ascii", "replace").decode()
    for source in (r"[^\S\n]++", r"a[^\S\n-]*+,", r"[^\S\t\n ]", r"[^\S]"):
        pattern = regex.compile(source)
        twin = ascii_twin(pattern)
        assert [m.span() for m in twin.finditer(text)] == [m.span() for m in pattern.finditer(text)]


_CUE_TEXT = st.text(alphabet=" \t\n,45said former chief ", max_size=40)


@given(_CUE_TEXT)
@settings(max_examples=300, deadline=None)
def test_people_cue_patterns_agree_with_their_ascii_twins(text: str) -> None:
    from bizfacts import people

    for pattern in (people._SAID_AFTER, people._ROLE_AFTER, people._AGE_AFTER):
        twin = pattern.for_text(text)
        for pos in range(len(text) + 1):
            found, theirs = twin.match(text, pos), pattern.get().match(text, pos)
            assert (found and found.span()) == (theirs and theirs.span())


@given(st.text(alphabet="dlrsDLRSmakMDK $5%pc oldyingu\u00e9", max_size=80))
@settings(max_examples=300, deadline=None)
def test_joint_needle_spans_agree_with_two_passes(text: str) -> None:
    # the needle lists and a word list in one automaton pass give what two passes give: the
    # lists' spans and every hit of the words (a word may be a needle too: "dlr", "pc")
    import ahocorasick

    from bizfacts._needles import group_needle_spans, joint_needle_spans, joint_scanner

    groups = ((("dlr", "marks"), False, 3), (("DM", "Mark"), True, 5), (("%", "pc", "cent"), False, 2))
    words = [(w, (w, mask)) for w, mask in (("sold", 1), ("paying", 2), ("dlr", 4), ("pc", 1), ("s", 2))]
    lower = text.lower()
    found = joint_needle_spans(text, lower, groups, joint_scanner(groups, words))
    if not text.isascii():
        assert found is None
        return
    spans = group_needle_spans(text, lower, groups)
    assert (found is None) == (spans is None)  # needles too dense: the caller reads the two apart
    alone = ahocorasick.Automaton()
    for key, value in words:
        alone.add_word(key, value)
    alone.make_automaton()
    assert found is None or found == (spans, tuple(alone.iter(lower)))


@given(st.text(alphabet="dlrsDLRSmakMDK $5%pc \u00e9", max_size=80))
@settings(max_examples=300, deadline=None)
def test_group_needle_spans_agree_with_one_scan_per_list(text: str) -> None:
    # several lists, in the lowercase text or in exact case, found in one pass or one each;
    # short lists dense in the text ("%%%%") go to the chain pattern as needle_spans reads them
    from bizfacts._needles import group_needle_spans, group_scanner, needle_spans

    caseless = tuple(f"dlr{'s' * k}" for k in range(16)) + tuple(f"mark{'s' * k}" for k in range(16))
    exact = tuple(f"DM{'k' * k}" for k in range(16)) + tuple(f"Mark{'s' * k}" for k in range(16))
    groups = (
        (caseless, False, 3), (exact, True, 5), (("%", "pc", "cent"), False, 2), (("Ma", "DM"), True, 1)
    )
    lower = text.lower()
    found = group_needle_spans(text, lower, groups)
    assert group_needle_spans(text, lower, groups, group_scanner(groups)) == found  # the scanner kept
    if not text.isascii():
        assert found is None
        return
    if found is None:  # needles too dense for one pass: each list is read by itself
        assert len(list(group_scanner(groups).iter(lower))) > len(text) // 16 + 8
        return
    assert found == [needle_spans(text if exact else lower, needles, gap) for needles, exact, gap in groups]
