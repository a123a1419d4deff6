"""Candidates before resolution (``_Point``, ``_Cand``) and the context tests every collector uses."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Literal

import attrs

from .._spans import DateKind, Granularity, RelativeDate
from ._lexicon import _words
from ._scanners import _WORD_CHARS_LEFT, _Patterns

Tense = Literal["past", "future", "nearest"]


# ---------------------------------------------------------------- internal values


@attrs.define
class _Point:
    """A date or period before resolution against the reference date."""

    gran: Granularity
    year: int | None = None  # None: infer from the reference date
    month: int = 1
    day: int = 1
    rel: RelativeDate | None = None  # purely relative ("last year", "Monday")
    fiscal: bool = False
    modifier: str | None = None
    default_tense: Tense = "nearest"
    strict: bool = False  # "next Monday"/"last Monday": never the reference day itself


@attrs.define
class _Cand:
    start: int
    end: int
    rule: str
    point: _Point | None = None
    end_point: _Point | None = None
    kind: DateKind = "point"
    # duration: (count, unit, "next"|"past"|"within"|"open")
    duration: tuple[int, str, str] | None = None
    since: bool = False
    fallback: bool = False
    tense: Tense | None = None  # fixed by the context ("the year ended March 31" -> past)


# RelativeDate is frozen: one object can serve every mention that needs it, and
# building one through attrs costs more than this cache lookup (typed: 1 is not True)
@functools.lru_cache(maxsize=1024, typed=True)
def _relative(
    offset: int, unit: str, direction: Tense, month: int | None = None, day: int | None = None
) -> RelativeDate:
    return RelativeDate(offset, unit, direction, month=month, day=day)  # type: ignore[arg-type]


def _number(token: str) -> int | None:
    token = token.lower()
    if token.isdigit():
        return int(token)
    return _words().numbers.get(token)


def _valid(year: int, month: int, day: int) -> bool:
    if 1 <= day <= 28 and 1 <= month <= 12 and dt.MINYEAR <= year <= dt.MAXYEAR:
        return True  # every month has these days: no date to build
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _expand_yy(yy: int, ref: dt.date | None) -> int:
    """Two-digit year: the century that puts it nearest the reference year (pivot 2000)."""
    if ref is None:
        return 2000 + yy if yy < 50 else 1900 + yy
    base = ref.year - ref.year % 100
    options = [base - 100 + yy, base + yy, base + 100 + yy]
    return min(options, key=lambda y: (abs(y - ref.year), -y))


# ------------------------------------------------------------------- candidates


def _left_ok(text: str, i: int, extra: str = "") -> bool:
    """Nothing word-like is glued to the left of position ``i``."""
    if i == 0:
        return True
    ch = text[i - 1]
    return not (ch.isalnum() or ch in _WORD_CHARS_LEFT or ch in extra)


_SPACES = " \t\u00a0"
_NUMBER_WORD_CHARS = "'.-_’"


def _word_before(text: str, i: int) -> str:
    """The word just before position ``i`` across 1-3 spaces ("" if none).

    The word is the last whitespace-free run within the 28 characters before ``i``;
    when it is not all letters and digits, only its tail of letters, digits and
    ``'.-_’`` is kept ("(about" -> "about", "U.S." -> "U.S.").
    """
    if i == 0 or text[i - 1] not in _SPACES:
        return ""
    e = i - 1  # the word ends before 1-3 spaces; after four or more there is none
    if e and text[e - 1] in _SPACES:
        e -= 1
        if e and text[e - 1] in _SPACES:
            e -= 1
            if e and text[e - 1] in _SPACES:
                return ""
    if not e or text[e - 1].isspace():  # only spaces, or a line break before them
        return ""
    # text[e - 1] is no whitespace, so the last part of the split is never empty
    token = text[i - 28 if i > 28 else 0:e].rsplit(None, 1)[-1]
    if token.isalnum():  # the common case: a plain word, kept whole
        return token
    k = len(token)
    while k and (token[k - 1].isalnum() or token[k - 1] in _NUMBER_WORD_CHARS):
        k -= 1
    return token[k:]


def _word_start(text: str, i: int) -> int:
    """Where the word returned by ``_word_before(text, i)`` starts."""
    j = i
    while j > 0 and i - j < 3 and text[j - 1] in _SPACES:
        j -= 1
    return j - len(_word_before(text, i))


def _prev_low(text: str, i: int, memo: dict[int, str]) -> str:
    """``_word_before(text, i).lower()``, remembered in ``memo`` (one per call of
    ``_extract``): collecting, joining and building ask for the word before the same
    start."""
    word = memo.get(i)
    if word is None:
        word = memo[i] = _word_before(text, i).lower()
    return word


def _char_before(text: str, i: int) -> str:
    """The last character before the 1-3 spaces that end at ``i`` ("" if none)."""
    j = i
    lo = max(0, i - 3)
    while j > lo and text[j - 1] in _SPACES:
        j -= 1
    return text[j - 1] if 0 < j < i else ""


def _quantity_after(text: str, end: int, p: _Patterns) -> bool:
    """``p.quantity_after.match(text, end)``: a quantity ("%", "tonnes") follows.

    The pattern is a long case-insensitive list of nouns and costs microseconds per
    try, while most dates are followed by punctuation or an ordinary word.  A match
    starts, after at most two spaces or tabs, with "%" or a noun; no noun starts with
    a space, so when the next two ASCII characters (lowercased) begin no noun, the
    pattern cannot match.  Non-ASCII characters may fold case in other ways: those
    go to the pattern.
    """
    k = end
    if text[k:k + 1] in (" ", "\t"):
        k += 1
        if text[k:k + 1] in (" ", "\t"):
            k += 1
    head = text[k:k + 2]
    starts = _words().quantity_starts
    if head.isascii() and head.lower() not in starts and head[:1].lower() not in starts:
        return False
    return p.quantity_after.match(text, end) is not None


def _year_context_ok(text: str, start: int, end: int, p: _Patterns, memo: dict[int, str]) -> bool:
    """A bare year is not an amount, a quantity, a version or a model number."""
    if not _left_ok(text, start, "$£€¥#@.,/:"):
        return False
    if start >= 2 and text[start - 1] in " \u00a0" and text[start - 2] in "$£€¥#":
        return False
    if _quantity_after(text, end, p):
        return False
    return _prev_low(text, start, memo).rstrip(".") not in _words().year_blockers


# words that make the month after them a date even before a capitalized word
_NEAR_MONTH_CUES = frozenset({"last", "next", "early", "late"})
_OPENING_PREPOSITIONS = frozenset({"In", "Since", "During", "Until", "Through"})


def _month_alone_ok(text: str, start: int, end: int, word: str, p: _Patterns, memo: dict[int, str]) -> bool:
    """A month name with no day or year: is it really a month here?  Leaves the
    lowercased word before ``start`` in ``memo`` when it reads it (see ``_prev_low``)."""
    w = _words()
    low = word.lower()
    if start and text[start - 1] in "-/":  # "January-March"
        return not word.isupper() and (len(word) > 4 or low in ("may", "june", "july"))
    if word.isupper() or (len(word) <= 4 and low not in ("may", "june", "july")):
        return False  # abbreviations and capitals need a day or a year
    prev = _word_before(text, start)
    prev_low = memo[start] = prev.lower()
    if p.capital_after.match(text, end):
        # "March Networks", "May Department Stores"; but "Last August Cooper Development combined":
        # a month after "last", "next", "early" or "late" is the month, a name may follow it; so is
        # one after a capitalized preposition opening the sentence ("In March Vellund Kapital raised")
        near = prev_low in _NEAR_MONTH_CUES and low not in w.ambiguous_months
        return near or prev in _OPENING_PREPOSITIONS
    if prev_low.rstrip(".") in ("mr", "mrs", "ms", "dr", "miss", "sir", "lady"):
        return False
    cue = prev_low in w.month_cues
    if low in w.ambiguous_months:
        return cue  # "Theresa May", "prices may rise", "the March of Dimes"
    if cue or not prev:
        return True
    # "Elizabeth June": a capitalized word right before, not ending a sentence
    return not (prev[:1].isupper() and not prev.endswith((".", ",")) and text[start - 1] in " \u00a0")



def _direction(offset: int) -> Tense:
    return "past" if offset < 0 else "future" if offset > 0 else "nearest"


class _Joined(list[_Cand]):
    """A list of candidates where a later one that reaches back drops those it covers."""

    def append(self, c: _Cand) -> None:
        while self and self[-1].end > c.start:
            self.pop()
        list.append(self, c)
