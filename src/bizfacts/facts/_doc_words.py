"""The words the assembler's sentence loop asks about, found once per document.

One automaton holds the cascade gate's trigger words, the anaphors' head nouns ("the company")
and the exchange words; :func:`~bizfacts.facts.mentions.find_mentions` runs it once over the
casefolded text (the title and location words that decide whether people and places are looked
for are among the trigger words) and hands the hits to the assembler, which reads them by
sentence (:func:`~bizfacts.facts.template.spans_words`).

>>> [word for _end, (word, _mask) in document_words("Acme bought the company.")]
['bought', 'company']
"""

from __future__ import annotations

import functools

from .cascade.gate import trigger_words
from .cascade.listing import exchange_words
from .discourse import head_words
from .template import MaskedAutomaton, masked_automaton

# the word lists, as bits of the hits' masks
TRIGGER, HEAD, EXCHANGE = 1, 2, 4

Hits = tuple[tuple[int, tuple[str, int]], ...]


@functools.cache
def sentence_words() -> MaskedAutomaton:
    """The gate's trigger words, the anaphors' head nouns and the exchange words, in one automaton
    (what :func:`~.cascade.gate.holding_a_trigger`, :func:`~.discourse.holding_a_head` and
    :func:`~.cascade.listing.holding_an_exchange_word` look for)."""
    return masked_automaton([trigger_words(), head_words(), exchange_words()])


@functools.cache
def word_masks() -> dict[str, int]:
    """Each word of :func:`sentence_words` and its mask (the lists holding it), as its hits give it."""
    masks: dict[str, int] = {}
    for mask, words in ((TRIGGER, trigger_words()), (HEAD, head_words()), (EXCHANGE, exchange_words())):
        for word in words:
            if word:
                masks[word] = masks.get(word, 0) | mask
    return masks


def document_words(low: str) -> Hits:
    """Every hit (end offset, (word, mask)) of :func:`sentence_words` in ``low`` (a casefolded
    text), overlapping ones included, in the order of their last character."""
    return tuple(sentence_words().iter(low))
