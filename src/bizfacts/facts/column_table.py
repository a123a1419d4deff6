"""Tables whose header names their columns: a private-equity firm's portfolio page, a filing's
table of subsidiaries.  One column names the companies ("Company", "Portfolio company",
"Name of subsidiary"); the others say what each row tells of its company:

- a headquarters column ("Headquarters", "HQ", "Location") its headquarters, as written;
- an ownership column ("Ownership", "Marlstone Ownership", "Stake", "% held") the share the
  document's company (or the company the column's header names) holds: a percentage, or
  "Majority", "Controlling", "Wholly owned" with no figure;
- an outcome column ("Outcome", "Exit") a sale: "Sold to Y in 2020" is Y's acquisition of the
  row's company from the table's owner;
- a company profile's table of funding rounds ("Announced Date | Transaction Name | Money Raised |
  Lead Investors"): each row a round the document's company raised (its name, amount, date and
  lead investors);
- a deal tracker ("Date | Acquirer | Target (stake) | Seller | Value | Status"): each row a deal,
  its stake read from the target's cell ("Y (60%)"), its price from the value's, its status from
  the status cell's words ("Completed", "Signed", "Talks reported"; a "Withdrawn" deal gives none).

Cells are separated by "|", by tabs or by two spaces or more, the same in the header and its
rows; the rows run from the header to the first line that is not one of them.

>>> from bizfacts import extract_companies
>>> t = ("Company | Headquarters | Ownership\\n"
...      "Pennant Foods | Leeds, UK | 74%\\n"
...      "Lomond Energy | Aberdeen, UK | Majority\\n")
>>> for f in column_table_facts(t, extract_companies(t), "Brask"):
...     print(f.type, f.location if f.type == "headquarters" else (f.owner, f.asset, f.stake))
headquarters Leeds, UK
ownership ('Brask', 'Pennant Foods', Decimal('74'))
headquarters Aberdeen, UK
ownership ('Brask', 'Lomond Energy', None)
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, cast

import regex

from .._fact_types import AcquisitionFact, AnyFact, DealStatus, Evidence, HeadquartersFact, InvestmentFact
from .._spans import CompanyMention, DateMention, MoneyMention
from .._suffixes import canonical_name
from ..places import is_place_name
from . import lexicon as L
from .shareholder_table import _holding, _owner, _percentage

# what a column's header says it holds (the header cell casefolded, inner spaces single)
_NAME_COLUMNS = frozenset(
    {"company", "company name", "name", "portfolio company", "business", "subsidiary", "name of subsidiary",
     "investment", "entity", "name of company", "name of entity", "brand", "subsidiaries",
     "principal subsidiaries", "principal subsidiary", "subsidiary undertakings",
     "principal subsidiary undertakings", "subsidiary name", "name of subsidiary undertaking",
     "joint venture",
     "joint ventures", "associate", "associates"}
)
_HQ_COLUMNS = frozenset({"headquarters", "hq", "head office", "location", "based in", "headquartered in"})
_OWNERSHIP_COLUMNS = frozenset(
    {"ownership", "stake", "holding", "% held", "% owned", "equity interest", "interest held", "shareholding",
     "ownership interest", "effective interest", "economic interest", "% interest", "percentage held",
     "% ownership", "ownership %", "percentage owned"}
)
_YEAR_AFTER = regex.compile(r"[ ](?:fy[ ]?)?(?:19|20)\d\d$")
_OUTCOME_COLUMNS = frozenset({"outcome", "exit", "exit route"})
_ROUND_COLUMNS = frozenset(
    {"transaction name", "round", "funding round", "funding type", "round type", "series"}
)
_AMOUNT_COLUMNS = frozenset({"money raised", "amount", "amount raised", "raised", "round size"})
_INVESTOR_COLUMNS = frozenset({"lead investors", "lead investor", "investors", "lead"})
_DATE_COLUMNS = frozenset({"announced date", "date", "announced", "date announced", "closed"})
_ACQUIRER_COLUMNS = frozenset({"acquirer", "buyer", "bidder", "purchaser", "acquiror", "investor / buyer"})
_TARGET_COLUMNS = frozenset({"target", "acquired company", "company acquired", "target company", "asset"})
_SELLER_COLUMNS = frozenset({"seller", "vendor", "sellers", "vendors"})
_VALUE_COLUMNS = frozenset(
    {"value", "deal value", "price", "consideration", "transaction value", "deal size"}
)
_STATUS_COLUMNS = frozenset({"status", "deal status", "stage"})
# the column kinds a header may name, each with its header words
_KINDS = (
    ("hq", _HQ_COLUMNS),
    ("ownership", _OWNERSHIP_COLUMNS),
    ("outcome", _OUTCOME_COLUMNS),
    ("round", _ROUND_COLUMNS),
    ("amount", _AMOUNT_COLUMNS),
    ("investors", _INVESTOR_COLUMNS),
    ("date", _DATE_COLUMNS),
    ("acquirer", _ACQUIRER_COLUMNS),
    ("target", _TARGET_COLUMNS),
    ("seller", _SELLER_COLUMNS),
    ("value", _VALUE_COLUMNS),
    ("status", _STATUS_COLUMNS),
)
# a status cell's first words -> the deal's status (None: no deal, "Withdrawn", "Terminated")
_DEAL_STATUS = regex.compile(
    r"(?i)^(?:(?P<completed>completed?|closed|done)|(?P<announced>signed|agreed|announced)"
    r"|(?P<planned>pending|proposed|offer|bid)|(?P<rumored>talks|in[ \t]+talks|rumou?red|reported|exploring)"
    r"|(?P<none>withdrawn|terminated|abandoned|lapsed|blocked|cancell?ed|failed|rejected|dropped))\b"
)
# a target cell's stake: "Vestby Bakeri (60%)", "Lofoten Fiskemel (remaining 49%)"
_CELL_STAKE = regex.compile(r"[ \t]*\((?:[a-z]+[ \t]+)?(\d{1,3}(?:[.,]\d{1,2})?)[ \t]*%\)[ \t]*$")
# a line under a header that only rules it: "------+------", "|---|:---|"
_RULE_LINE = regex.compile(r"[ \t]*[-=+|:]{3,}[-=+|: \t]*")
# cells that name nobody
_EMPTY_CELLS = frozenset({"", "-", "—", "–", "n/a", "none", "undisclosed"})
# the words of an ownership cell that tell a holding without its figure
_HOLDING_WORDS = regex.compile(
    r"(?i)^(?:majority|controlling|control|minority|wholly[ \t-]owned|full|sole)\b"
)
_WHOLLY = regex.compile(r"(?i)^(?:wholly[ \t-]owned|full|sole)\b")
_FIGURE = regex.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)[ \t]*%")
_BARE_FIGURE = regex.compile(r"^(\d{1,3}(?:[.,]\d{1,2})?)[ \t]*%?$")
# a footnote's mark after a name cell: "Wexmoor Bakeries Limited (a)", "Acme Ltd*"
_FOOTNOTE = regex.compile(r"[ \t]*(?:\([a-z0-9]{1,2}\)|\*{1,3}|†)$")
# an outcome cell telling a sale: "Sold to Y in 2020", "Acquired by Y (2023)", "Sale to Y"
_SOLD_TO = regex.compile(r"(?i)^(?:sold|sale|divested)[ \t]+to[ \t]+|^acquired[ \t]+by[ \t]+")
_BUYER_END = regex.compile(r"[ \t]*(?:\(|,|;|[ \t]in[ \t]+(?:\p{L}+[ \t]+)?(?:19|20)\d\d\b|$)")
_INVESTOR_SPLIT = regex.compile(r"[ \t]*(?:[,;]|[ \t]and[ \t]|&)[ \t]*")
_CELL = regex.compile(r"[^|\t]+")
_SPACED_CELL = regex.compile(r"\S+(?:[ \t]\S+)*")
_MAX_ROWS = 80
_MAX_LINE = 300
# a header line worth a closer look: one of the column words
_HEADER_WORD = regex.compile(
    r"(?i)\b(?:headquarters|hq|location|ownership|stake|held|owned|interest|outcome|exit|raised|round|investors"
    r"|acquirer|buyer|bidder|purchaser)\b"
)


def column_table_facts(
    text: str,
    companies: Sequence[CompanyMention],
    topic: str | None,
    dates: Sequence[DateMention] = (),
    money: Sequence[MoneyMention] = (),
) -> list[AnyFact]:
    """The facts of every table with named columns in ``text`` (see the module's docstring);
    ``topic`` is the company the document is about, ``dates`` and ``money`` its date and money
    mentions."""
    if "|" not in text and "\t" not in text and "  " not in text:
        return []
    out: list[AnyFact] = []
    by_start = {c.start: c for c in companies if c.kind == "company"}
    table = _Table(text, by_start, companies, topic, dates, money)
    pos = 0
    # (one search for the next header word: the lines that hold none are never read)
    while (hit := _HEADER_WORD.search(text, pos)) is not None:
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        end = len(text) if end < 0 else end
        header = _columns(text, start, end) if end - start <= _MAX_LINE else None
        if header is not None:
            found, pos = table.rows(end + 1, header)
            out.extend(found)
        else:
            pos = end + 1
    return out


class _Header:
    """A table's header: how its cells are separated, how many, and which column holds what
    (``columns``: kind -> index; ``owner_words``: "Marlstone" of a "Marlstone Ownership" column)."""

    __slots__ = ("columns", "owner_words", "percent", "separator", "width")

    def __init__(self, separator: str, width: int) -> None:
        self.separator, self.width = separator, width
        self.columns: dict[str, int] = {}
        self.owner_words = ""
        self.percent = False  # the ownership column's header says its figures are percentages ("% held")


def _cell_spans(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of the line ``text[start:end]``, stripped; an outer "|" opens
    or closes no cell, two empty separators hold an empty cell."""
    if separator == "  ":
        spans: list[tuple[int, int]] = []
        for m in _SPACED_CELL.finditer(text, start, end):
            if spans and m.start() - spans[-1][1] < 2:
                spans[-1] = (spans[-1][0], m.end())  # (one space inside a cell)
            else:
                spans.append(m.span())
        return spans
    line = text[start:end]
    out: list[tuple[int, int]] = []
    parts = line.split(separator)
    inner = parts[1:] if separator == "|" and not parts[0].strip() else parts
    if separator == "|" and inner and not inner[-1].strip():
        inner = inner[:-1]
    offset = start + (len(parts[0]) + 1 if inner is not parts else 0)
    for part in inner:
        lead = len(part) - len(part.lstrip())
        out.append((offset + lead, offset + len(part.rstrip())))
        offset += len(part) + 1
    return out


def _columns(text: str, start: int, end: int) -> _Header | None:
    """The header a line is, if it names a column this module reads (and a company column where
    the table is not one of the document's company's funding rounds)."""
    line = text[start:end]
    separator = next((s for s in ("|", "\t") if s in line), "  ")
    # ("Target (stake)": what the header says of the cells in parentheses is read from them)
    spans = _cell_spans(text, start, end, separator)
    # ("% held 2025", "% held 2024": a year after the column's kind names the year of its figures; the
    # first such column is read)
    cells = [_YEAR_AFTER.sub("", " ".join(text[a:b].casefold().split(" (")[0].split())) for a, b in spans]
    if len(cells) < 2:
        return None
    header = _Header(separator, len(cells))
    for i, c in enumerate(cells):
        if c in _NAME_COLUMNS and "name" not in header.columns:
            header.columns["name"] = i
            continue
        kind = next((k for k, words in _KINDS if c in words), None)
        if kind is None and c.endswith(" ownership"):
            kind, header.owner_words = "ownership", c.removesuffix("ownership").strip()
        if kind is not None and kind not in header.columns:
            header.columns[kind] = i
            header.percent = header.percent or (kind == "ownership" and "%" in c)
    kinds = header.columns.keys()
    if "name" in kinds and kinds & {"hq", "ownership", "outcome"}:
        return header
    if "round" in kinds and "amount" in kinds:
        return header  # a profile's funding rounds (of the document's company)
    if "acquirer" in kinds and "target" in kinds:
        return header  # a deal tracker
    return None


class _Table:
    """What the rows of a document's tables are read with: its text, companies, topic, dates and
    money."""

    def __init__(
        self,
        text: str,
        by_start: dict[int, CompanyMention],
        companies: Sequence[CompanyMention],
        topic: str | None,
        dates: Sequence[DateMention],
        money: Sequence[MoneyMention],
    ) -> None:
        self.text, self.by_start, self.companies, self.topic = text, by_start, companies, topic
        self.dates, self.money = dates, money

    def rows(self, pos: int, header: _Header) -> tuple[list[AnyFact], int]:
        """The facts of the rows after a header, and where its rows end."""
        text = self.text
        owner = self._owner(header.owner_words)
        out: list[AnyFact] = []
        n = len(text)
        seen = False
        for _ in range(_MAX_ROWS):
            if pos >= n:
                break
            end = text.find("\n", pos)
            end = n if end < 0 else end
            if not text[pos:end].strip():
                if seen:
                    break
                pos = end + 1
                continue
            if not seen and _RULE_LINE.fullmatch(text, pos, end):
                pos = end + 1  # the line that rules the header off
                continue
            spans = _cell_spans(text, pos, end, header.separator)
            if len(spans) != header.width or end - pos > _MAX_LINE:
                break
            seen = True
            out.extend(self._row(spans, end, header, owner))
            pos = end + 1
        return out, pos

    def _owner(self, words: str) -> str | None:
        """Whose holdings an ownership column tells: the company its header names ("Marlstone
        Ownership"), else the document's."""
        if words:
            for c in self.companies:
                if c.kind == "company" and c.name.casefold().startswith(words):
                    return c.name
        return self.topic

    def _row(
        self, spans: list[tuple[int, int]], end: int, header: _Header, owner: str | None
    ) -> list[AnyFact]:
        """The facts of one row, whose cells are at ``spans``."""
        text, cols = self.text, header.columns
        cells = [text[a:b] for a, b in spans]
        if "acquirer" in cols and "target" in cols:
            return self._deal(spans, cells, end, cols)
        if "name" not in cols:
            return self._round(spans, cells, end, cols)
        at = spans[cols["name"]][0]
        # ("Wexmoor Bakeries Limited (a)": a footnote's mark after the name)
        company = _owner(_FOOTNOTE.sub("", cells[cols["name"]]), self.by_start.get(at))
        if company is None:
            return []
        evidence = Evidence(at, end, text[at:end])
        out: list[AnyFact] = []
        if "hq" in cols:
            location = cells[cols["hq"]]
            if location[:1].isupper() and is_place_name(location.split(",")[0].strip()):
                hq = HeadquartersFact(
                    evidence=evidence, company=company, location=location, confidence=0.8, rule="table column"
                )
                out.append(hq)
        if "ownership" in cols and owner is not None and owner != company:
            held = cells[cols["ownership"]]
            # ("100" under a "% held" header: the percentage sign is the header's)
            figure = (_BARE_FIGURE if header.percent else _FIGURE).search(held)
            stake = _percentage(figure.group(1)) if figure is not None else None
            if stake is None and _WHOLLY.match(held):
                stake = Decimal(100)
            if stake is not None or _HOLDING_WORDS.match(held):
                out.append(_holding(text, at, end, owner, company, stake, "table column"))
        if "outcome" in cols and owner is not None:
            out.extend(self._sale(spans[cols["outcome"]], (company, owner), evidence))
        return out

    def _sale(self, span: tuple[int, int], parties: tuple[str, str], evidence: Evidence) -> list[AnyFact]:
        """The sale an outcome cell tells ("Sold to Y in 2020"): Y's acquisition of the row's company
        from the table's owner (``parties``: the row's company and the owner)."""
        company, owner = parties
        cell = self.text[span[0] : span[1]]
        sold = _SOLD_TO.search(cell)
        if sold is None:
            return []
        rest = cell[sold.end() :]
        stop = _BUYER_END.search(rest)
        mention = self.by_start.get(span[0] + sold.end())
        written = rest[: stop.start()] if stop else rest
        buyer = mention.name if mention is not None else canonical_name(written)
        if not buyer or not buyer[:1].isupper() or buyer in (company, owner):
            return []
        return [
            AcquisitionFact(
                evidence=evidence,
                confidence=0.75,
                rule="table column",
                acquirer=buyer,
                target=company,
                seller=owner,
                status="completed",
                date=self._inside(self.dates, span),
            )
        ]

    def _deal(
        self, spans: list[tuple[int, int]], cells: list[str], end: int, cols: dict[str, int]
    ) -> list[AnyFact]:
        """The deal a row of a deal tracker tells (none where its status cell says it ended)."""
        status: DealStatus = "announced"
        if "status" in cols:
            told = _DEAL_STATUS.match(cells[cols["status"]])
            if told is not None:
                if told.lastgroup == "none":
                    return []
                status = cast(DealStatus, told.lastgroup)
        acquirer = self._party(spans[cols["acquirer"]])
        target_cell = cells[cols["target"]]
        stake_cell = _CELL_STAKE.search(target_cell)
        target_span = spans[cols["target"]]
        if stake_cell is not None:
            target_span = (target_span[0], target_span[0] + stake_cell.start())
        target = self._party(target_span)
        if acquirer is None or target is None or acquirer == target:
            return []
        stake = _percentage(stake_cell.group(1)) if stake_cell is not None else None
        start = spans[0][0]
        return [
            AcquisitionFact(
                evidence=Evidence(start, end, self.text[start:end]),
                confidence=0.75,
                rule="table column",
                acquirer=acquirer,
                target=target,
                seller=self._party(spans[cols["seller"]]) if "seller" in cols else None,
                stake=None if stake == 100 else stake,
                price=self._inside(self.money, spans[cols["value"]]) if "value" in cols else None,
                status=status,
                date=self._inside(self.dates, spans[cols["date"]]) if "date" in cols else None,
            )
        ]

    def _party(self, span: tuple[int, int]) -> str | None:
        """The company a cell names: its mention, else its words as a name (None for an empty cell
        or a lowercase one, "founders")."""
        cell = self.text[span[0] : span[1]].strip()
        if cell.casefold() in _EMPTY_CELLS or not cell[:1].isupper():
            return None
        mention = self.by_start.get(span[0])
        return mention.name if mention is not None and mention.end <= span[1] else canonical_name(cell)

    def _round(
        self, spans: list[tuple[int, int]], cells: list[str], end: int, cols: dict[str, int]
    ) -> list[AnyFact]:
        """The funding round a row of the document's company's rounds tells."""
        if self.topic is None:
            return []
        named = L.ROUND.get().search(cells[cols["round"]])
        amount = self._inside(self.money, spans[cols["amount"]])
        if named is None and amount is None:
            return []
        start = spans[0][0]
        investors: tuple[str, ...] = ()
        if "investors" in cols:
            investors = self._investors(spans[cols["investors"]])
        return [
            InvestmentFact(
                evidence=Evidence(start, end, self.text[start:end]),
                confidence=0.75,
                rule="table column",
                investee=self.topic,
                investors=investors,
                amount=amount,
                round=L.round_name(named) if named is not None else None,
                date=self._inside(self.dates, spans[cols["date"]]) if "date" in cols else None,
            )
        ]

    def _investors(self, span: tuple[int, int]) -> tuple[str, ...]:
        """The companies an investors cell lists ("Copperline Capital, Harrowfield Ventures")."""
        out: list[str] = []
        pos = span[0]
        for part in _INVESTOR_SPLIT.split(self.text[span[0] : span[1]]):
            at = self.text.find(part, pos, span[1]) if part else -1
            if at >= 0:
                pos = at + len(part)
            if part.casefold() in _EMPTY_CELLS or not part[:1].isupper():
                continue
            mention = self.by_start.get(at)
            name = mention.name if mention is not None else canonical_name(part)
            if name and name != self.topic and name not in out:
                out.append(name)
        return tuple(out)

    @staticmethod
    def _inside(mentions: Sequence[DateMention] | Sequence[MoneyMention], span: tuple[int, int]) -> Any:
        """The first of ``mentions`` inside the cell at ``span``, None when none is."""
        return next((m for m in mentions if span[0] <= m.start and m.end <= span[1]), None)
