"""Deals told by their exchange ratio alone: "Holders of Y would get 0.8 share of X for each Y
share" says X is to buy Y, though no sentence of the text uses a verb of buying.

A sentence gives the deal when its shareholders' verb ("will receive", "would get") is followed
by a number, a share of one company (the buyer) and "for each" share of another (the target,
named there or as the holders' company before the verb).  Only where no acquisition of that
target is told already: the ratio then adds nothing.

>>> import bizfacts
>>> t = "Holders of Orvell Tool Co would get 0.8 share of Brannock International Corp for each Orvell share."
>>> [(f.acquirer, f.target, f.status) for f in bizfacts.extract_facts(t)]
[('Brannock International', 'Orvell Tool', 'planned')]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from .._fact_types import AcquisitionFact, AnyFact, Evidence
from .._sentences import sentence_spans
from .._spans import CompanyMention
from .template import LazyPattern

# the shareholders' verb and the ratio: "will receive 0.85", "would get about 1.2", "are to get 0.3150 of a"
_RATIO = LazyPattern(
    r"(?i)\b(?:will|would|are[ \t]+to|to|shall)[ \t]+(?:receive|get)[ \t]+"
    r"(?:about[ \t]+|approximately[ \t]+)?"
    # ("will receive $21.00 in cash and 0.3150 of a Harlan share": cash first)
    r"(?:\p{Sc}?\d{1,5}(?:[.,]\d{1,3})?[ \t]+(?:in[ \t]+cash[ \t]+)?(?:and|plus)[ \t]+)?"
    r"\d{1,3}(?:\.\d{1,6})?[ \t]+(?!p(?:er)?[ \t]*c(?:en)?t\b)"  # (not "80 pct of X's stock")
)
# after the buyer's share: "for each", "for every"
_FOR_EACH = LazyPattern(r"(?i)\bfor[ \t]+(?:each|every)[ \t]+")
# the holders' company: "Holders of (the remaining) Y", "Shareholders in Y" after it, "Y shareholders"
# before it
_HOLDERS_OF = LazyPattern(
    r"(?i)\b(?:share|stock)?holders[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?(?:remaining[ \t]+)?\Z"
)
_HOLDERS_AFTER = LazyPattern(r"(?i)(?:['’]s?)?[ \t]+(?:common[ \t]+)?(?:share|stock)?holders\b")
# a dividend or a spin-off, no deal: "holders will receive one share of X as a dividend for each"
_DIVIDEND = LazyPattern(r"(?i)\b(?:dividend|distribution|spin-?off|spun[ \t]+off)\b")


def with_exchange_ratios(
    text: str, facts: Sequence[AnyFact], companies: Sequence[CompanyMention]
) -> list[AnyFact]:
    """``facts`` and the deals the exchange ratios of ``text`` tell where ``facts`` hold no
    acquisition of their target; a merger told with its parties the other way round ("A and B agreed
    to merge", A read as the buyer) takes the ratio's buyer, whose shares the holders get."""
    out = list(facts)
    if "olders" not in text or not companies:  # ("Holders", "shareholders", "stockholders")
        return out
    bought = {f.target for f in facts if isinstance(f, AcquisitionFact)}
    pairs = {
        frozenset((f.acquirer, f.target)): i
        for i, f in enumerate(facts)
        if isinstance(f, AcquisitionFact) and f.acquirer
    }
    starts = [c.start for c in companies]
    spans = sentence_spans(text)
    span_starts = [s for s, _e in spans]
    for m in _RATIO.get().finditer(text):
        k = bisect.bisect_right(span_starts, m.start()) - 1
        if k < 0:
            continue
        s, e = spans[k]
        each = _FOR_EACH.get().search(text, m.end(), min(e, m.end() + 80))
        if each is None or _DIVIDEND.get().search(text, s, e) is not None:
            continue
        inside = companies[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]
        buyers = [c for c in inside if m.end() <= c.start < each.start()]
        after = [c for c in inside if each.end() <= c.start <= each.end() + 2]
        holders = [
            c
            for c in inside
            if c.start < m.start()
            and (
                _HOLDERS_OF.get().search(text, max(0, c.start - 40), c.start) is not None
                or _HOLDERS_AFTER.get().match(text, c.end) is not None
            )
        ]
        target = after[0] if after else (holders[-1] if holders else None)
        if not buyers or target is None or buyers[0].name == target.name:
            continue
        buyer = buyers[0].name
        told = pairs.get(frozenset((buyer, target.name)))
        if told is not None:
            deal = out[told]
            merger = isinstance(deal, AcquisitionFact) and deal.rule.startswith("merge/")
            if merger and isinstance(deal, AcquisitionFact) and deal.acquirer == target.name:
                # (the holders' side is the one bought)
                out[told] = attrs.evolve(deal, acquirer=buyer, target=target.name)
            continue
        if target.name in bought:
            continue
        bought.add(target.name)
        out.append(
            AcquisitionFact(
                evidence=Evidence(s, e, text[s:e]),
                confidence=0.6,
                rule="acquire/exchange-ratio",
                acquirer=buyer,
                target=target.name,
                status="planned",
            )
        )
    return out
