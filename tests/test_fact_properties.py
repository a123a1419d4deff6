"""Metamorphic properties of the fact cascade (hypothesis).

Facts must survive rephrasing that does not change what is told:

- renaming a company to another invented capitalized name changes nothing but the name;
- an apposition (", a maker of industrial pumps,") or a ", which ...," clause after a party
  changes nothing;
- turning an active sentence passive changes nothing but the rule's variant.

Sentences are templates written here with slots {A}, {B}, {C} (companies), {L} (a place) and
{P} (a person); names come from the invented pool (tests/paradigm_names.py) and from a
generator of pronounceable names (tests/strategies.py).  Example counts are modest and the
runs derandomized, so CI sees the same examples every time.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import pytest
from cascade_probe import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paradigm_names import COMPANIES, PEOPLE, PLACES
from strategies import invented_company_names

_PROFILE = settings(
    max_examples=25, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
_REF = dt.date(2024, 3, 4)
_ROLES = ("acquirer", "target", "seller", "owner", "asset", "company", "location", "person", "title")

# one template per construction; every slot is a party the renaming property may rename
TEMPLATES = (
    "{A} acquired {B} for $40 million, the companies said.",
    "{A} said on Monday it had agreed to buy {B}.",
    "{B} was bought by {A} in 2019.",
    "{A} sold {B} to {C} last year.",
    "{B}, which {A} acquired in 2014, makes industrial pumps.",
    "{B}, acquired by {A} in 2018, makes industrial pumps.",
    "{A} completed its acquisition of {B}.",
    "The sale of {B} by {A} to {C} was approved by regulators.",
    "{A} took a 15 percent stake in {B}.",
    "{A} paid $25 million for {B}.",
    "{B}, a unit of {A}, said sales rose 4 percent.",
    "{A}'s unit {B} said sales rose 4 percent.",
    "{A} said its {B} unit had won a contract.",
    "{A}, the parent company of {B}, said profit rose.",
    "{B}, whose parent company is {A}, said profit rose.",
    "{B}, wholly owned by {A}, said profit rose.",
    "{A} owns {B}.",
    "{A}, headquartered in {L}, makes industrial pumps.",
    "Based in {L}, {A} makes industrial pumps.",
    "{A} is a software company headquartered in {L}.",
    "{P}, chief financial officer of {A}, said demand was strong.",
    "{A}'s chairman {P} said demand was strong.",
    "{A}, whose chief executive is {P}, said demand was strong.",
)

# (active, passive) pairs telling the same fact
VOICE_PAIRS = (
    ("{A} acquired {B} last year.", "{B} was acquired by {A} last year."),
    ("{A} has bought {B}.", "{B} has been bought by {A}."),
    ("{A} took over {B} in 2019.", "{B} was taken over by {A} in 2019."),
    ("{A} sold {B} to {C}.", "{B} was sold by {A} to {C}."),
    ("{A} agreed to acquire {B}.", "{B} agreed to be acquired by {A}."),
    ("{A} controls {B}.", "{B} is controlled by {A}."),
    ("{A} owns {B}.", "{B} is owned by {A}."),
)

# templates with {X} after a party, where an apposition or a relative clause may stand
INSERTION_TEMPLATES = (
    "{A}{X} acquired {B} for $40 million.",
    "{A}{X} said it had agreed to buy {B}.",
    "{B}{X} was bought by {A} in 2019.",
    "{A}{X} sold {B} to {C} last year.",
    "{A}{X} completed its acquisition of {B}.",
    "{A}{X} took a 15 percent stake in {B}.",
    "{B}{X} is a unit of {A}.",
    "{A}{X} is the parent company of {B}.",
    "{A}{X} owns {B}.",
    "{A}{X} is headquartered in {L}.",
    "{P}{X} is the chief financial officer of {A}.",
    "{A} acquired {B}{X} last year.",
    "{A} sold {B}{X} to {C} last year.",
    "{A} is the parent company of {B}{X} and two other firms.",
)
INSERTIONS = (
    ", a maker of industrial pumps,",
    ", one of the largest grocers in the region,",
    ", which was founded in 1998,",
    ", which employs 2,000 people,",
    ", which makes farm equipment,",
    ", which has 40 stores,",
    " (Nasdaq: BWX)",
)

# Known gaps of the insertion property, (template, insertion) -> what goes wrong.  (None left: "X
# sold Y, which was founded in 1998, to Z" lost its buyer until the prepositional phrases after a
# clause passed over the object's relative clause.)
INSERTION_GAPS: dict[tuple[str, str], str] = {}
# the names of the xfail example
_VOICE_GAP_NAMES = {"A": "Calloway Systems", "B": "Dunmore Textiles", "C": "Brightwave", "L": "Denver"}
# (none left: "Y was sold by X to Z" gave the seller as buyer through the retired surface rule
# "Y was acquired by X"; the cascade's passive reads "by" of "sell" as the seller)
VOICE_GAPS: dict[str, str] = {}


def _render(template: str, names: dict[str, str]) -> str:
    return template.format(**names)


@functools.cache
def _facts(text: str) -> tuple[tuple[Any, ...], ...]:
    """The merged facts of ``text`` as comparable tuples (type, roles, status, stake, price)."""
    final, _cascade = run(text, reference_date=_REF)
    out = []
    for f in final:
        price = f.get("price")
        out.append(
            (
                f["type"],
                tuple((k, f.get(k)) for k in _ROLES if f.get(k) is not None),
                f.get("status"),
                f.get("stake"),
                price["amount"] if isinstance(price, dict) else None,
            )
        )
    return tuple(sorted(out, key=repr))


def _told(facts: tuple[tuple[Any, ...], ...], insertion: str) -> tuple[tuple[Any, ...], ...]:
    """The facts less the listing a ticker insertion tells ("(Nasdaq: BWX)" lists the company)."""
    return tuple(f for f in facts if not (f[0] == "listing" and "Nasdaq" in insertion))


def _rename(facts: tuple[tuple[Any, ...], ...], old: str, new: str) -> tuple[tuple[Any, ...], ...]:
    renamed = []
    for t, roles, *rest in facts:
        roles = tuple((k, new if v == old else v) for k, v in roles)
        renamed.append((t, roles, *rest))
    return tuple(sorted(renamed, key=repr))


@st.composite
def _cast(draw: st.DrawFn) -> dict[str, str]:
    """Distinct pool companies for A, B and C, a place and a person."""
    a, b, c = draw(st.permutations(COMPANIES))[:3]
    return {"A": a, "B": b, "C": c, "L": draw(st.sampled_from(PLACES)), "P": draw(st.sampled_from(PEOPLE))}


def test_templates_give_facts() -> None:
    """Every template gives a fact with the names it holds (else the properties prove nothing)."""
    names = {
        "A": "Brightwave",
        "B": "Calloway Systems",
        "C": "Dunmore Textiles",
        "L": "Denver",
        "P": "Maria Okafor",
    }
    for template in (*TEMPLATES, *(p for pair in VOICE_PAIRS for p in pair)):
        facts = _facts(_render(template, names))
        assert facts, template
        assert any("Brightwave" in dict(roles).values() for _t, roles, *_ in facts), (template, facts)
    for template in INSERTION_TEMPLATES:
        assert _facts(_render(template, {**names, "X": ""})), template


@_PROFILE
@given(
    template=st.sampled_from(TEMPLATES),
    cast=_cast(),
    slot=st.sampled_from("AB"),
    new=invented_company_names(),
)
def test_renaming_a_company_changes_only_the_name(
    template: str, cast: dict[str, str], slot: str, new: str
) -> None:
    if "{" + slot + "}" not in template:
        slot = "A"
    old = cast[slot]
    before = _facts(_render(template, cast))
    after = _facts(_render(template, {**cast, slot: new}))
    assert _rename(after, new, old) == before, (template, new)


@_PROFILE
@given(template=st.sampled_from(INSERTION_TEMPLATES), insertion=st.sampled_from(INSERTIONS), cast=_cast())
def test_an_apposition_or_relative_clause_after_a_party_changes_nothing(
    template: str, insertion: str, cast: dict[str, str]
) -> None:
    if (template, insertion) in INSERTION_GAPS or ("{P}" in template and "which" in insertion):
        return  # a known gap; "which" does not follow a person
    plain = _facts(_render(template, {**cast, "X": ""}))
    inserted = _told(_facts(_render(template, {**cast, "X": insertion})), insertion)
    assert inserted == plain, (template, insertion)


@_PROFILE
@given(pair=st.sampled_from(VOICE_PAIRS), cast=_cast())
def test_active_and_passive_give_the_same_facts(pair: tuple[str, str], cast: dict[str, str]) -> None:
    active, passive = pair
    if active in VOICE_GAPS:  # name-dependent, see VOICE_GAPS
        return
    assert _facts(_render(passive, cast)) == _facts(_render(active, cast)), pair


@pytest.mark.parametrize(
    "pair",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=VOICE_GAPS[p[0]]))
        for p in VOICE_PAIRS
        if p[0] in VOICE_GAPS
    ],
)
def test_voice_gaps(pair: tuple[str, str]) -> None:
    assert _facts(_render(pair[1], _VOICE_GAP_NAMES)) == _facts(_render(pair[0], _VOICE_GAP_NAMES))


def test_confidences_are_rounded_to_two_places() -> None:
    """A fact's confidence is a figure of two decimals, also where a construction lowers it (an
    office a founding verb tells, after an opening phrase: 0.6 - 0.15 is 0.45, not 0.44999...)."""
    import bizfacts

    # (a suffixless name after the clause's comma and a copula is now a company: "the startup P"
    # keeps the lowered figures)
    text = "Founded in 2012 by Ana Ruiz and Tom Berg, the startup Parcelly is headquartered in Austin, Texas."
    facts = bizfacts.extract_facts(text)
    assert {(f.type, f.confidence) for f in facts} >= {("executive", 0.45), ("headquarters", 0.6)}
    assert all(round(f.confidence, 2) == f.confidence for f in facts)
