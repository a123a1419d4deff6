"""Acquisitions from predications: the buyer, the target (a company, a unit as written, a
stake), the seller, the price and how far the deal has got, for every deal construction of
the clause-level cascade (see :mod:`bizfacts.facts.cascade.build`, which calls
:func:`acquisition_facts`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from ..._fact_types import AcquisitionFact, AnyFact, Evidence, OwnershipFact
from ..._spans import DateMention, MoneyMention, PercentMention
from ..template import LazyPattern
from .chunks import Chunk, chunk_index, index_or
from .clauses import Predication
from .executive import About
from .fronted import NAMES as FRONTED
from .merger import merger_roles
from .names import _as_written, _buyer_or_seller, _inner_name, _party
from .objects import (
    _all_shares,
    _buying_stake,
    _co_parties,
    _counted_shares,
    _deal_price_before,
    _described,
    _described_text,
    _owner_after,
    _price,
    _raising_to,
    _share_after,
    _stake_after,
    _whole_of,
    consortium_of,
)
from .ownership import possessive_owner
from .predicates import predicates
from .reported import holds_other
from .serves import bare_the
from .status import (
    NoFact,
    PriceOnly,
    _negated_between,
    _status,
    completed_after,
    completed_deal_date,
    confidence,
    dated_deal_noun,
    deal_date,
    ended_after,
    failed_in_noun,
    option_before,
)

# stake nouns that name a deal without its size ("a majority stake in Y", "a controlling interest")
_STAKE_HEADS = frozenset({"stake", "interest", "holding"})
# words that make a plural asset these ones, not a kind ("ten pizza restaurants", "certain assets")
_COUNTED = frozenset(
    "two three four five six seven eight nine ten eleven twelve several certain existing remaining".split()
)


# the constructions whose theme is what a "for" predicate's noun is for ("X accepted Y's offer")
_THEME_FOR = frozenset({"target-answers", "noun-premodifier", "tendered"})
# the predicates of a purchase whose object may be shares counted with no percentage
_BUYING = frozenset({"acquire", "pay"})
# how far after a deal's clause the words that end it are looked for
_ENDED_REACH = 240
# a deal the rest of its sentence ends: "X agreed to sell Y to Z, only for the deal to be called off
# in September", "X, which had agreed to pay $31 a share for Y, terminated the agreement"
_ENDED_LATER = LazyPattern(
    # ("the merger agreement had been terminated": a compound noun)
    r"(?i)\b(?:(?:the|that|this|its|their)\s+(?:(?:merger|purchase|sale|acquisition|takeover)\s+)?"
    r"(?:deal|agreement|merger|transaction|sale|offer|bid|takeover)\s+"
    r"(?:to\s+be|was|were|has\s+been|had\s+been|is|being)\s+(?:later\s+)?"
    r"(?:called\s+off|terminated|scrapped|abandoned|cancell?ed|blocked)"
    r"|(?:terminated|called\s+off|scrapped|abandoned|cancell?ed|walked\s+away\s+from)\s+(?:the|that|its|their)\s+"
    r"(?:deal|agreement|merger|transaction|offer|bid|takeover)"
    r"|(?:the\s+)?(?:deal|agreement|merger|transaction)\s+(?:later\s+)?(?:fell\s+through|collapsed)"
    # ("X agreed to buy Y, the FTC sued to block it ... and X walked away")
    r"|sued\s+to\s+block|walked\s+away)\b"
)


def _closes(trigger: Chunk | None) -> bool:
    """Whether a light verb closes what its noun names ("completed", "closed"; not "made")."""
    return trigger is not None and trigger.char == "Z" and trigger.head[0].text.casefold() in _CLOSING


_CLOSING = frozenset("completed completes closed closes finalized finalised consummated".split())
# ... those that close a deal agreed ("has completed a deal to acquire Y"; "finalized an agreement to
# sell" signs it)
_DONE = frozenset("completed completes closed closes".split())


def _closed_in_group(trigger: Chunk | None, closing: frozenset[str] = _CLOSING) -> bool:
    """Whether a verb group opens with a light verb that closes the deal its control word names
    ("has completed its agreement to acquire": only an adverb or "has" before it)."""
    if trigger is None or trigger.char != "V":
        return False
    for t in trigger.tokens:
        if t.tag == "Z":
            return t.text.casefold() in closing
        if t.tag not in "hv":
            return False
    return False


# the light verbs before a deal noun told with no company subject, and the status each gives
_SUBJECTLESS_CUES = {
    "approved": "announced",
    "approves": "announced",
    "cleared": "announced",
    "clears": "announced",
    "announced": "announced",
    "announces": "announced",
    "completed": "completed",
    "completes": "completed",
    "complete": "announced",  # "issued shares to complete the purchase of Y": under way
    "closed": "completed",
    "closes": "completed",
    "finalized": "completed",
    "finalised": "completed",
}


def _subjectless_status(p: Predication, status: str) -> str:
    """The status of "approved (completed) the acquisition of Y" from its light verb."""
    cue = p.places["cue"].head[-1].text.casefold()
    if cue not in _SUBJECTLESS_CUES:
        raise NoFact("a deal noun with no subject after a verb that neither approves nor completes it")
    return _SUBJECTLESS_CUES[cue] if status in ("announced", "completed") else status


def _buyer_told_before(about: About | None, target: str | None) -> str:
    """The party of a deal told with no company subject (the buyer of an acquisition, the seller
    of a sale): the sentence's first company, else the company the text is about."""
    for name in (about.subject, about.topic) if about is not None else ():
        if name and name != target:
            return name
    raise NoFact("a deal noun with no subject, in a text about no company")


def _by_after_a_clause(chunks: Sequence[Chunk], theme: Chunk | None, by: Chunk) -> bool:
    """Whether a comma other than a place chain's stands between ``theme`` and the party of a
    "by" phrase ("the acquisition of Y, following approval by Z"; not "of Y in Seattle,
    Washington, by Z")."""
    ids = [id(c) for c in chunks]
    if theme is None or id(theme) not in ids or id(by) not in ids:
        return False
    between = "".join(c.char for c in chunks[ids.index(id(theme)) + 1 : ids.index(id(by))])
    return "," in between and not all(ch in "iL,y" for ch in between)


# participles that describe a unit by its trade: "its subsidiaries engaged in pipeline operations"
_TRADE_PARTICIPLES = frozenset({"engaged", "involved", "operating", "active", "specializing", "specialising"})


def _engaged_in(chunks: Sequence[Chunk], unit: Chunk) -> str | None:
    """ "engaged in pipeline and terminal operations" when that follows ``unit`` (a participle of
    trade, "in" and the trade's noun group), else None."""
    i = index_or(chunks, unit, len(chunks)) + 1
    if i + 2 >= len(chunks) or chunks[i].char != "x" or chunks[i].text.casefold() not in _TRADE_PARTICIPLES:
        return None
    if chunks[i + 1].char != "i" or chunks[i + 2].char not in "Yx":
        return None
    return " ".join(c.text for c in chunks[i : i + 3])


def _commented(p: Predication, chunks: Sequence[Chunk], status: str) -> bool:
    """Whether an its-noun match with a bare "the" ("X said the purchase of Y ...") tells no deal
    of the speaker's own: only a deal told done ("... was completed") or dated ("the acquisition of
    Y last year") is the speaker's; "would weigh on ratings" may be anyone's comment."""
    noun = p.places.get("noun")
    if noun is None or noun.possessive is not None or not bare_the(noun) or status == "completed":
        return False
    after = "".join(c.char for c in chunks[p.end : p.end + 2])
    return not after.startswith(("D", "iD", "nD"))


def _agreed_before(chunks: Sequence[Chunk], noun: Chunk | None) -> bool:
    """Whether "agreed to" (a control word of a plan) stands right before the deal's noun group."""
    i = index_or(chunks, noun, 0)
    if i < 2 or chunks[i - 1].char != "t" or chunks[i - 2].char != "G":
        return False
    lex = chunks[i - 2].tokens[-1].lex
    return lex is not None and lex.value in ("agreed", "planned")


def _own_sale(p: Predication, chunks: Sequence[Chunk]) -> bool:
    """Whether a ``possessive-to`` match tells the theme's own sale: "X's sale to Y", or "X said its
    sale to Y" ("its" in the noun group)."""
    theme, noun = p.places.get("theme"), p.trigger
    if p.predicate != "sell" or theme is None or noun is None:
        return False
    after = index_or(chunks, theme, len(chunks) - 1) + 1
    return (after < len(chunks) and chunks[after].char == "'") or noun.possessive in ("its", "their")


# the constructions of a deal told done in an adverbial phrase ("After buying Y, X ...")
_DONE_PHRASES = FRONTED - {"possessive-control", "opening-possessive"}
# the constructions whose verb is passive: no object follows it
_PASSIVE = frozenset({"passive", "passive-no-agent"})
# the goods a company's name may qualify ("will sell Ostrander products in Canada")
_GOODS = frozenset(
    "products product goods brands devices vehicles cars drugs medicines software equipment"
    " machines phones chips beverages beers wines".split()
)


def _possessed(chunks: Sequence[Chunk], c: Chunk | None) -> bool:
    """Whether ``c`` is a possessor followed by what it has ("the company's promoter group")."""
    i = chunk_index(chunks, c)
    return i is not None and i + 2 < len(chunks) and chunks[i + 1].char == "'" and chunks[i + 2].char == "x"


def acquisition_facts(
    p: Predication,
    ev: Evidence,
    text: str,
    clause_start: int,
    dates: Sequence[DateMention],
    chunks: Sequence[Chunk] = (),
    about: About | None = None,
) -> list[AnyFact]:
    """The acquisition a deal predication states (``about``: the companies the sentence is about,
    the buyer of a deal told with no company subject)."""
    roles = predicates()[p.predicate].roles
    status = _status(text, clause_start, p)
    if status is None or (p.frame == "NOM" and _negated_object(chunks, p.trigger)):
        raise NoFact("negated or hypothetical")
    if p.variant == "subjectless":
        status = _subjectless_status(p, status)
    if p.variant == "target-subject" and status == "announced" and _agreed_before(chunks, p.trigger):
        status = "planned"  # "X agreed to a $2 billion takeover by Y"
    if (status == "announced" and (_closed_in_group(p.trigger) or p.variant in _DONE_PHRASES)) or (
        status == "planned" and _closed_in_group(p.trigger, _DONE)
    ):
        # ("After buying Y, X ...", "Following its acquisition of Y, X ...": done before the main clause)
        status = "completed"  # "completed its previously announced agreement to acquire Y"
    if p.variant == "possessive-to" and not _own_sale(p, chunks):
        raise NoFact("a noun with no object that is not the subject's own sale ('X said its sale to Y')")
    if p.predicate == "bid" and status == "completed" and not _closes(p.trigger):
        status = "planned"  # "X made a bid for Y": a bid made is no deal done (a completed tender offer is)
    elif (
        status == "announced"
        and (p.frame == "NOM" or (p.frame == "MERGE" and "noun" in p.places))
        and completed_after(chunks, p.end)
    ):
        # "X's purchase of Y was completed in 2018", "the sale of Y to Z closed", "its merger with Y
        # was completed"
        status = "completed"
    elif status == "announced" and dated_deal_noun(p.trigger, dates):
        status = "completed"  # "its 2024 purchase of Y": a deal its own year dates
    if p.variant == "its-noun" and _commented(p, chunks, status):
        raise NoFact("'X said the acquisition of Y would ...': a deal the speaker may only comment on")
    nominal = p.frame == "NOM" or p.variant == "possessive-control"  # ("X's bid to buy Y failed")
    if nominal and (ended_after(chunks, p.end, text) or failed_in_noun(p.places.get("noun"))):
        raise NoFact("a deal that ended ('X's purchase of Y fell through')")
    if p.frame == "NOM" and p.start and chunks[p.start - 1].char == "Z" and chunks[p.start - 1].negated:
        raise NoFact("a deal a light verb ends or blocks ('regulators blocked the acquisition of Y by X')")
    # (the rest of the sentence read up to a bound: a run-on one stays linear)
    told_end = chunks[p.end - 1].end
    if _ENDED_LATER.search(text, told_end, min(ev.end, told_end + _ENDED_REACH)) is not None:
        raise NoFact("a deal the sentence ends later ('..., only for the deal to be called off')")
    filled: dict[str, str | None] = {"acquirer": None, "target": None, "seller": None}
    promoted = 0
    for place, role in roles.items():
        if role not in filled:
            continue
        if place in ("agent", "theme"):
            chunk_ = p.places.get(place)
        elif place == "for" and (p.places.get("prep") is not None or p.variant in _THEME_FOR):
            chunk_ = p.places.get("theme")  # "a bid for Y": the object of "for" is the theme
        else:
            chunk_ = p.pps.get(place)
            if place == "from" and _possessed(chunks, chunk_):
                continue  # "from the company's promoter group": the company's owners sell, not it
        name, was_promoted = _party(chunk_) if role == "target" else _buyer_or_seller(chunk_)
        if name is None and place == "agent" and chunk_ is not None and chunk_.char == "R":
            name = _named_after(chunks, chunk_)  # "its 86 pct owned affiliate, Y, agreed to acquire"
        if name:
            filled[role] = name
            promoted += was_promoted
    if p.variant == "unnamed-buyer":  # "X said a group of investors offered to buy its Y": X sells
        filled["seller"] = _party(p.places.get("owner"))[0]
    if p.variant == "receive-for":  # "X will receive $588 mln from Z for Y": Z buys
        filled["acquirer"] = _party(p.places.get("buyer"))[0]
    other = _party(p.places["other"])[0] if p.frame == "TRANS" and "other" in p.places else None
    if other and other != filled["target"]:
        # "X entered into an agreement with Z to acquire Y": Z sells; "... with Z to sell Y": Z buys
        counterpart = "seller" if roles.get("agent") == "acquirer" else "acquirer"
        filled[counterpart] = filled[counterpart] or other
    if p.variant in ("subjectless", "opening-possessive"):
        # "approved the acquisition of Y": the text's company buys; "approved the sale of Y": it sells
        # ("Our acquisition of Y closed on Friday": "our" is the text's company)
        role = roles.get("agent", "acquirer")
        filled[role] = _buyer_told_before(about, filled["target"])
        promoted += 1  # (a party the clause does not name: a lower confidence)
    if p.variant in ("itself", "own-stake"):  # "X agreed to sell itself (a 20% stake) to Z": X is sold
        if p.variant == "own-stake" and holds_other(text, p.places["agent"].start, filled["seller"] or ""):
            raise NoFact("a stake sold with no 'in Y' by a company told holding another's")
        filled["target"], filled["seller"] = filled["seller"], None
    if p.frame == "MERGE":
        if p.variant == "become" and _negated_between(chunks, p):
            raise NoFact("negated or hypothetical")
        status, filled = merger_roles(p, status, text)
        if status is None:
            raise NoFact("merger talks that failed or ended")
    # "announced the acquisition of Y by X": the announcer is no party, the "by" phrase is the buyer
    by = p.pps.get("by")
    if by is not None and _by_after_a_clause(chunks, p.places.get("theme"), by):
        by = None  # "the acquisition of Y, following approval by Y's shareholders": no buyer
    if p.frame == "NOM" and p.variant == "light-verb" and by is not None and roles.get("agent") == "acquirer":
        name, _ = _party(by)
        if name:
            filled["acquirer"] = name
    unit = p.places.get("unit")
    inner = _inner_name(unit) if filled["target"] is None and unit is not None and unit.inner else None
    if inner is not None and unit is not None:
        filled["target"] = inner
        possessor, _ = _party(p.places.get("possessor"))
        owner = possessor or (filled["acquirer"] if unit.possessive and p.predicate == "sell" else None)
        if not possessor and unit.possessive and p.variant.startswith("passive"):
            owner = possessive_owner(chunks, unit)  # "X said its Y unit was sold to Z": X sells
        if owner and filled["seller"] is None:
            filled["seller"] = owner
    elif filled["target"] is None and unit is not None:
        # "sold its frozen vegetable division to Z", "bought Y's chemicals division", "pay $5 mln for
        # the corn milling business of Z", "its remaining South African business": the unit as written
        words = [t.text for t in _described(unit.tokens) if t.tag not in "dj"]
        possessor = _party(p.places.get("possessor"))[0] or _owner_after(chunks, unit)
        named_after = _named_after(chunks, unit)  # "one of its Portuguese subsidiaries, Y, to Z"
        if named_after is not None and (unit.possessive or possessor):
            filled["target"] = named_after
            if possessor and filled["seller"] is None:
                filled["seller"] = possessor
        elif (unit.possessive or possessor or (filled["acquirer"] and _headline_unit(p, unit))) and (
            len(words) > 1 or (engaged := _engaged_in(chunks, unit))
        ):
            # ("sold its subsidiaries engaged in pipeline operations": a one-word unit described after it)
            filled["target"] = " ".join(words) if len(words) > 1 else f"{words[0]} {engaged}"
            if possessor and filled["seller"] is None:
                filled["seller"] = possessor  # "bought Y's chemicals division"; "sold its": the agent
    stake_owner = p.places.get("possessor") if p.places.get("stake") is not None else None
    if stake_owner is not None and filled["seller"] is None and roles.get("from") == "seller":
        filled["seller"] = _party(stake_owner)[0]  # "acquire Z's stake in Y": Z sells
    asset = p.places.get("asset")
    named_owner = p.places.get("possessor") if unit is None and stake_owner is None else None
    if named_owner is not None and asset is not None and _adjoining(text, named_owner, asset):
        if asset.tokens[-1].text.casefold() in _WHOLE_ASSETS:
            filled["target"] = _party(named_owner)[0]  # "buys Y assets": Y's business, told as Y
        named_owner = None  # "the Y Casino Hotel": the name is the asset's (read below)
    if named_owner is not None and filled["seller"] is None and roles.get("from") == "seller":
        filled["seller"] = _party(named_owner)[0]  # "bought Z's Y": Z sells
    named = asset is not None and asset.char == "Y" and any(t.tag == "N" for t in asset.tokens)
    if named and asset is not None and filled["target"] is not None and roles.get("from") == "seller":
        # "acquired the Napa Valley Plant of Z": the named asset is bought, its owner Z sells it
        filled["seller"] = filled["seller"] or filled["target"]
        filled["target"] = _described_text(text, asset.head)
    # ("its" apart from the asset, or inside its noun group: "all of its assets")
    if (
        filled["target"] is None
        and asset is not None
        and (
            p.places.get("own") is not None
            or (asset.possessive in ("its", "their") and _all_it_has(chunks, asset))
        )
    ):
        # "agreed to sell substantially all of its assets to Z": the seller's whole business is sold
        if not _all_it_has(chunks, asset) or p.predicate != "sell" or filled["seller"] is None:
            raise NoFact("'sold all its assets' told of no seller's whole business")
        filled["target"], filled["seller"] = filled["seller"], None
    if filled["target"] is None and asset is not None and asset.char == "Y":
        # "has been acquiring oil properties": a kind of asset, not these ones ("its", "ten", "certain")
        generic = not any(
            t.tag in "dj9N" or t.text.casefold() in _COUNTED for t in asset.tokens
        ) and not _owner_after(chunks, asset)
        alone = (filled["acquirer"], filled["seller"]).count(None) == 1 and not any(
            c.char == "M" for c in chunks[p.start :]
        )
        if generic and alone and asset.tokens[-1].text.casefold().endswith("s"):
            raise NoFact("a kind of asset told with no counterpart or price ('buying industrial assets')")
        filled["target"] = _described_text(text, asset.head)  # "ready-mixed concrete businesses"
        named_by = p.places.get("possessor")
        if named_by is not None and _adjoining(text, named_by, asset):
            # "the Y Casino Hotel": the company's name is part of the asset's
            filled["target"] = text[named_by.head[0].start : asset.end]
            filled["seller"] = filled["seller"] or _party(named_by)[0]
        if asset.tokens[0].tag == "j" and p.predicate == "sell" and filled["seller"] is None:
            filled["seller"] = filled["acquirer"]
        agent = p.places.get("agent")
        one_party = (filled["acquirer"], filled["seller"]).count(None) == 1
        if agent is not None and agent.char == "P" and one_party:
            # "Chief Executive P has sold three businesses since then": an officer's record, no deal
            raise NoFact("a person's deals of unnamed things, no counterpart ('P has sold three businesses')")
    if filled["seller"] is None and roles.get("from") == "seller":
        owner = _owner_after(chunks, p.places.get("theme") or p.places.get("unit") or p.places.get("asset"))
        if owner and owner not in (filled["acquirer"], filled["target"]):
            filled["seller"] = owner  # "acquired the Measurement Systems Division of Z": Z sells
    theme = p.places.get("theme")
    if theme is not None and not _whole_of(chunks, theme):
        raise NoFact("'two subsidiaries of Y': the things bought are not Y")
    if (
        p.predicate == "sell"
        and theme is not None
        and p.variant not in _PASSIVE  # ("Y was sold out of administration to Z": no goods follow)
        and p.places.get("stake") is None  # ("sold its 12% stake in Y through a placement": Y's shares)
        and p.end < len(chunks)
        and (
            chunks[p.end].char in "9Kp%"
            # "sell Z up to 125 mln cubic feet of gas"
            or (
                chunks[p.end].text.casefold() == "up"
                and p.end + 2 < len(chunks)
                and chunks[p.end + 1].char == "t"
            )
        )
    ):
        raise NoFact("'sell X 900,000 shares': X is the buyer, the goods follow")
    if theme is not None and p.end < len(chunks) and chunks[p.end].text.casefold() in _GOODS:
        raise NoFact("'sell X products': the company's name qualifies the goods")
    if filled["seller"] is not None and filled["seller"] == filled["acquirer"]:
        # "it agreed to sell its unit to Z" with "it" taken for Z: a party does not sell to itself
        filled["seller"] = None
    continued = _continued_stake(p)  # ("will purchase the shares from Z for $5 mln": the deal told before)
    target = "" if p.variant == "raise-to" or continued else filled["target"] or None  # ("": the last target)
    if target and target in (filled["acquirer"], filled["seller"]):
        # "Halvard Co agreed to sell ... Halvard Ltda to Z": two companies the linker took for one,
        # told apart as written
        role = "seller" if target == filled["seller"] else "acquirer"
        places = (p.places.get(k) or p.pps.get(k) for k, r in roles.items() if r == role and k != "possessor")
        party_c = next(places, None)
        theme_w, party_w = _as_written(theme), _as_written(party_c)
        if theme_w and party_w and theme_w != party_w and party_c is not theme:
            target, filled[role] = theme_w, party_w
        elif inner is not None and unit is not None and party_w and party_w != target:
            # "sell its Pennock snack business to a new company, Pennock Plc": the unit as written
            target = " ".join(t.text for t in _described(unit.tokens) if t.tag not in "dj")
            filled[role] = party_w
    if target is None or target in (filled["acquirer"], filled["seller"]):
        price_c = p.places.get("price")
        paid = price_c.head[0].mention if isinstance(price_c, Chunk) and price_c.head else None
        unit = p.places.get("unit")
        if (
            target is None
            and p.predicate == "pay"
            and filled["acquirer"]
            and isinstance(paid, MoneyMention)
            and paid.per is None
            and unit is not None
            and bare_the(unit)
        ):
            raise PriceOnly(filled["acquirer"], paid)  # "..., which paid $410 million for the business"
        raise NoFact("no target named, or the target is a party")
    if (
        p.variant == "reduced-relative"
        and p.predicate == "sell"
        and filled["acquirer"] is None
        and not any(c.char in "DMt" for c in chunks[p.end : p.end + 3])
    ):
        # (a sale tells its buyer, its date or its price: "Y, sold by X to a consortium in 2020")
        raise NoFact("'Y, a snack brand sold by X': sold in X's shops, no sale of Y (no buyer named)")
    if filled["acquirer"] is None and filled["seller"] is None:
        raise NoFact("neither a buyer nor a seller named")
    stake_chunk = None if continued else p.places.get("pct") or p.places.get("stake")
    stake: Decimal | None = None
    if stake_chunk is None and "STAKE" in predicates()[p.predicate].frames:
        raise NoFact("a stake verb without a stake")
    if stake_chunk is not None:
        pct = stake_chunk.stake if stake_chunk.char == "K" else stake_chunk.head[0].mention
        if not isinstance(pct, PercentMention) and stake_chunk.char == "K":
            # "raised its stake in Y to 20 percent"; "bought 90,000 shares of Y, or 6.1 pct";
            # "bought 90,000 shares of Y, raising its stake to 8 pct"
            pct = _stake_after(chunks, p.end) or _share_after(chunks, p.end) or _raising_to(chunks, p.end)
        elif p.predicate in ("acquire", "take") and (reached := _raising_to(chunks, p.end)) is not None:
            pct = reached  # "bought an additional 8.2% stake in Y ..., taking its holding to 26.7%"
        if isinstance(pct, PercentMention):
            stake = pct.value
        elif (
            stake_chunk.char == "K"
            and p.predicate != "bid"
            and stake_owner is None  # "Z's stake in Y": all Z holds, whatever its size
            and not _all_shares(stake_chunk, chunks)
            # "bought 50,000 shares of Y": a trade; "bought a majority stake in Y": a deal of unknown size
            and stake_chunk.tokens[-1].text.casefold() not in _STAKE_HEADS
            # "bought 36,700 Y common shares", "paid $6 mln for its 462,400 Y shares": of unknown size
            and not (p.predicate in _BUYING and _counted_shares(p.places.get("theme"), stake_chunk, chunks))
        ):
            raise NoFact("shares without a percentage")  # (a tender offer for shares is a bid)
    if stake is None and stake_chunk is None and p.predicate == "acquire" and p.frame == "TRANS":
        bought = _buying_stake(chunks, p.end)  # "took control of Y in 2018, buying a 75 per cent stake"
        stake = bought.value if bought is not None else None
    if p.predicate == "reduce":
        stake = None  # "cut its stake in Y to 0.4 pct": the stake left, not the stake sold
    price: MoneyMention | None = None
    noun = p.places.get("noun")
    if noun is not None and isinstance(noun.price, MoneyMention):
        price = noun.price
    if price is None and isinstance(p.places.get("price"), Chunk):
        price = p.places["price"].head[0].mention
    pp = p.pps.get("for")
    if price is None and pp is not None and isinstance(pp.head[0].mention, MoneyMention):
        price = pp.head[0].mention
    if price is None and p.trigger is not None and p.trigger.char == "V":
        # "made a $150 mln bid to buy Y": the price inside the verb group
        price = next((t.mention for t in p.trigger.tokens if t.tag == "M"), None)
    if price is not None and price.per is not None:
        price = None
    if price is None and chunks:
        price = _price(chunks, p.start, p.end) or _deal_price_before(chunks, p.start)
    if p.variant == "raise-to" and option_before(chunks, p):
        status, price = "option", None  # "holds an option allowing it to lift its holding to 40%"
    agents = [_buyer_or_seller(c)[0] for c in p.agents] if p.places.get("agent") is not None else []
    co = tuple(a for a in agents[1:] if a) if roles.get("agent") == "acquirer" else ()
    to = p.pps.get("to") if roles.get("to") == "acquirer" and filled["acquirer"] else None
    if to is not None and not co:
        co = tuple(c for c in _co_parties(chunks, to) if c not in (target, filled["seller"]))  # "to A and B"
    agent = p.places.get("agent")
    if agent is not None and not co and roles.get("agent") == "acquirer" and consortium_of(chunks, agent):
        # "a takeover by a consortium of US buyout firm A and B": each member a buyer
        co = tuple(c for c in _co_parties(chunks, agent) if c not in (target, filled["seller"]))
    return [
        AcquisitionFact(
            evidence=ev,
            confidence=confidence(promoted),
            rule=f"{p.predicate}/{p.variant}",
            acquirer=filled["acquirer"],
            co_acquirers=co,
            target=target,
            seller=filled["seller"],
            stake=stake,
            price=price,
            status=status,  # type: ignore[arg-type]
            date=completed_deal_date(dates, p, ev) if status == "completed" else deal_date(dates),
        )
    ]




def _continued_stake(p: Predication) -> bool:
    """Whether a purchase or sale has for its object a stake told before, its company not named
    again: "Sanwa will purchase the shares from Z for 351 mln yen" (a stake noun after "the")."""
    stake = p.places.get("stake")
    if stake is None or stake.char != "K" or p.predicate not in ("acquire", "sell"):
        return False
    if any(p.places.get(k) is not None for k in ("theme", "unit", "asset", "pct")):
        return False
    return stake.tokens[0].text.casefold() == "the"


# asset nouns that name all a company has, not one thing of it ("Y assets" is Y's business)
_WHOLE_ASSETS = frozenset({"assets", "operations", "businesses", "properties"})


def _all_it_has(chunks: Sequence[Chunk], asset: Chunk) -> bool:
    """Whether ``asset`` after "its" names all a company has: "(substantially) all (of) its assets"."""
    k = chunk_index(chunks, asset)
    before = {c.text.casefold() for c in chunks[max(0, (k or 0) - 4) : k or 0]}
    return asset.tokens[-1].text.casefold() in _WHOLE_ASSETS and "all" in before


def _adjoining(text: str, owner: Chunk, asset: Chunk) -> bool:
    """Whether a company's name stands right before an asset noun ("the Y Casino Hotel", "Y assets")."""
    return owner.end <= asset.start and not text[owner.end : asset.start].strip()


def _named_after(chunks: Sequence[Chunk], unit: Chunk) -> str | None:
    """The company an apposition right after ``unit`` names: "sold one of its Portuguese
    subsidiaries, Y, to Z" -> Y."""
    k = chunk_index(chunks, unit)
    if k is None or k + 3 >= len(chunks) or chunks[k + 1].char != ",":
        return None
    named = chunks[k + 2]
    # a company mention, or a capitalized name closed by a comma or a parenthesis
    if named.char == "C" or (named.char == "N" and chunks[k + 3].char in ",("):
        return _party(named)[0]
    return None


def _negated_object(chunks: Sequence[Chunk], noun: Chunk | None) -> bool:
    """Whether a deal's noun is the object of a negated verb: "X said it would not pursue a bid for
    Y", "will not make an offer" ("did not disclose the terms of its purchase of Y" is no such)."""
    i = index_or(chunks, noun, -1) if noun is not None else -1
    if i < 1:
        return False
    before = chunks[i - 1]
    return before.char == "!" or (before.char == "x" and i > 1 and chunks[i - 2].char == "!")


def _headline_unit(p: Predication, unit: Chunk) -> bool:
    """Whether ``unit`` is a seller's own unit told as a headline tells it, with no determiner: "X
    sells frozen foods unit to Z" (a singular unit noun; "sells 500 units", "four business units"
    count them)."""
    first, last = unit.tokens[0], unit.tokens[-1].text.casefold()
    return (
        p.predicate == "sell"
        and p.places.get("agent") is not None
        and first.tag not in "dj9"
        and first.text.casefold() not in _COUNTED
        and (last == "business" or not last.endswith("s"))
    )


def sellers_from_owners(facts: list[AnyFact], former: dict[str, str] | None = None) -> list[AnyFact]:
    """ "X bought Y, a unit of Z": the owner the same sentence names for a deal's target sells it
    (``former``: owners the sentence says Y had, "Y, previously a unit of Z", asset -> owner)."""
    owners = {**(former or {}), **{f.asset: f.owner for f in facts if isinstance(f, OwnershipFact)}}
    if not owners:
        return facts
    out: list[AnyFact] = []
    for f in facts:
        if isinstance(f, AcquisitionFact) and f.seller is None and f.stake is None:
            owner = owners.get(f.target)
            if owner is not None and owner != f.acquirer and owner not in f.co_acquirers:
                f = attrs.evolve(f, seller=owner)
        out.append(f)
    return out
