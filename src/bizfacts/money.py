"""Amounts of money: ``extract_money(text)``.

What it finds
-------------
* a currency sign or code before the number: ``$586 million``, ``US$3.5 billion``,
  ``HK$12m``, ``€3.5bn``, ``£40,000``, ``¥2 trillion``, ``Rs 4,500 crore``,
  ``RMB5bn``, ``DM 300 mln``, ``USD 5m``;
* a currency name or code after the number: ``150 mln dlrs``, ``1.5 billion U.S. dlrs``,
  ``50 mln stg``, ``20 billion yen``, ``five million Swiss francs``, ``5 million USD``;
* hundredths: ``15 cts`` -> 0.15 USD, ``40 pence`` and ``40p`` -> 0.40 GBP;
* ranges: ``$5-6 million``, ``1,750 to 1,780 dlrs``, ``between $1 billion and
  $2 billion``: ONE mention from the first number to the last, ``amount`` the low end
  and ``amount_high`` the high end.  ``from X to Y`` is a change, not a range: two
  mentions.  ``X and Y dlrs`` without ``between`` is a list: two mentions, the first
  taking the currency of the second;
* a qualifier written right before the amount (``about``, ``more than``, ``up to``, see
  ``data/qualifiers.tsv``) goes to ``qualifier``; the qualifier words stay OUTSIDE the
  span ("more than $5 million" -> span "$5 million");
* a sign written before the amount: ``-$3m`` -> -3000000.  A loss stays positive;
* a per-unit price: ``$4.20 a share`` / ``15 cts per share`` -> ``per="share"``; the
  span stays the amount only ("$4.20").

Currency rules
--------------
``$``, "dollars", "dlrs" alone are USD (``C$``, ``A$``, ``HK$``... are their own
signs; "Canadian dlrs" is CAD), and "cents"/"cts" US cents, unless the text states
its currency: a note ("NOTE: Canadian dollars", "All figures in Australian dollars")
or one listing venue ("(ASX: CHG)" -> AUD, "(TSX: MPC)" -> CAD; "JSE-listed" makes
cents South African).  ``38.2p`` (p straight after a digit) is pence.
``¥`` is JPY unless the text names the yuan, RMB, renminbi, China or a
Chinese city, then CNY.  Words shared by several currencies ("francs", "crowns",
"pesos", "dinars") resolve from country words, any case, first in the first 40
characters (a dateline such as "ZURICH, March 13 -"), then in the whole text
("Swiss", "Zurich" -> CHF); when no cue or several different cues appear,
``currency`` is None.

Bare numbers, years ("in 2012"), versions, phone numbers and product names give
nothing: a mention needs a currency sign, code or name next to the number.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from decimal import Decimal
from typing import NamedTuple

import ahocorasick
import attrs
import regex

from ._currencies import _Lexicon, _lexicon, _norm, _resolve
from ._money_patterns import _needles, _Patterns, _patterns_for, _starts
from ._money_per import _per_after
from ._needles import NeedleGroup, WindowSearch, group_needle_spans, group_scanner
from ._numbers import (
    AnyMatch,
    AnyPattern,
    alternation,
    list_head_ok,
    number_patterns,
    parse_number,
    tidy,
)
from ._patterns import LazyPattern
from ._qualifiers import qualifier_before
from ._spans import MoneyMention, Qualifier, unchecked

__all__ = ["extract_money"]

_HUNDREDTH = Decimal("0.01")
_ONE = Decimal(1)


# tokenized text spaces the letters from the sign: "C $ 16.4 million", "HK $ 10 billion"
_LETTERS_BEFORE = re.compile(r"(?<![\w.$])(?P<l>[A-Z][A-Za-z]{0,3})[ \t\u00a0]\Z")


def _spaced_letters(text: str, found: list[MoneyMention], lex: _Lexicon) -> list[MoneyMention]:
    first = found[0]
    if not text[first.start - 2 : first.start - 1].isalpha():
        return found  # "$1 $1": the letters would end right before the space
    m = _LETTERS_BEFORE.search(text, max(0, first.start - 6), first.start)
    code = lex.prefixes.get(m.group("l") + "$") if m is not None else None
    if m is None or code is None:
        return found
    currency = _resolve(code, text, lex)
    joined = attrs.evolve(first, currency=currency, start=m.start(), text=text[m.start() : first.end])
    return [joined] + [attrs.evolve(f, currency=currency) for f in found[1:]]


_CODE = re.compile(r"[A-Z]{3}")


class _Amount(NamedTuple):
    value: Decimal
    has_scale: bool


# (2,048 entries: a corpus run hits 91% as often as with 4,096, which kept 0.6 MB more)
@functools.lru_cache(maxsize=2048)
def _amount(raw: str) -> _Amount | None:
    value = parse_number(raw)
    if value is None:
        return None
    has_scale = any(c.isalpha() for c in raw)
    return _Amount(value, has_scale)


def _inherit_scale(low: _Amount, high: _Amount, low_raw: str, high_raw: str) -> Decimal:
    """The low end of "5-6 million": the scale of the high end applies when the low has none."""
    if low.has_scale or not high.has_scale or low.value >= 1000:
        return low.value
    high_plain = parse_number(_strip_scale(high_raw))
    if high_plain is None or high_plain == 0:
        return low.value
    return tidy(low.value * (high.value / high_plain))


def _strip_scale(raw: str) -> str:
    m = regex.match(number_patterns().numeral, raw.lstrip("-+\u2212"))
    return m.group() if m else raw


def extract_money(text: str) -> list[MoneyMention]:
    """Find amounts of money in ``text``, in text order.

    Each mention has the amount scaled to units (``Decimal``), the ISO 4217 currency
    (or None when the text leaves it open), the high end of a range, a qualifier,
    the unit of a per-unit price and the rule that matched.

    >>> import bizfacts
    >>> m = bizfacts.extract_money("Alibaba paid $586 million for an 18 percent stake")[0]
    >>> m.text, m.amount, m.currency
    ('$586 million', Decimal('586000000'), 'USD')
    >>> found = bizfacts.extract_money("Net was 150 mln dlrs, or 15 cts a share")
    >>> [(m.amount, m.currency, m.per) for m in found]
    [(Decimal('150000000'), 'USD', None), (Decimal('0.15'), 'USD', 'share')]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_money() expects text as str, got {type(text).__name__}")
    if not text:
        return []
    return _money(text, None)


@functools.cache
def needle_groups() -> tuple[NeedleGroup, ...]:
    """The needle lists the money pattern is searched near, for ``group_needle_spans``:
    currency names in the lowercase text, letter signs and codes in the text."""
    names, _signs, exact = _needles()
    return ((names, False, 64 + 12), (exact, True, 64 + 48))


@functools.cache
def _group_scanner() -> ahocorasick.Automaton | None:
    """``group_scanner(needle_groups())``, kept: found by the lists, it would hash every needle."""
    return group_scanner(needle_groups())


def _money(text: str, spans: list[list[tuple[int, int]]] | None) -> list[MoneyMention]:
    """``extract_money(text)``; ``spans`` are the ``group_needle_spans`` of ``needle_groups()``
    when the caller has them (``find_mentions`` finds those of several extractors at once)."""
    out = _extract(text, spans)
    if "a dollar" in text or "euro" in text or "a cent" in text or "a penny" in text:
        out = _with_one_unit(text, out)
    return out


def _extract(text: str, spans: list[list[tuple[int, int]]] | None) -> list[MoneyMention]:
    pats = _patterns_for(text)
    lex = _lexicon()
    names, signs, exact = _needles()
    # a name ends the amount ("1.5 billion dlrs"), a sign or code starts it ("$5m")
    if spans is None:
        spans = group_needle_spans(text, text.lower(), needle_groups(), _group_scanner())
    if spans is not None:  # names and codes found in one pass over the lowercase text
        near = ((spans[0], 64, 12), (spans[1], 64, 48))
        search = WindowSearch(pats.main, text, ((text, signs, 2, 48),), _starts(), spans=near).search
    else:  # text not ASCII-only: each list searched by itself
        sources = ((text.lower(), names, 64, 12), (text, signs, 2, 48), (text, exact, 64, 48))
        search = WindowSearch(pats.main, text, sources, _starts()).search
    out: list[MoneyMention] = []
    resolved: dict[str, str | None] = {}  # the currency of each code, resolved once per text
    pos = 0
    while True:
        m = search(pos)
        if m is None:
            return _accounting_negatives(text, out, lex, resolved) if "(" in text else out
        pre = m.group("pre")
        if pre is not None:
            found = _from_prefix(m, text, lex, pats, resolved)
            if found and pre == "$" and text[m.start() - 1 : m.start()] == " ":
                found = _spaced_letters(text, found, lex)
        else:
            found = _from_suffix(m, text, lex, pats, resolved)
        if found and found[0].amount_high is None and found[0].per is None:
            found = _with_minor_part(text, found)
        out.extend(found)
        # resume after what was kept: a range that was not a range frees its second half
        pos = found[-1].end if found else m.start() + 1


@functools.cache
def _accounting_pattern() -> regex.Pattern[str]:
    """An amount in brackets, the accountant's minus: "$(23.1) million", "($23.1) million"."""
    nums, lex = number_patterns(), _lexicon()
    signs = alternation([p for p in lex.prefixes if not p[:1].isalpha()])
    return regex.compile(
        # ("($23.1) million" only with the scale after the bracket: "4.2 billion rupees ($50 million)"
        # and "the fee ($5)" are asides)
        # ("$(18)M": a scale's letter glued to the bracket)
        rf"(?<![\w$€£¥.,/])(?:(?P<pre>{signs})\((?P<n>{nums.numeral})\)(?P<scale>{nums.scale}|[MBK](?![\w&]))?+"
        rf"|\((?P<pre2>{signs})(?P<n2>{nums.numeral})\)(?P<scale2>{nums.scale}))(?![\w$])",
        regex.V0,
    )


@functools.cache
def _accounting_edges() -> tuple[frozenset[str], frozenset[str]]:
    """The characters that can stand right before and right after the bracket a match of
    ``_accounting_pattern`` opens: the last and the first characters of its signs."""
    signs = [p for p in _lexicon().prefixes if not p[:1].isalpha()]
    return frozenset(s[-1] for s in signs), frozenset(s[0] for s in signs)


@functools.cache
def _signed_bracket() -> re.Pattern[str]:
    """A "(" with a sign right before it ("$(23.1)") or right after it ("($23.1)")."""
    before, after = (
        "".join(re.escape(c) for c in sorted(edge)) for edge in _accounting_edges()
    )
    return re.compile(rf"\((?:(?<=[{before}]\()|(?=[{after}]))")


def _may_hold_accounting(text: str) -> bool:
    """Whether some "(" in ``text`` has a sign right before it ("$(23.1)") or right after
    it ("($23.1)"), as every bracketed amount has: most brackets hold words, and this one
    scan from bracket to bracket costs less than a scan of the whole text by the pattern
    (and stays in C on a text of many brackets)."""
    return "(" in text and _signed_bracket().search(text) is not None


def _accounting_negatives(
    text: str, out: list[MoneyMention], lex: _Lexicon, resolved: dict[str, str | None]
) -> list[MoneyMention]:
    """``out`` with the bracketed amounts of a results statement as negative amounts ("GAAP net
    loss was $(23.1) million"), in place of what the main pass read inside the brackets."""
    if not _may_hold_accounting(text):
        return out
    found = []
    for m in _accounting_pattern().finditer(text):
        amount = _amount((m.group("n") or m.group("n2")) + (m.group("scale") or m.group("scale2") or ""))
        if amount is not None:
            found.append((m, amount))
    if not found:
        return out
    # (both lists are in text order and their spans do not nest: one merged pass drops the overlaps)
    starts = [m.start() for m, _ in found]  # (k: the bracketed amounts starting before x ends)
    kept = [
        x for x in out if (k := bisect.bisect_left(starts, x.end)) == 0 or found[k - 1][0].end() <= x.start
    ]
    per = _patterns_for(text).per
    for m, amount in found:
        code = lex.prefixes[m.group("pre") or m.group("pre2")]
        cur = resolved[code] if code in resolved else resolved.setdefault(code, _resolve(code, text, lex))
        kept.append(_build(text, m.start(), m.end(), -amount.value, cur, "bracketed amount", per))
    return sorted(kept, key=lambda x: x.start)


def _is_between(text: str, start: int) -> bool:
    return text[max(0, start - 9) : start].rstrip().lower().endswith("between")


def _is_from(text: str, start: int) -> bool:
    head = text[max(0, start - 6) : start].rstrip().lower()
    return head.endswith("from") and (len(head) == 4 or not head[-5].isalpha())


def _build(
    text: str,
    start: int,
    end: int,
    amount: Decimal,
    currency: str | None,
    rule: str,
    per_re: AnyPattern,
    *,
    high: Decimal | None = None,
    qualifier_start: int | None = None,
) -> MoneyMention:
    qualifier: Qualifier
    qualifier, _ = qualifier_before(text, start if qualifier_start is None else qualifier_start)
    per = _per_after(text, end, per_re)
    return _make_money(start, end, text[start:end], amount, currency, high, qualifier, per, rule)


_make_money = unchecked(MoneyMention)


def _from_prefix(
    m: AnyMatch, text: str, lex: _Lexicon, pats: _Patterns, resolved: dict[str, str | None]
) -> list[MoneyMention]:
    pre, n1, n2, sign, sign2 = m.group("pre", "n1", "n2", "sign", "sign2")
    code = lex.prefixes[pre]
    currency = resolved[code] if code in resolved else resolved.setdefault(code, _resolve(code, text, lex))
    rule = _prefix_rule(pre)
    low = _amount(n1)
    if low is None:
        return []
    negative = sign is not None or sign2 is not None
    low_value = -low.value if negative else low.value
    start = m.start()
    if n2 is None:
        return [_build(text, start, m.end(), low_value, currency, rule, pats.per)]
    high = _amount(n2)
    first_end = m.end("n1")
    if high is None:
        return [_build(text, start, first_end, low_value, currency, rule, pats.per)]
    low_full = _inherit_scale(low, high, n1, n2)
    if negative:
        low_full = -low_full
    sep = m.group("sep1").strip().lower()
    second_marked = m.start("n2") > m.end("sep1")  # "$1m to $2m": the second has its own sign
    listed = (sep == "and" and not _is_between(text, start)) or _is_from(text, start)
    if listed and not second_marked and high.value >= abs(low_full):
        # "from $5 to 6 million", "$5 and 6 million": two amounts sharing one sign
        return [
            _build(text, start, first_end, low_full, currency, rule, pats.per),
            _build(text, m.start("n2"), m.end(), high.value, currency, rule, pats.per),
        ]
    if listed or high.value < low_full or (low.has_scale and not high.has_scale):
        # a list, a change or no range at all: the first amount alone; the scan resumes
        # after it and finds a second amount that has its own sign by itself
        return [_build(text, start, first_end, low_value, currency, rule, pats.per)]
    return [_build(text, start, m.end(), low_full, currency, rule + " range", pats.per, high=high.value)]


@functools.cache
def _prefix_rule(pre: str) -> str:
    return "code amount" if _CODE.fullmatch(pre) else "symbol amount"


def _from_suffix(
    m: AnyMatch, text: str, lex: _Lexicon, pats: _Patterns, resolved: dict[str, str | None]
) -> list[MoneyMention]:
    # one call for every group: far cheaper than one call per group
    suf, n3, n4 = m.group("suf", "n3", "n4")
    if not suf.isalpha():  # (a run of letters is normalized already: "dlrs", "yen")
        suf = _norm(suf)
    suffixes = lex.suffixes
    key = suf if suf in suffixes else suf.lower()
    code = suffixes.get(key)
    if code is None:  # pragma: no cover - every suffix alternative comes from the lexicon
        return []
    if key == "pounds" and regex.match(r"\s+of\b", text[m.end() : m.end() + 5]):
        return []  # "110 mln pounds of sugar": weight
    if key == "pound" and (
        _SCALED.search(text, m.start(), m.end()) is None or _POUND_WEIGHT.match(text, m.end()) is not None
    ):
        # "a 4.1 billion pound takeover" is money; "a 200 pound bag" and "a 100 mln pound (a year)
        # plant" weigh
        return []
    if code in resolved:
        currency = resolved[code]
    else:
        currency = resolved[code] = _resolve(code, text, lex)
    minor = key in lex.minors
    rule = (
        "amount minor unit" if minor
        else "amount code" if len(suf) == 3 and key == suf and suf.isupper()
        else "amount currency"
    )
    low = _amount(n3)
    if low is None:
        return []
    start = m.start()
    year_first = (
        not low.has_scale
        and pats.year.fullmatch(n3)
        and pats.year_ctx.search(text, max(0, start - 12), start)
    )
    factor = _HUNDREDTH if minor else _ONE
    if n4 is None:
        if year_first:
            return []  # "in 1980 dollars", "fiscal 1987 dlrs"
        return [_build(text, start, m.end(), tidy(low.value * factor), currency, rule, pats.per)]
    high = _amount(n4)
    if high is None:
        return []
    if year_first:  # "from eight mln dlrs in 1987 to 14 mln dlrs": the year is no low end
        second_start = m.start("n4")
        return [_build(text, second_start, m.end(), tidy(high.value * factor), currency, rule, pats.per)]
    low_full = _inherit_scale(low, high, n3, n4)
    sep = m.group("sep2").strip().lower()
    second_start = m.start("n4")
    high_value = tidy(high.value * factor)
    low_value = tidy(low_full * factor)
    if (sep == "and" and not _is_between(text, start)) or _is_from(text, start):
        second = _build(text, second_start, m.end(), high_value, currency, rule, pats.per)
        if not list_head_ok(text, start, n3):
            return [second]  # "in 1986 and 5 mln dlrs": the first number is no amount
        first = _build(text, start, m.end("n3"), low_value, currency, rule, pats.per)
        return [first, second]
    if high.value < low_full or (low.has_scale and not high.has_scale):
        # "5 mln to 2 dlrs" is no range: keep the amount that carries the currency
        return [_build(text, second_start, m.end(), high_value, currency, rule, pats.per)]
    return [_build(text, start, m.end(), low_value, currency, rule + " range", pats.per, high=high_value)]


# "3 dollars 50 cents", "$20 and 43c", "thirteen dollars and forty-five cents": the
# hundredths after a whole amount join it.  "c" alone is a cent only here.
@functools.cache
def _minor_part() -> LazyPattern:
    words = number_patterns().words
    sp = r"[ \t\u00a0]"
    return LazyPattern(
        rf"{sp}++(?:and{sp}++)?(?P<n>\d{{1,2}}(?![\d.,])|{words})"
        rf"(?:{sp}?+(?P<cent>(?i:cents?|cts)|c|¢)|{sp}?+(?P<pence>(?i:pence)|p))(?![\w$])",
        regex.V0,
    )


_SCALED = re.compile(
    r"(?i)(?<![a-z])(?:[kmb]|mn|mln|bln|bn|tn|thousand|million|billion|trillion|lakhs?|crores?)(?![a-z])"
)
_NO_MINOR = frozenset({"JPY", "KRW", "ITL", "ESP", "GRD"})  # no hundredths in use
# after "N mln pound": a weight, not money ("a 100 mln pound staple fiber plant", "pound-a-year")
_POUND_WEIGHT = re.compile(
    r"(?i)(?:-|\s+)(?:a|per)[\s-]+year\b|\s+(?:(?:a|per)\s+(?:year|day)|annual|capacity|plant|"
    r"facility|mill|(?:[a-z-]+\s+){1,2}(?:plant|facility|mill|capacity))\b"
)


def _with_minor_part(text: str, found: list[MoneyMention]) -> list[MoneyMention]:
    major = found[0]
    nxt = text[major.end : major.end + 1]
    if nxt not in (" ", "\t", "\u00a0"):
        return found
    ahead = text[major.end : major.end + 8].lstrip(" \t\u00a0")
    if ahead and not ahead[0].isalnum():
        return found  # "$1 $2", "$5 (": no number or "and" follows, told without the pattern
    if (major.amount != major.amount.to_integral_value()
            or abs(major.amount) >= 10_000 or major.currency in _NO_MINOR or _SCALED.search(major.text)):
        return found
    m = _minor_part().for_text(text).match(text, major.end)
    if m is None or (m.group("pence") is not None) != (major.currency == "GBP"):
        return found
    per = _per_after(text, m.end(), _patterns_for(text).per)
    if per is not None and " and" not in text[major.end : m.start("n")]:
        return found  # "1,000 dlrs 38 cts a share": two figures of a table
    cents = parse_number(m.group("n"))
    if cents is None or not 0 < cents < 100 or cents != cents.to_integral_value():
        return found
    sign = -1 if major.amount < 0 else 1
    amount = tidy(major.amount + sign * cents * _HUNDREDTH)
    joined = attrs.evolve(major, end=m.end(), text=text[major.start : m.end()], amount=amount, per=per,
                          rule="amount and minor unit")
    return [joined] + [f for f in found[1:] if f.start >= m.end()]


# "a dollar", "a euro", "a cent": one unit, only where the phrase ends or a per-unit
# price follows ("a dollar a share"): "a dollar rally" is about the currency
_ONE_UNIT_PHRASES = ("a dollar", "a euro", "an euro", "a cent", "a penny")
_ONE_UNIT = re.compile(
    r"(?<![\w-])[Aa]n?[ \t\u00a0]+(?P<u>dollar|euro|cent|penny)"
    r"(?=[ \t\u00a0]*+(?:[.,;:!?)\"']|\Z)|[ \t\u00a0]++(?:a|an|per|each|apiece)\b)"
)


def _with_one_unit(text: str, out: list[MoneyMention]) -> list[MoneyMention]:
    lex = _lexicon()
    extra: list[MoneyMention] = []
    # where ``out`` is in text order and free of overlaps (always, so far), the one
    # mention that can overlap a phrase is the first ending after the phrase's start:
    # a bisection, not a pass over every mention for every phrase
    ends = [o.end for o in out]
    ordered = all(a.end <= b.start for a, b in itertools.pairwise(out))
    for phrase in _ONE_UNIT_PHRASES:
        i = text.find(phrase)
        while i >= 0:
            m = _ONE_UNIT.match(text, i)
            i = text.find(phrase, i + 1)
            if m is None:
                continue
            if ordered:
                k = bisect.bisect_right(ends, m.start())
                if k < len(out) and out[k].start < m.end():
                    continue
            elif any(o.start < m.end() and m.start() < o.end for o in out):
                continue
            unit = m.group("u")
            code = _resolve(lex.suffixes[unit], text, lex)
            amount = _HUNDREDTH if unit in lex.minors else Decimal(1)
            extra.append(_build(text, m.start(), m.end(), amount, code, "one unit", _patterns_for(text).per))
    if not extra:
        return out
    return sorted(out + extra, key=lambda o: o.start)
