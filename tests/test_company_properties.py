"""Properties of extract_companies that must hold for any input."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bizfacts import CompanyMention, extract_companies
from bizfacts.companies import Gazetteer, is_non_company

SUFFIXES = ["Corp", "Inc", "Ltd", "Co", "PLC", "AG", "Holdings", "Group Ltd", "Corp.", "Co., Ltd."]
FILLER = [
    "said on Monday that",
    "reported",
    "and",
    "rose 5 percent after",
    "bought a stake in",
    "shares of",
    "the",
    ",",
    ".",
    "In March",
    "Chief Executive John Smith said",
    "Hangzhou-based",
]

@pytest.fixture(autouse=True, scope="module")
def _loaded() -> None:
    """Word lists loaded and patterns compiled before the examples: Hypothesis times each one,
    and the first call of a fresh process (this file run alone) pays for the lazy loading."""
    extract_companies("Warm-up: shares of Acme Corp (ACM) rose, its U.S. unit said.")
    extract_companies("Warm-up: Zürich-based Acme AG")


syllable = st.sampled_from(["ka", "lo", "mir", "ven", "tas", "dor", "quin", "zel", "bru", "fen", "ost", "ra"])
pseudo_word = st.lists(syllable, min_size=2, max_size=4).map(lambda parts: "".join(parts).capitalize())


def invented(word: str) -> bool:
    """A made-up name no word list or gazetteer knows."""
    return is_non_company(word) is None and Gazetteer.default().lookup(word) is None


def check_spans(text: str, found: list[CompanyMention]) -> None:
    last_end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end, "sorted and not overlapping"
        assert m.name and m.name == m.name.strip()
        assert m.kind in ("company", "product", "site", "organization")
        last_end = m.end


@settings(max_examples=300)
@given(st.text())
def test_arbitrary_unicode_gives_valid_spans(text: str) -> None:
    check_spans(text, extract_companies(text))


@settings(max_examples=200)
@given(
    st.lists(
        st.one_of(
            pseudo_word,
            st.sampled_from(SUFFIXES),
            st.sampled_from(FILLER),
            st.sampled_from(
                [
                    "Sina",
                    "Tencent",
                    "WeChat",
                    "taobao.com",
                    "<CYL>",
                    "(NASDAQ: ABC)",
                    "Mr.",
                    "Li",
                    "Wang Gao",
                    "of",
                    "&",
                    "'s",
                ]
            ),
        ),
        max_size=40,
    )
)
def test_business_like_text_gives_valid_spans(words: list[str]) -> None:
    text = " ".join(words)
    found = extract_companies(text)
    check_spans(text, found)
    assert found == extract_companies(text), "deterministic"


@settings(max_examples=100)
@given(pseudo_word, pseudo_word, st.sampled_from(SUFFIXES))
def test_canonical_name_does_not_depend_on_alias_order(first: str, second: str, suffix: str) -> None:
    assume(invented(first) and invented(second))
    full, short = f"{first} {second} {suffix}", f"{first} {second}"
    one = extract_companies(f"{full} said sales rose. Later, {short} said costs fell.")
    two = extract_companies(f"{short} said costs fell. Later, {full} said sales rose.")
    assert {m.name for m in one} == {m.name for m in two} == {f"{first} {second}"}
    assert len(one) == len(two) == 2


@settings(max_examples=50)
@given(
    st.sampled_from(["Tencent Holdings", "Tencent Inc", "Tencent"]),
    st.sampled_from(["Tencent Holdings Ltd", "Tencent's", "TENCENT"]),
)
def test_gazetteer_aliases_link_in_any_order(a: str, b: str) -> None:
    for text in (f"{a} rose. Then {b} fell.", f"{b} rose. Then {a} fell."):
        assert {m.name for m in extract_companies(text)} == {"Tencent"}


@settings(max_examples=50)
@given(st.text(max_size=30), st.sampled_from(["Sina Corp", "Halvorsen Marine Corp", "Alibaba Group"]))
def test_embedding_shifts_offsets(prefix: str, name: str) -> None:
    base = extract_companies(f"{name} said profit rose.")
    text = f"{prefix}\n\n{name} said profit rose."  # a paragraph break: no name runs across it
    shift = len(prefix) + 2
    shifted = [m for m in extract_companies(text) if m.start >= shift]
    assert [(m.start - shift, m.end - shift, m.name) for m in shifted] == [
        (m.start, m.end, m.name) for m in base
    ]


def test_adversarial_inputs_finish() -> None:
    for text in [
        "Aaaa " * 20_000,
        "Inc " * 20_000,
        "Bank of " * 10_000,
        "<" * 30_000,
        "A." * 30_000,
        "x.com." * 10_000,
        "Foo-" * 20_000,
        "(NASDAQ: " * 5_000,
        "'s " * 20_000,
    ]:
        check_spans(text, extract_companies(text))


@settings(max_examples=30)
@given(
    st.sampled_from(["K Mart Corp", "Kmart", "K Mart"]),
    st.sampled_from(["Kmart Corp", "K Mart Corp", "Kmart"]),
)
def test_written_names_do_not_depend_on_order(a: str, b: str) -> None:
    """Gazetteer entities are named as the text writes them, whichever spelling comes first."""
    one = extract_companies(f"{a} said sales rose. Later, {b} said costs fell.")
    two = extract_companies(f"{b} said costs fell. Later, {a} said sales rose.")
    assert len({m.name for m in one}) == 1
    assert {m.name for m in one} == {m.name for m in two}


# pieces that exercise every branch of the capitalized-word pattern: abbreviations and
# their dots, initials, possessives before an investor noun, lowercase legal suffixes,
# connectors, currency signs and the whitespace ``regex`` and ``re`` could disagree on
_WORD_PIECES = st.sampled_from(
    [
        "Inc", "Corp", "Co", "Cos", "Mr", "St", "U", "S", "A", "x", "ab", "abcd", "Teachers",
        "s", "'", "’", ".", "-", "&", "/", "$", "3", "e.g", " ", "\t", "\n", "\x0b", "\x1c",
        "\x85", "é", "plc", "ltd", "inc", "gmbh", " Pension", " Savings", "Benefit",
    ]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_WORD_PIECES, max_size=30).map("".join))
def test_ascii_word_pattern_finds_the_same_words(text: str) -> None:
    """On ASCII text the standard library's twin of the word pattern matches what ``regex`` does."""
    import regex

    from bizfacts.companies._regexes import _TOKEN, _TOKEN_UPPER, _ascii_tokens

    assume(text.isascii())
    for pattern, twin in zip((_TOKEN, _TOKEN_UPPER), _ascii_tokens(), strict=True):
        want = [m.span() for m in regex.compile(pattern.pattern).finditer(text)]
        assert [m.span() for m in twin.finditer(text)] == want


def _twinned_patterns() -> list[tuple[str, Any]]:
    """The company extractor's lazily compiled patterns that have a stdlib twin."""
    import re

    from bizfacts.companies import _acronyms, _regexes, _review
    from bizfacts.companies._regexes import _ascii_source_of, _Pattern

    found = []
    for module in (_regexes, _review, _acronyms):
        for name, pattern in vars(module).items():
            if isinstance(pattern, _Pattern) and pattern.flags == 0:
                try:
                    re.compile(_ascii_source_of(pattern.pattern))
                except (ValueError, re.error):
                    continue
                found.append((f"{module.__name__}.{name}", pattern))
    return found


def _same_match(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return bool(a.span() == b.span() and a.groups() == b.groups())


def _check_twins(text: str, step: int = 1) -> None:
    import regex

    for name, pattern in _twinned_patterns():
        compiled = regex.compile(pattern.pattern)
        for pos in range(0, len(text) + 1, step):
            for lo, hi in ((pos, pos + 120), (max(0, pos - 40), pos)):
                twin_match, twin_search = pattern.ascii_match, pattern.ascii_search
                assert _same_match(compiled.match(text, lo, hi), twin_match(text, lo, hi)), (name, lo)
                assert _same_match(compiled.search(text, lo, hi), twin_search(text, lo, hi)), (name, lo)


def test_ascii_twins_match_the_patterns_on_the_case_files() -> None:
    """Every stdlib twin finds what its ``regex`` pattern finds, at many positions of real cases."""
    import json
    from pathlib import Path

    assert len(_twinned_patterns()) > 30
    for path in sorted((Path(__file__).parent / "corpus" / "companies").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"] if line.strip() else ""
            if text.isascii():
                _check_twins(text, step=7)


_TWIN_PIECES = st.sampled_from(
    [
        "Acme", "ACME", "Corp", "Inc.", " ", "  ", "\t", "\n", ",", ".", ":", "(", ")", "<", ">", "-",
        "based", "listed", "a", "the", "maker", "said", "it", "shares", "of", "and", "NYSE", "12345",
        "U.S.", "firm", "daily", "Mr", "family", "'s", "analyst", "at", "X",
    ]
)  # fmt: skip


@settings(max_examples=150)
@given(st.lists(_TWIN_PIECES, max_size=24).map("".join))
def test_ascii_twins_match_the_patterns_on_any_ascii_text(text: str) -> None:
    _check_twins(text)


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(["Ab", "Abc", "b", "x", " ", "é", "1", "Ab c", "-", "Ä"]), max_size=20).map(
        "".join
    ),
    st.lists(st.sampled_from(["Ab", "Abc", "Ab c", "b c", "Ä"]), min_size=1, max_size=3, unique=True),
)
def test_occurrences_are_those_of_the_alternation(text: str, names: list[str]) -> None:
    """The document's names are found where the pattern of their alternation finds them."""
    import regex

    from bizfacts.companies._scans import _occurrences

    ordered = sorted(names, key=len, reverse=True)
    pattern = regex.compile(
        r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(n) for n in ordered) + r")(?![\p{L}\p{N}])"
    )
    assert _occurrences(text, ordered) == [m.span() for m in pattern.finditer(text)]


_RUN_PIECES = st.sampled_from(
    [
        "Acme", "Inc", "Inc.", "Corp", "Co", "U.S.", "A.", "J", " ", "  ", "\t", "\n", ",", ", ", " of ",
        " and ", " de ", " & ", " plc", " ltd.", "x", "ab", "'s", "$", "3", "-", "Teachers'", " Pension",
        "LIMITED", "Mr.", "e.g.",
    ]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_RUN_PIECES, max_size=30).map("".join))
def test_ascii_runs_are_those_of_the_word_scan(text: str) -> None:
    """On ASCII text the runs read through the run pattern's twin are those of the word scan."""
    from bizfacts.companies._regexes import _TOKEN, _TOKEN_UPPER, _may_have_lower_suffix
    from bizfacts.companies._tokens import _scanned_word_runs, _word_runs

    assume(text.isascii())
    word_iter = (_TOKEN if _may_have_lower_suffix(text) else _TOKEN_UPPER).finditer
    assert list(_word_runs(text)) == list(_scanned_word_runs(text, word_iter))


_LOWERCASE_PIECES = st.sampled_from(
    [
        "plc", "ltd", "inc", "llc", "gmbh", "bhd", "tbk", "incl", " ", "\t", "\n", "\u00a0", "x", "3",
        "-", ".", "analyst", "analysts", "broker", "stockbroker", "based", "shares", "stock", "daily",
        "news agency", "weekly", "radio", "Acme", "é", "at", "from", "of", "in", "newspaper", "said",
        "Vantor Lane", "(", ",", "news",
    ]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_LOWERCASE_PIECES, max_size=25).map("".join))
def test_one_scan_finds_what_a_search_per_word_finds(text: str) -> None:
    """The one Aho-Corasick scan says what the searches it replaces say: a lowercase legal
    suffix where _may_have_lower_suffix() sees one, and cue words from which the review reads
    the very names it reads from every cue word str.find finds."""
    from bizfacts.companies._lowercase import FIRM_CUE_WORDS, MEDIA_WORDS, LowercaseWords
    from bizfacts.companies._regexes import _may_have_lower_suffix
    from bizfacts.companies._review import _cue_names

    found = LowercaseWords(text)
    assert found.lower_suffix == _may_have_lower_suffix(text)
    every = []
    for media, words in ((False, FIRM_CUE_WORDS), (True, MEDIA_WORDS)):
        for word in words:
            pos = text.find(word)
            while pos >= 0:
                every.append((pos, word, media))
                pos = text.find(word, pos + 1)
    assert set(found.cues) <= set(every)
    ends, runs = _cue_names(text, found.cues)
    every_ends, every_runs = _cue_names(text, sorted(every))
    assert sorted(ends) == sorted(every_ends)
    assert sorted(r.span() for r in runs) == sorted(r.span() for r in every_runs)


_BRACKET_PIECES = st.sampled_from(
    [
        "Borg-Warner", "Kestrel", "Holding", "A&B", "U.K.", "x", "of", " ", "  ", " (", "(", ")",
        " (Hong Kong)", " (Tasmania)", " (1.5 mln)", " Ltd", " Co", ",", "Évora", "\n", "-", ".",
    ]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_BRACKET_PIECES, max_size=20).map("".join))
def test_place_in_brackets_is_read_where_the_scan_reads_it(text: str) -> None:
    """_paren_places(), which tries the pattern only before each " (", finds what a scan
    of the whole text finds: "Borg-Warner (Australia) Ltd" and every other match."""
    from bizfacts.companies._extractor import _PAREN_PLACE, _paren_places

    found = [(m.span(), m.group()) for m in _paren_places(text)]
    assert found == [(m.span(), m.group()) for m in _PAREN_PLACE.finditer(text)]


def test_place_in_brackets_examples() -> None:
    from bizfacts.companies._extractor import _paren_places

    text = "It bought Kestrel (Hong Kong) Holding Co Ltd and Wren (1.5 mln) Co (Tasmania) Ltd."
    assert [m.group() for m in _paren_places(text)] == [
        "Kestrel (Hong Kong) Holding Co Ltd",
        "Co (Tasmania) Ltd.",  # (the pattern takes the dot: the caller reads the words)
    ]


_RUN_PIECES = st.sampled_from(
    [
        "Acme", "Holding", "U.S.", "AT&T", "McDonald's", "Teachers'", "Pension", "Inc", "Inc.", "Co",
        " ", "  ", "\t", ",", ", ", "of", " of ", " and ", " & ", "x", "3M", "eBay", "-", ".", "\n",
        "plc", "OECD", "Mr.", "J.", "de",
    ]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_RUN_PIECES, max_size=25).map("".join))
def test_ascii_runs_read_by_spaces_are_those_of_the_word_scan(text: str) -> None:
    """_tokens() on ASCII text (a run whose gaps are all one space read by splitting it) gives
    the runs and acronym starts that the word scan's runs give."""
    from bizfacts.companies._tokens import _ACRONYM_SECOND, _read_run, _tokens, _word_runs

    assume(text.isascii())
    for lower in (False, True):
        expected: list[Any] = []
        expected_caps: list[int] = []
        for spans in _word_runs(text, lower):
            expected_caps.extend(s for s, e in spans if e - s > 1 and text[s + 1] in _ACRONYM_SECOND)
            _read_run(text, spans, [], [], frozenset(), frozenset(), expected)
        caps: list[int] = []
        runs = _tokens(text, [], frozenset(), frozenset(), caps, lower)
        assert [[(t.start, t.end, t.text, t.gap) for t in r] for r in runs] == [
            [(t.start, t.end, t.text, t.gap) for t in r] for r in expected
        ]
        assert caps == expected_caps


@given(
    st.text(alphabet="AbcÉ &.'", max_size=12),
    st.integers(min_value=0, max_value=50),
    st.sampled_from(["company", "product", "site", "organization"]),
    st.one_of(st.none(), st.text(max_size=5)),
    st.text(max_size=8),
)
def test_a_mention_made_through_its_slots_is_the_attrs_mention(
    text: str, start: int, kind: Any, owner: str | None, rule: str
) -> None:
    """The extractor's fast constructor makes the very CompanyMention attrs makes: same fields,
    equality, hash and repr, and the same error for a span that does not fit its text."""
    from bizfacts.companies._made import mention

    fields = (start, start + len(text), text, text.strip() or "x", kind, owner, None, "NYSE", rule)
    made, attrs_made = mention(*fields), CompanyMention(*fields)
    assert made == attrs_made and hash(made) == hash(attrs_made) and repr(made) == repr(attrs_made)
    assert made.rule == rule
    with pytest.raises(ValueError):
        mention(start, start + len(text) + 1, text, "x")
    with pytest.raises(ValueError):
        CompanyMention(start, start + len(text) + 1, text, "x")
