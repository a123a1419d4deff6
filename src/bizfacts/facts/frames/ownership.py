"""Ownership: read by the clause-level cascade (the ownership predicates of
``data/predicates.tsv``: "own", "hold", REL "unit", INV "parent"; the HAS and OWNED
constructions of :mod:`bizfacts.facts.cascade.clauses`; :mod:`bizfacts.facts.cascade.ownership`);
this module keeps the merge key."""

from __future__ import annotations

from typing import Any

from ..._fact_types import OwnershipFact

TYPE = "ownership"


def key(f: OwnershipFact) -> tuple[Any, ...]:
    """The same owner of the same asset."""
    return (f.type, f.owner, f.asset)
