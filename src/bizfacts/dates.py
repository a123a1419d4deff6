"""Dates, business periods, ranges and durations in English business news.

Shape (like every extractor): word lists loaded once from ``data/date_words.json``,
patterns compiled once on first use, candidates found by those patterns, overlaps
resolved (longest wins), neighbouring candidates joined into ranges, and each result
resolved against the reference date by the rules below.  Only a few rare numeric
shapes ("15.01.2013", "15-Jan-2013") are handed to dateparser (``_dateparser``).

Conventions (see the README section "Dates"):

* ``value`` is the first day of the period; ``granularity`` says which period.
* A span covers the date expression itself.  Articles and separate modifier words
  stay outside ("by the end of December 2012" -> "December 2012", modifier "end";
  "the third quarter" -> "third quarter"); a modifier joined by a hyphen stays inside
  ("mid-2014", "end-March").  Ranges include their "between", "from" or "since".
* Weekdays: the most recent such day on or before the reference date (newswire
  "said Monday"); the next one on or after it when the clause points to the future
  ("will meet Monday"); "next Monday"/"last Monday" exclude the reference day.
* A day or month without a year: the most recent one that has begun by the
  reference date, unless the next one is less than a quarter as far away ("April
  29" written on April 24 is five days ahead, not a year back); the next one (or
  the current one) when the clause points to the future ("will", "expected to",
  "payable", "due", "scheduled", ...).  "last December"/"next March" exclude the
  month holding the reference date.
* A quarter or half without a year: the most recent one that has begun.  In a
  future clause, the current or next one, unless the last completed one is nearer
  ("expected to report fourth-quarter results" in March is last year's fourth
  quarter).  "year-ago quarter": the last completed quarter, one year back.
* A period named by its length and last day ("the quarter ended June 30", "the
  fiscal year ending March 31, 2024", "three months ended Aug. 3", "year to
  end-March") is the calendar quarter, half or year when it lines up with one,
  otherwise a range from its first to its last day with ``fiscal=True``.
  Results-table row labels on a line of their own ("Nine mths", "Six mths") are
  read as calendar periods only when one ended at most 75 days before the
  reference date.
* "over the next three years": from the reference year to three years on
  (2013 -> 2016).  "since 2009": 2009 to the reference date.
* Fiscal periods are labels: "fiscal 2023" -> 2023 with ``fiscal=True``; a fiscal
  year is named by the calendar year it ends in.
* Numeric "01/02/2013" is month first unless a part above 12 says otherwise, or
  ``day_first=True``; dotted "15.01.2013" is day first.  Two-digit years take the
  century nearest the reference year (without one: 00-49 -> 20xx, 50-99 -> 19xx).
* With no reference date nothing is guessed: relative expressions get ``value``
  None and their relation in ``relative``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any, Literal

import attrs
import regex

from . import _dateparser
from ._numbers import AnyMatch, AnyPattern, alternation, ascii_twin
from ._spans import DateKind, DateMention, Granularity, RelativeDate

Tense = Literal["past", "future", "nearest"]
_Unit = Literal["day", "week", "month", "quarter", "year", "weekday"]

__all__ = ["extract_dates"]


# --------------------------------------------------------------------------- words


@attrs.frozen
class _Words:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: tuple[str, ...]
    named_days: frozenset[str]
    numbers: dict[str, int]
    month_cues: frozenset[str]
    year_blockers: frozenset[str]
    quantity_nouns: tuple[str, ...]
    # the first two characters of every quantity noun, lowercased (see ``_quantity_after``)
    quantity_starts: frozenset[str]
    future: re.Pattern[str]  # any future cue in a lowercased clause (see ``_future_cues``)


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    raw: dict[str, Any] = json.loads(
        resources.files("bizfacts").joinpath("data/date_words.json").read_text(encoding="utf-8")
    )
    nouns = [str(n) for n in raw["quantity_nouns_after"]]
    if not all(n[:2].isascii() and n[:1].strip() for n in nouns):  # ``_quantity_after`` relies on it
        raise ValueError("date_words.json: quantity nouns must start with two ASCII non-space characters")
    return _Words(
        months={str(k): int(v) for k, v in raw["months"].items()},
        ambiguous_months=frozenset(raw["ambiguous_months"]),
        weekdays=tuple(raw["weekdays"]),
        named_days=frozenset(raw["named_days_before_weekday"]),
        numbers={str(k): int(v) for k, v in raw["number_words"].items()},
        month_cues=frozenset(raw["month_cues_before"]),
        year_blockers=frozenset(raw["year_blockers_before"]),
        quantity_nouns=tuple(raw["quantity_nouns_after"]),
        quantity_starts=frozenset(n[:2].lower() for n in nouns),
        future=_future_cues(raw["future_cues"]),
    )


def _future_cues(cues: list[str]) -> re.Pattern[str]:
    """One pattern for the future cues in a lowercased clause, read as words: the runs
    of ``[a-z']`` between other characters.  A cue word is a whole word ("will", not
    "goodwill"); a phrase is consecutive words ("expected to", "expected, to"); a cue
    with an apostrophe and no space is found anywhere ("'ll" in "we'll")."""
    anywhere: list[str] = []
    whole: list[str] = []
    for cue in cues:
        words = cue.split(" ")
        if not all(re.fullmatch(r"[a-z']+", word) for word in words):
            raise ValueError(f"date_words.json: future cue {cue!r} is not lowercase words")
        if len(words) == 1 and "'" in cue:
            anywhere.append(re.escape(cue))
        else:
            whole.append("[^a-z']+".join(map(re.escape, words)))
    # one shared pair of word-boundary assertions: far faster than one per cue
    return re.compile("|".join([*anywhere, f"(?<![a-z'])(?:{'|'.join(whole)})(?![a-z'])"]))


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _cased(words: list[str] | tuple[str, ...]) -> str:
    """Title-case and upper-case forms only: "January", "JANUARY" (never "january").

    A prefix trie ("J(?:an(?:uary)?|...)"): it tries the same forms in the same order
    as ``_alt`` (longest first: all forms that match at one place are prefixes of
    each other), and ``re`` scans it faster than a flat list of forms.
    """
    forms: list[str] = []
    for w in words:
        forms += [w[:1].upper() + w[1:], w.upper()]
    return alternation(forms)


# ------------------------------------------------------------------------ patterns
#
# Every scanning pattern starts with a literal anchor (a month or weekday name, a
# digit, an ordinal, a unit word) so that the engine skips most text quickly; what
# comes before the anchor ("mid-", "15 ", "fiscal 1987", "next three") is read by
# short patterns anchored at the end of a small window.  No pattern nests
# quantifiers, so the scan stays linear on adversarial input.

_SP = r"[ \t\u00a0]{1,3}"
_YEAR = r"(?:1[89]|20|21)\d\d"
_END = r"(?!\w|[.,:/-]\d)"  # a number ends here: not glued to more digits or letters
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
_REL_DIR = {
    "last": -1, "previous": -1, "prior": -1, "preceding": -1, "past": -1,
    "next": 1, "coming": 1,
    "this": 0, "current": 0, "present": 0,
}  # fmt: skip
_UNITS: dict[str, Granularity] = {
    "day": "day", "week": "week", "month": "month", "quarter": "quarter", "qtr": "quarter",
    "year": "year", "half": "half", "mth": "month",
}  # fmt: skip
_DAY_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9}
_WORD_DAY_CUES = frozenset(
    "pay payable paid record register registered on effective from until till by since before after dated "
    "expires expiring ended ending through".split()
)
# what follows the first letter of a unit word ("d" + "ay"), in lower case or capitals
_UNIT_TAILS = tuple(
    form
    for tail in ("ay", "eek", "onth", "uarter", "tr", "ear", "alf", "th")
    for form in (tail, tail.upper())
)
_PERIOD_MONTHS = {"year": 12, "half": 6, "quarter": 3, "qtr": 3}
_COUNT_DIRS = ["next", "past", "last", "coming", "previous"]
_AGO_UNITS = ["quarter", "qtr", "period", "month", "year", "half", "week"]
_MODIFIERS = {"earlier": "early", "later": "late", "start": "beginning", "middle": "mid", "close": "end"}
_WORD_CHARS_LEFT = "'’-_"
_DAY_END_CHARS = frozenset("0123456789dhtf")
_ORDINAL_END_CHARS = frozenset("tdhlxeTDHLXE")
_SAID_WORDS = frozenset(
    "said says told announced reported added noted disclosed stated was were had did ended closed rose fell "
    "met signed agreed on late early last".split()
)
_FUTURE_PREV = frozenset(["pay", "payable", "record", "due", "expires", "expiring", "maturing", "matures"])
_MODIFIER_WORDS = frozenset(["early", "late", "mid", "earlier", "later", "of"])


@attrs.frozen
class _Patterns:
    month: re.Pattern[str]
    day_before: AnyPattern
    pmod_before: AnyPattern
    numeric_hint: regex.Pattern[str]
    numeric_anchor: regex.Pattern[str]
    numeric: AnyPattern
    fallback: regex.Pattern[str]
    year: regex.Pattern[str]
    apos_decade: regex.Pattern[str]
    ordinal_before: AnyPattern
    period_suffix: AnyPattern
    period_before: AnyPattern
    qform_anchor: regex.Pattern[str]
    qform: AnyPattern
    fiscal_year: regex.Pattern[str]
    dayword: re.Pattern[str]
    unit: re.Pattern[str]
    dir_before: AnyPattern
    count_before: AnyPattern
    unit_tail: AnyPattern
    year_ago_tail: AnyPattern
    weekday: re.Pattern[str]
    weekday_dir_before: AnyPattern
    quantity_after: AnyPattern
    said_before: AnyPattern
    modifier_before: AnyPattern
    capital_after: AnyPattern
    period_ending_before: AnyPattern
    since_before: AnyPattern
    range_open_before: AnyPattern
    range_gap: AnyPattern
    join_gap: AnyPattern
    # the whole-text scans of ``year``, ``fiscal_year``, ``weekday`` and ``dayword``, as
    # ``_finditer`` runs them: the pattern itself, or its parts split by first character
    year_scan: tuple[AnyPattern, ...] = ()
    fiscal_scan: tuple[AnyPattern, ...] = ()
    weekday_scan: tuple[AnyPattern, ...] = ()
    dayword_scan: tuple[AnyPattern, ...] = ()
    # when none of these is found, neither ``numeric_anchor`` nor ``fallback`` can match
    numeric_gate: tuple[AnyPattern, ...] = ()


def _ci(word: str) -> str:
    """"fiscal" -> "[Ff]iscal|FISCAL": first letter either case, or all capitals."""
    return f"[{word[0].upper()}{word[0]}]{regex.escape(word[1:])}|{regex.escape(word.upper())}"


def _ci_alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(_ci(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    w = _words()
    flags = regex.VERSION0
    month = _cased(list(w.months))
    if not all(d.endswith("day") for d in w.weekdays):  # ``_collect_relative`` relies on it
        raise ValueError("date_words.json: every weekday name must end in 'day'")
    weekday = _cased(list(w.weekdays))
    num = r"\d{1,3}|" + _ci_alt([k for k in w.numbers if " " not in k]) + rf"|(?:[Aa]{_SP})?couple{_SP}of"
    fisc = _ci("fiscal")
    year_word = _ci("year")

    def c(pattern: str) -> regex.Pattern[str]:
        return regex.compile(pattern, flags)

    # found in every match of ``numeric_anchor`` (a digit, a separator, one or two
    # digits, a separator, a digit) and of ``fallback`` (which ties its two
    # separators together): one search tells when neither scan can find anything
    numeric_hint = c(r"\d[-/]\d\d?[-/]\d|\d[.-](?:\d\d?|[A-Za-z]{3,4})[.-]\d")
    year = c(_year_source(_YEAR))
    fiscal_year = c(_fiscal_source("FY|Fy|fy", fisc))
    dayword = re.compile(r"(?:[Yy]esterday|[Tt]o(?:day|morrow|night))(?!\w)")
    # the ``re`` scans split by first character for any text (see ``_finditer``)
    weekday_forms = [f for d in w.weekdays for f in (d[:1].upper() + d[1:], d.upper())]
    weekday_scan = tuple(
        re.compile(rf"(?P<wd>{alternation([f for f in weekday_forms if f[0] == first])})(?!\w)")
        for first in sorted({f[0] for f in weekday_forms})
    )
    dayword_scan = tuple(
        re.compile(first + rest + r"(?!\w)")
        for first, rest in (
            ("Y", "esterday"),
            ("y", "esterday"),
            ("T", "o(?:day|morrow|night)"),
            ("t", "o(?:day|morrow|night)"),
        )
    )
    return _Patterns(
        month=re.compile(
            rf"(?P<mon>{month})(?P<dot>\.)?(?!\w)"
            rf"(?:{_SP}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\w|[.,:/]\d)"
            rf"(?:,?{_SP}(?P<dyear>{_YEAR}){_END})?"
            rf"|{_SP}(?P<wday>{_ci_alt(list(_DAY_WORDS))})(?!\w)(?:,?{_SP}(?P<wyear>{_YEAR}){_END})?"
            rf"|,?{_SP}(?:of{_SP})?(?P<myear>{_YEAR}){_END}"
            rf"|{_SP}['’](?P<yy>\d\d)(?!\w))?"
        ),
        day_before=c(rf"(?<![\w.,:/'’-])(?P<day>[0-3]?\d)(?P<suf>st|nd|rd|th)?{_SP}(?P<of>of{_SP})?\Z"),
        pmod_before=c(r"(?<![\w-])(?P<pmod>[Mm]id|[Ee]nd|[Ee]arly|[Ll]ate)-\Z"),
        numeric_hint=numeric_hint,
        numeric_anchor=c(r"\d{1,4}[-/]\d\d?[-/]\d{2,4}(?!\d)"),
        numeric=c(
            rf"(?:(?P<iy>{_YEAR})(?P<isep>[-/])(?P<im>[01]\d)(?P=isep)(?P<id>[0-3]\d)"
            rf"|(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<c>\d{{4}}|\d\d))(?!\d|[A-SU-Za-z_]|[.,/:-]\d)"
        ),
        fallback=c(rf"\d\d?(?P<s>[.-])(?:\d\d?|[A-Za-z]{{3,4}})(?P=s)(?:{_YEAR}|\d\d){_END}"),
        year=year,
        apos_decade=c(r"['’](?P<d>\d)0s(?!\w)"),
        ordinal_before=c(
            rf"(?<![\w-])(?P<ord>{_ci_alt(list(_ORD)[::2])}|1st|2nd|3rd|4th|1ST|2ND|3RD|4TH)(?:{_SP}|-)"
            rf"(?:(?P<f3>{fisc}){_SP})?(?:(?P<six>six|SIX|nine|NINE|three|THREE){_SP})?\Z"
        ),
        period_suffix=c(
            rf",?{_SP}(?:(?:of|in|for|OF|IN|FOR){_SP})?"
            rf"(?:(?P<y2>{_YEAR}){_END}"
            rf"|(?P<f4>{fisc}){_SP}(?:(?:{year_word}){_SP})?(?P<fy2>{_YEAR}){_END}"
            rf"|(?:the{_SP})?(?P<rel>this|last|next|current|previous|prior){_SP}"
            rf"(?:(?P<f5>fiscal){_SP})?year(?![\w-]))"
        ),
        period_before=c(
            rf"(?<![\w-])(?:(?P<f1>{fisc}){_SP}(?:(?:{year_word}){_SP})?(?:(?P<fy1>{_YEAR}){_SP})?"
            rf"|(?P<y1>{_YEAR}){_SP}(?:(?P<f2>{fisc}){_SP})?)\Z"
        ),
        qform_anchor=c(r"[1-4](?:(?<=[QqH][1-4])|[QH])"),
        qform=c(
            rf"(?:[Qq](?P<q>[1-4])(?:(?:{_SP}|['’])(?:(?P<qfy>FY|fy)(?:{_SP})?['’]?)?(?P<qy>{_YEAR}|\d\d))?"
            rf"|(?P<n>[1-4])(?P<qh>[QH])(?:(?:{_SP}|['’])?(?P<ny>{_YEAR}|\d\d))?"
            rf"|H(?P<h>[12])(?:(?:{_SP}|['’])(?P<hy>{_YEAR}|\d\d))?)(?!\w|[.,:/-]\d)"
        ),
        fiscal_year=fiscal_year,
        dayword=dayword,
        # the tails after the first letter as a trie: at most one of them fits at a place
        unit=re.compile(rf"(?P<unit>[DdWwMmQqYyHh](?:{alternation(_UNIT_TAILS)}))(?P<pl>[sS])?\b"),
        dir_before=c(
            rf"(?<![\w-])(?P<dir>{_ci_alt(list(_REL_DIR))}){_SP}(?:(?P<rf>{fisc}){_SP})?\Z"
        ),
        count_before=c(
            rf"(?<![\w-])(?:(?P<dir>{_ci_alt(_COUNT_DIRS)}){_SP}"
            rf"|(?P<within>[Ww]ithin){_SP}"
            rf"|(?P<for>[Ff]or){_SP}(?:(?:more{_SP}than|about|nearly|almost|over|the|some){_SP})?)?"
            rf"(?P<n>{num}){_SP}\Z"
        ),
        unit_tail=c(rf"{_SP}(?P<tail>ago|from{_SP}now|hence|after|before|later|earlier)(?!\w)"),
        year_ago_tail=c(
            rf"(?:-|{_SP})(?:ago|earlier|AGO|EARLIER)(?!\w)"
            rf"(?:{_SP}(?P<yunit>{_ci_alt(_AGO_UNITS)})(?!\w))?"
        ),
        weekday=re.compile(rf"(?P<wd>{weekday})(?!\w)"),
        weekday_dir_before=c(rf"(?<![\w-])(?P<wdir>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming){_SP}\Z"),
        quantity_after=c(rf"[ \t]{{0,2}}(?:%|(?i:{_alt(w.quantity_nouns)})(?![\w.]|\.\w))"),
        said_before=c(
            rf"(?i:said|says|told|announced|reported|added|noted|disclosed|stated|was|were|had|"
            rf"did|ended|closed|rose|fell|met|signed|agreed){_SP}(?:(?:on|late|early|last){_SP})?\Z"
        ),
        modifier_before=c(
            rf"(?<!\w)(?:(?P<a>(?i:early|late|mid|earlier|later)){_SP}"
            rf"|(?:(?i:the){_SP})?(?P<b>(?i:end|beginning|start|middle|close)){_SP}(?i:of){_SP}"
            rf"(?:(?i:the){_SP})?)\Z"
        ),
        capital_after=c(r"[ \t\u00a0]{1,3}\p{Lu}\p{Ll}"),
        period_ending_before=c(
            rf"(?<!\w)(?:(?P<f>{fisc}){_SP})?(?P<unit>(?i:year|quarter|qtr|half"
            rf"|(?P<n>three|six|nine|twelve|3|6|9|12){_SP}(?:months|mths)))"
            rf"{_SP}(?i:end(?:ed|ing)|to|through|thru){_SP}\Z"
        ),
        since_before=c(
            rf"(?<!\w)[Ss]ince{_SP}(?:(?:early|late|mid){_SP}|the{_SP}(?:end|beginning|start|middle){_SP}of{_SP}"
            rf"(?:the{_SP})?)?\Z"
        ),
        range_open_before=c(rf"(?<!\w)(?P<w>[Bb]etween|[Ff]rom){_SP}\Z"),
        range_gap=c(
            rf"(?:{_SP}(?P<w>and|to|through|thru|until|till){_SP}|(?P<d>[-/])|[ \t]?(?P<n>–)[ \t]?)\Z"
        ),
        join_gap=c(rf",?{_SP}\Z"),
        year_scan=(year,),
        fiscal_scan=(fiscal_year,),
        weekday_scan=weekday_scan,
        dayword_scan=dayword_scan,
        numeric_gate=(numeric_hint,),
    )


def _year_source(head: str) -> str:
    """The ``year`` pattern with ``head`` as the pattern of the year itself."""
    return rf"(?P<y1>{head})(?:(?P<decade>['’]?s)(?!\w)|(?P<sep>[/-])(?P<y2>\d{{4}}|\d\d){_END}|{_END}(?!%))"


def _fiscal_source(fy: str, fiscal: str) -> str:
    """The ``fiscal_year`` pattern with ``fy`` for "FY|Fy|fy" and ``fiscal`` for ``_ci("fiscal")``."""
    year_word = _ci("year")
    return (
        rf"(?:(?:{fy})(?:{_SP})?['’]?(?P<fy>{_YEAR}|\d\d)"
        rf"|(?:{fiscal}){_SP}(?:(?:{year_word}){_SP})?(?:(?P<fw>{_YEAR})|['’](?P<fa>\d\d)))"
        rf"(?:[/-](?P<fy2>\d{{4}}|\d\d))?{_END}"
    )


# scanned over the whole text with ``finditer``: ``regex`` skips to candidates faster
# than ``re`` here, so these keep their ``regex`` form on ASCII text too (where
# ``_ascii_patterns`` scans for years, fiscal years and the numeric hint with split
# ``re`` patterns instead, faster still)
_SCANNERS = frozenset(
    {"numeric_hint", "numeric_anchor", "fallback", "year", "apos_decade", "qform_anchor", "fiscal_year"}
)


@functools.lru_cache(maxsize=1)
def _ascii_patterns() -> _Patterns:
    """``_patterns`` for ASCII-only text: the patterns tried at one place (all but the
    scanners) run by the faster stdlib ``re`` (``ascii_twin``), with the same matches."""
    p = _patterns()
    twins: dict[str, Any] = {
        f.name: ascii_twin(getattr(p, f.name))
        for f in attrs.fields(_Patterns)
        if f.name not in _SCANNERS and isinstance(getattr(p, f.name), regex.Pattern)
    }

    # Scanners split by first character (see ``_finditer``), run by ``re``: it skips to
    # a literal first character several times faster than ``regex`` or ``re`` skip to
    # a class of them.  Each part is the ``ascii_twin`` of its ``regex`` pattern.
    def twin(source: str) -> re.Pattern[str]:
        return ascii_twin(regex.compile(source, regex.VERSION0))

    twins["year_scan"] = (twin(_year_source(r"1[89]\d\d")), twin(_year_source(r"2[01]\d\d")))
    twins["fiscal_scan"] = (
        twin(_fiscal_source("FY|Fy", "Fiscal|FISCAL")),
        twin(_fiscal_source("fy", "fiscal")),
    )
    # ``numeric_hint`` ("\d[-/]\d\d?[-/]\d|\d[.-](?:\d\d?|[A-Za-z]{3,4})[.-]\d") split by
    # its first separator, each part a little looser: every match of ``numeric_hint``
    # holds a match of one of them, so when none is found, neither can ``numeric_anchor``
    # nor ``fallback`` find anything
    twins["numeric_gate"] = (
        twin(r"/(?<=\d/)\d\d?[-/]\d"),
        twin(r"-(?<=\d-)(?:\d\d?|[A-Za-z]{3,4})[-/.]\d"),
        twin(r"\.(?<=\d\.)(?:\d\d?|[A-Za-z]{3,4})[.-]\d"),
    )
    return attrs.evolve(p, **twins)


def _finditer(scans: tuple[AnyPattern, ...], text: str) -> Iterable[AnyMatch]:
    """The matches of one scanning pattern over ``text``, as its ``finditer`` gives them.

    ``scans`` is that pattern, or its parts split by first character: at any place at
    most one part can match (their first characters differ), none matches empty, and
    a match does not depend on where the search started.  So the pattern's next match
    is the leftmost of the parts' next matches; a part's match that starts at or
    after the end of the one taken is still its next one, the others are searched
    again from there.
    """
    if len(scans) == 1:
        return scans[0].finditer(text)
    found: list[AnyMatch] = []
    ahead = [part.search(text) for part in scans]
    while True:
        first: AnyMatch | None = None
        for m in ahead:
            if m is not None and (first is None or m.start() < first.start()):
                first = m
        if first is None:
            return found
        found.append(first)
        pos = first.end()
        for i, m in enumerate(ahead):
            if m is not None and m.start() < pos:
                ahead[i] = scans[i].search(text, pos)


# ---------------------------------------------------------------- internal values


@attrs.define
class _Point:
    """A date or period before resolution against the reference date."""

    gran: Granularity
    year: int | None = None  # None: infer from the reference date
    month: int = 1
    day: int = 1
    rel: RelativeDate | None = None  # purely relative ("last year", "Monday")
    fiscal: bool = False
    modifier: str | None = None
    default_tense: Tense = "nearest"
    strict: bool = False  # "next Monday"/"last Monday": never the reference day itself


@attrs.define
class _Cand:
    start: int
    end: int
    rule: str
    point: _Point | None = None
    end_point: _Point | None = None
    kind: DateKind = "point"
    # duration: (count, unit, "next"|"past"|"within"|"open")
    duration: tuple[int, str, str] | None = None
    since: bool = False
    fallback: bool = False
    tense: Tense | None = None  # fixed by the context ("the year ended March 31" -> past)


# RelativeDate is frozen: one object can serve every mention that needs it, and
# building one through attrs costs more than this cache lookup (typed: 1 is not True)
@functools.lru_cache(maxsize=1024, typed=True)
def _relative(
    offset: int, unit: str, direction: Tense, month: int | None = None, day: int | None = None
) -> RelativeDate:
    return RelativeDate(offset, unit, direction, month=month, day=day)  # type: ignore[arg-type]


def _number(token: str) -> int | None:
    token = token.lower()
    if token.isdigit():
        return int(token)
    return _words().numbers.get(token)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _expand_yy(yy: int, ref: dt.date | None) -> int:
    """Two-digit year: the century that puts it nearest the reference year (pivot 2000)."""
    if ref is None:
        return 2000 + yy if yy < 50 else 1900 + yy
    base = ref.year - ref.year % 100
    options = [base - 100 + yy, base + yy, base + 100 + yy]
    return min(options, key=lambda y: (abs(y - ref.year), -y))


# ------------------------------------------------------------------- candidates


def _left_ok(text: str, i: int, extra: str = "") -> bool:
    """Nothing word-like is glued to the left of position ``i``."""
    if i == 0:
        return True
    ch = text[i - 1]
    return not (ch.isalnum() or ch in _WORD_CHARS_LEFT or ch in extra)


_SPACES = " \t\u00a0"
_NUMBER_WORD_CHARS = "'.-_’"


def _word_before(text: str, i: int) -> str:
    """The word just before position ``i`` across 1-3 spaces ("" if none).

    The word is the last whitespace-free run within the 28 characters before ``i``;
    when it is not all letters and digits, only its tail of letters, digits and
    ``'.-_’`` is kept ("(about" -> "about", "U.S." -> "U.S.").
    """
    if i == 0 or text[i - 1] not in _SPACES:
        return ""
    e = i - 1  # the word ends before 1-3 spaces; after four or more there is none
    if e and text[e - 1] in _SPACES:
        e -= 1
        if e and text[e - 1] in _SPACES:
            e -= 1
            if e and text[e - 1] in _SPACES:
                return ""
    if not e or text[e - 1].isspace():  # only spaces, or a line break before them
        return ""
    # text[e - 1] is no whitespace, so the last part of the split is never empty
    token = text[i - 28 if i > 28 else 0:e].rsplit(None, 1)[-1]
    if token.isalnum():  # the common case: a plain word, kept whole
        return token
    k = len(token)
    while k and (token[k - 1].isalnum() or token[k - 1] in _NUMBER_WORD_CHARS):
        k -= 1
    return token[k:]


def _word_start(text: str, i: int) -> int:
    """Where the word returned by ``_word_before(text, i)`` starts."""
    j = i
    while j > 0 and i - j < 3 and text[j - 1] in _SPACES:
        j -= 1
    return j - len(_word_before(text, i))


def _prev_low(text: str, i: int, memo: dict[int, str]) -> str:
    """``_word_before(text, i).lower()``, remembered in ``memo`` (one per call of
    ``_extract``): collecting, joining and building ask for the word before the same
    start."""
    word = memo.get(i)
    if word is None:
        word = memo[i] = _word_before(text, i).lower()
    return word


def _char_before(text: str, i: int) -> str:
    """The last character before the 1-3 spaces that end at ``i`` ("" if none)."""
    j = i
    lo = max(0, i - 3)
    while j > lo and text[j - 1] in _SPACES:
        j -= 1
    return text[j - 1] if 0 < j < i else ""


def _quantity_after(text: str, end: int, p: _Patterns) -> bool:
    """``p.quantity_after.match(text, end)``: a quantity ("%", "tonnes") follows.

    The pattern is a long case-insensitive list of nouns and costs microseconds per
    try, while most dates are followed by punctuation or an ordinary word.  A match
    starts, after at most two spaces or tabs, with "%" or a noun; no noun starts with
    a space, so when the next two ASCII characters (lowercased) begin no noun, the
    pattern cannot match.  Non-ASCII characters may fold case in other ways: those
    go to the pattern.
    """
    k = end
    if text[k:k + 1] in (" ", "\t"):
        k += 1
        if text[k:k + 1] in (" ", "\t"):
            k += 1
    head = text[k:k + 2]
    starts = _words().quantity_starts
    if head.isascii() and head.lower() not in starts and head[:1].lower() not in starts:
        return False
    return p.quantity_after.match(text, end) is not None


def _year_context_ok(text: str, start: int, end: int, p: _Patterns, memo: dict[int, str]) -> bool:
    """A bare year is not an amount, a quantity, a version or a model number."""
    if not _left_ok(text, start, "$£€¥#@.,/:"):
        return False
    if start >= 2 and text[start - 1] in " \u00a0" and text[start - 2] in "$£€¥#":
        return False
    if _quantity_after(text, end, p):
        return False
    return _prev_low(text, start, memo).rstrip(".") not in _words().year_blockers


def _month_alone_ok(text: str, start: int, end: int, word: str, p: _Patterns) -> bool:
    """A month name with no day or year: is it really a month here?"""
    w = _words()
    low = word.lower()
    if start and text[start - 1] in "-/":  # "January-March"
        return not word.isupper() and (len(word) > 4 or low in ("may", "june", "july"))
    if word.isupper() or (len(word) <= 4 and low not in ("may", "june", "july")):
        return False  # abbreviations and capitals need a day or a year
    if p.capital_after.match(text, end):
        return False  # "March Networks", "May Department Stores"
    prev = _word_before(text, start)
    prev_low = prev.lower()
    if prev_low.rstrip(".") in ("mr", "mrs", "ms", "dr", "miss", "sir", "lady"):
        return False
    cue = prev_low in w.month_cues
    if low in w.ambiguous_months:
        return cue  # "Theresa May", "prices may rise", "the March of Dimes"
    if cue or not prev:
        return True
    # "Elizabeth June": a capitalized word right before, not ending a sentence
    return not (prev[:1].isupper() and not prev.endswith((".", ",")) and text[start - 1] in " \u00a0")


def _collect_months(
    text: str, p: _Patterns, ref: dt.date | None, out: list[_Cand], memo: dict[int, str]
) -> None:
    w = _words()
    for m in p.month.finditer(text):
        s = m.start()
        mod: str | None = None
        pm = p.pmod_before.search(text, max(0, s - 7), s) if s and text[s - 1] == "-" else None
        if pm is not None:
            mod = pm.group("pmod").lower()
            s = pm.start()
        joined = s >= 2 and text[s - 1] in "-/" and (text[s - 2].isalnum() or text[s - 2] == ".")
        if not joined and not _left_ok(text, s):
            continue
        word = m.group("mon")
        mon = w.months[word.lower()]
        before = None
        if mod is None and m.group("day") is None and _char_before(text, s) in _DAY_END_CHARS:
            before = p.day_before.search(text, max(0, s - 14), s)
        if before is not None and (before.group("suf") or not before.group("of")):
            day = int(before.group("day"))
            year = int(m.group("myear")) if m.group("myear") else None
            end = m.end() if year is not None else m.start("mon") + len(word) + (1 if m.group("dot") else 0)
            ok = 1 <= day <= 31 and _valid(year or 2000, mon, day)
            if ok and year is None and (word.isupper() or p.capital_after.match(text, end)):
                ok = False
            if ok:
                out.append(_Cand(before.start(), end, "day month year" if year else "day month",
                                 _Point("day", year, mon, day)))
                continue
        if m.group("wday") is not None:
            # Reuters spells days one to nine: "Pay April one", "record March Two"
            year = int(m.group("wyear")) if m.group("wyear") else None
            if year is None and _prev_low(text, s, memo) not in _WORD_DAY_CUES:
                end = m.start("mon") + len(word)
                if mod is None and not _month_alone_ok(text, s, end, word, p):
                    continue
                out.append(_Cand(s, end, "month", _Point("month", None, mon, modifier=mod)))
                continue
            day = _DAY_WORDS[m.group("wday").lower()]
            out.append(_Cand(s, m.end(), "month day-word", _Point("day", year, mon, day, modifier=mod)))
        elif m.group("day") is not None:
            day = int(m.group("day"))
            year = int(m.group("dyear")) if m.group("dyear") else None
            if not 1 <= day <= 31 or not _valid(year or 2000, mon, day):
                continue
            if year is None and _quantity_after(text, m.end(), p):
                continue
            out.append(_Cand(s, m.end(), "month day year" if year else "month day",
                             _Point("day", year, mon, day, modifier=mod)))
        elif m.group("myear") is not None or m.group("yy") is not None:
            if m.group("myear"):
                year = int(m.group("myear"))
                if _quantity_after(text, m.end(), p):
                    continue
            else:
                year = _expand_yy(int(m.group("yy")), ref)
            out.append(_Cand(s, m.end(), "month year", _Point("month", year, mon, modifier=mod)))
        else:
            end = m.start("mon") + len(word)
            if mod is None and not _month_alone_ok(text, s, end, word, p):
                continue
            prev = _prev_low(text, s, memo) if mod is None else ""
            if prev in ("last", "next", "this", "coming"):
                tense: Tense = "past" if prev == "last" else "future" if prev != "this" else "nearest"
                out.append(_Cand(_word_start(text, s), end, prev + " month name",
                                 _Point("month", None, mon, default_tense=tense, strict=prev != "this")))
                continue
            out.append(_Cand(s, end, "month", _Point("month", None, mon, modifier=mod)))


def _collect_numbers(
    text: str, p: _Patterns, ref: dt.date | None, day_first: bool, out: list[_Cand], memo: dict[int, str]
) -> None:
    w = _words()
    m: AnyMatch  # the scans below run ``regex`` or ``re`` patterns
    may_have_numeric = any(gate.search(text) is not None for gate in p.numeric_gate)
    for m in p.numeric_anchor.finditer(text) if may_have_numeric else ():
        if not _left_ok(text, m.start(), ".,:/"):
            continue
        n = p.numeric.match(text, m.start())
        if n is None:
            continue
        if n.group("iy"):
            y, mo, d = int(n.group("iy")), int(n.group("im")), int(n.group("id"))
            rule = "iso date"
        else:
            a, b = int(n.group("a")), int(n.group("b"))
            raw = n.group("c")
            y = int(raw) if len(raw) == 4 else _expand_yy(int(raw), ref)
            if a > 12 or (day_first and b <= 12):
                d, mo = a, b
            else:
                mo, d = a, b
            rule = "numeric date"
        if _valid(y, mo, d):
            out.append(_Cand(n.start(), n.end(), rule, _Point("day", y, mo, d)))

    for m in p.fallback.finditer(text) if may_have_numeric else ():
        if not _left_ok(text, m.start(), ".,:/"):
            continue
        middle = m.group(0).split(m.group("s"))[1]
        if middle.isalpha() and middle.lower() not in w.months:
            continue
        if m.group("s") == "." and len(m.group(0).split(".")[2]) != 4:
            continue
        if m.group("s") == "-" and middle.isdigit():
            continue  # "15-01-13": too ambiguous to read
        if _prev_low(text, m.start(), memo).rstrip(".") in w.year_blockers:
            continue  # "version 1.2.2013"
        out.append(_Cand(m.start(), m.end(), "dateparser", fallback=True))

    for m in _finditer(p.year_scan, text):
        s = m.start()
        mod: str | None = None
        if s and text[s - 1] == "-":
            pm = p.pmod_before.search(text, max(0, s - 7), s)
            if pm is not None:
                mod = pm.group("pmod").lower()
                s = pm.start()
        y1 = int(m.group("y1"))
        if not 1900 <= y1 <= 2099:
            continue
        if m.group("decade") is not None:
            if y1 % 10 or not _left_ok(text, s, "$£€¥#@.,/:"):
                continue
            out.append(_Cand(s, m.end(), "decade", _Point("decade", y1, modifier=mod)))
            continue
        if not _year_context_ok(text, s, m.end(), p, memo):
            continue
        if m.group("y2") is not None:
            raw = m.group("y2")
            y2 = int(raw) if len(raw) == 4 else y1 - y1 % 100 + int(raw)
            if len(raw) == 2 and y2 < y1:
                y2 += 100
            if not y1 < y2 <= y1 + 30 or (m.group("sep") == "/" and y2 != y1 + 1):
                continue
            out.append(_Cand(s, m.end(), "split year" if y2 == y1 + 1 else "year range",
                             _Point("year", y1, modifier=mod), _Point("year", y2), kind="range"))
            continue
        out.append(_Cand(s, m.end(), "year", _Point("year", y1, modifier=mod)))

    # every apostrophe decade ("'80s") contains "0s": a cheap test before a full scan
    for m in p.apos_decade.finditer(text) if "0s" in text else ():
        if not _left_ok(text, m.start()):
            continue
        d = int(m.group("d")) * 10
        year = 2000 + d if d < 30 and ref is not None and 2000 + d <= ref.year else 1900 + d
        out.append(_Cand(m.start(), m.end(), "decade", _Point("decade", year)))


def _ordinal_period(text: str, m: re.Match[str], gran: Granularity, p: _Patterns) -> _Cand | None:
    """ "third quarter", "first-half 1987", "fiscal 1986 fourth qtr", "first six months of 1987"."""
    s = m.start()
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
    if last and last in "0123456789lLrR":
        before = p.period_before.search(text, max(0, start - 24), start)
    if before is not None:
        fiscal = fiscal or bool(before.group("f1") or before.group("f2"))
        raw = before.group("fy1") or before.group("y1")
        year = int(raw) if raw else None
        start = before.start()
    end = m.end()
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


def _table_row(text: str, m: re.Match[str]) -> _Cand | None:
    """A results-table row label on a line of its own: "Nine mths", "Six mths".

    Newswire earnings tables label the year-to-date rows this way.  Read as calendar
    periods (January-September, first half), the last such period completed before
    the reference date; companies with other fiscal years are not told apart.
    """
    word = _word_before(text, m.start()).lower()
    if word not in ("nine", "six", "9", "6"):
        return None
    start = _word_start(text, m.start())
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or text[m.end():text.find("\n", m.end()) % (len(text) + 1)].strip():
        return None
    def completed(gran: Granularity, month: int) -> _Point:  # the last one completed
        return _Point(gran, None, month, default_tense="past", strict=True)

    if word in ("six", "6"):
        return _Cand(start, m.end(), "table six months", completed("half", 1))
    nine = (completed("month", 1), completed("month", 9))
    return _Cand(start, m.end(), "table nine months", *nine, kind="range")


_BARE_PERIOD_BEFORE = frozenset(
    {"in", "for", "during", "the", "of", "by", "this", "last", "next", "a", "its", "their", "fiscal"}
)
# "Q2 revenue", "1H profit", "H1 results": a results word right after a bare period
_RESULTS_AFTER = re.compile(
    r"[ \t]+(?:(?:net|operating|pretax|pre-tax|gross|adjusted|core|group|underlying)[ \t]+)?"
    r"(?:revenues?|sales|turnover|profits?|earnings|results|net|loss(?:es)?|income|ebitda|ebit|eps|shr|"
    r"deliveries|shipments|production|output|orders|bookings|guidance|forecast|outlook)\b",
    re.IGNORECASE,
)


def _collect_periods(
    text: str, p: _Patterns, ref: dt.date | None, out: list[_Cand], memo: dict[int, str]
) -> None:
    # every ``qform_anchor`` match has a "Q", "q" or "H" next to its digit
    may_name_period = "Q" in text or "H" in text or "q" in text
    for a in p.qform_anchor.finditer(text) if may_name_period else ():
        pos = a.start() - 1 if a.end() - a.start() == 1 else a.start()  # "Q3" / "3Q"
        if not _left_ok(text, pos):
            continue
        m = p.qform.match(text, pos)
        if m is None:
            continue
        fiscal = False
        gran: Granularity
        if m.group("q"):
            n = int(m.group("q"))
            gran = "quarter"
            raw = m.group("qy")
            fiscal = bool(m.group("qfy"))
        elif m.group("n"):
            n = int(m.group("n"))
            gran = "quarter" if m.group("qh") == "Q" else "half"
            raw = m.group("ny")
        else:
            n = int(m.group("h"))
            gran = "half"
            raw = m.group("hy")
        if raw is None:
            # a bare "Q2", "1H", "H1": a period only where the words around it say so
            before = _prev_low(text, m.start(), memo)
            if before == "fiscal":
                fiscal = True
            elif not _RESULTS_AFTER.match(text, m.end()) and not (
                m.group("q") and before in _BARE_PERIOD_BEFORE
            ):
                continue  # "in Q3" as before; "the H2 bomb" is no half-year
        if gran == "half" and n > 2:
            continue
        year = None if raw is None else int(raw) if len(raw) == 4 else _expand_yy(int(raw), ref)
        month = 3 * n - 2 if gran == "quarter" else (1 if n == 1 else 7)
        out.append(_Cand(m.start(), m.end(), "Qn year" if gran == "quarter" else "Hn year",
                         _Point(gran, year, month, fiscal=fiscal, default_tense="past")))

    # split scans (ASCII text) skip to their first letter faster than the test could
    may_name_fiscal = len(p.fiscal_scan) > 1 or _may_name_fiscal_year(text)
    for m in _finditer(p.fiscal_scan, text) if may_name_fiscal else ():
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


def _may_name_fiscal_year(text: str) -> bool:
    """Whether ``text`` has one of the literals every ``fiscal_year`` match contains
    ("FY", "Fy", "fy", "[Ff]iscal", "FISCAL"): cheap tests before a full scan."""
    return "iscal" in text or "ISCAL" in text or "FY" in text or "Fy" in text or "fy" in text


def _direction(offset: int) -> Tense:
    return "past" if offset < 0 else "future" if offset > 0 else "nearest"


_DAYWORD_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _collect_relative(text: str, p: _Patterns, out: list[_Cand], memo: dict[int, str]) -> None:
    w = _words()
    # every ``dayword`` match holds one of these literals: cheap tests before a full scan
    may_name_day = "oday" in text or "esterday" in text or "omorrow" in text or "onight" in text
    for m in _finditer(p.dayword_scan, text) if may_name_day else ():
        if not _left_ok(text, m.start()):
            continue
        word = m.group(0).lower()
        off = _DAYWORD_OFFSETS.get(word)
        if off is None:
            continue
        rel = _relative(off, "day", _direction(off))
        out.append(_Cand(m.start(), m.end(), word, _Point("day", rel=rel)))

    for m in p.unit.finditer(text):
        s = m.start()
        if s and text[s - 1].isalnum():  # inside a word: "today", "Monday"
            continue
        unit_word = m.group("unit").lower()
        gran = _UNITS.get(unit_word)
        if gran is None:
            continue
        plural = m.group("pl") is not None
        if (gran in ("quarter", "half") and not plural) or (gran == "month" and plural):
            period = _ordinal_period(text, m, gran, p) or (_table_row(text, m) if plural else None)
            if period is not None:
                out.append(period)
                continue
        if not _left_ok(text, s):
            continue
        lo = max(0, s - 40)
        prev = _prev_low(text, s, memo)
        count = None
        if prev.isdigit() or prev in w.numbers or prev == "of":
            count = p.count_before.search(text, lo, s)
        if count is not None and gran != "half":
            tail = p.unit_tail.match(text, m.end())  # only a counted unit has a tail ("3 years ago")
            n = _number(count.group("n"))
            if n is None or n == 0 or text[m.end():m.end() + 1] == "-":
                continue  # "a year-on-year rise"
            if (n > 1 and not plural) or (gran == "quarter" and count.group("n").lower() in ("a", "an")):
                continue  # "three month deposits", "a quarter of exports"
            unit = "quarter" if gran == "quarter" else gran
            tw = tail.group("tail").lower() if tail is not None else ""
            if tw in ("ago", "hence") or tw.startswith("from"):
                assert tail is not None
                off = -n if tw == "ago" else n
                rel = RelativeDate(off, unit, _direction(off))  # type: ignore[arg-type]
                rule = "n units ago" if off < 0 else "n units from now"
                out.append(_Cand(count.start("n"), tail.end(), rule,
                                 _Point(gran, rel=rel)))
            elif count.group("dir"):
                mode = "next" if count.group("dir").lower() in ("next", "coming") else "past"
                out.append(_Cand(count.start("dir"), m.end(), f"{mode} n units", duration=(n, unit, mode),
                                 kind="duration"))
            elif count.group("within"):
                out.append(_Cand(count.start("n"), m.end(), "within n units", duration=(n, unit, "next"),
                                 kind="duration"))
            elif tw in ("earlier", "before") and n == 1 and not plural:
                assert tail is not None
                rel = RelativeDate(-1, unit, "past")  # type: ignore[arg-type]
                out.append(_Cand(count.start("n"), tail.end(), "a unit earlier", _Point(gran, rel=rel)))
            elif tw or count.group("for"):
                sign = -1 if tw in ("before", "earlier") else 1
                out.append(_Cand(count.start("n"), m.end(), "n units after" if tw else "for n units",
                                 duration=(sign * n, unit, "open"), kind="duration"))
            continue
        if plural:
            continue
        d = p.dir_before.search(text, lo, s) if prev in _REL_DIR or prev == "fiscal" else None
        if d is not None:
            off = _REL_DIR[d.group("dir").lower()]
            if gran == "half" or d.group("dir").lower() == "past":
                continue
            rel = _relative(off, gran, _direction(off))
            out.append(_Cand(d.start(), m.end(), d.group("dir").lower() + " " + unit_word,
                             _Point(gran, rel=rel, fiscal=bool(d.group("rf")))))
            continue
        if gran == "year":
            ya = p.year_ago_tail.match(text, m.end())
            if ya is None:
                continue
            yunit = (ya.group("yunit") or "").lower()
            if yunit in ("quarter", "qtr"):
                out.append(_Cand(s, ya.end(), "year-ago quarter",
                                 _Point("quarter", rel=RelativeDate(-5, "quarter", "past"))))
            elif yunit:
                rel = RelativeDate(-1, "year", "past")
                out.append(_Cand(s, ya.end(), "year-ago period", _Point("year", rel=rel),
                                 duration=(0, "year", "unresolved")))
            else:
                out.append(_Cand(s, ya.end("yunit") if ya.group("yunit") else ya.end() - 0, "year ago",
                                 _Point("year", rel=RelativeDate(-1, "year", "past"))))

    # every weekday name ends in "day" (checked in ``_patterns``), "DAY" in capitals
    for m in _finditer(p.weekday_scan, text) if "day" in text or "DAY" in text else ():
        s = m.start()
        if not _left_ok(text, s):
            continue
        prev = _prev_low(text, s, memo)
        if prev in w.named_days:
            continue
        wd = w.weekdays.index(m.group("wd").lower())
        dm = None
        if prev in ("last", "next", "this", "coming"):
            dm = p.weekday_dir_before.search(text, max(0, s - 12), s)
        wdir = dm.group("wdir").lower() if dm is not None else ""
        tense: Tense = "future" if wdir in ("next", "coming") else "past"
        point = _Point("day", rel=_relative(wd, "weekday", tense), default_tense=tense,
                       strict=wdir in ("next", "last"))
        out.append(_Cand(dm.start() if dm is not None else s, m.end(), "weekday", point))


def _collect(text: str, p: _Patterns, ref: dt.date | None, day_first: bool,
             memo: dict[int, str]) -> list[_Cand]:
    out: list[_Cand] = []
    _collect_months(text, p, ref, out, memo)
    _collect_numbers(text, p, ref, day_first, out, memo)
    _collect_periods(text, p, ref, out, memo)
    _collect_relative(text, p, out, memo)
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates: in every cluster of overlaps the longest wins."""
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
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


class _Joined(list[_Cand]):
    """A list of candidates where a later one that reaches back drops those it covers."""

    def append(self, c: _Cand) -> None:
        while self and self[-1].end > c.start:
            self.pop()
        list.append(self, c)


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
            joined = p.join_gap.match(text, c.end, nxt.start) is not None
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
                months = (_number(ending.group("n")) or 0) if ending.group("n") else _PERIOD_MONTHS[unit]
                explicit = bool(ending.group("f"))
                start = ending.start()
                if out and out[-1].start < start < out[-1].end and out[-1].point is not None:
                    start = out[-1].start  # "fiscal third quarter ended December 31"
                    explicit = explicit or out[-1].point.fiscal
                out.append(_Cand(start, c.end, "period ending", pt, kind="point",
                                 duration=(months, "month", "ending" + ("-fiscal" if explicit else "")),
                                 tense="past" if prev == "ended" else "nearest"))
                i += 1
                continue
        out.append(c)
        i += 1
    return out


# -------------------------------------------------------------------- resolution


_SENTENCE_ENDS = tuple((sep, len(sep)) for sep in (". ", "! ", "? ", "\n", '." ', "; "))


def _sentence_window(text: str, start: int) -> tuple[int, int]:
    lo = start - 120 if start > 120 else 0
    cut = lo
    rfind = text.rfind
    for sep, size in _SENTENCE_ENDS:
        k = rfind(sep, lo, start)
        if k >= 0 and k + size > cut:
            cut = k + size
    return cut, start


def _tense(text: str, c: _Cand, p: _Patterns, default: Tense, prev: str) -> Tense:
    """``prev``: the lowercased word before ``c.start``."""
    if prev in _FUTURE_PREV:
        return "future"
    if prev == "ending":
        return "nearest"
    lo, hi = _sentence_window(text, c.start)
    if prev in _SAID_WORDS and p.said_before.search(text, max(lo, hi - 30), hi):
        return "past"
    if _words().future.search(text[lo:hi].lower()):
        return "future"
    return default


def _add_months(d: dt.date, n: int) -> dt.date:
    k = d.year * 12 + d.month - 1 + n
    return dt.date(k // 12, k % 12 + 1, 1)


_MONTHS_IN = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120}


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


# a pure function of its arguments, which repeat often (one reference date per document)
@functools.lru_cache(maxsize=4096)
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


# a pure function of its arguments, which repeat often (one reference date per document)
@functools.lru_cache(maxsize=4096)
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
    rel = _relative(0, "year", tense, pt.month, pt.day if pt.gran == "day" else None)
    if ref is None:
        return None, rel
    inferred = _infer_year_of(pt.gran, pt.month, pt.day, pt.strict, ref, tense)
    if inferred is None:
        return None, rel
    return dt.date(inferred, pt.month, pt.day), rel


def _build(text: str, c: _Cand, ref: dt.date | None, p: _Patterns, day_first: bool,
           stats: list[int] | None, memo: dict[int, str]) -> DateMention | None:
    span = text[c.start:c.end]
    if c.fallback:
        if stats is not None:
            stats[1] += 1
        value = _dateparser.parse_date_string(span, ref, day_first or "." in span)
        if value is None:
            return None
        return DateMention(c.start, c.end, span, value, "day", rule=c.rule)

    modifier: str | None = None
    prev = _prev_low(text, c.start, memo)
    mod = p.modifier_before.search(text, max(0, c.start - 30), c.start) if prev in _MODIFIER_WORDS else None
    if mod is not None:
        word = (mod.group("a") or mod.group("b")).lower()
        modifier = _MODIFIERS.get(word, word)

    if c.duration is not None and c.point is None:
        n, unit, mode = c.duration
        if mode == "open":
            rel = RelativeDate(n, unit, "future" if n > 0 else "past" if n < 0 else "nearest")  # type: ignore[arg-type]
            return DateMention(c.start, c.end, span, None, None, kind="duration", relative=rel, rule=c.rule)
        future = mode == "next"
        rel = RelativeDate(n if future else -n, unit, "future" if future else "past")  # type: ignore[arg-type]
        gran: Granularity = unit  # type: ignore[assignment]
        if ref is None:
            return DateMention(c.start, c.end, span, None, gran, kind="duration", end_granularity=gran,
                               relative=rel, modifier=modifier, rule=c.rule)
        here = _floor(ref, gran)
        other = _floor(_shift(here, rel.offset, unit), gran)
        lo, hi = (here, other) if future else (other, here)
        return DateMention(c.start, c.end, span, lo, gran, kind="duration", end_value=hi,
                           end_granularity=gran, relative=rel, modifier=modifier, rule=c.rule)

    assert c.point is not None
    pt = c.point
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
        return DateMention(c.start, c.end, span, va, a.gran, kind="range", end_value=vb,
                           end_granularity=b.gran,
                           relative=rel_a, modifier=pt.modifier or modifier, fiscal=a.fiscal or b.fiscal,
                           rule=c.rule)

    value, prel = _resolve(pt, ref, tense)
    if c.rule.startswith("table") and not _recent(value, pt.gran, ref):
        return None
    if c.since:
        return DateMention(c.start, c.end, span, value, pt.gran, kind="range", end_value=ref,
                           end_granularity="day" if ref is not None else None, relative=prel,
                           modifier=pt.modifier or modifier, fiscal=pt.fiscal, rule=c.rule)
    if c.duration is not None and c.duration[2].startswith("ending"):
        return _period_ending(c, span, value, prel)
    if c.duration is not None and c.duration[2] == "unresolved":  # "the year-ago period"
        return DateMention(c.start, c.end, span, None, None, relative=prel, rule=c.rule)
    return DateMention(c.start, c.end, span, value, pt.gran, relative=prel, modifier=pt.modifier or modifier,
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
        return DateMention(c.start, c.end, span, None, named, relative=rel, fiscal=fiscal_word, rule=c.rule)
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
        return DateMention(c.start, c.end, span, start, named, relative=rel, fiscal=fiscal_word, rule=c.rule)
    gran: Granularity = "day" if by_day else "month"
    return DateMention(c.start, c.end, span, start if by_day else start.replace(day=1), gran, kind="range",
                       end_value=end_day if by_day else value, end_granularity=gran, relative=rel,
                       fiscal=fiscal_word or not calendar, rule=c.rule)


_NAMED_PERIODS: dict[int, Granularity] = {3: "quarter", 6: "half", 12: "year"}


# ------------------------------------------------------------------------ public


def _extract(text: str, reference_date: dt.date | None, day_first: bool,
             stats: list[int] | None) -> list[DateMention]:
    p = _ascii_patterns() if text.isascii() else _patterns()
    memo: dict[int, str] = {}  # lowercased word before a position, shared by the steps below
    cands = _select(_collect(text, p, reference_date, day_first, memo))
    cands = _compose(text, cands, p, memo)
    if stats is not None:
        stats[0] += len(cands)
    out: list[DateMention] = []
    for c in cands:
        m = _build(text, c, reference_date, p, day_first, stats, memo)
        if m is not None:
            out.append(m)
    return out


def extract_dates(
    text: str, reference_date: dt.date | str | None = None, *, day_first: bool = False
) -> list[DateMention]:
    """Find dates, business periods, ranges and durations in ``text``, in text order.

    ``reference_date`` (usually the publication date) resolves relative expressions;
    without it they are still found, with ``value`` None and the relation kept in
    ``relative``.  The result never depends on the day the code runs.
    ``day_first=True`` reads "01/02/2013" as 1 February (the default is month first).

    >>> import datetime as dt
    >>> from bizfacts import extract_dates
    >>> ms = extract_dates("Acme said Monday that sign-ups slowed after the end of "
    ...                    "December 2012.", reference_date=dt.date(2013, 5, 1))
    >>> [(m.text, m.value.isoformat(), m.granularity) for m in ms]
    [('Monday', '2013-04-29', 'day'), ('December 2012', '2012-12-01', 'month')]
    >>> ms[1].modifier
    'end'
    >>> m = extract_dates("revenue over the next three years", reference_date=dt.date(2013, 5, 1))[0]
    >>> m.kind, m.value.year, m.end_value.year
    ('duration', 2013, 2016)
    >>> extract_dates("Profit rose last year.")[0].relative
    RelativeDate(offset=-1, unit='year', direction='past', month=None, day=None)
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_dates() expects text as str, got {type(text).__name__}")
    from bizfacts.records import reference_date_arg  # a date, a datetime or an ISO string

    return _extract(text, reference_date_arg(reference_date, "extract_dates"), bool(day_first), None)

