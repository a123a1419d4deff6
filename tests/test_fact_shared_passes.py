"""The assembler's shared passes: what one pass over a text hands on is what each reader's own pass finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

_TEXTS = [
    "Quillon Systems (NYSE: QSY) rose. The company said its app grew.\nProfit fell. It paid dividends.",
    "Die Straße listed on Nasdaq. Tessaly Foods, the Leeds firm, sold a unit to Orvane Group.",
    "Orvane bought a 20 pct stake in Tessaly. Its chief executive, the Leeds-based firm's head, quit.",
    "Marrowfield Labs is headquartered in Oslo. Its director Ana Brel said the startup grew.",
    "",
]

_PIECES = [
    *"the The company Company companywide firm app start-up chief executive president cto director"
    " factory headquarters based -based Oslo-based head office unit own owns its Its it said bought"
    " for paid $5 mln stake Acme Beta Straße İ ſ , . ; \n".split(" "),
    " ",
    "  ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_mention_kinds_from_the_shared_hits_are_its_own(words: list[str]) -> None:
    # find_mentions reads the title and location words from the assembler's automaton pass
    from bizfacts.facts._doc_words import document_words
    from bizfacts.facts.cascade.gate import mention_kinds

    low = " ".join(words).casefold()
    assert mention_kinds(low, document_words(low)) == mention_kinds(low)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_head_nouns_from_the_shared_hits_are_the_automatons(words: list[str]) -> None:
    from bizfacts.facts._doc_words import HEAD, document_words
    from bizfacts.facts.discourse import _holds_head

    low = " ".join(words).casefold()
    hits = [(end, word) for end, (word, mask) in document_words(low) if mask & HEAD]
    assert _holds_head(low, hits) == _holds_head(low)


@pytest.mark.parametrize("text", _TEXTS)
def test_spans_words_reads_hits_found_before_as_its_own_pass(text: str) -> None:
    from bizfacts._sentences import sentence_spans
    from bizfacts.facts._doc_words import HEAD, TRIGGER, document_words, sentence_words
    from bizfacts.facts.template import spans_words

    spans = sentence_spans(text)
    low = text.casefold()
    for keep in (TRIGGER, HEAD):
        assert spans_words(document_words(low), text, spans, low, keep) == spans_words(
            sentence_words(), text, spans, low, keep
        )


@pytest.mark.parametrize("text", _TEXTS)
def test_facts_are_the_same_without_the_shared_hits(text: str) -> None:
    # a Mentions bundle made without the hits (word_hits None): the assembler makes its own pass
    import attrs

    from bizfacts.facts._doc_words import document_words
    from bizfacts.facts.assembler import assemble
    from bizfacts.facts.mentions import find_mentions

    mentions = find_mentions(text)
    assert mentions.word_hits == document_words(text.casefold())
    assert assemble(text, attrs.evolve(mentions, word_hits=None)) == assemble(text, mentions)


def test_lowercase_words_read_alone_keep_their_reading_beside_any_neighbour() -> None:
    # a word the tokenizer's fast path tags alone: every neighbour the general path tests leaves it
    from bizfacts.facts.cascade.predicates import word_table
    from bizfacts.facts.cascade.tokens import _lowercase_words, tokenize

    table = word_table()
    neighbours = ["company", "price", "by", "of", "to", "its", "the", "Acme"]
    for low, entry in sorted(_lowercase_words().items()):
        if entry is None or not low.isalpha():
            continue
        assert table[low] is entry
        for before in ("", "its ", "the ", "Acme "):
            for after in neighbours:
                tokens = tokenize(f"{before}{low} {after}", 0, [])
                token = next(t for t in tokens if t.text == low)
                assert token.lex is entry and token.tag == entry.tag


def test_open_class_lowercase_words_are_plain() -> None:
    from bizfacts.facts.cascade.tokens import tokenize

    assert [t.tag for t in tokenize("quibble zorp al-Harbi e-mail 7th", 0, [])] == ["x", "x", "N", "x", "9"]


def test_word_masks_are_the_automatons() -> None:
    # the assembler splits one sentence's hits by these masks
    from bizfacts.facts._doc_words import sentence_words, word_masks

    masks = word_masks()
    assert masks
    assert all(sentence_words().get(word) == (word, mask) for word, mask in masks.items())


@pytest.mark.parametrize("text", _TEXTS)
def test_one_read_of_both_lists_split_by_word_is_each_lists_read(text: str) -> None:
    from bizfacts._sentences import sentence_spans
    from bizfacts.facts._doc_words import HEAD, TRIGGER, document_words
    from bizfacts.facts.assembler import _split_hits
    from bizfacts.facts.template import spans_words

    spans = sentence_spans(text)
    low = text.casefold()
    found = document_words(low)
    masks, both = spans_words(found, text, spans, low, TRIGGER | HEAD)
    trigger_masks, triggers = spans_words(found, text, spans, low, TRIGGER)
    head_masks, heads = spans_words(found, text, spans, low, HEAD)
    assert masks == trigger_masks == head_masks
    if both is None:  # (casefolding changed the text's length: each sentence is read by itself)
        assert triggers is None and heads is None
        return
    assert triggers is not None and heads is not None
    for k in range(len(spans)):
        split = _split_hits(both.get(k, []))
        assert split == (triggers.get(k, []), heads.get(k, []))
        if not masks[k] & HEAD:
            assert both.get(k, []) == triggers.get(k, [])
        if not masks[k] & TRIGGER:
            assert both.get(k, []) == heads.get(k, [])


def test_a_company_name_used_as_a_modifier_is_no_mention_the_assembler_reads() -> None:
    """ "an Amazon-like marketplace", "an Alibaba-style lender": the name before "-like" names no company."""
    from bizfacts.facts.mentions import find_mentions

    text = "Kivra, an Amazon-like marketplace, hired staff from Alibaba-style lender Pellmark Bank."
    names = [c.name for c in find_mentions(text).companies]
    assert "Amazon" not in names and "Alibaba" not in names
    assert "Pellmark Bank" in names
