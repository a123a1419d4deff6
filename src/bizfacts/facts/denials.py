"""Deals a party denies: a rumoured deal is no fact once the text tells that its target (or its
buyer) denied it ("Y said it was not aware of any negotiations", "Y denied the report", "X said
it is not in talks").

A report of talks gives an acquisition with status "rumored"; a denial by a party anywhere in
the text drops it.  Only rumoured deals are dropped: a denial does not undo a deal the text
tells as agreed or done.

>>> import bizfacts
>>> t = ("Halvard Capital is in advanced talks to buy 51% of Tesk Mining, a newspaper reported. "
...      "Tesk Mining said on Sunday it was not aware of any negotiations.")
>>> [f.type for f in bizfacts.extract_facts(t)]
[]
"""

from __future__ import annotations

from collections.abc import Sequence

from .._fact_types import AcquisitionFact, AnyFact
from .._spans import CompanyMention
from .template import LazyPattern

# after a company's name: a denial ("denied the report", "said it was not aware of any talks",
# "said it has not received any offer", "said it is not in talks", "said it is not for sale")
_DENIES = LazyPattern(
    r"(?i)[ \t]+(?:(?:flatly[ \t]+)?denie[sd]\b"
    r"|(?:said|says|stated)(?:[ \t]+(?:on|in|late|early)[ \t]+\w+)?(?:[ \t]+that)?"
    r"[ \t]+(?:it|the[ \t]+company)[ \t]+"
    r"(?:was|is|had|has|did)[ \t]+(?:not|never)[ \t]+"
    r"(?:aware[ \t]+of[ \t]+any|received[ \t]+any|in[ \t]+(?:any[ \t]+)?(?:talks|negotiations|discussions)"
    r"|party[ \t]+to[ \t]+any|for[ \t]+sale|held[ \t]+any|engaged[ \t]+in))"
)
# a quoted denial whose speaker is named after it: '"We are not in talks ...," Y said'
_QUOTED_DENIAL = LazyPattern(
    r"(?i)[\"“](?:we|the[ \t]+company)[ \t]+(?:are|is|have|has)[ \t]+not[ \t]+"
    r"(?:been[ \t]+)?(?:in[ \t]+(?:any[ \t]+)?(?:talks|negotiations|discussions)|received[ \t]+any"
    r"|party[ \t]+to)"
    r"[^\"”\n]{0,300}[\"”][ \t]*,?[ \t]*\Z"
)


def without_denied(text: str, facts: list[AnyFact], companies: Sequence[CompanyMention]) -> list[AnyFact]:
    """``facts`` without the rumoured acquisitions a party of the deal denies in ``text``."""
    if not any(isinstance(f, AcquisitionFact) and f.status == "rumored" for f in facts):
        return facts
    deniers = {c.name for c in companies if _denies(text, c)}
    if not deniers:
        return facts
    return [
        f
        for f in facts
        if not (
            isinstance(f, AcquisitionFact)
            and f.status == "rumored"
            and (f.target in deniers or f.acquirer in deniers)
        )
    ]


def _denies(text: str, company: CompanyMention) -> bool:
    """Whether the company named at ``company`` denies what the text reports, right after its name
    or as the speaker named after a quoted denial."""
    if _DENIES.get().match(text, company.end, company.end + 120) is not None:
        return True
    return _QUOTED_DENIAL.get().search(text, max(0, company.start - 400), company.start) is not None
