"""Executives: a person's title at a company.

They are read by the clause-level cascade (the TITLE constructions of
:mod:`bizfacts.facts.cascade.grammar` and :mod:`bizfacts.facts.cascade.executive`); the one frame
rule left here reads a table of officers ("PERSON  AGE  TITLE"), a layout rather than a sentence.
"""

from __future__ import annotations

import functools
import re
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
    for m in _signoff_matches(text, start):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        below = [c for c in companies if m.end() < c.start <= line_end + 1 and c.kind == "company"]
        above = [
            c
            for c in companies
            if m.start() - _SIGNOFF_COMPANY_REACH <= c.start and c.end <= m.start() and c.kind == "company"
        ]
        # ("Co-founder & CEO, Plumtree Desk": the company closing the title's own line, after a comma)
        inline = next(
            (c for c in companies if m.start("title") < c.start and c.end == m.end()),
            None,
        )
        end = m.end()
        if inline is not None and text[m.start("title") : inline.start].rstrip().endswith(","):
            company: str | None = inline.name
            end = text.rindex(",", m.start("title"), inline.start)
        else:
            company = below[0].name if below else above[-1].name if above else topic
        person = m.group("person")
        if company is None or any(w.strip(".,") in L.NOT_PERSON_WORDS for w in person.split()):
            continue
        out.append(_line_office(text, m, end, company, "sign-off: PERSON / TITLE"))
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
    lines = [m for m in _signoff_matches(text, 0) if _names_person(m)]
    if len(lines) < _TEAM_PAGE_PAIRS:
        return []
    return [_line_office(text, m, m.end(), topic, "team page: PERSON / TITLE") for m in lines]


def _named_people(pattern: LazyPattern, text: str, twin: bool = False) -> Iterator[AnyMatch]:
    """The matches of a layout line's ``pattern`` whose person holds no word that names no person
    ("Chief", "Group"); ``twin``: found by its stdlib twin on an ASCII text (the same matches: the
    sign-off's, leadership and contact lines' scans a fifth faster, 8 µs a document of the corpus)."""
    for m in (pattern.for_text(text) if twin else pattern.get()).finditer(text):
        if _names_person(m):
            yield m


def _names_person(m: AnyMatch) -> bool:
    """Whether the person of a layout line's match ``m`` holds no word that names no person."""
    return not any(w.strip(".,") in L.NOT_PERSON_WORDS for w in m.group("person").split())


# the last character of a sign-off's name (of L.PERSON: a name word's lowercase letter or
# apostrophe, an initial's dot; or a letter from U+00E0 to U+00FF), before the spaces and the line break
_SIGNOFF_NAME_END = frozenset("abcdefghijklmnopqrstuvwxyz'’.")


@functools.cache
def _title_starts() -> frozenset[str] | None:
    """The first two characters (lowercase) of every title, read off L.TITLE_AHEAD (a lookahead on
    them opens L.TITLE); None where it is not an alternation of two letters or a letter and a dot."""
    two = r"(?:[a-z]{2}|[a-z]\\\.)"
    m = re.fullmatch(rf"\(\?=\\b\(\?:({two}(?:\|{two})*)\)\)", L.TITLE_AHEAD)
    return None if m is None else frozenset(w.replace("\\", "") for w in m.group(1).split("|"))


def _title_may_open(text: str, pos: int, starts: frozenset[str]) -> bool:
    """Whether a sign-off's title line may start at ``pos`` (white space, maybe "Title:", then the two
    characters a title opens with, in any case; any non-ASCII pair may be one)."""
    n = len(text)
    while pos < n and text[pos] in " \t":
        pos += 1
    pair = text[pos : pos + 2]
    if not pair.isascii() or pair.lower() in starts:
        return True
    if not text.startswith("Title:", pos):
        return False
    pos += 6
    while pos < n and text[pos] in " \t":
        pos += 1
    pair = text[pos : pos + 2]
    return not pair.isascii() or pair.lower() in starts


def _signoff_matches(text: str, start: int) -> Iterator[AnyMatch]:
    """``_signoff().for_text(text).finditer(text, start)``, its pattern matched only at the starts of
    the lines that may open one: a line whose name ends it (see ``_SIGNOFF_NAME_END``), before a
    line a title may open (every match starts a line, its name alone on it; a scan of the whole
    text tries its name at every line's start, a third more time on news)."""
    pattern = _signoff().for_text(text)
    starts = _title_starts()
    if starts is None:
        yield from pattern.finditer(text, start)
        return
    match, find = pattern.match, text.find
    line = start if start == 0 or text[start - 1] == "\n" else find("\n", start) + 1
    if line == 0 and start:
        return  # (no line starts after ``start``)
    while (k := find("\n", line)) >= 0:
        j = k
        while j > line and text[j - 1] in " \t":
            j -= 1
        if j > line and (text[j - 1] in _SIGNOFF_NAME_END or "\u00e0" <= text[j - 1] <= "\u00ff") and (
            _title_may_open(text, k + 1, starts)
        ):
            m = match(text, line)
            if m is not None:
                yield m
                # (a match ends its title's line: the next starts after its line break)
                line = find("\n", m.end()) + 1
                if line == 0:
                    return
                continue
        line = k + 1


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
    if "\t" not in text and not _dash_after_name(text):
        return []  # (a wire's dateline "NEW YORK, March 3 - ": no name's end before the dash)
    rule = "leadership line: PERSON - TITLE"
    return [_line_office(text, m, m.end("rest"), topic, rule) for m in _named_people(_leadership_line(), text, twin=True)]


# the last character of a leadership line's name (of L.PERSON: a name word's lowercase letter or
# apostrophe, an initial's dot; of _DEGREE: "D", "A" or a dot), before the spaces and the dash
_NAME_END = frozenset("abcdefghijklmnopqrstuvwxyz'’.DA")


def _dash_after_name(text: str) -> bool:
    """Whether a dash or a bar set off by spaces follows a character that may end a leadership
    line's name and degree (see ``_NAME_END``): where none does, the line's pattern matches nowhere
    in a text without tabs (its separator is then one of the four tested, spaces around it)."""
    for sep in (" - ", " – ", " | ", " — "):
        i = text.find(sep)
        while i >= 0:
            j = i
            while j > 0 and text[j - 1] == " ":
                j -= 1
            if j > 0 and (text[j - 1] in _NAME_END or "\u00e0" <= text[j - 1] <= "\u00ff"):
                return True
            i = text.find(sep, i + 1)
    return False


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
    if text.isascii() and not _may_hold_contact(text):
        return []
    rule = "contact line: PERSON, TITLE, tel."
    out: list[AnyFact] = [
        _line_office(text, m, m.end("rest"), topic, rule) for m in _named_people(_contact_line(), text, twin=True)
    ]
    if ("ontact" in text or "nquiries" in text) and _CONTACT_LABEL.search(text) is not None:
        rule = "contact line: Investor contact: PERSON, TITLE"
        out.extend(_line_office(text, m, m.end("rest"), topic, rule) for m in _named_people(_labelled_contact(), text))
    return out


def _may_hold_contact(text: str) -> bool:
    """Whether the ASCII ``text`` may hold a labelled contact line ("Investor contact:", "Media
    enquiries:") or a contact line, whose title a comma and a telephone or an e-mail follow (", tel",
    ", phone", ", mobile", ", e-mail", ", mob.", ", +358"): caseless, on ASCII text only ASCII letters."""
    low = text.lower()
    if "contact" in low or "nquiries" in low:
        return True
    for word in ("tel", "phone", "mobile", "email", "e-mail", "mob.", "+"):
        i = low.find(word)
        while i >= 0:
            j = i
            while j > 0 and low[j - 1] in " \t":
                j -= 1
            if j > 0 and low[j - 1] == ",":
                return True
            i = low.find(word, i + 1)
    return False


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


# a memo's sender line: "From: P, President and Chief Executive Officer" (the title may go on with
# "and" and capitalized words, as a sign-off's does)
_MEMO_TO = LazyPattern(r"(?m)^[ \t]*To:[^\n]*$")


@functools.cache
def _memo_from() -> LazyPattern:
    """A memo's sender line (built on first use)."""
    return LazyPattern(rf"(?m)^[ \t]*From:[ \t]*{L.PERSON},[ \t]*(?i:{L.TITLE})(?P<rest>[^\n,;]{{0,60}}?)[ \t]*$")


def memo_sender_facts(text: str, companies: Sequence[CompanyMention], topic: str | None) -> list[AnyFact]:
    """The office of a memo's sender ("From: P, Chief Executive Officer"): at the company its "To:"
    line names ("To: All employees, Acme Logistics and subsidiaries"), else the text's company.

    >>> t = "To: All employees, Orlen Bio Oy\\nFrom: Sanna Lehto, Chief Executive Officer\\nRe: Plans\\n"
    >>> from bizfacts import extract_companies
    >>> [(f.person, f.title, f.company) for f in memo_sender_facts(t, extract_companies(t), None)]
    [('Sanna Lehto', 'Chief Executive Officer', 'Orlen Bio')]
    """
    if "From:" not in text:
        return []
    out: list[AnyFact] = []
    for m in _named_people(_memo_from(), text):
        company = topic
        to = _MEMO_TO.get().search(text, max(0, m.start() - 400), m.start() + 400)
        if to is not None:
            named = [c for c in companies if to.start() <= c.start and c.end <= to.end() and c.kind == "company"]
            company = named[0].name if named else company
        if company is not None:
            out.append(_line_office(text, m, m.end("rest"), company, "memo header: From: PERSON, TITLE"))
    return out
