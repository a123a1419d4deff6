"""A disclosure's overview of another company: numbered fields under a heading, the first naming the
company and the next ones its seat and its representative, as a Japanese timely disclosure or an
Indian stock-exchange filing sets out the company it buys::

    2. Overview of the subsidiary to be transferred
    (1) Name: Sanmaru Optics Co., Ltd.
    (2) Location: 3-5-1 Shiba, Minato-ku, Tokyo
    (3) Representative: Kenji Mori, President

The seat and the officer are that company's, not the filer's (:func:`overview_facts`); the facts
other readers drew from those lines for the text's company are dropped (:func:`without_overview_lines`).

>>> from bizfacts import extract_companies, extract_places
>>> t = ("2. Overview of the company\\n(1) Name: Sanmaru Optics Co., Ltd.\\n"
...      "(2) Location: 3-5-1 Shiba, Minato-ku, Tokyo\\n(3) Representative: Kenji Mori, President\\n")
>>> facts, lines = overview_facts(t, extract_companies(t), extract_places(t), "Kurobe Precision")
>>> [(f.type, f.company) for f in facts]
[('headquarters', 'Sanmaru Optics'), ('executive', 'Sanmaru Optics')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import regex

from .._fact_types import AnyFact, Evidence, ExecutiveFact, HeadquartersFact
from .._place_table import place_entries
from .._spans import CompanyMention, PlaceMention
from . import lexicon as L

# a numbered field ("(1)", "1.", "a)", or none) and its label, then the value to the line's end, after a
# colon or in a column of its own ("(1) Name          Hakuraku Denshi Co., Ltd.")
_FIELD = re.compile(
    r"(?im)^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|\([a-z]\)|[a-z]\))?[ \t]*"
    r"(?P<label>[A-Za-z][A-Za-z ,/]{1,48}?)(?:[ \t]*[:：][ \t]*|[ \t]{3,})(?P<value>\S(?:[^\n]*\S)?)[ \t]*$"
)
_NAME_LABELS = frozenset({"name", "company name", "trade name", "name of the company", "corporate name"})
_SEAT_LABELS = frozenset(
    {"location", "address", "head office", "location of head office", "registered office", "headquarters",
     "address of head office"}
)
_OFFICER_LABELS = frozenset(
    {"representative", "title and name of representative", "name and title of representative",
     "representative director", "name of representative"}
)
# a part of a Japanese address naming a ward, a city, a district or a prefecture ("Naka-ku", "Hamamatsu-shi")
_ADMIN_PART = re.compile(r"(?<![\w-])([A-Z][a-z]+-(?:ku|shi|gun|ken|fu))(?=,|[ \t]*$)", re.M)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_PLACE_AFTER = re.compile(r",[ \t]*([A-Z][a-z]+)[ \t]*$")
# how many field lines after the name still describe its company
_REACH = 12


def _may_hold_name_field(low: str) -> bool:
    """Whether the lowercased ASCII text ``low`` may hold a field of ``_NAME_LABELS``: each label ends
    with "name" or "company", which the field's separator follows (after spaces and tabs, a colon or
    three of them)."""
    for word in ("name", "company"):
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            k = j
            while k < len(low) and low[k] in " \t":
                k += 1
            if low.startswith(":", k) or k - j >= 3:
                return True
            i = low.find(word, j)
    return False


def overview_facts(
    text: str, companies: Sequence[CompanyMention], places: Sequence[PlaceMention], topic: str | None = None
) -> tuple[list[AnyFact], list[tuple[int, int]]]:
    """The headquarters and officer each overview's fields give the company its "Name:" field names
    (not ``topic``, the text's own company, whose fields other readers read), and the spans of the
    field lines read."""
    if "\n" not in text or ("Name" not in text and "NAME" not in text and "name" not in text):
        return [], []
    if text.isascii() and not _may_hold_name_field(text.lower()):
        return [], []
    fields = [(m, m.group("label").casefold().strip()) for m in _FIELD.finditer(text)]
    out: list[AnyFact] = []
    read: list[tuple[int, int]] = []
    for k, (m, label) in enumerate(fields):
        if label not in _NAME_LABELS:
            continue
        named = next((c for c in companies if c.start == m.start("value") and c.kind == "company"), None)
        if named is None or named.name == topic:
            continue
        for n, (f, flabel) in enumerate(fields[k + 1 : k + 1 + _REACH]):
            if flabel in _NAME_LABELS or _BLANK_LINE.search(text, fields[k + n][0].end(), f.start()):
                break  # another company's overview, or a blank line: the list is over
            fact = _field_fact(text, f, flabel, named.name, places)
            if fact is not None:
                out.append(fact)
                read.append((f.start(), f.end()))
    return out, read


def _field_fact(
    text: str, f: re.Match[str], label: str, company: str, places: Sequence[PlaceMention]
) -> AnyFact | None:
    lo, hi = f.span("value")
    evidence = Evidence(f.start(), f.end(), text[f.start() : f.end()])
    if label in _SEAT_LABELS:
        # the places, and the parts of a Japanese address that name a ward, a city or a town
        # ("3-5-1 Shiba, Minato-ku, Tokyo": from "Minato-ku" on; "3-11-8 Sumiyoshi, Naka-ku, Hamamatsu-shi,
        # Shizuoka": from the city, "Hamamatsu-shi", on)
        spans = [(p.start, p.end) for p in places if lo <= p.start and p.end <= hi]
        parts = [(m.start(1), m.end(1)) for m in _ADMIN_PART.finditer(text, lo, hi)]
        # (a ward of a city the address names next is inside it: "Naka-ku, Hamamatsu-shi" from the city)
        cities = [k for k, (a, b) in enumerate(parts) if text.endswith("-shi", a, b)]
        spans += parts[cities[0] :] if cities else parts
        if not spans:
            return None
        end = max(b for _a, b in spans)
        # (the prefecture after the city, which no cue made a place mention: "Fukuoka-shi, Fukuoka")
        tail = _PLACE_AFTER.match(text, end, hi)
        if tail is not None and place_entries(tail.group(1)):
            end = tail.end()
        return HeadquartersFact(
            evidence=evidence,
            company=company,
            location=text[min(a for a, _b in spans) : end],
            confidence=0.75,
            rule="overview field: Location",
        )
    if label in _OFFICER_LABELS:
        person, title = _officer(f.group("value"))
        if person is None or title is None:
            return None
        return ExecutiveFact(
            evidence=evidence, person=person, title=title, company=company, confidence=0.8,
            rule="overview field: Representative",
        )
    return None


# a representative's field: "Kenji Mori, President", "President and Representative Director Kenji Mori"
_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}"
_PERSON_TITLE = re.compile(rf"^(?P<person>{_NAME}),[ \t]*(?P<title>[^,;()]{{2,80}})$")
_TITLE_PERSON = re.compile(rf"^(?P<title>[^,;()]{{2,80}}?)[ \t]+(?P<person>{_NAME})$")


def _officer(value: str) -> tuple[str | None, str | None]:
    """(person, title) of a representative's field: "Kenji Mori, President" or "President Kenji Mori"."""
    for pattern in (_PERSON_TITLE, _TITLE_PERSON):
        m = pattern.match(value.strip())
        if m is not None and _title_words().search(m.group("title")) is not None:
            return m.group("person"), m.group("title").strip()
    return None, None


@functools.cache
def _title_words() -> regex.Pattern[str]:
    """An executive title's words ("President and Representative Director"), compiled on first use."""
    return regex.compile(rf"(?i)\b(?:{L.TITLE})\b")


def without_overview_lines(
    facts: list[AnyFact], lines: Sequence[tuple[int, int]], topic: str | None
) -> list[AnyFact]:
    """``facts`` less the headquarters and offices other readers gave the text's company (``topic``)
    from an overview's field lines, which are another company's."""
    if not lines:
        return facts
    return [
        f
        for f in facts
        if not (
            isinstance(f, (HeadquartersFact, ExecutiveFact))
            and f.company == topic
            and any(lo <= f.evidence.start and f.evidence.end <= hi for lo, hi in lines)
        )
    ]
