"""Partnerships: joint ventures, alliances and agreements between two or more companies."""

from __future__ import annotations

import functools
from typing import Any

import regex

from ..._fact_types import (
    AnyFact,
    PartnershipFact,
)
from .. import lexicon as L
from ..rule import Rule
from ..sentence import (
    Sentence,
    company_names,
    conf,
    group,
    uses_anaphor,
)

TYPE = "partnership"

# One cheap test per sentence decides whether the rules below run at all: each needs one of
# these lowercase substrings in the sentence template.
TRIGGERS: tuple[str, ...] = (
    "partner",
    "allian",
    "venture",
    "collabor",
    "tie-up",
    "tieup",
    "team",
    "join",
    "pact",
    "cooperat",
    "co-operat",
    "consortium",
    "allied",
    "tied up",
    "ties up",
    "tie up",
    "memorandum",
    " mou",
    "(mou",
    "development agreement",
    " jv",
    "(jv",
    "distribution agreement",
    "licensing agreement",
    "license agreement",
    "marketing agreement",
    "research agreement",
    "jointly",
    "co-develop",
)


@functools.cache
def rules() -> tuple[Rule, ...]:
    """The partnership frames, in the order they run."""
    return (
        Rule(
            "X formed a partnership with Y",
            "partnership",
            rf"{{C:a}}(?:\s*\([^)\n]{{1,40}}\))?(?:,\s+[^,\n]{{1,150}}?,)?(?:{{-100}}\s|\s+){L.ALLIANCE_VERB}\s+{{~4}}{L.ALLIANCE_NOUN}\s+with\s+{{~4}}{{CL:b}}",
            0.9,
        ),
        Rule(
            "X, a unit of Z, and Y announced a partnership",
            "partnership",
            rf"{{C:a}}(?:\s*\([^)\n]{{1,40}}\))?(?:,\s+[^,\n]{{1,150}}?,)?\s+and\s+(?:[\w.-]+(?:'s|’s)?\s+){{0,3}}?{{C:b}}"
            rf"(?:\s*\([^)\n]{{1,40}}\))?(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~4}}{L.ALLIANCE_VERB}\s+{{~4}}{L.ALLIANCE_NOUN}",
            0.85,
        ),
        Rule(
            "X and Y formed a partnership",
            "partnership",
            rf"{{CL:parties}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~6}}{L.ALLIANCE_VERB}\s+{{~4}}{L.ALLIANCE_NOUN}",
            0.85,
        ),
        Rule(
            "X partnered with Y",
            "partnership",
            rf"{{C:a}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~5}}{L.PARTNER_VERB}\s+with\s+{{~3}}{{CL:b}}",
            0.85,
        ),
        Rule(
            # "X will jointly develop processors with Y"
            "X will jointly develop ... with Y",
            "partnership",
            r"{C:a}(?:,\s+[^,\n]{1,150}?,)?\s+{~4}(?:jointly\s+(?:develop|build|produce|make|launch|market|operate|design|research)|co-develop)\w*"
            r"\s+{~6}with\s+{~3}{CL:b}",
            0.75,
            keys=("jointly", "co-develop"),
        ),
        Rule(
            "X and Y teamed up",
            "partnership",
            rf"{{CL:parties}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~5}}{L.PARTNER_VERB}\b",
            0.75,
        ),
        Rule(
            "partnership between X and Y",
            "partnership",
            rf"{L.ALLIANCE_NOUN}\s+(?:between|of|among|involving|linking)\s+{{~4}}{{C:a}}\s+(?:and|&|with)\s+{{~4}}{{C:b}}",
            0.7,
        ),
        Rule(
            "X's partnership with Y",
            "partnership",
            rf"{{C:a}}(?:'s?|’s?)\s+{{~3}}{L.ALLIANCE_NOUN}\s+with\s+{{~3}}{{CL:b}}",
            0.75,
        ),
    )


def build(ctx: Sentence, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    """A partnership frame's match -> the partnership of two or more companies (none when negated)."""
    tpl = ctx.tpl
    parties: list[str] = []
    for g in ("a", "b", "parties"):
        for n in company_names(tpl, group(m, g)):
            if n not in parties:
                parties.append(n)
    if len(parties) < 2:
        return []
    if L.NEGATED.search(tpl.template[: m.end()]) and not regex.search(r"(?i)\bwould\b", m.group(0)):
        return []
    penalty = uses_anaphor(tpl, m.group(0))
    date = ctx.deal_date if rule.confidence >= 0.75 else None
    return [
        PartnershipFact(
            evidence=ctx.evidence,
            parties=tuple(parties),
            date=date,
            confidence=conf(rule, penalty),
            rule=rule.name,
        )
    ]


def key(f: PartnershipFact) -> tuple[Any, ...]:
    """The same parties, in any order."""
    return (f.type, frozenset(f.parties))
