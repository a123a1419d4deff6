"""Collectors of absolute dates: month names ("March 3, 2013"), numerals ("03/04/2013"), years and decades."""

from __future__ import annotations

import datetime as dt

from .._numbers import AnyMatch
from ._candidates import (
    _SPACES,
    Tense,
    _Cand,
    _char_before,
    _expand_yy,
    _left_ok,
    _month_alone_ok,
    _Point,
    _prev_low,
    _quantity_after,
    _valid,
    _word_start,
    _year_context_ok,
)
from ._lexicon import _words
from ._scanners import _DAY_END_CHARS, _DAY_WORDS, _WORD_DAY_CUES, _finditer, _Patterns


def _collect_months(
    text: str, p: _Patterns, ref: dt.date | None, out: list[_Cand], memo: dict[int, str]
) -> list[int]:
    """Add the month-name candidates to ``out``; return where the matches that start with
    "Ma" start (every "May" or "March" that ``_forms`` may read with a written day)."""
    w = _words()
    ma_starts: list[int] = []
    for m in p.month.finditer(text):
        s = m.start()
        if text[s + 1] == "a" and text[s] == "M":
            ma_starts.append(s)
        mod: str | None = None
        pm = p.pmod_before.search(text, max(0, s - 7), s) if s and text[s - 1] == "-" else None
        if pm is not None:
            mod = pm.group("pmod").lower()
            s = pm.start()
        # (a space before, the common case, is neither a joint nor a word glued on)
        if s and text[s - 1] != " ":
            joined = s >= 2 and text[s - 1] in "-/" and (text[s - 2].isalnum() or text[s - 2] == ".")
            if not joined and not _left_ok(text, s):
                continue
        # one call for every group: far cheaper than one call per group
        word, day_s, dyear, wday, wyear, myear, yy, dot = m.group(
            "mon", "day", "dyear", "wday", "wyear", "myear", "yy", "dot"
        )
        mon = w.months[word.lower()]
        before = None
        if mod is None and day_s is None and (
            # ``_char_before`` without the call when one space comes first, the common case
            text[s - 2] if s >= 2 and text[s - 1] == " " and text[s - 2] not in _SPACES
            else _char_before(text, s)
        ) in _DAY_END_CHARS:
            before = p.day_before.search(text, max(0, s - 14), s)
        if before is not None and (before.group("suf") or not before.group("of")):
            day = int(before.group("day"))
            year = int(myear) if myear else None
            abbr_dot = dot and len(word) <= 4 and word.lower() not in ("may", "june", "july")
            end = m.end() if year is not None else m.start("mon") + len(word) + (1 if abbr_dot else 0)
            ok = 1 <= day <= 31 and _valid(year or 2000, mon, day)
            if ok and year is None and (word.isupper() or p.capital_after.match(text, end)):
                ok = False
            if ok:
                out.append(_Cand(before.start(), end, "day month year" if year else "day month",
                                 _Point("day", year, mon, day)))
                continue
        if wday is not None:
            # Reuters spells days one to nine: "Pay April one", "record March Two"
            year = int(wyear) if wyear else None
            if year is None and _prev_low(text, s, memo) not in _WORD_DAY_CUES:
                end = m.start("mon") + len(word)
                if mod is None and not _month_alone_ok(text, s, end, word, p, memo):
                    continue
                out.append(_Cand(s, end, "month", _Point("month", None, mon, modifier=mod)))
                continue
            day = _DAY_WORDS[wday.lower()]
            out.append(_Cand(s, m.end(), "month day-word", _Point("day", year, mon, day, modifier=mod)))
        elif day_s is not None:
            day = int(day_s)
            year = int(dyear) if dyear else None
            if not 1 <= day <= 31 or not _valid(year or 2000, mon, day):
                continue
            if year is None and _quantity_after(text, m.end(), p):
                continue
            out.append(_Cand(s, m.end(), "month day year" if year else "month day",
                             _Point("day", year, mon, day, modifier=mod)))
        elif myear is not None or yy is not None:
            if myear:
                year = int(myear)
                if _quantity_after(text, m.end(), p):
                    continue
            else:
                year = _expand_yy(int(yy), ref)
            out.append(_Cand(s, m.end(), "month year", _Point("month", year, mon, modifier=mod)))
        else:
            end = m.start("mon") + len(word)
            if mod is None and not _month_alone_ok(text, s, end, word, p, memo):
                continue
            prev = _prev_low(text, s, memo) if mod is None else ""
            if prev in ("last", "next", "this", "coming"):
                tense: Tense = "past" if prev == "last" else "future" if prev != "this" else "nearest"
                out.append(_Cand(_word_start(text, s), end, prev + " month name",
                                 _Point("month", None, mon, default_tense=tense, strict=prev != "this")))
                continue
            out.append(_Cand(s, end, "month", _Point("month", None, mon, modifier=mod)))
    return ma_starts


def _collect_numbers(
    text: str, p: _Patterns, ref: dt.date | None, day_first: bool, out: list[_Cand], memo: dict[int, str]
) -> None:
    w = _words()
    m: AnyMatch  # the scans below run ``regex`` or ``re`` patterns
    may_have_numeric = False
    for gate in p.numeric_gate:  # (a loop: cheaper than ``any`` over a generator)
        if gate.search(text) is not None:
            may_have_numeric = True
            break
    for m in p.numeric_anchor.finditer(text) if may_have_numeric else ():
        if not _left_ok(text, m.start(), ".,:/"):
            continue
        n = p.numeric.match(text, m.start())
        if n is None:
            continue
        if n.group("iy"):
            y, mo, d = int(n.group("iy")), int(n.group("im")), int(n.group("id"))
            rule = "iso date"
        else:
            a, b = int(n.group("a")), int(n.group("b"))
            raw = n.group("c")
            y = int(raw) if len(raw) == 4 else _expand_yy(int(raw), ref)
            if a > 12 or (day_first and b <= 12):
                d, mo = a, b
            else:
                mo, d = a, b
            rule = "numeric date"
        if _valid(y, mo, d):
            out.append(_Cand(n.start(), n.end(), rule, _Point("day", y, mo, d)))

    for m in p.fallback.finditer(text) if may_have_numeric else ():
        if not _left_ok(text, m.start(), ".,:/"):
            continue
        middle = m.group(0).split(m.group("s"))[1]
        if middle.isalpha() and middle.lower() not in w.months:
            continue
        if m.group("s") == "." and len(m.group(0).split(".")[2]) != 4:
            continue
        if m.group("s") == "-" and middle.isdigit():
            continue  # "15-01-13": too ambiguous to read
        if _prev_low(text, m.start(), memo).rstrip(".") in w.year_blockers:
            continue  # "version 1.2.2013"
        out.append(_Cand(m.start(), m.end(), "dateparser", fallback=True))

    for m in _finditer(p.year_scan, text):
        s = m.start()
        mod: str | None = None
        if s and text[s - 1] == "-":
            pm = p.pmod_before.search(text, max(0, s - 7), s)
            if pm is not None:
                mod = pm.group("pmod").lower()
                s = pm.start()
        y1 = int(m.group("y1"))
        if not 1900 <= y1 <= 2099:
            continue
        if m.group("decade") is not None:
            if y1 % 10 or not _left_ok(text, s, "$£€¥#@.,/:"):
                continue
            out.append(_Cand(s, m.end(), "decade", _Point("decade", y1, modifier=mod)))
            continue
        if not _year_context_ok(text, s, m.end(), p, memo):
            continue
        if m.group("y2") is not None:
            raw = m.group("y2")
            y2 = int(raw) if len(raw) == 4 else y1 - y1 % 100 + int(raw)
            if len(raw) == 2 and y2 < y1:
                y2 += 100
            if not y1 < y2 <= y1 + 30 or (m.group("sep") == "/" and y2 != y1 + 1):
                continue
            out.append(_Cand(s, m.end(), "split year" if y2 == y1 + 1 else "year range",
                             _Point("year", y1, modifier=mod), _Point("year", y2), kind="range"))
            continue
        out.append(_Cand(s, m.end(), "year", _Point("year", y1, modifier=mod)))

    # every apostrophe decade ("'80s") contains "0s": a cheap test before a full scan
    for m in p.apos_decade.finditer(text) if "0s" in text else ():
        if not _left_ok(text, m.start()):
            continue
        d = int(m.group("d")) * 10
        year = 2000 + d if d < 30 and ref is not None and 2000 + d <= ref.year else 1900 + d
        out.append(_Cand(m.start(), m.end(), "decade", _Point("decade", year)))
