"""The one place the extractors run for a document: every mention the assembler reads.

:func:`find_mentions` runs the company, money, percentage, user-count and date extractors
(and the people and places extractors, given the companies found) over a text and keeps
what the assembler uses: company mentions that are no exchange
("Nasdaq"), pronoun or role word ("the Purchaser") and no "X-like" modifier, and, besides
the money the text states, the current-period figures of a wire earnings table (which name
no currency, see :mod:`bizfacts.facts.tables`).  ``bizfacts extract --mentions`` prints the
same bundle (:meth:`Mentions.in_text_order`), so what it shows is what the facts come from.

>>> m = find_mentions("Acme Corp bought a 20% stake in Widget Inc for $50 million.")
>>> [c.name for c in m.companies], [str(x.amount) for x in m.money], [str(p.value) for p in m.percentages]
(['Acme', 'Widget'], ['50000000'], ['20'])
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs
from ahocorasick import Automaton

from .. import companies as _companies
from .. import dates as _dates
from .. import money as _money
from .. import people as _people
from .. import percentages as _percentages
from .. import places as _places
from .. import user_counts as _user_counts
from .._needles import NeedleGroup, group_needle_spans, group_scanner, joint_needle_spans, joint_scanner
from .._spans import (
    CompanyMention,
    DateMention,
    Mention,
    MoneyMention,
    PercentMention,
    PersonMention,
    PlaceMention,
    UserCountMention,
)
from ..companies import Gazetteer
from . import lexicon as L
from ._doc_words import Hits, document_words, word_masks
from .cascade.gate import mention_kinds
from .layouts import wire_dateline
from .release_tables import scaled_table_money
from .tables import table_amounts
from .template import LazyPattern

# "Pendle Systems (www.pendle.io)": the brackets around a site named right after a company
_BRACKET_OPEN = LazyPattern(r"[ \t]{0,3}[(\[][ \t]{0,3}")
_BRACKET_CLOSE = LazyPattern(r"[ \t]{0,3}[)\]]")
_ALL_KINDS = frozenset({"title", "place", "other"})
# "Apple-like": a company name used as a modifier, no mention of the company.
_LIKE = LazyPattern(r"-?(?:like|style|esque|type)\b")
_LIKE_FIRST = frozenset("-lset")  # what a match of ``_LIKE`` starts with: after most names it is not tried


@attrs.frozen
class Mentions:
    """A document's mentions as the assembler reads them, each kind in the order its extractor gave."""

    companies: tuple[CompanyMention, ...] = ()
    money: tuple[MoneyMention, ...] = ()
    table_amounts: tuple[MoneyMention, ...] = ()  # figures of an earnings table, in the table's currency
    percentages: tuple[PercentMention, ...] = ()
    user_counts: tuple[UserCountMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    people: tuple[PersonMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    # what the assembler's word automaton found in the casefolded text (:mod:`._doc_words`), found
    # here once for both: None when not looked for (the assembler then looks)
    word_hits: Hits | None = attrs.field(default=None, eq=False, repr=False)

    def others(self) -> list[Mention]:
        """Every mention but the companies: money (the text's, then the tables'), percentages,
        user counts, dates."""
        return [*self.money, *self.table_amounts, *self.percentages, *self.user_counts, *self.dates]

    def in_text_order(self) -> list[Mention]:
        """Every mention, sorted by position (longest first, money first on ties)."""
        found: list[Mention] = [*self.others(), *self.companies, *self.people, *self.places]
        return sorted(found, key=lambda m: (m.start, -m.end, not isinstance(m, MoneyMention)))


def find_mentions(
    text: str,
    reference_date: dt.date | None = None,
    *,
    gazetteer: Gazetteer | None = None,
    everything: bool = False,
) -> Mentions:
    """Run every extractor over ``text`` once and keep what the assembler reads (see the module doc).

    ``reference_date`` resolves relative dates; ``gazetteer`` is passed to
    :func:`bizfacts.extract_companies`.  People are only looked for in a text with a title word,
    places in one with a location word (one automaton pass decides): the assembler reads them
    nowhere else.  ``everything=True`` runs both anyway (``bizfacts extract --mentions``).
    """
    found = (
        _companies.extract_companies(text)
        if gazetteer is None
        else _companies.extract_companies(text, gazetteer=gazetteer)
    )
    companies = tuple(
        c
        for c in found
        if c.name.casefold() not in L.EXCHANGES
        and c.text.casefold() not in L.EXCHANGES  # "AIM" linked to a name like "AIM Rules for Companies"
        and c.name.casefold() not in L.NOT_NAMES  # pronouns, role words ("the Purchaser")
        and not (text[c.end : c.end + 1] in _LIKE_FIRST and _LIKE.match(text, c.end))
    )
    if any(c.kind == "site" for c in companies):
        companies = _without_bracketed_sites(text, companies)
    # the needles that money, percentages and user counts are searched near, and the words the
    # assembler reads: one pass for all where casefolding is lowercasing (ASCII text) and the
    # needles are not dense
    groups, scanner, joint = _needle_groups()
    low = text.casefold()
    spans: list[list[tuple[int, int]]] | None
    both = joint_needle_spans(text, low, groups, joint) if text and joint is not None else None
    if both is not None:
        spans, word_hits = both
    else:
        spans = group_needle_spans(text, text.lower(), groups, scanner) if text else None
        word_hits = document_words(low)
    money = _money._money(text, spans[:2] if spans else None) if text else []
    money = scaled_table_money(text, money)  # "$118.4" under "(in millions)"
    needs = _ALL_KINDS if everything else mention_kinds(low, word_hits)
    people = _people.extract_people(text, companies=found) if "title" in needs or "place" in needs else []
    places = _places.extract_places(text, companies=found, people=people) if "place" in needs else []
    return Mentions(
        people=tuple(people),
        places=tuple(places),
        companies=companies,
        money=tuple(money),
        table_amounts=tuple(table_amounts(text, money, companies)),
        percentages=tuple(_percentages._percentages(text, spans[2] if spans else None) if text else ()),
        user_counts=tuple(_user_counts._user_counts(text, spans[3] if spans else None) if text else ()),
        dates=_document_dates(text, reference_date),
        word_hits=word_hits,
    )


@functools.cache
def _needle_groups() -> tuple[tuple[NeedleGroup, ...], Automaton | None, Automaton | None]:
    """The needle lists of the money, percentage and user-count extractors, in that order, their
    ``group_scanner`` and their ``joint_scanner`` with the assembler's words (kept here: finding a
    cached automaton by its lists would hash every needle and word on every call)."""
    groups = (*_money.needle_groups(), _percentages.NEEDLE_GROUP, _user_counts.needle_group())
    words = ((word, (word, mask)) for word, mask in word_masks().items())
    return groups, group_scanner(groups), joint_scanner(groups, words)


def _without_bracketed_sites(text: str, companies: tuple[CompanyMention, ...]) -> tuple[CompanyMention, ...]:
    """``companies`` but the web addresses in brackets right after a company's name: "Pendle Systems
    (www.pendle.io) is based in Leeds" names the company's site, neither a party nor a short name.

    >>> t = "Pendle Systems (www.pendle.io) is based in Leeds."
    >>> [c.text for c in _without_bracketed_sites(t, tuple(_companies.extract_companies(t)))]
    ['Pendle Systems']
    """
    kept: list[CompanyMention] = []
    for c in companies:
        prev = kept[-1] if kept else None
        if (
            c.kind == "site"
            and prev is not None
            and prev.kind != "site"
            and _BRACKET_OPEN.fullmatch(text, prev.end, c.start)
            and _BRACKET_CLOSE.match(text, c.end)
        ):
            continue
        kept.append(c)
    return tuple(kept)


def _document_dates(text: str, reference_date: dt.date | None) -> tuple[DateMention, ...]:
    """The date mentions of ``text``; with no ``reference_date``, a full date in the dateline
    that opens the text ("AUSTIN, Texas, Oct. 28, 2026 --") is the date the text was written,
    and resolves its relative dates ("today", "the third quarter").

    >>> [str(d.value) for d in _document_dates("LYON, France, May 4, 2026 -- Acme said today.", None)]
    ['2026-05-04', '2026-05-04']
    """
    dates = tuple(_dates.extract_dates(text, reference_date=reference_date))
    if reference_date is not None or not dates:
        return dates
    m = wire_dateline(text)
    if m is None:
        return dates
    first = next((d for d in dates if d.end > m.start()), None)  # (a headline may come before)
    if (
        first is None
        or first.value is None
        or first.granularity != "day"
        or first.kind != "point"
        or not m.start() <= first.start < m.end()
        or first.relative is not None
    ):
        return dates  # (a Reuters dateline names no year: "NEW YORK, March 3 -")
    return tuple(_dates.extract_dates(text, reference_date=first.value))
