"""The parts of a financial metric that need no company: its name and its reporting period.

Split from :mod:`.financial_metric` (which re-exports :func:`reporting_period`).
"""

from __future__ import annotations

import bisect
import functools

from ..._spans import DateMention
from ..sentence import SPACES, slots_of
from ..template import CLOSE, LazyPattern, Template

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

    >>> metric_name("Adjusted operating income"), metric_name("net loss")
    ('operating_profit', 'net_loss')
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
        if "operating" in words:
            return "operating_profit"
        if "gross" in words:
            return "gross_profit"
        if "pre-tax" in words or "pretax" in words:
            return "pretax_profit"
        if last == "earnings" and "net" not in words:
            return "earnings"
        return "net_income"
    return None


_COMPARISON_DATE = LazyPattern(r"(?i)\b(?:earlier|ago|previous|prior|year-ago|before|since|last\s+year's)\b")


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
        if _COMPARISON_DATE.search(d.text):
            continue
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
_PERIOD_CLAUSE_BREAK = LazyPattern(r"(?i);|,\s+(?:while|whereas|but)\b|\s+while\s")


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
