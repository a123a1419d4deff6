"""The ``bizfacts`` command line: formats, filters, workers, and every error path.

Most tests call ``main(argv)`` in this process with stand-in extractors (so the
exact output is known whatever the real rules find); the rest run the real
command in a subprocess (``python -m bizfacts``) for exit codes, signals and pipes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import signal
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from io_fakes import fake_facts

import bizfacts
from bizfacts.cli import main
from bizfacts.frames import FACT_COLUMNS

EXPECTED_DATE = "(expected YYYY-MM-DD, ISO datetime or RFC 2822 date)"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "reuters21578_business.jsonl"
ANN = "Ann bought Bob for $5. Ann has 300 users."


# ---------------------------------------------------------------- stand-in extractors


def fake_money(text: str) -> list[bizfacts.MoneyMention]:
    return [
        bizfacts.MoneyMention(m.start(), m.end(), m[0], Decimal(m[1]), "USD")
        for m in re.finditer(r"\$(\d+)", text)
    ]


def fake_companies(text: str) -> list[bizfacts.CompanyMention]:
    return [
        bizfacts.CompanyMention(
            m.start(), m.end(), m[0], m[0], kind="product" if m[0] == "Bob" else "company"
        )
        for m in re.finditer(r"\b(?:Ann|Bob)\b", text)
    ]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bizfacts.facts.extract_facts", fake_facts)
    monkeypatch.setattr("bizfacts.money.extract_money", fake_money)
    monkeypatch.setattr("bizfacts.companies.extract_companies", fake_companies)
    for name in ("percentages.extract_percentages", "user_counts.extract_user_counts", "dates.extract_dates"):
        monkeypatch.setattr(f"bizfacts.{name}", lambda text, reference_date=None: [])
    # find_mentions reads these three through their private entry points (one needle scan for all)
    monkeypatch.setattr("bizfacts.money._money", lambda text, spans: fake_money(text))
    monkeypatch.setattr("bizfacts.percentages._percentages", lambda text, spans: [])
    monkeypatch.setattr("bizfacts.user_counts._user_counts", lambda text, spans: [])


@pytest.fixture
def docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "a.txt").write_text(ANN, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Cy bought Di for $7.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"Cy bought \xff Di")
    (tmp_path / "dir" / "sub").mkdir(parents=True)
    (tmp_path / "dir" / "sub" / "z.txt").write_text("Ed bought Fo for $9.", encoding="utf-8")
    (tmp_path / "dir" / "y.txt").write_text("Gil bought Hu for $2.", encoding="utf-8")
    (tmp_path / "dir" / "notes.md").write_text("Io bought Ja for $1.", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    records = [
        {"id": "r1", "text": ANN, "date": "1987-02-26"},
        {"id": "r2", "text": "Cy bought Di for $7."},
    ]
    (tmp_path / "recs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def jsonl(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


# ------------------------------------------------------------------------- formats


def test_jsonl_single_file_is_the_facts_without_source(
    fake: None, docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "extract", "a.txt", "--format", "jsonl", "--reference-date", "2013-05-01")
    assert (status, err) == (0, "")
    rows = jsonl(out)
    assert rows == [bizfacts.to_dict(f) for f in fake_facts(ANN, dt.date(2013, 5, 1))]
    assert [(r["type"], r.get("target"), r.get("count")) for r in rows] == [
        ("acquisition", "Bob", None),
        ("user_count", None, 300),
    ]
    assert rows[0]["date"] == "2013-05-01"
    assert rows[0]["price"] == {"amount": "5", "currency": "USD"}
    assert set(rows[0]) >= {"type", "evidence", "confidence"}


def test_default_format_off_a_terminal_is_jsonl(
    fake: None, docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "extract", "a.txt") == run(capsys, "extract", "a.txt", "--format", "jsonl")


def test_several_inputs_carry_source_and_record_id(
    fake: None, docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "extract", "a.txt", "dir", "--jsonl", "recs.jsonl", "--format", "jsonl")
    assert (status, err) == (0, "")
    rows = jsonl(out)
    got = [(r["source"], r.get("id"), r["type"], r.get("date")) for r in rows]
    assert got == [
        ("a.txt", None, "acquisition", None),
        ("a.txt", None, "user_count", None),
        (os.path.join("dir", "sub", "z.txt"), None, "acquisition", None),
        (os.path.join("dir", "y.txt"), None, "acquisition", None),
        ("recs.jsonl", "r1", "acquisition", "1987-02-26"),
        ("recs.jsonl", "r1", "user_count", None),
        ("recs.jsonl", "r2", "acquisition", None),
    ]
    assert list(rows[0])[:2] == ["source", "type"]
    assert list(rows[4])[:3] == ["source", "id", "type"]


def test_reference_date_is_the_default_for_records_without_date(
    fake: None, docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(
        capsys, "extract", "--jsonl", "recs.jsonl", "--reference-date", "2001-02-03", "--types", "acquisition"
    )
    assert [(r["id"], r["date"]) for r in jsonl(out)] == [("r1", "1987-02-26"), ("r2", "2001-02-03")]


def test_json_prints_one_array_per_input(fake: None, docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "extract", "a.txt", "b.txt", "empty.txt", "--format", "json")
    assert status == 1  # empty.txt does not exist
    arrays = [json.loads(line) for line in out.splitlines()]
    assert [[(f["source"], f["type"]) for f in a] for a in arrays] == [
        [("a.txt", "acquisition"), ("a.txt", "user_count")],
        [("b.txt", "acquisition")],
    ]


def test_json_single_input_has_no_source(fake: None, docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "extract", "b.txt", "--format", "json")
    assert json.loads(out) == [bizfacts.to_dict(f) for f in fake_facts("Cy bought Di for $7.")]


def test_csv_has_a_fixed_header_and_flattened_roles(
    fake: None, docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "extract", "a.txt", "b.txt", "--format", "csv")
    assert status == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == list(FACT_COLUMNS)
    records = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert [
        (r["doc_id"], r["fact_index"], r["type"], r["acquirer"], r["amount"], r["currency"], r["user_count"])
        for r in records
    ] == [
        ("a.txt", "0", "acquisition", "Ann", "5", "USD", ""),
        ("a.txt", "1", "user_count", "", "", "", "300"),
        ("b.txt", "0", "acquisition", "Cy", "7", "USD", ""),
    ]
    assert records[0]["evidence"] == "Ann bought Bob for $5"
    assert records[0]["confidence"] == "0.75"


def test_csv_single_input_has_the_same_columns(
    fake: None, docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "extract", "b.txt", "--format", "csv")
    assert out.splitlines()[0] == ",".join(FACT_COLUMNS)
    assert len(out.splitlines()) == 2


def test_table_shows_type_roles_confidence_and_evidence(
    fake: None, docs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    status, out, _ = run(capsys, "extract", "a.txt", "--format", "table")
    lines = out.splitlines()
    assert status == 0
    assert lines[0].split() == ["TYPE", "CONF", "ROLES", "EVIDENCE"]
    assert lines[1].split()[:2] == ["acquisition", "0.75"]
    assert "target=Bob, acquirer=Ann, price=5 USD, status=announced" in lines[1]
    assert lines[1].endswith("Ann bought Bob for $5")
    assert lines[2].split()[:2] == ["user_count", "0.50"]
    assert "subject=Ann, count=300" in lines[2]


def test_table_cuts_long_cells_to_the_terminal_width(
    fake: None, docs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (docs / "long.txt").write_text("Ann bought Bob for $5" + " and more" * 100, encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "100")
    _, out, _ = run(capsys, "extract", "long.txt", "b.txt", "--format", "table")
    lines = out.splitlines()
    assert [line.split()[:3] for line in lines] == [
        ["SOURCE", "TYPE", "CONF"],
        ["long.txt", "acquisition", "0.75"],
        ["b.txt", "acquisition", "0.75"],
    ]
    assert max(len(line) for line in lines) <= 100
    assert "…" in lines[1]


def test_types_filters_facts(fake: None, docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "extract", "a.txt", "--types", "user_count")
    assert [r["type"] for r in jsonl(out)] == ["user_count"]
    _, out, _ = run(capsys, "extract", "a.txt", "--types", "user_count, acquisition")
    assert [r["type"] for r in jsonl(out)] == ["acquisition", "user_count"]
    _, out, _ = run(capsys, "extract", "a.txt", "--types", "listing")
    assert out == ""


def test_mentions_with_kind(fake: None, docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "extract", "a.txt", "--mentions")
    assert status == 0
    assert [(r["kind"], r["text"], r["start"]) for r in jsonl(out)] == [
        ("company", "Ann", 0),
        ("company", "Bob", 11),
        ("money", "$5", 19),
        ("company", "Ann", 23),
    ]
    assert jsonl(out)[2] == {"kind": "money", **bizfacts.to_dict(fake_money(ANN)[0])}
    bob = jsonl(out)[1]
    assert (bob["kind"], bob["company_kind"], bob["name"]) == ("company", "product", "Bob")
    assert {k: v for k, v in bob.items() if k not in ("kind", "company_kind")} == {
        k: v for k, v in bizfacts.to_dict(fake_companies(ANN)[1]).items() if k != "kind"
    }
    _, out, _ = run(capsys, "extract", "a.txt", "--mentions", "--types", "money")
    assert [r["kind"] for r in jsonl(out)] == ["money"]


def test_mentions_csv_and_table(fake: None, docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "extract", "b.txt", "--mentions", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["kind", "start", "end", "text", "value", "details"]
    assert rows[1][:5] == ["money", "17", "19", "$7", "7 USD"]
    assert json.loads(rows[1][5])["currency"] == "USD"
    _, out, _ = run(capsys, "extract", "a.txt", "--mentions", "--format", "table")
    lines = out.splitlines()
    assert lines[0].split() == ["KIND", "TEXT", "VALUE"]
    assert lines[2].split() == ["company", "Bob", "Bob", "(product)"]
    assert lines[3].split() == ["money", "$5", "5", "USD"]


def test_stdin_dash(
    fake: None, docs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Kai bought Lu for $3.")))
    _, out, _ = run(capsys, "extract", "-", "b.txt")
    assert [(r["source"], r["target"]) for r in jsonl(out)] == [("<stdin>", "Lu"), ("b.txt", "Di")]


def test_stdin_jsonl(
    fake: None, docs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO((docs / "recs.jsonl").read_bytes())))
    _, out, _ = run(capsys, "extract", "--jsonl", "-", "--types", "acquisition")
    assert [(r["source"], r["id"]) for r in jsonl(out)] == [("<stdin>", "r1"), ("<stdin>", "r2")]


def test_no_arguments_reads_piped_stdin(
    fake: None, docs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Kai bought Lu for $3.")))
    _, out, _ = run(capsys, "extract")
    assert [r["target"] for r in jsonl(out)] == ["Lu"]


# -------------------------------------------------------------------- error paths


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["nope.txt"], "bizfacts: error: nope.txt: cannot read: No such file or directory"),
        (["a.txt/x.txt"], "bizfacts: error: a.txt/x.txt: cannot read: Not a directory"),
        (
            ["bad.txt"],
            "bizfacts: error: bad.txt: not UTF-8 text: undecodable byte 0xff at offset 10 (see --encoding)",
        ),
        (["empty"], "bizfacts: error: empty: no *.txt files in this directory"),
        (["--jsonl", "nope.jsonl"], "bizfacts: error: nope.jsonl: cannot read: No such file or directory"),
    ],
)
def test_bad_input_is_one_line_and_the_run_goes_on(
    fake: None, docs: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, "extract", "b.txt", *argv, "--format", "jsonl")
    assert status == 1
    assert err.splitlines() == [message, "bizfacts: 1 of 2 documents failed"]
    assert [r["target"] for r in jsonl(out)] == ["Di"]


def test_bad_jsonl_records_name_file_line_and_id(
    fake: None, docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        b'{"id": "ok1", "text": "Ann bought Bob for $5"}',
        b'{"id": "x", "text": "broken',
        b"",
        b'{"id": "d1", "text": "t", "date": "1987-02-30"}',
        b'{"id": "d2", "text": "t", "date": "26 Feb 1987"}',
        b'["not", "an", "object"]',
        b'{"id": "nt"}',
        b'{"id": 12, "text": ["a"]}',
        b'{"id": "u", "text": "caf\xe9"}',
        b'{"id": "boom", "text": "boom"}',
        b'{"id": "ok2", "text": "Cy bought Di for $7"}',
    ]
    (docs / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    status, out, err = run(capsys, "extract", "--jsonl", "mixed.jsonl")
    assert status == 1
    assert err.splitlines() == [
        "bizfacts: error: mixed.jsonl:2: malformed JSON record: Unterminated string starting at (column 21)",
        f"bizfacts: error: mixed.jsonl:4 (id d1): bad date '1987-02-30' {EXPECTED_DATE}",
        f"bizfacts: error: mixed.jsonl:5 (id d2): bad date '26 Feb 1987' {EXPECTED_DATE}",
        "bizfacts: error: mixed.jsonl:6: malformed JSON record: expected an object, got list",
        'bizfacts: error: mixed.jsonl:7 (id nt): record has no "text"',
        'bizfacts: error: mixed.jsonl:8 (id 12): record "text" is list, not a string',
        "bizfacts: error: mixed.jsonl:9: not UTF-8 text: undecodable byte 0xe9 at offset 24 (see --encoding)",
        "bizfacts: error: mixed.jsonl:10 (id boom): extraction failed: RuntimeError: boom",
        "bizfacts: 8 of 10 documents failed",
    ]
    assert [(r["id"], r["target"]) for r in jsonl(out)] == [("ok1", "Bob"), ("ok2", "Di")]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["a.txt", "--reference-date", "2013-02-30"], "argument --reference-date: bad date '2013-02-30'"),
        (["a.txt", "--reference-date", "May 2013"], "argument --reference-date: bad date 'May 2013'"),
        (["a.txt", "--types", "merger"], "--types: unknown fact type: merger (choose from acquisition,"),
        (["a.txt", "--mentions", "--types", "acquisition"], "--types: unknown mention kind: acquisition"),
        (["a.txt", "--workers", "0"], "argument --workers: must be at least 1, got 0"),
        (["a.txt", "--workers", "two"], "argument --workers: expected a whole number, got 'two'"),
        (["a.txt", "--format", "xml"], "argument --format: invalid choice: 'xml'"),
        (["-", "--jsonl", "-"], "standard input (-) can be read only once"),
        (["--bogus"], "unrecognized arguments: --bogus"),
    ],
)
def test_usage_errors_exit_2(
    fake: None, docs: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, "extract", *argv)
    assert (status, out) == (2, "")
    assert message in err
    assert "Traceback" not in err


def test_no_input_on_a_terminal_is_a_usage_error(
    docs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Tty())
    status, _, err = run(capsys, "extract")
    assert status == 2
    assert (
        err.splitlines()[-1]
        == "bizfacts extract: error: no input: give FILE, DIR, - (standard input) or --jsonl FILE"
    )


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys)
    assert (status, out) == (2, "")
    assert err.startswith("usage: bizfacts")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"bizfacts {bizfacts.__version__}\n", "")


def test_extract_help_has_examples_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "extract", "--help")
    assert status == 0
    assert "bizfacts extract --jsonl corpus.jsonl --workers 2 --format csv > facts.csv" in out
    assert "exit status: 0 all documents processed; 1 some documents failed" in out
    for option in ("--jsonl", "--format", "--types", "--mentions", "--workers", "--reference-date"):
        assert option in out


# ------------------------------------------------------------ the real command


def _cli(*argv: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bizfacts", *argv],
        capture_output=True,
        text=True,
        **kwargs,  # type: ignore[call-overload]
    )


def test_python_m_bizfacts_exit_codes(docs: Path) -> None:
    ok = _cli("extract", "b.txt", "--format", "json")
    assert (ok.returncode, ok.stderr) == (0, "")
    assert isinstance(json.loads(ok.stdout), list)
    bad = _cli("extract", "b.txt", "nope.txt", "bad.txt")
    assert bad.returncode == 1
    assert bad.stderr.splitlines() == [
        "bizfacts: error: nope.txt: cannot read: No such file or directory",
        "bizfacts: error: bad.txt: not UTF-8 text: undecodable byte 0xff at offset 10 (see --encoding)",
        "bizfacts: 2 of 3 documents failed",
    ]
    usage = _cli("extract", "b.txt", "--reference-date", "tomorrow")
    assert usage.returncode == 2
    assert usage.stderr.splitlines()[-1] == (
        f"bizfacts extract: error: argument --reference-date: bad date 'tomorrow' {EXPECTED_DATE}"
    )
    assert _cli("--version").stdout == f"bizfacts {bizfacts.__version__}\n"


def test_no_progress_bar_when_stderr_is_not_a_terminal(docs: Path) -> None:
    result = _cli("extract", "--jsonl", "recs.jsonl", "--workers", "2")
    assert (result.returncode, result.stderr) == (0, "")


def test_progress_library_is_not_imported_without_a_terminal(docs: Path) -> None:
    code = "\n".join(
        [
            "import sys",
            "from bizfacts.cli import main",
            "main(['extract', 'b.txt'])",
            "print('tqdm' in sys.modules)",
        ]
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "False"


def _many_records(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"d{i}", "text": f"Document {i}.", "date": "1987-02-26"}) + "\n")
    return path


def test_broken_pipe_exits_141_quietly(tmp_path: Path) -> None:
    # 300 kB of output: more than a pipe holds, so the write after close must fail
    records = _many_records(tmp_path / "many.jsonl", 100_000)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bizfacts", "extract", "--jsonl", str(records), "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline() == b"[]\n"
    proc.stdout.close()
    err = proc.stderr.read()
    assert (proc.wait(), err) == (141, b"")


def test_ctrl_c_exits_130_quietly(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bizfacts", "extract", "--jsonl", "-", "--format", "json", "--workers", "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    # Enough records to fill a chunk per worker, so output starts while stdin stays open.
    for i in range(80):
        proc.stdin.write(json.dumps({"id": str(i), "text": "Nothing."}).encode() + b"\n")
    proc.stdin.flush()
    assert proc.stdout.readline() == b"[]\n"
    proc.send_signal(signal.SIGINT)
    err = proc.stderr.read()
    proc.stdin.close()
    assert (proc.wait(), err) == (130, b"")


def _corpus_sample(tmp_path: Path, n: int) -> Path:
    if not CORPUS.exists():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    sample = tmp_path / "sample.jsonl"
    with CORPUS.open(encoding="utf-8") as fh:
        sample.write_text("".join(line for line, _ in zip(fh, range(n), strict=False)), encoding="utf-8")
    return sample


@pytest.mark.parametrize("mode", [[], ["--mentions"]])
def test_two_workers_print_exactly_what_one_worker_prints(tmp_path: Path, mode: list[str]) -> None:
    sample = _corpus_sample(tmp_path, 120)
    with sample.open("a", encoding="utf-8") as fh:
        fh.write("{oops\n")
    one = _cli("extract", "--jsonl", str(sample), "--format", "jsonl", "--workers", "1", *mode)
    two = _cli("extract", "--jsonl", str(sample), "--format", "jsonl", "--workers", "2", *mode)
    assert one.returncode == two.returncode == 1
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr
    bad_line = f"bizfacts: error: {sample}:121: malformed JSON record: Expecting property name"
    assert any(line.startswith(bad_line) for line in one.stderr.splitlines())
    for row in jsonl(one.stdout):
        assert row["source"] == str(sample)
        assert str(row["id"]).startswith("reuters21578-")
        assert ("kind" in row) if mode else ({"type", "evidence", "confidence"} <= set(row))
