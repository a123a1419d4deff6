"""Scans of a text the review pass makes: spans already taken, the letter case of a
line, where known names stand as words of their own, what follows each "("."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence
from typing import Union

import ahocorasick
import regex

from .._place_table import _postal_codes, is_place_name
from .._spans import CompanyMention
from ._regexes import _Pattern

# a match of a pattern or of its stdlib twin
_AnyMatch = Union[regex.Match[str], re.Match[str]]  # noqa: UP007 (an alias, evaluated at import)

# bytes -> b"l" for an ASCII lowercase letter, b"u" for a capital, b"." for any other byte
_LETTER_CASES = bytes(
    b"l"[0] if chr(b).islower() else b"u"[0] if chr(b).isupper() else b"."[0] for b in range(128)
) + b"." * 128


class _LineCase:
    """Whether the line holding a position has as many lowercase letters as capitals
    (ASCII letters), each line counted once.

    The line last read is kept, so that positions read in text order find their line
    with one look back to the previous line break at most: linear in the text however
    long its lines.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.start = self.end = -1  # the line last read: text[start:end]
        self.mixed = False

    def __call__(self, pos: int) -> bool:
        if not self.start <= pos < self.end:
            text = self.text
            # past the line last read, the line break ending it is the last one to look back to
            lo = self.end if 0 <= self.end < pos else 0
            self.start = text.rfind("\n", lo, pos) + 1
            end = text.find("\n", pos)
            self.end = end if end >= 0 else len(text)
            # ASCII letters keep their byte in UTF-8, and no other character has such a byte
            cases = text[self.start : self.end].encode("utf-8", "surrogatepass").translate(_LETTER_CASES)
            self.mixed = cases.count(b"l") >= cases.count(b"u")
        return self.mixed


_LETTER_OR_NUMBER = _Pattern(r"[\p{L}\p{N}]")
# past this many names, _occurrences() finds them with one automaton, not a scan per name
# (which is faster for a few names)
_FIND_NAMES = 16


def _occurrences(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    r"""Where ``names`` stand in ``text`` as words of their own, as the scan of the pattern
    ``(?<![\p{L}\p{N}])(?:name1|name2|...)(?![\p{L}\p{N}])`` finds them: from left to
    right, at each place the first name in ``names`` that stands there, none overlapping.

    Found with ``str.find``: a pattern made of the document's own names would be
    compiled anew for every document.

    >>> _occurrences("Ab Abc xAb Ab", ["Abc", "Ab"])
    [(0, 2), (3, 6), (11, 13)]
    """
    letter_or_number = _LETTER_OR_NUMBER.match
    hits: list[tuple[int, int, int]] = []  # (start, rank of the name, end)
    if len(names) > _FIND_NAMES:
        # many names (a long document names more): one pass of an automaton finds what a scan
        # per name finds (every occurrence, overlapping ones included), in time linear in the text
        scanner = ahocorasick.Automaton()
        for rank, name in enumerate(names):
            scanner.add_word(name, (rank, len(name)))
        scanner.make_automaton()
        for last, (rank, size) in scanner.iter(text):
            end = last + 1
            pos = end - size
            if not (pos and letter_or_number(text, pos - 1)) and not letter_or_number(text, end):
                hits.append((pos, rank, end))
    else:
        for rank, name in enumerate(names):
            pos = text.find(name)
            while pos >= 0:
                end = pos + len(name)
                if not (pos and letter_or_number(text, pos - 1)) and not letter_or_number(text, end):
                    hits.append((pos, rank, end))
                pos = text.find(name, pos + 1)
    hits.sort()
    out: list[tuple[int, int]] = []
    last_end = 0
    for start, _rank, end in hits:
        if start >= last_end:
            out.append((start, end))
            last_end = end
    return out


# a mention's span, (start, end), read by C code (a key for sorting mentions: no Python call per one)
_SPAN = operator.attrgetter("start", "end")


class _Spans:
    """Spans taken by mentions, for overlap tests in logarithmic time.

    The table is made on the first test or addition: most texts make none.
    """

    def __init__(self, mentions: Sequence[CompanyMention]) -> None:
        self.mentions: Sequence[CompanyMention] | None = mentions
        self.spans: list[tuple[int, int]] = []

    def _made(self) -> list[tuple[int, int]]:
        if self.mentions is not None:
            self.spans = sorted(map(_SPAN, self.mentions))
            self.mentions = None
        return self.spans

    def overlaps(self, start: int, end: int) -> bool:
        spans = self._made() if self.mentions is not None else self.spans
        k = bisect.bisect_left(spans, (end, end))
        # spans are disjoint: only the last one starting before ``end`` can reach ``start``
        # (the last two are read, as the any() over range(k - 2, k) this replaces did)
        return (k >= 1 and spans[k - 1][1] > start) or (k >= 2 and spans[k - 2][1] > start)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._made(), (start, end))


# a "(" that no other follows: where the patterns read by _bracket_matches() may match
_LONE_OPENING = re.compile(r"\((?!\()")


def _bracket_matches(text: str, pattern: _Pattern) -> list[_AnyMatch]:
    """The matches of ``pattern.finditer(text)`` for a pattern that opens with a "(", holds
    no other and reads a space or a letter right after it (as _DEFINED, _LISTING_AT and
    _LISTING do): tried at each "(" that no other follows only (most texts have few "(",
    and a run of them is passed over in one step), through the stdlib twin on ASCII."""
    found: list[_AnyMatch] = []
    if "(" not in text:
        return found
    match = pattern.ascii_match if text.isascii() else pattern.match
    for opening in _LONE_OPENING.finditer(text):
        m = match(text, opening.start())
        if m is not None:
            found.append(m)
    return found


# the capitalized words before ", " (a place's name, up to three words)
_NAME_BEFORE_COMMA = regex.compile(r"(?:\p{Lu}[\p{L}.'’-]*[ ]){0,2}\p{Lu}[\p{L}.'’-]*(?=,[ ]\Z)")


def state_after_place(text: str, start: int) -> bool:
    """Whether the two capitals at ``start`` are a US state's or a Canadian province's postal
    code after a place's name and a comma ("Naples, FL", "Kitchener, ON").

    >>> state_after_place("in Naples, FL.", 11), state_after_place("Apple, GE and IBM", 7)
    (True, False)
    """
    if text[start - 2 : start] != ", " or text[start : start + 2] not in _postal_codes():
        return False
    m = _NAME_BEFORE_COMMA.search(text, max(0, start - 40), start)
    if m is None:
        return False
    words = m.group().split()
    return any(is_place_name(" ".join(words[k:])) for k in range(len(words)))
