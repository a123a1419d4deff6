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


# A word of every _JOINED_ROUND match: a substring test spares most sentences the regex.
_JOINED_ROUND_WORDS = ("took", "participated", "joined", "invested", "contributed", "chipped")
# the round named, or its backers ("Existing investors Y and Z also participated")
_ROUND_WORD = LazyPattern(r"(?i)\b(?:round|financing|funding|raise|investment|investors?|backers?)\b")


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
