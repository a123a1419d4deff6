"""A frame rule: one regular expression over sentence templates for one surface form of a fact.

Each rule names its fact type, its pattern (macros from :mod:`bizfacts.facts.template`,
word lists from :mod:`bizfacts.facts.lexicon`) and a base confidence.  Named groups are
roles: ``acquirer``, ``target``, ``seller``, ``stake``, ``price``, ``parties``,
``investee``, ``investors``, ``amount``, ``company``, ``owner``, ``asset``, ...
The rules of a fact type live with the builder that turns their matches into facts,
in :mod:`bizfacts.facts.frames` (one module per type): to find out why a fact exists,
search that package for the fact's ``rule``.
"""

from __future__ import annotations

import functools

import attrs
import regex

from .template import expand


@attrs.frozen
class Rule:
    """A named frame for one fact type."""

    name: str
    type: str
    pattern: str
    confidence: float
    # lowercase substrings one of which the template must contain for the rule to run (empty: always)
    keys: tuple[str, ...] = ()
    # how many company slots the sentence needs; -1 = as many as the pattern names (at most 2)
    min_companies: int = attrs.field(default=-1)
    # what the type's builder must know of this frame beyond its match ("option", "loose_location", ...)
    flags: frozenset[str] = frozenset()

    def __attrs_post_init__(self) -> None:
        if self.min_companies < 0:
            n = min(2, self.pattern.count("{C:") + self.pattern.count("{CL:") + self.pattern.count("{{C:")
                    + self.pattern.count("{{CL:"))
            object.__setattr__(self, "min_companies", n)

    @functools.cached_property
    def regex(self) -> regex.Pattern[str]:
        return _compile(self.pattern)


@functools.cache
def _compile(pattern: str) -> regex.Pattern[str]:
    return regex.compile(expand(pattern), regex.IGNORECASE)
