"""Executives: a person's title at a company.

They are read by the clause-level cascade (the TITLE constructions of
:mod:`bizfacts.facts.cascade.grammar` and :mod:`bizfacts.facts.cascade.executive`); the one frame
rule left here reads a table of officers ("PERSON  AGE  TITLE"), a layout rather than a sentence.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import Any

import regex

from ..._fact_types import (
    AnyFact,
    Evidence,
    ExecutiveFact,
)
from ..._numbers import AnyMatch
from ..._spans import CompanyMention
from .. import lexicon as L
from ..lexicon import acronym_title
from ..rule import Rule
from ..sentence import (
    SPACES,
    Sentence,
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
    "treasurer",
    "secretary",
    "partner",
    "head",
)


# a department after a title and its comma, in a table's cell: ", Supply Chain", ", Human Resources"
_DEPARTMENT = r"(?:,[ \t]+[A-Z][A-Za-z/-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][A-Za-z/-]*){0,3})?"


@functools.cache
def rules() -> tuple[Rule, ...]:
    """The executive frames, in the order they run."""
    return (
        Rule(
            "PERSON  AGE  TITLE (table)",
            "executive",
            # ("Executive Vice President, Supply Chain": a department after the title)
            rf"(?m:^){L.PERSON}[ \t]{{2,}}\d{{2}}[ \t]{{2,}}{L.TITLE}{_DEPARTMENT}[ \t]*$",
            0.6,
            keys=("  ", " \t", "\t ", "\t\t"),
            min_companies=0,
        ),
    )


@functools.cache
def _honorific_before_name() -> LazyPattern:
    """ "Dr Fiona McAllister": an honorific left out of an executive's name (built on first use)."""
    return LazyPattern(rf"^{L.DROPPED_HONORIFICS}\.?\s+(?=\S+\s+\S)")


_FORMER = LazyPattern(r"(?i)\b(?:former|formerly|ex-|late|then|previous|predecessor|retired)\b")


def build(ctx: Sentence, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    """A table row's match -> the officer's fact at the company the sentence (or the text) is about
    ("former" titles with status "former")."""
    tpl = ctx.tpl
    # a row names no company: the company the sentence, or else the text, is about
    opens = m.start("person") <= 2 or m.start("title") <= 2 or tpl.template.lstrip()[:1] in "\"“‘'"
    company = sentence_subject(tpl, outside_quotes=True) or (
        None if unknown_subject(tpl) and not opens else ctx.topic or ctx.fallback
    )
    title = group(m, "title")
    person = group(m, "person")
    if company is None or not title or not person:
        return []
    # "former chairman X": an office the person no longer holds
    former = _FORMER.search(tpl.template, max(0, m.start() - 12), m.start("title") + 1) is not None
    title = SPACES.sub(" ", title.strip())
    title = acronym_title(title) or title
    person = _honorific_before_name().sub("", person)  # "Dr Fiona McAllister" -> "Fiona McAllister"
    if any(w.strip(".,") in L.NOT_PERSON_WORDS for w in person.split() if w not in ("Mr.", "Ms.", "Mrs.", "Dr.")):
        return []
    return [
        ExecutiveFact(
            evidence=ctx.evidence,
            person=person,
            title=title,
            company=company,
            status="former" if former else "current",
            confidence=conf(rule, uses_anaphor(tpl, m.group(0))),
            rule=rule.name,
        )
    ]


_HONORIFIC_PREFIX = regex.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+")


def key(f: ExecutiveFact) -> tuple[Any, ...]:
    """The same person at the same company in the same tenure (the titles may differ; "Mr. Brask"
    is "Brask"): a former office and a current one are two facts."""
    return (f.type, _HONORIFIC_PREFIX.sub("", f.person), f.company, f.status)


# A letter's or a filing's sign-off, at the end of the text: the signer's name alone on a line and
# the office alone on the next ("Jane Roe" / "Chief Executive Officer"), after "By: /s/" or a line
# of its own ("Sd/-", "Yours faithfully,"), or labelled ("Name: P" / "Title: T", a filing's signature);
# the office may go on with capitalized words ("Company Secretary & Compliance Officer").
_SIGNOFF_REACH = 700  # how far from the end the sign-off is looked for
_SIGNOFF_COMPANY_REACH = 300  # how far above the name a company may stand for its signer


@functools.cache
def _signoff() -> LazyPattern:
    """The sign-off's two lines (built on first use)."""
    more = r"(?:[ \t]*(?:,|&|and)[ \t]*\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,3})?"
    return LazyPattern(
        rf"(?m)^[ \t]*(?:By:[ \t]*|Name:[ \t]*)?(?:/s/[ \t]*)?{L.PERSON}[ \t]*\n[ \t]*(?:Title:[ \t]*)?"
        rf"(?i:{L.TITLE}){more}[ \t]*$"
    )


def signoff_facts(text: str, companies: Sequence[CompanyMention], topic: str | None) -> list[AnyFact]:
    """The officer who signs the text at its end: the office at the company named on the line
    after the title, else the last one named just above the name ("For Acme Limited", a filing's
    "ACME INC." / "By: /s/ P"), else the company the text is about.

    >>> t = "Acme Widgets Ltd results.\\n\\nYours faithfully,\\n\\nJane Roe\\nCompany Secretary\\n"
    >>> from bizfacts import extract_companies
    >>> [(f.person, f.title, f.company) for f in signoff_facts(t, extract_companies(t), "Acme Widgets")]
    [('Jane Roe', 'Company Secretary', 'Acme Widgets')]
    """
    start = max(0, len(text) - _SIGNOFF_REACH)
    if "\n" not in text[start:]:
        return []
    out: list[AnyFact] = []
    for m in _signoff().for_text(text).finditer(text, start):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        below = [c for c in companies if m.end() < c.start <= line_end + 1 and c.kind == "company"]
        above = [
            c
            for c in companies
            if m.start() - _SIGNOFF_COMPANY_REACH <= c.start and c.end <= m.start() and c.kind == "company"
        ]
        company = below[0].name if below else above[-1].name if above else topic
        person = m.group("person")
        if company is None or any(w.strip(".,") in L.NOT_PERSON_WORDS for w in person.split()):
            continue
        out.append(_line_office(text, m, m.end(), company, "sign-off: PERSON / TITLE"))
    return out


_TEAM_PAGE_PAIRS = 3  # name / title line pairs that make a text a team page


def team_page_facts(text: str, topic: str | None) -> list[AnyFact]:
    """A management-team page: three or more officers, each a name alone on a line and the office
    alone on the next (a biography may follow), all offices at the company the text is about.

    >>> t = "ORLEN BIO\\nAnna Lind\\nChief Executive Officer\\n\\nJon Pryce\\nChief Financial Officer\\n\\n"
    >>> t += "Eli Moss\\nGeneral Counsel\\nEli was at Kell LLP.\\n"
    >>> [(f.person, f.company) for f in team_page_facts(t, "Orlen Bio")]
    [('Anna Lind', 'Orlen Bio'), ('Jon Pryce', 'Orlen Bio'), ('Eli Moss', 'Orlen Bio')]
    """
    if topic is None or text.count("\n") < 2 * _TEAM_PAGE_PAIRS:
        return []
    lines = list(_named_people(_signoff(), text, twin=True))
    if len(lines) < _TEAM_PAGE_PAIRS:
        return []
    return [_line_office(text, m, m.end(), topic, "team page: PERSON / TITLE") for m in lines]


def _named_people(pattern: LazyPattern, text: str, twin: bool = False) -> Iterator[AnyMatch]:
    """The matches of a layout line's ``pattern`` whose person holds no word that names no person
    ("Chief", "Group"); ``twin``: found by its stdlib twin on an ASCII text (the same matches: the
    sign-off's, leadership and contact lines' scans a fifth faster, 8 µs a document of the corpus)."""
    for m in (pattern.for_text(text) if twin else pattern.get()).finditer(text):
        if not any(w.strip(".,") in L.NOT_PERSON_WORDS for w in m.group("person").split()):
            yield m


def _line_office(text: str, m: AnyMatch, end: int, company: str, rule: str) -> ExecutiveFact:
    """The office a layout line tells: ``m``'s person and its title up to ``end`` (spaces made
    single, an acronym in capitals), evidence from the name on."""
    title = SPACES.sub(" ", text[m.start("title") : end].strip(" ,\n\t"))
    return ExecutiveFact(
        evidence=Evidence(m.start("person"), end, text[m.start("person") : end]),
        person=m.group("person"),
        title=acronym_title(title) or title,
        company=company,
        confidence=0.6,
        rule=rule,
    )


# A leadership page's line: "Amara Ndiaye, Ph.D. - Co-Founder, President and Chief Executive Officer"
# (a degree may follow the name; the office after a dash or a bar; what follows ";" is another office;
# "P - Co-founder & CEO at X | Data nerd": the company after "at" and a profile's tagline are no title)
_DEGREE = r"(?:,[ \t]*(?:Ph\.?D\.?|M\.?D\.?|J\.?D\.?|MBA|CPA|CFA|FCA))?"


@functools.cache
def _leadership_line() -> LazyPattern:
    """A line of a leadership page (built on first use)."""
    return LazyPattern(
        rf"(?m)^[ \t]*{L.PERSON}{_DEGREE}[ \t]+[-–—|][ \t]+(?i:{L.TITLE})(?P<rest>[^\n;|]{{0,90}}?)[ \t]*(?:[;|]|[ \t](?:at|@)[ \t][^\n]*|$)"
    )


def leadership_facts(text: str, companies: Sequence[CompanyMention], topic: str | None) -> list[AnyFact]:
    """The officers a leadership page lists, one a line ("P - Chief Financial Officer"): offices at
    the company the text is about.

    >>> t = "Orlen Bio makes enzymes.\\n\\nJonah Pryce - Chief Financial Officer\\nJonah joined in 2024.\\n"
    >>> [(f.person, f.title, f.company) for f in leadership_facts(t, [], "Orlen Bio")]
    [('Jonah Pryce', 'Chief Financial Officer', 'Orlen Bio')]
    """
    if topic is None or (" - " not in text and " – " not in text and " | " not in text and " — " not in text):
        return []
    rule = "leadership line: PERSON - TITLE"
    return [_line_office(text, m, m.end("rest"), topic, rule) for m in _named_people(_leadership_line(), text, twin=True)]


@functools.cache
def _speaker_label() -> LazyPattern:
    """A transcript's speaker label, opening its line (built on first use)."""
    return LazyPattern(
        rf"(?m)^[ \t]*{L.PERSON}[ \t]*(?:,|--|[-–—])[ \t]*(?i:{L.TITLE})(?P<rest>(?:[ ][^\s:,()]+){{0,4}}?)"
        r"(?:,[ ](?P<company>[^\n:]{1,60}?))?:[ \t]+(?=[\"“\p{Lu}])"
    )


def speaker_facts(text: str, companies: Sequence[CompanyMention], topic: str | None) -> list[AnyFact]:
    """The officers a transcript's speaker labels name ("P, Chief Financial Officer: Sure, thanks."):
    offices at the company named in the label after the title, else at the company the text is
    about (an earnings call's issuer).  A label without a title ("Q, Harrow Securities:") is an
    analyst's, and gives nothing.

    >>> t = "Orlen Bio Q3 call\\n\\nJonah Pryce, Chief Financial Officer: Revenue rose 9%.\\n"
    >>> [(f.person, f.title, f.company) for f in speaker_facts(t, [], "Orlen Bio")]
    [('Jonah Pryce', 'Chief Financial Officer', 'Orlen Bio')]
    """
    if topic is None or ":" not in text or "\n" not in text:
        return []
    out: list[AnyFact] = []
    for m in _named_people(_speaker_label(), text):
        company = topic
        if m.group("company") is not None:
            named = [c for c in companies if m.start("company") <= c.start and c.end <= m.end("company")]
            if not named or named[0].kind != "company":
                continue  # ("P, CEO, Harrow Union:": an organization's officer, or no name we know)
            company = named[0].name
        out.append(_line_office(text, m, m.end("rest"), company, "speaker label: PERSON, TITLE:"))
    return out


@functools.cache
def _contact_line() -> LazyPattern:
    """A release's contact line: "P, CEO, tel. +358 40 123 4567" (built on first use)."""
    return LazyPattern(
        rf"(?m)^[ \t]*{L.PERSON},[ \t]*(?i:{L.TITLE})(?P<rest>(?:[ ][^\s,:;()]+){{0,4}}?)"
        r"[ \t]*,[ \t]*(?i:(?:tel|phone|mobile|e-?mail)\b\.?|mob\.|\+\d)[^\n]*$"
    )


def contact_facts(text: str, topic: str | None) -> list[AnyFact]:
    """The officers a release's contact lines name, each with a telephone or an e-mail after the
    title ("Further information: / P, CEO, tel. +358 40 123 4567") or after a contact label
    ("Investor contact: P, Vice President, Investor Relations"): offices at the company the text
    is about.

    >>> t = "Orlen Bio Oyj buys Kell Oy.\\n\\nFurther information:\\nSanna Lehto, CEO, tel. +358 40 123 4567\\n"
    >>> [(f.person, f.title, f.company) for f in contact_facts(t, "Orlen Bio")]
    [('Sanna Lehto', 'CEO', 'Orlen Bio')]
    """
    if topic is None or "\n" not in text:
        return []
    rule = "contact line: PERSON, TITLE, tel."
    out: list[AnyFact] = [
        _line_office(text, m, m.end("rest"), topic, rule) for m in _named_people(_contact_line(), text, twin=True)
    ]
    if ("ontact" in text or "nquiries" in text) and _CONTACT_LABEL.search(text) is not None:
        rule = "contact line: Investor contact: PERSON, TITLE"
        out.extend(_line_office(text, m, m.end("rest"), topic, rule) for m in _named_people(_labelled_contact(), text))
    return out


# a contact label opening a line ("Investor contact:", "Media Relations Contacts:"): tested before
# the line's pattern is built
_CONTACT_LABEL = LazyPattern(
    r"(?im)^[ \t]*(?:investors?|media|press|analysts?|ir|(?:investor|public|media)[ \t]+relations)[ \t]+"
    r"(?:contacts?|inquiries|enquiries)[ \t]*:"
)


@functools.cache
def _labelled_contact() -> LazyPattern:
    """A release's labelled contact line: "Investor contact: P, Vice President, Investor Relations",
    "Media Contact:" over "P, Director of Communications" (built on first use).  A telephone or an
    e-mail may follow the title; a company's name may not (a joint release's other party's contact)."""
    return LazyPattern(
        r"(?m)^[ \t]*(?i:investors?|media|press|analysts?|ir|(?:investor|public|media)[ \t]+relations)[ \t]+"
        r"(?i:contacts?|inquiries|enquiries)[ \t]*:[ \t]*(?:\n[ \t]*)?"
        rf"{L.PERSON},[ \t]*(?i:{L.TITLE})(?P<rest>(?:[ ][^\s,:;()@]+){{0,4}}?"
        r"(?:,[ ](?:Investor|Public|Media|Corporate|External)[ ](?:Relations|Communications|Affairs))?)"
        r"[ \t]*(?:,[ \t]*(?:(?i:(?:tel|phone|mobile|e-?mail)\b)|\+?\d|[\w.+-]+@)[^\n]*)?$"
    )
