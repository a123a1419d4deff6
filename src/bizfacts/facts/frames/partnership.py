"""Partnerships: read by the clause-level cascade (:mod:`bizfacts.facts.cascade.partnership`,
the SYM predicates of ``data/predicates.tsv``); this module keeps the merge key."""

from __future__ import annotations

from typing import Any

from ..._fact_types import PartnershipFact

TYPE = "partnership"


def key(f: PartnershipFact) -> tuple[Any, ...]:
    """The same parties, in any order."""
    return (f.type, frozenset(f.parties))
