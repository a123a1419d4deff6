"""``bizfacts explain FILE``: the command line of :func:`bizfacts.explain`.

:func:`add_explain_parser` adds the subcommand to the ``bizfacts`` parser and
:func:`run_explain` runs it.  Exit status: 0 done, 1 the file cannot be read or is not
UTF-8, 2 a usage error (bad ``--reference-date``, ``--sentence`` past the last sentence).
Every error is one line on standard error.  See docs/explain.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import sys
from pathlib import Path
from typing import Any, NoReturn

PROG = "bizfacts explain"
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date(value: str) -> dt.date:
    if _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"bad date {value!r} (expected YYYY-MM-DD)")


def _sentence_number(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"sentences count from 1, got {n}")
    return n


def add_explain_parser(commands: Any) -> argparse.ArgumentParser:
    """Add ``explain`` to the subcommands ``commands`` (from ``add_subparsers``)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "explain",
        help="show, sentence by sentence, why facts were found or not",
        description="Show per sentence the mentions, the cascade's tags, chunks and predications, "
        "the facts each gave or why it gave none, and the facts of the readers beside the cascade. "
        "See docs/explain.md.",
    )
    parser.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for standard input")
    parser.add_argument(
        "--reference-date", type=_date, metavar="YYYY-MM-DD", help="anchor for relative dates"
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--sentence", type=_sentence_number, metavar="N", help="only sentence N (counting from 1)"
    )
    parser.error = _one_line_error  # type: ignore[method-assign]
    return parser


def _one_line_error(message: str) -> NoReturn:
    """argparse's usage errors as one line on standard error, exit status 2."""
    print(f"{PROG}: error: {message} (see {PROG} --help)", file=sys.stderr)
    sys.exit(EXIT_USAGE)


def _read(name: str) -> str:
    """The text of ``name`` (- is standard input); OSError or ValueError with a readable message."""
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not UTF-8 text: undecodable byte 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from None


def run_explain(args: argparse.Namespace) -> int:
    """Run ``bizfacts explain`` with parsed ``args``; return the exit status."""
    from .explanation import explain

    source = "<stdin>" if args.file == "-" else args.file
    try:
        text = _read(args.file)
    except OSError as exc:
        print(f"{PROG}: error: {source}: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    except ValueError as exc:
        print(f"{PROG}: error: {source}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    result = explain(text, reference_date=args.reference_date)
    if args.sentence is not None:
        try:
            result = result.sentence(args.sentence)
        except IndexError as exc:
            print(f"{PROG}: error: --sentence {args.sentence}: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if isinstance(sys.stdout, io.TextIOWrapper):  # an ASCII-only terminal gets escapes, not a traceback
        sys.stdout.reconfigure(errors="backslashreplace")
    if args.format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(str(result))
    sys.stdout.flush()
    return EXIT_OK
