"""Run :func:`bizfacts.extract_facts` on Dask: ``pip install 'bizfacts[dask]'``.

:func:`extract_facts_frame` maps the extractor over a Dask bag or Dask DataFrame of
documents and returns a lazy Dask DataFrame of facts, one row per fact, with the
columns and dtypes of :func:`bizfacts.to_dataframe` (:data:`bizfacts.frames.FACT_COLUMNS`).  Dask is imported
only when the function is called; what runs on the workers is a plain top-level
function of this module, so any Dask scheduler (threads, processes,
``distributed``) can ship it.  See docs/scale-out.md.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from ._gazetteer import Gazetteer
from .batch import check_gazetteer, extract_many
from .frames import DocInfo, fact_row, frame_from_rows, import_pandas

__all__ = ["extract_facts_frame", "facts_meta"]

Errors = Literal["raise", "skip"]


class DocumentError(ValueError):
    """A document of a Dask collection could not be processed (``errors="raise"``)."""


def _rows(
    records: Iterable[Mapping[str, Any]],
    reference_date: dt.date | None,
    errors: Errors,
    gazetteer: Gazetteer | None = None,
) -> list[Any]:
    rows: list[dict[str, Any]] = []
    for result in extract_many(records, reference_date=reference_date, gazetteer=gazetteer):
        if result.error is not None:
            if errors == "raise":
                raise DocumentError(f"document {result.id!r}: {result.error}")
            continue
        doc = DocInfo(result.id, result.date, result.title, result.source)
        rows.extend(fact_row(f, doc, i) for i, f in enumerate(result.facts))
    return rows


def facts_meta() -> Any:
    """The empty pandas DataFrame that describes :func:`extract_facts_frame`'s output.

    >>> list(facts_meta().columns[:3])
    ['doc_id', 'doc_date', 'doc_title']
    """
    return frame_from_rows([])


def bag_partition(
    items: Iterable[Any],
    partition: int,
    reference_date: dt.date | None,
    errors: Errors = "raise",
    gazetteer: Gazetteer | None = None,
) -> Any:
    """Facts of one bag partition as a pandas DataFrame (runs on a Dask worker).

    Plain strings get the id ``"<partition>:<position>"``; mappings are records
    ``{"id", "text", "date", "title", "source"}`` as for :func:`bizfacts.extract_many`.

    >>> bag_partition(["Nothing to see."], 0, None).shape[1] == facts_meta().shape[1]
    True
    """
    records = [
        {"id": f"{partition}:{pos}", "text": item} if isinstance(item, str) else item
        for pos, item in enumerate(items)
    ]
    return frame_from_rows(_rows(records, reference_date, errors, gazetteer))


def frame_partition(
    frame: Any,
    text_column: str,
    id_column: str | None,
    date_column: str | None,
    reference_date: dt.date | None,
    errors: Errors = "raise",
    gazetteer: Gazetteer | None = None,
) -> Any:
    """Facts of one DataFrame partition as a pandas DataFrame (runs on a Dask worker).

    The id is the ``id_column`` value, or the row's index label when there is none;
    a missing (NaN/None) date falls back to ``reference_date``; ``title`` and
    ``source`` columns, where the frame has them, fill ``doc_title``/``doc_source``.

    >>> pd = import_pandas()
    >>> frame_partition(pd.DataFrame({"text": ["Nothing."]}), "text", None, None, None).empty
    True
    """
    pd = import_pandas()
    ids = frame[id_column] if id_column is not None else frame.index.to_series()
    dates = frame[date_column] if date_column is not None else [None] * len(frame)
    extra = [c for c in ("title", "source") if c in frame.columns]
    records = []
    for pos, (doc_id, text, date) in enumerate(zip(ids, frame[text_column], dates, strict=True)):
        if date is not None and not isinstance(date, str) and pd.isna(date):
            date = None
        record = {"id": str(doc_id), "text": text, "date": date}
        for column in extra:
            value = frame[column].iloc[pos]
            record[column] = None if value is None or pd.isna(value) else str(value)
        records.append(record)
    return frame_from_rows(_rows(records, reference_date, errors, gazetteer))


def extract_facts_frame(
    documents: Any,
    *,
    reference_date: dt.date | None = None,
    text_column: str = "text",
    id_column: str | None = "id",
    date_column: str | None = "date",
    errors: Errors = "raise",
    gazetteer: Gazetteer | None = None,
) -> Any:
    """A lazy Dask DataFrame of the facts in a Dask bag or Dask DataFrame of documents.

    ``documents`` is a ``dask.bag.Bag`` of texts or of records ``{"id", "text",
    "date"}`` (the corpus format), or a ``dask.dataframe.DataFrame`` with a text
    column and, where present, id and date columns (a column that is absent is
    ignored: ids then come from the index).  A record's date is its reference date;
    ``reference_date`` is the default.  ``gazetteer`` (a :class:`bizfacts.Gazetteer`,
    e.g. from :meth:`~bizfacts.Gazetteer.from_file`) is shipped to the workers and
    used for every document.  The result has the columns and dtypes of
    :func:`bizfacts.to_dataframe` (see :func:`facts_meta`), partition by partition
    in input order.  A document that
    cannot be processed raises :class:`DocumentError` naming its id when the graph
    is computed, or is left out with ``errors="skip"``.

    >>> import dask.bag as db
    >>> bag = db.from_sequence([{"id": "a", "text": "Nothing here.", "date": "1987-02-26"}])
    >>> extract_facts_frame(bag).compute().shape[1] == facts_meta().shape[1]
    True
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', got {errors!r}")
    gazetteer = check_gazetteer(gazetteer, "extract_facts_frame")
    from .records import reference_date_arg

    reference_date = reference_date_arg(reference_date, "extract_facts_frame")
    dd = importlib.import_module("dask.dataframe")
    bag_module = importlib.import_module("dask.bag")
    delayed = importlib.import_module("dask").delayed
    meta = facts_meta()
    # one task holds the gazetteer: each worker receives it once, not with every partition
    gaz = None if gazetteer is None else delayed(gazetteer, name=f"bizfacts-gazetteer-{id(gazetteer):x}")
    if isinstance(documents, bag_module.Bag):
        parts = [
            delayed(bag_partition)(part, number, reference_date, errors, gaz)
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
            gaz,
            meta=meta,
            clear_divisions=True,
        )
    raise TypeError(f"expected a dask Bag or DataFrame, got {type(documents).__name__}")
