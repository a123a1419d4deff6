"""Run :func:`bizfacts.extract_facts` on Dask: ``pip install 'bizfacts[dask]'``.

:func:`extract_facts_frame` maps the extractor over a Dask bag or Dask DataFrame of
documents and returns a lazy Dask DataFrame of facts, one row per fact, with the
columns of :func:`bizfacts.to_dataframe` after an ``id`` column.  Dask is imported
only when the function is called; what runs on the workers is a plain top-level
function of this module, so any Dask scheduler (threads, processes,
``distributed``) can ship it.  See docs/scale-out.md.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from .batch import extract_many, flatten_fact, frame_from_rows, import_pandas

__all__ = ["extract_facts_frame", "facts_meta"]

Errors = Literal["raise", "skip"]


class DocumentError(ValueError):
    """A document of a Dask collection could not be processed (``errors="raise"``)."""


def _rows(records: Iterable[Mapping[str, Any]], reference_date: dt.date | None, errors: Errors) -> list[Any]:
    rows: list[dict[str, Any]] = []
    for result in extract_many(records, reference_date=reference_date):
        if result.error is not None:
            if errors == "raise":
                raise DocumentError(f"document {result.id!r}: {result.error}")
            continue
        rows.extend({"id": result.id, **flatten_fact(f)} for f in result.facts)
    return rows


def facts_meta() -> Any:
    """The empty pandas DataFrame that describes :func:`extract_facts_frame`'s output.

    >>> list(facts_meta().columns[:3])
    ['id', 'type', 'confidence']
    """
    return frame_from_rows([], id_column=True)


def bag_partition(
    items: Iterable[Any], partition: int, reference_date: dt.date | None, errors: Errors = "raise"
) -> Any:
    """Facts of one bag partition as a pandas DataFrame (runs on a Dask worker).

    Plain strings get the id ``"<partition>:<position>"``; mappings are records
    ``{"id", "text", "date"}`` as for :func:`bizfacts.extract_many`.

    >>> bag_partition(["Nothing to see."], 0, None).shape[1] == facts_meta().shape[1]
    True
    """
    records = [
        {"id": f"{partition}:{pos}", "text": item} if isinstance(item, str) else item
        for pos, item in enumerate(items)
    ]
    return frame_from_rows(_rows(records, reference_date, errors), id_column=True)


def frame_partition(
    frame: Any,
    text_column: str,
    id_column: str | None,
    date_column: str | None,
    reference_date: dt.date | None,
    errors: Errors = "raise",
) -> Any:
    """Facts of one DataFrame partition as a pandas DataFrame (runs on a Dask worker).

    The id is the ``id_column`` value, or the row's index label when there is none;
    a missing (NaN/None) date falls back to ``reference_date``.

    >>> pd = import_pandas()
    >>> frame_partition(pd.DataFrame({"text": ["Nothing."]}), "text", None, None, None).empty
    True
    """
    pd = import_pandas()
    ids = frame[id_column] if id_column is not None else frame.index.to_series()
    dates = frame[date_column] if date_column is not None else [None] * len(frame)
    records = []
    for doc_id, text, date in zip(ids, frame[text_column], dates, strict=True):
        if date is not None and not isinstance(date, str) and pd.isna(date):
            date = None
        records.append({"id": str(doc_id), "text": text, "date": date})
    return frame_from_rows(_rows(records, reference_date, errors), id_column=True)


def extract_facts_frame(
    documents: Any,
    *,
    reference_date: dt.date | None = None,
    text_column: str = "text",
    id_column: str | None = "id",
    date_column: str | None = "date",
    errors: Errors = "raise",
) -> Any:
    """A lazy Dask DataFrame of the facts in a Dask bag or Dask DataFrame of documents.

    ``documents`` is a ``dask.bag.Bag`` of texts or of records ``{"id", "text",
    "date"}`` (the corpus format), or a ``dask.dataframe.DataFrame`` with a text
    column and, where present, id and date columns (a column that is absent is
    ignored: ids then come from the index).  A record's date is its reference date;
    ``reference_date`` is the default.  The result has an ``id`` column followed by
    the columns of :func:`bizfacts.to_dataframe`, with fixed dtypes (see
    :func:`facts_meta`), partition by partition in input order.  A document that
    cannot be processed raises :class:`DocumentError` naming its id when the graph
    is computed, or is left out with ``errors="skip"``.

    >>> import dask.bag as db
    >>> bag = db.from_sequence([{"id": "a", "text": "Nothing here.", "date": "1987-02-26"}])
    >>> extract_facts_frame(bag).compute().shape[1] == facts_meta().shape[1]
    True
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', got {errors!r}")
    dd = importlib.import_module("dask.dataframe")
    bag_module = importlib.import_module("dask.bag")
    delayed = importlib.import_module("dask").delayed
    meta = facts_meta()
    if isinstance(documents, bag_module.Bag):
        parts = [
            delayed(bag_partition)(part, number, reference_date, errors)
            for number, part in enumerate(documents.to_delayed())
        ]
        return dd.from_delayed(parts, meta=meta, verify_meta=False)
    if isinstance(documents, dd.DataFrame):
        columns = set(documents.columns)
        if text_column not in columns:
            raise ValueError(f"no text column {text_column!r} in {sorted(columns)}")
        return documents.map_partitions(
            frame_partition,
            text_column,
            id_column if id_column in columns else None,
            date_column if date_column in columns else None,
            reference_date,
            errors,
            meta=meta,
            clear_divisions=True,
        )
    raise TypeError(f"expected a dask Bag or DataFrame, got {type(documents).__name__}")
