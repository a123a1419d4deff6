"""Headquarters: where a company is based.

The clause-level cascade reads headquarters (``hq/...`` rules: "X, headquartered in L",
"Based in L, X", "the L-based X", "X, a L firm", "X of L", "L, where X is based"; see
:mod:`bizfacts.facts.cascade.clauses`).  This module keeps what merging needs: the fact
type and its merge key.
"""

from __future__ import annotations

from typing import Any

from ..._fact_types import HeadquartersFact

TYPE = "headquarters"


def key(f: HeadquartersFact) -> tuple[Any, ...]:
    """The same company in the same place."""
    return (f.type, f.company, f.location)
