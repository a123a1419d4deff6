"""Word lists for the company extractor, loaded lazily once from ``data/``."""

from __future__ import annotations

import functools
from importlib import resources
from typing import NamedTuple

from ._numbers import data_rows


class CompanyWords(NamedTuple):
    """The lexicons the company extractor consults (all case-sensitive)."""

    non_company: dict[str, str]  # surface -> category (title, month, place, ...)
    firstnames: frozenset[str]
    surnames: frozenset[str]
    common: frozenset[str]  # ordinary words that open sentences
    appositive: frozenset[str]  # lowercase nouns introducing a company name
    head: frozenset[str]  # words ending many company names ("Motors", "Bank")
    org_head: frozenset[str]  # words ending organization names ("University")
    org_prefix: frozenset[str]  # "University" of X
    generic: frozenset[str]  # words that are never a name on their own
    cue_before: frozenset[str]  # "stake in", "acquired": a company name follows
    name_prefix: frozenset[str]  # "Grupo", "Banco": starts a company name
    investor_tail: frozenset[str]  # "Pension Plan", "Investment Authority": ends an investor fund's name
    department: frozenset[str]  # "Finance", "Investor Relations": a department after a title
    facility: frozenset[str]  # "Plant", "Mine", "Two": a site or an asset a firm's name opens
    sector: frozenset[str]  # "Tech", "Banking": a market's sector before "shares" ("Tech shares rallied")
    shop: frozenset[str]  # "Bakehouse", "Kitchen": a trade that ends a shop's name after a possessive
    trade: frozenset[str]  # "Marine", "Tooling": a trade that ends the first of two names joined by "and"
    # surface -> "common" for the common words, else its non_company category: the
    # extractor's category look-up in one probe instead of a set test and a dict probe
    category_of: dict[str, str]
    # surnames, generic, head and org_head words: none is a company name on its own
    not_alone: frozenset[str]
    # months and weekdays with no hyphen, dot or "'s" to read: on its own such a word
    # names nothing and stands in no name (the company extractor drops it at once)
    dropped: frozenset[str]


@functools.cache
def company_words() -> CompanyWords:
    """The lexicons, read on first use."""
    non_company: dict[str, str] = {}
    for surface, category in data_rows("non_companies.tsv"):
        non_company[surface] = category
    for surface, category in list(non_company.items()):
        if category == "title" and surface[:1].isupper():
            non_company.setdefault(f"Co-{surface}", "title")  # "Co-Founder", "Co-Chairman"
    for surface, category in data_rows("places.tsv"):
        non_company.setdefault(surface, category)
    firstnames: set[str] = set()
    surnames: set[str] = set()
    for surface, category in data_rows("people_names.tsv"):
        (firstnames if category == "firstname" else surnames).add(surface)
    by_cat: dict[str, set[str]] = {}
    for word, category in data_rows("company_words.tsv"):
        by_cat.setdefault(category, set()).add(word)
    raw = resources.files("bizfacts").joinpath("data", "common_words.txt").read_text(encoding="utf-8")
    common = frozenset(w.strip() for w in raw.splitlines() if w.strip() and not w.startswith("#"))
    category_of = dict(non_company)
    not_alone = frozenset(surnames).union(*(by_cat.get(c, ()) for c in ("generic", "head", "org_head")))
    category_of.update(dict.fromkeys(common, "common"))  # a common word is "common" first
    return CompanyWords(
        non_company=non_company,
        firstnames=frozenset(firstnames),
        surnames=frozenset(surnames),
        common=common,
        appositive=frozenset(by_cat.get("appositive", ())),
        head=frozenset(by_cat.get("head", ())),
        org_head=frozenset(by_cat.get("org_head", ())),
        org_prefix=frozenset(by_cat.get("org_prefix", ())),
        generic=frozenset(by_cat.get("generic", ())),
        cue_before=frozenset(by_cat.get("cue_before", ())),
        name_prefix=frozenset(by_cat.get("name_prefix", ())),
        investor_tail=frozenset(by_cat.get("investor_tail", ())),
        department=frozenset(by_cat.get("department", ())),
        facility=frozenset(by_cat.get("facility", ())),
        sector=frozenset(by_cat.get("sector", ())),
        shop=frozenset(by_cat.get("shop", ())),
        trade=frozenset(by_cat.get("trade", ())),
        category_of=category_of,
        not_alone=not_alone,
        dropped=frozenset(
            word
            for word, category in category_of.items()
            if category in ("month", "weekday") and "-" not in word and not word.endswith((".", "'s", "’s"))
        ),
    )
