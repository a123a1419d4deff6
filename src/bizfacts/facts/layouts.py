"""Readers of layouts rather than sentences: facts a document states by where it puts them.

* a US filing's cover page: the registrant's address and its 12(b) securities table
  (:func:`cover_page_facts`);
* a disclosure's "Company name: / Representative: / Head office: / (Code: ...)" header
  lines, and a Hong Kong announcement's header (:func:`header_field_facts`);
* a filing's list of subsidiaries (Exhibit 21: "SUBSIDIARIES OF X", one subsidiary a line,
  :func:`subsidiary_list_facts`);
* the issuer an announcement's header names (:func:`announcement_issuer`) and a company a
  filing defines as "the Company" (:data:`DEFINED_ISSUER`, :func:`defined_issuer`), which make the document's topic;
* a wire story's dateline (:data:`DATELINE`), whose city "the Dayton company" refers to.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Sequence

import attrs
import regex

from .._fact_types import (
    AcquisitionFact,
    AnyFact,
    Evidence,
    ExecutiveFact,
    HeadquartersFact,
    ListingFact,
    OwnershipFact,
)
from .._place_table import place_entries
from .._spans import CompanyMention, DateMention, PlaceMention
from . import lexicon as L
from .sentence import may_contain
from .template import LazyPattern

# A wire dateline: "DAYTON, Ohio, March 17 -", "ZURICH, July 16 -", "AUSTIN, Texas, Feb. 20, 1997 /PRNewswire/ --".
DATELINE = LazyPattern(
    r"(?m)^[ \t]*(?P<city>\p{Lu}[\p{Lu}\p{L}.'’ -]{1,30}?),[ \t]+(?:\p{Lu}[\p{L}.]+(?:[ \t]\p{Lu}[\p{L}.]+)?,?[ \t]+)?"
    r"(?:\(\w+\)[ \t]+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\b|\d{1,2}[ \t]+\p{Lu}[a-z]+\b|-)"
)
# how far into a text its dateline may start
_DATELINE_REACH = 600


def wire_dateline(text: str) -> regex.Match[str] | re.Match[str] | None:
    r"""The text's wire dateline (:data:`DATELINE`) in its first 600 characters, else None.

    The same as searching those characters, tried only where a line starts (``^`` of the
    multiline pattern matches nowhere else): the other positions cost a failed match each.

    >>> wire_dateline("Acme buys Beta\nZURICH, July 16 - Acme said").group("city")
    'ZURICH'
    """
    pattern = DATELINE.for_text(text)
    pos = 0
    while True:
        m = pattern.match(text, pos, _DATELINE_REACH)
        if m is not None:
            return m
        pos = text.find("\n", pos, _DATELINE_REACH) + 1
        if pos == 0:
            return None


# A US filing's cover page: the registrant's name above "(Exact name of registrant ...)",
# its address above "(Address of principal executive offices)", and the 12(b) table's
# "Common Stock, par value $0.001 per share    HLVL    The Nasdaq Global Select Market".
_REGISTRANT = LazyPattern(r"(?im)^[ \t]*\(\s*exact\s+name\s+of\s+(?:the\s+)?registrant\b")
_COVER_ADDRESS = LazyPattern(
    r"(?im)^[ \t]*(?P<address>[^\n]*?),[ \t]*(?P<city>\p{Lu}[\p{L}.'’ -]{1,40}?),[ \t]*(?P<state>\p{Lu}[\p{L} ]{1,30}?)"
    r"(?:[ \t]+\d{5}(?:-\d{4})?)?[ \t]*\n[ \t]*\(\s*address(?:es)?\s+of\s+(?:the\s+)?principal\s+executive\s+offices?\b"
)
_SECURITY_ROW = LazyPattern(
    r"(?im)^[ \t]*(?:class\s+[a-z]\s+)?(?:common\s+(?:stock|shares)|ordinary\s+shares|american\s+depositary\s+shares)"
    # (cells set apart by two spaces, a tab or "|")
    r"[^\n]*?(?:[ \t]*\|[ \t]*|[ \t]{2,}|\t)(?P<ticker>[A-Z]{1,5}(?:\.[A-Z])?)(?:[ \t]*\|[ \t]*|[ \t]{2,}|\t)"
    r"(?P<exchange>[^\n|]*?(?:exchange|market|nasdaq|nyse)[^\n|]*?)"
    r"(?:,?[ \t]+(?:inc|llc)\.?)?[ \t]*$"
)


# The header block of a Japanese-style disclosure: "Company name: ...", "Representative: Takeshi
# Morimoto, Representative Director and President", "(Code: 6791, Prime Market of the Tokyo Stock
# Exchange)", "Head office: Nagoya, Aichi".
_COMPANY_NAME_FIELD = LazyPattern(
    r"(?im)^[ \t]*(?:company\s+name|name\s+of\s+(?:the\s+)?company|issuer)[ \t]*:[ \t]*(?P<v>[^\n]+)"
)


@functools.cache
def _representative_field() -> LazyPattern:
    """ "Representative: Takeshi Morimoto, Representative Director and President" (built on first use)."""
    return LazyPattern(
        rf"(?m)^[ \t]*(?i:representative(?:\s+director)?|name\s+of\s+representative)[ \t]*:[ \t]*{L.PERSON}"
        r"[ \t]*,[ \t]*(?P<title>[^\n,;()]{3,80}?)[ \t]*$"
    )


_HEAD_OFFICE_FIELD = LazyPattern(
    r"(?im)^[ \t]*(?:head\s+office|headquarters|location\s+of\s+(?:the\s+)?head\s+office|registered\s+office)"
    r"[ \t]*:[ \t]*(?P<loc>\p{Lu}[\p{L}.'’ -]{1,40}?(?:,[ \t]*\p{Lu}[\p{L}.'’ -]{1,30}?)?)[ \t]*$"
)
_CODE_FIELD = LazyPattern(
    r"(?i)\(?\b(?:stock\s+|securities\s+)?code(?:\s+number)?[ \t]*:[ \t]*(?P<ticker>\d{4}[A-Z]?)[ \t]*[,;][ \t]*"
    r"(?:[^\n();]*?\s(?:of|on)\s+(?:the\s+)?)?(?P<exchange>(?-i:\p{Lu})[\p{L} ]{2,40}?(?:Stock\s+Exchange|Exchange))\)?"
)


def _span_evidence(text: str, start: int, end: int) -> Evidence:
    """Evidence for a fact read from a layout (a header line, a cover page) rather than a sentence."""
    return Evidence(start, end, text[start:end])


def header_field_facts(text: str, companies: list[CompanyMention], topic: str | None) -> list[AnyFact]:
    """Executive, listing and headquarters from a disclosure's "Field: value" header lines."""
    if ":" not in text[:3000]:
        return []
    head = text[:3000]
    low = head.casefold()
    if may_contain(low, head, ("hong",)) and _HK_DISCLAIMER.search(head):
        for c in companies[:8]:
            im = _INCORPORATED_BELOW.match(text, c.end) if c.kind == "company" else None
            if im is not None and im.group("code") and topic is not None:
                return [
                    ListingFact(
                        evidence=_span_evidence(text, c.start, im.end()),
                        company=topic,
                        exchange="Hong Kong Stock Exchange",
                        ticker=im.group("code"),
                        confidence=0.8,
                        rule="HK announcement header",
                    )
                ]
    nm = _COMPANY_NAME_FIELD.search(head) if may_contain(low, head, ("company", "issuer")) else None
    company = topic
    if nm is not None:
        named = [c for c in companies if nm.start("v") <= c.start < nm.end("v") and c.kind == "company"]
        company = named[0].name if named else topic
    if nm is None and (letterhead := _letterhead_office(text, companies)) is not None:
        return [letterhead]
    if company is None or nm is None:
        return []  # without a "Company name:" line the fields may describe anything
    out: list[AnyFact] = []
    for rm in _representative_field().finditer(head):
        out.append(
            ExecutiveFact(
                evidence=_span_evidence(text, *rm.span()),
                person=rm.group("person"),
                title=" ".join(rm.group("title").split()),
                company=company,
                confidence=0.8,
                rule="Representative: PERSON, TITLE",
            )
        )
    for hm in _HEAD_OFFICE_FIELD.finditer(head):
        out.append(
            HeadquartersFact(
                evidence=_span_evidence(text, *hm.span()),
                company=company,
                location=hm.group("loc").strip(),
                confidence=0.8,
                rule="Head office: LOC",
            )
        )
    for cm in _CODE_FIELD.finditer(head):
        out.append(
            ListingFact(
                evidence=_span_evidence(text, *cm.span()),
                company=company,
                exchange=L.exchange_name(cm.group("exchange")),
                ticker=cm.group("ticker"),
                confidence=0.8,
                rule="(Code: N, EXCH)",
            )
        )
    return out


# a letterhead's office line: "Registered Office: 6th Floor, Lavelle Chambers, Residency Road, Bengaluru – 560 025"
_LETTERHEAD_OFFICE = LazyPattern(
    r"(?im)\A(?:[ \t]*\n)*(?P<name>[^\n]{2,80})\n(?:[^\n]{0,120}\n){0,2}?"
    r"[ \t]*(?:registered|head|corporate)\s+office[ \t]*:[ \t]*(?P<address>[^\n]{3,200})"
)
# the parts of an address: commas, semicolons, dashes and postcodes part them
_ADDRESS_PARTS = regex.compile(r"[,;|]|[ \t][–—-][ \t]|\b\d[\d \t]*\d\b")


def _letterhead_office(text: str, companies: Sequence[CompanyMention]) -> HeadquartersFact | None:
    """The headquarters a letterhead gives: its first line a company's name, then within two lines
    "Registered Office:" (or "Head Office:", "Corporate Office:") and an address whose last town
    known to the place data is the company's.

    >>> from bizfacts import extract_companies
    >>> t = "PALLAVI FOODS LIMITED\\nRegistered Office: 4th Floor, Church Street, Bengaluru – 560 001\\n"
    >>> f = _letterhead_office(t, extract_companies(t))
    >>> f.company, f.location
    ('PALLAVI FOODS', 'Bengaluru')
    """
    m = _LETTERHEAD_OFFICE.match(text)
    if m is None:
        return None
    name = m.group("name").strip()
    owner = next((c for c in companies if c.kind == "company" and c.text == name and c.end <= m.end("name")), None)
    if owner is None:
        return None
    for part in reversed(_ADDRESS_PARTS.split(m.group("address"))):
        town = part.strip(" .")
        if town and any(e.kind == "city" for e in place_entries(town)):
            line_start = text.rfind("\n", 0, m.start("address")) + 1
            return HeadquartersFact(
                evidence=_span_evidence(text, line_start, m.end("address")),
                company=owner.name,
                location=town,
                confidence=0.8,
                rule="letterhead: Registered Office",
            )
    return None


def cover_page_facts(text: str, companies: list[CompanyMention], topic: str | None) -> list[AnyFact]:
    """Headquarters and listing read from a filing's cover page (8-K, 10-K, 10-Q)."""
    if "(" not in text or not may_contain(text.casefold(), text, ("exact",)):
        return []  # _REGISTRANT needs "(" and "exact"
    reg = _REGISTRANT.search(text)
    if reg is None:
        return []
    line_start = text.rfind("\n", 0, max(0, reg.start() - 1)) + 1
    named = [c for c in companies if line_start <= c.start < reg.start() and c.kind == "company"]
    company = named[0].name if named else topic
    if company is None:
        return []
    if topic is not None and company.casefold() == topic.casefold():
        company = topic  # "HALVORSEN LOGISTICS, INC." on the cover, "Halvorsen Logistics" in the text
    out: list[AnyFact] = []
    am = _COVER_ADDRESS.search(text, reg.end())
    if am is not None and am.start() - reg.end() < 400:
        out.append(
            HeadquartersFact(
                evidence=_span_evidence(text, am.start("address"), am.end("state")),
                company=company,
                location=f"{am.group('city').strip()}, {am.group('state').strip()}",
                confidence=0.8,
                rule="cover page address",
            )
        )
    for sm in _SECURITY_ROW.finditer(text, reg.end(), min(len(text), reg.end() + 3000)):
        out.append(
            ListingFact(
                evidence=_span_evidence(text, *sm.span()),
                company=company,
                exchange=L.exchange_name(sm.group("exchange").removeprefix("The ").removeprefix("the ")),
                ticker=sm.group("ticker"),
                confidence=0.85,
                rule="cover page securities table",
            )
        )
    return out


# A filing's list of subsidiaries (Exhibit 21): "SUBSIDIARIES OF KIRRA LABS, INC.", "List of
# Subsidiaries of the Registrant", then one subsidiary a line (its jurisdiction after it)
_SUBSIDIARY_HEADER = LazyPattern(
    r"(?im)^[ \t]*(?:list[ \t]+of[ \t]+)?(?:significant[ \t]+)?subsidiaries[ \t]+of[ \t]+(?P<parent>[^\n]{2,80}?)[ \t]*$"
)
_REGISTRANT_WORDS = ("the registrant", "the company", "the corporation")
_MAX_SUBSIDIARY_LINES = 400
_MAX_ROW = 120  # a row of the list; a longer line is prose


def subsidiary_list_facts(text: str, companies: list[CompanyMention], topic: str | None) -> list[AnyFact]:
    """Ownership read from a filing's list of subsidiaries: each line that opens with a company
    names a subsidiary of the company the header names (or of the filer, "of the Registrant").

    >>> from bizfacts import extract_companies
    >>> t = "Subsidiaries of Halden Corp\\nName    Jurisdiction\\nHalden Tools GmbH    Germany\\n"
    >>> [(f.owner, f.asset) for f in subsidiary_list_facts(t, extract_companies(t), None)]
    [('Halden', 'Halden Tools')]
    """
    if "ubsidiaries" not in text and "UBSIDIARIES" not in text:
        return []
    m = _SUBSIDIARY_HEADER.search(text)
    if m is None:
        return []
    # (the header names the company and nothing more: "Subsidiaries of Acme Corp include ..." is prose)
    named = [
        c
        for c in companies
        if m.start("parent") <= c.start <= m.start("parent") + 4  # ("the ...")
        and m.end("parent") - 3 <= c.end <= m.end("parent")
        and c.kind == "company"
    ]
    parent: str | None
    if named:
        name = named[0].name
        # "SUBSIDIARIES OF KIRRA LABS, INC.": the name as the text writes it elsewhere
        same = [d.name for d in companies if d.name.casefold() == name.casefold() and not d.name.isupper()]
        parent = same[0] if name.isupper() and same else name
    elif m.group("parent").casefold().rstrip(" .:") in _REGISTRANT_WORDS:
        parent = topic
    else:
        parent = None
    if parent is None:
        return []
    if topic is not None and parent.casefold() == topic.casefold():
        parent = topic  # "SUBSIDIARIES OF KIRRA LABS, INC." in a filing about Kirra Labs
    by_start = {c.start: c for c in companies if c.kind == "company" and c.start > m.end()}
    out: list[AnyFact] = []
    pos = m.end() + 1
    misses = 0
    for _ in range(_MAX_SUBSIDIARY_LINES):
        if pos >= len(text):
            break
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        first = pos + len(line) - len(line.lstrip())
        c = by_start.get(first)
        if c is not None and c.name != parent and end - first < _MAX_ROW:
            out.append(
                OwnershipFact(
                    evidence=_span_evidence(text, first, end),
                    owner=parent,
                    asset=c.name,
                    stake=None,
                    confidence=0.8,
                    rule="list of subsidiaries",
                )
            )
            misses = 0
        elif line.rstrip().endswith(".") and len(line.split()) >= 6 and out:
            break  # a sentence: the list has ended
        elif line.strip():
            misses += 1  # a column header, a note; three in a row end the list
            if misses >= 3 and out:
                break
        pos = end + 1
    return out


DEFINED_ISSUER = LazyPattern(
    r"""(?:[^\n(]{0,40}?\([^()"“”\n]{1,30}\)){0,2}"""  # "(TSX-V: NLX) (OTCQB: NLXMF)" first
    # (an announcement's name on a line of its own, the definition on the next: 'X plc\n("X", the "Company")')
    r"""[^\n(]{0,40}?(?:\n[ \t]*)?\(\s*(?:["“][^"”\n]{1,50}["”]\s*(?:,|or|and)?\s*)?(?:or\s+|and\s+)?(?:the\s+)?"""
    # ('(the "Company," "we," "us" or "our")': a comma may close the term inside its quotes)
    # ('("the Company")': the article inside the quotes)
    r"""["“'‘](?:the\s+)?(?P<term>Company|Group|Issuer|Registrant|Corporation|Bank|Purchaser|Buyer),?["”'’]"""
)



def defined_issuer(text: str, end: int) -> regex.Match[str] | None:
    """``DEFINED_ISSUER.match(text, end)``, told at once where no bracket stands where its match needs
    one: at most 40 characters after ``end`` on its line, or opening the next line (after white
    space).  Most company names are followed by neither."""
    paren = text.find("(", end, end + 41)
    newline = text.find("\n", end, end + 41)
    if paren < 0 or 0 <= newline < paren:
        if newline < 0:
            return None
        p = newline + 1
        while p < len(text) and text[p] in " \t":
            p += 1
        if not text.startswith("(", p):
            return None
    return DEFINED_ISSUER.match(text, end)


# A Hong Kong-style announcement names its issuer above "(Incorporated in ... with limited liability)"
# and "(Stock code: 2368)"; "the Company" is that issuer throughout.
_INCORPORATED_BELOW = LazyPattern(
    r"[^\n]{0,40}\n(?:[^\n]{0,60}\n){0,2}?[ \t]*\((?:incorporated|registered)\s+in\s+[^)\n]{3,80}\)"
    r"(?:\s*\n[ \t]*\((?:stock|share)\s+code\s*:\s*(?P<code>\d{3,5})\))?",
    regex.IGNORECASE,
)
_HK_DISCLAIMER = LazyPattern(
    r"(?i)stock\s+exchange\s+of\s+hong\s+kong\s+limited\s+take\s+no\s+responsibility"
)


# a financial statement's header: "X, INC. AND SUBSIDIARIES" on its first lines names the registrant
_AND_SUBSIDIARIES = LazyPattern(r"\.?[ \t]+(?:AND|and)[ \t]+(?:SUBSIDIARIES|Subsidiaries|CONSOLIDATED SUBSIDIARIES)\b")


def statement_registrant(text: str, companies: list[CompanyMention]) -> str | None:
    """The registrant a financial statement's header names ("X, INC. AND SUBSIDIARIES" on its first
    lines): the filing's "the Company"."""
    for c in companies[:3]:
        if c.kind == "company" and c.start < 200 and _AND_SUBSIDIARIES.match(text, c.end) is not None:
            return c.name
    return None


# a filing's definition of its pronouns: '"we," "us" and "our" refer to X', 'references to "we" or
# "our" mean X', 'the terms "we", "our" and "the Company" refer to X'
_WE_DEFINED = re.compile(
    r"[\"“]we,?[\"”][^.;:]{0,80}?\b(?:refers?|means?)[ \t]+(?:to[ \t]+)?(?:the[ \t]+)?",
    re.IGNORECASE,
)


def pronoun_definition(text: str, companies: list[CompanyMention]) -> str | None:
    """The company a filing says its "we" and "our" stand for ('Unless the context requires
    otherwise, "we," "us" and "our" refer to X and its consolidated subsidiaries').

    >>> from bizfacts import extract_companies
    >>> t = 'In this prospectus, "we," "us" and "our" refer to Halden Storage REIT, Inc. and its subsidiaries.'
    >>> pronoun_definition(t, extract_companies(t))
    'Halden Storage REIT'
    """
    if '"we' not in text and "“we" not in text and '"We' not in text and "“We" not in text:
        return None
    for m in _WE_DEFINED.finditer(text):
        company = next((c for c in companies if c.start >= m.end()), None)
        if company is not None and company.start == m.end() and company.kind == "company":
            return company.name
    return None


# a list item or a line of its own that lists the text's company: "• NYSE: QTRA (IPO Oct 2022)"
_LISTING_LINE = regex.compile(
    r"(?m)^[ \t]*(?:[•▪*–-][ \t]*)?(?:(?:Listed|Listing|Ticker)[ \t]*:[ \t]*)?"
    r"(?P<exchange>\p{Lu}[\p{L}]{1,9}(?:[ \t]\p{Lu}[\p{L}]{1,9}){0,2})[ \t]*:[ \t]*(?P<ticker>[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?)"
    r"(?=[ \t]*(?:$|\())"
)


def listing_line_facts(text: str, topic: str | None) -> list[AnyFact]:
    """The listing a line of its own gives the company the text is about: a fact sheet's or a
    slide's "• NYSE: QTRA (IPO Oct 2022)", "Ticker: ASX: KML" (a known exchange only).

    >>> [(f.exchange, f.ticker) for f in listing_line_facts("Orvane at a glance\\n• NYSE: ORVH\\n", "Orvane")]
    [('NYSE', 'ORVH')]
    """
    if topic is None or ":" not in text:
        return []
    out: list[AnyFact] = []
    for m in _LISTING_LINE.finditer(text):
        if m.group("exchange").casefold() not in L.EXCHANGES:
            continue  # ("Revenue: USD", "Contact: Jane"): no exchange
        out.append(
            ListingFact(
                evidence=_span_evidence(text, m.start("exchange"), m.end()),
                company=topic,
                exchange=L.exchange_name(m.group("exchange")),
                ticker=m.group("ticker"),
                confidence=0.75,
                rule="listing line: EXCH: TICKER",
            )
        )
    return out


# a timeline's entry heading, alone on its line: "1962 — The first acquisition", "1979 and 1984 — Y"
_TIMELINE_HEADING = re.compile(r"(?m)^[ \t]*(?P<year>(?:18|19|20)\d\d)\b[^\n]{0,20}?[ \t][—–-][ \t][^\n]{1,70}$")


_PARAGRAPH_BREAK = re.compile(r"\n(?=\n)")  # (every break, overlapping ones too)
_TIMELINE_ENTRY = re.compile(r"(?m)^[ \t]*(?P<year>(?:18|19|20)\d\d)[ \t]+[—–][ \t]+\S")


def _heading_year(m: re.Match[str]) -> DateMention:
    """The year a timeline heading opens with, as a date mention of that year."""
    year = m.group("year")
    return DateMention(m.start("year"), m.end("year"), year, dt.date(int(year), 1, 1), "year", rule="timeline heading")


def timeline_dated(text: str, facts: list[AnyFact]) -> list[AnyFact]:
    """A company history's deals dated by the entry they stand under: an acquisition without a date,
    told (in the past or the historical present) in the paragraph right under a heading line "1962 —
    The first acquisition", was completed that year (the heading's first year).

    >>> import bizfacts
    >>> t = "1958 — A new works\\nHarrow Gauges moves to Leeds.\\n\\n1962 — The first acquisition\\nHarrow Gauges buys Penmoor Dials Ltd.\\n"
    >>> [f.date.text for f in timeline_dated(t, bizfacts.extract_facts(t)) if f.date is not None]
    ['1962']
    """
    if "\n" not in text:
        return facts
    # where each entry's text starts, and its year
    years = {m.end(): _heading_year(m) for m in _TIMELINE_HEADING.finditer(text)}
    if len(years) < 2:
        # ("2017 — Y takes X private in a deal valued at C$610 million.": an entry on one line, its
        # year opening it)
        years.update((m.start(), _heading_year(m)) for m in _TIMELINE_ENTRY.finditer(text))
    if len(years) < 2:  # (a timeline has several entries)
        return facts
    starts = sorted(years)
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]  # (bisected: a long timeline stays linear)
    out = []
    for f in facts:
        if isinstance(f, AcquisitionFact) and f.date is None and f.status in ("completed", "announced"):
            k = bisect.bisect_right(starts, f.evidence.start) - 1
            # (no paragraph break between the entry's start and the fact)
            if k >= 0 and bisect.bisect_left(breaks, starts[k]) == bisect.bisect_left(breaks, f.evidence.start - 1):
                # (the entry's present tense is the historical present: "1962 — ... / X buys Y")
                f = attrs.evolve(f, date=years[starts[k]], status="completed")
        out.append(f)
    return out


def announcement_issuer(text: str, companies: list[CompanyMention]) -> str | None:
    """The issuer an announcement's header names, written as the body writes it."""
    for c in companies[:8]:
        if (
            c.kind == "company"
            and c.start < 3000
            and "\n" in text[c.end : c.end + 41]  # (the pattern's first line ends within 40 characters)
            and _INCORPORATED_BELOW.match(text, c.end)
        ):
            # "JINHAI SMART LOGISTICS" in the header, "Jinhai Smart Logistics" below
            same = [
                d.name for d in companies if d.name.casefold() == c.name.casefold() and not d.name.isupper()
            ]
            return same[0] if same else c.name
    return None


# a heading line alone over an address: "Registered office" / "14 Carrick Road, Glasgow, G2 7HN"
# (or a field on its own line, a list item perhaps: "• HQ: Nashville, Tennessee"; "Head office: Cork" is
# header_field_facts')
_OFFICE_HEADING = re.compile(
    r"(?im)^[ \t]*(?:registered|head|principal(?:[ \t]+executive)?)[ \t]+offices?(?:[ \t]+address)?[ \t]*:?[ \t]*\n"
    r"[ \t]*(?P<address>[^\n]{3,160})$"
    r"|^[ \t]*(?:[•▪*–-][ \t]*)?(?-i:HQ)[ \t]*:[ \t]*(?P<field>[^\n]{3,160})$"
)


def office_heading_facts(text: str, places: Sequence[PlaceMention], topic: str | None) -> list[AnyFact]:
    """The headquarters a report's "Registered office" heading gives its company (``topic``): the
    address on the line below, from its first place name to its last ("14 Carrick Road, Glasgow,
    G2 7HN" -> "Glasgow"); also a field line of its own, "• HQ: Nashville, Tennessee".

    >>> from bizfacts import extract_places
    >>> t = "Directors' report\\n\\nRegistered office\\n14 Carrick Road, Glasgow, G2 7HN\\n"
    >>> [f.location for f in office_heading_facts(t, extract_places(t), "Strathmore")]
    ['Glasgow']
    """
    low = text.casefold()
    if topic is None or ("office" not in low and "hq" not in low and "headquarters" not in low):
        return []
    out: list[AnyFact] = []
    for m in _OFFICE_HEADING.finditer(text):
        lo, hi = m.span("address") if m.group("address") is not None else m.span("field")
        inside = [p for p in places if lo <= p.start and p.end <= hi]
        if not inside:
            continue
        location = text[inside[0].start : inside[-1].end]
        out.append(
            HeadquartersFact(
                evidence=_span_evidence(text, m.start(), hi),
                company=topic,
                location=location,
                confidence=0.75,
                rule="office heading",
            )
        )
    return out
