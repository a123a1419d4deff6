"""Financial metrics: revenue, profit, loss, earnings per share ... of a company for a period.

Slot-driven rather than rule-driven: each money mention near a metric word ("revenue rose
to $2 billion", "$2 billion in sales", "Shr 50 cts") is a candidate, given to the company
the sentence is about.  Every fact's ``rule`` is "metric near amount".
"""

from __future__ import annotations

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
    Sentence,
    company_name,
    may_contain,
    sentence_subject,
    slot_mention,
    slots_of,
    unknown_subject,
    usable,
    uses_anaphor,
)
from ..template import OPEN, LazyPattern, expand
from ._metric_company import (
    _FOR_COMPANY,
    _INDIRECT,
    _ITS_BEFORE,
    _MACRO,
    _POSSESSIVE_BEFORE,
    _RELATIVE_BEFORE,
    _SEGMENT_AFTER_METRIC,
    _VERB_AFTER_SUBJECT,
    _reporting_name,
    outside_relative,
)
from ._metric_parts import (
    _METRIC_HEADS,
    _METRIC_RE,
    COMPARED,
    FRONTED,
    RANGE_FROM,
    RANGE_TO,
    SINCE_YEAR_AGO,
    WHOLE_YEAR,
    _next_match,
    changed_by,
    delta,
    forecast_in,
    may_open_with_reporter,
    metric_name,
    metric_starts,
    segment_opening,
    since_year_ago,
    status_window,
)
from ._metric_parts import reporting_period as reporting_period  # (the assembler reads it here)

TYPE = "financial_metric"

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
        r"{P:change}\s+(?:year-(?:on|over)-year\s+|yoy\s+|annual\s+|sequential\s+)?"
        r"(?P<dir>rise|increase|gain|jump|growth|decline|drop|fall|decrease)"
        r"|\b(?P<dir>rise|increase|gain|jump|growth|decline|drop|fall|decrease)\s+of\s+(?:about\s+|nearly\s+)?{P:change}"
    ),
    regex.IGNORECASE,
)
_APPOSITIVE_CHANGE = LazyPattern(
    expand(
        r",\s+(?:an?\s+)?(?P<dir>rise|increase|gain|jump|growth|decline|drop|fall|decrease)\s+of\s+"
        r"(?:{M},?\s+or\s+)?(?:about\s+|nearly\s+)?{P:change}"
        r"(?=\s*[.;]|\s*$|,?\s+(?:year|from|over|on|compared|versus)\b)"
    ),
    regex.IGNORECASE,
)
# a signed change right after the figure, with its comparison: "$84.2M (+31% YoY)", "$9.1 million,
# -4% year over year" (the percent's own sign tells the direction)
_SIGNED_CHANGE = LazyPattern(
    expand(
        r"(?:\s*\(\s*|,\s+)(?P<dir>){P:change}"
        r"\s*(?:yoy|y/y|y-o-y|year[- ](?:over|on)[- ]year|vs\.?\s+(?:prior|last)\s+year)\b"
    ),
    regex.IGNORECASE,
)
_FALL = LazyPattern(L.FALL_VERB + r"|decline|drop|fall|decrease", regex.IGNORECASE)
# another clause with its own metric between a metric and an amount ("comparable sales rose 3%
# and revenue hit $8.9 billion": the amount is the revenue)
_OWN_METRIC_CLAUSE = LazyPattern(
    # (the first clause told its figure: a change verb or a percent before the conjunction; or a
    # forecast verb names the metric its amount is: "cut its profit outlook, saying it now expects
    # operating profit of about $600 million")
    rf"(?i)(?:(?:{L.RISE_VERB}|{L.FALL_VERB}|\ue000P\d+\ue001)[^;,\ue000]{{0,30}}?"
    r"(?:,\s+(?:and|while|but|whereas)|;|\band\b|\bwhile\b|\bbut\b|\bwhereas\b)"
    r"|\b(?:expects?|sees|forecasts?|projects?)"
    # ("an increase in net interest income contributed to a 16 pct rise in quarterly earnings to M")
    r"|\b(?:rise|increase|gain|jump|drop|decline|fall|growth)\s+in)\s+(?P<phrase>(?:its\s+|the\s+|an?\s+)?(?:[\w-]+\s+|\ue000D\d+\ue001\s+){0,2}?)"
    r"(?P<inner>revenues?|sales|turnover|profits?|earnings|income|loss(?:es)?|ebitda)\b"
)
_METRIC_THEN_MONEY = LazyPattern(
    expand(
        L.METRIC
        # ("Sales at Quorum Foods rose 5% to $2.1 billion": the company right after the metric;
        # "Net income attributable to the Company was $52.3 million": its owners' share, the company's)
        # ("Revenue from operations of X for the quarter stood at M": an Indian release's revenue)
        + r"(?:\s+(?:at|for|attributable\s+to(?:\s+the)?|from\s+operations\s+of)\s+{C:atc})?:?"
        # ("Total revenue, net of interest expense, increased 7.6% to $1.84 billion")
        + r"(?:,\s+net\s+of\s+[^,;\ue000\ue001]{1,40},)?"
        + r"(?P<between>(?:\s+(?:"
        + SINCE_YEAR_AGO
        + r"|rang(?:e|es|ed|ing)\s+from|(?!from\b|vs\b|versus\b|compared\b)[^\s\ue000\ue001]+|\ue000[DP]\d+\ue001)){0,10}?\s+)"
        r"(?:{P}\s+(?:to|at)\s+)?"
        r"(?:(?:about|around|approximately|nearly|roughly|some|over|more\s+than|almost|just\s+over|"
        r"just\s+under|up\s+to|an?\s+(?:record|estimated))\s+)?{M:amount}"
    ),
    regex.IGNORECASE,
)
# a revised forecast's line: "Net sales: previous forecast 412,000 million yen; revised forecast 436,000 million yen"
_REVISED = LazyPattern(
    expand(
        L.METRIC + r"(?P<between>)(?:\s+attributable\s+to(?:\s+[\w-]+){1,5}?)?:?\s+(?:previous|prior|initial|old)\s+(?:forecast|guidance|estimate|outlook)\s+"
        r"(?:of\s+)?{M}\s*[;,]\s+(?:and\s+)?(?:revised|new|updated|latest)\s+(?:forecast|guidance|estimate|outlook)\s+"
        r"(?:of\s+)?{M:amount}"
    ),
    regex.IGNORECASE,
)
_MONEY_THEN_METRIC = LazyPattern(
    expand(r"{M:amount}\s+(?:in|of)\s+(?P<between>(?:[^\s\ue000\ue001]+\s+){0,6}?)" + L.METRIC),
    regex.IGNORECASE,
)
_PATTERNS = (_METRIC_THEN_MONEY, _MONEY_THEN_METRIC)
_BAD_BETWEEN = LazyPattern(
    r"(?i)\b(?:from|compared|versus|vs|against|previous|prior|year-ago|year\s+earlier|a\s+year\s+ago|"
    r"share|shares|per|cents?|cts|dividend|dividends|price|debt|loan|loans|charge|charges|tax|taxes|"
    r"investment|acquisition|cost|costs|spending|capex|cash|assets|buyback|fine|penalty|bonus|salary|milestones?|royalt(?:y|ies)|payments?|"
    r"analysts?|consensus|estimates?|return|proceeds|sale|writedown|write-down|provision|provisions|"
    r"excludes?|excluding|includes?|included|reflects?|reflected|reflecting|extraordinary|"
    # ("Turnover of the target: Rs. 186.4 crore": the deal's target's figure, not the teller's)
    r"of\s+the\s+(?:target|acquiree))\b"
)
# What follows an amount that makes it no metric value ("a 900,000 dlr net writedown").
_BAD_AFTER = LazyPattern(
    r"(?i)\s*(?:net\s+|pretax\s+|pre-tax\s+|after-tax\s+|one-time\s+|special\s+|extraordinary\s+)?"
    r"(?:writedowns?|write-downs?|write-offs?|charges?|gains?|provisions?|dividends?|payments?|investments?|"
    r"debts?|loans?|credits?|reserves?|settlements?|fines?|return\s+of\s+capital|in\s+cash|in\s+debt|"
    r"tax\s+(?:benefit|credit|loss)|from\s+the\s+sale|on\s+the\s+sale)\b"
)
# the prior period's figure, after the amount in the sentence's text: "reversing a net loss of 87
# million reais a year earlier", "compared with a profit of 211,074 dlrs a year before"
_PRIOR_AFTER = LazyPattern(r"(?i)[ \t]+(?:a|one|the)[ \t]+(?:year|quarter)[ \t]+(?:earlier|ago|before|previously)\b")
# a sentence telling what a figure includes: "Net includes a pretax loss of ...", "NOTE: Results
# reflect a gain of ..." (its amounts are items, not the period's figures)
_NOTE_VERBS = ("includ", "reflect", "exclud")
_ITEMS_NOTE = LazyPattern(
    r"(?i)^[ \t\"“]*(?:note:?[ \t]*)?(?:\ue000C\d+\ue001[ \t]+(?:said|says)[ \t]+(?:that[ \t]+)?)?"
    r"(?:(?:[\w-]+|\ue000D\d+\ue001)[ \t]+){0,3}?"
    r"(?:net|income|earnings|results?|profits?|loss(?:es)?)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:includes?|included|reflects?|reflected|excludes?|excluded)\b"
)
# a threshold, not a figure: "customers with revenue of $100,000 or more"
_THRESHOLD_AFTER = LazyPattern(r"(?i)[ \t]+(?:or|and)[ \t]+(?:more|greater|higher|above|over|up)\b")
_WITH_BEFORE = LazyPattern(r"(?i)\bwith[ \t]+(?:[\w-]+[ \t]+){0,3}\Z")
# no company's figure: "a firm with revenue of $2 million that is sold for ...", "any bank with assets of"
_GENERIC_HOLDER = LazyPattern(
    # (not an apposition's or a copula's: "X, a company with revenue of M", "X is a firm with sales of M")
    r"(?i)(?<!,[ \t])(?<!\bis[ \t])(?<!\bwas[ \t])(?<!\bbe[ \t])(?<!\bas[ \t])"
    r"\b(?:a|an|any|every|each)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:firm|company|business|group|start-?up|retailer|bank|lender|maker)[ \t]+with[ \t]+(?:[\w-]+[ \t]+){0,2}"
    r"(?:revenues?|sales|turnover|profits?|earnings|income|assets)\b"
)
# a wire's "net of 7.3 mln dlrs" (its net income), not "net of interest expense"
_NET_OF_AMOUNT = LazyPattern(
    r"(?i)\s+of\s+(?:(?:about|around|approximately|nearly|roughly|some|over|more\s+than|almost)\s+)?\ue000M"
)
_NOT_METRIC_AFTER = LazyPattern(
    r"(?i)\s+(?:bonds?|notes?|stamps?|sharing|share|bills?|certificates?|agreement|borrowings?|debt|assets?|cash|worth|"
    r"interest|proceeds|inflows?|outflows?|capital|liabilities|exposure|lending|loans?|charge-offs?|asset\s+value|"
    r"synerg(?:y|ies)|opportunit(?:y|ies)|backlog|pipeline|multiples?)\b"
)
# a market's or an industry's figure, not the company's ("the cloud market, whose revenue is expected to reach")
_OTHER_OWNER = LazyPattern(
    r"(?i)\b(?:markets?|industry|industries|sector|economy|country|region)\s*,?\s+whose\b"
    r"[^,;\ue000]{0,40}$"
    # ("X and Y have combined sales of", "creating a company with annual sales of": the two together,
    # or the company a deal makes)
    r"|\b(?:combined|(?:creat|form)(?:e|es|ed|ing)?\s+(?:a|an)\s+[^,;\ue000.]{0,30}?\bwith)\b"
    r"[^,;\ue000]{0,30}$"
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


_EPS = LazyPattern(
    expand(
        # ("Earnings per share before and after dilution amounted to SEK 0.61": a Nordic report's phrase
        # read as one word)
        r"(?:\b(?:earned|earnings|eps|lost|loss|profit|income|net)\b"
        r"(?:\s+(?:before\s+and\s+after\s+dilution|[^\s\ue000\ue001]+|\ue000[DP]\d+\ue001)){0,6}?\s+"
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
_PRIOR = LazyPattern(
    r"(?i)\b(?:vs\.?|versus|against|compared\s+with|from|year-ago|year-earlier|year-before|prior-year|"
    r"a\s+year\s+earlier"
    # ("the present value of estimated future net revenues": reserves' worth, no figure of a period)
    r"|future)\s*$"
)
# (after a dateline: "MINNEAPOLIS, March 27 - Shr loss eight cts vs loss eight cts")
_SHR_LINE = LazyPattern(
    # ("OTTAWA, Oct 2- Shr profit seven cts": a dateline's dash with no space before it)
    r"(?i)^\s*(?:[A-Z][\w.' ]{1,30},[^-\n]{1,30}?\s?[-–]\s+)?"
    r"(?:shr|eps|per\s+share|(?:oper|net|primary|fully\s+diluted)\s+shr)\b"
)
_SHR_WORDS = ("shr", "eps", "per")  # (every _SHR_LINE match holds one)
_NOT_EPS = LazyPattern(
    r"(?i)\b(?:dividend|payout|price|priced|offer|offered|bid|tender|paid|pay|pays|closed\s+at|"
    r"shares\s+(?:rose|fell|closed|traded)|trading\s+at|valued|estimate|expected|consensus|analysts?|"
    r"acquire|acquisition|buy|purchase|deal|merger|takeover|in\s+cash)\b"
)



_LOSS_WORD = LazyPattern(r"(?i)\blos[st]|\bnet\s+loss")


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
    shr = _SHR_LINE.match(t) if may_contain(low, t, _SHR_WORDS) else None
    shr_line = shr is not None
    first = 0  # where the first metric word is: no metric-then-money match starts before it
    starts: list[int] | None = None
    # ("EPS of $1.42" names no other metric word)
    eps = "eps" in low
    if not shr_line and not eps and not any(map(low.__contains__, _METRIC_HEADS)):
        return []
    # no company named, none before, none the text is about: only a name no extractor knew
    # opening the sentence may take its figures (the same name for all of them)
    if (topic is None and ents_subject is None and C_SLOT not in t) and (
        not may_open_with_reporter(tpl) or _reporting_name(t, None) is None
    ):
        return []
    if not shr_line and any(map(low.__contains__, _NOTE_VERBS)) and _ITEMS_NOTE.match(t):
        return []  # "Net includes pretax loss 920,000 dlrs vs gain ...": the items in a figure, none of it
    if not shr_line:
        starts = metric_starts(t, low)
        fm = _next_match(_METRIC_RE.get(), t, starts, 0)
        if fm is None and not eps:
            return []
        # _METRIC_THEN_MONEY opens with L.METRIC (same flags), so its first match cannot start
        # before the first L.METRIC match; lookbehinds and \b still see the text before ``pos``.
        first = fm.start() if fm is not None else len(t)
    found: list[tuple[int, str, MoneyMention, int, int]] = []
    used: set[int] = set()
    named_at: dict[int, str] = {}  # money -> the company slot right after its metric ("sales at X")
    changes: dict[int, Decimal] = {}  # money -> the change its own clause names ("rose $2 million, or 9%, to")
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
    patterns = (_REVISED, _METRIC_THEN_MONEY, _MONEY_THEN_METRIC) if "revised" in low else _PATTERNS
    for pat in patterns:
        pos = first if pat is not _MONEY_THEN_METRIC else 0
        opening = pat is not _MONEY_THEN_METRIC  # (the pattern opens with L.METRIC)
        while (m := _next_match(pat.get(), t, starts if opening else None, pos)) is not None:
            pos = m.end()
            inner = _OWN_METRIC_CLAUSE.search(m.group("between")) if pat is _METRIC_THEN_MONEY else None
            if inner is not None:
                pos = m.start("between") + inner.start("phrase")  # the nearer metric owns the amount
                continue
            if pat is _METRIC_THEN_MONEY and m.group("metric").casefold() in ("earned", "lost"):
                nearer = _METRIC_RE.get().match(m.group("between").lstrip())
                if nearer is not None:  # "earned operating profit of M": the metric the verb names
                    between = m.group("between")
                    pos = m.start("between") + len(between) - len(between.lstrip())
                    continue
            if _BAD_BETWEEN.search(since_year_ago(tpl, m.group("between"))) or _PRIOR.search(
                t[max(0, m.start() - 14) : m.start()]
            ):
                continue
            money = slot_mention(tpl, m.group("amount"), MoneyMention)
            if money is None or money.per is not None or id(money) in used:
                continue
            metric = metric_name(m.group("metric"))
            if metric is None or (
                m.group("metric").casefold() == "net"
                and t.startswith(" of ", m.end("metric"))
                and not _NET_OF_AMOUNT.match(t, m.end("metric"))
            ):
                continue  # (not "revenue, net of interest expense, increased": "net of" deducts)
            amount_end = m.end("amount")
            d = delta(tpl, t[m.start() : m.start("amount")], m.start("amount")) if pat is _METRIC_THEN_MONEY else None
            if d is not None:
                # "increased $14.2 million, or 9%, to $171.3 million": the level, not the change
                used.add(id(money))
                if d.level is None or d.level.per is not None or id(d.level) in used:
                    continue
                money, amount_end = d.level, d.end
                if d.change is not None:
                    changes[id(money)] = d.change
            if pat is _METRIC_THEN_MONEY and _BAD_AFTER.match(t, amount_end):
                continue
            if _PRIOR_AFTER.match(tpl.text, money.end - tpl.start):
                continue  # the year-ago figure, which no period of this sentence's names
            if _THRESHOLD_AFTER.match(tpl.text, money.end - tpl.start) and _WITH_BEFORE.search(
                t, max(0, m.start("metric") - 40), m.start("metric")
            ):
                continue  # "customers with annual recurring revenue of $100,000 or more": a threshold
            if _GENERIC_HOLDER.search(t, max(0, m.start() - 50), m.start("amount")):
                continue  # "a firm with revenue of $2 million that is sold for $4 million": anyone's
            if d is None and pat is _METRIC_THEN_MONEY and RANGE_FROM.search(m.group("between")):
                hi = RANGE_TO.match(t, amount_end)  # "range from $4.2 billion to $4.3 billion"
                high = slot_mention(tpl, hi.group("hi"), MoneyMention) if hi else None
                if hi and high is not None and high.currency == money.currency and money.amount_high is None:
                    used.add(id(high))
                    money, amount_end = attrs.evolve(money, amount_high=high.amount), hi.end()
            if pat is _MONEY_THEN_METRIC and m.group("metric").casefold() in ("income", "earnings", "net"):
                continue
            if _NOT_METRIC_AFTER.match(t, m.end("metric")):
                continue  # "revenue bonds", "profit sharing", "net borrowings"
            if _NOT_METRIC_BEFORE.search(t, max(0, m.start("metric") - 20), m.start("metric")):
                # "its loan loss allowance, causing a net loss of M": the next metric word may own M
                pos = m.end("metric")
                continue
            if _ANALYSTS.search(t, 0, m.start()) or _OTHER_OWNER.search(t, max(0, m.start() - 70), m.start()):
                continue
            cmp_ = COMPARED.search(t, 0, m.start())
            if cmp_ is not None and any(f[1] == metric and f[0] < cmp_.start() for f in found):
                continue  # the same metric again after "compared with": the prior period's figure
            if shr_line:
                metric = "eps_loss" if metric in ("net_loss", "operating_loss") else "eps"
            used.add(id(money))
            if pat is _METRIC_THEN_MONEY and m.group("atc"):
                named_at[id(money)] = m.group("atc")
            found.append((m.start(), metric, money, m.start("metric"), max(m.end(), amount_end)))
    for m in _EPS.finditer(t):
        money = slot_mention(tpl, m.group("amount"), MoneyMention)
        if money is None or id(money) in used:
            continue
        if money.per != "share" and not _PER_SHARE_METRIC.search(m.group(0)):
            continue  # "earnings per share of 38.2p" names the unit before the amount
        if changed_by(t, m.start("amount")):
            continue  # "the charge will reduce earnings by $0.15 per share": a change, no level
        if m.group(0).startswith(",") and _ITEM_BEFORE.search(t, max(0, m.start() - 48), m.start()):
            continue  # "gains of 16 mln dlrs, or five cts a share": a figure per share of no metric
        if (
            _NOT_EPS.search(t, max(0, m.start() - 60), m.start("amount"))
            or _PRIOR.search(t[max(0, m.start() - 14) : m.start()])
            or _ANALYSTS.search(t, 0, m.start())
        ):
            continue
        cmp_ = COMPARED.search(t, 0, m.start())
        if cmp_ is not None and any(f[1] in ("eps", "eps_loss") and f[0] < cmp_.start() for f in found):
            continue  # "$2.10 a share, compared with $980 million, or $1.71 a share": the prior period's
        used.add(id(money))
        # ("a net loss of $12 million, or 9 cents per share": the loss per share)
        loss = bool(_LOSS_WORD.search(m.group(0))) or any(
            f[4] == m.start() and f[1] in ("net_loss", "operating_loss") for f in found
        )
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
                # "Y, which sells milk under the Z brand, reported revenue of M": Y reports
                outer = outside_relative(t, subj[-1].start("c"), slots_of(tpl, "C"))
                if outer is not None and outer.name:
                    company = outer.name
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
            # (once per sentence; "Subscription revenue grew": no name opens it)
            unknown = unknown_subject(tpl) and not segment_opening(t)
        if company is None and unknown and not has_company:
            # "Ardent Mobility reported a net loss of ...", "Hexatron's operating profit fell ...": a
            # name no extractor knew opens the sentence as the reporting company
            company = _reporting_name(t, topic)
            penalty = True
        if company is None and not unknown and not has_company and FRONTED.match(t):
            # "For fiscal 2025, Tessel Cloud now expects ...": the unknown name after a fronted phrase
            company = _reporting_name(t, topic)
            penalty = True
        # (an economy's word after the figure tells no more: "sales of €612 million, a third of it from exports")
        if (
            company is None
            and not unknown
            and not _MACRO.search(t, 0, mend)
            and not _SEGMENT_AFTER_METRIC.search(t, mstart, mend)  # "turnover in the coffee business"
        ):
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
                or _SIGNED_CHANGE.match(t, mend, mend + 40)
            )
            if has_percent
            else None
        )
        if cm is None and has_percent:
            # "was $412.6 million, compared to $349.7 million for the third quarter of 2025, an
            # increase of 18%": the change closing the figure's clause, no other figure's told between
            am = _APPOSITIVE_CHANGE.search(t, mend)
            if am is not None and not _METRIC_RE.search(t, mend, am.start()):
                cm = am
        mult = _MULTIPLE.search(t, mstart, mend)
        if cm is None and mult is not None:
            change = _MULTIPLES[mult.group(0).casefold().split()[-1]]
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
        if id(money) in changes:
            change = changes[id(money)]
        if rel is not None and company is not None:
            comma = t.find(",", mend, mend + 30)
            status = "forecast" if forecast_in(t, rel.start(), comma if comma >= 0 else mend + 30, mend) else "reported"
        else:
            status = "forecast" if forecast_in(t, *status_window(t, mstart, mend), mend) else "reported"
        period = reporting_period(tpl, mstart)
        if period is None and not (
            last_period is not None and last_period.granularity in ("quarter", "half") and WHOLE_YEAR.search(t)
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
