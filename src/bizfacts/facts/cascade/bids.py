"""Deals named by their noun with the party acting after "by" and the other after the noun's own
preposition: "a recommended cash offer by X for Y", "the acquisition by X of Y".  The preposition
names the target, as in "X's offer for Y" and "X's acquisition of Y"; the noun's agent is the
party after "by".  And a price paid for a deal told by its verb in a clause of purpose: "X will pay
$600 million in cash to acquire Y" (the paying verb's status, the buying verb's roles).

Written over the chunk alphabet of :mod:`.chunks` and tried among the constructions of
:mod:`.grammar`.

>>> import bizfacts
>>> [(f.acquirer, f.target) for f in bizfacts.extract_facts(
...     "The boards announce a recommended cash offer by Fenwick Group plc for Talbot Marine plc.")]
[('Fenwick', 'Talbot Marine')]
"""

from __future__ import annotations

from .chunks import Chunk
from .grammar import _APPOSITION, _BRIDGE, _PARTY, Variant, _v

NAMES = frozenset({"pay-to"})


def variants(t: str) -> tuple[Variant, ...]:
    """The constructions of this module; ``t`` is the grammar's object place."""
    return (
        # "a recommended cash offer by X for Y" (a FOR noun: its target after "for"), "the acquisition by
        # X of Y", "the sale by X of Y to Z"
        _v("noun-by-then", "NOM", rf"(?P<noun>A)y(?P<agent>{_PARTY})(?P<prep>[or]){t}"),
        # "X has made several acquisitions (in recent years), including Y and Z", "..., including the
        # 2021 purchase of Y": the deals a light verb's subject made, listed after "including"
        _v(
            "including",
            "NOM",
            rf"(?<![oiytfrawnsp])(?P<agent>{_PARTY}){_APPOSITION}{_BRIDGE}[hbv]?(?P<verb>Z)(?P<noun>A)(?:[in]x{{1,3}}|[in]?D)?,p"
            rf"(?:(?P<listed>A)(?P<prep>o))?(?P<theme>{_PARTY})",
        ),
        # "X will pay (has agreed to pay) $600 million (in cash) to acquire Y": the verb of paying
        # is the trigger, the buying verb after its amount says what is bought
        _v(
            "pay-to",
            "TRANS",
            rf"(?<![oiytfrawnsp])(?P<agent>C){_APPOSITION}{_BRIDGE}(?P<verb>V)(?P<price>M)(?:i?x{{1,2}})?(?P<deal>V){t}",
            "active",
        ),
    )


def pays_to_buy(places: dict[str, Chunk]) -> str | None:
    """The predicate of a pay-to match: a verb of paying, then "to" and a verb of buying."""
    deal = places["deal"]
    buying = deal.predicate == "acquire" and deal.tokens[0].text.casefold() == "to"
    return "acquire" if places["verb"].predicate == "pay" and buying else None
