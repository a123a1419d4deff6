"""Property tests for ``extract_dates`` (hypothesis).

* a random date rendered in a random supported format inside random filler reads
  back exactly, at the right offsets;
* spans are valid, sorted and disjoint, results are deterministic and JSON-ready,
  on arbitrary Unicode and on date-shaped noise;
* weekdays and "over the next N years" resolve consistently for any reference date;
* long adversarial inputs finish (no timing assertion: a run that hangs fails CI).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bizfacts import extract_dates, to_dict

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = ["first", "second", "third", "fourth"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
FILLER = ["the", "company", "profit", "rose", "shares", "analysts", "market", "growth", "board",
          "approved", "plan", "sales", "fell", "bank", "cut", "rates", "and", "its", "new", "unit",
          "Acme", "Corp", "Reuters", "officials", "deal", "talks", "in", "on", "for", "at", "by"]

Render = tuple[str, str, str]  # (text, expected to_dict value, granularity)


def _quarter_value(d: dt.date) -> str:
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}"


def _half_value(d: dt.date) -> str:
    return f"{d.year}-H{1 if d.month <= 6 else 2}"


def _short_quarter(d: dt.date) -> str:
    """ "3Q24" for this century (two-digit years of the last one read as 20xx without a reference)."""
    q = (d.month - 1) // 3 + 1
    return f"{q}Q{d.year % 100:02d}" if d.year >= 2000 else f"Q{q} {d.year}"


RENDERERS: list[Callable[[dt.date], Render]] = [
    lambda d: (f"{MONTHS[d.month - 1]} {d.day}, {d.year}", d.isoformat(), "day"),
    lambda d: (f"{d.day} {MONTHS[d.month - 1]} {d.year}", d.isoformat(), "day"),
    lambda d: (f"{ABBR[d.month - 1]} {d.day}, {d.year}", d.isoformat(), "day"),
    lambda d: (d.isoformat(), d.isoformat(), "day"),
    lambda d: (f"{MONTHS[d.month - 1]} {d.year}", f"{d.year}-{d.month:02d}", "month"),
    lambda d: (f"Q{(d.month - 1) // 3 + 1} {d.year}", _quarter_value(d), "quarter"),
    lambda d: (_short_quarter(d), _quarter_value(d), "quarter"),
    lambda d: (f"{ORDINALS[(d.month - 1) // 3]} quarter of {d.year}", _quarter_value(d), "quarter"),
    lambda d: (f"H{1 if d.month <= 6 else 2} {d.year}", _half_value(d), "half"),
    lambda d: (f"{ORDINALS[0 if d.month <= 6 else 1]} half of {d.year}", _half_value(d), "half"),
    lambda d: (f"fiscal {d.year}", str(d.year), "year"),
    lambda d: (f"FY{d.year}", str(d.year), "year"),
]

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31))
refs = st.none() | st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2040, 12, 31))
filler = st.lists(st.sampled_from(FILLER), max_size=8).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(d=dates, which=st.integers(0, len(RENDERERS) - 1), before=filler, after=filler, ref=refs)
def test_rendered_date_reads_back(
    d: dt.date, which: int, before: str, after: str, ref: dt.date | None
) -> None:
    rendered, value, granularity = RENDERERS[which](d)
    if rendered[1:2] == "Q" and ref is not None:
        assume(abs(d.year - ref.year) < 50)  # two-digit years take the century nearest the reference
    prefix = before + " " if before else ""
    text = prefix + rendered + (", " + after if after else ".")
    found = extract_dates(text, ref)
    assert len(found) == 1, (text, found)
    (m,) = found
    assert (m.start, m.end, m.text) == (len(prefix), len(prefix) + len(rendered), rendered)
    assert to_dict(m)["value"] == value
    assert m.granularity == granularity


def _check_invariants(text: str, ref: dt.date | None) -> None:
    found = extract_dates(text, ref)
    last = 0
    for m in found:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.start >= last, "spans must be sorted and disjoint"
        last = m.end
        json.dumps(to_dict(m))
    assert extract_dates(text, ref) == found, "results must be deterministic"


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300), ref=refs)
def test_arbitrary_unicode(text: str, ref: dt.date | None) -> None:
    _check_invariants(text, ref)


DATEISH = st.sampled_from(
    MONTHS + ABBR + WEEKDAYS + ORDINALS + NUMBER_WORDS
    + ["May", "March", "may", "mid-", "end-", "the end of", "since", "between", "and", "from", "to", "-", "/",
       ",", ".", "'", "'90s", "1990s", "2013", "1987/88", "2012-2014", "13", "31", "Q3", "3Q24", "H1", "FY",
       "fiscal", "year", "years", "quarter", "qtr", "half", "month", "months", "week", "ago", "next", "last",
       "this", "past", "within", "over", "for", "earlier", "later", "year-ago", "today", "yesterday",
       "$", "%", "pct", "shares", "01/02/2013", "15.01.2013", "15-Jan-2013", "2013-01-15", "\n", "  "]
)


@settings(max_examples=400, deadline=None)
@given(tokens=st.lists(DATEISH, max_size=40), ref=refs, joiner=st.sampled_from([" ", "", " ", ", "]))
def test_date_shaped_noise(tokens: list[str], ref: dt.date | None, joiner: str) -> None:
    _check_invariants(joiner.join(tokens), ref)


@settings(deadline=None)
@given(ref=st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2040, 12, 31)), wd=st.integers(0, 6))
def test_said_weekday_is_within_the_last_week(ref: dt.date, wd: int) -> None:
    (m,) = extract_dates(f"The company said {WEEKDAYS[wd]} that profit rose.", ref)
    assert m.value is not None
    assert m.value.weekday() == wd
    assert 0 <= (ref - m.value).days < 7


@settings(deadline=None)
@given(ref=st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2040, 12, 31)), wd=st.integers(0, 6))
def test_future_weekday_is_within_the_next_week(ref: dt.date, wd: int) -> None:
    (m,) = extract_dates(f"The board will meet on {WEEKDAYS[wd]}.", ref)
    assert m.value is not None
    assert m.value.weekday() == wd
    assert 0 <= (m.value - ref).days < 7


@settings(deadline=None)
@given(ref=st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2040, 12, 31)), n=st.integers(2, 10))
def test_next_n_years(ref: dt.date, n: int) -> None:
    (m,) = extract_dates(f"Sales should double over the next {NUMBER_WORDS[n - 2]} years.", ref)
    assert m.kind == "duration"
    assert m.value == dt.date(ref.year, 1, 1)
    assert m.end_value == dt.date(ref.year + n, 1, 1)


@settings(deadline=None)
@given(ref=st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2040, 12, 31)),
       month=st.integers(1, 12), day=st.integers(1, 28))
def test_month_day_without_year_is_near_the_reference(ref: dt.date, month: int, day: int) -> None:
    (m,) = extract_dates(f"Output was steady on {MONTHS[month - 1]} {day}, officials said.", ref)
    assert m.value is not None
    assert (m.value.month, m.value.day) == (month, day)
    assert abs((m.value - ref).days) <= 366


def test_long_adversarial_inputs_finish() -> None:
    for text in ("1" * 50_000, "2013-" * 10_000, "May " * 10_000, "-" * 50_000, "?" * 50_000,
                 "March 3, " * 5_000, "Q3 " * 10_000, "the next three years " * 3_000, "A" * 50_000,
                 "1987/88 " * 5_000, "between 2010 and " * 3_000, "'9" * 20_000, "1,9" * 20_000):
        found = extract_dates(text, dt.date(2013, 5, 1))
        assert all(text[m.start:m.end] == m.text for m in found)


# ------------------------------------------------ forms of filings and press releases


def _filing_form(year: int, n: int, style: int) -> tuple[str, str, str, bool]:
    """(text, to_dict value, granularity, fiscal) of quarter ``n`` (1-4) or, for the half
    styles, half ``(n + 1) // 2`` of ``year``, written the way filings write it."""
    yy = f"{year % 100:02d}"
    half = (n + 1) // 2
    forms = [
        (f"Q{n} of {year}", f"{year}-Q{n}", "quarter", False),
        (f"Q{n}, {year}", f"{year}-Q{n}", "quarter", False),
        (f"Q{n}-{year}", f"{year}-Q{n}", "quarter", False),
        (f"Q{n}/{year}", f"{year}-Q{n}", "quarter", False),
        (f"Q{n} '{yy}", f"{year}-Q{n}", "quarter", False),
        (f"{year} Q{n}", f"{year}-Q{n}", "quarter", False),
        (f"FY{yy} Q{n}", f"{year}-Q{n}", "quarter", True),
        (f"Q{n} fiscal {year}", f"{year}-Q{n}", "quarter", True),
        (f"H{half} FY{yy}", f"{year}-H{half}", "half", True),
        (f"{half}H FY{year}", f"{year}-H{half}", "half", True),
        (f"H{half} of {year}", f"{year}-H{half}", "half", False),
        (f"{MONTHS[3 * n - 1]} {year} quarter", f"{year}-Q{n}", "quarter", False),
    ]
    return forms[style]


@settings(max_examples=300, deadline=None)
@given(year=st.integers(1951, 2049), n=st.integers(1, 4), style=st.integers(0, 11),
       frame=st.sampled_from(["Sales in {} rose.", "The board expects growth in {}, it said.",
                              "{} revenue was flat"]),
       ref_offset=st.none() | st.integers(-40, 40))
def test_filing_periods_read_back(year: int, n: int, style: int, frame: str, ref_offset: int | None) -> None:
    # a two-digit year takes the century nearest the reference year (without one: 00-49
    # -> 20xx, 50-99 -> 19xx), so both read back right within 40 years of the year
    ref = None if ref_offset is None else dt.date(year + ref_offset, 6, 15)
    rendered, value, granularity, fiscal = _filing_form(year, n, style)
    text = frame.format(rendered)
    found = extract_dates(text, ref)
    assert len(found) == 1, (text, found)
    (m,) = found
    assert (m.start, m.text) == (text.index(rendered), rendered)
    assert (to_dict(m)["value"], m.granularity, m.fiscal) == (value, granularity, fiscal), text


@settings(max_examples=200, deadline=None)
@given(d=st.dates(min_value=dt.date(1951, 1, 1), max_value=dt.date(2049, 12, 31)),
       style=st.integers(0, 2), ref=refs)
def test_iso_weeks_read_back(d: dt.date, style: int, ref: dt.date | None) -> None:
    year, week, weekday = d.isocalendar()
    assume(1900 <= year <= 2099)
    monday = dt.date.fromisocalendar(year, week, 1)
    rendered, value, granularity = [
        (f"{year}-W{week:02d}", monday.isoformat(), "week"),
        (f"{year}-W{week:02d}-{weekday}", d.isoformat(), "day"),
        (f"week {week} of {year}", monday.isoformat(), "week"),
    ][style]
    text = f"Output peaked in {rendered}, the plant said."
    (m,) = extract_dates(text, ref)
    assert (m.start, m.text, to_dict(m)["value"], m.granularity) == (17, rendered, value, granularity)
