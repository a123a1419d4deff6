"""One short text per fact rule, with the facts it must (and must not) give.

Cases live in tests/corpus/facts/rules.jsonl: {"id", "text", "reference_date",
"expect": [partial facts in to_dict form], "max_facts"?}.  A partial fact matches an
extracted fact of the same type whose listed roles are equal (companies compared
by canonical name, lists as sets).  "expect": [] means no fact at all.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import regex

import bizfacts

RULES_FILE = Path(__file__).parent / "corpus" / "facts" / "rules.jsonl"
CASES = [json.loads(line) for line in RULES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _same(want: Any, got: Any) -> bool:
    if isinstance(want, list):
        return isinstance(got, list) and sorted(map(str, want)) == sorted(map(str, got))
    return bool(want == got)


def _matches(partial: dict[str, Any], fact: dict[str, Any]) -> bool:
    return all(_same(v, fact.get(k)) for k, v in partial.items())


def test_cases_are_well_formed() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    for c in CASES:
        assert set(c) <= {"id", "text", "reference_date", "expect", "forbid", "max_facts", "comment"}, c["id"]
        dt.date.fromisoformat(c["reference_date"])
        for f in c["expect"]:
            assert f["type"] in bizfacts._fact_types.FACT_CLASSES, c["id"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_rule(case: dict[str, Any]) -> None:
    ref = dt.date.fromisoformat(case["reference_date"])
    facts = [bizfacts.to_dict(f) for f in bizfacts.extract_facts(case["text"], reference_date=ref)]
    if not case["expect"]:
        assert facts == []
        return
    for want in case["expect"]:
        assert any(_matches(want, f) for f in facts), (want, facts)
    if "max_facts" in case:
        assert len(facts) <= case["max_facts"], facts
    for unwanted in case.get("forbid", []):  # facts (partial) that must not be found
        assert not any(_matches(unwanted, f) for f in facts), (unwanted, facts)


def test_anaphor_gate_covers_every_head() -> None:
    """Each head noun (data/fact_nouns.tsv) passes the gate before the anaphor regex, else it is lost."""
    from bizfacts.facts import discourse, lexicon

    heads = lexicon.COMPANY_HEADS + lexicon.PRODUCT_HEADS
    assert "carmaker" in heads and "app" in heads
    gate = discourse._head_automaton()
    assert [h for h in heads if next(gate.iter(f"the {h} said"), None) is None] == []
    assert next(gate.iter("the weather said"), None) is None


def test_person_rules_are_gated_by_the_person_pattern() -> None:
    """A rule that names a PERSON is skipped when PERSON alone finds no name: its pattern must contain it."""
    from bizfacts.facts import engine

    gated = {rule.name for frame in engine._frame_table(2) for rule, _, person, _ in frame[4] if person}
    assert "TITLE PERSON said" in gated and "X is led by TITLE PERSON" in gated
    assert "X acquired P of Y" not in gated
    for frame in engine._frame_table(2):
        for rule, _, person, _ in frame[4]:
            assert person == ("(?P<person>" in rule.pattern)


FACT_DATA = {
    "exchanges.tsv": 3,
    "exchange_tokens.txt": 1,
    "fact_nouns.tsv": 2,
    "titles.tsv": 2,
    "fact_words.tsv": 2,
    "honorifics.tsv": 3,
}


def test_fact_word_lists_load_and_name_their_source() -> None:
    """The assembler's word lists are data files with a source and licence header and their columns."""
    from importlib import resources

    from bizfacts import _numbers

    for name, columns in FACT_DATA.items():
        rows = _numbers.data_rows(name)
        assert rows and all(len(r) == columns and all(c.strip() == c and c for c in r) for r in rows), name
        head = resources.files("bizfacts").joinpath("data", name).read_text(encoding="utf-8")[:900]
        assert head.startswith("#") and "Source" in head and "Licence: MIT" in head, name


def test_fact_word_lists_reach_the_rules() -> None:
    """Values built from the data files: the exchange table, the title pattern, the region words."""
    from bizfacts.facts import lexicon

    assert lexicon.exchange_name("LSE") == "London Stock Exchange"
    assert lexicon.exchange_name("Tokyo") == "Tokyo Stock Exchange"
    assert lexicon.exchange_name("Bolsa de Ejemplo") == "Bolsa de Ejemplo"
    assert "tokyo" in lexicon.LISTING_CITY_NAMES and "lse" not in lexicon.LISTING_CITY_NAMES
    title = regex.compile(lexicon.TITLE, regex.IGNORECASE)
    m = title.match("senior vice president and CFO")
    assert m is not None and m.group("title") == "senior vice president and CFO"
    assert title.match("the weather") is None
    assert "Ohio" in lexicon.REGIONS and "Danish" in lexicon.DEMONYMS and "However" in lexicon.COMMON_OPENERS
    assert "purchaser" in lexicon.NOT_NAMES and "Monday" in lexicon.NOT_PERSON_WORDS
    assert lexicon.HONORIFICS == "(?:Mr|Ms|Mrs|Dr|Sir|Prof)"
    person = regex.compile(lexicon.PERSON)
    assert person.match("Dr. Fiona McAllister said").group("person") == "Dr. Fiona McAllister"
    with pytest.raises(AttributeError, match="NO_SUCH_LIST"):
        _ = lexicon.NO_SUCH_LIST
