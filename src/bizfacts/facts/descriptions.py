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


def described_heads(text: str, companies: Sequence[CompanyMention]) -> dict[str, tuple[tuple[int, str], ...]]:
    """For each specific head noun (not "company" or "firm"), the (position, name) of the companies
    the text describes with it, in text order."""
    after, before = _patterns()
    found: dict[str, list[tuple[int, str]]] = {}
    for c in companies:
        if c.kind != "company":
            continue
        m = after.match(text, c.end, c.end + 80)
        if m is None:
            m = before.search(text, max(0, c.start - 30), c.start)
        if m is not None:
            found.setdefault(m.group("head").casefold(), []).append((c.start, c.name))
    return {head: tuple(seen) for head, seen in found.items()}


def described_as(
    descriptions: dict[str, tuple[tuple[int, str], ...]] | None, head: str, before: int
) -> str | None:
    """The one company the text has described with ``head`` before position ``before``, or None
    (none, or several)."""
    if not descriptions:
        return None
    names = {name for pos, name in descriptions.get(head.casefold(), ()) if pos < before}
    return next(iter(names)) if len(names) == 1 else None
