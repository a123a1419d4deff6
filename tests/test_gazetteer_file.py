"""Company lists from a file: Gazetteer.from_file, --gazetteer, extract_many(gazetteer=...)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import bizfacts
from bizfacts import Gazetteer
from bizfacts.cli import main

HERE = Path(__file__).parent / "corpus" / "gazetteer"
# "Vexmoor" is in the test lists only: without them it is no company, so there is no partnership.
TEXT = "Vexmoor and Acme Corp formed a joint venture."


def test_names_only_in_the_file_are_not_known_without_it() -> None:
    assert [f.type for f in bizfacts.extract_facts(TEXT)] == []
    assert "Vexmoor" not in [
        c.name for c in bizfacts.extract_companies(TEXT)
    ]  # "Vexmoor and Acme" is one name
    assert Gazetteer.default().lookup("Vexmoor") is None


@pytest.mark.parametrize("name", ["names.csv", "names.tsv"])
def test_from_file_reads_csv_and_tsv(name: str) -> None:
    gaz = Gazetteer.from_file(HERE / name)
    assert len(gaz) > len(Gazetteer.default())
    entry = gaz.lookup("Vexmoor Holdings")
    assert entry is not None and (entry.name, entry.kind) == ("Vexmoor", "company")
    assert gaz.lookup("WeChat") is not None  # the shipped names are still there
    assert [c.name for c in bizfacts.extract_companies(TEXT, gazetteer=gaz)] == ["Vexmoor", "Acme"]
    [fact] = bizfacts.extract_facts(TEXT, gazetteer=gaz)
    assert isinstance(fact, bizfacts.PartnershipFact)
    assert set(fact.parties) == {"Vexmoor", "Acme"}


def test_from_file_columns_kinds_owners_and_quoting() -> None:
    gaz = Gazetteer.from_file(HERE / "names.csv", include_default=False)
    assert [(e.name, e.kind, e.owner, e.aliases) for e in gaz.entries] == [
        ("Vexmoor", "company", None, ("Vexmoor Holdings", "VXM Group")),
        ("Tallowick Cloud", "product", "Vexmoor", ()),
        ("Brindle, Hatch & Osk", "company", None, ("Brindle Hatch",)),
    ]
    tsv = Gazetteer.from_file(HERE / "names.tsv", include_default=False)
    assert [(e.name, e.kind, e.ticker) for e in tsv.entries] == [
        ("Vexmoor", "company", "VXMR"),
        ("Orrindale Mills", "site", None),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,kind\nVexmoor,bank\n", r"names.csv:2: unknown kind 'bank' \(expected one of company, product"),
        ("name,kind\nVexmoor,company,extra\n", r"names.csv:2: expected 2 cells, got 3"),
        ("name,kind\n\n# note\n,company\n", r"names.csv:4: empty name"),
        ("company,kind\nVexmoor,company\n", r"names.csv:1: bad header: unknown column 'company'"),
        ("kind\ncompany\n", r"names.csv:1: bad header: no 'name' column"),
        ("# only a comment\n", r"names.csv: empty: expected a header line"),
    ],
)
def test_a_bad_row_names_the_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "names.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        Gazetteer.from_file(path)


def test_a_missing_file_is_a_value_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"nope.csv: cannot read: No such file or directory"):
        Gazetteer.from_file(tmp_path / "nope.csv")


def test_a_gazetteer_pickles_for_worker_processes() -> None:
    gaz = Gazetteer.from_file(HERE / "names.csv")
    again = pickle.loads(pickle.dumps(gaz))
    entry = again.lookup("VXM Group")
    assert entry is not None and entry.name == "Vexmoor"


@pytest.mark.parametrize("workers", [None, 2])
def test_extract_many_uses_the_gazetteer_in_every_worker(workers: int | None) -> None:
    gaz = Gazetteer.from_file(HERE / "names.csv")
    docs = [TEXT, "Nothing here.", {"id": "x", "text": TEXT.replace("Acme Corp", "Bolt Inc")}] * 3
    results = list(bizfacts.extract_many(docs, gazetteer=gaz, workers=workers, chunksize=2))
    assert [[(f.type, sorted(getattr(f, "parties", ()))) for f in r.facts] for r in results] == [
        [("partnership", ["Acme", "Vexmoor"])],
        [],
        [("partnership", ["Bolt", "Vexmoor"])],
    ] * 3
    without = list(bizfacts.extract_many(docs[:1], workers=workers))
    assert without[0].facts == ()


def test_extract_many_refuses_a_gazetteer_of_the_wrong_type() -> None:
    with pytest.raises(
        TypeError, match=r"extract_many\(\) expects gazetteer as a bizfacts.Gazetteer or None, got str"
    ):
        list(bizfacts.extract_many(["x"], gazetteer="names.csv"))  # type: ignore[arg-type]


def test_cli_gazetteer_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(doc), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == ""
    assert (
        main(
            [
                "extract",
                str(doc),
                "--format",
                "jsonl",
                "--gazetteer",
                str(HERE / "names.tsv"),
                "--workers",
                "2",
            ]
        )
        == 0
    )
    [fact] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (fact["type"], sorted(fact["parties"])) == ("partnership", ["Acme", "Vexmoor"])
    assert (
        main(["extract", str(doc), "--mentions", "--gazetteer", str(HERE / "names.csv"), "--format", "jsonl"])
        == 0
    )
    names = [json.loads(line)["name"] for line in capsys.readouterr().out.splitlines() if '"company"' in line]
    assert "Vexmoor" in names


def test_cli_bad_gazetteer_row_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,kind\nVexmoor,company\nOrrin,guild\n", encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(doc), "--gazetteer", str(bad)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines()[-1] == (
        f"bizfacts extract: error: --gazetteer: {bad}:3: unknown kind 'guild' "
        "(expected one of company, product, site, organization)"
    )
