"""The spaCy component: `nlp.add_pipe("bizfacts")` on a blank English pipeline (no model)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

import bizfacts  # noqa: E402
from bizfacts._mention_kinds import document_mentions  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "seeds" / "001_alibaba_weibo_stake.txt"

# own sentences, one fact each, with a different company every time
DOCS = [
    f"{buyer} Corp paid ${n} million for a {n % 40 + 5}% stake in {target} Inc on Monday."
    for n, (buyer, target) in enumerate(
        [("Orrin", "Pellucid"), ("Tamsin", "Quarrow"), ("Bexley", "Nimbal"), ("Caddis", "Fennick")] * 10,
        start=1,
    )
]


@pytest.fixture
def nlp() -> object:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("bizfacts", config={"reference_date": "2013-05-01"})
    return pipeline


def test_factory_found_by_entry_point_without_import() -> None:
    points = metadata.entry_points(group="spacy_factories")
    assert [p.value for p in points if p.name == "bizfacts"] == ["bizfacts.spacy:make_bizfacts"]
    # a fresh interpreter that never imports bizfacts itself
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('en'); nlp.add_pipe('bizfacts')\n"
        "doc = nlp('Orrin Corp bought Quarrow Inc.')\n"
        "print('bizfacts.spacy' in sys.modules, [f.type for f in doc._.facts])\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "['acquisition']"]


def test_seed_article_facts_and_spans(nlp: object) -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = nlp(text)  # type: ignore[operator]
    expected = bizfacts.extract_facts(text, reference_date=dt.date(2013, 5, 1))
    assert doc._.facts == expected
    deals = [(f.acquirer, f.target) for f in doc._.facts if f.type == "acquisition"]
    assert ("Alibaba", "Weibo") in deals
    mentions = document_mentions(text, reference_date=dt.date(2013, 5, 1))
    assert doc._.bizfacts_mentions == mentions
    spans = doc.spans["bizfacts"]
    assert len(spans) == len(mentions)
    for span, (kind, mention) in zip(spans, mentions, strict=True):
        assert span.label_ == kind
        # "expand" keeps every mention; a span covers the mention, whole tokens around it
        assert span.start_char <= mention.start and mention.end <= span.end_char
    labels = {s.label_ for s in spans}
    assert {"company", "money", "percentage", "date", "user_count"} <= labels
    money = [s.text for s in spans if s.label_ == "money"]
    assert money == ["$586 million", "$380 million"]


def test_pipe_over_many_documents(nlp: object) -> None:
    docs = list(nlp.pipe(DOCS, batch_size=7))  # type: ignore[attr-defined]
    assert len(docs) == len(DOCS)
    for doc, text in zip(docs, DOCS, strict=True):
        assert doc.text == text
        facts = doc._.facts
        assert [f.type for f in facts] == ["acquisition"]
        buyer, target = text.split(" Corp")[0], text.split(" stake in ")[1].split(" Inc")[0]
        assert (facts[0].acquirer, facts[0].target) == (buyer, target)
        assert facts[0].date is not None and facts[0].date.value == dt.date(2013, 4, 29)
        labels = [s.label_ for s in doc.spans["bizfacts"]]
        assert labels == ["company", "money", "percentage", "company", "date"]


def test_document_reference_date_wins() -> None:
    pipeline = spacy.blank("en")
    component = pipeline.add_pipe("bizfacts", config={"reference_date": "2013-05-01"})
    doc = pipeline.make_doc("Orrin Corp bought Quarrow Inc on Monday.")
    doc._.reference_date = dt.date(2020, 1, 8)
    doc = component(doc)
    assert doc._.facts[0].date.value == dt.date(2020, 1, 6)


def test_strict_alignment_drops_only_the_span() -> None:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("bizfacts", config={"alignment_mode": "strict"})
    text = "Pellucid Inc paid $5 million."
    doc = pipeline(text)
    tokens = [t.text for t in doc]
    assert tokens[:2] == ["Pellucid", "Inc"]
    # every span kept is exact; the mentions list keeps all mentions with exact offsets
    assert all(s.text == text[s.start_char : s.end_char] for s in doc.spans["bizfacts"])
    assert [m.text for _, m in doc._.bizfacts_mentions] == ["Pellucid Inc", "$5 million"]


def test_as_dicts_serializes_with_docbin() -> None:
    from spacy.tokens import DocBin

    pipeline = spacy.blank("en")
    pipeline.add_pipe("bizfacts", config={"as_dicts": True})
    doc = pipeline(DOCS[0])
    assert doc._.facts[0]["type"] == "acquisition"
    assert doc._.facts[0]["price"] == {"amount": "1000000", "currency": "USD"}
    assert doc._.bizfacts_mentions[0]["kind"] == "company"
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    again = next(DocBin(store_user_data=True).from_bytes(data).get_docs(pipeline.vocab))
    # msgpack gives tuples for lists: compare the JSON text
    assert json.dumps(again._.facts) == json.dumps(doc._.facts)
    assert [s.label_ for s in again.spans["bizfacts"]] == [s.label_ for s in doc.spans["bizfacts"]]


def test_config_round_trip_and_bad_config(tmp_path: Path) -> None:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("bizfacts", config={"reference_date": "2013-05-01", "spans_key": "bf"})
    pipeline.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    doc = loaded("Orrin Corp bought Quarrow Inc on Monday.")
    assert [s.label_ for s in doc.spans["bf"]] == ["company", "company", "date"]
    assert doc._.facts[0].date.value == dt.date(2013, 4, 29)
    with pytest.raises(ValueError, match="reference_date"):
        spacy.blank("en").add_pipe("bizfacts", config={"reference_date": "May 1"})
    with pytest.raises(ValueError, match="alignment_mode"):
        spacy.blank("en").add_pipe("bizfacts", config={"alignment_mode": "loose"})
