"""extract_places over its corpus, chains, the API promises, and properties for any input."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numeric_corpus import check_case, check_well_formed, load, params

import bizfacts
from bizfacts import PlaceMention, extract_places, is_place_name
from bizfacts.places import is_demonym, is_region_name, place_entries

CASES = load("places")
VALUE_KEYS = {"name", "kind", "country", "within"}


def test_corpus_is_well_formed() -> None:
    assert len({c["id"] for c in CASES}) == len(CASES)
    for case in CASES:
        check_well_formed(case, VALUE_KEYS)
        for e in case["expect"]:
            assert e["kind"] in ("city", "region", "country", "other"), case["id"]
    assert sum(c["_file"].startswith("negative") for c in CASES) >= 9


@pytest.mark.parametrize("case", params(CASES))
def test_corpus(case: dict[str, Any]) -> None:
    check_case(case, extract_places, {"name": ..., "kind": ..., "country": ..., "within": None})


def test_chain_settles_which_city_and_region() -> None:
    found = extract_places("Plants in Newark, Ohio, and Newark, N.J., were sold.")
    assert [(m.text, m.region, m.within) for m in found] == [
        ("Newark", "US-OH", "Ohio"),
        ("Ohio", "US-OH", None),
        ("Newark", "US-NJ", "New Jersey"),
        ("N.J.", "US-NJ", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade talks resumed in Rio de Janeiro on Monday.", [("Rio de Janeiro", "Rio de Janeiro")]),
        (
            "It moved from St. Louis to New York City.",
            [("St. Louis", "St. Louis"), ("New York City", "New York City")],
        ),
        ("A. B. C. D. E. F. G. H. Smith flew to St. Louis.", [("St. Louis", "St. Louis")]),
        ("Q3 Q3 Q3 sales in Buenos Aires rose.", [("Buenos Aires", "Buenos Aires")]),
        ("SAO PAULO, March 3 - Brazil said.", [("SAO PAULO", "São Paulo"), ("Brazil", "Brazil")]),
    ],
)
def test_names_of_several_words_after_runs_that_begin_none(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # the reader grows a name only while some place name begins with its words
    assert [(m.text, m.name) for m in extract_places(text)] == expected


def test_table_lookups() -> None:
    assert [e.name for e in place_entries("Calif.")] == ["California"]
    assert place_entries("U.S.")[0].country == "US"
    assert is_place_name("Lisle") and not is_region_name("Lisle") and is_region_name("Ohio")
    assert is_demonym("Bolivians") and is_demonym("Moroccan") and not is_demonym("Finlays")


def test_company_and_people_given_by_the_caller_are_used() -> None:
    text = "Boston Scientific opened a plant in Boston."
    companies = bizfacts.extract_companies(text)
    assert [m.text for m in companies] == ["Boston Scientific"]
    assert [m.start for m in extract_places(text, companies=companies, people=[])] == [36]


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="extract_places expects a str"):
        extract_places(None)  # type: ignore[arg-type]


def test_to_dict() -> None:
    m = extract_places("It moved to Lisle, Ill.")[0]
    assert bizfacts.to_dict(m) == {
        "start": 12,
        "end": 17,
        "text": "Lisle",
        "name": "Lisle",
        "kind": "city",
        "country": "US",
        "region": "US-IL",
        "within": "Illinois",
        "rule": "chain",
    }


def check_spans(text: str, found: list[PlaceMention]) -> None:
    last_end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end, "sorted and not overlapping"
        assert m.kind in ("city", "region", "country", "other")
        assert m.country is None or (len(m.country) == 2 and m.country.isupper())
        last_end = m.end


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode_gives_valid_spans(text: str) -> None:
    check_spans(text, extract_places(text))


WORDS = [
    "Newark",
    ",",
    "Ohio",
    "Ill.",
    "in",
    "Paris",
    "Hilton",
    "Reading",
    "England",
    "Canada",
    "Southern",
    "California",
    "based",
    "-",
    "TX",
    "Austin",
    "the",
    ".",
    "\n",
    "NEW",
    "YORK",
    "(Reuters)",
    "Bank",
    "of",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join))
def test_place_like_text_is_deterministic_and_well_formed(text: str) -> None:
    first = extract_places(text, companies=(), people=())
    check_spans(text, first)
    assert extract_places(text, companies=(), people=()) == first
    names = {m.name for m in first}
    for m in first:
        assert m.within is None or m.within in names  # a chain's links are all mentions
