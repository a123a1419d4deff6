"""Date forms beyond wire style, for ``bizfacts.dates``: what press releases, transcripts,
social posts and lowercased or tokenized text write.

* month names in any case, a spaced comma: "april 2017", "june 5, 2019", "Dec. 31 , 1994";
* "2015-3", "2015-03": a year and a month (not "2008-10", a range of years);
* "22/04", "04/22" (one part above 12, both two digits) and "Oct/2": a day without a year;
* written days: "May twenty nine", "August second", "the second of August";
* seasons: "this summer", "fall 2024", "summer of 2019" (granularity "season");
* composite periods: "next year's first quarter", "the last week of July", "the week of
  April 10", "next week on Tuesday", "between 3 and 12 September", "from the 4th to the
  23rd of next month", "since tomorrow";
* ranges of two full dates written in different styles: "January 12, 2016 - 01/22/2016".

``collect`` adds candidates before overlaps are resolved (the longest wins, so a form
that covers a shorter wire-style reading replaces it); ``compose`` joins neighbours after
the wire-style joining.  Every pattern is anchored on a literal and has no nested
quantifier: scans stay linear.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import attrs

from . import dates as _d
from ._spans import Granularity, RelativeDate

_YEAR = r"(?:1[89]|20|21)\d\d"
_END = r"(?!\w|[.,:/-]\d)"
_SP = r"[ \t\u00a0]{1,3}"
# "Sept.", "Dec.": not the full stop after "August"
_ABBR_DOT = r"(?<![A-Za-z]{5})(?<!July|June|JULY|JUNE|[ \t]May|[ \t]MAY)\."

_UNITS_1_9 = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_ORD_1_9 = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORD_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]


def _day_words() -> dict[str, int]:
    """Written days of the month, 1-31, cardinal and ordinal, spaced or hyphenated."""
    words: dict[str, int] = {}
    for i, (card, ordi) in enumerate(zip(_UNITS_1_9 + _TEENS, _ORD_1_9 + _ORD_TEENS, strict=True), 1):
        words[card] = words[ordi] = i
    words["twenty"], words["twentieth"], words["thirty"], words["thirtieth"] = 20, 20, 30, 30
    for tens, base, top in (("twenty", 20, 9), ("thirty", 30, 1)):
        for i in range(1, top + 1):
            for sep in (" ", "-"):
                words[tens + sep + _UNITS_1_9[i - 1]] = base + i
                words[tens + sep + _ORD_1_9[i - 1]] = base + i
    return words


_DAY_WORDS = _day_words()
_ORDINAL_DAYS = {w for w in _DAY_WORDS if w.endswith(("st", "nd", "rd", "th"))}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_SEASON_DIRS = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "past": -1, "previous": -1}
_REL = {"next": 1, "coming": 1, "last": -1, "previous": -1, "prior": -1, "this": 0, "current": 0}
_WEEK_ORD = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}
_PERIOD_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_DAY_CUES = frozenset("on by since until till from before after dated of in for due through".split())


def _alt(words: list[str] | set[str] | dict[str, int]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", _SP) for w in sorted(words, key=lambda w: (-len(w), w)))


class _Patterns:
    def __init__(self) -> None:
        months = _d._words().months
        mon = _alt(months)
        day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\w|[.,:/]\d)"
        self.months = months
        # a month name in any case with a day or a year
        self.month = re.compile(
            rf"(?<![\w'’-])(?P<mon>{mon})(?P<dot>{_ABBR_DOT})?(?:{_SP}{day}(?:(?:{_SP})?,(?:{_SP})?(?P<dyear>{_YEAR}){_END}"
            rf"|{_SP}(?P<dyear2>{_YEAR}){_END})?|,?{_SP}(?:of{_SP})?(?P<myear>{_YEAR}){_END})",
            re.IGNORECASE,
        )
        self.year_month = re.compile(
            rf"(?<![\w.,/:$£€¥-])(?P<y>{_YEAR})-(?P<m>0?[1-9]|1[0-2])(?!\w|%|[.,:/-]\d)"
        )
        self.day_month = re.compile(r"(?<![\w.,/:$£€¥#-])(?P<a>[0-3]\d)/(?P<b>[0-3]\d)(?!\w|%|[.,:/-]?\d)")
        self.month_slash = re.compile(
            rf"(?<![\w-])(?P<mon>{_d._cased(list(months))})/(?P<d>[0-3]?\d)(?!\w|[/.,]\d)"
        )
        self.month_dayword = re.compile(
            rf"(?<![\w'’-])(?P<mon>{mon})(?P<dot>{_ABBR_DOT})?{_SP}(?P<dw>{_alt(_DAY_WORDS)})(?![\w-])"
            rf"(?:,?{_SP}(?P<y>{_YEAR}){_END})?",
            re.IGNORECASE,
        )
        self.dayword_of = re.compile(
            rf"(?<![\w-])(?P<dw>{_alt(_ORDINAL_DAYS)}){_SP}of{_SP}(?P<mon>{mon})(?P<dot>{_ABBR_DOT})?(?!\w)"
            rf"(?:,?{_SP}(?P<y>{_YEAR}){_END})?",
            re.IGNORECASE,
        )
        self.season = re.compile(
            rf"(?<![\w-])(?:(?P<dir>{_alt(_SEASON_DIRS)}){_SP})?(?P<s>spring|summer|fall|autumn|winter)(?![\w-])"
            rf"(?:,?{_SP}(?:of{_SP})?(?P<y>{_YEAR}){_END})?",
            re.IGNORECASE,
        )
        self.week_of_month = re.compile(
            rf"(?<![\w-])(?P<o>{_alt(_WEEK_ORD)}|last|final){_SP}week{_SP}of{_SP}(?P<mon>{mon})(?P<dot>{_ABBR_DOT})?(?!\w)"
            rf"(?:,?{_SP}(?P<y>{_YEAR}){_END})?",
            re.IGNORECASE,
        )
        self.years_period = re.compile(
            rf"(?<![\w-])(?P<rel>{_alt(_REL)}){_SP}(?P<f>fiscal{_SP})?year['’]s{_SP}(?P<o>{_alt(_PERIOD_ORD)})"
            rf"(?:{_SP}|-)(?P<u>quarter|half)(?!\w)",
            re.IGNORECASE,
        )
        self.day_range = re.compile(
            rf"(?<![\w-])(?:(?P<w>between|from){_SP})?(?:the{_SP})?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"(?:{_SP}(?P<g>and|to|through|until|till){_SP}|[ \t]?(?P<h>[-–])[ \t]?)(?:the{_SP})?"
            rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?{_SP}(?:of{_SP})?"
            rf"(?:(?P<mon>{mon})(?P<dot>{_ABBR_DOT})?(?!\w)(?:,?{_SP}(?P<y>{_YEAR}){_END})?|(?P<rel>next|this|last){_SP}month(?!\w))",
            re.IGNORECASE,
        )
        self.week_of = re.compile(r"(?<![\w-])[Ww]eek[ \t]+of[ \t]+\Z")
        self.week_on = re.compile(r"\A[ \t]+on[ \t]+\Z")
        self.since = re.compile(r"(?<![\w-])[Ss]ince[ \t]+\Z")
        self.dash = re.compile(r"\A[ \t]*[-–—][ \t]*\Z|\A[ \t]+(?:to|through|until|till)[ \t]+\Z")


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns()


def _month_no(p: _Patterns, word: str) -> int:
    return p.months[word.lower()]


def _point(year: int | None, month: int, day: int, gran: str = "day") -> _d._Point:
    return _d._Point(gran, year, month, day)  # type: ignore[arg-type]


def _word_before(text: str, i: int) -> str:
    return _d._word_before(text, i).lower()


# ------------------------------------------------------------------- collecting


def collect(text: str, ref: dt.date | None, out: list[_d._Cand]) -> None:
    """Add the candidates of the forms above to ``out``."""
    p = _patterns()
    lower = text.lower()
    _months(text, p, out)
    if "-" in text:
        _year_months(text, p, out)
    if "/" in text:
        _slashed(text, p, out)
    _written_days(text, p, out)
    if "spring" in lower or "summer" in lower or "fall" in lower or "autumn" in lower or "winter" in lower:
        _seasons(text, p, ref, out)
    if "week" in lower:
        _weeks_of_month(text, p, out)
    if "year's" in lower or "year’s" in lower:
        _years_periods(text, p, out)
    _day_ranges(text, p, ref, out)


def _months(text: str, p: _Patterns, out: list[_d._Cand]) -> None:
    for m in p.month.finditer(text):
        word = m.group("mon")
        spaced_comma = (
            m.group("dyear") is not None
            and "," in text[m.end("day") : m.start("dyear")]
            and (text[m.end("day")] != ",")
        )
        if (word[:1].isupper() and (word[1:].islower() or word.isupper())) and not spaced_comma:
            continue  # the wire-style patterns read these
        mon = _month_no(p, word)
        year_raw = m.group("dyear") or m.group("dyear2") or m.group("myear")
        year = int(year_raw) if year_raw else None
        if (
            word.lower() in ("may", "march", "mar")
            and year is None
            and _word_before(text, m.start()) not in _DAY_CUES
        ):
            continue  # "prices may 10", "will march 3 miles"
        if m.group("day") is not None:
            day = int(m.group("day"))
            if not _d._valid(year or 2000, mon, day):
                continue
            out.append(
                _d._Cand(
                    m.start(), m.end(), "month day year" if year else "month day", _point(year, mon, day)
                )
            )
        elif len(word) > 3 or word.lower() == "may" or m.group("dot"):
            out.append(_d._Cand(m.start(), m.end(), "month year", _point(year, mon, 1, "month")))


def _year_months(text: str, p: _Patterns, out: list[_d._Cand]) -> None:
    for m in p.year_month.finditer(text):
        y, raw = int(m.group("y")), m.group("m")
        if len(raw) == 2 and raw[0] != "0" and int(raw) > y % 100:
            continue  # "2008-10": a range of years
        out.append(_d._Cand(m.start(), m.end(), "year-month", _point(y, int(raw), 1, "month")))


def _slashed(text: str, p: _Patterns, out: list[_d._Cand]) -> None:
    for m in p.day_month.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if 12 < a <= 31 and 1 <= b <= 12:
            day, mon = a, b
        elif 12 < b <= 31 and 1 <= a <= 12:
            day, mon = b, a
        else:
            continue  # "10/12": which is the day?
        if _d._valid(2000, mon, day):
            out.append(_d._Cand(m.start(), m.end(), "day/month", _point(None, mon, day)))
    for m in p.month_slash.finditer(text):
        mon, day = _month_no(p, m.group("mon")), int(m.group("d"))
        if _d._valid(2000, mon, day):
            out.append(_d._Cand(m.start(), m.end(), "month/day", _point(None, mon, day)))


def _written_days(text: str, p: _Patterns, out: list[_d._Cand]) -> None:
    for m in p.month_dayword.finditer(text):
        word, dw = m.group("mon"), " ".join(m.group("dw").lower().split())
        day = _DAY_WORDS[dw]
        if day < 10 and dw not in _ORDINAL_DAYS:
            continue  # "April one": the wire-style rule reads it after its cue words
        if len(word) <= 3 and not m.group("dot") and word.lower() != "may":
            continue
        if word.islower() and word in ("may", "march") and _word_before(text, m.start()) not in _DAY_CUES:
            continue
        y = int(m.group("y")) if m.group("y") else None
        mon = _month_no(p, word)
        if _d._valid(y or 2000, mon, day):
            out.append(_d._Cand(m.start(), m.end(), "month day-word", _point(y, mon, day)))
    if " of " not in text and " OF " not in text and " Of " not in text:
        return
    for m in p.dayword_of.finditer(text):
        day = _DAY_WORDS[" ".join(m.group("dw").lower().split())]
        mon = _month_no(p, m.group("mon"))
        y = int(m.group("y")) if m.group("y") else None
        if _d._valid(y or 2000, mon, day):
            out.append(_d._Cand(m.start(), m.end(), "day-word of month", _point(y, mon, day)))


def _season_start(year: int, month: int) -> dt.date:
    """The first day of the season of ``month`` (3, 6, 9, 12) labelled ``year``: winter
    2024 starts in December 2023 (it holds January and February of 2024)."""
    return dt.date(year - 1, 12, 1) if month == 12 else dt.date(year, month, 1)


def _season_label(ref: dt.date, month: int, offset: int) -> int:
    """The label year of "this/next/last <season>" said on ``ref``."""
    options = []
    for y in (ref.year - 1, ref.year, ref.year + 1, ref.year + 2):
        start = _season_start(y, month)
        end = _d._add_months(start, 3) - dt.timedelta(days=1)
        options.append((y, start, end))
    if offset > 0:
        return next(y for y, s, _e in options if s > ref)
    if offset < 0:
        return [y for y, _s, e in options if e < ref][-1]
    # "this summer": the one holding the reference date, else the nearest (ties: ahead)
    return min(
        options,
        key=lambda o: (
            0 if o[1] <= ref <= o[2] else min(abs((o[1] - ref).days), abs((ref - o[2]).days)),
            -o[0],
        ),
    )[0]


def _seasons(text: str, p: _Patterns, ref: dt.date | None, out: list[_d._Cand]) -> None:
    for m in p.season.finditer(text):
        word = m.group("s")
        if not (word.islower() or word.istitle() or word.isupper()):
            continue
        month = _SEASONS[word.lower()]
        if m.group("y"):
            y = int(m.group("y"))
            start = _season_start(y, month)
            out.append(
                _d._Cand(
                    m.start() if not m.group("dir") else m.start("s"),
                    m.end(),
                    "season year",
                    _point(start.year, start.month, 1, "season"),
                )
            )
            continue
        if not m.group("dir") or _word_before(text, m.start()) in ("the", "a", "its", "their", "his", "her"):
            continue  # "the fall in prices", "a last fall"
        off = _SEASON_DIRS[m.group("dir").lower()]
        if ref is None:
            rel = RelativeDate(
                off, "year", "past" if off < 0 else "future" if off else "nearest", month=month
            )
            out.append(_d._Cand(m.start(), m.end(), "relative season", _d._Point("season", rel=rel)))
            continue
        start = _season_start(_season_label(ref, month, off), month)
        out.append(
            _d._Cand(m.start(), m.end(), "relative season", _point(start.year, start.month, 1, "season"))
        )


def _weeks_of_month(text: str, p: _Patterns, out: list[_d._Cand]) -> None:
    for m in p.week_of_month.finditer(text):
        mon = _month_no(p, m.group("mon"))
        y = int(m.group("y")) if m.group("y") else None
        o = m.group("o").lower()
        if o in ("last", "final"):
            last = _d._period_end(dt.date(y or 2001, mon, 1), "month").day
            first_day, last_day = last - 6, last
        else:
            first_day = 1 + 7 * _WEEK_ORD[o]
            last_day = first_day + 6
        out.append(
            _d._Cand(
                m.start(),
                m.end(),
                "week of month",
                _point(y, mon, first_day),
                _point(y, mon, last_day),
                kind="range",
            )
        )


def _years_periods(text: str, p: _Patterns, out: list[_d._Cand]) -> None:
    for m in p.years_period.finditer(text):
        n = _PERIOD_ORD[m.group("o").lower()]
        gran: Granularity = "half" if m.group("u").lower() == "half" else "quarter"
        if gran == "half" and n > 2:
            continue
        month = 3 * n - 2 if gran == "quarter" else (1 if n == 1 else 7)
        off = _REL[m.group("rel").lower()]
        rel = RelativeDate(off, "year", "past" if off < 0 else "future" if off else "nearest", month=month)
        out.append(
            _d._Cand(m.start(), m.end(), "year's period", _d._Point(gran, rel=rel, fiscal=bool(m.group("f"))))
        )


def _day_ranges(text: str, p: _Patterns, ref: dt.date | None, out: list[_d._Cand]) -> None:
    for m in p.day_range.finditer(text):
        opener = (m.group("w") or "").lower()
        gap = (m.group("g") or m.group("h")).lower()
        if (opener == "between") != (gap == "and"):
            continue
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        if not 1 <= d1 < d2 <= 31:
            continue
        start = m.start() if opener else m.start("d1")
        if m.group("rel"):
            off = _REL[m.group("rel").lower()]
            if ref is None:
                a = _d._Point("day", rel=RelativeDate(off, "month", "future" if off > 0 else "past", day=d1))
                b = _d._Point("day", rel=RelativeDate(off, "month", "future" if off > 0 else "past", day=d2))
                out.append(_d._Cand(start, m.end(), "day range of month", a, b, kind="range"))
                continue
            first = _d._add_months(ref.replace(day=1), off)
            if not _d._valid(first.year, first.month, d2):
                continue
            out.append(
                _d._Cand(
                    start,
                    m.end(),
                    "day range of month",
                    _point(first.year, first.month, d1),
                    _point(first.year, first.month, d2),
                    kind="range",
                )
            )
            continue
        word = m.group("mon")
        if len(word) <= 3 and not m.group("dot") and word.lower() != "may":
            continue
        if word.lower() in ("may", "march") and not word[:1].isupper():
            continue
        mon = _month_no(p, word)
        y = int(m.group("y")) if m.group("y") else None
        if _d._valid(y or 2000, mon, d2):
            out.append(
                _d._Cand(
                    start, m.end(), "day range of month", _point(y, mon, d1), _point(y, mon, d2), kind="range"
                )
            )


# -------------------------------------------------------------------- composing


def compose(text: str, cands: list[_d._Cand], ref: dt.date | None) -> list[_d._Cand]:
    """Join neighbours the wire-style composition leaves apart."""
    p = _patterns()
    out: list[_d._Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        pt = c.point
        if pt is not None and nxt is not None and nxt.point is not None and c.kind == nxt.kind == "point":
            gap = text[c.end : nxt.start]
            npt = nxt.point
            # "January 12, 2016 - 01/22/2016": two full dates, whatever their styles
            if (
                pt.rel is None
                and npt.rel is None
                and pt.year is not None
                and npt.year is not None
                and pt.gran == npt.gran
                and pt.gran in ("day", "month")
                and len(gap) <= 12
                and p.dash.match(gap)
                and (pt.year, pt.month, pt.day) < (npt.year, npt.month, npt.day)
            ):
                out.append(_d._Cand(c.start, nxt.end, "range", pt, npt, kind="range"))
                i += 2
                continue
            # "next week on Tuesday"
            if (
                c.rule in ("next week", "last week", "this week")
                and nxt.rule == "weekday"
                and npt.rel is not None
                and p.week_on.match(gap)
            ):
                joined = _week_day(c, nxt, ref)
                if joined is not None:
                    out.append(joined)
                    i += 2
                    continue
        if pt is not None and c.kind == "point":
            lo = max(0, c.start - 12)
            if pt.gran == "day" and pt.rel is None and p.week_of.search(text, lo, c.start):
                out.append(_week_of(text, c, ref))
                i += 1
                continue
            if c.rule in ("yesterday", "today", "tonight", "tomorrow"):
                since = p.since.search(text, lo, c.start)
                if since is not None:
                    out.append(
                        _d._Cand(since.start(), c.end, "since", pt, kind="range", since=True, tense="past")
                    )
                    i += 1
                    continue
            if c.rule == "this month name" and ref is not None and pt.year is None:
                pt.year = _nearest_year(ref, pt.month)
        out.append(c)
        i += 1
    return out


def _nearest_year(ref: dt.date, month: int) -> int:
    """ "this September": the September nearest the reference date (ties: the coming one)."""

    def distance(y: int) -> int:
        start = dt.date(y, month, 1)
        end = _d._period_end(start, "month")
        return 0 if start <= ref <= end else min(abs((start - ref).days), abs((ref - end).days))

    return min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: (distance(y), -y))


def _week_day(week: _d._Cand, day: _d._Cand, ref: dt.date | None) -> _d._Cand | None:
    assert week.point is not None and day.point is not None and day.point.rel is not None
    off = {"next week": 1, "last week": -1, "this week": 0}[week.rule]
    wd = day.point.rel.offset
    if ref is None:
        return None
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * off)
    d = monday + dt.timedelta(days=wd)
    return _d._Cand(week.start, day.end, "week + weekday", _point(d.year, d.month, d.day))


def _week_of(text: str, c: _d._Cand, ref: dt.date | None) -> _d._Cand:
    """ "the week of April 10": the week (from Monday) holding that day."""
    assert c.point is not None
    start = text.rfind("eek", max(0, c.start - 12), c.start) - 1
    pt = c.point
    year = pt.year
    if year is None and ref is not None:
        year = _d._infer_year_of("day", pt.month, pt.day, False, ref, "nearest")
    if year is None:
        return _d._Cand(start, c.end, "week of", attrs.evolve(pt, gran="week"))
    day = dt.date(year, pt.month, pt.day)
    monday = day - dt.timedelta(days=day.weekday())
    return _d._Cand(start, c.end, "week of", _point(monday.year, monday.month, monday.day, "week"))
