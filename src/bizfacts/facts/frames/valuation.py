"""Valuations: what a company is said to be worth.

The clause-level cascade reads valuations (``value/...`` rules: "X is valued at M", "the round
values X at M", "X's valuation of M", "gives X a valuation of M", "X raised M at a M valuation";
see :mod:`bizfacts.facts.cascade.valuation`).  This module keeps what merging needs: the fact
type and its merge key.
"""

from __future__ import annotations

from typing import Any

from ..._fact_types import ValuationFact

TYPE = "valuation"


def key(f: ValuationFact) -> tuple[Any, ...]:
    """The same company at the same value."""
    return (f.type, f.company, f.amount.amount)
