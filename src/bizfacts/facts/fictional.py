"""Companies a text says it made up: "Imagine two fictional bicycle makers, A and B." A
textbook's or a guide's invented firms give no fact, whatever the text later tells of them.

>>> from bizfacts import extract_companies
>>> t = "Picture two fictional bakeries, Crumbwell Bakers Ltd and Tolland Loaves Ltd. Crumbwell buys Tolland."
>>> sorted(fictional_names(t, extract_companies(t), [(0, 77), (78, len(t))]))
['Crumbwell Bakers', 'Tolland Loaves']
>>> t = "Pelican Toys Ltd, a fictional toy maker, buys Osprey Games Ltd."
>>> sorted(fictional_names(t, extract_companies(t), [(0, len(t))]))
['Osprey Games', 'Pelican Toys']
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence

import attrs

from .._fact_types import AnyFact
from .._spans import CompanyMention
from .template import LazyPattern

# a word that says the firms it describes are made up: "two fictional bicycle makers", "an imaginary firm"
_MADE_UP = LazyPattern(r"(?i)\b(?:fictional|fictitious|imaginary|made-up|hypothetical)\b")
_MADE_UP_WORDS = ("fictional", "fictitious", "imaginary", "made-up", "hypothetical")
# the apposition a cue opens after the name it describes: "Pelican Ltd, a fictional toy maker"
_APPOSITION_BEFORE = LazyPattern(r"(?i),[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+)?\Z")


def fictional_names(
    text: str, companies: Sequence[CompanyMention], spans: Sequence[tuple[int, int]]
) -> frozenset[str]:
    """The names of the companies named after a word of making up ("fictional", "imaginary") in its
    sentence (``spans`` are the text's sentences, in order)."""
    if text.isascii():
        # (on ASCII text a caseless match holds one of the words lowercased: five C-level finds in
        # the lowercased text tell most texts apart, where the search cost 30 µs a text with facts)
        low = text.lower()
        if not any(word in low for word in _MADE_UP_WORDS):
            return frozenset()
    if _MADE_UP.search(text) is None:
        return frozenset()
    names: set[str] = set()
    # (the companies after a cue found by bisection of their starts, not a scan of them all per
    # sentence: a long text of many such sentences stays linear)
    ordered = sorted(companies, key=_start)
    starts = [c.start for c in ordered]
    for s, e in spans:
        cue = _MADE_UP.search(text, s, e)
        if cue is not None:
            opened = _APPOSITION_BEFORE.get().search(text, max(s, cue.start() - 24), cue.start())
            if opened is not None:
                k = bisect.bisect_right(starts, opened.start()) - 1
                if k >= 0 and ordered[k].start >= s and ordered[k].end == opened.start():
                    names.add(ordered[k].name)
            for k in range(bisect.bisect_left(starts, cue.end()), len(ordered)):
                c = ordered[k]
                if c.start > e:
                    break
                if c.end <= e:
                    names.add(c.name)
    return frozenset(names)


_start = operator.attrgetter("start")

# a sentence opening with these supposes what it tells: "Suppose X buys Y", "Imagine X had 2 million users"
_SUPPOSITIONS = (
    "suppose ", "supposing ", "imagine ", "assume ", "assuming ", "pretend ", "let's say ", "let us say ",
    "hypothetically",
)
_LIST_MARKS = " \t\"“'‘-–•*0123456789.)"


def supposes(low: str) -> bool:
    """Whether a sentence (casefolded) opens with a supposition, after any list marks, or does after
    a short label ("Case study 4: imagine that X buys Y").

    >>> supposes("2. suppose acme buys beta."), supposes("case study 4: imagine that x buys y")
    (True, True)
    >>> supposes("acme bought beta.")
    False
    """
    low = low.lstrip(_LIST_MARKS)
    if low.startswith(_SUPPOSITIONS):
        return True
    colon = low.find(": ", 0, 32)
    return colon > 0 and low[colon + 2 :].lstrip(_LIST_MARKS).startswith(_SUPPOSITIONS)


def _names_in(fact: AnyFact) -> set[str]:
    """Every name a fact's fields hold (a party, or each of a list of parties)."""
    out: set[str] = set()
    for value in attrs.asdict(fact, recurse=False).values():
        if isinstance(value, str):
            out.add(value)
        elif isinstance(value, tuple):
            out.update(v for v in value if isinstance(v, str))
    return out


def without_fictional(facts: list[AnyFact], names: frozenset[str]) -> list[AnyFact]:
    """``facts`` less those naming a made-up company of ``names``."""
    return [f for f in facts if not (_names_in(f) & names)]
