"""One module per fact type: its frame rules, the builder that turns a match into a fact, its merge key.

The rule-driven types (:data:`RULE_FRAMES`, in the order the engine runs them) each give
``rules()`` (built on first use), ``TRIGGERS`` (lowercase substrings one of which a sentence
must contain for any of the type's rules to run) and ``build(sentence, match, rule)``.
Financial metrics and user counts are slot-driven: they start from a money or a user-count
mention rather than from a rule (:mod:`.financial_metric`, :mod:`.user_count`).  Acquisitions,
headquarters, partnerships, investments, valuations, listings and ownership are read by the
clause-level cascade alone (:mod:`bizfacts.facts.cascade`): :mod:`.acquisition`,
:mod:`.headquarters`, :mod:`.partnership`, :mod:`.investment`, :mod:`.valuation`, :mod:`.listing`
and :mod:`.ownership` keep the merge key (and :func:`.investment.join_round`, a later sentence's
investors).
Every module gives ``key(fact)``: two facts with the same key are one fact told twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs
import regex

from . import (
    acquisition,
    executive,
    financial_metric,
    headquarters,
    investment,
    listing,
    ownership,
    partnership,
    user_count,
    valuation,
)

if TYPE_CHECKING:
    from ..._fact_types import AnyFact
    from ..rule import Rule
    from ..sentence import Sentence

Builder = Callable[["Sentence", regex.Match[str], "Rule"], list["AnyFact"]]


@attrs.frozen
class RuleFrame:
    """A fact type read by frame rules."""

    type: str
    rules: Callable[[], tuple[Rule, ...]]
    triggers: tuple[str, ...]
    build: Builder


RULE_FRAMES: tuple[RuleFrame, ...] = (
    RuleFrame(executive.TYPE, executive.rules, executive.TRIGGERS, executive.build),
)

# The merge key of each fact type: facts of equal keys are one fact (see :mod:`bizfacts.facts.merge`).
KEYS: dict[str, Callable[[Any], tuple[Any, ...]]] = {
    acquisition.TYPE: acquisition.key,
    partnership.TYPE: partnership.key,
    investment.TYPE: investment.key,
    valuation.TYPE: valuation.key,
    listing.TYPE: listing.key,
    headquarters.TYPE: headquarters.key,
    executive.TYPE: executive.key,
    ownership.TYPE: ownership.key,
    financial_metric.TYPE: financial_metric.key,
    user_count.TYPE: user_count.key,
}
