"""The name each entity carries: as the document writes it."""

from __future__ import annotations

import itertools

import regex

from .._place_table import place_entries
from .._spans import CompanyMention
from ._base import canonical_name  # (remembered: a document repeats its names)
from ._made import mention


def _brand_names(mentions: list[CompanyMention]) -> dict[str, str]:
    """Registered names with a legal-form prefix that the text goes on to call by their brand.

    "PT Kilau Digital Indonesia Tbk" once, then "Kilau" three times: the text's name for
    the company is "Kilau".  Only names written with such a prefix (Indonesian "PT") are
    renamed; elsewhere a short form ("Williams" for "Williams Natural Gas") may name
    another company.
    """
    out: dict[str, str] = {}
    for m in mentions:
        if m.kind != "company" or not m.text.startswith(("PT ", "PT. ")) or " " not in m.name:
            continue
        first = m.name.split(" ")[0]
        short = sum(1 for x in mentions if x.name == m.name and x.text == first)
        long = sum(1 for x in mentions if x.name == m.name and x.text != first)
        if short >= 2 and short > long:
            out[m.name] = first
    return out


def _fullest(forms: dict[str, int]) -> str:
    """The document's name for an entity written in several ``forms`` (form -> count): the most
    frequent (then the longest, then the first alphabetically), or the longest form that spells it
    out, "Eastman Kodak" for "Kodak", "Trans World Airlines" for "TWA", "Pan American World
    Airways" for "Pan Am" (not a former or unrelated alias: "Massey-Ferguson" for "Varity").

    >>> _fullest({"Kodak": 3, "Eastman Kodak": 1}), _fullest({"Varity": 3, "Massey-Ferguson": 1})
    ('Eastman Kodak', 'Varity')
    """
    usual = min(forms, key=lambda f: (-forms[f], -len(f), f))
    fuller = [f for f in forms if len(f) > len(usual) and _spells_out(f, usual)]
    return min(fuller, key=lambda f: (-len(f), f)) if fuller else usual


def _spells_out(long: str, short: str) -> bool:
    """Whether ``long`` is a fuller form of ``short``: it holds its words ("Eastman Kodak",
    "Kodak"), opens with it ("Pan American", "Pan Am"), or its capitalized words' initials spell
    it ("Trans World Airlines", "TWA")."""
    if long.startswith(short) or f" {short} " in f" {long} ":
        return True
    initials = "".join(w[0] for w in long.replace("-", " ").split() if w[:1].isupper())
    return short.isupper() and initials == short


# the rules of a name read from its context alone, with no list or suffix ("Meridian's board")
_CUE_RULES = frozenset({"cue after", "cue before", "X said it", "X title", "listing code", "reuters ticker"})


def _short_forms(mentions: list[CompanyMention]) -> dict[str, str]:
    """One-word names a context cue found that open exactly one longer company name of the
    document, named before them: "Meridian Foods Inc ... Meridian's board" is one company.  (The
    linker leaves such a word alone where it is also a town's name: a cue says it is the firm.)"""
    cued = {m.name for m in mentions if m.rule in _CUE_RULES and m.kind == "company" and " " not in m.name}
    if not cued:
        return {}
    longer: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for m in mentions:
        if m.kind == "company" and " " in m.name:
            longer.setdefault(m.name.split(" ")[0], set()).add(m.name)
            first_at.setdefault(m.name, m.start)
        elif m.name in cued:
            first_at.setdefault(m.name, m.start)
    out: dict[str, str] = {}
    for word in cued:
        names = longer.get(word, set())
        if len(names) == 1:
            (name,) = names
            if first_at[name] < first_at[word]:
                out[word] = name
    return out


_FORMERLY = regex.compile(r"[ \t]*\((?:formerly|previously)(?:[ \t]+(?:known|called)[ \t]+as)?[ \t]+")


def former_names(text: str, mentions: list[CompanyMention]) -> list[CompanyMention]:
    """``mentions`` with a former name told in brackets named as the company's present name:
    "Wattlebrook Foods Pty Ltd (formerly Coorong Valley Dairies Limited)" is one company, Wattlebrook
    Foods, wherever the text uses either name.

    >>> from bizfacts import extract_companies
    >>> t = "Wattle Foods Ltd (formerly Coorong Dairies Ltd) is based in Geelong. Coorong Dairies grew."
    >>> [m.name for m in former_names(t, extract_companies(t))]
    ['Wattle Foods', 'Wattle Foods', 'Wattle Foods']
    """
    renames: dict[str, str] = {}
    for a, b in itertools.pairwise(mentions):
        if a.kind != "company" or b.kind != "company" or b.name == a.name or "(" not in text[a.end : b.start]:
            continue
        if _FORMERLY.fullmatch(text, a.end, b.start) and text.startswith(")", b.end):
            renames.setdefault(b.name, a.name)
    if not renames:
        return mentions
    return [
        m
        if m.name not in renames
        else mention(m.start, m.end, m.text, renames[m.name], m.kind, m.owner, m.ticker, m.exchange, m.rule)
        for m in mentions
    ]


def _without_place_prefix(mentions: list[CompanyMention]) -> dict[str, str]:
    """ "Zhejiang Qiantang New Materials Co." in a text that also names "Qiantang New Materials":
    one company, named without the Chinese province or city that opens its registered name (a
    name of three words or more; the place-less name found apart)."""
    names = {m.name for m in mentions if m.kind == "company" and m.name.count(" ") >= 1}
    renames: dict[str, str] = {}
    for name in names:
        place, _, core = name.partition(" ")
        if core in names and " " in core and chinese_place(place):
            renames[name] = core
    return renames


def chinese_place(word: str) -> bool:
    """Whether ``word`` names a Chinese province or city ("Zhejiang", "Shenzhen"), as the registered
    names of Chinese companies open."""
    return any(e.country in _CHINESE and e.kind in ("region", "city") for e in place_entries(word))


_CHINESE = frozenset({"CN", "HK", "TW"})


def _capitals_as_written(mentions: list[CompanyMention]) -> dict[str, str]:
    """Names written in capitals ("PELLHAM BRANDS, INC." atop a filing) renamed as the text writes
    them elsewhere ("Pellham Brands"): one company, named as its sentences name it.  (Short names in
    capitals are acronyms: "IBM" stays.)"""
    written = {m.name.casefold(): m.name for m in reversed(mentions) if not m.name.isupper()}
    return {
        m.name: written[m.name.casefold()]
        for m in mentions
        if m.name.isupper() and len(m.name) > 4 and m.name.casefold() in written
    }


def _names_as_written(mentions: list[CompanyMention]) -> list[CompanyMention]:
    """Name each gazetteer entity as the document writes it, legal suffixes stripped.

    The gazetteer links "K Mart Corp" and "Kmart" to one entity; the canonical name a
    reader (and an analyst's record) uses for this document is one the text uses, so
    "K Mart" rather than the gazetteer's spelling when the text only says "K Mart Corp".
    Among several written forms the most frequent wins, then the longest, then the
    first in alphabetical order, so the name does not depend on which comes first; a longer
    form that spells the winner out takes its place (:func:`_fullest`).
    Products and sites keep their names; their owners follow the renaming.
    """
    written: dict[str, dict[str, int]] = {}
    branded = cued = False  # may _brand_names() or _short_forms() rename anything?
    for m in mentions:
        rule, kind = m.rule, m.kind
        if rule == "gazetteer" and (kind == "company" or kind == "organization"):
            form = canonical_name(m.text)
            if form.isupper() or len(form) <= 2:
                form = m.name  # "IBM", "GE": the gazetteer's name stands
            forms = written.setdefault(m.name, {})
            forms[form] = forms.get(form, 0) + 1
        elif rule in _CUE_RULES and kind == "company":
            cued = True
        # (the first letters sliced first: str.startswith() parses its arguments at every call)
        if kind == "company" and m.text[:2] == "PT" and m.text.startswith(("PT ", "PT. ")):
            branded = True
    renames: dict[str, str] = {}
    for old, forms in written.items():
        new = next(iter(forms)) if len(forms) == 1 else _fullest(forms)
        if new != old and new.casefold() != old.casefold():
            renames[old] = new
    if any(m.name.isupper() and len(m.name) > 4 for m in mentions):
        renames.update(_capitals_as_written(mentions))
    renames.update(_without_place_prefix(mentions))
    if branded:
        renames.update(_brand_names(mentions))
    if cued:
        renames.update(_short_forms(mentions))
    if not renames:
        return mentions
    # (a mention renamed made anew, each field passed on: cheaper than attrs.evolve())
    return [
        m
        if m.name not in renames and (m.owner is None or (m.owner and m.owner not in renames))
        else mention(
            m.start,
            m.end,
            m.text,
            renames.get(m.name, m.name),
            m.kind,
            renames.get(m.owner, m.owner) if m.owner else None,
            m.ticker,
            m.exchange,
            m.rule,
        )
        for m in mentions
    ]
