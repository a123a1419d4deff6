"""References a text resolves by what it names: "the combined company" once the text gives the
merged company its name, and an opening "Its" that is not the company its people join.

>>> from bizfacts.facts.discourse_state import Entities
>>> not_named_after(Entities(recent=("Acme", "Brio")), "Acme", ["Acme"])
'Brio'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from .._spans import CompanyMention
from .template import LazyPattern

if TYPE_CHECKING:
    from .discourse_state import Entities

# "the combined company", "the merged group", "the new bank": the company a deal forms
FORMED_REFERENCE = LazyPattern(
    r"(?i)the\s+(?:new|combined|merged|enlarged)\s+(?:company|group|entity|bank|firm)"
)
# where a text names the company a deal forms: "The combined company will take the name X",
# "Combined company to be named X", "the merged group will be called X"
_FORMED_NAMING = LazyPattern(
    r"(?i)\b(?:new|combined|merged|enlarged)\s+(?:company|group|entity|bank|firm)\s+"
    r"(?:will\s+(?:take\s+the\s+name|be\s+(?:called|named|known\s+as)|operate\s+under\s+the\s+name)"
    r"|(?:is\s+)?to\s+be\s+(?:named|called|known\s+as))\s+[\"“]?"
)


def formed_company(text: str, companies: Sequence[CompanyMention]) -> str | None:
    """The name a text gives the company a merger forms, the company named right after "the
    combined company will take the name" (or "to be named", "will be called"); None when none.

    >>> from bizfacts import extract_companies
    >>> t = "The combined company will take the name Orvane Bancorp Inc. and trade on the NYSE."
    >>> formed_company(t, extract_companies(t))
    'Orvane Bancorp'
    """
    if "name" not in text and "called" not in text and "known as" not in text:
        return None  # (every naming of _FORMED_NAMING holds one of these words)
    starts = {c.start: c.name for c in companies if c.kind == "company"}
    for m in _FORMED_NAMING.finditer(text):
        if m.end() in starts:
            return starts[m.end()]
    return None


_JOINED = regex.compile(r"(?i)\bjoin(?:s|ed|ing)?[ \t]+(?:the[ \t]+)?\Z")


def joined_names(text: str, companies: Sequence[CompanyMention], after: int) -> list[str]:
    """The companies named after ``after`` as the object of "join" ("Its founder will join X")."""
    return [
        c.name
        for c in companies
        if c.start >= after and _JOINED.search(text, max(after, c.start - 12), c.start) is not None
    ]


def not_named_after(ents: Entities, name: str, named: Sequence[str]) -> str:
    """``name``, the company an opening "Its" speaks of, unless the sentence names it as the one
    its people join (``named``, :func:`joined_names`: "X bought Y. Its founder will join X"); then
    the company named most recently before that is not named there.

    """
    if name not in named:
        return name
    return next((n for n in reversed(ents.recent) if n not in named), name)
