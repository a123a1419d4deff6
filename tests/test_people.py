"""extract_people over its corpus, the API promises, and properties for any input."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numeric_corpus import check_case, check_well_formed, load, params

import bizfacts
from bizfacts import PersonMention, extract_people, is_person_name
from bizfacts.people import is_given_name, person_evidence

CASES = load("people")
VALUE_KEYS = {"name"}


def test_corpus_is_well_formed() -> None:
    assert len({c["id"] for c in CASES}) == len(CASES)
    for case in CASES:
        check_well_formed(case, VALUE_KEYS)
    assert sum(c["_file"].startswith("negative") for c in CASES) >= 10


@pytest.mark.parametrize("case", params(CASES))
def test_corpus(case: dict[str, Any]) -> None:
    check_case(case, extract_people, {"name": ...})


def test_short_mentions_take_the_full_name() -> None:
    text = "Mr. Okoye spoke first. Grace Okoye, the founder, said Okoye Foods would grow. Okoye smiled."
    found = extract_people(text)
    assert [(m.text, m.name) for m in found] == [
        ("Okoye", "Grace Okoye"),
        ("Grace Okoye", "Grace Okoye"),
        ("Okoye", "Grace Okoye"),
    ]


def test_two_people_sharing_a_surname_are_not_merged() -> None:
    text = "Anna Berg and Lars Berg run the firm. Berg said sales rose."
    found = extract_people(text)
    # the lone "Berg" could be either: it is left out rather than given the wrong name
    assert [(m.text, m.name) for m in found] == [("Anna Berg", "Anna Berg"), ("Lars Berg", "Lars Berg")]


def test_names_inside_companies_given_by_the_caller_are_no_people() -> None:
    text = "Walter Greer Holdings said Walter Greer would retire."
    companies = bizfacts.extract_companies(text)
    assert [m.text for m in companies] == ["Walter Greer Holdings"]
    assert [m.text for m in extract_people(text, companies=companies)] == ["Walter Greer"]


def test_companies_are_found_only_once_a_name_needs_them(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    find = bizfacts.companies.extract_companies

    def counted(text: str) -> list[bizfacts.CompanyMention]:
        calls.append(text)
        return find(text)

    monkeypatch.setattr(bizfacts.companies, "extract_companies", counted)
    # a text with no candidate name (a list of firms, a code) never runs the company extractor
    assert extract_people("Acme Corp, Bravo Inc, %28%2D, Ωmega, A. B. ") == []
    assert calls == []
    text = "Walter Greer Holdings said Walter Greer would retire."
    assert [m.text for m in extract_people(text)] == ["Walter Greer"]
    assert calls == [text]


def test_veto_helpers() -> None:
    assert is_person_name("Grace Okoye") and is_given_name("Grace")
    assert not is_person_name("General Electric") and not is_person_name("Grace")
    text = "said trader Okonkwo Ndu on Friday"
    assert person_evidence(text, 12, 23) == "role"
    assert person_evidence("said trader Ola Nordmann", 12, 24) == "given name"
    assert person_evidence("Shares of Nordmann Freight rose", 10, 26) is None


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="extract_people expects a str"):
        extract_people(b"Jack Ma")  # type: ignore[arg-type]


def test_to_dict() -> None:
    m = extract_people("Dr. Aiko Tanabe spoke.")[0]
    assert bizfacts.to_dict(m) == {
        "start": 4,
        "end": 15,
        "text": "Aiko Tanabe",
        "name": "Aiko Tanabe",
        "rule": "honorific",
    }


def check_spans(text: str, found: list[PersonMention]) -> None:
    last_end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end, "sorted and not overlapping"
        assert m.name and m.name == " ".join(m.name.split())
        last_end = m.end


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode_gives_valid_spans(text: str) -> None:
    check_spans(text, extract_people(text))


WORDS = [
    "Grace",
    "Okoye",
    "said",
    "Mr.",
    "Dr.",
    "Chief",
    "Executive",
    ",",
    ".",
    "and",
    "van",
    "der",
    "R.",
    "Holdings",
    "Paris",
    "in",
    "told",
    "Berg",
    "Jean-Luc",
    "52",
    "the",
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join))
def test_name_like_text_is_deterministic_and_well_formed(text: str) -> None:
    first = extract_people(text, companies=())
    check_spans(text, first)
    assert extract_people(text, companies=()) == first
    names = {m.name for m in first}
    for m in first:
        assert m.text in m.name or m.name in names  # a short mention names someone the text names
