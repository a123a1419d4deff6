"""The one number reader shared by the numeric extractors.

It reads the numbers business text writes:

* digits with thousands separators and decimals: ``"1,234.5"``, ``".25"``, Indian grouping
  ``"4,50,000"``, fractions in wire style ``"7-1/2"``, ``"3/4"``;
* a sign: ``"-3"``, ``"+2.5"``, ``"\u22124"``;
* scale words and abbreviations after digits: ``"1.2 billion"``, ``"150 mln"``,
  ``"1.2bn"``, ``"5m"``, ``"4,500 crore"``, ``"1.5 lakh crore"``;
* written numbers: ``"five hundred million"``, ``"twenty-three"``, ``"a dozen"``,
  ``"half a billion"``, ``"one and a half million"``, ``"a third"``, ``"two-thirds"``.

Values are ``Decimal`` and exact, except for thirds and fifths which are rounded to
28 significant digits (``Decimal(1) / 3``).  Integral values come back without a
fractional part (``Decimal("1200000000")`` for ``"1.2bn"``).

The regex sources are built from ``data/numbers.tsv`` on first use and shared:
``number_patterns()`` returns them; ``NUMBER_PATTERN`` is the whole-number source for
embedding in other patterns (it has no capturing groups).  Every quantifier that
could backtrack is possessive or inside an atomic group, so scans stay linear.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation, localcontext
from importlib import resources
from typing import NamedTuple

import regex

from ._alternations import alternation, by_first_character, tail_alternations
from ._patterns import LazyPattern

# NUMBER_PATTERN (see the module docstring) is served by __getattr__, built on first use
__all__ = [
    "NON_ASCII_NUMBER_START",
    "AnyMatch",
    "AnyPattern",
    "NumberPatterns",
    "alternation",
    "data_rows",
    "has_scale",
    "list_head_ok",
    "number_patterns",
    "parse_number",
    "scale_value",
    "start_scanner",
    "tidy",
    "whole_number",
]

#: Digits that are longer than this are not read as an amount (hashes, serial numbers).
MAX_DIGITS = 24

_SIGNS = "-+\u2212"

#: A pattern of either module: a ``regex`` pattern or its ``re`` twin (``ascii_twin``).
AnyPattern = re.Pattern[str] | regex.Pattern[str]
AnyMatch = re.Match[str] | regex.Match[str]


def data_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The tab-separated rows of ``bizfacts/data/<name>``, comments and blanks skipped.

    Read anew at each call, not kept: every caller builds its tables once (a cached
    function) and keeps those, not the rows (kept, the rows of every file read would
    stay in memory as well).
    """
    raw = resources.files("bizfacts").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(line.split("\t")))
    return tuple(rows)


def _fraction(text: str) -> Decimal:
    num, den = text.split("/")
    with localcontext() as ctx:
        ctx.prec = 28
        return Decimal(num) / Decimal(den)


class _Words(NamedTuple):
    cardinals: dict[str, Decimal]
    multipliers: dict[str, Decimal]
    scales: dict[str, Decimal]  # lowercase keys: scale words and abbreviations
    attached: dict[str, Decimal]  # case-sensitive one-letter abbreviations
    spaced: dict[str, Decimal]  # case-sensitive capital abbreviations, after an optional space ("$5 MM")
    fractions: dict[str, Decimal]
    by_kind: dict[str, tuple[str, ...]]


@functools.cache
def _words() -> _Words:
    cardinals: dict[str, Decimal] = {}
    multipliers: dict[str, Decimal] = {}
    scales: dict[str, Decimal] = {}
    attached: dict[str, Decimal] = {}
    spaced: dict[str, Decimal] = {}
    fractions: dict[str, Decimal] = {}
    by_kind: dict[str, list[str]] = {}
    for kind, word, value in data_rows("numbers.tsv"):
        by_kind.setdefault(kind, []).append(word)
        if kind in ("unit", "tens"):
            cardinals[word] = Decimal(value)
        elif kind == "multiplier":
            multipliers[word] = Decimal(value)
        elif kind in ("scale", "abbr"):
            scales[word.lower()] = Decimal(value)
        elif kind == "attached":
            attached[word] = Decimal(value)
        elif kind == "spaced":
            spaced[word] = Decimal(value)
        elif kind == "fraction":
            fractions[word] = _fraction(value)
    return _Words(
        cardinals, multipliers, scales, attached, spaced, fractions, {k: tuple(v) for k, v in by_kind.items()}
    )


class NumberPatterns(NamedTuple):
    """Regex sources (no capturing groups) for embedding in extractor patterns."""

    numeral: str
    """Digits: ``1,234.5``, ``4,50,000``, ``7-1/2``, ``3/4``; no sign, no scale."""
    scale: str
    """A scale after a numeral, with its leading space: `` million``, ``bn``, ``m``."""
    words: str
    """A written number: ``five hundred million``, ``a dozen``, ``two-thirds``."""
    number: str
    """A whole number: signed numeral with optional scale, or a written number."""


@functools.cache
def number_patterns() -> NumberPatterns:
    """Build (once) the shared regex sources from ``data/numbers.tsv``."""
    w = _words()
    kinds = w.by_kind
    numeral = (
        r"(?>(?:\d{1,4}[- ])?+\d{1,2}/(?:2|3|4|8|16|32|64)(?![\d/])"
        r"|\d{1,3}(?:,\d{3})++(?!\d)"
        r"|\d{1,2}(?:,\d\d(?=,))++,\d{3}(?!\d)"
        r"|\d++|(?=\.\d))(?:\.\d++)?+"
    )
    scale_words = alternation(list(kinds["scale"]))
    abbrs = alternation(list(kinds["abbr"]))
    attached = "".join(sorted(kinds["attached"]))
    spaced = alternation(list(kinds["spaced"]))
    one_scale = (
        rf"(?:[ \t\u00a0]?+(?i:{abbrs})(?!\w)"
        rf"|(?:\s*+|-)(?i:{scale_words})(?!\w)"
        rf"|(?<=\d)[ \t\u00a0]?+(?:{spaced})(?![\w&])"
        rf"|(?<=\d)[{attached}](?![\w]))"
    )
    scale = rf"(?:{one_scale}(?:\s++(?i:{scale_words})(?!\w))?+)"

    # written numbers are matched case-sensitively in lower and Capitalized form: a
    # case-insensitive trie tried at every word start is several times slower
    def cased(words: list[str] | tuple[str, ...]) -> str:
        return alternation([v for w in words for v in (w, w[:1].upper() + w[1:])])

    units = cased(list(kinds["unit"]))
    units_1_9 = cased([k for k, v in w.cardinals.items() if 1 <= v <= 9])
    tens = cased(kinds["tens"])
    mult = cased(kinds["multiplier"])
    fracs = cased(kinds["fraction"])
    scales_cased = cased(kinds["scale"])
    tok = rf"(?:(?:{tens})(?:[- ](?:{units_1_9})(?!\w))?+|{units}|{mult}|{scales_cased}|{fracs})(?!\w)"
    sep = (
        r"(?:(?:(?<=(?i:hundred))|(?<=(?i:thousand)))\s++and\s++"
        rf"|\s++and\s++(?:an?\s++)?(?=(?:{fracs})(?!\w))"
        r"|(?:\s++|-)(?:an?\s++)?)"
    )
    # "a" belongs to the number only before "hundred", "million", "dozen", "third"...
    lead = rf"(?:[Aa]n?\s++(?=(?:{mult}|{scales_cased}|{fracs})(?!\w)))?+"
    words = rf"(?:{lead}{tok}(?:{sep}{tok})*+)"
    # the characters a number can begin with, tested first: most words ("users", "the")
    # then fail in one step, not after every branch of the number words
    written = ("unit", "tens", "multiplier", "scale", "fraction")
    heads = {"A", "a"} | {c for k in written for w in kinds[k] for c in (w[0].lower(), w[0].upper())}
    first = "".join(re.escape(ch) for ch in sorted(heads | set(_SIGNS) | {"."}))
    number = (
        rf"(?=[{first}\d])"
        rf"(?:[{_SIGNS}]?+{numeral}{scale}?+|{words}(?:[ \t\u00a0]?+(?i:{abbrs})(?!\w))?+)"
    )
    return NumberPatterns(numeral, scale, words, number)


# The characters besides an ASCII letter's own two cases that the ``regex`` module
# matches to it case-insensitively (version 0, simple case folding).
_CASE_VARIANTS = {"i": "\u0130", "k": "\u212a", "s": "\u017f"}


def _any_case(source: str) -> str:
    """``source`` (an ``alternation`` of ASCII words) with every letter made a class of
    the characters ``(?i:...)`` lets it match: ``"s"`` -> ``"[sS\u017f]"``."""
    out = []
    chars = iter(source)
    for ch in chars:
        if ch == "\\":
            out.append(ch + next(chars))  # an escape: copied as is
        elif ch.isascii() and ch.isalpha():
            out.append(f"[{ch.lower()}{ch.upper()}{_CASE_VARIANTS.get(ch.lower(), '')}]")
        else:
            out.append(ch)
    return "".join(out)


#: The non-ASCII characters that may begin ``NUMBER_PATTERN``: a minus sign and the
#: decimal digits of other scripts ("\u0663", "\uff15").  ``re`` knows the digits of
#: Python's Unicode tables; the ``regex`` module may have newer ones, all outside the
#: Basic Multilingual Plane so far, so every character there is kept as a start.  (Written as
#: one non-ASCII class tested again from behind: ``re`` then skips ASCII text as fast as for
#: ``[^\x00-\x7f]``, which an alternation with a look-ahead first would keep it from.)
NON_ASCII_NUMBER_START = r"[^\x00-\x7f](?<=[\u2212\d\U00010000-\U0010ffff])"


@functools.cache
def start_scanner(
    not_after: str,
    literals: tuple[str, ...] = (),
    caseless: tuple[str, ...] = (),
    non_ascii: str = r"[^\x00-\x7f]",
) -> re.Pattern[str]:
    """A ``starts`` pattern for ``WindowSearch``: it matches at every position where a
    number (``NUMBER_PATTERN``), one of ``literals`` (exact case) or one of ``caseless``
    (any case) can begin, unless right after an ASCII word character or a character
    of ``not_after``.

    It is compiled with the stdlib ``re``, which scans for such a pattern several
    times faster than ``regex``.  To stay a superset of the places where the caller's
    ``regex`` pattern can begin whatever the Unicode tables of either module say, it
    is written in ASCII terms: every non-ASCII character may start a match, only
    ASCII word characters block one, and only the first word of a phrase is looked
    for.  It has no look-ahead, so it matches wherever that pattern does for any
    ``endpos``.  Its alternatives open with one character each (``by_first_character``),
    which ``re`` tests without entering them, and it has the form "(?<![X])(?:Y)" that
    ``WindowSearch`` scans for the character before a start (``_needles._preceded``).

    ``non_ascii`` is where a non-ASCII character by itself may start a match: any one
    by default, ``NON_ASCII_NUMBER_START`` for a pattern that begins with a number.
    """
    kinds = _words().by_kind

    def cased(*names: str) -> list[str]:  # lower and Capitalized, as number_patterns has them
        return [v for k in names for w in kinds[k] for v in (w, w[:1].upper() + w[1:])]

    heads = {phrase.split()[0] for phrase in literals if phrase.split()}
    after_sign = ["[0-9.]", "[^\\x00-\\x7f]"]
    if heads:
        after_sign.append(alternation(sorted(heads)))
    # each kind of start: (the characters it begins with, the pattern of what follows them)
    openers = [
        ("-+", "(?:" + "|".join(after_sign) + ")"),  # a sign before a number or a currency sign
        ("0123456789", ""),
        (".", r"(?:[0-9]|[^\x00-\x7f])"),
        # "a dozen", "an eighth": the article, its spaces (any non-ASCII character may be
        # one for ``regex``), then the word
        ("Aa", rf"n?(?:\s|[^\x00-\x7f])++(?:{alternation(cased('multiplier', 'scale', 'fraction'))})"),
    ]
    words = [*cased("unit", "tens", "multiplier", "scale", "fraction"), *heads]  # a written number, a literal
    heads = {phrase.split()[0].lower() for phrase in caseless if phrase.split()}
    # cut before any non-ASCII character: such a character is a start by itself
    heads = {h[: next((i for i, c in enumerate(h) if not c.isascii()), len(h))] for h in heads}
    heads.discard("")
    for first, tails in tail_alternations(heads).items():
        low = first.lower()
        variants = "".join(dict.fromkeys(low + first.upper() + _CASE_VARIANTS.get(low, "")))
        openers.append((variants, _any_case(tails)))
    openers.extend((first, tails) for first, tails in tail_alternations(words).items())
    blocked = "A-Za-z0-9_" + "".join(re.escape(c) for c in not_after)
    return re.compile(rf"(?<![{blocked}])(?:{by_first_character(openers)}|{non_ascii})")


@functools.cache
def _parts_re() -> LazyPattern:
    p = number_patterns()
    return LazyPattern(rf"(?P<sign>[{_SIGNS}])?+(?P<num>{p.numeral})(?P<scale>{p.scale})?+", regex.V0)


@functools.cache
def _number_re() -> regex.Pattern[str]:
    return regex.compile(number_patterns().number, regex.V0)


@functools.cache
def _tokens_re() -> re.Pattern[str]:
    return re.compile(r"[A-Za-z]+")  # ASCII letters: the same in ``re`` as in ``regex``


_TIDY_PREC = 60
_UNIT = Decimal(1)


def tidy(value: Decimal) -> Decimal:
    """Drop a zero fractional part and trailing zeros: 1200000000.0 -> 1200000000."""
    if value.same_quantum(_UNIT) and value.adjusted() < _TIDY_PREC:  # exponent 0, few digits: no as_tuple()
        return value  # an integer already: quantize() below would return it unchanged
    with localcontext() as ctx:
        ctx.prec = _TIDY_PREC
        if value == value.to_integral_value():
            return value.quantize(_UNIT)
        return value.normalize()


def scale_value(text: str) -> Decimal | None:
    """The multiplier of scale words: ``"million"`` -> 10**6, ``"lakh crore"`` -> 10**12.

    >>> scale_value("bn")
    Decimal('1000000000')
    >>> scale_value("thousand million")
    Decimal('1000000000')
    """
    w = _words()
    value = Decimal(1)
    found = False
    for tok in _tokens_re().findall(text):
        if tok in w.attached and len(text.strip()) == 1:
            value *= w.attached[tok]
        elif tok in w.spaced and len(text.strip()) == len(tok):
            value *= w.spaced[tok]
        elif tok.lower() in w.scales:
            value *= w.scales[tok.lower()]
        else:
            return None
        found = True
    return value if found else None


@functools.lru_cache(maxsize=4096)
def has_scale(text: str) -> bool:
    """Whether a number read by ``parse_number`` carries a scale word ("5 million", "5m").

    >>> has_scale("1.2bn"), has_scale("five hundred"), has_scale("two million"), has_scale("1,000")
    (True, False, True, False)
    """
    w = _words()
    s = text.strip()
    if s[:1].isdigit() or s[:1] in _SIGNS:
        return any(c.isalpha() for c in s)
    return any(tok.lower() in w.scales for tok in _tokens_re().findall(s))


def _numeral_value(text: str) -> Decimal | None:
    digits = sum(map(str.isdigit, text))
    if digits > MAX_DIGITS:
        return None
    if "/" in text:
        m = regex.fullmatch(r"(?:(\d+)[- ])?(\d+)/(\d+)(\.\d+)?", text)
        if m is None or m.group(4):
            return None
        num, den = int(m.group(2)), int(m.group(3))
        if not 0 < num < den:
            return None
        whole = Decimal(m.group(1) or 0)
        return whole + Decimal(num) / Decimal(den)
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
        return None


def _words_value(text: str) -> Decimal | None:
    w = _words()
    total = Decimal(0)
    current: Decimal | None = None
    after_and = False
    seen = False
    for raw in _tokens_re().findall(text):
        tok = raw.lower()
        if tok in ("a", "an"):
            continue
        if tok == "and":
            after_and = True
            continue
        seen = True
        if tok in w.cardinals:
            current = w.cardinals[tok] if current is None else current + w.cardinals[tok]
        elif tok in w.multipliers:
            current = (Decimal(1) if current is None else current) * w.multipliers[tok]
        elif tok in w.fractions:
            frac = w.fractions[tok]
            if current is None:
                current = frac
            elif after_and:
                current += frac
            else:
                current *= frac
        elif tok in w.scales:
            total += (Decimal(1) if current is None else current) * w.scales[tok]
            current = None
        else:
            return None
        after_and = False
    if not seen:
        return None
    return total + (current or 0)


# (2,048 entries: a corpus run hits 95% as often as with 4,096, which kept 0.3 MB more)
@functools.lru_cache(maxsize=2048)
def parse_number(text: str) -> Decimal | None:
    """The exact value of a number written in digits or words, or None.

    >>> parse_number("1,234.5")
    Decimal('1234.5')
    >>> parse_number("1.2bn")
    Decimal('1200000000')
    >>> parse_number("150 mln")
    Decimal('150000000')
    >>> parse_number("five hundred million")
    Decimal('500000000')
    >>> parse_number("half a billion")
    Decimal('500000000')
    >>> parse_number("7-1/2")
    Decimal('7.5')
    >>> parse_number("Rs") is None
    True
    """
    s = text.strip()
    if not s:
        return None
    with localcontext() as ctx:
        ctx.prec = 60
        m = _parts_re().for_text(s).fullmatch(s)
        if m is not None:
            value = _numeral_value(m.group("num"))
            if value is None:
                return None
            if m.group("scale"):
                mult = scale_value(m.group("scale"))
                if mult is None:
                    return None
                value *= mult
            if m.group("sign") in ("-", "\u2212"):
                value = -value
            return tidy(value)
        if _number_re().fullmatch(s) is None:
            return None
        words_value = _words_value(s)
        return None if words_value is None else tidy(words_value)


#: Digits (plain or with thousands commas), decimals, and one scale word or abbreviation of two
#: letters at least after one space or none: the form most counts take ("123.4 million").
_PLAIN_NUMBER = re.compile(r"([0-9]{1,3}(?:,[0-9]{3})++|[0-9]++)(?:\.([0-9]++))?+(?: ?+([A-Za-z]{2,}+))?+")


@functools.cache
def _scale_ints() -> dict[str, int]:
    return {word: int(value) for word, value in _words().scales.items()}


def whole_number(text: str) -> int | None:
    """``parse_number(text)`` as an ``int`` when it is a whole number and not negative, else None.

    Digits with at most one scale word ("123.4 million", "20,000") are read in integers, without
    ``Decimal`` (several times faster); every other number by ``parse_number``.

    >>> whole_number("123.4 million"), whole_number("1,500.0"), whole_number("2.5"), whole_number("-3")
    (123400000, 1500, None, None)
    """
    m = _PLAIN_NUMBER.fullmatch(text)
    if m is not None:
        whole, fraction, word = m.groups("")
        scale = _scale_ints().get(word.lower(), 0) if word else 1
        if scale:
            digits = whole.replace(",", "") + fraction
            if len(digits) > MAX_DIGITS:
                return None
            count, rest = divmod(int(digits) * scale, 10 ** len(fraction))
            return None if rest else count
    value = parse_number(text)
    if value is None or value != value.to_integral_value() or value < 0:
        return None
    return int(value)


_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)


@functools.cache
def _list_head_res() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    year = regex.compile(r"(?:1[89]|20)\d\d")
    month = regex.compile(rf"(?<!\w)(?i:{_MONTHS})\.?[ \t\u00a0]++\Z")
    return year, month


def list_head_ok(text: str, start: int, raw: str) -> bool:
    """Whether the bare first number of a list ("5 and 7 pct", "785 and 995 dlrs") can
    take the unit of the second: not a year ("in 1986 and 3.7 pct"), not a day after a
    month name ("on February 27 and 7-3/4 pct"), not a fraction word ("third quarter").

    >>> list_head_ok("rose 5 and 7 pct", 5, "5"), list_head_ok("in 1986 and 3 pct", 3, "1986")
    (True, False)
    """
    year, month = _list_head_res()
    if year.fullmatch(raw) or month.search(text, max(0, start - 12), start):
        return False
    if raw[:1].isdigit() or raw[:1] in _SIGNS:
        return True
    w = _words()
    return any(
        tok.lower() in w.cardinals or tok.lower() in w.multipliers for tok in _tokens_re().findall(raw)
    )


def __getattr__(name: str) -> str:
    # NUMBER_PATTERN is built from the data file on first access, not at import.
    if name == "NUMBER_PATTERN":
        return number_patterns().number
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
