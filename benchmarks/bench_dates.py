"""Benchmark ``extract_dates`` on the shared Reuters-21578 business corpus.

Reports dates per second, characters per second, and the fraction of candidates that
reach the dateparser fallback (the rest are resolved by the fast path).  Each record's
"date" is its reference date.  Asserts nothing: it is a report, not a test.

    python benchmarks/bench_dates.py [--corpus PATH] [--sample N] [--repeat K]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from pathlib import Path

from bizfacts.dates import _extract

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "reuters21578_business.jsonl"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=0, help="use only the first N records (0: all)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best one is reported")
    parser.add_argument("--rules", action="store_true", help="also print how often each rule fired")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"bench_dates: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    records = []
    with args.corpus.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            records.append((r["text"], dt.date.fromisoformat(r["date"])))
            if args.sample and len(records) >= args.sample:
                break
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
