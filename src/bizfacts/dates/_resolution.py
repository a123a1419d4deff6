"""Resolution of candidates against the reference date into ``DateMention`` objects."""

from __future__ import annotations

import datetime as dt
import functools
import re

import attrs

from .._spans import DateMention, Granularity, RelativeDate, unchecked
from . import _dateparser
from ._candidates import Tense, _Cand, _Point, _prev_low, _relative, _valid
from ._lexicon import _words
from ._scanners import _FUTURE_PREV, _MODIFIER_WORDS, _MODIFIERS, _SAID_WORDS, _Patterns

# -------------------------------------------------------------------- resolution

#: DateMention without its validators: every span here is cut from the text
_make_date = unchecked(DateMention)


# the last sentence end (". ", "! ", "? ", a line break, '." ', "; ") before a position:
# ``.*`` runs to the end of the window, then steps back to the last one to start, which is
# also the last to end (none starts with the space or quote that ends another)
_LAST_SENTENCE_END = re.compile(r"(?s:.*)(?:[.!?] |\n|\.\" |; )")


def _sentence_window(text: str, start: int) -> tuple[int, int]:
    """The part of the sentence before ``start``, at most 120 characters."""
    lo = start - 120 if start > 120 else 0
    end = _LAST_SENTENCE_END.match(text, lo, start)
    return (end.end() if end is not None else lo), start


# periods that results are reported for: "record" before one is an adjective
_REPORTED = frozenset({"quarter", "half", "year"})


def _tense(text: str, c: _Cand, p: _Patterns, default: Tense, prev: str) -> Tense:
    """``prev``: the lowercased word before ``c.start``."""
    if prev in _FUTURE_PREV and not (prev == "record" and c.point is not None and c.point.gran in _REPORTED):
        return "future"  # ("record March 15": a dividend's date; "record Q3 revenue" is an adjective's)
    if prev == "ending":
        return "nearest"
    lo, hi = _sentence_window(text, c.start)
    if prev in _SAID_WORDS and p.said_before.search(text, max(lo, hi - 30), hi):
        return "past"
    if _words().future.in_clause(text[lo:hi].lower()):
        return "future"
    return default


def _add_months(d: dt.date, n: int) -> dt.date:
    k = d.year * 12 + d.month - 1 + n
    return dt.date(k // 12, k % 12 + 1, 1)


_MONTHS_IN = {"month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12, "decade": 120}


def _period_end(start: dt.date, gran: Granularity) -> dt.date:
    if gran == "day":
        return start
    if gran == "week":
        return start + dt.timedelta(days=6)
    return _add_months(start, _MONTHS_IN[gran]) - dt.timedelta(days=1)


def _floor(d: dt.date, gran: Granularity) -> dt.date:
    if gran == "day":
        return d
    if gran == "week":
        return d - dt.timedelta(days=d.weekday())
    if gran == "month":
        return d.replace(day=1)
    if gran == "quarter":
        return dt.date(d.year, d.month - (d.month - 1) % 3, 1)
    if gran == "half":
        return dt.date(d.year, 1 if d.month <= 6 else 7, 1)
    if gran == "decade":
        return dt.date(d.year - d.year % 10, 1, 1)
    return dt.date(d.year, 1, 1)


def _shift(d: dt.date, n: int, unit: str) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(days=7 * n)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}[unit] * n
    return _add_months(d.replace(day=1), months)


# (not cached: its one frequent caller, :func:`_without_year`, is, with the same arguments; a
# cache of its own was hit 6 times in 3,736 calls over the benchmark corpus and kept 0.8 MB)
def _infer_year_of(
    gran: Granularity, month: int, day: int, strict: bool, ref: dt.date, tense: Tense
) -> int | None:
    options: list[tuple[int, dt.date]] = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if _valid(y, month, day):
            options.append((y, dt.date(y, month, day)))
    if not options:
        for y in range(ref.year - 8, ref.year + 9):  # February 29
            if _valid(y, month, day) and y <= ref.year:
                options = [(y, dt.date(y, month, day))]
        return options[-1][0] if options else None
    if strict:  # "last December", "next March": never the period holding the reference date
        past = [y for y, s in options if _period_end(s, gran) < ref]
        future = [y for y, s in options if s > ref]
    else:
        past = [y for y, s in options if s <= ref]
        future = [y for y, s in options if _period_end(s, gran) >= ref]
    if tense == "future" and future and gran in ("quarter", "half") and not strict:
        # "expected to close in the third quarter" -> the coming one; "will report fourth-quarter
        # results" in March -> the one just ended: the nearer of the last completed and the next
        done = [y for y, s in options if _period_end(s, gran) < ref]
        nxt = dt.date(future[0], month, day)
        if not done or nxt <= ref:
            return future[0]
        gap_done = (ref - _period_end(dt.date(done[-1], month, day), gran)).days
        return done[-1] if gap_done < (nxt - ref).days else future[0]
    if tense == "future" and future:
        return future[0]
    if tense == "nearest" and past and future:
        back = (ref - dt.date(past[-1], month, day)).days
        ahead = (dt.date(future[0], month, day) - ref).days
        return future[0] if ahead * 4 < back else past[-1]
    return past[-1] if past else future[0] if future else None


def _resolve_weekday(rel: RelativeDate, ref: dt.date, tense: Tense, strict: bool) -> dt.date:
    wd = rel.offset
    if tense == "future":
        delta = (wd - ref.weekday()) % 7
        if strict and delta == 0:
            delta = 7
        return ref + dt.timedelta(days=delta)
    delta = (ref.weekday() - wd) % 7
    if strict and delta == 0:
        delta = 7
    return ref - dt.timedelta(days=delta)


# a pure function of its arguments, which repeat often (one reference date per document); the
# repeats come within a document, so a small cache hits as often as a large one (the benchmark
# corpus: the same hits at 128 entries as at 512; 4,096 entries kept 0.15 MB)
@functools.lru_cache(maxsize=256)
def _shifted_period(ref: dt.date, gran: Granularity, offset: int, unit: str) -> dt.date:
    """The period ``offset`` ``unit``s from the one holding ``ref`` ("last year")."""
    return _floor(_shift(_floor(ref, gran), offset, unit), gran)


def _resolve(pt: _Point, ref: dt.date | None, tense: Tense) -> tuple[dt.date | None, RelativeDate | None]:
    """(value, relation) of a point; the relation is set for anything relative."""
    rel = pt.rel
    if rel is not None and rel.unit == "weekday":
        rel = _relative(rel.offset, "weekday", "future" if tense == "future" else "past")
        if ref is None:
            return None, rel
        return _resolve_weekday(rel, ref, tense, pt.strict), rel
    if rel is not None and rel.month is not None:  # "the first quarter of last year"
        if ref is None:
            return None, rel
        year = ref.year + rel.offset
        day = rel.day or 1
        return (dt.date(year, rel.month, day) if _valid(year, rel.month, day) else None), rel
    if rel is not None:
        if ref is None:
            return None, rel
        return _shifted_period(ref, pt.gran, rel.offset, rel.unit), rel
    if pt.year is not None:
        return dt.date(pt.year, pt.month, pt.day), None
    return _without_year(pt.gran, pt.month, pt.day, pt.strict, ref, tense)


# a pure function of its arguments, which repeat often (one reference date per document); the
# repeats come within a document, so a small cache hits as often as a large one (the benchmark
# corpus: the same hits at 128 entries as at 2,048; 4,096 entries kept 0.9 MB)
@functools.lru_cache(maxsize=256)
def _without_year(
    gran: Granularity, month: int, day: int, strict: bool, ref: dt.date | None, tense: Tense
) -> tuple[dt.date | None, RelativeDate]:
    """(value, relation) of a day, month or period that does not name its year."""
    rel = _relative(0, "year", tense, month, day if gran == "day" else None)
    if ref is None:
        return None, rel
    inferred = _infer_year_of(gran, month, day, strict, ref, tense)
    if inferred is None:
        return None, rel
    return dt.date(inferred, month, day), rel


def _build(text: str, c: _Cand, ref: dt.date | None, p: _Patterns, day_first: bool,
           stats: list[int] | None, memo: dict[int, str]) -> DateMention | None:
    span = text[c.start:c.end]
    if c.fallback:
        if stats is not None:
            stats[1] += 1
        value = _dateparser.parse_date_string(span, ref, day_first or "." in span)
        if value is None:
            return None
        return _make_date(c.start, c.end, span, value, "day", rule=c.rule)

    modifier: str | None = None
    prev = memo.get(c.start)  # ``_prev_low`` inlined: the steps before asked for most words
    if prev is None:
        prev = _prev_low(text, c.start, memo)
    mod = p.modifier_before.search(text, max(0, c.start - 30), c.start) if prev in _MODIFIER_WORDS else None
    if mod is not None:
        word = (mod.group("a") or mod.group("b")).lower()
        modifier = _MODIFIERS.get(word, word)

    if c.duration is not None and c.point is None:
        n, unit, mode = c.duration
        if mode == "open":
            rel = RelativeDate(n, unit, "future" if n > 0 else "past" if n < 0 else "nearest")  # type: ignore[arg-type]
            # "6 mths after": no anchor, yet a length counted in months
            return _make_date(c.start, c.end, span, None, unit, kind="duration", end_granularity=unit,  # type: ignore[arg-type]
                               relative=rel, rule=c.rule)
        future = mode == "next"
        rel = RelativeDate(n if future else -n, unit, "future" if future else "past")  # type: ignore[arg-type]
        gran: Granularity = unit  # type: ignore[assignment]
        if ref is None:
            return _make_date(c.start, c.end, span, None, gran, kind="duration", end_granularity=gran,
                               relative=rel, modifier=modifier, rule=c.rule)
        here = _floor(ref, gran)
        other = _floor(_shift(here, rel.offset, unit), gran)
        lo, hi = (here, other) if future else (other, here)
        return _make_date(c.start, c.end, span, lo, gran, kind="duration", end_value=hi,
                           end_granularity=gran, relative=rel, modifier=modifier, rule=c.rule)

    assert c.point is not None
    pt = c.point
    if pt.year is not None and pt.rel is None and c.kind == "point" and c.duration is None and not c.since:
        # the common case, a date that names its year ("March 3, 1987", "1986", "Q3 2024"):
        # what ``_resolve`` would give, without the steps that cannot apply
        return _make_date(c.start, c.end, span, dt.date(pt.year, pt.month, pt.day), pt.gran,
                           modifier=pt.modifier or modifier, fiscal=pt.fiscal, rule=c.rule)
    tense = pt.default_tense
    needs_tense = pt.year is None and (pt.rel is None or pt.rel.unit == "weekday")
    if c.tense is not None:
        tense = c.tense
    elif needs_tense and not pt.strict:
        tense = _tense(text, c, p, pt.default_tense, prev)

    if c.kind == "range" and c.end_point is not None:
        ep = c.end_point
        a, b = pt, ep
        if a.year is None and b.year is None and ref is not None:
            vb0, _ = _resolve(b, ref, tense)
            if vb0 is not None:
                b = attrs.evolve(b, year=vb0.year)
        if a.year is None and b.year is not None:
            a = attrs.evolve(a, year=b.year if (a.month, a.day) <= (b.month, b.day) else b.year - 1)
        va, rel_a = _resolve(a, ref, tense)
        if b.year is None and va is not None:
            b = attrs.evolve(b, year=va.year if (b.month, b.day) >= (va.month, va.day) else va.year + 1)
        vb, _ = _resolve(b, ref, tense)
        if va is None and vb is not None and a.year is None:
            va = dt.date(vb.year if (a.month, a.day) <= (vb.month, vb.day) else vb.year - 1, a.month, a.day)
        if va is not None and vb is not None and vb < va:
            return None
        if c.rule.startswith("table") and not _recent(vb, b.gran, ref):
            return None
        return _make_date(c.start, c.end, span, va, a.gran, kind="range", end_value=vb,
                           end_granularity=b.gran,
                           relative=rel_a, modifier=pt.modifier or modifier, fiscal=a.fiscal or b.fiscal,
                           rule=c.rule)

    value, prel = _resolve(pt, ref, tense)
    if c.rule.startswith("table") and not _recent(value, pt.gran, ref):
        return None
    if c.since:
        ahead = value is not None and ref is not None and value > ref  # "since tomorrow": open
        return _make_date(c.start, c.end, span, value, pt.gran, kind="range",
                           end_value=None if ahead else ref,
                           end_granularity="day" if ref is not None and not ahead else None, relative=prel,
                           modifier=pt.modifier or modifier, fiscal=pt.fiscal, rule=c.rule)
    if c.duration is not None and c.duration[2].startswith("ending"):
        return _period_ending(c, span, value, prel)
    if c.duration is not None and c.duration[2] == "unresolved":  # "the year-ago period"
        return _make_date(c.start, c.end, span, None, pt.gran, relative=prel, rule=c.rule)
    return _make_date(c.start, c.end, span, value, pt.gran, relative=prel, modifier=pt.modifier or modifier,
                       fiscal=pt.fiscal, rule=c.rule)


def _recent(value: dt.date | None, gran: Granularity, ref: dt.date | None) -> bool:
    """A results-table period is read as a calendar one only if it ended at most 75 days
    before the reference date (results come out within weeks); otherwise it is most
    likely a fiscal period that the table does not name, and no mention is made."""
    return value is None or ref is None or (ref - _period_end(value, gran)).days <= 75


def _period_ending(c: _Cand, span: str, value: dt.date | None, rel: RelativeDate | None) -> DateMention:
    """A period named by its length and last day.

    "the quarter ended June 30" -> 2nd quarter; "the year ended December 31, 1986" -> 1986;
    "the fiscal year ending March 31, 2024" -> 2023-04-01 .. 2024-03-31 (fiscal); "three
    months ended Aug. 3" -> May 4 .. Aug 3 (fiscal).
    """
    assert c.duration is not None and c.point is not None
    months = c.duration[0]
    fiscal_word = c.duration[2].endswith("fiscal")
    named = _NAMED_PERIODS.get(months)
    if value is None:
        return _make_date(c.start, c.end, span, None, named, relative=rel, fiscal=fiscal_word, rule=c.rule)
    by_day = c.point.gran == "day"
    end_day = value if by_day else _period_end(value, "month")
    if end_day == _period_end(end_day.replace(day=1), "month"):
        start = _add_months(end_day.replace(day=1), 1 - months)
    else:
        back = _add_months(end_day.replace(day=1), -months)
        start = back.replace(day=min(end_day.day, _period_end(back, "month").day)) + dt.timedelta(days=1)
    calendar = start.day == 1 and (start.month - 1) % min(months, 12) == 0 if months in (3, 6, 12) else (
        start == start.replace(month=1, day=1) and end_day == _period_end(end_day.replace(day=1), "month"))
    if named is not None and calendar:
        return _make_date(c.start, c.end, span, start, named, relative=rel, fiscal=fiscal_word, rule=c.rule)
    gran: Granularity = "day" if by_day else "month"
    return _make_date(c.start, c.end, span, start if by_day else start.replace(day=1), gran, kind="range",
                       end_value=end_day if by_day else value, end_granularity=gran, relative=rel,
                       fiscal=fiscal_word or not calendar, rule=c.rule)


_NAMED_PERIODS: dict[int, Granularity] = {3: "quarter", 6: "half", 12: "year"}
