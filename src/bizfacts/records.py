"""Documents in: reference dates and records, shared by the Python API and the CLI.

:func:`reference_date_arg` is how every public function reads its
``reference_date`` (a date, a datetime, an ISO string); :func:`parse_date` reads a
record's date field, which may also be an RFC 2822 date; :func:`record_job` turns a
text or a record into the :class:`Job` that :mod:`bizfacts.batch` runs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["Fields", "Job", "parse_date", "record_job", "reference_date_arg"]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?"
)
_RFC2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*\S*")

EXPECTED = "YYYY-MM-DD, ISO datetime or RFC 2822 date"


def _from_string(value: str) -> dt.date:
    text = value.strip()
    if _ISO_DATE.fullmatch(text):
        return dt.date.fromisoformat(text)
    iso = _ISO_DATETIME.fullmatch(text)
    if iso:
        # the calendar date as written, in the stamp's own zone
        dt.datetime.fromisoformat(text[: iso.end(1)] + "T00:00")  # validates the day
        stamp = text.replace(",", ".")
        if stamp.endswith("Z"):
            stamp = stamp[:-1] + "+00:00"
        return _checked_datetime(stamp).date()
    if _RFC2822.fullmatch(text):
        import email.utils  # only for RFC 2822 dates

        parsed = email.utils.parsedate_to_datetime(text)
        return parsed.date()
    raise ValueError(value)


def _checked_datetime(stamp: str) -> dt.datetime:
    stamp = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", stamp)
    head, sep, frac_zone = stamp.partition(".")
    if sep:  # Python 3.10 takes 3 or 6 fraction digits only: the day is all we need
        zone = re.search(r"[+-]\d{2}:\d{2}$", frac_zone)
        stamp = head + (zone.group(0) if zone else "")
    return dt.datetime.fromisoformat(stamp)


def parse_date(value: object) -> dt.date | None:
    """A document's date: an ISO date or datetime, an RFC 2822 date, a date, or None.

    A datetime's calendar date (in its own zone, as written) is the date.  Raises
    ValueError with a readable message for anything else.

    >>> parse_date("1987-02-26"), parse_date("2020-01-01T23:30:00-05:00")
    (datetime.date(1987, 2, 26), datetime.date(2020, 1, 1))
    >>> parse_date("Wed, 16 Jan 2013 08:00:00 +0800")
    datetime.date(2013, 1, 16)
    >>> parse_date(None) is None
    True
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return _from_string(value)
        except (ValueError, TypeError, IndexError, OverflowError):
            raise ValueError(f"bad date {value!r} (expected {EXPECTED})") from None
    raise ValueError(f"bad date {value!r} (expected a string: {EXPECTED})")


def reference_date_arg(value: object, function: str = "extract_facts") -> dt.date | None:
    """A public function's ``reference_date``: a date, a datetime, an ISO string or None.

    A wrong type is a TypeError, a string that is no date a ValueError, each naming
    ``function``.

    >>> reference_date_arg("2013-05-01")
    datetime.date(2013, 5, 1)
    >>> reference_date_arg(20130501)
    Traceback (most recent call last):
    TypeError: extract_facts() expects reference_date as datetime.date, an ISO date string or None, got int
    """
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    if isinstance(value, str):
        try:
            return parse_date(value)
        except ValueError as exc:
            raise ValueError(f"{function}(): reference_date: {exc}") from None
    raise TypeError(
        f"{function}() expects reference_date as datetime.date, an ISO date string or None, "
        f"got {type(value).__name__}"
    )


@attrs.frozen
class Fields:
    """Which keys of a record hold its text, id, date, title and source."""

    text: str = "text"
    id: str = "id"
    date: str = "date"
    title: str = "title"
    source: str = "source"


@attrs.frozen
class Job:
    """One document ready to run: text and reference date, or an input error."""

    index: int
    id: str
    text: str = ""
    reference_date: dt.date | None = None
    error: str | None = None
    origin: Any = attrs.field(default=None, eq=False)
    """Caller's bookkeeping (the CLI keeps file and line here); never sent to workers."""
    title: str | None = None
    source: str | None = None


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def record_job(
    index: int,
    item: object,
    reference_date: dt.date | None,
    fields: Fields = Fields(),
    *,
    default_id: str | None = None,
    origin: Any = None,
    source: str | None = None,
) -> Job:
    """The job for a text or a record: its id, text, reference date, title and source.

    A record's id is its id field, else ``default_id``, else its position; its date
    field is its reference date (``reference_date`` when absent or null).  A missing
    text or a bad date gives a job that carries the error.

    >>> record_job(0, {"id": 7, "body": "Hi", "ts": "2020-01-01T10:00:00Z"}, None,
    ...            Fields(text="body", date="ts")).reference_date
    datetime.date(2020, 1, 1)
    """
    if isinstance(item, str):
        return Job(index, default_id or str(index), item, reference_date, origin=origin, source=source)
    if not isinstance(item, Mapping):
        return Job(
            index,
            default_id or str(index),
            error=f'expected a str or a mapping with "{fields.text}", got {type(item).__name__}',
            origin=origin,
        )
    raw_id = item.get(fields.id)
    doc_id = str(raw_id) if raw_id is not None else default_id or str(index)
    text = item.get(fields.text)
    if not isinstance(text, str):
        kind = type(text).__name__
        what = f'has no "{fields.text}"' if text is None else f'"{fields.text}" is {kind}, not a string'
        return Job(index, doc_id, error=f"record {what}", origin=origin)
    try:
        date = parse_date(item.get(fields.date))
    except ValueError as exc:
        message = str(exc)
        if fields.date != "date":  # name a renamed field: bad date '...' in "published"
            message = message.replace(" (expected", f' in "{fields.date}" (expected', 1)
        return Job(index, doc_id, error=message, origin=origin)
    return Job(
        index,
        doc_id,
        text,
        date if date is not None else reference_date,
        origin=origin,
        title=_optional_str(item.get(fields.title)),
        source=_optional_str(item.get(fields.source)) or source,
    )
