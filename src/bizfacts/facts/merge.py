"""Merging: one fact per thing told, however many sentences tell it.

Facts of the same merge key (each fact type gives its ``key``, see
:mod:`bizfacts.facts.frames`) are merged, the more confident one filled in with the roles
of the other (:func:`dedupe`).  Before that, an option's or a stake raise's target is taken
from the same acquirer's last deal (:func:`inherit_targets`), and "Ms. Grant" becomes
"Elena M. Grant" when the text names her in full (:func:`full_person_names`).
"""

from __future__ import annotations

import functools
from typing import Any

import attrs
import regex

from .._fact_types import AcquisitionFact, AnyFact, ExecutiveFact
from . import lexicon as L
from .frames import KEYS
from .template import LazyPattern


def fact_key(f: AnyFact) -> tuple[Any, ...]:
    """The fact's merge key (its type's ``key``): facts of equal keys are one fact told twice."""
    return KEYS[f.type](f)


def _merge(a: AnyFact, b: AnyFact) -> AnyFact:
    """Keep ``a`` (the more confident), filling its empty roles from ``b``."""
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(a)):
        if field.name in ("evidence", "confidence", "rule", "type"):
            continue
        va, vb = getattr(a, field.name), getattr(b, field.name)
        if (va is None or va == ()) and vb not in (None, ()):
            changes[field.name] = vb
        elif field.name == "status" and vb == "completed" and va in ("announced", "planned"):
            changes[field.name] = vb  # a deal told as agreed and then as closed is closed,
            closed_on = getattr(b, "date", None)
            if closed_on is not None:
                changes["date"] = closed_on  # on the day it closed
    return attrs.evolve(a, **changes) if changes else a


def dedupe(facts: list[AnyFact]) -> list[AnyFact]:
    """One fact per key, merged from all its tellings; acquisitions told once with and once without
    their stake or price kept once."""
    by_key: dict[tuple[Any, ...], AnyFact] = {}
    order: list[tuple[Any, ...]] = []
    for f in facts:
        k = fact_key(f)
        if k not in by_key:
            by_key[k] = f
            order.append(k)
            continue
        cur = by_key[k]
        if f.confidence > cur.confidence:
            by_key[k] = _merge(f, cur)
        else:
            by_key[k] = _merge(cur, f)
    out = [by_key[k] for k in order]
    # an acquisition without a stake/price duplicates a richer one with the same parties
    acq = [f for f in out if isinstance(f, AcquisitionFact)]
    drop: set[int] = set()
    for f in acq:
        for g in acq:
            if f is g or id(g) in drop:
                continue
            if (
                f.target == g.target
                and f.acquirer == g.acquirer
                and f.stake is None
                and f.price is None
                and (g.stake is not None or g.price is not None or (g.seller and not f.seller))
                and f.status != "option"
                and g.status != "option"
            ):
                drop.add(id(f))
    # the same priced deal told with a short and a full target name ("Oostvaart", "Oostvaart Imaging")
    merged: dict[int, AnyFact] = {}
    for f in acq:
        for g in acq:
            if (
                f is not g
                and id(f) not in drop
                and id(g) not in drop
                and f.target
                and g.target
                and g.target.startswith(f.target + " ")
                and f.acquirer == g.acquirer
                and f.price is not None
                and g.price is not None
                and (f.price.amount, f.price.currency) == (g.price.amount, g.price.currency)
                and f.stake == g.stake
            ):
                drop.add(id(f))
                merged[id(g)] = _merge(merged.get(id(g), g), f)
    return [merged.get(id(f), f) for f in out if id(f) not in drop]


# --------------------------------------------------------------------------------------
# the entry point

@functools.cache
def _honorific() -> LazyPattern:
    """ "Ms. Grant": an honorific and a surname, nothing else (built on first use)."""
    return LazyPattern(rf"^{L.HONORIFICS}\.?\s+(\p{{Lu}}[\p{{Ll}}'’-]+)$")


def full_person_names(text: str, facts: list[AnyFact]) -> list[AnyFact]:
    """"Ms. Grant" becomes "Elena M. Grant" when the text names her in full."""
    out: list[AnyFact] = []
    for f in facts:
        if isinstance(f, ExecutiveFact):
            hm = _honorific().match(f.person)
            if hm:
                full = regex.search(
                    r"(?<![\p{L}.])((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){0,2})\s+"
                    + regex.escape(hm.group(1))
                    + r"\b",
                    text,
                )
                if full and not regex.match(rf"{L.HONORIFICS}\b", full.group(1)):
                    f = attrs.evolve(f, person=f"{full.group(1)} {hm.group(1)}")
        out.append(f)
    return out


def inherit_targets(facts: list[AnyFact]) -> list[AnyFact]:
    """An option "to raise its holding to 30%" is on the target of the same acquirer's last deal."""
    out: list[AnyFact] = []
    for f in facts:
        if isinstance(f, AcquisitionFact) and f.target == "":
            prev = [
                g for g in out if isinstance(g, AcquisitionFact) and g.target and g.acquirer == f.acquirer
            ]
            if not prev:
                continue
            p = prev[-1]
            if f.status == "option":
                f = attrs.evolve(f, target=p.target)
            else:
                # "..., is looking to raise its stake to 51%": the same deal, told with its size
                f = attrs.evolve(
                    f,
                    target=p.target,
                    seller=f.seller or p.seller,
                    status=p.status if p.status in ("rumored", "planned") else f.status,
                )
        out.append(f)
    return out
