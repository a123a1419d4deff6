"""Time extract_facts (or its assembler alone) of two source trees against each other.

    python benchmarks/bench_facts.py --sample 2000 --compare OLD_SRC NEW_SRC
    python benchmarks/bench_facts.py --sample 2000 --compare OLD_SRC NEW_SRC --part assemble

Each tree runs in its own process; the corpus is cut into chunks of 100 documents and every
chunk is timed ``--repeat`` times in each process, alternately, so that both trees meet the
same machine load; the fastest CPU time (``time.process_time``) of each chunk is kept and
summed.  On a shared machine this is far steadier than two separate runs (the method of
``bench_dates.py --compare``).  Every document is run once before timing (patterns compiled,
caches filled): the figures are the steady state, not the first call.

``--part assemble`` times only :func:`bizfacts.facts.assembler.assemble`, the document's
mentions found beforehand (outside the timing) by ``find_mentions``: the fact assembler's
own cost.  ``--part facts`` (the default) times the whole of ``extract_facts``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import alternating  # benchmarks/alternating.py, beside this script

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "reuters21578_business.jsonl"
)
CHUNK = 100  # documents per timed chunk


def _load(corpus: Path, sample: int) -> list[tuple[str, dt.date]]:
    records = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            records.append((r["text"], dt.date.fromisoformat(r["date"])))
            if sample and len(records) >= sample:
                break
    return records


def _jobs(src: Path, part: str, records: list[tuple[str, dt.date]]) -> list[Callable[[], Any]]:
    """One call per document: what is timed."""
    sys.path.insert(0, str(src))
    import bizfacts

    if not bizfacts.__file__ or not Path(bizfacts.__file__).resolve().is_relative_to(src.resolve()):
        raise SystemExit(f"bench_facts: bizfacts imported from {bizfacts.__file__}, not from {src}")
    if part == "facts":
        return [lambda t=text, r=ref: bizfacts.extract_facts(t, reference_date=r) for text, ref in records]
    from bizfacts.facts.assembler import assemble
    from bizfacts.facts.mentions import find_mentions

    found = [(text, find_mentions(text, ref)) for text, ref in records]
    return [lambda t=text, m=mentions: assemble(t, m) for text, mentions in found]


def _worker(args: argparse.Namespace) -> int:
    """One side of --compare: time each chunk when the parent says which."""
    jobs = _jobs(args.src, args.part, _load(args.corpus, args.sample))
    chunks = [jobs[i : i + CHUNK] for i in range(0, len(jobs), CHUNK)]
    for job in jobs:  # warm up: patterns compiled, caches filled
        job()

    def run(request: str) -> None:
        for job in chunks[int(request)]:
            job()

    return alternating.serve(run)


def _compare(args: argparse.Namespace) -> int:
    records = _load(args.corpus, args.sample)
    chars = sum(len(t) for t, _ in records)
    n_chunks = (len(records) + CHUNK - 1) // CHUNK
    commands = [
        [
            sys.executable, __file__, "--worker", "--src", str(src), "--part", args.part,
            "--corpus", str(args.corpus), "--sample", str(len(records)),
        ]
        for src in args.compare
    ]
    bests = alternating.measure(commands, "bench_facts", [str(c) for c in range(n_chunks)], args.repeat)
    if bests is None:
        return 2
    totals = [sum(b[0] for b in bests), sum(b[1] for b in bests)]
    old, new = (t / chars * 1e9 for t in totals)
    what = "extract_facts" if args.part == "facts" else "assemble (mentions found beforehand)"
    print(
        f"corpus:  {args.corpus.name}: {len(records)} documents, {chars:,} characters, "
        f"{n_chunks} chunks of {CHUNK}, fastest of {max(1, args.repeat)} alternating passes each"
    )
    print(f"timed:   {what}")
    print(f"old:     {old:7.1f} ns of CPU per character, {1e9 / old:,.0f} chars/s  ({args.compare[0]})")
    print(f"new:     {new:7.1f} ns of CPU per character, {1e9 / new:,.0f} chars/s  ({args.compare[1]})")
    print(f"old/new: {old / new:.3f} (the speed-up)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=2000, help="use only the first N records (0: all)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per chunk; the best one counts")
    parser.add_argument("--part", choices=("facts", "assemble"), default="facts", help="what to time")
    parser.add_argument(
        "--compare",
        type=Path,
        nargs=2,
        metavar=("OLD_SRC", "NEW_SRC"),
        help="the two src/ directories to measure",
    )
    parser.add_argument("--src", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"bench_facts: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    if args.worker:
        return _worker(args)
    if not args.compare:
        parser.error("--compare OLD_SRC NEW_SRC is required")
    return _compare(args)


if __name__ == "__main__":
    sys.exit(main())
