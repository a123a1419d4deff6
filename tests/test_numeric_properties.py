"""Properties of the numeric extractors: values read back, spans valid, no surprises."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import any_text, filler, money_phrases, percent_phrases, user_count_phrases

import bizfacts
from bizfacts import extract_money, extract_percentages, extract_user_counts

EXTRACTORS: list[Callable[[str], Sequence[Any]]] = [extract_money, extract_percentages, extract_user_counts]


def _check_spans(text: str, found: Sequence[Any]) -> None:
    last_end = 0
    for m in found:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end, "sorted and non-overlapping"
        last_end = m.end


@pytest.mark.parametrize("extract", EXTRACTORS, ids=lambda f: f.__name__)
@given(text=any_text())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_gives_valid_spans(extract: Callable[[str], Sequence[Any]], text: str) -> None:
    found = extract(text)
    _check_spans(text, found)
    assert extract(text) == found, "deterministic"
    for m in found:
        json.dumps(bizfacts.to_dict(m))


@given(before=filler(), phrase=money_phrases(), after=filler())
@settings(max_examples=300, deadline=None)
def test_money_reads_back(before: str, phrase: tuple[str, Any, str], after: str) -> None:
    text_phrase, amount, currency = phrase
    prefix = f"{before} paid " if before else "Paid "
    text = f"{prefix}{text_phrase} {after}".rstrip() + "."
    [m] = extract_money(text)
    assert m.start == len(prefix)
    assert m.text == text_phrase
    assert (m.amount, m.currency) == (amount, currency)


@given(before=filler(), phrase=percent_phrases(), after=filler())
@settings(max_examples=200, deadline=None)
def test_percentages_read_back(before: str, phrase: tuple[str, Any], after: str) -> None:
    text_phrase, value = phrase
    prefix = f"{before} a stake of " if before else "A stake of "
    text = f"{prefix}{text_phrase} {after}".rstrip() + "."
    [m] = extract_percentages(text)
    assert (m.start, m.text, m.value) == (len(prefix), text_phrase, value)


@given(before=filler(), phrase=user_count_phrases(), after=filler())
@settings(max_examples=200, deadline=None)
def test_user_counts_read_back(before: str, phrase: tuple[str, int, str], after: str) -> None:
    text_phrase, count, metric = phrase
    prefix = f"{before} now has " if before else "It now has "
    text = f"{prefix}{text_phrase} {after}".rstrip() + "."
    [m] = extract_user_counts(text)
    assert (m.start, m.text, m.count, m.metric) == (len(prefix), text_phrase, count, metric)


@given(shift=st.text(alphabet=" abcxyz\n", max_size=30))
@settings(deadline=None)
def test_prefix_shifts_offsets(shift: str) -> None:
    base = "It paid $5 million for 18% of a service with 300 million users."
    text = shift + " " + base
    for extract in EXTRACTORS:
        a = [(m.start, m.end) for m in extract(base)]
        b = [(m.start - len(shift) - 1, m.end - len(shift) - 1) for m in extract(text)]
        assert a == b


@pytest.mark.parametrize("extract", EXTRACTORS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    "text",
    [
        "$" * 50_000,
        "9" * 50_000,
        "1," * 25_000,
        "$1" * 25_000,
        "1 " * 25_000 + "dlrs",
        "a " * 25_000 + "million dollars",
        "users " * 10_000 + "of 5 million",
        "5-" * 25_000 + "%",
        "one " * 20_000,
        "-$" * 25_000,
    ],
    ids=lambda t: repr(t[:8]),
)
def test_adversarial_inputs_finish(extract: Callable[[str], Sequence[Any]], text: str) -> None:
    # no wall-clock assertion: a catastrophic backtrack would make this test hang
    _check_spans(text, extract(text))
