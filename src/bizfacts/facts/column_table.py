"""Tables whose header names their columns: a private-equity firm's portfolio page, a filing's
table of subsidiaries.  One column names the companies ("Company", "Portfolio company",
"Name of subsidiary"); the others say what each row tells of its company:

- a headquarters column ("Headquarters", "HQ", "Location") its headquarters, as written;
- an ownership column ("Ownership", "Marlstone Ownership", "Stake", "% held") the share the
  document's company (or the company the column's header names) holds: a percentage, or
  "Majority", "Controlling", "Wholly owned" with no figure;
- an outcome column ("Outcome", "Exit") a sale: "Sold to Y in 2020" is Y's acquisition of the
  row's company from the table's owner.

Cells are separated by "|", by tabs or by two spaces or more, the same in the header and its
rows; the rows run from the header to the first line that is not one of them.

>>> from bizfacts import extract_companies
>>> t = ("Company | Headquarters | Ownership\\n"
...      "Pennant Foods | Leeds, UK | 74%\\n"
...      "Lomond Energy | Aberdeen, UK | Majority\\n")
>>> for f in column_table_facts(t, extract_companies(t), "Brask", ()):
...     print(f.type, f.location if f.type == "headquarters" else (f.owner, f.asset, f.stake))
headquarters Leeds, UK
ownership ('Brask', 'Pennant Foods', Decimal('74'))
headquarters Aberdeen, UK
ownership ('Brask', 'Lomond Energy', None)
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex

from .._fact_types import AcquisitionFact, AnyFact, Evidence, HeadquartersFact
from .._spans import CompanyMention, DateMention
from .._suffixes import canonical_name
from ..places import is_place_name
from .shareholder_table import _holding, _owner, _percentage

# what a column's header says it holds (the header cell casefolded, inner spaces single)
_NAME_COLUMNS = frozenset(
    {"company", "company name", "name", "portfolio company", "business", "subsidiary", "name of subsidiary",
     "investment", "entity", "name of company", "name of entity", "brand"}
)
_HQ_COLUMNS = frozenset({"headquarters", "hq", "head office", "location", "based in", "headquartered in"})
_OWNERSHIP_COLUMNS = frozenset(
    {"ownership", "stake", "holding", "% held", "% owned", "equity interest", "interest held", "shareholding",
     "ownership interest", "effective interest", "economic interest", "% interest", "percentage held",
     "% ownership", "ownership %", "percentage owned"}
)
_OUTCOME_COLUMNS = frozenset({"outcome", "exit", "exit route"})
# the words of an ownership cell that tell a holding without its figure
_HOLDING_WORDS = regex.compile(
    r"(?i)^(?:majority|controlling|control|minority|wholly[ \t-]owned|full|sole)\b"
)
_WHOLLY = regex.compile(r"(?i)^(?:wholly[ \t-]owned|full|sole)\b")
# an outcome cell telling a sale: "Sold to Y in 2020", "Acquired by Y (2023)", "Sale to Y"
_SOLD_TO = regex.compile(
    r"(?i)^(?:sold|sale|divested)[ \t]+to[ \t]+|^acquired[ \t]+by[ \t]+"
)
_BUYER_END = regex.compile(r"[ \t]*(?:\(|,|;|[ \t]in[ \t]+(?:\p{L}+[ \t]+)?(?:19|20)\d\d\b|$)")
_SEPARATORS = ("|", "\t")
_TWO_SPACES = regex.compile(r"[ \t]{2,}")
_MAX_ROWS = 80
_MAX_LINE = 300
# a header line worth a closer look: one of the column words, with a separator
_HEADER_WORD = regex.compile(
    r"(?i)\b(?:headquarters|hq|location|ownership|stake|held|owned|interest|outcome|exit)\b"
)


def column_table_facts(
    text: str, companies: Sequence[CompanyMention], topic: str | None, dates: Sequence[DateMention]
) -> list[AnyFact]:
    """The facts of every table with named columns in ``text`` (see the module's docstring);
    ``topic`` is the company the document is about, ``dates`` its date mentions."""
    if "|" not in text and "\t" not in text and "  " not in text:
        return []
    out: list[AnyFact] = []
    by_start = {c.start: c for c in companies if c.kind == "company"}
    pos = 0
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        if end - pos <= _MAX_LINE and _HEADER_WORD.search(text, pos, end) is not None:
            header = _columns(text, pos, end)
            if header is not None:
                found, pos = _table(text, end + 1, header, by_start, companies, topic, dates)
                out.extend(found)
                continue
        pos = end + 1
    return out


class _Header:
    """A table's header: how its cells are separated, how many, and which column holds what."""

    __slots__ = ("hq", "name", "outcome", "owner_words", "ownership", "separator", "width")

    def __init__(self, separator: str, width: int, name: int) -> None:
        self.separator, self.width, self.name = separator, width, name
        self.hq: int | None = None
        self.ownership: int | None = None
        self.outcome: int | None = None
        self.owner_words = ""  # "Marlstone" of a "Marlstone Ownership" column


def _cells(line: str, separator: str) -> list[str]:
    """The cells of a line, stripped; an outer "|" opens or closes no cell."""
    if separator == "  ":
        return [c.strip() for c in _TWO_SPACES.split(line.strip())]
    cells = [c.strip() for c in line.strip().split(separator)]
    if separator == "|" and cells and not cells[0]:
        cells = cells[1:]
    if separator == "|" and cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def _columns(text: str, start: int, end: int) -> _Header | None:
    """The header a line is, if it names a company column and one column this module reads."""
    line = text[start:end]
    separator = next((s for s in _SEPARATORS if s in line), "  ")
    cells = [" ".join(c.casefold().split()) for c in _cells(line, separator)]
    if len(cells) < 2:
        return None
    name = next((i for i, c in enumerate(cells) if c in _NAME_COLUMNS), None)
    if name is None:
        return None
    header = _Header(separator, len(cells), name)
    for i, c in enumerate(cells):
        if c in _HQ_COLUMNS and header.hq is None:
            header.hq = i
        elif (c in _OWNERSHIP_COLUMNS or c.endswith(" ownership")) and header.ownership is None:
            header.ownership = i
            header.owner_words = c.removesuffix("ownership").strip()
        elif c in _OUTCOME_COLUMNS and header.outcome is None:
            header.outcome = i
    if header.hq is None and header.ownership is None and header.outcome is None:
        return None
    return header


def _table(
    text: str,
    pos: int,
    header: _Header,
    by_start: dict[int, CompanyMention],
    companies: Sequence[CompanyMention],
    topic: str | None,
    dates: Sequence[DateMention],
) -> tuple[list[AnyFact], int]:
    """The facts of the rows after a header, and where its rows end."""
    owner = _table_owner(header.owner_words, companies, topic)
    out: list[AnyFact] = []
    n = len(text)
    for _ in range(_MAX_ROWS):
        if pos >= n:
            break
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            if out:
                break
            pos = end + 1
            continue
        cells = _cells(line, header.separator)
        if len(cells) != header.width or end - pos > _MAX_LINE:
            break
        out.extend(_row(text, pos, end, cells, header, by_start, owner, dates))
        pos = end + 1
    return out, pos


def _table_owner(words: str, companies: Sequence[CompanyMention], topic: str | None) -> str | None:
    """Whose holdings an ownership column tells: the company its header names ("Marlstone
    Ownership"), else the document's."""
    if words:
        for c in companies:
            if c.kind == "company" and c.name.casefold().startswith(words):
                return c.name
    return topic


def _row(
    text: str,
    start: int,
    end: int,
    cells: list[str],
    header: _Header,
    by_start: dict[int, CompanyMention],
    owner: str | None,
    dates: Sequence[DateMention],
) -> list[AnyFact]:
    """The facts of one row (``text[start:end]``, whose cells are ``cells``)."""
    written = cells[header.name]
    at = text.find(written, start, end) if written else -1
    if at < 0:
        return []
    company = _owner(written, by_start.get(at))
    if company is None:
        return []
    evidence = Evidence(at, end, text[at:end])
    out: list[AnyFact] = []
    if header.hq is not None:
        location = cells[header.hq]
        if location[:1].isupper() and is_place_name(location.split(",")[0].strip()):
            out.append(
                HeadquartersFact(
                    evidence=evidence, company=company, location=location, confidence=0.8, rule="table column"
                )
            )
    if header.ownership is not None and owner is not None and owner != company:
        held = cells[header.ownership]
        figure = regex.search(r"(\d{1,3}(?:[.,]\d{1,2})?)[ \t]*%", held)
        stake = _percentage(figure.group(1)) if figure is not None else None
        if stake is None and _WHOLLY.match(held):
            stake = Decimal(100)
        if stake is not None or _HOLDING_WORDS.match(held):
            out.append(_holding(text, at, end, owner, company, stake, "table column"))
    if header.outcome is not None and owner is not None:
        outcome = cells[header.outcome]
        out.extend(_sale(text, start, end, outcome, (company, owner), by_start, evidence, dates))
    return out


def _sale(
    text: str,
    start: int,
    end: int,
    cell: str,
    parties: tuple[str, str],
    by_start: dict[int, CompanyMention],
    evidence: Evidence,
    dates: Sequence[DateMention],
) -> list[AnyFact]:
    """The sale an outcome cell tells ("Sold to Y in 2020"): Y's acquisition of the row's company
    from the table's owner (``parties``: the row's company and the owner)."""
    company, owner = parties
    sold = _SOLD_TO.search(cell)
    at = text.find(cell, start, end)
    if sold is None or at < 0:
        return []
    rest = cell[sold.end() :]
    stop = _BUYER_END.search(rest)
    mention = by_start.get(at + sold.end())
    buyer = mention.name if mention is not None else canonical_name(rest[: stop.start()] if stop else rest)
    if not buyer or not buyer[:1].isupper() or buyer in (company, owner):
        return []
    date = next((d for d in dates if at <= d.start and d.end <= at + len(cell)), None)
    return [
        AcquisitionFact(
            evidence=evidence,
            confidence=0.75,
            rule="table column",
            acquirer=buyer,
            target=company,
            seller=owner,
            status="completed",
            date=date,
        )
    ]
