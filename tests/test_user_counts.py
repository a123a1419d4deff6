"""extract_user_counts over its corpus, plus the API promises."""

from __future__ import annotations

from typing import Any

import pytest
from numeric_corpus import check_case, check_well_formed, load, params

import bizfacts
from bizfacts import UserCountMention, extract_user_counts

CASES = load("user_counts")
VALUE_KEYS = {"count", "metric", "qualifier"}
DEFAULTS: dict[str, Any] = {"qualifier": "exact", "metric": "users"}


def test_corpus_is_well_formed() -> None:
    assert len({c["id"] for c in CASES}) == len(CASES)
    for case in CASES:
        check_well_formed(case, VALUE_KEYS)
        for e in case["expect"]:
            assert isinstance(e["count"], int), case["id"]


def test_corpus_size() -> None:
    assert len([c for c in CASES if c["expect"]]) >= 60


@pytest.mark.parametrize("case", params(CASES))
def test_corpus(case: dict[str, Any]) -> None:
    check_case(case, extract_user_counts, DEFAULTS)


def test_seed_style_examples() -> None:
    text = (
        "Its user number exceeded 500 million by the end of December. Meanwhile the app is "
        "registering 300 million users, and its users are now approaching 400 million."
    )
    found = bizfacts.extract_user_counts(text)
    assert [(m.text, m.count, m.metric, m.qualifier) for m in found] == [
        ("500 million", 500000000, "users", "more_than"),
        ("300 million users", 300000000, "users", "exact"),
        ("400 million", 400000000, "users", "approaching"),
    ]
    assert all(isinstance(m, UserCountMention) and m.rule for m in found)


def test_rejects_non_text() -> None:
    with pytest.raises(TypeError, match=r"extract_user_counts\(\) expects text as str, got NoneType"):
        extract_user_counts(None)  # type: ignore[arg-type]
