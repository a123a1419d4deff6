"""What a text calls each company: the head nouns of its descriptions ("Parsewise, a two-year-old
startup", "the vector-database maker Orrery", "Y is a Reno battery maker"), so that a later
definite description ("the Toronto-based startup", "the maker") resolves to the one company the
text has described with that noun, not to whichever company was named last.

>>> from bizfacts import extract_companies
>>> t = "Lumenwick has acquired Parsewise, a two-year-old startup. The startup had raised $21 million."
>>> described_heads(t, extract_companies(t))["startup"]
((23, 'Parsewise'),)
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .._spans import CompanyMention
from . import lexicon as L
from .template import LazyPattern

# heads too general to tell companies apart: every company is one
_GENERAL = frozenset({"company", "firm", "group", "concern", "corporation", "business", "outfit"})


@functools.cache
def _patterns() -> tuple[LazyPattern, LazyPattern]:
    """After a name: its apposition or copula description's head ("X, a ... startup", "X is a ...
    maker"); before it: a descriptor's head ("startup X", "the vector-database maker X")."""
    heads = "|".join(h for h in L.COMPANY_HEADS if h not in _GENERAL)
    after = LazyPattern(
        r"(?:,[ \t]+|[ \t]+(?:is|was)[ \t]+)(?:a|an|the)[ \t]+(?:[\w.'’-]+[ \t]+){0,4}?"
        r"(?P<head>" + heads + r")\b"
    )
    before = LazyPattern(r"\b(?P<head>" + heads + r")[ \t]+\Z")
    return after, before


@functools.cache
def _head_words() -> tuple[str, ...] | None:
    """The specific heads, for ``str.endswith``: each a plain word, as ``_patterns`` joins them (None
    where one holds other characters, which the pattern may read otherwise)."""
    heads = tuple(h for h in L.COMPANY_HEADS if h not in _GENERAL)
    return heads if all(h.replace("-", "").isalpha() and h.isascii() for h in heads) else None


def described_heads(text: str, companies: Sequence[CompanyMention]) -> dict[str, tuple[tuple[int, str], ...]]:
    """For each specific head noun (not "company" or "firm"), the (position, name) of the companies
    the text describes with it, in text order."""
    after, before = _patterns()
    heads = _head_words()
    found: dict[str, list[tuple[int, str]]] = {}
    for c in companies:
        if c.kind != "company":
            continue
        # (each pattern tried only where what it opens or ends with stands: most names have a plain
        # word after them, and none of the heads before)
        follow = text[c.end : c.end + 1]
        spaced = follow in (" ", "\t") and text[c.end : c.end + 80].lstrip(" \t").startswith(("is", "was"))
        m = after.match(text, c.end, c.end + 80) if follow == "," or spaced else None
        if m is None:
            window = text[max(0, c.start - 30) : c.start]
            if window[-1:] in (" ", "\t") and (heads is None or window.rstrip(" \t").endswith(heads)):
                m = before.search(text, max(0, c.start - 30), c.start)
        if m is not None:
            found.setdefault(m.group("head").casefold(), []).append((c.start, c.name))
    return {head: tuple(seen) for head, seen in found.items()}


# how far back a description names the company a definite description stands for ("Y, a Dutch maker
# of payroll software ... The Kyoto-based maker", paragraphs later, is another maker)
DESCRIPTION_REACH = 600


def described_as(
    descriptions: dict[str, tuple[tuple[int, str], ...]] | None,
    head: str,
    before: int,
    subject: str | None = None,
) -> str | None:
    """The one company the text has described with ``head`` before position ``before``, or None
    (none, or several): described lately (within :data:`DESCRIPTION_REACH` characters), or
    earlier when it is ``subject``, the company the sentence before spoke of."""
    if not descriptions:
        return None
    told = [(pos, name) for pos, name in descriptions.get(head.casefold(), ()) if pos < before]
    names = {name for pos, name in told if before - DESCRIPTION_REACH <= pos}
    if not names and subject is not None and any(name == subject for _pos, name in told):
        names = {subject}
    return next(iter(names)) if len(names) == 1 else None


def named_by_trade(head: str, names: Sequence[str]) -> str | None:
    """The one company among ``names`` whose name holds the word of the trade ``head`` names ("the
    brewer": "Glenmorven Brewing", "the insurer": "Ardent Shield Insurance"), or None (no such
    name, several, or a head every company is: "the company").

    >>> named_by_trade("brewer", ["Harcastle Drinks", "Glenmorven Brewing"])
    'Glenmorven Brewing'
    >>> named_by_trade("company", ["Harcastle Drinks", "Glenmorven Brewing"]) is None
    True
    """
    low = head.casefold()
    if low in _GENERAL or len(low) < 5:
        return None
    stem = low[: max(4, len(low) - 3)]  # "brewer" -> "bre", at least four letters: "brew"
    found = {name for name in names if any(w.casefold().startswith(stem) for w in name.split()[1:])}
    return next(iter(found)) if len(found) == 1 else None
