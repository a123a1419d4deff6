"""One short text per fact rule, with the facts it must (and must not) give.

Cases live in tests/corpus/facts/rules.jsonl: {"id", "text", "reference_date",
"expect": [partial facts in to_dict form], "max_facts"?, "forbid"?, "rule"?, "status"?,
"comment"?}.  A partial fact matches an extracted fact of the same type whose listed roles
are equal (companies compared by canonical name, lists as sets).  "expect": [] means no
fact at all.

The cases of the clause-level cascade (ids "cascade-...") name the cascade rule they cover,
"<predicate>/<variant>" ("acquire/passive"): the cascade itself (before merging) must give a
fact with that rule matching the first expected fact, and every construction of
``clauses.variants()`` that a lexicon predicate can use must be the rule of some passing
case.  "status": "fail" marks a known gap of the engine, run as a strict xfail ("comment"
says what goes wrong), so a fix is noticed.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path
from typing import Any

import pytest
import regex
from cascade_probe import run

import bizfacts
from bizfacts.facts.cascade import approvals, clauses, fronted, predicates, serves

RULES_FILE = Path(__file__).parent / "corpus" / "facts" / "rules.jsonl"
CASES = [json.loads(line) for line in RULES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


@functools.cache
def _run(text: str, reference_date: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The merged and the cascade's own facts of a case (each case is read once per session)."""
    return run(text, reference_date=dt.date.fromisoformat(reference_date))


def _same(want: Any, got: Any) -> bool:
    if isinstance(want, list):
        return isinstance(got, list) and sorted(map(str, want)) == sorted(map(str, got))
    return bool(want == got)


def _matches(partial: dict[str, Any], fact: dict[str, Any]) -> bool:
    return all(_same(v, fact.get(k)) for k, v in partial.items())


CASE_KEYS = {"id", "text", "reference_date", "expect", "forbid", "max_facts", "comment", "rule", "status"}


def _known_rules() -> set[str]:
    """Every "<predicate>/<variant>" a cascade fact can carry."""
    return {f"{p}/{v}" for p, v in _applicable()} | {
        f"{p}/{v.name}" for v in clauses.variants() for p in _frame_predicates(v.frame)
    }


def _frame_predicates(frame: str) -> set[str]:
    """The predicates a construction's frame serves: the lexicon's frames, "own" for the
    owned-by and has-a-stake constructions of the ownership verb, "executive" for the title
    constructions."""
    lexicon = predicates.predicates()
    if frame == "TITLE":
        return {"executive"}
    if frame in ("OWNED", "HAS"):
        return {"own"}
    return {p.name for p in lexicon.values() if frame in p.frames}


# the FUND constructions whose theme follows "in": "X was invested in by Y", "X, in which Y invested"
_THEME_IN = ("passive", "object-relative", "noun-in")


def _applicable() -> set[tuple[str, str]]:
    """(predicate, variant) pairs that can give a fact: the frame's predicates, less what the
    lexicon rules out.  A STAKE verb needs a stake object (active only; a raise of "its stake
    to P" is the raise-to construction's, for "take" alone); a FOR verb names its
    target after "for" (for-price only), and for-price is only for FOR verbs; an ownership verb
    without its agent names no owner (no passive-no-agent) and its holding "of its shares" is
    read by the OWNED construction (no TRANS its-shares); a FUND construction whose theme
    follows "in" serves only the predicates that name a party after "in"."""
    lexicon = predicates.predicates()
    pairs: set[tuple[str, str]] = set()
    for v in clauses.variants():
        for name in _frame_predicates(v.frame):
            pred = lexicon.get(name)
            frames = pred.frames if pred is not None else frozenset()
            if v.frame == "TRANS":
                if "STAKE" in frames and v.name not in ("active", "raise-to"):
                    continue
                if v.name == "raise-to" and name != "take":
                    continue  # "raised its holding to 51 pct": the target is the acquirer's last
                if ("FOR" in frames) != (v.name == "for-price"):
                    continue
                ownership = pred is not None and pred.fact_type == "ownership"
                if ownership and v.name in ("passive-no-agent", "its-shares"):
                    continue  # (a holding "of its shares" is the OWNED its-shares construction's)
                owner_object = ownership and pred.roles.get("agent") == "asset"
                if owner_object and v.name not in ("active", "subject-relative"):
                    continue  # "Y belongs to X": a verb and its particle, no passive, the owner its object
            if v.name == "shared-object" and name not in ("acquire", "sell"):
                continue  # "X agreed to acquire, and Z agreed to sell, ...": a deal's two sides
            if v.name == "coordinated-light" and name not in ("acquire", "sell"):
                continue  # "X reported ..., and completed its acquisition of Y": a deal's noun only
            if (v.name in fronted.NAMES or v.name in approvals.NAMES) and name not in ("acquire", "sell"):
                continue  # "After buying Y, X ...", "The board approved the sale of Y": a deal's verb or noun
            if v.name in ("relative-passive", "which-sold-it") and name != "sell":
                continue  # "Y, which was sold to Z, ...": a sale's buyer after "to"
            if v.name in ("take-private", "pay-to") and name != "acquire":
                continue  # "Y will take X private", "Y will pay $5 mln to acquire X": read as acquiring
            if v.name in ("target-answers", "tendered") and name != "bid":
                continue  # "Y accepted X's offer", "Y shares were tendered in X's offer": a bid's
            if v.name == "including" and name != "acquire":
                continue  # "X has made several acquisitions, including Y": a buyer's deals, listed
            if v.name == "unnamed-buyer" and name != "acquire":
                continue  # "X said a group of investors offered to buy its Y": a purchase's
            if v.name == "owners-approve-sale" and name != "sell":
                continue  # "X shareholders approved its sale to Z": a sale's
            if v.name == "receive-for" and name != "sell":
                continue  # "X will receive $5 mln from Z for Y": a sale's proceeds
            if v.name in ("opening-noun-to", "itself", "unnamed-seller", "own-stake") and name != "sell":
                continue  # "The sale of Y to Z", "sell itself to Z", "Its founders sold Y to Z": a sale's
            if v.name == "subjectless" and "FOR" in frames:
                continue  # "approved the bid for Y": a FOR noun's target follows "for", not "of"
            if v.name == "target-subject" and (pred is None or pred.roles.get("agent") != "acquirer"):
                continue  # "the sale by Y": only a buyer's noun takes the reporting subject as theme
            if v.name == "possessive-to" and name != "sell":
                continue  # "X's sale to Y": only a sale names what is sold by its possessor
            if name == "back" and v.name in ("its-shares", "passive-no-agent", "relation-which-it"):
                continue  # "X is backed": a backing names its backer; it is told of companies, not shares
            if v.frame == "INV" and v.name in serves.INVESTOR_LISTS and name != "investor":
                continue  # "Y's investors include A": an investor's lists only
            if name == "investor" and v.name in ("coordinated", "fronted", "the-copula", "regarded-as"):
                continue  # (no investor's coordinated, fronted, copula or regarded relation)
            if v.frame == "VALUE" and (v.name == "copula") != (name == "worth"):
                continue  # "X is worth M": the adjective after a copula, no other construction
            if v.name == "after-raising" and name != "raise":
                continue  # "X is valued at M after raising M": the subject raises (no investee after "in")
            if v.frame == "FUND" and name == "issue" and v.name in ("light-verb", "possessive"):
                continue  # "X issued shares to Y": a verb with no noun of its own
            if v.frame == "FUND" and v.name in _THEME_IN and (pred is None or "in" not in pred.roles):
                continue  # "X was invested in by Y": only a predicate naming its investee after "in"
            pairs.add((name, v.name))
    return pairs


def test_cases_are_well_formed() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) >= 200, f"rules.jsonl holds {len(ids)} cases: the file was cut"
    assert len(ids) == len(set(ids))
    known = _known_rules()
    for c in CASES:
        assert set(c) <= CASE_KEYS, c["id"]
        dt.date.fromisoformat(c["reference_date"])
        for f in c["expect"]:
            assert f["type"] in bizfacts._fact_types.FACT_CLASSES, c["id"]
        assert c.get("status", "pass") in ("pass", "fail"), c["id"]
        if c.get("status") == "fail":
            assert c.get("comment"), f"{c['id']}: a known failure says what goes wrong"
        if c["id"].startswith("cascade-") and c["expect"]:
            assert c.get("rule") in known, f"{c['id']}: a cascade case names its rule, got {c.get('rule')!r}"
        elif "rule" in c:
            assert c["rule"] in known and c["expect"], c["id"]


def test_rule_names_are_checked() -> None:
    """The rule names the well-formedness test accepts are the cascade's own."""
    known = _known_rules()
    assert {"acquire/passive", "sell/active", "unit/apposition", "hq/fronted", "executive/copula"} <= known
    assert ("acquire", "for-price") not in _applicable() and ("pay", "for-price") in _applicable()
    assert ("take", "passive") not in _applicable() and ("own", "passive-no-agent") not in _applicable()
    assert "acquire/no-such-variant" not in known and "X acquired Y" not in known


def _params() -> list[Any]:
    out = []
    for c in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=c["comment"])] if c.get("status") == "fail" else []
        out.append(pytest.param(c, id=c["id"], marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_rule(case: dict[str, Any]) -> None:
    facts, cascade = _run(case["text"], case["reference_date"])
    if "rule" in case:  # the cascade's own fact, before merging, under the rule the case names
        own = [f for f in cascade if f["rule"] == case["rule"]]
        assert any(_matches(case["expect"][0], f) for f in own), (case["rule"], case["expect"][0], cascade)
    if not case["expect"]:
        assert facts == []
        return
    for want in case["expect"]:
        assert any(_matches(want, f) for f in facts), (want, facts)
    if "max_facts" in case:
        assert len(facts) <= case["max_facts"], facts
    for unwanted in case.get("forbid", []):  # facts (partial) that must not be found
        assert not any(_matches(unwanted, f) for f in facts), (unwanted, facts)


def test_every_construction_fires_on_a_case() -> None:
    """Each (predicate, construction) pair the lexicon allows is the rule of a cascade fact on a
    passing case; the message lists the uncovered ones."""
    fired: set[str] = set()
    for case in CASES:
        if case.get("status") == "fail":
            continue
        _facts, cascade = _run(case["text"], case["reference_date"])
        fired.update(f["rule"] for f in cascade)
    uncovered = sorted(f"{p}/{v}" for p, v in _applicable() if f"{p}/{v}" not in fired)
    assert uncovered == [], f"constructions that fire on no rule case: {uncovered}"
    named = {c["rule"] for c in CASES if "rule" in c and c.get("status") != "fail"}
    assert named <= fired, sorted(named - fired)


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

    gated = {rule.name for frame in engine._frame_table(2) for rule, _, person, _, _ in frame[4] if person}
    assert "PERSON  AGE  TITLE (table)" in gated
    assert "X acquired P of Y" not in gated
    for frame in engine._frame_table(2):
        for rule, _, person, _, person_first in frame[4]:
            assert person == ("(?P<person>" in rule.pattern)
            assert person_first == rule.pattern.startswith(engine.L.PERSON)
            assert person or not person_first


FACT_DATA = {
    "exchanges.tsv": 3,
    "exchange_tokens.txt": 1,
    "fact_nouns.tsv": 2,
    "titles.tsv": 2,
    "fact_words.tsv": 2,
    "honorifics.tsv": 3,
    "appointment_words.tsv": 2,
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


def test_a_defined_term_names_its_company_only_after_its_definition() -> None:
    from bizfacts.facts.discourse import defined_terms, term_mentions

    text = 'Bank staff met. Colbeck Savings Bank ("Bank") said Bank deposits rose.'
    terms = defined_terms(text, bizfacts.extract_companies(text))
    assert terms is not None
    assert term_mentions(text, 0, len(text), [], terms) == [(51, 55, "Colbeck Savings Bank")]


def test_an_option_takes_the_target_of_a_deal_told_later_in_its_sentence() -> None:
    """The surface rules run before the cascade: an option "to raise its stake to 35%" whose
    sentence's deal the cascade gives after it still takes that deal's target."""
    from bizfacts._fact_types import AcquisitionFact, Evidence
    from bizfacts.facts.merge import inherit_targets

    def deal(ev: Evidence, target: str, status: str = "completed") -> AcquisitionFact:
        return AcquisitionFact(
            evidence=ev, confidence=0.75, rule="r", acquirer="Orbis", target=target, status=status  # type: ignore[arg-type]
        )

    before = Evidence(0, 20, "Orbis bought Tessin.")
    ev = Evidence(21, 66, "Orbis bought 20% of Valcor and has an option.")
    got = inherit_targets([deal(before, "Tessin"), deal(ev, "", "option"), deal(ev, "Valcor")])
    assert [f.target for f in got if isinstance(f, AcquisitionFact)] == ["Tessin", "Valcor", "Valcor"]
