"""Merging: one fact per thing told, however many sentences tell it.

Facts of the same merge key (each fact type gives its ``key``, see
:mod:`bizfacts.facts.frames`) are merged, the more confident one filled in with the roles
of the other (:func:`dedupe`).  Before that, an option's or a stake raise's target is taken
from the same acquirer's last deal (:func:`inherit_targets`), and "Ms. Grant" becomes
"Elena M. Grant" when the text names her in full (:func:`full_person_names`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import regex

from .._fact_types import (
    AcquisitionFact,
    AnyFact,
    ExecutiveFact,
    HeadquartersFact,
    InvestmentFact,
    OwnershipFact,
    UserCountFact,
    ValuationFact,
)
from .._spans import PersonMention
from ..places import lies_in, nested_places
from . import lexicon as L
from .frames import KEYS
from .template import LazyPattern


def fact_key(f: AnyFact) -> tuple[Any, ...]:
    """The fact's merge key (its type's ``key``): facts of equal keys are one fact told twice."""
    return KEYS[f.type](f)


def _merge(a: AnyFact, b: AnyFact) -> AnyFact:
    """Keep ``a`` (the more confident), filling its empty roles from ``b``."""
    changes: dict[str, Any] = {}
    if isinstance(a, ExecutiveFact) and isinstance(b, ExecutiveFact):
        if title := _both_titles(a, b):
            changes["title"] = title  # "Co-founder P has been CEO since 2014": both offices
        elif a.title.casefold() in b.title.casefold() and len(b.title) > len(a.title):
            changes["title"] = b.title  # "General Counsel and Corporate Secretary" told elsewhere in full
    for field in attrs.fields(type(a)):
        if field.name in ("evidence", "confidence", "rule", "type"):
            continue
        va, vb = getattr(a, field.name), getattr(b, field.name)
        if (va is None or va == ()) and vb not in (None, ()):
            changes[field.name] = vb
        elif field.name == "status" and vb == "completed" and va in ("announced", "planned"):
            changes[field.name] = vb  # a deal told as agreed and then as closed is closed,
            closed_on = getattr(b, "date", None)
            if closed_on is not None:
                changes["date"] = closed_on  # on the day it closed
    return attrs.evolve(a, **changes) if changes else a


def _both_titles(a: ExecutiveFact, b: ExecutiveFact) -> str | None:
    """The two titles of one person at one company, when one is a founder's (a founder holds
    another office too): "Co-founder" and "chief executive officer" -> "Co-founder and chief
    executive officer"; None when one title holds the other or neither is a founder's."""
    ta, tb = a.title, b.title
    la, lb = ta.casefold(), tb.casefold()
    if la in lb or lb in la:
        return None
    # (a founder only a founding verb tells yields to a stated title: "founded by P (CEO)" is CEO)
    if la.endswith("founder") and "founder" not in lb and not a.rule.startswith(_FOUNDING_RULES):
        return f"{ta} and {tb}"
    if lb.endswith("founder") and "founder" not in la and not b.rule.startswith(_FOUNDING_RULES):
        return f"{tb} and {ta}"
    return None


# the executive rules whose title a founding verb gives ("X was founded by P", "Founded by P, X")
_FOUNDING_RULES = ("executive/founded-by", "executive/fronted-founded", "executive/who-heads")


def _names_the_new_office(f: AnyFact, cur: AnyFact) -> bool:
    """Whether ``f``, as sure as ``cur``, gives the office a clause gives the person, where ``cur``
    gives the title the person is named with: "Chief Financial Officer P would serve as interim CEO"."""
    if not isinstance(f, ExecutiveFact) or f.confidence != cur.confidence:
        return False
    if cur.rule.endswith("/possessive-apposition"):
        # "P, X's chief financial officer, has been named CEO": the office named, not the one held
        return f.rule.endswith(("/appointed", "/appoint", "/board-appoints"))
    return cur.rule.endswith("/title-first") and not f.rule.endswith("/title-first")


def dedupe(facts: list[AnyFact]) -> list[AnyFact]:
    """One fact per key, merged from all its tellings; acquisitions told once with and once without
    their stake or price kept once."""
    by_key: dict[tuple[Any, ...], AnyFact] = {}
    order: list[tuple[Any, ...]] = []
    for f in map(_plausible_price, facts):
        k = fact_key(f)
        if k not in by_key:
            by_key[k] = f
            order.append(k)
            continue
        cur = by_key[k]
        if f.confidence > cur.confidence or _names_the_new_office(f, cur):
            by_key[k] = _merge(f, cur)
        else:
            by_key[k] = _merge(cur, f)
    out = [by_key[k] for k in order]
    # an acquisition without a stake/price duplicates a richer one with the same parties
    acq = [f for f in out if isinstance(f, AcquisitionFact)]
    # both passes compare a deal only with deals indexed under its parties, never with all: linear
    same_parties: dict[tuple[str, str | None], list[AcquisitionFact]] = {}
    longer_target: dict[tuple[Any, ...], list[AcquisitionFact]] = {}
    for g in acq:
        same_parties.setdefault((g.target, g.acquirer), []).append(g)
        if g.price is not None:
            for cut, ch in enumerate(g.target):
                if ch == " ":  # g.target starts with this shorter name and a space
                    key = (g.target[:cut], g.acquirer, g.price.amount, g.price.currency, g.stake)
                    longer_target.setdefault(key, []).append(g)
    drop: set[int] = set()
    merged: dict[int, AnyFact] = {}
    for f in acq:
        if f.stake is not None or f.price is not None or f.status == "option":
            continue
        for g in same_parties[(f.target, f.acquirer)]:
            if f is g or id(g) in drop:
                continue
            richer = g.stake is not None or g.price is not None or (g.seller and not f.seller)
            if richer and g.status != "option":
                drop.add(id(f))
    # "X bought a 7.7 pct stake in Y. It paid $6.1 mln for its 462,400 Y shares" ("... It acquired
    # 346,600 Y shares, paying $4.9 mln"): the price of shares of the stake's company, told no earlier
    # than the stake and without its size, is the stake deal's price
    for f in acq:
        if f.price is None or f.stake is not None or id(f) in drop or not _shares_bought(f):
            continue
        stakes = [g for g in same_parties[(f.target, f.acquirer)] if g.stake is not None and g.price is None]
        if len(stakes) == 1 and stakes[0].status == f.status and stakes[0].evidence.start <= f.evidence.start:
            drop.add(id(f))
            merged[id(stakes[0])] = _merge(stakes[0], f)
    # the same priced deal told with a short and a full target name ("Oostvaart", "Oostvaart Imaging")
    for f in acq:
        if id(f) in drop or not f.target or f.price is None:
            continue
        for g in longer_target.get((f.target, f.acquirer, f.price.amount, f.price.currency, f.stake), ()):
            if id(g) not in drop:
                drop.add(id(f))
                merged[id(g)] = _merge(merged.get(id(g), g), f)
                break
    # "X entered into a merger agreement with Y, under which Y will acquire all of X's shares": a
    # merger's direction is only the convention (the first-named party buys), the clause's verb says it
    for f in acq:
        if f.rule.startswith("merge/") and f.acquirer and id(f) not in drop:
            told = same_parties.get((f.acquirer, f.target), ())
            if any(g.evidence.start == f.evidence.start and not g.rule.startswith("merge/") for g in told):
                drop.add(id(f))
    kept = [merged.get(id(f), f) for f in out if id(f) not in drop]
    kept = _round_valuations(_fold_amountless_investments(kept))
    folded = _fold_described_pairs(_fold_described_units(_drop_guessed_buyers(kept)))
    placed = _named_over_referred(_widest_locations(_fold_buyerless(_fold_shortened_targets(folded))))
    return _fold_milestone_counts(placed)


# the qualifiers of a count told as a threshold passed ("passes 9 million monthly players")
_THRESHOLDS = frozenset({"more_than", "at_least", "approaching"})


def _fold_milestone_counts(facts: list[AnyFact]) -> list[AnyFact]:
    """A count told as a threshold ("as X passes 9 million monthly players") that another telling
    of the same metric states exactly, a little above it ("averaged 9.3 million monthly active
    players", told later): the same users, the rounded telling dropped."""
    counts = [f for f in facts if isinstance(f, UserCountFact)]
    if len(counts) < 2:
        return facts
    exact: dict[str, list[tuple[int, int]]] = {}
    for f in counts:
        if f.qualifier not in _THRESHOLDS:
            exact.setdefault(f.metric, []).append((f.count, f.evidence.start))
    drop = {
        id(f)
        for f in counts
        if f.qualifier in _THRESHOLDS
        and any(f.count < n <= f.count * 1.15 and at > f.evidence.start for n, at in exact.get(f.metric, ()))
    }
    return [f for f in facts if id(f) not in drop] if drop else facts


_SHARES_WORDS = LazyPattern(r"(?i)\b(?:shares|stock)\b")


def _shares_bought(f: AcquisitionFact) -> bool:
    """Whether a deal is a purchase ("acquire/", "pay/") told in a sentence about shares."""
    return f.rule.startswith(("acquire/", "pay/")) and _SHARES_WORDS.search(f.evidence.text) is not None


# a deal's price below this is a price per share told without its unit ("for 6.50 dlrs plus a
# contingent payment for each share"), not what the whole deal costs
_LEAST_DEAL_PRICE = 1000


def _plausible_price(f: AnyFact) -> AnyFact:
    if isinstance(f, AcquisitionFact) and f.price is not None and f.price.amount < _LEAST_DEAL_PRICE:
        return attrs.evolve(f, price=None)
    return f


def _fold_amountless_investments(facts: list[AnyFact]) -> list[AnyFact]:
    """ "Y invested $5 mln in X. ... Y's investment in X ...": an investment told without its
    amount is the one told with it, for the same investee and no other investor."""
    funded: dict[str, list[InvestmentFact]] = {}
    for f in facts:
        if isinstance(f, InvestmentFact) and f.amount is not None:
            funded.setdefault(f.investee, []).append(f)
    if not funded:
        return facts
    out: list[AnyFact] = []
    for f in facts:
        if isinstance(f, InvestmentFact) and f.amount is None:
            same = [g for g in funded.get(f.investee, ()) if set(f.investors) <= set(g.investors)]
            if same:
                continue
        out.append(f)
    return out


# how far after a round its valuation may be told apart ("It has closed a $42 million Series B. ...
# The deal values X at $310 million."): a few sentences
_ROUND_VALUATION_REACH = 600


def _round_valuations(facts: list[AnyFact]) -> list[AnyFact]:
    """A round told without its valuation gets the valuation a later sentence gives the same
    investee, near it ("X has closed a $42 million round. ... The deal values X at $310 million"),
    where the investee has one round and one such valuation."""
    rounds: dict[str, list[int]] = {}
    values: dict[str, list[ValuationFact]] = {}
    for i, f in enumerate(facts):
        if isinstance(f, InvestmentFact) and f.amount is not None:
            rounds.setdefault(f.investee, []).append(i)
        elif isinstance(f, ValuationFact) and f.company:
            values.setdefault(f.company, []).append(f)
    out = list(facts)
    for investee, at in rounds.items():
        told = values.get(investee, ())
        if len(at) != 1 or len(told) != 1:
            continue
        f, v = facts[at[0]], told[0]
        assert isinstance(f, InvestmentFact)
        if f.valuation is None and 0 <= v.evidence.start - f.evidence.start <= _ROUND_VALUATION_REACH:
            out[at[0]] = attrs.evolve(f, valuation=v.amount)
    return _valuations_of_rounds(out, values)


def _valuations_of_rounds(facts: list[AnyFact], values: dict[str, list[ValuationFact]]) -> list[AnyFact]:
    """A round told with its valuation ("raised $40 million at a $380 million valuation") also
    tells what its investee is valued at: a valuation fact right after it, unless one of the
    same company and amount is already there."""
    told = {(v.company, v.amount.amount) for vs in values.values() for v in vs}
    out: list[AnyFact] = []
    for f in facts:
        out.append(f)
        if not isinstance(f, InvestmentFact) or f.valuation is None:
            continue
        if (f.investee, f.valuation.amount) not in told:
            told.add((f.investee, f.valuation.amount))
            out.append(
                ValuationFact(
                    evidence=f.evidence,
                    confidence=f.confidence,
                    rule=f"{f.rule} (the round's valuation)",
                    company=f.investee,
                    amount=f.valuation,
                    date=f.date,
                )
            )
    return out


# below this, a deal's buyer was guessed (the document's topic or the last subject), not read
_GUESSED = 0.5


def _drop_guessed_buyers(facts: list[AnyFact]) -> list[AnyFact]:
    """A buyer guessed from the document ("... to acquire Y" with no subject found) gives way to a
    buyer the same sentence names for the same target."""
    read: dict[tuple[int, str], set[str | None]] = {}
    for f in facts:
        if isinstance(f, AcquisitionFact) and f.confidence >= _GUESSED and f.acquirer is not None:
            read.setdefault((f.evidence.start, f.target), set()).add(f.acquirer)
    if not read:
        return facts
    return [
        f
        for f in facts
        if not (
            isinstance(f, AcquisitionFact)
            and f.confidence < _GUESSED
            and f.acquirer not in read.get((f.evidence.start, f.target), {f.acquirer})
        )
    ]


def _fold_described_units(facts: list[AnyFact]) -> list[AnyFact]:
    """"X sold its heat transfer business, Southmoor Engineering Co, to Z": the unit told once as
    described and once by its name in one sentence is one deal, under the name."""
    named: dict[tuple[int, str | None], int] = {}
    # (and in another sentence, with the same buyer and price: "Brennecke to sell packaging-films unit
    # to Saltmarsh for EUR640 million" above "... its packaging-films division, Folientechnik, to ...")
    priced: dict[tuple[str | None, str | None, Any, str | None], int] = {}
    for i, f in enumerate(facts):
        if isinstance(f, AcquisitionFact) and f.seller is not None and f.target[:1].isupper():
            named.setdefault((f.evidence.start, f.seller), i)
            if f.acquirer is not None and f.price is not None:
                priced.setdefault((f.seller, f.acquirer, f.price.amount, f.price.currency), i)
    if not named:
        return facts
    out = list(facts)
    dropped: set[int] = set()
    for i, f in enumerate(facts):
        if not (isinstance(f, AcquisitionFact) and f.target[:1].islower() and f.status != "option"):
            continue
        j = named.get((f.evidence.start, f.seller))
        if j is None and f.acquirer is not None and f.price is not None:
            j = priced.get((f.seller, f.acquirer, f.price.amount, f.price.currency))
        g = out[j] if j is not None else None
        if j is not None and isinstance(g, AcquisitionFact) and f.acquirer in (None, g.acquirer):
            out[j] = _merge(g, attrs.evolve(f, target=g.target, acquirer=g.acquirer))
            dropped.add(i)
    return [f for i, f in enumerate(out) if i not in dropped]


def _fold_same_parties(
    facts: list[AnyFact],
    told_as: Callable[[AcquisitionFact], bool],
    fold: Callable[[AcquisitionFact, AcquisitionFact], tuple[AnyFact, bool] | None],
) -> list[AnyFact]:
    """Two acquisitions by the same seller to the same buyer, both ``told_as`` one way, folded into
    one where ``fold`` says so: it gives the merged fact and whether it takes the first's place
    (the second dropped) or the second's."""
    told: dict[tuple[str, str], list[int]] = {}
    for i, f in enumerate(facts):
        if isinstance(f, AcquisitionFact) and f.seller and f.acquirer and told_as(f):
            told.setdefault((f.seller, f.acquirer), []).append(i)
    pairs = [ids for ids in told.values() if len(ids) == 2]
    if not pairs:
        return facts
    out = list(facts)
    dropped: set[int] = set()
    for i, j in pairs:
        f, g = out[i], out[j]
        if not isinstance(f, AcquisitionFact) or not isinstance(g, AcquisitionFact):
            continue
        folded = fold(f, g)
        if folded is not None:
            merged, first_kept = folded
            keep, drop = (i, j) if first_kept else (j, i)
            out[keep] = merged
            dropped.add(drop)
    return [f for i, f in enumerate(out) if i not in dropped]


def _fold_described_pairs(facts: list[AnyFact]) -> list[AnyFact]:
    """A unit sold told twice as described, once bare ("sells majority of car electronics unit to
    Z" in a headline) and once with its stake or price ("to sell 75.1 percent of its automotive
    electronics division to Z"), by the same seller to the same buyer: one deal, the fuller telling."""

    def fold(f: AcquisitionFact, g: AcquisitionFact) -> tuple[AnyFact, bool] | None:
        f_bare = f.price is None and f.stake is None
        bare, full = (f, g) if f_bare else (g, f)
        if bare.price is not None or bare.stake is not None:
            return None
        return _merge(full, bare), not f_bare

    return _fold_same_parties(facts, lambda f: f.target[:1].islower(), fold)


def _fold_shortened_targets(facts: list[AnyFact]) -> list[AnyFact]:
    """A unit sold told once by the last words of its name ("Completes Sale of Aerostructures Business
    to Z" in a headline) and once by its name ("its aerostructures business, X Aerostructures, to Z"),
    by the same seller to the same buyer: one deal, the telling with the full name."""

    def fold(f: AcquisitionFact, g: AcquisitionFact) -> tuple[AnyFact, bool] | None:
        f_short = len(f.target) < len(g.target)
        short, full = (f, g) if f_short else (g, f)
        if not full.target.endswith(" " + short.target):
            return None
        return _merge(full, attrs.evolve(short, target=full.target)), not f_short

    return _fold_same_parties(facts, lambda f: f.target[:1].isupper(), fold)


def _fold_buyerless(facts: list[AnyFact]) -> list[AnyFact]:
    """A deal told once without its buyer ("Acme's sale of its Y unit") and once with it is one deal:
    the buyerless telling fills the other's empty roles and is dropped."""
    with_buyer: dict[tuple[str, str | None], int] = {}
    # ("X advised Y on its acquisition of Z. Z was sold by W.": a buyer's telling with no seller
    # takes the seller's telling with no buyer, where one such telling of Z names a buyer)
    sellerless: dict[str, int | None] = {}
    for i, f in enumerate(facts):
        if isinstance(f, AcquisitionFact) and f.acquirer is not None and f.seller is not None:
            with_buyer.setdefault((f.target, f.seller), i)
        elif isinstance(f, AcquisitionFact) and f.acquirer is not None and f.status != "option":
            sellerless[f.target] = None if f.target in sellerless else i  # (two buyers: no telling)
    if not with_buyer and not sellerless:
        return facts
    out = list(facts)
    dropped: set[int] = set()
    for i, f in enumerate(facts):
        if isinstance(f, AcquisitionFact) and f.acquirer is None and f.status != "option":
            j = with_buyer.get((f.target, f.seller))
            if j is None and f.seller is not None and f.stake is None and f.rule.endswith("/passive"):
                # ("Z was sold by W": a passive that leaves the buyer untold; not "W sold Z to its
                # managers", whose buyer is no company, nor W's sale of what W had bought)
                j = sellerless.get(f.target)
                if j is not None and getattr(out[j], "acquirer", None) == f.seller:
                    j = None
            if j is not None:
                out[j] = _merge(out[j], f)
                dropped.add(i)
    return [f for i, f in enumerate(out) if i not in dropped]


def _widest_locations(facts: list[AnyFact]) -> list[AnyFact]:
    """One headquarters per company and place: "Wichita" told beside "Wichita, Kan." is dropped (the
    location is kept as written at its fullest), and so is "Vermont" beside "Montpelier, Vermont"
    or beside "Montpelier" (a region told beside a town in it)."""
    by_company: dict[str, list[str]] = {}
    for f in facts:
        if isinstance(f, HeadquartersFact):
            by_company.setdefault(f.company, []).append(f.location)
    if not any(len(v) > 1 for v in by_company.values()):
        return facts
    return [
        f
        for f in facts
        if not isinstance(f, HeadquartersFact)
        or not any(
            (
                len(other) > len(f.location)
                and (
                    (other.startswith(f.location) and other[len(f.location)] in ",. ")
                    or other.endswith(", " + f.location)
                )
            )
            # ("the Ohio lender" and "the Dayton-based bank": the town in the region)
            or (other != f.location and lies_in(other, f.location))
            for other in by_company[f.company]
        )
    ]


def _named_over_referred(facts: list[AnyFact]) -> list[AnyFact]:
    """One headquarters per company: where a sentence naming the company places it ("Grantham,
    headquartered in Derby") and another reaches it only by a reference ("the Carlisle-based
    company", resolved to it) at another place, the reference was resolved to the wrong company
    and its fact is dropped.  (A move told by a reference, "the company moved its headquarters
    to L", is another rule's and kept.)"""
    by_company: dict[str, list[HeadquartersFact]] = {}
    for f in facts:
        if isinstance(f, HeadquartersFact):
            by_company.setdefault(f.company, []).append(f)
    if not any(len(v) > 1 for v in by_company.values()):
        return facts
    dropped: set[int] = set()
    for told in by_company.values():
        named = {f.location for f in told if _names_company(f)}
        if named:
            dropped.update(
                id(f)
                for f in told
                if f.rule.partition("+")[0] in _REFERRED_RULES
                and f.location not in named
                and not _names_company(f)
                # ("First City, the Texas bank" and "the Houston-based bank": a city in its state)
                and not any(nested_places(f.location, place) for place in named)
            )
    return [f for f in facts if id(f) not in dropped]


# the headquarters rules a reference to a company may fill: "the Carlisle-based company", "the
# Leeds firm"
_REFERRED_RULES = frozenset({"hq/adjective", "hq/place-description", "hq/apposition-adjective"})


def _names_company(fact: HeadquartersFact) -> bool:
    """Whether the evidence of ``fact`` writes its company's name (its first word, as a word)."""
    first = fact.company.split()[0]
    text = fact.evidence.text
    i = text.find(first)
    while i >= 0:
        j = i + len(first)
        if (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum()):
            return True
        i = text.find(first, j)
    return False


# --------------------------------------------------------------------------------------
# the entry point


@functools.cache
def _honorific() -> LazyPattern:
    """ "Ms. Grant": an honorific and a surname, nothing else (built on first use)."""
    return LazyPattern(rf"^{L.HONORIFICS}\.?\s+(\p{{Lu}}[\p{{Ll}}'’-]+)$")


def full_person_names(text: str, facts: list[AnyFact], people: Sequence[PersonMention] = ()) -> list[AnyFact]:
    """ "Ms. Grant" becomes "Elena M. Grant" when the text names her in full; a surname alone
    ("Grant, 52, is chief risk officer at Y") the name the people extractor gave it."""
    out: list[AnyFact] = []
    searched: dict[str, regex.Match[str] | None] = {}  # one search of the text per surname, not per fact
    full_of = {p.text: p.name for p in people if " " not in p.text and " " in p.name}
    for f in facts:
        if isinstance(f, ExecutiveFact) and f.person in full_of:
            f = attrs.evolve(f, person=full_of[f.person])
        elif isinstance(f, ExecutiveFact):
            hm = _honorific().match(f.person)
            if hm:
                if hm.group(1) not in searched:
                    searched[hm.group(1)] = regex.search(
                        r"(?<![\p{L}.])((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){0,2})\s+"
                        + regex.escape(hm.group(1))
                        + r"\b",
                        text,
                    )
                full = searched[hm.group(1)]
                if full and not regex.match(rf"{L.HONORIFICS}\b", full.group(1)):
                    f = attrs.evolve(f, person=f"{full.group(1)} {hm.group(1)}")
        out.append(f)
    return out


def inherit_targets(facts: list[AnyFact]) -> list[AnyFact]:
    """An option "to raise its holding to 30%" is on the target of the same acquirer's last deal
    (or, with none, in the one company the text says it holds: "X increased its holding to 6.2%"
    in a report whose table of shareholders lists X)."""
    out: list[AnyFact] = []
    last_deal: dict[str | None, AcquisitionFact] = {}  # acquirer -> its last deal with a target, in ``out``
    held: dict[str, set[str]] | None = None  # owner -> the companies it holds (made on first need)
    for i, f in enumerate(facts):
        if isinstance(f, AcquisitionFact) and f.target == "":
            # a deal the same sentence tells comes first, wherever the list holds it ("X has bought
            # 18% of Y and has an option to raise its stake to 30%")
            p = _later_in_sentence(facts, i, f) or last_deal.get(f.acquirer) or _by_short_name(last_deal, f)
            if p is None:
                if held is None:
                    held = {}
                    for g in facts:
                        if isinstance(g, OwnershipFact):
                            held.setdefault(g.owner, set()).add(g.asset)
                assets = held.get(f.acquirer or "", set())
                if len(assets) == 1 and f.status != "option":
                    out.append(attrs.evolve(f, target=next(iter(assets))))
                continue
            if f.status == "option":
                f = attrs.evolve(f, target=p.target)
            else:
                # "..., is looking to raise its stake to 51%": the same deal, told with its size
                # ("Sanwa will purchase the shares from Z for 351 mln yen": the stake's deal, its seller
                # and price; the buyer as named in full before)
                f = attrs.evolve(
                    f,
                    acquirer=p.acquirer,
                    target=p.target,
                    seller=f.seller or p.seller,
                    stake=p.stake if f.stake is None else f.stake,
                    status=p.status if p.status in ("rumored", "planned") else f.status,
                )
        if isinstance(f, AcquisitionFact) and f.target:
            last_deal[f.acquirer] = f
        out.append(f)
    return out


def _by_short_name(deals: dict[str | None, AcquisitionFact], f: AcquisitionFact) -> AcquisitionFact | None:
    """The last deal of the acquirer whose name ``f``'s acquirer shortens ("Sanwa" for "Sanwa Bank")."""
    if not f.acquirer:
        return None
    return next((d for a, d in deals.items() if a and a.startswith(f.acquirer + " ")), None)


def _later_in_sentence(facts: list[AnyFact], i: int, f: AcquisitionFact) -> AcquisitionFact | None:
    """The first deal with a target that the same acquirer makes in ``f``'s sentence after ``facts[i]``."""
    for g in facts[i + 1 :]:
        if g.evidence.start != f.evidence.start:
            return None
        if isinstance(g, AcquisitionFact) and g.target and g.acquirer == f.acquirer and g.status != "option":
            return g
    return None
