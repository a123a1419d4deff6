"""Tables of holdings: an annual report's or a prospectus's rows of owner names, each with its
share of the company, under a heading such as "Major shareholders at 31 December 2025" or a column
header "Shareholder    Shares    Holding" (:func:`shareholder_table_facts`); a field line naming one
owner, "Largest shareholder: X, 18.4%" (:func:`owner_line_facts`); and a company's list of what it
holds, "X's principal holdings were:" then "- Y – 74%" (:func:`holdings_list_facts`).

Each row whose first cell names an owner and whose last cell is a percentage gives an ownership
of the company the document is about (or the one the heading names: "Largest shareholders of X").
A row names an owner when its first cell is a company the extractors found there, or capitalized
words that are no person, place or summary row ("Total", "Other shareholders", "Free float"):
the table's column is the owner's role, as a sentence's predicate would be.

>>> from bizfacts import extract_companies
>>> t = "Major shareholders\\nShareholder      Shares     Holding\\nHelmvik Invest AS   1,200,000   12.5%\\n"
>>> [(f.owner, f.asset, str(f.stake)) for f in shareholder_table_facts(t, extract_companies(t), "Brask")]
[('Helmvik Invest', 'Brask', '12.5')]
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

import regex

from .._fact_types import AnyFact, Evidence, OwnershipFact
from .._spans import CompanyMention
from .._suffixes import canonical_name
from ..people import is_person_name
from ..places import is_place_name
from .template import LazyPattern

# the table's heading ("Major shareholders at 31 December 2025", "Top 20 shareholders", "Largest
# shareholders of X") or its column header ("Shareholder    Shares    %", "Name of shareholder  Holding")
_HEADING = LazyPattern(
    r"(?im)^[ \t]*(?:(?:the[ \t]+)?(?:major|main|largest|principal|substantial|significant|"
    r"top[ \t]+\d{1,2}|\d{1,2}[ \t]+largest|(?:ten|twenty)[ \t]+largest)[ \t]+shareholders"
    # (a proxy statement's "Name and Address of Beneficial Owner    Shares    Percent of Class")
    r"|(?:name[ \t]+(?:and[ \t]+address[ \t]+)?of[ \t]+)?"
    r"(?:shareholders?|stockholders?|beneficial[ \t]+owners?)"
    r"(?=(?:[ \t]{2,}|\t)[^\n]*?(?:%|holding|stake|ownership|per[ \t]?cent|percent)))"
    r"(?:[ \t]+of[ \t]+(?P<asset>\p{Lu}[^\n]{1,60}?))?[^\n]{0,80}$"
)
# a row: the owner's cell, other cells after two spaces or a tab, and its percentage last
_ROW = LazyPattern(
    r"[ \t]*(?P<name>\p{Lu}[^\t\n]{1,70}?)(?:[ \t]{2,}|\t)[^\n]*?"
    r"(?P<pct>\d{1,3}(?:[.,]\d{1,4})?)[ \t]*%[ \t]*$"
)
# first cells that sum up or name no owner
_SUMMARY = frozenset(
    {"total", "others", "other", "other shareholders", "free float", "treasury shares", "public", "subtotal",
     "total shares", "shareholder", "name", "directors", "board and management", "employees"}
)
# the marks of a row's notes after its name: "(1)", "(2)(3)", "*"
_FOOTNOTES = regex.compile(r"[ \t]*(?:\(\d{1,2}\)|\*{1,3}){1,4}$")
_FAMILY = regex.compile(r"\b(?:Family|Families|FAMILY)\b")  # "The Ostrander Family Trust": a family's
_MAX_LINES = 60  # a table's rows, counted from its heading
_MAX_ROW = 140


def shareholder_table_facts(text: str, companies: list[CompanyMention], topic: str | None) -> list[AnyFact]:
    """The ownerships a table of major shareholders gives (see the module's docstring)."""
    if not any(w in text for w in ("hareholder", "HAREHOLDER", "tockholder", "eneficial")):
        return []
    m = _HEADING.search(text)
    if m is None:
        return []
    asset = _heading_asset(m.group("asset"), companies) if m.group("asset") else topic
    if asset is None:
        return []
    by_start = {c.start: c for c in companies if c.kind == "company" and c.start > m.end()}
    out: list[AnyFact] = []
    # (a column header may stand between the heading and the rows)
    for row, end in _rows(text, m.end() + 1, _ROW.get(), headers=True):
        owner = _owner(row.group("name"), by_start.get(row.start("name")))
        stake = _percentage(row.group("pct"))
        if owner is not None and stake is not None and owner != asset:
            out.append(_holding(text, row.start("name"), end, owner, asset, stake, "table of shareholders"))
    return out


# a field line naming one owner and its share: "Largest shareholder: X, 18.4%", "- Main owner: X (51%)"
_OWNER_LINE = LazyPattern(
    r"(?im)^[ \t]*(?:[-•*–][ \t]+)?(?:(?:the[ \t]+)?(?:largest|biggest|major|main|principal|controlling|"
    r"majority|anchor)[ \t]+)?(?:shareholder|owner|stockholder)[ \t]*:[ \t]*"
    r"(?P<name>\p{Lu}[^\n,(:]{1,60}?)[ \t]*(?:,|\(|[–—-])[ \t]*(?:approx\.?[ \t]*|about[ \t]+|c\.[ \t]*)?"
    r"(?P<pct>\d{1,3}(?:[.,]\d{1,4})?)[ \t]*%"
)


def owner_line_facts(text: str, companies: list[CompanyMention], topic: str | None) -> list[AnyFact]:
    """The ownership a field line tells of the company the text is about: "Largest shareholder:
    Sablemoor Partners, 18.4%".

    >>> from bizfacts import extract_companies
    >>> t = "Ownership\\n- Largest shareholder: Helmvik Invest AS, 18.4%\\n"
    >>> [(f.owner, f.asset, str(f.stake)) for f in owner_line_facts(t, extract_companies(t), "Brask")]
    [('Helmvik Invest', 'Brask', '18.4')]
    """
    if topic is None or ("holder" not in text and "wner" not in text):
        return []
    by_start = {c.start: c for c in companies if c.kind == "company"}
    out: list[AnyFact] = []
    for m in _OWNER_LINE.finditer(text):
        owner = _owner(m.group("name"), by_start.get(m.start("name")))
        stake = _percentage(m.group("pct"))
        if owner is not None and stake is not None and owner != topic:
            out.append(_holding(text, m.start("name"), m.end(), owner, topic, stake, "owner line: OWNER, P%"))
    return out


# a list of what a company holds: "As of 31 December 2025, X's principal holdings were:"
_HOLDINGS_HEADING = LazyPattern(
    r"(?im)^[^\n]{0,80}?\b(?:principal|main|major|significant|key)[ \t]+(?:holdings|subsidiaries|investments|"
    r"subsidiaries[ \t]+and[ \t]+associates|shareholdings)\b[^\n]{0,30}:[ \t]*$"
)
# an item: "- Y – 74%", "- Y – associate, 28%", "- Y – wholly owned (100%)"
_HOLDING_ITEM = LazyPattern(
    r"[ \t]*[-•*–][ \t]+(?P<name>\p{Lu}[^\n–—:(]{1,60}?)[ \t]+[–—:-][ \t]+[^\n%]{0,40}?"
    r"(?:(?P<pct>\d{1,3}(?:\.\d{1,2})?)[ \t]*%|(?P<whole>wholly[ \t-]owned))"
)


def holdings_list_facts(text: str, companies: list[CompanyMention], topic: str | None) -> list[AnyFact]:
    """The ownerships a list of a company's holdings gives: each item's company and stake.

    >>> from bizfacts import extract_companies
    >>> t = "Brask's principal holdings were:\\n- Pennant Foods – 74%\\n- Lomond Energy – associate, 28%\\n"
    >>> [(f.owner, f.asset, str(f.stake)) for f in holdings_list_facts(t, extract_companies(t), "Brask")]
    [('Brask', 'Pennant Foods', '74'), ('Brask', 'Lomond Energy', '28')]
    """
    if "oldings" not in text and "ubsidiaries" not in text and "nvestments" not in text:
        return []
    m = _HOLDINGS_HEADING.search(text)
    if m is None:
        return []
    named = [c for c in companies if m.start() <= c.start < m.end() and c.kind == "company"]
    owner = named[0].name if named else topic
    if owner is None:
        return []
    by_start = {c.start: c for c in companies if c.kind == "company" and c.start > m.end()}
    out: list[AnyFact] = []
    for item, end in _rows(text, m.end() + 1, _HOLDING_ITEM.get(), headers=False):
        asset = _owner(item.group("name"), by_start.get(item.start("name")))
        stake = Decimal(100) if item.group("whole") else _percentage(item.group("pct"))
        if asset is not None and stake is not None and asset != owner:
            out.append(_holding(text, item.start("name"), end, owner, asset, stake, "list of holdings"))
    return out


def _rows(
    text: str, pos: int, pattern: regex.Pattern[str], headers: bool
) -> Iterator[tuple[regex.Match[str], int]]:
    """The lines from ``pos`` on that ``pattern`` matches, each with where it ends, up to the
    first other line of text after them (blank lines between are skipped; with ``headers``, other
    lines before the first match are too); at most _MAX_LINES lines are read, none longer than
    _MAX_ROW."""
    found = False
    for _ in range(_MAX_LINES):
        if pos >= len(text):
            return
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        m = pattern.match(text, pos, end) if end - pos < _MAX_ROW else None
        if m is not None:
            found = True
            yield m, end
        elif text[pos:end].strip() and (found or not headers):
            return  # (the prose after the rows)
        pos = end + 1


def _holding(
    text: str, start: int, end: int, owner: str, asset: str, stake: Decimal | None, rule: str
) -> OwnershipFact:
    """An ownership read from a row, the row from the name on its evidence."""
    evidence = Evidence(start, end, text[start:end])
    return OwnershipFact(evidence=evidence, owner=owner, asset=asset, stake=stake, confidence=0.8, rule=rule)


def _heading_asset(written: str, companies: list[CompanyMention]) -> str | None:
    """The company a heading names ("Largest shareholders of Brask ASA"), by its mention."""
    for c in companies:
        if c.kind == "company" and written.startswith(c.text):
            return c.name
    return None


def _owner(cell: str, mention: CompanyMention | None) -> str | None:
    """The owner a row's first cell names: its company mention, or capitalized words that are
    no person, place or summary."""
    cell = _FOOTNOTES.sub("", cell.rstrip())  # ("Redfern Capital Partners II, L.P.(1)": a note's mark)
    if mention is not None and mention.end - mention.start >= len(cell) - 1:
        return mention.name
    name = cell.strip()
    if name.casefold().rstrip(":") in _SUMMARY:
        return None
    if not all(w[:1].isupper() or w[:1] in "&(" for w in name.split()):
        return None
    if is_person_name(name) or is_place_name(name) or _FAMILY.search(name):
        return None  # people and families as owners are no company's holding (seeds/README.md)
    return canonical_name(name) or None


def _percentage(written: str) -> Decimal | None:
    """A row's percentage ("31.4", a decimal comma "31,4"), at most 100."""
    try:
        value = Decimal(written.replace(",", "."))
    except InvalidOperation:
        return None
    return value if 0 < value <= 100 else None
