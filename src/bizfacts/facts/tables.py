"""Wire earnings tables: the figures of "Net loss 2,310,000 vs profit 1,480,000" lines, and the
periods of their "Nine mths" and "Year" blocks.

:func:`table_amounts` gives the current-period figures, which name no currency, as money
mentions (:mod:`bizfacts.facts.mentions` adds them to the document's); :func:`table_header`
reads the period a block header opens, counted back from the quarter named before it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from .._currencies import _stated_dollar
from .._numbers import parse_number
from .._spans import CompanyMention, DateMention, MoneyMention
from .template import Template

# A line of a wire earnings table: "Net loss 2,310,000 vs profit 1,480,000", "Revs 27.6 mln vs 33.9 mln".
_TABLE_LINE = re.compile(
    r"^[ \t]*(?:net|revs|revenues?|sales|turnover|pretax|pre-tax|profit|loss|oper(?:ating)?)"
    r"(?:[ \t]+(?:loss|profit|income|net|revs|revenues|sales))*[ \t]+"
    r"(?P<num>\d[\d,]*(?:\.\d+)?(?:[ \t]+(?:mln|billion|bln|mn|million))?)[ \t]+vs\b",
    re.IGNORECASE | re.MULTILINE,
)


def table_amounts(
    text: str, money: Sequence[MoneyMention], companies: Sequence[CompanyMention]
) -> list[MoneyMention]:
    """The current-period amounts of a wire earnings table, which name no currency.

    "Net loss 2,310,000 vs profit 1,480,000": the table's currency is the one its other
    lines state ("Shr loss 14 cts" in Canadian cents after "NOTE: Canadian dollars"),
    else the dollar the text states, else the US dollar.  Only lines that compare with
    "vs" count: that is what makes a line a results table and its first figure the period's.
    A table whose company is not named before it (a story without its headline) is left
    alone: its figures would go to whichever company the notes below it name.
    """
    if " vs" not in text and "\tvs" not in text:
        return []
    out: list[MoneyMention] = []
    by_start = sorted(money, key=lambda x: x.start)
    starts = [x.start for x in by_start]
    for m in _TABLE_LINE.finditer(text):
        if not out and not any(c.kind == "company" and c.end <= m.start() for c in companies):
            return []
        s, e = m.span("num")
        # an amount the text already gives overlaps the figure: the mentions starting before
        # its end, the last few of them (mentions do not nest)
        hi = bisect.bisect_left(starts, e)
        if any(s < x.end for x in by_start[max(0, hi - 4) : hi]):
            continue
        value = parse_number(m.group("num"))
        if value is None:
            continue
        if not out:  # the currency, decided once for the document
            near = {
                x.currency
                for x in money
                if x.currency and _TABLE_LINE_START.match(text, _line_start(text, x.start))
            }
            currency = near.pop() if len(near) == 1 else (_stated_dollar(text)[0] or "USD")
        out.append(
            MoneyMention(start=s, end=e, text=text[s:e], amount=value, currency=currency, rule="table amount")
        )
    return out


# The header of a table's second block: "Year", "Nine mths", "Six months".
_TABLE_HEADER = re.compile(
    r"[ \t]*(?:(?P<n>three|six|nine|twelve|3|6|9|12)[ \t]+(?:mths|months|mos)|(?P<year>year|full[ \t]+year|fiscal[ \t]+year|yr))"
    r"[ \t]*\.?[ \t]*",
    re.IGNORECASE,
)
_MONTHS_IN = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}


def table_header(tpl: Template, last: DateMention | None) -> DateMention | None:
    """The period a table header line opens, counted back from the quarter named before it.

    After "3RD QTR" (1986-Q3), "Nine mths" is January to September 1986 and "Year" is 1986.
    """
    if last is None or last.value is None or last.granularity != "quarter" or tpl.slots:
        return None
    m = _TABLE_HEADER.fullmatch(tpl.template)
    if m is None:
        return None
    s, e = tpl.start + m.start(), tpl.end
    if m.group("year"):
        year = dt.date(last.value.year, 1, 1)
        return DateMention(start=s, end=e, text=tpl.text, value=year, granularity="year", rule="table header")
    months = _MONTHS_IN[m.group("n").casefold()]
    end_index = last.value.year * 12 + last.value.month - 1 + 2  # the quarter's last month
    start_index = end_index - months + 1
    return DateMention(
        start=s,
        end=e,
        text=tpl.text,
        value=dt.date(start_index // 12, start_index % 12 + 1, 1),
        granularity="month",
        kind="range",
        end_value=dt.date(end_index // 12, end_index % 12 + 1, 1),
        end_granularity="month",
        rule="table header",
    )


_TABLE_LINE_START = re.compile(r"[ \t]*(?:shr|net|revs|revenues?|sales|oper|profit|loss)\b", re.IGNORECASE)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1
