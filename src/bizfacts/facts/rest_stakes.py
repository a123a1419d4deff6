"""The rest of a company's shares: "The state owns a 51% stake in Y, and X owns the rest": X holds
the 49% that the sentence's stake leaves.  And a stake kept in what a company sold: "X spun off Y
in 2020 but retains a 19.9% interest" (:func:`retained_stakes`).

A holder (a company right before "owns the rest", "holds the remainder", "has the balance")
gets the complement of the stake the same sentence tells in another company ("a 51% stake in
Y", "51% of Y"), whoever holds that one (the state, a family, a fund no extractor named).

>>> import bizfacts
>>> [(f.owner, f.asset, str(f.stake)) for f in bizfacts.extract_facts(
...     "The state owns a 51% stake in Tesk Mining, and Halvard Energy owns the rest.")]
[('Halvard Energy', 'Tesk Mining', '49')]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from decimal import Decimal

from .._fact_types import AnyFact, Evidence, OwnershipFact
from .._spans import CompanyMention, PercentMention
from .template import LazyPattern

# "X owns the rest", "X holds the remainder", "X has the balance", "X keeps the remaining shares"
_REST = LazyPattern(
    r"(?i)[ \t]+(?:owns|holds|has|keeps|retains|owned|held|kept|retained)[ \t]+the[ \t]+"
    r"(?:rest|remainder|balance|remaining[ \t]+shares)\b"
)
# after a percentage: the stake's noun and "in", or "of" ("a 51% stake in Y", "51 pct of Y")
_STAKE_IN = LazyPattern(
    r"(?i)[ \t]+(?:(?:stake|interest|holding|shareholding)[ \t]+in|of)[ \t]+(?:the[ \t]+)?\Z"
)


def rest_stakes(
    text: str,
    start: int,
    end: int,
    percentages: Sequence[PercentMention],
    companies: Sequence[CompanyMention],
) -> list[AnyFact]:
    """The stakes "X owns the rest" tells in ``text[start:end]``: the complement of the stake the
    sentence tells before it (``percentages`` and ``companies`` are the sentence's, in text order)."""
    named = [c for c in companies if c.kind == "company"]
    out: list[AnyFact] = []
    for holder in named:
        if _REST.get().match(text, holder.end, min(end, holder.end + 40)) is None:
            continue
        told = _stake_before(text, holder.start, percentages, named)
        if told is None:
            continue
        asset, share = told
        if asset == holder.name or not Decimal(0) < share < Decimal(100):
            continue
        out.append(_stake(text, start, end, "remaining stake", holder.name, asset, Decimal(100) - share))
    return out


def _stake_before(
    text: str, before: int, percentages: Sequence[PercentMention], named: Sequence[CompanyMention]
) -> tuple[str, Decimal] | None:
    """(company, percentage) of the last stake told before ``before``: a percentage, then "stake
    in" or "of", then the company."""
    starts = [c.start for c in named]
    for p in reversed(percentages):
        if p.end > before or p.value is None:
            continue
        k = bisect.bisect_left(starts, p.end)
        if k >= len(named) or named[k].start >= before:
            continue
        if _STAKE_IN.get().search(text, p.end, named[k].start) is None or named[k].start - p.end > 30:
            continue
        return named[k].name, Decimal(p.value)
    return None


# "X spun off (sold, floated) Y ... but retains a 19.9% stake": the seller keeps a part of Y
_DIVESTED = LazyPattern(
    r"(?i)[ \t]+(?:has[ \t]+)?(?:spun[ \t]+off|sold|divested|floated|listed|carved[ \t]+out)[ \t]+"
    r"(?:(?:its|the)[ \t]+(?:\w+[ \t]+){0,3}?)?\Z"
)
_KEEPS = LazyPattern(
    r"(?i)[^.;]{0,60}?\b(?:but|and|while)[ \t]+(?:still[ \t]+)?"
    r"(?:retains|retained|keeps|kept|holds|held|still[ \t]+owns)[ \t]+(?:a|an)[ \t]+\Z"
)
_KEPT_NOUN = LazyPattern(r"(?i)[ \t]+(?:stake|interest|holding|shareholding)\b(?![ \t]+in\b)")


def retained_stakes(
    text: str,
    start: int,
    end: int,
    percentages: Sequence[PercentMention],
    companies: Sequence[CompanyMention],
) -> list[AnyFact]:
    """ "X spun off Y in 2020 but retains a 19.9% interest": X's stake in Y (the company it
    divested, named right after the verb), read in ``text[start:end]``."""
    named = [c for c in companies if c.kind == "company"]
    out: list[AnyFact] = []
    for i, asset in enumerate(named[1:], 1):
        seller = named[i - 1]
        if _DIVESTED.get().search(text, seller.end, asset.start) is None or asset.start - seller.end > 50:
            continue
        for p in percentages:
            if p.start < asset.end or p.value is None or p.start - asset.end > 100:
                continue
            if _KEEPS.get().search(text, asset.end, p.start) and _KEPT_NOUN.get().match(text, p.end):
                kept = Decimal(p.value)
                out.append(_stake(text, start, end, "retained stake", seller.name, asset.name, kept))
                break
    return out


def _stake(
    text: str, start: int, end: int, rule: str, owner: str, asset: str, stake: Decimal
) -> OwnershipFact:
    """An ownership fact told by the sentence ``text[start:end]``, less sure than a clause's own."""
    evidence = Evidence(start, end, text[start:end])
    return OwnershipFact(evidence=evidence, confidence=0.6, rule=rule, owner=owner, asset=asset, stake=stake)
