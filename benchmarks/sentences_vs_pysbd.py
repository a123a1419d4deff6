"""Compare bizfacts' sentence splitter with pysbd on the shared corpus: speed and agreement.

    pip install pysbd
    python benchmarks/sentences_vs_pysbd.py --corpus CORPUS.jsonl --sample 1000

Agreement is measured on sentence end offsets (white space trimmed). Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import time

from bizfacts._sentences import sentence_spans


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--sample", type=int, default=1000)
    args = ap.parse_args()
    try:
        import pysbd  # type: ignore[import-untyped]
    except ImportError:
        print("pysbd is not installed: pip install pysbd")
        return 0
    with open(args.corpus, encoding="utf-8") as fh:
        docs = [json.loads(line)["text"] for _, line in zip(range(args.sample), fh, strict=False)]
    chars = sum(map(len, docs))
    t = time.perf_counter()
    ours = [sentence_spans(d) for d in docs]
    t_ours = time.perf_counter() - t
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    t = time.perf_counter()
    theirs = [seg.segment(d) for d in docs]
    t_theirs = time.perf_counter() - t
    shared = n_ours = n_theirs = 0
    for d, o, th in zip(docs, ours, theirs, strict=True):
        ends_o = {e for _s, e in o}
        ends_t = set()
        for sp in th:
            e = sp.end
            while e > 0 and d[e - 1].isspace():
                e -= 1
            ends_t.add(e)
        shared += len(ends_o & ends_t)
        n_ours += len(ends_o)
        n_theirs += len(ends_t)
    print(f"{len(docs)} documents, {chars} characters")
    print(f"bizfacts: {t_ours:.2f} s ({chars / t_ours / 1e6:.2f} MB/s); pysbd: {t_theirs:.2f} s "
          f"({chars / t_theirs / 1e6:.3f} MB/s); pysbd/bizfacts time ratio {t_theirs / t_ours:.0f}x")
    print(f"sentence ends: bizfacts {n_ours}, pysbd {n_theirs}, shared {shared} "
          f"({shared / n_ours:.3f} of ours, {shared / n_theirs:.3f} of pysbd's)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
