"""More deals from a list in a target's place: "completed the purchase of A of New York and B of
Connecticut", "bought A, B and C" (one deal per listed company, read after
:func:`.acquisition.acquisition_facts` gave the first).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from ..._fact_types import AcquisitionFact, AnyFact
from ..._spans import DateMention
from .chunks import Chunk
from .clauses import Predication
from .names import _inner_name, _party
from .status import confidence


def more_targets(found: list[AnyFact], p: Predication, chunks: Sequence[Chunk], s: str) -> list[AnyFact]:
    """ "completed the purchase of A of New York and B of Connecticut", "bought A, B and C": one
    deal per company of a list in the target's place (same buyer, seller, status and date)."""
    theme = p.places.get("theme")
    if len(found) != 1 or theme is None or "theme" not in p.extents or theme.char != "C":
        return []
    first = found[0]
    if not isinstance(first, AcquisitionFact) or first.stake is not None:
        return []
    i = next((k for k in range(p.start, p.end) if chunks[k] is theme), None)  # within the match
    if i is None:
        return []
    more: list[AnyFact] = []
    closed = 0  # the list's companies up to its "and" ("A, B" alone: B may be A's other name)
    pos = i + 1
    while len(more) < 4:
        m = _LIST_NEXT.match(s, pos)
        if m is None:
            break
        nxt = chunks[m.end() - 1]
        if s.startswith("x", m.end()) or (nxt.char == "N" and nxt.tokens[0].tag == "d"):
            return []  # "..., the House Energy and Commerce subcommittee": capitalized words, no companies
        name, promoted = _party(nxt)
        if not name or name in (first.acquirer, first.seller, first.target):
            break
        # ("bought A, Trebah Pumps and Lanyon Filters": names no extractor knew, promoted)
        sure = min(first.confidence, confidence(promoted))
        # ("... and the 2024 takeover of B": the year inside B's own deal noun)
        own = noun_date(chunks[m.end() - 3]) if s.startswith("Ao", m.end() - 3) else None
        more.append(attrs.evolve(first, target=name, price=None, confidence=sure, date=own or first.date))
        if m.group("sep") == "c":
            closed = len(more)
        pos = m.end()
    if _LIST_GOES_ON.match(s, pos):
        closed = len(more)  # "A of L, B of L and the L offices of Z": the list goes on
    return more[:closed]


# after a unit of the deal: its place ("in Dayton, Ohio,"), then "and" and another named unit, the
# seller's ("its Y division") or a company's ("Maple's Y division", "the Y division of Z")
_NEXT_UNIT = regex.compile(r"(?:[ia][LN](?:,[LN]){0,3})?,?c(?:(?P<owner>C)')?(?P<unit>R)(?![CN])")


def more_units(found: list[AnyFact], p: Predication, chunks: Sequence[Chunk], s: str) -> list[AnyFact]:
    """ "sell its Y subsidiary in Dayton, Ohio, and Y's Z division": one deal per named unit of a
    coordination in the unit's place (same parties, status and date; the second unit's owner, when
    named, as its seller)."""
    unit = p.places.get("unit")
    if len(found) != 1 or unit is None or unit.char != "R" or not unit.inner:
        return []
    first = found[0]
    if not isinstance(first, AcquisitionFact) or first.stake is not None or first.target != _inner_name(unit):
        return []
    i = next((k for k in range(p.start, p.end) if chunks[k] is unit), None)
    if i is None:
        return []
    m = _NEXT_UNIT.match(s, i + 1)
    if m is None:
        return []
    nxt = chunks[m.end() - 1]
    name = _inner_name(nxt) if nxt.inner and (nxt.possessive or m.group("owner")) else None
    if not name or name in (first.acquirer, first.seller, first.target):
        return []
    owner = _party(chunks[m.start("owner")])[0] if m.group("owner") else None
    seller = first.seller if owner in (None, first.target) else owner
    return [attrs.evolve(first, target=name, seller=seller, price=None)]


def listed_date(found: list[AnyFact], p: Predication) -> list[AnyFact]:
    """``found`` with the first deal of an "including" list dated by the year inside its own deal
    noun ("has made several acquisitions, including the 2021 purchase of A": 2021)."""
    listed = p.places.get("listed")
    if listed is None or len(found) != 1 or not isinstance(found[0], AcquisitionFact):
        return found
    own = noun_date(listed)
    return [attrs.evolve(found[0], date=own)] if own is not None else found


def noun_date(c: Chunk) -> DateMention | None:
    """The date mention inside a deal's noun group ("the 2021 purchase"), if any."""
    return next((t.mention for t in c.tokens if isinstance(t.mention, DateMention)), None)


# after a listed company: its town ("of New York") or its year ("A in 1994 and B in 1999"), then a
# comma or "and" and the next company
# (or where it is based: ", based in L,"; not a clause's subject: "..., and it has asked")
# (or a deal noun of its own before a company: "the 2021 purchase of A and the 2023 takeover of B")
_LIST_NEXT = regex.compile(
    r"(?:oL(?:,L){0,2}|,H[ia][CLN](?:,L){0,2}|iD)?,?(?P<sep>,|c)(?:Ao(?=C))?(?=[CN](?!'|o[^L]|[^.;]{0,12}?[VZ]|v?[hbm]))[CN]"
)
# an "and" later in the same clause
_LIST_GOES_ON = regex.compile(r"[^.;c]*c")
