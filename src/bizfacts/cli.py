"""The ``bizfacts`` command line: ``bizfacts extract [FILE|DIR|- ...] [--jsonl FILE]``.

Exit status: 0 when every document was processed, 1 when at least one document
failed (each failure is one line on standard error and the run goes on) or the
output cannot be written, 2 for a usage error, 130 when interrupted (Ctrl-C), 141
when standard output was closed early (``bizfacts extract ... | head``).  See
docs/cli.md.  The work is done in :mod:`bizfacts._cli_extract` (running),
:mod:`bizfacts.readers` (inputs), :mod:`bizfacts._formats` (standard output) and
:mod:`bizfacts.writers` (``--output``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool

from ._cli_extract import EXIT_FAILED, EXIT_OK, PROG, UsageError, run_extract
from ._formats import FORMATS, MENTION_KINDS
from ._version import __version__
from .cli_explain import add_explain_parser, run_explain
from .cli_render import add_render_parser, run_render
from .readers import check_encoding
from .records import EXPECTED, parse_date
from .writers import SUFFIXES, OutputError

__all__ = ["EXIT_FAILED", "EXIT_OK", "MENTION_KINDS", "build_parser", "main"]

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

EPILOG = """\
examples:
  bizfacts extract article.txt                 facts of one file, as a table on a terminal
  bizfacts extract news/ --format jsonl        every *.txt below news/, one JSON object per fact
  cat article.txt | bizfacts extract - --reference-date 2013-05-01
  bizfacts extract --jsonl corpus.jsonl --workers 2 --format csv > facts.csv
  bizfacts extract --jsonl corpus.jsonl --types acquisition,user_count --format json
  bizfacts extract --jsonl feed.jsonl.gz --text-field body --date-field published
  bizfacts extract --jsonl corpus.jsonl --output facts.sqlite     (run again to resume)
  bizfacts extract article.txt --mentions      what each extractor found, with its "kind"

--jsonl reads one record a line: {"id": ..., "text": ..., "date": ...} (other key
names with --text-field, --id-field, --date-field), plain or gzip/bzip2/xz
compressed; a record's date (YYYY-MM-DD, an ISO datetime or an RFC 2822 date) is its
reference date, --reference-date the default for the rest.

output formats (default: table on a terminal, jsonl otherwise):
  table   a readable table: type, key roles, confidence, evidence cut short
  json    one JSON array per document, on one line each
  jsonl   one JSON object per fact (or mention)
  csv     one row per fact in the columns of bizfacts.FACT_COLUMNS, after a header
With several documents (or --jsonl), every fact carries "source" (the file) and, for
--jsonl records, "id".  --output PATH writes to a file or store instead, the suffix
choosing the format: .jsonl .csv .parquet .sqlite/.db .duckdb.

exit status: 0 all documents processed; 1 some documents failed (one line each on
standard error, the others still processed) or the output cannot be written;
2 usage error; 130 interrupted; 141 standard output closed early.
"""


# ---------------------------------------------------------------------- arguments


def _date_arg(value: str) -> dt.date:
    try:
        date = parse_date(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if date is None:  # pragma: no cover - parse_date gives None only for None
        raise argparse.ArgumentTypeError(f"bad date (expected {EXPECTED})")
    return date


def _workers_arg(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def _encoding_arg(value: str) -> str:
    try:
        return check_encoding(value, lines=False)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _field_arg(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("a field name cannot be empty")
    return value


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
        "standard input (-) and JSONL records (--jsonl), and print or store them.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add = extract.add_argument
    add("inputs", nargs="*", metavar="FILE|DIR|-", help="text files, directories, or - for standard input")
    add(
        "--jsonl",
        action="append",
        default=[],
        metavar="FILE",
        help="read records, one JSON object a line (- for standard input; .gz/.bz2/.xz too); repeatable",
    )
    add(
        "--text-field", type=_field_arg, default="text", metavar="KEY", help='record key of the text ("text")'
    )
    add("--id-field", type=_field_arg, default="id", metavar="KEY", help='record key of the id ("id")')
    add(
        "--date-field", type=_field_arg, default="date", metavar="KEY", help='record key of the date ("date")'
    )
    add(
        "--encoding",
        type=_encoding_arg,
        default="utf-8",
        metavar="NAME",
        help="encoding of text files and JSONL, e.g. cp1252, latin-1 (default: utf-8)",
    )
    add(
        "--format",
        choices=FORMATS,
        help="output format (default: table when standard output is a terminal, else jsonl)",
    )
    add(
        "--output",
        "-o",
        metavar="PATH",
        help=f"write to PATH instead of standard output; its suffix picks the format ({' '.join(SUFFIXES)})",
    )
    add("--types", metavar="TYPE,...", help="only these fact types (with --mentions: mention kinds)")
    add(
        "--mentions",
        action="store_true",
        help="print the mentions facts are read from "
        "(money, percentage, user_count, date, company, person, place)",
    )
    add(
        "--reference-date",
        type=_date_arg,
        metavar="YYYY-MM-DD",
        help="anchor for relative dates (JSONL records use their own date when they have one)",
    )
    add(
        "--gazetteer",
        metavar="FILE",
        help="a CSV/TSV list of companies to know (columns name,kind,owner,aliases)",
    )
    add(
        "--workers",
        type=_workers_arg,
        default=1,
        metavar="N",
        help="run documents in N processes; output order stays the input order (default: 1)",
    )
    add("--no-progress", action="store_true", help="never show the progress bar on standard error")
    loud = extract.add_mutually_exclusive_group()
    loud.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="log what the run does on standard error (-vv: more)",
    )
    loud.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no per-document error lines"
    )
    add_explain_parser(commands)
    add_render_parser(commands)
    return parser


@contextlib.contextmanager
def _logging_to_stderr(verbose: int) -> Iterator[None]:
    """-v: INFO, -vv: DEBUG of the ``bizfacts`` logger on standard error, for this run only."""
    if not verbose:
        yield
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"{PROG}: %(levelname)s: %(message)s"))
    logger = logging.getLogger("bizfacts")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO if verbose == 1 else logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


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
        if args.command == "explain":  # (explain and render have no -v: their own one-line errors)
            return run_explain(args)
        if args.command == "render":
            return run_render(args)
        try:
            with _logging_to_stderr(args.verbose):
                return run_extract(args)
        except UsageError as exc:
            parser.exit(EXIT_USAGE, f"{PROG} extract: error: {exc}\n")
    except SystemExit as exc:  # argparse: --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except OutputError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # Nothing more can be written; keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except BrokenProcessPool:  # pragma: no cover - run_jobs replaces a broken pool itself
        print(f"{PROG}: error: a worker process died; run again with --workers 1", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
