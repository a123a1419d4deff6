"""The date anchors found by ``str.find`` (``bizfacts.dates._anchors``) are exactly the
matches of the pattern scans they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bizfacts.dates._absolute import _collect_months
from bizfacts.dates._anchors import (
    day_positions,
    dayword_hits,
    fiscal_matches,
    matches_at,
    qform_anchors,
    unit_hits,
    weekday_hits,
)
from bizfacts.dates._forms import _patterns as _form_patterns
from bizfacts.dates._lexicon import _words
from bizfacts.dates._scanners import _UNITS, _ascii_patterns, _finditer, _patterns

_SETTINGS = settings(max_examples=300, deadline=None)

_PIECES = [
    "day", "Day", "DAY", "dAY", "DaY", "days", "DAYS", "today", "Today", "TODAY", "yesterday", "Yesterday",
    "tomorrow", "Tonight", "Monday", "MONDAY", "monday", "SundaY", "Wednesday", "THURSDAY", "year", "YEAR",
    "yEAR", "yearS", "week", "WEEKS", "Months", "mth", "MTH", "qtr", "QTR", "quarter", "Quarter", "half",
    "HALF", "Dear", "dth", "_", "x", "1", "3", "4", "5", "Q", "q", "H", "é", "\u212a", "\u0130", " ", "-",
    "s", "S", "\n", ".", "²", "FY", "Fy", "fy", "Fiscal", "fiscal", "FISCAL", "'", "87", "1987", "/",
    "May", "March", "MAY", "Mar.", "Mayor", "twenty", "nine", "second", "first", ",",
]


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@_SETTINGS
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_anchors_are_the_matches_of_the_scans(pieces: list[str]) -> None:
    text = "".join(pieces)
    lower = text.lower()
    aligned = len(lower) == len(text)
    days = day_positions(lower) if aligned else None
    p = _ascii_patterns() if text.isascii() else _patterns()
    words = [(m.start(), m.end(), m.group(0).lower()) for m in _finditer(p.dayword_scan, text)]
    assert dayword_hits(text, days) == dayword_hits(text, None) == words
    assert qform_anchors(text) == [m.span() for m in p.qform_anchor.finditer(text)]
    if days is not None:
        units = [
            (m.start(), m.end(), m.group("unit").lower(), m.group("pl") is not None)
            for m in p.unit.finditer(text)
            if m.group("unit").lower() in _UNITS
        ]
        assert unit_hits(text, lower, days) == units
        weekdays = [(m.start(), m.end(), m.group(0).lower()) for m in _finditer(p.weekday_scan, text)]
        assert weekday_hits(text, lower, days, _words().weekdays) == weekdays
        if len(p.fiscal_scan) > 1:
            fiscal = _spans(_finditer(p.fiscal_scan, text))
            assert _spans(fiscal_matches(text, lower, p.fiscal_scan)) == fiscal
    starts = _collect_months(text, p, None, [], {})
    pattern = _form_patterns().cased_dayword
    assert _spans(matches_at(pattern, text, starts)) == _spans(pattern.finditer(text))
