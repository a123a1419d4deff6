"""A company described as another's: "X, a Y company,", "X (a Y company)", "X is a Y company".

An article, a company's name and the noun "company" (or "business") describe the company
before them as one of that company's own: Y owns X.  Only a name the company extractor knows
as a company stands for the owner ("X, a Delaware company" names a place, "X, a Fortune 500
company" a list); a lowercase word between ("X, a Blackstone portfolio company") or a sentence
telling a deal ("sold X, a Y company, to Z") gives nothing.

>>> from bizfacts import extract_companies
>>> t = "Brisco Valves, a Hallam Industries company, makes pumps."
>>> [(f.owner, f.asset) for f in company_of_facts(t, 0, len(t), extract_companies(t))]
[('Hallam Industries', 'Brisco Valves')]
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from .._fact_types import AnyFact, Evidence, OwnershipFact
from .._spans import CompanyMention
from ..places import is_place_name

# between the company and its owner's name: ", a", " (an", " is a", " was a"
_BEFORE_OWNER = regex.compile(
    r"(?:,[ \t]{1,2}|[ \t]{1,2}\([ \t]?|[ \t]{1,2}(?:is|was)[ \t]{1,2})an?[ \t]{1,2}"
)
# after the owner's name: the noun, then the apposition's or the sentence's end
_AFTER_OWNER = regex.compile(
    r"[ \t]{1,2}(?:company|business)(?=[ \t]{0,2}[,.;)]|[ \t]{1,2}(?:that|which|and)\b)"
)
# a deal the sentence tells: the description may be of the time before it
_DEAL = regex.compile(r"(?i)\b(?:acquir|buy|bought|sell|sold|sale|purchas|merg|divest|spin|spun|takeover)")


def company_of_facts(text: str, start: int, end: int, companies: Sequence[CompanyMention]) -> list[AnyFact]:
    """The ownerships "X, a Y company" tells in the sentence ``text[start:end]``; ``companies`` are
    the company mentions inside it, in text order."""
    if _DEAL.search(text, start, end) is not None:
        return []
    out: list[AnyFact] = []
    for asset, owner in itertools.pairwise(companies):
        if asset.kind != "company" or owner.kind != "company" or asset.name == owner.name:
            continue
        if owner.start - asset.end > 12 or _BEFORE_OWNER.fullmatch(text, asset.end, owner.start) is None:
            continue
        if _AFTER_OWNER.match(text, owner.end, end) is None or is_place_name(owner.text):
            continue
        out.append(
            OwnershipFact(
                evidence=Evidence(start, end, text[start:end]),
                confidence=0.75,
                rule="unit/a-company-of",
                owner=owner.name,
                asset=asset.name,
                stake=None,
            )
        )
    return out
