"""A tender offer told by the shares tendered in it: "X said 19.8 mln of the outstanding 20 mln
shares in Y were tendered pursuant to its 26.25 dlr a share offer", "X said 2,088,461 Y common
shares have been tendered in response to X's offer": X bids for Y.  Written over the chunk
alphabet of :mod:`.chunks` with the shared pieces of :mod:`.grammar`; :mod:`.serves` checks the
participle ("tendered"), :mod:`.acquisition` reads Y as the bid's target.

>>> [v.name for v in variants()]
['tendered']
"""

from __future__ import annotations

from .chunks import Chunk
from .grammar import _APPOSITION, Variant, _v

# the reporting subject that bids, and what may stand before the shares: a count, "of the
# outstanding", "about 87 pct of"
_BIDDER = rf"^(?P<agent>C){_APPOSITION}S[Dnv9x]{{0,3}}W?"
_COUNT = r"[9x%pod,]{0,6}"
# the shares of Y ("shares in Y", "Y common shares"), then what follows them up to the participle
_SHARES = r"(?:K[io](?P<theme>C)|(?P<theme>C)K)[^.;:CNPVWSA]{0,12}?"
# from the participle to the offer: "pursuant to its $26.25 a share offer", "in response to X's offer"
_TO_OFFER = r"[^.;:CNPVWSA]{0,5}?(?:C')?(?P<noun>A)"


def variants() -> tuple[Variant, ...]:
    """The tendered-shares constructions."""
    return (
        _v("tendered", "NOM", rf"{_BIDDER}{_COUNT}{_SHARES}[hb]{{1,3}}(?P<cue>x){_TO_OFFER}"),
    )


def serves_tendered(places: dict[str, Chunk]) -> bool:
    """Whether a match tells shares tendered in a bid ("were tendered", "have been tendered")."""
    return places["noun"].predicate == "bid" and places["cue"].text.casefold() == "tendered"
