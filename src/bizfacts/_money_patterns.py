"""The patterns of the money reader (:mod:`bizfacts.money`): its main pattern, built from the
currency lexicon, the per-unit and year patterns, where a match can begin, and the literal anchors
(needles) a text must hold for a search to be worth running.

The patterns are kept uncompiled (:class:`~bizfacts._patterns.LazyPattern`): :func:`_patterns`
compiles them with ``regex`` for any text, :func:`_ascii_patterns` writes their stdlib twins for
ASCII text (most texts) from the source.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import regex

from ._alternations import alternation
from ._currencies import _after_sign_forms, _lexicon, _rows
from ._money_per import _PER_NOUNS
from ._needles import minimal_needles
from ._numbers import NON_ASCII_NUMBER_START, AnyPattern, number_patterns, start_scanner
from ._patterns import LazyPattern


@functools.cache
def _suffix_alternation() -> str:
    rows = _rows()
    any_case: list[str] = []
    exact: list[str] = []
    attached: list[str] = []
    for _code, kind, forms in rows:
        if kind in ("word", "minor"):
            any_case.extend(forms.split("|"))
        elif kind in ("word_cs", "code"):
            exact.extend(forms.split("|"))
        elif kind == "minor_attached":
            attached.extend(forms.split("|"))
    signs = _after_sign_forms()
    wide = [f for f in signs if not f[0].isascii()]  # "20 €": may stand after a space
    # "38.2p": a one-letter unit only straight after a digit; "10$", "10k$": a sign straight
    # after the number
    return (rf"(?:(?i:{alternation(any_case)})|{alternation(exact)}|(?<=\d)(?:{alternation(attached)})"
            rf"|(?<=[\dkKmMbB])(?:{alternation(signs)})|{alternation(wide)})")


@functools.cache
def _needles() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Literal anchors of every money form: currency names (lowercase), sign characters
    (any case) and letter signs and codes (exact case)."""
    names: set[str] = set()
    signs: set[str] = set()
    exact: set[str] = set()
    for _code, kind, forms in _rows():
        for form in forms.split("|"):
            if kind in ("word", "minor"):
                names.add(form.lower().split()[-1])
            elif kind == "word_cs":
                exact.add(form.split()[-1])
            elif kind == "minor_attached":
                exact.update(f"{digit}{form}" for digit in "0123456789")
            elif kind not in ("symbol", "code"):
                continue
            elif all(ch.isalpha() or ch in ".-" for ch in form):
                exact.add(form.rstrip("."))
            else:
                signs.update(ch for ch in form if not ch.isalnum() and ch not in ".- ")
    return minimal_needles(names), minimal_needles(signs), minimal_needles(exact)


class _Patterns(NamedTuple):
    main: AnyPattern
    per: AnyPattern  # a per-unit noun after an amount: "a share"
    year_ctx: AnyPattern  # words that make a 4-digit number a year: "in 1980 dollars"
    year: AnyPattern


@functools.cache
def _sources() -> tuple[LazyPattern, ...]:
    """The patterns of :class:`_Patterns`, uncompiled: :func:`_patterns` compiles them for any text,
    :func:`_ascii_patterns` writes their stdlib twins for ASCII text (most texts) from the source."""
    nums = number_patterns()
    lex = _lexicon()
    prefix = alternation(list(lex.prefixes))
    suffix = _suffix_alternation()
    scaled = rf"(?:{nums.numeral}{nums.scale}?+)"
    # a hyphen joins a range only when unspaced ("$5-6m"), or spaced between two amounts that both
    # name the currency ("$122.0 - $124.0 million"); "March 3 - 12 mln" is a dateline
    sep = r"(?:-|\u2013|\u2014|[ \t\u00a0]\u2013[ \t\u00a0]|[ \t\u00a0]++(?:to|and)[ \t\u00a0]++)"
    sp = r"[ \t\u00a0]"
    main = LazyPattern(
        rf"""
        (?<![\w$€£¥.,/])
        (?:
            (?P<sign>[-\u2212](?=\S))?+
            (?P<pre>{prefix})(?![^\W\d_]){sp}?+(?P<sign2>[-\u2212])?+
            (?P<n1>{scaled})
            (?:(?P<sep1>{sep}|{sp}[-\u2013]{sp}(?=(?P=pre)))(?:(?P=pre){sp}?+)?(?P<n2>{scaled}))?
        |
            (?P<n3>{nums.number})
            (?:(?P<sep2>{sep})(?P<n4>{nums.number}))?
            (?:-|{sp}*+)(?P<suf>{suffix})(?:(?<=[元円])|(?![\w$]))
        )
        """,
        regex.VERBOSE | regex.V0,
    )
    per = LazyPattern(
        rf"(?:{sp}*+/{sp}*+|-(?:a|per)-|{sp}++(?:cash{sp}++)?(?:a|an|per|each|a\s+common|per\s+common)"
        # ("$0.31 per diluted share", "per basic share", "per fully diluted share")
        rf"(?:{sp}++(?:fully{sp}++)?(?:diluted|basic))?{sp}++)(?P<per>(?i:{alternation(_PER_NOUNS.split('|'))}))(?!\w)",
        regex.V0,
    )
    # words right before an amount that make a 4-digit number a year: "in 1980 dollars"
    year_ctx = LazyPattern(r"(?i:\b(?:in|constant|real|fiscal|of|the|from|since|by|year)\s++)\Z")
    return main, per, year_ctx, LazyPattern(r"(?:1[89]|20)\d\d")


@functools.cache
def _patterns() -> _Patterns:
    return _Patterns(*(p.get() for p in _sources()))


@functools.cache
def _ascii_patterns() -> _Patterns:
    """``_patterns`` for ASCII-only text, run by the faster stdlib ``re``: the same matches."""
    return _Patterns(*(p.twin() for p in _sources()))


def _patterns_for(text: str) -> _Patterns:
    """The patterns to run over ``text``: :func:`_ascii_patterns` when it is ASCII-only."""
    return _ascii_patterns() if text.isascii() else _patterns()


@functools.cache
def _starts() -> re.Pattern[str]:
    """Where the main pattern can begin: a sign, a currency prefix or a number.  A prefix
    is matched in its exact case, so a non-ASCII character begins a match only as the
    head of a prefix ("€", "£") or as a number (``NON_ASCII_NUMBER_START``): arbitrary
    Unicode text is not tried at every character."""
    return start_scanner("$€£¥.,/", tuple(_lexicon().prefixes), non_ascii=NON_ASCII_NUMBER_START)
