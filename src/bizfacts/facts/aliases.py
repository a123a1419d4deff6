"""Short names a document defines for a company, and the facts told again under them.

A document often gives a company a short name in brackets right after its full name:
"Clay Widget Institute (CWI)", "Korvane Holdings (Korvane)".  The short name is the
company's name from then on, and readers search by it: a fact of who runs the company,
where it is based or who owns it is returned once under each name.  The copy keeps the
evidence of the fact it repeats, and its ``rule`` ends in ``+alias``.  A listing symbol
("Norvel Trading Co. (NYSE: NVT)") is no such name: it stays in the listing fact.

Only those standing relations are repeated (executive, headquarters, ownership); a deal or
a figure is an event told once, under the name the sentence uses.

>>> from bizfacts import extract_facts
>>> [(f.company, f.rule.endswith("+alias"))
...  for f in extract_facts("Clay Widget Institute (CWI) is based in Dover, Delaware.")]
[('Clay Widget Institute', False), ('CWI', True)]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs
import regex

from .._fact_types import AnyFact, ExecutiveFact, HeadquartersFact, OwnershipFact
from .._spans import CompanyMention

# the fields naming a company, per fact class that gets copies
_COMPANY_FIELDS: dict[type, tuple[str, ...]] = {
    ExecutiveFact: ("company",),
    HeadquartersFact: ("company",),
    OwnershipFact: ("owner", "asset"),
}
_OPEN = regex.compile(r"[ \t]{0,3}\([ \t]{0,3}\Z")
_CLOSE = regex.compile(r"[ \t]{0,3}\)")


def defined_aliases(text: str, companies: Sequence[CompanyMention]) -> dict[str, tuple[str, ...]]:
    """Each company's short names defined in brackets right after one of its mentions.

    ``companies`` must be in text order.

    >>> from bizfacts import extract_companies
    >>> t = "Norvel Trading Co. (NYSE: NVT) and Clay Widget Institute (CWI) met."
    >>> defined_aliases(t, extract_companies(t))
    {'Clay Widget Institute': ('CWI',)}
    """
    found: dict[str, list[str]] = {}

    def add(name: str, alias: str) -> None:
        if alias != name and alias not in found.setdefault(name, []):
            found[name].append(alias)

    for i, m in enumerate(companies):
        if m.kind == "product":
            continue
        nxt = companies[i + 1] if i + 1 < len(companies) else None
        if (
            nxt is not None
            and nxt.start - m.end <= 6
            and _OPEN.search(text, m.end, nxt.start)
            and _CLOSE.match(text, nxt.end)
            and nxt.text.count(" ") < 4
        ):
            add(m.name, nxt.text.strip())

    return {name: tuple(aliases) for name, aliases in found.items()}


def with_aliases(facts: Sequence[AnyFact], aliases: dict[str, tuple[str, ...]]) -> list[AnyFact]:
    """``facts``, each standing relation followed by its copies under its companies' short names."""
    out: list[AnyFact] = []
    for f in facts:
        out.append(f)
        fields = _COMPANY_FIELDS.get(type(f))
        if not fields or not aliases:
            continue
        for field in fields:
            for alias in aliases.get(getattr(f, field), ()):
                changes: dict[str, Any] = {field: alias, "rule": f.rule + "+alias"}
                out.append(attrs.evolve(f, **changes))
    return out
