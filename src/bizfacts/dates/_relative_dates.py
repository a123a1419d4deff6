"""Collectors of relative dates: "today", "last year", "three years ago", "next two quarters", weekdays."""

from __future__ import annotations

from .._numbers import AnyPattern
from .._spans import RelativeDate
from ._anchors import UnitHit, WordHit, day_positions, dayword_hits, unit_hits, weekday_hits
from ._candidates import Tense, _Cand, _direction, _left_ok, _number, _Point, _prev_low, _relative
from ._lexicon import _words
from ._periods import _ordinal_period, _table_row
from ._scanners import _REL_DIR, _UNITS, _finditer, _Patterns

_DAYWORD_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _pattern_units(text: str, p: _Patterns) -> list[UnitHit]:
    """``unit_hits`` by the ``unit`` scan, for text whose lowercased copy does not line up."""
    hits: list[UnitHit] = []
    for m in p.unit.finditer(text):
        unit_word, pl = m.group("unit", "pl")
        unit_word = unit_word.lower()
        if unit_word in _UNITS:
            hits.append((m.start(), m.end(), unit_word, pl is not None))
    return hits


def _pattern_weekdays(scans: tuple[AnyPattern, ...], text: str) -> list[WordHit]:
    """``weekday_hits`` by the scan itself, for text whose lowercased copy does not line up."""
    return [(m.start(), m.end(), m.group(0).lower()) for m in _finditer(scans, text)]


def _collect_relative(
    text: str, p: _Patterns, out: list[_Cand], memo: dict[int, str], lower: str | None
) -> None:
    """``lower``: ``aligned_lower(text)``; the anchors are found in it (see ``_anchors``)."""
    w = _words()
    days = day_positions(lower) if lower is not None else None
    for s, e, word in dayword_hits(text, days):
        if not _left_ok(text, s):
            continue
        off = _DAYWORD_OFFSETS.get(word)
        if off is None:
            continue
        rel = _relative(off, "day", _direction(off))
        out.append(_Cand(s, e, word, _Point("day", rel=rel)))

    units = _pattern_units(text, p) if lower is None or days is None else unit_hits(text, lower, days)
    for s, e, unit_word, plural in units:
        # (never inside a word, "today", "Monday": the scan sees to it)
        gran = _UNITS[unit_word]
        if (gran in ("quarter", "half") and not plural) or (gran == "month" and plural):
            period = _ordinal_period(text, s, e, gran, p) or (_table_row(text, s, e) if plural else None)
            if period is not None:
                out.append(period)
                continue
        if s and text[s - 1] != " " and not _left_ok(text, s):  # (a space: the common case)
            continue
        lo = s - 40 if s > 40 else 0
        prev = _prev_low(text, s, memo)
        count = None
        if prev.isdigit() or prev in w.numbers or prev == "of":
            count = p.count_before.search(text, lo, s)
        if count is not None and gran != "half":
            tail = p.unit_tail.match(text, e)  # only a counted unit has a tail ("3 years ago")
            n = _number(count.group("n"))
            if n is None or n == 0 or text[e:e + 1] == "-":
                continue  # "a year-on-year rise"
            if (n > 1 and not plural) or (gran == "quarter" and count.group("n").lower() in ("a", "an")):
                continue  # "three month deposits", "a quarter of exports"
            unit = "quarter" if gran == "quarter" else gran
            tw = tail.group("tail").lower() if tail is not None else ""
            if tw in ("ago", "hence") or tw.startswith("from"):
                assert tail is not None
                off = -n if tw == "ago" else n
                rel = RelativeDate(off, unit, _direction(off))  # type: ignore[arg-type]
                rule = "n units ago" if off < 0 else "n units from now"
                out.append(_Cand(count.start("n"), tail.end(), rule,
                                 _Point(gran, rel=rel)))
            elif count.group("dir"):
                mode = "next" if count.group("dir").lower() in ("next", "coming") else "past"
                out.append(_Cand(count.start("dir"), e, f"{mode} n units", duration=(n, unit, mode),
                                 kind="duration"))
            elif count.group("within"):
                out.append(_Cand(count.start("n"), e, "within n units", duration=(n, unit, "next"),
                                 kind="duration"))
            elif tw in ("earlier", "before") and n == 1 and not plural:
                assert tail is not None
                rel = RelativeDate(-1, unit, "past")  # type: ignore[arg-type]
                out.append(_Cand(count.start("n"), tail.end(), "a unit earlier", _Point(gran, rel=rel)))
            elif tw or count.group("for"):
                sign = -1 if tw in ("before", "earlier") else 1
                out.append(_Cand(count.start("n"), e, "n units after" if tw else "for n units",
                                 duration=(sign * n, unit, "open"), kind="duration"))
            continue
        if plural:
            continue
        d = p.dir_before.search(text, lo, s) if prev in _REL_DIR or prev == "fiscal" else None
        if d is not None:
            off = _REL_DIR[d.group("dir").lower()]
            if gran == "half" or d.group("dir").lower() == "past":
                continue
            rel = _relative(off, gran, _direction(off))
            out.append(_Cand(d.start(), e, d.group("dir").lower() + " " + unit_word,
                             _Point(gran, rel=rel, fiscal=bool(d.group("rf")))))
            continue
        if gran == "year":
            ya = p.year_ago_tail.match(text, e)
            if ya is None:
                continue
            yunit = (ya.group("yunit") or "").lower()
            if yunit in ("quarter", "qtr"):
                out.append(_Cand(s, ya.end(), "year-ago quarter",
                                 _Point("quarter", rel=RelativeDate(-5, "quarter", "past"))))
            elif yunit:
                rel = RelativeDate(-1, "year", "past")
                out.append(_Cand(s, ya.end(), "year-ago period", _Point("year", rel=rel),
                                 duration=(0, "year", "unresolved")))
            else:
                out.append(_Cand(s, ya.end("yunit") if ya.group("yunit") else ya.end() - 0, "year ago",
                                 _Point("year", rel=RelativeDate(-1, "year", "past"))))

    if lower is not None and days is not None:
        weekdays = weekday_hits(text, lower, days, w.weekdays)
    else:  # every weekday name ends in "day" (checked in ``_patterns``), "DAY" in capitals
        weekdays = _pattern_weekdays(p.weekday_scan, text) if "day" in text or "DAY" in text else []
    for s, e, name in weekdays:
        if not _left_ok(text, s):
            continue
        prev = _prev_low(text, s, memo)
        if prev in w.named_days:
            continue
        wd = w.weekdays.index(name)
        dm = None
        if prev in ("last", "next", "this", "coming"):
            dm = p.weekday_dir_before.search(text, max(0, s - 12), s)
        wdir = dm.group("wdir").lower() if dm is not None else ""
        tense: Tense = "future" if wdir in ("next", "coming") else "past"
        point = _Point("day", rel=_relative(wd, "weekday", tense), default_tense=tense,
                       strict=wdir in ("next", "last"))
        out.append(_Cand(dm.start() if dm is not None else s, e, "weekday", point))
