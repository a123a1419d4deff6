"""Capitalized words, the runs they form, and what the extractor found."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterator

import attrs
import regex

from .._gazetteer import GazetteerEntry
from .._spans import CompanyKind
from ._regexes import (
    _DATELINE,
    _GAP_AT,
    _GAP_CORES,
    _GLUED_HEAD,
    _SENTENCE_OPENERS,
    _TOKEN,
    _TOKEN_UPPER,
    _ascii_runs,
    _ascii_tokens,
    _may_have_lower_suffix,
)

# more initials in a row than any name holds ("J. R. R. Tolkien" has three)
_MAX_INITIALS = 4
# what may follow the first letter of an acronym (the review pass's _ACRONYM)
_ACRONYM_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ&0123456789")
_ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# the ASCII characters that glue a word to the one before: a letter or digit (isalnum()), "-"
_ASCII_GLUE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")


class _Tok:
    """A capitalized word: its span, its text and the gap before it in its run.

    (A plain class with slots: made tens of times per document, its ``__init__`` is the
    cheapest one; attrs' would add equality, which the pass never asks of a token.)
    """

    __slots__ = ("end", "gap", "start", "text")

    def __init__(self, start: int, end: int, text: str, gap: str = "") -> None:
        self.start = start
        self.end = end
        self.text = text
        self.gap = gap  # text between the previous token of the run and this one

    def __repr__(self) -> str:
        return f"_Tok(start={self.start!r}, end={self.end!r}, text={self.text!r}, gap={self.gap!r})"


def suffix_gap(tok: _Tok) -> bool:
    """Whether the gap before ``tok``, a legal form, keeps it in the name before: nothing, a comma
    or "&" ("Co., Ltd.", "GmbH & Co. KG"), or the "de" of a Spanish form ("S.A.B. de C.V.").

    >>> suffix_gap(_Tok(0, 4, "C.V.", " de ")), suffix_gap(_Tok(0, 4, "Ltd.", " of "))
    (True, False)
    """
    gap = tok.gap.strip()
    return gap in ("", ",", "&") or (gap == "de" and tok.text.rstrip(".") in ("C.V", "CV", "R.L", "RL"))


@attrs.define
class _Found:
    start: int
    end: int
    name: str
    kind: CompanyKind
    owner: str | None
    rule: str
    ticker: str | None = None
    exchange: str | None = None
    tentative: bool = False  # an ambiguous gazetteer name still needing support
    entry: GazetteerEntry | None = None


_LIST_MARKERS = frozenset("-–•*·▪")  # (the markers of a list's items)


def _is_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"“‘'(":
        if text[i] in '"“‘(':
            return True
        i -= 1
    if i >= 0 and text[i] in _LIST_MARKERS:  # "- Total revenue was": a list item opens a sentence
        j = i - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j < 0 or text[j] == "\n":
            return True
    if i > 0 and text[i] == "-" and text[i - 1] == " ":  # "NEW YORK, March 3 - Total copper stocks"
        line_start = text.rfind("\n", 0, i) + 1
        return i - line_start < 60 and _DATELINE.fullmatch(text, line_start, i) is not None
    return i < 0 or text[i] in _SENTENCE_OPENERS


def _word_runs(
    text: str, lower: bool | None = None
) -> Iterator[list[tuple[int, int]]] | list[list[tuple[int, int]]]:
    """The spans of the words of each run ``_RUN.finditer(text)`` matches, in one scan.

    ``_RUN`` is a word followed by any number of (gap, word); its words are exactly the
    ``_TOKEN`` matches inside it.  So one ``_TOKEN`` scan of the whole text yields the
    same words in order, and two neighbours belong to one run when ``_GAP`` matches
    from the end of the first to exactly the start of the second (a word never starts
    inside a gap: gaps hold spaces, lowercase connectors and a comma).  This replaces a
    ``_RUN`` scan plus a second ``_TOKEN`` scan of every run.
    """
    # The lowercase branch of _WORD ("Fernway Health plc") is tried at every position and
    # costs a third of the scan, yet matches in few documents: where it cannot match,
    # _WORD without that branch finds the very same words.
    # (``lower``: what _may_have_lower_suffix() says, when the caller knows it already)
    if lower is None:
        lower = _may_have_lower_suffix(text)
    if text.isascii() and (twins := _ascii_runs()) is not None:
        return _ascii_word_runs(text, twins[0 if lower else 1], _ascii_tokens()[0 if lower else 1])
    return _scanned_word_runs(text, (_TOKEN if lower else _TOKEN_UPPER).finditer)


def _ascii_word_runs(
    text: str, runs: re.Pattern[str], words: re.Pattern[str] | regex.Pattern[str]
) -> list[list[tuple[int, int]]]:
    """_word_runs() on ASCII text: the runs of _RUN's stdlib twin, which the standard
    library's engine scans as fast as the words alone.  Most runs are one word; a longer
    one is read again as the run pattern reads it: a word, then (a gap, a word) until
    its end, each matched where the one before ended.
    """
    out: list[list[tuple[int, int]]] = []
    word_at = words.match
    gap_at = _GAP_AT.ascii_match
    for m in runs.finditer(text):
        if m.start(1) < 0:  # one word: the group of (gap, word) never took part
            out.append([m.span()])
            continue
        pos, end = m.span()
        spans = []
        while True:
            w = word_at(text, pos)
            assert w is not None  # (the run pattern matched a word here)
            spans.append(w.span())
            pos = w.end()
            if pos >= end:
                break
            g = gap_at(text, pos)
            assert g is not None  # (and a gap after each word but its last)
            pos = g.end()
        out.append(spans)
    return out


def _scanned_word_runs(
    text: str, word_iter: Callable[[str], Iterator[regex.Match[str]]]
) -> Iterator[list[tuple[int, int]]]:
    """_word_runs() from one scan of the words, the gaps between them matched apart."""
    gap_match = _GAP_AT.match
    run: list[tuple[int, int]] = []
    prev_end = -1
    for m in word_iter(text):
        span = m.span()
        start = span[0]
        if run and (
            (start == prev_end + 1 and text[prev_end] == " ")  # the usual gap, one space
            or (
                # (a gap opens with whitespace or a comma: told before the gap is read)
                ((first := text[prev_end]) == "," or first.isspace())
                and text[prev_end:start].strip() in _GAP_CORES
                and (gap := gap_match(text, prev_end)) is not None
                and gap.end() == start
            )
        ):
            run.append(span)
        else:
            if run:
                yield run
            run = [span]
        prev_end = span[1]
    if run:
        yield run


def _tokens(
    text: str,
    occupied: list[tuple[int, int]],
    skip: frozenset[str],
    drop: frozenset[str] = frozenset(),
    caps: list[int] | None = None,
    lower: bool | None = None,
) -> list[list[_Tok]]:
    """Capitalized words grouped into runs that could form one name.

    A run of one word from ``skip`` (ordinary sentence-initial words) is dropped early, and
    so is a run of one word from ``drop`` (months, weekdays) with nothing glued before it.
    ``caps``, when given, receives the start of every word whose second character is a
    capital, a digit or "&" (where an acronym may start: "OECD", "AT&T", "G7"), any word.
    ``lower``: whether a lowercase legal suffix may stand in ``text`` (see _word_runs()).
    """
    runs: list[list[_Tok]] = []
    starts = [s for s, _ in occupied] if occupied else []
    bisect_right = bisect.bisect_right
    if lower is None:
        lower = _may_have_lower_suffix(text)
    twins = _ascii_runs() if text.isascii() else None
    if twins is None:
        for spans in _scanned_word_runs(text, (_TOKEN if lower else _TOKEN_UPPER).finditer):
            if len(spans) > 1:
                if caps is not None:
                    caps.extend(s for s, e in spans if e - s > 1 and text[s + 1] in _ACRONYM_SECOND)
                _read_run(text, spans, occupied, starts, skip, drop, runs)
                continue
            # one word (most runs): what _read_run() does with it, read here
            rs, re_ = spans[0]
            if caps is not None and re_ - rs > 1 and text[rs + 1] in _ACRONYM_SECOND:
                caps.append(rs)
            surface = text[rs:re_]
            if surface in skip:
                continue
            if rs and ((before := text[rs - 1]).isalnum() or (before == "-" and text[rs - 2 : rs] != "--")):
                if not (before.isascii() or before.islower() or before.isdecimal()):
                    # a letter or number glued before that is neither lowercase (\p{Ll} is) nor a
                    # digit (\p{Nd}): no head (what _glued_head_start() answers, without its
                    # frame and category look-up: a text of arbitrary letters has one every 16)
                    continue
                rs = _glued_head_start(text, rs, before)  # a word glued before: its head, if any
                if rs < 0:
                    continue  # the tail of a lowercase word
                surface = text[rs:re_]
            elif surface in drop:
                continue
            if occupied:
                k = bisect_right(starts, re_) - 1
                if k >= 0 and occupied[k][1] > rs:
                    continue
            tok = _Tok.__new__(_Tok)  # _Tok(rs, re_, surface): no __init__ frame (as below)
            tok.start, tok.end, tok.text, tok.gap = rs, re_, surface, ""
            runs.append([tok])
        return runs
    # ASCII text: _word_runs() read inline (see _ascii_word_runs()), a run of one word (most
    # runs) taken as it is where nothing is glued before it and it is read on its own
    word_at = _ascii_tokens()[0 if lower else 1].match
    gap_at = _GAP_AT.ascii_match
    glued_head = _GLUED_HEAD.ascii_search
    if caps is None:
        caps = []
    add_cap, add_run = caps.append, runs.append
    # the tokens of the paths below made bare and their four slots stored in place: no __init__
    # frame, which costs a third of making one (tens of thousands over a corpus)
    new_tok = _Tok.__new__
    for m in twins[0 if lower else 1].finditer(text):
        if m.lastindex is None:  # one word: the group of (gap, word) never took part
            rs, re_ = m.span()
            surface = m.group()
            if surface[1:2] in _ACRONYM_SECOND:  # ("" for a word of one letter)
                add_cap(rs)
            if surface in skip:
                continue
            # nothing glued before (most words): what _read_run() would do (an ASCII character
            # before: a letter, a digit or "-" is one of _ASCII_GLUE)
            if (
                not rs
                or (before := text[rs - 1]) not in _ASCII_GLUE
                or (before == "-" and text[rs - 2 : rs] == "--")
            ):
                if surface in drop:
                    continue
                if occupied:
                    k = bisect_right(starts, re_) - 1
                    if k >= 0 and occupied[k][1] > rs:
                        continue
                tok = new_tok(_Tok)  # _Tok(rs, re_, surface)
                tok.start, tok.end, tok.text, tok.gap = rs, re_, surface, ""
                add_run([tok])
                continue
            # a word glued to the one before ("eBay", "3M", "mid-America"): what _read_run() does
            # with one such word, read here (a text of codes such as "%2D" holds one every few
            # characters)
            head = glued_head(text, max(0, rs - 5), rs)
            if head is not None:  # (else the tail of a lowercase word: no word)
                hs = head.start()
                if occupied:
                    k = bisect_right(starts, re_) - 1
                    if k >= 0 and occupied[k][1] > hs:
                        continue
                add_run([_Tok(hs, re_, text[hs:re_])])
            continue
        # several words: read again as the run pattern reads them, a word, then (a gap, a
        # word) until its end, each matched where the one before ended
        pos, end = m.span()
        matched = m.group()
        if "," not in matched and "  " not in matched and matched.isprintable():
            # every gap one space (the others hold a comma, a second space or other whitespace,
            # or a connector, which is no word written with a capital): the words are the
            # pieces between the spaces, where each starts with a capital
            caps_before = len(caps)  # (the words' acronym starts are taken back for a connector)
            pieces = matched.split(" ")
            n = len(pieces)
            # what _read_run() makes of them where nothing is taken, no filler, nothing glued
            # before the first word (told here, before the words are read): the words' text is
            # the pieces and each gap one space
            direct = not (
                # (a word of the run that _read_run() would find taken: it reads, for each word,
                # the last span starting by the word's end, which is the last one starting by the
                # run's end where that one ends by the run's start)
                (occupied and (k := bisect_right(starts, end) - 1) >= 0 and occupied[k][1] > pos)
                or matched in skip
                or n > 4
                or (n > 2 and (pieces[0] == pieces[1] or pieces[-1] == pieces[-2]))
                or (
                    pos > 0
                    and (before := text[pos - 1]) in _ASCII_GLUE
                    and (before != "-" or text[pos - 2 : pos] != "--")
                )
            )
            if n == 2 and direct:
                # two words (most runs of several): the loop below, read once
                first, second = pieces
                if first[0] in _ASCII_CAPITALS and second[0] in _ASCII_CAPITALS:
                    mid = pos + len(first)
                    if first[1:2] in _ACRONYM_SECOND:
                        add_cap(pos)
                    if second[1:2] in _ACRONYM_SECOND:
                        add_cap(mid + 1)
                    tok = new_tok(_Tok)  # _Tok(pos, mid, first), _Tok(mid + 1, end, second, " ")
                    tok.start, tok.end, tok.text, tok.gap = pos, mid, first, ""
                    tok2 = new_tok(_Tok)
                    tok2.start, tok2.end, tok2.text, tok2.gap = mid + 1, end, second, " "
                    add_run([tok, tok2])
                    continue
            run = []
            spans = []
            gap = ""
            for piece in pieces:
                if piece[0] not in _ASCII_CAPITALS:
                    break  # a connector ("of"): read as the run pattern reads it, below
                ws = pos
                pos += len(piece)
                if direct:
                    tok = new_tok(_Tok)  # _Tok(ws, pos, piece, gap)
                    tok.start, tok.end, tok.text, tok.gap = ws, pos, piece, gap
                    run.append(tok)
                    gap = " "
                else:
                    spans.append((ws, pos))
                if piece[1:2] in _ACRONYM_SECOND:
                    add_cap(ws)
                pos += 1
            else:
                if direct:
                    add_run(run)
                else:
                    _read_run(text, spans, occupied, starts, skip, drop, runs, glued_head)
                continue
            del caps[caps_before:]
            pos = m.start()
        spans = []
        while True:
            w = word_at(text, pos)
            assert w is not None  # (the run pattern matched a word here)
            ws, pos = w.span()
            spans.append((ws, pos))
            if pos - ws > 1 and text[ws + 1] in _ACRONYM_SECOND:
                caps.append(ws)
            if pos >= end:
                break
            g = gap_at(text, pos)
            assert g is not None  # (and a gap after each word but its last)
            pos = g.end()
        _read_run(text, spans, occupied, starts, skip, drop, runs, glued_head)
    return runs


def _glued_head_start(text: str, rs: int, before: str) -> int:
    """Where the short lowercase or numeric head glued to the word at ``rs`` starts ("eBay",
    "3M", "7-Eleven"), as _GLUED_HEAD searched up to ``rs`` finds it, or -1; ``before`` is
    ``text[rs - 1]``, a letter, a digit or "-".

    >>> _glued_head_start("buy eBay", 5, "e"), _glued_head_start("Mid-America", 4, "-")
    (4, -1)
    """
    if text[max(0, rs - 6) : rs].isascii():
        # (what _GLUED_HEAD reads, its look-behind included, is ASCII: its twin finds the same)
        head = _GLUED_HEAD.ascii_search(text, max(0, rs - 5), rs)
    elif before != "-":
        # a head of lowercase letters and digits: the whole run of them before ``rs`` (one to
        # three), with no letter, mark or digit before it (what the first branch of
        # _GLUED_HEAD reads; its second ends in "-"); an unassigned character (one this
        # Python may not know) leaves it to the pattern
        start = rs
        while start > 0 and rs - start < 4:
            category = unicodedata.category(text[start - 1])
            if category != "Ll" and category != "Nd":
                if category == "Cn":
                    return _glued_head_search(text, rs)
                break
            start -= 1
        if start == rs or rs - start > 3:
            return -1
        if start == 0:
            return 0
        category = unicodedata.category(text[start - 1])
        if category == "Cn":
            return _glued_head_search(text, rs)
        return -1 if category[0] in "LM" else start
    else:
        head = _GLUED_HEAD.search(text, max(0, rs - 5), rs)
    return -1 if head is None else head.start()


def _glued_head_search(text: str, rs: int) -> int:
    """_glued_head_start() through the pattern itself."""
    head = _GLUED_HEAD.search(text, max(0, rs - 5), rs)
    return -1 if head is None else head.start()


def _read_run(
    text: str,
    spans: list[tuple[int, int]],
    occupied: list[tuple[int, int]],
    starts: list[int],
    skip: frozenset[str],
    drop: frozenset[str],
    runs: list[list[_Tok]],
    glued_head: Callable[..., re.Match[str] | regex.Match[str] | None] | None = None,
) -> None:
    """Append to ``runs`` the runs of tokens that the word spans of one run make (see _tokens()).

    ``glued_head``: the search of _GLUED_HEAD to use (its stdlib twin on an ASCII text).
    """
    rs = spans[0][0]
    re_ = spans[-1][1]
    surface = text[rs:re_]
    if surface in skip:
        return
    if len(spans) == 1 and not (
        rs and ((before := text[rs - 1]).isalnum() or (before == "-" and text[rs - 2 : rs] != "--"))
    ):  # one word with nothing glued before
        if surface in drop:
            return
        if occupied:
            k = bisect.bisect_right(starts, re_) - 1
            if k >= 0 and occupied[k][1] > rs:
                return
        runs.append([_Tok(rs, re_, surface)])
        return
    first_start = rs  # where the first word starts, a glued head included
    if rs:
        before = text[rs - 1]
        if before.isalnum() or (before == "-" and text[rs - 2 : rs] != "--"):
            if glued_head is not None:
                head = glued_head(text, max(0, rs - 5), rs)
                head_start = -1 if head is None else head.start()
            else:
                head_start = _glued_head_start(text, rs, before)
            if head_start < 0:
                spans = spans[1:]  # the tail of a lowercase word ("mid-America" keeps "America")
            else:
                first_start = head_start
    # (a run of one word with nothing glued before took the path above: here a word is
    # glued before the first word, or the run has several words)
    # filler needs three words, or five initials: _without_filler() reads only such runs
    filler = len(spans) > 4 or (
        len(spans) > 2
        and (
            text[spans[0][0] : spans[0][1]] == text[spans[1][0] : spans[1][1]]
            or text[spans[-1][0] : spans[-1][1]] == text[spans[-2][0] : spans[-2][1]]
        )
    )
    bisect_right = bisect.bisect_right
    for part in _without_filler(text, spans) if filler else (spans,):
        run: list[_Tok] = []
        prev_end = -1
        for start, end in part:
            if start == rs:  # only the first word starts at rs
                start = first_start
            if occupied:
                k = bisect_right(starts, end) - 1
                if k >= 0 and occupied[k][1] > start:
                    if run:
                        runs.append(run)
                        run = []
                    continue
            run.append(_Tok(start, end, text[start:end], text[prev_end:start] if run else ""))
            prev_end = end
        if run:
            runs.append(run)


def _is_initial(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one initial ("J.")?"""
    return end - start == 2 and text[start + 1] == "." and text[start].isupper()


def _without_filler(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The parts of a run left once the stretches no name holds are cut out.

    No name repeats one word three times in a row ("Inc Inc Inc") or holds more than
    _MAX_INITIALS initials in a row ("A. B. C. D. E."): such stretches are filler (a
    table's rule, an index, a garbled text) and cutting them keeps the work per word of
    a long run small.

    >>> text = "Acme Inc Inc Inc Inc"
    >>> _without_filler(text, [(0, 4), (5, 8), (9, 12), (13, 16), (17, 20)])
    [[(0, 4)]]
    """
    parts: list[list[tuple[int, int]]] = []
    part: list[tuple[int, int]] = []
    n = len(spans)
    i = 0
    while i < n:
        start, end = spans[i]
        j = i + 1
        if _is_initial(text, start, end):
            while j < n and _is_initial(text, *spans[j]):
                j += 1
            filler = j - i > _MAX_INITIALS
        else:
            word = text[start:end]
            while j < n and text[spans[j][0] : spans[j][1]] == word:
                j += 1
            filler = j - i >= 3
        if filler:
            if part:
                parts.append(part)
                part = []
        else:
            part.extend(spans[i:j])
        i = j
    if part:
        parts.append(part)
    return parts
