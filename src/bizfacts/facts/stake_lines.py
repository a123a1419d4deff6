"""A report's lines that give one holding each: a company's name (its country in brackets), a colon
or a dash, then its share and what it is to the report's company: "Delmar Recovery B.V.
(Netherlands): 50% joint venture with Oostkamp Papier N.V., which holds the other 50%.",
"Cairnbrook Recycling Limited (Scotland): 30.5% associate.", "- Tolvik AB – 75% subsidiary".
Each line gives the report's company's ownership of the named one; a joint venture "with Y" is a
partnership with Y, and "which holds the other (remaining) 50%" Y's stake.

>>> from bizfacts import extract_companies
>>> t = ("Joint venture and associate\\n"
...      "Delmar Recovery B.V. (Netherlands): 50% joint venture with Oostkamp Papier N.V., "
...      "which holds the other 50%.\\nCairnbrook Recycling Limited (Scotland): 30.5% associate.\\n")
>>> for f in stake_line_facts(t, extract_companies(t), "Brantley"):
...     print(f.type, (f.owner, f.asset, str(f.stake)) if f.type == "ownership" else f.parties)
ownership ('Brantley', 'Delmar Recovery', '50')
partnership ('Brantley', 'Oostkamp Papier')
ownership ('Oostkamp Papier', 'Delmar Recovery', '50')
ownership ('Brantley', 'Cairnbrook Recycling', '30.5')
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from .._fact_types import AnyFact, Evidence, OwnershipFact, PartnershipFact
from .._spans import CompanyMention
from .template import LazyPattern

# after the name on its line: its country in brackets, a colon or a dash, the share and the holding
_HOLDING = LazyPattern(
    r"(?:[ \t]*\([^()\n]{2,40}\))?[ \t]*(?::|[ \t][–—-])[ \t]*(?P<pct>\d{1,3}(?:\.\d{1,2})?)[ \t]*%"
    r"(?:[ \t]*-?[ \t]*owned)?[ \t]+(?P<kind>joint[ \t]+venture|associate|subsidiary|affiliate)\b"
)
# the partner of a joint venture and its share: "with Y, which holds the other 50%"
_PARTNER_STAKE = LazyPattern(
    r"[ \t]*,?[ \t]*which[ \t]+holds[ \t]+the[ \t]+(?:other|remaining)[ \t]+"
    r"(?P<pct>\d{1,3}(?:\.\d{1,2})?)[ \t]*%"
)
_WITH = LazyPattern(r"[ \t]+with[ \t]+\Z")
_MAX_PREFIX = 6  # a bullet and spaces before the name


def stake_line_facts(text: str, companies: Sequence[CompanyMention], topic: str | None) -> list[AnyFact]:
    """The holdings of the report's company (``topic``) its one-line entries give."""
    if topic is None or "%" not in text:
        return []
    out: list[AnyFact] = []
    named = [c for c in companies if c.kind == "company"]
    for k, c in enumerate(named):
        # (the line's start looked for only as far back as a name may open it: a one-line text of many
        # names stays linear)
        lo = max(0, c.start - _MAX_PREFIX - 1)
        line_start = text.rfind("\n", lo, c.start) + 1
        if (line_start == 0 and lo > 0) or text[line_start : c.start].strip(" \t•·*–-"):
            continue
        m = _HOLDING.get().match(text, c.end)
        if m is None or c.name == topic:
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        evidence = Evidence(line_start, line_end, text[line_start:line_end])
        out.append(_owned(evidence, topic, c.name, m.group("pct")))
        partner = named[k + 1] if k + 1 < len(named) else None
        if (
            m.group("kind").startswith("joint")
            and partner is not None
            and partner.end <= line_end
            and _WITH.get().search(text, m.end(), partner.start) is not None
            and partner.name not in (topic, c.name)
        ):
            out.append(
                PartnershipFact(
                    evidence=evidence, confidence=0.7, rule="stake line", parties=(topic, partner.name)
                )
            )
            rest = _PARTNER_STAKE.get().match(text, partner.end, line_end)
            if rest is not None:
                out.append(_owned(evidence, partner.name, c.name, rest.group("pct")))
    return out


def _owned(evidence: Evidence, owner: str, asset: str, pct: str) -> OwnershipFact:
    return OwnershipFact(
        evidence=evidence, confidence=0.7, rule="stake line", owner=owner, asset=asset, stake=Decimal(pct)
    )
