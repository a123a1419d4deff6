"""extract_percentages over its corpus, plus the API promises."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from numeric_corpus import check_case, check_well_formed, load, params

import bizfacts
from bizfacts import PercentMention, extract_percentages

CASES = load("percentages")
VALUE_KEYS = {"value", "unit", "value_high", "qualifier", "direction"}
DEFAULTS: dict[str, Any] = {"unit": "percent", "value_high": None, "qualifier": "exact", "direction": ...}


def test_corpus_is_well_formed() -> None:
    assert len({c["id"] for c in CASES}) == len(CASES)
    for case in CASES:
        check_well_formed(case, VALUE_KEYS)
        for e in case["expect"]:
            assert "value" in e, case["id"]


def test_corpus_size() -> None:
    assert len([c for c in CASES if c["expect"]]) >= 60


@pytest.mark.parametrize("case", params(CASES))
def test_corpus(case: dict[str, Any]) -> None:
    check_case(case, extract_percentages, DEFAULTS)


def test_seed_example() -> None:
    found = bizfacts.extract_percentages("an 18 percent stake, with an option to go to 30 percent")
    assert [(m.text, m.value) for m in found] == [("18 percent", Decimal(18)), ("30 percent", Decimal(30))]
    assert all(isinstance(m, PercentMention) and m.rule for m in found)


def test_rejects_non_text() -> None:
    with pytest.raises(TypeError, match=r"extract_percentages\(\) expects text as str, got bytes"):
        extract_percentages(b"5%")  # type: ignore[arg-type]


def test_units_are_distinct() -> None:
    units = [m.unit for m in extract_percentages("5%, 2 percentage points and 25 basis points")]
    assert units == ["percent", "percentage_points", "basis_points"]
