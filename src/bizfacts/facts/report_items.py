"""A Canadian material change report's numbered items (Form 51-102F3): "Item 1  Name and Address of
Company" over the company's name and its address, whose last line holds the town and the province
(a headquarters, as written, less the postal code), and "Item 8  Executive Officer" over the officer
who can answer for the report ("P, Chief Financial Officer": an office at that company).

>>> from bizfacts import extract_companies
>>> t = ("Item 1  Name and Address of Company\\nHarlow Peak Mining Ltd.\\n"
...      "Suite 800, 1055 Dunsmuir Street\\nVancouver, British Columbia V7X 1L3\\n\\n"
...      "Item 8  Executive Officer\\nMara Quist, Chief Financial Officer\\nTelephone: 604-555-0100\\n")
>>> for f in report_item_facts(t, extract_companies(t), None):
...     print(f.type, f.company, f.location if f.type == "headquarters" else (f.person, f.title))
headquarters Harlow Peak Mining Vancouver, British Columbia
executive Harlow Peak Mining ('Mara Quist', 'Chief Financial Officer')
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .._fact_types import AnyFact, Evidence, ExecutiveFact, HeadquartersFact
from .._spans import CompanyMention
from . import lexicon as L
from .template import LazyPattern

_NAME_AND_ADDRESS = LazyPattern(
    r"(?im)^[ \t]*Item[ \t]+1\.?[ \t]+Name[ \t]+and[ \t]+Address[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:Company|Issuer|Reporting[ \t]+Issuer|Corporation)[ \t]*$"
)
# the address's last line: "Vancouver, British Columbia V6C 3E8", "Toronto, Ontario  M5H 2Y4"
_TOWN_LINE = LazyPattern(
    r"(?P<location>\p{Lu}[\p{L}.' -]{1,40}?,[ \t]*\p{Lu}[\p{L}.' -]{1,30}?)"
    r"(?:[ \t,]+(?:[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{5}(?:-\d{4})?))?[ \t]*"
)
_MAX_ADDRESS_LINES = 4


@functools.cache
def _officer_item() -> LazyPattern:
    """The executive officer item and its first line (built on first use)."""
    return LazyPattern(
        r"(?m)^[ \t]*(?i:Item)[ \t]+8\.?[ \t]+(?i:Executive[ \t]+Officer)[ \t]*\n(?:[ \t]*\n)?"
        rf"[ \t]*{L.PERSON},[ \t]*(?i:{L.TITLE})"
    )


def report_item_facts(text: str, companies: Sequence[CompanyMention], topic: str | None) -> list[AnyFact]:
    """The headquarters (item 1) and the executive officer (item 8) of a material change report."""
    if "Item" not in text:
        return []
    out: list[AnyFact] = []
    company = topic
    heading = _NAME_AND_ADDRESS.get().search(text)
    if heading is not None:
        lines = _lines_after(text, heading.end())
        if lines:
            first_start, first_end = lines[0]
            named = [c for c in companies if first_start <= c.start < first_end and c.kind == "company"]
            company = named[0].name if named else company
        for start, end in lines[1:]:
            town = _TOWN_LINE.get().fullmatch(text, start, end)
            if town is not None and company is not None:
                out.append(
                    HeadquartersFact(
                        evidence=Evidence(start, end, text[start:end]),
                        company=company,
                        location=" ".join(town.group("location").split()),
                        confidence=0.8,
                        rule="report item: Name and Address of Company",
                    )
                )
                break
    officer = _officer_item().get().search(text) if "Executive Officer" in text else None
    if officer is not None and company is not None:
        start = officer.start("person")
        out.append(
            ExecutiveFact(
                evidence=Evidence(start, officer.end(), text[start : officer.end()]),
                person=officer.group("person"),
                title=" ".join(officer.group("title").split()).rstrip(","),
                company=company,
                confidence=0.8,
                rule="report item: Executive Officer",
            )
        )
    return out


def with_report_items(
    facts: list[AnyFact], text: str, companies: Sequence[CompanyMention], topic: str | None
) -> list[AnyFact]:
    """``facts`` and the report's items (:func:`report_item_facts`); the officer's line alone ("P,
    Chief Financial Officer" under the item) no longer gives the last sentence's company's office."""
    items = report_item_facts(text, companies, topic)
    if not items:
        return facts
    officers = {f.person for f in items if isinstance(f, ExecutiveFact)}
    kept = [
        f
        for f in facts
        if not (
            isinstance(f, ExecutiveFact) and f.rule == "executive/apposition-alone" and f.person in officers
        )
    ]
    return kept + items


def _lines_after(text: str, pos: int) -> list[tuple[int, int]]:
    """The spans of the lines after the heading ending at ``pos``, up to the first blank line."""
    out: list[tuple[int, int]] = []
    start = text.find("\n", pos) + 1
    while 0 < start < len(text) and len(out) <= _MAX_ADDRESS_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if not line.strip():
            break
        lead = len(line) - len(line.lstrip())
        out.append((start + lead, start + len(line.rstrip())))
        start = end + 1
    return out
