"""Facts as table rows: the columns of :func:`to_dataframe`, CSV and the stores.

One row per fact.  The document's columns come first (``doc_id``, ``doc_date``,
``doc_title``, ``doc_source``, ``fact_index``), then ``type`` and ``confidence``,
then the roles of every fact type, then the evidence.  A fact's main money role
(an acquisition's price, an investment's or a valuation's amount, a metric's
amount) is ``amount`` in units of ``currency``; its date or period is
``date_start`` / ``date_end`` (the first and last day it covers) with
``date_granularity``; percentages (``stake``, ``change``) are numbers; company roles
are canonical names, several joined with ``"; "``.  :data:`FACT_COLUMNS` lists every
column with its pandas dtype; it is the one place the shape is defined (the CLI's
CSV, the Parquet, SQLite and DuckDB writers, :mod:`bizfacts.dask` and Spark schemas
are derived from it).  docs/recipes.md documents each column.

Rows are plain Python first (:func:`fact_row`: amounts stay exact ``Decimal``,
dates are ``datetime.date``); only :func:`to_dataframe` turns them into floats and
``datetime64`` (pandas is the optional extra ``bizfacts[pandas]``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import importlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from ._fact_types import FACT_CLASSES, Fact
from ._spans import DateMention, MoneyMention

__all__ = [
    "DOC_COLUMNS",
    "FACT_COLUMNS",
    "DocInfo",
    "columns_for",
    "fact_row",
    "frame_from_rows",
    "to_dataframe",
    "to_dataframes",
]

_BASE_FIELDS = frozenset({"type", "evidence", "confidence", "rule"})

# Roles whose own name is a DataFrame method or too vague in a table of every fact type.
_RENAMED = {"count": "user_count", "round": "funding_round"}

DOC_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "doc_date": "datetime64[s]",
    "doc_title": "string",
    "doc_source": "string",
    "fact_index": "Int64",
}
"""The document columns that start every row, with their pandas dtypes."""

_TAIL_COLUMNS = {"evidence_start": "Int64", "evidence_end": "Int64", "evidence": "string", "rule": "string"}


@attrs.frozen
class DocInfo:
    """What a row says about the document a fact came from (each part optional)."""

    id: str | None = None
    date: dt.date | None = None
    title: str | None = None
    source: str | None = None


@attrs.frozen
class _Role:
    """How one role of one fact type becomes columns."""

    name: str
    kind: str  # "money", "date", "percent", "int", "list", "text"
    prefix: str  # "amount"/"date" for the main money/date role, else the role's name


def _kind_of(annotation: Any) -> str:
    """The column kind of a role from its annotation (a string: the fact modules
    use ``from __future__ import annotations``, and reading the text is cheaper than
    evaluating it at import time)."""
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
    if "MoneyMention" in text:
        return "money"
    if "DateMention" in text:
        return "date"
    if "Decimal" in text:
        return "percent"
    if text == "int":
        return "int"
    if text.startswith(("tuple[", "Tuple[")):
        return "list"
    return "text"


@functools.cache
def _roles(fact_type: str) -> tuple[_Role, ...]:
    cls = FACT_CLASSES[fact_type]
    roles: list[_Role] = []
    seen_money = seen_date = False
    for field in attrs.fields(cls):
        if field.name in _BASE_FIELDS:
            continue
        kind = _kind_of(field.type)
        prefix = _RENAMED.get(field.name, field.name)
        if kind == "money" and not seen_money:
            prefix, seen_money = "amount", True
        elif kind == "date" and not seen_date:
            prefix, seen_date = "date", True
        roles.append(_Role(field.name, kind, prefix))
    return tuple(roles)


def _role_columns(role: _Role) -> dict[str, str]:
    p = role.prefix
    if role.kind == "money":
        currency = "currency" if p == "amount" else f"{p}_currency"
        return {p: "float64", f"{p}_high": "float64", currency: "string"}
    if role.kind == "date":
        return {
            f"{p}_start": "datetime64[s]",
            f"{p}_end": "datetime64[s]",
            f"{p}_granularity": "string",
            f"{p}_text": "string",
        }
    if role.kind == "percent":
        return {p: "float64"}
    if role.kind == "int":
        return {p: "Int64"}
    return {p: "string"}


def _all_columns() -> dict[str, str]:
    cols = dict(DOC_COLUMNS)
    cols.update({"type": "string", "confidence": "float64"})
    for fact_type in FACT_CLASSES:
        for role in _roles(fact_type):
            for name, dtype in _role_columns(role).items():
                if cols.setdefault(name, dtype) != dtype:  # pragma: no cover - caught by the tests
                    raise TypeError(f"column {name!r} has two dtypes: {cols[name]} and {dtype}")
    cols.update(_TAIL_COLUMNS)
    return cols


FACT_COLUMNS: Mapping[str, str] = _all_columns()
"""Every column of :func:`to_dataframe`, in order, with its pandas dtype.

>>> list(FACT_COLUMNS)[:7]
['doc_id', 'doc_date', 'doc_title', 'doc_source', 'fact_index', 'type', 'confidence']
>>> FACT_COLUMNS["amount"], FACT_COLUMNS["date_start"], FACT_COLUMNS["stake"]
('float64', 'datetime64[s]', 'float64')
"""


def columns_for(fact_type: str) -> list[str]:
    """The columns a fact type fills, in its roles' order, between the document and evidence columns.

    >>> columns_for("ownership")[5:10]
    ['type', 'confidence', 'owner', 'asset', 'stake']
    """
    if fact_type not in FACT_CLASSES:
        raise ValueError(f"unknown fact type {fact_type!r} (choose from {', '.join(FACT_CLASSES)})")
    own = [*DOC_COLUMNS, "type", "confidence"]
    for role in _roles(fact_type):
        own.extend(_role_columns(role))
    return [*own, *_TAIL_COLUMNS]


# ---------------------------------------------------------------------------- dates


def _add_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    if not 1 <= year <= 9999:
        return dt.date.max if months > 0 else dt.date.min
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def period_end(start: dt.date, granularity: str | None) -> dt.date:
    """The last day of the period of ``granularity`` that starts on ``start``.

    >>> period_end(dt.date(2024, 7, 1), "quarter"), period_end(dt.date(2012, 2, 1), "month")
    (datetime.date(2024, 9, 30), datetime.date(2012, 2, 29))
    """
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120}.get(granularity or "day")
    if months is None:
        days = 7 if granularity == "week" else 1
        return start + dt.timedelta(days=days - 1) if start < dt.date.max - dt.timedelta(days=7) else start
    first = start.replace(day=1)
    if granularity in ("year", "decade"):
        first = first.replace(month=1)
    end = _add_months(first, months)
    return end if end in (dt.date.max, dt.date.min) else end - dt.timedelta(days=1)


def date_bounds(mention: DateMention) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day a date mention covers (None where unknown or open)."""
    start = mention.value
    if mention.kind == "point":
        return start, None if start is None else period_end(start, mention.granularity)
    end = mention.end_value
    if end is not None:
        end = period_end(end, mention.end_granularity or mention.granularity)
    return start, end


# ----------------------------------------------------------------------------- rows


def _cell(role: _Role, value: Any) -> dict[str, Any]:
    p = role.prefix
    if role.kind == "money":
        cur = "currency" if p == "amount" else f"{p}_currency"
        if not isinstance(value, MoneyMention):
            return {}
        return {p: value.amount, f"{p}_high": value.amount_high, cur: value.currency}
    if role.kind == "date":
        if not isinstance(value, DateMention):
            return {}
        start, end = date_bounds(value)
        return {
            f"{p}_start": start,
            f"{p}_end": end,
            f"{p}_granularity": value.granularity,
            f"{p}_text": value.text,
        }
    if value is None:
        return {}
    if role.kind == "list":
        return {p: "; ".join(str(v) for v in value) if value else None}
    if role.kind in ("percent", "int"):
        return {p: value}
    return {p: str(value)}


def fact_row(fact: Fact, doc: DocInfo | None = None, index: int | None = None) -> dict[str, Any]:
    """One row for a fact: a value per column of :data:`FACT_COLUMNS`.

    Values are plain Python: amounts and percentages exact ``Decimal``, dates
    ``datetime.date``, the rest ``str``/``int``/``float``; a role the fact does not
    have or state is None.

    >>> import bizfacts
    >>> ev = bizfacts.Evidence(0, 8, "X owns Y")
    >>> row = fact_row(bizfacts.OwnershipFact(owner="X", asset="Y", evidence=ev), DocInfo("d1"), 0)
    >>> row["doc_id"], row["type"], row["owner"], row["asset"], row["target"], row["evidence"]
    ('d1', 'ownership', 'X', 'Y', None, 'X owns Y')
    """
    row: dict[str, Any] = dict.fromkeys(FACT_COLUMNS)
    if doc is not None:
        row.update(doc_id=doc.id, doc_date=doc.date, doc_title=doc.title, doc_source=doc.source)
    row["fact_index"] = index
    row["type"] = fact.type
    row["confidence"] = fact.confidence
    for role in _roles(fact.type):
        row.update(_cell(role, getattr(fact, role.name)))
    row["evidence_start"] = fact.evidence.start
    row["evidence_end"] = fact.evidence.end
    row["evidence"] = fact.evidence.text
    row["rule"] = fact.rule
    return row


def _rows_of(items: Iterable[Any]) -> list[dict[str, Any]]:
    from .batch import BatchResult

    rows: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, BatchResult):
            doc = DocInfo(item.id, item.date, item.title, item.source)
            rows.extend(fact_row(f, doc, i) for i, f in enumerate(item.facts))
        elif isinstance(item, Fact):
            rows.append(fact_row(item))
        else:
            raise TypeError(f"expected facts or BatchResult items, got {type(item).__name__}")
    return rows


# ---------------------------------------------------------------------------- pandas


def import_pandas() -> Any:
    """pandas, or an ImportError that says which extra to install."""
    try:
        return importlib.import_module("pandas")
    except ImportError as exc:
        raise ImportError("bizfacts.to_dataframe needs pandas: pip install 'bizfacts[pandas]'") from exc


def _typed(values: list[Any], dtype: str, pd: Any) -> Any:
    if dtype == "float64":
        return pd.array([float("nan") if v is None else float(v) for v in values], dtype="float64")
    if dtype.startswith("datetime64"):
        import numpy as np

        return np.array(
            [np.datetime64("NaT") if v is None else np.datetime64(v, "s") for v in values], dtype=dtype
        )
    return pd.array(values, dtype=dtype)


def frame_from_rows(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> Any:
    """A DataFrame of rows from :func:`fact_row`, with the dtypes of :data:`FACT_COLUMNS`.

    The dtypes do not depend on the data, so an empty frame is a valid Dask ``meta``.
    """
    pd = import_pandas()
    names = list(FACT_COLUMNS) if columns is None else list(columns)
    data = {name: _typed([r.get(name) for r in rows], FACT_COLUMNS[name], pd) for name in names}
    return pd.DataFrame(data, columns=names)


def to_dataframe(items: Iterable[Any]) -> Any:
    """A pandas DataFrame with one row per fact, in the columns of :data:`FACT_COLUMNS`.

    Takes the :class:`~bizfacts.BatchResult` items of :func:`bizfacts.extract_many`
    (the document columns are then filled; failed documents add no rows) or facts.
    ``amount``, ``stake``, ``change`` and ``confidence`` are ``float64``;
    ``date_start``/``date_end`` and ``doc_date`` ``datetime64``; ``user_count`` and
    offsets ``Int64``; the rest ``string``.  Exact values stay in the facts
    (``bizfacts.to_dict``).  Needs ``pip install 'bizfacts[pandas]'``.

    >>> import bizfacts
    >>> ev = bizfacts.Evidence(0, 8, "X owns Y")
    >>> df = to_dataframe([bizfacts.OwnershipFact(owner="X", asset="Y", evidence=ev)])
    >>> df[["type", "owner", "asset"]].values.tolist()
    [['ownership', 'X', 'Y']]
    """
    return frame_from_rows(_rows_of(items))


def to_dataframes(items: Iterable[Any]) -> dict[str, Any]:
    """One DataFrame per fact type found, each with only that type's columns.

    The keys are fact types in :data:`bizfacts.FACT_CLASSES` order; each frame has
    the columns of :func:`columns_for` with the dtypes of :data:`FACT_COLUMNS`.

    >>> import bizfacts
    >>> ev = bizfacts.Evidence(0, 8, "X owns Y")
    >>> frames = to_dataframes([bizfacts.OwnershipFact(owner="X", asset="Y", evidence=ev)])
    >>> list(frames), list(frames["ownership"].columns[5:10])
    (['ownership'], ['type', 'confidence', 'owner', 'asset', 'stake'])
    """
    by_type: dict[str, list[dict[str, Any]]] = {}
    for row in _rows_of(items):
        by_type.setdefault(row["type"], []).append(row)
    return {t: frame_from_rows(by_type[t], columns_for(t)) for t in FACT_CLASSES if t in by_type}
