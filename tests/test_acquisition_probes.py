"""The acquisition probes (tests/corpus/facts/probes_acquisitions.jsonl): 210 invented sentences
stating acquisitions in many phrasings, written to find what the cascade misses.  Not every probe
passes; this test keeps the share that does from falling, and names the probes that fail."""

from __future__ import annotations

import json
from pathlib import Path

from test_fact_rules import _matches, _run

PROBES_FILE = Path(__file__).parent / "corpus" / "facts" / "probes_acquisitions.jsonl"
PROBES = [json.loads(line) for line in PROBES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
# the share of probes whose every expected fact is found, each role as written in the probe (153 of
# 210 on 2026-12-07; several probes name a party in full where the canonical name drops "Holdings")
MIN_PASSING = 0.72


def _passes(probe: dict[str, object]) -> bool:
    facts, _cascade = _run(str(probe["text"]), str(probe["reference_date"]))
    expected = probe["expect"]
    assert isinstance(expected, list)
    if not expected:
        return not any(f["type"] == "acquisition" for f in facts)
    return all(any(_matches(want, f) for f in facts) for want in expected)


def test_probe_file_is_well_formed() -> None:
    ids = [p["id"] for p in PROBES]
    assert len(ids) >= 200 and len(ids) == len(set(ids))
    assert all(set(p) == {"id", "text", "reference_date", "expect"} for p in PROBES)


def test_most_acquisition_probes_pass() -> None:
    failing = [p["id"] for p in PROBES if not _passes(p)]
    share = 1 - len(failing) / len(PROBES)
    assert share >= MIN_PASSING, (round(share, 3), failing)
