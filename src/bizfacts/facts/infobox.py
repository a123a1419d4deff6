"""A company article's infobox: the "Field: value" lines that open a Wikipedia-style page.

::

    Medivo S.A.
    Type: Public (WSE: MDV)
    Headquarters: Kraków, Poland
    Key people: Anna Nowak (CEO), Piotr Zieliński (chairman)
    Parent: Halvard Group
    Subsidiaries: Medivo Lab, Diagnostyka Plus

A block of at least three such lines, whose fields are an infobox's, within the first lines of
the text, tells the headquarters, officers, founders, parent, subsidiaries and listing of the
company the text is about (its first line, or the text's topic).  Other "Field: value" lines (a
letter's "Subject:", a table) are no infobox.

>>> t = "Medivo S.A.\\nType: Public (WSE: MDV)\\nHeadquarters: Krakow\\nKey people: Anna Nowak (CEO)\\n"
>>> [f.type for f in infobox_facts(t, [], "Medivo")]
['listing', 'headquarters', 'executive']
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import regex

from .._fact_types import AnyFact, Evidence, ExecutiveFact, HeadquartersFact, ListingFact, OwnershipFact
from .._spans import CompanyMention
from . import lexicon as L
from .template import LazyPattern

# one "Field: value" line
_FIELD_LINE = LazyPattern(
    r"(?m)^[ \t]*(?P<field>\p{Lu}[\p{L} ()]{1,28}?)[ \t]*:[ \t]*(?P<value>\S[^\n]*?)[ \t]*$"
)
# one field of a profile page's stacked layout: the field alone on its line, its value on the next
# ("Headquarters" / "Manchester, Greater Manchester")
_STACKED_LINE = LazyPattern(
    r"(?m)^[ \t]*(?P<field>\p{Lu}[\p{L} ]{1,28}?)[ \t]*\n[ \t]*(?P<value>\S[^\n]*?)[ \t]*$"
)
# the name a profile page opens with: a few capitalized words alone on the first line
_PAGE_NAME = LazyPattern(r"[ \t]*\p{Lu}[\p{L}&.'’-]*(?:[ \t]+\p{Lu}[\p{L}&.'’-]*){0,4}[ \t]*")
# the words that open a stacked profile's fields, one of which a text must hold to be read so
_STACKED_CUES = ("\nHeadquarters\n", "\nIndustry\n", "\nFounded\n", "\nCompany size\n")
# the fields that name an office, their value the officer's name ("CEO: Dana Whitfield")
_OFFICE_FIELDS = frozenset(
    {"ceo", "chief executive", "chief executive officer", "chairman", "chair", "president",
     "managing director"}
)
# a fact sheet's fields naming the exchange ("Listing: Oslo Stock Exchange (ticker: NHB)")
_LISTING_FIELDS = frozenset({"listing", "listed on", "stock exchange"})
# the fields that name the company itself
_NAME_FIELDS = frozenset({"name", "company name", "legal name"})
# the fields of a company's infobox (casefolded)
_FIELDS = frozenset(
    {
        "type",
        "company type",
        "traded as",
        "industry",
        "founded",
        "founder",
        "founders",
        "headquarters",
        "key people",
        "products",
        "revenue",
        "operating income",
        "net income",
        "total assets",
        "number of employees",
        "employees",
        "parent",
        "owner",
        "owners",
        "subsidiaries",
        "divisions",
        "website",
        "area served",
        "predecessor",
        "successor",
        "isin",
        "company size",
        "specialties",
        # a directory's or a fact sheet's fields ("Name: X Inc.", "Parent company: Y", "CEO: P")
        "name",
        "company name",
        "legal name",
        "parent company",
        "parent organization",
        "owned by",
        "founded by",
        "head office",
        "investors",
        *_LISTING_FIELDS,
        *_OFFICE_FIELDS,
    }
)
_MIN_FIELDS = 3
_REACH = 2500  # an infobox opens the text
# "Anna Nowak (CEO)": a person and the office in brackets
_PERSON_TITLE = regex.compile(
    r"(?P<person>\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3})[ \t]*\((?P<title>[^()]{2,60})\)"
)
# a person's name alone, an office's value ("Dana Whitfield", "Robert J. Keane")
_PERSON_NAME = regex.compile(r"\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3}")
# "WSE: MDV", "NYSE: XYZ": an exchange and a ticker
_LISTING = regex.compile(
    r"(?P<exchange>\p{Lu}[\p{L} ]{1,30}?)[ \t]*:[ \t]*(?P<ticker>[A-Z0-9][A-Z0-9.]{0,9})\b"
)
# an exchange's name alone, its ticker in brackets maybe: "Oslo Stock Exchange (ticker: NHB)"
_EXCHANGE_VALUE = regex.compile(
    r"(?P<exchange>\p{Lu}[\p{L}. ]{1,40}?)[ \t]*(?:\((?:(?i:ticker|symbol|code)[ \t]*:?[ \t]*)?"
    r"(?P<ticker>[A-Z0-9][A-Z0-9.]{0,9})\))?"
)
# an exchange's name by its form: "... Stock Exchange", "Nasdaq Stockholm", "Euronext Paris"
_EXCHANGE_FORM = regex.compile(r"(?:.*\bExchange|Nasdaq\b.*|Euronext\b.*|Börse\b.*)")


def _is_exchange(name: str) -> bool:
    """Whether ``name`` is an exchange's: one the table knows, or one by its form."""
    return name.strip().casefold() in L.EXCHANGES or _EXCHANGE_FORM.fullmatch(name.strip()) is not None


# a footnote mark or a year in brackets after a value ("Kraków, Poland[1]", "Acme (2019)")
_TRAILER = regex.compile(r"[ \t]*(?:\[[^\]]{1,8}\]|\([^()]{1,30}\))[ \t]*$")


def infobox_facts(text: str, companies: list[CompanyMention], topic: str | None) -> list[AnyFact]:
    """The facts of an infobox that opens ``text`` about ``topic`` (or the company its first line names)."""
    head = text[:_REACH]
    lines = []
    stacked = False
    if head.count(":") >= _MIN_FIELDS:  # (most texts: no block of fields)
        lines = _fields(_FIELD_LINE.get().finditer(head))
    if len(lines) < _MIN_FIELDS and any(cue in text for cue in _STACKED_CUES):
        # a profile page's fields stacked, each above its value (they may close the page)
        lines = _fields(_STACKED_LINE.get().finditer(text))
        stacked = True
    if len(lines) < _MIN_FIELDS:
        return []
    first_line_end = text.find("\n")
    named = [c for c in companies if c.kind == "company" and c.start < max(first_line_end, 0)]
    # ("Company Overview / Name: X Inc. / Headquarters: L": the name's field names the company)
    by_field = [
        c.name
        for m in lines[:1]
        if m.group("field").casefold().strip() in _NAME_FIELDS
        for c in companies
        if c.kind == "company" and c.start == m.start("value")
    ]
    company = by_field[0] if by_field else named[0].name if named else topic
    # a profile page opens with the company's name (an infobox's fields right under it: "Harrowfield
    # Mills" / "Head office: Halifax, England")
    under = stacked or lines[0].start() == first_line_end + 1
    page = under and _PAGE_NAME.fullmatch(text, 0, max(first_line_end, 0)) is not None
    if company is None and page:
        company = text[:first_line_end].strip()
    elif page and not by_field and not named and company and company.split()[0] not in text[:first_line_end]:
        # ("Garnet Mills" / ... / "Parent: Halberd Textile Group": the topic may be the parent the
        # fields name; the page is the company its first line names)
        company = text[:first_line_end].strip()
    if company is None:
        return []
    out: list[AnyFact] = []
    for m in lines:
        field, value = m.group("field").casefold().strip(), m.group("value")
        vs = m.start("value")
        evidence = Evidence(m.start(), m.end(), text[m.start() : m.end()])
        rule = f"infobox: {m.group('field').strip()}"
        if field in ("type", "company type", "traded as"):
            for lm in _LISTING.finditer(value):
                out.append(_listing(company, lm, evidence))
        elif field in ("headquarters", "head office"):
            location = _TRAILER.sub("", value).strip(" ,")
            if location[:1].isupper():
                hq = HeadquartersFact(
                    evidence=evidence, confidence=0.75, rule=rule, company=company, location=location
                )
                out.append(hq)
        elif field == "key people":
            for pm in _PERSON_TITLE.finditer(value):
                title = " ".join(pm.group("title").split())
                out.append(_officer(pm.group("person"), title, company, evidence, rule))
        elif field in _LISTING_FIELDS:
            em = _EXCHANGE_VALUE.fullmatch(value.strip())
            if em is not None and _is_exchange(em.group("exchange")):
                out.append(_listing(company, em, evidence, rule))
        elif field in _OFFICE_FIELDS:
            person = _TRAILER.sub("", value).strip(" .")
            if _PERSON_NAME.fullmatch(person):
                out.append(_officer(person, m.group("field").strip(), company, evidence, rule))
        elif field in ("founder", "founders", "founded by"):
            for name in _items(value):
                if " " in name:  # a person's full name
                    out.append(_officer(name, "founder", company, evidence, rule))
        elif field in ("parent", "owner", "owners", "subsidiaries", "divisions", "parent company",
                       "parent organization", "owned by"):
            owns = field in ("subsidiaries", "divisions")  # (else the value owns the company)
            for name, stake in _held_items(value):
                other = _name_at(companies, vs + value.find(name), name)
                if other != company:
                    owner, asset = (company, other) if owns else (other, company)
                    out.append(
                        OwnershipFact(
                            evidence=evidence, confidence=0.7, rule=rule, owner=owner, asset=asset,
                            stake=stake,
                        )
                    )
    return out


def _fields(found: Iterator[regex.Match[str]]) -> list[regex.Match[str]]:
    """The lines among ``found`` whose field is an infobox's."""
    return [m for m in found if m.group("field").casefold().strip() in _FIELDS]


def _items(value: str) -> list[str]:
    """The capitalized items of a list value ("Medivo Lab, Diagnostyka Plus"), without brackets."""
    items = [_TRAILER.sub("", item).strip(" .") for item in regex.split(r"[,;]|\band\b", value)]
    return [item for item in items if item[:1].isupper() and len(item) > 1]


def _held_items(value: str) -> list[tuple[str, Decimal | None]]:
    """:func:`_items` of a holdings list, each with the share its brackets give ("Y (75%)": 75).

    >>> _held_items("Pennant Foods Limited; Lomond Energy (75%); Arden JV (50.5 %)")
    [('Pennant Foods Limited', None), ('Lomond Energy', Decimal('75')), ('Arden JV', Decimal('50.5'))]
    """
    out: list[tuple[str, Decimal | None]] = []
    for raw in regex.split(r"[,;]|\band\b", value):
        name = _TRAILER.sub("", raw).strip(" .")
        if name[:1].isupper() and len(name) > 1:
            share = _SHARE_IN_BRACKETS.search(raw)
            out.append((name, Decimal(share.group(1)) if share else None))
    return out


_SHARE_IN_BRACKETS = regex.compile(r"\([ \t]*(\d{1,3}(?:\.\d+)?)[ \t]*%[ \t]*\)")


def _name_at(companies: list[CompanyMention], start: int, written: str) -> str:
    """The name of the company mention that spans ``written`` (at ``start``), else ``written``."""
    end = start + len(written)
    spanning = (c.name for c in companies if c.start == start and c.end == end and c.kind == "company")
    return next(spanning, written)


def _listing(
    company: str, m: regex.Match[str], evidence: Evidence, rule: str = "infobox: Traded as"
) -> ListingFact:
    exchange = L.exchange_name(m.group("exchange"))
    return ListingFact(
        evidence=evidence,
        confidence=0.75,
        rule=rule,
        company=company,
        exchange=exchange,
        ticker=m.group("ticker"),
    )


def _officer(person: str, title: str, company: str, evidence: Evidence, rule: str) -> ExecutiveFact:
    return ExecutiveFact(
        evidence=evidence,
        confidence=0.75,
        rule=rule,
        person=person,
        title=title,
        company=company,
        status="current",
    )
