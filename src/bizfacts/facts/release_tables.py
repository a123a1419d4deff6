"""The tables of an earnings release: the unit their figures are printed in, "(in millions, except
per-share data)", and the outlook section they stand under.

An earnings release's tables write "$118.4" under a line that says the figures are in
millions; the money extractor reads "$118.4" alone.  :func:`scaled_table_money` gives the money
mentions of such a table with the unit applied ("$118.4" -> 118,400,000), so that every fact
read from the table carries the amount the table means.

A unit line is a parenthetical ("(in millions)", "(US$ in thousands)", "(€ millions)") or a short
line that opens with "In millions".  Its table runs over the lines after it that are blank, set in
columns (two spaces or more, a tab or "|" between cells) or short (a row label, "Revenue:"), and
ends at the first line of prose or at the heading of the next section (after a blank line).  Only
figures in a row's cells are scaled: amounts that state a scale of their own ("$5 million"), the
figures of per-share rows ("Net income per share", "EPS") and amounts in a row's label
("Customers with ARR of $100,000 or more") keep their value.

A table under an outlook heading ("Financial Outlook", "Guidance") gives forecasts:
:func:`outlook_tables` marks the figures read from its rows so.

>>> from bizfacts.money import extract_money
>>> t = "(in millions)\\n\\nRevenue      $118.4     $97.9\\nEPS          $0.19      $0.08\\n"
>>> [str(m.amount) for m in scaled_table_money(t, extract_money(t))]
['118400000', '97900000', '0.19', '0.08']
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs
import regex

from .._ascii_twins import ascii_twin
from .._fact_types import AnyFact, FinancialMetricFact
from .._numbers import AnyPattern, tidy
from .._spans import MoneyMention

_SCALES = {
    "thousand": Decimal(1000),
    "million": Decimal(10**6),
    "billion": Decimal(10**9),
    "000": Decimal(1000),
}
# "(in millions, except per-share data)", "(US$ in thousands)", "(€ millions)", "($000s)"; the unit
# word then anything but another bracket up to the closing one
_UNIT_PARENTHETICAL = regex.compile(
    r"\((?:[ \t]*(?:(?:amounts|figures|all[ \t]+amounts|dollars|expressed|stated|are|unaudited|audited|in)"
    r"(?![a-z]),?|(?-i:[A-Z]{1,3})\$|\$|€|£|¥|(?-i:[A-Z]{3})(?![a-z])))*+"
    r"[ \t]*'?(?P<unit>thousand|million|billion|000)s?\b[^()\n]{0,80}\)",
    regex.IGNORECASE,
)
# "In millions of U.S. dollars, except per share amounts": a line that opens with the unit
_UNIT_LINE = regex.compile(
    r"^[ \t]*(?:\$[ \t]*)?in[ \t]+(?P<unit>thousand|million|billion)s\b[^\n]{0,80}$",
    regex.IGNORECASE | regex.MULTILINE,
)


def _unit_line(text: str) -> AnyPattern:
    """``_UNIT_LINE``, or its stdlib twin on an ASCII text: the same matches, found three times
    faster (the scan of every line start cost 9 µs a document of the corpus, 0.5% of
    extract_facts)."""
    return _UNIT_LINE if not text.isascii() else ascii_twin(_UNIT_LINE)


# cells set apart by two spaces or more, a tab or a bar
_COLUMNS = regex.compile(r"\S(?: {2,}|\t|[ \t]*\|[ \t]*)\S")
_CELL_GAP = regex.compile(r"\S(?: {2,}|\t|[ \t]*\|)")
_SHORT_LINE = 48  # a line this short without columns is a heading or a row label, not prose
# a figure that states its own scale ("$5 million", "$452.0M")
_OWN_SCALE = regex.compile(
    r"(?i)\d[ \t\u00a0]*+(?:thousand|million|billion|trillion|mln|bln|mn|bn|mm|[kmb])\b"
)
# a row whose figures are per share or per unit: never scaled
_PER_SHARE_ROW = regex.compile(r"(?i)per[ -](?:diluted[ -]|basic[ -])?(?:share|unit|ads)|\beps\b|dividend")


def scaled_table_money(text: str, money: Sequence[MoneyMention]) -> list[MoneyMention]:
    """``money`` with the figures of tables printed in a stated unit scaled by it (see the module doc)."""
    if not money or not ("illion" in text or "housand" in text or "000" in text):
        return list(money)
    regions = unit_regions(text)
    if not regions:
        return list(money)
    out: list[MoneyMention] = []
    k = 0
    for m in money:
        while k < len(regions) and regions[k][1] <= m.start:
            k += 1
        if k < len(regions) and regions[k][0] <= m.start and _scaled_by_table(text, m):
            scale = regions[k][2]
            high = None if m.amount_high is None else tidy(m.amount_high * scale)
            m = attrs.evolve(m, amount=tidy(m.amount * scale), amount_high=high, rule=f"{m.rule}; table unit")
        out.append(m)
    return out


def _scaled_by_table(text: str, m: MoneyMention) -> bool:
    """Whether the money ``m``, inside a table printed in a unit, takes the unit: a figure in one
    of a row's cells (not in its label: "Customers with ARR of $100,000 or more") stating no scale
    of its own, on a row that is not per share."""
    if m.per is not None or _OWN_SCALE.search(m.text):
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    if _CELL_GAP.search(text, line_start, m.start) is None:
        return False
    return _PER_SHARE_ROW.search(text, line_start, len(text) if line_end < 0 else line_end) is None


def unit_regions(text: str) -> list[tuple[int, int, Decimal]]:
    """(start, end, scale) of each table printed in a stated unit, in text order."""
    units = sorted(
        [(m.start(), m.end(), m.group("unit")) for m in _UNIT_PARENTHETICAL.finditer(text)]
        + [(m.start(), m.end(), m.group("unit")) for m in _unit_line(text).finditer(text)]
    )
    regions: list[tuple[int, int, Decimal]] = []
    for start, end, unit in units:
        if regions and start < regions[-1][1]:
            continue  # a unit named again inside the table: the first one holds
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        own_line = not text[line_start:start].strip() and not text[end:line_end].strip()
        if not own_line and not table_line(text[line_start:line_end]):
            continue  # "(in millions)" inside a sentence of prose
        pos = line_end
        blank_before = False
        while pos < len(text):
            nxt = text.find("\n", pos + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[pos + 1 : nxt]
            if not table_line(line) or (blank_before and heading(line)):
                break  # prose, or the heading of the next section ("Key Business Metrics")
            blank_before = not line.strip()
            pos = nxt
        regions.append((line_start, pos, _SCALES[unit.casefold()]))
    return regions


def heading(line: str) -> bool:
    """Whether ``line`` is a heading: words alone, no figure, no cells, no colon at its end."""
    body = line.strip()
    if not body or body[-1] == ":" or any(ch.isdigit() for ch in body):
        return False
    return _COLUMNS.search(body) is None


def table_line(line: str) -> bool:
    """Whether ``line`` may belong to a table: blank, set in columns, or short."""
    body = line.strip()
    return not body or len(body) <= _SHORT_LINE or _COLUMNS.search(body) is not None


# an outlook section's heading: "Financial Outlook", "Fiscal 2026 Guidance", "Business Outlook"
_OUTLOOK_HEADING = regex.compile(r"(?i)\b(?:outlook|guidance|forecasts?|expectations)\b")


def outlook_tables(text: str, facts: list[AnyFact]) -> list[AnyFact]:
    """``facts`` with the financial figures read from a table under an outlook heading made
    forecasts ("Financial Outlook" / "Total revenue   $122.0 - $124.0 million").

    >>> from bizfacts import extract_facts
    >>> t = ("Acme Corp reported results.\\n\\nFinancial Outlook\\n\\n"
    ...      "                   Q4 2026\\nTotal revenue      $122.0 - $124.0 million\\n")
    >>> [(f.metric, f.status) for f in extract_facts(t) if f.type == "financial_metric"]
    [('revenue', 'forecast')]
    """
    if not any(isinstance(f, FinancialMetricFact) and f.status == "reported" for f in facts):
        return facts
    if _OUTLOOK_HEADING.search(text) is None:
        return facts
    out: list[AnyFact] = []
    # the answer of each line, by where it starts: a line read once, however many figures it holds
    # (a one-line document of 200K characters held 111, each scanning the whole line: 1.2 s)
    lines: dict[int, bool] = {}
    for f in facts:
        if (
            isinstance(f, FinancialMetricFact)
            and f.status == "reported"
            and _under_outlook(text, f.evidence.start, lines)
        ):
            out.append(attrs.evolve(f, status="forecast"))
        else:
            out.append(f)
    return out


def _under_outlook(text: str, pos: int, lines: dict[int, bool]) -> bool:
    """Whether the line at ``pos`` is a table row (set in columns) of a section whose heading, the
    nearest heading above it across table lines, names an outlook; ``lines`` keeps the answer of
    each line read, by where it starts."""
    line_start = text.rfind("\n", 0, pos) + 1
    known = lines.get(line_start)
    if known is None:
        known = lines[line_start] = _line_under_outlook(text, line_start)
    return known


def _line_under_outlook(text: str, line_start: int) -> bool:
    """``_under_outlook`` of the line starting at ``line_start``."""
    line_end = text.find("\n", line_start)
    if _COLUMNS.search(text, line_start, len(text) if line_end < 0 else line_end) is None:
        return False
    end = line_start - 1
    for _ in range(40):  # (a table's lines, up to its heading)
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not table_line(line):
            return False  # prose before any heading
        if heading(line):
            return _OUTLOOK_HEADING.search(line) is not None
        end = start - 1
    return False
