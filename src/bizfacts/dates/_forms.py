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

from .._spans import Granularity, RelativeDate
from ._anchors import matches_at
from ._candidates import Tense, _Cand, _char_before, _Joined, _left_ok, _Point, _prev_low, _valid
from ._candidates import _word_before as _raw_word_before
from ._composite import (
    _WEEK_ORD,
    _day_range,
    _days_of_month,
    _days_of_named_month,
    _point,
    _week_day,
    _week_of,
    _week_of_month,
)
from ._lexicon import _words
from ._resolution import _add_months

_YEAR = r"(?:1[89]|20|21)\d\d"
_END = r"(?!\w|[.,:/-]\d)"
_SP = r"[ \t\u00a0]{1,3}"
# "December fourth quarter": an ordinal before a noun is no day
_NOT_NOUN = (
    r"(?![ \t]+(?:quarter|qtr|half|period|time|round|place|consecutive|straight|largest|biggest"
    r"|fiscal|year|month|week|day)s?\b)"
)
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
_PERIOD_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_DAY_CUES = frozenset("on by since until till from before after dated of in for due through".split())


def _alt(words: list[str] | set[str] | dict[str, int]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", _SP) for w in sorted(words, key=lambda w: (-len(w), w)))


# Only a few forms need a scan of their own, each started by a literal or a capital letter
# (cheap for the engine to skip to); the others extend what the wire-style scans found
# ("april" before the year "2017", "between 3 and" before "12 September"), at no cost
# where those found nothing.
class _Patterns:
    def __init__(self) -> None:
        months = _words().months
        mon = _alt(months)
        self.months = months
        # scans
        self.year_month = re.compile(r"-(?<=\d{4}-)(?P<m>0?[1-9]|1[0-2])(?!\w|%|[.,:/-]\d)")
        self.slash = re.compile(r"/(?P<b>[0-3]?\d)(?!\w|%|[.,:/-]?\d)")
        # "Ma" first: the engine skips to a literal prefix fast
        self.cased_dayword = re.compile(
            rf"(?P<mon>Ma(?:y|rch))(?= ){_SP}(?P<dw>{_alt(_DAY_WORDS)})(?![\w-]){_NOT_NOUN}"
            rf"(?:,?{_SP}(?P<y>{_YEAR}){_END})?"
        )

        # a season after a direction word ("this summer") or before a year ("fall 2024"): the
        # word comes first (the engine skips to it), the look-behinds keep "prices fall"
        # from costing a match
        def after_dir(word: str) -> str:
            forms = sorted({word, word.title(), word.upper()})
            dirs = sorted({f for w in _SEASON_DIRS for f in (w, w.title(), w.upper())})
            return "|".join(f"(?<={re.escape(d)} {re.escape(w)})" for d in dirs for w in forms)

        self.seasons = {
            word: re.compile(
                rf"(?:{word}|{word.title()}|{word.upper()})(?![\w-])"
                rf"(?:{after_dir(word)}|(?=,?{_SP}(?:of{_SP})?{_YEAR}{_END}))"
                rf"(?:,?{_SP}(?:of{_SP})?(?P<y>{_YEAR}){_END})?"
            )
            for word in _SEASONS
        }
        self.fall_noun = re.compile(r"[ \t]+(?:in|of|from|to|since|below|back|by)\b")
        # look-backs and look-aheads, anchored at a candidate
        self.month_before_year = re.compile(
            rf"(?<![\w'’-])(?P<mon>{mon})(?P<dot>{_ABBR_DOT})?{_SP}"
            rf"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?[ \t]{{0,3}},[ \t]{{0,3}}|(?P<day2>[0-3]?\d){_SP}"
            rf"|of{_SP}|,{_SP}?)?\Z",
            re.IGNORECASE,
        )
        self.season_dir = re.compile(rf"(?<![\w-])(?P<dir>{_alt(_SEASON_DIRS)}){_SP}\Z", re.IGNORECASE)
        self.dayword_of = re.compile(rf"(?<![\w-])(?P<dw>{_alt(_ORDINAL_DAYS)}){_SP}of{_SP}\Z", re.IGNORECASE)
        self.dayword_after = re.compile(
            rf"{_SP}(?P<dw>{_alt(_DAY_WORDS)})(?![\w-]){_NOT_NOUN}(?:,?{_SP}(?P<y>{_YEAR}){_END})?",
            re.IGNORECASE,
        )
        self.week_of_month = re.compile(
            rf"(?<![\w-])(?P<o>{_alt(_WEEK_ORD)}|last|final){_SP}week{_SP}of{_SP}\Z", re.IGNORECASE
        )
        self.years_s = re.compile(r"\A['’]s[ \t]{1,3}\Z")
        # "Q1 of 2025", "Q1, 2025", "H1 FY25"; "2024 Q2", "FY24 Q3"
        self.period_year_gap = re.compile(r"\A(?:[ \t]{1,3}(?:of[ \t]{1,3})?|,[ \t]{1,3})\Z")
        self.year_period_gap = re.compile(r"\A[ \t]{1,3}\Z")
        # after a year: "2024 fiscal year", "2024-W32", "2024-W32-3"; before one: "week 32 of"
        self.fiscal_year_after = re.compile(
            r"[ \t]{1,3}(?:fiscal|FISCAL|Fiscal)[ \t]{1,3}(?:year|YEAR|Year)(?![\w-])"
        )
        self.iso_week_after = re.compile(r"-W(?P<w>[0-5]\d)(?:-(?P<d>[1-7]))?(?![\w-]|[.,:/]\d)")
        self.week_number_of = re.compile(rf"(?<![\w-])[Ww]eek{_SP}(?P<w>[0-5]?\d){_SP}of{_SP}\Z")
        # cheap tests before ``_extended``: a word that may start one of its forms follows
        # ("May twenty", "the June quarter", "2024 fiscal year", "2024-W32"); a non-ASCII
        # letter may fold to one of those initials
        self.after_month = re.compile(r"[ \t\u00a0]{1,3}[otfsenqOTFSENQ\x80-\U0010ffff]")
        self.after_month_year = re.compile(r"[ \t\u00a0]{1,3}[qQ\x80-\U0010ffff]")
        self.after_year = re.compile(r"[ \t\u00a0]{1,3}[fF\x80-\U0010ffff]|-W")
        # after a month: "the December quarter", "the June 2024 quarter"
        self.quarter_after = re.compile(r"[ \t]{1,3}(?:quarter|QUARTER|Quarter)(?![\w-])")
        gap = rf"(?:{_SP}(?P<g>and|to|through|until|till){_SP}|[ \t]?(?P<h>[-–])[ \t]?)"
        self.day_range_before = re.compile(
            rf"(?<![\w-])(?:(?P<w>between|from){_SP})?(?:the{_SP})?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?{gap}"
            rf"(?:the{_SP})?\Z",
            re.IGNORECASE,
        )
        self.days_of_before = re.compile(
            rf"(?<![\w-])(?:(?P<w>between|from){_SP})?(?:the{_SP})?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?{gap}"
            rf"(?:the{_SP})?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?{_SP}(?:of{_SP})?\Z",
            re.IGNORECASE,
        )
        self.week_of = re.compile(r"(?<![\w-])[Ww]eek[ \t]+of[ \t]+\Z")
        self.week_on = re.compile(r"\A[ \t]+on[ \t]+\Z")
        self.since = re.compile(r"(?<![\w-])[Ss]ince[ \t]+\Z")
        self.spaced_comma = re.compile(r"\A[ \t]+,[ \t]{0,3}\Z")
        self.dash = re.compile(r"\A[ \t]*[-–—][ \t]*\Z|\A[ \t]+(?:to|through|until|till)[ \t]+\Z")


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns()


def _month_no(p: _Patterns, word: str) -> int:
    return p.months[word.lower()]


def _word_before(text: str, i: int) -> str:
    return _raw_word_before(text, i).lower()


# ------------------------------------------------------------------- collecting


def collect(text: str, ref: dt.date | None, out: list[_Cand], lower: str | None = None,
            ma_starts: list[int] | None = None) -> None:
    """Add the candidates of the forms that need a scan of their own to ``out``
    (``lower``: ``text.lower()``, when the caller has it; ``ma_starts``: where the
    wire-style month scan found a match starting with "Ma", when it ran)."""
    p = _patterns()
    _year_months(text, p, out)
    if "/" in text:
        _slashed(text, p, out)
    _cased_daywords(text, p, out, ma_starts)
    if lower is None:
        lower = text.lower()
    for word, pattern in p.seasons.items():
        i = lower.find(word)
        while i >= 0:  # "find" skips to the word faster than a scan of the pattern
            m = pattern.match(text, i)
            if m is not None:
                _season(text, word, m, p, ref, out)
            i = lower.find(word, i + len(word))


def _year_months(text: str, p: _Patterns, out: list[_Cand]) -> None:
    for m in p.year_month.finditer(text):
        s = m.start()
        if s < 4 or not text[s - 4 : s].isdigit() or not _left_ok(text, s - 4, ".,/:$£€¥-"):
            continue
        y, raw = int(text[s - 4 : s]), m.group("m")
        if not 1900 <= y <= 2199:
            continue
        if len(raw) == 2 and raw[0] != "0" and int(raw) > y % 100:
            continue  # "2008-10": a range of years
        if _word_before(text, s - 4).rstrip(".") in _words().year_blockers:
            continue  # "Partnership No 1978-2"
        out.append(_Cand(s - 4, m.end(), "year-month", _point(y, int(raw), 1, "month")))


def _slashed(text: str, p: _Patterns, out: list[_Cand]) -> None:
    """ "22/04", "04/22": a day and a month, one part above 12 or zero-padded; "Oct/2"."""
    for m in p.slash.finditer(text):
        s = m.start()
        j = s
        while j > 0 and s - j < 9 and text[j - 1].isalpha():
            j -= 1
        head = text[j:s]
        if head:
            if head.lower() not in p.months or not (
                head[0].isupper() and head[1:] in (head[1:].lower(), head[1:].upper())
            ):
                continue
            if not _left_ok(text, j):
                continue
            mon, day = _month_no(p, head), int(m.group("b"))
            if _valid(2000, mon, day):
                out.append(_Cand(j, m.end(), "month/day", _point(None, mon, day)))
            continue
        raw_a, raw_b = text[max(0, s - 2) : s], m.group("b")
        if (
            len(raw_a) != 2
            or len(raw_b) != 2
            or not raw_a.isdigit()
            or not _left_ok(text, s - 2, ".,/:$£€¥#-")
        ):
            continue
        a, b = int(raw_a), int(raw_b)
        if a <= 12 and raw_a[0] != "0" and raw_b[0] != "0":
            continue  # "11/16": a fraction; "04/22" or "22/04" is a date
        if 12 < a <= 31 and 1 <= b <= 12:
            day, mon = a, b
        elif 12 < b <= 31 and 1 <= a <= 12:
            day, mon = b, a
        else:
            continue  # "10/12": which is the day?
        if _valid(2000, mon, day):
            out.append(_Cand(s - 2, m.end(), "day/month", _point(None, mon, day)))


def _cased_daywords(text: str, p: _Patterns, out: list[_Cand], ma_starts: list[int] | None) -> None:
    """ "May twenty nine", "March second": written days after the months that the
    wire-style scan reads only after a cue word (other months: ``_extended``).  With
    ``ma_starts`` the pattern is tried only there (see ``_anchors.matches_at``)."""
    pattern = p.cased_dayword
    for m in pattern.finditer(text) if ma_starts is None else matches_at(pattern, text, ma_starts):
        word, dw = m.group("mon"), " ".join(m.group("dw").lower().split())
        day = _DAY_WORDS[dw]
        if (day < 10 and dw not in _ORDINAL_DAYS) or not _left_ok(text, m.start()):
            continue  # "April one": the wire-style rule reads it after its cue words
        y = int(m.group("y")) if m.group("y") else None
        mon = _month_no(p, word)
        if _valid(y or 2000, mon, day):
            out.append(_Cand(m.start(), m.end(), "month day-word", _point(y, mon, day)))


def _season_start(year: int, month: int) -> dt.date:
    """The first day of the season of ``month`` (3, 6, 9, 12) labelled ``year``: winter
    2024 starts in December 2023 (it holds January and February of 2024)."""
    return dt.date(year - 1, 12, 1) if month == 12 else dt.date(year, month, 1)


def _season_label(ref: dt.date, month: int, offset: int) -> int:
    """The label year of "this/next/last <season>" said on ``ref``."""
    options = []
    for y in (ref.year - 1, ref.year, ref.year + 1, ref.year + 2):
        start = _season_start(y, month)
        end = _add_months(start, 3) - dt.timedelta(days=1)
        options.append((y, start, end))
    if offset > 0:
        return next(y for y, s, _e in options if s > ref)
    if offset < 0:
        return [y for y, _s, e in options if e < ref][-1]
    # "this summer": the one holding the reference date, else the one that begins in the
    # reference year ("this fall" said in March is the coming fall)
    holding = [y for y, s, e in options if s <= ref <= e]
    return holding[0] if holding else next(y for y, s, _e in options if s.year == ref.year)


def _season(
    text: str, form: str, m: re.Match[str], p: _Patterns, ref: dt.date | None, out: list[_Cand]
) -> None:
    s = m.start()
    if not _left_ok(text, s):
        return
    month = _SEASONS[form.lower()]
    if m.group("y"):
        start = _season_start(int(m.group("y")), month)
        out.append(_Cand(s, m.end(), "season year", _point(start.year, start.month, 1, "season")))
        return
    if _word_before(text, s) not in _SEASON_DIRS or (form == "fall" and p.fall_noun.match(text, m.end())):
        return  # "prices fall", "in the spring", "the last fall in rates"
    d = p.season_dir.search(text, max(0, s - 12), s)
    if d is None:
        return
    off = _SEASON_DIRS[d.group("dir").lower()]
    if ref is None:
        tense: Tense = "past" if off < 0 else "future" if off else "nearest"
        rel = RelativeDate(off, "year", tense, month=month)
        out.append(_Cand(d.start(), m.end(), "relative season", _Point("season", rel=rel)))
        return
    start = _season_start(_season_label(ref, month, off), month)
    out.append(_Cand(d.start(), m.end(), "relative season", _point(start.year, start.month, 1, "season")))


# -------------------------------------------------------------------- composing

_REL_YEAR_RULES = {f"{w} year": off for w, off in _REL.items()}
_PERIOD_FORM_RULES = frozenset({"Qn year", "Hn year"})
_YEAR_RULES = frozenset({"year", "fiscal year"})
_DAY_RULES = frozenset({"day month", "day month year"})
# a candidate of one of these rules, or after one of these words, may be extended
_DAYWORD_RULES = frozenset({"yesterday", "today", "tonight", "tomorrow"})
_EXTENDED_RULES = frozenset({"month", "this month name"}) | _DAYWORD_RULES
_EXTENDING_WORDS = frozenset({"of", "and", "to", "through", "until", "till", "since", "-", "–"})
_MONTH_RULES = frozenset({"month", "month year"})
_ORD_ENDS = frozenset({"st", "nd", "rd", "th"})

# the rules ``_extended`` may change (and any date of granularity day): others pass through
_MAYBE_EXTENDED = (
    _EXTENDED_RULES | _DAY_RULES | _MONTH_RULES | {"year", "next month", "this month", "last month"}
)


def compose(text: str, cands: list[_Cand], ref: dt.date | None, memo: dict[int, str]) -> list[_Cand]:
    """Join and extend what the wire-style steps found.  ``memo``: the words before
    positions, shared with ``bizfacts.dates`` (``_prev_low``).  Most texts need no
    change: the list is copied only from the first candidate that changes."""
    p = _patterns()
    out: _Joined | None = None
    i = 0
    n = len(cands)
    while i < n:
        c = cands[i]
        pt = c.point
        new = None
        step = 1
        if pt is not None and c.kind == "point":
            if i + 1 < n:
                nxt = cands[i + 1]
                if nxt.start - c.end <= 12 and nxt.kind == "point":
                    new = _pair(text, c, nxt, ref, p)
                    if new is not None:
                        step = 2
            rule = c.rule
            if new is None and (rule in _MAYBE_EXTENDED or pt.gran == "day"):
                prev = memo.get(c.start)  # ``_prev_low`` inlined: most words are known by now
                if prev is None:
                    prev = _prev_low(text, c.start, memo)
                if (
                    (prev in _EXTENDING_WORDS and rule not in _DAYWORD_RULES)
                    or (rule == "month" and p.after_month.match(text, c.end) is not None)
                    or (rule == "year" and p.after_year.match(text, c.end) is not None)
                    or (rule == "month year" and p.after_month_year.match(text, c.end) is not None)
                    or rule == "this month name"
                    or (prev == "since" and rule in _DAYWORD_RULES)
                    or (rule == "year" and _month_or_day(text, c.start, prev, p))
                    or (rule in _MONTH_RULES and (prev[-1:].isdigit() or prev[-2:] in _ORD_ENDS))
                ):
                    new = _extended(text, c, ref, p, prev)
                    if new is c:
                        new = None
        if new is None:
            if out is not None:
                out.append(c)
            i += 1
            continue
        if out is None:
            out = _Joined(cands[:i])
        out.append(new)
        i += step
        while i < n and cands[i].start < new.end:  # "September nineteen, 2020" holds "2020"
            i += 1
    return cands if out is None else out


def _month_or_day(text: str, start: int, prev: str, p: _Patterns) -> bool:
    """The word before a year may be a month ("april") or a day ("5", "5," ends in a comma)."""
    word = prev.rstrip(".")
    if word:
        return word in p.months or word == "of" or (word.isdigit() and len(word) <= 2)
    return _char_before(text, start) == ","  # "june 5, 2019": the word before ends in a comma


def _pair(text: str, c: _Cand, nxt: _Cand, ref: dt.date | None, p: _Patterns) -> _Cand | None:
    pt, npt = c.point, nxt.point
    if pt is None or npt is None or nxt.start - c.end > 12:
        return None
    gap = text[c.end : nxt.start]
    # "January 12, 2016 - 01/22/2016": two full dates, whatever their styles
    if (
        pt.rel is None
        and npt.rel is None
        and pt.year is not None
        and npt.year is not None
        and pt.gran == npt.gran
        and pt.gran in ("day", "month")
        and p.dash.match(gap)
        and (pt.year, pt.month, pt.day) < (npt.year, npt.month, npt.day)
    ):
        return _Cand(c.start, nxt.end, "range", pt, npt, kind="range")
    # "Dec. 31 , 1994": a comma set off by spaces
    if (
        pt.gran == "day"
        and pt.year is None
        and pt.rel is None
        and nxt.rule == "year"
        and p.spaced_comma.match(gap)
    ):
        return _Cand(c.start, nxt.end, c.rule + " year", attrs.evolve(pt, year=npt.year))
    # "next week on Tuesday"
    if c.rule in ("next week", "last week", "this week") and nxt.rule == "weekday" and p.week_on.match(gap):
        return _week_day(c, nxt, ref)
    # "Q1 of 2025", "Q1, 2025", "H1 FY25", "Q3 fiscal 2024": a quarter or half, then its year
    if (
        c.rule in _PERIOD_FORM_RULES
        and pt.year is None
        and pt.rel is None
        and nxt.rule in _YEAR_RULES
        and p.period_year_gap.match(gap)
    ):
        fiscal = pt.fiscal or npt.fiscal
        return _Cand(c.start, nxt.end, c.rule, attrs.evolve(pt, year=npt.year, fiscal=fiscal))
    # "2024 Q2", "FY24 Q3": a year, then a quarter or half of it
    if (
        c.rule in _YEAR_RULES
        and nxt.rule in _PERIOD_FORM_RULES
        and npt.year is None
        and npt.rel is None
        and p.year_period_gap.match(gap)
    ):
        fiscal = pt.fiscal or npt.fiscal
        return _Cand(c.start, nxt.end, nxt.rule, attrs.evolve(npt, year=pt.year, fiscal=fiscal))
    # "next year's first quarter"
    if c.rule in _REL_YEAR_RULES and nxt.rule in ("ordinal quarter", "ordinal half") and p.years_s.match(gap):
        off = _REL_YEAR_RULES[c.rule]
        rel = RelativeDate(
            off, "year", "past" if off < 0 else "future" if off else "nearest", month=npt.month
        )
        return _Cand(c.start, nxt.end, "year's period", attrs.evolve(npt, rel=rel, year=None))
    return None


def _extended(text: str, c: _Cand, ref: dt.date | None, p: _Patterns, prev: str) -> _Cand:
    pt = c.point
    assert pt is not None
    s = c.start
    lo = max(0, s - 40)
    if c.rule == "year" and pt.year is not None:
        after = _after_year(text, c, pt.year, p, prev)
        if after is not None:
            return after
    if c.rule in _MONTH_RULES and pt.rel is None and pt.month in (3, 6, 9, 12):
        # "the December quarter", "the June 2024 quarter": the quarter that ends in that month
        m = p.quarter_after.match(text, c.end)
        if m is not None:
            point = _Point("quarter", pt.year, pt.month - 2, default_tense="past")
            return _Cand(s, m.end(), "month quarter", point)
    if c.rule == "year" and _month_or_day(text, s, prev, p):
        # "april 2017", "june 5, 2019", "DECEMBER 5 2019": a month in any case before a year
        m = p.month_before_year.search(text, max(0, s - 24), s)
        if m is not None:
            mon = _month_no(p, m.group("mon"))
            raw_day = m.group("day") or m.group("day2")
            if raw_day is None:
                return _Cand(m.start(), c.end, "month year", _point(pt.year, mon, 1, "month"))
            if _valid(pt.year or 2000, mon, int(raw_day)):
                return _Cand(m.start(), c.end, "month day year", _point(pt.year, mon, int(raw_day)))
    if pt.rel is None and c.rule in _MONTH_RULES:
        if prev == "of":
            # "the second of August", "the last week of July"
            m = p.dayword_of.search(text, lo, s)
            if m is not None:
                day = _DAY_WORDS[" ".join(m.group("dw").lower().split())]
                if _valid(pt.year or 2000, pt.month, day):
                    return _Cand(
                        m.start(), c.end, "day-word of month", attrs.evolve(pt, gran="day", day=day)
                    )
            m = p.week_of_month.search(text, lo, s)
            if m is not None:
                return _week_of_month(m.start(), c, m.group("o").lower())
        if c.rule == "month":
            m = p.dayword_after.match(text, c.end)
            if m is not None:
                dw = " ".join(m.group("dw").lower().split())
                day = _DAY_WORDS[dw]
                year = int(m.group("y")) if m.group("y") else pt.year
                if (day >= 10 or dw in _ORDINAL_DAYS) and _valid(year or 2000, pt.month, day):
                    return _Cand(s, m.end(), "month day-word", _point(year, pt.month, day))
    if c.rule in _DAY_RULES and pt.rel is None and (prev in _EXTENDING_WORDS or text[s - 1 : s] in "-–"):
        # "between 3 and 12 September", "3-12 September"
        m = p.day_range_before.search(text, lo, s)
        if m is not None:
            ranged = _day_range(m, c, pt, ref)
            if ranged is not None:
                return ranged
    if c.rule in ("next month", "this month", "last month"):
        # "from the 4th to the 23rd of next month"
        m = p.days_of_before.search(text, lo, s) if prev == "of" else None
        if m is not None:
            ranged = _days_of_month(m, c, ref)
            if ranged is not None:
                return ranged
    if pt.rel is None and c.rule in _MONTH_RULES and (prev[-1:].isdigit() or prev[-2:] in _ORD_ENDS):
        # "3-12 September 2021", "1st to 14th March": the wire-style scan read the month only
        m = p.days_of_before.search(text, lo, s)
        if m is not None:
            ranged = _days_of_named_month(m, c, pt)
            if ranged is not None:
                return ranged
    if pt.gran == "day" and pt.rel is None and prev == "of":
        m = p.week_of.search(text, max(0, s - 12), s)
        if m is not None:
            return _week_of(m.start(), c, ref)
    if c.rule in ("yesterday", "today", "tonight", "tomorrow") and prev == "since":
        m = p.since.search(text, max(0, s - 12), s)
        if m is not None:
            return _Cand(m.start(), c.end, "since", pt, kind="range", since=True, tense="past")
    if c.rule == "this month name" and ref is not None and pt.year is None:
        pt.year = ref.year  # "this September": the September of the reference year
    return c


def _after_year(text: str, c: _Cand, year: int, p: _Patterns, prev: str) -> _Cand | None:
    """ "the 2024 fiscal year"; ISO weeks: "2024-W32", "2024-W32-3", "week 32 of 2024"."""
    m = p.fiscal_year_after.match(text, c.end)
    if m is not None:
        return _Cand(c.start, m.end(), "year fiscal year", _Point("year", year, fiscal=True))
    m = p.iso_week_after.match(text, c.end)
    week = day = None
    start = c.start
    end = c.end
    if m is not None:
        week, day, end = int(m.group("w")), int(m.group("d") or 0), m.end()
    elif prev == "of":
        m = p.week_number_of.search(text, max(0, c.start - 20), c.start)
        if m is not None:
            week, day, start = int(m.group("w")), 0, m.start()
    if week is None:
        return None
    try:
        monday = dt.date.fromisocalendar(year, week, day or 1)
    except ValueError:  # week 0, or week 53 of a year with 52
        return None
    gran: Granularity = "day" if day else "week"
    return _Cand(start, end, "iso week", _point(monday.year, monday.month, monday.day, gran))
