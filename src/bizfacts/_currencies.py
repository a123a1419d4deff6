"""The currency lexicon of ``bizfacts.money``: which symbol, code or word names which currency,
and which currency a text means by a shared one ("$", "francs", "cents").

The forms come from ``data/currencies.tsv`` (written by the team) and ``data/currency_names.tsv``
(generated from CLDR data by ``scripts/gen_currency_names.py``).  A shared form resolves from
the text: a note or a listing venue for bare dollars and cents ("NOTE: Canadian dollars",
"(ASX: CHG)"), cue words for the other families (the dateline first, then the whole text).

>>> _resolve("?dollar", "NOTE: All figures in Australian dollars.", _lexicon())
'AUD'
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from ._numbers import alternation, data_rows

#: where a dateline ends at the latest ("ZURICH, March 13 -"): its city decides first
_DATELINE = 40


class _Lexicon(NamedTuple):
    prefixes: dict[str, str]  # exact form -> code or ?family
    suffixes: dict[str, str]  # normalized (lowercase for words, exact for codes) -> code
    minors: frozenset[str]  # normalized suffix forms that are hundredths
    cues: dict[str, tuple[tuple[str, regex.Pattern[str]], ...]]  # family -> (code, cue re)
    defaults: dict[str, str | None]  # family -> default code


@functools.cache
def _rows() -> tuple[tuple[str, ...], ...]:
    """The hand-written currency rows, then the names generated from CLDR data
    (``scripts/gen_currency_names.py``)."""
    return data_rows("currencies.tsv") + data_rows("currency_names.tsv")


# a sign written after the number ("10$", "20€", "3.14US$"): a symbol form with a sign
# character.  A CJK unit after the number ("500元") may be followed by more CJK text.
_SIGN_CHARS = frozenset("$€£¥￥₹₩฿₪₽₦₫₺₴₱")


def _after_sign_forms() -> list[str]:
    return sorted({f for _c, kind, forms in _rows() if kind == "symbol" for f in forms.split("|")
                   if any(ch in _SIGN_CHARS for ch in f) and " " not in f})


def _norm(form: str) -> str:
    return " ".join(form.split())


@functools.cache
def _lexicon() -> _Lexicon:
    prefixes: dict[str, str] = {}
    suffixes: dict[str, str] = {}
    minors: set[str] = set()
    cue_words: dict[str, list[tuple[str, list[str]]]] = {}
    defaults: dict[str, str | None] = {}
    for code_field, kind, forms_field in _rows():
        forms = [f for f in forms_field.split("|") if f]
        code = code_field
        if code_field.startswith("?"):
            family, _, default = code_field[1:].partition("=")
            code = "?" + family
            defaults[family] = default or None
        if kind == "symbol":
            prefixes.update(dict.fromkeys(forms, code))
            suffixes.update({f: code for f in forms if f in _after_sign_forms()})
        elif kind == "code":
            prefixes.update(dict.fromkeys(forms, code))
            suffixes.update(dict.fromkeys(forms, code))
        elif kind in ("word", "minor"):
            for form in forms:
                suffixes[_norm(form).lower()] = code
                if kind == "minor":
                    minors.add(_norm(form).lower())
        elif kind == "word_cs":
            suffixes.update({_norm(f): code for f in forms})
        elif kind == "minor_attached":
            suffixes.update(dict.fromkeys(forms, code))
            minors.update(forms)
        elif kind.startswith("cue:"):
            cue_words.setdefault(kind[4:], []).append((code, forms))
    cues = {
        family: tuple(
            (code, regex.compile(rf"\b(?i:{alternation(words)})\b", regex.V0)) for code, words in entries
        )
        for family, entries in cue_words.items()
    }
    return _Lexicon(prefixes, suffixes, frozenset(minors), cues, defaults)


_NOTE = regex.compile(
    r"(?i:\b(?:note|all\s+(?:figures|amounts)|(?:figures|amounts)\s+are|unless\s+otherwise\s+(?:stated|noted))"
    r"\b[\s:,(]*+(?:are\s+|given\s+|expressed\s+|stated\s+|reported\s+)?(?:in\s+)?)"
    r"(?P<c>(?i:canadian|australian|new\s+zealand|hong\s+kong|singapore|taiwan))\s+(?i:dollars|dlrs|funds)",
    regex.V0,
)
_LISTING = regex.compile(
    r"\((?P<x>ASX|TSX|TSXV|TSX-V|NZX|SGX|JSE)\s*:|\b(?P<y>ASX|TSX|NZX|SGX|JSE)(?:-listed|\s+ANNOUNCEMENT)\b",
    regex.V0,
)
# a listing venue named in full, in a text with no ticker ("quoted on the Australian Securities Exchange")
_EXCHANGE_NAMES = regex.compile(
    r"\bAustralian[ \t]+Securities[ \t]+Exchange\b|\bToronto[ \t]+Stock[ \t]+Exchange\b"
    r"|\bTSX[ \t]+Venture[ \t]+Exchange\b|\bNew[ \t]+Zealand[ \t]+(?:Stock[ \t]+)?Exchange\b"
    r"|\bSingapore[ \t]+Exchange\b",
    regex.V0,
)
_EXCHANGE_VENUES = {
    "Australian Securities Exchange": "ASX",
    "Toronto Stock Exchange": "TSX",
    "TSX Venture Exchange": "TSXV",
    "New Zealand Exchange": "NZX",
    "New Zealand Stock Exchange": "NZX",
    "Singapore Exchange": "SGX",
}
_NOTE_CODES = {
    "canadian": "CAD",
    "australian": "AUD",
    "new zealand": "NZD",
    "hong kong": "HKD",
    "singapore": "SGD",
    "taiwan": "TWD",
}
_NOTE_WORDS = ("canadian", "australian", "zealand", "hong kong", "singapore", "taiwan")
_VENUES = ("ASX", "TSX", "NZX", "SGX", "JSE")
_LISTING_CODES = {
    "ASX": ("AUD", "AUD"),
    "TSX": ("CAD", "CAD"),
    "TSXV": ("CAD", "CAD"),
    "TSX-V": ("CAD", "CAD"),
    "NZX": ("NZD", "NZD"),
    "SGX": ("SGD", "SGD"),
    "JSE": (None, "ZAR"),
}


@functools.lru_cache(maxsize=16)
def _stated_dollar(text: str) -> tuple[str | None, str | None]:
    """The currency a text states for its bare dollars and cents, if any.

    A note ("NOTE: Canadian dollars", "All figures in Australian dollars") wins; else a
    single listing venue ("(ASX: CHG)", "TSX-listed", "the Australian Securities Exchange"; JSE
    makes cents rand cents).
    """
    lower = text.lower()
    notes: set[str] = set()
    if any(word in lower for word in _NOTE_WORDS):  # cheap test before a full scan
        notes = {_NOTE_CODES[" ".join(m.group("c").lower().split())] for m in _NOTE.finditer(text)}
    if len(notes) == 1:
        code = notes.pop()
        return code, code
    venues: set[str] = set()
    if any(venue in text for venue in _VENUES):
        venues = {m.group("x") or m.group("y") for m in _LISTING.finditer(text)}
    if "Exchange" in text:  # "quoted on the Australian Securities Exchange"
        venues |= {_EXCHANGE_VENUES[" ".join(m.group(0).split())] for m in _EXCHANGE_NAMES.finditer(text)}
    if len(venues) == 1:
        return _LISTING_CODES[venues.pop()]
    return None, None


def _resolve(code: str, text: str, lex: _Lexicon) -> str | None:
    if not code.startswith("?"):
        return code
    family = code[1:]
    if family in ("dollar", "cent"):
        dollar, cent = _stated_dollar(text)
        stated = dollar if family == "dollar" else cent
        return stated or lex.defaults.get(family)
    return _family_currency(family, text)


@functools.lru_cache(maxsize=64)
def _family_currency(family: str, text: str) -> str | None:
    """The currency of a shared word ("francs") in ``text``: decided once per text and
    family, not once per amount (each decision may scan the whole text)."""
    lex = _lexicon()
    cues = lex.cues.get(family, ())
    # the dateline or first words ("ZURICH, March 13 -") first, then the whole text
    for scope in (text[:_DATELINE], text):
        found = {c for c, pattern in cues if pattern.search(scope)}
        if len(found) == 1:
            return found.pop()
        if found:
            break
    return lex.defaults.get(family)
