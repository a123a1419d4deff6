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
from .. import lexicon as L
from ..sentence import (
    may_contain,
    slots_of,
)
from ..template import CLOSE, OPEN, LazyPattern, Template

TYPE = "investment"


_JOINED_ROUND = LazyPattern(
    # ("Y led it and Z came in alongside": the second backer after the lead)
    r"(?i)\b(?:also\s+)?(?:took\s+part|participated|joined|co-invested|invested|contributed|chipped\s+in"
    r"|came\s+in\s+alongside)\b"
    r"(?:\s+in\s+the\s+(?:round|financing|funding|raise|investment))?"
)


# the round told before, named by its definite noun and up to three words before it ("the Series A
# round", "the $25 million seed round", "the new funding")
_THE_ROUND = r"the\s+(?:[\w$€£.\ue000\ue001-]+\s+){0,3}?(?:round|financing|funding|raise|investment)"
# "Y and Z co-led the round", "The Series A round was led by Y and included Z", "Other investors
# included Y and Z": ``after`` marks the forms whose investors follow the verb
_LED_ROUND = LazyPattern(
    r"(?i)\b(?:co-led|led|headed)\s+(?:the\s+(?:round|financing|funding|raise)|(?P<it>it))\b(?!\s+(?:in|for|of)\b)"
    rf"|^\W*{_THE_ROUND}\s+(?:was|is|has\s+been)\s+(?P<after>(?:co-)?led)\s+by\b"
    r"|^\W*(?:other|existing|new)\s+(?:investors|backers|participants)\s+(?:in\s+the\s+\w+\s+)?"
    r"(?P<listed>include[ds]?|were)\b"
)
# the backers after a round's lead: "Y led the round, with participation from Z and W"
_PARTICIPANTS = LazyPattern(r"(?i)\b(?:with\s+participation\s+(?:from|by)|alongside|joined\s+by|along\s+with)\b")
# a company that employs a person named next ("former Y chief executive Ana Ruiz also took part"):
# the person's employer, no investor
_EMPLOYER = LazyPattern(
    r"(?i)\s+(?:co-)?(?:founder|chief|ceo|cfo|coo|cto|president|chair(?:man|woman)?|executive|director|partner)\b"
)

# A word of every _JOINED_ROUND or _LED_ROUND match: a substring test spares most sentences the regexes.
_JOINED_ROUND_WORDS = (
    "took", "participated", "joined", "invested", "contributed", "chipped", "led", "headed", "investors", "backers",
    "participants", "came",
)
# "Y led it": the round told before, named by its pronoun (no round word needed in the sentence)
_LED_IT = LazyPattern(r"(?i)\b(?:co-led|led|headed)\s+it\b")
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
    if m is None or not (_ROUND_WORD.search(tpl.template) or _LED_IT.search(tpl.template)):
        return
    # "the financing was led by Y", "other investors included Y"
    after = joined is None and (m.group("after") is not None or m.group("listed") is not None)
    last = next((f for f in reversed(facts) if isinstance(f, InvestmentFact)), None)
    if last is None:
        return
    # "Y led the round, with participation from Z": the backers after the marker too
    found = None if after else _PARTICIPANTS.search(tpl.template, m.end())
    joining = found.end() if found else None
    named = _round_named(tpl.template) if last.round is None else None  # "The Series A round was led by Y"
    for i, f in enumerate(facts):
        # the round may have been read by several frames: every reading gets the new investors
        if isinstance(f, InvestmentFact) and (f.investee, f.amount) == (last.investee, last.amount):
            if named is not None and f.round is None:
                f = facts[i] = attrs.evolve(f, round=named)
            new = [
                s.name
                for p, s in slots_of(tpl, "C")
                if (p > m.start() if after else p < m.start() or (joining is not None and p > joining))
                and s.name
                and s.name != f.investee
                and s.name not in f.investors
                and not _EMPLOYER.match(tpl.template, tpl.template.index(CLOSE, p) + 1)
            ]
            if new:
                facts[i] = attrs.evolve(f, investors=(*f.investors, *dict.fromkeys(new)))


def _round_named(template: str) -> str | None:
    """The name of the round a sentence tells ("Series A", "seed"), as the cascade writes it."""
    m = L.ROUND.get().search(template)
    return None if m is None else L.round_name(m)


def key(f: InvestmentFact) -> tuple[Any, ...]:
    """The same company raising the same amount."""
    return (f.type, f.investee, f.amount.amount if f.amount else None)
