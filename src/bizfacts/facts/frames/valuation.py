"""Valuations: what a company is said to be worth."""

from __future__ import annotations

import functools
from typing import Any

import regex

from ..._fact_types import (
    AnyFact,
    ValuationFact,
)
from ..._spans import MoneyMention
from .. import lexicon as L
from ..rule import Rule
from ..sentence import (
    Sentence,
    company_name,
    conf,
    group,
    slot_mention,
    uses_anaphor,
)

TYPE = "valuation"

# One cheap test per sentence decides whether the rules below run at all: each needs one of
# these lowercase substrings in the sentence template.
TRIGGERS: tuple[str, ...] = ("valu", "capitali")


@functools.cache
def rules() -> tuple[Rule, ...]:
    """The valuation frames, in the order they run."""
    return (
        Rule(
            "valuing X at M",
            "valuation",
            rf"valu(?:ing|es|ed)\s+(?:the\s+)?{L.DESC}{{C:company}}\s+at\s+{{~3}}{{M:amount}}",
            0.85,
        ),
        Rule(
            "gives X a valuation of M",
            "valuation",
            r"(?:gives|giving|gave|give|handing|hands|handed)\s+{C:company}\s+an?\s+(?:[\w-]+\s+){0,2}?"
            r"(?:valuation|market\s+value|market\s+capitali[sz]ation)\s+of\s+{~3}{M:amount}",
            0.85,
        ),
        Rule(
            "X raises M, valued at M",
            "valuation",
            r"{C:company}\s+(?:[^\n\ue000]|\ue000[DMP]\d+\ue001){0,80}?,\s+(?:now\s+)?valued\s+at\s+{~2}{M:amount}",
            0.6,
        ),
        Rule(
            "X is valued at M",
            "valuation",
            r"{C:company}(?:,\s+[^,\n]{1,150}?,)?,?\s+(?:(?:is|was|are|were|has\s+been|had\s+been|have\s+been|now|currently|"
            r"being|been|which\s+is|which\s+was|that\s+is|last|previously|recently|most\s+recently|it\s+said\s+it\s+had\s+been|"
            r"said\s+it\s+had\s+been|said\s+it\s+was)\s+){0,3}valued\s+at\s+{~3}{M:amount}",
            0.85,
        ),
        Rule(
            "X at a valuation of M",
            "valuation",
            r"{C:company}\s+(?:{-100}\s)?(?:at|with)\s+an?\s+(?:\w+\s+)?valuation\s+of\s+{~3}{M:amount}",
            0.8,
        ),
        Rule(
            "X's valuation of M",
            "valuation",
            r"{C:company}(?:'s?|’s?)\s+(?:\w+\s+)?(?:valuation|market\s+value|market\s+capitali[sz]ation)\s+"
            r"(?:to\s+|of\s+|at\s+|is\s+|was\s+|rose\s+to\s+|reached\s+|topped\s+)?{~2}{M:amount}",
            0.8,
        ),
    )


def build(ctx: Sentence, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    """A valuation frame's match -> the company's value."""
    tpl = ctx.tpl
    company = company_name(tpl, group(m, "company"))
    amount = slot_mention(tpl, group(m, "amount"), MoneyMention)
    if company is None or amount is None or amount.per is not None:
        return []
    return [
        ValuationFact(
            evidence=ctx.evidence,
            company=company,
            amount=amount,
            date=ctx.deal_date,
            confidence=conf(rule, uses_anaphor(tpl, m.group(0))),
            rule=rule.name,
        )
    ]


def key(f: ValuationFact) -> tuple[Any, ...]:
    """The same company at the same value."""
    return (f.type, f.company, f.amount.amount)
