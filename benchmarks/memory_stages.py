"""Where the peak memory of ``run.py``'s throughput worker comes from, stage by stage (issue #13).

Does what the worker does, in its order, and prints after each stage the peak resident set
(``ru_maxrss``, the figure ``run.py`` reports) and the current one: the corpus held in memory,
``import bizfacts``, the modules of the measured functions (``run.code_state`` imports them),
``run.compile_lazy_patterns`` (every lazily built table and pattern, and its ASCII twin), the
warm-up documents of each function, then each function over the whole sample::

    PYTHONPATH=src python benchmarks/memory_stages.py --corpus ../shared/corpus/reuters21578_business.jsonl
    PYTHONPATH=src python benchmarks/memory_stages.py --corpus ... --sample 2000 --tracemalloc 15

``--tracemalloc N`` also lists, for each stage, the N source lines whose allocations grew most
(about five times slower).  Compiled ``regex`` patterns are counted there at
``regex/_main.py``, the line that calls ``_regex.compile``: group by the caller with a deeper
traceback (``tracemalloc.start(12)``, ``statistics("traceback")``) to tell whose they are.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tracemalloc
from pathlib import Path
from typing import Any

import run  # benchmarks/run.py, beside this script: the harness's own loading, warm-up and compiling


def current_rss_mib() -> float:
    """The resident set now, in MiB (Linux; the peak elsewhere)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return run.max_rss_mib()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--sample", type=int, default=None, help="the first N records (default: all)")
    parser.add_argument("--tracemalloc", type=int, default=0, metavar="N", help="top N growing lines a stage")
    args = parser.parse_args(argv)

    top = args.tracemalloc
    if top:
        tracemalloc.start()
    last: list[Any] = [tracemalloc.take_snapshot() if top else None]

    def stage(label: str) -> None:
        print(f"{label:32s} peak {run.max_rss_mib():6.1f} MiB   now {current_rss_mib():6.1f} MiB", flush=True)
        if top:
            snapshot = tracemalloc.take_snapshot()
            for stat in snapshot.compare_to(last[0], "lineno")[:top]:
                print(f"    {stat.size_diff / 2**20:+7.2f} MiB {stat.count_diff:+8d}  {stat.traceback[0]}")
            last[0] = snapshot

    records = run.load_records(args.corpus, args.sample)
    docs = [(r.get("id", ""), r["text"], run.reference_date(r)) for r in records]
    stage(f"corpus ({len(docs)} docs)")
    bizfacts = run.import_bizfacts()
    stage("import bizfacts")
    run.code_state(bizfacts)
    stage("function modules")
    run.compile_lazy_patterns(bizfacts)
    stage("compile_lazy_patterns")
    for name in run.FUNCTIONS:
        call = run.make_call(bizfacts, name)
        for _, text, ref in docs[: run.WARM_UP_DOCS]:
            with contextlib.suppress(Exception):
                call(text, ref)
        stage(f"warm-up {name}")
    for name in run.FUNCTIONS:
        call = run.make_call(bizfacts, name)
        for _, text, ref in docs:
            with contextlib.suppress(Exception):
                call(text, ref)
        stage(f"corpus {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
