"""Batch extraction: many documents, in input order, optionally across processes.

:func:`extract_many` runs :func:`bizfacts.extract_facts` over texts or records and
yields one :class:`BatchResult` per document, in input order.  A document that
cannot be processed (a bad date, a missing ``"text"``, an exception inside an
extractor, a worker process that died on it) gives a result with ``error`` set;
the rest of the batch goes on.

:func:`to_dataframe` (from :mod:`bizfacts.frames`) turns the results into a pandas
DataFrame, one row per fact (pandas is the optional extra ``bizfacts[pandas]``).

Nothing here imports pandas or starts processes at import time, and every function
handed to a worker process is a top-level function, so the module stays cheap to
import and safe to pickle (Dask, Spark and ``multiprocessing`` workers import it).
"""

from __future__ import annotations

import collections
import datetime as dt
import importlib
import logging
import signal
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ._fact_types import AnyFact
from ._legacy_rows import fact_columns, flatten_fact
from ._spans import Mention
from .frames import import_pandas, to_dataframe
from .records import Fields, Job, parse_date, record_job, reference_date_arg

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from ._gazetteer import Gazetteer

__all__ = [
    "BatchResult",
    "Fields",
    "Job",
    "extract_many",
    "fact_columns",
    "flatten_fact",
    "import_pandas",
    "parse_date",
    "run_jobs",
    "to_dataframe",
]

Mode = Literal["facts", "mentions"]

log = logging.getLogger("bizfacts.batch")

WORKER_DIED = "a worker process died while processing this document (killed, or out of memory)"


@attrs.frozen
class BatchResult:
    """The outcome for one document of :func:`extract_many`.

    ``index`` is the document's position in the input, ``id`` its record id (the
    record's ``"id"``, or the position as a string for plain texts), ``facts`` what
    :func:`bizfacts.extract_facts` found, and ``error`` a one-line message when the
    document could not be processed (``facts`` is then empty), else None.  ``date``
    is the document's reference date, ``title`` and ``source`` the record's
    ``"title"`` and ``"source"`` when it has them (they become the ``doc_*`` columns
    of :func:`bizfacts.to_dataframe`).
    """

    index: int
    id: str
    facts: tuple[AnyFact, ...] = ()
    error: str | None = None
    date: dt.date | None = None
    title: str | None = None
    source: str | None = None

    @property
    def ok(self) -> bool:
        """True when the document was processed without error."""
        return self.error is None


Outcome = tuple[tuple[Any, ...], str | None]
"""What a worker returns for one document: (items, error message or None)."""


# ------------------------------------------------------------------------ workers

if TYPE_CHECKING:
    Submitted = tuple[int, Future[list[Outcome]]]

_worker_gazetteer: list[Gazetteer | None] = [None]
"""The gazetteer of this worker process, set once by :func:`_worker_init`."""


def _extract_mentions(
    text: str, reference_date: dt.date | None, gazetteer: Gazetteer | None
) -> list[Mention]:
    """The mentions the fact assembler reads, sorted by position (money first on ties)."""
    from .facts.mentions import find_mentions

    if gazetteer is None:
        return find_mentions(text, reference_date, everything=True).in_text_order()
    return find_mentions(text, reference_date, gazetteer=gazetteer, everything=True).in_text_order()


def _run_one(
    text: str, reference_date: dt.date | None, mode: Mode, gazetteer: Gazetteer | None = None
) -> Outcome:
    """Run one document; an exception becomes an error message, never propagates."""
    from .facts import extract_facts

    try:
        if mode == "mentions":
            return tuple(_extract_mentions(text, reference_date, gazetteer)), None
        if gazetteer is None:
            return tuple(extract_facts(text, reference_date=reference_date)), None
        return tuple(extract_facts(text, reference_date=reference_date, gazetteer=gazetteer)), None
    except Exception as exc:  # a bug in an extractor must not stop the batch
        return (), f"extraction failed: {type(exc).__name__}: {exc}"


def _run_chunk(chunk: Sequence[tuple[str, dt.date | None]], mode: Mode) -> list[Outcome]:
    """Worker entry point: run a chunk of (text, reference_date) pairs."""
    gazetteer = _worker_gazetteer[0]
    return [_run_one(text, date, mode, gazetteer) for text, date in chunk]


def _worker_init(gazetteer: Gazetteer | None = None) -> None:
    """Set up a worker process: its gazetteer (sent once, not with every chunk);
    Ctrl-C is left to the parent process, which stops the pool and exits quietly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_gazetteer[0] = gazetteer


def _chunks(jobs: Iterator[Job], size: int) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Pool:
    """A process pool that is replaced by a fresh one when one of its workers dies."""

    def __init__(self, workers: int, gazetteer: Gazetteer | None) -> None:
        self.workers = workers
        self.gazetteer = gazetteer
        self.generation = 0
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor  # only when processes are asked for

        return ProcessPoolExecutor(
            max_workers=self.workers, initializer=_worker_init, initargs=(self.gazetteer,)
        )

    def submit(self, runnable: list[tuple[str, dt.date | None]], mode: Mode) -> Submitted:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.generation, self.executor.submit(_run_chunk, runnable, mode)
        except BrokenProcessPool:  # it broke since the last look: start again
            self.replace(self.generation)
            return self.generation, self.executor.submit(_run_chunk, runnable, mode)

    def replace(self, generation: int) -> None:
        """Replace the pool of ``generation`` (once, however many futures it broke)."""
        if generation == self.generation:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._new()
            self.generation += 1

    def close(self, *, wait: bool) -> None:
        self.executor.shutdown(wait=wait, cancel_futures=not wait)


def _run_in_processes(
    jobs: Iterable[Job], mode: Mode, workers: int, chunksize: int, gazetteer: Gazetteer | None
) -> Generator[tuple[Job, Outcome], None, None]:
    pool = _Pool(workers, gazetteer)
    alone = _Pool(1, gazetteer)  # runs, one at a time, the documents of a chunk whose worker died
    pending: collections.deque[tuple[list[Job], Submitted | None]] = collections.deque()
    try:
        for chunk in _chunks(iter(jobs), chunksize):
            runnable = [(j.text, j.reference_date) for j in chunk if j.error is None]
            pending.append((chunk, pool.submit(runnable, mode) if runnable else None))
            # Hand back finished chunks at once; wait only when too many are in flight.
            while pending and (len(pending) >= 4 * workers or _done(pending[0][1])):
                yield from _finish(*pending.popleft(), pool, alone, mode)
        while pending:
            yield from _finish(*pending.popleft(), pool, alone, mode)
    except BaseException:
        pool.close(wait=False)
        alone.close(wait=False)
        raise
    pool.close(wait=True)
    alone.close(wait=True)


def _done(submitted: Submitted | None) -> bool:
    return submitted is None or submitted[1].done()


def _finish(
    chunk: list[Job],
    submitted: Submitted | None,
    pool: _Pool,
    alone: _Pool,
    mode: Mode,
) -> Iterator[tuple[Job, Outcome]]:
    from concurrent.futures.process import BrokenProcessPool

    outcomes: list[Outcome] = []
    if submitted is not None:
        generation, future = submitted
        try:
            outcomes = future.result()
        except BrokenProcessPool:
            # Some worker died: maybe on this chunk, maybe on another one in flight.
            # Run this chunk's documents alone, one by one, to find the one that kills.
            log.warning("a worker process died; running its documents one at a time")
            pool.replace(generation)
            outcomes = [_run_alone(job, alone, mode) for job in chunk if job.error is None]
        except Exception as exc:  # the result could not come back (e.g. unpicklable)
            failed: Outcome = ((), f"worker failed: {type(exc).__name__}: {exc}")
            outcomes = [failed for job in chunk if job.error is None]
    found = iter(outcomes)
    for job in chunk:
        yield job, (((), job.error) if job.error is not None else next(found))


def _run_alone(job: Job, alone: _Pool, mode: Mode) -> Outcome:
    from concurrent.futures.process import BrokenProcessPool

    generation, future = alone.submit([(job.text, job.reference_date)], mode)
    try:
        return future.result()[0]
    except BrokenProcessPool:
        alone.replace(generation)
        log.error("document %s: %s", job.id, WORKER_DIED)
        return (), WORKER_DIED


def run_jobs(
    jobs: Iterable[Job],
    *,
    mode: Mode = "facts",
    workers: int | None = None,
    chunksize: int = 8,
    gazetteer: Gazetteer | None = None,
) -> Generator[tuple[Job, Outcome], None, None]:
    """Run jobs in input order, in this process or across ``workers`` processes.

    Jobs that already carry an input error pass through untouched.  With several
    workers, at most ``4 * workers`` chunks are in flight, so an endless input (a
    pipe) streams instead of being read whole.  A worker process that dies fails
    only the document it was running (:data:`WORKER_DIED`); the others are rerun.
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
                yield job, _run_one(job.text, job.reference_date, mode, gazetteer)
        return
    yield from _run_in_processes(jobs, mode, workers, chunksize, gazetteer)


def check_gazetteer(gazetteer: object, function: str) -> Gazetteer | None:
    """``gazetteer`` if it is a :class:`bizfacts.Gazetteer` or None, else a TypeError."""
    from ._gazetteer import Gazetteer

    if gazetteer is None or isinstance(gazetteer, Gazetteer):
        return gazetteer
    kind = type(gazetteer).__name__
    raise TypeError(f"{function}() expects gazetteer as a bizfacts.Gazetteer or None, got {kind}")


def _progress_bar(items: object, enabled: bool) -> Any:
    if not enabled:
        return None
    try:  # tqdm.auto: a widget in a notebook, a text bar elsewhere
        tqdm = importlib.import_module("tqdm.auto").tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency; the bar is a nicety
        return None
    total = len(items) if isinstance(items, Sequence) else None
    return tqdm(total=total, unit="doc", desc="bizfacts")


def extract_many(
    texts_or_records: Iterable[str | Mapping[str, Any]],
    *,
    workers: int | None = None,
    reference_date: dt.date | str | None = None,
    chunksize: int = 8,
    gazetteer: Gazetteer | None = None,
    progress: bool = False,
) -> Iterator[BatchResult]:
    """Extract facts from many documents; yield one :class:`BatchResult` each, in input order.

    Each item is a text, or a record ``{"id", "text", "date"}`` (the corpus format:
    ``"date"`` is an ISO date or datetime, an RFC 2822 date or a ``datetime.date``
    and becomes that document's reference date; ``reference_date`` is the default
    for the rest; ``"title"`` and ``"source"`` are carried into the results).
    ``workers=None`` or 1 runs in this process; ``workers=N`` runs N worker
    processes, ``chunksize`` documents per task, and still yields in input order.
    ``gazetteer`` (see :meth:`bizfacts.Gazetteer.from_file`) is used for every
    document, in every worker.  ``progress=True`` shows a tqdm bar (a widget in a
    notebook).  A document that fails gets ``error`` set instead of raising.

    >>> from bizfacts.batch import extract_many
    >>> docs = ["No facts here.", {"id": "a", "text": "x", "date": "1987-13-01"}]
    >>> [(r.id, r.facts, r.error) for r in extract_many(docs)][1]
    ('a', (), "bad date '1987-13-01' (expected YYYY-MM-DD, ISO datetime or RFC 2822 date)")
    """
    default_date = reference_date_arg(reference_date, "extract_many")
    gazetteer = check_gazetteer(gazetteer, "extract_many")
    bar = _progress_bar(texts_or_records, progress)
    jobs = (record_job(i, item, default_date) for i, item in enumerate(texts_or_records))
    failed = done = 0
    try:
        for job, (items, error) in run_jobs(
            jobs, mode="facts", workers=workers, chunksize=chunksize, gazetteer=gazetteer
        ):
            done += 1
            if error is not None:
                failed += 1
                log.debug("document %s failed: %s", job.id, error)
            if bar is not None:
                bar.update(1)
            yield BatchResult(job.index, job.id, items, error, job.reference_date, job.title, job.source)
    finally:
        if bar is not None:
            bar.close()
        log.info("extract_many: %d documents, %d failed", done, failed)
