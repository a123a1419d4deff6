"""Reading a user's company list (CSV or TSV) for :meth:`bizfacts.Gazetteer.from_file`."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import cast, get_args

from ._gazetteer import GazetteerEntry
from ._spans import CompanyKind

COLUMNS = ("name", "kind", "owner", "aliases", "ticker", "exchange")
_KINDS = get_args(CompanyKind)


def _dialect(path: Path, header: str) -> str:
    if path.suffix.lower() in (".tsv", ".tab") or "\t" in header:
        return "\t"
    return ","


def read_entries(path: str | os.PathLike[str], encoding: str = "utf-8") -> tuple[GazetteerEntry, ...]:
    """The entries of a CSV/TSV company list; ValueError ("FILE:LINE: ...") for a bad row.

    OSError (a missing or unreadable file) and UnicodeDecodeError are re-raised as
    ValueError with the file name, so a caller has one exception to catch.
    """
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding)
    except OSError as exc:
        raise ValueError(f"{file}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"{file}: not {encoding} text: undecodable byte at offset {exc.start}") from None
    lines = [
        (n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")
    ]
    if not lines:
        raise ValueError(f"{file}: empty: expected a header line with the columns {', '.join(COLUMNS[:4])}")
    head_line, header = lines[0]
    delimiter = _dialect(file, header)
    rows = csv.reader([line for _, line in lines], delimiter=delimiter)
    columns = [c.strip().lower() for c in next(rows)]
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown or "name" not in columns or len(set(columns)) != len(columns):
        problem = f"unknown column {unknown[0]!r}" if unknown else "no 'name' column"
        if not unknown and "name" in columns:
            problem = "a column is named twice"
        raise ValueError(f"{file}:{head_line}: bad header: {problem} (columns: {', '.join(COLUMNS)})")
    entries: list[GazetteerEntry] = []
    for (number, _), cells in zip(lines[1:], rows, strict=False):
        if len(cells) != len(columns):
            raise ValueError(f"{file}:{number}: expected {len(columns)} cells, got {len(cells)}")
        row = {column: cell.strip() for column, cell in zip(columns, cells, strict=True)}
        if not row["name"]:
            raise ValueError(f"{file}:{number}: empty name")
        kind = row.get("kind") or "company"
        if kind not in _KINDS:
            raise ValueError(f"{file}:{number}: unknown kind {kind!r} (expected one of {', '.join(_KINDS)})")
        entries.append(
            GazetteerEntry(
                name=row["name"],
                kind=cast(CompanyKind, kind),
                owner=row.get("owner") or None,
                aliases=tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip()),
                ticker=row.get("ticker") or None,
                exchange=row.get("exchange") or None,
            )
        )
    return tuple(entries)
