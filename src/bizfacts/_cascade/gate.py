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
from typing import Protocol, cast

import ahocorasick

from .lexicon import phrase_table

# title words that open every executive construction; "-based"/"-headquartered" adjectives
_EXTRA = (
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
    "-based",
    "-headquartered",
    "owned",
)


class _Automaton(Protocol):
    def iter(self, text: str) -> object: ...


@functools.cache
def _automaton() -> _Automaton:
    a = ahocorasick.Automaton()
    words = set(_EXTRA)
    for key, entry in phrase_table().items():
        if entry.tag in "VARQHu":
            words.add(" ".join(key))
    for w in words:
        a.add_word(w, w)
    a.make_automaton()
    return cast(_Automaton, a)


def may_hold_fact(low: str) -> bool:
    """Whether the lowercased sentence ``low`` holds any trigger of the cascade."""
    return next(iter(_automaton().iter(low)), None) is not None  # type: ignore[call-overload]
