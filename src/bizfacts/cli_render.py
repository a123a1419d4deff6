"""``bizfacts render``: one document in, one self-contained HTML page of its mentions and facts out.

The subcommand's parser and its run; :mod:`bizfacts.cli` registers both.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from .readers import STDIN, decode
from .records import parse_date

PROG = "bizfacts"
EXIT_OK = 0
EXIT_FAILED = 1


def _date_arg(value: str) -> dt.date:
    try:
        date = parse_date(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if date is None:
        raise argparse.ArgumentTypeError(f"not a date: {value!r}")
    return date


def add_render_parser(commands: Any) -> None:
    """Register ``render`` on the CLI's subcommands."""
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


def run_render(args: argparse.Namespace) -> int:
    """``bizfacts render``: one file in, one HTML page out; a bad file is one error line, exit 1."""
    from .htmlview import render_html

    source = STDIN if args.file == "-" else args.file
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
        text = decode(data)
    except OSError as exc:
        print(f"{PROG} render: {source}: cannot read: {exc.strerror or exc}", file=sys.stderr)
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
