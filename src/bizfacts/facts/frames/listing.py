"""Listings: the exchange (and ticker) a company's shares trade on."""

from __future__ import annotations

import functools
from typing import Any

import regex

from ..._fact_types import (
    AnyFact,
    ListingFact,
)
from .. import lexicon as L
from ..rule import Rule
from ..sentence import (
    Sentence,
    company_name,
    conf,
    group,
    uses_anaphor,
)
from ..template import LazyPattern

TYPE = "listing"

# One cheap test per sentence decides whether the rules below run at all: each needs one of
# these lowercase substrings in the sentence template.
TRIGGERS: tuple[str, ...] = ("list", "trade", "quoted", "debut", "float", "public", "ipo", "shares", "stock", "exchange", "(", "[")

@functools.cache
def _exch() -> str:
    """A known exchange, or any capitalized "... Stock Exchange" / "... Exchange" ("Indonesia Stock Exchange")."""
    return (
        rf"(?P<exchange>{L.EXCHANGE_NAMES}|(?-i:{L.EXCHANGE_TOKENS})|"
        r"(?-i:(?:[A-Z][\w'-]*\s+){1,3}(?:Stock\s+|Securities\s+|Futures\s+)?Exchange))"
    )


_TICKER = r"(?-i:(?P<ticker>[A-Z0-9][A-Z0-9.]{0,7}))"

@functools.cache
def rules() -> tuple[Rule, ...]:
    """The listing frames, in the order they run."""
    return (
        Rule(
            "EXCH-listed X",
            "listing",
            rf"{_exch()}-(?:listed|quoted|traded)\s+{{~4}}{{C:company}}",
            0.9,
            keys=("-listed", "-quoted", "-traded"),
        ),
        Rule(
            # "Vexley Group plc, the AIM-quoted chemicals company,"; "X, a Nasdaq-listed biotech"
            "X, a EXCH-listed firm",
            "listing",
            rf"{{C:company}}(?:\s*\([^()\n]{{1,60}}\))?,\s+(?:an?|the|itself\s+an?)\s+(?:[\w-]+\s+){{0,2}}?{_exch()}-(?:listed|quoted|traded)\b",
            0.85,
            keys=("-listed", "-quoted", "-traded"),
        ),
        Rule(
            "X (EXCH: TICKER)",
            "listing",
            rf"{{C:company}}(?:\s*\([^()\n]{{1,80}}\))?\s*[(\[]\s*{_exch()}\s*:\s*{_TICKER}\s*[)\]]",
            0.95,
            keys=("(", "["),
        ),
        Rule(
            "X is listed on EXCH",
            "listing",
            r"{C:company}(?:(?:'s?|’s?)\s+(?:\w+\s+)?shares)?(?:,\s+[^,\n]{1,150}?,)?,?\s+{~3}(?:which\s+is\s+|whose\s+shares\s+(?:are\s+)?|"
            r"that\s+is\s+|is\s+|are\s+|was\s+|were\s+|has\s+been\s+|shares\s+|"
            # "X, which is based in Manchester and listed on ..."
            r"(?:which|that)\s+is\s+(?:based|headquartered)\s+in\s+(?:[\w.'’-]+,?\s+){1,4}?and\s+(?:is\s+)?)?(?:\w+\s+)?"
            rf"(?:listed|traded|trade|trades|quoted|debuted|floated|began\s+trading)\s+(?:{{~2}})?(?:on|in)\s+(?:the\s+)?"
            r"(?:(?:\w+\s+){0,2}(?:section|board|market|segment|tier)\s+of\s+(?:the\s+)?)?"
            rf"(?:{_exch()}|(?P<exchange>{L.LISTING_CITIES})\b)(?:\s+and\s+(?:the\s+|in\s+|on\s+(?:the\s+)?)?(?P<exchange2>{L.EXCHANGE_NAMES}|(?-i:{L.EXCHANGE_TOKENS})|{L.LISTING_CITIES})\b)?",
            0.85,
            keys=("listed", "trade", "quoted", "debuted", "floated", "trading"),
        ),
        Rule(
            "shares of X, which are listed on EXCH",
            "listing",
            r"shares\s+of\s+{C:company},?\s+(?:which|that)\s+(?:are|were|is)\s+(?:\w+\s+)?(?:listed|traded|quoted)\s+(?:on|in)\s+(?:the\s+)?"
            rf"(?:{_exch()}|(?P<exchange>{L.LISTING_CITIES})\b)(?:\s+and\s+(?:the\s+|in\s+|on\s+(?:the\s+)?)?(?P<exchange2>{L.EXCHANGE_NAMES}|(?-i:{L.EXCHANGE_TOKENS})|{L.LISTING_CITIES})\b)?",
            0.85,
            keys=("shares of",),
        ),
        Rule(
            "X's EXCH-listed shares",
            "listing",
            rf"{{C:company}}(?:'s?|’s?)\s+{_exch()}-listed\s+(?:shares|stock)",
            0.85,
            keys=("-listed",),
        ),
        Rule(
            "shares of X began trading on EXCH",
            "listing",
            r"(?:shares|stock)\s+(?:of|in)\s+{C:company}(?:,\s+[^,\n]{1,100}?,)?\s+(?:[^\n\ue000]|\ue000[DMP]\d+\ue001){0,80}?"
            r"(?:trading|debut|listing|trade|traded)\s+(?:on|in)\s+(?:the\s+)?"
            rf"(?:{_exch()}|(?P<exchange>{L.LISTING_CITIES})\b)",
            0.75,
            keys=("trad", "debut", "listing"),
        ),
        Rule(
            "X has a listing in CITY",
            "listing",
            r"{C:company}(?:,\s+[^,\n]{1,100}?,)?\s+(?:[^\n\ue000]|\ue000[DMP]\d+\ue001){0,100}?(?:primary|secondary|dual|main)\s+"
            rf"listing\s+(?:in|on)\s+(?:the\s+)?(?:{_exch()}|(?P<exchange>{L.LISTING_CITIES})\b)",
            0.75,
            keys=("listing",),
        ),
        Rule(
            "X went public on EXCH",
            "listing",
            r"{C:company}(?:,\s+[^,\n]{1,150}?,)?\s+{~4}(?:went\s+public|listed\s+its\s+shares|listed|made\s+its\s+debut|debuted|"
            rf"completed\s+(?:its|an)\s+(?:initial\s+public\s+offering|ipo))\s+{{~3}}on\s+(?:the\s+)?{_exch()}",
            0.85,
            keys=("public", "listed", "debut", "initial public", "ipo"),
        ),
        Rule(
            "shares of X closed on EXCH",
            "listing",
            rf"(?:shares|stock)\s+(?:of|in)\s+{{C:company}}(?:'s?|’s?)?\s+{{-80}}\s(?:on|in)\s+the\s+{_exch()}",
            0.7,
            keys=("shares of", "shares in", "stock of", "stock in"),
        ),
        Rule(
            "X's shares on EXCH",
            "listing",
            rf"{{C:company}}(?:'s?|’s?)?\s+(?:\w+\s+)?(?:shares|stock)\s+{{~6}}on\s+the\s+{_exch()}",
            0.7,
            keys=("shares", "stock"),
        ),
    )


_TICKER_AFTER = LazyPattern(
    r"(?:ticker|symbol|code|stock\s+code)\s+(?:symbol\s+)?[\"“']?(?P<t>[A-Z0-9][A-Z0-9.]{0,7})\b"
)


def build(ctx: Sentence, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    """A listing frame's match -> one listing per exchange named (with the ticker, when given)."""
    tpl = ctx.tpl
    company = company_name(tpl, group(m, "company"))
    exch = group(m, "exchange")
    if company is None or not exch:
        return []
    ticker = group(m, "ticker")
    if ticker is None:
        tm = _TICKER_AFTER.search(tpl.template, m.end())
        ticker = tm.group("t") if tm else None
    out: list[AnyFact] = []
    for raw in (exch, group(m, "exchange2")):
        if not raw:
            continue
        out.append(
            ListingFact(
                evidence=ctx.evidence,
                company=company,
                exchange=L.exchange_name(raw),
                ticker=ticker if raw is exch else None,
                confidence=conf(rule, uses_anaphor(tpl, m.group(0))),
                rule=rule.name,
            )
        )
    return out


def key(f: ListingFact) -> tuple[Any, ...]:
    """The same company on the same exchange."""
    return (f.type, f.company, f.exchange)
