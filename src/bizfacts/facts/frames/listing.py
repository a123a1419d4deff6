"""Listings: the exchange (and ticker) a company's shares trade on.

The clause-level cascade reads listings (``list/...`` rules: "X is listed on EXCH", "X, whose
shares trade on EXCH", "Nasdaq-listed X", "X (NYSE: XYZ)", "X shares rose on the NYSE"; see
:mod:`bizfacts.facts.cascade.listing`), and the layout readers those of announcement headers
and filing cover pages (:mod:`bizfacts.facts.layouts`).  This module keeps what merging needs:
the fact type and its merge key.
"""

from __future__ import annotations

from typing import Any

from ..._fact_types import ListingFact

TYPE = "listing"


def key(f: ListingFact) -> tuple[Any, ...]:
    """The same company on the same exchange."""
    return (f.type, f.company, f.exchange)
