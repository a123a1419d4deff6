"""The one place bizfacts calls dateparser.

Only short candidate strings found by ``bizfacts.dates`` reach this module (never
whole documents), always with the same fixed options: English only, a relative base
taken from the reference date (a fixed anchor when there is none, so the result never
depends on the day the code runs), and all of day, month and year required.  Results
are cached by (string, reference date, day order) in a bounded LRU cache.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

# When no reference date is given, dateparser still needs a base; a fixed one keeps
# results independent of the wall clock.  Candidates sent here always carry a year.
_FIXED_BASE = dt.datetime(2000, 1, 1)


def _parser() -> Any:
    # imported on first use: importing bizfacts stays cheap, and text without a date this
    # module reads never loads it (4 MB); after the first call the import is a lookup
    import dateparser

    return dateparser


@functools.lru_cache(maxsize=4096)
def parse_date_string(candidate: str, reference_date: dt.date | None, day_first: bool) -> dt.date | None:
    """A full calendar date for ``candidate``, or None when dateparser finds none.

    ``candidate`` is a short string such as "15.01.2013" or "15-Jan-2013".
    """
    if len(candidate) > 64:
        return None
    base = (
        dt.datetime(reference_date.year, reference_date.month, reference_date.day)
        if reference_date is not None
        else _FIXED_BASE
    )
    settings: dict[str, Any] = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "DATE_ORDER": "DMY" if day_first else "MDY",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": True,
    }
    try:
        parsed = _parser().parse(candidate, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):  # pragma: no cover - defensive
        return None
    if parsed is None:
        return None
    return dt.date(parsed.year, parsed.month, parsed.day)
