"""The ownership facts of the clause-level cascade: what an ownership predication (an owning verb,
a relational noun, a holding) tells of an owner, an asset and a stake, or why it tells nothing
(:class:`~.status.NoFact`).  :func:`ownership_facts` is :mod:`.build`'s builder for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex

from ..._company_words import company_words
from ..._fact_types import AnyFact, Evidence, OwnershipFact
from ..._spans import CompanyMention, PercentMention
from ..._suffixes import canonical_name
from .chunks import Chunk, chunk_index, chunk_string
from .clauses import Predication
from .executive import About
from .names import _as_written, _buyer_or_seller, _inner_name, _party, _person, inner_company
from .objects import _share_after
from .ownership import qualified, relative_stake, stake_beside, stake_through
from .predicates import predicates
from .status import NoFact, _status, confidence
from .tenure import FORMERLY

# "X's subsidiaries include A and B", "Its brands are A and B": the verbs that list a company's units
_INCLUDE_VARIANTS = frozenset({"possessive-include", "its-include", "of-include"})
_INCLUDE_WORDS = frozenset(
    {"include", "includes", "included", "are", "were", "is", "comprise", "comprises", "namely"}
)


def is_agency(c: Chunk) -> bool:
    """Whether a company chunk names an organization that is no company (an agency, a university)."""
    m = c.head[-1].mention
    return isinstance(m, CompanyMention) and m.kind == "organization"


def _lists_owned(p: Predication) -> bool:
    """Whether "X <verb> units, including Y" lists X's own units: "has", an owning verb or a verb
    "through" them, then "including" or "such as"."""
    cue, incl, via = p.places["cue"], p.places["incl"], p.places.get("via")
    # ("X operates through subsidiaries including A": the units it works through)
    through = via is not None and cue.char == "V" and via.text.casefold() == "through"
    owning = cue.char == "h" or cue.predicate == "own" or through
    return owning and incl.tokens[0].text.casefold() in ("including", "such", "namely")


class EndedRelation(NoFact):
    """An ownership the text says has ended ("Y, previously a unit of X"): no fact, though X may
    be the seller of a deal on Y the same sentence tells."""

    def __init__(self, owner: str, asset: str) -> None:
        super().__init__("not owned now (negated, planned or past)")
        self.owner, self.asset = owner, asset


def _ended_relation(p: Predication, chunks: Sequence[Chunk], text: str) -> bool:
    """Whether a relational noun's clause tells a relation that ended, or one a merger will make:
    "Y was a subsidiary of X until 2015", "Y, formerly a unit of X," (an adverb of the past before
    the noun), "with Y surviving as a subsidiary of X"."""
    rel = p.places.get("rel")
    if rel is None:
        return False
    after = chunks[p.end] if p.end < len(chunks) else None
    if after is not None and after.tokens[0].text.casefold() == "until":
        return True
    lo = chunks[p.start].start
    if lo < rel.start and "surviving" in text[lo : rel.start]:
        return True  # "with the Company surviving as a subsidiary of Y": after a merger, not now
    return lo < rel.start and FORMERLY.search(text, lo, rel.start) is not None


# verbs of "own" that say a person heads the company ("Lena Voss runs Harkin Logistics")
_RUN_VERBS = frozenset({"run", "runs", "ran", "running", "operate", "operates", "operated", "operating"})
# relational nouns too common to promote a name ("recognise West Berlin as part of the EC")
_WEAK_RELATIONS = frozenset({"part"})


def _stake_with(chunks: Sequence[Chunk], end: int) -> Decimal | None:
    """The percentage of "with a 14% stake" right after an owner's relational noun (a comma between)."""
    i = end + 1 if end < len(chunks) and chunks[end].char == "," else end
    if i + 1 < len(chunks) and chunks[i].char == "w" and chunks[i + 1].char in "K%":
        # ("X is the largest shareholder in Y, with 34%": the bare percentage)
        pct = chunks[i + 1].stake if chunks[i + 1].char == "K" else chunks[i + 1].head[0].mention
        return pct.value if isinstance(pct, PercentMention) else None
    return None


# INV constructions whose possessor is unsaid: the company the text is about
_TOPIC_ASSET_VARIANTS = frozenset({"the-copula", "regarded-as"})
_REGARDING = frozenset({"regard", "regards", "regarded", "consider", "considers", "considered"})


def _topic_asset(p: Predication, text: str, about: About | None) -> str | None:
    """The asset of "The ultimate parent undertaking is X" and "The directors regard X as the
    ultimate parent": the company the text is about ("The" opens the noun group; a verb of regarding
    before X)."""
    rel, owner = p.places["rel"], p.places["owner"]
    if p.variant == "the-copula":
        if not text.startswith(("The ", "the "), rel.start):
            raise NoFact("'<noun> is X' names whose only after 'The' (else a possessive)")
    else:
        # (the words before the name are the chunk's: "The directors regard X")
        at = next((i for i, t in enumerate(owner.tokens) if t.tag == "C"), 0)
        verb = owner.tokens[at - 1].text.casefold() if at else ""
        if verb not in _REGARDING:
            raise NoFact("'X as the parent' names a relation only after a verb of regarding")
    return about.topic if about is not None else None


# what may stand between a clause's subject and a bare "parent company Y" of its predicate (no
# other party, no comma or clause of its own)
_TO_BARE_PARENT = regex.compile(r"[^CNPeWSF',;:.()]{1,10}")


def _subjects_parent(p: Predication, subject: Chunk | None, chunks: Sequence[Chunk]) -> bool:
    """Whether the owner of "parent company Y" with no article or possessive ("X hopes to free up
    cash for parent company Y") is the parent of the clause's subject: a company named before it
    in the same clause, with no other party between ("X bought Z from parent company Y": Z's)."""
    rel = p.places["rel"]
    if subject is None or subject.char != "C" or rel.text.split()[0].casefold() != "parent":
        return False
    i, k = chunk_index(chunks, subject), chunk_index(chunks, rel)
    if i is None or k is None or k <= i + 1:
        return False
    return _TO_BARE_PARENT.fullmatch(chunk_string(chunks), i + 1, k) is not None


def _one_joined_name(asset_c: Chunk, rel: Chunk, chunks: Sequence[Chunk], text: str) -> str | None:
    """ "Y Refining and Marketing, an operating subsidiary of X": a name joined by "and" to a word no
    name is alone ("Marketing", "Exploration") before a singular relational noun is one company's
    name (as written); None otherwise."""
    k = chunk_index(chunks, asset_c)
    head = rel.head[-1].text.casefold() if rel.head else ""
    if k is None or k < 2 or head.endswith("s") or chunks[k - 1].text not in ("and", "&"):
        return None
    first = chunks[k - 2]
    if first.char != "C" or k + 1 >= len(chunks) or chunks[k + 1].char != ",":
        return None
    words = company_words()
    alone = asset_c.text.strip()
    if alone not in words.head and alone not in words.department and alone not in words.generic:
        return None  # ("A and B, a unit of X": B a name of its own, not a word no name is alone)
    return canonical_name(text[first.start : asset_c.end]) or None


def _seat_of_named(c: Chunk | None, chunks: Sequence[Chunk]) -> Chunk | None:
    """The company before "in" when ``c`` is a word only the relational noun's cue made a company
    right after it ("she manages X Holding in Tielt, a unit of Y": Tielt is X's town), else ``c``."""
    i = chunk_index(chunks, c)
    if c is None or i is None or i < 2 or chunks[i - 1].text != "in" or chunks[i - 2].char != "C":
        return c
    m = c.head[-1].mention if c.char == "C" and c.head else None
    cued = isinstance(m, CompanyMention) and m.rule.startswith("cue") and " " not in m.text.strip()
    return chunks[i - 2] if cued else c


def _name_before(c: Chunk | None, chunks: Sequence[Chunk]) -> str | None:
    """The company mention written right before the capitalized words ``c`` that no extractor named,
    one space between ("Valmer" of "Valmer Chemicals Europe"): the first words of the same name."""
    i = chunk_index(chunks, c)
    before = chunks[i - 1] if c is not None and i is not None and i > 0 else None
    if c is None or before is None or before.char != "C" or before.end + 1 != c.start:
        return None
    return _as_written(before)


def _name_goes_on(name: str, c: Chunk | None, chunks: Sequence[Chunk]) -> str | None:
    """``name`` with the capitalized words right after the chunk ``c`` that no extractor named
    ("A regional subsidiary of Penwick Foods, Penwick Foods Southwest serves ...": the unit's name goes on
    past its owner's), or None when none follow."""
    i = chunk_index(chunks, c)
    after = chunks[i + 1] if i is not None and i + 1 < len(chunks) else None
    if c is None or after is None or after.char != "N" or after.start != c.end + 1:
        return None
    return f"{name} {after.text}"


def _family_after(chunks: Sequence[Chunk], c: Chunk) -> bool:
    """Whether a person's name is a family's: "the Brandt family" (the next chunk opens with
    "family")."""
    i = chunk_index(chunks, c)
    return i is not None and i + 1 < len(chunks) and chunks[i + 1].text.casefold().startswith("family")


def _family_vehicle(chunks: Sequence[Chunk], c: Chunk) -> Chunk | None:
    """The company a family holds through, right after "the X family through (the holding
    company)": the direct owner."""
    i = chunk_index(chunks, c)
    if i is None or i + 2 >= len(chunks):
        return None
    k = i + 2
    if chunks[k].char == "," and k + 1 < len(chunks):
        k += 1
    if chunks[k].char != "p" or chunks[k].text.casefold() != "through":
        return None
    for j in range(k + 1, min(k + 5, len(chunks))):
        if chunks[j].char == "C":
            return chunks[j] if all(x.char in "djxR" for x in chunks[k + 1 : j]) else None
    return None


def _dated_holding(chunks: Sequence[Chunk], p: Predication) -> bool:
    """Whether the clause opens with the day its holding is told at: "As at 31 March 2025, X held
    27.3% of Y", "As of December 31, 2024, X held ..." (a report's holding on that day)."""
    if p.start < 4 or len(chunks) < 4:
        return False
    words = [c.text.casefold() for c in chunks[:2]]
    return words[0] == "as" and words[1] in ("at", "of") and chunks[2].char == "D" and chunks[3].char == ","


def _after_placed_participle(chunks: Sequence[Chunk], c: Chunk) -> bool:
    """Whether chunk ``c`` follows a participle and "in" ("published in", "based in", "located in")."""
    k = chunk_index(chunks, c)
    if k is None or k < 2 or chunks[k - 1].char != "i":
        return False
    before = chunks[k - 2]
    return before.char in "xH" and before.head[-1].text.casefold().endswith("ed")


# the constructions whose owner may be a person wherever it stands: the agent of a passive
_PERSON_OWNER_VARIANTS = frozenset({"passive", "reduced-relative", "described-by"})


def ownership_facts(
    p: Predication,
    ev: Evidence,
    subject: Chunk | None,
    text: str,
    clause_start: int,
    chunks: Sequence[Chunk] = (),
    about: About | None = None,
) -> list[AnyFact]:
    promoted = 0
    worth = p.places.get("worth") if p.variant == "possessive-stake" else None
    if worth is not None and worth.predicate != "worth":
        raise NoFact("not owned now (negated, planned or past)")  # "X's 10% stake in Y was sold to Z"
    if p.variant in ("apposition-possessive", "possessive-predicate") and (
        is_agency(p.places["owner"]) or is_agency(p.places["asset"])
    ):
        raise NoFact("a body's arm ('the GAO, Congress' investigative arm'), no company's unit")
    if p.frame == "TRANS":
        if _status(text, clause_start, p) != "completed" and p.places["verb"].form not in ("base", "3sg"):
            raise NoFact("not owned now (negated, planned or past)")
        if (
            "STAKE" in predicates()[p.predicate].frames
            and p.places["verb"].form in ("past", "part")
            and not _dated_holding(chunks, p)
        ):
            raise NoFact("not owned now (negated, planned or past)")  # "held a stake until 2019"
        verb = p.places["verb"]
        if verb.voice == "passive" and any(t.text.casefold() in ("was", "were") for t in verb.tokens):
            raise NoFact("not owned now (negated, planned or past)")  # "it was owned by X until 1978"
        if any(t.text.casefold() == "had" for t in verb.tokens):
            raise NoFact("not owned now (negated, planned or past)")  # "Z had owned Y since 2018"
        owner_c, asset_c = p.places.get("agent"), p.places.get("theme")
        if (
            owner_c is not None
            and owner_c.char in "PN"
            and verb.head[-1].text.casefold() in _RUN_VERBS
            and (_person(owner_c) is not None or (owner_c.char == "N" and len(owner_c.head) == 1))
        ):
            # ("Okonkwo, 58, previously ran the European arm of X": a surname alone runs as a person does)
            raise NoFact("a person who runs a company heads it, and may own none of it")
        if predicates()[p.predicate].roles.get("agent") == "asset":
            if verb.form == "past":
                raise NoFact("not owned now (negated, planned or past)")  # "Y belonged to X until 2019"
            owner_c, asset_c = asset_c, owner_c  # "Y belongs to X": the owner is the object
    elif p.frame == "HAS":
        owner_c, asset_c = p.places.get("agent"), p.places.get("theme")
    else:
        owner_c, asset_c = p.places.get("owner"), p.places.get("asset")
    if owner_c is None and p.variant.startswith("its"):
        owner_c = subject
    if p.variant in _INCLUDE_VARIANTS and (
        p.places["cue"].text.casefold() not in _INCLUDE_WORDS
        or (text[: p.places["cue"].start].rstrip().endswith(",") and p.places["cue"].text != "namely")
    ):
        raise NoFact("'X's units <verb> Y' names units only with 'include', 'is', 'are' or 'comprise'")
    if p.variant == "has-including" and not _lists_owned(p):
        raise NoFact("'X <verb> units, including Y' names units only after 'has' or an owning verb")
    if p.variant == "has-called" and p.places["cue"].text.casefold() not in ("called", "named"):
        raise NoFact("'X has a unit ... <word> Y' names the unit only with 'called' or 'named'")
    if asset_c is not None and asset_c.char == "N" and _after_placed_participle(chunks, asset_c):
        raise NoFact("an unknown name after 'published (based) in' is a place")
    if p.variant == "its-predicate" and owner_c is asset_c:
        owner_c = None  # "Y is its subsidiary": not Y's own (the text's company, below)
    # (a person owns as a company does: "X, which is controlled by financier P", "P owns 13% of X"; not
    # a person inside a relative clause before the verb: "X, which pools the shares of P, owns 70%")
    opening = next((k for k, c in enumerate(chunks[:3]) if c is owner_c), None)  # ("Financier P holds")
    person_owner = p.variant in _PERSON_OWNER_VARIANTS or (
        opening is not None and all(c.char in "Nx" and c.text[:1].isupper() for c in chunks[:opening])
    )
    owner, o_promoted = _buyer_or_seller(owner_c) if person_owner else _party(owner_c)
    if owner and owner_c is not None and owner_c.char in "PN" and _family_after(chunks, owner_c):
        vehicle = _family_vehicle(chunks, owner_c)
        if vehicle is not None:
            # "controlled by the Mehta family through the holding company Y": Y holds the shares
            owner, o_promoted = _party(vehicle)
        elif owner_c.char == "P":
            owner = f"{owner_c.text} family"  # "controlled by the Mehta family": no one person of it
        else:
            # (a surname no list knew: a family is no company, and most golds record its vehicle only)
            raise NoFact("a family of a surname no list knew, with no holding company named")
    rel = p.places.get("rel")
    if p.variant == "its-predicate" and owner_c is None and about is not None:
        owner = about.topic
    asset: str | None
    if p.variant in ("apposition-inner", "premodifier-inner") and rel is not None:
        # "Y, a Velmora subsidiary,": the company named inside the noun group owns Y
        owner, o_promoted = inner_company(rel), False
    if not owner and rel is not None and rel.possessive == "our" and about is not None:
        owner = about.topic  # "through our subsidiaries, A and B": the filer's

    if p.variant == "premodifier" and rel is not None:
        # "Facebook owner Meta": the company named inside the noun group ("U.S. parent Y": a place, none)
        asset, a_promoted = inner_company(rel), False
        if asset is None and _subjects_parent(p, subject, chunks):
            asset, a_promoted = _party(subject)  # "X hopes to free up cash for parent company Y": X's parent
    elif asset_c is None and rel is not None and rel.inner:
        asset = _inner_name(rel)
        a_promoted = False
    elif p.variant in _TOPIC_ASSET_VARIANTS:
        asset, a_promoted = _topic_asset(p, text, about), False
    else:
        asset_c = _seat_of_named(asset_c, chunks) if p.variant == "apposition" else asset_c
        asset, a_promoted = _party(asset_c)
        if p.variant == "apposition" and asset_c is not None and rel is not None:
            asset = _one_joined_name(asset_c, rel, chunks, text) or asset
        if a_promoted and asset and (before := _name_before(asset_c, chunks)) is not None:
            asset = canonical_name(f"{before} {asset}") or asset  # "Valmer Chemicals Europe is a unit of X"
    if asset_c is not None and asset_c.char in "PN" and _family_after(chunks, asset_c):
        raise NoFact("'the holding company of the Garza family': a family is owned by no company")
    promoted = o_promoted + a_promoted
    if promoted and rel is not None and rel.head and rel.head[-1].text.casefold() in _WEAK_RELATIONS:
        raise NoFact("'part of' relates only names the extractors took for companies")
    # "Y is ... X is the company's largest shareholder": a reference ("the company") the sentence's own
    # subject resolved is Y, the company the text is about
    referred = p.frame in ("REL", "INV") and asset_c is not None and asset_c.text[:1].islower()
    if owner and owner == asset and referred and about is not None and about.topic not in (None, owner):
        asset = about.topic
    owner_referred = owner_c is not None and owner_c.char == "C" and owner_c.text[:1].islower()
    if owner and owner == asset and owner_referred:
        # "X completed its purchase of Y, which became a unit of the company": the reference is not
        # the relative clause's own antecedent, but the sentence's subject (or the text's topic)
        other = _party(subject)[0] if subject is not None and subject.char == "C" else None
        if other in (None, asset) and about is not None:
            other = about.topic
        if other:
            owner = other
    if owner and owner == asset:
        k = chunk_index(chunks, asset_c) if asset_c is not None else None
        if k is not None and k + 1 < len(chunks) and chunks[k + 1].text == "group":
            # "X plc is the holding company of the X group of companies": the company and its own group
            raise NoFact("owner or asset not named (a name was not promoted)")
        # "Eisai Inc. is a subsidiary of Eisai Co., Ltd.": one construction names two companies, which
        # the company linker took for one; they are told apart as written
        owner, asset = _as_written(owner_c), _as_written(asset_c)
        if owner is not None and owner == asset:
            asset = _name_goes_on(asset, asset_c, chunks)  # "a unit of X, X Southwest serves ..."
    if not owner or not asset or owner == asset:
        raise NoFact("owner or asset not named (a name was not promoted)")
    if p.frame in ("REL", "INV") and _ended_relation(p, chunks, text):
        # "Y was a unit of X until 2015": no owner now, but the seller of a deal on Y
        raise EndedRelation(owner, asset)
    stake_chunk = p.places.get("stake")
    stake = None
    if p.variant == "possessive-stake" and "pct" in p.places:
        stake_chunk = p.places["pct"]  # "X's 35% stake in Y rose to 40%": the stake now
    if stake_chunk is not None:
        pct = stake_chunk.stake if stake_chunk.char == "K" else stake_chunk.head[0].mention
        stake = pct.value if isinstance(pct, PercentMention) else None
        pct_c = p.places.get("pct")  # "owned 4,210,000 shares, or 9.2%, of the stock of Y"
        pct_m = pct_c.tokens[0].mention if pct_c is not None else None
        if stake is None and isinstance(pct_m, PercentMention):
            stake = pct_m.value
        if stake is None and stake_chunk.char == "K":
            share = _share_after(chunks, p.end)  # "holds 1,147,500 shares of Y, or 8.1 pct"
            stake = share.value if share is not None else None
    if stake is None and (p.frame in ("REL", "INV", "OWNED") or p.variant == "passive"):
        # ("Y is owned by X, which holds 75% of its shares": the owner's relative clause)
        held = relative_stake(chunks, chunk_string(chunks), owner_c)
        if held is None and p.variant == "premodifier":  # "Our largest shareholder, X, owns 22% of"
            held = relative_stake(chunks, chunk_string(chunks), owner_c, subject=True)
        stake = held.value if held is not None else None
    if stake is None and p.frame == "INV" and rel is not None:
        stake = _stake_with(chunks, p.end)  # "Y's largest shareholder with a 14% stake"
    if stake is None and (p.frame != "TRANS" or p.variant == "passive") and owner_c is not None:
        # "jointly owned by A (60%) and B", "Y's largest shareholder is X with 23%"
        beside = stake_beside(chunks, chunk_string(chunks), owner_c)
        stake = beside.value if beside is not None else None
    if stake is None and p.frame == "TRANS" and p.variant != "passive":
        through = stake_through(chunks, chunk_string(chunks), asset_c)  # "controls Y through a 51% stake"
        stake = through.value if through is not None else None
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


# a company's possessive before a lowercase noun after a title's company: the office is a department's
# ("director of X's institutional strategy committee", "head of X and Co's research")
