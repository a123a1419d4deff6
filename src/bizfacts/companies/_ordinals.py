"""A company name that opens with an ordinal numeral: "1st Carrow Bancorp", "5th Harbor Finance".

The capitalized-word reader starts a name at its first capitalized word, so the numeral
before it is left out ("Carrow Bancorp").  A numeral with its ordinal ending written
right before a company's mention, with no other word between, is the name's first word: the
mention takes it in, and so does its name.  The mentions the document linked to that name
("Carrow Bancorp" again later) take the longer name too.

>>> from bizfacts import extract_companies
>>> [(m.text, m.name) for m in extract_companies("1st Carrow Bancorp owns Halden Bank.")][:1]
[('1st Carrow Bancorp', '1st Carrow Bancorp')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._spans import CompanyMention
from .._suffixes import canonical_name

# "1st ", "21st ", "3rd ", "5th " right before a mention (no sign or word glued before the numeral)
_ORDINAL_BEFORE = re.compile(r"(?<![\w.,$/-])\d{1,3}(?:st|nd|rd|th)[ ]\Z")
# a date's day before the name ("On May 21st Acme said", "on the 3rd Acme said") is no part of it
_DAY_BEFORE = re.compile(r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?|\b[Tt]he)[ ]\Z")


# the endings of an ordinal numeral right before a name, with the space after it
_ENDINGS = ("st ", "nd ", "rd ", "th ")


def may_hold_ordinals(text: str, mentions: Sequence[CompanyMention]) -> bool:
    """Whether an ordinal numeral and a space ("1st ", "21st ", "5th ") may stand right before
    one of ``mentions`` (a few characters read per mention, no scan of the text).

    >>> may_hold_ordinals("On the 5th Acme said", [CompanyMention(11, 15, "Acme", "Acme")])
    True
    """
    return any(
        m.start >= 4 and text.endswith(_ENDINGS, m.start - 3, m.start) and text[m.start - 4].isdigit()
        for m in mentions
    )


def with_ordinals(text: str, mentions: Sequence[CompanyMention]) -> list[CompanyMention]:
    """``mentions`` with each company mention an ordinal numeral opens taking the numeral in."""
    renamed: dict[str, str] = {}
    out: list[CompanyMention] = []
    for m in mentions:
        head = _ORDINAL_BEFORE.search(text, max(0, m.start - 5), m.start) if m.kind == "company" else None
        if head is None or _DAY_BEFORE.search(text, max(0, head.start() - 10), head.start()):
            out.append(m)
            continue
        written = text[head.start() : m.end]
        name = canonical_name(written) or written
        renamed.setdefault(m.name, name)
        out.append(attrs.evolve(m, start=head.start(), text=written, name=name))
    if not renamed:
        return out
    # (the mentions linked to a renamed one: "Carrow Bancorp" again later)
    return [
        attrs.evolve(m, name=renamed[m.name]) if m.name in renamed and not m.text[:1].isdigit() else m
        for m in out
    ]
