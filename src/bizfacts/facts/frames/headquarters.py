"""Headquarters: where a company is based."""

from __future__ import annotations

import functools
from typing import Any

import regex

from ..._fact_types import (
    AnyFact,
    HeadquartersFact,
)
from ...companies import is_non_company
from .. import lexicon as L
from ..rule import Rule
from ..sentence import (
    Sentence,
    company_name,
    conf,
    group,
    uses_anaphor,
)

TYPE = "headquarters"

# One cheap test per sentence decides whether the rules below run at all: each needs one of
# these lowercase substrings in the sentence template.
TRIGGERS: tuple[str, ...] = ("based", "headquart", "located", " of ", "the ", "office")

# Rule flags (``Rule.flags``): what build() must know of a frame beyond its match.
LOOSE_LOCATION = "loose location"  # "X of Fortune": only a known city, or "City, State", counts as the place
COUNTRY_COUNTS = "country counts"  # ... or a country ("X, a Danish firm" gives no "Danish", "a Swiss firm" neither)
COMPANY_IS_ANAPHOR = "company is an anaphor"  # "the Dayton company", never "the New York Times"

_BASED = r"(?:based|headquartered|headquarted|located)"
# A bracket between a name and its apposition: "Thornbury Cole (AIM: TCG), the Leeds-based ...",
# 'Hartwell Signs Limited ("Hartwell"), a Glasgow-based ...'
_PAREN = r"(?:\s*\([^()\n]{1,60}\))?"

@functools.cache
def rules() -> tuple[Rule, ...]:
    """The headquarters frames, in the order they run."""
    return (
        Rule(
            "X of LOC",
            "headquarters",
            rf"{{C:company}}(?:\s*<[^>\n]{{1,12}}>)?\s+of\s+{L.LOCATION}(?=[,.;]|\s+(?:said|says|has|have|had|is|was|will|would|for|to|and|in|on)\b)",
            0.6,
            keys=(" of ",),
            flags=frozenset({LOOSE_LOCATION}),
        ),
        Rule(
            "X, a LOC firm",
            "headquarters",
            rf"{{C:company}},\s+(?:an?|the)\s+{L.LOCATION},?\s+(?:[\w-]+\s+){{0,3}}?{L.FIRM_NOUN}\b",
            0.6,
            keys=(", a ", ", an ", ", the "),
            flags=frozenset({LOOSE_LOCATION, COUNTRY_COUNTS}),
        ),
        Rule(
            "the LOC company",
            "headquarters",
            rf"(?=[Tt])\bthe\s+{L.LOCATION}\s+{{C:company}}",  # the lookahead: a quick first-letter test
            0.6,
            keys=("the ",),
            flags=frozenset({LOOSE_LOCATION, COUNTRY_COUNTS, COMPANY_IS_ANAPHOR}),
        ),
        Rule(
            "LOC, where X is based",
            "headquarters",
            rf"\bin\s+{L.LOCATION},?\s+where\s+(?:the\s+)?{{C:company}}\s+(?:is|was|has\s+been)\s+(?:based|headquartered)",
            0.8,
            keys=("where",),
        ),
        Rule(
            "LOC-based X",
            "headquarters",
            rf"{L.LOCATION}-{_BASED}\s+(?:(?!(?:of|in|for|by|with|to|from|and|at|on|the)\s)[^\s\ue000\ue001]+\s+){{0,4}}?{{C:company}}",
            0.9,
            keys=("-based", "-headquartered", "-headquarted", "-located"),
        ),
        Rule(
            "X, a LOC-based maker",
            "headquarters",
            rf"{{C:company}}{_PAREN}(?:,|\s+is|\s+was)\s+(?:an?|the)\s+(?:(?!(?:of|by|to|for|with)\b)\w+\s+){{0,2}}?{L.LOCATION}-{_BASED}",
            0.85,
            keys=("-based", "-headquartered", "-headquarted", "-located"),
        ),
        Rule(
            "X, based in LOC",
            "headquarters",
            rf"{{C:company}}{_PAREN}(?:,\s+(?:an?|the)\s+{{~10}}|,\s+|\s+(?:is|was|are|remains)\s+(?:\w+\s+)?|\s+(?=\w+\s+in\s))"
            rf"{_BASED}\s+in\s+{L.LOCATION}",
            0.85,
            keys=("based", "headquartered", "headquarted", "located"),
        ),
        Rule(
            "X, headquartered in LOC",
            "headquarters",
            rf"{{C:company}}(?:'s?|’s?)\s+(?:\w+\s+)?headquarters\s+(?:is\s+|are\s+|was\s+)?(?:located\s+)?in\s+{L.LOCATION}",
            0.8,
            keys=("headquarters",),
        ),
        Rule(
            "X, which is based in LOC",
            "headquarters",
            rf"{{C:company}},\s+(?:which|that)\s+(?:(?:is|was)\s+{_BASED}|has\s+its\s+(?:head\s+office|headquarters|main\s+office|registered\s+office))\s+in\s+{L.LOCATION}",
            0.85,
            keys=("based", "headquartered", "located", "office"),
        ),
    )


def build(ctx: Sentence, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    """A headquarters frame's match -> where the company is based (loose frames only for known places)."""
    tpl = ctx.tpl
    company = company_name(tpl, group(m, "company"))
    loc = group(m, "loc")
    if company is None or not loc:
        return []
    words = loc.split()
    while words and words[0] in L.NOT_LOCATION_WORDS:
        words = words[1:]
    if not words:
        return []
    location = " ".join(words).rstrip(",.")
    if location.casefold() == company.casefold() or location in L.DEMONYMS:
        return []
    if LOOSE_LOCATION in rule.flags and not (
        L.PLACE_WITH_STATE.match(location)
        or location.casefold() == ctx.dateline  # "DAYTON, Ohio, March 17 - ... The Dayton company"
        or (is_non_company(location) == "place" and location not in L.REGIONS)
        or (COUNTRY_COUNTS in rule.flags and is_non_company(location) == "country")
    ):
        # "X of Fortune", "Insurance Co of America": only a known city, or "City, State", counts here
        return []
    if COMPANY_IS_ANAPHOR in rule.flags:
        slot = tpl.slot(group(m, "company"))
        if slot is None or not slot.anaphor:
            return []  # "the New York Times": a name, not "the Dayton company"
    return [
        HeadquartersFact(
            evidence=ctx.evidence,
            company=company,
            location=location,
            confidence=conf(rule, uses_anaphor(tpl, m.group(0))),
            rule=rule.name,
        )
    ]


def key(f: HeadquartersFact) -> tuple[Any, ...]:
    """The same company in the same place."""
    return (f.type, f.company, f.location)
