"""A dated dateline is the date a text was written when the caller gives none."""

from __future__ import annotations

import datetime as dt

import bizfacts
from bizfacts.facts import find_mentions

RELEASE = (
    "Halvard Tools Reports Second Quarter Results\n\n"
    "PORTLAND, Oregon, Aug. 6, 2025 -- Halvard Tools Inc. today reported results for the second quarter.\n\n"
    "Second-quarter revenue was $310 million, up 8% from a year earlier.\n\n"
    "For the full year, the company expects revenue of $1.3 billion."
)


def _metrics(text: str, reference_date: dt.date | None = None) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            f.status,
            f.period.text if f.period else None,
            str(f.period.value) if f.period and f.period.value else None,
        )
        for f in bizfacts.extract_facts(text, reference_date=reference_date)
        if isinstance(f, bizfacts.FinancialMetricFact)
    ]


def test_dateline_date_resolves_the_period() -> None:
    assert _metrics(RELEASE) == [("reported", "Second-quarter", "2025-04-01"), ("forecast", None, None)]


def test_reference_date_given_wins_over_the_dateline() -> None:
    assert _metrics(RELEASE, dt.date(2024, 9, 1))[0] == ("reported", "Second-quarter", "2024-04-01")


def test_dateline_without_year_resolves_nothing() -> None:
    wire = "PORTLAND, Ore., Aug 6 - Halvard Tools Inc said second-quarter revenue was 310 mln dlrs."
    assert _metrics(wire) == [("reported", "second-quarter", None)]


def test_mentions_share_the_dateline_date() -> None:
    today = [d for d in find_mentions(RELEASE).dates if d.text == "today"]
    assert [str(d.value) for d in today] == ["2025-08-06"]
