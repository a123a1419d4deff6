"""Robustness benchmark: is every public function linear on real and adversarial text?

Run from the repository root::

    python benchmarks/robustness.py --corpus ../shared/corpus/reuters21578_business.jsonl

For every public extractor it prints

* the CPU time per character on real text (the corpus records joined into ONE document)
  at 50K, 200K and 800K characters, and the ratio 800K/50K: about 1 when the function is
  linear in the size of one document, larger when some pass is quadratic;
* the CPU time per character on adversarial documents of 200K characters (long runs of
  punctuation, digits, currency signs, capitalized words, legal suffixes, one fact per
  sentence, a one-line document, arbitrary Unicode...) divided by the time per character
  on real text of the same size: the worst such ratio, and which input gave it.

The target (issue #14): 800K/50K within 1.3x and the worst adversarial ratio within 3x,
for every function. The script reports and exits 0; it asserts nothing (a CI smoke run
uses ``--quick``).

Each function is measured in a worker subprocess that reports one JSON line per
measurement; a measurement that runs past ``--timeout`` seconds is stopped (the worker
is killed and a fresh one takes the remaining measurements) and reported as ">T".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import queue
import random
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "reuters21578_business.jsonl"
MARK = "ROBUST "

#: The public extractors; ``extract_people`` and ``extract_places`` are measured when the
#: installed bizfacts has them.
FUNCTIONS = (
    "extract_money",
    "extract_percentages",
    "extract_user_counts",
    "extract_dates",
    "extract_companies",
    "extract_people",
    "extract_places",
    "extract_facts",
)
TAKES_REFERENCE_DATE = frozenset({"extract_dates", "extract_facts"})
REFERENCE_DATE = dt.date(1987, 4, 1)
REAL_SIZES = (50_000, 200_000, 800_000)
ADVERSARIAL_SIZE = 200_000

_NAME_SYLLABLES = ("ka", "ro", "vin", "tel", "mar", "zu", "den", "lo", "sta", "qui", "bex", "nor")


def _names(rng: random.Random, count: int) -> list[str]:
    """Made-up capitalized names ("Kavintel", "Rozuden"), all different."""
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        name = "".join(rng.choice(_NAME_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def _fact_sentences(size: int) -> str:
    """Every sentence holds a fact, each between other companies."""
    rng = random.Random(14)
    verbs = ("acquired", "agreed to buy", "bought", "invested $3 million in", "said it will buy")
    pieces: list[str] = []
    total = 0
    names = _names(rng, 4000)
    i = 0
    while total < size:
        a, b = names[i % len(names)], names[(i * 7 + 1) % len(names)]
        amount = rng.randint(1, 900)
        sentence = f"{a} Corp {rng.choice(verbs)} {b} Inc for ${amount} million on March {i % 28 + 1}. "
        pieces.append(sentence)
        total += len(sentence)
        i += 1
    return "".join(pieces)


def _varied_user_counts(size: int) -> str:
    """Counts of users one after another, each with another figure and noun: "123.4 million
    monthly active users, 87.2 million subscribers, " (no two read alike)."""
    rng = random.Random(4)
    nouns = ("users", "subscribers", "customers", "monthly active users", "members", "players")
    pieces: list[str] = []
    total = 0
    while total < size:
        piece = f"{rng.randint(1, 999)}.{rng.randint(1, 9)} million {rng.choice(nouns)}, "
        pieces.append(piece)
        total += len(piece)
    return "".join(pieces)


def _unicode(size: int) -> str:
    rng = random.Random(7)
    ranges = ((0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x2000, 0x206F), (0x4E00, 0x4FFF))
    chars = []
    for _ in range(size):
        lo, hi = rng.choice(ranges)
        chars.append(chr(rng.randint(lo, hi)))
    return "".join(chars)


#: Adversarial inputs: name -> a unit repeated to the size, or a builder of the text.
REPEATED: dict[str, str] = {
    "dots": ".",
    "punctuation": "?!.,;:-()'\"/",
    "newlines": "\n",
    "spaces": " ",
    "hyphens": "-",
    "one long word": "a",
    "digits": "1234567890",
    "digit groups": "1,234,",
    "decimal points": "1.2.",
    "dollar signs": "$",
    "dollar amounts": "$1 ",
    "euro amounts": "€ 9,99 ",
    "amounts and 'a dollar'": "$1 a dollar. ",
    "scale words": "5 million ",
    "percent signs": "%",
    "percentages '5% '": "5% ",
    "percent-encoding": "%28%2D",
    "user counts": "5 million users ",
    "user nouns 'users '": "users ",
    "years": "1987 ",
    "dates": "Jan. 1, 1987 ",
    "durations": "6 mths after ",
    "quarters": "Q3 ",
    "capitalized words": "Alpha Bravo Charlie Delta Echo Foxtrot ",
    "initials 'A. '": "A. ",
    "suffix 'Inc '": "Inc ",
    "suffixes 'Corp. '": "Corp. ",
    "company list": "Acme Corp, ",
    "titles 'Mr. '": "Mr. ",
    "said": "said ",
    "brackets": "((",
    "quotes": '"',
    "angle brackets": "<",
}


def real_text(corpus: Path, size: int) -> str:
    """The corpus records' texts joined by blank lines, cut to ``size`` characters."""
    parts: list[str] = []
    total = 0
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("text") or ""
            parts.append(text)
            total += len(text) + 2
            if total >= size:
                break
    joined = "\n\n".join(parts)
    if len(joined) < size:
        raise SystemExit(f"{corpus}: only {len(joined)} characters, {size} wanted")
    return joined[:size]


def adversarial_text(name: str, size: int, corpus: Path) -> str:
    if name in REPEATED:
        unit = REPEATED[name]
        return (unit * (size // len(unit) + 1))[:size]
    if name == "a fact per sentence":
        return _fact_sentences(size)[:size]
    if name == "one-line document":
        return " ".join(real_text(corpus, size).split())[:size].ljust(size)
    if name == "varied user counts":
        return _varied_user_counts(size)[:size]
    if name == "arbitrary Unicode":
        return _unicode(size)
    raise KeyError(name)


ADVERSARIAL = (
    *REPEATED,
    "a fact per sentence",
    "varied user counts",
    "one-line document",
    "arbitrary Unicode",
)


# --- worker -----------------------------------------------------------------------------


def _call(bizfacts: Any, name: str) -> Callable[[str], object]:
    function = getattr(bizfacts, name)
    if name in TAKES_REFERENCE_DATE:
        return lambda text: function(text, reference_date=REFERENCE_DATE)
    return function  # type: ignore[no-any-return]


def _best_cpu(call: Callable[[], object], budget: float) -> float:
    """The least CPU time of one call: at least two calls (the first may compile lazy
    patterns the warm-up did not reach), more while the total stays under ``budget``."""
    best = float("inf")
    spent = 0.0
    calls = 0
    while True:
        t0 = time.process_time()
        call()
        elapsed = time.process_time() - t0
        best = min(best, elapsed)
        spent += elapsed
        calls += 1
        if calls >= 2 and spent + elapsed > budget:
            return best


def worker(tasks: list[list[Any]], corpus: Path, budget: float) -> None:
    import bizfacts

    warm = real_text(corpus, 50_000)
    warmed: set[str] = set()
    for name, kind, size in tasks:
        call = _call(bizfacts, name)
        if name not in warmed:
            call(warm)  # the first call loads word lists and compiles patterns
            warmed.add(name)
        text = real_text(corpus, size) if kind == "real" else adversarial_text(kind, size, corpus)
        found: list[Any] = []

        def once(call: Callable[[str], Any] = call, text: str = text, found: list[Any] = found) -> None:
            found[:] = call(text)

        seconds = _best_cpu(once, budget)
        items = len(found)
        print(MARK + json.dumps([name, kind, size, seconds, items]), flush=True)


# --- parent -----------------------------------------------------------------------------


def _child_env(src: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    path = str(src if src is not None else REPO / "src")
    env["PYTHONPATH"] = path + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


Result = tuple[float, int] | None  # (CPU seconds, items returned), None when stopped


def run_tasks(
    tasks: list[tuple[str, str, int]], args: argparse.Namespace
) -> dict[tuple[str, str, int], Result]:
    """(seconds, items) per task, None when it ran past the timeout."""
    results: dict[tuple[str, str, int], Result] = {}
    pending = list(tasks)
    while pending:
        command = [sys.executable, __file__, "--worker", "--corpus", str(args.corpus)]
        command += ["--budget", str(args.budget)]
        proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_child_env(args.src),
        )
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps(pending))
        proc.stdin.close()
        lines: queue.Queue[str | None] = queue.Queue()

        def pump(stream: Any = proc.stdout, lines: queue.Queue[str | None] = lines) -> None:
            for line in stream:
                lines.put(line)
            lines.put(None)

        threading.Thread(target=pump, daemon=True).start()
        # the first task also pays for the import and the warm-up call
        deadline = time.monotonic() + args.timeout + 30
        while pending:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                task = pending.pop(0)
                results[task] = None
                note = f"  {task[0]} on {task[1]} ({task[2]:,}): stopped after {args.timeout:.0f} s"
                print(note, file=sys.stderr)
                proc.kill()
                proc.wait()
                break
            if line is None:
                err = proc.stderr.read() if proc.stderr else ""
                proc.wait()
                raise SystemExit(f"worker failed on {pending[0]}:\n{err[-2000:]}")
            if not line.startswith(MARK):
                continue
            name, kind, size, seconds, items = json.loads(line[len(MARK) :])
            task = (name, kind, size)
            pending.remove(task)
            results[task] = (seconds, items)
            if args.verbose:
                print(f"  {name} on {kind} ({size:,}): {seconds:.3f} s", file=sys.stderr)
            deadline = time.monotonic() + args.timeout
        else:
            proc.wait()
    return results


def _per_char_us(result: Result, size: int, timeout: float) -> tuple[float, bool]:
    """Microseconds per character; a timed-out run counts as the timeout (a lower bound)."""
    if result is None:
        return timeout / size * 1e6, True
    return result[0] / size * 1e6, False


def _density(result: Result, size: int) -> float | None:
    """Items returned per 1,000 characters, None when unknown (stopped)."""
    return None if result is None else result[1] / size * 1000


def available_functions(src: Path | None) -> list[str]:
    code = f"import bizfacts, json; print(json.dumps([n for n in {FUNCTIONS!r} if hasattr(bizfacts, n)]))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_child_env(src), check=True
    )
    return list(json.loads(done.stdout))


def report(
    functions: list[str],
    results: dict[tuple[str, str, int], Result],
    args: argparse.Namespace,
) -> tuple[list[str], dict[str, Any]]:
    """The summary table (and with --details the ratio of every input), and the raw figures.

    Per adversarial input two ratios to real text of the same size: per character, and per
    item returned (mentions or facts).  An input far denser in what a function finds than
    news ("5% " repeated: a percentage every 3 characters) costs more per character because
    its answer is that much longer; per item it costs what news does.  ``worst`` is the
    input with the largest per-character ratio; ``worst by work`` takes for each input the
    smaller of its two ratios (the per-item one only where the input yields more items per
    character than news), then the largest over the inputs.
    """
    sizes = args.sizes
    head = " | ".join(f"µs/char {s // 1000}K" for s in sizes)
    adv_k = args.adv_size // 1000
    lines = [
        f"| function | {head} | {sizes[-1] // 1000}K/{sizes[0] // 1000}K | worst adversarial at {adv_k}K "
        "| per char | worst by work | per char or per item |",
        "|---" * (len(sizes) + 6) + "|",
    ]
    summary: dict[str, Any] = {}
    for name in functions:
        per_char = [_per_char_us(results.get((name, "real", size)), size, args.timeout) for size in sizes]
        growth = per_char[-1][0] / per_char[0][0] if per_char[0][0] else float("nan")
        real = results.get((name, "real", args.adv_size))
        base, _ = _per_char_us(real, args.adv_size, args.timeout)
        real_density = _density(real, args.adv_size) or 0.0
        ratios: dict[str, tuple[float, bool, float]] = {}  # input -> (per char, stopped, by work)
        for kind in args.adversarial:
            result = results.get((name, kind, args.adv_size))
            us, capped = _per_char_us(result, args.adv_size, args.timeout)
            char_ratio = us / base if base else float("nan")
            density = _density(result, args.adv_size)
            work_ratio = char_ratio
            if density is not None and density > real_density > 0:
                work_ratio = min(char_ratio, char_ratio * real_density / density)
            ratios[kind] = (char_ratio, capped, work_ratio)
        cells = [f"{'>' if capped else ''}{us:.2f}" for us, capped in per_char]
        growth_cell = f"{'>' if per_char[-1][1] else ''}{growth:.2f}x"
        if ratios:
            worst = max(ratios, key=lambda k: ratios[k][0])
            worst_work = max(ratios, key=lambda k: ratios[k][2])
            char_cell = f"{'>' if ratios[worst][1] else ''}{ratios[worst][0]:.2f}x"
            work_cell = f"{'>' if ratios[worst_work][1] else ''}{ratios[worst_work][2]:.2f}x"
        else:
            worst = worst_work = char_cell = work_cell = "-"
        row = [name, *cells, growth_cell, worst, char_cell, worst_work, work_cell]
        lines.append("| " + " | ".join(row) + " |")
        summary[name] = {
            "us_per_char": {str(s): v[0] for s, v in zip(sizes, per_char, strict=True)},
            "growth": growth,
            "items_per_1000_chars_real": real_density,
            "adversarial_per_char": {k: v[0] for k, v in ratios.items()},
            "adversarial_by_work": {k: v[2] for k, v in ratios.items()},
            "items_per_1000_chars": {
                k: _density(results.get((name, k, args.adv_size)), args.adv_size) for k in ratios
            },
            "timed_out": [k for k, v in ratios.items() if v[1]]
            + [str(s) for s, v in zip(sizes, per_char, strict=True) if v[1]],
        }
    if args.details:
        title = f"Adversarial/real ratio at {adv_k}K per character (per item where the input is denser):"
        lines += ["", title, ""]
        lines.append("| input | " + " | ".join(f.removeprefix("extract_") for f in functions) + " |")
        lines.append("|---" * (len(functions) + 1) + "|")
        for kind in args.adversarial:
            row = []
            for f in functions:
                char_ratio = summary[f]["adversarial_per_char"][kind]
                work_ratio = summary[f]["adversarial_by_work"][kind]
                row.append(f"{char_ratio:.2f}" + (f" ({work_ratio:.2f})" if work_ratio < char_ratio else ""))
            lines.append(f"| {kind} | " + " | ".join(row) + " |")
    return lines, summary


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--functions", help="comma-separated subset of the public functions")
    p.add_argument("--inputs", help="comma-separated subset of the adversarial inputs")
    p.add_argument("--sizes", default=",".join(map(str, REAL_SIZES)), help="real-text sizes (characters)")
    p.add_argument("--adv-size", type=int, default=ADVERSARIAL_SIZE, help="adversarial size (characters)")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds before a measurement is stopped")
    p.add_argument("--budget", type=float, default=1.0, help="CPU seconds of repeats per measurement")
    p.add_argument("--quick", action="store_true", help="sizes / 10, two calls each: a smoke run")
    p.add_argument("--details", action="store_true", help="also print every adversarial ratio")
    p.add_argument("--json", type=Path, help="write the figures to this file")
    p.add_argument("--src", type=Path, help="import bizfacts from this directory (a frozen copy of src/)")
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    args.sizes = [int(s) for s in args.sizes.split(",")]
    if args.quick:
        args.sizes = [s // 10 for s in args.sizes]
        args.adv_size //= 10
        args.budget = 0.0
    if args.adv_size not in args.sizes:
        args.sizes = sorted({*args.sizes, args.adv_size})
    args.adversarial = args.inputs.split(",") if args.inputs else list(ADVERSARIAL)
    unknown = set(args.adversarial) - set(ADVERSARIAL)
    if unknown:
        p.error(f"unknown inputs: {', '.join(sorted(unknown))}; known: {', '.join(ADVERSARIAL)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        worker(json.loads(sys.stdin.read()), args.corpus, args.budget)
        return 0
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (pass --corpus)", file=sys.stderr)
        return 2
    functions = available_functions(args.src)
    if args.functions:
        wanted = args.functions.split(",")
        functions = [f for f in functions if f in wanted]
    tasks: list[tuple[str, str, int]] = []
    for name in functions:
        tasks += [(name, "real", size) for size in args.sizes]
        tasks += [(name, kind, args.adv_size) for kind in args.adversarial]
    started = time.monotonic()
    results = run_tasks(tasks, args)
    lines, summary = report(functions, results, args)
    print("\n".join(lines))
    print(f"\n({time.monotonic() - started:.0f} s; CPU time, best of repeats within {args.budget} s each)")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
