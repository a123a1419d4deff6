"""The frame engine searches a rule that opens with PERSON from PERSON's first match: the same
matches as a search from the start (values, not shapes)."""

from __future__ import annotations

import pytest

from bizfacts._alternations import opening_group_closes_at_end
from bizfacts.facts import lexicon as L
from bizfacts.facts.assembler import assemble
from bizfacts.facts.engine import _any_person, _opens_with_person, all_rules
from bizfacts.facts.mentions import find_mentions
from bizfacts.facts.template import Template


def test_person_is_one_case_sensitive_group() -> None:
    assert L.PERSON.startswith("(?-i:")
    assert opening_group_closes_at_end(L.PERSON)


@pytest.mark.parametrize(
    ("pattern", "closes"),
    [
        ("(ab)", True),
        ("(a)b", False),
        ("(a[)]b)", True),
        (r"(a\)b)", True),
        ("(a(b)c)d", False),
        ("a(b)", False),
    ],
)
def test_closes_at_end(pattern: str, closes: bool) -> None:
    assert opening_group_closes_at_end(pattern) == closes


def test_a_rule_opening_with_person_is_told() -> None:
    """(The executive rules that opened with PERSON are retired: the clause cascade reads them.)"""
    assert _opens_with_person(rf"{L.PERSON},\s+who\s+heads")
    assert not _opens_with_person(rf"(?m:^){L.PERSON}[ \t]{{2,}}")
    first = [r for r in all_rules() if _opens_with_person(r.pattern)]
    assert all("(?P<person>" in r.pattern for r in first)


_TEXTS = [
    "Marta Quill, chief executive of Orvane Holdings Inc, said sales rose.",
    "Sales at Orvane Holdings Inc rose, said Marta Quill, its chief executive.",
    "Orvane Holdings Inc said Jonas Pell was named president of Tessaly Foods Corp.",
    "Chairman Ida Brandt of Halvery Corp said Jonas Pell, 54, will succeed Marta Quill as chief executive.",
    "Ms. Quill, the chief financial officer, said Halvery Corp expects growth.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_search_from_first_person_finds_the_same(text: str) -> None:
    templates: list[Template] = []
    assemble(text, find_mentions(text), trace=templates)
    rules = [r for r in all_rules() if _opens_with_person(r.pattern)]
    for tpl in templates:
        first = _any_person().search(tpl.template)
        if first is None:
            continue
        for r in rules:
            whole = [m.span() for m in r.regex.finditer(tpl.template)]
            assert [m.span() for m in r.regex.finditer(tpl.template, first.start())] == whole, r.name
