"""Collectors of business periods: ordinal quarters and halves, "Q3 2013", "1H", fiscal years, table rows."""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterable

from .._numbers import AnyMatch
from .._spans import Granularity, RelativeDate
from ._anchors import fiscal_matches, qform_anchors
from ._candidates import (
    _SPACES,
    _Cand,
    _char_before,
    _direction,
    _expand_yy,
    _left_ok,
    _Point,
    _prev_low,
    _quantity_after,
    _word_before,
    _word_start,
)
from ._scanners import _ORD, _ORDINAL_END_CHARS, _REL_DIR, _finditer, _Patterns


def _ordinal_period(text: str, s: int, e: int, gran: Granularity, p: _Patterns) -> _Cand | None:
    """ "third quarter", "first-half 1987", "fiscal 1986 fourth qtr", "first six months of 1987"
    (``s``, ``e``: the span of the unit word)."""
    last = text[s - 2] if s >= 2 and text[s - 1] == "-" else _char_before(text, s)
    if last not in _ORDINAL_END_CHARS:
        return None
    o = p.ordinal_before.search(text, max(0, s - 28), s)
    if o is None:
        return None
    length = (o.group("six") or "").lower()
    if bool(length) != (gran == "month"):
        return None
    if length:
        gran = "quarter" if length == "three" else "half"
    n = _ORD[o.group("ord").lower()]
    if (gran == "half" and n > 2) or (length == "nine" and n != 1):
        return None
    start = o.start()
    fiscal = bool(o.group("f3"))
    year: int | None = None
    last = _char_before(text, start)
    before = None
    if last and last in "0123456789lLrRs":  # "1987", "fiscal", "year", "2023's"
        before = p.period_before.search(text, max(0, start - 24), start)
    if before is not None:
        fiscal = fiscal or bool(before.group("f1") or before.group("f2"))
        raw = before.group("fy1") or before.group("y1")
        year = int(raw) if raw else None
        start = before.start()
    end = e
    suffix = p.period_suffix.match(text, end)
    rel_off: int | None = None
    if suffix is not None:
        end = suffix.end()
        fiscal = fiscal or bool(suffix.group("f4") or suffix.group("f5"))
        raw2 = suffix.group("y2") or suffix.group("fy2")
        if raw2:
            year = int(raw2)
        elif suffix.group("rel") and year is None:
            rel_off = _REL_DIR[suffix.group("rel").lower()]
    if length == "nine":  # "the first nine months of 1987": January to September
        if rel_off is not None:
            return None
        return _Cand(start, end, "first nine months", _Point("month", year, 1, default_tense="past"),
                     _Point("month", year, 9, default_tense="past"), kind="range")
    month = 3 * n - 2 if gran == "quarter" else (1 if n == 1 else 7)
    point = _Point(gran, year, month, fiscal=fiscal, default_tense="past")
    if rel_off is not None:
        point.rel = RelativeDate(rel_off, "year", _direction(rel_off), month=month)
    return _Cand(start, end, "ordinal " + gran, point)


def _blank_to_line_edge(text: str, pos: int, step: int) -> bool:
    """Whether only whitespace lies between ``pos`` and the line's start (``step`` -1)
    or end (``step`` 1).  Reads only that whitespace, never the rest of a long line."""
    if step < 0:
        while pos > 0 and text[pos - 1] != "\n":
            if not text[pos - 1].isspace():
                return False
            pos -= 1
        return True
    size = len(text)
    while pos < size and text[pos] != "\n":
        if not text[pos].isspace():
            return False
        pos += 1
    return True


def _table_row(text: str, s: int, e: int) -> _Cand | None:
    """A results-table row label on a line of its own: "Nine mths", "Six mths".

    Newswire earnings tables label the year-to-date rows this way.  Read as calendar
    periods (January-September, first half), the last such period completed before
    the reference date; companies with other fiscal years are not told apart.
    """
    word = _word_before(text, s).lower()
    if word not in ("nine", "six", "9", "6"):
        return None
    start = _word_start(text, s)
    if not _blank_to_line_edge(text, start, -1) or not _blank_to_line_edge(text, e, 1):
        return None
    def completed(gran: Granularity, month: int) -> _Point:  # the last one completed
        return _Point(gran, None, month, default_tense="past", strict=True)

    if word in ("six", "6"):
        return _Cand(start, e, "table six months", completed("half", 1))
    nine = (completed("month", 1), completed("month", 9))
    return _Cand(start, e, "table nine months", *nine, kind="range")


_BARE_PERIOD_BEFORE = frozenset(
    {"in", "for", "during", "the", "of", "by", "this", "last", "next", "a", "its", "their", "fiscal",
     "early", "late", "mid"}
)
# "H2 of 2023", "Q1, 2025", "Q1 fiscal 2024", "H1 of fiscal 2024": the year of a bare
# period after it
_OF_YEAR_AFTER = re.compile(
    r"(?:[ \t]{1,3}of|,)?[ \t]{1,3}(?:(?:fiscal|FISCAL|Fiscal)[ \t]{1,3}|FY|fy)?(?:19|20|21)\d\d"
)
# a year or fiscal year right before a bare "Q3" names its year ("2024 Q3", "FY24 Q3")
_YEAR_WORD = re.compile(r"fy['’]?(?:\d\d|(?:19|20|21)\d\d)|(?:19|20|21)\d\d")
# "Q2 revenue", "1H profit", "H1 results": a results word right after a bare period
_RESULTS_MODIFIERS = (
    "net", "operating", "pretax", "pre-tax", "gross", "adjusted", "core", "group", "underlying",
)
_RESULTS_NOUNS = (
    "revenues?", "sales", "turnover", "profits?", "earnings", "results", "net", "loss(?:es)?", "income",
    "ebitda", "ebit", "eps", "shr", "deliveries", "shipments", "production", "output", "orders",
    "bookings", "guidance", "forecast", "outlook",
)
_RESULTS_AFTER = re.compile(
    rf"[ \t]+(?:(?:{'|'.join(_RESULTS_MODIFIERS)})[ \t]+)?(?:{'|'.join(_RESULTS_NOUNS)})\b", re.IGNORECASE
)
# what starts after the spaces following a bare period where one of the patterns after it
# (``_RESULTS_AFTER``, ``_OF_YEAR_AFTER``) can match: a results word, "of", "fiscal",
# "FY" or a year (lowercase ASCII; other characters may fold case, they go to the patterns)
_AFTER_BARE_FIRST = frozenset({w[0] for w in (*_RESULTS_MODIFIERS, *_RESULTS_NOUNS)} | set("of12"))


def _collect_periods(
    text: str, p: _Patterns, ref: dt.date | None, out: list[_Cand], memo: dict[int, str], lower: str | None
) -> None:
    """``lower``: ``aligned_lower(text)`` (the fiscal years are found in it, see ``_anchors``)."""
    for s, e in qform_anchors(text):
        pos = s - 1 if e - s == 1 else s  # "Q3" / "3Q"
        if not _left_ok(text, pos) or (pos != s and _bare_between_words(text, pos)):
            continue
        m = p.qform.match(text, pos)
        if m is None:
            continue
        fiscal = False
        gran: Granularity
        q = m.group("q")
        if q:
            n = int(q)
            gran = "quarter"
            raw = m.group("qy")
            fiscal = bool(m.group("qfy"))
        elif m.group("n"):
            n = int(m.group("n"))
            gran = "quarter" if m.group("qh") == "Q" else "half"
            raw = m.group("ny") or m.group("nfyy")
            fiscal = bool(m.group("nfy"))
        else:
            n = int(m.group("h"))
            gran = "half"
            raw = m.group("hy")
            fiscal = bool(m.group("hfy"))
        before = _prev_low(text, m.start(), memo)
        if before == "fiscal":
            fiscal = True  # "fiscal Q2", "fiscal Q4 2024"
        elif (
            raw is None
            and not (q and (before in _BARE_PERIOD_BEFORE or _YEAR_WORD.fullmatch(before)))
            and not _year_or_results_after(text, m.end())
        ):
            # a bare "Q2", "1H", "H1": a period only where the words around it say so
            continue  # "in Q3" as before, "FY24 Q3"; "the H2 bomb" is no half-year
        if gran == "half" and n > 2:
            continue
        year = None if raw is None else int(raw) if len(raw) == 4 else _expand_yy(int(raw), ref)
        month = 3 * n - 2 if gran == "quarter" else (1 if n == 1 else 7)
        out.append(_Cand(m.start(), m.end(), "Qn year" if gran == "quarter" else "Hn year",
                         _Point(gran, year, month, fiscal=fiscal, default_tense="past")))

    fiscal_years: Iterable[AnyMatch]
    if lower is not None and len(p.fiscal_scan) > 1:
        fiscal_years = fiscal_matches(text, lower, p.fiscal_scan)
    else:
        # split scans (ASCII text) skip to their first letter faster than the test could
        may_name_fiscal = len(p.fiscal_scan) > 1 or _may_name_fiscal_year(text)
        fiscal_years = _finditer(p.fiscal_scan, text) if may_name_fiscal else ()
    for m in fiscal_years:
        if not _left_ok(text, m.start()):
            continue
        raw = m.group("fy") or m.group("fw") or m.group("fa")
        year = int(raw) if len(raw) == 4 else _expand_yy(int(raw), ref)
        if not 1900 <= year <= 2099:
            continue
        if m.group("fy2"):
            raw2 = m.group("fy2")
            y2 = int(raw2) if len(raw2) == 4 else year - year % 100 + int(raw2)
            if y2 < year:
                y2 += 100
            if y2 != year + 1:
                continue
            out.append(_Cand(m.start(), m.end(), "fiscal split year", _Point("year", year, fiscal=True),
                             _Point("year", y2, fiscal=True), kind="range"))
            continue
        if _quantity_after(text, m.end(), p):
            continue
        out.append(_Cand(m.start(), m.end(), "fiscal year", _Point("year", year, fiscal=True)))


_ASCII_DIGITS = frozenset("0123456789")
_ASCII_NON_DIGITS = frozenset(map(chr, range(128))) - _ASCII_DIGITS
# a space and an ASCII letter that starts no year after a bare period ("FY24") nor a word of
# ``_year_or_results_after`` ("Q3 Q3": no period)
_SPACE_AND_PLAIN_LETTER = frozenset(
    " " + c for c in string.ascii_letters if c not in "Ff" and c.lower() not in _AFTER_BARE_FIRST
)


def _bare_between_words(text: str, pos: int) -> bool:
    """Whether the "Q3" or "H1" at ``pos`` is a bare one that no word around it makes a
    period, told without the patterns (a run of "Q3 Q3 ..." holds one every 3 characters):
    one space and an ASCII letter follow, which start neither a year ("Q3 2024", "Q3 FY24")
    nor a word of ``_year_or_results_after``, and the word before ends in one digit, so that
    it is neither a word of ``_BARE_PERIOD_BEFORE``, "fiscal" nor a year (``_YEAR_WORD``
    ends in two digits), or no word stands before it.

    >>> _bare_between_words("Q3 Q3 Q3", 3), _bare_between_words("in Q3 Q3", 3)
    (True, False)
    """
    if text[pos + 2 : pos + 4] not in _SPACE_AND_PLAIN_LETTER:
        return False
    # the word before, as _word_before() reads it: after one to three spaces
    e = pos - 1
    if e < 0 or text[e] not in _SPACES:
        return True  # no word before
    if e and text[e - 1] in _SPACES:
        e -= 1
        if e and text[e - 1] in _SPACES:
            e -= 1
            if e and text[e - 1] in _SPACES:
                return True  # four spaces: no word before
    # (the word's last character is text[e - 1], its one before that text[e - 2])
    return e >= 2 and text[e - 1] in _ASCII_DIGITS and text[e - 2] in _ASCII_NON_DIGITS


def _year_or_results_after(text: str, end: int) -> bool:
    """``_RESULTS_AFTER`` or ``_OF_YEAR_AFTER`` matches at ``end``; told without the
    patterns where the first character after the spaces can start neither ("Q3 Q3")."""
    if text[end : end + 1] == ",":
        return _OF_YEAR_AFTER.match(text, end) is not None
    k = end
    while text[k : k + 1] in (" ", "\t"):
        k += 1
    first = text[k : k + 1]
    if k == end or (first.isascii() and first.lower() not in _AFTER_BARE_FIRST):
        return False
    return _RESULTS_AFTER.match(text, end) is not None or _OF_YEAR_AFTER.match(text, end) is not None


def _may_name_fiscal_year(text: str) -> bool:
    """Whether ``text`` has one of the literals every ``fiscal_year`` match contains
    ("FY", "Fy", "fy", "[Ff]iscal", "FISCAL"): cheap tests before a full scan."""
    return "iscal" in text or "ISCAL" in text or "FY" in text or "Fy" in text or "fy" in text
