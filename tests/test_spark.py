"""bizfacts.spark: facts of a Spark DataFrame, on a real local[2] Spark session.

Needs the `spark` extra and Java; without them these tests skip, unless
BIZFACTS_REQUIRE_SPARK=1 (set by .ci/run's Spark job), where a missing piece fails.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import bizfacts
from bizfacts.batch import extract_many
from bizfacts.frames import FACT_COLUMNS, to_dataframe
from bizfacts.records import EXPECTED

REQUIRED = os.environ.get("BIZFACTS_REQUIRE_SPARK") == "1"
ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578_business.jsonl"
SAMPLE = 500


def _need(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"{reason} (BIZFACTS_REQUIRE_SPARK=1)")
    pytest.skip(reason)


try:
    import pandas as pd
    import pyspark
    from pyspark.sql import SparkSession
except ImportError as exc:  # pragma: no cover - depends on the environment
    if REQUIRED:
        raise
    pytest.skip(f"the spark extra is not installed ({exc})", allow_module_level=True)

from bizfacts.spark import (  # noqa: E402 - after the skip above
    ERROR_COLUMN,
    FACTS_SCHEMA,
    REPORT_SCHEMA,
    executor_function,
    extract_facts_frame,
    facts_of_batches,
)

# PySpark's own notices about pandas 3: not about bizfacts
pytestmark = [
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    """A local[2] Spark session whose Python workers run this interpreter."""
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        _need("no Java on this machine: Spark needs a JVM (.ci/run installs openjdk-17-jre-headless)")
    saved = {k: os.environ.get(k) for k in ("PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON")}
    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("bizfacts-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    if not CORPUS.exists():
        pytest.skip(f"shared corpus not found at {CORPUS}: the Spark corpus test needs it")
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line, _ in zip(fh, range(SAMPLE), strict=False)]


def _typed(frame: Any) -> Any:
    """A frame from Spark in the column order and pandas dtypes of to_dataframe, sorted by fact."""
    frame = frame[list(FACT_COLUMNS)].astype(dict(FACT_COLUMNS))
    return frame.sort_values(["doc_id", "fact_index"]).reset_index(drop=True)


def _recipe() -> str:
    """The Spark recipe of docs/scale-out.md, as written there."""
    text = (ROOT / "docs" / "scale-out.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "bizfacts.spark import" in b]
    assert len(blocks) == 1, "docs/scale-out.md should have exactly one Spark recipe"
    return blocks[0]


def _run_recipe(tmp: Path, read: str) -> tuple[Path, Path]:
    code = _recipe()
    out, err = tmp / "facts", tmp / "facts-errors"
    for old, new in [
        ('spark.read.json("corpus/*.jsonl")', read),
        ('"facts-errors/"', repr(str(err))),
        ('"facts/"', repr(str(out))),
    ]:
        assert code.count(old) == 1, old
        code = code.replace(old, new)
    exec(compile(code, "docs/scale-out.md", "exec"), {})
    return out, err


# ----------------------------------------------------------- the corpus, through the docs recipe


def test_docs_recipe_on_the_corpus_equals_extract_many(
    spark: Any, records: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = {"id": "bad-date", "text": "Acme Corp bought Widget Inc for $5 million.", "date": "1987-13-01"}
    source = tmp_path / "corpus.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in [*records, bad]), encoding="utf-8")

    out, err = _run_recipe(tmp_path, f"spark.read.json({str(source)!r})")

    want = _typed(to_dataframe(extract_many(records)))
    assert len(want) > 100  # the sample has facts to compare
    got = _typed(spark.read.parquet(str(out)).toPandas())
    pd.testing.assert_frame_equal(got, want)  # content and count, fact by fact
    types = {p.name.removeprefix("type=") for p in out.iterdir() if p.name.startswith("type=")}
    assert types == set(want["type"])  # one Parquet folder per fact type
    failures = [json.loads(line) for f in sorted(err.glob("*.json")) for line in f.read_text().splitlines()]
    assert failures == [
        {"doc_id": "bad-date", "error": f"bad date '1987-13-01' (expected {EXPECTED})"},
    ]
    assert capsys.readouterr().out == "1 documents failed\n"


def test_docs_recipe_reads_parquet_too(spark: Any, records: list[dict[str, Any]], tmp_path: Path) -> None:
    sample = records[:40]
    pd.DataFrame(sample).to_parquet(tmp_path / "docs.parquet")
    out, _ = _run_recipe(tmp_path, f"spark.read.parquet({str(tmp_path / 'docs.parquet')!r})")
    got = _typed(spark.read.parquet(str(out)).toPandas())
    pd.testing.assert_frame_equal(got, _typed(to_dataframe(extract_many(sample))))


# ------------------------------------------------------------------ schema, options, errors


SENTENCES = [
    ("a", "Acme Corp acquired Widget Inc for $5 million on Tuesday.", "2021-03-04"),
    ("b", "Nothing happened here.", None),
    ("c", "Initech Inc said it raised $20 million from Globex Corp in a round last week.", "2019-07-15"),
]


TEXTS = "id string, text string, date string"


def _docs(spark: Any, rows: list[tuple[Any, ...]], schema: str = TEXTS) -> Any:
    return spark.createDataFrame(rows, schema).repartition(2)


def test_schema_is_that_of_to_dataframe_and_dask(spark: Any) -> None:
    frame = extract_facts_frame(_docs(spark, SENTENCES))
    assert frame.columns == list(FACT_COLUMNS)
    assert frame.schema.simpleString() == spark.createDataFrame([], FACTS_SCHEMA).schema.simpleString()
    kinds = dict(frame.dtypes)
    some = ("doc_id", "confidence", "amount", "date_start", "fact_index")
    assert [kinds[c] for c in some] == ["string", "double", "double", "timestamp_ntz", "bigint"]
    from bizfacts.dask import facts_meta

    assert list(facts_meta().columns) == frame.columns


def test_small_frame_equals_extract_many_with_dates_timestamps_and_titles(spark: Any) -> None:
    records = [{"id": i, "text": t, "date": d, "title": f"T-{i}"} for i, t, d in SENTENCES]
    want = _typed(to_dataframe(extract_many(records, reference_date="2000-01-01")))
    assert len(want) >= 2 and set(want["doc_title"]) >= {"T-a", "T-c"}
    as_dates = [(i, t, None if d is None else dt.date.fromisoformat(d), f"T-{i}") for i, t, d in SENTENCES]
    for schema, rows in [
        ("id string, text string, date string, title string", [(*r, f"T-{r[0]}") for r in SENTENCES]),
        ("id string, text string, date date, title string", as_dates),
    ]:
        got = extract_facts_frame(_docs(spark, rows, schema), reference_date=dt.date(2000, 1, 1)).toPandas()
        pd.testing.assert_frame_equal(_typed(got), want)


def test_renamed_columns_and_no_date_column(spark: Any) -> None:
    rows = [(7, "Acme Corp acquired Widget Inc for $5 million on Tuesday.")]
    frame = spark.createDataFrame(rows, "key int, body string")
    got = extract_facts_frame(frame, text="body", id="key", date=None, reference_date="2021-03-04").toPandas()
    want = to_dataframe(extract_many([{"id": "7", "text": rows[0][1]}], reference_date="2021-03-04"))
    pd.testing.assert_frame_equal(_typed(got), _typed(want))
    assert got["doc_id"].tolist() == ["7"] * len(got)


BAD = [
    ("good", "Acme Corp acquired Widget Inc for $5 million.", "2021-03-04"),
    ("late", "Globex bought Initech for $9 million.", "2021-02-30"),
    ("empty", None, "2021-03-04"),
    (None, "Hooli bought Pied Piper for $1 million.", None),
]


def test_errors_skip_report_and_raise(spark: Any) -> None:
    docs = _docs(spark, BAD)
    skipped = extract_facts_frame(docs).toPandas()
    assert set(skipped["doc_id"]) == {"good"}

    reported = extract_facts_frame(docs, errors="report")
    assert reported.columns == [*FACT_COLUMNS, ERROR_COLUMN]
    assert reported.schema.simpleString() == spark.createDataFrame([], REPORT_SCHEMA).schema.simpleString()
    failures = sorted(
        (r["doc_id"] or "", r[ERROR_COLUMN], r["type"]) for r in reported.collect() if r[ERROR_COLUMN]
    )
    assert failures == [
        ("", 'record has no "id"', None),
        ("empty", 'record has no "text"', None),
        ("late", f"bad date '2021-02-30' (expected {EXPECTED})", None),
    ]
    fact_rows = reported.where("error IS NULL").toPandas()
    pd.testing.assert_frame_equal(_typed(fact_rows.drop(columns=[ERROR_COLUMN])), _typed(skipped))

    with pytest.raises(Exception, match=r"DocumentError: document 'late': bad date '2021-02-30'"):
        extract_facts_frame(_docs(spark, BAD[:2]), errors="raise").collect()


def test_a_gazetteer_reaches_the_executors(spark: Any) -> None:
    text = "Zorblax teamed with Quuxcorp."  # two names the shipped gazetteer does not know
    gazetteer = bizfacts.Gazetteer.default().with_entries(["Zorblax", "Quuxcorp"])
    want = to_dataframe(extract_many([{"id": "z", "text": text}], gazetteer=gazetteer))
    got = extract_facts_frame(_docs(spark, [("z", text, None)]), gazetteer=gazetteer).toPandas()
    pd.testing.assert_frame_equal(_typed(got), _typed(want))
    assert got["type"].tolist() == ["partnership"]
    assert sorted(got["parties"][0].split("; ")) == ["Quuxcorp", "Zorblax"]
    # without it the names are only promoted by the clause that holds them: a lower confidence
    alone = extract_facts_frame(_docs(spark, [("z", text, None)])).toPandas()
    assert alone["confidence"].tolist() == [0.45] and got["confidence"].tolist() == [0.75]


def test_wrong_inputs_are_refused(spark: Any) -> None:
    docs = _docs(spark, SENTENCES)
    with pytest.raises(TypeError, match=r"expected a pyspark\.sql\.DataFrame, got list"):
        extract_facts_frame([{"id": "a", "text": "x"}])
    with pytest.raises(ValueError, match=r"no column 'body' in \['date', 'id', 'text'\]"):
        extract_facts_frame(docs, text="body")
    with pytest.raises(TypeError, match="the text column 'id' must be a string column, not int"):
        extract_facts_frame(spark.createDataFrame([(1, "x")], "id int, body string"), text="id", date=None)
    with pytest.raises(TypeError, match="date column 'date' must be a string, date or timestamp, not int"):
        extract_facts_frame(spark.createDataFrame([("a", "x", 1)], "id string, text string, date int"))
    with pytest.raises(ValueError, match=r"errors must be 'skip', 'raise' or 'report'"):
        extract_facts_frame(docs, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"expects gazetteer as a bizfacts\.Gazetteer"):
        extract_facts_frame(docs, gazetteer=["Acme"])  # type: ignore[arg-type]


# ------------------------------------------------------------- what is shipped to executors


def test_the_shipped_function_runs_without_spark() -> None:
    from pyspark import cloudpickle

    function = cloudpickle.loads(cloudpickle.dumps(executor_function(dt.date(2021, 3, 4), None, "skip")))
    docs = pd.DataFrame({"id": ["a"], "text": [SENTENCES[0][1]], "date": [None]})
    (got,) = list(function(iter([docs])))
    want = to_dataframe(extract_many([{"id": "a", "text": SENTENCES[0][1]}], reference_date="2021-03-04"))
    pd.testing.assert_frame_equal(got, want)
    (empty,) = list(facts_of_batches([docs.iloc[:0]]))
    assert empty.empty and list(empty.columns) == list(FACT_COLUMNS)


def test_an_executor_without_bizfacts_gets_a_clear_message(tmp_path: Path) -> None:
    """Unpickle and call the shipped function in a Python that has pyspark and pandas but not bizfacts."""
    from pyspark import cloudpickle

    (tmp_path / "function.pkl").write_bytes(cloudpickle.dumps(executor_function(None, None, "raise")))
    site = str(Path(pyspark.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": site}
    script = (
        "import pickle, sys\n"
        "try:\n    import bizfacts\nexcept ImportError:\n    pass\nelse:\n    sys.exit(3)\n"
        "function = pickle.loads(open(sys.argv[1], 'rb').read())\n"
        "next(iter(function(iter([]))))\n"
    )
    # -S: no site processing, so the editable install's .pth (the path to src/) is not read
    run = subprocess.run(
        [sys.executable, "-S", "-c", script, str(tmp_path / "function.pkl")],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    if run.returncode == 3:
        pytest.skip("bizfacts is installed in site-packages (not editable): cannot hide it from a subprocess")
    assert run.returncode == 1, run.stderr
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError: bizfacts cannot be imported by this Spark executor's Python (")
    assert "No module named 'bizfacts'" in last and "Install 'bizfacts[spark]'" in last


def test_import_bizfacts_does_not_import_spark() -> None:
    code = (
        "import sys, bizfacts, bizfacts.spark\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyspark', 'py4j', 'pyarrow')))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_the_options_travel_pickled() -> None:
    gazetteer = bizfacts.Gazetteer.default().with_entries(["Zorblax"])
    function = executor_function(dt.date(2020, 1, 2), gazetteer, "report")
    assert pickle.loads(function.keywords["payload"])[0::2] == (dt.date(2020, 1, 2), "report")  # type: ignore[attr-defined]
