"""Executives: a person's title at a company.

Most are read by the clause-level cascade (the TITLE constructions of
:mod:`bizfacts.facts.cascade.clauses` and :mod:`bizfacts.facts.cascade.executive`); the frame
rules left here are the table reader ("PERSON  AGE  TITLE") and the surface rules the cascade
does not cover yet (issue #12): "X TITLE P", "P, X's TITLE", "P was named
TITLE of X", the founders' rules, "P, who heads X" and "stepped down ... replaced by P".
"""

from __future__ import annotations

import functools
from typing import Any

import regex

from ..._fact_types import (
    AnyFact,
    ExecutiveFact,
)
from .. import lexicon as L
from ..rule import Rule
from ..sentence import (
    SPACES,
    Sentence,
    company_name,
    conf,
    group,
    sentence_subject,
    unknown_subject,
    uses_anaphor,
)
from ..template import LazyPattern

TYPE = "executive"

# One cheap test per sentence decides whether the rules below run at all: each needs one of
# these lowercase substrings in the sentence template.
TRIGGERS: tuple[str, ...] = (
    "chief",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "cmo",
    "cio",
    "chair",
    "president",
    "director",
    "manager",
    "counsel",
    "founder",
    "founded",
    "treasurer",
    "secretary",
    "partner",
    "head",
)

# Rule flags (``Rule.flags``): what build() must know of a frame beyond its match.
TITLE_FIRST = "title first"  # "director Jane Roe said": a vague title ("director", "head") gives nothing

# Rule keys: the verbs of appointment.
_APPOINT_KEYS = ("name", "appoint", "promot", "elect", "hire")


@functools.cache
def rules() -> tuple[Rule, ...]:
    """The executive frames, in the order they run."""
    return (
        Rule(
            "PERSON  AGE  TITLE (table)",
            "executive",
            rf"(?m:^){L.PERSON}[ \t]{{2,}}\d{{2}}[ \t]{{2,}}{L.TITLE}[ \t]*$",
            0.6,
            keys=("  ", " \t", "\t ", "\t\t"),
            min_companies=0,
        ),
        Rule(
            # "ByteDance, founded by Zhang Yiming in 2012,"; "Hungry Panda was founded in 2017 by Eric Liu"
            "X, founded by PERSON",
            "executive",
            rf"{{C:company}}(?:,\s+(?:which|that)\s+was|,|\s+(?:was|were|had\s+been))\s+(?:jointly\s+)?(?P<title>founded|co-founded)\s+"
            rf"(?:(?:in|on)\s+{{D}}\s+)?by\s+(?:its\s+(?:current\s+)?(?:chief\s+executive|ceo|chairman|president)\s+)?{L.PERSON}"
            rf"(?:,?\s+and\s+{L.PERSON2})?",
            0.6,  # below the frames naming a title: "founded by Lena Hofbauer (CEO)" keeps "CEO"
            keys=("founded by", "founded in", "founded on"),
        ),
        Rule(
            # "Thomas Keller would step down as CEO and be replaced by Anna Berg": the successor's title
            "PERSON will step down as TITLE and be replaced by NAME",
            "executive",
            r"(?:step(?:s|ped|ping)?\s+down|resign(?:s|ed|ing)?|retir(?:e|es|ed|ing))\s+as\s+(?:its\s+|the\s+company['’]s\s+)?"
            rf"{L.TITLE}(?:\s+(?:of|at)\s+{{C:company}})?,?\s+(?:and\s+)?(?:will\s+|would\s+)?(?:be\s+)?(?:replaced|succeeded)\s+by\s+{L.PERSON}",
            0.75,
            keys=("replaced by", "succeeded by"),
            min_companies=0,
        ),
        Rule(
            # "X's founders, Arjun Menon and Priya Nair": one fact per founder
            "X's founders, PERSON and PERSON",
            "executive",
            rf"{{C:company}}(?:'s?|’s?)\s+(?P<title>(?:co-?)?founder)s?,?\s+{L.PERSON}"
            rf"(?:,?\s+and\s+{L.PERSON2})?",
            0.8,
            keys=("founder",),
        ),
        Rule(
            "PERSON, who heads X",
            "executive",
            rf"{L.PERSON},\s+(?:\d{{2}},\s+)?who\s+(?:also\s+)?(?P<title>heads|leads|chairs|founded|co-founded|runs)\s+(?:the\s+)?{{~3}}{{C:company}}",
            0.7,
            keys=("who",),
        ),
    )


@functools.cache
def _honorific_before_name() -> LazyPattern:
    """ "Dr Fiona McAllister": an honorific left out of an executive's name (built on first use)."""
    return LazyPattern(rf"^{L.DROPPED_HONORIFICS}\.?\s+(?=\S+\s+\S)")


_TITLE_OF_VERB = {
    "heads": "head",
    "leads": "head",
    "runs": "head",
    "chairs": "chairman",
    "founded": "founder",
    "co-founded": "co-founder",
}
_FORMER = LazyPattern(r"(?i)\b(?:former|formerly|ex-|late|then|previous|predecessor|retired|outgoing)\b")


def build(ctx: Sentence, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    """An executive frame's match -> one fact per person named (no "former" titles)."""
    tpl = ctx.tpl
    company = company_name(tpl, group(m, "company"))
    if company is None and group(m, "company") is None:
        # a frame without a company: the company the sentence, or else the text, is about
        # a sentence opening with the person, the title or a quotation names no other subject
        opens = m.start("person") <= 2 or m.start("title") <= 2 or tpl.template.lstrip()[:1] in "\"“‘'"
        company = sentence_subject(tpl, outside_quotes=True) or (
            None if unknown_subject(tpl) and not opens else ctx.topic or ctx.fallback
        )
    title = group(m, "title")
    if company is None or not title:
        return []
    if _FORMER.search(tpl.template, max(0, m.start() - 12), m.start("title") + 1):
        return []  # "former chairman X": not the company's executive now
    title = SPACES.sub(" ", title.strip())
    title = _TITLE_OF_VERB.get(title.casefold(), title)
    if title.casefold() in L.TITLE_ACRONYMS:
        title = title.upper()
    if (
        title.casefold() in ("director", "partner", "head", "secretary", "chair")
        and TITLE_FIRST in rule.flags
    ):
        return []  # "director Jane Roe said": too vague without a company in the frame
    out: list[AnyFact] = []
    for person in (group(m, "person"), group(m, "person2")):  # "X's founders, A and B": two people
        if not person:
            continue
        person = _honorific_before_name().sub("", person)  # "Dr Fiona McAllister" -> "Fiona McAllister"
        words = person.split()
        if any(w.strip(".,") in L.NOT_PERSON_WORDS for w in words if w not in ("Mr.", "Ms.", "Mrs.", "Dr.")):
            continue
        out.append(
            ExecutiveFact(
                evidence=ctx.evidence,
                person=person,
                title=title,
                company=company,
                confidence=conf(rule, uses_anaphor(tpl, m.group(0))),
                rule=rule.name,
            )
        )
    return out


_HONORIFIC_PREFIX = regex.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+")


def key(f: ExecutiveFact) -> tuple[Any, ...]:
    """The same person at the same company (the titles may differ; "Mr. Brask" is "Brask")."""
    return (f.type, _HONORIFIC_PREFIX.sub("", f.person), f.company)
