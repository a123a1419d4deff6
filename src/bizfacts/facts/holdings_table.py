"""Tables of a group's undertakings: an annual report's note "Principal subsidiaries", a filing's list
of subsidiaries, laid out in columns parted by runs of spaces or tabs, one of them the share the
group holds::

    Name                        Country of incorporation   % held 2025   % held 2024
    Harrowgate Foods Limited    Ireland                    100           100
    Maelvik Seafoods A/S        Denmark                    75            60

Each row whose first cell names a company and whose cell under the first share column ("% held",
"% owned", "Ownership interest", "Holding") is a number gives the ownership of that company by the
company the document is about (its topic): a stake as the cell writes it ("-": none held that year).

>>> from bizfacts import extract_companies
>>> t = ("Name                      Country      % held\\n"
...      "Harrowgate Foods Limited  Ireland      100\\n"
...      "Maelvik Seafoods A/S      Denmark      75\\n")
>>> [(f.owner, f.asset, str(f.stake)) for f in holdings_table_facts(t, extract_companies(t), "Kelvara")]
[('Kelvara', 'Harrowgate Foods', '100'), ('Kelvara', 'Maelvik Seafoods', '75')]
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

import regex

from .._fact_types import AnyFact, Evidence, OwnershipFact
from .._spans import CompanyMention
from .._suffixes import canonical_name, suffix_class
from .template import LazyPattern

# a column header line: a name column first, then a share column among others
_HEADER = LazyPattern(
    r"(?im)^[ \t]*(?:name(?:[ \t]+of[ \t]+(?:subsidiary|undertaking|company|entity))?"
    r"|subsidiary|subsidiaries|undertaking|company|entity)(?:[ \t]{2,}|\t)[^\n]*?"
    r"(?P<share>%[ \t]*(?:held|owned|holding|interest|ownership|of[ \t]+(?:shares|equity|capital))"
    r"|(?:ownership|equity|effective)[ \t]+interest|interest[ \t]+held"
    r"|percentage[ \t]+(?:held|owned)|holding)\b[^\n]*$"
)
# a footnote mark after a name: "Wexmoor Bakeries Limited (a)", "Acme Ltd*"
_FOOTNOTE = regex.compile(r"[ \t]*(?:\([a-z0-9]{1,2}\)|\*{1,3}|†)$")
_NUMBER = regex.compile(r"(?P<value>\d{1,3}(?:\.\d{1,2})?)[ \t]*%?")
_MAX_ROWS = 60


def holdings_table_facts(text: str, companies: Sequence[CompanyMention], topic: str | None) -> list[AnyFact]:
    """The ownership facts of the holdings tables in ``text``, each of ``topic``."""
    if topic is None or ("%" not in text and "nterest" not in text and "olding" not in text):
        return []
    out: list[AnyFact] = []
    for header in _HEADER.finditer(text):
        column = header.start("share") - header.start()
        pos = header.end() + 1
        for _ in range(_MAX_ROWS):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if not line.strip():
                break
            fact = _row_fact(text, pos, line, column, companies, topic)
            if fact is not None:
                out.append(fact)
            pos = end + 1
            if pos >= len(text):
                break
    return out


def _row_fact(
    text: str, pos: int, line: str, column: int, companies: Sequence[CompanyMention], topic: str
) -> OwnershipFact | None:
    """The ownership a table row at ``pos`` tells, or None (no company, no share under the column)."""
    cells = _split_on_gaps(line)
    if len(cells) < 2:
        return None
    first_at, first = cells[0]
    if first_at > 4:
        return None  # (a row whose name cell is empty: a continued line)
    # the cell that starts nearest the share column's header (a table's columns are aligned)
    at, value = min(cells[1:], key=lambda c: abs(c[0] - column))
    if abs(at - column) > 6:
        return None
    number = _NUMBER.fullmatch(value)
    if number is None:
        return None  # "-": none held that year
    try:
        stake = Decimal(number.group("value"))
    except InvalidOperation:  # pragma: no cover - the pattern reads digits only
        return None
    if not 0 < stake <= 100:
        return None
    name = _FOOTNOTE.sub("", first)
    start = pos + first_at
    mention = next((c for c in companies if c.start == start and c.kind == "company"), None)
    if mention is not None:
        asset = mention.name
    elif suffix_class(name.split()[-1]) is not None and len(name.split()) > 1:
        asset = canonical_name(name)  # a name the extractors did not read as written in a table
    else:
        return None
    if asset == topic:
        return None
    return OwnershipFact(
        evidence=Evidence(pos, pos + len(line.rstrip()), line.rstrip()),
        owner=topic,
        asset=asset,
        stake=stake,
        confidence=0.75,
        rule="holdings table: NAME ... % held",
    )


# what parts a row's cells: two spaces or more, or tabs
_GAP = regex.compile(r"[ ]{2,}|\t+")


def _split_on_gaps(line: str) -> list[tuple[int, str]]:
    """The cells of a row, each with where it starts in the line."""
    cells = []
    pos = 0
    for gap in [*_GAP.finditer(line), None]:
        stop = len(line) if gap is None else gap.start()
        cell = line[pos:stop]
        if cell.strip():
            cells.append((pos + len(cell) - len(cell.lstrip()), cell.strip()))
        if gap is not None:
            pos = gap.end()
    return cells
