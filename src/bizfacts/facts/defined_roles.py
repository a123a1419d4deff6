"""Deal roles a filing defines: 'Stone Valley Partners, L.P. (the "Seller")'.

Purchase agreements and the filings that report them name each party once with its role
in the deal, then speak of "the Seller" or "the Buyer".  A deal the document tells without
one of its parties ("the Company completed its acquisition of Quarry Ridge") takes the
company the document defined for that role.

>>> from bizfacts import extract_facts
>>> t = ('Harrow Holdings Inc completed its acquisition of Quarry Ridge LLC from '
...      'the Seller. The agreement is among Harrow, Quarry Ridge and Stone Valley Partners, '
...      'L.P. (the "Seller").')
>>> [(f.acquirer, f.target, f.seller) for f in extract_facts(t)]
[('Harrow', 'Quarry Ridge', 'Stone Valley Partners')]
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from .._fact_types import AcquisitionFact, AnyFact
from .._spans import CompanyMention

# right after a company's name: '(the "Seller")', '("Purchaser")'
_ROLE_AFTER = regex.compile(
    r"[ \t]{0,3},?[ \t]{0,3}\([ \t]{0,3}(?:the[ \t]+)?[\"“]"
    r"(?P<role>Sellers?|Buyers?|Purchasers?|Acquirer|Parent)[\"”]"
)
# the deal's role each defined term names ("Parent": the buyer in a merger agreement)
_ROLE_OF = {
    "seller": "seller",
    "sellers": "seller",
    "buyer": "acquirer",
    "buyers": "acquirer",
    "purchaser": "acquirer",
    "purchasers": "acquirer",
    "acquirer": "acquirer",
    "parent": "acquirer",
}


def defined_roles(text: str, companies: Sequence[CompanyMention]) -> dict[str, str]:
    """The deal role ("seller", "acquirer") each company the text defines by its role names, where
    one company alone is defined for it.

    >>> from bizfacts import extract_companies
    >>> t = 'Stone Valley Partners, L.P. (the "Seller") and Harrow Inc ("Buyer") signed.'
    >>> defined_roles(t, extract_companies(t))
    {'seller': 'Stone Valley Partners', 'acquirer': 'Harrow'}
    """
    if '"' not in text and "“" not in text:
        return {}
    found: dict[str, set[str]] = {}
    for c in companies:
        if c.kind != "company":
            continue
        m = _ROLE_AFTER.match(text, c.end)
        if m is not None:
            found.setdefault(_ROLE_OF[m.group("role").casefold()], set()).add(c.name)
    return {role: next(iter(names)) for role, names in found.items() if len(names) == 1}


def with_defined_roles(facts: list[AnyFact], roles: dict[str, str]) -> list[AnyFact]:
    """``facts`` with each acquisition's seller or buyer that is missing, or named by the defined
    term itself ("from the Seller"), filled from ``roles`` (:func:`defined_roles`), where that
    company takes no other part in the deal."""
    if not roles:
        return facts
    out: list[AnyFact] = []
    for f in facts:
        if isinstance(f, AcquisitionFact):
            for field in ("seller", "acquirer"):
                named = roles.get(field)
                value = getattr(f, field)
                if named is None or (value is not None and value.casefold() not in _ROLE_OF):
                    continue  # (a party named, not "the Seller": it stays)
                if named in (f.acquirer, f.target, f.seller, *f.co_acquirers):
                    continue  # (a company takes one part in a deal)
                f = attrs.evolve(f, seller=named) if field == "seller" else attrs.evolve(f, acquirer=named)
        out.append(f)
    return out
