"""Two source trees timed against each other in alternating chunks: the method every
``--compare`` in ``benchmarks/`` uses.

Each tree runs in a worker process of its own (the calling script started again with its
worker flag).  The parent asks both workers, alternately, to time the same chunk of documents
``repeat`` times and keeps each side's fastest CPU time (``time.process_time``): both trees meet
the same machine load, which on a shared machine is far steadier than two separate runs.

The worker side is :func:`serve`; the parent side is :func:`measure` (or :func:`start`,
:func:`fastest` for each request and :func:`stop`).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Sequence


def serve(run: Callable[[str], None]) -> int:
    """Worker side: say "ready", then for each request line on standard input run ``run(line)``
    and print the CPU seconds it took.  Call it once the worker has warmed up."""
    print("ready", flush=True)
    for line in sys.stdin:
        start = time.process_time()
        run(line.strip())
        print(time.process_time() - start, flush=True)
    return 0


def start(commands: Sequence[Sequence[str]], tool: str) -> list[subprocess.Popen[str]] | None:
    """Start one worker per command and wait until each says "ready"; None (after a message on
    standard error) when one does not."""
    procs = []
    for command in commands:
        proc = subprocess.Popen(list(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            print(f"{tool}: the worker {' '.join(command)} did not start", file=sys.stderr)
            stop([*procs, proc])
            return None
        procs.append(proc)
    return procs


def fastest(procs: Sequence[subprocess.Popen[str]], request: str, repeat: int) -> list[float]:
    """Each worker's fastest CPU seconds for ``request``, asked ``repeat`` times in turn (the order
    of the workers alternating from one pass to the next)."""
    best = [float("inf")] * len(procs)
    order = list(range(len(procs)))
    for k in range(max(1, repeat)):
        for side in order if k % 2 == 0 else order[::-1]:
            proc = procs[side]
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(f"{request}\n")
            proc.stdin.flush()
            best[side] = min(best[side], float(proc.stdout.readline()))
    return best


def stop(procs: Sequence[subprocess.Popen[str]]) -> None:
    """Close the workers' input (they leave their loop) and wait for them."""
    for proc in procs:
        if proc.stdin is not None:
            proc.stdin.close()
        proc.wait()


def measure(
    commands: Sequence[Sequence[str]], tool: str, requests: Sequence[str], repeat: int
) -> list[list[float]] | None:
    """Each worker's fastest CPU seconds for every request (one list per request, one figure per
    worker, in the order of ``commands``); None when a worker does not start."""
    procs = start(commands, tool)
    if procs is None:
        return None
    try:
        return [fastest(procs, request, repeat) for request in requests]
    finally:
        stop(procs)
