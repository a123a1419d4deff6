"""Names the clause reader promoted, found again in later sentences.

A party no extractor knew ("Nordkap Reefer has agreed to buy four vessels") becomes a company
where a strong predicate's role holds it (:mod:`bizfacts.facts.cascade.names`).  Its later
mentions, in full or by its first word ("Nordkap chief executive P told us"), are that company:
:func:`collect_promoted` gathers the names from a sentence's facts, and :func:`promoted_mentions`
finds them in a later sentence, as anaphors (start, end, name) the template writes as companies.

>>> from bizfacts._fact_types import AcquisitionFact, Evidence
>>> deal = AcquisitionFact(evidence=Evidence(0, 1, "x"), confidence=0.6, rule="acquire/active",
...                        acquirer="Nordkap Reefer", target="Acme")
>>> names = {}
>>> collect_promoted([deal], known_names({"Acme"}), names)
>>> names
{'Nordkap Reefer': 'Nordkap Reefer', 'Nordkap': 'Nordkap Reefer'}
>>> text = "Nordkap chief executive Sigrid Vang said."
>>> promoted_mentions(text, 0, len(text), names, [])
[(0, 7, 'Nordkap Reefer')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from .._company_words import company_words
from .._fact_types import AcquisitionFact, AnyFact, ExecutiveFact, HeadquartersFact, OwnershipFact
from ..places import is_place_name

# the roles of a fact that hold a company's name
_PARTIES: dict[type, tuple[str, ...]] = {
    AcquisitionFact: ("acquirer", "target", "seller"),
    OwnershipFact: ("owner",),
    HeadquartersFact: ("company",),
    ExecutiveFact: ("company",),
}
_CAPITALIZED_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
_CAPITALIZED_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")
_MOST_NAMES = 8  # (a document of many promoted names reads no more of them)


def known_names(names: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The names of a document's company mentions, and their first words (made once a document)."""
    whole = frozenset(names)
    return whole, frozenset(n.split()[0] for n in whole if n)


def collect_promoted(
    facts: Sequence[AnyFact], known: tuple[frozenset[str], frozenset[str]], into: dict[str, str]
) -> None:
    """Add to ``into`` (surface -> name) the parties of ``facts`` that no mention named (``known``,
    from :func:`known_names`): each by its name, and by its first word where that word is a name's
    (four letters or more, no common word, no place, no word opening a known name: "Ostervaal
    Kunststoffen", a unit of the known Ostervaal, does not take its name)."""
    if len(into) >= _MOST_NAMES:
        return
    named, known_firsts = known
    for f in facts:
        for role in _PARTIES.get(type(f), ()):
            name = getattr(f, role)
            if not isinstance(name, str) or name in named or len(into) >= _MOST_NAMES:
                continue
            words = name.split()
            if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
                continue
            into.setdefault(name, name)
            first = words[0]
            if (
                len(words) > 1
                and len(first) >= 4
                and first.isalpha()
                and first not in company_words().common
                and first not in known_firsts
                and not is_place_name(first)
            ):
                into.setdefault(first, name)


def promoted_mentions(
    text: str, start: int, end: int, names: dict[str, str], taken: Sequence[Any]
) -> list[tuple[int, int, str]]:
    """Where the sentence ``text[start:end]`` names a promoted company (``names``, from
    :func:`collect_promoted`), outside the spans ``taken`` (mentions and anaphors: objects with
    ``start`` and ``end``, or tuples opening with them); longest names first."""
    spans = [(t.start, t.end) if hasattr(t, "start") else (t[0], t[1]) for t in taken]
    out: list[tuple[int, int, str]] = []
    for surface in sorted(names, key=len, reverse=True):
        pos = text.find(surface, start, end)
        while pos >= 0:
            stop = pos + len(surface)
            bounded = (pos == 0 or not text[pos - 1].isalnum()) and (
                stop >= len(text) or not (text[stop].isalnum() or text[stop] in "-'’")
            )
            # (no part of a longer name: "Corvane Capital Management" is not "Corvane" and more)
            longer = _CAPITALIZED_NEXT.match(text, stop) or _CAPITALIZED_BEFORE.search(
                text, max(0, pos - 40), pos
            )
            if bounded and not longer and not any(a < stop and pos < b for a, b in spans):
                out.append((pos, stop, names[surface]))
                spans.append((pos, stop))
            pos = text.find(surface, stop, end)
    return sorted(out)
