"""extract_companies over its corpus, plus the API promises (gazetteer, linking)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from numeric_corpus import check_case, check_well_formed, load, params

import bizfacts
from bizfacts import CompanyMention, extract_companies
from bizfacts.companies import Gazetteer, GazetteerEntry, canonical_name, is_non_company

CASES = load("companies")
VALUE_KEYS = {"name", "kind", "owner"}
DEFAULTS: dict[str, Any] = {"owner": None}
SEED = Path(__file__).parent.parent.parent / "shared" / "seeds" / "000_cac375d557fed293.txt"


def test_corpus_is_well_formed() -> None:
    assert len({c["id"] for c in CASES}) == len(CASES)
    for case in CASES:
        check_well_formed(case, VALUE_KEYS)
        for e in case["expect"]:
            assert e["kind"] in ("company", "product", "site", "organization"), case["id"]
            assert e["name"], case["id"]


def test_corpus_size() -> None:
    negatives = [c for c in CASES if c["_file"].startswith("negative")]
    assert len(CASES) >= 200
    assert len(negatives) >= 60


@pytest.mark.parametrize("case", params(CASES))
def test_corpus(case: dict[str, Any]) -> None:
    check_case(case, extract_companies, {"name": ..., "kind": ..., **DEFAULTS})


def test_rejects_non_text() -> None:
    with pytest.raises(TypeError, match=r"extract_companies\(\) expects text as str, got int"):
        extract_companies(5)  # type: ignore[arg-type]


def test_rule_names_are_filled() -> None:
    found = extract_companies("Gorham Mills Corp <GMC> sold a unit to <Marston Fenwick PLC> and Sina.")
    assert [(m.name, m.rule) for m in found] == [
        ("Gorham Mills", "legal suffix"),
        ("Marston Fenwick", "reuters bracket"),
        ("Sina", "gazetteer"),
    ]


def test_reuters_ticker_is_attached_not_a_mention() -> None:
    [m] = extract_companies("Cyclops Corp <CYL> said it agreed to be acquired.")
    assert (m.text, m.ticker) == ("Cyclops Corp", "CYL")


def test_listing_code_in_parentheses() -> None:
    [m] = extract_companies("Sina Corp (NASDAQ: SINA) said revenue rose.")
    assert (m.name, m.exchange, m.ticker) == ("Sina", "NASDAQ", "SINA")


def test_one_entity_per_document() -> None:
    text = "Orrin Foods Inc said profit rose. Orrin said Orrin's margins widened."
    assert {m.name for m in extract_companies(text)} == {"Orrin Foods"}


def test_canonical_name() -> None:
    assert canonical_name("Sina Corp") == "Sina"
    assert canonical_name("Alibaba Group Holding Ltd") == "Alibaba"
    assert canonical_name("Tencent Holdings") == "Tencent"
    assert canonical_name("General Motors Corp.") == "General Motors"
    assert canonical_name("The Limited") == "The Limited"
    assert canonical_name("Marlowe Tool, Inc.") == "Marlowe Tool"


def test_is_non_company() -> None:
    assert is_non_company("Chengdu") == "place"
    assert is_non_company("Wednesday") == "weekday"
    assert is_non_company("NASDAQ") == "exchange"
    assert is_non_company("Tencent") is None


def test_user_gazetteer_extends_without_global_state() -> None:
    text = "Shares of Quorvex rose after Qvx shipped."
    base = Gazetteer.default()
    mine = base.with_entries(
        [
            {"name": "Quorvex", "aliases": ["Qvx"], "ticker": "QVX"},
            GazetteerEntry(name="Zorblax", kind="product", owner="Quorvex"),
        ]
    )
    assert mine is not base and len(mine) == len(base) + 2
    found = extract_companies(text, gazetteer=mine)
    assert [(m.text, m.name) for m in found] == [("Quorvex", "Quorvex"), ("Qvx", "Quorvex")]
    assert base.lookup("Quorvex") is None
    assert [m.text for m in extract_companies("Then Qvx shipped.")] == []
    assert Gazetteer.from_entries(["Quorvex"], include_default=False).lookup("Sina") is None


def test_gazetteer_entry_validates_kind() -> None:
    with pytest.raises(ValueError, match="kind must be one of"):
        GazetteerEntry(name="X", kind="person")  # type: ignore[arg-type]


def test_default_gazetteer_is_loaded_once_and_large() -> None:
    gaz = Gazetteer.default()
    assert gaz is Gazetteer.default()
    assert len(gaz) >= 2000
    assert gaz.lookup("WeChat") is not None and gaz.lookup("WeChat").owner == "Tencent"  # type: ignore[union-attr]
    assert gaz.by_ticker("BABA") is gaz.lookup("Alibaba")


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")
def test_seed_article_done_criterion() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = extract_companies(text)
    names = {(m.name, m.kind, m.owner) for m in found}
    for want in [
        ("Sina", "company", None),
        ("Alibaba", "company", None),
        ("Tencent", "company", None),
        ("Weibo", "product", "Sina"),
        ("WeChat", "product", "Tencent"),
        ("Facebook", "company", None),
        ("Aruba", "company", None),
        ("Taobao", "site", "Alibaba"),
        ("Tmall", "site", "Alibaba"),
        ("buy.qq.com", "site", "Tencent"),
        ("paipai.com", "site", "Tencent"),
        ("51buy.com", "site", "Tencent"),
    ]:
        assert want in names, want
    texts = {m.text for m in found}
    assert {"Sina Corp", "Alibaba Group", "Tencent Inc", "Aruba Co"} <= texts
    assert not texts & {"Li Yanchuan", "Wang Gao", "Wang", "Li", "Hangzhou", "Chengdu", "NASDAQ", "China"}


def test_exported_from_package() -> None:
    assert bizfacts.extract_companies is extract_companies
    assert all(isinstance(m, CompanyMention) for m in extract_companies("Sina Corp said."))


def test_first_word_alone_names_the_listed_parent_not_a_unit_named_later() -> None:
    # the gazetteer knows the parent; the text then names a unit opening with the same word
    gaz = Gazetteer.default().with_entries([GazetteerEntry(name="Quarlow Organisation")])
    text = (
        "Quarlow Organisation Plc said trading was steady. It plans to refit its cinemas, and the "
        "Quarlow Film Distributors unit will spend 20 mln stg. Quarlow said profit rose."
    )
    last = [m for m in extract_companies(text, gazetteer=gaz) if m.text == "Quarlow"]
    assert [m.name for m in last] == ["Quarlow Organisation"]


def test_plural_possessive_mark_is_no_part_of_a_name() -> None:
    # a name read from its context ("and" after a company word) before a plural possessive
    text = "Tessaly said it completed its purchase of substantially all Orland Gas and Fuel Associates' coal."
    found = [(c.text, c.name) for c in extract_companies(text)]
    assert ("Fuel Associates", "Fuel Associates") in found
    assert not any(t.endswith(("'", "’")) for t, _ in found)
