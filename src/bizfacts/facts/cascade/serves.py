"""Which predicate a construction's match states, read from the words in its places.

A construction (:mod:`.grammar`) matches characters; whether its trigger serves it is a
question of words: a verb of the frame's predicates in the right voice, "its" before a
deal noun, a target answering a bid with "accepted", a count before a list ("two banks, A
and B").  :func:`predicate_of` asks them for :func:`bizfacts.facts.cascade.clauses.predications`.

>>> sorted(frame_predicates("MERGE"))
['merge']
"""

from __future__ import annotations

import functools

from .approvals import NAMES as APPROVALS
from .approvals import approved_by_board
from .bids import NAMES as PAY_TO
from .bids import pays_to_buy
from .chunks import Chunk
from .fronted import NAMES as FRONTED
from .fronted import opens_done_deal
from .grammar import Variant
from .open_class import open_class_predicate
from .predicates import predicates
from .reported import serves_reported
from .tokens import DISCLOSING

_BECOME = frozenset({"become", "became", "becomes", "becoming"})
# "with the Company surviving (continuing) as a subsidiary of Y": what a merger agreement makes of it
_SURVIVING = frozenset({"surviving", "continuing"})


@functools.cache
def frame_predicates(frame: str) -> frozenset[str]:
    return frozenset(p.name for p in predicates().values() if frame in p.frames)


def _told_before(noun: Chunk) -> bool:
    """ "the previously announced (proposed, planned) acquisition": a deal the reporting subject
    told before is its own, as "its acquisition" is."""
    toks = noun.tokens
    return toks[0].text.casefold() == "the" and any(t.tag in "ZG" for t in toks[1:-1])


def bare_the(noun: Chunk) -> bool:
    """ "the acquisition": the noun with its article alone (a reporting subject's own deal when the
    clause tells it done, see :mod:`.acquisition`)."""
    return len(noun.tokens) == 2 and noun.tokens[0].text.casefold() == "the"


# the verb of "Y will take X private"
_TAKE_FORMS = frozenset({"take", "takes", "took", "taken", "taking"})
# the verbs by which a target answers a bid ("Y accepted X's offer")
_ANSWER_FORMS = frozenset(
    "accept accepts accepted accepting reject rejects rejected rejecting rebuff rebuffs rebuffed spurn "
    "spurns spurned welcome welcomes welcomed back backs backed recommend recommends recommended endorse "
    "endorses endorsed receive receives received review reviews reviewed reviewing consider considers "
    "considered considering".split()
)

# the owners a target urges to answer a bid ("X urged its shareholders to reject the offer from Y")
_OWNERS = frozenset({"shareholders", "stockholders", "holders", "unitholders", "investors"})
# the two verbs of one deal told from both sides ("X agreed to acquire, and Z agreed to sell, ...")
_CONVERSES = frozenset({("acquire", "sell"), ("sell", "acquire")})

# words that count the things named after them ("two banks, A and B")
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve several".split())


# the INV constructions only an investor takes ("Y's investors include A", "Y counts A among its backers")
INVESTOR_LISTS = frozenset(
    {"investors-include", "whose-include", "investors-in-include", "counts-among", "is-among"}
)


_NOT_INVESTORS = frozenset({"coordinated", "fronted", "the-copula", "regarded-as"})


# the verbs by which two parties make a merger agreement ("X and Y announced a definitive merger agreement")
_AGREEING = frozenset({"announced", "announces", "announce", "signed", "signs", "sign", "reached", "executed"})


def _agreeing(light: Chunk | None) -> bool:
    """Whether a merger agreement's light verb (none: "X and Y have entered into a ... merger
    agreement") makes the agreement; "blocked", "opposed" do not."""
    return light is None or light.text.casefold().split()[-1] in _AGREEING


# those who sell a company in administration for its creditors: "Administrators from Z have sold Y"
_ADMINISTRATORS = frozenset({"administrators", "receivers", "liquidators", "trustees", "the administrators"})


def predicate_of(
    v: Variant, places: dict[str, Chunk], party_between: bool = False, reported: bool = False
) -> str | None:
    """The predicate a match of ``v`` whose places are ``places`` states, or None when its trigger
    does not serve the construction (a verb of another frame, the wrong voice, "its" missing, ...).
    ``party_between``: a party stands between a subject-noun match's subject and its noun;
    ``reported``: a reporting verb stands between an its-noun match's subject and its noun."""
    frame = v.frame
    if v.name in PAY_TO:  # "X will pay $600 million to acquire Y"
        return pays_to_buy(places)
    if v.name == "target-subject":
        noun = places["noun"]
        if noun.predicate not in frame_predicates("NOM"):
            return None
        if predicates()[noun.predicate or "bid"].roles.get("agent") != "acquirer":
            return None  # "the sale by Y": Y sells
        if noun.predicate != "bid" and places["prep"].text.casefold() == "from":
            return None  # "X cancelled a crude oil purchase from Y": Y sells (an offer from Y is Y's bid)
        owners = places.get("owners")
        if owners is not None and owners.tokens[-1].text.casefold() not in _OWNERS:
            return None  # "X urged regulators to block the bid from Y": only its owners are the target's
        return noun.predicate
    if v.name == "target-answers":
        noun = places["noun"]
        answering = places["answer"].head[-1].text.casefold() in _ANSWER_FORMS
        return "bid" if answering and noun.predicate == "bid" else None
    if v.name == "relative-passive" and places["verb"].predicate != "sell":
        return None  # "Y, which was sold to Z, ...": a sale's verb only (its buyer after "to")
    if v.name in APPROVALS and not approved_by_board(places):
        return None  # "The Board of X approved the acquisition of Y", not "The FTC approved ..."
    if v.name in FRONTED and not opens_done_deal(v, places):
        return None  # "After buying Y, X ...", not "Instead of buying Y, X ..."
    if v.name == "take-private":
        taking = places["verb"].head[-1].text.casefold() in _TAKE_FORMS
        return "acquire" if taking and places["private"].text.casefold() == "private" else None
    if v.name == "itself" and (places["verb"].predicate != "sell" or places["itself"].text.casefold() != "itself"):
        return None  # "X agreed to sell itself to Z" (only a sale's verb takes the subject as its object)
    if v.name == "shared-object" and (places["verb"].predicate, places["converse"].predicate) not in _CONVERSES:
        return None  # "X agreed to acquire, and Z agreed to sell, ...": a deal's two sides only
    if v.name == "coordinated-light" and places["noun"].predicate not in ("acquire", "sell"):
        return None  # "X reported ..., and in April completed its acquisition of Y": a deal's noun only
    if v.name == "unnamed-seller" and places["verb"].predicate != "sell":
        return None  # "Its founders sold Y to Z": only a sale names its buyer after "to"
    if v.name == "unnamed-seller" and "sellers" in places and places["sellers"].text.casefold() not in _ADMINISTRATORS:
        return None  # "Administrators from Z sold Y to W", not "Harlow of Leeds sold Y to W"
    if v.name in ("tendered", "unnamed-buyer", "receive-for", "own-stake") and not serves_reported(v, places):
        return None  # "X said 2 mln Y shares were tendered in its offer", "a group offered to buy its Y"
    if v.name == "receive-for":
        return "sell"  # "X will receive $588 mln from Z for Y": the money a sale brings
    if v.name == "opening-noun-to" and places["noun"].predicate != "sell":
        return None  # "The sale of Y to Z": a sale's buyer after "to" (not "the acquisition of Y to expand")
    if frame in ("TRANS", "NOM"):
        trigger_chunk = places["verb"] if frame == "TRANS" else places["noun"]
        wants_for = trigger_chunk.predicate in frame_predicates("FOR")
        prep = places.get("prep")
        if (prep is not None and (prep.char == "r") != wants_for) or (
            prep is None and wants_for and v.name not in ("noun-premodifier", "tendered")
        ):
            return None  # "a bid for Y", "paid $5 mln for Y"; "the acquisition of Y" ("its Y bid": no "for")
    count = places.get("count")
    if count is not None and count.char == "x" and count.text.casefold() not in _COUNT_WORDS:
        return None  # "bought two banks, A and B", not "bought new banks, A said"
    if frame == "TRANS":
        verb = places["verb"]
        if verb.predicate not in frame_predicates("TRANS"):
            return None
        if v.voice == "participle":
            if verb.form not in ("past", "part") or len(verb.tokens) > 1:
                return None
        elif v.voice and verb.voice != v.voice:
            return None
        if v.name == "raise-to" and (verb.predicate != "take" or places["stake"].possessive not in ("its", "their")):
            return None  # "raised its holding to 51 pct", not "cut its stake to" nor "raised a stake to"
        shares = places.get("shares")
        if shares is not None and (
            predicates()[verb.predicate or "own"].fact_type != "acquisition"
            or (shares.possessive or shares.text.casefold()) not in ("its", "their")
        ):
            return None  # a holding (OWNED its-shares), or shares that are not the subject's
        return verb.predicate
    if frame == "NOM":
        noun = places["noun"]
        if noun.predicate not in frame_predicates("NOM"):
            return None
        if (
            v.name == "its-noun"
            and noun.possessive not in ("its", "their")
            and not _told_before(noun)
            and not (reported and bare_the(noun))  # "X said the purchase of Y was completed"
        ):
            return None
        if v.name == "subject-noun" and party_between and noun.possessive not in ("its", "their"):
            return None  # "X said Y agreed to the sale of Z": the noun may be Y's; "its" is X's
        if v.name == "subject-noun" and places["agent"].char == "P" and noun.possessive not in ("his", "her"):
            return None  # "P said the government will speed up the sale of Y": an official reports
        return noun.predicate
    if frame == "MERGE" and v.name in ("become", "surviving"):
        words = _BECOME if v.name == "become" else _SURVIVING
        if places["become"].tokens[0].text.casefold() not in words:
            return None  # "is a subsidiary of Y": ownership, read by the REL constructions
        return "merge" if places["rel"].predicate == "unit" else None
    if frame == "MERGE":
        trigger_chunk = places.get("verb") or places["noun"]
        if trigger_chunk.predicate not in frame_predicates("MERGE"):
            return None
        if v.voice and trigger_chunk.voice != v.voice:
            return None
        if (
            v.name == "noun"
            and "prep" not in places
            and "co" not in places
            and trigger_chunk.possessive != "their"
            and not ("after" in places and _agreeing(places.get("light")))
        ):
            # "X and Y said their merger ...", not "blocked the X and Y merger"; "X and Y announced (signed)
            # a definitive merger agreement": the agreement's parties
            return None
        return trigger_chunk.predicate
    if frame in ("REL", "INV"):
        rel = places["rel"]
        pred = predicates().get(rel.predicate or "")
        if pred is None or frame not in pred.frames:
            return None
        if v.name.startswith("its") and rel.possessive not in ("its", "their", "our"):
            return None
        if v.name == "its-fronted" and places["opener"].text.casefold() not in ("through", "via"):
            return None  # "Through its unit Y, X sells ...", not "Unlike its unit Y, X ..."
        if v.name.endswith("inner") and not rel.inner:
            return None
        if v.name == "counts-among" and rel.possessive not in ("its", "their", "our"):
            return None  # "Y counts A among its backers"; not "X controls Y through a holding company"
        if v.name in INVESTOR_LISTS and pred.name != "investor" and (v.name, pred.name) != ("counts-among", "parent"):
            return None  # "Y's investors include A": an investor's lists ("Y counts A as its largest shareholder")
        if pred.name == "investor" and v.name in _NOT_INVESTORS:
            return None  # ("X is based in L and is an investor in Y", "Backed by investor X, Y ...")
        return pred.name
    if frame == "OWNED":
        owning = places.get("verb")
        if v.name in ("hyphen", "stake-owned-by", "owned-as-to") and (
            owning is None or owning.predicate != "own" or owning.form not in ("past", "part")
        ):
            return None  # "X-backed Y": backing is no ownership
        if v.name == "described-by" and (
            owning is None or owning.predicate != "own" or owning.form in ("ing", "3sg") or len(owning.tokens) > 1
        ):
            return None  # "Y, a service run by X"
        if v.name in ("enumerated", "its-shares") and (
            owning is None or owning.predicate not in ("own", "hold") or owning.form not in ("base", "3sg")
        ):
            return None  # "X bought three firms, A, B and C"; "X held 5 pct of its stock" (past)
        return "own"
    if frame == "HAS":
        if v.name == "its-stake":
            stake = places["stake"]  # "its 20% stake", not "lowered its stake in Y to 18 pct"
            return "own" if stake.possessive in ("its", "their") and stake.stake is not None else None
        if v.name == "possessive-stake":  # "X's stake in Y rose to 40%", not "X's stake in Y"
            return "own" if places["stake"].stake is not None or "pct" in places else None
        have = places["have"]
        if have.char == "V":  # "Y, in which X holds (owns) a 35% stake": a present holding
            return "own" if have.predicate in ("hold", "own") and have.form in ("base", "3sg") else None
        if have.tokens[0].text.casefold() not in ("has", "have", *DISCLOSING):
            return None  # "had a stake": a past holding
        return "own"
    if frame == "VALUE":
        from . import valuation

        return valuation.predicate(v, places)
    if frame == "LIST":
        from . import listing

        return listing.predicate(v, places)
    if frame == "HQ":
        if v.name == "adjective" and places["company"].location is None:
            return None
        return "hq"
    if frame in ("SYM", "FUND"):
        return open_class_predicate(v, places)
    return "executive"
