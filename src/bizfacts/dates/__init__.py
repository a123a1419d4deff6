"""Dates, business periods, ranges and durations in English business news.

Shape (like every extractor): word lists loaded once from ``data/date_words.json``,
patterns compiled once on first use, candidates found by those patterns, overlaps
resolved (longest wins), neighbouring candidates joined into ranges, and each result
resolved against the reference date by the rules below.  Only a few rare numeric
shapes ("15.01.2013", "15-Jan-2013") are handed to dateparser (``_dateparser``).

Conventions (see the README section "Dates"):

* ``value`` is the first day of the period; ``granularity`` says which period.
* A span covers the date expression itself.  Articles and separate modifier words
  stay outside ("by the end of December 2012" -> "December 2012", modifier "end";
  "the third quarter" -> "third quarter"); a modifier joined by a hyphen stays inside
  ("mid-2014", "end-March").  Ranges include their "between", "from" or "since".
* Weekdays: the most recent such day on or before the reference date (newswire
  "said Monday"); the next one on or after it when the clause points to the future
  ("will meet Monday"); "next Monday"/"last Monday" exclude the reference day.
* A day or month without a year: the most recent one that has begun by the
  reference date, unless the next one is less than a quarter as far away ("April
  29" written on April 24 is five days ahead, not a year back); the next one (or
  the current one) when the clause points to the future ("will", "expected to",
  "payable", "due", "scheduled", ...).  "last December"/"next March" exclude the
  month holding the reference date.
* A quarter or half without a year: the most recent one that has begun.  In a
  future clause, the current or next one, unless the last completed one is nearer
  ("expected to report fourth-quarter results" in March is last year's fourth
  quarter).  "year-ago quarter": the last completed quarter, one year back.
* A period named by its length and last day ("the quarter ended June 30", "the
  fiscal year ending March 31, 2024", "three months ended Aug. 3", "year to
  end-March") is the calendar quarter, half or year when it lines up with one,
  otherwise a range from its first to its last day with ``fiscal=True``.
  Results-table row labels on a line of their own ("Nine mths", "Six mths") are
  read as calendar periods only when one ended at most 75 days before the
  reference date.
* "over the next three years": from the reference year to three years on
  (2013 -> 2016).  "since 2009": 2009 to the reference date.
* Fiscal periods are labels: "fiscal 2023" -> 2023 with ``fiscal=True``; a fiscal
  year is named by the calendar year it ends in.
* Numeric "01/02/2013" is month first unless a part above 12 says otherwise, or
  ``day_first=True``; dotted "15.01.2013" is day first.  Two-digit years take the
  century nearest the reference year (without one: 00-49 -> 20xx, 50-99 -> 19xx).
* With no reference date nothing is guessed: relative expressions get ``value``
  None and their relation in ``relative``.

Modules, in the order a text goes through them: ``_lexicon`` (word lists),
``_scanners`` (patterns and their constants), ``_candidates`` (what the collectors
produce, and the context tests they share), the collectors ``_absolute`` (month names,
numerals, years), ``_periods`` (quarters, halves, fiscal years) and ``_relative_dates``
("last year", "three years ago", weekdays), ``_forms`` (forms beyond wire style) and
``_composite`` (the day ranges and weeks it builds),
``_joining`` (overlaps and joining), ``_resolution`` (values against the reference date)
and ``_dateparser`` (the one call into dateparser).
"""

from __future__ import annotations

import datetime as dt

from .._spans import DateMention
from . import _forms
from ._joining import _collect, _compose, _select
from ._resolution import _build
from ._scanners import _ascii_patterns, _patterns

__all__ = ["extract_dates"]

# ------------------------------------------------------------------------ public


def _extract(text: str, reference_date: dt.date | None, day_first: bool,
             stats: list[int] | None) -> list[DateMention]:
    p = _ascii_patterns() if text.isascii() else _patterns()
    memo: dict[int, str] = {}  # lowercased word before a position, shared by the steps below
    cands = _select(_collect(text, p, reference_date, day_first, memo))
    cands = _compose(text, cands, p, memo)
    cands = _forms.compose(text, cands, reference_date, memo)
    if stats is not None:
        stats[0] += len(cands)
    out: list[DateMention] = []
    for c in cands:
        m = _build(text, c, reference_date, p, day_first, stats, memo)
        if m is not None:
            out.append(m)
    return out


def extract_dates(
    text: str, reference_date: dt.date | str | None = None, *, day_first: bool = False
) -> list[DateMention]:
    """Find dates, business periods, ranges and durations in ``text``, in text order.

    ``reference_date`` (usually the publication date) resolves relative expressions;
    without it they are still found, with ``value`` None and the relation kept in
    ``relative``.  The result never depends on the day the code runs.
    ``day_first=True`` reads "01/02/2013" as 1 February (the default is month first).

    >>> import datetime as dt
    >>> from bizfacts import extract_dates
    >>> ms = extract_dates("Acme said Monday that sign-ups slowed after the end of "
    ...                    "December 2012.", reference_date=dt.date(2013, 5, 1))
    >>> [(m.text, m.value.isoformat(), m.granularity) for m in ms]
    [('Monday', '2013-04-29', 'day'), ('December 2012', '2012-12-01', 'month')]
    >>> ms[1].modifier
    'end'
    >>> m = extract_dates("revenue over the next three years", reference_date=dt.date(2013, 5, 1))[0]
    >>> m.kind, m.value.year, m.end_value.year
    ('duration', 2013, 2016)
    >>> extract_dates("Profit rose last year.")[0].relative
    RelativeDate(offset=-1, unit='year', direction='past', month=None, day=None)
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_dates() expects text as str, got {type(text).__name__}")
    if reference_date is not None and type(reference_date) is not dt.date:  # the common case first
        from bizfacts.records import reference_date_arg  # a datetime or an ISO string

        reference_date = reference_date_arg(reference_date, "extract_dates")
    return _extract(text, reference_date, bool(day_first), None)
