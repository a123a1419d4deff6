"""The owners of a joint venture held in equal shares: "Y, a 50-50 joint venture of A and B",
"A's joint venture with B, Y, in which each partner holds 50%", "A and B formed Y, an equally
owned joint venture".  A sentence that tells the partnership (its parties found by the cascade),
names one other company (the venture) and says the shares are equal gives each party's ownership
of the venture: the percentage the sentence states for each ("each holds 50%", "50% each"), else
half for each of two parties.

>>> import bizfacts
>>> t = "Corrin Rail Ltd is a 50-50 joint venture between Halden Freight Inc. and Marrow Ports Inc."
>>> sorted((f.owner, f.asset, str(f.stake)) for f in bizfacts.extract_facts(t) if f.type == "ownership")
[('Halden Freight', 'Corrin Rail', '50'), ('Marrow Ports', 'Corrin Rail', '50')]
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from .._fact_types import AnyFact, Evidence, OwnershipFact, PartnershipFact
from .._spans import CompanyMention
from .template import LazyPattern

# what says the venture's shares are equal: "50-50", "50/50", "fifty-fifty", "equally owned",
# "each partner holds 50%", "50% each"
_EQUAL = LazyPattern(
    r"(?i)\b(?:50[-/]50|fifty[-\s]fifty|equally[-\s](?:owned|held)|(?:owned|held)[ \t]+equally"
    r"|each[ \t]+(?:(?:partner|party|parent|company|side|shareholder)[ \t]+)?(?:holds?|owns?|has|with)[ \t]+"
    r"(?:an?[ \t]+)?(?P<each>\d{1,2}(?:\.\d{1,2})?)[ \t]*(?:%|per[ \t]?cent|percent)"
    r"|(?P<after>\d{1,2}(?:\.\d{1,2})?)[ \t]*(?:%|per[ \t]?cent|percent)[ \t]+(?:stake[ \t]+)?each)"
)
_HALF = Decimal(50)
_VENTURE_WORD = LazyPattern(r"(?i)\bventure\b")
# the venture's name before the word, in an apposition or after a copula: "Y, a 50-50 joint venture",
# "Y is an equally owned joint venture"
_NAME_BEFORE = LazyPattern(
    r"(?i)(?:,|[ \t]+(?:is|was|will[ \t]+be|becomes?|became))[ \t]+(?:an?|the|its|their)[ \t]+"
    r"[^,;.()]{0,40}?(?:joint[ \t]+)?\Z"
)
# ... or after it: "a joint venture with B called Y", "its joint venture with B, Y,"
_NAME_AFTER = LazyPattern(r"(?i)[^;:]{0,60}?(?:\bcalled|\bnamed|\bknown[ \t]+as|,)[ \t]*[\"“]?\Z")


def _names_the_venture(text: str, start: int, end: int, venture: CompanyMention) -> bool:
    """Whether the company ``venture`` is the one the word "venture" names ("Y, a 50-50 joint
    venture", "a joint venture with B called Y"), not another one of the sentence ("A, an affiliate
    of the Z Group, will form a 50-50 joint venture with B": Z is no venture)."""
    for m in _VENTURE_WORD.get().finditer(text, start, end):
        if venture.end <= m.start() and _NAME_BEFORE.get().match(text, venture.end, m.start()) is not None:
            return True
        if m.end() <= venture.start and _NAME_AFTER.get().match(text, m.end(), venture.start) is not None:
            return True
    return False


def venture_stakes(
    text: str, start: int, end: int, told: Sequence[AnyFact], companies: Sequence[CompanyMention]
) -> list[AnyFact]:
    """The equal stakes of the joint venture the sentence ``text[start:end]`` names: ``told`` are
    the facts the sentence gave, ``companies`` its company mentions."""
    cue = _EQUAL.get().search(text, start, end)
    if cue is None:
        return []
    partnership = next((f for f in told if isinstance(f, PartnershipFact) and len(f.parties) >= 2), None)
    if partnership is None:
        return []
    parties = set(partnership.parties)
    others = [c for c in companies if c.kind == "company" and c.name not in parties]
    if len({c.name for c in others}) != 1 or not _names_the_venture(text, start, end, others[0]):
        return []
    figure = cue.group("each") or cue.group("after")
    if figure is not None:
        stake = Decimal(figure)
    elif len(parties) == 2:
        stake = _HALF
    else:
        return []
    if stake * len(parties) > 100:
        return []
    venture = others[0].name
    evidence = Evidence(start, end, text[start:end])
    return [
        OwnershipFact(
            evidence=evidence,
            confidence=0.6,
            rule="joint venture: equal shares",
            owner=p,
            asset=venture,
            stake=stake,
        )
        for p in partnership.parties
    ]
