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

from collections.abc import Callable, Sequence
from typing import Any

import attrs
import regex

from ..._company_words import company_words
from ..._fact_types import (
    AcquisitionFact,
    AnyFact,
    Evidence,
    ExecutiveFact,
    ExecutiveStatus,
    HeadquartersFact,
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
from ...people import COMMA_SUFFIX, is_honorific
from . import listing, valuation
from .acquisition import acquisition_facts, sellers_from_owners
from .chunks import Chunk, chunk, chunk_chars, chunk_index, chunk_string
from .clauses import (
    Predication,
    chunk_string_for_others,
    investor_noun_in,
    matching,
    open_verb_in,
    predications,
    servable,
    served_frames,
)
from .executive import LESS_SURE, About, office
from .grammar import variants
from .headline import headline_line
from .headquarters import PLACE_ADJECTIVE, headquarters_facts, parted_towns
from .investment import investment_facts
from .names import (
    _extra_mentions,
    _first_place_kind,
    _inside_phrase,
    _is_company,
    _names_a_business,
    _party,
    _person,
    _suffix_end,
    _title,
)
from .office_lists import more_executives
from .owned import EndedRelation, is_agency, ownership_facts
from .ownership import (
    holding_reached,
    more_owned,
    sold_units,
    stake_agent,
)
from .partnership import partnership_facts
from .predicates import predicates
from .status import NoFact, PriceOnly, _negated_between, _status, confidence
from .targets import listed_date, more_targets, more_units
from .tenure import AND_FORMER, former_office
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
_DATELINE_CHUNKS = regex.compile(r"(?:[NL][,.]{0,2}){1,4}D?-")
# a clause that opens an example in brackets: "(for example, X is headquartered in Halifax, ...)"
_EXAMPLE_OPEN = regex.compile(r"(?i)\((?:for[ \t]+(?:example|instance)|e\.g\.)[ \t]*,?[ \t]*\Z")
# a person read only from a reporting cue or a surname ("Pellucid Bio said"): the construction decides
_WEAK_PERSON = frozenset({"cue", "surname"})


def _weak_person(m: PersonMention) -> bool:
    """A person read only from a cue or a surname, unless a lowercase particle ("Pieter van der
    Merwe") would split the capitalized words the constructions read in its place."""
    return m.rule in _WEAK_PERSON and not any(w[:1].islower() for w in m.text.split()[1:-1])


# a sale that ends a holding: a verb's completed sale; a noun's, unless planned ("the proposed sale")
_DONE = ({"completed"}, {"completed", "announced"})
# after an opening "Our": a noun group of one to four words and a copula
_OUR_COPULA = regex.compile(r"(?:[ \t]+[\w-]+){1,4}?[ \t]+(?:is|are|was|were)\b")
# a company's own body before "of X": "The Management Board of X", "the board of directors of X"
_BODY_OF = regex.compile(r"\b(?:Board|Committee|Council)(?: of Directors)?\Z")
# a prepositional phrase set off by commas between a control word ("G") and its "to" + verb
_MEETING_ASIDE = regex.compile(r"(?<=G)a[dj]?x[VHx]?[nD]{0,2}(?=tV)")
_TITLE_GLOSS = regex.compile(r"(?<=T)\(T\)|(?<=Q)\(Q\)")
_INTERPOSED = regex.compile(r"(?<=G),[wpniaoy][^,;.:VGZ\"]{1,12},(?=tV)")
# a term's definition in a filing: '(the "Company")', '("Talmage")'
_DEFINITION = regex.compile(
    r"[ \t]*\([ \t]*(?:the[ \t]+)?[\"“][^\"“”()]{1,40}[\"”]"
    # more terms: '(the "Company," "we," "us" or "our")'
    r"(?:[ \t]*,?[ \t]*(?:(?:or|and)[ \t]+)?(?:the[ \t]+)?[\"“][^\"“”()]{1,40}[\"”]){0,5}[ \t]*\)"
)
# the words after a capitalized word that make it a descriptor of the company after them
_DESCRIBES_NEXT = regex.compile(r"x{1,2}C")


_DEPARTMENT_OF = regex.compile(r"(?:[ \t]+(?:and|&)[ \t]+Co\.?)?(?:'s|’s)[ \t]+\p{Ll}")


def _full_name(c: Chunk) -> str:
    """The full name of the person a chunk names, as the people extractor linked it (else as written)."""
    mention = c.head[-1].mention if c.head else None
    return mention.name if isinstance(mention, PersonMention) else " ".join(t.text for t in c.head)


# a clause's subject that "is" or "serves as" a title is a person, even named by one word ("P founded
# X, where he served as T": the pronoun's antecedent)
_SUBJECT_ALONE = frozenset({"copula", "copula-second", "apposition", "where-served", "join-as", "appointed"})


def _executive(p: Predication, ev: Evidence, about: About | None, text: str) -> list[AnyFact]:
    person = _person(p.places["person"], surname_alone=p.variant in _SUBJECT_ALONE)
    if person and (suffix := COMMA_SUFFIX.match(text, p.places["person"].end)) is not None:
        person = f"{person} {suffix.group()[1:].strip()}"  # "Cora Abner, Jr.," read as capitalized words
    company_c = p.places.get("company")
    company, promoted = _party(company_c)
    one_title = _title(p.places["title"]) if "title" in p.places else None  # (a founding verb: office())
    title, company = office(p, one_title, company, about, ev)  # cascade/executive.py
    if not person or not title or not company or person == company:
        raise NoFact("person, title or company missing (a name was not promoted)")
    if (
        one_title == "head"
        and company_c is not None
        and isinstance(company_c.head[-1].mention, str)
        and not company_c.text[:1].isupper()  # (a name promoted earlier is no reference)
    ):
        # "P, head of the U.S. card products group": a department's head, not the company's
        raise NoFact("a title at an organization that is not a company")
    if promoted and company.split()[-1] in company_words().org_head:
        # "P, now the director of the Institute for International Economics": an organization's word
        # ("director of the Calloway Institute for Aging": a name no extractor knew, ending in one)
        raise NoFact("a title at an organization that is not a company")
    if company_c is not None and one_title != "CEO" and not _is_company(company_c):
        # "Treasury Secretary James Baker", "Bundesbank President P": an office, not a company's officer
        raise NoFact("a title at an organization that is not a company")
    if (
        company_c is None
        and p.variant == "title-first"
        and one_title == "President"
        and " " not in _full_name(p.places["person"])
    ):
        # "President Reagan said today": a head of state named by his surname, no company's president
        # (a surname the text gave in full before is a person it introduced: "President Meinert")
        raise NoFact("a head of state ('President Reagan said'), no company's officer")
    if promoted and p.variant == "premodifier":
        raise NoFact("an unknown name before a title ('Energy Secretary P') is too weak to promote")
    title_c = p.places.get("title")
    if (
        company_c is not None
        and title_c is not None
        and title_c.end <= company_c.start
        and _DEPARTMENT_OF.match(text, company_c.end)
    ):
        raise NoFact("a title of a department ('director of X's strategy committee')")
    fact = ExecutiveFact(
        evidence=ev,
        # an office a verb tells ("founded by P") yields to a title the text states for P
        confidence=round(confidence(promoted) - (0.15 if p.variant in LESS_SURE and not one_title else 0), 2),
        rule=f"executive/{p.variant}",
        person=person,
        title=title,
        company=company,
        status="former" if former_office(p, ev, text) else "current",
    )
    if fact.status == "former" and (pair := AND_FORMER.fullmatch(title)) is not None:
        # "P is the founder and former CEO of X": the first office held, the second one ended
        held: ExecutiveStatus = "former" if former_office(p, ev, text, title_words=False) else "current"
        return [attrs.evolve(fact, title=pair["held"], status=held), attrs.evolve(fact, title=pair["ended"])]
    return [fact]


def sentence_facts(
    text: str,
    start: int,
    end: int | None,
    mentions: Sequence[Any],
    anaphors: Sequence[tuple[int, int, str]],
    kinds: frozenset[str] = frozenset({"title", "place", "other"}),
    trace: SentenceTrace | None = None,
    names: Sequence[Any] | None = None,
    about: About | Callable[[], About] | None = None,
    exchange_words: bool = True,
) -> list[AnyFact]:
    """The facts the clause-level cascade reads in ``text[start:end]``.

    ``mentions`` are the extractor mentions inside the sentence (sorted, non-overlapping);
    ``anaphors`` are (start, end, company name) for the references already resolved
    ("the company", "it"); ``about`` the companies the sentence is about (a title told alone), or
    what makes them when first needed;
    ``exchange_words`` False when the caller knows the sentence holds no exchange name or gate
    word (:func:`~.listing.holding_an_exchange_word`).
    """
    stop = len(text) if end is None else end
    items: list[tuple[int, int, str, Any]] = []
    for m in mentions:
        tag = _KIND_TAG.get(type(m))
        if tag:
            items.append((m.start, _suffix_end(text, m.end, stop) if tag == "C" else m.end, tag, m))
    for m in names or ():
        cue = PLACE_ADJECTIVE.match(text, m.end) if isinstance(m, PlaceMention) else None
        if cue is not None:
            items.append((m.start, cue.end(), "B", None))  # "the Memphis-based X": one adjective
        elif not (isinstance(m, PersonMention) and (_names_a_business(m.text) or _weak_person(m))):
            items.append((m.start, m.end, _KIND_TAG[type(m)], m))
    for s, e, name in anaphors:
        if not _inside_phrase(text, max(start, s - 30), s, e):
            items.append((s, e, "C", name))
            # "Its parent is Y", "Our largest shareholder is Y": a possessive (not "Our largest shareholder,
            # Y, owns 22% of our shares", where the verb is Y's)
            if text.startswith("Its", s) or (text.startswith("Our", s) and _OUR_COPULA.match(text, e)):
                items.append((e, e + 1, "'", None))
    items.sort(key=lambda it: (it[0], -it[1]))
    # titles always; people and places only when no extractor gave them (a caller of this function
    # alone, or a sentence whose place the gate saw only beside a company: "X, a Dallas firm")
    looked_for = kinds
    if names is not None:
        looked_for = kinds & {"title"}
        if "place" in kinds and not any(isinstance(m, PlaceMention) for m in names):
            looked_for = looked_for | {"place"}
    sentence = text[start:stop]
    # (else there is nothing to look for: no title, no place, no possessive that may be a place's)
    if "title" in looked_for or "place" in looked_for or "'" in sentence or "’" in sentence:
        taken = [(s, e) for s, e, _t, _m in items]
        items.extend(_extra_mentions(text, start, stop, taken, looked_for, names is None))
    # "Nasdaq-listed", "on the NYSE": X, E
    items = listing.with_exchanges(text, start, stop, items, words=exchange_words)
    if '("' in sentence or "(“" in sentence or "(the" in sentence:
        # 'X Inc. (the "Company")', 'Y, LLC ("Talmage")': a term's definition says nothing more
        items.extend((m.start(), m.end(), "", None) for m in _DEFINITION.finditer(text, start, stop))
    items.sort(key=lambda it: (it[0], -it[1]))
    clean: list[tuple[int, int, str, Any]] = []
    last = start
    for it in items:
        if it[0] >= last:
            clean.append(it)
            last = it[1]
    line = headline_line(text, start, stop)
    if line is None:
        tokens = tokenize(text, start, clean, stop)
    else:  # a headline: its words read from the rewritten line, offsets kept in the text's
        tokens = tokenize(line, 0, [(s - start, e - start, tag, m) for s, e, tag, m in clean], len(line))
        for tok in tokens:
            tok.start += start
            tok.end += start
    among = None
    tags = "".join([t.tag for t in tokens])
    # "it and VMS Realty Partners of Chicago have agreed to buy Y": the firm's town read apart
    tokens, tags, towns = parted_towns(tokens, tags, text, start, stop)
    if "Ga" in tags and (meeting := _MEETING_ASIDE.search(tags)) is not None and any(
        t.text.casefold() == "meeting" for t in tokens[meeting.start() : meeting.end()]
    ):
        # "its Board of Directors resolved at a meeting held today to acquire Y": the meeting is aside
        tokens = tokens[: meeting.start()] + tokens[meeting.end() :]
        tags = tags[: meeting.start()] + tags[meeting.end() :]
    if "G," in tags and (aside := _INTERPOSED.search(tags)) is not None:
        # "X today resolved, with the consent of the Supervisory Board, to sell Y": the phrase set off
        # between a control word and its infinitive is read as if absent
        tokens = tokens[: aside.start()] + tokens[aside.end() :]
        tags = tags[: aside.start()] + tags[aside.end() :]
    # (a verb of a SYM or FUND predicate is a "V" token: with no "V", open_verb_in() is False)
    # (an investor's noun is an "R" token the other constructions read as "x": chunks are built)
    if "T(T)" in tags or "Q(Q)" in tags:
        # "the company's managing director (consejero delegado) is P": a title's gloss in its own
        # language (or in English after a foreign one) is read as if absent; so is a location
        # noun's ("whose siège social (registered office) is at ...")
        while (gloss := _TITLE_GLOSS.search(tags)) is not None:
            tokens = tokens[: gloss.start()] + tokens[gloss.end() :]
            tags = tags[: gloss.start()] + tags[gloss.end() :]
    if "NP" in tags:
        # "named Sir Graham Pell as chairman", "The chairman is Mr. Ian Bell": an honorific the people
        # reader left outside the name is read as if absent
        kept = [
            k
            for k in range(len(tokens))
            if not (tags[k] == "N" and tags[k + 1 : k + 2] == "P" and is_honorific(tokens[k].text))
        ]
        if len(kept) < len(tokens):
            tokens = [tokens[k] for k in kept]
            tags = "".join([t.tag for t in tokens])
    open_words = ("V" in tags and open_verb_in(tokens)) or ("R" in tags and investor_noun_in(tokens))
    if trace is None and not open_words:
        # most sentences the gate lets through hold no construction: tell before building chunks
        # (a "-based" location may stand only in a chunk holding a "B" token)
        # (no :func:`may_hold_construction` first: the chunk string holds no character the tags do
        # not, so ``matching`` tries no construction that test would have let through, and it lets
        # through nearly every sentence)
        pre, frames = chunk_chars(tags), served_frames(tokens)
        among = matching(pre, "B" in tags, frames)
        if ",C," in pre:
            # ("X, the software maker, was founded by P": chunk() makes a reference set off as its
            # company's apposition an "x"; the constructions that reading matches are tried too)
            also = set(matching(pre.replace(",C,", ",x,"), "B" in tags, frames)) - set(among)
            among = tuple(v for v in variants() if v in also or v in among) if also else among
        if among:
            among = servable(among, tags)  # (the groups their triggers need)
        if not among:
            return towns
    chunks = chunk(tokens)
    preds = predications(chunks, among)
    if trace is not None:
        trace.tokens, trace.chunks = tokens, chunks
    if not preds:
        return towns
    if callable(about):
        about = about()
    ev = Evidence(start, stop, sentence)
    dates = [m for m in mentions if isinstance(m, DateMention)]
    # parties that can be a clause's subject: not the object of a preposition
    # (a dateline "MISSISSAUGA, Ont., June 18 -" names no party)
    chars = chunk_string_for_others(chunks, chunk_string(chunks))
    dateline = _DATELINE_CHUNKS.match(chars)
    first = dateline.end() if dateline else 0
    subjects = [
        i
        for i in range(first, len(chunks))
        if chunks[i].char in "CN"
        and (i == 0 or chunks[i - 1].char not in "oiytfrawnsp")
        and not (chunks[i].char == "N" and _DESCRIBES_NEXT.match(chars, i + 1))  # "Private equity firm Y"
    ]
    # "The Management Board of X resolved to sell its Y unit": a body of X's speaks for X
    subjects = [
        i + 2 if chars.startswith("NoC", i) and _BODY_OF.search(chunks[i].text) else i for i in subjects
    ]
    out: list[AnyFact] = []
    former: dict[str, str] = {}  # asset -> the owner it had ("Y, previously a unit of X")
    paid: dict[str, MoneyMention] = {}  # buyer -> what it paid for a target the payment does not name
    # a unit the sentence has sold ("sold its Pennine unit") is no longer owned
    sold = sold_units(preds, lambda q: _status(text, chunks[q.start].start, q) in _DONE[q.frame == "NOM"])
    told_nouns: set[int] = set()  # the deal nouns a construction with a subject gave a fact of
    for p in preds:
        if p.variant == "subjectless" and id(p.places.get("noun")) in told_nouns:
            # ("X's wholly-owned subsidiary, Y, has completed the acquisition of Z": the light verb's
            # subject told the buyer; the subjectless reading would give the text's company)
            if trace is not None:
                trace.outcomes.append((p, [], "the deal's noun has a subject another construction read"))
            continue
        clause_start = chunks[p.start].start
        if (p.variant == "possessive" and p.frame == "NOM") or p.variant == "noun-of":
            # "the Commission blocked X's takeover of Y": the verb governing the noun group counts
            clause_start = chunks[max(0, p.start - 3)].start
        fact_type = "executive" if p.frame == "TITLE" else predicates()[p.predicate].fact_type
        try:
            if _EXAMPLE_OPEN.search(text, max(0, clause_start - 16), clause_start) is not None:
                raise NoFact("an example in brackets ('(for example, X is based in L)'), no fact told")
            if first and any(a < chunks[first - 1].end for a, _b in p.extents.values()):
                raise NoFact("a place of the dateline fills a place of the construction")
            if p.frame != "HQ" and _place_may_end_a_name(p, chunks):
                raise NoFact("the place after 'of' may end the party's name ('The Times of Zambia')")
            if fact_type not in ("acquisition", "partnership", "investment") and _negated_between(chunks, p):
                raise NoFact("negated or hypothetical")
            if fact_type == "acquisition":
                found = acquisition_facts(p, ev, text, clause_start, dates, chunks, about)
                found = listed_date(found, p) if p.variant == "including" else found
                more = more_targets(found, p, chunks, chars) + more_units(found, p, chunks, chars)
                found += more + holding_reached(found, p, chunks)
            elif fact_type == "ownership":
                if id(p.places.get("rel" if p.frame in ("REL", "INV") else "theme")) in sold:
                    raise NoFact("the unit is sold in the same sentence")
                # the owner of "its Y unit" is the first party before it that is no object of a preposition
                # (a named company before an unknown capitalized word: "'Home' is a song, but X said its Y")
                before = [chunks[i] for i in subjects if i < p.start]
                # ("While awaiting FDA approval, the company said ... its Y unit": no agency owns it)
                companies = (c for c in before if c.char == "C" and not is_agency(c))
                subject = next(companies, before[0] if before else None)
                if p.variant == "its-stake":  # "X said Y had agreed to sell its stake in Z": Y's
                    subject = stake_agent(preds, p.places["stake"]) or subject
                found = ownership_facts(p, ev, subject, text, clause_start, chunks, about)
                found += more_owned(found, p, chunks, chars)
            elif fact_type == "headquarters":
                found = headquarters_facts(p, ev, text, chunks)
            elif fact_type in ("valuation", "listing"):  # cascade/valuation.py, cascade/listing.py
                if fact_type == "valuation":
                    found = valuation.valuation_facts(p, ev, text, dates, chunks)
                else:  # ("The shares will trade on EXCH": the text's company)
                    if p.variant == "the-shares" and callable(about):
                        about = about()
                    topic = about.topic if isinstance(about, About) else None
                    found = listing.listing_facts(p, ev, text, dates, chunks, topic)
            elif fact_type in ("partnership", "investment"):
                if fact_type == "partnership":
                    if p.variant == "subjectless" and callable(about):
                        about = about()  # ("- Signed a partnership with Y": the text's company)
                    topic = about.topic if isinstance(about, About) else None
                    found = partnership_facts(p, ev, text, clause_start, dates, chunks, chars, topic)
                else:
                    found = investment_facts(p, ev, text, clause_start, dates, chunks, chars)
            else:
                found = _executive(p, ev, about, text)
                found += more_executives(found, p, chunks, chars, ev)  # "chairman of A, B and C"
        except (NoFact, valuation.NotValued, listing.NotListed) as why:
            if isinstance(why, EndedRelation):
                former[why.asset] = why.owner
            elif isinstance(why, PriceOnly):
                paid[why.buyer] = why.price
            if trace is not None:
                trace.outcomes.append((p, [], str(why)))
            continue
        if trace is not None:
            trace.outcomes.append((p, found, None))
        if found and p.variant == "light-verb" and "noun" in p.places:
            told_nouns.add(id(p.places["noun"]))
        out.extend(found)
    if paid:  # "Y was taken over by X, which paid $410 million for the business": the deal's price
        out = [
            attrs.evolve(f, price=paid[f.acquirer])
            if isinstance(f, AcquisitionFact) and f.price is None and f.acquirer in paid and f.stake is None
            else f
            for f in out
        ]
    people = {f.person for f in out if isinstance(f, ExecutiveFact)}
    if people:  # "P is the CEO of X and an angel investor based in L": P is a person, no company
        out = [f for f in out if not (isinstance(f, HeadquartersFact) and f.company in people)]
    return towns + sellers_from_owners(out, former)


def _place_may_end_a_name(p: Predication, chunks: Sequence[Chunk]) -> bool:
    """Whether a party of ``p`` is followed by "of" and a place the construction passed over that
    may be the end of its name: a name without a legal suffix before a region or a country ("The
    Times of Zambia", "Sumitomo Bank of California"); a town after it is the company's ("Nisqually
    Corrugated of Tacoma has bought Y")."""
    taken = {id(c) for c in p.places.values()}
    for c in p.places.values():
        if c.char not in "CN":
            continue
        k = chunk_index(chunks, c)
        if k is None or k + 2 >= p.end or chunks[k + 1].char != "o" or chunks[k + 2].char != "L":
            continue
        last = c.head[-1].text.split()[-1].rstrip(".")
        place = chunks[k + 2]
        if id(place) not in taken and suffix_class(last) is None and _first_place_kind(place) != "city":
            return True
    return False


class SentenceTrace:
    """What the cascade saw in one sentence: its tokens, chunks, and each predication with
    the facts it gave or the reason it gave none (filled by :func:`sentence_facts`)."""

    def __init__(self) -> None:
        self.tokens: list[Token] = []
        self.chunks: list[Chunk] = []
        self.outcomes: list[tuple[Predication, list[AnyFact], str | None]] = []
