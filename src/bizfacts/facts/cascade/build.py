"""From predications to facts: role typing, name promotion and status.

The role map of each predicate (``data/predicates.tsv``) says which place of a construction
fills which role of the fact.  A place holding a company mention gives its canonical name;
a place holding capitalized words no extractor named (an ``N`` chunk) gives a *promoted*
name, with a lower confidence, unless the words are a place, a person's name, a month or
plain common words.  The status comes from the verb group: negated or hypothetical clauses
give no fact, control words ("agreed to", "plans to") and tense give the rest.

>>> import datetime
>>> [(f.type, f.acquirer, f.target, f.seller, f.rule)
...  for f in sentence_facts("Anacorp agreed to buy Datagrafix from General Dynamo Corp.", 0, None, [], [])]
[('acquisition', 'Anacorp', 'Datagrafix', 'General Dynamo', 'acquire/active')]
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs
import regex

from ..._fact_types import (
    AcquisitionFact,
    AnyFact,
    Evidence,
    ExecutiveFact,
    HeadquartersFact,
    OwnershipFact,
)
from ..._spans import (
    CompanyMention,
    DateMention,
    MoneyMention,
    PercentMention,
    PersonMention,
    PlaceMention,
    UserCountMention,
)
from ..._suffixes import suffix_class
from ..template import LazyPattern
from . import listing, valuation
from .chunks import Chunk, chunk, chunk_chars, chunk_string
from .clauses import Predication, matching, may_hold_construction, open_verb_in, predications, served_frames
from .executive import LESS_SURE, About, more_executives, office
from .headline import headline_text
from .investment import investment_facts
from .merger import merger_roles
from .names import (
    _as_written,
    _buyer_or_seller,
    _countries,
    _extra_mentions,
    _firm_nouns,
    _first_place_kind,
    _inner_name,
    _inside_phrase,
    _is_company,
    _legal_form,
    _names_a_business,
    _party,
    _person,
    _place_words,
    _promotable,
    _suffix_end,
    _title,
)
from .objects import (
    _all_shares,
    _co_parties,
    _described,
    _described_text,
    _owner_after,
    _price,
    _raising_to,
    _share_after,
    _stake_after,
    _whole_of,
)
from .ownership import more_owned, qualified, relative_stake, sold_units
from .partnership import partnership_facts
from .predicates import predicates
from .status import NoFact, _negated_between, _status, completed_after, confidence, deal_date, option_before
from .tokens import Token, tokenize

_KIND_TAG: dict[type, str] = {
    CompanyMention: "C",
    MoneyMention: "M",
    PercentMention: "%",
    UserCountMention: "U",
    DateMention: "D",
    PersonMention: "P",
    PlaceMention: "L",
}
_PAST_COPULA = LazyPattern(r"(?i)\b(?:was|were)\s+(?:\w+\s+)?(?:led|run|headed|managed)\s+by\b")
_DATELINE_CHUNKS = regex.compile(r"(?:[NL][,.]{0,2}){1,4}D?-")
# a person read only from a reporting cue or a surname ("Pellucid Bio said"): the construction decides
_WEAK_PERSON = frozenset({"cue", "surname"})


def _weak_person(m: PersonMention) -> bool:
    """A person read only from a cue or a surname, unless a lowercase particle ("Pieter van der
    Merwe") would split the capitalized words the constructions read in its place."""
    return m.rule in _WEAK_PERSON and not any(w[:1].islower() for w in m.text.split()[1:-1])


_PLACE_ADJECTIVE = regex.compile(r"[-–](?:based|headquartered)\b")
# a sale that ends a holding: a verb's completed sale; a noun's, unless planned ("the proposed sale")
_DONE = ({"completed"}, {"completed", "announced"})
# a term's definition in a filing: '(the "Company")', '("Talmage")'
_DEFINITION = regex.compile(r"[ \t]*\([ \t]*(?:the[ \t]+)?[\"“][^\"“”()]{1,40}[\"”][ \t]*\)")
# stake nouns that name a deal without its size ("a majority stake in Y", "a controlling interest")
_STAKE_HEADS = frozenset({"stake", "interest", "holding"})
# words that make a plural asset these ones, not a kind ("ten pizza restaurants", "certain assets")
_COUNTED = frozenset(
    "two three four five six seven eight nine ten eleven twelve several certain existing remaining".split()
)
# places that, after "X Corp of", belong to the name ("Imperial Corp of America")
_NAME_PLACES = frozenset({"America", "the Americas"})
# the words after a capitalized word that make it a descriptor of the company after them
_DESCRIBES_NEXT = regex.compile(r"x{1,2}C")


def _closes(trigger: Chunk | None) -> bool:
    """Whether a light verb closes what its noun names ("completed", "closed"; not "made")."""
    return trigger is not None and trigger.char == "Z" and trigger.head[0].text.casefold() in _CLOSING


_CLOSING = frozenset("completed completes closed closes finalized finalised consummated".split())


def _acquisition(
    p: Predication,
    ev: Evidence,
    text: str,
    clause_start: int,
    dates: Sequence[DateMention],
    chunks: Sequence[Chunk] = (),
) -> list[AnyFact]:
    roles = predicates()[p.predicate].roles
    status = _status(text, clause_start, p)
    if status is None:
        raise NoFact("negated or hypothetical")
    if p.predicate == "bid" and status == "completed" and not _closes(p.trigger):
        status = "planned"  # "X made a bid for Y": a bid made is no deal done (a completed tender offer is)
    elif status == "announced" and p.frame == "NOM" and completed_after(chunks, p.end):
        status = "completed"  # "X's purchase of Y was completed in 2018", "the sale of Y to Z closed"
    filled: dict[str, str | None] = {"acquirer": None, "target": None, "seller": None}
    promoted = 0
    for place, role in roles.items():
        if role not in filled:
            continue
        if place in ("agent", "theme"):
            chunk_ = p.places.get(place)
        elif place == "for" and p.places.get("prep") is not None:
            chunk_ = p.places.get("theme")  # "a bid for Y": the object of "for" is the theme
        else:
            chunk_ = p.pps.get(place)
        name, was_promoted = _party(chunk_) if role == "target" else _buyer_or_seller(chunk_)
        if name:
            filled[role] = name
            promoted += was_promoted
    if p.frame == "MERGE":
        if p.variant == "become" and _negated_between(chunks, p):
            raise NoFact("negated or hypothetical")
        status, filled = merger_roles(p, status, text)
        if status is None:
            raise NoFact("merger talks that failed or ended")
    # "announced the acquisition of Y by X": the announcer is no party, the "by" phrase is the buyer
    by = p.pps.get("by")
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
        elif len(words) > 1 and (unit.possessive or possessor):
            filled["target"] = " ".join(words)
            if possessor and filled["seller"] is None:
                filled["seller"] = possessor  # "bought Y's chemicals division"; "sold its": the agent
    stake_owner = p.places.get("possessor") if p.places.get("stake") is not None else None
    if stake_owner is not None and filled["seller"] is None and roles.get("from") == "seller":
        filled["seller"] = _party(stake_owner)[0]  # "acquire Z's stake in Y": Z sells
    named_owner = p.places.get("possessor") if unit is None and stake_owner is None else None
    if named_owner is not None and filled["seller"] is None and roles.get("from") == "seller":
        filled["seller"] = _party(named_owner)[0]  # "bought Z's Y": Z sells
    asset = p.places.get("asset")
    named = asset is not None and asset.char == "Y" and any(t.tag == "N" for t in asset.tokens)
    if named and asset is not None and filled["target"] is not None and roles.get("from") == "seller":
        # "acquired the Napa Valley Plant of Z": the named asset is bought, its owner Z sells it
        filled["seller"] = filled["seller"] or filled["target"]
        filled["target"] = _described_text(text, asset.head)
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
        if asset.tokens[0].tag == "j" and p.predicate == "sell" and filled["seller"] is None:
            filled["seller"] = filled["acquirer"]
    if filled["seller"] is None and roles.get("from") == "seller":
        owner = _owner_after(chunks, p.places.get("theme") or p.places.get("unit") or p.places.get("asset"))
        if owner and owner not in (filled["acquirer"], filled["target"]):
            filled["seller"] = owner  # "acquired the Measurement Systems Division of Z": Z sells
    theme = p.places.get("theme")
    if theme is not None and not _whole_of(chunks, theme):
        raise NoFact("'two subsidiaries of Y': the things bought are not Y")
    if p.predicate == "sell" and theme is not None and p.end < len(chunks) and chunks[p.end].char in "9Kp%":
        raise NoFact("'sell X 900,000 shares': X is the buyer, the goods follow")
    target = "" if p.variant == "raise-to" else filled["target"] or None  # ("": the acquirer's last target)
    if target is None or target in (filled["acquirer"], filled["seller"]):
        raise NoFact("no target named, or the target is a party")
    if filled["acquirer"] is None and filled["seller"] is None:
        raise NoFact("neither a buyer nor a seller named")
    stake_chunk = p.places.get("pct") or p.places.get("stake")
    stake: Decimal | None = None
    if stake_chunk is None and "STAKE" in predicates()[p.predicate].frames:
        raise NoFact("a stake verb without a stake")
    if stake_chunk is not None:
        pct = stake_chunk.stake if stake_chunk.char == "K" else stake_chunk.head[0].mention
        if not isinstance(pct, PercentMention) and stake_chunk.char == "K":
            # "raised its stake in Y to 20 percent"; "bought 90,000 shares of Y, or 6.1 pct";
            # "bought 90,000 shares of Y, raising its stake to 8 pct"
            pct = _stake_after(chunks, p.end) or _share_after(chunks, p.end) or _raising_to(chunks, p.end)
        if isinstance(pct, PercentMention):
            stake = pct.value
        elif (
            stake_chunk.char == "K"
            and p.predicate != "bid"
            and stake_owner is None  # "Z's stake in Y": all Z holds, whatever its size
            and not _all_shares(stake_chunk, chunks)
            # "bought 50,000 shares of Y": a trade; "bought a majority stake in Y": a deal of unknown size
            and stake_chunk.tokens[-1].text.casefold() not in _STAKE_HEADS
        ):
            raise NoFact("shares without a percentage")  # (a tender offer for shares is a bid)
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
    if price is not None and price.per is not None:
        price = None
    if price is None and chunks:
        price = _price(chunks, p.start, p.end)
    if p.variant == "raise-to" and option_before(chunks, p):
        status, price = "option", None  # "holds an option allowing it to lift its holding to 40%"
    agents = [_buyer_or_seller(c)[0] for c in p.agents] if p.places.get("agent") is not None else []
    co = tuple(a for a in agents[1:] if a) if roles.get("agent") == "acquirer" else ()
    to = p.pps.get("to") if roles.get("to") == "acquirer" and filled["acquirer"] else None
    if to is not None and not co:
        co = tuple(c for c in _co_parties(chunks, to) if c not in (target, filled["seller"]))  # "to A and B"
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
            date=deal_date(dates),
        )
    ]


# "X's subsidiaries include A and B", "Its brands are A and B": the verbs that list a company's units
_INCLUDE_VARIANTS = frozenset({"possessive-include", "its-include"})
_INCLUDE_WORDS = frozenset({"include", "includes", "included", "are", "were", "comprise", "comprises"})


def _named_after(chunks: Sequence[Chunk], unit: Chunk) -> str | None:
    """The company an apposition right after ``unit`` names: "sold one of its Portuguese
    subsidiaries, Y, to Z" -> Y."""
    k = next((i for i, c in enumerate(chunks) if c is unit), None)
    if k is None or k + 3 >= len(chunks) or chunks[k + 1].char != ",":
        return None
    named = chunks[k + 2]
    # a company mention, or a capitalized name closed by a comma or a parenthesis
    if named.char == "C" or (named.char == "N" and chunks[k + 3].char in ",("):
        return _party(named)[0]
    return None


def _ownership(
    p: Predication,
    ev: Evidence,
    subject: Chunk | None,
    text: str,
    clause_start: int,
    chunks: Sequence[Chunk] = (),
) -> list[AnyFact]:
    promoted = 0
    if p.frame == "TRANS":
        if _status(text, clause_start, p) != "completed" and p.places["verb"].form not in ("base", "3sg"):
            raise NoFact("not owned now (negated, planned or past)")
        if "STAKE" in predicates()[p.predicate].frames and p.places["verb"].form in ("past", "part"):
            raise NoFact("not owned now (negated, planned or past)")  # "held a stake until 2019"
        verb = p.places["verb"]
        if verb.voice == "passive" and any(t.text.casefold() in ("was", "were") for t in verb.tokens):
            raise NoFact("not owned now (negated, planned or past)")  # "it was owned by X until 1978"
        owner_c, asset_c = p.places.get("agent"), p.places.get("theme")
    elif p.frame == "HAS":
        owner_c, asset_c = p.places.get("agent"), p.places.get("theme")
    else:
        owner_c, asset_c = p.places.get("owner"), p.places.get("asset")
    if owner_c is None and p.variant.startswith("its"):
        owner_c = subject
    if p.variant in _INCLUDE_VARIANTS and p.places["cue"].text.casefold() not in _INCLUDE_WORDS:
        raise NoFact("'X's units <verb> Y' names units only with 'include', 'are' or 'comprise'")
    if p.variant == "has-called" and p.places["cue"].text.casefold() not in ("called", "named"):
        raise NoFact("'X has a unit ... <word> Y' names the unit only with 'called' or 'named'")
    owner, o_promoted = _party(owner_c)
    rel = p.places.get("rel")
    if asset_c is None and rel is not None and rel.inner:
        asset: str | None = _inner_name(rel)
        a_promoted = False
    else:
        asset, a_promoted = _party(asset_c)
    promoted = o_promoted + a_promoted
    if owner and owner == asset:
        # "Eisai Inc. is a subsidiary of Eisai Co., Ltd.": one construction names two companies, which
        # the company linker took for one; they are told apart as written
        owner, asset = _as_written(owner_c), _as_written(asset_c)
    if not owner or not asset or owner == asset:
        raise NoFact("owner or asset not named (a name was not promoted)")
    stake_chunk = p.places.get("stake")
    stake = None
    if stake_chunk is not None:
        pct = stake_chunk.stake if stake_chunk.char == "K" else stake_chunk.head[0].mention
        stake = pct.value if isinstance(pct, PercentMention) else None
        if stake is None and stake_chunk.char == "K":
            share = _share_after(chunks, p.end)  # "holds 1,147,500 shares of Y, or 8.1 pct"
            stake = share.value if share is not None else None
    if stake is None and p.frame in ("REL", "INV"):
        held = relative_stake(chunks, chunk_string(chunks), owner_c)
        stake = held.value if held is not None else None
    holding = p.frame == "HAS" or "STAKE" in predicates()[p.predicate].frames
    if stake is None and holding and not qualified(stake_chunk):
        raise NoFact("a holding without its percentage ('holds 1,000 shares of Y')")
    return [
        OwnershipFact(
            evidence=ev,
            confidence=confidence(promoted),
            rule=f"{p.predicate}/{p.variant}",
            owner=owner,
            asset=asset,
            stake=stake,
        )
    ]


def _headquarters(p: Predication, ev: Evidence, text: str) -> list[AnyFact]:
    company, promoted = _party(p.places.get("company"))
    if not company:
        raise NoFact("no company named (a name was not promoted)")
    loc_c = p.places.get("loc")
    hq_c = p.places.get("hq")
    if p.variant == "apposition-place":
        lo, hi = p.extents["desc"]
        if text[lo:hi].split()[-1].casefold() not in _firm_nouns():
            raise NoFact("the words after the place name no firm ('a Dallas investment firm')")
        if _legal_form(text[lo:hi]) and _first_place_kind(p.places["loc"]) != "city":
            raise NoFact("a state or country of incorporation ('a Delaware corporation') is no headquarters")
    if p.variant == "of-place":
        head = p.places["company"].head[-1].mention
        last = head.text.split()[-1] if isinstance(head, CompanyMention) else ""
        if suffix_class(last) is None and not text.startswith(">", p.places["company"].end):
            # "Sumitomo Bank of California", "The Times of Zambia": the place ends the name
            raise NoFact("a name before 'of' without a legal suffix may go on with the place")
        loc_text = text[slice(*p.extents["loc"])]
        if loc_text in _NAME_PLACES or _first_place_kind(p.places["loc"]) == "other":
            # "Imperial Corp of America", "Sumitomo Corp of Europe": the place is part of the name
            raise NoFact("'X Corp of America', 'X Corp of Europe': the place is part of the company's name")
    if p.variant == "possessive-place" and text[slice(*p.extents["loc"])] in _countries():
        raise NoFact("a country's company ('Italy's X') is not said to be based there")
    if p.variant == "place-description" and not isinstance(p.places["company"].head[-1].mention, str):
        raise NoFact("a place before a name, not before a reference ('the Dayton company')")
    if hq_c is not None and hq_c.char == "B":
        # "the Coventry-based group", "a Greensboro, N.C.-based maker": the place as written
        lo = loc_c.head[0].start if loc_c is not None else hq_c.start
        cue = _PLACE_ADJECTIVE.search(text, hq_c.start, hq_c.end + 1)
        location = text[lo : cue.start() if cue is not None else hq_c.end]
    elif loc_c is not None:
        lo, hi = p.extents["loc"]
        location = text[lo:hi]
        if (
            loc_c.char == "N"
            and loc_c.head
            and _promotable(loc_c) is None
            and loc_c.head[0].text not in _place_words()
        ):
            raise NoFact("the location is not a place")
    else:
        location = p.places["company"].location or ""
    location = location.strip(" ,")
    if not location or location == company:
        raise NoFact("no location")
    return [
        HeadquartersFact(
            evidence=ev,
            confidence=confidence(promoted),
            rule=f"hq/{p.variant}",
            company=company,
            location=location,
        )
    ]


def _executive(p: Predication, ev: Evidence, about: About | None) -> list[AnyFact]:
    if p.variant.startswith("led-by") and _PAST_COPULA.search(ev.text):
        raise NoFact("a past tenure")
    # a clause's subject that "is" or "serves as" a title is a person, even named by one word
    person = _person(p.places["person"], surname_alone=p.variant in ("copula", "copula-second", "apposition"))
    company_c = p.places.get("company")
    company, promoted = _party(company_c)
    one_title = _title(p.places["title"]) if "title" in p.places else None  # (a founding verb: office())
    title, company = office(p, one_title, company, about, ev)  # cascade/executive.py
    if not person or not title or not company or person == company:
        raise NoFact("person, title or company missing (a name was not promoted, or a former title)")
    if company_c is not None and one_title != "CEO" and not _is_company(company_c):
        # "Treasury Secretary James Baker", "Bundesbank President P": an office, not a company's officer
        raise NoFact("a title at an organization that is not a company")
    if promoted and p.variant == "premodifier":
        raise NoFact("an unknown name before a title ('Energy Secretary P') is too weak to promote")
    return [
        ExecutiveFact(
            evidence=ev,
            # an office a verb tells ("founded by P") yields to a title the text states for P
            confidence=confidence(promoted) - (0.15 if p.variant in LESS_SURE and one_title is None else 0.0),
            rule=f"executive/{p.variant}",
            person=person,
            title=title,
            company=company,
        )
    ]


def sentence_facts(
    text: str,
    start: int,
    end: int | None,
    mentions: Sequence[Any],
    anaphors: Sequence[tuple[int, int, str]],
    kinds: frozenset[str] = frozenset({"title", "place", "other"}),
    trace: SentenceTrace | None = None,
    names: Sequence[Any] | None = None,
    about: About | None = None,
) -> list[AnyFact]:
    """The facts the clause-level cascade reads in ``text[start:end]``.

    ``mentions`` are the extractor mentions inside the sentence (sorted, non-overlapping);
    ``anaphors`` are (start, end, company name) for the references already resolved
    ("the company", "it"); ``about`` the companies the sentence is about (a title told alone).
    """
    stop = len(text) if end is None else end
    items: list[tuple[int, int, str, Any]] = []
    for m in mentions:
        tag = _KIND_TAG.get(type(m))
        if tag:
            items.append((m.start, _suffix_end(text, m.end, stop) if tag == "C" else m.end, tag, m))
    for m in names or ():
        cue = _PLACE_ADJECTIVE.match(text, m.end) if isinstance(m, PlaceMention) else None
        if cue is not None:
            items.append((m.start, cue.end(), "B", None))  # "the Memphis-based X": one adjective
        elif not (isinstance(m, PersonMention) and (_names_a_business(m.text) or _weak_person(m))):
            items.append((m.start, m.end, _KIND_TAG[type(m)], m))
    for s, e, name in anaphors:
        if not _inside_phrase(text, max(start, s - 30), s, e):
            items.append((s, e, "C", name))
            if text.startswith("Its", s):  # "Its parent is Y": "It" + a possessive "s"
                items.append((e, e + 1, "'", None))
    items.sort(key=lambda it: (it[0], -it[1]))
    taken = [(s, e) for s, e, _t, _m in items]
    # titles always; people and places only when no extractor gave them (a caller of this function
    # alone, or a sentence whose place the gate saw only beside a company: "X, a Dallas firm")
    looked_for = kinds
    if names is not None:
        looked_for = kinds & {"title"}
        if "place" in kinds and not any(isinstance(m, PlaceMention) for m in names):
            looked_for = looked_for | {"place"}
    items.extend(_extra_mentions(text, start, stop, taken, looked_for, names is None))
    items = listing.with_exchanges(text, start, stop, items)  # "Nasdaq-listed", "on the NYSE": X, E
    if '("' in text[start:stop] or "(“" in text[start:stop] or "(the" in text[start:stop]:
        # 'X Inc. (the "Company")', 'Y, LLC ("Talmage")': a term's definition says nothing more
        items.extend((m.start(), m.end(), "", None) for m in _DEFINITION.finditer(text, start, stop))
    items.sort(key=lambda it: (it[0], -it[1]))
    clean: list[tuple[int, int, str, Any]] = []
    last = start
    for it in items:
        if it[0] >= last:
            clean.append(it)
            last = it[1]
    tokens = tokenize(headline_text(text, start, stop), start, clean, stop)
    among = None
    if trace is None and not open_verb_in(tokens):
        tags = "".join([t.tag for t in tokens])
        # most sentences the gate lets through hold no construction: tell before building chunks
        # (a "-based" location may stand only in a chunk holding a "B" token)
        if not may_hold_construction(tags):
            return []
        among = matching(chunk_chars(tags), "B" in tags, served_frames(tokens))
        if not among:
            return []
    chunks = chunk(tokens)
    preds = predications(chunks, among)
    if trace is not None:
        trace.tokens, trace.chunks = tokens, chunks
    if not preds:
        return []
    ev = Evidence(start, stop, text[start:stop])
    dates = [m for m in mentions if isinstance(m, DateMention)]
    # parties that can be a clause's subject: not the object of a preposition
    # (a dateline "MISSISSAUGA, Ont., June 18 -" names no party)
    chars = chunk_string(chunks)
    dateline = _DATELINE_CHUNKS.match(chars)
    first = dateline.end() if dateline else 0
    subjects = [
        i
        for i in range(first, len(chunks))
        if chunks[i].char in "CN"
        and (i == 0 or chunks[i - 1].char not in "oiytfrawnsp")
        and not (chunks[i].char == "N" and _DESCRIBES_NEXT.match(chars, i + 1))  # "Private equity firm Y"
    ]
    out: list[AnyFact] = []
    # a unit the sentence has sold ("sold its Pennine unit") is no longer owned
    sold = sold_units(preds, lambda q: _status(text, chunks[q.start].start, q) in _DONE[q.frame == "NOM"])
    for p in preds:
        clause_start = chunks[p.start].start
        if (p.variant == "possessive" and p.frame == "NOM") or p.variant == "noun-of":
            # "the Commission blocked X's takeover of Y": the verb governing the noun group counts
            clause_start = chunks[max(0, p.start - 3)].start
        fact_type = "executive" if p.frame == "TITLE" else predicates()[p.predicate].fact_type
        try:
            if first and any(a < chunks[first - 1].end for a, _b in p.extents.values()):
                raise NoFact("a place of the dateline fills a place of the construction")
            if fact_type not in ("acquisition", "partnership", "investment") and _negated_between(chunks, p):
                raise NoFact("negated or hypothetical")
            if fact_type == "acquisition":
                found = _acquisition(p, ev, text, clause_start, dates, chunks)
                found += _more_targets(found, p, chunks, chars)
            elif fact_type == "ownership":
                if id(p.places.get("rel" if p.frame in ("REL", "INV") else "theme")) in sold:
                    raise NoFact("the unit is sold in the same sentence")
                # the owner of "its Y unit" is the first party before it that is no object of a preposition
                # (a named company before an unknown capitalized word: "'Home' is a song, but X said its Y")
                before = [chunks[i] for i in subjects if i < p.start]
                subject = next((c for c in before if c.char == "C"), before[0] if before else None)
                found = _ownership(p, ev, subject, text, clause_start, chunks)
                found += more_owned(found, p, chunks, chars)
            elif fact_type == "headquarters":
                found = _headquarters(p, ev, text)
            elif fact_type in ("valuation", "listing"):  # cascade/valuation.py, cascade/listing.py
                read = valuation.valuation_facts if fact_type == "valuation" else listing.listing_facts
                found = read(p, ev, text, dates, chunks)
            elif fact_type in ("partnership", "investment"):
                of_type = partnership_facts if fact_type == "partnership" else investment_facts
                found = of_type(p, ev, text, clause_start, dates, chunks, chars)
            else:
                found = _executive(p, ev, about)
                found += more_executives(found, p, chunks, chars)  # "chairman of A, B and C"
        except (NoFact, valuation.NotValued, listing.NotListed) as why:
            if trace is not None:
                trace.outcomes.append((p, [], str(why)))
            continue
        if trace is not None:
            trace.outcomes.append((p, found, None))
        out.extend(found)
    return _sellers_from_owners(out)


def _more_targets(found: list[AnyFact], p: Predication, chunks: Sequence[Chunk], s: str) -> list[AnyFact]:
    """ "completed the purchase of A of New York and B of Connecticut", "bought A, B and C": one
    deal per company of a list in the target's place (same buyer, seller, status and date)."""
    theme = p.places.get("theme")
    if len(found) != 1 or theme is None or "theme" not in p.extents or theme.char != "C":
        return []
    first = found[0]
    if not isinstance(first, AcquisitionFact) or first.stake is not None:
        return []
    i = next((k for k in range(p.start, p.end) if chunks[k] is theme), None)  # within the match
    if i is None:
        return []
    more: list[AnyFact] = []
    pos = i + 1
    while len(more) < 4:
        m = _LIST_NEXT.match(s, pos)
        if m is None:
            break
        nxt = chunks[m.end() - 1]
        name, promoted = _party(nxt)
        if not name or promoted or name in (first.acquirer, first.seller, first.target):
            break
        more.append(attrs.evolve(first, target=name, price=None))
        pos = m.end()
    return more


# after a listed company: its town ("of New York"), then a comma or "and" and the next company
_LIST_NEXT = regex.compile(r"(?:oL(?:,L){0,2})?,?(?:,|c)(?=C(?!'|o[^L]|[^.;]{0,12}?[VZ]))C")


def _sellers_from_owners(facts: list[AnyFact]) -> list[AnyFact]:
    """ "X bought Y, a unit of Z": the owner the same sentence names for a deal's target sells it."""
    owners = {f.asset: f.owner for f in facts if isinstance(f, OwnershipFact)}
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


class SentenceTrace:
    """What the cascade saw in one sentence: its tokens, chunks, and each predication with
    the facts it gave or the reason it gave none (filled by :func:`sentence_facts`)."""

    def __init__(self) -> None:
        self.tokens: list[Token] = []
        self.chunks: list[Chunk] = []
        self.outcomes: list[tuple[Predication, list[AnyFact], str | None]] = []
