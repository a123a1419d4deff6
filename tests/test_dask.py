"""bizfacts.dask: facts of a Dask bag or DataFrame, on a real distributed.LocalCluster."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
import dask.dataframe as dd
import distributed
import pandas as pd
import pytest

import bizfacts
from bizfacts.batch import extract_many, to_dataframe
from bizfacts.dask import DocumentError, extract_facts_frame, facts_meta

# dask, distributed and pandas are in the `test` extra: this file must run in CI, not skip.
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "reuters21578_business.jsonl"
SAMPLE = 200


@pytest.fixture(scope="module")
def sample() -> tuple[list[dict[str, Any]], Any]:
    """The first records of the shared corpus and their facts from one process."""
    if not CORPUS.exists():
        pytest.skip(f"shared corpus not found at {CORPUS}: the Dask cluster test needs it")
    with CORPUS.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line, _ in zip(fh, range(SAMPLE), strict=False)]
    return records, to_dataframe(extract_many(records))


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def _same(got: Any, want: Any) -> None:
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True))


def test_bag_on_a_local_cluster_equals_the_single_process_run(client: Any, sample: Any) -> None:
    records, want = sample
    bag = db.from_sequence(records, npartitions=8)
    frame = extract_facts_frame(bag)
    got = client.compute(frame).result()
    assert list(got.columns) == list(facts_meta().columns)
    assert set(client.run(lambda: 1)) and len(client.scheduler_info()["workers"]) == 2
    _same(got, want)
    assert set(got["doc_id"]) <= {r["id"] for r in records}
    assert str(got["amount"].dtype) == "float64" and str(got["date_start"].dtype).startswith("datetime64")


def test_dataframe_on_a_local_cluster_equals_the_single_process_run(client: Any, sample: Any) -> None:
    records, want = sample
    frame = dd.from_pandas(pd.DataFrame(records)[["id", "text", "date", "title"]], npartitions=5)
    got = client.compute(extract_facts_frame(frame)).result()
    _same(got, want)


# ------------------------------------------------ in-process, with a known extractor


def fake_facts(text: str, reference_date: dt.date | None = None) -> list[bizfacts.AnyFact]:
    if "boom" in text:
        raise RuntimeError("boom")
    out: list[bizfacts.AnyFact] = []
    for m in re.finditer(r"(\w+) bought (\w+) for \$(\d+)", text):
        price = bizfacts.MoneyMention(m.start(3) - 1, m.end(3), "$" + m[3], Decimal(m[3]), "USD")
        date = None if reference_date is None else bizfacts.DateMention(0, 0, "", reference_date, "day")
        ev = bizfacts.Evidence(m.start(), m.end(), m[0])
        out.append(bizfacts.AcquisitionFact(acquirer=m[1], target=m[2], price=price, date=date, evidence=ev))
    return out


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr("bizfacts.facts.extract_facts", fake_facts)
    with dask.config.set(scheduler="sync"):  # in this process, so the patch applies
        yield


def test_bag_of_texts_and_records(fake: None) -> None:
    bag = db.from_sequence(
        ["Ann bought Bob for $5", {"id": "r", "text": "Cy bought Di for $7", "date": "1987-02-26"}, "none"],
        npartitions=2,
    )
    got = extract_facts_frame(bag, reference_date=dt.date(2000, 1, 1)).compute()
    assert got[["doc_id", "acquirer", "target", "amount", "currency"]].values.tolist() == [
        ["0:0", "Ann", "Bob", 5.0, "USD"],
        ["r", "Cy", "Di", 7.0, "USD"],
    ]
    assert [str(d.date()) for d in got["date_start"]] == ["2000-01-01", "1987-02-26"]
    assert [str(d.date()) for d in got["doc_date"]] == ["2000-01-01", "1987-02-26"]
    assert dict(got.dtypes) == dict(facts_meta().dtypes)


def test_dataframe_without_id_uses_the_index_and_missing_dates_fall_back(fake: None) -> None:
    pdf = pd.DataFrame(
        {"body": ["Ann bought Bob for $5", "Cy bought Di for $7"], "date": ["1987-02-26", None]},
        index=[10, 11],
    )
    got = extract_facts_frame(
        dd.from_pandas(pdf, npartitions=1), text_column="body", reference_date=dt.date(2000, 1, 1)
    ).compute()
    assert got[["doc_id", "target"]].values.tolist() == [["10", "Bob"], ["11", "Di"]]
    assert [str(d.date()) for d in got["date_start"]] == ["1987-02-26", "2000-01-01"]


def test_bad_documents_raise_or_are_skipped(fake: None) -> None:
    bag = db.from_sequence([{"id": "x", "text": "boom"}, {"id": "y", "text": "Ann bought Bob for $5"}])
    with pytest.raises(DocumentError, match="document 'x': extraction failed: RuntimeError: boom"):
        extract_facts_frame(bag).compute()
    got = extract_facts_frame(bag, errors="skip").compute()
    assert got["doc_id"].tolist() == ["y"]


def test_wrong_inputs_are_refused() -> None:
    with pytest.raises(TypeError, match="expected a dask Bag or DataFrame, got list"):
        extract_facts_frame(["text"])
    frame = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(ValueError, match="no text column 'text' in \\['body'\\]"):
        extract_facts_frame(frame)
    with pytest.raises(ValueError, match="errors must be 'raise' or 'skip'"):
        extract_facts_frame(frame, text_column="body", errors="ignore")  # type: ignore[arg-type]


def test_gazetteer_from_a_file_reaches_the_cluster_workers(client: Any) -> None:
    gaz = bizfacts.Gazetteer.from_file(Path(__file__).parent / "corpus" / "gazetteer" / "names.csv")
    text = "Vexmoor and Acme Corp formed a joint venture."
    bag = db.from_sequence([{"id": f"g{i}", "text": text} for i in range(4)], npartitions=2)
    got = client.compute(extract_facts_frame(bag, gazetteer=gaz)).result()
    assert got[["doc_id", "type", "parties"]].values.tolist() == [
        [f"g{i}", "partnership", "Vexmoor; Acme"] for i in range(4)
    ]
    assert client.compute(extract_facts_frame(bag)).result().empty
    with pytest.raises(TypeError, match=r"extract_facts_frame\(\) expects gazetteer as a bizfacts.Gazetteer"):
        extract_facts_frame(bag, gazetteer=["Vexmoor"])  # type: ignore[arg-type]
