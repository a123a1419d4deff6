"""Composite periods that the forms step (``_forms``) builds from the parts it found:
ranges of days in one month ("between 3 and 12 September", "from the 4th to the 23rd of
next month") and weeks ("the last week of July", "next week on Tuesday", "the week of
April 10")."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .._spans import Granularity, RelativeDate
from ._candidates import Tense, _Cand, _Point, _valid
from ._resolution import _add_months, _infer_year_of, _period_end

_WEEK_ORD = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}


def _point(year: int | None, month: int, day: int, gran: Granularity = "day") -> _Point:
    return _Point(gran, year, month, day)


def _day_range(m: re.Match[str], c: _Cand, pt: _Point, ref: dt.date | None) -> _Cand | None:
    opener = (m.group("w") or "").lower()
    gap = (m.group("g") or m.group("h")).lower()
    if (opener == "between") != (gap == "and"):
        return None
    d1 = int(m.group("d1"))
    if not 1 <= d1 < pt.day:
        return None
    start = m.start() if opener else m.start("d1")
    return _Cand(start, c.end, "day range of month", attrs.evolve(pt, day=d1), pt, kind="range")


def _days_of_named_month(m: re.Match[str], c: _Cand, pt: _Point) -> _Cand | None:
    opener = (m.group("w") or "").lower()
    gap = (m.group("g") or m.group("h")).lower()
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if (
        (opener == "between") != (gap == "and")
        or not 1 <= d1 < d2
        or not _valid(pt.year or 2000, pt.month, d2)
    ):
        return None
    start = m.start() if opener else m.start("d1")
    a, b = _point(pt.year, pt.month, d1), _point(pt.year, pt.month, d2)
    return _Cand(start, c.end, "day range of month", a, b, kind="range")


def _days_of_month(m: re.Match[str], c: _Cand, ref: dt.date | None) -> _Cand | None:
    opener = (m.group("w") or "").lower()
    gap = (m.group("g") or m.group("h")).lower()
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if (opener == "between") != (gap == "and") or not 1 <= d1 < d2 <= 31:
        return None
    off = {"next month": 1, "this month": 0, "last month": -1}[c.rule]
    start = m.start() if opener else m.start("d1")
    if ref is None:
        tense: Tense = "future" if off > 0 else "past" if off < 0 else "nearest"
        a = _Point("day", rel=RelativeDate(off, "month", tense, day=d1))
        b = _Point("day", rel=RelativeDate(off, "month", tense, day=d2))
        return _Cand(start, c.end, "day range of month", a, b, kind="range")
    first = _add_months(ref.replace(day=1), off)
    if not _valid(first.year, first.month, d2):
        return None
    a, b = _point(first.year, first.month, d1), _point(first.year, first.month, d2)
    return _Cand(start, c.end, "day range of month", a, b, kind="range")


def _week_of_month(start: int, c: _Cand, o: str) -> _Cand:
    """ "the last week of July": its first to its last day (the last seven days)."""
    pt = c.point
    assert pt is not None
    if o in ("last", "final"):
        last = _period_end(dt.date(pt.year or 2001, pt.month, 1), "month").day
        first_day, last_day = last - 6, last
    else:
        first_day = 1 + 7 * _WEEK_ORD[o]
        last_day = first_day + 6
    a = _point(pt.year, pt.month, first_day)
    return _Cand(start, c.end, "week of month", a, _point(pt.year, pt.month, last_day), kind="range")


def _week_day(week: _Cand, day: _Cand, ref: dt.date | None) -> _Cand | None:
    """ "next week on Tuesday": that weekday in that week."""
    assert day.point is not None and day.point.rel is not None
    if ref is None:
        return None
    off = {"next week": 1, "last week": -1, "this week": 0}[week.rule]
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * off)
    d = monday + dt.timedelta(days=day.point.rel.offset)
    return _Cand(week.start, day.end, "week + weekday", _point(d.year, d.month, d.day))


def _week_of(start: int, c: _Cand, ref: dt.date | None) -> _Cand:
    """ "the week of April 10": the week (from Monday) holding that day."""
    pt = c.point
    assert pt is not None
    year = pt.year
    if year is None and ref is not None:
        year = _infer_year_of("day", pt.month, pt.day, False, ref, "nearest")
    if year is None:
        return _Cand(start, c.end, "week of", attrs.evolve(pt, gran="week"))
    day = dt.date(year, pt.month, pt.day)
    monday = day - dt.timedelta(days=day.weekday())
    return _Cand(start, c.end, "week of", _point(monday.year, monday.month, monday.day, "week"))
