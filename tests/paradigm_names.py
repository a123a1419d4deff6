"""Invented names for the paradigm and property tests of the fact cascade.

Company names carry no legal suffix ("Brightwave", not "Brightwave Inc"): the cascade must
read them from their role.  Every name is checked (by the tests) against the place and
people data and the common words, so a test never depends on a name the extractors already
know as something else.
"""

from __future__ import annotations

import functools
from importlib import resources

from bizfacts._company_words import company_words

COMPANIES = (
    "Brightwave",
    "Calloway Systems",
    "Dunmore Textiles",
    "Pinegrove Media",
    "Ashcombe Robotics",
    "Velmora",
    "Quillfield Analytics",
    "Harrowgate Foods",
    "Tessaline",
    "Oberwick Logistics",
    "Marlowe Dynamics",
    "Brackenridge Energy",
    "Sunvale Labs",
    "Kestrova",
    "Ellingham Pharma",
    "Norcastle Freight",
    "Zephrin Software",
    "Lintwood Paper",
    "Corvane",
    "Fallowmere Capital",
    "Gristmoor Mining",
    "Haldane Optics",
    "Yarrowby Networks",
    "Pellucid Bio",
    "Quellmark Castings",
    "Ravelstone",
    "Wickmere Brewing",
    "Stellwater Marine",
    "Drummore Steel",
    "Vantrell",
    "Coppergate Apparel",
    "Ferrowind",
)

# first names the people data knows, surnames it does not: a person is read from the title
PEOPLE = (
    "Maria Okafor",
    "David Lindqvist",
    "Sarah Brennan",
    "Thomas Achterberg",
    "Priya Raman",
    "Michael Ostrowski",
    "Robert Halloran",
    "Anna Kowalczyk",
    "James Whitcombe",
    "Peter Sandoval",
)

# real places from data/places.tsv (a location is a place the data knows)
PLACES = ("Denver", "Calgary", "Rotterdam", "Osaka", "Adelaide", "Austin", "Pune")


@functools.cache
def place_names() -> frozenset[str]:
    """Every surface of the place data files (data/places*.tsv)."""
    out: set[str] = set()
    data = resources.files("bizfacts").joinpath("data")
    for entry in data.iterdir():
        if entry.name.startswith("places") and entry.name.endswith(".tsv"):
            for line in entry.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    out.add(line.split("\t")[0].strip())
    return frozenset(out)


def clashes(name: str) -> list[str]:
    """The words of ``name`` that the place, people or common-word data already know."""
    w = company_words()
    places = place_names()
    bad = []
    for word in name.split():
        if (
            word in w.non_company
            or word in places
            or word in w.firstnames
            or word in w.surnames
            or word in w.common
            or word.casefold() in w.common
        ):
            bad.append(word)
    if name in places or name in w.non_company:
        bad.append(name)
    return bad
