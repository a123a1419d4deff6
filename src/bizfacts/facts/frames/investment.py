"""Investments: read by the clause-level cascade (:mod:`bizfacts.facts.cascade.investment`, the
FUND predicates of ``data/predicates.tsv``); this module keeps the merge key and
:func:`join_round`, which gives a round told before the investors a later sentence names."""

from __future__ import annotations

from typing import Any

import attrs

from ..._fact_types import (
    AnyFact,
    InvestmentFact,
)
from ..sentence import (
    may_contain,
    slots_of,
)
from ..template import OPEN, LazyPattern, Template

TYPE = "investment"


_JOINED_ROUND = LazyPattern(
    r"(?i)\b(?:also\s+)?(?:took\s+part|participated|joined|co-invested|invested|contributed|chipped\s+in)\b"
    r"(?:\s+in\s+the\s+(?:round|financing|funding|raise|investment))?"
)


# "Y and Z co-led the round", "The financing was led by Y and included Z": the round told before,
# named by its definite noun; ``after`` marks the form whose investors follow the verb
_LED_ROUND = LazyPattern(
    r"(?i)\b(?:co-led|led|headed)\s+the\s+(?:round|financing|funding|raise)\b(?!\s+(?:in|for|of)\b)"
    r"|^\W*the\s+(?:round|financing|funding|raise|investment)\s+(?:was|is)\s+(?P<after>(?:co-)?led)\s+by\b"
)

# A word of every _JOINED_ROUND or _LED_ROUND match: a substring test spares most sentences the regexes.
_JOINED_ROUND_WORDS = ("took", "participated", "joined", "invested", "contributed", "chipped", "led", "headed")
# the round named, or its backers ("Existing investors Y and Z also participated")
_ROUND_WORD = LazyPattern(r"(?i)\b(?:round|financing|funding|raise|investment|investors?|backers?)\b")


def join_round(tpl: Template, facts: list[AnyFact], low: str) -> None:
    """ "X and existing backer Y also took part in the round": more investors for the last round told.

    ``low`` is the template casefolded.
    """
    if not facts or OPEN + "C" not in tpl.template or not may_contain(low, tpl.template, _JOINED_ROUND_WORDS):
        return  # (no fact yet, so no round told before)
    joined = _JOINED_ROUND.search(tpl.template)
    m = joined or _LED_ROUND.search(tpl.template)
    if m is None or not _ROUND_WORD.search(tpl.template):
        return
    after = joined is None and m.group("after") is not None  # "the financing was led by Y"
    last = next((f for f in reversed(facts) if isinstance(f, InvestmentFact)), None)
    if last is None:
        return
    for i, f in enumerate(facts):
        # the round may have been read by several frames: every reading gets the new investors
        if isinstance(f, InvestmentFact) and (f.investee, f.amount) == (last.investee, last.amount):
            new = [
                s.name
                for p, s in slots_of(tpl, "C")
                if (p > m.start() if after else p < m.start())
                and s.name
                and s.name != f.investee
                and s.name not in f.investors
            ]
            if new:
                facts[i] = attrs.evolve(f, investors=(*f.investors, *dict.fromkeys(new)))


def key(f: InvestmentFact) -> tuple[Any, ...]:
    """The same company raising the same amount."""
    return (f.type, f.investee, f.amount.amount if f.amount else None)
