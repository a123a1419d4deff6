"""Acquisitions: who buys what (a company, a stake, a unit) from whom, for how much, and how far the deal has got."""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import Any

import regex

from ..._fact_types import (
    AcquisitionFact,
    AnyFact,
)
from ..._spans import MoneyMention, PercentMention
from .. import lexicon as L
from ..rule import Rule
from ..sentence import (
    Sentence,
    company_name,
    company_names,
    conf,
    group,
    slot_mention,
    slots_of,
    usable,
    uses_anaphor,
)
from ..template import LazyPattern, Template, expand

TYPE = "acquisition"

# One cheap test per sentence decides whether the rules below run at all: each needs one of
# these lowercase substrings in the sentence template.
TRIGGERS: tuple[str, ...] = (
    "acqui",
    "buy",
    "bought",
    "purchas",
    "take",
    "took",
    "sell",
    "sold",
    "stake",
    "offer",
    "bid",
    "merge",
    "divest",
    "dispos",
    "unload",
    "offload",
    "spin",
    "spun",
    "snap",
    "pick",
    "paid",
    "pay",
    "spent",
    "spend",
    "takeover",
    "hold",
    "held",
    "own",
    "interest",
    "shares",
    "swallow",
    "sale",
    "auction",
)

# Rule flags (``Rule.flags``): what build() must know of a frame beyond its match.
ACQUIRER_IS_SUBJECT = (
    "acquirer is the subject"  # "approved the acquisition of Y": the sentence's or text's company
)

# Rule keys: the verb or noun each frame cannot do without.
_ACQUIRE_KEYS = ("acqui", "buy", "bought", "purchas", "tak", "took", "snap", "pick", "swallow", "merge")
_ACQUISITION_NOUN_KEYS = ("acqui", "purchase", "takeover", "take-over", "buyout", "buy-out")

_ART = (
    r"(?:(?:an?|the|its|their|his|her|a\s+further|another|an\s+additional|an\s+extra|a\s+new)\s+|"
    r"(?:the\s+|its\s+|their\s+|all\s+(?:of\s+)?(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:assets|business|businesses|operations|"
    r"property|properties|interests)\s+(?:of|in)\s+|"
    r"(?:all|the\s+rest|the\s+remainder|the\s+balance|the\s+remaining\s+(?:\w+\s+)?(?:shares|stake))\s+"
    r"(?:of\s+)?(?:the\s+)?(?:(?:outstanding|issued|common|ordinary)\s+)*(?:shares|stock|equity|interests?|units)?\s*"
    r"(?:in|of)\s+)?"
)
_STAKE = (
    rf"(?:{_ART}(?:(?:remaining|outstanding|further|additional|other|controlling|majority|minority)\s+)?"
    r"(?:(?:about|around|roughly|approximately|nearly|almost|some|over|more\s+than)\s+)?"
    rf"{{P:stake}}\s+(?:{{~2}}{L.STAKE_NOUN}\s+)?(?:in|of)\s+"
    r"(?:(?:the\s+|its\s+)?(?:(?:outstanding|issued|total|common|ordinary|voting|preferred|class\s+\w)\s+)*"
    rf"(?:shares|stock|equity|share\s+capital)\s+(?:of|in)\s+)?{L.DESC})"
)
_SHARES = r"(?:[\d,.]+\s+(?:mln\s+|million\s+|billion\s+)?(?:\w+\s+){0,2}shares,?\s+or\s+(?:about\s+|approximately\s+)?{P:stake},?\s+of\s+(?:the\s+\w+\s+(?:\w+\s+)?of\s+)?)"
_STAKE_NO_PCT = (
    rf"(?:(?:its|their|the|a|an)\s+(?:(?:remaining|entire|whole|minority|majority|controlling|equity)\s+)*(?:stake|holding|interest|shareholding)\s+(?:in|of)\s+{L.DESC}"
    # all of it: "the entire issued share capital of", "all of the outstanding membership interests of", "all of"
    r"|(?:all\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?|(?:the|its|their)\s+(?:entire|whole)\s+(?:of\s+the\s+)?)"
    r"(?:(?:issued|outstanding|remaining|and|common|ordinary|voting|equity|membership)\s+)*"
    rf"(?:share\s+capital|shares|stock|capital\s+stock|interests?|units)\s+(?:in|of)\s+{L.DESC}"
    r"|all\s+of\s+)"
)


@functools.cache
def _unit_target() -> str:
    """A unit named by its business rather than a company name: "Y's aerospace fastener unit"."""
    return (
        rf"(?:(?-i:(?P<target_text>(?:[A-Z][\w&.'’-]*\s+){{0,4}}[A-Z][\w&.'’-]*))\s+{L.UNIT_NOUN}"
        rf"|(?<=(?:\bits|\btheir|'s|’s)\s+)(?P<target_text>(?:(?!(?:stake|interest|shares)\b)[a-z][\w&-]*\s+){{1,4}}{L.UNIT_NOUN}))"
    )


@functools.cache
def rules() -> tuple[Rule, ...]:
    """The acquisition frames the clause-level cascade does not cover yet, in the order they run:
    a stake or company bought with its many object shapes, and a deal whose buyer is the company
    the text is about ("The board approved the acquisition of Y": the cascade's
    ``acquire/subjectless`` reads most of these; this rule keeps the objects it does not read,
    such as "the remaining 49 per cent in its joint venture Y from Z" and "to complete the
    purchase of 20 pct of Y")."""
    return (
        Rule(
            "X acquired P of Y",
            "acquisition",
            rf"{{C:acquirer}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~8}}(?:(?<!\b(?:was|were|been|be|being|is|are|get|got)\s){L.ACQUIRE_VERB}|"
            # the progressive is active: "Belmont Brewing is buying craft brewer Ashfield Ales"
            r"(?<=\b(?:is|are|was|were)\s)(?:buying|acquiring|purchasing|taking\s+over))"
            rf"\s+(?!by\s)(?:{_STAKE}|{_STAKE_NO_PCT}|{_SHARES}|{_ART}{L.DESC}){{C:target}}"
            r"(?!\s*(?:'s?|’s?)\s)(?:\s+{~4}from\s+{~4}{C:seller})?",
            0.85,
            keys=_ACQUIRE_KEYS,
        ),
        Rule(
            "approved the acquisition of Y",
            "acquisition",
            r"(?:approved|approves|cleared|clears|announced|announces|completed|completes|closed|closes|finalized|"
            rf"finalised|agreed\s+on)\s+(?:the\s+|a\s+|its\s+|our\s+|their\s+)?(?:previously\s+announced\s+|proposed\s+|planned\s+)?"
            rf"{L.ACQUISITION_NOUN}\s+of\s+(?:{_STAKE}|{_ART}){{~3}}{{C:target}}(?:\s+{{~6}}from\s+{{~3}}{{C:seller}})?",
            0.65,
            keys=_ACQUISITION_NOUN_KEYS,
            min_companies=1,
            flags=frozenset({ACQUIRER_IS_SUBJECT}),
        ),
    )


_STATUS_REACH = 400  # characters before a deal's frame where a status cue is read


def _status(prefix: str, verb_text: str) -> str | None:
    """Deal status from the words up to and including the trigger; None = negated / hypothetical."""
    if L.NEGATED.search(prefix):
        return None
    if L.OPTION.search(prefix):
        return "option"
    if L.RUMORED.search(prefix):
        return "rumored"
    if _DONE.search(verb_text):
        return "completed"  # "completed its tender offer for": done, though an offer
    if L.PLANNED.search(prefix):
        return "planned"
    if regex.search(
        r"(?i)\b(?:acquired|bought|purchased|took|taken|completed|closed|closing|completion|sold|divested|disposed|paid|spent|"
        r"snapped|picked|finalized|finalised|merged|raised|increased|lifted|boosted|has|have|had)\b",
        verb_text,
    ):
        return "completed"
    return "announced"


_DONE = LazyPattern(
    r"(?i)\b(?:completed|completes|closed|closes|closing|completion|finalized|finalised|consummated)\b"
)
_PRICE = LazyPattern(
    expand(
        r"(?:\bfor|\bat|\bworth|valued\s+at|priced\s+at|price\s+of|value\s+of|cost(?:ing)?|,\s+or|"
        r"consideration\s+of|sum\s+of)\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|nearly\s+|some\s+|"
        r"up\s+to\s+|more\s+than\s+|an?\s+(?:estimated\s+|reported\s+|total\s+of\s+)?|a\s+total\s+of\s+|"
        r"the\s+equivalent\s+of\s+|US\s+)?{M:price}"
    ),
    regex.IGNORECASE,
)


_PRICE_REACH = 600  # characters after a deal's frame starts where its price may be named


def _price_after(tpl: Template, pos: int) -> MoneyMention | None:
    # (bounded: read to the end of a run-on sentence of many deals, once per deal, it was quadratic)
    for m in _PRICE.finditer(tpl.template, pos, pos + _PRICE_REACH):
        money = slot_mention(tpl, m.group("price"), MoneyMention)
        if money is None or money.per is not None or _PER_SHARE_AFTER.match(tpl.template, m.end()):
            continue
        if m.group(0)[:2].casefold() == "at" and _VALUE_BEFORE.search(
            tpl.template, max(0, m.start() - 60), m.start()
        ):
            continue  # "could value the carrier at $3.5 billion": the company's value, not the price
        return money  # type: ignore[no-any-return]
    return None


_VALUE_BEFORE = LazyPattern(r"(?i)\bvalu(?:e|es|ed|ing)\s+(?:[^\s]+\s+){0,5}$")


# "$1.12 cash per share", "25 dlrs in cash a share": a per-share price the money extractor left unmarked
_PER_SHARE_AFTER = LazyPattern(
    r"(?i)(?:\s+(?:in\s+)?(?:cash|stock|shares?))?\s+(?:a|per|each|for\s+each)\s+(?:\w+\s+)?share\b"
)


def build(ctx: Sentence, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    """An acquisition frame's match -> the deal (none when the target or both buyer and seller are missing, or the deal is denied or hypothetical)."""
    tpl = ctx.tpl
    acquirers = company_names(tpl, group(m, "acquirer"))
    target = company_name(tpl, group(m, "target"))
    target_text = group(m, "target_text")
    if target is None and target_text and not _shouting(tpl.text):
        target = _clean_unit(target_text)
    seller = company_name(tpl, group(m, "seller"))
    penalty = uses_anaphor(tpl, group(m, "acquirer"), group(m, "target"), group(m, "seller"))
    if not acquirers and group(m, "acquirer") is None and ACQUIRER_IS_SUBJECT in rule.flags:
        # "The board approved the acquisition of Y", "- Completed the acquisition of Y": the company the text is about
        before = [
            s.name
            for p, s in slots_of(tpl, "C")
            if p < m.start() and s.name and (s.mention is None or usable(s.mention))
        ]
        for subj in (before[0] if before else None, ctx.topic):
            if subj and subj != target and subj != seller:
                acquirers = (subj,)
                penalty = True
                break
    acq_group = group(m, "acquirer")
    if acquirers and acq_group is not None and seller is None:
        at = m.start("acquirer")
        if _AGREEMENT_WITH.search(tpl.template, max(0, at - 60), at):
            # "X entered into an agreement with Z to acquire Y": X buys, Z is the other party, the seller
            subjects = [
                s.name for p, s in slots_of(tpl, "C") if p < at - 20 and s.name and s.name not in acquirers
            ]
            if not subjects:
                return []
            acquirers, seller = (subjects[0],), acquirers[0]
    if target is None or (not acquirers and seller is None):
        return []
    if target in acquirers or target == seller:
        return []
    stake_m = slot_mention(tpl, group(m, "stake"), PercentMention)
    stake = stake_m.value if stake_m is not None and stake_m.unit == "percent" else None
    if stake is not None and not Decimal(0) < stake <= Decimal(100):
        return []
    price = slot_mention(tpl, group(m, "price"), MoneyMention)
    if price is not None and price.per is not None:
        price = None
    if price is None:
        inside = [
            s.mention
            for s in tpl.slots_in(m.group(0))
            if isinstance(s.mention, MoneyMention) and s.mention.per is None
        ]
        price = inside[0] if inside else _price_after(tpl, m.start())
    # the words before the deal that may change its status, in its own stretch of the sentence: a
    # cue far back in a run-on sentence of many deals is another deal's (and reading the whole
    # prefix for each deal made such a sentence quadratic)
    prefix = tpl.template[max(0, m.start() - _STATUS_REACH) : m.end()]
    status = _status(prefix, m.group(0))
    if status is None:
        return []
    acquirer = acquirers[0] if acquirers else None
    return [
        AcquisitionFact(
            evidence=ctx.evidence,
            acquirer=acquirer,
            co_acquirers=tuple(acquirers[1:]),
            target=target,
            seller=seller,
            stake=stake,
            price=price,
            status=status,  # type: ignore[arg-type]
            date=ctx.deal_date,
            confidence=conf(rule, penalty),
            rule=rule.name,
        )
    ]


_UNIT_WORDS = LazyPattern(r"(?i)^(?:its|the|a|an|their|his|her)\s+")
# "... entered into an agreement with [Z] to acquire": Z is the counterparty, not the buyer
_AGREEMENT_WITH = LazyPattern(
    r"(?i)\b(?:agreement|agreed|deal|contract|arrangement)\s+with\s+(?:\S+\s+){0,2}?$"
)


def _shouting(sentence: str) -> bool:
    """An all-capital headline: its unit names ("AEROSPACE FASTENER UNIT") are not reliable targets."""
    letters = [c for c in sentence if c.isalpha()]
    return len(letters) > 10 and sum(c.isupper() for c in letters) > 0.7 * len(letters)


def _clean_unit(text: str) -> str | None:
    t = _UNIT_WORDS.sub("", text.strip())
    words = t.split()
    while words and words[0] in L.NOT_LOCATION_WORDS:
        words = words[1:]
    if not words or len(" ".join(words)) < 2:
        return None
    return " ".join(words)


def key(f: AcquisitionFact) -> tuple[Any, ...]:
    """The same deal: the same buyer, target and stake (an option is another deal)."""
    return (f.type, f.acquirer, f.target, f.stake, f.status == "option")
