"""Ownership pieces of the cascade's builder: the units a sentence has sold, the further assets
and owners of a list ("X, which owns A and pet-food maker B", "jointly owned by A (60%) and B"),
the stake told beside an owner or an asset ("X with 23%", "through a 51% stake"), and the holding
a completed purchase leaves ("..., taking its holding to 26.7%").

>>> more_assets("CVCcxxC,C.", 2)  # "Acme owns A and pet-food maker B, C."
[6, 8]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

import attrs
import regex

from ..._fact_types import AcquisitionFact, AnyFact, OwnershipFact
from ..._spans import PercentMention
from .chunks import Chunk, chunk_index
from .clauses import Predication
from .names import _party
from .objects import _raising_to, _stake_after

# after a listed asset: a comma or "and", a descriptor ("pet-food maker") and the next company
# (", and lets C ..." starts another clause; "A, a Texas limited liability company, and B": an
# item's own description between)
_NEXT_ASSET = regex.compile(r"(?:,d[^,;.CNP]{1,8})?(?:,c|,x{0,3}|cx{0,3})(?=C(?!'|o[^L]|[xv]{0,2}[VZb]))C")
# the same where names no extractor knew may be listed ("X's subsidiaries include A, B and C")
_NEXT_NAMED_ASSET = regex.compile(r"(?:,d[^,;.CNP]{1,8})?(?:,c|,|c)(?=[CN](?!'|o[^L]|[xv]{0,2}[VZb]))[CN]")
# a list of names closed by a known company: ", B and C", ", B, C, and D" (no possessive nor "of" after it)
_CLOSED_LIST = regex.compile(r"(?:,[CN]){1,3},?cC(?!['o])")
# a list after a colon whose items are told in clauses between semicolons ("subsidiaries: A, which
# makes dryers; B, which we acquired in 2020; and C, a distributor"): the first name of each item
_NEXT_SEMICOLON_ITEM = regex.compile(r"(?:,[^;.:]{1,12})?;c?(?=[CN][,.;])[CN]")


def _sells(q: Predication) -> bool:
    nominal = q.frame == "NOM" and q.predicate in ("sell", "acquire")
    return q.predicate == "sell" or nominal or q.variant == "into"

# a stake that is a holding without its percentage: "holds a controlling stake in Y"
_QUALIFIED = regex.compile(r"(?i)controlling|majority|minority")
# after an owner: "which owns 40 percent of ..."; the verb of a subject's apposition: ", owns 22% of"
_RELATIVE_STAKE = regex.compile(r",Wv?V%o")
_SUBJECT_STAKE = regex.compile(r",V%o")


def relative_stake(
    chunks: Sequence[Chunk], s: str, owner: Chunk | None, subject: bool = False
) -> PercentMention | None:
    """The percentage a relative clause after the owner holds: "Y's largest shareholder, X, which
    owns 40 percent of the company"; with ``subject``, the owner is the apposition of the clause's
    subject and its verb follows: "Our largest shareholder, X, owns 22% of our shares"."""
    i = chunk_index(chunks, owner)
    m = (_SUBJECT_STAKE if subject else _RELATIVE_STAKE).match(s, i + 1) if i is not None else None
    if m is None or chunks[m.end() - 3].predicate not in ("own", "hold"):
        return None
    pct = chunks[m.end() - 2].head[0].mention if chunks[m.end() - 2].head else None
    return pct if isinstance(pct, PercentMention) else None


# right after an owner: "A (60%)", "X with 23%", "X, with 23%," ("with a 23% stake" is read
# by the owner's relational noun)
_STAKE_BESIDE = regex.compile(r"\((%)\)|,?w(%)")
# after an owned asset: "controls Y through (via) a 51% stake", "shares of Y (ownership ratio: 24.60%)"
_STAKE_THROUGH = regex.compile(r"p(K)|\([^()%]{0,4}(%)\)")
_THROUGH = frozenset({"through", "via"})


def stake_beside(chunks: Sequence[Chunk], s: str, owner: Chunk | None) -> PercentMention | None:
    """The percentage told right after an owner: "jointly owned by A (60%) and B (40%)", "Y's
    largest shareholder is X with 23%"."""
    i = chunk_index(chunks, owner)
    m = _STAKE_BESIDE.match(s, i + 1) if i is not None else None
    if m is None:
        return None
    pct = chunks[m.start(1) if m.start(1) >= 0 else m.start(2)].head[0].mention
    return pct if isinstance(pct, PercentMention) else None


def stake_through(chunks: Sequence[Chunk], s: str, asset: Chunk | None) -> PercentMention | None:
    """The stake an owning verb's object is held through: "X controls Y through a 51% stake", "X
    owns 3,120,000 shares of Y (ownership ratio: 24.60%)"."""
    i = chunk_index(chunks, asset)
    m = _STAKE_THROUGH.match(s, i + 1) if i is not None else None
    if m is None:
        return None
    if m.start(2) >= 0:  # "(ownership ratio: 24.60%)"
        pct = chunks[m.start(2)].head[0].mention
    elif chunks[m.start()].text.casefold() in _THROUGH:
        pct = chunks[m.start(1)].stake
    else:
        return None
    return pct if isinstance(pct, PercentMention) else None


def qualified(stake: Chunk | None) -> bool:
    """A stake chunk that tells a holding by its kind: "a controlling stake", "a majority interest"."""
    return stake is not None and any(_QUALIFIED.fullmatch(t.text) for t in stake.tokens)


def sold_units(preds: Iterable[Predication], completed: Callable[[Predication], bool]) -> set[int]:
    """The ids of the chunks a completed sale in the same sentence names (its unit, theme or
    asset): "sold its Pennine unit" ends the holding, "agreed to sell its unit" does not."""
    return {
        id(q.places[k])
        for q in preds
        if _sells(q) and completed(q)
        for k in ("unit", "theme", "asset")
        if k in q.places
    }


# the constructions whose verb lists units ("X's subsidiaries include A, B and C")
_LISTING_VARIANTS = frozenset(
    {"possessive-include", "its-include", "of-include", "colon-list", "has-including"}
)


def more_assets(s: str, i: int, named: bool = False) -> list[int]:
    """The chunk indices of the companies listed after the asset at chunk ``i`` ("owns A, B and
    C", "runs bakery chain A and pet-food maker B"); at most four.  ``named``: capitalized names
    that are no mention count too, with no descriptor before them."""
    more: list[int] = []
    pos = i + 1
    pattern = _NEXT_NAMED_ASSET if named else _NEXT_ASSET
    if named and _NEXT_SEMICOLON_ITEM.match(s, pos) is not None:
        pattern = _NEXT_SEMICOLON_ITEM
    while len(more) < 4:
        m = pattern.match(s, pos)
        if m is None:
            break
        more.append(m.end() - 1)
        pos = m.end()
    return more


def more_owned(found: list[AnyFact], p: Predication, chunks: Sequence[Chunk], s: str) -> list[AnyFact]:
    """One more fact per company listed after an owning verb's object ("X owns A, B and C")."""
    if p.predicate == "belong":
        return []  # ("Y belongs to A and B": one asset, its owners joint; no list of assets)
    theme = p.places.get("theme" if p.frame == "TRANS" else "asset")
    if p.frame == "TRANS" and p.variant == "passive" and "agent" in p.places:
        more = _more_owners(found, p.places["agent"], chunks, s)  # "Y is jointly owned by A and B"
        if len(found) == 1 and _plural_copula(chunks, p):  # "A and B are owned by X": A too
            more += _listed_before(found[0], p, chunks, s, "theme")
        return more
    if p.frame == "OWNED" and p.variant == "owned-by" and len(found) == 1 and _plural_copula(chunks, p):
        return _listed_before(found[0], p, chunks, s)  # "A and B are majority-owned by X"
    if p.frame == "OWNED" and p.variant in ("stake-owned-by", "owned-as-to") and "owner" in p.places:
        # "Y is 51% owned by A and 49% by B" (not "Y, 70% owned by A, and B signed": a stake each)
        return _more_owners(found, p.places["owner"], chunks, s, gapped_only=True)
    if p.frame == "INV" and p.variant == "possessive" and "owner" in p.places:
        return _more_owners(found, p.places["owner"], chunks, s)  # "Y's shareholders include A and B"
    # ("X is the parent company for A, B and C": an owner's relational noun before a list)
    listed = p.frame == "TRANS" or p.variant in ("enumerated", "has") or p.frame == "INV"
    # "X's subsidiaries include A, B and C": the verb lists units, names no extractor knew included
    including = p.variant in _LISTING_VARIANTS
    cue = p.places.get("cue")
    if cue is not None and cue.text.casefold() in ("is", "was"):
        return []  # "Our principal subsidiary is Y, a savings bank": one unit
    # "its wholly owned subsidiaries, A and B": a plural unit noun names several
    rel = p.places.get("rel")
    head = rel.tokens[-1].text.casefold() if rel is not None else ""
    plural = head.endswith("ies")
    if (
        p.variant in ("apposition", "its-predicate")
        and head.endswith("s")
        and not head.endswith("ss")
        and len(found) == 1
    ):
        return _listed_before(found[0], p, chunks, s)  # "A, B and C are all subsidiaries of X"
    listed = listed or (p.variant == "its" and plural)
    if "stake" in p.places and p.frame == "TRANS":
        # "X holds 9.9% of A and 15% of B"; "X owns 68% of Y and Z owns 32%"
        return _more_stakes(found, p, chunks, s) + _gapped_owner(found, p, chunks, s)
    if not (listed or including) or len(found) != 1 or theme is None or "stake" in p.places:
        return []
    i = next((k for k in range(p.start, p.end) if chunks[k] is theme), None)
    # ("X owns the brands A, B and C", "X is the parent company of A and B": a relational noun announces
    # the names listed, those no extractor knew too)
    # ("the parent company of the following subsidiaries: A, ...; B, ...": a list after a colon)
    announced = i is not None and (s[i - 1 : i] == "R" or s[max(0, i - 2) : i] in ("Ro", "R:"))
    # ("X owns A, B and C": a closed list of names that opens and ends with a known company; the
    # names between are its items too)
    closed = i is not None and theme.char == "C" and _CLOSED_LIST.match(s, i + 1) is not None
    named = including or announced or closed
    if theme.char != "C" and not (named and theme.char == "N"):
        return []
    first = found[0]
    if not isinstance(first, OwnershipFact) or i is None:
        return []
    out: list[AnyFact] = []
    for k in more_assets(s, i, named=named):
        name, promoted = _party(chunks[k])
        if not name or (promoted and not named) or name in (first.owner, first.asset):
            break
        out.append(attrs.evolve(first, asset=name))
    return out


# the next stake of a list of stakes: ", 15% of B", "and 15% of Cavitalia, the cable maker"
_NEXT_STAKE = regex.compile(r",?c?(%)o(?:d?x{1,3})?(C)")


def _more_stakes(found: list[AnyFact], p: Predication, chunks: Sequence[Chunk], s: str) -> list[AnyFact]:
    """One more fact per stake listed after the first: "X holds 9.9% of A and 15% of B" (at most four)."""
    theme, stake = p.places.get("theme"), p.places.get("stake")
    i = chunk_index(chunks, theme)
    if len(found) != 1 or not isinstance(found[0], OwnershipFact) or stake is None or i is None:
        return []
    if stake.char != "%" and stake.stake is not None:
        # ("a 20% stake in A and B": one stake, read by the construction; "all of the shares in A
        # and 45% of B": two)
        return []
    first = found[0]
    out: list[AnyFact] = []
    pos = i + 1
    while len(out) < 4 and (m := _NEXT_STAKE.match(s, pos)) is not None:
        pct = chunks[m.start(1)].head[0].mention
        name, promoted = _party(chunks[m.start(2)])
        if not isinstance(pct, PercentMention) or not name or promoted or name in (first.owner, first.asset):
            break
        out.append(attrs.evolve(first, asset=name, stake=pct.value))
        pos = m.end()
    return out


# after an owning clause's object: "and Z owns 32%" (the same company's other owner, its object left out)
_GAPPED_OWNER = regex.compile(r"K?,?c(C)(V)(%)(?=[.;,]|$)")


def _gapped_owner(found: list[AnyFact], p: Predication, chunks: Sequence[Chunk], s: str) -> list[AnyFact]:
    """The other owner of a gapped second clause: "X owns 68% of our shares and Z owns 32%"."""
    theme = p.places.get("theme")
    i = chunk_index(chunks, theme)
    if len(found) != 1 or not isinstance(found[0], OwnershipFact) or i is None:
        return []
    m = _GAPPED_OWNER.match(s, i + 1)
    if m is None:
        return []
    verb, pct = chunks[m.start(2)], chunks[m.start(3)].head[0].mention
    name, promoted = _party(chunks[m.start(1)])
    if verb.predicate not in ("own", "hold") or verb.form not in ("base", "3sg"):
        return []
    if verb.modality or verb.negated or not isinstance(pct, PercentMention):
        return []
    if not name or promoted or name in (found[0].owner, found[0].asset):
        return []
    return [attrs.evolve(found[0], owner=name, stake=pct.value)]


def _more_owners(
    found: list[AnyFact], agent: Chunk, chunks: Sequence[Chunk], s: str, gapped_only: bool = False
) -> list[AnyFact]:
    """One more fact per company listed after the first owner: "Y is jointly owned by A and B",
    "Y's shareholders include A (35%) and B (12%)" (at most four); with ``gapped_only`` only
    owners told with their own stake before them ("and 49% by B")."""
    i = chunk_index(chunks, agent)
    if len(found) != 1 or not isinstance(found[0], OwnershipFact) or agent.char != "C" or i is None:
        return []
    out: list[AnyFact] = []
    pos = i + 1
    stake = found[0].stake
    while len(out) < 4:
        gapped = None
        if gapped_only or (m := _NEXT_OWNER.match(s, pos)) is None:
            if stake is None or (m := _NEXT_GAPPED_OWNER.match(s, pos)) is None:
                break
            gapped = chunks[m.start(1)].head[0].mention  # "51% owned by A and 49% by B"
        k = m.start(2 if gapped is not None else 1)
        name, promoted = _party(chunks[k])
        if not name or (promoted and gapped is None) or name in (found[0].owner, found[0].asset):
            break  # (a name no extractor knew only with its own stake and "by": "and 10% by Meridale")
        # "A (60%) and B (40%)": each owner's own stake; with none told, none
        own = gapped
        if own is None and stake is not None:
            own = stake_beside(chunks, s, chunks[k])
        value = own.value if isinstance(own, PercentMention) else None
        out.append(attrs.evolve(found[0], owner=name, stake=value))
        pos = m.end()
    return out


# the next owner of a list after a passive's agent: ", B", "and B", "(60%) and B"
# (", with 35%, and B": each owner's stake after it)
_NEXT_OWNER = regex.compile(r"(?:\(%\)|,w%)?(?:,c|,x{0,3}|cx{0,3})(?=C(?!'|o[^L]|[xv]{0,2}[VZb]))(C)")
# "Y is 51% owned by A and 49% by B": the second owner's stake before its "by" (the verb left out)
# ("owned as to 70% by A and as to 30% by B")
_NEXT_GAPPED_OWNER = regex.compile(r"(?:,c?|c)(?:st)?(%)y([CN])(?!')")


# a party of a list before the one a construction read: ", B" or "A and" (read backwards)
_LISTED_BEFORE = regex.compile(r"(?:[CN],|[CN],?c)\Z")


def _plural_copula(chunks: Sequence[Chunk], p: Predication) -> bool:
    """Whether the predication's clause says "are" or "were" (its subject is plural)."""
    return any(t.text.casefold() in ("are", "were") for c in chunks[p.start : p.end] for t in c.tokens)


def _listed_before(
    first: AnyFact, p: Predication, chunks: Sequence[Chunk], s: str, place: str = "asset"
) -> list[AnyFact]:
    """One more fact per company listed before the asset of a plural relational noun ("A, B and C
    are all subsidiaries of X" names A and B too; "A and B are owned by X"); at most four."""
    i = next((k for k in range(p.start, p.end) if chunks[k] is p.places[place]), None)
    if not isinstance(first, OwnershipFact) or i is None:
        return []
    out: list[AnyFact] = []
    while len(out) < 4 and (m := _LISTED_BEFORE.search(s, max(0, i - 3), i)) is not None:
        i = m.start()
        name, promoted = _party(chunks[i])
        if not name or promoted or name in (first.owner, first.asset):
            break
        out.append(attrs.evolve(first, asset=name))
    return out


def holding_reached(found: Sequence[AnyFact], p: Predication, chunks: Sequence[Chunk]) -> list[AnyFact]:
    """The holding a completed purchase brings its buyer to: "bought an additional 8.2% stake in Y,
    taking its holding to 26.7%" says the buyer now owns 26.7% of Y; "X has amassed a 10.2% stake in
    Y" that X holds 10.2%; "X cut its holding in Y to 8%" that X still holds 8%; "Y has become a unit
    of X" that X owns Y."""
    deal = found[0] if len(found) == 1 else None
    if not isinstance(deal, AcquisitionFact) or deal.status != "completed":
        return []
    if p.predicate == "reduce":
        return _holding_left(deal, p, chunks)
    if not deal.acquirer or not deal.target:
        return []
    if p.frame == "MERGE" and p.variant == "become":
        # "it has become a subsidiary of X": done, so X owns it now ("it" read by the deal's agent)
        return [_holding_after(deal, p, deal.acquirer, None)]
    reached = _raising_to(chunks, p.end) if p.predicate in ("acquire", "take") else None
    stake: Decimal | None
    if reached is not None:
        stake = reached.value
    elif p.predicate == "take":
        stake = deal.stake  # (a stake built, raised or taken: the level the deal tells is the holding now)
    else:
        stake = None
    if stake is None:
        return []
    return [_holding_after(deal, p, deal.acquirer, stake)]


def _holding_left(deal: AcquisitionFact, p: Predication, chunks: Sequence[Chunk]) -> list[AnyFact]:
    """The holding a seller keeps after a cut: "X cut its stake in Y to 8% (from 12%)" (the figure
    after "to", never the one after "from"); none when the cut's size alone is told."""
    held = p.places.get("stake")
    if not deal.seller or not deal.target or held is None or held.char != "K" or held.stake is not None:
        return []
    left = _stake_after(chunks, p.end)
    if left is None:
        return []
    return [_holding_after(deal, p, deal.seller, left.value)]


def _holding_after(deal: AcquisitionFact, p: Predication, owner: str, stake: Decimal | None) -> OwnershipFact:
    """The ownership of ``deal``'s target that ``owner`` holds after it, told by the deal's sentence."""
    return OwnershipFact(
        evidence=deal.evidence,
        confidence=deal.confidence,
        rule=f"{p.predicate}/{p.variant}",
        owner=owner,
        asset=deal.target,
        stake=stake,
    )


def stake_agent(preds: Sequence[Predication], stake: Chunk) -> Chunk | None:
    """The agent of the deal whose object is ``stake`` ("Y had agreed to sell its stake"): whose "its"."""
    return next(
        (q.places["agent"] for q in preds if q.places.get("stake") is stake and "agent" in q.places), None
    )


# the chunks after which a company is the object of a preposition, no subject
_PREPOSITIONS = frozenset("oiytfrawnsp")


def possessive_owner(chunks: Sequence[Chunk], unit: Chunk) -> str | None:
    """The company a possessive ("its") opening ``unit`` refers to: the nearest company before it
    that is no object of a preposition ("X said its Y unit was sold to Z": X), else None.

    >>> from bizfacts.facts.cascade.tokens import tokenize
    >>> from bizfacts.facts.cascade.chunks import chunk
    >>> text = "Acme said its Brightwave unit was sold."
    >>> cs = chunk(tokenize(text, 0, [(0, 4, "C", "Acme")]))
    >>> possessive_owner(cs, cs[2])
    'Acme'
    """
    k = chunk_index(chunks, unit)
    for i in range(k - 1 if k is not None else -1, -1, -1):
        if chunks[i].char == "C" and (i == 0 or chunks[i - 1].char not in _PREPOSITIONS):
            return _party(chunks[i])[0]
    return None
