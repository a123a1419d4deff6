"""extract_money over its corpus, plus the API promises."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from numeric_corpus import check_case, check_well_formed, load, params

import bizfacts
from bizfacts import MoneyMention, extract_money

CASES = load("money")
VALUE_KEYS = {"amount", "currency", "amount_high", "qualifier", "per"}
DEFAULTS: dict[str, Any] = {"amount_high": None, "qualifier": "exact", "per": None}


def test_corpus_is_well_formed() -> None:
    assert len({c["id"] for c in CASES}) == len(CASES)
    for case in CASES:
        check_well_formed(case, VALUE_KEYS)
        for e in case["expect"]:
            assert "amount" in e and "currency" in e, case["id"]


def test_corpus_size() -> None:
    positives = [c for c in CASES if c["expect"]]
    negatives = [c for c in CASES if c["_file"].startswith("negative")]
    assert len(positives) >= 150
    assert len(negatives) >= 40


@pytest.mark.parametrize("case", params(CASES))
def test_corpus(case: dict[str, Any]) -> None:
    check_case(case, extract_money, DEFAULTS)


def test_seed_example() -> None:
    [m] = bizfacts.extract_money("Alibaba paid $586 million for an 18 percent stake")
    assert (m.text, m.amount, m.currency) == ("$586 million", Decimal(586000000), "USD")
    assert m.rule


def test_rejects_non_text() -> None:
    with pytest.raises(TypeError, match=r"extract_money\(\) expects text as str, got int"):
        extract_money(5)  # type: ignore[arg-type]


def test_empty_and_plain_text() -> None:
    assert extract_money("") == []
    assert extract_money("nothing to see here") == []


def test_mentions_are_frozen_and_serializable() -> None:
    [m] = extract_money("a fee of $5 million")
    assert isinstance(m, MoneyMention)
    with pytest.raises(AttributeError):
        m.amount = Decimal(1)  # type: ignore[misc]
    assert bizfacts.to_dict(m)["amount"] == "5000000"


def test_amounts_are_exact_decimals() -> None:
    [m] = extract_money("It cost $0.1 billion.")
    assert m.amount == Decimal(100000000)
    assert str(m.amount) == "100000000"


def test_every_rule_is_named() -> None:
    text = "It paid $5m, 5 million USD, 20 billion yen, 15 cts a share and $1-2 billion."
    rules = {m.rule for m in extract_money(text)}
    assert rules == {
        "symbol amount",
        "amount code",
        "amount currency",
        "amount minor unit",
        "symbol amount range",
    }


def test_qualifier_with_a_long_s() -> None:
    """The caseless qualifier pattern matches "ſome" (long s) for "some": read as "about", not a crash."""
    got = extract_money("It rose \u017fome $5 million")
    assert [(m.text, m.amount, m.qualifier) for m in got] == [("$5 million", Decimal("5000000"), "about")]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Net loss was $(4.5) million in the period.", "-4500000"),
        ("Net loss was ($4.5) million in the period.", "-4500000"),
        ("The unit lost €(2.25) million (restated) last year.", "-2250000"),
        ("Operating loss (excluding items) was £(7) million.", "-7000000"),
    ],
)
def test_bracketed_amounts_after_other_brackets(text: str, amount: str) -> None:
    """A bracketed amount is found wherever it stands among brackets that hold words."""
    got = [m for m in extract_money(text) if m.rule == "bracketed amount"]
    assert [str(m.amount) for m in got] == [amount]


def test_brackets_gate_agrees_with_the_pattern() -> None:
    """``_may_hold_accounting`` is False only where the bracketed-amount pattern finds nothing."""
    from bizfacts import money

    texts = [
        "Sales (net) rose to 5 mln dlrs (up 3 pct).",
        "It paid 5 mln dlrs (about $4 mln) in cash.",
        "Loss $US(3.2) million; ($HK5) million; C$(1.5) million",
        "(",
        "$(",
        "a (b) c (d",
    ]
    for text in texts:
        if not money._may_hold_accounting(text):
            assert list(money._accounting_pattern().finditer(text)) == [], text
    assert money._may_hold_accounting("Loss $US(3.2) million")
    assert money._may_hold_accounting("Loss ($5) million")
    assert not money._may_hold_accounting("Sales (net) rose 5 pct (about).")
