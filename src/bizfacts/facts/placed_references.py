"""A reference that names a place cannot be a company the text has placed elsewhere.

"X approached Glenmorven, the Perth-based brewer. ... For X the episode is awkward. The Bristol
group had built a 4.9% holding in Glenmorven": "the Bristol group" is not Glenmorven, whose
headquarters the text put in Perth; it is the company named last or spoken of last, when that
one is not placed elsewhere too, else no company.

>>> import bizfacts
>>> t = ("Harlow Drinks approached Glenmorven, the Perth-based brewer, in March. "
...      "For Harlow the episode is awkward. The Bristol group had built a 4.9% holding in Glenmorven.")
>>> [(f.owner, f.asset) for f in bizfacts.extract_facts(t) if f.type == "ownership"]
[('Harlow Drinks', 'Glenmorven')]
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from typing import Any

import regex

from .._fact_types import AnyFact, HeadquartersFact
from .._spans import PlaceMention
from ..places import nested_places
from .discourse_state import Entities

_START = operator.attrgetter("start")
# between a place and the head noun of its reference: "the Bristol group", "the Perth-based brewer"
_BETWEEN = regex.compile(r"(?:-based)?[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}")
# before the place: the reference's article
_ARTICLE = regex.compile(r"(?i)\bthe[ \t]+$")

# how many of the latest facts are read for a company's headquarters (a long text stays linear)
_FACTS_READ = 60


def placed_references(
    text: str,
    anaphors: list[tuple[int, int, str]],
    names: Sequence[Any],
    facts: Sequence[AnyFact],
    ents: Entities,
) -> list[tuple[int, int, str]]:
    """``anaphors`` (start, end, name: the span of a reference's head noun), each reference whose
    noun group holds a place mention of ``names`` (the text's people and places, sorted) resolved
    again where the text placed its company elsewhere (``facts``, the facts told so far: their
    headquarters)."""
    out = []
    seats: dict[str, str] | None = None  # (read once a sentence, when a reference names a place)
    for s, e, name in anaphors:
        place = _place_before(text, names, s)
        if place is None:
            out.append((s, e, name))
            continue
        if seats is None:
            seats = _seats(facts)
        if not _placed_elsewhere(seats, name, place):
            out.append((s, e, name))
            continue
        other = next(
            (
                c
                for c in (ents.last_company, ents.prev_subject)
                if c is not None and c != name and not _placed_elsewhere(seats, c, place)
            ),
            None,
        )
        if other is not None:
            out.append((s, e, other))
    return out


def _place_before(text: str, names: Sequence[Any], head: int) -> str | None:
    """The place named inside a reference's noun group, before its head noun at ``head``: "the
    Bristol group", "the Perth-based brewer"."""
    k = bisect.bisect_left(names, head, key=_START)
    for m in reversed(names[max(0, k - 2) : k]):
        if (
            isinstance(m, PlaceMention)
            and head - m.end <= 30
            and _BETWEEN.fullmatch(text, m.end, head)
            and _ARTICLE.search(text, max(0, m.start - 5), m.start)
        ):
            return str(m.name)
    return None


def _seats(facts: Sequence[AnyFact]) -> dict[str, str]:
    """Each company's headquarters among the latest facts (the first told)."""
    seats: dict[str, str] = {}
    for f in facts[-_FACTS_READ:]:
        if isinstance(f, HeadquartersFact):
            seats.setdefault(f.company, f.location)
    return seats


def _placed_elsewhere(seats: dict[str, str], company: str, place: str) -> bool:
    """Whether the text put ``company``'s headquarters in a location that does not name ``place``."""
    seat = seats.get(company)
    # ("the big Texas bank", then "The Houston-based bank": Houston lies in Texas)
    return seat is not None and place.casefold() not in seat.casefold() and not nested_places(seat, place)
