"""Where to look: literal needles found fast, and patterns run only near them.

The numeric extractors (money, percentages, user counts) and the company extractor scan a
text for their cue strings first ("$", "mln", "percent", "users", "Inc") and try their large
patterns only in windows around the hits: ``needle_spans`` finds the windows (``str.find``,
one Aho-Corasick pass for long lists, a chain pattern on dense text), ``group_needle_spans``
finds the windows of several lists in one pass, and ``WindowSearch`` runs a pattern in them
with the same first match as a full scan.  Every scan is linear in the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from itertools import islice
from typing import Any

import ahocorasick

from ._alternations import opening_group_closes_at_end
from ._numbers import AnyMatch, AnyPattern, alternation

__all__ = [
    "NeedleGroup",
    "WindowSearch",
    "group_needle_spans",
    "group_scanner",
    "joint_needle_spans",
    "joint_scanner",
    "minimal_needles",
    "needle_spans",
]


def minimal_needles(needles: set[str] | frozenset[str]) -> tuple[str, ...]:
    """Drop every needle that contains another one: its hits are found by the shorter."""
    kept = [n for n in needles if n and not any(o != n and o in n for o in needles)]
    return tuple(sorted(kept))


#: Needle lists at least this long are found by one trie scan instead of one
#: ``str.find`` pass per needle (measured on news text: about even at 8 needles, the
#: scan 1.5x faster at 29).
_SCAN_NEEDLES = 20
#: Needle lists shorter than this have a chain pattern (``_chain_scanner``) for dense text.
#: (40, not 32: the user counts' 33 needles on a dense run of counts took 4 ms per 200K
#: characters through one Python step per occurrence, 1.7 ms by the chain pattern.)
_CHAIN_NEEDLES = 40


@functools.cache
def _needle_scanner(needles: tuple[str, ...]) -> ahocorasick.Automaton | None:
    """One Aho-Corasick automaton finding all of ``needles`` in one pass (several times
    faster than a ``re`` trie of them), or None when a needle has whitespace."""
    if any(not n or any(ch.isspace() for ch in n) for n in needles):
        return None
    automaton = ahocorasick.Automaton()
    for needle in needles:
        automaton.add_word(needle, len(needle))
    automaton.make_automaton()
    return automaton


@functools.cache
def _ascii_needles(needles: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(n for n in needles if n.isascii())


#: Needles at least one in this many characters make ``needle_spans`` scan with its
#: chain pattern instead of one Python step per occurrence.
_DENSE = 64


def _overhang(needles: tuple[str, ...]) -> int:
    """How far past the end of one needle an overlapping occurrence of another may end
    ("pc" then "cent" in "pcent": 3); 0 when no needle begins as another one ends."""
    most = 0
    for a in needles:
        for b in needles:
            for k in range(1, min(len(a), len(b))):
                if a.endswith(b[:k]):
                    most = max(most, len(b) - k)
    return most


@functools.cache
def _chain_scanner(needles: tuple[str, ...], gap: int) -> tuple[re.Pattern[str], int] | None:
    """A pattern matching a chain of needle occurrences, each starting at most ``gap``
    characters after the end of the one before, and the overhang to add to its end;
    None when the needles do not suit (whitespace in one, one inside another, many).

    A chain starts where its first occurrence starts; its end plus the overhang is at
    least the end of every occurrence in it, also of those overlapping the ones the
    pattern consumed.  The greedy ``{0,gap}`` jumps to the last occurrence within
    reach, so a dense run ("%%%...") is crossed ``gap`` characters a step, in C."""
    if len(needles) >= _CHAIN_NEEDLES or any(not n or any(ch.isspace() for ch in n) for n in needles):
        return None
    if any(o != n and o in n for o in needles for n in needles):
        return None
    overhang = _overhang(needles)
    trie = alternation(list(needles))
    heads = "".join(sorted({re.escape(n[0]) for n in needles}))
    return re.compile(rf"(?:{trie})(?:[\s\S]{{0,{gap + overhang}}}(?=[{heads}])(?:{trie}))*"), overhang


def _merged(hits: list[tuple[int, int]], gap: int) -> list[tuple[int, int]]:
    """``hits`` (start, end) sorted and merged: one starting at most ``gap`` characters
    after the end of another shares its span."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted(hits):
        if spans and start - spans[-1][1] <= gap:
            if end > spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


#: ``group_needle_spans`` gives up on text holding more needles than one in this many characters.
_DENSE_GROUPS = 16

#: A needle list read by ``group_needle_spans``: its needles, whether they are found in
#: exact case (else in the lowercase text) and the gap of ``needle_spans``.
NeedleGroup = tuple[tuple[str, ...], bool, int]
#: the needles one key of ``group_scanner`` stands for: (list index, the needle when exact) pairs
Owners = tuple[tuple[int, str | None], ...]


@functools.cache
def group_scanner(groups: tuple[NeedleGroup, ...]) -> ahocorasick.Automaton | None:
    """One automaton for every list, searched in lowercase text: each key gives its length and
    the needles it stands for, as (list index, the needle when found in exact case) pairs;
    None when a needle holds white space."""
    if any(_needle_scanner(needles) is None for needles, _exact, _gap in groups):
        return None
    owners: dict[str, list[tuple[int, str | None]]] = {}
    for g, (needles, exact, _gap) in enumerate(groups):
        for needle in needles:
            owners.setdefault(needle.lower(), []).append((g, needle if exact else None))
    automaton = ahocorasick.Automaton()
    for key, found in owners.items():
        automaton.add_word(key, (len(key), tuple(found)))
    automaton.make_automaton()
    return automaton


def group_needle_spans(
    text: str, lower: str, groups: tuple[NeedleGroup, ...], scanner: ahocorasick.Automaton | None = None
) -> list[list[tuple[int, int]]] | None:
    """``needle_spans`` of each group (in ``text`` when exact, else in ``lower``, the text
    lowercased), all found by one pass over ``lower`` instead of one or more per group;
    None where lowercasing is no letter-for-letter map (text not ASCII-only), a needle
    holds white space or needles are dense (more than one in ``_DENSE_GROUPS`` characters:
    each group is best read by itself then).  A group that ``needle_spans`` reads by its
    chain pattern (a dense run of its needles) is handed to it.

    >>> group_needle_spans("5 Dlrs or 7 DM", "5 dlrs or 7 dm", ((("dlr",), False, 0), (("DM",), True, 0)))
    [[(2, 5)], [(12, 14)]]

    ``scanner`` is ``group_scanner(groups)`` when the caller keeps it (finding it again hashes
    every needle of ``groups``).
    """
    if scanner is None:
        scanner = group_scanner(groups)
    if scanner is None or not text.isascii():
        return None
    limit = len(text) // _DENSE_GROUPS + 8
    found_all = list(islice(scanner.iter(lower), limit + 1))  # stopped in C past the limit
    if len(found_all) > limit:
        return None
    return _group_spans(text, lower, groups, found_all)


def _group_spans(
    text: str, lower: str, groups: tuple[NeedleGroup, ...], found_all: list[tuple[int, tuple[int, Owners]]]
) -> list[list[tuple[int, int]]]:
    """``group_needle_spans`` from the hits (last index, (length, owners)) of its automaton."""
    hits: list[list[tuple[int, int]]] = [[] for _ in groups]
    for end, (size, owners) in found_all:
        start = end + 1 - size
        for g, needle in owners:
            if needle is None or text.startswith(needle, start):
                hits[g].append((start, end + 1))
    out: list[list[tuple[int, int]]] = []
    for (needles, exact, gap), found in zip(groups, hits, strict=True):
        if len(found) > len(text) // _DENSE and _chain_scanner(needles, gap) is not None:
            out.append(needle_spans(text if exact else lower, needles, gap))
        else:
            out.append(_merged(found, gap))
    return out


def joint_scanner(
    groups: tuple[NeedleGroup, ...], words: Iterable[tuple[str, object]]
) -> ahocorasick.Automaton | None:
    """``group_scanner(groups)`` and the keys of ``words`` (key, value) in one automaton for
    ``joint_needle_spans``: each key gives (the needle value or None, the word value or None);
    None where ``group_scanner`` is None.  (Built anew on each call: callers keep it.)"""
    needles = group_scanner(groups)
    if needles is None:
        return None
    both: dict[str, list[object]] = {key: [needles.get(key), None] for key in needles.keys()}  # noqa: SIM118
    for key, value in words:
        both.setdefault(key, [None, None])[1] = value
    # a frequent character that no key starts with gets a key of its own, which no text holds
    # (or, if one does, gives neither value): its search starts among the root's first children
    firsts = {key[:1] for key in both}
    both.update((ch + "\0", [None, None]) for ch in _BY_FREQUENCY if ch not in firsts)
    automaton = ahocorasick.Automaton()
    for key in sorted(both, key=_frequency_ranks):
        of_needles, of_words = both[key]
        automaton.add_word(key, (of_needles, of_words))
    automaton.make_automaton()
    return automaton


#: The characters of English news text (lowercased), the most frequent first.  A node of an
#: automaton looks a character up among its children one by one, in the order they were added;
#: ``joint_scanner`` adds its keys in the order of ``_frequency_ranks`` so that every node tries
#: the most frequent characters first (a scan of news text takes a quarter less time).
_BY_FREQUENCY = " etaoinsrhldcumfpgwybvk\n,.0123456789-'\"xjqz()$%/:;"
_RANKS = {ch: rank for rank, ch in enumerate(_BY_FREQUENCY)}


def _frequency_ranks(key: str) -> list[int]:
    """The ranks of the characters of ``key`` in ``_BY_FREQUENCY`` (any other character after
    those, by its code): sorted by them, keys add each node's children in that order."""
    return [_RANKS.get(ch, len(_RANKS) + ord(ch)) for ch in key]


def joint_needle_spans(
    text: str, lower: str, groups: tuple[NeedleGroup, ...], scanner: ahocorasick.Automaton
) -> tuple[list[list[tuple[int, int]]], tuple[tuple[int, Any], ...]] | None:
    """``group_needle_spans(text, lower, groups)`` and the hits (last index, value) of the words
    of ``scanner`` (a ``joint_scanner`` of ``groups``) in ``lower``: every occurrence, overlapping
    ones included, as an automaton of those words alone gives them; both found by one pass over
    ``lower`` instead of two.  None for text not ASCII-only, and as soon as the needles prove
    dense (where ``group_needle_spans`` gives up: the caller reads the two apart then, each in C).

    >>> groups = ((("dlr",), False, 0),)
    >>> joint_needle_spans("5 dlrs sold", "5 dlrs sold", groups, joint_scanner(groups, [("sold", 1)]))
    ([[(2, 5)]], ((10, 1),))
    """
    if not text.isascii():
        return None
    limit = len(text) // _DENSE_GROUPS + 8
    found_all: list[tuple[int, tuple[int, Owners]]] = []
    word_hits: list[tuple[int, Any]] = []
    for end, (of_needles, of_words) in scanner.iter(lower):
        if of_words is not None:
            word_hits.append((end, of_words))
        if of_needles is not None:
            found_all.append((end, of_needles))
            if len(found_all) > limit:
                return None
    return _group_spans(text, lower, groups, found_all), tuple(word_hits)


def needle_spans(haystack: str, needles: tuple[str, ...], gap: int) -> list[tuple[int, int]]:
    """Spans (start, end) covering every occurrence of ``needles`` in ``haystack``, in
    order: an occurrence starting at most ``gap`` characters after the end of another
    shares its span.  The same as merging the occurrences of ``_needle_hits`` so, or
    wider by the needles' overhang; found by one C scan however dense they are.

    >>> needle_spans("up 5% and 7% to 9%, then 10% later", ("%",), 5)
    [(4, 5), (11, 18), (27, 28)]
    """
    scanner = _chain_scanner(needles, gap)
    # ``str.find`` is the fastest way through text where needles are rare (news); the
    # chain pattern takes over where there are so many that a Python step for each
    # occurrence would cost more than the rest of the extractor (a run of "%" or "$")
    hits = _needle_hits(haystack, needles, None if scanner is None else len(haystack) // _DENSE)
    if hits is not None:
        return _merged(hits, gap)
    assert scanner is not None  # _needle_hits gives up only when given a limit
    pattern, overhang = scanner
    return [(m.start(), m.end() + overhang) for m in pattern.finditer(haystack)]


def _needle_hits(
    haystack: str, needles: tuple[str, ...], limit: int | None = None
) -> list[tuple[int, int]] | None:
    """(start, end) of every occurrence of every needle, overlapping ones included;
    None as soon as there are more than ``limit`` of them."""
    hits: list[tuple[int, int]] = []
    scanner = _needle_scanner(needles) if len(needles) >= _SCAN_NEEDLES else None
    if scanner is not None:
        # every occurrence, overlapping ones included: (last index, needle length) pairs
        found = scanner.iter(haystack)
        if limit is not None:
            found = islice(found, limit + 1)  # stopped in C past the limit: a dense run
        hits = [(end + 1 - size, end + 1) for end, size in found]
        return None if limit is not None and len(hits) > limit else hits
    find = haystack.find
    cap = len(haystack) * len(needles) if limit is None else limit
    # a non-ASCII needle ("€", "£") cannot occur in ASCII text: one test saves its scan
    for needle in _ascii_needles(needles) if haystack.isascii() else needles:
        i = find(needle)
        while i != -1:
            hits.append((i, i + len(needle)))
            if len(hits) > cap:
                return None
            i = find(needle, i + 1)
    return hits


# a ``starts`` pattern that opens with a look-behind of one class: "(?<![X])Y"
_BEHIND_FIRST = re.compile(r"\(\?<!\[((?:\\.|[^\]\\])*+)\]\)(.*)", re.DOTALL)


@functools.cache
def _preceded(source: str, flags: int) -> re.Pattern[str] | None:
    """For a ``starts`` pattern "(?<![X])Y" (as ``start_scanner`` makes them), "[^X](?=Y)": it
    matches the character before each place where ``starts`` matches (but the text's start),
    and ``re`` skips to the next character of "[^X]" in one C loop, where it tries "(?<![X])Y"
    at every position.  None for a pattern of another form.  (Found by the pattern's source and
    flags: hashing a compiled pattern hashes all its code.)

    >>> _preceded(r"(?<![a-z])(?:[0-9])", re.UNICODE).pattern
    '[^a-z](?=(?:[0-9]))'
    """
    found = _BEHIND_FIRST.fullmatch(source)
    if found is None or flags != re.UNICODE or not opening_group_closes_at_end(found.group(2)):
        return None
    return re.compile(f"[^{found.group(1)}](?={found.group(2)})")


class WindowSearch:
    """Run a pattern only near anchor strings: a prefilter that keeps scans fast.

    ``sources`` are (haystack, needles, back, forward): literal needles searched with
    ``str.find`` in the haystack (the text, or its lowercase copy); the pattern is then
    tried only in the windows ``[hit - back, hit + len(needle) + forward)``.  A match found in a window
    is re-matched on the whole text, so it may run past the window end.  The result
    is the same as a full scan whenever every match contains a needle no more than
    ``back`` characters after its start and ends no more than ``forward`` characters
    after that needle.  A haystack whose length differs from the text is the text
    lowercased with a "\u0130" in it: it is lowercased again with that letter read as "i"
    (any other difference makes the whole text one window).

    ``starts``, when given, is a cheap pattern that matches (with the same ``endpos``)
    at every position where ``pattern`` can match, and at few others.  The pattern is
    then tried only where ``starts`` matches: the same first match, found without
    running the large pattern at every word of a window.

    ``needs``, when given, is a pattern that matches (with the window as ``pos`` and
    ``endpos``) somewhere inside every match of ``pattern``: a window where it finds
    nothing is skipped whole ("users users ..." holds no number for a count).

    ``spans`` are more (spans, back, forward): needle spans found already, as
    ``needle_spans`` gives them (``group_needle_spans`` finds several lists in one pass).

    ``open_end``: where the last window starts if it runs to the end of the text (else past
    the end): from there on ``search(pos)`` is ``pattern.search(text, pos)``.
    """

    __slots__ = ("_after", "_index", "_pattern", "_starts", "_text", "_windows", "open_end")

    def __init__(
        self,
        pattern: AnyPattern,
        text: str,
        sources: tuple[tuple[str, tuple[str, ...], int, int], ...],
        starts: re.Pattern[str] | None = None,
        needs: re.Pattern[str] | None = None,
        spans: tuple[tuple[list[tuple[int, int]], int, int], ...] = (),
    ) -> None:
        self._pattern = pattern
        self._starts = starts
        self._after = None if starts is None else _preceded(starts.pattern, starts.flags)
        self._text = text
        size = len(text)
        hits: list[tuple[int, int]] = []
        for haystack, needles, back, forward in sources:
            if len(haystack) != size:
                # lowercasing made the text longer: only "\u0130" does ("i" + a combining dot).
                # Read it as "i", as the caseless patterns do, and the windows stay exact
                haystack = text.replace("\u0130", "i").lower()
            if len(haystack) != size:
                hits = [(0, size)]
                break
            # occurrences close enough for their windows to meet come as one span
            for i, end in needle_spans(haystack, needles, back + forward):
                hits.append((i - back if i > back else 0, end + forward))
        for found, back, forward in spans:
            hits.extend((i - back if i > back else 0, end + forward) for i, end in found)
        hits.sort()
        windows: list[tuple[int, int]] = []
        for start, we in hits:
            ws = start
            if windows and ws <= windows[-1][1]:
                pass
            elif ws > 0 and not text[ws - 1].isspace():
                # never start inside a word: "four hundred" cut to "ur hundred" matches late
                lo = max(0, ws - 32)
                cut = max(text.rfind(" ", lo, ws), text.rfind("\n", lo, ws))
                ws = cut + 1 if cut >= 0 else lo
            if windows and ws <= windows[-1][1]:
                if we > windows[-1][1]:
                    windows[-1] = (windows[-1][0], we)
            else:
                windows.append((ws, we))
        if needs is not None:
            windows = [(ws, we) for ws, we in windows if needs.search(text, ws, we) is not None]
        self._windows = windows
        self._index = 0
        # where the last window starts if it runs to the end of the text, else past the text's end:
        # from there on ``search(pos)`` is ``pattern.search(text, pos)`` (the windows before end
        # before it, and ``starts`` matches wherever the pattern can), so that a caller reading
        # match after match there may take them from one ``pattern.finditer``
        self.open_end = windows[-1][0] if windows and windows[-1][1] >= size else size + 1

    def search(self, pos: int) -> AnyMatch | None:
        """The first match starting at or after ``pos`` inside a window, or None."""
        windows = self._windows
        pattern = self._pattern
        starts = self._starts
        after = self._after
        text = self._text
        size = len(text)
        while self._index < len(windows):
            ws, we = windows[self._index]
            if we <= pos:
                self._index += 1
                continue
            start = max(pos, ws)
            while start < we:
                if starts is None:
                    m = pattern.search(text, start, we)
                    if m is None:
                        break
                else:
                    # the same as pattern.search(text, start, we): try the pattern
                    # only where it can begin, in text order
                    if after is None:
                        s = starts.search(text, start, we)
                        at = -1 if s is None else s.start()
                    elif start:  # (the character before each place ``starts`` matches at)
                        s = after.search(text, start - 1, we)
                        at = -1 if s is None else s.end()
                    elif starts.match(text, 0, we) is not None:
                        at = 0
                    else:
                        s = after.search(text, 0, we)
                        at = -1 if s is None else s.end()
                    if at < 0:
                        break
                    m = pattern.match(text, at, we)
                    if m is None:
                        start = at + 1
                        continue
                # a window that runs to the end of the text already matched on all of it
                full = m if we >= size else pattern.match(text, m.start())
                if full is not None:
                    return full
                start = m.start() + 1
            self._index += 1
        return None
