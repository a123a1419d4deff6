"""Documents per second: bizfacts.spark on local[1] and local[2] beside extract_many with 1 and 2 workers.

    python benchmarks/bench_spark.py --corpus ../shared/corpus/reuters21578_business.jsonl --docs 2000

Needs the `spark` extra and Java. Every configuration runs the same documents
(the first --docs of the corpus) --rounds times, after one warm-up run that is
reported apart (Spark: Python workers start and import bizfacts; extract_many:
the worker processes start and the lazy patterns compile). Spark's session start
is reported apart too. The Spark job writes to the "noop" sink, so every fact is
built and nothing is stored.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import bizfacts

warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas")
warnings.filterwarnings("ignore", message="The copy keyword is deprecated")


def _timed(run: Any) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _many(records: list[dict[str, Any]], workers: int) -> int:
    return sum(len(r.facts) for r in bizfacts.extract_many(records, workers=workers))


def _spark_rounds(records: list[dict[str, Any]], cores: int, rounds: int) -> dict[str, float]:
    from pyspark.sql import SparkSession

    from bizfacts.spark import extract_facts_frame

    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    start = time.perf_counter()
    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "200")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    session = time.perf_counter() - start
    rows = [(r["id"], r["text"], r.get("date")) for r in records]
    docs = spark.createDataFrame(rows, "id string, text string, date string").repartition(4 * cores).cache()
    docs.count()
    facts = extract_facts_frame(docs)

    def run() -> None:
        facts.write.format("noop").mode("overwrite").save()

    first = _timed(run)
    times = [_timed(run) for _ in range(rounds)]
    found = facts.count()
    spark.stop()
    best, median = min(times), statistics.median(times)
    return {"session": session, "first": first, "best": best, "median": median, "facts": found}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/reuters21578_business.jsonl"))
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with args.corpus.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line, _ in zip(fh, range(args.docs), strict=False)]
    n = len(records)
    chars = sum(len(r["text"]) for r in records)
    load = os.getloadavg()[0]
    print(f"{n} documents, {chars:,} characters; {os.cpu_count()} CPUs, load average {load:.1f} at start")
    print(f"{'configuration':<28} {'warm-up s':>9} {'best s':>8} {'median s':>9} {'docs/s':>8} {'facts':>6}")
    for workers in (1, 2):
        first = _timed(lambda w=workers: _many(records, w))
        times = [_timed(lambda w=workers: _many(records, w)) for _ in range(args.rounds)]
        found = _many(records, workers)
        label = f"extract_many workers={workers}"
        best, median = min(times), statistics.median(times)
        print(f"{label:<28} {first:>9.2f} {best:>8.2f} {median:>9.2f} {n / best:>8.0f} {found:>6}")
    for cores in (1, 2):
        got = _spark_rounds(records, cores, args.rounds)
        label = f"spark local[{cores}]"
        print(
            f"{label:<28} {got['first']:>9.2f} {got['best']:>8.2f} {got['median']:>9.2f} "
            f"{n / got['best']:>8.0f} {got['facts']:>6.0f}   (session start {got['session']:.1f} s)"
        )


if __name__ == "__main__":
    main()
