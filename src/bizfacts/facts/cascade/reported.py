"""Deals a reporting company tells with their other side unnamed or told by its shares alone.

- A tender offer told by the shares tendered in it: "X said 19.8 mln of the outstanding 20 mln
  shares in Y were tendered pursuant to its 26.25 dlr a share offer", "X said 2,088,461 Y common
  shares have been tendered in response to X's offer": X bids for Y (``tendered``).
- A buyer that is no company, for what the reporting company owns: "X said a group of investors
  offered to buy its Clayton steel plate mill for eight mln dlrs", "X said it has been approached
  by a group interested in acquiring its foodservice unit, Y": X is the seller (``unnamed-buyer``).
- A sale told by the money the seller receives: "X said it will receive about 588 mln dlrs in cash
  from Z for the business of Y": X sells Y to Z for the amount (``receive-for``).
- A stake a company sells in itself, its buyer after "to": "X sold a 20% stake to Z for $80
  million", "X agreed to sell a 9.9 per cent stake to Z": Z buys into X (``own-stake``; no stake
  "in" or "of" anything follows, so the stake is X's own shares).

Written over the chunk alphabet of :mod:`.chunks` with the shared pieces of :mod:`.grammar`;
:mod:`.serves` checks the participle ("tendered") and the buyer's noun and "its",
:mod:`.acquisition` reads the roles.

>>> [v.name for v in variants(r"(?P<theme>C)")]
['tendered', 'unnamed-buyer', 'receive-for', 'own-stake']
"""

from __future__ import annotations

import regex

from .chunks import Chunk
from .grammar import _APPOSITION, _BRIDGE, _SAID, Variant, _v

# the reporting subject that bids, and what may stand before the shares: a count, "of the
# outstanding", "about 87 pct of"; the reporting subject that owns what a buyer wants
_BIDDER = rf"^(?P<agent>C){_APPOSITION}S[Dnv9x]{{0,3}}W?[9x%pod,]{{0,6}}"
_OWNER = rf"^(?P<owner>C){_APPOSITION}{_SAID}"
_SELLER = rf"^(?P<agent>C){_APPOSITION}{_SAID}"
# "will receive (about) $588 mln (in cash) from Z for (the business of)"
_RECEIVED = r"(?P<verb>[Vx])p?(?P<price>M)(?:i?x)?f(?P<buyer>[CN])r(?:d?[xR]o(?=C))?"
# "X (said it) sold (agreed to sell) a 20% stake to Z": the subject (no object of a preposition) sells
# a stake with nothing after it but "to" and the buyer ("to Japan's Z", "to US private equity firm Z")
_OWN_STAKE = (
    rf"(?<![oiytfrawnsp])(?P<agent>[CN]){_APPOSITION}{_BRIDGE}(?P<verb>V)v?(?P<stake>K)(?=t(?:L'|d?[xXLu-]{{0,4}})[CN])"
)
# the forms of "receive" that tell a sale's proceeds (a verb of funding: the constructions of other
# frames read it as "x")
_RECEIVING = frozenset({"receive", "receives", "received", "receiving"})
# the shares of Y ("shares in Y", "Y common shares"), then what follows them up to the participle
_SHARES = r"(?:K[io](?P<theme>C)|(?P<theme>C)K)[^.;:CNPVWSA]{0,12}?"
# from the participle to the offer: "pursuant to its $26.25 a share offer", "in response to X's offer"
_TO_OFFER = r"[^.;:CNPVWSA]{0,5}?(?:C')?(?P<noun>A)"
# a buyer that is no company ("a group of investors", "an investor group", "a consortium"), after
# "it has been approached by" or as the reported clause's subject
_BUYER = r"(?:[hb]{1,3}xy)?d?[xuR]{0,2}(?P<group>[xR])(?:o[Rx])?"
# the nouns of such a buyer
_BUYER_NOUNS = frozenset(
    "group investors consortium buyer buyers purchaser bidder partnership concern company firm".split()
)


def variants(t: str) -> tuple[Variant, ...]:
    """The constructions of this module; ``t`` is the grammar's object place."""
    return (
        _v("tendered", "NOM", rf"{_BIDDER}{_SHARES}[hb]{{1,3}}(?P<cue>x){_TO_OFFER}"),
        _v("unnamed-buyer", "TRANS", rf"{_OWNER}{_BUYER}(?P<verb>V)v?{t}", "active"),
        _v("receive-for", "TRANS", rf"{_SELLER}{_RECEIVED}{t}", "active"),
        _v("own-stake", "TRANS", _OWN_STAKE, "active"),
    )


# a holding of another company told of a party: "X owns 40% of Y", "X, which holds a 30% stake in Y"
_HOLDING = r"[^.;]{0,80}?\b(?:stake|holding|interest|owns|holds|held|(?:%|per\s*cent|percent|pct)\s+of)\b"


def holds_other(text: str, before: int, name: str) -> bool:
    """Whether the text before offset ``before`` tells the company ``name`` holding a part of
    another: then "X sold a 20% stake to Z" may sell that part, not X's own shares."""
    told = text[max(0, before - 3000) : before]
    return bool(name) and regex.search(rf"\b{regex.escape(name)}\b{_HOLDING}", told) is not None


def serves_reported(v: Variant, places: dict[str, Chunk]) -> bool:
    """Whether a match of this module's ``v`` tells its deal: shares "tendered" in a bid; a buyer's
    noun ("a group of investors") and the reporting company's own unit or asset ("its"); money
    "received" for what is sold."""
    if v.name == "tendered":
        return places["noun"].predicate == "bid" and places["cue"].text.casefold() == "tendered"
    if v.name == "own-stake":  # a sale's verb and a new stake told by its percent ("a 20% stake")
        stake = places["stake"]
        # ("sold its 50% holding to Z", "the 20% stake": a holding told before, in another company)
        fresh = stake.tokens[0].tag == "%" or stake.tokens[0].text.casefold() in ("a", "an")
        return places["verb"].predicate == "sell" and stake.stake is not None and fresh
    if v.name == "receive-for":
        verb = places["verb"]
        return verb.head[-1].text.casefold() in _RECEIVING and not verb.negated
    owned = places.get("unit") or places.get("asset")
    return (
        places["verb"].predicate == "acquire"
        and places["group"].tokens[-1].text.casefold() in _BUYER_NOUNS
        and owned is not None
        and owned.tokens[0].text.casefold() == "its"
    )
