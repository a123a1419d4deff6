"""The qualifier written right before a figure: "about $5 million", "more than 500 million
users" (the phrases of ``data/qualifiers.tsv``), for the money, percentage and user-count
extractors.
"""

from __future__ import annotations

import functools
from typing import cast, get_args

from ._alternations import alternation
from ._numbers import data_rows
from ._patterns import LazyPattern
from ._spans import Qualifier

_QUALIFIERS = frozenset(get_args(Qualifier))


@functools.cache
def _qualifier_table(counts: bool) -> tuple[LazyPattern, dict[str, Qualifier]]:
    table: dict[str, Qualifier] = {}
    for row in data_rows("qualifiers.tsv"):
        phrase, qualifier = row[0], row[1]
        if qualifier not in _QUALIFIERS:  # pragma: no cover - guarded by a packaging test
            raise ValueError(f"qualifiers.tsv: unknown qualifier {qualifier!r}")
        if len(row) > 2 and row[2] == "counts" and not counts:
            continue
        table[" ".join(phrase.lower().split())] = cast(Qualifier, qualifier)
    pattern = LazyPattern(rf"(?<![\w])(?P<q>(?i:{alternation(list(table))}))[ \t\u00a0]++\Z")
    return pattern, table


@functools.cache
def _qualifier_endings(counts: bool) -> dict[str, tuple[str, ...]]:
    """The qualifier phrases (lowercase, one space between words) by their last two
    characters.  The pattern of ``_qualifier_table`` matches a text only where, so
    normalized, one of them ends it before its closing spaces."""
    endings: dict[str, list[str]] = {}
    for phrase in sorted(_qualifier_table(counts)[1]):
        endings.setdefault(phrase[-2:], []).append(phrase)
    return {tail: tuple(phrases) for tail, phrases in endings.items()}


@functools.cache
def _qualifier_last_letters(counts: bool) -> frozenset[str]:
    """The last characters of the qualifier phrases (lowercase)."""
    return frozenset(tail[-1:] for tail in _qualifier_endings(counts))


@functools.cache
def _qualifier_tails(counts: bool) -> tuple[frozenset[str], frozenset[str] | None]:
    """``_qualifier_last_letters(counts)`` and the last two characters of the phrases
    (lowercase), for ``qualifier_before``: a phrase ends the text before the spaces at
    ``start`` only where its last two characters are those of the text, up to case.
    When the text's two are ASCII and no white space, only ASCII characters of a phrase
    match them (caselessly: their two cases), so the test is exact where every phrase is
    ASCII and has two characters at least; None where one is not."""
    phrases = _qualifier_table(counts)[1]
    exact = all(p.isascii() and len(p) >= 2 for p in phrases)
    pairs = frozenset(_qualifier_endings(counts)) if exact else None
    return _qualifier_last_letters(counts), pairs


@functools.lru_cache(maxsize=4096)
def exact_by_tail(tail: str, counts: bool) -> bool:
    """Whether ``qualifier_before`` tells "exact" from the three characters ``tail`` that end the
    text before a figure alone, as its first tests do: a caller reading many figures ("5 million
    users 5 million users ...") slices the three and asks this cache, not the function (a figure
    after "users " costs 0.1 µs instead of 0.7 µs).

    >>> exact_by_tail("rs ", True), exact_by_tail("an ", True)
    (True, False)
    """
    if len(tail) != 3 or tail[2] not in _QUALIFIER_GAP:
        return len(tail) == 3
    last = tail[1]
    if last in _QUALIFIER_GAP or not last.isascii():
        return False
    last_letters, last_pairs = _qualifier_tails(counts)
    if last.lower() not in last_letters:
        return True
    pair = tail[:2]
    return (
        last_pairs is not None and pair.isascii() and not pair[0].isspace() and pair.lower() not in last_pairs
    )


#: How far back a qualifier phrase may start before the number it qualifies.
QUALIFIER_WINDOW = 24
_QUALIFIER_GAP = frozenset(" \t\u00a0")


def qualifier_before(text: str, start: int, *, counts: bool = False) -> tuple[Qualifier, int]:
    """The qualifier written right before ``text[start:]`` and where it starts.

    Returns ``("exact", start)`` when no qualifier phrase ends at ``start``.
    ``counts=True`` adds the verbs that qualify only counts ("passed", "crossed").

    >>> qualifier_before("it paid more than $5 million", 18)
    ('more_than', 8)
    """
    if start == 0 or text[start - 1] not in _QUALIFIER_GAP:
        return "exact", start  # the pattern needs spaces right before ``start``
    # most amounts follow a word or a figure after one space: when that word's last
    # character is an ASCII one that ends no phrase ("5% 5%"), or its last two are ASCII
    # ones that end no phrase ("users 5 million"), told before any slicing
    last = text[start - 2] if start > 1 else " "
    if last not in _QUALIFIER_GAP and last.isascii():
        last_letters, last_pairs = _qualifier_tails(counts)
        if last.lower() not in last_letters:
            return "exact", start
        if last_pairs is not None and start > 2:
            pair = text[start - 3 : start - 1]
            if pair.isascii() and not pair[0].isspace() and pair.lower() not in last_pairs:
                return "exact", start
    lo = start - QUALIFIER_WINDOW
    # the answer depends only on the window and the character before it (the pattern's
    # look-behind): amounts that repeat their context ("5% 5% 5%") are read once
    qualifier, back = _qualifier_ending(text[lo - 1 : start] if lo > 0 else text[:start], lo > 0, counts)
    return qualifier, start - back


# (hits are few across documents: 4,096 entries kept 1.5 MB for 14% of the calls, 1,024 kept
# 0.25 MB for 10%; 256 keep 0.06 MB for 7%)
@functools.lru_cache(maxsize=256)
def _qualifier_ending(context: str, char_before: bool, counts: bool) -> tuple[Qualifier, int]:
    """The qualifier phrase ending ``context`` (before its closing spaces) and how many
    characters before the end of ``context`` it starts; ``("exact", 0)`` when none.
    With ``char_before`` the first character of ``context`` is only read by the
    pattern's look-behind."""
    lo = 1 if char_before else 0
    head = context[lo:].rstrip(" \t\u00a0")
    # most amounts follow an ordinary word: no qualifier phrase can end the window then.
    # The test is exact on ASCII, where the pattern's caseless letters match only
    # their two ASCII cases; other text always goes to the pattern
    # the phrase's last letter is the head's: an ASCII one matches only its two cases
    last = head[-1:]
    if last.isascii() and last.lower() not in _qualifier_last_letters(counts):
        return "exact", 0  # "5% 5%", "in 1987 $5": no phrase ends so
    if head.isascii():
        words = " ".join(head.lower().split())
        phrases = _qualifier_endings(counts).get(words[-2:])
        if phrases is None or not words.endswith(phrases):
            return "exact", 0
    pattern, table = _qualifier_table(counts)
    # the pattern reads only ``context``: on ASCII its ``re`` twin matches the same
    m = pattern.for_text(context).search(context, lo)
    if m is None:
        return "exact", 0
    # casefold, not lower: the caseless pattern also matches "ſome" (long s) for "some"
    qualifier = table.get(" ".join(m.group("q").casefold().split()))
    return (qualifier, len(context) - m.start()) if qualifier is not None else ("exact", 0)
