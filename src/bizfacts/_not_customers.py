"""People counted near words of unions, parties, boards or crews ("2,000 union members", "the
board's 12 members") are no customers of a service: :class:`NotCustomerWords` tells, for the
user-count extractor, whether such a word stands within 120 characters of a count.
"""

from __future__ import annotations

import functools
from bisect import bisect_left

import ahocorasick
import regex

__all__ = ["NOT_CUSTOMER_WORDS", "NotCustomerWords", "not_customers"]

#: Words near a count of "members" (or "drivers", "hosts"...) that make them no customers.
NOT_CUSTOMER_WORDS = frozenset(
    "union unions party parties parliament congress strike strikes striking workers vote voted votes"
    " voting board committee council federation delegate delegates opec cartel senate house cabinet"
    " family families crew staff team jury panel legislator legislators lawmakers front movement"
    " supporters political rebels militants troops soldiers police".split()
)
_NOT_CUSTOMERS = regex.compile(rf"(?i:\b(?:{'|'.join(sorted(NOT_CUSTOMER_WORDS))}|locked out)\b)")
_OF_AFTER = regex.compile(r"[ \t]++of\b")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_LONGEST = max(map(len, NOT_CUSTOMER_WORDS))
#: Reach of the context around a count, each side.
_REACH = 120
#: How far past a window the text is scanned at once (fewer, longer scans of dense text).
_SCAN_AHEAD = 256
_LOCKED = "locked"


@functools.cache
def _scanner() -> ahocorasick.Automaton:
    """Every occurrence of the words and of "locked": value (length, whether a word)."""
    automaton = ahocorasick.Automaton()
    for word in NOT_CUSTOMER_WORDS:
        automaton.add_word(word, (len(word), True))
    automaton.add_word(_LOCKED, (len(_LOCKED), False))
    automaton.make_automaton()
    return automaton


def not_customers(text: str, start: int, end: int) -> bool:
    """Whether the people counted at ``text[start:end]`` are members of a union, party, board or
    crew, not customers: "of" right after the count ("members of the union"), or one of the
    words within 120 characters (``NotCustomerWords(text).near`` for one count)."""
    return NotCustomerWords(text).near(start, end)


class NotCustomerWords:
    """The words of ``NOT_CUSTOMER_WORDS`` in one text, found by one pass over the text as the
    counts ask (in text order): a text dense with "members" asks near every one, and their
    windows overlap.

    ``near(start, end)`` answers as the pattern ``_NOT_CUSTOMERS`` searched over the window
    ``[start - 120, end + 120)``.  On ASCII text that pattern matches where one of its words is
    a whole run of word characters of the window: a run whole in the text, or the run the
    window's end cuts ("union" of "unionized"), not the one its start cuts.  Windows holding
    "locked" and other text are searched by the pattern.
    """

    __slots__ = ("_ends", "_locked", "_scanned", "_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._scanned = 0  # the occurrences ending by here are found (those starting before the
        # first window need not be)
        self._starts: list[int] = []  # the words whole in the text, in order
        self._ends: list[int] = []
        self._locked: list[int] = []  # where "locked" starts, in any case and whatever stands around

    def near(self, start: int, end: int) -> bool:
        """Whether the count at ``text[start:end]`` counts no customers (see the class)."""
        text = self._text
        if _OF_AFTER.match(text[end : end + 4]):
            return True
        lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
        if not text.isascii():
            return _NOT_CUSTOMERS.search(text, lo, hi) is not None
        if hi > self._scanned:
            self._scan(lo, hi)
        k = bisect_left(self._locked, lo)
        if k < len(self._locked) and self._locked[k] + len(_LOCKED) <= hi:
            return _NOT_CUSTOMERS.search(text, lo, hi) is not None
        # whole runs do not overlap: the first starting in the window ends first
        k = bisect_left(self._starts, lo)
        if k < len(self._starts) and self._ends[k] <= hi:
            return True
        return self._cut_at(lo, hi)

    def _scan(self, lo: int, hi: int) -> None:
        """Find the occurrences ending after ``_scanned``, up to ``hi`` and some more."""
        text = self._text
        begin = max(lo, self._scanned - _LONGEST + 1)
        stop = min(len(text), hi + _SCAN_AHEAD)
        size = len(text)
        for last, (length, word) in _scanner().iter(text[begin:stop].lower()):
            e = begin + last + 1
            if e <= self._scanned:
                continue  # found by the scan before
            s = e - length
            if not word:
                self._locked.append(s)
            elif (s == 0 or text[s - 1] not in _WORD_CHARS) and (e == size or text[e] not in _WORD_CHARS):
                self._starts.append(s)
                self._ends.append(e)
        self._scanned = stop

    def _cut_at(self, lo: int, hi: int) -> bool:
        """Whether the window ``[lo, hi)`` ends inside a run of word characters whose part in the
        window (a whole run of it) is one of the words."""
        text = self._text
        if hi >= len(text) or text[hi] not in _WORD_CHARS or text[hi - 1] not in _WORD_CHARS:
            return False
        k = hi - 1
        stop = max(lo, hi - _LONGEST)
        while k > stop and text[k - 1] in _WORD_CHARS:
            k -= 1
        # (a run longer than any word, or one the window's start cuts as well, is none)
        if k > 0 and text[k - 1] in _WORD_CHARS:
            return False
        return text[k:hi].lower() in NOT_CUSTOMER_WORDS
