"""Mergers: which party of a merger predication is taken over, and by whom.

A merger told with "into" names who survives ("merged its Y unit into Z": Z takes Y over, and
the one merging sells).  Told with "with", with "and" or with no object ("X and Y agreed to
merge"), it names no direction: the first-named party is taken as the acquirer, as the team's
convention in ``docs/facts.md`` says.

>>> from bizfacts.facts.cascade.tokens import tokenize
>>> from bizfacts.facts.cascade.chunks import chunk
>>> from bizfacts.facts.cascade.clauses import predications
>>> chunks = chunk(tokenize("Acme merged its unit, Beta, into Gamma.", 0, []))
>>> [p] = [p for p in predications(chunks) if p.variant == "into"]
>>> [c.text if c else None for c in merger_parties(p)]
['Gamma', 'Beta', 'Acme']
"""

from __future__ import annotations

import re

from .chunks import Chunk
from .clauses import Predication
from .names import _party

# what the words of a merger's noun group say of its status ("merger talks", "a possible merger")
_NOUN_STATUS = {"agreed": "planned", "planned": "planned", "option": "option", "rumored": "rumored"}
_RUMOURED = frozenset({"possible", "potential"})
# "its merger talks with Y ended without agreement": the verb after the noun group ends them
_ENDED = re.compile(
    r"\s*(?:have\s+|has\s+|had\s+|were\s+|was\s+)?"
    r"(?:ended|terminated|broke|broken|collapsed|failed|been\s+called\s+off)\b",
    re.I,
)


# "has (now) become", "had become": a perfect, done
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|since\s+|already\s+)?$", re.I)


def merger_status(p: Predication, status: str, text: str) -> str | None:
    """The status of a merger told by its noun: "merger talks" are rumoured, "a merger agreement"
    or "its proposed merger" planned, "failed merger talks" none; ``status`` is the verb's reading."""
    become = p.places.get("become")
    if become is not None:  # "became (has become) a unit of Y": done; "will become": planned
        word = become.tokens[0].text.casefold()
        perfect = _PERFECT_BEFORE.search(text, max(0, become.start - 24), become.start) is not None
        return "completed" if word == "became" or (word == "become" and perfect) else "planned"
    noun = p.places.get("noun")
    if noun is None:
        return status
    light = p.places.get("light")
    if (
        light is not None
        and light.predicate == "completed"
        and all(m == "perfect" for m in light.modality)  # ("has completed its merger")
        and not light.negated
    ):
        status = "completed"  # "X completed its merger with Y": the light verb before the noun
    control = p.places.get("control")  # "X expects to complete its merger with Y": the control word says
    if control is not None and control.tokens[0].lex is not None:
        value = control.tokens[0].lex.value
        if value == "neg":
            return None
        status = _NOUN_STATUS.get(value or "", "planned")
    last = p.places.get("other") or noun
    if _ENDED.match(text, last.end):
        return None
    words = [*noun.tokens, *(p.places["after"].tokens if "after" in p.places else ())]
    for t in words:
        value = t.lex.value if t.tag == "G" and t.lex is not None else None
        if value == "neg":
            return None
        if value in _NOUN_STATUS:
            return _NOUN_STATUS[value]
        if t.text.casefold() in _RUMOURED:
            return "rumored"
    return status


_BLANK_CHECK_FORMS = frozenset(
    {"Corp", "Corporation", "Inc", "Company", "Co", "Ltd", "Limited", "Holdings", "plc"}
)


def merger_parties(p: Predication) -> tuple[Chunk | None, Chunk | None, Chunk | None]:
    """The (acquirer, target, seller) chunks of a MERGE predication; None where it names none."""
    prep = p.places.get("prep")
    other = p.places.get("other")
    agent = p.places.get("agent")
    theme = p.places.get("theme") or p.places.get("unit")
    if p.variant in ("become", "surviving"):
        return other, agent, None  # "X will become (survive as) a subsidiary of Y": Y takes X over
    if other is not None and other.possessive in ("its", "their"):
        return None, None, None  # "merged its Y unit into its Z unit": a reorganization, no deal
    if prep is not None and prep.char == "I":
        if theme is not None:  # "X merged its unit Y into Z": X gives Y up
            unit = p.places.get("unit")
            owned = theme.possessive or (unit is not None and unit.possessive)
            seller = agent if agent is not None and owned else None
            return other, theme, seller
        return other, agent, None  # "X's merger into Z", "X merged into Z"
    if other is not None:
        return agent, other, None  # "X's merger with Z", "the merger of X with Z"
    if len(p.agents) >= 2:
        first, second = p.agents[0], p.agents[1]
        if _blank_check(second) and not _blank_check(first):
            # "Y Storage, Inc. and X Acquisition Corp. announce a business combination": the listed
            # blank-check company takes the operating one over, whichever is named first
            return second, first, None
        return first, second, None  # "X and Z agreed to merge"
    return agent, None, None


def _blank_check(c: Chunk) -> bool:
    """Whether a party is a blank-check company: "Acquisition" in its name before a legal form
    ("Halcyon Ridge Acquisition Corp.", "Falbrook Acquisition Corp. II")."""
    words = c.text.replace(".", " ").replace(",", " ").split()
    return "Acquisition" in words[1:] and any(w in _BLANK_CHECK_FORMS for w in words)


def merger_roles(p: Predication, status: str, text: str) -> tuple[str | None, dict[str, str | None]]:
    """The status and the acquirer, target and seller names of a MERGE predication."""
    buyer, merged, giver = merger_parties(p)
    # companies merge, people do not: "X CEO P said the merger with Y ..." names no acquirer
    roles = {"acquirer": _party(buyer)[0], "target": _party(merged)[0], "seller": _party(giver)[0]}
    return merger_status(p, status, text), roles
