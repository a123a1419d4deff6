"""bizfacts.batch: extract_many (order, errors, processes) and to_dataframe."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

import bizfacts
from bizfacts.batch import BatchResult, extract_many, fact_columns, flatten_fact, to_dataframe
from bizfacts.frames import FACT_COLUMNS, fact_row

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "reuters21578_business.jsonl"


def fake_extract_facts(text: str, reference_date: dt.date | None = None) -> list[bizfacts.AnyFact]:
    """A stand-in extractor with known output: "X bought Y for $N" -> an acquisition."""
    if "boom" in text:
        raise RuntimeError("boom")
    facts: list[bizfacts.AnyFact] = []
    for m in re.finditer(r"(\w+) bought (\w+) for \$(\d+)", text):
        ev = bizfacts.Evidence(m.start(), m.end(), m[0])
        dollars = "$" + m[3]
        price = bizfacts.MoneyMention(m.start(3) - 1, m.end(3), dollars, Decimal(m[3]), "USD")
        date = None
        if reference_date is not None:
            date = bizfacts.DateMention(m.start(1), m.end(1), m[1], reference_date, "day")
        facts.append(
            bizfacts.AcquisitionFact(
                acquirer=m[1], target=m[2], price=price, date=date, evidence=ev, confidence=0.75, rule="fake"
            )
        )
    return facts


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bizfacts.facts.extract_facts", fake_extract_facts)


def test_plain_texts_get_their_position_as_id(fake: None) -> None:
    results = list(extract_many(["Ann bought Bob for $5", "nothing", "Cy bought Di for $7"]))
    assert [(r.index, r.id, r.error) for r in results] == [(0, "0", None), (1, "1", None), (2, "2", None)]
    assert [[f.target for f in r.facts] for r in results] == [["Bob"], [], ["Di"]]


def test_records_carry_id_and_their_own_reference_date(fake: None) -> None:
    default = dt.date(2000, 1, 1)
    docs = [
        {"id": "r1", "text": "Ann bought Bob for $5", "date": "1987-02-26"},
        {"id": 7, "text": "Cy bought Di for $7"},
        {"text": "Ed bought Fo for $9", "date": dt.date(1999, 9, 9)},
    ]
    results = list(extract_many(docs, reference_date=default))
    assert [r.id for r in results] == ["r1", "7", "2"]
    dates = [r.facts[0].date.value for r in results if isinstance(r.facts[0], bizfacts.AcquisitionFact)]
    assert dates == [dt.date(1987, 2, 26), default, dt.date(1999, 9, 9)]


def test_bad_documents_are_reported_not_raised(fake: None) -> None:
    docs: list[object] = [
        {"id": "a", "text": "x", "date": "26/02/1987"},
        {"id": "b"},
        {"id": "c", "text": 5},
        42,
        "boom",
        "Ann bought Bob for $5",
    ]
    results = list(extract_many(docs))  # type: ignore[arg-type]
    assert [(r.id, r.error) for r in results] == [
        ("a", "bad date '26/02/1987' (expected YYYY-MM-DD, ISO datetime or RFC 2822 date)"),
        ("b", 'record has no "text"'),
        ("c", 'record "text" is int, not a string'),
        ("3", 'expected a str or a mapping with "text", got int'),
        ("4", "extraction failed: RuntimeError: boom"),
        ("5", None),
    ]
    assert [r.ok for r in results] == [False] * 5 + [True]
    assert all(r.facts == () for r in results[:5])


def test_impossible_calendar_date_is_an_error() -> None:
    [result] = extract_many([{"text": "x", "date": "1987-02-30"}])
    assert result.error == "bad date '1987-02-30' (expected YYYY-MM-DD, ISO datetime or RFC 2822 date)"


@pytest.mark.parametrize("workers", [0, -1])
def test_workers_must_be_positive(workers: int) -> None:
    with pytest.raises(ValueError, match="workers must be at least 1"):
        list(extract_many(["x"], workers=workers))


def _corpus_sample(n: int) -> list[dict[str, object]]:
    if not CORPUS.exists():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line, _ in zip(fh, range(n), strict=False)]


def test_processes_give_the_same_results_in_the_same_order() -> None:
    records = _corpus_sample(60)
    records.insert(5, {"id": "broken", "text": "x", "date": "nope"})
    serial = list(extract_many(records))
    parallel = list(extract_many(records, workers=2, chunksize=3))
    assert parallel == serial
    assert [r.id for r in parallel] == [str(r["id"]) for r in records]
    assert parallel[5].error == "bad date 'nope' (expected YYYY-MM-DD, ISO datetime or RFC 2822 date)"


def test_processes_report_input_errors_in_place() -> None:
    docs: list[str | dict[str, str]] = ["a", {"id": "x"}, "b", {"text": "c", "date": "bad"}, "d"]
    results = list(extract_many(docs, workers=2, chunksize=2))
    assert [(r.id, r.error) for r in results] == [
        ("0", None),
        ("x", 'record has no "text"'),
        ("2", None),
        ("3", "bad date 'bad' (expected YYYY-MM-DD, ISO datetime or RFC 2822 date)"),
        ("4", None),
    ]


def test_fact_row_splits_money_and_dates(fake: None) -> None:
    [fact] = fake_extract_facts("Ann bought Bob for $5", dt.date(2013, 5, 1))
    row = fact_row(fact)
    assert list(row) == list(FACT_COLUMNS)
    assert {k: v for k, v in row.items() if v is not None} == {
        "type": "acquisition",
        "confidence": 0.75,
        "target": "Bob",
        "acquirer": "Ann",
        "amount": Decimal("5"),
        "currency": "USD",
        "status": "announced",
        "date_start": dt.date(2013, 5, 1),
        "date_end": dt.date(2013, 5, 1),
        "date_granularity": "day",
        "date_text": "Ann",
        "evidence_start": 0,
        "evidence_end": 21,
        "evidence": "Ann bought Bob for $5",
        "rule": "fake",
    }


def test_fact_row_periods_ranges_and_lists() -> None:
    ev = bizfacts.Evidence(0, 3, "A&B")
    start, end = dt.date(2010, 1, 1), dt.date(2012, 1, 1)
    rng = bizfacts.DateMention(0, 3, "A&B", start, "year", kind="range", end_value=end)
    row = fact_row(bizfacts.PartnershipFact(parties=("A", "B"), date=rng, evidence=ev))
    assert (row["parties"], row["date_start"], row["date_end"]) == ("A; B", start, dt.date(2012, 12, 31))
    quarter = bizfacts.DateMention(0, 3, "A&B", dt.date(1986, 10, 1), "quarter")
    money = bizfacts.MoneyMention(0, 3, "A&B", Decimal("12.5"), "GBP", amount_high=Decimal("13"))
    metric = bizfacts.FinancialMetricFact(
        company="A", metric="revenue", amount=money, period=quarter, change=Decimal("-2.5"), evidence=ev
    )
    row = fact_row(metric)
    assert (row["date_start"], row["date_end"], row["date_granularity"]) == (
        dt.date(1986, 10, 1),
        dt.date(1986, 12, 31),
        "quarter",
    )
    assert (row["amount"], row["amount_high"], row["currency"], row["change"]) == (
        Decimal("12.5"),
        Decimal("13"),
        "GBP",
        Decimal("-2.5"),
    )
    open_range = bizfacts.DateMention(0, 3, "A&B", dt.date(2020, 1, 1), "month", kind="range")
    row = fact_row(bizfacts.PartnershipFact(parties=("A", "B"), date=open_range, evidence=ev))
    assert (row["date_start"], row["date_end"]) == (dt.date(2020, 1, 1), None)


def test_no_column_shadows_a_dataframe_attribute() -> None:
    pd = pytest.importorskip("pandas")
    assert [c for c in FACT_COLUMNS if hasattr(pd.DataFrame, c)] == []
    assert len(set(FACT_COLUMNS)) == len(FACT_COLUMNS)


def test_to_dataframe_one_row_per_fact_with_document_columns(fake: None) -> None:
    pytest.importorskip("pandas")
    docs = [
        {
            "id": "d1",
            "text": "Ann bought Bob for $5 and Cy bought Di for $7",
            "date": "1987-02-26",
            "title": "TWO DEALS",
            "source": "wire",
        },
        "none",
        {"id": "q"},
    ]
    results = list(extract_many(docs))
    df = to_dataframe(results)
    assert list(df.columns) == list(FACT_COLUMNS)
    assert df[
        ["doc_id", "doc_title", "doc_source", "fact_index", "acquirer", "target", "amount"]
    ].values.tolist() == [
        ["d1", "TWO DEALS", "wire", 0, "Ann", "Bob", 5.0],
        ["d1", "TWO DEALS", "wire", 1, "Cy", "Di", 7.0],
    ]
    assert {c: str(df[c].dtype) for c in ("amount", "stake", "confidence", "user_count", "doc_id")} == {
        "amount": "float64",
        "stake": "float64",
        "confidence": "float64",
        "user_count": "Int64",
        "doc_id": "string",
    }
    assert str(df["date_start"].dtype).startswith("datetime64") and str(df["date_end"].dtype).startswith(
        "datetime64"
    )
    assert df["date_start"].dt.strftime("%Y-%m-%d").tolist() == ["1987-02-26", "1987-02-26"]
    assert df["doc_date"].dt.year.tolist() == [1987, 1987]
    plain = to_dataframe(f for r in results for f in r.facts)
    assert list(plain.columns) == list(FACT_COLUMNS)
    assert plain["doc_id"].isna().all() and len(plain) == 2


def test_to_dataframes_one_frame_per_type(fake: None) -> None:
    pytest.importorskip("pandas")
    frames = bizfacts.to_dataframes(extract_many(["Ann bought Bob for $5"]))
    assert list(frames) == ["acquisition"]
    acq = frames["acquisition"]
    assert "user_count" not in acq.columns and "amount" in acq.columns
    assert acq[["acquirer", "target", "amount", "currency"]].values.tolist() == [["Ann", "Bob", 5.0, "USD"]]


def test_to_dataframe_empty_has_all_columns() -> None:
    pytest.importorskip("pandas")
    df = to_dataframe([])
    assert list(df.columns) == list(FACT_COLUMNS)
    assert len(df) == 0
    assert dict(df.dtypes.astype(str)) == {
        c: ("datetime64[s]" if d.startswith("datetime") else d) for c, d in FACT_COLUMNS.items()
    }


def test_old_flat_rows_still_work_with_a_deprecation_warning(fake: None) -> None:
    [fact] = fake_extract_facts("Ann bought Bob for $5")
    with pytest.warns(DeprecationWarning, match="FACT_COLUMNS"):
        row = flatten_fact(fact)
    with pytest.warns(DeprecationWarning):
        assert list(row) == fact_columns()
    assert (row["price_amount"], row["price_currency"]) == ("5", "USD")


def test_to_dataframe_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pandas(name: str, *args: object, **kwargs: object) -> object:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    monkeypatch.delitem(__import__("sys").modules, "pandas", raising=False)
    with pytest.raises(ImportError, match=r"pip install 'bizfacts\[pandas\]'"):
        to_dataframe([])


def test_batch_result_is_frozen_and_picklable() -> None:
    import pickle

    result = BatchResult(0, "a", (), "oops")
    assert pickle.loads(pickle.dumps(result)) == result
    with pytest.raises(AttributeError):
        result.id = "b"  # type: ignore[misc]


def test_importing_bizfacts_does_not_import_heavy_modules() -> None:
    import subprocess
    import sys

    code = (
        "import sys, bizfacts, bizfacts.batch, bizfacts.cli, bizfacts.dask;"
        "print(sorted(m for m in ('pandas', 'dask', 'tqdm', 'distributed') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ------------------------------------------------------------ worker processes that die


def _killing_run_one(
    text: str, reference_date: dt.date | None, mode: str, gazetteer: object = None
) -> object:
    """Like the real one, but a document saying KILL takes its worker process down
    (as the kernel's OOM killer would), and one saying SLOW keeps its worker busy."""
    import os
    import signal
    import time

    if "KILL" in text and os.getpid() != PARENT_PID:
        os.kill(os.getpid(), signal.SIGKILL)
    if "SLOW" in text:
        time.sleep(0.3)
    return (tuple(fake_extract_facts(text, reference_date)), None)


PARENT_PID = __import__("os").getpid()


@pytest.fixture
def killer(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=False) != "fork":
        pytest.skip("the stand-in reaches worker processes only when they are forked")
    monkeypatch.setattr("bizfacts.batch._run_one", _killing_run_one)


def test_a_worker_that_dies_fails_only_its_document(killer: None) -> None:
    from bizfacts.batch import WORKER_DIED

    docs = [f"A{i} bought B{i} for ${i}" for i in range(40)]
    docs[13] = "KILL this one"
    docs[5] = "SLOW: C bought D for $1"  # another chunk in flight when the pool breaks
    results = list(extract_many(docs, workers=2, chunksize=4))
    assert [r.index for r in results] == list(range(40))
    assert [r.error for r in results if r.error] == [WORKER_DIED]
    assert results[13].error == WORKER_DIED and results[13].facts == ()
    assert [r.facts[0].target for r in results if r.index not in (13,)] == [
        "D" if i == 5 else f"B{i}" for i in range(40) if i != 13
    ]


def test_several_deaths_in_one_run(killer: None) -> None:
    from bizfacts.batch import WORKER_DIED

    docs = ["KILL" if i % 10 == 3 else f"A{i} bought B{i} for $1" for i in range(30)]
    results = list(extract_many(docs, workers=2, chunksize=3))
    assert [r.index for r in results if r.error == WORKER_DIED] == [3, 13, 23]
    assert all(r.ok for r in results if r.index % 10 != 3)


def test_cli_worker_death_is_one_error_line(
    killer: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bizfacts.cli import main

    feed = tmp_path / "feed.jsonl"
    lines = [{"id": f"d{i}", "text": "KILL" if i == 7 else f"A{i} bought B{i} for $1"} for i in range(20)]
    feed.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    status = main(["extract", "--jsonl", str(feed), "--workers", "2", "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [f"d{i}" for i in range(20) if i != 7]
    assert err.splitlines() == [
        f"bizfacts: error: {feed}:8 (id d7): a worker process died while processing this document"
        " (killed, or out of memory)",
        "bizfacts: 1 of 20 documents failed",
    ]


# ------------------------------------------------------------------ logging, progress


def test_the_bizfacts_logger_is_silent_unless_configured() -> None:
    import subprocess
    import sys

    code = "import bizfacts\nr = list(bizfacts.extract_many(['x', {'id': 'b'}]))\nprint(r[1].error)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert (out.stdout, out.stderr) == ('record has no "text"\n', "")


def test_extract_many_logs_to_the_bizfacts_logger(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("DEBUG", logger="bizfacts"):
        list(extract_many(["fine", {"id": "b"}]))
    messages = [(r.name, r.levelname, r.getMessage()) for r in caplog.records]
    assert ("bizfacts.batch", "DEBUG", 'document b failed: record has no "text"') in messages
    assert ("bizfacts.batch", "INFO", "extract_many: 2 documents, 1 failed") in messages


def test_extract_many_progress_bar(fake: None, capsys: pytest.CaptureFixture[str]) -> None:
    results = list(extract_many(["Ann bought Bob for $5", "x", "y"], progress=True))
    assert len(results) == 3
    err = capsys.readouterr().err
    assert "bizfacts" in err and "3/3" in err
    list(extract_many(["x"]))
    assert capsys.readouterr().err == ""


def test_cli_verbose_and_quiet(fake: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import logging

    from bizfacts.cli import main

    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "Ann bought Bob for $5"}\n{"id": "b"}\n', encoding="utf-8")
    logger = logging.getLogger("bizfacts")
    handlers, level = list(logger.handlers), logger.level
    try:
        assert main(["extract", "--jsonl", str(feed), "-v", "--output", str(tmp_path / "f.sqlite")]) == 1
        err = capsys.readouterr().err.splitlines()
        assert (
            f"bizfacts: INFO: {tmp_path / 'f.sqlite'}: 1 documents written, 0 skipped as already stored"
            in err
        )
        assert "bizfacts: INFO: 2 documents processed, 1 failed" in err
    finally:
        logger.handlers[:], logger.level = handlers, level
    assert main(["extract", "--jsonl", str(feed), "-q", "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert err.splitlines() == ["bizfacts: 1 of 2 documents failed"]
