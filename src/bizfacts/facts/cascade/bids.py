"""Deals named by their noun with the party acting after "by" and the other after the noun's own
preposition: "a recommended cash offer by X for Y", "the acquisition by X of Y".  The preposition
names the target, as in "X's offer for Y" and "X's acquisition of Y"; the noun's agent is the
party after "by".

Written over the chunk alphabet of :mod:`.chunks` and tried among the constructions of
:mod:`.grammar`.

>>> import bizfacts
>>> [(f.acquirer, f.target) for f in bizfacts.extract_facts(
...     "The boards announce a recommended cash offer by Fenwick Group plc for Talbot Marine plc.")]
[('Fenwick', 'Talbot Marine')]
"""

from __future__ import annotations

from .grammar import _PARTY, Variant, _v


def variants(t: str) -> tuple[Variant, ...]:
    """The constructions of this module; ``t`` is the grammar's object place."""
    return (
        # "a recommended cash offer by X for Y" (a FOR noun: its target after "for"), "the acquisition by
        # X of Y", "the sale by X of Y to Z"
        _v("noun-by-then", "NOM", rf"(?P<noun>A)y(?P<agent>{_PARTY})(?P<prep>[or]){t}"),
    )
