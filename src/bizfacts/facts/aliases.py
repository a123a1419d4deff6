"""Short names a document defines for a company, and the facts told again under them.

A document often gives a company a short name in brackets right after its full name:
"Clay Widget Institute (CWI)", "Korvane Holdings (Korvane)".  The short name is the
company's name from then on, and readers search by it: a fact of who runs the company,
where it is based or who owns it is returned once under each name.  The copy keeps the
evidence of the fact it repeats, and its ``rule`` ends in ``+alias``.  A short name the full
name starts with ("Korvane") gets no copy: a search by it finds the full name already.  A listing symbol
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

from .._fact_types import (
    AcquisitionFact,
    AnyFact,
    ExecutiveFact,
    FinancialMetricFact,
    HeadquartersFact,
    InvestmentFact,
    ListingFact,
    OwnershipFact,
    UserCountFact,
    ValuationFact,
)
from .._spans import CompanyMention

# the fields naming a company, per fact class that gets copies
_COMPANY_FIELDS: dict[type, tuple[str, ...]] = {
    ExecutiveFact: ("company",),
    HeadquartersFact: ("company",),
    OwnershipFact: ("owner", "asset"),
}
# every field naming one company, per fact class: where a short form the cascade promoted is renamed
_NAME_FIELDS: dict[type, tuple[str, ...]] = {
    **_COMPANY_FIELDS,
    AcquisitionFact: ("acquirer", "target", "seller"),
    InvestmentFact: ("investee",),
    UserCountFact: ("subject",),
    FinancialMetricFact: ("company",),
    ValuationFact: ("company",),
    ListingFact: ("company",),
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
            and _may_abbreviate(nxt.text.strip(), m.text)
        ):
            add(m.name, nxt.text.strip())

    return {name: tuple(aliases) for name, aliases in found.items()}


def _may_abbreviate(alias: str, name: str) -> bool:
    """Whether a short name of two or three capitals can abbreviate ``name``: its first letter opens
    the name and its other letters follow in order ("CWI" of "Clay Widget Institute", "LVS" of "Las
    Vegas Sands"); "DD" after "DuPont Corp" is a ticker. A longer short name may stand for the name
    (an acronym of the name in another language: "WIFO").

    >>> _may_abbreviate("CWI", "Clay Widget Institute"), _may_abbreviate("DD", "DuPont Corp")
    (True, False)
    """
    if not (alias.isupper() and alias.isalpha() and len(alias) <= 3):
        return True
    letters = name.casefold()
    if not letters.startswith(alias[0].casefold()):
        return False
    at = 1
    for ch in alias[1:].casefold():
        at = letters.find(ch, at) + 1
        if at == 0:
            return False
    return True


def with_aliases(facts: Sequence[AnyFact], aliases: dict[str, tuple[str, ...]]) -> list[AnyFact]:
    """``facts``, each standing relation followed by its copies under its companies' short names."""
    out: list[AnyFact] = []
    for f in facts:
        out.append(f)
        fields = _COMPANY_FIELDS.get(type(f))
        if not fields or not aliases:
            continue
        for field in fields:
            name = getattr(f, field)
            for alias in aliases.get(name, ()):
                if _opens(name, alias):
                    continue  # "Korvane Holdings (Korvane)": the full name already starts with it
                changes: dict[str, Any] = {field: alias, "rule": f.rule + "+alias"}
                out.append(attrs.evolve(f, **changes))
    return out


def _opens(name: str, alias: str) -> bool:
    """Whether ``alias`` is the first word or words of ``name`` ("Korvane" of "Korvane Holdings"):
    a reader who searches by it finds the full name, and a copy would only repeat the fact."""
    words = alias.split()
    return name.split()[: len(words)] == words


def with_full_names(facts: Sequence[AnyFact], companies: Sequence[CompanyMention]) -> list[AnyFact]:
    """``facts`` with each one-word name no extractor gave ("Founded in 2011, Trellis serves ...",
    promoted by the cascade) named as the one company of the document whose name it opens
    ("Trellis Health"); a word that opens several names, or none, stays as it is.

    >>> from bizfacts import extract_facts
    >>> [f.company for f in extract_facts("Trellis Health, Inc. makes software. Founded in 2011 and "
    ...     "headquartered in Nashville, Tennessee, Trellis serves more than 900 hospitals.")
    ...  if f.type == "headquarters"]
    ['Trellis Health']
    """
    names = {m.name for m in companies}
    opened: dict[str, set[str]] = {}
    for name in names:
        first, space, _rest = name.partition(" ")
        if space:
            opened.setdefault(first, set()).add(name)
    out: list[AnyFact] = []
    for f in facts:
        changes: dict[str, Any] = {}
        fields = _NAME_FIELDS.get(type(f), ())
        for field in fields:
            value = getattr(f, field)
            if not isinstance(value, str) or value in names or len(opened.get(value, ())) != 1:
                continue
            (full,) = opened[value]
            # (never the name another party of the same fact has: "Union" selling "Union Flonetics")
            others = [getattr(f, g) for g in fields if g != field]
            if not any(isinstance(o, str) and o.startswith(full) for o in others):
                changes[field] = full
        out.append(attrs.evolve(f, **changes) if changes else f)
    return out
