"""Reference dates and records: the date forms feeds use, ISO strings in the Python API."""

from __future__ import annotations

import datetime as dt

import pytest

import bizfacts
from bizfacts.records import Fields, parse_date, record_job


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2020-01-01", dt.date(2020, 1, 1)),
        ("2020-01-01T10:00:00", dt.date(2020, 1, 1)),
        ("2020-01-01 23:59", dt.date(2020, 1, 1)),
        ("2020-01-01T23:30:00-05:00", dt.date(2020, 1, 1)),  # its own calendar day, not UTC's
        ("2020-01-01T00:30:00+0900", dt.date(2020, 1, 1)),
        ("2020-01-01T10:00:00Z", dt.date(2020, 1, 1)),
        ("2020-01-01T10:00:00.123456789+00:00", dt.date(2020, 1, 1)),
        ("Wed, 16 Jan 2013 08:00:00 +0800", dt.date(2013, 1, 16)),
        ("16 Jan 2013 23:10:05 GMT", dt.date(2013, 1, 16)),
        ("Tue, 3 Mar 1987 09:15:00 -0500", dt.date(1987, 3, 3)),
        (dt.datetime(2001, 2, 3, 4, 5), dt.date(2001, 2, 3)),
        (dt.date(2001, 2, 3), dt.date(2001, 2, 3)),
        (None, None),
    ],
)
def test_parse_date_reads_iso_dates_datetimes_and_rfc_2822(value: object, day: dt.date | None) -> None:
    assert parse_date(value) == day


@pytest.mark.parametrize(
    "value",
    ["1987-02-30", "2020-13-01T10:00:00", "yesterday", "26 Feb 1987", "Wed, 32 Jan 2013 08:00:00", ""],
)
def test_parse_date_refuses_anything_else_with_one_readable_line(value: str) -> None:
    with pytest.raises(
        ValueError, match=r"^bad date .* \(expected YYYY-MM-DD, ISO datetime or RFC 2822 date\)$"
    ):
        parse_date(value)


def test_reference_date_accepts_iso_strings_in_every_public_function() -> None:
    text = "Acme Corp said on Monday it acquired Widget Inc for $50 million."
    by_string = bizfacts.extract_facts(text, reference_date="2024-05-08")
    by_date = bizfacts.extract_facts(text, reference_date=dt.date(2024, 5, 8))
    assert by_string == by_date and by_string
    stamped = bizfacts.extract_facts(text, reference_date="2024-05-08T22:00:00-04:00")
    assert stamped == by_date
    dates = bizfacts.extract_dates("Sales rose last year.", reference_date="2013-05-01")
    assert [(d.value, d.granularity) for d in dates] == [(dt.date(2012, 1, 1), "year")]
    [result] = bizfacts.extract_many([text], reference_date="2024-05-08")
    assert result.facts == tuple(by_date) and result.date == dt.date(2024, 5, 8)
    explained = bizfacts.explain(text, reference_date="2024-05-08")
    assert explained.facts == tuple(by_date)
    assert str(explained) == str(bizfacts.explain(text, reference_date=dt.date(2024, 5, 8)))


@pytest.mark.parametrize("function", ["extract_facts", "extract_dates"])
def test_reference_date_of_a_wrong_type_or_form_is_a_clear_error(function: str) -> None:
    extract = getattr(bizfacts, function)
    with pytest.raises(TypeError, match=rf"^{function}\(\) expects reference_date as datetime.date, an ISO"):
        extract("text", reference_date=20130501)
    with pytest.raises(ValueError, match=rf"^{function}\(\): reference_date: bad date 'May 1'"):
        extract("text", reference_date="May 1")
    with pytest.raises(TypeError, match=r"^extract_many\(\) expects reference_date"):
        list(bizfacts.extract_many(["text"], reference_date=1.5))  # type: ignore[arg-type]


def test_record_job_maps_other_field_names_and_names_them_in_errors() -> None:
    fields = Fields(text="body", id="uid", date="published")
    job = record_job(
        3, {"uid": 9, "body": "Hi", "published": "Wed, 16 Jan 2013 08:00:00 +0800"}, None, fields
    )
    assert (job.id, job.text, job.reference_date, job.error) == ("9", "Hi", dt.date(2013, 1, 16), None)
    assert record_job(0, {"text": "Hi"}, None, fields).error == 'record has no "body"'
    bad = record_job(0, {"body": "Hi", "published": "soon"}, None, fields)
    assert (
        bad.error == "bad date 'soon' in \"published\" (expected YYYY-MM-DD, ISO datetime or RFC 2822 date)"
    )
    titled = record_job(0, {"text": "Hi", "title": "T", "source": "wire"}, None)
    assert (titled.title, titled.source, titled.id) == ("T", "wire", "0")
