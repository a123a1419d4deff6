"""Ownership: a company owning (part of) another company, a unit, an app or a site."""

from __future__ import annotations

import functools
from typing import Any

import attrs
import regex

from ..._fact_types import (
    AnyFact,
    OwnershipFact,
)
from ..._spans import PercentMention
from .. import lexicon as L
from ..rule import Rule
from ..sentence import (
    Sentence,
    company_name,
    company_names,
    conf,
    group,
    sentence_subject,
    slot_mention,
    uses_anaphor,
)
from ..template import LazyPattern

TYPE = "ownership"

# One cheap test per sentence decides whether the rules below run at all: each needs one of
# these lowercase substrings in the sentence template.
TRIGGERS: tuple[str, ...] = (
    "own",
    "run",
    "ran ",
    "operat",
    "control",
    "manag",
    "publish",
    "develop",
    "made",
    "unit",
    "subsidiar",
    "division",
    "arm",
    "affiliate",
    "brand",
    "'s",
    "’s",
    "its ",
    "their ",
    " has ",
    " had ",
    " have ",
    "hold",
    "held",
)

# Rule flags (``Rule.flags``): what build() must know of a frame beyond its match.
# possessives and "has" name an owner only for products and sites ("Y, its business" for companies)
WEAK = "weak"
WEAK_WITH_HAVE = "weak with have"  # WEAK when the verb is "has", "had" or "have" ("X runs Y" is not)
ITS_APPOSITION = "its apposition"  # "Y, its app": the owner is the subject; a unit noun makes it strong
ITS_ASSET = "its asset"  # "X ... its Y unit": not when X has sold it already
HELD_THOUGH_DENIED = (
    "held though denied"  # a denied plan to sell "its 25.1% stake" still tells the stake is held
)
_HAVE = LazyPattern(r"(?i)\bha[sd]|have\b")


@functools.cache
def rules() -> tuple[Rule, ...]:
    """The ownership frames, in the order they run."""
    return (
        Rule(
            "Y run by X",
            "ownership",
            r"{C:asset},?\s+{~8}(?:(?P<stake>\ue000P\d+\ue001)-|(?:majority|wholly|partly|jointly|minority|fully)-)?"
            r"(?:run|operated|owned|controlled|managed|published|developed|made)\s+by\s+"
            r"(?:(?!(?:and|or|the|a|an)\s)[\w-]+\s+){0,3}?{C:owner}",
            0.85,
            keys=(" by ",),
        ),
        Rule(
            "X runs Y",
            "ownership",
            r"{C:owner}\s+(?:also\s+|already\s+|now\s+)?(?:owns|runs|operates|controls|owned|ran|operated|has|have|"
            rf"had)\s+(?:{{~6}}{L.ASSET_NOUN}(?:\s+{{~4}})?[:,]?\s*)?{{CL:asset}}",
            0.8,
            keys=("own", "run", "ran ", "operat", "control", " has ", " had ", " have "),
            flags=frozenset({WEAK_WITH_HAVE}),
        ),
        Rule(
            "X's app Y",
            "ownership",
            r"{C:owner}(?:'s?|’s?)\s+(?:(?!(?:to|of|in|on|for|with|and|by|a|an|the|is|was|has|its)\s)[\w-]+\s+){0,4}?"
            rf"(?:{L.ASSET_NOUN}\s+)?{{CL:asset}}",
            0.7,
            keys=("'s", "’s"),
            flags=frozenset({WEAK}),
        ),
        Rule(
            "Y, a unit of X",
            "ownership",
            rf"{{C:asset}}(?:,\s+(?:itself\s+|also\s+|now\s+)?|\s+(?:is|was|remains|became|has\s+been|had\s+been)\s+(?:now\s+)?)(?:an?|the)\s+"
            rf"{{~4}}{L.ASSET_NOUN}\s+(?:of|owned\s+by|run\s+by|controlled\s+by)\s+(?:the\s+)?{{~3}}{{C:owner}}",
            0.85,
            keys=(" of ", " by "),
        ),
        Rule(
            "X said its Y unit",
            "ownership",
            r"{C:owner},?\s+{-120}\s(?:its|their)\s+(?:\w+\s+){0,2}?{C:asset}\s+(?:unit|subsidiary|division|affiliate|arm|"
            r"business|brand|operation|operations|venture|joint\s+venture)\b",
            0.75,
            keys=("its ", "their "),
            flags=frozenset({ITS_ASSET}),
        ),
        Rule(
            "X-owned Y",
            "ownership",
            r"{C:owner}-(?:owned|controlled|run|backed)\s+{~3}{C:asset}",
            0.8,
            keys=("-owned", "-controlled", "-run", "-backed"),
        ),
        Rule(
            "X, which owns Y",
            "ownership",
            r"{C:owner},\s+(?:which|that)\s+(?:also\s+|already\s+|now\s+|still\s+)?(?:owns|runs|operates|controls|holds)\s+"
            r"(?:(?:about\s+|around\s+|some\s+|nearly\s+)?{P:stake}\s+(?:stake\s+)?(?:of|in)\s+)?{~4}"
            # a list whose items may carry descriptors: "bakery chain A and pet-food maker B"
            r"(?P<asset>{C}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?!and\b)[\w-]+\s+){0,3}?{C})*)",
            0.85,
            keys=("which", "that"),
        ),
        Rule(
            # "Arlo Packaging, in which Wenham Industries has a 30% stake,"
            "Y, in which X has a P stake",
            "ownership",
            r"{C:asset},\s+in\s+which\s+{C:owner}\s+(?:\w+\s+)?(?:has|holds|owns|had|held|owned)\s+(?:a|an)\s+"
            r"(?:(?:about|around|roughly|nearly|some|approximately)\s+)?(?:{P:stake}|controlling|majority|minority)\s+"
            r"(?:equity\s+)?(?:stake|interest|holding|shareholding)",
            0.85,
            keys=("in which",),
        ),
        Rule(
            "X owns P of Y",
            "ownership",
            r"{C:owner}(?:,\s+[^,\n]{1,150}?,|,\s+(?:which|that|who)(?=\s))?\s+{~4}(?:owns|holds|controls|owned|held|has)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|"
            r"some\s+|approximately\s+)?{P:stake}\s+(?:stake\s+)?(?:of|in)\s+{~3}{C:asset}",
            0.85,
            keys=("own", "hold", "held", "control", " has "),
        ),
        Rule(
            "Y, its app",
            "ownership",
            rf"{{C:asset}},\s+(?:its|their)\s+(?:[\w-]+\s+){{0,4}}?{L.ASSET_NOUN}\b",
            0.65,
            keys=("its ", "their "),
            flags=frozenset({WEAK, ITS_APPOSITION}),
        ),
    )


_UNIT_WORD = LazyPattern(r"(?i)\b(?:business|unit|subsidiary|division|arm|affiliate|brand|chain|operator)\b")
_SOLD_ALREADY = LazyPattern(
    r"(?i)(?<!\b(?:to|will|would|may|might|could|shall)\s)(?<!\bto\s\w+\s)\b(?:sold|divested|disposed\s+of|spun\s+off|"
    r"completed\s+the\s+sale)\b"
)


def build(ctx: Sentence, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    """An ownership frame's match -> one fact per asset the owner holds."""
    tpl = ctx.tpl
    owner_slot = tpl.slot(group(m, "owner"))
    owner = company_name(tpl, group(m, "owner"))
    if owner is None and ITS_APPOSITION in rule.flags:
        owner = sentence_subject(tpl)
    if owner is None or (
        owner_slot is not None and owner_slot.mention is not None and owner_slot.mention.kind != "company"
    ):
        return []
    if HELD_THOUGH_DENIED not in rule.flags and L.NEGATED.search(tpl.template[: m.end()]):
        return []  # (a denied plan to sell "its 25.1% stake" still tells the stake is held)
    stake_m = slot_mention(tpl, group(m, "stake"), PercentMention)
    stake = stake_m.value if stake_m is not None else None
    assets = [s for s in tpl.slots_in(group(m, "asset")) if s.kind == "C" and s.name]
    if ITS_ASSET in rule.flags and _SOLD_ALREADY.search(m.group(0)):
        return []  # "X has sold its Y unit": X no longer owns Y ("agreed to sell" still does)
    out: list[AnyFact] = []
    weak = WEAK in rule.flags or (WEAK_WITH_HAVE in rule.flags and _HAVE.search(m.group(0)) is not None)
    unit_noun = ITS_APPOSITION in rule.flags and _UNIT_WORD.search(m.group(0)) is not None
    for slot in assets:
        if slot.name == owner and slot.anaphor:
            # "Y's largest shareholder, X, which owns 52 percent of the company": not X itself
            other = next((n for n in company_names(tpl, tpl.template) if n != owner), None)
            if other is None:
                continue
            slot = attrs.evolve(slot, name=other)
        if slot.name == owner:
            continue
        mention = slot.mention
        # possessives and "has" name an owner only for products and sites ("Y, its business" for companies)
        if weak and not unit_noun and (mention is None or mention.kind not in ("product", "site")):
            continue
        if mention is not None and mention.owner and mention.owner != owner:
            continue
        out.append(
            OwnershipFact(
                evidence=ctx.evidence,
                owner=owner,
                asset=slot.name,  # type: ignore[arg-type]
                stake=stake,
                confidence=conf(rule, uses_anaphor(tpl, m.group(0)) or ITS_APPOSITION in rule.flags),
                rule=rule.name,
            )
        )
    return out


def key(f: OwnershipFact) -> tuple[Any, ...]:
    """The same owner of the same asset."""
    return (f.type, f.owner, f.asset)
