"""Passes that read a whole document once per name (issue #14): linear now.

A test per quadratic pass runs an input that took a minute or more before the fix under a
limit of seconds that a linear pass meets many times over; each shortcut that replaced a
scan is checked against that scan on generated text.  Speed itself is measured by
benchmarks/robustness.py, not asserted here.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import time
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

import bizfacts
from bizfacts._patterns import match_near
from bizfacts.companies import _scans, _written
from bizfacts.companies._written import _WrittenWords
from bizfacts.dates import _periods
from bizfacts.facts import discourse, discourse_state

_SETTINGS = settings(max_examples=200, deadline=None)
_SYLLABLES = ("ka", "ro", "vin", "tel", "mar", "zu", "den", "lo", "sta", "qui", "bex", "nor")


def _name(i: int) -> str:
    """An invented name, a different one for each ``i`` below 12**5 ("Kakakakaka", "Rokakakaka")."""
    return "".join(_SYLLABLES[(i // 12**k) % 12] for k in range(5)).capitalize()


def _timed(call: Callable[[], object]) -> float:
    t0 = time.process_time()
    call()
    return time.process_time() - t0


def test_said_it_subjects_are_linear() -> None:
    """Each unknown subject of "said it" scanned the whole text for the word in lowercase:
    30,000 of them (a million characters) took over a minute."""
    n = 30_000
    text = "".join(f"{_name(i)} said it would grow. " for i in range(n))
    found: list[bizfacts.CompanyMention] = []
    assert _timed(lambda: found.extend(bizfacts.extract_companies(text))) < 30.0
    assert [(m.name, m.kind) for m in found[:2]] == [("Kakakakaka", "company"), ("Rokakakaka", "company")]
    assert len(found) == n


def test_sentence_opening_owner_words_are_linear() -> None:
    """Each "X-owned" opening a sentence scanned the whole text for "x" in lowercase: 50,000
    of them (1.6 million characters) took over a minute."""
    n = 50_000
    text = "".join(f"{_name(i)}-owned mills grew. " for i in range(n))
    found: list[bizfacts.CompanyMention] = []
    assert _timed(lambda: found.extend(bizfacts.extract_companies(text))) < 30.0
    assert len(found) == n
    # an ordinary word the text also writes in lowercase is no owner
    assert bizfacts.extract_companies("Family-owned mills grew. The family sold.") == []


def test_written_words_index_after_a_few_scans() -> None:
    text = " ".join(_name(i) for i in range(1_000)) + " the family, ok"
    words = _WrittenWords(text)
    for i in range(200):
        assert not words.spaced(_name(i).lower())
        assert not words.lowercase(_name(i))
    assert words.spaced_scans == words.lower_scans == _written._SCANS  # then the index answers
    assert words.spaced("family") and words.spaced("the") and not words.spaced("ok")
    assert words.lowercase("Family") and not words.lowercase("Ok.") and not words.lowercase("family")


_PIECES = ["family", "Family", "fam", "ily", " ", ",", ".", "@", "/", "-", "\n", "a", "A", "3", "é", "x.y"]
_WORDS = ["Family", "family", "Fam", "A", "Ily", "X.y", "É", "Famé", "a,b", "F a", "Y"]


@_SETTINGS
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.lists(st.sampled_from(_WORDS), max_size=12))
def test_written_words_answer_as_the_scans(pieces: list[str], asked: list[str]) -> None:
    text = "".join(pieces)
    indexed = _WrittenWords(text)
    indexed.spaced_scans = indexed.lower_scans = _written._SCANS  # the index from the first question
    for word in asked:
        lower = word.lower()
        spaced = f" {lower} " in text or f" {lower}," in text
        assert _WrittenWords(text).spaced(lower) == indexed.spaced(lower) == spaced
        lowercase = lower != word and _WrittenWords(text)._scan(lower)
        assert _WrittenWords(text).lowercase(word) == indexed.lowercase(word) == lowercase


@_SETTINGS
@given(
    st.lists(st.sampled_from(["Ab", "Abc", "AbAb", " ", "x", "1", "é", "Ab Abc", ","]), max_size=30),
    st.sets(st.sampled_from(["Ab", "Abc", "AbAb", "Ab A", "b", "bA", "x", "é1"]), min_size=1),
)
def test_name_occurrences_by_automaton_as_by_scans(pieces: list[str], names: set[str]) -> None:
    text = "".join(pieces)
    ordered = sorted(names, key=len, reverse=True)
    limit = _scans._FIND_NAMES
    try:
        _scans._FIND_NAMES = 100
        scanned = _scans._occurrences(text, ordered)
        _scans._FIND_NAMES = 0
        assert _scans._occurrences(text, ordered) == scanned
    finally:
        _scans._FIND_NAMES = limit


_DATE_PIECES = ["Q3", "q2", "H1", "H3", "3Q", "1H", " ", "  ", "    ", "\t", "\u00a0", "in", "fiscal", "FY24",
                "1987", "87", "'", ",", "-", "results", "of", "Q", "x", "Z", "F", "5", "a3", "\n", "é"]


@_SETTINGS
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=30))
def test_bare_quarter_shortcut_answers_as_the_patterns(pieces: list[str]) -> None:
    text = "".join(pieces)
    ref = dt.date(2013, 5, 1)
    found = bizfacts.extract_dates(text, reference_date=ref)
    shortcut = _periods._bare_between_words
    try:
        _periods._bare_between_words = lambda text, pos: False  # every "Q3" read by the patterns
        assert bizfacts.extract_dates(text, reference_date=ref) == found
    finally:
        _periods._bare_between_words = shortcut


def test_bare_quarters_in_a_row_are_no_periods() -> None:
    assert bizfacts.extract_dates("Q3 " * 1_000, reference_date=dt.date(2013, 5, 1)) == []
    [q] = bizfacts.extract_dates("Sales rose in Q3 Q4 was flat.", reference_date=dt.date(2013, 5, 1))
    assert (q.text, q.granularity) == ("Q3", "quarter")


# patterns matched after a name over the whole document: the ``regex`` module first looks for
# a literal each needs ("by", '"', " is "/" was ") in all the rest of the text
_NEAR_PATTERNS = [discourse._TERM_DEFINITION, discourse._BY_AGENT_AFTER, discourse_state._DESCRIBED]


def test_matches_after_names_in_a_long_text_lacking_their_literal_are_linear() -> None:
    """Matched once per name without a bound, a pattern scanned the rest of a text lacking its
    literal: after 40,000 names in a million characters, "by" took 8 seconds, '("' as long."""
    text = "".join(f"{_name(i)} Corp sold it. " for i in range(40_000))
    ends = [m.end() for m in re.finditer("Corp", text)]
    for pattern in _NEAR_PATTERNS:
        assert _timed(lambda p=pattern: [p.match_near(text, e) for e in ends]) < 5.0
        assert all(pattern.match_near(text, e) is None for e in ends[:200])
    # a document defining a term once, then a long list of companies: read as before
    doc = 'Acme Corp ("Acme") was sold.\n' + text[:100_000]
    assert _timed(lambda: bizfacts.extract_facts(doc)) < 30.0


_NEAR_PIECES = ["Acme", " ", "   ", "\n", ",", "(", ")", '"', "“", "the", "by", "is", "was", "a", "an",
                "x", "é", "Kestrel", " Corp", "or", "-", ".", ";"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_NEAR_PIECES), max_size=40).map("".join), st.integers(0, 12), st.integers(0, 40)
)
def test_match_near_answers_as_the_match(text: str, window: int, pos: int) -> None:
    """A match tried first as a partial one on a window of any width answers as the match itself,
    the match running past the window or not."""
    pos = min(pos, len(text))
    for pattern in _NEAR_PATTERNS:
        want = pattern.match(text, pos)
        got = match_near(pattern.get(), text, pos, window)
        assert (got is None) == (want is None)
        if got is not None and want is not None:
            assert got.span() == want.span() and got.groupdict() == want.groupdict()


_MONEY_PIECES = ["$", "€", "£", "¥", "₹", "US$", "HK$", "Rs", "5", "1,000", ".5", "٣", "５", "\u2212", "-",
                 " ", "million", "dlrs", "yen", "euros", "a dozen", "Ω", "中", "é", "x", "(", ")",
                 "\n"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_MONEY_PIECES), max_size=30).map("".join))
def test_money_starts_hold_every_match_start(text: str) -> None:
    """Where a non-ASCII character may start a money match (a prefix's head, a number), the
    cheap start pattern matches: the pattern is tried at every position it could match."""
    from bizfacts import _money_patterns

    pattern, starts = _money_patterns._patterns().main, _money_patterns._starts()
    for pos in range(len(text) + 1):
        if pattern.match(text, pos) is not None:
            assert starts.match(text, pos) is not None, (text, pos)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("AÅΩЖaåωж中٣.'’-ǅ\u0301\u0378Mc"), min_size=1, max_size=6))
def test_name_word_shortcut_answers_as_the_pattern(word: str) -> None:
    """A capitalized word told no name word by its second character is one the pattern rejects."""
    from bizfacts import people

    people._run_class.cache_clear()
    if word[:1].isupper() and not people._is_name_word(word):
        assert people._run_class(word) == "C"
    elif word[:1].isupper():
        assert people._run_class(word) in ("L", "N")


def test_first_person_in_a_sentence_of_many_companies_is_linear() -> None:
    """Each "we" of a sentence tested every company of it for an overlap: one run-on line of
    20,000 companies and 20,000 "we" took over 40 seconds (CPU) in that pass alone."""
    from bizfacts.facts.pronouns import first_person

    n = 20_000
    text = "".join(f"we acquired {_name(i)} Corp and " for i in range(n))
    companies = bizfacts.extract_companies(text)
    found: list[tuple[int, int, str]] = []
    assert _timed(lambda: found.extend(first_person(text, 0, len(text), companies, "Tollbridge"))) < 8.0
    assert len(found) == n and found[0] == (0, 2, "Tollbridge")


def test_speaker_labels_of_a_long_transcript_are_linear() -> None:
    """Each labelled line's "we" read every company of the document for the label's: a transcript
    of 20,000 labelled lines took about a minute (CPU) in that pass alone."""
    from bizfacts.facts.pronouns import first_person

    n = 20_000
    text = "".join(f"Ann Lee, CEO, {_name(i)} Corp: Sure. We closed it.\n" for i in range(n))
    companies = bizfacts.extract_companies(text)
    lines = [m.start() for m in re.finditer("We closed", text)]
    found: list[list[tuple[int, int, str]]] = []
    read = (first_person(text, i, i + 15, [], "T", companies) for i in lines)
    assert _timed(lambda: found.extend(read)) < 10.0
    assert len(found) == n and found[0] == [(37, 39, "Kakakakaka")] and found[1][0][2] == "Rokakakaka"


def test_pronouns_of_a_long_document_are_linear() -> None:
    """Each sentence with "he" or "she" listed the starts of every person of the document: 20,000
    such sentences after 20,000 people took about a minute (CPU) in that pass alone."""
    from bizfacts.facts.cascade.discourse import pronoun_people

    n = 30_000
    unit = "Ann Lee joined. He is the CEO. " + " " * 400  # (one person within reach of each "He")
    text = unit * n
    people = [bizfacts.PersonMention(k * len(unit), k * len(unit) + 7, "Ann Lee", _name(k)) for k in range(n)]
    sentences = [(k * len(unit) + 16, k * len(unit) + 30) for k in range(n)]
    found: list[list[bizfacts.PersonMention]] = []
    read = (pronoun_people(text, s, e, [], people) for s, e in sentences)
    assert _timed(lambda: found.extend(read)) < 10.0
    assert len(found) == n and [p.name for p in found[1]] == [_name(1)]


def test_lone_surnames_many_people_share_are_linear() -> None:
    """Each lone "Mr. Brennock" several people named in full share read every full name of the
    document twice (same honorific, introduced before): 8,000 of them took 109 s (CPU)."""
    n = 8_000
    text = "".join(f"Mr. {_name(i)} Brennock joined the board. Mr. Brennock said so. " for i in range(n))
    found: list[bizfacts.PersonMention] = []
    assert _timed(lambda: found.extend(bizfacts.extract_people(text))) < 20.0
    assert len(found) == 2 * n
    assert [p.name for p in found[:4]] == ["Kakakakaka Brennock"] * 2 + ["Rokakakaka Brennock", "Brennock"]


_FIRSTS = ["Harold", "Ann", "Daniel", "Harold James", "Ann B.", "Li Wei"]
_HONORIFICS = ["", "Mr. ", "Mrs. ", "Ms. ", "Herr "]
_SURNAMES = ["Brennock", "Pratt"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_HONORIFICS), st.sampled_from(_FIRSTS), st.sampled_from(_SURNAMES)),
        min_size=1,
        max_size=12,
    ),
    st.randoms(use_true_random=False),
)
def test_surname_links_answer_as_the_scans(people: list[tuple[str, str, str]], rng: random.Random) -> None:
    """``SurnameLinks`` answers as ``same_honorific`` and ``introduced_before``, which scan every name."""
    from bizfacts._person_linking import SurnameLinks, introduced_before, same_honorific

    text = ""
    full: list[tuple[int, int, str]] = []
    names: list[str] = []
    for honorific, first, last in people:
        text += honorific
        name = f"{first} {last}" if rng.random() < 0.7 else last
        full.append((len(text), len(text) + len(name), "r"))
        names.append(name)
        text += name + " said. "
    order = list(range(len(full)))
    rng.shuffle(order)  # (not always in text order)
    full, names = [full[k] for k in order], [names[k] for k in order]
    links = SurnameLinks(text, full, names)
    for start in range(len(text) + 1):
        for surname in ("Brennock", "Pratt", "Cole"):
            assert links.same_honorific(start, surname) == same_honorific(text, start, surname, full, names)
            assert links.introduced_before(start, surname) == introduced_before(start, surname, full, names)


def test_joined_pairs_of_a_long_document_are_linear() -> None:
    """Each company name "A and B" asked every mention of the document whether it names B alone:
    8,000 such names took 7 s (CPU), 20,000 about 45 s."""
    from bizfacts.companies._pairs import split_joined_pairs

    mentions: list[bizfacts.CompanyMention] = []
    pos = 0
    for i in range(20_000):
        for written in (f"{_name(i)} and {_name(i + 1)} Widgets", f"{_name(i)} Labs"):
            mentions.append(bizfacts.CompanyMention(pos, pos + len(written), written, written, "company"))
            pos += len(written) + 2
    out: list[bizfacts.CompanyMention] = []
    assert _timed(lambda: out.extend(split_joined_pairs(mentions))) < 10.0
    assert out == mentions  # (no "B" named alone: each pair stays one name)


_JOINED = "Ruwaq Labs and Saxton"
_PAIR_WORDS = ["Brightmoor Partners", "Brightmoor", "Ruwaq Labs", "Ruwaq Labs Inc", "Gas Corp", "Saxton"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_PAIR_WORDS), st.sampled_from(_PAIR_WORDS)), min_size=1, max_size=8),
    st.lists(st.tuples(st.sampled_from(_PAIR_WORDS), st.sampled_from([*_PAIR_WORDS, _JOINED])), max_size=8),
)
def test_two_companies_answers_as_the_scans(
    pairs: list[tuple[str, str]], others: list[tuple[str, str]]
) -> None:
    """``_two_companies`` reads the names by written form as the scans of every mention did."""
    from bizfacts._company_words import company_words
    from bizfacts.companies._pairs import _AND, _NUMBERED, _name, _two_companies

    written = [(f"{a} and {b}", f"{a} and {b}") for a, b in pairs] + others
    mentions = [bizfacts.CompanyMention(0, len(w), w, name, "company") for w, name in written]
    named_as: dict[str, set[str]] = {}
    for m in mentions:
        named_as.setdefault(m.text, set()).add(m.name)

    def scans(left: str, right: str, name: str) -> bool:  # (the function before the index)
        words = company_words()
        lefts, rights = left.split(), _name(right).split()
        if len(rights) < 2 or not lefts:
            return False
        first = rights[0]
        if first in words.head or first in words.generic or first in words.common or not first[:1].isupper():
            return False
        ends = words.head | words.org_head
        if len(lefts) > 1 and lefts[-1] in words.head and rights[-1] in ends:
            return True
        last = rights[-2] if len(rights) > 2 and _NUMBERED.fullmatch(rights[-1]) else rights[-1]
        if last in ends and any(
            m.text == left and m.name != name and _AND not in m.name and m.name.startswith(left + " ")
            for m in mentions
        ):
            return True
        return any(_AND not in m.text and m.name != name and m.text == right for m in mentions)

    for a, b in pairs:
        name = f"{a} and {b}"
        assert _two_companies(a, b, name, named_as) == scans(a, b, name)


def test_pairs_after_many_companies_are_linear() -> None:
    """Each "A and B Widgets Inc" asked every company found before it whether A is one: 8,000 of
    them after as many companies took 6.9 s (CPU), 20,000 an estimated 40 s."""
    n = 20_000
    unit = "{a} Labs Inc grew. {a} and {b} Widgets Inc said so. "
    text = "".join(unit.format(a=_name(i), b=_name(i + 1)) for i in range(n))
    found: list[bizfacts.CompanyMention] = []
    assert _timed(lambda: found.extend(bizfacts.extract_companies(text))) < 20.0
    assert len(found) == 2 * n and found[1].name == "Kakakakaka and Rokakakaka Widgets"


def test_possessives_after_many_companies_are_linear() -> None:
    """Each "X Media's" asked every company found before it whether one's name goes on after "X
    Media": 8,000 of them took 3.4 s (CPU), 20,000 an estimated 20 s."""
    n = 20_000
    text = "".join(f"The {_name(i)} Media's arm grew. " for i in range(n))
    found: list[bizfacts.CompanyMention] = []
    assert _timed(lambda: found.extend(bizfacts.extract_companies(text))) < 15.0
    assert len(found) == n and found[1].name == "Rokakakaka Media"


_KNOWN_WORDS = ["Quarry", "Hill", "Foods", " ", "  "]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 40),
            st.lists(st.sampled_from(_KNOWN_WORDS), min_size=1, max_size=5).map("".join),
            st.sampled_from(["company", "product"]),
            st.booleans(),
        ),
        max_size=10,
    ),
    st.lists(st.sampled_from(_KNOWN_WORDS), min_size=1, max_size=4).map("".join),
    st.integers(0, 45),
)
def test_known_names_answer_as_the_scan(
    entries: list[tuple[int, str, str, bool]], key: str, before: int
) -> None:
    """``KnownNames.before`` and ``longer`` answer as the scans of every company found they replaced,
    asked as the list grows."""
    from bizfacts.companies._known import KnownNames
    from bizfacts.companies._tokens import _Found

    found: list[_Found] = []
    known = KnownNames(found)
    for start, name, kind, tentative in entries:
        found.append(_Found(start, start + 5, name, kind, None, "r", tentative=tentative))
        prefix = key + " " if " " in key else None
        expected = any(
            f.start < before
            and f.kind == "company"
            and not f.tentative
            and (f.name == key or (prefix is not None and f.name.startswith(prefix)))
            for f in found
        )
        assert known.before(key, before) == expected
        assert known.longer(key) == any(f.kind == "company" and f.name.startswith(key + " ") for f in found)


_MADE_UP_PIECES = ["Kaka Corp", "fictional", "an", " ", ". ", "Roka Ltd", "made-up"]


def test_made_up_companies_of_a_long_text_are_linear() -> None:
    """Each sentence with "fictional" read every company of the text: 20,000 such sentences took
    22 s (CPU) in that pass alone."""
    from bizfacts._sentences import sentence_spans
    from bizfacts.facts.fictional import fictional_names

    n = 20_000
    text = "".join(f"The fictional {_name(i)} Corp grew. " for i in range(n))
    companies = bizfacts.extract_companies(text)
    spans = sentence_spans(text)
    found: list[frozenset[str]] = []
    assert _timed(lambda: found.append(fictional_names(text, companies, spans))) < 5.0
    assert len(found[0]) == n and _name(7) in found[0]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_MADE_UP_PIECES), max_size=20),
    st.randoms(use_true_random=False),
)
def test_made_up_companies_as_the_scan(pieces: list[str], rng: random.Random) -> None:
    """``fictional_names`` finds the companies of each sentence after its cue as a scan of them all did,
    the companies in any order."""
    from bizfacts._sentences import sentence_spans
    from bizfacts.facts.fictional import _MADE_UP, fictional_names

    text = "".join(pieces)
    companies = bizfacts.extract_companies(text)
    rng.shuffle(companies)
    spans = sentence_spans(text)
    expected: set[str] = set()
    if _MADE_UP.search(text) is not None:
        for s, e in spans:
            cue = _MADE_UP.search(text, s, e)
            if cue is not None:
                expected.update(c.name for c in companies if cue.end() <= c.start and c.end <= e)
    assert fictional_names(text, companies, spans) == expected
