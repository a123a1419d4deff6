"""The parts of a financial metric that need no company: its name and where one may stand, its
reporting period, and the constructions around its figure (a change, a range, a forecast).

Split from :mod:`.financial_metric` (which re-exports :func:`reporting_period`).
"""

from __future__ import annotations

import bisect
import functools
from decimal import Decimal

import attrs
import regex

from ..._numbers import data_rows
from ..._spans import DateMention, MoneyMention, PercentMention
from .. import lexicon as L
from ..sentence import SPACES, slot_mention, slots_of, unknown_subject
from ..template import CLOSE, Automaton, LazyPattern, Template, automaton, expand

# A clause about a prior period: figures after "compared with" belong to the year-ago line.
COMPARED = LazyPattern(r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.?|against|from)\s")
_COMPARED_WORDS = ("compared", "versus", "vs", "against", "from")  # every match holds one, casefolded

_METRIC_QUALIFIERS = LazyPattern(
    r"^(?:(?:quarterly|full-year|full year|total|core|adjusted|consolidated|group|underlying|"
    r"attributable|retail|advertising|online|service|statutory|reported|standalone|basic|diluted|organic|"
    r"comparable)\s+)+"
)


def metric_name(raw: str) -> str | None:
    """The metric a matched metric phrase names, None for none.

    >>> metric_name("Adjusted operating income"), metric_name("net loss"), metric_name("net interest income")
    ('operating_profit', 'net_loss', 'net_interest_income')
    """
    t = SPACES.sub(" ", raw.casefold().strip())
    t = _METRIC_QUALIFIERS.sub("", t)
    words = t.split()
    if not words:
        return None
    last = words[-1]
    if "recurring" in words and last in ("revenue", "revenues"):
        return "annual_recurring_revenue" if "annual" in words else "recurring_revenue"
    if words[0] == "annual" and len(words) > 1:
        words = words[1:]
    if last in ("revenue", "revenues", "turnover", "revs"):
        return "revenue"
    if last == "sales":
        return "sales"
    if last == "ebitda":
        return "ebitda"
    if last == "ebit":
        return "ebit"
    if last == "earned":
        return "net_income"
    if words[0] == "earnings" and " per share" in t:
        return "eps"  # ("Earnings per share before and after dilution amounted to SEK 0.61")
    if "before interest" in t:  # ("earnings before interest and taxes")
        return "ebitda" if "depreciation" in t else "ebit"
    if words[-2:-1] == ["before"] or "before" in words:
        return "pretax_loss" if words[0] in ("loss", "losses") else "pretax_profit"
    if "after" in words and words[0] in ("profit", "profits", "net"):
        return "net_income"
    if "operations" in words and words[0] in ("revenue", "revenues"):
        return "revenue"
    if "trading" in words and last in ("profit", "profits"):
        return "operating_profit"
    if last in ("loss", "losses", "lost"):
        return "operating_loss" if "operating" in words else "net_loss"
    if last in ("profit", "profits", "income", "earnings", "net"):
        if last == "income" and words[-2:-1] == ["interest"]:
            return "net_interest_income"  # a bank's ("net interest income"), no profit
        if "operating" in words:
            return "operating_profit"
        if last == "income" and words == ["income"] and raw.casefold().split()[0] == "total":
            return "total_income"  # (revenue and other income: no profit)
        if "gross" in words:
            return "gross_profit"
        if "pre-tax" in words or "pretax" in words:
            return "pretax_profit"
        if last == "earnings" and "net" not in words:
            return "earnings"
        return "net_income"
    return None


# --- where a metric's name may stand ----------------------------------------------------------
_METRIC_RE = LazyPattern(L.METRIC, regex.IGNORECASE)
# Every match of L.METRIC ends in one of these words: substring tests before the regex.
_METRIC_HEADS = (
    "revenue",
    "revs",
    "sales",
    "turnover",
    "income",
    "profit",
    "earn",
    "loss",
    "ebit",
    "net",
    "lost",
)
# Every match of L.METRIC opens with one of these (its modifiers' and its heads' first words, or
# their start: "pre" of "pre-tax", "full" of "full year"), in any case: the only places a match is tried.
_METRIC_OPENERS = tuple(
    "net operating pre gross quarterly annual full total core adjusted consolidated group"
    " underlying attributable after retail advertising online service trading recurring statutory"
    " reported standalone basic diluted organic comparable"
    " revenue revs sales turnover income profit earnings loss ebit earned lost".split()
)


@functools.cache
def _metric_openers() -> Automaton:
    return automaton(_METRIC_OPENERS)


def metric_starts(t: str, low: str | None = None) -> list[int] | None:
    """Where a match of ``L.METRIC`` may start in ``t``, in order: wherever one of its opening words
    stands, in any case (``low`` is ``t.casefold()``, when the caller has it); None when casefolding
    changes the length of ``t`` (its positions would not be those of ``t``).

    >>> metric_starts("Net profit rose; sales fell.")
    [0, 4, 17]
    """
    if low is None:
        low = t.casefold()
    if len(low) != len(t):
        return None
    return sorted({end - len(word) + 1 for end, word in _metric_openers().iter(low)})


def _next_match(
    pattern: regex.Pattern[str], t: str, starts: list[int] | None, pos: int
) -> regex.Match[str] | None:
    """The first match of ``pattern`` in ``t`` from ``pos``; with ``starts`` (:func:`metric_starts`,
    for a pattern that opens with ``L.METRIC``), tried only there."""
    if starts is None:
        return pattern.search(t, pos)
    for p in starts[bisect.bisect_left(starts, pos) :]:
        m = pattern.match(t, p)
        if m is not None:
            return m
    return None


COMPARISON_DATE = LazyPattern(r"(?i)\b(?:earlier|ago|previous|prior|year-ago|before|since|last\s+year's)\b")


# after a change, what it is measured from ("up 9.2% on 1H FY23", "down 9% over last year")
_MEASURED_FROM = LazyPattern(r"(?i)(?:\ue000P\d+\ue001|\b(?:up|down|higher|lower))\s+(?:on|over)\s+$")


def reporting_period(tpl: Template, near: int | None = None) -> DateMention | None:
    """The reporting period (quarter, half, year or a range) named in the sentence, nearest to ``near``
    (a figure's position: then a period in a later clause is another figure's), else the first.

    Comparison dates ("a year earlier", "year-ago", "since 2021") are not the period.
    """
    figure = near is not None
    near = near or 0
    best: tuple[int, DateMention] | None = None
    compared: bool | None = None  # whether the sentence holds a word of COMPARED
    for p, slot in slots_of(tpl, "D"):
        d = slot.mention
        # a day or a week is no period: tested first, it spares the regexes below (all tests are pure)
        if not isinstance(d, DateMention) or not (
            d.granularity in ("quarter", "half", "year") or d.kind != "point"
        ):
            continue
        if COMPARISON_DATE.search(d.text) or _MEASURED_FROM.search(tpl.template, max(0, p - 16), p):
            continue  # (and "down 9% on last year": what a change is measured from)
        close = tpl.template.find(CLOSE, p)
        if tpl.template.startswith(":", close + 1):
            continue  # "(2022: £1,722.0 million)": the prior period
        if p > near:
            if compared is None:  # (a cheap test first, once per sentence)
                low = tpl.template.casefold()
                compared = any(word in low for word in _COMPARED_WORDS)
            if compared and _found_between(COMPARED, tpl.template, near, p):
                continue  # "compared to ... for the 2018 quarter": the prior period
        if figure and p > near and _found_between(_PERIOD_CLAUSE_BREAK, tpl.template, near, p):
            continue  # "revenue rose to X, while it forecast fourth-quarter revenue of Y": another clause's period
        dist = abs(p - near) + (0 if p >= near else 15)
        if best is None or dist < best[0]:
            best = (dist, d)
    return best[1] if best else None


# a figure for a whole year, in a sentence naming no date: not the quarter the text told of before
WHOLE_YEAR = LazyPattern(r"(?i)\b(?:full|whole|entire)[ -]year\b|\bfor\s+the\s+year\b|\bannual\s+(?:revenue|sales|profit)")
_PERIOD_CLAUSE_BREAK = LazyPattern(
    r"(?i);|,\s+(?:while|whereas|but)\b|\s+while\s|,?\s+and\s+(?:it|we|they|the\s+(?:company|group))\s"
)


@functools.lru_cache(maxsize=32)
def _match_spans(pattern: LazyPattern, template: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts of all matches of ``pattern`` in ``template`` (overlapping ones included), and for
    each the least end of the matches that start there or later: one scan per template."""
    spans = [m.span() for m in pattern.finditer(template, overlapped=True)]
    least: list[int] = []
    for _, end in reversed(spans):
        least.append(min(end, least[-1]) if least else end)
    return tuple(s for s, _ in spans), tuple(reversed(least))


def _found_between(pattern: LazyPattern, template: str, start: int, end: int) -> bool:
    """``pattern.search(template, start, end) is not None``, where ``end`` is a slot (its OPEN)
    and no match of ``pattern`` holds a slot: linear per template, not per slot and figure."""
    starts, least_end = _match_spans(pattern, template)
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and least_end[i] <= end


# --- constructions around the figure ---------------------------------------------------------
# "from a year earlier", "over the prior-year period": what a change is measured from, no prior figure
SINCE_YEAR_AGO = (
    r"(?:from|over|versus|vs\.?|compared\s+(?:with|to))\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|"
    r"(?:the\s+|a\s+)?(?:same\s+|previous\s+|prior\s+|prior-year\s+|year-ago\s+|year-earlier\s+)+"
    r"(?:year|quarter|period|half|levels?)(?:\s+a\s+year\s+(?:earlier|ago))?|\ue000D\d+\ue001)"
    r"(?=,?\s+(?:to|at)\s)"  # (then the level: "from a year earlier to $3.1 billion")
)
_SINCE_YEAR_AGO_RE = LazyPattern(SINCE_YEAR_AGO, regex.IGNORECASE)
RANGE_TO = LazyPattern(expand(r"\s+to\s+{M:hi}"))
RANGE_FROM = LazyPattern(r"(?i)\brang(?:e|es|ed|ing)\s+from\b")  # ("is projected to range from $4.2 billion")


def since_year_ago(tpl: Template, between: str) -> str:
    """``between`` without what a change is measured from ("from a year earlier"); a date slot
    there ("from 2025") stays unless it names a comparison date."""

    def cut(m: regex.Match[str]) -> str:
        slot = regex.search(r"\ue000D\d+\ue001", m.group(0))
        date = slot_mention(tpl, slot.group(0), DateMention) if slot else None
        return " " if slot is None or (date is not None and COMPARISON_DATE.search(date.text)) else m.group(0)

    return _SINCE_YEAR_AGO_RE.get().sub(cut, RANGE_FROM.sub(" ", between))


# "increased $14.2 million, or 9%, to $171.3 million": the first amount is the change, the last the level
_DELTA_VERB = LazyPattern(
    rf"(?i)(?:(?P<dir>{L.RISE_VERB}|{L.FALL_VERB})\s+(?:by\s+)?|\bby\s+)"
    r"(?:about\s+|nearly\s+|some\s+|almost\s+|roughly\s+)?$"
)
_DELTA_TO_LEVEL = LazyPattern(
    expand(r"{M:delta}(?:,?\s+or\s+(?:about\s+|nearly\s+|some\s+)?{P:pct})?,?\s+to\s+(?:a\s+record\s+)?{M:level}"),
    regex.IGNORECASE,
)


_SLOT_AT = LazyPattern(r"\ue000M\d+\ue001")
_TO = LazyPattern(r"\sto\s")


@attrs.frozen
class Delta:
    """The level a change of amount reaches ("to $171.3 million", ``level``; None when the text
    names none) and the change in percent it names ("or 9%"; None when none)."""

    level: MoneyMention | None
    end: int
    change: Decimal | None


def delta(tpl: Template, before: str, amount_start: int) -> Delta | None:
    """When the amount at ``amount_start`` follows a verb of change (``before`` ends the text
    before it), the amount is a change, not a level: the level it reaches, else ``Delta(None, ...)``;
    None when the amount is a level."""
    dm = _DELTA_VERB.search(before[-60:])
    if dm is None:
        return None
    t = tpl.template
    m = _DELTA_TO_LEVEL.match(t, amount_start)
    if m is None:
        # "decreased by $3.4 million to $52.8 million", read as one range: its high end is the level
        slot = _SLOT_AT.match(t, amount_start)
        money = slot_mention(tpl, slot.group(0), MoneyMention) if slot else None
        if money is not None and money.amount_high is not None and _TO.search(money.text):
            level = attrs.evolve(money, amount=money.amount_high, amount_high=None)
            return Delta(level, slot.end() if slot else amount_start, None)
        return Delta(None, amount_start, None)
    level = slot_mention(tpl, m.group("level"), MoneyMention)
    change = None
    if m.group("pct"):
        pct = slot_mention(tpl, m.group("pct"), PercentMention)
        if pct is not None and pct.unit == "percent":
            change = pct.value
            if dm.group("dir") and regex.fullmatch(L.FALL_VERB, dm.group("dir"), regex.IGNORECASE):
                change = -abs(change)
    return Delta(level, m.end(), change)


def changed_by(t: str, amount_start: int) -> bool:
    """Whether the amount at ``amount_start`` is a change ("reduce earnings by $0.15 per share")."""
    return _DELTA_VERB.search(t, max(0, amount_start - 60), amount_start) is not None


# Others' forecasts the figure is measured against: no forecast of the company's
# ("beating analysts' estimates", "ahead of expectations", "more than expected")
_THEIR_FORECAST = LazyPattern(
    r"(?i)\b(?:beat\w*|top(?:s|ped|ping)?|miss\w*|ahead\s+of|above|below|exceed\w*|surpass\w*|short\s+of|"
    r"in\s+line\s+with|than|against|compared\s+with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:estimates?|expectations?|forecasts?|consensus|projections?|expected|forecast|anticipated|estimated|"
    r"predicted|projected)\b"
)
# a company's own guidance, besides L.FORECAST's words
_GUIDES = LazyPattern(r"(?i)\bguid(?:ed|es|ing)\b")


# a finite verb in the past between a metric and its figure: the figure's clause tells what was
_PAST_VERB = LazyPattern(
    r"(?i)\b(?:rose|fell|grew|jumped|climbed|increased|decreased|declined|dropped|slipped|surged|soared|gained|"
    r"advanced|improved|shrank|sank|eased|slumped|tumbled|plunged|edged|was|were|totall?ed|amounted|came|reached|"
    r"hit|stood|doubled|tripled|halved|swung|narrowed|widened|earned|lost)\b"
)
# where the figure's clause ends: another clause with its own subject
_CLAUSE_END = LazyPattern(
    r"(?i);|,\s+(?:and|but|while|whereas)\s|\s+and\s+(?:it|we|they|the\s+(?:company|group))\s"
)


def status_window(t: str, mstart: int, mend: int) -> tuple[int, int]:
    """The span of ``t`` whose forecast words make the figure (its metric at ``mstart``, ending at
    ``mend``) a forecast: to 30 characters after it, within its clause; from the sentence's start,
    or from the metric when a verb in the past tense tells the figure ("revenue rose 8% to $2.1
    billion, and it will open 40 stores": reported)."""
    end = min(len(t), mend + 30)
    ce = _CLAUSE_END.search(t, mend, end)
    if ce is not None:
        end = ce.start()
    return (mstart if _PAST_VERB.search(t, mstart, mend) else 0), end


def forecast_in(t: str, start: int, end: int, figure_end: int) -> bool:
    """Whether ``t[start:end]`` tells of a forecast (:data:`L.FORECAST`, "guided"), not counting
    others' forecasts the figure (ending at ``figure_end``) then beat or missed."""
    theirs = [m.span() for m in _THEIR_FORECAST.finditer(t, figure_end, end)]
    for m in L.FORECAST.finditer(t, start, end):
        if not any(s <= m.start() < e for s, e in theirs):
            return True
    return _GUIDES.search(t, start, end) is not None


@functools.cache
def _segments() -> frozenset[str]:
    return frozenset(w.casefold() for (w,) in data_rows("metric_segments.txt"))


_SEGMENT_OPENING = LazyPattern(r"^[\s\"“•*·–-]*(?P<w>\p{Lu}[\p{L}-]*)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?" + L.METRIC)


def segment_opening(template: str) -> bool:
    """Whether the sentence opens with a metric of a line of business ("Subscription revenue grew"):
    its capitalized first word names no company."""
    m = _SEGMENT_OPENING.match(template, 0, min(len(template), 120))
    return m is not None and m.group("w").casefold() in _segments()


# a fronted period or phrase before the sentence's subject: "For fiscal 2025, X expects"
FRONTED = LazyPattern(r"[ \t\"“]*(?:For|In|During|Over)[ \t][^,\n]{1,40},[ \t]+\p{Lu}")


def may_open_with_reporter(tpl: Template) -> bool:
    """Whether a name no extractor knew may be the company reporting the sentence's figures: an
    unknown name opens it ("Hexatron's operating profit fell"; not a line of business, "Subscription
    revenue grew") or follows a fronted phrase ("For fiscal 2025, Tessel Cloud now expects")."""
    t = tpl.template
    return (unknown_subject(tpl) and not segment_opening(t)) or FRONTED.match(t) is not None
