"""docs/recipes.md: every SQL recipe runs on a store the CLI's writers made, and the
"acquisitions by acquirer per year" recipe gives the expected rows."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

import bizfacts

RECIPES = Path(__file__).resolve().parents[1] / "docs" / "recipes.md"
RECORDS = [
    {"id": "a1", "date": "2013-04-29", "title": "ACME BUYS WIDGET",
     "text": "Acme Corp said it acquired Widget Inc for $50 million."},
    {"id": "a2", "date": "2014-03-03", "text": "Acme Corp agreed to buy Gizmo Ltd for 20 million pounds."},
    {"id": "b1", "date": "2014-07-01",
     "text": "Bolt Inc said it will buy a 30 percent stake in Nimbus Corp for $12 million."},
    {"id": "c1", "date": "2014-02-11",
     "text": "Nimbus Corp said its revenue rose 12 percent to $4.5 million in the fourth quarter of 2013."},
    {"id": "n1", "date": "2014-02-12", "title": "QUIET DAY", "text": "Nothing happened."},
]  # fmt: skip


def recipes(dialect: str) -> dict[str, str]:
    """The SQL blocks of the page whose first line is '-- recipe: NAME (dialect)'."""
    found: dict[str, str] = {}
    for block in re.findall(r"```sql\n(.*?)```", RECIPES.read_text(encoding="utf-8"), re.S):
        for statement in block.split("\n\n"):
            head = re.match(r"-- recipe: (.+) \((\w+)\)\n", statement.strip() + "\n")
            if head and head[2] == dialect:
                found[head[1]] = statement.strip()
    return found


def test_the_page_has_the_recipes() -> None:
    assert set(recipes("sqlite")) == {
        "acquisitions by acquirer per year",
        "facts per type",
        "revenue by company and quarter, with the headline",
        "exact amounts from the stored JSON",
        "documents with no facts",
    }
    assert set(recipes("duckdb")) == {"acquisitions by acquirer per year", "the same on a Parquet file"}


def test_sqlite_recipes_run_on_a_store(tmp_path: Path) -> None:
    store = tmp_path / "facts.sqlite"
    assert bizfacts.write_results(bizfacts.extract_many(RECORDS), store) == 5
    conn = sqlite3.connect(store)
    sql = recipes("sqlite")
    assert conn.execute(sql["acquisitions by acquirer per year"]).fetchall() == [
        ("Acme", "2013", 1, 50.0, "USD"),
        ("Acme", "2014", 1, 20.0, "GBP"),
        ("Bolt", "2014", 1, 12.0, "USD"),
    ]
    assert conn.execute(sql["facts per type"]).fetchall() == [
        ("acquisition", 3, 3),
        ("financial_metric", 1, 1),
    ]
    assert conn.execute(sql["revenue by company and quarter, with the headline"]).fetchall() == [
        ("Nimbus", "2013-10-01", "2013-12-31", 4500000.0, "USD", 12.0, None)
    ]
    assert conn.execute(sql["exact amounts from the stored JSON"]).fetchall() == [
        ("a1", "Acme", "Widget", "50000000"),
        ("a2", "Acme", "Gizmo", "20000000"),
        ("b1", "Bolt", "Nimbus", "12000000"),
    ]
    assert conn.execute(sql["documents with no facts"]).fetchall() == [("n1", "QUIET DAY")]


def test_duckdb_recipes_run_on_a_store_and_a_parquet_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    results = list(bizfacts.extract_many(RECORDS))
    bizfacts.write_results(results, "facts.duckdb")
    bizfacts.write_results(results, "facts.parquet")
    sql = recipes("duckdb")
    conn = duckdb.connect("facts.duckdb")
    try:
        assert conn.execute(sql["acquisitions by acquirer per year"]).fetchall() == [
            ("Acme", 2013, 1, 50000000.0, "USD"),
            ("Acme", 2014, 1, 20000000.0, "GBP"),
            ("Bolt", 2014, 1, 12000000.0, "USD"),
        ]
    finally:
        conn.close()
    rows = duckdb.sql(sql["the same on a Parquet file"]).fetchall()
    assert sorted(rows) == [
        ("Acme", 2013, 1, 50000000.0),
        ("Acme", 2014, 1, 20000000.0),
        ("Bolt", 2014, 1, 12000000.0),
    ]
