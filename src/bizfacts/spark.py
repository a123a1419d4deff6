"""Run :func:`bizfacts.extract_facts` on Spark: ``pip install 'bizfacts[spark]'``.

:func:`extract_facts_frame` maps the extractor over a Spark DataFrame of documents
with Arrow-backed ``mapInPandas`` and returns a Spark DataFrame of facts, one row
per fact: the document ``id`` first, then the columns of
:func:`bizfacts.to_dataframe`, typed by :data:`FACTS_SCHEMA`.  PySpark is imported
only inside :func:`extract_facts_frame`; ``import bizfacts`` never imports it.
What runs on the executors is :func:`facts_of_batches`, a top-level function of
this module, entered through a small loader that names the fix when an executor's
Python lacks bizfacts.  See docs/scale-out.md.
"""

from __future__ import annotations

import builtins
import datetime as dt
import functools
import importlib
import pickle
import types
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

from .batch import frame_from_rows, import_pandas, parse_date
from .dask import DocumentError, facts_meta

if TYPE_CHECKING:
    from .companies import Gazetteer

__all__ = [
    "ERROR_COLUMN",
    "FACTS_SCHEMA",
    "REPORT_SCHEMA",
    "DocumentError",
    "extract_facts_frame",
    "facts_of_batches",
    "spark_schema",
]

Errors = Literal["skip", "raise", "report"]

ERROR_COLUMN = "error"
"""The column that ``errors="report"`` adds: the failure message, null on fact rows."""

_SPARK_TYPES = {
    "string": "string",
    "str": "string",
    "int64": "bigint",
    "float64": "double",
    "boolean": "boolean",
}


def _spark_type(dtype: Any) -> str:
    """The Spark SQL type of a pandas dtype of the fact frame."""
    name = str(dtype).lower()
    if name.startswith("datetime64"):
        return "timestamp" if "," in name else "date"  # a time zone: an instant, else a day
    if name in _SPARK_TYPES:
        return _SPARK_TYPES[name]
    raise TypeError(f"no Spark type for the pandas dtype {dtype!s}")


def spark_schema(frame: Any) -> str:
    """The Spark DDL schema of a pandas frame with the fact columns' dtypes.

    ``string`` -> ``string``, ``Int64`` -> ``bigint``, ``float64`` -> ``double``,
    ``datetime64`` -> ``date`` (the fact frame's dates are calendar days).

    >>> pd = import_pandas()
    >>> spark_schema(pd.DataFrame({"id": pd.array([], dtype="string"), "n": pd.array([], dtype="Int64")}))
    '`id` string, `n` bigint'
    """
    return ", ".join(f"`{name}` {_spark_type(dtype)}" for name, dtype in frame.dtypes.items())


FACTS_SCHEMA: str = spark_schema(facts_meta())
"""The Spark DDL schema of :func:`extract_facts_frame`'s output.

Derived from :func:`bizfacts.dask.facts_meta` (the ``id`` column, then the columns
and dtypes of :func:`bizfacts.to_dataframe`), so the Spark, Dask and pandas frames
have the same columns in the same order.

>>> FACTS_SCHEMA.split(", ")[:3]
['`id` string', '`type` string', '`confidence` double']
"""

REPORT_SCHEMA: str = f"{FACTS_SCHEMA}, `{ERROR_COLUMN}` string"
""":data:`FACTS_SCHEMA` plus the :data:`ERROR_COLUMN` (``errors="report"``)."""


# ------------------------------------------------------------------ on the executors


def _run_document(
    text: Any, date: Any, reference_date: dt.date | None, gazetteer: Gazetteer | None
) -> tuple[list[Any], str | None]:
    """The facts of one document, or an error message (as :func:`bizfacts.extract_many` words it)."""
    from .facts import extract_facts

    if not isinstance(text, str):
        what = 'has no "text"' if text is None else f'"text" is {type(text).__name__}, not a string'
        return [], f"record {what}"
    try:
        own_date = parse_date(date)
    except ValueError as exc:
        return [], str(exc)
    try:
        return extract_facts(text, own_date or reference_date, gazetteer=gazetteer), None
    except Exception as exc:  # one bad document must not lose the others
        return [], f"extraction failed: {type(exc).__name__}: {exc}"


def _missing(value: Any) -> bool:
    """A null cell (None, NaN, NaT, NA) of a pandas frame."""
    return value is None or (not isinstance(value, str) and bool(import_pandas().isna(value)))


def facts_of_batches(
    batches: Iterable[Any],
    reference_date: dt.date | None = None,
    gazetteer: Gazetteer | None = None,
    errors: Errors = "skip",
) -> Iterator[Any]:
    """pandas frames of documents (``id``, ``text``, ``date``) -> pandas frames of facts.

    The function ``mapInPandas`` runs on the executors; it also runs without Spark.
    ``date`` is a ``"YYYY-MM-DD"`` string, a date, a timestamp or null (then
    ``reference_date``).  A failed document raises :class:`DocumentError` naming its
    id (``errors="raise"``), gives one row with only ``id`` and :data:`ERROR_COLUMN`
    (``"report"``), or no row (``"skip"``).

    >>> pd = import_pandas()
    >>> docs = pd.DataFrame({"id": ["a", "b"], "text": ["Nothing.", None], "date": [None, None]})
    >>> [out[["id", "error"]].values.tolist() for out in facts_of_batches([docs], errors="report")]
    [[['b', 'record has no "text"']]]
    """
    from .batch import flatten_fact

    report = errors == "report"
    for batch in batches:
        rows: list[dict[str, Any]] = []
        dates = batch["date"] if "date" in batch.columns else [None] * len(batch)
        for raw_id, text, date in zip(batch["id"], batch["text"], dates, strict=True):
            doc_id = None if _missing(raw_id) else str(raw_id)
            facts, error = _run_document(text, None if _missing(date) else date, reference_date, gazetteer)
            if error is None:
                rows.extend({"id": doc_id, **flatten_fact(f)} for f in facts)
            elif errors == "raise":
                raise DocumentError(f"document {doc_id!r}: {error}")
            elif report:
                rows.append({"id": doc_id, ERROR_COLUMN: error})
        frame = frame_from_rows(rows, id_column=True)
        if report:
            frame[ERROR_COLUMN] = import_pandas().array([r.get(ERROR_COLUMN) for r in rows], dtype="string")
        yield frame


def _enter_executor(batches: Iterable[Any], payload: bytes) -> Iterator[Any]:
    """Loader shipped by value: import bizfacts on the executor, or say how to install it."""
    try:
        from bizfacts.spark import facts_of_batches as run
    except ImportError as exc:
        import sys

        raise ImportError(
            f"bizfacts cannot be imported by this Spark executor's Python ({sys.executable}): {exc}. "
            "Install 'bizfacts[spark]' in the executors' environment, or ship it with the job "
            "(a packed environment in --archives, or the wheel in spark.submit.pyFiles): see "
            "docs/scale-out.md"
        ) from exc
    import pickle

    return run(batches, *pickle.loads(payload))


def _by_value(function: Callable[..., Any]) -> Callable[..., Any]:
    """A copy of a top-level function that cloudpickle ships by value, not by reference.

    The copy belongs to no module, so unpickling it on an executor needs no import
    of bizfacts; it may use only builtins and what it imports itself.
    """
    copy = types.FunctionType(function.__code__, {"__builtins__": builtins}, function.__name__)
    copy.__doc__ = function.__doc__
    return copy


# ------------------------------------------------------------------------- the driver


def extract_facts_frame(
    df: Any,
    *,
    text: str = "text",
    id: str = "id",
    date: str | None = "date",
    reference_date: dt.date | None = None,
    gazetteer: Gazetteer | None = None,
    errors: Errors = "skip",
) -> Any:
    """A Spark DataFrame of the facts in a Spark DataFrame of documents (lazy, like any Spark plan).

    ``df`` has a string column ``text``, a column ``id`` (any type; cast to string)
    and, unless ``date=None``, a column ``date`` (``"YYYY-MM-DD"`` strings, dates or
    timestamps; a null falls back to ``reference_date``), the layout of the corpus
    JSONL.  ``gazetteer`` is passed to :func:`bizfacts.extract_facts`.  The result
    has the schema :data:`FACTS_SCHEMA`, one row per fact.  A document that cannot
    be processed (a bad date, a null text, an extractor failure) is left out with
    ``errors="skip"``, fails the job with :class:`DocumentError` naming its id with
    ``"raise"``, or with ``"report"`` gives a row with its ``id`` and a message in
    the extra column :data:`ERROR_COLUMN` (schema :data:`REPORT_SCHEMA`), null on
    fact rows.  Rows per batch: ``spark.sql.execution.arrow.maxRecordsPerBatch``.
    """
    if errors not in ("skip", "raise", "report"):
        raise ValueError(f"errors must be 'skip', 'raise' or 'report', got {errors!r}")
    functions = importlib.import_module("pyspark.sql.functions")
    sql = importlib.import_module("pyspark.sql")
    if not isinstance(df, sql.DataFrame):
        raise TypeError(f"expected a pyspark.sql.DataFrame, got {type(df).__name__}")
    dtypes = dict(df.dtypes)
    wanted = [text, id] if date is None else [text, id, date]
    for column in wanted:
        if column not in dtypes:
            raise ValueError(f"no column {column!r} in {sorted(dtypes)}")
    if dtypes[text] != "string":
        raise TypeError(f"the text column {text!r} must be a string column, not {dtypes[text]}")
    if date is not None and dtypes[date] not in ("string", "date", "timestamp", "timestamp_ntz"):
        raise TypeError(f"the date column {date!r} must be a string, date or timestamp, not {dtypes[date]}")
    columns = [functions.col(id).cast("string").alias("id"), functions.col(text).alias("text")]
    if date is not None:
        columns.append(functions.col(date).alias("date"))
    payload = pickle.dumps((reference_date, gazetteer, errors))
    on_executor = functools.partial(_by_value(_enter_executor), payload=payload)
    schema = REPORT_SCHEMA if errors == "report" else FACTS_SCHEMA
    return df.select(*columns).mapInPandas(on_executor, schema=schema)
