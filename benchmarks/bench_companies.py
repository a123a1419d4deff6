"""Benchmark ``extract_companies``: span precision/recall/F1 on the company corpus and
characters per second on the shared Reuters-21578 business corpus.

Precision/recall count a found mention as right when its span, canonical name and kind
all equal an expected one (exact), and separately when its span overlaps an expected
one with the same name (lenient).  Asserts nothing: it is a report, not a test.

    python benchmarks/bench_companies.py [--corpus PATH] [--sample N] [--repeat K] [--rules] [--src DIR]
    python benchmarks/bench_companies.py --sample 1500 --compare OLD_SRC NEW_SRC

``--src DIR`` measures the bizfacts package in DIR (a ``src/`` directory, e.g. a frozen
copy or another checkout) instead of the one on the path.

``--compare OLD NEW`` measures two trees against each other in one run, without the
scoring: each runs in its own process, the corpus is cut into chunks of 100 documents,
and every chunk is timed ``--repeat`` times in each process, alternately, so that both
trees meet the same machine load; the fastest CPU time (``time.process_time``) of each
chunk is kept and summed.  On a shared machine this is far steadier than two separate
runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import alternating  # benchmarks/alternating.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578_business.jsonl"
CASES = ROOT / "tests" / "corpus" / "companies"
CHUNK = 100  # documents per timed chunk in --compare


def _extractor(src: Path | None) -> Callable[[str], Sequence[Any]]:
    """extract_companies of the package in ``src`` (or the one on the path)."""
    if src is not None:
        sys.path.insert(0, str(src))
    from bizfacts import extract_companies

    return extract_companies


def _load(corpus: Path, sample: int) -> list[str]:
    texts = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            if sample and len(texts) >= sample:
                break
    return texts


def _worker(args: argparse.Namespace) -> int:
    """One side of --compare: time each chunk when the parent says which."""
    extract = _extractor(args.src)
    texts = _load(args.corpus, args.sample)
    chunks = [texts[i : i + CHUNK] for i in range(0, len(texts), CHUNK)]
    for text in texts:  # warm up: data loaded, patterns compiled, caches filled
        extract(text)

    def run(request: str) -> None:
        for text in chunks[int(request)]:
            extract(text)

    return alternating.serve(run)


def _compare(args: argparse.Namespace) -> int:
    texts = _load(args.corpus, args.sample)
    chars = sum(len(t) for t in texts)
    n_chunks = (len(texts) + CHUNK - 1) // CHUNK
    commands = [
        [
            sys.executable, __file__, "--worker", "--src", str(src),
            "--corpus", str(args.corpus), "--sample", str(args.sample),
        ]
        for src in args.compare
    ]
    bests = alternating.measure(commands, "bench_companies", [str(c) for c in range(n_chunks)], args.repeat)
    if bests is None:
        return 2
    totals = [sum(b[0] for b in bests), sum(b[1] for b in bests)]
    ratios = [b[1] / b[0] for b in bests if b[0] > 0]
    old, new = (t / chars * 1e9 for t in totals)
    ratios.sort()
    print(
        f"corpus:  {args.corpus.name}: {len(texts)} documents, {chars:,} characters, "
        f"{n_chunks} chunks of {CHUNK}, fastest of {max(1, args.repeat)} alternating passes each"
    )
    print(f"old:     {old:7.1f} ns of CPU per character  ({args.compare[0]})")
    print(f"new:     {new:7.1f} ns of CPU per character  ({args.compare[1]})")
    print(f"new/old: {new / old:.3f}")
    if ratios:
        low, median, high = ratios[0], ratios[len(ratios) // 2], ratios[-1]
        print(f"per chunk new/old: median {median:.3f}, range {low:.3f}-{high:.3f}")
    return 0


def score(
    cases: list[dict[str, object]], extract_companies: Callable[[str], Sequence[Any]]
) -> dict[str, tuple[int, int, int]]:
    """(true positives, false positives, false negatives) for "exact" and "lenient"."""
    out: dict[str, tuple[int, int, int]] = {}
    for mode in ("exact", "lenient"):
        tp = fp = fn = 0
        for case in cases:
            want = list(case["expect"])  # type: ignore[call-overload]
            got = extract_companies(str(case["text"]))
            used: set[int] = set()
            for m in got:
                for k, e in enumerate(want):
                    if k in used:
                        continue
                    if mode == "exact":
                        ok = (e["start"], e["end"], e["name"], e["kind"]) == (m.start, m.end, m.name, m.kind)
                    else:
                        ok = e["start"] < m.end and m.start < e["end"] and e["name"] == m.name
                    if ok:
                        used.add(k)
                        break
                else:
                    fp += 1
            tp += len(used)
            fn += len(want) - len(used)
        out[mode] = (tp, fp, fn)
    return out


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})"


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
        help="measure two src/ directories against each other (speed only)",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if (args.worker or args.compare) and not args.corpus.is_file():
        print(f"bench_companies: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    if args.worker:
        return _worker(args)
    if args.compare:
        return _compare(args)

    extract_companies = _extractor(args.src)
    start = time.perf_counter()
    extract_companies("Sina Corp said.")  # lazy data loading, reported apart
    print(f"first call (loads the gazetteer and word lists): {time.perf_counter() - start:.3f} s")
    every: list[dict[str, object]] = []
    for path in sorted(CASES.glob("*.jsonl")):
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        every += cases
        for mode, counts in score(cases, extract_companies).items():
            print(f"{path.name:22} {len(cases):4} cases  {mode:8} {prf(*counts)}")
    for mode, counts in score(every, extract_companies).items():
        print(f"{'all files':22} {len(every):4} cases  {mode:8} {prf(*counts)}")

    if not args.corpus.is_file():
        print(f"bench_companies: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    texts = _load(args.corpus, args.sample)
    chars = sum(len(t) for t in texts)
    best = float("inf")
    rules: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for n in range(args.repeat):
        start = time.perf_counter()
        found = [extract_companies(t) for t in texts]
        best = min(best, time.perf_counter() - start)
        if n == 0:
            for ms in found:
                rules.update(m.rule for m in ms)
                kinds.update(m.kind for m in ms)
    print(
        f"{len(texts)} documents, {chars:,} characters: best of {args.repeat}: {best:.2f} s, "
        f"{chars / best:,.0f} chars/s, {sum(kinds.values()):,} mentions {dict(kinds)}"
    )
    if args.rules:
        for rule, count in rules.most_common():
            print(f"  {count:7,}  {rule}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
