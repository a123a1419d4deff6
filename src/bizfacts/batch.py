"""Batch extraction: many documents, in input order, optionally across processes.

:func:`extract_many` runs :func:`bizfacts.extract_facts` over texts or records and
yields one :class:`BatchResult` per document, in input order.  A document that
cannot be processed (a bad date, a missing ``"text"``, an exception inside an
extractor) gives a result with ``error`` set; the rest of the batch goes on.

:func:`to_dataframe` turns facts into a pandas DataFrame, one row per fact with the
roles flattened into columns (pandas is the optional extra ``bizfacts[pandas]``).

Nothing here imports pandas or starts processes at import time, and every function
handed to a worker process is a top-level function, so the module stays cheap to
import and safe to pickle (Dask, Spark and ``multiprocessing`` workers import it).
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import importlib
import re
import signal
import typing
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ._fact_types import FACT_CLASSES, AnyFact, Fact
from ._spans import DateMention, Mention, MoneyMention

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["BatchResult", "extract_many", "fact_columns", "flatten_fact", "to_dataframe"]

Mode = Literal["facts", "mentions"]

_BASE_FIELDS = ("type", "evidence", "confidence", "rule")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@attrs.frozen
class BatchResult:
    """The outcome for one document of :func:`extract_many`.

    ``index`` is the document's position in the input, ``id`` its record id (the
    record's ``"id"``, or the position as a string for plain texts), ``facts`` what
    :func:`bizfacts.extract_facts` found, and ``error`` a one-line message when the
    document could not be processed (``facts`` is then empty), else None.
    """

    index: int
    id: str
    facts: tuple[AnyFact, ...] = ()
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the document was processed without error."""
        return self.error is None


# --------------------------------------------------------------------------- jobs


@attrs.frozen
class Job:
    """One document ready to run: text and reference date, or an input error."""

    index: int
    id: str
    text: str = ""
    reference_date: dt.date | None = None
    error: str | None = None
    origin: Any = attrs.field(default=None, eq=False)
    """Caller's bookkeeping (the CLI keeps file and line here); never sent to workers."""


Outcome = tuple[tuple[Any, ...], str | None]
"""What a worker returns for one document: (items, error message or None)."""


def parse_date(value: object) -> dt.date | None:
    """A reference date from a record's ``"date"``: ``"YYYY-MM-DD"``, a date, or None.

    Raises ValueError with a readable message for anything else.

    >>> parse_date("1987-02-26")
    datetime.date(1987, 2, 26)
    >>> parse_date(None) is None
    True
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if _DATE_RE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise ValueError(f"bad date {value!r} (expected YYYY-MM-DD)")
    raise ValueError(f"bad date {value!r} (expected a YYYY-MM-DD string)")


def _make_job(index: int, item: object, reference_date: dt.date | None) -> Job:
    if isinstance(item, str):
        return Job(index, str(index), item, reference_date)
    if isinstance(item, Mapping):
        raw_id = item.get("id")
        doc_id = str(index) if raw_id is None else str(raw_id)
        text = item.get("text")
        if not isinstance(text, str):
            what = 'has no "text"' if text is None else f'"text" is {type(text).__name__}, not a string'
            return Job(index, doc_id, error=f"record {what}")
        try:
            date = parse_date(item.get("date"))
        except ValueError as exc:
            return Job(index, doc_id, error=str(exc))
        return Job(index, doc_id, text, date if date is not None else reference_date)
    return Job(index, str(index), error=f'expected a str or a mapping with "text", got {type(item).__name__}')


# ------------------------------------------------------------------------ workers


def _extract_mentions(text: str, reference_date: dt.date | None) -> list[Mention]:
    """The mentions the fact assembler reads, sorted by position (money first on ties)."""
    from .facts.mentions import find_mentions

    return find_mentions(text, reference_date).in_text_order()


def _run_one(text: str, reference_date: dt.date | None, mode: Mode) -> Outcome:
    """Run one document; an exception becomes an error message, never propagates."""
    from .facts import extract_facts

    try:
        if mode == "mentions":
            return tuple(_extract_mentions(text, reference_date)), None
        return tuple(extract_facts(text, reference_date=reference_date)), None
    except Exception as exc:  # a bug in an extractor must not stop the batch
        return (), f"extraction failed: {type(exc).__name__}: {exc}"


def _run_chunk(chunk: Sequence[tuple[str, dt.date | None]], mode: Mode) -> list[Outcome]:
    """Worker entry point: run a chunk of (text, reference_date) pairs."""
    return [_run_one(text, date, mode) for text, date in chunk]


def _worker_init() -> None:
    """Leave Ctrl-C to the parent process: it stops the pool and exits quietly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks(jobs: Iterator[Job], size: int) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_jobs(
    jobs: Iterable[Job], *, mode: Mode = "facts", workers: int | None = None, chunksize: int = 8
) -> Generator[tuple[Job, Outcome], None, None]:
    """Run jobs in input order, in this process or across ``workers`` processes.

    Jobs that already carry an input error pass through untouched.  With several
    workers, at most ``4 * workers`` chunks are in flight, so an endless input (a
    pipe) streams instead of being read whole.
    """
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    if workers is None or workers == 1:
        for job in jobs:
            if job.error is not None:
                yield job, ((), job.error)
            else:
                yield job, _run_one(job.text, job.reference_date, mode)
        return
    from concurrent.futures import ProcessPoolExecutor  # only when processes are asked for

    work = functools.partial(_run_chunk, mode=mode)
    pending: collections.deque[tuple[list[Job], Future[list[Outcome]] | None]] = collections.deque()
    executor = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
    try:
        chunks = _chunks(iter(jobs), chunksize)
        for chunk in chunks:
            runnable = [(j.text, j.reference_date) for j in chunk if j.error is None]
            future = executor.submit(work, runnable) if runnable else None
            pending.append((chunk, future))
            # Hand back finished chunks at once; wait only when too many are in flight.
            while pending and (len(pending) >= 4 * workers or _done(pending[0][1])):
                yield from _finish(*pending.popleft())
        while pending:
            yield from _finish(*pending.popleft())
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    executor.shutdown(wait=True)


def _done(future: Future[list[Outcome]] | None) -> bool:
    return future is None or future.done()


def _finish(chunk: list[Job], future: Future[list[Outcome]] | None) -> Iterator[tuple[Job, Outcome]]:
    outcomes = iter(future.result() if future is not None else [])
    for job in chunk:
        yield job, (((), job.error) if job.error is not None else next(outcomes))


def extract_many(
    texts_or_records: Iterable[str | Mapping[str, Any]],
    *,
    workers: int | None = None,
    reference_date: dt.date | None = None,
    chunksize: int = 8,
) -> Iterator[BatchResult]:
    """Extract facts from many documents; yield one :class:`BatchResult` each, in input order.

    Each item is a text, or a record ``{"id", "text", "date"}`` (the corpus format:
    ``"date"`` is a ``"YYYY-MM-DD"`` string or a ``datetime.date`` and becomes that
    document's reference date; ``reference_date`` is the default for the rest).
    ``workers=None`` or 1 runs in this process; ``workers=N`` runs N worker
    processes, ``chunksize`` documents per task, and still yields in input order.
    A document that fails gets ``error`` set instead of raising.

    >>> from bizfacts.batch import extract_many
    >>> docs = ["No facts here.", {"id": "a", "text": "x", "date": "1987-13-01"}]
    >>> [(r.id, r.facts, r.error) for r in extract_many(docs)]
    [('0', (), None), ('a', (), "bad date '1987-13-01' (expected YYYY-MM-DD)")]
    """
    jobs = (_make_job(i, item, reference_date) for i, item in enumerate(texts_or_records))
    for job, (items, error) in run_jobs(jobs, mode="facts", workers=workers, chunksize=chunksize):
        yield BatchResult(job.index, job.id, items, error)


# ---------------------------------------------------------------------- flattening


def _money_roles(cls: type[Fact]) -> set[str]:
    hints = typing.get_type_hints(cls)
    return {
        name for name, hint in hints.items() if hint is MoneyMention or MoneyMention in typing.get_args(hint)
    }


@functools.cache
def _role_layout() -> tuple[tuple[str, bool], ...]:
    """Every role of every fact type once, in declaration order: (name, is_money)."""
    seen: dict[str, bool] = {}
    for cls in FACT_CLASSES.values():
        money = _money_roles(cls)
        for field in attrs.fields(cls):
            if field.name not in _BASE_FIELDS and field.name not in seen:
                seen[field.name] = field.name in money
    return tuple(seen.items())


def fact_columns() -> list[str]:
    """The column names of :func:`flatten_fact` rows, the same for every fact type.

    >>> cols = fact_columns()
    >>> cols[:3], "price_amount" in cols, cols[-3:]
    (['type', 'confidence', 'target'], True, ['evidence_end', 'evidence', 'rule'])
    """
    return list(_columns())


@functools.cache
def _columns() -> tuple[str, ...]:
    cols = ["type", "confidence"]
    for name, is_money in _role_layout():
        cols.extend([f"{name}_amount", f"{name}_currency", f"{name}_amount_high"] if is_money else [name])
    cols.extend(["evidence_start", "evidence_end", "evidence", "rule"])
    return tuple(cols)


def _cell(value: Any) -> str | int | float | None:
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (tuple, list)):
        return "; ".join(str(_cell(v)) for v in value)
    if isinstance(value, DateMention):
        from .serialize import date_value

        iso = date_value(value)
        if isinstance(iso, dict):
            return f"{iso['start'] or '..'}/{iso['end'] or '..'}"
        return iso
    from .serialize import to_dict

    return str(to_dict(value))


def flatten_fact(fact: Fact) -> dict[str, str | int | float | None]:
    """One flat row for a fact: a value per column of :func:`fact_columns`.

    Money roles split into ``<role>_amount`` / ``_currency`` / ``_amount_high``
    (amounts as exact decimal strings); dates are ISO strings at their granularity,
    a range ``"start/end"`` (``..`` for an open end); several companies are joined
    with ``"; "``; roles the fact type does not have are None.

    >>> import bizfacts
    >>> ev = bizfacts.Evidence(0, 8, "X owns Y")
    >>> row = flatten_fact(bizfacts.OwnershipFact(owner="X", asset="Y", evidence=ev, confidence=0.9))
    >>> row["type"], row["owner"], row["asset"], row["target"], row["evidence"]
    ('ownership', 'X', 'Y', None, 'X owns Y')
    """
    row: dict[str, str | int | float | None] = dict.fromkeys(_columns())
    money_roles = {name for name, is_money in _role_layout() if is_money}
    row["type"] = fact.type
    row["confidence"] = fact.confidence
    for field in attrs.fields(type(fact)):
        if field.name in _BASE_FIELDS:
            continue
        value = getattr(fact, field.name)
        if field.name in money_roles:
            if isinstance(value, MoneyMention):
                row[f"{field.name}_amount"] = str(value.amount)
                row[f"{field.name}_currency"] = value.currency
                if value.amount_high is not None:
                    row[f"{field.name}_amount_high"] = str(value.amount_high)
        else:
            row[field.name] = _cell(value)
    row["evidence_start"] = fact.evidence.start
    row["evidence_end"] = fact.evidence.end
    row["evidence"] = fact.evidence.text
    row["rule"] = fact.rule
    return row


_INT_COLUMNS = {"count": "Int64", "evidence_start": "Int64", "evidence_end": "Int64"}


def import_pandas() -> Any:
    """pandas, or an ImportError that says which extra to install."""
    try:
        return importlib.import_module("pandas")
    except ImportError as exc:
        raise ImportError("bizfacts.to_dataframe needs pandas: pip install 'bizfacts[pandas]'") from exc


def frame_from_rows(rows: Sequence[Mapping[str, Any]], *, id_column: bool) -> Any:
    """A DataFrame with the fixed fact columns and dtypes (``id`` first when asked).

    The dtypes do not depend on the data, so an empty frame is a valid Dask ``meta``.
    """
    pd = import_pandas()
    columns = (["id"] if id_column else []) + fact_columns()
    frame = pd.DataFrame.from_records(list(rows), columns=columns)
    dtypes = {c: _INT_COLUMNS.get(c, "float64" if c == "confidence" else "string") for c in columns}
    return frame.astype(dtypes)


def to_dataframe(facts: Iterable[Fact | BatchResult]) -> Any:
    """A pandas DataFrame with one row per fact and the roles flattened into columns.

    Takes facts, or the :class:`BatchResult` items of :func:`extract_many` (then an
    ``id`` column comes first, and failed documents add no rows).  The columns are
    :func:`fact_columns` for every fact type (see :func:`flatten_fact`); text
    columns have the ``string`` dtype, ``count`` and the evidence offsets
    ``Int64``, ``confidence`` ``float64``.  Needs ``pip install 'bizfacts[pandas]'``.

    >>> import bizfacts
    >>> ev = bizfacts.Evidence(0, 8, "X owns Y")
    >>> df = to_dataframe([bizfacts.OwnershipFact(owner="X", asset="Y", evidence=ev)])
    >>> df[["type", "owner", "asset"]].values.tolist()
    [['ownership', 'X', 'Y']]
    """
    rows: list[dict[str, Any]] = []
    with_ids = False
    for item in facts:
        if isinstance(item, BatchResult):
            with_ids = True
            rows.extend({"id": item.id, **flatten_fact(f)} for f in item.facts)
        else:
            rows.append(flatten_fact(item))
    return frame_from_rows(rows, id_column=with_ids)
