"""Benchmark ``extract_dates`` on the shared Reuters-21578 business corpus.

Reports dates per second, characters per second, and the fraction of candidates that
reach the dateparser fallback (the rest are resolved by the fast path).  Each record's
"date" is its reference date.  Asserts nothing: it is a report, not a test.

    python benchmarks/bench_dates.py [--corpus PATH] [--sample N] [--repeat K] [--src DIR]
    python benchmarks/bench_dates.py --sample 1500 --compare OLD_SRC NEW_SRC

``--src DIR`` measures the bizfacts package in DIR (a ``src/`` directory, e.g. a frozen
copy or another checkout) instead of the one on the path.

``--compare OLD NEW`` measures two trees against each other in one run: each runs in its
own process, the corpus is cut into chunks of 100 documents, and every chunk is timed
``--repeat`` times in each process, alternately, so that both trees meet the same
machine load; the fastest CPU time (``time.process_time``) of each chunk is kept and
summed.  On a shared machine this is far steadier than two separate runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import alternating  # benchmarks/alternating.py, beside this script

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "reuters21578_business.jsonl"
)
CHUNK = 100  # documents per timed chunk in --compare


def _load(corpus: Path, sample: int) -> list[tuple[str, dt.date]]:
    records = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            records.append((r["text"], dt.date.fromisoformat(r["date"])))
            if sample and len(records) >= sample:
                break
    return records


def _extractor(src: Path | None) -> Callable[..., Any]:
    if src is not None:
        sys.path.insert(0, str(src))
    from bizfacts.dates import _extract

    return _extract


def _worker(args: argparse.Namespace) -> int:
    """One side of --compare: time each chunk when the parent says "go"."""
    extract = _extractor(args.src)
    records = _load(args.corpus, args.sample)
    chunks = [records[i : i + CHUNK] for i in range(0, len(records), CHUNK)]
    for text, ref in records:  # warm up: patterns compiled, caches filled
        extract(text, ref, False, None)

    def run(request: str) -> None:
        for text, ref in chunks[int(request)]:
            extract(text, ref, False, None)

    return alternating.serve(run)


def _compare(args: argparse.Namespace) -> int:
    records = _load(args.corpus, args.sample)
    chars = sum(len(t) for t, _ in records)
    n_chunks = (len(records) + CHUNK - 1) // CHUNK
    commands = [
        [
            sys.executable, __file__, "--worker", "--src", str(src),
            "--corpus", str(args.corpus), "--sample", str(args.sample),
        ]
        for src in args.compare
    ]
    bests = alternating.measure(commands, "bench_dates", [str(c) for c in range(n_chunks)], args.repeat)
    if bests is None:
        return 2
    totals = [sum(b[0] for b in bests), sum(b[1] for b in bests)]
    old, new = (t / chars * 1e9 for t in totals)
    print(
        f"corpus:  {args.corpus.name}: {len(records)} documents, {chars:,} characters, "
        f"{n_chunks} chunks of {CHUNK}, fastest of {max(1, args.repeat)} alternating passes each"
    )
    print(f"old:     {old:7.1f} ns of CPU per character  ({args.compare[0]})")
    print(f"new:     {new:7.1f} ns of CPU per character  ({args.compare[1]})")
    print(f"new/old: {new / old:.3f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=0, help="use only the first N records (0: all)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best one is reported")
    parser.add_argument("--rules", action="store_true", help="also print how often each rule fired")
    parser.add_argument("--src", type=Path, help="measure the bizfacts package in this src/ directory")
    parser.add_argument(
        "--compare",
        type=Path,
        nargs=2,
        metavar=("OLD_SRC", "NEW_SRC"),
        help="measure two src/ directories against each other",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"bench_dates: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    if args.worker:
        return _worker(args)
    if args.compare:
        return _compare(args)
    _extract = _extractor(args.src)
    records = _load(args.corpus, args.sample)
    chars = sum(len(t) for t, _ in records)

    _extract("warm up: January 15, 2013 and 15.01.2013", dt.date(2013, 5, 1), False, None)
    best = float("inf")
    stats = [0, 0]
    found = 0
    rules: Counter[str] = Counter()
    for k in range(max(1, args.repeat)):
        run_stats = [0, 0]
        run_found = 0
        start = time.perf_counter()
        for text, ref in records:
            mentions = _extract(text, ref, False, run_stats)
            run_found += len(mentions)
            if k == 0 and args.rules:
                rules.update(m.rule for m in mentions)
        elapsed = time.perf_counter() - start
        if elapsed < best:
            best, stats, found = elapsed, run_stats, run_found

    print(f"corpus:      {args.corpus.name}: {len(records)} documents, {chars:,} characters")
    print(f"dates found: {found:,} ({stats[0]:,} candidates after joining)")
    print(f"time:        {best:.2f} s (best of {max(1, args.repeat)})")
    rate = chars / best
    print(f"throughput:  {found / best:,.0f} dates/s, {rate:,.0f} chars/s ({rate / 1e6:.2f} M chars/s)")
    share = stats[1] / stats[0] if stats[0] else 0.0
    print(f"dateparser:  {stats[1]:,} of {stats[0]:,} candidates ({share:.4%}) reached the fallback")
    if args.rules:
        for rule, n in rules.most_common():
            print(f"  {n:7,}  {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
