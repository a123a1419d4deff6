"""extract_facts over the project's annotated documents in seeds/, scored per fact type.

The scoring is the shared evaluation tool's (../shared/tools/score_facts.py, or the
file named by BIZFACTS_SCORER), so the figures printed here are the ones the project
is judged by.  The test fails below the issue's target, 0.9 lenient micro F1 on seeds/,
and below the level reached on the held-out documents (never used to tune rules), and
prints the per-type tables so the gaps stay visible.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

import bizfacts

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.facts.jsonl"))
# (heldout2 to heldout18 were written later, blind to the code: see their READMEs)
HELDOUT = sorted(
    path
    for folder in ("heldout", *(f"heldout{n}" for n in range(2, 19)))
    for path in (ROOT / "tests" / "corpus" / "facts" / folder).glob("*.facts.jsonl")
)
# The target for seeds/ (reached on 2026-11-25 at 0.93).  Held-out: the level reached
# on 2026-12-07 (0.788 over all held-out sets) less a margin; raise it as the assembler improves.
SEEDS_MIN_F1 = 0.9
HELDOUT_MIN_F1 = 0.75


def _scorer() -> ModuleType:
    path = Path(os.environ.get("BIZFACTS_SCORER", ROOT.parent / "shared" / "tools" / "score_facts.py"))
    if not path.is_file():
        pytest.skip(f"the shared scorer is not at {path}; set BIZFACTS_SCORER")
    spec = importlib.util.spec_from_file_location("score_facts", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _run(paths: list[Path]) -> tuple[ModuleType, dict[str, object]]:
    sf = _scorer()
    cases = sf.load_cases([str(p) for p in paths])
    preds = {}
    for c in cases:
        ref = dt.date.fromisoformat(c["reference_date"])
        preds[c["id"]] = [bizfacts.to_dict(f) for f in bizfacts.extract_facts(c["text"], reference_date=ref)]
    return sf, sf.score_facts(cases, preds)


def test_seed_cases_are_well_formed() -> None:
    sf = _scorer()
    assert len(SEEDS) >= 40
    problems = [e for c in sf.load_cases([str(p) for p in SEEDS]) for e in sf.validate_case(c)]
    assert problems == []


def test_seeds_micro_f1() -> None:
    sf, res = _run(SEEDS)
    print()
    print(sf.format_table(res["lenient"], f"seeds/ ({len(SEEDS)} documents), lenient"))
    print(sf.format_table(res["strict"], "seeds/, strict"))
    assert res["lenient"]["micro"]["f1"] >= SEEDS_MIN_F1  # type: ignore[index]


def test_seed_article_is_read_in_full() -> None:
    """The example the product grew from: every fact an analyst records, and no other."""
    article = sorted((ROOT.parent / "shared" / "seeds").glob("*.facts.jsonl"))
    if not article:
        pytest.skip("the seed article is not at ../shared/seeds")
    _sf, res = _run(article)
    micro = res["lenient"]["micro"]  # type: ignore[index]
    assert (micro["fp"], micro["fn"]) == (0, 0), micro


def test_heldout_report() -> None:
    """The held-out documents were not used to tune rules: report, and guard against collapse."""
    if not HELDOUT:
        pytest.skip("no held-out documents")
    sf, res = _run(HELDOUT)
    print()
    print(sf.format_table(res["lenient"], "held-out, lenient"))
    assert res["lenient"]["micro"]["f1"] >= HELDOUT_MIN_F1  # type: ignore[index]
