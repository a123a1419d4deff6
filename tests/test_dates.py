"""Table-driven tests for ``extract_dates`` over tests/corpus/dates/*.jsonl.

Each line is one case: ``{"id", "text", "reference_date", "expect": [...], "source",
"comment", "status"}`` and optionally ``"options"`` (keyword arguments such as
``{"day_first": true}``).  Every expected mention gives ``start``, ``end``,
``text``, ``value`` (as ``bizfacts.to_dict`` writes it: "2013-01-15", "2012-12",
"2024-Q3", "2013", a {"start", "end"} range, or null) and ``granularity``; it may
add ``kind``, ``modifier``, ``fiscal`` and ``relative``.  The extractor must find
exactly the expected spans, no more.  ``status: "fail"`` cases are known failures
and run as strict xfail, so a fix is noticed.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import bizfacts
from bizfacts import extract_dates, to_dict

CORPUS = Path(__file__).parent / "corpus" / "dates"
FILES = ("synthetic", "wild", "negative", "known_failures")
CASE_KEYS = {"id", "text", "reference_date", "expect", "source", "comment", "status"}
MENTION_KEYS = {"start", "end", "text", "value", "granularity"}
OPTIONAL_MENTION_KEYS = {"kind", "modifier", "fiscal", "relative"}
GRANULARITIES = {None, "day", "week", "month", "quarter", "half", "year", "decade"}


def _load() -> list[tuple[str, dict[str, Any]]]:
    cases = []
    for name in FILES:
        path = CORPUS / f"{name}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                cases.append((name, json.loads(line)))
    return cases


CASES = _load()


def test_corpus_is_well_formed() -> None:
    ids = set()
    for name, case in CASES:
        assert set(case) >= CASE_KEYS, (name, case.get("id"))
        assert set(case) <= CASE_KEYS | {"options"}, case["id"]
        assert case["id"] not in ids, f"duplicate id {case['id']}"
        ids.add(case["id"])
        assert case["status"] in ("pass", "fail"), case["id"]
        assert (case["status"] == "fail") == (name == "known_failures"), case["id"]
        if case["reference_date"] is not None:
            dt.date.fromisoformat(case["reference_date"])
        if name == "negative":
            assert case["expect"] == [], case["id"]
        last_end = 0
        for m in case["expect"]:
            assert MENTION_KEYS <= set(m) <= MENTION_KEYS | OPTIONAL_MENTION_KEYS, (case["id"], m)
            assert case["text"][m["start"]:m["end"]] == m["text"], (case["id"], m)
            assert m["start"] >= last_end, f"{case['id']}: expectations must be sorted and disjoint"
            last_end = m["end"]
            assert m["granularity"] in GRANULARITIES, case["id"]


def test_corpus_size() -> None:
    with_dates = [c for n, c in CASES if n != "negative" and c["expect"] and c["reference_date"]]
    assert len(with_dates) >= 150
    assert sum(1 for n, _ in CASES if n == "negative") >= 40


def _params() -> list[Any]:
    params = []
    for name, case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case["comment"])] if case["status"] == "fail" else []
        params.append(pytest.param(case, id=f"{name}:{case['id']}", marks=marks))
    return params


def _observed(mention: bizfacts.DateMention) -> dict[str, Any]:
    d = to_dict(mention)
    return {"start": mention.start, "end": mention.end, "text": mention.text, "value": d["value"],
            "granularity": mention.granularity, "kind": mention.kind, "modifier": mention.modifier,
            "fiscal": mention.fiscal, "relative": d["relative"]}


@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, Any]) -> None:
    ref = dt.date.fromisoformat(case["reference_date"]) if case["reference_date"] else None
    got = [_observed(m) for m in extract_dates(case["text"], ref, **case.get("options", {}))]
    want = case["expect"]
    assert [(g["start"], g["end"]) for g in got] == [(w["start"], w["end"]) for w in want], got
    for g, w in zip(got, want, strict=True):
        for key, value in w.items():
            if key != "relative":
                assert g[key] == value, (key, g, w)
        if "relative" in w:
            assert g["relative"] == w["relative"], (g, w)
        if "kind" not in w:
            assert g["kind"] == "point", g


# ------------------------------------------------------------ API behaviour


def test_rejects_non_str_text() -> None:
    with pytest.raises(TypeError, match=r"extract_dates\(\) expects text as str, got int"):
        extract_dates(2013)  # type: ignore[arg-type]


def test_rejects_bad_reference_date() -> None:
    with pytest.raises(TypeError, match="reference_date"):
        extract_dates("said Monday", 20130501)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="reference_date: bad date 'May 1'"):
        extract_dates("said Monday", "May 1")


def test_accepts_iso_string_reference() -> None:
    (m,) = extract_dates("said Monday", "2013-05-01")
    assert m.value == dt.date(2013, 4, 29)


def test_accepts_datetime_reference() -> None:
    (m,) = extract_dates("said Monday", dt.datetime(2013, 5, 1, 18, 30))
    assert m.value == dt.date(2013, 4, 29)


def test_empty_and_whitespace() -> None:
    assert extract_dates("") == []
    assert extract_dates(" \n\t ") == []


def test_seed_checks() -> None:
    """The done-criteria of issue #3, on sentences written in the seed's style."""
    text = ("Analysts commented Wednesday on the tie-up. The portal announced Monday that accounts "
            "topped 120 million by the end of December 2012. A rival counted 85 million by January 15, "
            "two years after it opened. Extra sales are seen over the next three years.")
    ref = dt.date(2013, 5, 1)
    got = {m.text: m for m in extract_dates(text, ref)}
    assert got["Monday"].value == dt.date(2013, 4, 29)
    assert got["Wednesday"].value == ref
    assert (got["December 2012"].value, got["December 2012"].granularity) == (dt.date(2012, 12, 1), "month")
    assert got["December 2012"].modifier == "end"
    assert got["January 15"].value == dt.date(2013, 1, 15)
    span = got["next three years"]
    assert (span.kind, span.value, span.end_value) == ("duration", dt.date(2013, 1, 1), dt.date(2016, 1, 1))
    assert to_dict(span)["value"] == {"start": "2013", "end": "2016"}


def test_no_reference_keeps_relation() -> None:
    (m,) = extract_dates("Shares fell two years ago.")
    assert m.value is None
    assert m.relative == bizfacts.RelativeDate(-2, "year", "past")


def test_month_day_relation_without_reference() -> None:
    (m,) = extract_dates("by January 15")
    assert m.value is None and m.granularity == "day"
    assert m.relative is not None and (m.relative.month, m.relative.day) == (1, 15)


def test_rule_names_are_set() -> None:
    text = "In Q3 2024, up from last year, since 2009 and on Monday, March 2, 1987."
    assert all(m.rule for m in extract_dates(text, dt.date(2013, 5, 1)))


def test_to_dict_is_json_ready() -> None:
    text = "Between 2010 and 2012, over the next three years, fiscal 2023, Q3 2024 and last week."
    for ref in (None, dt.date(2013, 5, 1)):
        for m in extract_dates(text, ref):
            json.dumps(to_dict(m))


def test_result_does_not_depend_on_today() -> None:
    text = "Profit rose last year and fell on Monday; sales in March and the third quarter."
    assert [m.value for m in extract_dates(text)] == [None] * len(extract_dates(text))


def test_day_words_need_their_own_first_letter() -> None:
    """'Testerday' and 'Yoday' are no day words (they used to crash the day-word lookup)."""
    ref = dt.date(2020, 1, 2)
    found = extract_dates("Testerday, Yoday, yesterday and Tomorrow", reference_date=ref)
    got = [(d.text, d.value) for d in found]
    assert got == [("yesterday", dt.date(2020, 1, 1)), ("Tomorrow", dt.date(2020, 1, 3))]
