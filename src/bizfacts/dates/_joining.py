"""Collecting every candidate, resolving overlaps, and joining neighbours into ranges and periods."""

from __future__ import annotations

import datetime as dt
import operator
import re

import attrs

from .._spans import RelativeDate
from . import _forms
from ._absolute import _collect_months, _collect_numbers
from ._candidates import Tense, _Cand, _Joined, _number, _prev_low
from ._periods import _collect_periods
from ._relative_dates import _collect_relative
from ._scanners import _PERIOD_MONTHS, _Patterns


def _collect(text: str, p: _Patterns, ref: dt.date | None, day_first: bool,
             memo: dict[int, str]) -> list[_Cand]:
    out: list[_Cand] = []
    lower = text.lower()  # (one copy for both readers)
    ma_starts = _collect_months(text, p, ref, out, memo)
    _collect_numbers(text, p, ref, day_first, out, memo)
    aligned = lower if len(lower) == len(text) else None  # (see ``_anchors``)
    _collect_periods(text, p, ref, out, memo, aligned)
    _collect_relative(text, p, out, memo, aligned)
    _forms.collect(text, ref, out, lower, ma_starts)  # forms beyond wire style
    return out


# between an ordinal period and a longer one its end date closes too: "fourth quarter and full year"
_AND_PERIOD = re.compile(r"[ \t]+and[ \t]+(?:the[ \t]+)?(?:full[ -]|fiscal[ \t]+|financial[ \t]+)?")
# the months (of a quarter, of a half) that open the last part of a longer period (of 12 or 6 months)
_LAST_PART_MONTHS = {12: (10, 7), 9: (7,), 6: (4, 10)}


def _last_part(c: _Cand, months: int) -> bool:
    """Whether ``c`` is a quarter or a half with no year that is the last part of a period of
    ``months`` months ending where it ends: the fourth quarter or second half of a year, the
    second or fourth quarter of a half."""
    pt = c.point
    return (
        pt is not None
        and c.kind == "point"
        and c.duration is None
        and pt.year is None
        and pt.gran in ("quarter", "half")
        and (pt.gran == "quarter" or months == 12)
        and pt.month in _LAST_PART_MONTHS.get(months, ())
    )


_push = list.append
_START_KEY = operator.attrgetter("start")
_END_KEY = operator.attrgetter("end")


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates: in every cluster of overlaps the longest wins."""
    # by start, the longest first: two stable sorts (the second keeps the order of the
    # first among equal starts) with C key functions, cheaper than one with a lambda
    cands.sort(key=_END_KEY, reverse=True)  # ``reverse`` keeps equal ends in their order
    cands.sort(key=_START_KEY)
    chosen: list[_Cand] = []
    for c in cands:
        if chosen and c.start < chosen[-1].end:
            last = chosen[-1]
            if c.end - c.start > last.end - last.start and (len(chosen) < 2 or chosen[-2].end <= c.start):
                chosen[-1] = c
            continue
        chosen.append(c)
    return chosen


# ------------------------------------------------------------------- composition


_MAX_GAP = 13  # the longest text ``join_gap`` or ``range_gap`` can match (see ``_compose``)


def _compose(text: str, cands: list[_Cand], p: _Patterns, memo: dict[int, str]) -> list[_Cand]:
    """Join neighbours: ranges, "since", "fiscal year ending", weekday + date, month + "last year"."""
    out = _Joined()
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        lo = c.start - 40 if c.start > 40 else 0
        pt = c.point
        npt = nxt.point if nxt is not None else None
        # ``join_gap`` spans at most 4 characters and ``range_gap`` at most 13
        # (3 spaces, "through", 3 spaces): farther neighbours can join neither way
        if (nxt is not None and pt is not None and npt is not None and nxt.start - c.end <= _MAX_GAP
                and c.kind == "point" and nxt.kind == "point"):
            # the joins below read a weekday, or a date without its year: two years
            # ("1986 1987") need no test of the gap between them
            joined = (c.rule == "weekday" or (pt.year is None and pt.rel is None)) and (
                p.join_gap.match(text, c.end, nxt.start) is not None
            )
            # "Monday, March 3": the weekday adds nothing to the date
            if joined and c.rule == "weekday" and npt.gran == "day" and npt.rel is None:
                out.append(attrs.evolve(nxt, start=c.start, rule="weekday + " + nxt.rule))
                i += 2
                continue
            # "October last year", "March 3 this year"
            if (joined and pt.rel is None and pt.year is None and pt.gran in ("day", "month")
                    and npt.rel is not None and npt.rel.unit == "year" and npt.rel.month is None
                    and nxt.rule in ("last year", "this year", "next year", "previous year", "prior year",
                                     "current year", "coming year")):
                rel = RelativeDate(npt.rel.offset, "year", npt.rel.direction, month=pt.month,
                                   day=pt.day if pt.gran == "day" else None)
                out.append(_Cand(c.start, nxt.end, c.rule + " " + nxt.rule, attrs.evolve(pt, rel=rel)))
                i += 2
                continue
            # ranges: "between A and B", "from A to B", "A-B", "A to B"
            if pt.rel is None and npt.rel is None:
                gap = p.range_gap.match(text, c.end, nxt.start)
                if gap is not None:
                    opener = (p.range_open_before.search(text, lo, c.start)
                              if _prev_low(text, c.start, memo) in ("between", "from") else None)
                    word = gap.group("w")
                    ok = False
                    if opener is not None:
                        ok = (opener.group("w").lower() == "between") == (word == "and")
                    elif word != "and":
                        ok = pt.gran == npt.gran and pt.gran in ("month", "year", "day", "quarter")
                    if ok:
                        start = opener.start("w") if opener is not None else c.start
                        out.append(_Cand(start, nxt.end, "range", pt, npt, kind="range"))
                        i += 2
                        continue
        if pt is not None and c.kind == "point" and pt.rel is None:
            prev = memo.get(c.start)  # ``_prev_low`` inlined: collecting asked for most words
            if prev is None:
                prev = _prev_low(text, c.start, memo)
            since = None
            if prev in ("since", "early", "late", "mid", "of", "the"):
                since = p.since_before.search(text, lo, c.start)
            if since is not None:
                out.append(_Cand(since.start(), c.end, "since", pt, kind="range", since=True, tense="past"))
                i += 1
                continue
            ending = (p.period_ending_before.search(text, lo, c.start)
                      if prev in ("ended", "ending", "to", "through", "thru") else None)
            if ending is not None and pt.gran in ("day", "month"):
                unit = ending.group("unit").lower()
                if unit.startswith("half"):
                    unit = "half"  # "the half-year ended 31 December", "the half year to 30 June"
                months = (_number(ending.group("n")) or 0) if ending.group("n") else _PERIOD_MONTHS[unit]
                explicit = bool(ending.group("f"))
                start = ending.start()
                if out and out[-1].start < start < out[-1].end and out[-1].point is not None:
                    start = out[-1].start  # "fiscal third quarter ended December 31"
                    explicit = explicit or out[-1].point.fiscal
                tense: Tense = "past" if prev == "ended" else "nearest"
                # (the one before "first half", when the ending took that in)
                k = len(out) - (2 if start < ending.start() else 1)
                if k >= 0 and _last_part(out[k], months) and _AND_PERIOD.fullmatch(text, out[k].end, start):
                    # "its fourth quarter and full year ended December 31, 2017": the quarter ends then too
                    q = out[k]
                    q_months = 3 if q.point is not None and q.point.gran == "quarter" else 6
                    fiscal = "-fiscal" if explicit or (q.point is not None and q.point.fiscal) else ""
                    out[k] = _Cand(q.start, q.end, "period ending", pt, kind="point",
                                   duration=(q_months, "month", "ending" + fiscal), tense=tense)
                out.append(_Cand(start, c.end, "period ending", pt, kind="point",
                                 duration=(months, "month", "ending" + ("-fiscal" if explicit else "")),
                                 tense=tense))
                i += 1
                continue
        # ``list.append`` itself: ``c`` starts at or after the end of every output so
        # far (each ends where an earlier input ends, and the inputs do not overlap),
        # so ``_Joined.append`` would drop nothing
        _push(out, c)
        i += 1
    return out
