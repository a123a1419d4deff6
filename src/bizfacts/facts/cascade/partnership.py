"""Partnerships from the cascade's SYM constructions: every party a clause names is a party.

"X partnered with Y", "X and Y formed a joint venture", "X's alliance with Y", "a venture
between X and Y", "X, a unit of Z, and Y announced a partnership": the constructions
(:mod:`.clauses`, frame SYM of ``data/predicates.tsv``) find the parties, this module names
them and drops what the clause says did not or may not happen.

>>> from bizfacts.facts.cascade.build import sentence_facts
>>> facts = sentence_facts("Acme Corp partnered with Beta Inc.", 0, None, [], [])
>>> [(f.type, f.parties, f.rule) for f in facts]
[('partnership', ('Acme', 'Beta'), 'partner/with')]
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..._fact_types import AnyFact, Evidence, PartnershipFact
from ..._spans import DateMention
from ..template import LazyPattern
from .chunks import Chunk, chunk_index
from .clauses import Predication
from .names import _party
from .status import NoFact, confidence, deal_date

# what the clause's own words say against the relation, between its subject and its trigger:
# a denial, a condition or a rumour, and a partnership ended or only sought
DENIAL = LazyPattern(
    r"(?i)\b(?:den(?:y|ies|ied)|no\s+plans?|ruled?\s+out|if|whether|unless|rumou?r\w*|speculat\w*|"
    r"hypothetical|unlikely|would\s+consider|terminat\w*|called\s+off|scrapp\w*|abandon\w*|collaps\w*|"
    r"reject\w*|withdr[ae]w\w*|block(?:s|ed|ing)?|fell\s+through|walk(?:ed)?\s+away|end(?:s|ed|ing)?|"
    r"dissolv(?:e|es|ed|ing)|exit(?:s|ed|ing)?|quit(?:s|ting)?|sever(?:s|ed|ing)?|unwind(?:s|ing)?|"
    r"wound\s+down|wind(?:s|ing)?\s+down|pull(?:s|ed|ing)?\s+out|seek(?:s|ing)?|sought|hop(?:e|es|ed|ing)|"
    r"consider(?:s|ed|ing)?|explor(?:e|es|ed|ing)|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|cancel\w*|"
    r"postpon\w*|suspend\w*|halt(?:s|ed|ing)?|stud(?:y|ies|ying))\b"
)
# a dateline's chunks ("MISSISSAUGA, Ont., June 18 -"), as build.py reads them
_DATELINE = regex.compile(r"(?:[NL][,.]{0,2}){1,4}D?-")
# after the last party of a list: another one ("with Y and Z", "between X, Y and Z")
_NEXT_PARTY = regex.compile(r"(?:,c?|c)(?:d?[xLu9B-]{0,6}|L')(?=[CN])")

# the constructions that refer to a partnership rather than tell it formed
_REFERRING = frozenset({"between", "possessive"})
# the verbs that form a partnership told with no subject ("- Signed a strategic partnership with Y")
_FORMING_VERBS = frozenset(
    {"signed", "entered", "formed", "launched", "announced", "established", "struck", "forged", "inked",
     "expanded", "extended", "renewed", "began", "started", "created", "agreed"}
)
_REFERRING_PENALTY = 0.05


_DOUBTS = frozenset({"hypo", "neg", "rumored"})


def denied(text: str, clause_start: int, p: Predication, chunks: Sequence[Chunk]) -> bool:
    """Whether the clause denies, doubts or ends what it tells: a negation, a modal of doubt or
    talks in its chunks ("did not", "could", "in talks to"; "would", a reported plan, is no doubt),
    or such words before its trigger ("denied", "ended")."""
    before = chunks[p.start - 1] if p.start > 0 else None
    if before is not None and before.tokens[-1].text.casefold() in ("if", "unless", "whether"):
        return True  # "If X partners with Y, ..."
    # the verb group governing a noun the construction starts with ("did not make an investment in Y")
    governing = [before] if before is not None and before.char in "VZ" else []
    for c in [*governing, *chunks[p.start : p.end]]:
        if c.char == "!" or c.negated:
            return True
        for t in c.tokens:
            # ("in talks to invest in Y": neither fact type has a status to tell talks by)
            if t.lex is not None and t.lex.value in _DOUBTS and t.text.casefold() != "would":
                return True
    end = p.trigger.end if p.trigger is not None else clause_start
    return DENIAL.get().search(text, clause_start, end) is not None


def named_party(chunks: Sequence[Chunk], s: str, c: Chunk) -> tuple[str | None, bool]:
    """The party a chunk names (:func:`.names._party`), or None for what names none: a dateline's
    place ("BANGKOK, April 17 -"), a wire's ticker after a name ("GTE Corp <GTE>"), capitalized
    words after "a" ("teamed up with a U.K. Firm")."""
    k = chunk_index(chunks, c)
    if k is not None and c.char == "N":
        dateline = _DATELINE.match(s)
        if (dateline is not None and k < dateline.end()) or (k and s[k - 1] == "C"):
            return None, False
        if c.tokens[0].tag == "d" and c.tokens[0].text.casefold() in ("a", "an"):
            return None, False
    return _party(c)


def listed_after(chunks: Sequence[Chunk], s: str, last: Chunk) -> list[Chunk]:
    """The parties listed after ``last`` ("with Y, Z and W"): up to three more, the list closed by
    "and" ("with Y, Bradford noted": Bradford is no party)."""
    i = chunk_index(chunks, last)
    out: list[Chunk] = []
    closed = 0  # how many of ``out`` an "and" closes
    while i is not None and len(out) < 3:
        m = _NEXT_PARTY.match(s, i + 1)
        if m is None or m.end() >= len(s) or (m.end() + 1 < len(s) and s[m.end() + 1] in "V'"):
            break  # "with Y, and Z said ...": Z is the next clause's subject
        i = m.end()
        out.append(chunks[i])
        if "c" in m.group():
            closed = len(out)
    return out[:closed]


def partnership_facts(
    p: Predication,
    ev: Evidence,
    text: str,
    clause_start: int,
    dates: Sequence[DateMention],
    chunks: Sequence[Chunk],
    s: str,
    topic: str | None = None,
) -> list[AnyFact]:
    """The partnership of every party a SYM predication names (two or more), or none when its
    clause denies, doubts or ends it.  ``s`` is the sentence's chunk string; ``topic`` the company
    the text is about, the other party of a highlight bullet with no subject ("- Signed a
    partnership with Y")."""
    if denied(text, clause_start, p, chunks):
        raise NoFact("denied, doubted, sought or ended")
    if p.variant == "subjectless":
        if p.places["cue"].head[-1].text.casefold() not in _FORMING_VERBS:
            raise NoFact("a partnership noun with no subject after a verb that does not form it")
        if topic is None:
            raise NoFact("a deal noun with no subject, in a text about no company")
    places = [*p.agents] if p.agents else []
    theme = p.places.get("theme") or p.places.get("partner")  # ("X and Y formed": the second subject)
    if theme is not None:
        places.append(theme)
        places += listed_after(chunks, s, theme)
    parties: list[str] = [topic] if p.variant == "subjectless" and topic is not None else []
    promoted = 1 if parties else 0  # (a party the clause does not name: a lower confidence)
    for c in places:
        name, was_promoted = named_party(chunks, s, c)
        if name and name not in parties:
            parties.append(name)
            promoted += was_promoted
    if len(parties) < 2:
        raise NoFact("fewer than two parties named (a name was not promoted)")
    # "the partnership between X and Y", "X's alliance with Y" refer to a partnership; a clause with
    # a verb tells it is formed, on the sentence's date, and is the telling a merge keeps
    referred = p.variant in _REFERRING
    return [
        PartnershipFact(
            evidence=ev,
            confidence=round(confidence(promoted) - (_REFERRING_PENALTY if referred else 0.0), 2),
            rule=f"{p.predicate}/{p.variant}",
            parties=tuple(parties),
            date=None if referred else deal_date(dates),
        )
    ]
