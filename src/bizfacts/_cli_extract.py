"""What ``bizfacts extract`` does once its arguments are parsed (see :mod:`bizfacts.cli`)."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import logging
import sys
from collections.abc import Iterator
from typing import Any

from ._fact_types import FACT_CLASSES
from ._formats import MENTION_KINDS, Writer, item_type
from .batch import Mode, run_jobs
from .frames import DocInfo
from .readers import Origin, check_encoding, count_records, expand, jsonl_jobs, text_jobs
from .records import Fields, Job
from .writers import Output, OutputError, open_output

PROG = "bizfacts"
EXIT_OK = 0
EXIT_FAILED = 1

log = logging.getLogger("bizfacts.cli")


class UsageError(Exception):
    """A mistake in the command line itself (exit status 2)."""


def parse_types(raw: str | None, mentions: bool) -> frozenset[str] | None:
    """The set of ``--types`` (fact types, or mention kinds with ``--mentions``)."""
    if raw is None:
        return None
    valid = set(MENTION_KINDS.values()) if mentions else set(FACT_CLASSES)
    wanted = {t.strip() for t in raw.split(",") if t.strip()}
    unknown = sorted(wanted - valid)
    if unknown or not wanted:
        what = "mention kind" if mentions else "fact type"
        bad = ", ".join(unknown) if unknown else repr(raw)
        raise UsageError(f"--types: unknown {what}: {bad} (choose from {', '.join(sorted(valid))})")
    return frozenset(wanted)


class Progress:
    """A tqdm bar on standard error, or nothing; error lines go around the bar."""

    def __init__(self, total: int | None, enabled: bool, *, quiet: bool = False) -> None:
        self.bar: Any = None
        self.quiet = quiet
        if enabled:
            try:  # imported here: ~0.1 s that only a run with a bar pays
                tqdm = importlib.import_module("tqdm").tqdm
            except ImportError:  # the bar is a nicety: run without it
                return
            self.bar = tqdm(
                total=total, unit="doc", file=sys.stderr, delay=0.5, dynamic_ncols=True, smoothing=0.1
            )

    def around_output(self) -> contextlib.AbstractContextManager[object]:
        """Clear the bar while a terminal standard output is written to, then redraw it."""
        if self.bar is not None and sys.stdout.isatty():
            cm: contextlib.AbstractContextManager[object] = self.bar.external_write_mode(file=sys.stdout)
            return cm
        return contextlib.nullcontext()

    def update(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def error(self, message: str) -> None:
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _doc_info(job: Job, origin: Origin) -> DocInfo:
    return DocInfo(job.id, job.reference_date, job.title, job.source or origin.source)


def _load_gazetteer(path: str | None) -> Any:
    if path is None:
        return None
    from ._gazetteer import Gazetteer

    try:
        return Gazetteer.from_file(path)
    except ValueError as exc:
        raise UsageError(f"--gazetteer: {exc}") from None


def run_extract(args: argparse.Namespace) -> int:
    """Run ``bizfacts extract``; return the exit status (UsageError for a usage error)."""
    types = parse_types(args.types, args.mentions)
    inputs: list[str] = list(args.inputs)
    jsonl: list[str] = list(args.jsonl)
    if not inputs and not jsonl:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input: give FILE, DIR, - (standard input) or --jsonl FILE")
        inputs = ["-"]
    if inputs.count("-") + jsonl.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    if args.output is not None and args.format is not None:
        raise UsageError("--format and --output cannot be combined: the suffix of --output picks the format")
    if jsonl:
        try:
            check_encoding(args.encoding, lines=True)
        except ValueError as exc:
            raise UsageError(f"--encoding: {exc}") from None
    gazetteer = _load_gazetteer(args.gazetteer)
    fields = Fields(text=args.text_field, id=args.id_field, date=args.date_field)
    files = expand(inputs)
    with_source = bool(jsonl) or len(files) > 1
    output: Output | None = None
    if args.output is not None:
        try:
            output = open_output(args.output, mentions=args.mentions, with_source=with_source)
        except ValueError as exc:
            raise UsageError(f"--output: {exc}") from None
    show_bar = not args.no_progress and not args.quiet and sys.stderr.isatty()
    total = None
    if show_bar:
        records = count_records(jsonl)
        total = None if records is None else len(files) + records
    skipped = 0

    def jobs() -> Iterator[Job]:
        nonlocal skipped
        stream = _chain(
            text_jobs(files, args.reference_date, 0, args.encoding),
            jsonl_jobs(jsonl, args.reference_date, len(files), fields, args.encoding),
        )
        for job in stream:
            if output is not None and job.error is None and output.stored(job.id):
                skipped += 1  # a rerun into a store: this document is there already
                continue
            yield job

    mode: Mode = "mentions" if args.mentions else "facts"
    writer: Writer | None = None
    if output is None:
        fmt = args.format or ("table" if sys.stdout.isatty() else "jsonl")
        if isinstance(sys.stdout, io.TextIOWrapper):  # an ASCII-only terminal gets escapes, not a traceback
            sys.stdout.reconfigure(errors="backslashreplace")
        writer = Writer(fmt, sys.stdout, mentions=args.mentions, with_source=with_source)
    progress = Progress(total, show_bar, quiet=args.quiet)
    failed = processed = 0
    results = run_jobs(jobs(), mode=mode, workers=args.workers, gazetteer=gazetteer)
    finished = False
    try:
        if writer is not None:
            writer.begin()
        for job, (items, error) in results:
            processed += 1
            origin = job.origin if isinstance(job.origin, Origin) else Origin(job.id)
            if error is not None:
                failed += 1
                progress.error(f"{PROG}: error: {origin.where}: {error}")
            else:
                kept = [i for i in items if types is None or item_type(i, args.mentions) in types]
                if output is not None:
                    output.write(_doc_info(job, origin), kept, origin)
                else:
                    assert writer is not None
                    with progress.around_output():
                        writer.document(origin, _doc_info(job, origin), kept)
            progress.update()
        if output is not None:
            output.close()
        else:
            sys.stdout.flush()
        finished = True
    finally:
        results.close()
        progress.close()
        if output is not None and not finished:
            output.abort()
    if skipped:
        log.info("%d documents skipped: already in %s", skipped, args.output)
    log.info("%d documents processed, %d failed", processed, failed)
    if failed:
        print(f"{PROG}: {failed} of {processed} documents failed", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _chain(*streams: Iterator[Job]) -> Iterator[Job]:
    for stream in streams:
        yield from stream


__all__ = ["EXIT_FAILED", "EXIT_OK", "OutputError", "Progress", "UsageError", "parse_types", "run_extract"]
