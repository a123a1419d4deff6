"""Investments: a company raising money in a round, from which investors."""

from __future__ import annotations

import functools
from typing import Any

import attrs
import regex

from ..._fact_types import (
    AnyFact,
    InvestmentFact,
)
from ..._spans import MoneyMention
from .. import lexicon as L
from ..rule import Rule
from ..sentence import (
    SPACES,
    Sentence,
    company_name,
    company_names,
    conf,
    group,
    may_contain,
    sentence_subject,
    slot_mention,
    slots_of,
    uses_anaphor,
)
from ..template import OPEN, LazyPattern, Template, expand

TYPE = "investment"

# One cheap test per sentence decides whether the rules below run at all: each needs one of
# these lowercase substrings in the sentence template.
TRIGGERS: tuple[str, ...] = (
    "rais",
    "secur",
    "fund",
    "financ",
    "invest",
    "round",
    "seed",
    "series",
    "capital",
    "led",
    "closed",
    "landed",
    "bag",
    "nab",
    "snag",
    "garner",
    "attract",
    "pull",
    "inject",
    "pour",
    "pump",
    "put",
    "receiv",
    "obtain",
)

# Rule flags (``Rule.flags``): what build() must know of a frame beyond its match.
INVESTOR_IS_SUBJECT = "investor is the subject"  # with no investor in the frame, the sentence's subject


@functools.cache
def rules() -> tuple[Rule, ...]:
    """The investment frames, in the order they run."""
    return (
        Rule(
            "X raised M in a round",
            "investment",
            rf"{{C:investee}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~5}}{L.FUNDING_VERB}\s+{{~5}}{{M:amount}}\s+(?:{{~6}}){L.FUNDING_NOUN}",
            0.85,
        ),
        Rule(
            "X raised a M round",
            "investment",
            rf"{{C:investee}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~5}}{L.FUNDING_VERB}\s+{{~3}}{{M:amount}}(?:\s+{{~3}}{L.FUNDING_NOUN}|\s+(?:led|from)\s)",
            0.8,
        ),
        Rule(
            "Y invested M in X",
            "investment",
            rf"{{CL:investors}}(?:,\s+[^,\n]{{1,150}}?,)?\s+{{~5}}{L.INVEST_VERB}\s+(?:an?\s+)?{{~2}}{{M:amount}}\s+{{~4}}(?:in|into)\s+{{~3}}{{C:investee}}",
            0.85,
        ),
        Rule(
            "X made a M investment in Y",
            "investment",
            r"{CL:investors}(?:,\s+[^,\n]{1,150}?,)?\s+{~6}(?:make|makes|made|making|complete|completes|completed|"
            r"announced|announces)\s+(?:an?\s+|its\s+)?{~2}{M:amount}\s+(?:(?:strategic|minority|equity|cash|direct|"
            r"additional|further|initial)\s+)*(?:investment|equity\s+stake)\s+(?:in|into)\s+{~3}{C:investee}",
            0.8,
            keys=("investment", "equity stake"),
            flags=frozenset({INVESTOR_IS_SUBJECT}),
        ),
        Rule(
            "X's M round led by Y",
            "investment",
            rf"{{C:investee}}(?:'s?|’s?)\s+{{~3}}{{M:amount}}\s+{{~3}}{L.FUNDING_NOUN}",
            0.75,
        ),
    )


_LED_BY = LazyPattern(
    expand(
        r"(?:led\s+by|from|backed\s+by|co-led\s+by|including|with\s+participation\s+from|joined\s+by|"
        r"along\s+with|alongside|as\s+well\s+as|participation\s+of|investors\s+include|investors\s+including)\s+"
        r"(?:(?!(?:and|or|the\s+round)\b)[^\s\ue000\ue001]+\s+){0,4}?{CL:inv}"
    ),
    regex.IGNORECASE,
)
_VALUED = LazyPattern(
    expand(
        r"(?:valu(?:ing|ed|es)\s+(?:it|(?:the\s+)?(?:[\w-]+\s+){0,3}(?:{C}|[\w-]+))?\s*at|valuation\s+of|"
        r"valued\s+at)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?{M:val}"
    ),
    regex.IGNORECASE,
)


def build(ctx: Sentence, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    """An investment frame's match -> the round, with the investors the sentence names after "led by", "from", ..."""
    tpl = ctx.tpl
    investee = company_name(tpl, group(m, "investee"))
    if investee is None:
        return []
    amount = slot_mention(tpl, group(m, "amount"), MoneyMention)
    if amount is not None and amount.per is not None:
        return []
    investors = list(company_names(tpl, group(m, "investors")))
    for lm in _LED_BY.finditer(tpl.template, m.start()):
        for n in company_names(tpl, lm.group("inv")):
            if n not in investors and n != investee:
                investors.append(n)
    if investee in investors:
        investors.remove(investee)
    if not investors and INVESTOR_IS_SUBJECT in rule.flags:
        # "X will pay Y $75 million and make a $25 million equity investment in Y": the subject invests
        subject = sentence_subject(tpl)
        if subject is None or subject == investee:
            return []
        investors = [subject]
    if L.NEGATED.search(tpl.template[: m.end()]):
        return []
    rm = L.ROUND.search(tpl.text)
    rnd = None
    if rm:
        rnd = SPACES.sub(" ", rm.group("series") or rm.group("kind"))
        rnd = rnd[0].upper() + rnd[1:] if rm.group("series") else rnd.lower()
    vm = _VALUED.search(tpl.template)
    valuation = slot_mention(tpl, vm.group("val"), MoneyMention) if vm else None
    return [
        InvestmentFact(
            evidence=ctx.evidence,
            investee=investee,
            investors=tuple(investors),
            amount=amount,
            round=rnd,
            valuation=valuation,
            date=ctx.deal_date,
            confidence=conf(rule, uses_anaphor(tpl, m.group(0))),
            rule=rule.name,
        )
    ]


_JOINED_ROUND = LazyPattern(
    r"(?i)\b(?:also\s+)?(?:took\s+part|participated|joined|co-invested|invested|contributed|chipped\s+in)\b"
    r"(?:\s+in\s+the\s+(?:round|financing|funding|raise|investment))?"
)


# A word of every _JOINED_ROUND match: a substring test spares most sentences the regex.
_JOINED_ROUND_WORDS = ("took", "participated", "joined", "invested", "contributed", "chipped")
_ROUND_WORD = LazyPattern(r"(?i)\b(?:round|financing|funding|raise|investment)\b")


def join_round(tpl: Template, facts: list[AnyFact], low: str) -> None:
    """ "X and existing backer Y also took part in the round": more investors for the last round told.

    ``low`` is the template casefolded.
    """
    if OPEN + "C" not in tpl.template or not may_contain(low, tpl.template, _JOINED_ROUND_WORDS):
        return
    m = _JOINED_ROUND.search(tpl.template)
    if m is None or not _ROUND_WORD.search(tpl.template):
        return
    last = next((f for f in reversed(facts) if isinstance(f, InvestmentFact)), None)
    if last is None:
        return
    for i, f in enumerate(facts):
        # the round may have been read by several frames: every reading gets the new investors
        if isinstance(f, InvestmentFact) and (f.investee, f.amount) == (last.investee, last.amount):
            new = [
                s.name
                for p, s in slots_of(tpl, "C")
                if p < m.start() and s.name and s.name != f.investee and s.name not in f.investors
            ]
            if new:
                facts[i] = attrs.evolve(f, investors=(*f.investors, *dict.fromkeys(new)))


def key(f: InvestmentFact) -> tuple[Any, ...]:
    """The same company raising the same amount."""
    return (f.type, f.investee, f.amount.amount if f.amount else None)
