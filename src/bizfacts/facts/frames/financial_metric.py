"""Financial metrics: revenue, profit, loss, earnings per share ... of a company for a period.

Slot-driven rather than rule-driven: each money mention near a metric word ("revenue rose
to $2 billion", "$2 billion in sales", "Shr 50 cts") is a candidate, given to the company
the sentence is about.  Every fact's ``rule`` is "metric near amount".
"""

from __future__ import annotations

import bisect
import functools
from decimal import Decimal
from typing import Any

import attrs
import regex

from ..._fact_types import (
    AnyFact,
    FinancialMetricFact,
)
from ..._spans import DateMention, MoneyMention, PercentMention
from .. import lexicon as L
from ..sentence import (
    C_SLOT,
    P_SLOT,
    SPACES,
    Sentence,
    company_name,
    sentence_subject,
    slot_mention,
    slots_of,
    unknown_name,
    unknown_subject,
    usable,
    uses_anaphor,
)
from ..template import CLOSE, OPEN, Automaton, LazyPattern, Template, automaton, expand

TYPE = "financial_metric"

# Sentences about an economy, not a company: no fallback to the company the text is about.
_MACRO = LazyPattern(
    r"(?i)\b(?:retail\s+sales|exports?|imports?|gdp|gross\s+(?:domestic|national)|economy|economic|"
    r"trade\s+(?:deficit|surplus|balance)|budget|inflation|money\s+supply|industry|industries|sector|"
    r"nation(?:al|wide)?|country|government|ministry|central\s+bank)\b"
)


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
_CHANGE = LazyPattern(
    expand(
        rf"(?P<dir>{L.RISE_VERB}|{L.FALL_VERB})\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+|almost\s+|roughly\s+)?"
        r"{P:change}"
    ),
    regex.IGNORECASE,
)
_CHANGE_ADV = LazyPattern(
    expand(r"\b(?P<dir>up|down|higher|lower)\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?{P:change}"),
    regex.IGNORECASE,
)
_CHANGE_THAN = LazyPattern(
    expand(r"{P:change}\s+(?P<dir>more|higher|less|lower|fewer|above|below|over|under)(?:\s+than)?\b"),
    regex.IGNORECASE,
)
_MULTIPLE = LazyPattern(r"(?i)\b(?:more\s+than\s+)?(?:doubled|tripled|trebled|quadrupled|halved)\b")
_MULTIPLES = {
    "doubled": Decimal(100),
    "tripled": Decimal(200),
    "trebled": Decimal(200),
    "quadrupled": Decimal(300),
    "halved": Decimal(-50),
}
_CHANGE_NOUN = LazyPattern(
    # ("an 8% increase", "an increase of 8%")
    expand(
        r"{P:change}\s+(?P<dir>rise|increase|gain|jump|growth|decline|drop|fall|decrease)"
        r"|\b(?P<dir>rise|increase|gain|jump|growth|decline|drop|fall|decrease)\s+of\s+(?:about\s+|nearly\s+)?{P:change}"
    ),
    regex.IGNORECASE,
)
_FALL = LazyPattern(L.FALL_VERB + r"|decline|drop|fall|decrease", regex.IGNORECASE)
_METRIC_THEN_MONEY = LazyPattern(
    expand(
        L.METRIC
        # ("Sales at Quorum Foods rose 5% to $2.1 billion": the company right after the metric)
        + r"(?:\s+(?:at|for)\s+{C:atc})?"
        + r"(?P<between>(?:\s+(?:(?!from\b|vs\b|versus\b|compared\b)[^\s\ue000\ue001]+|\ue000[DP]\d+\ue001)){0,10}?\s+)"
        r"(?:{P}\s+(?:to|at)\s+)?"
        r"(?:(?:about|around|approximately|nearly|roughly|some|over|more\s+than|almost|just\s+over|"
        r"just\s+under|up\s+to|an?\s+(?:record|estimated))\s+)?{M:amount}"
    ),
    regex.IGNORECASE,
)
_MONEY_THEN_METRIC = LazyPattern(
    expand(r"{M:amount}\s+(?:in|of)\s+(?P<between>(?:[^\s\ue000\ue001]+\s+){0,6}?)" + L.METRIC),
    regex.IGNORECASE,
)
_FOR_COMPANY = LazyPattern(
    # (not across a comma: "$612 million, while sales at Y fell" are Y's sales)
    expand(r"\s*(?:[^\s\ue000\ue001,;]+\s+){0,4}?(?:for|at|of)\s+{C:c}"), regex.IGNORECASE
)
_POSSESSIVE_BEFORE = LazyPattern(
    expand(r"{C:c}(?:'s?|’s?)\s+(?:[^\s\ue000\ue001]+\s+){0,3}$"), regex.IGNORECASE
)
_BAD_BETWEEN = LazyPattern(
    r"(?i)\b(?:from|compared|versus|vs|against|previous|prior|year-ago|year\s+earlier|a\s+year\s+ago|"
    r"share|shares|per|cents?|cts|dividend|dividends|price|debt|loan|loans|charge|charges|tax|taxes|"
    r"investment|acquisition|cost|costs|spending|capex|cash|assets|buyback|fine|penalty|bonus|salary|milestones?|royalt(?:y|ies)|payments?|"
    r"analysts?|consensus|estimates?|return|proceeds|sale|writedown|write-down|provision|provisions|"
    r"excludes?|excluding|includes?|included|extraordinary)\b"
)
# What follows an amount that makes it no metric value ("a 900,000 dlr net writedown").
_BAD_AFTER = LazyPattern(
    r"(?i)\s*(?:net\s+|pretax\s+|pre-tax\s+|after-tax\s+|one-time\s+|special\s+|extraordinary\s+)?"
    r"(?:writedowns?|write-downs?|write-offs?|charges?|gains?|provisions?|dividends?|payments?|investments?|"
    r"debts?|loans?|credits?|reserves?|settlements?|fines?|return\s+of\s+capital|in\s+cash|in\s+debt|"
    r"tax\s+(?:benefit|credit|loss)|from\s+the\s+sale|on\s+the\s+sale)\b"
)
_NOT_METRIC_AFTER = LazyPattern(
    r"(?i)\s+(?:bonds?|notes?|stamps?|sharing|share|bills?|certificates?|agreement|borrowings?|debt|assets?|cash|worth|"
    r"interest|proceeds|inflows?|outflows?|capital|liabilities|exposure|lending|loans?|charge-offs?|asset\s+value)\b"
)
# A loss or gain of one kind is not the period's result ("an extraordinary loss of 1,028,000 dlrs",
# "loan losses", "interest income", "other income").
_NOT_METRIC_BEFORE = LazyPattern(
    r"(?i)\b(?:extraordinary|one-time|one-off|special|non-recurring|nonrecurring|tax|currency|translation|exchange|"
    r"investment|writedown|write-down|interest|loan|credit|other)\s+$"
)
# Analysts' numbers are not the company's figures or guidance.
_ANALYSTS = LazyPattern(
    r"(?i)\b(?:analysts?|consensus|wall\s+street|estimates?\s+(?:of|for)|polled|survey|"
    r"(?:is|are)\s+expected\s+to\s+(?:report|post|announce|record))\b"
)
# A clause about a prior period: figures after "compared with" belong to the year-ago line.
_COMPARED = LazyPattern(r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.?|against|from)\s")
_COMPARED_WORDS = ("compared", "versus", "vs", "against", "from")  # every match holds one, casefolded


_EPS = LazyPattern(
    expand(
        r"(?:\b(?:earned|earnings|eps|lost|loss|profit|income|net)\b(?:\s+(?:[^\s\ue000\ue001]+|\ue000[DP]\d+\ue001)){0,6}?\s+"
        r"(?:of\s+)?(?:about\s+|nearly\s+)?|,\s+or\s+(?:a\s+loss\s+of\s+)?){M:amount}"
    ),
    regex.IGNORECASE,
)
# an item of the results, not the results, before "X dlrs, or Y cts a share"
_ITEM_BEFORE = LazyPattern(
    r"(?i)\b(?:gains?|charges?|write-?downs?|write-?offs?|provisions?|reduced|impact|excludes?|includes?)\b"
    r"[^,;]{0,40}$"
)
_SHR_AMOUNT = LazyPattern(expand(r"\s+(?:(?P<loss>loss)\s+|profit\s+)?{M:amount}"), regex.IGNORECASE)
_PER_SHARE_METRIC = LazyPattern(r"(?i)\b(?:per\s+share|eps|per\s+ads|per\s+adr)\b")
_PRIOR = LazyPattern(r"(?i)\b(?:vs\.?|versus|against|compared\s+with|from|year-ago|a\s+year\s+earlier)\s*$")
# (after a dateline: "MINNEAPOLIS, March 27 - Shr loss eight cts vs loss eight cts")
_SHR_LINE = LazyPattern(
    r"(?i)^\s*(?:[A-Z][\w.' ]{1,30},[^-\n]{1,30}?\s[-–]\s+)?"
    r"(?:shr|eps|per\s+share|(?:oper|net|primary|fully\s+diluted)\s+shr)\b"
)
_NOT_EPS = LazyPattern(
    r"(?i)\b(?:dividend|payout|price|priced|offer|offered|bid|tender|paid|pay|pays|closed\s+at|"
    r"shares\s+(?:rose|fell|closed|traded)|trading\s+at|valued|estimate|expected|consensus|analysts?|"
    r"acquire|acquisition|buy|purchase|deal|merger|takeover|in\s+cash)\b"
)


_METRIC_QUALIFIERS = LazyPattern(
    r"^(?:(?:quarterly|full-year|full year|total|core|adjusted|consolidated|group|underlying|"
    r"attributable|retail|advertising|online|service|statutory|reported|standalone|basic|diluted|organic|"
    r"comparable)\s+)+"
)
_LOSS_WORD = LazyPattern(r"(?i)\blos[st]|\bnet\s+loss")


def _metric_name(raw: str) -> str | None:
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
    compared: bool | None = None  # whether the sentence holds a word of _COMPARED
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
            if compared and _found_between(_COMPARED, tpl.template, near, p):
                continue  # "compared to ... for the 2018 quarter": the prior period
        if figure and p > near and _found_between(_PERIOD_CLAUSE_BREAK, tpl.template, near, p):
            continue  # "revenue rose to X, while it forecast fourth-quarter revenue of Y": another clause's period
        dist = abs(p - near) + (0 if p >= near else 15)
        if best is None or dist < best[0]:
            best = (dist, d)
    return best[1] if best else None


# a figure for a whole year, in a sentence naming no date: not the quarter the text told of before
_WHOLE_YEAR = LazyPattern(r"(?i)\b(?:full|whole|entire)[ -]year\b|\bfor\s+the\s+year\b|\bannual\s+(?:revenue|sales|profit)")
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


_ITS_BEFORE = LazyPattern(r"(?i)\b(?:its|their)\s+(?:\w+\s+)?$")
_VERB_AFTER_SUBJECT = LazyPattern(
    expand(
        r"{C:c}(?:'s|’s)?\s+(?:[^\s\ue000\ue001]+\s+){0,3}?(?:had|has|have|reported|reports|posted|posts|recorded|"
        r"records|made|makes|earned|earns|lost|loses|expects|expected|sees|forecast|forecasts|generated|booked|"
        r"said|saw|turned|swung|narrowed|widened)\b"
    ),
    regex.IGNORECASE,
)
_RELATIVE_BEFORE = LazyPattern(
    expand(
        r"{C:c}(?:\s*<[^>\n]{1,12}>)?,\s+(?:which|that|whose)\s+(?:[^,;\ue000\ue001]|\ue000D\d+\ue001){0,60}$"
    ),
    regex.IGNORECASE,
)
_INDIRECT = LazyPattern(
    expand(
        r"(?:bring|brings|give|gives|earn|earns|generate|generates|deliver|delivers)\s+{C:c}\s+(?:[^\s\ue000\ue001]+\s+){0,2}$"
    ),
    regex.IGNORECASE,
)


# a capitalized name opening the sentence, then its figures' possessive or a reporting verb
_REPORTING_NAME = LazyPattern(
    r"^[ \t\"“]*(?P<name>\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,3}?)"
    r"(?:['’]s[ \t]+(?:[\w-]+[ \t]+){0,2}?(?=(?i:revenue|revenues|sales|net|profit|profits|earnings|income|"
    r"operating|loss|ebitda|turnover))"
    # (a headline's present tense: "Quanta Cloud posts record Q3 revenue of $1.2 bln")
    r"|[ \t]+(?:reported|posted|recorded|booked|swung|returned|reports|posts|records|books|swings)\b)"
)


def _reporting_name(template: str) -> str | None:
    """The unknown name a sentence opens with as the company reporting its figures ("Hexatron's
    operating profit fell", "Ardent Mobility posted a loss"); None for a place or a person's name."""
    m = _REPORTING_NAME.match(template, 0, min(len(template), 200))
    return unknown_name(m.group("name")) if m is not None else None


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


def metric_facts(
    ctx: Sentence, ents_subject: str | None, last_period: DateMention | None = None, topic: str | None = None
) -> list[AnyFact]:
    """The sentence's figures: each money slot near a metric word, given to the company the sentence
    is about (else ``ents_subject``, the last sentence's subject, or ``topic``), for the period it
    names (else ``last_period``)."""
    tpl = ctx.tpl
    t = tpl.template
    if OPEN + "M" not in t:
        return []
    low = t.casefold()
    shr = _SHR_LINE.match(t)
    shr_line = shr is not None
    first = 0  # where the first metric word is: no metric-then-money match starts before it
    starts: list[int] | None = None
    if not shr_line:
        if not any(map(low.__contains__, _METRIC_HEADS)):
            return []
        starts = metric_starts(t, low)
        fm = _next_match(_METRIC_RE.get(), t, starts, 0)
        if fm is None:
            return []
        # _METRIC_THEN_MONEY opens with L.METRIC (same flags), so its first match cannot start
        # before the first L.METRIC match; lookbehinds and \b still see the text before ``pos``.
        first = fm.start()
    found: list[tuple[int, str, MoneyMention, int, int]] = []
    used: set[int] = set()
    named_at: dict[int, str] = {}  # money -> the company slot right after its metric ("sales at X")
    if shr is not None:
        # a table's per-share line: "Shr 50 cts vs 40 cts", "Shr loss 14 cts vs profit nine cts"
        sm = _SHR_AMOUNT.match(t, shr.end())
        money = slot_mention(tpl, sm.group("amount"), MoneyMention) if sm else None
        if sm and money is not None:
            used.add(id(money))
            found.append(
                (sm.start("amount"), "eps_loss" if sm.group("loss") else "eps", money, shr.start(), sm.end())
            )
    if starts is None:
        starts = metric_starts(t, low)
    for pat in (_METRIC_THEN_MONEY, _MONEY_THEN_METRIC):
        pos = first if pat is _METRIC_THEN_MONEY else 0
        while (m := _next_match(pat.get(), t, starts if pat is _METRIC_THEN_MONEY else None, pos)) is not None:
            pos = m.end()
            if _BAD_BETWEEN.search(m.group("between")) or _PRIOR.search(
                t[max(0, m.start() - 14) : m.start()]
            ):
                continue
            money = slot_mention(tpl, m.group("amount"), MoneyMention)
            if money is None or money.per is not None or id(money) in used:
                continue
            metric = _metric_name(m.group("metric"))
            if metric is None:
                continue
            amount_end = m.end("amount")
            if pat is _METRIC_THEN_MONEY and _BAD_AFTER.match(t, amount_end):
                continue
            if pat is _MONEY_THEN_METRIC and m.group("metric").casefold() in ("income", "earnings", "net"):
                continue
            if _NOT_METRIC_AFTER.match(t, m.end("metric")):
                continue  # "revenue bonds", "profit sharing", "net borrowings"
            if _NOT_METRIC_BEFORE.search(t, max(0, m.start("metric") - 20), m.start("metric")):
                # "its loan loss allowance, causing a net loss of M": the next metric word may own M
                pos = m.end("metric")
                continue
            if _ANALYSTS.search(t, 0, m.start()):
                continue
            cmp_ = _COMPARED.search(t, 0, m.start())
            if cmp_ is not None and any(f[1] == metric and f[0] < cmp_.start() for f in found):
                continue  # the same metric again after "compared with": the prior period's figure
            if shr_line:
                metric = "eps_loss" if metric in ("net_loss", "operating_loss") else "eps"
            used.add(id(money))
            if pat is _METRIC_THEN_MONEY and m.group("atc"):
                named_at[id(money)] = m.group("atc")
            found.append((m.start(), metric, money, m.start("metric"), m.end()))
    for m in _EPS.finditer(t):
        money = slot_mention(tpl, m.group("amount"), MoneyMention)
        if money is None or id(money) in used:
            continue
        if money.per != "share" and not _PER_SHARE_METRIC.search(m.group(0)):
            continue  # "earnings per share of 38.2p" names the unit before the amount
        if m.group(0).startswith(",") and _ITEM_BEFORE.search(t, max(0, m.start() - 48), m.start()):
            continue  # "gains of 16 mln dlrs, or five cts a share": a figure per share of no metric
        if (
            _NOT_EPS.search(t, max(0, m.start() - 60), m.start("amount"))
            or _PRIOR.search(t[max(0, m.start() - 14) : m.start()])
            or _ANALYSTS.search(t, 0, m.start())
        ):
            continue
        used.add(id(money))
        loss = bool(_LOSS_WORD.search(m.group(0)))
        found.append((m.start("amount"), "eps_loss" if loss else "eps", money, m.start(), m.end()))
    out: list[AnyFact] = []
    # _FOR_COMPANY, _POSSESSIVE_BEFORE, _INDIRECT and _VERB_AFTER_SUBJECT each need a company
    # slot, the _CHANGE patterns a percent slot: without one they cannot match
    has_company = C_SLOT in t
    unknown: bool | None = None  # whether an unknown name opens the sentence (:func:`unknown_subject`)
    has_percent = P_SLOT in t
    for start, metric, money, mstart, mend in sorted(found, key=lambda f: f[0]):
        company = None
        penalty = False
        fm = _FOR_COMPANY.match(t, mend) if has_company and id(money) not in named_at else None
        if id(money) in named_at:
            company = company_name(tpl, named_at[id(money)])
        elif fm:
            company = company_name(tpl, fm.group("c"))
        # "Y, which had 1986 sales of 61 mln dlrs, will ...": the clause tells of Y, in its own tense
        rel = _RELATIVE_BEFORE.search(t, 0, start) if has_company and company is None else None
        if rel is not None:
            company = company_name(tpl, rel.group("c"))
            penalty = uses_anaphor(tpl, rel.group("c"))
        if company is None and has_company:
            pm = _POSSESSIVE_BEFORE.search(t[:mstart]) or _INDIRECT.search(t[:start])
            if pm:
                company = company_name(tpl, pm.group("c"))
        if company is None and has_company:
            # the nearest company that is the subject of a reporting verb before the figure
            subj = [vm for vm in _VERB_AFTER_SUBJECT.finditer(t, 0, mstart)]
            if subj:
                company = company_name(tpl, subj[-1].group("c"))
        if company is None:
            before = [
                s
                for p, s in slots_of(tpl, "C")
                if p < start and s.name and (s.mention is None or usable(s.mention))
            ]
            if before:
                company = before[0].name
                penalty = before[0].anaphor
        if company is None and unknown is None:
            unknown = unknown_subject(tpl)  # (once per sentence)
        if company is None and unknown and not has_company:
            # "Ardent Mobility reported a net loss of ...", "Hexatron's operating profit fell ...": a
            # name no extractor knew opens the sentence as the reporting company
            company = _reporting_name(t)
            penalty = True
        if company is None and not unknown and not _MACRO.search(t):
            if _ITS_BEFORE.search(t, max(0, mstart - 12), mstart) and ents_subject and not slots_of(tpl, "C"):
                company = (
                    ents_subject  # "Kirishima Seiki makes ceramics. ... its net sales were": the last subject
                )
            else:
                company = sentence_subject(tpl) or topic or ents_subject
            penalty = True
        if company is None:
            continue
        change = None
        cm = (
            (
                _CHANGE.search(t, mstart, mend + 40)
                or _CHANGE_NOUN.search(t, max(0, mstart - 40), mend + 40)
                or _CHANGE_ADV.search(t, mstart, mend + 30)
                or _CHANGE_THAN.search(t, mend, mend + 40)
            )
            if has_percent
            else None
        )
        mult = _MULTIPLE.search(t, mstart, mend)
        if cm is None and mult is not None:
            change = _MULTIPLES[mult.group(0).casefold()]
        if cm:
            pct = slot_mention(tpl, cm.group("change"), PercentMention)
            if pct is not None and pct.unit == "percent":
                falling = _FALL.fullmatch(cm.group("dir")) or cm.group("dir").casefold() in (
                    "down",
                    "lower",
                    "less",
                    "below",
                    "fewer",
                    "under",
                )
                change = -pct.value if falling else pct.value
                if pct.direction == "down" and change > 0:
                    change = -change
        if rel is not None and company is not None:
            comma = t.find(",", mend, mend + 30)
            status = (
                "forecast"
                if L.FORECAST.search(t, rel.start(), comma if comma >= 0 else mend + 30)
                else "reported"
            )
        else:
            status = "forecast" if L.FORECAST.search(t[: mend + 30]) else "reported"
        period = reporting_period(tpl, mstart)
        if period is None and not (
            last_period is not None and last_period.granularity in ("quarter", "half") and _WHOLE_YEAR.search(t)
        ):
            period = last_period  # (not a quarter told before for "the full year")
        amount = money
        if metric == "eps_loss":
            amount = attrs.evolve(money, amount=-abs(money.amount))
            metric = "eps"
        if metric in ("net_loss", "operating_loss"):
            amount = attrs.evolve(
                money,
                amount=-abs(money.amount),
                amount_high=-abs(money.amount_high) if money.amount_high is not None else None,
            )
            metric = "net_income" if metric == "net_loss" else "operating_profit"
        out.append(
            FinancialMetricFact(
                evidence=ctx.evidence,
                company=company,
                metric=metric,
                amount=amount,
                period=period,
                status=status,  # type: ignore[arg-type]
                change=change,
                confidence=0.75 if not penalty else 0.6,
                rule="metric near amount",
            )
        )
    return out


def key(f: FinancialMetricFact) -> tuple[Any, ...]:
    """The same company's same metric at the same amount."""
    return (f.type, f.company, f.metric, f.amount.amount)
