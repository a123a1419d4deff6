"""--output and bizfacts.writers: every format, the resumable stores, outputs that
cannot be written (one line, non-zero status, no partial rows)."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from io_fakes import fake_facts

import bizfacts
from bizfacts.cli import main
from bizfacts.frames import FACT_COLUMNS
from bizfacts.store import create_statements
from bizfacts.writers import OutputError, open_output, write_results

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "reuters21578_business.jsonl"
RECORDS = [
    {
        "id": "r1",
        "text": "Ann bought Bob for $5.25. Ann has 300 users.",
        "date": "1987-02-26",
        "title": "DEAL",
    },
    {"id": "r2", "text": "Nothing here."},
    {"id": "r3", "text": "Cy bought Di for $7.", "date": "2001-09-30T08:00:00Z", "source": "wire"},
    {"id": "r4", "text": "boom"},
]


@pytest.fixture
def feed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setattr("bizfacts.facts.extract_facts", fake_facts)
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _jsonl_facts(capsys: pytest.CaptureFixture[str]) -> list[tuple[str, dict[str, Any]]]:
    status, out, _ = run(capsys, "extract", "--jsonl", "feed.jsonl", "--format", "jsonl")
    assert status == 1  # r4 fails
    facts = []
    for line in out.splitlines():
        obj = json.loads(line)
        obj.pop("source")
        facts.append((obj.pop("id"), obj))
    return facts


def _store_facts(conn: Any) -> list[tuple[str, dict[str, Any]]]:
    rows = conn.execute("SELECT doc_id, fact_json FROM facts ORDER BY doc_id, fact_index").fetchall()
    return [(doc_id, json.loads(fact)) for doc_id, fact in rows]


# --------------------------------------------------------------------------- formats


def test_jsonl_and_csv_outputs_equal_the_printed_formats(
    feed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("jsonl", "csv"):
        status, printed, _ = run(capsys, "extract", "--jsonl", "feed.jsonl", "--format", fmt)
        status_file, out, err = run(capsys, "extract", "--jsonl", "feed.jsonl", "--output", f"facts.{fmt}")
        assert (status, status_file, out) == (1, 1, "")
        assert err.splitlines() == [
            "bizfacts: error: feed.jsonl:4 (id r4): extraction failed: RuntimeError: boom",
            "bizfacts: 1 of 4 documents failed",
        ]
        assert Path(f"facts.{fmt}").read_text(encoding="utf-8") == printed
    with Path("facts.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["doc_id"], r["doc_title"], r["doc_source"], r["type"], r["amount"]) for r in rows] == [
        ("r1", "DEAL", "feed.jsonl", "acquisition", "5.25"),
        ("r1", "DEAL", "feed.jsonl", "user_count", ""),
        ("r3", "", "wire", "acquisition", "7"),
    ]
    assert rows[2]["doc_date"] == rows[2]["date_start"] == "2001-09-30"


def test_parquet_output_has_the_typed_columns(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    status, _, _ = run(capsys, "extract", "--jsonl", "feed.jsonl", "--output", "facts.parquet")
    assert status == 1
    table = pq.read_table("facts.parquet")
    assert table.column_names == list(FACT_COLUMNS)
    assert {c: str(table.schema.field(c).type) for c in ("amount", "user_count", "doc_id")} == {
        "amount": "double",
        "user_count": "int64",
        "doc_id": "string",
    }
    assert str(table.schema.field("date_start").type).startswith("timestamp")
    frame = table.to_pandas()
    assert frame[["doc_id", "type", "amount", "user_count"]].astype(object).where(
        frame.notna(), None
    ).values.tolist() == [
        ["r1", "acquisition", 5.25, None],
        ["r1", "user_count", None, 300],
        ["r3", "acquisition", 7.0, None],
    ]


@pytest.mark.parametrize("suffix", [".sqlite", ".db", ".duckdb"])
def test_a_store_holds_exactly_the_jsonl_facts_and_a_rerun_adds_nothing(
    feed: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    if suffix == ".duckdb":
        duckdb = pytest.importorskip("duckdb")
    want = _jsonl_facts(capsys)
    path = f"facts{suffix}"
    for _ in range(2):
        status, out, _ = run(capsys, "extract", "--jsonl", "feed.jsonl", "--output", path)
        assert (status, out) == (1, "")  # r4 fails each time: it is not stored, so it is retried
    conn = duckdb.connect(path) if suffix == ".duckdb" else sqlite3.connect(path)
    try:
        assert _store_facts(conn) == want
        docs = conn.execute("SELECT doc_id, doc_title, doc_source, n_items FROM documents ORDER BY doc_id")
        assert docs.fetchall() == [
            ("r1", "DEAL", "feed.jsonl", 2),
            ("r2", None, "feed.jsonl", 0),
            ("r3", None, "wire", 1),
        ]
        typed = conn.execute(
            "SELECT amount, currency, user_count, date_start FROM facts ORDER BY doc_id, fact_index"
        ).fetchall()
        first_date = typed[0][3] if suffix != ".duckdb" else typed[0][3].isoformat()
        assert [row[:3] for row in typed] == [(5.25, "USD", None), (None, None, 300), (7.0, "USD", None)]
        assert first_date == "1987-02-26"
    finally:
        conn.close()


def test_an_interrupted_run_resumes_without_writing_anything_twice(
    feed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    want = _jsonl_facts(capsys)
    # the first run stopped after two documents (as if killed): only whole documents are in
    Path("half.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS[:2]), encoding="utf-8")
    assert run(capsys, "extract", "--jsonl", "half.jsonl", "--output", "facts.sqlite")[0] == 0
    status, _, err = run(capsys, "extract", "--jsonl", "feed.jsonl", "--output", "facts.sqlite", "-v")
    assert status == 1
    assert "bizfacts: INFO: 2 documents skipped: already in facts.sqlite" in err.splitlines()
    conn = sqlite3.connect("facts.sqlite")
    got = _store_facts(conn)
    assert [(d, f["type"]) for d, f in got] == [(d, f["type"]) for d, f in want]
    assert [f for _, f in got] == [f for _, f in want]
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (3,)


def test_write_results_from_python_resumes_by_id(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("bizfacts.facts.extract_facts", fake_facts)
    store = tmp_path / "facts.db"
    assert write_results(bizfacts.extract_many(RECORDS[:1]), store) == 1
    assert write_results(bizfacts.extract_many(RECORDS), store) == 2  # r1 stored already, r4 failed
    conn = sqlite3.connect(store)
    assert conn.execute("SELECT doc_id, count(*) FROM facts GROUP BY doc_id ORDER BY 1").fetchall() == [
        ("r1", 2),
        ("r3", 1),
    ]
    with pytest.raises(TypeError, match="expects BatchResult items, got str"):
        write_results(["text"], tmp_path / "x.jsonl")
    assert not (tmp_path / "x.jsonl").exists()


def test_mentions_go_to_their_own_table(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Acme Corp paid $5 million for a 20% stake.", encoding="utf-8")
    store = tmp_path / "m.sqlite"
    assert main(["extract", str(text), "--mentions", "--output", str(store)]) == 0
    conn = sqlite3.connect(store)
    kinds = [k for (k,) in conn.execute("SELECT kind FROM mentions ORDER BY mention_index")]
    assert kinds == ["company", "money", "percentage"]
    assert conn.execute("SELECT count(*) FROM facts").fetchone() == (0,)
    conn.close()
    with pytest.raises(
        OutputError, match=r"m.sqlite: this store holds mentions, not facts: write to another file"
    ):
        open_output(store)


def test_store_schema_is_typed() -> None:
    statements = "\n".join(create_statements("sqlite"))
    for column in ('"amount" REAL', '"user_count" INTEGER', '"date_start" TEXT', "fact_json TEXT NOT NULL"):
        assert column in statements
    assert '"date_start" DATE' in "\n".join(create_statements("duckdb"))


# ------------------------------------------------------------- outputs that fail


def _no_rows(path: Path) -> None:
    if path.exists() and path.suffix == ".sqlite":
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT count(*) FROM facts").fetchone() == (0,)


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet", ".sqlite", ".duckdb"])
def test_an_output_in_a_missing_directory_is_one_line_and_status_1(
    feed: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    if suffix in (".parquet", ".duckdb"):
        pytest.importorskip("pyarrow" if suffix == ".parquet" else "duckdb")
    target = f"no/such/dir/facts{suffix}"
    status, out, err = run(capsys, "extract", "--jsonl", "feed.jsonl", "--output", target)
    assert (status, out) == (1, "")
    [line] = err.splitlines()
    assert line.startswith(f"bizfacts: error: {target}: cannot write: ")
    assert not Path("no").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_an_unwritable_directory_is_one_line_and_status_1(
    feed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = feed.parent / "ro"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        status, _, err = run(capsys, "extract", "--jsonl", "feed.jsonl", "--output", "ro/facts.jsonl")
    finally:
        locked.chmod(0o700)
    assert status == 1
    assert err.splitlines() == ["bizfacts: error: ro/facts.jsonl: cannot write: Permission denied"]


def test_a_read_only_store_is_one_line_and_status_1(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = feed.parent / "facts.sqlite"
    sqlite3.connect(store).close()
    store.chmod(0o400)  # the store file itself cannot be changed
    try:
        if os.access(store, os.W_OK):
            pytest.skip("this user can write read-only files (root)")
        status, _, err = run(capsys, "extract", "--jsonl", "feed.jsonl", "--output", "facts.sqlite")
    finally:
        store.chmod(0o600)
    assert status == 1
    assert err.splitlines() == [
        "bizfacts: error: facts.sqlite: cannot write: attempt to write a readonly database"
    ]
    _no_rows(store)


def test_a_store_locked_by_another_writer_is_one_line_and_no_rows(
    feed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = feed.parent / "facts.sqlite"
    other = sqlite3.connect(store, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        status, out, err = run(capsys, "extract", "--jsonl", "feed.jsonl", "--output", "facts.sqlite")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert (status, out) == (1, "")
    assert err.splitlines() == ["bizfacts: error: facts.sqlite: cannot write: database is locked"]
    conn = sqlite3.connect(store)
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == []  # nothing created, no rows


def test_a_file_output_that_fails_midway_leaves_the_old_file(
    feed: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    Path("facts.jsonl").write_text("old\n", encoding="utf-8")

    def broken(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("bizfacts._formats.Writer.document", broken)
    status, _, err = run(capsys, "extract", "--jsonl", "feed.jsonl", "--output", "facts.jsonl")
    assert status == 1
    assert err.splitlines() == ["bizfacts: error: facts.jsonl: cannot write: No space left on device"]
    assert Path("facts.jsonl").read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in feed.parent.iterdir()) == ["facts.jsonl", "feed.jsonl"]  # no temp file left


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--output", "facts.xlsx"], "--output: facts.xlsx: unknown output suffix '.xlsx' (use one of"),
        (["--output", "facts.csv", "--format", "csv"], "--format and --output cannot be combined"),
    ],
)
def test_output_usage_errors(
    feed: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, "extract", "--jsonl", "feed.jsonl", *argv)
    assert (status, out) == (2, "")
    assert err.splitlines()[-1].startswith(f"bizfacts extract: error: {message}")


# ------------------------------------------------------------- the shared corpus


def test_corpus_sample_into_sqlite_twice_equals_jsonl_and_parquet_reads_back(tmp_path: Path) -> None:
    """300 records of the shared corpus (the issue's acceptance check), real extractor."""
    if not CORPUS.exists():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    pq = pytest.importorskip("pyarrow.parquet")
    sample = tmp_path / "sample.jsonl"
    with CORPUS.open(encoding="utf-8") as fh:
        sample.write_text("".join(line for line, _ in zip(fh, range(300), strict=False)), encoding="utf-8")

    def cli(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bizfacts", "extract", "--jsonl", str(sample), *argv],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp_path,
        )

    printed = cli("--format", "jsonl", "--workers", "2")
    assert printed.returncode == 0
    want = []
    for line in printed.stdout.splitlines():
        obj = json.loads(line)
        obj.pop("source")
        want.append((obj.pop("id"), obj))
    assert len(want) > 30
    for _ in range(2):
        assert cli("--output", "x.sqlite", "--workers", "2").returncode == 0
    conn = sqlite3.connect(tmp_path / "x.sqlite")
    rows = conn.execute("SELECT doc_id, fact_json FROM facts ORDER BY rowid").fetchall()
    assert [(d, json.loads(f)) for d, f in rows] == want
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (300,)
    assert cli("--output", "x.parquet").returncode == 0
    assert pq.read_table(tmp_path / "x.parquet").num_rows == len(want)
