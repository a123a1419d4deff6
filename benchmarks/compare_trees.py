"""Per-character speed of public extractors in two source trees, measured side by side.

    python benchmarks/compare_trees.py OLD_SRC NEW_SRC --functions extract_money,extract_places
        [--corpus PATH] [--sample 1500] [--repeat 8]

Each tree runs in its own worker process.  The corpus is cut into chunks of 100
documents; every chunk is timed ``--repeat`` times in each process for each function,
the two trees alternating, so that both meet the same machine load.  The fastest CPU
time (``time.process_time``) of each chunk is kept and summed.  On a shared machine this
is far steadier than two separate runs.  ``extract_dates`` and ``extract_facts`` get
each record's "date" as ``reference_date``.  Asserts nothing: it is a report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import alternating  # benchmarks/alternating.py, beside this script

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "reuters21578_business.jsonl"
)
CHUNK = 100  # documents per timed chunk
TAKES_REFERENCE_DATE = frozenset({"extract_dates", "extract_facts"})
DEFAULT_FUNCTIONS = "extract_money,extract_percentages,extract_user_counts,extract_dates,extract_places"


def _load(corpus: Path, sample: int) -> list[tuple[str, dt.date | None]]:
    records: list[tuple[str, dt.date | None]] = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            date = r.get("date")
            records.append((r.get("text") or "", dt.date.fromisoformat(date[:10]) if date else None))
            if sample and len(records) >= sample:
                break
    return records


def _worker(args: argparse.Namespace) -> int:
    """One side: time one function on one chunk each time the parent asks."""
    sys.path.insert(0, str(args.src))
    import bizfacts

    records = _load(args.corpus, args.sample)
    chunks = [records[i : i + CHUNK] for i in range(0, len(records), CHUNK)]
    calls: dict[str, Any] = {}
    for name in args.functions.split(","):
        function = getattr(bizfacts, name)
        calls[name] = (function, name in TAKES_REFERENCE_DATE)
        for text, ref in records[:CHUNK]:  # warm up: word lists loaded, patterns compiled
            function(text, reference_date=ref) if name in TAKES_REFERENCE_DATE else function(text)

    def run(request: str) -> None:
        name, index = request.split()
        function, dated = calls[name]
        if dated:
            for text, ref in chunks[int(index)]:
                function(text, reference_date=ref)
        else:
            for text, _ in chunks[int(index)]:
                function(text)

    return alternating.serve(run)


def _compare(args: argparse.Namespace) -> int:
    records = _load(args.corpus, args.sample)
    chars = sum(len(t) for t, _ in records)
    n_chunks = (len(records) + CHUNK - 1) // CHUNK
    functions = args.functions.split(",")
    commands = [
        [
            sys.executable, __file__, "--worker", "--src", str(src), "--corpus", str(args.corpus),
            "--sample", str(args.sample), "--functions", args.functions, "x", "x",
        ]
        for src in (args.old, args.new)
    ]
    requests = [(name, f"{name} {chunk}") for chunk in range(n_chunks) for name in functions]
    bests = alternating.measure(commands, "compare_trees", [r for _, r in requests], args.repeat)
    if bests is None:
        return 2
    totals = {name: [0.0, 0.0] for name in functions}
    for (name, _), best in zip(requests, bests, strict=True):
        totals[name][0] += best[0]
        totals[name][1] += best[1]
    print(
        f"corpus: {args.corpus.name}: {len(records)} documents, {chars:,} characters, "
        f"{n_chunks} chunks of {CHUNK}, fastest of {max(1, args.repeat)} alternating passes each"
    )
    print(f"old: {args.old}\nnew: {args.new}\n")
    print("| function | old ns/char | new ns/char | new/old |")
    print("|---|---|---|---|")
    for name in functions:
        old, new = (t / chars * 1e9 for t in totals[name])
        print(f"| {name} | {old:.1f} | {new:.1f} | {new / old:.3f} |")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("old", type=Path, help="the src/ directory to compare against")
    parser.add_argument("new", type=Path, help="the src/ directory under test")
    parser.add_argument("--functions", default=DEFAULT_FUNCTIONS, help="comma-separated public functions")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=1500, help="use only the first N records (0: all)")
    parser.add_argument("--repeat", type=int, default=4, help="alternating passes per chunk (best kept)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--src", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"compare_trees: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    return _worker(args) if args.worker else _compare(args)


if __name__ == "__main__":
    sys.exit(main())
