"""Results into files and databases: ``--output PATH`` and :func:`write_results`.

The suffix of the path picks the format:

========================  ==================================================================
``.jsonl``                one JSON object per fact, as ``bizfacts extract --format jsonl``
``.csv``                  one row per fact in the columns of ``bizfacts.FACT_COLUMNS``
``.parquet``              the same columns, typed (needs ``pip install 'bizfacts[parquet]'``)
``.sqlite`` / ``.db``     an SQLite store (standard library), resumable: see :mod:`bizfacts.store`
``.duckdb``               a DuckDB store, the same schema (``pip install 'bizfacts[duckdb]'``)
========================  ==================================================================

A file output (JSONL, CSV, Parquet) is written to a temporary file beside the
target and renamed over it when the run ends, so a failed or interrupted run never
leaves half a file.  A store keeps every whole document written and, run again,
skips the documents it holds.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import typing
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

from .frames import FACT_COLUMNS, DocInfo, fact_row
from .readers import Origin
from .store import DuckdbStore, OutputError, SqliteStore

__all__ = ["SUFFIXES", "Output", "OutputError", "open_output", "write_results"]

SUFFIXES = {
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".db": "sqlite",
    ".duckdb": "duckdb",
}


class Output(Protocol):
    """Where results go: one call of :meth:`write` per document, then :meth:`close`."""

    def stored(self, doc_id: str) -> bool:
        """Does the output already hold this document (a store run before)?"""

    def write(self, doc: DocInfo, items: Sequence[Any], origin: Origin | None = None) -> bool:
        """Write one document's facts (or mentions); False when it was skipped.

        ``origin`` (the CLI's input file and record id) fills JSONL's ``"source"``
        and ``"id"``; without it they come from ``doc``."""

    def close(self) -> None:
        """Finish: commit, or move the temporary file into place."""

    def abort(self) -> None:
        """Give up: leave the target as it was before the run (stores keep whole documents)."""


def format_of(path: str | os.PathLike[str]) -> str:
    """The output format for a path, from its suffix; ValueError naming the known ones.

    >>> format_of("facts.sqlite"), format_of("out/facts.PARQUET")
    ('sqlite', 'parquet')
    """
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        known = ", ".join(SUFFIXES)
        raise ValueError(
            f"{os.fspath(path)}: unknown output suffix {suffix or '(none)'!r} (use one of {known})"
        )
    return SUFFIXES[suffix]


class _TempFile:
    """A temporary file beside ``path``, renamed over it by :meth:`commit`."""

    def __init__(self, path: str, *, binary: bool) -> None:
        self.path = path
        target = Path(path)
        if target.is_dir():
            raise OutputError(f"{path}: cannot write: is a directory")
        import tempfile

        try:
            fd, self.temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
            if binary:
                self.handle: IO[Any] = os.fdopen(fd, "wb")
            else:
                self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None

    def commit(self) -> None:
        try:
            self.handle.close()
            os.replace(self.temp, self.path)
        except OSError as exc:
            self.discard()
            raise OutputError(f"{self.path}: cannot write: {exc.strerror or exc}") from None

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.handle.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temp)


class TextOutput:
    """JSONL or CSV in a file, exactly as ``--format jsonl``/``csv`` print them."""

    def __init__(self, path: str, fmt: str, *, mentions: bool, with_source: bool = True) -> None:
        from ._formats import Writer

        self.file = _TempFile(path, binary=False)
        self.writer = Writer(
            fmt, typing.cast(typing.TextIO, self.file.handle), mentions=mentions, with_source=with_source
        )
        self.writer.begin()

    def stored(self, doc_id: str) -> bool:
        return False

    def write(self, doc: DocInfo, items: Sequence[Any], origin: Origin | None = None) -> bool:
        origin = origin or Origin(doc.source or "", doc.id)
        try:
            self.writer.document(origin, doc, items)
        except OSError as exc:
            self.abort()
            raise OutputError(f"{self.file.path}: cannot write: {exc.strerror or exc}") from None
        return True

    def close(self) -> None:
        self.file.commit()

    def abort(self) -> None:
        self.file.discard()


_ARROW_TYPES = {"string": "string", "float64": "float64", "Int64": "int64", "datetime64[s]": "timestamp[s]"}
_MENTION_ARROW = {
    "doc_id": "string",
    "mention_index": "int64",
    "kind": "string",
    "start": "int64",
    "end": "int64",
    "text": "string",
    "value": "string",
    "mention_json": "string",
}


class ParquetOutput:
    """A Parquet file in the columns and types of ``FACT_COLUMNS`` (or the mention columns)."""

    def __init__(self, path: str, *, mentions: bool, rows_per_group: int = 20_000) -> None:
        try:
            self.pa = importlib.import_module("pyarrow")
            parquet = importlib.import_module("pyarrow.parquet")
        except ImportError:
            raise OutputError(
                f"{path}: Parquet output needs pyarrow: pip install 'bizfacts[parquet]'"
            ) from None
        self.mentions = mentions
        types = _MENTION_ARROW if mentions else {c: _ARROW_TYPES[t] for c, t in FACT_COLUMNS.items()}
        self.schema = self.pa.schema([(name, self.pa.type_for_alias(t)) for name, t in types.items()])
        self.file = _TempFile(path, binary=True)
        self.rows: list[dict[str, Any]] = []
        self.rows_per_group = rows_per_group
        try:
            self.writer = parquet.ParquetWriter(self.file.handle, self.schema)
        except Exception as exc:
            self.file.discard()
            raise OutputError(f"{path}: cannot write: {exc}") from None

    def stored(self, doc_id: str) -> bool:
        return False

    def write(self, doc: DocInfo, items: Sequence[Any], origin: Origin | None = None) -> bool:
        if self.mentions:
            from .store import _mention_values

            names = list(_MENTION_ARROW)
            self.rows.extend(
                dict(zip(names, _mention_values(m, doc.id or "", i), strict=True))
                for i, m in enumerate(items)
            )
        else:
            self.rows.extend(_arrow_row(fact_row(f, doc, i)) for i, f in enumerate(items))
        if len(self.rows) >= self.rows_per_group:
            self._flush()
        return True

    def _flush(self) -> None:
        if not self.rows:
            return
        try:
            table = self.pa.Table.from_pylist(self.rows, schema=self.schema)
            self.writer.write_table(table)
        except Exception as exc:
            self.abort()
            raise OutputError(f"{self.file.path}: cannot write: {exc}") from None
        self.rows = []

    def close(self) -> None:
        self._flush()
        try:
            self.writer.close()
        except Exception as exc:
            self.abort()
            raise OutputError(f"{self.file.path}: cannot write: {exc}") from None
        self.file.commit()

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self.writer.close()
        self.file.discard()


def _arrow_row(row: dict[str, Any]) -> dict[str, Any]:
    import datetime as dt
    from decimal import Decimal

    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, Decimal):
            value = float(value)
        elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            value = dt.datetime(value.year, value.month, value.day)
        out[key] = value
    return out


def open_output(path: str | os.PathLike[str], *, mentions: bool = False, with_source: bool = True) -> Output:
    """Open an output for results; its format comes from the suffix (see the module doc).

    Raises :class:`OutputError` (one line naming the path) when it cannot be written
    (a missing directory, no permission, a store locked by another writer) and
    ValueError for an unknown suffix.  ``mentions=True`` writes mentions instead of
    facts (stores: the ``mentions`` table); ``with_source=False`` leaves the
    ``"source"``/``"id"`` keys out of JSONL (as the CLI does for a single input).
    """
    name = os.fspath(path)
    fmt = format_of(name)
    if fmt in ("jsonl", "csv"):
        return TextOutput(name, fmt, mentions=mentions, with_source=with_source)
    if fmt == "parquet":
        return ParquetOutput(name, mentions=mentions)
    if fmt == "sqlite":
        return SqliteStore(name, mentions=mentions)
    return DuckdbStore(name, mentions=mentions)


def write_results(results: Iterable[Any], path: str | os.PathLike[str], *, mentions: bool = False) -> int:
    """Write the :class:`~bizfacts.BatchResult` items of :func:`bizfacts.extract_many` to ``path``.

    The suffix picks the format (``.jsonl``, ``.csv``, ``.parquet``, ``.sqlite``/``.db``,
    ``.duckdb``).  Failed documents are not written.  Into a store, documents
    already stored (by id) are skipped, so a rerun resumes.  Returns how many
    documents were written.  On an error the output is left as it was before the
    call (stores: whole documents of earlier commits stay).

    >>> import bizfacts, pathlib, sqlite3, tempfile
    >>> db = pathlib.Path(tempfile.mkdtemp()) / "facts.sqlite"
    >>> docs = [{"id": "d1", "text": "Acme Corp said it acquired Widget Inc for $50 million."}]
    >>> write_results(bizfacts.extract_many(docs), db), write_results(bizfacts.extract_many(docs), db)
    (1, 0)
    >>> sqlite3.connect(db).execute("SELECT doc_id, type, acquirer, target, amount FROM facts").fetchall()
    [('d1', 'acquisition', 'Acme', 'Widget', 50000000.0)]
    """
    output = open_output(path, mentions=mentions)
    written = 0
    try:
        for result in _results(results):
            if result.error is None and not output.stored(result.id):
                doc = DocInfo(result.id, result.date, result.title, result.source)
                written += output.write(doc, result.facts)
    except BaseException:
        output.abort()
        raise
    output.close()
    return written


def _results(results: Iterable[Any]) -> Iterator[Any]:
    from .batch import BatchResult

    for result in results:
        if not isinstance(result, BatchResult):
            raise TypeError(f"write_results() expects BatchResult items, got {type(result).__name__}")
        yield result
