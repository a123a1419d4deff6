"""The patterns of the date extractor, compiled once on first use, and the constants they share."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

import attrs
import regex

from .._ascii_twins import compile_twin
from .._numbers import AnyMatch, AnyPattern, alternation
from .._spans import Granularity
from ._lexicon import _alt, _cased, _words

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
_COUNT_DIRS = ["next", "past", "last", "coming", "previous", "trailing"]
_AGO_UNITS = ["quarter", "qtr", "period", "month", "year", "half", "week"]
_MODIFIERS = {"earlier": "early", "later": "late", "start": "beginning", "middle": "mid", "close": "end"}
_WORD_CHARS_LEFT = "'’-_"
_DAY_END_CHARS = frozenset("0123456789dhtf")
_ORDINAL_END_CHARS = frozenset("tdhlxeTDHLXE")
_SAID_WORDS = frozenset(
    "said says told announced reported added noted disclosed stated was were had did ended closed rose fell "
    "met signed agreed on late early last".split()
)
_SAID_VERBS = (
    "said says told announced reported added noted disclosed stated was were had did ended closed rose fell "
    "met signed agreed"
).split()
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
    """``_ci`` of every word, as one prefix trie: the same forms, tried in the same order
    (longest first), and far cheaper for the engine to try at a place that fits none."""
    forms = [form for w in words for form in (w[:1].upper() + w[1:], w[:1].lower() + w[1:], w.upper())]
    return alternation(forms)


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """The patterns for any text."""
    return _compiled(ascii_only=False)


def _compiled(ascii_only: bool) -> _Patterns:
    """The patterns; with ``ascii_only``, for ASCII-only text: those tried at one place run there
    by the faster stdlib ``re`` (their ``ascii_twin``, written from the source), with the same
    matches; the scanners keep their ``regex`` form."""
    w = _words()
    flags = regex.VERSION0
    month = _cased(list(w.months))
    if not all(d.endswith("day") for d in w.weekdays):  # ``_collect_relative`` relies on it
        raise ValueError("date_words.json: every weekday name must end in 'day'")
    weekday = _cased(list(w.weekdays))
    num = r"\d{1,3}|" + _ci_alt([k for k in w.numbers if " " not in k]) + rf"|(?:[Aa]{_SP})?couple{_SP}of"
    fisc = _ci("fiscal")
    year_word = _ci("year")
    # between "Q3"/"H1" and its year: "Q3 2024", "Q4 '23", "Q3'24", "Q3-2024", "Q3/2024"
    qsep = rf"(?:{_SP}['’]?|['’]|[-/](?={_YEAR}))"

    def c(pattern: str) -> AnyPattern:
        return compile_twin(pattern, flags) if ascii_only else regex.compile(pattern, flags)

    # scanned over the whole text with ``finditer``: ``regex`` skips to candidates faster
    # than ``re`` here, so these keep their ``regex`` form on ASCII text too (where
    # ``_ascii_patterns`` scans for years, fiscal years and the numeric hint with split
    # ``re`` patterns instead, faster still)
    def scanner(pattern: str) -> regex.Pattern[str]:
        return regex.compile(pattern, flags)

    # found in every match of ``numeric_anchor`` (a digit, a separator, one or two
    # digits, a separator, a digit) and of ``fallback`` (which ties its two
    # separators together): one search tells when neither scan can find anything
    numeric_hint = scanner(r"\d[-/]\d\d?[-/]\d|\d[.-](?:\d\d?|[A-Za-z]{3,4})[.-]\d")
    year = scanner(_year_source(_YEAR))
    fiscal_year = scanner(_fiscal_source("FY|Fy|fy", fisc))
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
        numeric_anchor=scanner(r"\d{1,4}[-/.]\d\d?[-/.]\d{2,4}(?!\d)"),
        numeric=c(
            rf"(?:(?P<iy>{_YEAR})(?P<isep>[-/.])(?P<im>[01]\d)(?P=isep)(?P<id>[0-3]\d)"
            rf"|(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<c>\d{{4}}|\d\d))(?!\d|[A-SU-Za-z_]|[.,/:-]\d)"
        ),
        fallback=scanner(rf"\d\d?(?P<s>[.-])(?:\d\d?|[A-Za-z]{{3,4}})(?P=s)(?:{_YEAR}|\d\d){_END}"),
        year=year,
        apos_decade=scanner(r"['’](?P<d>\d)0s(?!\w)"),
        ordinal_before=c(
            rf"(?<![\w-])(?P<ord>{_ci_alt(list(_ORD)[::2])}|1st|2nd|3rd|4th|1ST|2ND|3RD|4TH)(?:{_SP}|-)"
            rf"(?:(?P<f3>{fisc}){_SP})?(?:(?P<six>six|SIX|nine|NINE|three|THREE){_SP})?\Z"
        ),
        period_suffix=c(
            rf",?{_SP}(?:(?:of|in|for|OF|IN|FOR){_SP})?"
            rf"(?:(?:[Cc]alendar{_SP}(?:year{_SP})?)?(?P<y2>{_YEAR}){_END}"
            rf"|(?P<f4>{fisc}){_SP}(?:(?:{year_word}){_SP})?(?P<fy2>{_YEAR}){_END}"
            rf"|(?:the{_SP})?(?P<rel>this|last|next|current|previous|prior){_SP}"
            rf"(?:(?P<f5>fiscal){_SP})?year(?![\w-]))"
        ),
        period_before=c(
            rf"(?<![\w-])(?:(?P<f1>{fisc}){_SP}(?:(?:{year_word}){_SP})?(?:(?P<fy1>{_YEAR})(?:['’]s)?{_SP})?"
            rf"|(?P<y1>{_YEAR})(?:['’]s)?{_SP}(?:(?P<f2>{fisc}){_SP})?)\Z"
        ),
        qform_anchor=scanner(r"[1-4](?:(?<=[QqH][1-4])|[QH])"),
        qform=c(
            rf"(?:[Qq](?P<q>[1-4])(?:{qsep}(?:(?P<qfy>FY|fy)(?:{_SP})?['’]?)?(?P<qy>{_YEAR}|\d\d))?"
            rf"|(?P<n>[1-4])(?P<qh>[QH])(?:(?:{_SP}|['’])?(?P<ny>{_YEAR}|\d\d)"
            rf"|{_SP}(?P<nfy>FY|fy)(?:{_SP})?['’]?(?P<nfyy>{_YEAR}|\d\d))?"
            rf"|H(?P<h>[12])(?:{qsep}(?:(?P<hfy>FY|fy)(?:{_SP})?['’]?)?(?P<hy>{_YEAR}|\d\d))?)(?!\w|[.,:/-]\d)"
        ),
        fiscal_year=fiscal_year,
        dayword=dayword,
        # the tails after the first letter as a trie: at most one of them fits at a place;
        # the look-behind (after the first letter, which keeps the engine's quick skip to
        # it) drops a letter inside a word ("today", "Monday"): ``\w`` but not "_" is
        # exactly ``str.isalnum``
        unit=re.compile(
            rf"(?P<unit>[DdWwMmQqYyHh](?<![^\W_].)(?:{alternation(_UNIT_TAILS)}))(?P<pl>[sS])?\b"
        ),
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
            rf"(?i:{alternation(_SAID_VERBS)}){_SP}(?:(?:on|late|early|last){_SP})?\Z"
        ),
        modifier_before=c(
            rf"(?<!\w)(?:(?P<a>(?i:early|late|mid|earlier|later)){_SP}"
            rf"|(?:(?i:the){_SP})?(?P<b>(?i:end|beginning|start|middle|close)){_SP}(?i:of){_SP}"
            rf"(?:(?i:the){_SP})?)\Z"
        ),
        capital_after=c(r"[ \t\u00a0]{1,3}\p{Lu}\p{Ll}"),
        period_ending_before=c(
            rf"(?<!\w)(?:(?P<f>{fisc}){_SP})?(?P<unit>(?i:half(?:-|{_SP})year|year|quarter|qtr|half"
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


@functools.lru_cache(maxsize=1)
def _ascii_patterns() -> _Patterns:
    """``_patterns`` for ASCII-only text, with the same matches (see :func:`_compiled`), years,
    fiscal years and the numeric hint scanned by split stdlib patterns, faster still."""
    twins: dict[str, Any] = {}

    # Scanners split by first character (see ``_finditer``), run by ``re``: it skips to
    # a literal first character several times faster than ``regex`` or ``re`` skip to
    # a class of them.  Each part is the ``ascii_twin`` of its ``regex`` pattern.
    def twin(source: str) -> re.Pattern[str]:
        return compile_twin(source, regex.VERSION0)

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
    return attrs.evolve(_compiled(ascii_only=True), **twins)


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
    ahead = [part.search(text) for part in scans]
    live = len(scans) - ahead.count(None)
    if live < 2:  # the common case: at most one part found anything, its own scan gives the rest
        for part, m in zip(scans, ahead, strict=True):
            if m is not None:
                return part.finditer(text, m.start())
        return ()
    found: list[AnyMatch] = []
    while live > 1:
        first: AnyMatch | None = None
        for m in ahead:
            if m is not None and (first is None or m.start() < first.start()):
                first = m
        assert first is not None
        found.append(first)
        pos = first.end()
        for i, m in enumerate(ahead):
            if m is not None and m.start() < pos:
                ahead[i] = scans[i].search(text, pos)
                live -= ahead[i] is None
    # one part left ("1987" and no year of the 2000s): its own scan, in C, from its
    # next match on gives the rest
    for part, m in zip(scans, ahead, strict=True):
        if m is not None:
            found.extend(part.finditer(text, m.start()))
    return found
