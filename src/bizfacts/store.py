"""SQLite and DuckDB stores of facts (or mentions), resumable by document id.

A store has three tables (docs/recipes.md shows the schema and queries):

- ``documents``: one row per document processed: ``doc_id`` (primary key),
  ``doc_date``, ``doc_title``, ``doc_source``, ``n_items`` (facts or mentions stored);
- ``facts``: one row per fact, ``(doc_id, fact_index)`` the key, with the typed
  columns of :data:`bizfacts.frames.FACT_COLUMNS` (amounts and percentages as
  REAL/DOUBLE, dates as ISO text in SQLite and DATE in DuckDB) and ``fact_json``,
  the fact exactly as ``bizfacts.to_dict`` gives it (Decimal amounts as strings);
- ``mentions`` (when the run asked for mentions): ``(doc_id, mention_index)``,
  ``kind``, ``start``, ``end``, ``text``, ``value`` and ``mention_json``.

Documents are written in transactions of whole documents, so a store never holds
part of one; a document whose id is already in ``documents`` is skipped, so running
again into the same store after an interruption resumes where it stopped and writes
nothing twice.  ``bizfacts_meta`` records the schema version and what the store holds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import json
import logging
import time
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from .frames import DOC_COLUMNS, FACT_COLUMNS, DocInfo, fact_row

__all__ = ["SCHEMA_VERSION", "DuckdbStore", "OutputError", "SqliteStore", "create_statements"]

SCHEMA_VERSION = "1"
log = logging.getLogger("bizfacts.store")

_SQL_TYPES = {
    "sqlite": {"string": "TEXT", "float64": "REAL", "Int64": "INTEGER", "datetime64[s]": "TEXT"},
    "duckdb": {"string": "VARCHAR", "float64": "DOUBLE", "Int64": "BIGINT", "datetime64[s]": "DATE"},
}
FACT_TABLE_COLUMNS = [c for c in FACT_COLUMNS if c not in DOC_COLUMNS or c in ("doc_id", "fact_index")]
"""The columns of the ``facts`` table before ``fact_json``: the document's columns live in ``documents``."""

MENTION_TABLE_COLUMNS = ["doc_id", "mention_index", "kind", "start", "end", "text", "value", "mention_json"]
_TABLES = {
    "documents": ["doc_id", "doc_date", "doc_title", "doc_source", "n_items"],
    "facts": [*FACT_TABLE_COLUMNS, "fact_json"],
    "mentions": MENTION_TABLE_COLUMNS,
}


class OutputError(Exception):
    """An output that cannot be opened or written; the message is one line naming it."""


def _quote(name: str) -> str:
    return f'"{name}"'


def create_statements(dialect: str) -> list[str]:
    """The CREATE statements of a store (``dialect``: "sqlite" or "duckdb").

    >>> print(create_statements("sqlite")[1])
    CREATE TABLE IF NOT EXISTS documents (doc_id TEXT PRIMARY KEY, doc_date TEXT, doc_title TEXT, doc_source TEXT, n_items INTEGER NOT NULL)
    """  # noqa: E501
    types = _SQL_TYPES[dialect]
    text = types["string"]
    facts = ", ".join(
        f"{_quote(c)} {types[FACT_COLUMNS[c]]}"
        + (" NOT NULL" if c in ("doc_id", "fact_index", "type", "confidence") else "")
        for c in FACT_TABLE_COLUMNS
    )
    integer = types["Int64"]
    return [
        f"CREATE TABLE IF NOT EXISTS bizfacts_meta (key {text} PRIMARY KEY, value {text} NOT NULL)",
        f"CREATE TABLE IF NOT EXISTS documents (doc_id {text} PRIMARY KEY, "
        f"doc_date {types['datetime64[s]']}, doc_title {text}, doc_source {text}, "
        f"n_items {integer} NOT NULL)",
        f"CREATE TABLE IF NOT EXISTS facts ({facts}, fact_json {text} NOT NULL, "
        "PRIMARY KEY (doc_id, fact_index))",
        f"CREATE TABLE IF NOT EXISTS mentions (doc_id {text} NOT NULL, mention_index {integer} NOT NULL, "
        f'kind {text} NOT NULL, start {integer}, "end" {integer}, text {text}, value {text}, '
        f"mention_json {text} NOT NULL, PRIMARY KEY (doc_id, mention_index))",
        "CREATE INDEX IF NOT EXISTS facts_by_type ON facts (type)",
    ]


def _plain(value: Any, dialect: str) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.date) and dialect == "sqlite":
        return value.isoformat()
    return value


def _fact_values(fact: Any, doc: DocInfo, index: int, dialect: str) -> list[Any]:
    from .serialize import to_dict

    row = fact_row(fact, doc, index)
    values = [_plain(row[c], dialect) for c in FACT_TABLE_COLUMNS]
    return [*values, json.dumps(to_dict(fact), ensure_ascii=False)]


def _mention_values(mention: Any, doc_id: str, index: int) -> list[Any]:
    from ._formats import mention_data, mention_kind, mention_value

    data = mention_data(mention)
    text = mention.text
    return [
        doc_id,
        index,
        mention_kind(mention),
        mention.start,
        mention.end,
        text,
        mention_value(mention),
        json.dumps(data, ensure_ascii=False),
    ]


class _Store:
    """What the SQLite and DuckDB stores share: schema, resume, transactions."""

    dialect = "sqlite"

    def __init__(self, path: str | Path, *, mentions: bool, commit_every: int = 200) -> None:
        self.path = str(path)
        self.content = "mentions" if mentions else "facts"
        self.commit_every = commit_every
        self.rows: dict[str, list[list[Any]]] = {table: [] for table in _TABLES}
        self.batch_ids: set[str] = set()
        self.last_commit = time.monotonic()
        self.written = self.skipped = 0
        self.conn: Any = None
        try:
            self.conn = self._connect()
            self._begin()
            for statement in create_statements(self.dialect):
                self.conn.execute(statement)
            self._check_meta()
            self._commit()
            self._begin()
        except OutputError:
            self._close_quietly()
            raise
        except Exception as exc:  # sqlite3.Error, duckdb.Error, OSError: one line, no traceback
            self._close_quietly()
            raise OutputError(f"{self.path}: cannot write: {_one_line(exc)}") from None
        log.info("%s: %s store open, %d documents already stored", self.path, self.dialect, self._count())

    # -- backend specifics
    def _connect(self) -> Any:
        raise NotImplementedError

    def _begin(self) -> None:
        self.conn.execute("BEGIN")

    def _commit(self) -> None:
        self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        self.conn.execute("ROLLBACK")

    # -- shared
    def _count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def _check_meta(self) -> None:
        rows = dict(self.conn.execute("SELECT key, value FROM bizfacts_meta").fetchall())
        if not rows:
            self.conn.executemany(
                "INSERT INTO bizfacts_meta (key, value) VALUES (?, ?)",
                [("schema_version", SCHEMA_VERSION), ("content", self.content)],
            )
            return
        if rows.get("schema_version") != SCHEMA_VERSION:
            raise OutputError(
                f"{self.path}: store schema version {rows.get('schema_version')} is not {SCHEMA_VERSION}:"
                " write to a new file"
            )
        if rows.get("content") != self.content:
            raise OutputError(
                f"{self.path}: this store holds {rows.get('content')}, not {self.content}:"
                " write to another file"
            )

    def stored(self, doc_id: str) -> bool:
        """Is a document with this id already in the store (this run's included)?"""
        if doc_id in self.batch_ids:
            return True
        found = self.conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
        return found is not None

    def write(self, doc: DocInfo, items: Sequence[Any], origin: object = None) -> bool:
        """Store one document's items; False (and nothing written) when its id is stored.

        Rows wait in memory until the transaction commits (every ``commit_every``
        documents or 5 seconds), then go in with one insert per table."""
        doc_id = doc.id or ""
        try:
            if self.stored(doc_id):
                self.skipped += 1
                log.warning("%s: document %s is already stored: skipped", self.path, doc_id)
                return False
            date = doc.date.isoformat() if doc.date is not None and self.dialect == "sqlite" else doc.date
            self.rows["documents"].append([doc_id, date, doc.title, doc.source, len(items)])
            if self.content == "facts":
                self.rows["facts"].extend(_fact_values(f, doc, i, self.dialect) for i, f in enumerate(items))
            else:
                self.rows["mentions"].extend(_mention_values(m, doc_id, i) for i, m in enumerate(items))
            self.batch_ids.add(doc_id)
            self.written += 1
            if len(self.batch_ids) >= self.commit_every or time.monotonic() - self.last_commit > 5.0:
                self._flush()
                self._commit()
                self._begin()
        except OutputError:
            raise
        except Exception as exc:
            self.abort()
            raise OutputError(f"{self.path}: cannot write: {_one_line(exc)}") from None
        return True

    def _flush(self) -> None:
        for table, columns in _TABLES.items():
            rows = self.rows[table]
            if rows:
                self._insert(table, columns, rows)
            self.rows[table] = []
        self.batch_ids = set()
        self.last_commit = time.monotonic()

    def _insert(self, table: str, columns: Sequence[str], rows: list[list[Any]]) -> None:
        names = ", ".join(_quote(c) for c in columns)
        marks = ", ".join(["?"] * len(columns))
        self.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)

    def close(self) -> None:
        """Commit what is written and close the store."""
        try:
            self._flush()
            self._commit()
        except Exception as exc:
            self.abort()
            raise OutputError(f"{self.path}: cannot write: {_one_line(exc)}") from None
        self._close_quietly()
        log.info(
            "%s: %d documents written, %d skipped as already stored", self.path, self.written, self.skipped
        )

    def abort(self) -> None:
        """Drop the documents of the open transaction (whole documents only) and close."""
        if self.conn is not None:
            with contextlib.suppress(Exception):  # nothing more to undo
                self._rollback()
        self._close_quietly()

    def _close_quietly(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):  # closing after an error
                self.conn.close()
            self.conn = None


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class SqliteStore(_Store):
    """A store in an SQLite file (the standard library's sqlite3; ``.sqlite``/``.db``)."""

    dialect = "sqlite"

    def _connect(self) -> Any:
        import sqlite3

        if Path(self.path).is_dir():
            raise OutputError(f"{self.path}: cannot write: is a directory")
        conn = sqlite3.connect(self.path, timeout=2.0, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def _begin(self) -> None:
        # IMMEDIATE takes the write lock now: a store locked by another writer fails here
        self.conn.execute("BEGIN IMMEDIATE")


class DuckdbStore(_Store):
    """A store in a DuckDB file (``.duckdb``; needs ``pip install 'bizfacts[duckdb]'``).

    A DuckDB query costs milliseconds, so the ids already stored are read once, into
    memory, instead of being looked up document by document."""

    dialect = "duckdb"
    known: set[str] | None = None

    def stored(self, doc_id: str) -> bool:
        if self.known is None:
            self.known = {row[0] for row in self.conn.execute("SELECT doc_id FROM documents").fetchall()}
        return doc_id in self.batch_ids or doc_id in self.known

    def _flush(self) -> None:
        written = self.batch_ids
        super()._flush()
        if self.known is not None:
            self.known |= written

    def _connect(self) -> Any:
        try:
            duckdb = importlib.import_module("duckdb")
        except ImportError:
            raise OutputError(
                f"{self.path}: DuckDB output needs duckdb: pip install 'bizfacts[duckdb]'"
            ) from None
        if Path(self.path).is_dir():
            raise OutputError(f"{self.path}: cannot write: is a directory")
        return duckdb.connect(self.path)

    def _begin(self) -> None:
        self.conn.execute("BEGIN TRANSACTION")

    def _insert(self, table: str, columns: Sequence[str], rows: list[list[Any]]) -> None:
        # DuckDB runs executemany row by row; one statement of many rows is far faster
        names = ", ".join(_quote(c) for c in columns)
        one = "(" + ", ".join(["?"] * len(columns)) + ")"
        for start in range(0, len(rows), 100):
            part = rows[start : start + 100]
            values = [value for row in part for value in row]
            self.conn.execute(f"INSERT INTO {table} ({names}) VALUES {', '.join([one] * len(part))}", values)
