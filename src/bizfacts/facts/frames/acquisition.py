"""Acquisitions: who buys what (a company, a stake, a unit) from whom, for how much, and how far the deal has got.

The clause-level cascade reads acquisitions (``acquire/...``, ``sell/...``, ``take/...``,
``bid/...``, ``merge/...`` rules: "X bought a 20 pct stake in Y from Z", "Y was acquired by X",
"X completed its acquisition of Y", "The board approved the acquisition of Y"; see
:mod:`bizfacts.facts.cascade.acquisition`).  This module keeps what merging needs: the fact
type and its merge key.
"""

from __future__ import annotations

from typing import Any

from ..._fact_types import AcquisitionFact

TYPE = "acquisition"


def key(f: AcquisitionFact) -> tuple[Any, ...]:
    """The same deal: the same buyer, target and stake (an option is another deal)."""
    return (f.type, f.acquirer, f.target, f.stake, f.status == "option")
