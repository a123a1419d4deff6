"""Profile a bizfacts function over the benchmark corpus: where does the time go?

Run from the repository root::

    python benchmarks/profile_extract.py --corpus ../shared/corpus/reuters21578_business.jsonl \
        [--sample N] [--function extract_facts] [--top 25] [--tool cprofile|pyinstrument]

With cProfile (the default, always available) it prints the top functions by cumulative
time and by self time, then the self time summed per bizfacts module and per outside
package, which is the quickest way to see whether a dependency (dateparser, price-parser)
or our own code dominates. With ``--tool pyinstrument`` (when installed) it prints
pyinstrument's call tree instead. ``--tool stages`` times, without a profiler, each
bizfacts function the target calls (for ``extract_facts``: the extractors and the
assembler's steps). Each document's ``"date"`` is its reference date.
The first call (lazy loading) is made before profiling starts so that it does not
dominate a small sample; use ``--include-first-call`` to keep it.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import importlib.util
import io
import json
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
TAKES_REFERENCE_DATE = frozenset({"extract_dates", "extract_facts"})


def load_docs(
    corpus: Path, sample: int | None, ids: frozenset[str] = frozenset()
) -> list[tuple[str, dt.date | None]]:
    """The first ``sample`` records (all when ``None``) as (text, reference date).

    With ``ids``, only the records with those ids (e.g. the slowest document named by
    ``run.py``) are kept, still at most ``sample`` of them.
    """
    docs: list[tuple[str, dt.date | None]] = []
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if sample is not None and len(docs) >= sample:
                break
            if line.strip():
                record = json.loads(line)
                if ids and record.get("id") not in ids:
                    continue
                date = record.get("date")
                docs.append((record["text"], dt.date.fromisoformat(date) if date else None))
    return docs


def make_runner(function_name: str, docs: list[tuple[str, dt.date | None]]) -> Callable[[], int]:
    """A callable that runs the chosen public function over every document."""
    try:
        import bizfacts
    except ImportError:  # not installed: use the repository's src/
        sys.path.insert(0, str(REPO / "src"))
        import bizfacts
    function = getattr(bizfacts, function_name)
    with_date = function_name in TAKES_REFERENCE_DATE

    def run() -> int:
        found = 0
        for text, ref in docs:
            found += len(function(text, reference_date=ref) if with_date else function(text))
        return found

    return run


def group_of(filename: str) -> str:
    """A readable owner for a profiled function: a bizfacts module or an outside package."""
    path = filename.replace("\\", "/")
    if "/bizfacts/" in path:
        return "bizfacts/" + path.rsplit("/bizfacts/", 1)[1]
    if "/benchmarks/" in path:
        return "benchmark harness"
    for marker in ("/site-packages/", "/dist-packages/"):
        if marker in path:
            return path.split(marker, 1)[1].split("/", 1)[0]
    if path.startswith("~") or path.startswith("<"):
        return "builtins / C code"
    return "stdlib:" + Path(path).stem


def self_time_by_group(stats: pstats.Stats) -> list[tuple[str, float]]:
    """Self time summed per bizfacts module / outside package, largest first.

    Time spent in C functions (``regex`` searches, ``str`` methods, ...) is charged to
    the Python functions that called them, in proportion to the time of each call site,
    so that "which module's regex scans cost most" can be read off directly.
    """
    totals: dict[str, float] = defaultdict(float)
    raw = stats.stats
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, callers) in raw.items():
        if not is_c_function(filename) or not callers:
            totals[group_of(filename)] += tottime
            continue
        caller_time = sum(timing[2] for timing in callers.values()) or 1.0
        for (caller_file, _l, _n), timing in callers.items():
            totals[group_of(caller_file)] += tottime * timing[2] / caller_time
    return sorted(totals.items(), key=lambda item: -item[1])


def is_c_function(filename: str) -> bool:
    """pstats names C functions with the file ``~``."""
    return filename == "~"


def hottest_call_sites(stats: pstats.Stats, top: int) -> list[tuple[float, int, str, str]]:
    """The costliest (C function, calling Python function) pairs: where scans are issued."""
    sites = []
    raw = stats.stats
    for (filename, _line, name), (_cc, _nc, _tt, _ct, callers) in raw.items():
        if not is_c_function(filename):
            continue
        for (caller_file, caller_line, caller_name), timing in callers.items():
            where = f"{group_of(caller_file)}:{caller_line}({caller_name})"
            sites.append((timing[2], timing[1], name, where))
    return sorted(sites, reverse=True)[:top]


def profile_with_cprofile(run: Callable[[], int], top: int, out: io.TextIOBase | Any) -> None:
    """Profile ``run`` with cProfile and print the top items three ways."""
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    found = run()
    profiler.disable()
    wall = time.perf_counter() - start
    print(f"profiled wall time {wall:.2f} s (cProfile overhead included), {found:,} items found\n", file=out)
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    print(f"== top {top} by cumulative time ==", file=out)
    stats.sort_stats("cumulative").print_stats(top)
    print(f"== top {top} by self (internal) time ==", file=out)
    stats.sort_stats("tottime").print_stats(top)
    # Group by file before strip_dirs lost the paths: re-read the raw profile.
    raw = pstats.Stats(profiler)
    total = sum(seconds for _, seconds in self_time_by_group(raw)) or 1.0
    print("== self time per module / package (C calls charged to their callers) ==", file=out)
    for group, seconds in self_time_by_group(raw)[:top]:
        print(f"{seconds:9.3f} s  {100 * seconds / total:5.1f} %  {group}", file=out)
    print(f"\n== top {top} C-function call sites (regex scans, str methods) ==", file=out)
    for seconds, calls, name, where in hottest_call_sites(raw, top):
        print(f"{seconds:9.3f} s  {calls:8,d} calls  {name:<45.45} from {where}", file=out)


def profile_with_pyinstrument(run: Callable[[], int], out: io.TextIOBase | Any) -> None:
    """Profile ``run`` with pyinstrument and print its call tree."""
    from pyinstrument import Profiler

    profiler = Profiler()
    profiler.start()
    found = run()
    profiler.stop()
    print(f"{found:,} items found", file=out)
    print(profiler.output_text(unicode=True, color=False, show_all=False), file=out)


def profile_stages(function_name: str, run: Callable[[], int], out: io.TextIOBase | Any) -> None:
    """Inclusive wall time of each bizfacts function the target calls, without a profiler.

    Every plain bizfacts function reachable as a global of the target's module (for
    ``extract_facts``: the five extractors, sentence splitting, template building, the
    fact-rule helpers) is wrapped with a timer for the run, then restored. Times are
    inclusive (a helper called by another is counted in both); the share of the public
    extractors is summed at the end. The overhead is one timer per
    call, so the shares are close to an unprofiled run, unlike cProfile's.
    """
    import inspect

    import bizfacts

    module = sys.modules[getattr(bizfacts, function_name).__module__]
    totals: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    originals: dict[str, Callable[..., Any]] = {}

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                totals[name] += time.perf_counter() - start
                calls[name] += 1

        return wrapper

    for name, value in list(vars(module).items()):
        if inspect.isfunction(value) and value.__module__.startswith("bizfacts") and name != function_name:
            originals[name] = value
            setattr(module, name, timed(name, value))
    try:
        start = time.perf_counter()
        found = run()
        total = time.perf_counter() - start
    finally:
        for name, value in originals.items():
            setattr(module, name, value)
    print(f"{found:,} items found; {function_name} total {total:.2f} s (wall)\n", file=out)
    print(f"== inclusive time of the functions {module.__name__} calls ==", file=out)
    for name, seconds in sorted(totals.items(), key=lambda item: -item[1]):
        print(f"{seconds:9.3f} s  {100 * seconds / total:5.1f} %  {calls[name]:9,d} calls  {name}", file=out)
    top_level = sum(
        seconds
        for name, seconds in totals.items()
        if getattr(originals[name], "__name__", "").startswith("extract_")
    )
    print(
        f"\n(extractors called by {function_name}: {top_level:.2f} s, {100 * top_level / total:.1f} %)",
        file=out,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Parse options, load the sample, warm up, profile, print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="JSONL corpus with 'text' and 'date'")
    parser.add_argument("--sample", type=int, default=None, help="use the first N records (default: all)")
    parser.add_argument("--ids", default="", help="comma-separated record ids to profile alone")
    parser.add_argument("--function", default="extract_facts", help="public function to profile")
    parser.add_argument("--top", type=int, default=25, help="rows per table")
    parser.add_argument("--tool", choices=("cprofile", "pyinstrument", "stages"), default="cprofile")
    parser.add_argument(
        "--warm-pass", action="store_true", help="run the whole sample once before profiling (steady state)"
    )
    parser.add_argument("--include-first-call", action="store_true", help="keep lazy loading in the profile")
    parser.add_argument("--output", type=Path, default=None, help="write the profile here instead of stdout")
    args = parser.parse_args(argv)
    if args.tool == "pyinstrument" and importlib.util.find_spec("pyinstrument") is None:
        parser.error("pyinstrument is not installed (pip install -e '.[bench]'), use --tool cprofile")

    docs = load_docs(args.corpus, args.sample, frozenset(filter(None, args.ids.split(","))))
    run = make_runner(args.function, docs)
    if args.warm_pass:
        run()
    elif not args.include_first_call and docs:
        make_runner(args.function, docs[:1])()
    chars = sum(len(text) for text, _ in docs)
    with contextlib.ExitStack() as stack:
        out: Any = sys.stdout if args.output is None else stack.enter_context(args.output.open("w"))
        print(
            f"{args.function} over {len(docs):,} documents ({chars:,} chars) of {args.corpus.name}", file=out
        )
        if args.tool == "pyinstrument":
            profile_with_pyinstrument(run, out)
        elif args.tool == "stages":
            profile_stages(args.function, run, out)
        else:
            profile_with_cprofile(run, args.top, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
