"""Load and check the JSONL corpora of the numeric extractors (money, percentages,
user counts).  One case per line:

``{"id", "text", "expect": [{"start", "end", "text", <value fields>}], "source",
"comment", "status": "pass" | "fail"}``

Files are split by provenance: synthetic, wild (written in the style of real news),
negative (must give nothing) and known_failures (status "fail": run as strict xfail,
so a fix is noticed).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).parent / "corpus"
CASE_KEYS = {"id", "text", "expect", "source", "comment", "status"}


def load(kind: str) -> list[dict[str, Any]]:
    """Every case of ``tests/corpus/<kind>/*.jsonl``, with its file name under ``_file``."""
    cases = []
    for path in sorted((CORPUS / kind).glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                case = json.loads(line)
                case["_file"] = f"{path.name}:{lineno}"
                cases.append(case)
    return cases


def check_well_formed(case: dict[str, Any], value_keys: set[str]) -> None:
    """A case has the keys, types and offsets the format promises."""
    assert set(case) - {"_file"} == CASE_KEYS, case["_file"]
    assert isinstance(case["id"], str) and case["id"]
    assert isinstance(case["text"], str)
    assert case["status"] in ("pass", "fail")
    assert isinstance(case["source"], str) and case["source"]
    assert isinstance(case["comment"], str)
    last_end = 0
    for e in case["expect"]:
        assert {"start", "end", "text"} <= set(e), e
        assert set(e) - {"start", "end", "text"} <= value_keys, e
        assert case["text"][e["start"] : e["end"]] == e["text"], e
        assert e["start"] >= last_end, "expected mentions must be sorted and not overlap"
        last_end = e["end"]
    if case["_file"].startswith("negative"):
        assert case["expect"] == []


def params(cases: Sequence[dict[str, Any]]) -> list[Any]:
    """pytest params with readable ids; status "fail" cases become strict xfails."""
    out = []
    for case in cases:
        marks = [pytest.mark.xfail(strict=True, reason=case["comment"])] if case["status"] == "fail" else []
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(actual, Decimal):
        try:
            return expected is not None and Decimal(str(expected)) == actual
        except ArithmeticError:
            return False
    return bool(expected == actual)


def check_case(
    case: dict[str, Any], extract: Callable[[str], Sequence[Any]], defaults: dict[str, Any]
) -> None:
    """The extractor finds exactly the expected mentions with the expected values.

    A value field missing from a case must hold its default (``defaults``); fields
    whose default is ``...`` are only checked when the case gives them.
    """
    found = list(extract(case["text"]))
    got = [(m.start, m.end, m.text) for m in found]
    want = [(e["start"], e["end"], e["text"]) for e in case["expect"]]
    assert got == want, f"{case['id']}: spans {got} != {want}"
    for e, m in zip(case["expect"], found, strict=True):
        for key in set(defaults) | (set(e) - {"start", "end", "text"}):
            if key in e:
                expected = e[key]
            elif defaults.get(key, ...) is ...:
                continue
            else:
                expected = defaults[key]
            actual = getattr(m, key)
            assert _same(expected, actual), f"{case['id']} {m.text!r}: {key} {actual!r} != {expected!r}"
