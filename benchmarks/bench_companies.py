"""Benchmark ``extract_companies``: span precision/recall/F1 on the company corpus and
characters per second on the shared Reuters-21578 business corpus.

Precision/recall count a found mention as right when its span, canonical name and kind
all equal an expected one (exact), and separately when its span overlaps an expected
one with the same name (lenient).  Asserts nothing: it is a report, not a test.

    python benchmarks/bench_companies.py [--corpus PATH] [--sample N] [--repeat K] [--rules]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from bizfacts.companies import extract_companies

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578_business.jsonl"
CASES = ROOT / "tests" / "corpus" / "companies"


def score(cases: list[dict[str, object]]) -> dict[str, tuple[int, int, int]]:
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
    args = parser.parse_args(argv)

    start = time.perf_counter()
    extract_companies("Sina Corp said.")  # lazy data loading, reported apart
    print(f"first call (loads the gazetteer and word lists): {time.perf_counter() - start:.3f} s")
    every: list[dict[str, object]] = []
    for path in sorted(CASES.glob("*.jsonl")):
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        every += cases
        for mode, counts in score(cases).items():
            print(f"{path.name:22} {len(cases):4} cases  {mode:8} {prf(*counts)}")
    for mode, counts in score(every).items():
        print(f"{'all files':22} {len(every):4} cases  {mode:8} {prf(*counts)}")

    if not args.corpus.is_file():
        print(f"bench_companies: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    texts = []
    with args.corpus.open(encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            if args.sample and len(texts) >= args.sample:
                break
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
