"""Legal-entity suffixes ("Inc", "Corp", "Co Ltd", "S.A.") and canonical company names.

The suffix list lives in ``data/legal_suffixes.tsv`` and is loaded lazily, once.
"""

from __future__ import annotations

import functools

import regex

from ._numbers import data_rows

_SPACE = regex.compile(r"\s+")
_JOINED_FORMS = regex.compile(r"\.,(?=\p{Lu})")  # "Co.,Ltd."
_POSSESSIVE = regex.compile(r"(?:'s|’s|s'|s’)$")
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
# ("," stands alone in "Foo , Inc."; "de" joins two forms: "S.A.B. de C.V.")
_CONNECTORS = frozenset({"&", "and", "et", "und", "y", "AND", ",", "de"})
_BARE_LEADERS = frozenset({"The", "THE", "the", "A", "An"})
# forms that end a company's name but stay in its canonical name: a tax form written where a legal
# form would be, and part of the trust's name ("Sunward REIT", "Sunward REIT, Inc." -> "Sunward REIT");
# "group" in another language, which English text keeps as part of the name ("Vandersloot Groep N.V."
# -> "Vandersloot Groep", as "Groupe X" and "Grupo X" keep theirs)
_KEPT_FORMS = frozenset({"REIT", "REIT,", "Groep", "Gruppe", "Gruppen", "Grupa"})
# words that make one legal form with the suffix after them: India's "Private Limited", Australia's
# "Proprietary Limited"
_BEFORE_FORMS = frozenset({"Private", "PRIVATE", "Proprietary", "PROPRIETARY"})


@functools.cache
def suffix_table() -> dict[str, str]:
    """Dotless suffix surface -> class ("strong" or "weak")."""
    return {row[0]: row[1] for row in data_rows("legal_suffixes.tsv")}


def suffix_class(token: str) -> str | None:
    """ "strong", "weak" or None for one token ("Inc.", "S.A.", "Co," -> "strong").

    >>> suffix_class("Inc."), suffix_class("Group"), suffix_class("Sina")
    ('strong', 'weak', None)
    """
    if token.isalpha():  # no comma, apostrophe or dot to drop: the key is the token
        return suffix_table().get(token)
    key = token.rstrip(",").removesuffix("'s").removesuffix("’s").replace(".", "")
    return suffix_table().get(key) if key else None


def strip_suffixes(tokens: list[str]) -> list[str]:
    """The tokens of a name without its trailing legal suffixes and connectors.

    Nothing is stripped when only a bare leading word would be left ("The Limited").
    """
    end = len(tokens)
    while end > 1 and (
        (suffix_class(tokens[end - 1]) is not None and tokens[end - 1] not in _KEPT_FORMS)
        or tokens[end - 1] in _CONNECTORS
        or (end < len(tokens) and tokens[end - 1] in _BEFORE_FORMS)  # "Private Limited"
    ):
        end -= 1
    while end > 0 and tokens[end - 1] in _CONNECTORS:
        end -= 1
    if end == 0 or (end == 1 and tokens[0] in _BARE_LEADERS):
        return tokens
    return tokens[:end]


def canonical_name(surface: str) -> str:
    """The canonical form of a company name as written: legal suffixes stripped.

    Whitespace is collapsed, a possessive and a leading "The" are dropped, and
    trailing legal suffixes are removed unless nothing specific would be left.

    >>> canonical_name("Sina Corp")
    'Sina'
    >>> canonical_name("Alibaba Group Holding Ltd")
    'Alibaba'
    >>> canonical_name("General Motors Corp.")
    'General Motors'
    >>> canonical_name("Morgan Stanley & Co., Inc.")
    'Morgan Stanley'
    >>> canonical_name("The Limited")
    'The Limited'
    >>> canonical_name("Tencent's")
    'Tencent'
    >>> canonical_name("A and K Inc")
    'A and K'
    >>> canonical_name("Lianhua Electronics Co.,Ltd.")
    'Lianhua Electronics'
    >>> canonical_name("Annapurna Cold Chain Private Limited")
    'Annapurna Cold Chain'
    >>> canonical_name("Sunward Logistics REIT, Inc.")
    'Sunward Logistics REIT'
    >>> canonical_name("Vandersloot Groep N.V.")
    'Vandersloot Groep'
    """
    if surface.isprintable() and "  " not in surface:
        # no whitespace but single spaces (every other whitespace character is unprintable):
        # nothing for _SPACE to collapse
        s = surface.strip().rstrip(",;:")
    else:
        s = _SPACE.sub(" ", surface).strip().rstrip(",;:")
    if s.endswith(_POSSESSIVE_ENDINGS):  # (only then can the pattern, anchored at the end, match)
        s = _POSSESSIVE.sub("", s)
    if ".," in s:  # "Lianhua Electronics Co.,Ltd.": two forms joined without a space
        s = _JOINED_FORMS.sub("., ", s)
    tokens = s.split(" ")
    if len(tokens) > 2 and tokens[0] == "PT":  # Indonesian "PT ... Tbk": the form comes first
        tokens = tokens[1:]
    kept = strip_suffixes(tokens)
    if (
        len(kept) > 1
        and kept[0] in _BARE_LEADERS
        and not (len(kept) == 2 and suffix_class(kept[1]))
        and kept[1] not in ("and", "&")  # "A and K", "A & K": the letter is part of the name
    ):
        kept = kept[1:]
    out = " ".join(kept)
    if kept is not tokens:
        out = out.rstrip(",")
    return out or s
