"""The anchors of the relative-date and period collectors, found with ``str.find``.

The ``unit``, ``weekday`` and ``dayword`` scans of ``_scanners`` and ``qform_anchor``
start at common letters or digits ("d", "m", "y", "h", "T", "M", "1"): the engines try
them at a large share of all characters, which cost about 40% of the date extractor on
news text.  Each function here gives exactly the matches of one of those scans, as
plain tuples in text order, from ``str.find`` passes (C, skipping to a rare literal) and
a few character tests per hit.  The unit words, weekdays, "today" and "yesterday" all
hold a lowercase needle of the text lowercased; that copy is used only where it lines
up with the text (``aligned_lower``), other texts keep the pattern scans.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .._numbers import AnyMatch, AnyPattern
from ._scanners import _UNITS

# (start, end, unit word lowercased, plural): a match of ``_Patterns.unit`` naming a unit
UnitHit = tuple[int, int, str, bool]
# (start, end, lowercased word): a match of a weekday or dayword scan
WordHit = tuple[int, int, str]

# the unit words in ``_UNITS`` as needles of the lowercased text, with the forms their
# first letter and their rest take in ``_Patterns.unit`` ("[Dd]" then "ay" or "AY")
_UNIT_FORMS = tuple(
    (word, word[0] + word[0].upper(), (word[1:], word[1:].upper())) for word in _UNITS
)


def aligned_lower(text: str) -> str | None:
    """``text.lower()`` when its positions are the text's (every character lowercases to
    one character: always in ASCII text), else None."""
    lower = text.lower()
    return lower if len(lower) == len(text) else None


def _positions(find: Callable[[str, int], int], word: str) -> Iterator[int]:
    """Where ``word`` occurs, by ``find`` (a ``str.find``); the words read here never
    overlap themselves (none begins as it ends)."""
    i = find(word, 0)
    while i >= 0:
        yield i
        i = find(word, i + len(word))


def _word_char(ch: str) -> bool:
    """``re``'s ``\\w`` (Unicode): a letter, a digit or "_"."""
    return ch.isalnum() or ch == "_"


def day_positions(lower: str) -> list[int]:
    """Where "day" occurs in ``lower`` (an ``aligned_lower``): one pass for the unit "day",
    the weekdays, "today" and "yesterday"."""
    found: list[int] = []
    find = lower.find
    i = find("day")
    while i >= 0:
        found.append(i)
        i = find("day", i + 3)  # ("day" never overlaps itself)
    return found


def unit_hits(text: str, lower: str, days: list[int]) -> list[UnitHit]:
    """The matches of ``_Patterns.unit`` whose unit word is in ``_UNITS``, in text order
    (the others are skipped by their one reader, ``_collect_relative``).

    A match starts at a letter with no letter or digit before it (the look-behind),
    continues with one of the unit tails in lower case or capitals, then an optional
    "s"/"S" and a word boundary.  Two matches never overlap (each starts after a
    character that is no letter or digit and holds only letters), so every place where
    the pattern matches is a match of the scan.
    """
    size = len(text)
    hits: list[UnitHit] = []
    find = lower.find
    for word, firsts, rests in _UNIT_FORMS:
        n = len(word)
        i = find(word)
        while i >= 0:
            k = i + n
            if (
                (i == 0 or not text[i - 1].isalnum())
                and text[i] in firsts
                and text[i + 1:k] in rests
            ):
                if k == size or not _word_char(text[k]):
                    hits.append((i, k, word, False))
                elif text[k] in "sS" and (k + 1 == size or not _word_char(text[k + 1])):
                    hits.append((i, k + 1, word, True))
            i = find(word, k)
    if len(hits) > 1:
        hits.sort()  # (the starts differ: one word per place)
    return hits


def weekday_hits(text: str, lower: str, days: list[int], weekdays: tuple[str, ...]) -> list[WordHit]:
    """The matches of the weekday scan (a weekday name in title case or capitals, no
    word character after it), in text order, as (start, end, name lowercased).

    Every name ends in "day" (``_patterns`` checks it), so each match ends with a
    "day" of the lowercased text (``days``: ``day_positions(lower)``); matches never
    overlap (a non-word character follows each, and names are letters only).
    """
    size = len(text)
    hits: list[WordHit] = []
    for i in days:
        end = i + 3
        if i >= 3 and (end == size or not _word_char(text[end])):  # (three letters at least before "day")
            for name in weekdays:
                start = end - len(name)
                if start >= 0 and lower.startswith(name, start):
                    form = text[start:end]
                    if (form[1:] == name[1:] and form[0] == name[0].upper()) or form == name.upper():
                        hits.append((start, end, name))
                    break  # (no name ends another)
    return hits


# the daywords as (needle, letters one of which comes right before it)
_DAYWORD_NEEDLES = (("oday", "Tt"), ("esterday", "Yy"), ("omorrow", "Tt"), ("onight", "Tt"))
_DAY_DAYWORDS = (("oday", "Tt", 1), ("esterday", "Yy", 5))  # (ending in "day": read at ``days``)


def dayword_hits(text: str, days: list[int] | None) -> list[WordHit]:
    """The matches of the dayword scan (``[Yy]esterday|[Tt]o(?:day|morrow|night)``, no
    word character after it), in text order, as (start, end, word lowercased).
    ``days``: ``day_positions`` of the text lowercased when it lines up, else None."""
    size = len(text)
    hits: list[WordHit] = []
    if days is not None:
        for i in days:
            end = i + 3
            if i < 2 or (end != size and _word_char(text[end])):
                continue
            for needle, heads, back in _DAY_DAYWORDS:
                start = i - back
                if start >= 1 and text.startswith(needle, start) and text[start - 1] in heads:
                    hits.append((start - 1, end, heads[1] + needle))
                    break
    find = text.find
    for needle, heads in _DAYWORD_NEEDLES[2:] if days is not None else _DAYWORD_NEEDLES:
        i = find(needle, 1)
        while i >= 0:
            end = i + len(needle)
            if text[i - 1] in heads and (end == size or not _word_char(text[end])):
                hits.append((i - 1, end, heads[1] + needle))
            i = find(needle, end)
    if len(hits) > 1:
        hits.sort()
    return hits


def qform_anchors(text: str) -> list[tuple[int, int]]:
    """The spans of ``_Patterns.qform_anchor`` matches, in text order.

    That pattern (``[1-4](?:(?<=[QqH][1-4])|[QH])``) matches at a digit 1-4 after a
    "Q", "q" or "H" (the digit alone) or before a "Q" or "H" (the digit and the letter);
    the letter it may take is no digit, so no match hides another: the matches are all
    such digits.  They are found from the letters next to them, which are rare in text
    and found by ``str.find`` of one character (``memchr``), where the engine would try
    the pattern at every digit.
    """
    size = len(text)
    digits: list[int] = []
    find = text.find
    for letter in "QqH":
        i = find(letter)
        while i >= 0:
            if i and "1" <= text[i - 1] <= "4" and letter != "q":
                digits.append(i - 1)  # "3Q"
            if i + 1 < size and "1" <= text[i + 1] <= "4":
                digits.append(i + 1)  # "Q3"
            i = find(letter, i + 1)
    if not digits:
        return []
    spans: list[tuple[int, int]] = []
    last = -1
    for d in sorted(digits):
        if d != last:  # (a digit between two letters is found twice: "Q3Q")
            last = d
            spans.append((d, d + 1) if d and text[d - 1] in "QqH" else (d, d + 2))
    return spans


def fiscal_matches(text: str, lower: str, scans: tuple[AnyPattern, ...]) -> list[AnyMatch]:
    """``list(_finditer(scans, text))`` for the split fiscal-year scans (``scans``).

    Every match starts with "FY", "Fy", "fy", "Fiscal", "fiscal" or "FISCAL": at a "fy"
    or "fiscal" of ``lower`` (an ``aligned_lower``), two ``str.find`` passes where the
    scans try every "F" and "f".  The first place at or after the end of the last match
    where a part matches gives the next match, as a scan finds it (a match at a place
    does not depend on where the scan started; at most one part matches at a place).
    """
    starts = [i for needle in ("fy", "fiscal") for i in _positions(lower.find, needle)]
    if not starts:
        return []
    if len(starts) > 1:
        starts.sort()
    found: list[AnyMatch] = []
    pos = 0
    for i in starts:
        if i < pos:
            continue
        for part in scans:
            m = part.match(text, i)
            if m is not None:
                found.append(m)
                pos = m.end()
                break
    return found


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """The matches of ``pattern`` at ``starts``, for a scan whose matches all start there
    and never overlap: "May" or "March" with a written day (``_forms._cased_daywords``)
    starts where the month scan found "May" or "March" (that scan matches every month name
    with no word character after it, and none of its matches runs over another one)."""
    found: list[re.Match[str]] = []
    for s in starts:
        m = pattern.match(text, s)
        if m is not None:
            found.append(m)
    return found
