"""Company, product, site and organization mentions, each with a canonical name.

Signals, each a small rule (its name is carried on every mention as ``rule``):

* the gazetteer (:class:`Gazetteer`), matched on capitalized word sequences with
  one dictionary look-up per candidate ("Tencent", "WeChat", "Alibaba Group");
* a legal suffix ending a capitalized sequence ("Cyclops Corp", "Aruba Co");
* a word that ends many company or organization names ("Chase Manhattan Bank",
  "Commerce Department", "University of Chicago");
* web domains ("taobao.com", "buy.qq.com") as sites;
* Reuters codes: "<Dixons Group PLC>" is a company, "<CYL>" after a name its ticker;
* context cues around an unknown name ("startup Foo", "shares of Foo",
  "Foo, a Boston-based maker of", "Foo Chief Executive", "(NASDAQ: FOO)", "Foo-owned");
* linking inside one document: a later "Cyclops" or "Cyclops's" is the "Cyclops
  Corp" named before, an acronym defined in parentheses names the same entity.

People ("Li Yanchuan", "Mr. Ma"), places, months, weekdays, job titles, stock indexes
and currencies on their own, and ordinary capitalized words are not read; an exchange
named on its own ("the Lisbon Stock Exchange") is an organization.

The package has one module per concern: ``_regexes`` (patterns and word sets), ``_base``
(the pass's state and helpers), ``_tokens`` (capitalized words and runs),
``_segments`` (gazetteer names and legal suffixes in a run), ``_unknown`` (names nobody
listed), ``_cues`` (context cues), ``_aliases`` (the forms each name is known by),
``_linking`` (short forms, headlines), ``_sites`` (web domains, Reuters codes, CJK names),
``_naming`` (the name as written), ``_extractor`` (one document's pass), ``_review`` (vetoes,
names from context and lists), ``_acronyms`` (acronyms and their long forms), ``_lists`` (the
names of an enumeration) and ``_scans`` (the review's scans of the text).
"""

from __future__ import annotations

from .._company_words import company_words
from .._gazetteer import Gazetteer, GazetteerEntry
from .._spans import CompanyMention
from .._suffixes import canonical_name
from ._extractor import _Extractor
from ._ordinals import may_hold_ordinals, with_ordinals
from ._pairs import split_joined_pairs
from ._review import review
from ._scans import state_after_place

__all__ = ["Gazetteer", "GazetteerEntry", "canonical_name", "extract_companies", "is_non_company"]


def is_non_company(word: str) -> str | None:
    """The category of a capitalized word that is never a company on its own.

    One of "title", "person_title", "month", "weekday", "exchange", "currency",
    "place", "country", "demonym", "common", or None when the word may name a company.

    >>> is_non_company("Hangzhou"), is_non_company("Chairman"), is_non_company("Sina")
    ('place', 'title', None)
    """
    w = company_words()
    if word in w.common:
        return "common"
    return w.non_company.get(word)


def extract_companies(text: str, *, gazetteer: Gazetteer | None = None) -> list[CompanyMention]:
    """Company, product, site and organization mentions in ``text``, in text order.

    Every mention carries ``name``, the canonical name of the entity it refers to,
    the same for every mention of that entity in the text.  Pass ``gazetteer`` (see
    :meth:`Gazetteer.with_entries`) to add names of your own.

    >>> [(m.text, m.name) for m in extract_companies("Shares of Cyclops Corp rose; Cyclops said.")]
    [('Cyclops Corp', 'Cyclops'), ('Cyclops', 'Cyclops')]
    >>> [(m.text, m.kind, m.owner) for m in extract_companies("Tencent's WeChat app grew.")]
    [('Tencent', 'company', None), ('WeChat', 'product', 'Tencent')]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_companies() expects text as str, got {type(text).__name__}")
    extractor = _Extractor(text, gazetteer if gazetteer is not None else Gazetteer.default())
    found = review(text, extractor.run(), extractor.caps, extractor.cue_words)
    if " and " in text:  # "Cardwell and Murmur Labs": two companies where the document shows two
        found = split_joined_pairs(found, text)
    if may_hold_ordinals(text, found):  # "1st Carrow Bancorp": the ordinal opens the name
        found = with_ordinals(text, found)
    if ", " in text:  # "Naples, FL": a state's postal code after its place is no acronym of a company
        found = [m for m in found if len(m.text) != 2 or not state_after_place(text, m.start)]
    return found
