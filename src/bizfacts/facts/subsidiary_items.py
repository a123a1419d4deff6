"""A filing's bulleted list of its subsidiaries, introduced by a line such as "We conduct our
operations through the following principal operating subsidiaries, each of which is wholly owned
unless otherwise noted:", each item opening with the subsidiary's name and its town:

    • Halvern Pumps GmbH, Stuttgart, Germany — industrial pumps;
    • Brisa Filtration Pty Ltd, Brisbane, Australia — filters, in which we hold a 70% interest.

Each item gives an ownership of the subsidiary by the filer (the company the document is about),
its stake where the item tells one ("in which we hold a 70% interest") or the introduction says
all are wholly owned (100%), and the subsidiary's headquarters, the town as written before the
dash.  The introduction is what makes the list one of subsidiaries: items of other lists give
nothing.

>>> from bizfacts import extract_companies
>>> t = ("Our principal subsidiaries are:\\n"
...      "• Halvern Pumps GmbH, Stuttgart, Germany — industrial pumps;\\n"
...      "• Brisa Filtration Pty Ltd, Brisbane, Australia — filters, in which we hold a 70% interest.\\n")
>>> for f in subsidiary_items_facts(t, extract_companies(t), "Corvane"):
...     print(f.type, (f.asset, f.stake) if f.type == "ownership" else (f.company, f.location))
ownership ('Halvern Pumps', None)
headquarters ('Halvern Pumps', 'Stuttgart, Germany')
ownership ('Brisa Filtration', Decimal('70'))
headquarters ('Brisa Filtration', 'Brisbane, Australia')
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex

from .._fact_types import AnyFact, Evidence, HeadquartersFact, OwnershipFact
from .._spans import CompanyMention
from ..places import is_place_name
from .template import LazyPattern

# the introduction: a line naming subsidiaries (plural) and closing with a colon
_INTRODUCTION = LazyPattern(
    r"(?im)^[^\n]{0,200}?\b(?:following|our|its|principal|significant|main|operating|material)"
    r"[ \t]+(?:[a-z]+[ \t]+){0,2}subsidiaries\b[^\n]{0,120}:[ \t]*$"
)
_WHOLLY = regex.compile(r"(?i)\b(?:each|all)[ \t]+of[ \t]+which[ \t]+(?:is|are)[ \t]+wholly[ \t-]owned")
_BULLET = regex.compile(r"[ \t]*[•·*–-][ \t]+")
# after the name: ", Town[, Region][, Country] —" (the dash closes the place)
_TOWN = regex.compile(
    r",[ \t]+(?P<loc>\p{Lu}[\p{L}.'’ -]{1,40}?(?:,[ \t]+\p{Lu}[\p{L}.'’ -]{1,40}?){0,2})[ \t]+[—–-][ \t]"
)
# the item's own stake: "in which we hold a 70% interest", "(70% owned)", "a 70%-owned"
_STAKE = regex.compile(
    r"(?i)\b(?:hold|holds|own|owns)[ \t]+(?:an?[ \t]+)?(?P<a>\d{1,3}(?:\.\d{1,2})?)[ \t]*%"
    r"|(?P<b>\d{1,3}(?:\.\d{1,2})?)[ \t]*%[ \t-]*owned"
)
_MAX_ITEMS = 40
_MAX_ITEM = 400


def subsidiary_items_facts(
    text: str, companies: Sequence[CompanyMention], topic: str | None
) -> list[AnyFact]:
    """The ownerships and headquarters of a bulleted list of the filer's subsidiaries (see the
    module's docstring); ``topic`` is the filer."""
    if topic is None or "ubsidiaries" not in text:
        return []
    m = _INTRODUCTION.search(text)
    if m is None:
        return []
    wholly = _WHOLLY.search(m.group(0)) is not None
    by_start = {c.start: c for c in companies if c.kind == "company" and c.start > m.end()}
    out: list[AnyFact] = []
    pos = m.end() + 1
    for _ in range(_MAX_ITEMS):
        if pos >= len(text):
            break
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if not text[pos:end].strip():
            if out:
                break
            pos = end + 1
            continue
        bullet = _BULLET.match(text, pos, end)
        if bullet is None or end - pos > _MAX_ITEM:
            break
        company = by_start.get(bullet.end())
        if company is not None and company.name != topic:
            out.extend(_item(text, company, end, topic, wholly))
        pos = end + 1
    return out


def _item(text: str, company: CompanyMention, end: int, owner: str, wholly: bool) -> list[AnyFact]:
    """The facts of one item, whose subsidiary is ``company``."""
    evidence = Evidence(company.start, end, text[company.start : end])
    held = _STAKE.search(text, company.end, end)
    stake = Decimal(held.group("a") or held.group("b")) if held is not None else None
    if stake is not None and not 0 < stake <= 100:
        stake = None
    if stake is None and wholly:
        stake = Decimal(100)
    facts: list[AnyFact] = [
        OwnershipFact(
            evidence=evidence,
            owner=owner,
            asset=company.name,
            stake=stake,
            confidence=0.75,
            rule="list of subsidiaries",
        )
    ]
    town = _TOWN.match(text, company.end, end)
    if town is not None and is_place_name(town.group("loc").split(",")[0].strip()):
        facts.append(
            HeadquartersFact(
                evidence=evidence,
                company=company.name,
                location=town.group("loc"),
                confidence=0.75,
                rule="list of subsidiaries",
            )
        )
    return facts
