"""bizfacts.explain and ``bizfacts explain``: why a fact was found or not.

The cases of tests/corpus/explain/cases.jsonl name a sentence and what the explanation must
say of it (the gate skipped it; a predication's rule and its reason or its fact's roles).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import any_text

import bizfacts
from bizfacts.cli import main
from bizfacts.explanation import NO_CONSTRUCTION, NO_TRIGGER

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "corpus" / "explain" / "cases.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    e = bizfacts.explain(case["text"])
    s = e.sentences[case["sentence"] - 1]
    assert s.skipped is case["skipped"]
    if case["skipped"]:
        assert (s.triggers, s.tags, s.chunks, s.predications) == ((), "", (), ())
        return
    found = [p for p in s.predications if p.rule == case["rule"]]
    assert found, [p.rule for p in s.predications]
    p = found[0]
    assert p.reason == case["reason"]
    if case["roles"] is None:
        assert p.facts == ()
        assert not [f for f in s.facts if f.rule == case["rule"]]
    else:
        assert len(p.facts) == 1
        data = bizfacts.to_dict(p.facts[0])
        assert {k: data[k] for k in case["roles"]} == case["roles"]
        assert data["rule"] == case["rule"]


def test_negated_sentence_shows_the_predication_and_its_reason() -> None:
    e = bizfacts.explain("Acme Widgets did not buy Brightwave.")
    (s,) = e.sentences
    assert (s.number, s.start, s.end, s.triggers) == (1, 0, 36, ("other",))
    assert (s.tags, s.chunk_string) == ("NNm!VN.", "NVN.")
    assert [(c.tag, c.text) for c in s.chunks] == [
        ("N", "Acme Widgets"),
        ("V", "did not buy"),
        ("N", "Brightwave"),
        (".", "."),
    ]
    (p,) = s.predications
    assert (p.predicate, p.variant, p.frame, p.voice, p.negated) == (
        "acquire",
        "active",
        "TRANS",
        "active",
        True,
    )
    assert p.trigger is not None and p.trigger.text == "did not buy"
    assert {k: (v.tag, v.text) for k, v in p.places.items()} == {
        "agent": ("N", "Acme Widgets"),
        "verb": ("V", "did not buy"),
        "theme": ("N", "Brightwave"),
    }
    assert (p.facts, p.reason) == ((), "negated or hypothetical")
    assert e.facts == () and s.facts == ()
    out = str(e)
    assert 'predication acquire/active "did not buy" (active, negated' in out
    assert "-> no fact: negated or hypothetical" in out
    assert "agent: Acme Widgets [N: capitalized words no extractor named]" in out


def test_sentence_without_a_trigger_says_the_gate_skipped_it() -> None:
    e = bizfacts.explain("Revenue of the group held steady. Halvorsen Corp bought Brightwave.")
    first, second = e.sentences
    assert first.skipped and not second.skipped
    assert first.to_dict()["gate"] == {"skipped": True, "triggers": []}
    text = str(e.sentence(1))
    assert f"gate: {NO_TRIGGER}" in text
    assert "tags:" not in text and "predication" not in text


def test_found_fact_names_its_rule_and_roles_and_matches_extract_facts() -> None:
    text = "Quillon Partners agreed to buy Marrow Foods from Dellgate Holdings on Tuesday."
    e = bizfacts.explain(text, reference_date=dt.date(2024, 3, 8))
    assert e.facts == tuple(bizfacts.extract_facts(text, reference_date=dt.date(2024, 3, 8)))
    (s,) = e.sentences
    p = next(p for p in s.predications if p.rule == "acquire/active")
    assert p.modality == ("agreed",)
    assert (p.places["agent"].text, p.places["theme"].text, p.phrases["from"].text) == (
        "Quillon Partners",
        "Marrow Foods",
        "Dellgate Holdings",
    )
    (f,) = p.facts
    assert (f.rule, f.acquirer, f.target, f.seller, f.status) == (
        "acquire/active",
        "Quillon Partners",
        "Marrow Foods",
        "Dellgate",
        "planned",
    )
    assert f.date is not None and f.date.value == dt.date(2024, 3, 5)
    assert (
        "-> acquisition [acquire/active] target=Marrow Foods, acquirer=Quillon Partners, seller=Dellgate"
        in str(e)
    )


def test_no_construction_is_said() -> None:
    (s,) = bizfacts.explain("Halvorsen Corp said the acquisition was costly.").sentences
    assert not s.skipped and s.predications == () and s.chunk_string == "CSAbx."
    assert f"predications: none ({NO_CONSTRUCTION})" in str(s)


def test_mentions_show_kind_and_normalized_value() -> None:
    text = (
        "Halvorsen Corp said it paid $20 million for Brightwave Inc. Its chief executive Maria Lopez agreed."
    )
    e = bizfacts.explain(text)
    got = [(m.kind, m.text, m.value, m.source) for m in e.sentences[0].mentions]
    assert got == [
        ("company", "Halvorsen Corp", "Halvorsen", "extractor"),
        ("money", "$20 million", "20000000 USD", "extractor"),
        ("company", "Brightwave Inc", "Brightwave", "extractor"),
    ]
    got = [(m.kind, m.text, m.value, m.source) for m in e.sentences[1].mentions]
    assert got == [
        ("reference", "Its", "Halvorsen", "anaphor"),
        ("title", "chief executive", "chief executive", "cascade"),
        ("person", "Maria Lopez", "Maria Lopez", "extractor"),
    ]
    for s in e.sentences:
        assert all(text[m.start : m.end] == m.text for m in s.mentions)


def test_people_and_places_are_read_by_the_cascade() -> None:
    """A person or a place the cascade reads is never shown as a mention "not read"."""
    e = bizfacts.explain("Helen Marsh, a Leeds-based banker, is chief executive of Ravel Studios.")
    got = [(m.kind, m.text, m.read) for m in e.sentences[0].mentions if m.kind in ("person", "place")]
    assert got == [("person", "Helen Marsh", True), ("place", "Leeds", True)]


def test_surface_rules_and_layout_readers_are_listed_by_rule_name() -> None:
    text = (
        "Company name: Halvorsen Corp\nHead office: Leeds, West Yorkshire\n\n"
        "Halvorsen Corp revenue rose 10% to $5 million in 2023.\n"
    )
    e = bizfacts.explain(text)
    assert [(f.type, f.rule) for f in e.layout_facts] == [("headquarters", "Head office: LOC")]
    metric = e.sentences[-1]
    assert metric.skipped
    assert [(f.type, f.rule, f.company) for f in metric.rule_facts] == [  # type: ignore[union-attr]
        ("financial_metric", "metric near amount", "Halvorsen")
    ]
    assert sorted(f.type for f in e.facts) == ["financial_metric", "headquarters"]
    out = str(e)
    assert "layout readers (cover pages, headers)\n  headquarters [Head office: LOC]" in out
    assert "readers beside the cascade:\n    financial_metric [metric near amount]" in out


def test_json_shape() -> None:
    e = bizfacts.explain("Acme Widgets did not buy Brightwave. Halvorsen Corp bought Brightwave.")
    data = json.loads(json.dumps(e.to_dict()))
    assert list(data) == ["sentences", "layout_facts", "facts"]
    first, second = data["sentences"]
    assert list(first) == [
        "number",
        "start",
        "end",
        "text",
        "gate",
        "mentions",
        "tags",
        "chunk_string",
        "chunks",
        "predications",
        "rule_facts",
        "facts",
    ]
    pred = first["predications"][0]
    assert {k: pred[k] for k in ("rule", "predicate", "variant", "voice", "negated", "reason")} == {
        "rule": "acquire/active",
        "predicate": "acquire",
        "variant": "active",
        "voice": "active",
        "negated": True,
        "reason": "negated or hypothetical",
    }
    assert pred["places"]["agent"] == {"tag": "N", "text": "Acme Widgets", "start": 0, "end": 12}
    assert pred["facts"] == []
    fact = second["predications"][0]["facts"][0]
    assert (fact["type"], fact["rule"], fact["acquirer"], fact["target"]) == (
        "acquisition",
        "acquire/active",
        "Halvorsen",
        "Brightwave",
    )
    assert data["facts"] == [fact]  # the one fact of the document, as its predication gave it


def test_one_sentence_and_bad_arguments() -> None:
    e = bizfacts.explain("Shares fell. Halvorsen Corp bought Brightwave.")
    one = e.sentence(2)
    assert [s.number for s in one.sentences] == [2]
    assert [f.target for f in one.facts] == ["Brightwave"]  # type: ignore[union-attr]
    assert e.sentence(1).facts == ()
    with pytest.raises(IndexError, match="no sentence 3: the text has 2 sentences"):
        e.sentence(3)
    with pytest.raises(TypeError, match="expects an int"):
        e.sentence("2")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="explain\\(\\) expects text as str, got bytes"):
        bizfacts.explain(b"Acme")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^explain\(\) expects reference_date as datetime\.date, an ISO"):
        bizfacts.explain("Acme", reference_date=20240101)  # type: ignore[arg-type]
    assert bizfacts.explain("").sentences == ()
    assert str(bizfacts.explain("")) == "(no sentences)\n\nfacts (0)\n"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text())
def test_explain_agrees_with_extract_facts_and_keeps_offsets(text: str) -> None:
    e = bizfacts.explain(text)
    assert e.facts == tuple(bizfacts.extract_facts(text))
    assert [s.number for s in e.sentences] == list(range(1, len(e.sentences) + 1))
    for s in e.sentences:
        assert text[s.start : s.end] == s.text
        assert all(text[m.start : m.end] == m.text for m in s.mentions)
        assert all(text[c.start : c.end] == c.text for c in s.chunks)
        assert len(s.tags) >= len(s.chunks)
        for p in s.predications:
            assert (p.reason is None) == bool(p.facts)
    json.dumps(e.to_dict())


# ----------------------------------------------------------------------------- CLI


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "doc.txt"
    path.write_text("Acme Widgets did not buy Brightwave. Shares rose 5 pct.\n", "utf-8")
    return path


def test_cli_text(doc: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "explain", str(doc))
    assert (status, err) == (0, "")
    assert out.startswith("sentence 1 [0:36]: Acme Widgets did not buy Brightwave.\n")
    assert "-> no fact: negated or hypothetical" in out
    assert f"sentence 2 [37:55]: Shares rose 5 pct.\n  gate: {NO_TRIGGER}\n" in out
    assert out.endswith("facts (0)\n")


def test_cli_json_from_stdin_one_sentence(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = b"Shares rose 5 pct. Halvorsen Corp bought Brightwave on Monday."
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, out, err = run(
        capsys, "explain", "-", "--format", "json", "--sentence", "2", "--reference-date", "2024-03-08"
    )
    assert (status, err) == (0, "")
    result = json.loads(out)
    (s,) = result["sentences"]
    assert (s["number"], s["gate"]["skipped"]) == (2, False)
    (fact,) = result["facts"]
    assert (fact["rule"], fact["acquirer"], fact["target"], fact["date"]) == (
        "acquire/active",
        "Halvorsen",
        "Brightwave",
        "2024-03-04",
    )


E = "bizfacts explain: error: "


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["missing.txt"], 1, E + "missing.txt: cannot read: No such file or directory"),
        (
            ["bad.txt"],
            1,
            E + "bad.txt: not UTF-8 text: undecodable byte 0xff at offset 5",
        ),
        (
            ["doc.txt", "--sentence", "3"],
            2,
            E + "--sentence 3: no sentence 3: the text has 2 sentences",
        ),
        (
            ["doc.txt", "--sentence", "0"],
            2,
            E + "argument --sentence: sentences count from 1, got 0",
        ),
        (
            ["doc.txt", "--reference-date", "2024-02-30"],
            2,
            E + "argument --reference-date: bad date",
        ),
        (["doc.txt", "--format", "xml"], 2, E + "argument --format: invalid choice"),
        ([], 2, E + "the following arguments are required: FILE"),
    ],
)
def test_cli_errors_are_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    status: int,
    message: str,
) -> None:
    (tmp_path / "doc.txt").write_text("Acme bought Beta. Shares rose.", "utf-8")
    (tmp_path / "bad.txt").write_bytes(b"Acme \xff bought Beta.")
    monkeypatch.chdir(tmp_path)
    got, out, err = run(capsys, "explain", *argv)
    assert (got, out) == (status, "")
    assert err.count("\n") == 1 and err.startswith(message), err


def test_explanations_are_deterministic_values() -> None:
    text = "Halvorsen Corp bought Brightwave. Acme Widgets did not buy Brightwave."
    a, b = bizfacts.explain(text), bizfacts.explain(text)
    assert a == b and hash(a) == hash(b)
    assert a.to_dict() == b.to_dict() and str(a) == str(b)


def test_every_reason_the_cascade_gives_is_documented() -> None:
    """A new NoFact reason in cascade/build.py, cascade/owned.py or cascade/acquisition.py needs its row
    in docs/explain.md."""
    import inspect
    import re

    from bizfacts.facts.cascade import acquisition, build, owned

    source = inspect.getsource(build) + inspect.getsource(owned) + inspect.getsource(acquisition)
    reasons = set(re.findall(r'NoFact\("([^"]+)"\)', source))
    assert len(reasons) >= 10
    page = (Path(__file__).parent.parent / "docs" / "explain.md").read_text("utf-8")
    documented = set(re.findall(r"^\| `([^`]+)`", page, re.M))
    assert reasons - documented == set()


def test_a_price_told_later_shows_in_the_kept_fact_not_in_the_predication() -> None:
    e = bizfacts.explain("Halvorsen Corp bought Brightwave. The transaction is valued at $40 million.")
    first, second = e.sentences
    (p,) = first.predications
    assert [(f.rule, f.price) for f in p.facts] == [("acquire/active", None)]  # type: ignore[union-attr]
    assert first.rule_facts == ()  # the priced candidate is still the cascade's, not a surface rule's
    assert [(f.rule, str(f.price.amount)) for f in first.facts] == [  # type: ignore[union-attr]
        ("acquire/active", "40000000")
    ]
    # ("valued" opens the gate, but "the transaction" names no company: no valuation)
    assert second.facts == () and second.predications == ()
