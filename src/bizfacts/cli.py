"""The ``bizfacts`` command line: ``bizfacts extract [FILE|DIR|- ...]``, ``bizfacts render FILE``.

Exit status: 0 when every document was processed, 1 when at least one document
failed (each failure is one line on standard error and the run goes on), 2 for a
usage error, 130 when interrupted (Ctrl-C), 141 when standard output was closed
early (``bizfacts extract ... | head``).  See docs/cli.md.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import importlib
import io
import json
import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, TextIO

import attrs

from ._fact_types import FACT_CLASSES
from ._spans import CompanyMention, DateMention, MoneyMention, PercentMention, Span, UserCountMention
from ._version import __version__
from .batch import Job, Mode, fact_columns, flatten_fact, parse_date, run_jobs

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

PROG = "bizfacts"
STDIN = "<stdin>"

MENTION_KINDS: dict[type[Span], str] = {
    MoneyMention: "money",
    PercentMention: "percentage",
    UserCountMention: "user_count",
    DateMention: "date",
    CompanyMention: "company",
}

EPILOG = """\
examples:
  bizfacts extract article.txt                 facts of one file, as a table on a terminal
  bizfacts extract news/ --format jsonl        every *.txt below news/, one JSON object per fact
  cat article.txt | bizfacts extract - --reference-date 2013-05-01
  bizfacts extract --jsonl corpus.jsonl --workers 2 --format csv > facts.csv
  bizfacts extract --jsonl corpus.jsonl --types acquisition,user_count --format json
  bizfacts extract article.txt --mentions      what each extractor found, with its "kind"

--jsonl reads one record a line: {"id": ..., "text": ..., "date": "YYYY-MM-DD"}; a
record's "date" is its reference date, --reference-date the default for the rest.

output formats (default: table on a terminal, jsonl otherwise):
  table   a readable table: type, key roles, confidence, evidence cut short
  json    one JSON array per document, on one line each
  jsonl   one JSON object per fact (or mention)
  csv     one row per fact with the roles flattened into columns, after a header
With several documents (or --jsonl), every fact carries "source" (the file) and, for
--jsonl records, "id".

exit status: 0 all documents processed; 1 some documents failed (one line each on
standard error, the others still processed); 2 usage error; 130 interrupted;
141 standard output closed early.
"""


class UsageError(Exception):
    """A mistake in the command line itself (exit status 2)."""


@attrs.frozen
class Origin:
    """Where a document came from: shown in error lines and carried into output rows."""

    source: str
    record_id: str | None = None
    line: int | None = None

    @property
    def where(self) -> str:
        place = self.source if self.line is None else f"{self.source}:{self.line}"
        return place if self.record_id is None else f"{place} (id {self.record_id})"


# ---------------------------------------------------------------------- arguments


def _date_arg(value: str) -> dt.date:
    try:
        date = parse_date(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    assert date is not None
    return date


def _workers_arg(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``bizfacts`` command."""
    parser = argparse.ArgumentParser(
        prog=PROG, description="Extract typed business facts from English news text."
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    extract = commands.add_parser(
        "extract",
        help="extract facts (or mentions) from files, directories, standard input or JSONL records",
        description="Extract facts from files, directories (every *.txt below them),\n"
        "standard input (-) and JSONL records (--jsonl), and print them.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument(
        "inputs", nargs="*", metavar="FILE|DIR|-", help="text files, directories, or - for standard input"
    )
    extract.add_argument(
        "--jsonl",
        action="append",
        default=[],
        metavar="FILE",
        help='read records {"id", "text", "date"}, one JSON object a line (- for standard input); repeatable',
    )
    extract.add_argument(
        "--format",
        choices=("table", "json", "jsonl", "csv"),
        help="output format (default: table when standard output is a terminal, else jsonl)",
    )
    extract.add_argument(
        "--types", metavar="TYPE,...", help="only these fact types (with --mentions: mention kinds)"
    )
    extract.add_argument(
        "--mentions",
        action="store_true",
        help="print the mentions facts are read from (money, percentage, user_count, date, company)",
    )
    extract.add_argument(
        "--reference-date",
        type=_date_arg,
        metavar="YYYY-MM-DD",
        help='anchor for relative dates (JSONL records use their own "date" when they have one)',
    )
    extract.add_argument(
        "--workers",
        type=_workers_arg,
        default=1,
        metavar="N",
        help="run documents in N processes; output order stays the input order (default: 1)",
    )
    extract.add_argument(
        "--no-progress", action="store_true", help="never show the progress bar on standard error"
    )
    _add_render_parser(commands)
    return parser


def _add_render_parser(commands: Any) -> None:
    render = commands.add_parser(
        "render",
        help="write one HTML page showing a document's mentions and facts",
        description="Write one self-contained HTML page (no network needed to view it) with the\n"
        "text of FILE, every mention highlighted by kind and the facts as cards beside it;\n"
        "hovering or clicking a fact highlights its evidence and role mentions.",
        epilog="example:\n  bizfacts render article.txt --reference-date 2013-05-01 -o view.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    render.add_argument("file", metavar="FILE|-", help="a UTF-8 text file, or - for standard input")
    render.add_argument(
        "--reference-date", type=_date_arg, metavar="YYYY-MM-DD", help="anchor for relative dates"
    )
    render.add_argument(
        "-o", "--output", metavar="OUT.html", help="write the page here (default: standard output)"
    )
    render.add_argument("--title", help="the page's heading (default: the file name)")


def _render(args: argparse.Namespace) -> int:
    """``bizfacts render``: one file in, one HTML page out; a bad file is one error line, exit 1."""
    from .htmlview import render_html

    source = STDIN if args.file == "-" else args.file
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
        text = _decode(data)
    except OSError as exc:
        print(f"{PROG} render: {source}: {_read_error(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except ValueError as exc:
        print(f"{PROG} render: {source}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    title = args.title if args.title is not None else Path(source).name
    page = render_html(text, reference_date=args.reference_date, title=title)
    if args.output is None:
        sys.stdout.write(page)
        return EXIT_OK
    try:
        Path(args.output).write_text(page, encoding="utf-8")
    except OSError as exc:
        print(f"{PROG} render: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _parse_types(raw: str | None, mentions: bool) -> frozenset[str] | None:
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


# ------------------------------------------------------------------------ reading


def _decode(data: bytes) -> str:
    """UTF-8 text (a leading byte-order mark dropped) or ValueError naming the bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not UTF-8 text: undecodable byte 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from None


def _read_error(exc: OSError) -> str:
    return f"cannot read: {exc.strerror or exc}"


def _expand(inputs: Sequence[str]) -> list[tuple[str, str | None]]:
    """Each input as (name, error): directories become their *.txt files, sorted."""
    out: list[tuple[str, str | None]] = []
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(str(p) for p in path.rglob("*.txt") if p.is_file())
            out.extend((p, None) for p in found)
            if not found:
                out.append((name, "no *.txt files in this directory"))
        else:
            out.append((name, None))
    return out


def _text_jobs(
    files: list[tuple[str, str | None]], reference_date: dt.date | None, start: int
) -> Iterator[Job]:
    for offset, (name, error) in enumerate(files):
        index = start + offset
        source = STDIN if name == "-" else name
        origin = Origin(source)
        if error is not None:
            yield Job(index, source, error=error, origin=origin)
            continue
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            text = _decode(data)
        except OSError as exc:
            yield Job(index, source, error=_read_error(exc), origin=origin)
        except ValueError as exc:
            yield Job(index, source, error=str(exc), origin=origin)
        else:
            yield Job(index, source, text, reference_date, origin=origin)


def _record_job(index: int, source: str, line: int, raw: bytes, reference_date: dt.date | None) -> Job | None:
    origin = Origin(source, line=line)
    try:
        text_line = _decode(raw)
    except ValueError as exc:
        return Job(index, f"{source}:{line}", error=str(exc), origin=origin)
    if not text_line.strip():
        return None
    try:
        record = json.loads(text_line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        return Job(
            index,
            f"{source}:{line}",
            error=f"malformed JSON record: {exc.msg} (column {exc.colno})",
            origin=origin,
        )
    if not isinstance(record, dict):
        kind = type(record).__name__
        return Job(
            index,
            f"{source}:{line}",
            error=f"malformed JSON record: expected an object, got {kind}",
            origin=origin,
        )
    raw_id = record.get("id")
    record_id = None if raw_id is None else str(raw_id)
    doc_id = record_id if record_id is not None else f"{source}:{line}"
    origin = Origin(source, record_id, line)
    text = record.get("text")
    if not isinstance(text, str):
        what = 'has no "text"' if text is None else f'"text" is {type(text).__name__}, not a string'
        return Job(index, doc_id, error=f"record {what}", origin=origin)
    try:
        date = parse_date(record.get("date"))
    except ValueError as exc:
        return Job(index, doc_id, error=str(exc), origin=origin)
    return Job(index, doc_id, text, date if date is not None else reference_date, origin=origin)


def _jsonl_jobs(names: Sequence[str], reference_date: dt.date | None, start: int) -> Iterator[Job]:
    index = start
    for name in names:
        source = STDIN if name == "-" else name
        try:
            stream: IO[bytes] = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
        except OSError as exc:
            yield Job(index, source, error=_read_error(exc), origin=Origin(source))
            index += 1
            continue
        try:
            line = 0
            while True:
                try:
                    raw = stream.readline()
                except OSError as exc:
                    yield Job(index, source, error=_read_error(exc), origin=Origin(source))
                    index += 1
                    break
                if not raw:
                    break
                line += 1
                job = _record_job(index, source, line, raw, reference_date)
                if job is not None:
                    yield job
                    index += 1
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()


def _count_records(names: Sequence[str]) -> int | None:
    """How many non-blank lines the JSONL inputs have (None when one is standard input)."""
    total = 0
    for name in names:
        if name == "-":
            return None
        try:
            with open(name, "rb") as fh:
                total += sum(1 for raw in fh if raw.strip())
        except OSError:
            total += 1
    return total


# ------------------------------------------------------------------------ writing


def _mention_kind(item: Any) -> str:
    return MENTION_KINDS.get(type(item), type(item).__name__)


def _item_type(item: Any, mentions: bool) -> str:
    return _mention_kind(item) if mentions else str(item.type)


def _json_object(item: Any, origin: Origin, mentions: bool, with_source: bool) -> dict[str, Any]:
    from .serialize import to_dict

    obj: dict[str, Any] = {}
    if with_source:
        obj["source"] = origin.source
        if origin.record_id is not None:
            obj["id"] = origin.record_id
    if mentions:
        obj["kind"] = _mention_kind(item)
        obj.update(_mention_data(item))
    else:
        data = to_dict(item)
        obj["type"] = data.pop("type")
        obj.update(data)
    return obj


def _mention_data(item: Any) -> dict[str, Any]:
    """``to_dict`` of a mention, its own ``kind`` field renamed ``<extractor kind>_kind``.

    "kind" names the extractor in --mentions output; company and date mentions have
    a ``kind`` of their own ("product", "range"), which becomes "company_kind" /
    "date_kind".
    """
    from .serialize import to_dict

    own = f"{_mention_kind(item)}_kind"
    return {(own if key == "kind" else key): value for key, value in to_dict(item).items()}


def _mention_value(item: Any) -> str:
    """A short human reading of a mention's normalized value."""
    from .serialize import date_value

    if isinstance(item, MoneyMention):
        amount = str(item.amount) + ("" if item.amount_high is None else f"-{item.amount_high}")
        return f"{amount} {item.currency}" if item.currency else amount
    if isinstance(item, PercentMention):
        value = str(item.value) + ("" if item.value_high is None else f"-{item.value_high}")
        return value if item.unit == "percent" else f"{value} {item.unit}"
    if isinstance(item, UserCountMention):
        return f"{item.count} {item.metric}"
    if isinstance(item, DateMention):
        iso = date_value(item)
        if isinstance(iso, dict):
            return f"{iso['start'] or '..'}/{iso['end'] or '..'}"
        return iso if iso is not None else "(relative, unresolved)"
    if isinstance(item, CompanyMention):
        return item.name if item.kind == "company" else f"{item.name} ({item.kind})"
    return ""


MENTION_COLUMNS = ["kind", "start", "end", "text", "value", "details"]


def _mention_row(item: Any) -> list[Any]:
    details = {k: v for k, v in _mention_data(item).items() if k not in ("start", "end", "text", "rule")}
    return [
        _mention_kind(item),
        item.start,
        item.end,
        item.text,
        _mention_value(item),
        json.dumps(details, ensure_ascii=False, sort_keys=True),
    ]


def _fact_cells(item: Any) -> list[Any]:
    row = flatten_fact(item)
    return [row.get(column) for column in fact_columns()]


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    if width <= 0:
        return ""
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _roles_text(item: Any) -> str:
    """The fact's stated roles as "role=value, ..." (money as "amount CUR")."""
    row = flatten_fact(item)
    parts = []
    for key, value in row.items():
        if value is None or value == "" or key in _NOT_ROLES or key.endswith(("_currency", "_amount_high")):
            continue
        if key.endswith("_amount"):
            key = key[: -len("_amount")]
            currency = row.get(f"{key}_currency")
            value = f"{value} {currency}" if currency else value
        parts.append(f"{key}={value}")
    return ", ".join(parts)


_NOT_ROLES = frozenset({"type", "confidence", "evidence_start", "evidence_end", "evidence", "rule"})


class Writer:
    """Prints the items of each document in one output format."""

    def __init__(self, fmt: str, out: TextIO, *, mentions: bool, with_source: bool) -> None:
        self.fmt = fmt
        self.out = out
        self.mentions = mentions
        self.with_source = with_source
        self.started = False
        self.csv: Any = None
        self.width = shutil.get_terminal_size((120, 24)).columns

    def _start(self) -> None:
        self.started = True
        if self.fmt == "csv":
            self.csv = csv.writer(self.out, lineterminator="\n")
            head = ["source", "id"] if self.with_source else []
            self.csv.writerow(head + (MENTION_COLUMNS if self.mentions else fact_columns()))
        elif self.fmt == "table":
            head = ["SOURCE"] if self.with_source else []
            head += ["KIND", "TEXT", "VALUE"] if self.mentions else ["TYPE", "CONF", "ROLES", "EVIDENCE"]
            self.out.write(self._table_line(head))

    def begin(self) -> None:
        """Write what comes before any document (the CSV header, the table header)."""
        if not self.started:
            self._start()

    def document(self, origin: Origin, items: Sequence[Any]) -> None:
        """Write the items found in one document."""
        self.begin()
        if self.fmt == "json":
            objs = [_json_object(i, origin, self.mentions, self.with_source) for i in items]
            self.out.write(json.dumps(objs, ensure_ascii=False) + "\n")
        elif self.fmt == "jsonl":
            for i in items:
                obj = _json_object(i, origin, self.mentions, self.with_source)
                self.out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            head = [origin.source, origin.record_id or ""] if self.with_source else []
            for i in items:
                self.csv.writerow(head + (_mention_row(i) if self.mentions else _fact_cells(i)))
        else:
            head = [origin.record_id or origin.source] if self.with_source else []
            for i in items:
                if self.mentions:
                    cells = [_mention_kind(i), i.text, _mention_value(i)]
                else:
                    cells = [i.type, f"{i.confidence:.2f}", _roles_text(i), i.evidence.text]
                self.out.write(self._table_line(head + cells))

    def _widths(self) -> list[int]:
        """Column widths of the table; the last column takes what is left."""
        fixed = [22] if self.with_source else []
        fixed += [10, 30] if self.mentions else [16, 4]
        rest = max(self.width - 1, 60) - sum(w + 1 for w in fixed)
        if self.mentions:
            return [*fixed, rest]
        roles = rest * 11 // 20
        return [*fixed, roles, rest - roles - 1]

    def _table_line(self, cells: list[str]) -> str:
        widths = self._widths()
        parts = [f"{_short(c, w):<{w}}" for c, w in zip(cells, widths, strict=True)]
        return " ".join(parts).rstrip() + "\n"


# --------------------------------------------------------------------------- main


class _Progress:
    """A tqdm bar on standard error, or nothing; error lines go around the bar."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.bar: Any = None
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
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _extract(args: argparse.Namespace) -> int:
    types = _parse_types(args.types, args.mentions)
    inputs: list[str] = list(args.inputs)
    jsonl: list[str] = list(args.jsonl)
    if not inputs and not jsonl:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input: give FILE, DIR, - (standard input) or --jsonl FILE")
        inputs = ["-"]
    if inputs.count("-") + jsonl.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    files = _expand(inputs)
    with_source = bool(jsonl) or len(files) > 1
    fmt = args.format or ("table" if sys.stdout.isatty() else "jsonl")
    show_bar = not args.no_progress and sys.stderr.isatty()
    total = None
    if show_bar:
        records = _count_records(jsonl)
        total = None if records is None else len(files) + records

    def jobs() -> Iterator[Job]:
        yield from _text_jobs(files, args.reference_date, 0)
        yield from _jsonl_jobs(jsonl, args.reference_date, len(files))

    mode: Mode = "mentions" if args.mentions else "facts"
    if isinstance(sys.stdout, io.TextIOWrapper):  # an ASCII-only terminal gets escapes, not a traceback
        sys.stdout.reconfigure(errors="backslashreplace")
    writer = Writer(fmt, sys.stdout, mentions=args.mentions, with_source=with_source)
    progress = _Progress(total, show_bar)
    failed = processed = 0
    results = run_jobs(jobs(), mode=mode, workers=args.workers)
    try:
        writer.begin()
        for job, (items, error) in results:
            processed += 1
            origin = job.origin if isinstance(job.origin, Origin) else Origin(job.id)
            if error is not None:
                failed += 1
                progress.error(f"{PROG}: error: {origin.where}: {error}")
            else:
                kept = [i for i in items if types is None or _item_type(i, args.mentions) in types]
                with progress.around_output():
                    writer.document(origin, kept)
            progress.update()
        sys.stdout.flush()
    finally:
        results.close()
        progress.close()
    if failed:
        print(f"{PROG}: {failed} of {processed} documents failed", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``bizfacts`` command line; return the exit status.

    >>> main(["--version"])  # doctest: +SKIP
    bizfacts 0.1.0
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        if args.command == "render":
            return _render(args)
        try:
            return _extract(args)
        except UsageError as exc:
            parser.exit(EXIT_USAGE, f"{PROG} extract: error: {exc}\n")
    except SystemExit as exc:  # argparse: --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Nothing more can be written; keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except BrokenProcessPool:
        print(
            f"{PROG}: error: a worker process died; run again with --workers 1 to find the document",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
