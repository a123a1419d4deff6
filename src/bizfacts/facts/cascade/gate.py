"""The cascade's gate: one Aho-Corasick pass says whether a sentence holds any trigger.

A sentence with no predicate form, title word or "-based" adjective costs one automaton
pass and nothing more.

>>> may_hold_fact("acme said on monday it bought beta.")
True
>>> may_hold_fact("shares rose 5 pct in active trading.")
False
"""

from __future__ import annotations

import functools

from ..template import Automaton, automaton
from .predicates import noun_readings, phrase_table

# "-based"/"-headquartered" adjectives and "owned" ("wholly owned") open constructions of their own
_EXTRA = ("-based", "-headquartered", "owned")
# title words that open every executive construction
_TITLE_WORDS = (
    "chief",
    "ceo",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "director",
    "head",
    "managing",
    "officer",
    "cfo",
    "coo",
    "cto",
    "partner",
    "secretary",
    "treasurer",
    "controller",
)
# predicates whose verbs are common words and which need a stake noun anyway ("took a stake")
_NEEDS_A_STAKE = frozenset({"take"})
_EXTRA_STAKE = ("stake", "stakes")


@functools.cache
def _kind_of() -> dict[str, str]:
    """Trigger word -> "title" or "place" (any other trigger is "other")."""
    kinds = dict.fromkeys(_TITLE_WORDS, "title")
    kinds.update(dict.fromkeys(("-based", "-headquartered"), "place"))
    for key, entry in phrase_table().items():
        if entry.tag in "QH":
            kinds[" ".join(key)] = "place"
    return kinds


@functools.cache
def _automaton() -> Automaton:
    words = set(_EXTRA) | set(_EXTRA_STAKE) | set(_TITLE_WORDS)
    for key, entry in phrase_table().items():
        if entry.tag in "VARQHu" and entry.predicate not in _NEEDS_A_STAKE:
            words.add(" ".join(key))
    words.update(noun_readings())  # "the rival bid for Y"
    return automaton(words)


def triggers(low: str) -> frozenset[str]:
    """The kinds of trigger the lowercased sentence ``low`` holds as whole words: "title" (a
    title word), "place" (a location word: "based", "headquarters"), "other"; empty when none.

    >>> sorted(triggers("the chicago-based maker said its chief executive quit."))
    ['place', 'title']
    """
    n = len(low)
    kinds: set[str] = set()
    kind_of = _kind_of()
    for end, word in _automaton().iter(low):
        start = end - len(word) + 1
        if (start == 0 or not low[start - 1].isalnum() or word[0] == "-") and (
            end + 1 >= n or not low[end + 1].isalnum()
        ):
            kinds.add(kind_of.get(word, "other"))
    return frozenset(kinds)


def may_hold_fact(low: str) -> bool:
    """Whether the lowercased sentence ``low`` holds any trigger of the cascade, as a whole word."""
    return bool(triggers(low))
