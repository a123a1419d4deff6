"""The cascade's cheap tests before a sentence's chunks are built: they may only skip what
could not match (values, not shapes)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bizfacts.facts.cascade.chunks import chunk, chunk_chars, chunk_string
from bizfacts.facts.cascade.clauses import matching, may_hold_construction, predications, variants
from bizfacts.facts.cascade.needs import needs
from bizfacts.facts.cascade.tokens import Token, tag_string, tokenize


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(?P<agent>[CN])x?(?P<verb>V)", [{"C", "N"}, {"V"}]),
        # an optional or zero-repeated group needs nothing; a repeated one what its body needs
        ("(?:Zt)?(?:y|o){0,2}A(?:ix){1,3}", [{"A"}, {"i"}, {"x"}]),
        # an alternation needs one character of its branches' smallest sets
        ("(?:VC|A|R[,.])", [{"V", "A", "R"}]),
        ("(?:V|x?)A", [{"A"}]),
        # lookarounds and negated classes need nothing; an escaped bracket is itself
        ("(?<![wf])[^CN]{1,3}(?=T)\\(P\\)", [{"("}, {"P"}, {")"}]),
        # what the reader does not take needs nothing
        ("\\bV\\b", []),
        ("(?i)V", []),
        ("[A-Z]V", []),
    ],
)
def test_needs(pattern: str, expected: list[set[str]]) -> None:
    assert [set(s) for s in needs(pattern)] == expected


def test_every_construction_needs_a_character() -> None:
    assert all(needs(v.pattern.pattern) for v in variants())


_CHUNK_ALPHABET = "CNPLMD%VZAGRKYQHTBuhbmt!dj'xyoifrac,.WSe9v"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CHUNK_ALPHABET, min_size=1, max_size=14))
def test_needs_never_skip_a_match(s: str) -> None:
    for v in variants():
        if v.pattern.search(s) is not None:
            assert all(not need.isdisjoint(s) for need in v.needs), (v.frame, v.name, s)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CHUNK_ALPHABET, min_size=1, max_size=14))
def test_required_runs_never_skip_a_match(s: str) -> None:
    from bizfacts.facts.cascade.clauses import _search

    for search, run in map(_search, range(len(variants()))):
        if search(s) is not None:
            assert run in s, (run, s)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CHUNK_ALPHABET, min_size=1, max_size=14))
def test_needs_in_order_never_skip_a_match(s: str) -> None:
    from bizfacts.facts.cascade.clauses import _tests

    for v, (search, _run, in_order) in zip(variants(), map(_tests, range(len(variants()))), strict=True):
        if search(s) is not None:
            assert in_order is None or in_order(s) is not None, (v.frame, v.name, s)


def test_needs_in_order_keep_the_patterns_order() -> None:
    from bizfacts.facts.cascade.clauses import _tests
    from bizfacts.facts.cascade.needs import needs_in_order

    assert [sorted(s) for s in needs_in_order("(?:[CN],)?V(?:x|y)V")] == [["V"], ["x", "y"], ["V"]]
    # a chunk string with the needs of a construction, but not in their order, is not searched
    tests = {(v.frame, v.name): _tests(i) for i, v in enumerate(variants())}
    in_order = tests["TRANS", "passive-no-agent"][2]
    assert in_order is not None and in_order("CbV.") is not None and in_order("VbC.") is None


def test_required_runs_are_read_from_the_constructions() -> None:
    from bizfacts.facts.cascade.clauses import _search

    runs = [_search(i)[1] for i in range(len(variants()))]
    named = {(v.frame, v.name): run for v, run in zip(variants(), runs, strict=True)}
    assert named["TRANS", "take-private"] == "VCx" and named["TRANS", "itself"] == "Vv"
    assert sum(1 for run in runs if run) > len(runs) // 3


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHUNK_ALPHABET, min_size=1, max_size=20))
def test_may_hold_construction_is_whether_a_construction_is_a_candidate(tags: str) -> None:
    from bizfacts.facts.cascade.clauses import _candidates

    chars = frozenset(tags) | ({"A"} if "G" in tags else set())
    assert may_hold_construction(tags) == (next(_candidates(chars, "B" in chars), None) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHUNK_ALPHABET, min_size=1, max_size=20))
def test_chunk_chars_is_the_chunk_string(tags: str) -> None:
    tokens = [Token(i, i + 1, "w", tag) for i, tag in enumerate(tags)]
    assert chunk_chars(tags) == chunk_string(chunk(tokens))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHUNK_ALPHABET, min_size=1, max_size=24))
def test_group_expressions_find_the_groups_of_every_group_and_of_the_present_only(tags: str) -> None:
    # the expression a tag string gets (some absent groups left out) finds what the expression of
    # every group finds, and what the one of only the groups whose characters it holds finds
    from bizfacts.facts.cascade.chunks import _GROUP_PATTERNS, _groups, _groups_for, _last_chars, _present

    every = "".join(name for name, _ in _GROUP_PATTERNS)
    held = tags + "A" if "G" in tags else tags
    only = "".join(name for name in every if name in held)
    assert set(only) <= set(_present(tags)) <= set(every)
    found = [(m.span(), m.lastgroup) for m in _groups_for(tags).finditer(tags)]
    assert found == [(m.span(), m.lastgroup) for m in _groups(every).finditer(tags)]
    assert found == [(m.span(), m.lastgroup) for m in _groups(only).finditer(tags)]
    # (chunk_chars() joins what a split gives: each group's last character, the text between)
    parts = [p for p in _last_chars(_present(tags)).split(tags) if p]
    assert parts == [p for p in _last_chars(only).split(tags) if p]


def test_group_expressions_are_few() -> None:
    # one expression for each choice of the groups left out when absent, not one for each tag set
    from bizfacts.facts.cascade.chunks import _LEFT_OUT, _present

    tag_sets = {"".join(sorted(set(t))) for t in ("NVdxC.", "NSeVdxKiN.", "dNRbjxAoC.", "CbdxYiL.", "PTcxN,")}
    assert len({_present(t) for t in tag_sets}) <= 2 ** len(_LEFT_OUT)
    assert _present("x") == _present("d,.") and "C" in _present("x")


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("Quillon Systems said it bought Marrowfield Labs for $5 million.", True),
        ("Tessaly Foods, a unit of Orvane Group, makes soup.", True),
        ("Brannock Widgets is headquartered in Leeds.", True),
        ("Orvane Group has a 40 pct stake in Tessaly Foods.", True),
        ("Tessaly Foods is a subsidiary of Orvane Group.", True),
        ("Shares rose 5 pct in active trading.", False),
        ("Pay April 17.", False),
    ],
)
def test_quick_tests_agree_with_predications(text: str, holds: bool) -> None:
    tokens = tokenize(text, 0, [])
    tags = tag_string(tokens)
    found = bool(predications(chunk(tokens)))
    quick = may_hold_construction(tags) and bool(matching(chunk_chars(tags), "B" in tags))
    assert found == holds
    assert quick or not found  # the quick tests never say no where a predication stands


def _rule_case_texts() -> list[str]:
    import json
    from pathlib import Path

    path = Path(__file__).parent / "corpus" / "facts" / "rules.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def test_served_frames_never_skip_a_predication() -> None:
    # every construction that gives a predication in a rule case is among those matching() tries
    # when it is told the frames the sentence's words serve (the test before chunks are built)
    from bizfacts import extract_companies
    from bizfacts.facts.cascade.clauses import investor_noun_in, open_verb_in, served_frames

    checked = 0
    for text in _rule_case_texts():
        mentions = [(c.start, c.end, "C", c) for c in extract_companies(text)]
        tokens = tokenize(text, 0, mentions)
        if open_verb_in(tokens) or investor_noun_in(tokens):
            continue  # the sentence_facts path that reads SYM and FUND verbs (investor nouns) tries every one
        tags = tag_string(tokens)
        found = {(p.frame, p.variant) for p in predications(chunk(tokens))}
        quick = {(v.frame, v.name) for v in matching(chunk_chars(tags), "B" in tags, served_frames(tokens))}
        assert found <= quick, (text, found - quick)
        checked += bool(found)
    assert checked > 200


def test_served_frames_reads_words_and_pairs() -> None:
    from bizfacts.facts.cascade.clauses import served_frames

    assert served_frames(tokenize("Orvane Group bought Tessaly Foods.", 0, [])) >= {"TRANS", "NOM"}
    assert "SYM" in served_frames(tokenize("They formed a joint venture.", 0, []))
    assert served_frames(tokenize("Shares rose 5 pct in active trading.", 0, [])) == frozenset()


def _candidates_by_definition(
    chars: frozenset[str], located: bool, frames: frozenset[str] | None
) -> list[tuple[str, str]]:
    # what _candidates() gives, read straight from the index it is built on
    from bizfacts.facts.cascade.clauses import _LEXICAL_FRAMES, _TRIGGER_FRAME, _variant_index

    all_needs, by_char = _variant_index()
    indexed = sorted({i for c in chars for i in by_char.get(c, ())})
    out = []
    for i in indexed:
        v = variants()[i]
        wanted = _TRIGGER_FRAME.get((v.frame, v.name), v.frame)
        if v.name == "adjective" and not located:
            continue
        if frames is not None and wanted in _LEXICAL_FRAMES and wanted not in frames:
            continue
        if all(not need.isdisjoint(chars) for need in all_needs[i]):
            out.append((v.frame, v.name))
    return out


_FRAMES = ("TRANS", "NOM", "REL", "INV", "MERGE", "SYM", "FUND", "HQ", "TITLE", "VALUE", "LIST")


@settings(max_examples=400, deadline=None)
@given(
    st.frozensets(st.sampled_from(_CHUNK_ALPHABET + "EXWnwsIp(-):;"), max_size=25),
    st.booleans(),
    st.none() | st.frozensets(st.sampled_from(_FRAMES)),
)
def test_candidates_are_the_indexed_constructions(
    chars: frozenset[str], located: bool, frames: frozenset[str] | None
) -> None:
    from bizfacts.facts.cascade.clauses import _candidates

    found = [(v.frame, v.name) for v in _candidates(chars, located, frames)]
    assert found == _candidates_by_definition(chars, located, frames)


def test_served_frames_reads_a_pair_after_a_phrase_token() -> None:
    from bizfacts.facts.cascade.clauses import served_frames

    # a token of two words and the word after it: a word of three ("memorandum of understanding")
    tokens = [Token(0, 13, "Memorandum of", "x"), Token(14, 27, "understanding", "x")]
    assert served_frames(tokens) == {"SYM"}
    assert served_frames([Token(0, 5, "joint", "x"), Token(6, 13, "venture", "x")]) == {"SYM"}
    assert served_frames([Token(0, 5, "joint", "x"), Token(6, 13, "effort", "x")]) == frozenset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares rose 5 pct.\nQuillon Systems bought Marrowfield Labs. Profits fell.",
            [False, True, False],
        ),
        (
            "The chairman resigned. Tessaly Foods is based in Leeds.\n\nNet 5 mln vs 4 mln",
            [True, True, False],
        ),
        # lowercasing makes this text longer: every sentence is read
        ("Die Straße bought Orvane. Sales rose.", [True, True]),
        # a stake verb with no stake is a trigger word, though the gate stays closed for it
        ("Prices held. Exports increased 7 pct. The weather was fine.", [True, True, False]),
    ],
)
def test_sentences_holding_no_trigger_have_no_kinds(text: str, expected: list[bool]) -> None:
    from bizfacts._sentences import sentence_spans
    from bizfacts.facts.cascade.gate import holding_a_trigger, triggers

    spans = sentence_spans(text)
    holds = holding_a_trigger(text, spans)
    assert holds == expected
    for (s, e), held in zip(spans, holds, strict=True):
        if not held:
            assert triggers(text[s:e].casefold()) == frozenset()


# texts whose sentences hold trigger, head and exchange words in several ways (a casefold that
# changes the length, blank lines, a listing in brackets)
_ONE_PASS_TEXTS = [
    "Quillon Systems (NYSE: QSY) rose. The company said its app grew.\nProfit fell. It paid dividends.",
    "Die Straße listed on Nasdaq. Tessaly Foods, the Leeds firm, sold a unit to Orvane Group.",
    "Pay day.\n\n\nThe platform of Marrowfield Labs is listed in Oslo; shares rose on the BSE.",
]


@pytest.mark.parametrize("text", _ONE_PASS_TEXTS)
def test_one_pass_per_text_tells_what_each_sentence_holds(text: str) -> None:
    # each sentence's words found in one pass over the text are those its own lowercased text holds
    from bizfacts._sentences import sentence_spans
    from bizfacts.facts.cascade.gate import _automaton, holding_a_trigger
    from bizfacts.facts.cascade.listing import _gate, holding_an_exchange_word, may_name_exchange
    from bizfacts.facts.discourse import _head_automaton, holding_a_head

    spans = sentence_spans(text)
    longer = len(text.casefold()) != len(text)
    for holding, machine in (
        (holding_a_trigger, _automaton()),
        (holding_a_head, _head_automaton()),
        (holding_an_exchange_word, _gate()[0]),
    ):
        for (s, e), held in zip(spans, holding(text, spans), strict=True):
            alone = next(machine.iter(text[s:e].casefold()), None) is not None
            assert held == (alone or longer)
    for (s, e), held in zip(spans, holding_an_exchange_word(text, spans), strict=True):
        low = text[s:e].casefold()
        assert may_name_exchange(low, text[s:e], words=held) == may_name_exchange(low, text[s:e])


@pytest.mark.parametrize(
    "text",
    [
        *_ONE_PASS_TEXTS,
        "Orvane bought a 20 pct stake in Tessaly. Its chief executive, the Leeds-based firm's head, quit.",
    ],
)
def test_the_sentence_loops_one_pass_tells_each_word_list(text: str) -> None:
    # the assembler's one automaton pass gives, for each sentence, what the three word lists' passes
    # give, and the trigger words' hits give the gate the kinds its own pass over the sentence gives
    from bizfacts._sentences import sentence_spans
    from bizfacts.facts._doc_words import EXCHANGE as _EXCHANGE
    from bizfacts.facts._doc_words import HEAD as _HEAD
    from bizfacts.facts._doc_words import TRIGGER as _TRIGGER
    from bizfacts.facts._doc_words import sentence_words as _sentence_words
    from bizfacts.facts.cascade.gate import holding_a_trigger, triggers
    from bizfacts.facts.cascade.listing import holding_an_exchange_word
    from bizfacts.facts.discourse import holding_a_head
    from bizfacts.facts.template import spans_words

    spans = sentence_spans(text)
    masks, hits = spans_words(_sentence_words(), text, spans, text.casefold(), keep=_TRIGGER)
    lists = ((_TRIGGER, holding_a_trigger), (_HEAD, holding_a_head), (_EXCHANGE, holding_an_exchange_word))
    for bit, holding in lists:
        assert [bool(m & bit) for m in masks] == holding(text, spans)
    for k, (s, e) in enumerate(spans):
        low = text[s:e].casefold()
        if hits is not None and masks[k] & _TRIGGER:
            for money in (True, False):
                assert triggers(low, money, hits[k]) == triggers(low, money)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHUNK_ALPHABET + "EXWnwsIp:;", min_size=1, max_size=24))
def test_pattern_twins_match_where_the_patterns_do(s: str) -> None:
    # matching() runs each construction's stdlib twin (its groups unnamed) over the chunk string
    from bizfacts.facts.cascade.clauses import _search

    for i, v in enumerate(variants()):
        search = _search(i)[0]
        assert (search(s) is not None) == (v.pattern.search(s) is not None), (v.frame, v.name, s)


@settings(max_examples=300, deadline=None)
@given(
    st.frozensets(st.sampled_from(_CHUNK_ALPHABET + "EXWnwsIpG:;~"), max_size=20),
    st.booleans(),
    st.one_of(st.none(), st.frozensets(st.sampled_from("TRANS NOM REL INV MERGE SYM FUND FOR".split()))),
)
def test_candidates_are_the_constructions_whose_every_need_is_met(
    chars: frozenset[str], located: bool, frames: frozenset[str] | None
) -> None:
    # the lanes of bits (one per need) tell what testing each construction's needs in turn tells
    from bizfacts.facts.cascade import clauses
    from bizfacts.facts.cascade.grammar import variants

    all_needs, _by_char = clauses._variant_index()
    expected = []
    for i, (v, wants) in enumerate(zip(variants(), all_needs, strict=True)):
        wanted = clauses._TRIGGER_FRAME.get((v.frame, v.name), v.frame)
        if v.name == "adjective" and not located:
            continue
        if frames is not None and wanted in clauses._LEXICAL_FRAMES and wanted not in frames:
            continue
        if all(need & chars for need in wants):
            expected.append(i)
    assert list(clauses._candidate_indices(chars, located, frames)) == expected


_SENTENCE_WORDS = (
    "Orvane Tessaly Corp Brightwave Dalvik Group its their our the a unit subsidiary parent division "
    "stake owned wholly was were is has been had acquired bought sold by to of in from and , . said "
    "it agreed will be being taken over Inc business units subsidiaries which that"
).split()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_WORDS), min_size=1, max_size=14))
def test_servable_keeps_every_construction_that_gives_a_predication(words: list[str]) -> None:
    # the constructions servable() drops before chunks are built give no predication in them
    from bizfacts.facts.cascade.chunks import chunk
    from bizfacts.facts.cascade.clauses import predications, servable
    from bizfacts.facts.cascade.grammar import variants
    from bizfacts.facts.cascade.tokens import tag_string, tokenize

    tokens = tokenize(" ".join(words), 0, [])
    kept = {(v.frame, v.name) for v in servable(variants(), tag_string(tokens))}
    for p in predications(chunk(tokens)):
        assert (p.frame, p.variant) in kept
