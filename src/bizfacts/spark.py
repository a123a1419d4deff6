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
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

from .batch import check_gazetteer, extract_many
from .dask import DocumentError
from .frames import FACT_COLUMNS, DocInfo, fact_row, frame_from_rows, import_pandas
from .records import reference_date_arg

if TYPE_CHECKING:
    from .companies import Gazetteer

__all__ = [
    "ERROR_COLUMN",
    "FACTS_SCHEMA",
    "REPORT_SCHEMA",
    "DocumentError",
    "executor_function",
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
        return "timestamp" if "," in name else "timestamp_ntz"  # with a time zone: an instant
    if name in _SPARK_TYPES:
        return _SPARK_TYPES[name]
    raise TypeError(f"no Spark type for the pandas dtype {dtype!s}")


def spark_schema(columns: Mapping[str, Any]) -> str:
    """The Spark DDL schema of columns given with their pandas dtypes.

    ``string`` -> ``string``, ``Int64`` -> ``bigint``, ``float64`` -> ``double``,
    ``datetime64`` -> ``timestamp_ntz`` (a time without a zone, as in pandas and in
    the Parquet that pandas and Dask write: the same files from either engine).

    >>> spark_schema({"doc_id": "string", "doc_date": "datetime64[s]", "fact_index": "Int64"})
    '`doc_id` string, `doc_date` timestamp_ntz, `fact_index` bigint'
    """
    return ", ".join(f"`{name}` {_spark_type(dtype)}" for name, dtype in columns.items())


FACTS_SCHEMA: str = spark_schema(FACT_COLUMNS)
"""The Spark DDL schema of :func:`extract_facts_frame`'s output.

Derived from :data:`bizfacts.frames.FACT_COLUMNS`, the one definition of the
columns of :func:`bizfacts.to_dataframe` and :mod:`bizfacts.dask`: the same names
in the same order, the document's first (``doc_id``, ``doc_date``, ...).

>>> FACTS_SCHEMA.split(", ")[:3]
['`doc_id` string', '`doc_date` timestamp_ntz', '`doc_title` string']
"""

REPORT_SCHEMA: str = f"{FACTS_SCHEMA}, `{ERROR_COLUMN}` string"
""":data:`FACTS_SCHEMA` plus the :data:`ERROR_COLUMN` (``errors="report"``)."""


# ------------------------------------------------------------------ on the executors


def _missing(value: Any) -> bool:
    """A null cell (None, NaN, NaT, NA) of a pandas frame."""
    return value is None or (not isinstance(value, str) and bool(import_pandas().isna(value)))


def facts_of_batches(
    batches: Iterable[Any],
    reference_date: dt.date | None = None,
    gazetteer: Gazetteer | None = None,
    errors: Errors = "skip",
) -> Iterator[Any]:
    """pandas frames of documents -> pandas frames of facts, through :func:`bizfacts.extract_many`.

    The function ``mapInPandas`` runs on the executors; it also runs without Spark.
    Each frame has ``id`` and ``text`` columns and may have ``date`` (an ISO or RFC
    2822 string, a date, a timestamp; null means ``reference_date``), ``title`` and
    ``source``.  Each output frame has the columns and dtypes of
    :func:`bizfacts.to_dataframe`.  A failed document (a null id or text, a bad
    date, an extractor error) raises :class:`DocumentError` naming its id
    (``errors="raise"``), gives one row with only ``doc_id`` and
    :data:`ERROR_COLUMN` (``"report"``), or no row (``"skip"``).

    >>> pd = import_pandas()
    >>> docs = pd.DataFrame({"id": ["a", "b"], "text": ["Nothing.", None]})
    >>> [out[["doc_id", "error"]].values.tolist() for out in facts_of_batches([docs], errors="report")]
    [[['b', 'record has no "text"']]]
    """
    pd = import_pandas()
    report = errors == "report"
    for batch in batches:
        records: list[dict[str, Any]] = []
        columns = [c for c in ("id", "text", "date", "title", "source") if c in batch.columns]
        for values in zip(*(batch[c] for c in columns), strict=True):
            records.append({c: None if _missing(v) else v for c, v in zip(columns, values, strict=True)})
        rows: list[dict[str, Any]] = []
        results = extract_many(records, reference_date=reference_date, gazetteer=gazetteer)
        for record, result in zip(records, results, strict=True):
            error = result.error if record.get("id") is not None else 'record has no "id"'
            doc_id = None if record.get("id") is None else result.id
            if error is None:
                doc = DocInfo(doc_id, result.date, result.title, result.source)
                rows.extend(fact_row(f, doc, i) for i, f in enumerate(result.facts))
            elif errors == "raise":
                raise DocumentError(f"document {doc_id!r}: {error}")
            elif report:
                rows.append({"doc_id": doc_id, ERROR_COLUMN: error})
        frame = frame_from_rows(rows)
        if report:
            frame[ERROR_COLUMN] = pd.array([r.get(ERROR_COLUMN) for r in rows], dtype="string")
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


def executor_function(
    reference_date: dt.date | None = None, gazetteer: Gazetteer | None = None, errors: Errors = "skip"
) -> Callable[[Iterable[Any]], Iterator[Any]]:
    """The function :func:`extract_facts_frame` hands to ``mapInPandas``.

    It is :func:`facts_of_batches` with its options, entered through a loader
    pickled by value: the options travel as bytes, so an executor without bizfacts
    can unpickle the function and fail with an ImportError that says what to
    install, not a bare ``No module named 'bizfacts'`` from the unpickler.
    """
    payload = pickle.dumps((reference_date, gazetteer, errors))
    return functools.partial(_by_value(_enter_executor), payload=payload)


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
    and, unless ``date=None``, a column ``date`` (ISO or RFC 2822 strings, dates or
    timestamps; a null falls back to ``reference_date``), the layout of the corpus
    JSONL; columns named ``title`` and ``source``, where present, fill
    ``doc_title`` and ``doc_source``.  ``gazetteer`` is shipped with each task and
    used for every document.  The result has the schema :data:`FACTS_SCHEMA`, one
    row per fact, the facts :func:`bizfacts.extract_many` finds.  A document that
    cannot be processed (a null id or text, a bad date, an extractor failure) is
    left out with ``errors="skip"``, fails the job with :class:`DocumentError`
    naming its id with ``"raise"`` (Spark wraps it in a ``PythonException``), or
    with ``"report"`` gives a row with its ``doc_id`` and a message in the extra
    column :data:`ERROR_COLUMN` (schema :data:`REPORT_SCHEMA`), null on fact rows.
    Documents per call: ``spark.sql.execution.arrow.maxRecordsPerBatch``.  Runs
    on a local session in tests/test_spark.py; the recipe is in docs/scale-out.md.
    """
    if errors not in ("skip", "raise", "report"):
        raise ValueError(f"errors must be 'skip', 'raise' or 'report', got {errors!r}")
    gazetteer = check_gazetteer(gazetteer, "extract_facts_frame")
    reference_date = reference_date_arg(reference_date, "extract_facts_frame")
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
    columns.extend(functions.col(c).cast("string").alias(c) for c in ("title", "source") if c in dtypes)
    on_executor = executor_function(reference_date, gazetteer, errors)
    schema = REPORT_SCHEMA if errors == "report" else FACTS_SCHEMA
    return df.select(*columns).mapInPandas(on_executor, schema=schema)
