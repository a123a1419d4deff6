"""A successor named in a sentence of its own: "X chief executive P will step down in June. She
will be succeeded by Q", "... Q will succeed him": Q takes the office the pronoun's person holds.

The sentence names no title and no company; the office is the one the facts told last of a
person (the pronoun's referent is the person named last, whose office the sentence before
told).  Q's office is current; the predecessor's fact is left as the text told it ("will step
down": still current).

>>> import bizfacts
>>> t = ("Fenwick Media chief executive Dana Oyel will step down in June. "
...      "She will be succeeded by Lucas Brandt.")
>>> [(f.person, f.title, f.company) for f in bizfacts.extract_facts(t)]
[('Dana Oyel', 'chief executive', 'Fenwick Media'), ('Lucas Brandt', 'chief executive', 'Fenwick Media')]
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence

import attrs

from .._fact_types import AnyFact, Evidence, ExecutiveFact
from .._spans import PersonMention
from .template import LazyPattern

_START = operator.attrgetter("start")

# "She will be succeeded by", "He is to be succeeded as chief executive by": before the successor
_SUCCEEDED_BY = LazyPattern(
    r"(?:^\s*|,\s+and\s+)[\"“]?(?:[Hh]e|[Ss]he)\s+(?:will|would|is\s+to|is\s+set\s+to|was|has\s+been)\s+"
    r"(?:be\s+)?(?:succeeded|replaced)\s+(?:[a-z]+\s+){0,3}?by\s+\Z"
)
# "Q will succeed her", "Q, 48, is to replace him": after the successor
_SUCCEEDS_HIM = LazyPattern(
    r"(?:,\s+\d{2},)?\s+(?:will|would|is\s+to|is\s+set\s+to|is\s+expected\s+to)\s+(?:succeed|replace)\s+(?:him|her)\b"
)


def successor_facts(
    text: str, start: int, end: int, people: Sequence[PersonMention], facts: Sequence[AnyFact]
) -> list[AnyFact]:
    """The offices the successors named in ``text[start:end]`` take ("She will be succeeded by Q"),
    from ``facts`` (those told so far); ``people`` are the document's person mentions, sorted."""
    lo = bisect.bisect_left(people, start, key=_START)  # (no list of starts per call: linear over a text)
    out: list[AnyFact] = []
    for person in people[lo:]:
        if person.start >= end:
            break
        # (the words from the sentence's start: "She will be succeeded by Q" opens it)
        near = person.start - start < 120
        before = _SUCCEEDED_BY.get().search(text[start : person.start]) if near else None
        after = _SUCCEEDS_HIM.get().match(text, person.end, min(end, person.end + 60))
        if before is None and after is None:
            continue
        # (the pronoun's person is the one named last before the sentence: its office, told before)
        referent = people[lo - 1].name if lo else None
        office = _last_office(facts, start, person.name)
        if office is None or office.person != referent:
            continue
        evidence = Evidence(start, end, text[start:end])
        out.append(
            attrs.evolve(
                office,
                evidence=evidence,
                person=person.name,
                status="current",
                rule="executive/succeeded-by",
                confidence=0.6,
            )
        )
    return out


def _last_office(facts: Sequence[AnyFact], before: int, successor: str) -> ExecutiveFact | None:
    """The office the facts told last, in the sentences before ``before``, of another person than
    ``successor`` (its person the one a "he" or "she" after it refers to)."""
    for fact in reversed(facts[-8:]):
        if fact.evidence.start >= before:
            continue
        if isinstance(fact, ExecutiveFact):
            return fact if fact.person != successor and fact.company else None
    return None
