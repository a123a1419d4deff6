"""The columns of an earnings release's tables: a header row naming each column's period and the
rows under it.

A header row is a line whose cells each name a period ("Q4 FY26", "Full Year FY26", "As of Oct.
31, 2025", "Three Months Ended September 30, 2026") or a change ("Change", "% YoY"); its rows are
the lines set in columns below it, up to the end of the table.  A row's label opens it, its
figures stand in the columns of the header (matched by position, else in order).

- :func:`column_facts` gives a financial figure read from such a row the period of its column,
  and makes a figure of each other column whose period is current: a column whose period ends
  before another column's starts ("Q3 FY25" beside "Q3 FY26") is the prior period's and gives
  none; an outlook table's "Q4 FY26" and "Full Year FY26" both give one.  A percent in a change
  column is the change of the current figure.
- it also reads the rows of a key-metrics table that count users or customers
  ("Total customers   1,284   1,102") as user counts of the release's company, as of their
  column's date.  A row of a subset ("Customers with ARR of $100,000 or more") gives none.

>>> from bizfacts import extract_facts
>>> t = ("Acme Corp reported results.\\n\\nFinancial Outlook\\n\\n"
...      "                   Q4 2026                  Fiscal 2026\\n"
...      "Total revenue      $122.0 - $124.0 million  $461.0 - $463.0 million\\n")
>>> [(str(f.amount.amount), f.period.text) for f in extract_facts(t) if f.type == "financial_metric"]
[('122000000', 'Q4 2026'), ('461000000', 'Fiscal 2026')]
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TypeVar

import attrs
import regex

from .._fact_types import AnyFact, Evidence, FinancialMetricFact, UserCountFact
from .._spans import DateMention, MoneyMention
from ..dates import extract_dates
from ..user_counts import extract_user_counts
from .release_tables import heading, table_line, unit_regions

# a cell: words with single spaces between (cells are set apart by two spaces, a tab or a bar)
_CELL = regex.compile(r"[^\s|]+(?: [^\s|]+)*")
# the words a period's cell may hold besides its date ("As of", "Full Year", "Three Months Ended")
_PERIOD_WORDS = regex.compile(r"(?:[\p{L}.,-]+(?:[ ]+[\p{L}.,-]+){0,3})?")
_CHANGE_CELL = regex.compile(
    r"(?i)(?:%[ ]?)?(?:change|chg|growth|increase|variance|var\.?|y/y|yoy|y-o-y)(?:[ ]?\(?%\)?)?"
)
# a change's figure: "21%", "(2)%", "-2.5 %"
_PERCENT_CELL = regex.compile(r"(?P<neg>\(|[-–])?(?P<n>\d{1,4}(?:\.\d+)?)\)?[ ]?%")
_COUNT_CELL = regex.compile(r"\d{1,3}(?:,\d{3})+|\d{1,7}")
# a row label that counts a subset, not the whole base ("Customers with ARR of $100,000 or more")
# (or one printed in a unit: "Paying subscribers (thousands)")
_SUBSET_LABEL = regex.compile(
    r"(?i)\d|\$|%|\b(?:with|of|over|above|more|greater|least|per|new|net|thousands?|millions?|billions?|mln|mn|k)\b"
)
_TOTAL = regex.compile(r"(?i)^total[ ]+")

_M = TypeVar("_M", DateMention, MoneyMention)


def _between(mentions: Sequence[_M], starts: Sequence[int], lo: int, hi: int) -> Sequence[_M]:
    """The ``mentions`` (sorted, ``starts`` their starts) that start in [lo, hi)."""
    return mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


@attrs.frozen
class _Column:
    """A header cell: its span in its line, the period it names (None for a change column), and
    whether that period is the column's own (not a bare year under a stacked "Three Months Ended")."""

    start: int
    end: int
    period: DateMention | None
    exact: bool = True


@attrs.frozen
class _Row:
    """A table row: its label, its cells (start, end in the text) and the header it stands under."""

    label: str
    cells: tuple[tuple[int, int], ...]
    columns: tuple[_Column, ...]
    line_start: int


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _CELL.finditer(text, start, end)]


def _header(
    text: str, start: int, end: int, dates: Sequence[DateMention], starts: Sequence[int]
) -> tuple[_Column, ...] | None:
    """The columns the line ``text[start:end]`` names, when it is a header row: each cell a period or
    a change, save a first cell without figures (a row label's header), and one period at least."""
    cells = _cells(text, start, end)
    if not cells or (len(cells) == 1 and cells[0][0] - start < 12):
        return None  # (a lone cell at the margin is a heading or a line of prose)
    columns: list[_Column] = []
    for i, (cs, ce) in enumerate(cells):
        inside = [d for d in _between(dates, starts, cs, ce) if d.end <= ce]
        if len(inside) == 1 and inside[0].value is not None:
            d = inside[0]
            rest = text[cs : d.start] + " " + text[d.end : ce]
            if _PERIOD_WORDS.fullmatch(rest.strip()):
                columns.append(_Column(cs - start, ce - start, d))
                continue
        if _CHANGE_CELL.fullmatch(text, cs, ce):
            columns.append(_Column(cs - start, ce - start, None))
            continue
        if i == 0 and not any(ch.isdigit() for ch in text[cs:ce]) and cs - start < 12:
            continue  # "(in millions)", "Metric"
        return None
    if not any(c.period is not None for c in columns):
        return None
    return tuple(columns)


def _stacked(text: str, start: int, columns: tuple[_Column, ...]) -> tuple[_Column, ...]:
    """``columns`` with the period a stacked header names in two lines ("Three Months Ended June 30,"
    over "2026", "Three Months Ended" over "Sept. 30, 2026": the quarter, not the year or the day);
    a bare year whose line above names no period with it is marked not exact (it orders the
    columns, but is not their period)."""
    if start == 0:
        return columns
    above_start = text.rfind("\n", 0, start - 1) + 1
    above = [
        (cs - above_start, ce - above_start)
        for cs, ce in _cells(text, above_start, start - 1)
        if cs - above_start >= 12 and "$" not in text[cs:ce]
    ]
    out = list(columns)
    for i, c in enumerate(columns):
        if c.period is None:
            continue
        cell = text[start + c.start : start + c.end].strip()
        bare = cell.isdigit()
        over = [a for a in above if a[0] <= c.end]  # the cell above that opens before the column ends
        if not over:
            if bare:
                out[i] = attrs.evolve(c, exact=False)
            continue
        upper = text[above_start + over[-1][0] : above_start + over[-1][1]].rstrip(",")
        phrase = f"{upper}, {cell}" if bare else f"{upper} {cell}"
        found = extract_dates(phrase)
        if len(found) == 1 and found[0].end == len(phrase) and found[0].value is not None:
            d = found[0]
            period = attrs.evolve(
                c.period, value=d.value, granularity=d.granularity, kind=d.kind,
                end_value=d.end_value, end_granularity=d.end_granularity,
            )
            out[i] = attrs.evolve(c, period=period)
        elif bare:
            out[i] = attrs.evolve(c, exact=False)
    return tuple(out)


def _rows(text: str, dates: Sequence[DateMention]) -> dict[int, _Row]:
    """The rows of every table under a header of periods, by the start of their line."""
    dates = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in dates]
    rows: dict[int, _Row] = {}
    seen: set[int] = set()
    for d in dates:
        start = text.rfind("\n", 0, d.start) + 1
        if start in seen or start in rows:
            continue
        seen.add(start)
        end = text.find("\n", d.end)
        end = len(text) if end < 0 else end
        columns = _header(text, start, end, dates, starts)
        if columns is None:
            continue
        columns = _stacked(text, start, columns)
        pos, blank_before = end, False
        while pos < len(text):
            nxt = text.find("\n", pos + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[pos + 1 : nxt]
            if not table_line(line) or (blank_before and heading(line)):
                break
            if _header(text, pos + 1, nxt, dates, starts) is not None:
                break  # the next table's header
            blank_before = not line.strip()
            cells = _cells(text, pos + 1, nxt)
            if len(cells) >= 2 and any(ch.isalpha() for ch in text[cells[0][0] : cells[0][1]]):
                label = text[cells[0][0] : cells[0][1]]
                rows[pos + 1] = _Row(label, tuple(cells[1:]), columns, pos + 1)
            pos = nxt
    return rows


def _column_of(row: _Row, cell: int, text: str) -> _Column | None:
    """The column of the row's ``cell``-th figure: the header cell it overlaps or stands nearest
    to; in order when the row fills every column, or is set with tabs."""
    columns = row.columns
    if len(row.cells) == len(columns) or "\t" in text[row.line_start : row.cells[-1][1]]:
        return columns[cell] if cell < len(columns) else None
    cs, ce = (p - row.line_start for p in row.cells[cell])

    def gap(c: _Column) -> int:
        return max(0, c.start - ce, cs - c.end)

    best = min(columns, key=gap)
    return best if gap(best) <= 4 else None


def _last_day(d: DateMention) -> dt.date | None:
    """The last day of the period ``d`` names."""
    value = d.end_value or d.value
    granularity = d.end_granularity or d.granularity
    if value is None:
        return None
    months = {"year": 12, "half": 6, "quarter": 3, "month": 1}.get(granularity or "")
    if months is None:
        return value
    first = value.year * 12 + value.month - 1 + months
    return dt.date(first // 12, first % 12 + 1, 1) - dt.timedelta(days=1)


def _current(columns: tuple[_Column, ...]) -> set[int]:
    """The indices of the columns whose period is current: none that ends before another begins."""
    starts = [c.period.value for c in columns if c.period is not None and c.period.value is not None]
    if not starts:
        return set()
    latest_start = max(starts)
    out = set()
    for i, c in enumerate(columns):
        if c.period is None:
            continue
        last = _last_day(c.period)
        if last is not None and last >= latest_start:
            out.add(i)
    return out


def _change(text: str, row: _Row) -> Decimal | None:
    """The percent in the row's change column ("21%", "(2)%"), None for none."""
    for i in range(len(row.cells)):
        col = _column_of(row, i, text)
        if col is not None and col.period is None:
            m = _PERCENT_CELL.fullmatch(text, *row.cells[i])
            if m is not None:
                value = Decimal(m.group("n"))
                return -value if m.group("neg") else value
    return None


def column_facts(
    text: str,
    facts: list[AnyFact],
    money: Sequence[MoneyMention],
    dates: Sequence[DateMention],
    topic: str | None,
) -> list[AnyFact]:
    """``facts`` with each financial figure read from a row under a header of periods given its
    column's period and a figure for each other current column of its row, and the user counts of
    the rows of a key-metrics table (see the module doc)."""
    if not dates or ("  " not in text and "\t" not in text and "|" not in text):
        return facts
    rows = _rows(text, dates)
    if not rows:
        return facts
    money = sorted(money, key=lambda m: m.start)
    money_starts = [m.start for m in money]
    out: list[AnyFact] = []
    for f in facts:
        if isinstance(f, FinancialMetricFact):
            out.extend(_metric_columns(text, f, rows, money, money_starts))
        else:
            out.append(f)
    if topic is not None:
        out.extend(_column_counts(text, rows, topic))
    return out


def _metric_columns(
    text: str,
    f: FinancialMetricFact,
    rows: dict[int, _Row],
    money: Sequence[MoneyMention],
    money_starts: Sequence[int],
) -> list[AnyFact]:
    """The figures of the row ``f`` was read from, one per current column (``[f]`` when it was read
    from no such row)."""
    lo, hi = f.evidence.start, f.evidence.end
    src = next(
        (
            m
            for m in _between(money, money_starts, lo, hi)
            if f.amount.amount in (m.amount, -abs(m.amount))
            and f.amount.amount_high in (m.amount_high, m.amount_high and -abs(m.amount_high))
            and text.rfind("\n", 0, m.start) + 1 in rows
        ),
        None,
    )
    if src is None:
        return [f]
    row = rows[text.rfind("\n", 0, src.start) + 1]
    own = next((i for i, (cs, ce) in enumerate(row.cells) if cs <= src.start < ce), None)
    if own is None or _column_of(row, own, text) is None:
        return [f]
    negated = f.amount.amount != src.amount
    current = _current(row.columns)
    change = _change(text, row) if f.change is None and len(current) == 1 else None
    out: list[AnyFact] = []
    for i, (cs, ce) in enumerate(row.cells):
        col = _column_of(row, i, text)
        if col is None or col.period is None or row.columns.index(col) not in current:
            continue
        if i != own and not col.exact:
            continue  # (a bare year: the period of the figure is not known)
        cell_money = src if i == own else next(iter(_between(money, money_starts, cs, ce)), None)
        if cell_money is None or cell_money.per is not None:
            continue
        amount = cell_money
        if negated:
            high = None if amount.amount_high is None else -abs(amount.amount_high)
            amount = attrs.evolve(amount, amount=-abs(amount.amount), amount_high=high)
        out.append(
            attrs.evolve(
                f,
                amount=amount,
                period=col.period if col.exact else f.period,
                change=f.change if i == own and f.change is not None else change,
            )
        )
    return out


def _column_counts(text: str, rows: dict[int, _Row], topic: str) -> list[AnyFact]:
    """The user counts of a key-metrics table's rows ("Total customers   1,284   1,102"): the
    release's company's (``topic``), as of their current column's date."""
    out: list[AnyFact] = []
    scaled = unit_regions(text)  # (a count in a table printed "(in millions)" may be in millions)
    for row in rows.values():
        if _SUBSET_LABEL.search(row.label) or any(s <= row.line_start < e for s, e, _ in scaled):
            continue
        current = _current(row.columns)
        for i, (cs, ce) in enumerate(row.cells):
            col = _column_of(row, i, text)
            if col is None or col.period is None or row.columns.index(col) not in current:
                continue
            if not _COUNT_CELL.fullmatch(text, cs, ce):
                continue
            phrase = f"{text[cs:ce]} {_TOTAL.sub('', row.label).lower()}"
            counts = extract_user_counts(phrase)
            if len(counts) != 1 or counts[0].start != 0:
                continue
            uc = counts[0]
            end = text.find("\n", ce)
            end = len(text) if end < 0 else end
            out.append(
                UserCountFact(
                    evidence=Evidence(start=row.line_start, end=end, text=text[row.line_start : end]),
                    subject=topic,
                    count=uc.count,
                    metric=uc.metric,
                    qualifier="exact",
                    as_of=col.period if col.exact else None,
                    confidence=0.7,
                    rule="key metrics table row",
                )
            )
    return out
