"""The investors of a funding round named in the sentence after it: "X raised a $32 million Series B.
Corvane Ventures led it and Easthollow Partners came in alongside." or "The round was led by Y, with
Z joining." give Y and Z as the round's investors, when the round told just before has none.

>>> import bizfacts
>>> t = "Tallowmere raised a $32 million Series B. "
>>> t += "The round was led by Corvane Ventures, with Easthollow Partners joining."
>>> [(f.investee, f.investors) for f in bizfacts.extract_facts(t) if f.type == "investment"]
[('Tallowmere', ('Corvane Ventures', 'Easthollow Partners'))]
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .._fact_types import AnyFact, InvestmentFact
from .._spans import CompanyMention
from .template import LazyPattern

# a sentence telling who led or joined the round told before it
_LED = LazyPattern(
    r"(?i)\b(?:(?:the|this|that)[ \t]+(?:round|financing|funding|investment|raise)[ \t]+"
    r"(?:was|is|has[ \t]+been)[ \t]+(?:co-)?led[ \t]+by"
    r"|(?:co-)?led[ \t]+(?:it|the[ \t]+(?:round|financing|funding|investment|raise))"
    r"|(?:participated|joined|invested)[ \t]+in[ \t]+(?:it|the[ \t]+(?:round|financing|funding|raise)))\b"
)
_REACH = 3  # how many facts back the round may be (the sentence before may tell a few)


def round_investors(
    text: str, start: int, end: int, companies: Sequence[CompanyMention], facts: list[AnyFact], told: int
) -> None:
    """Give the companies of the sentence ``text[start:end]`` that leads or joins "the round" to the
    last round in ``facts`` (before index ``told``, where this sentence's own facts begin) that
    names no investor yet (in place, as the other open-deal readers do)."""
    if any(isinstance(f, InvestmentFact) for f in facts[told:]):
        return  # (the sentence told a round of its own)
    if _LED.get().search(text, start, end) is None:
        return
    for i in range(told - 1, max(-1, told - 1 - _REACH), -1):
        f = facts[i]
        if not isinstance(f, InvestmentFact):
            continue
        if f.investors:
            return
        names = tuple(dict.fromkeys(c.name for c in companies if c.name != f.investee))
        if names:
            facts[i] = attrs.evolve(f, investors=names)
        return
