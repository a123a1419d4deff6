"""Percentages: ``extract_percentages(text)``.

What it finds
-------------
* ``18%``, ``18 percent``, ``18 per cent``, ``18-percent``, ``18 pct``, ``eighteen
  percent``, ``7-1/2 pct``, ``half a percentage point``;
* ``unit``: "percent", or "percentage_points" ("2 percentage points", "1.5 pct
  points") or "basis_points" ("25 basis points", "50 bps");
* ranges ``20-30%``, ``20% to 30%``, ``between 20 and 30 percent``: one mention,
  ``value`` the low end and ``value_high`` the high end.  ``from 5 to 7 pct`` is a
  change, not a range, and ``5 and 7 pct`` a list: two mentions;
* ``direction`` "up"/"down" where the text states a change: a verb or adverb before
  ("rose 5 pct", "down 3%", "fell by about 2 percent"), a noun or comparative after
  ("a 4% drop", "5 pct higher"), or a written sign ("-3%" keeps value -3, "down");
* a sign written as a word: ``minus five percent`` -> -5 (the word inside the span);
  ``100 percentage`` and ``one hundred percents`` are percents too;
* ``qualifier`` from the words right before ("about 5 pct" -> "about"), outside the
  span like every qualifier in bizfacts.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Literal, NamedTuple

import regex

from ._needles import NeedleGroup, WindowSearch
from ._numbers import (
    NON_ASCII_NUMBER_START,
    AnyMatch,
    alternation,
    data_rows,
    list_head_ok,
    number_patterns,
    parse_number,
    start_scanner,
)
from ._patterns import LazyPattern
from ._qualifiers import qualifier_before
from ._spans import PercentMention, PercentUnit, unchecked

__all__ = ["extract_percentages"]

Direction = Literal["up", "down"]

_UNITS: tuple[tuple[str, PercentUnit], ...] = (
    ("%", "percent"),
    ("percent", "percent"),
    ("per cent", "percent"),
    ("per-cent", "percent"),
    ("percents", "percent"),
    ("percentage", "percent"),
    ("pct", "percent"),
    ("pc", "percent"),
    ("percentage points", "percentage_points"),
    ("percentage point", "percentage_points"),
    ("percent points", "percentage_points"),
    ("percent point", "percentage_points"),
    ("per cent points", "percentage_points"),
    ("pct points", "percentage_points"),
    ("pct point", "percentage_points"),
    ("pct pts", "percentage_points"),
    ("ppts", "percentage_points"),
    ("basis points", "basis_points"),
    ("basis point", "basis_points"),
    ("bps", "basis_points"),
    ("bp", "basis_points"),
    ("bpts", "basis_points"),
)
_UNIT_OF = {u: kind for u, kind in _UNITS}
# every unit contains one of these (lowercase): the prefilter looks for them first
_NEEDLES = ("%", "basis", "bp", "cent", "pc", "ppt")


#: Words between a change verb and its percentage: "rose a sharp 5%"
_INTENSIFIERS = (
    "only", "just", "a", "an", "strong", "sharp", "steep", "modest", "slight", "further", "another",
    "solid", "healthy",
)


class _Tables(NamedTuple):
    main: LazyPattern  # (the three run over ASCII text as their stdlib twins: ``for_text``)
    starts: re.Pattern[str]  # where ``main`` can begin: a number
    before: LazyPattern
    after: LazyPattern
    directions_before: dict[str, Direction]
    directions_after: dict[str, Direction]
    before_endings: dict[str, tuple[str, ...]]  # by last letter: what ends a ``before`` match


@functools.cache
def _tables() -> _Tables:
    nums = number_patterns()
    before: dict[str, Direction] = {}
    after: dict[str, Direction] = {}
    for word, direction, position in data_rows("directions.tsv"):
        table = before if position == "before" else after
        table[word] = "up" if direction == "up" else "down"
    units = alternation([u for u, _ in _UNITS if u != "%"])
    sp = r"[ \t\u00a0]"
    # a unit follows the number after spaces, a hyphen ("18-percent") or nothing ("5pc")
    # "%" before two hex digits, one of them a digit ("5%2D", "%C3"), is percent-encoding
    not_encoded = r"(?![0-9][0-9A-Fa-f]|[A-Fa-f][0-9])"
    unit = rf"(?:{sp}*+%{not_encoded}|(?:(?<=half){sp}++an?{sp}++|{sp}*+-?+)(?i:{units})(?!\w))"
    number = rf"(?:{nums.number})"
    sep = rf"(?:-|\u2013|\u2014|{sp}\u2013{sp}|{sp}++(?:to|and){sp}++)"
    main = LazyPattern(
        rf"""
        (?<![\w.,/%])  # not inside a number, a path or a percent-encoded URL ("a%20b")
        (?P<n1>{number})
        (?:
            (?P<u1>{unit})(?:(?P<sep1>{sep})(?P<n2>{number})(?P<u2>{unit}))?
        |
            (?P<sep2>{sep})(?P<n3>{number})(?P<u3>{unit})
        )
        """,
        regex.VERBOSE | regex.V0,
    )
    # "fell 3%", "fell by 3%", "rose to 5%", "cut its prime rate to 7 pct", "raised rates by 25 bp"
    before_re = LazyPattern(
        rf"(?<!\w)(?P<d>(?i:{alternation(list(before))}))"
        rf"(?:{sp}++by|(?:{sp}++[\w'-]++){{0,3}}?{sp}++(?:by|to)"
        rf"|(?:{sp}++(?i:{'|'.join(_INTENSIFIERS)})){{1,2}})?"
        rf"{sp}++\Z",
        regex.V0,
    )
    after_re = LazyPattern(rf"{sp}++(?P<d>(?i:{alternation(list(after))}))(?!\w)", regex.V0)
    starts = start_scanner(".,/%", non_ascii=NON_ASCII_NUMBER_START)
    # ``before_re`` ends with a direction word, "by", "to" or an intensifier, then spaces
    endings: dict[str, list[str]] = {}
    for phrase in {*(w.split()[-1].lower() for w in before), "by", "to", *_INTENSIFIERS}:
        endings.setdefault(phrase[-1:], []).append(phrase)
    before_endings = {tail: tuple(words) for tail, words in endings.items()}
    return _Tables(main, starts, before_re, after_re, before, after, before_endings)


@functools.lru_cache(maxsize=256)
def _unit_rule(raw: str) -> tuple[PercentUnit, str]:
    """The unit of a written unit and the rule that reads it: sign or word."""
    return _unit(raw), "number percent sign" if raw.strip() == "%" else "number percent word"


@functools.lru_cache(maxsize=256)
def _unit(raw: str) -> PercentUnit:
    key = " ".join(raw.replace("-", " ").split()).lower()
    if key.startswith("a ") or key.startswith("an "):
        key = key.split(" ", 1)[1]
    if key in ("", "%"):
        return "percent"
    if key == "per cent":
        return "percent"
    return _UNIT_OF.get(key, "percent")


def _direction(text: str, start: int, end: int, value: Decimal, t: _Tables) -> Direction | None:
    if value < 0:
        return "down"
    if text[start] == "+":
        return "up"
    lo = start - 48 if start > 48 else 0
    # "5% 5%": an ASCII character before one space that ends no phrase, told without a call
    last = text[start - 2] if start > 1 else ""
    if (
        start
        and text[start - 1] in _SPACES
        and (last in _SPACES or not last.isascii() or last.lower() in t.before_endings)
        and _may_end_direction(text, lo, start, t)
    ):
        # most percentages follow a word no direction phrase ends with: told without the
        # pattern.  An ASCII letter matches only its two cases, so an ASCII head, or any
        # head whose last letter is an ASCII one that ends no phrase, is decided here;
        # other heads (caseless "\u017f", "\u212a" may stand for "s", "k") by the pattern
        head = text[lo:start].rstrip(" \t\u00a0").lower()
        last = head[-1:]
        words: tuple[str, ...] | None = t.before_endings.get(last, ())
        if not head.isascii() and (words or not last.isascii()):
            words = None
        if words is None or head.endswith(words):
            m = t.before.for_text(text).search(text, lo, start)
            if m is not None:
                # casefold, not lower: the caseless pattern also reads "ri\u017fe" as "rise"
                return t.directions_before.get(m.group("d").casefold())
    # the phrase after starts with spaces: most percentages end before punctuation
    # and a word: an ASCII character after the first space that is no letter or space ends it
    after = text[end + 1 : end + 2]
    if text[end : end + 1] in _SPACES and (after.isalpha() or after in _SPACES or not after.isascii()):
        m = t.after.for_text(text).match(text, end)
        if m is not None:
            return t.directions_after.get(m.group("d").casefold())
    return None


def _may_end_direction(text: str, lo: int, start: int, t: _Tables) -> bool:
    """False when the last character before the spaces ending at ``start`` (no further
    back than ``lo``) is an ASCII one that ends no direction phrase ("5% 5%")."""
    k = start - 1
    while k > lo and text[k - 1] in _SPACES:
        k -= 1
    if k == lo:
        return True
    last = text[k - 1]
    return not last.isascii() or last.lower() in t.before_endings


def extract_percentages(text: str) -> list[PercentMention]:
    """Find percentages, percentage points and basis points in ``text``, in text order.

    >>> import bizfacts
    >>> m = bizfacts.extract_percentages("Alibaba bought an 18 percent stake")[0]
    >>> m.text, m.value, m.unit
    ('18 percent', Decimal('18'), 'percent')
    >>> m = bizfacts.extract_percentages("Sales fell 3.5 pct in March")[0]
    >>> m.value, m.direction
    (Decimal('3.5'), 'down')
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_percentages() expects text as str, got {type(text).__name__}")
    if not text:
        return []
    return _percentages(text, None)


#: The needle list the percentage pattern is searched near, for ``group_needle_spans``.
NEEDLE_GROUP: NeedleGroup = (_NEEDLES, False, 72 + 24)


def _percentages(text: str, spans: list[tuple[int, int]] | None) -> list[PercentMention]:
    """``extract_percentages(text)``; ``spans`` are the ``needle_spans`` of ``NEEDLE_GROUP``
    when the caller has them (``find_mentions`` finds those of several extractors at once)."""
    t = _tables()
    main = t.main.for_text(text)
    if spans is None:
        search = WindowSearch(main, text, ((text.lower(), _NEEDLES, 72, 24),), t.starts).search
    else:
        search = WindowSearch(main, text, (), t.starts, spans=((spans, 72, 24),)).search
    out: list[PercentMention] = []
    pos = 0
    while True:
        m = search(pos)
        if m is None:
            return out
        found = _mentions(m, text, t)
        if found and found[0].value_high is None:
            found[0] = _signed_by_word(text, found[0], t)
        out.extend(found)
        pos = found[-1].end if found else m.start() + 1


def _mention(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    unit: PercentUnit,
    rule: str,
    t: _Tables,
    high: Decimal | None = None,
) -> PercentMention:
    qualifier, qstart = qualifier_before(text, start)
    direction = _direction(text, qstart, end, value, t)
    return _new_mention(start, end, text[start:end], value, unit, high, qualifier, direction, rule)


_new_mention = unchecked(PercentMention)


_SPACES = frozenset(" \t\u00a0")
_SIGN_WORD_ENDS = frozenset("sSeE \t\u00a0")  # the last letters of the sign words, or more spaces
_MINUS = re.compile(r"(?<![\w-])(?:[Mm]inus|MINUS|[Nn]egative)[ \t\u00a0]+\Z")


def _signed_by_word(text: str, mention: PercentMention, t: _Tables) -> PercentMention:
    """ "minus five percent": the sign word joins the span and makes the value negative."""
    start = mention.start
    if start < 2 or text[start - 1] not in _SPACES or text[start - 2] not in _SIGN_WORD_ENDS:
        return mention  # no "minus" or "negative" (or spaces) right before: told by two characters
    if mention.value <= 0:
        return mention
    head = text[max(0, start - 10) : start]
    if "inus" not in head and "INUS" not in head and "egative" not in head:
        return mention  # the common case, told without a pattern
    sign = _MINUS.search(text, max(0, start - 12), start)
    if sign is None:
        return mention
    return _mention(text, sign.start(), mention.end, -mention.value, mention.unit, mention.rule, t)


def _is_word_before(text: str, start: int, word: str) -> bool:
    head = text[max(0, start - len(word) - 3) : start].rstrip().lower()
    return head.endswith(word) and (len(head) == len(word) or not head[-len(word) - 1].isalpha())


def _mentions(m: AnyMatch, text: str, t: _Tables) -> list[PercentMention]:
    n1, u1, n2 = m.group("n1", "u1", "n2")
    low = parse_number(n1)
    if low is None:
        return []
    start = m.start()
    if u1 is not None:
        unit, rule = _unit_rule(u1)
        first_end = m.end("u1")
        if n2 is None:
            return [_mention(text, start, first_end, low, unit, rule, t)]
        high = parse_number(n2)
        sep = m.group("sep1").strip().lower()
        unit2 = _unit(m.group("u2"))
        if (
            high is None
            or unit2 != unit
            or high < low
            or (sep == "and" and not _is_word_before(text, start, "between"))
            or _is_word_before(text, start, "from")
        ):
            return [_mention(text, start, first_end, low, unit, rule, t)]
        return [_mention(text, start, m.end(), low, unit, rule + " range", t, high)]
    high = parse_number(m.group("n3"))
    unit, rule = _unit_rule(m.group("u3"))
    if high is None:
        return []
    sep = m.group("sep2").strip().lower()
    listed = (sep == "and" and not _is_word_before(text, start, "between")) or _is_word_before(
        text, start, "from"
    )
    if listed or high < low:
        second = _mention(text, m.start("n3"), m.end(), high, unit, rule, t)
        if not list_head_ok(text, start, n1):
            return [second]  # "in 1986 and 3.7 pct": the first number is no percentage
        return [_mention(text, start, m.end("n1"), low, unit, rule, t), second]
    return [_mention(text, start, m.end(), low, unit, rule + " range", t, high)]
