"""``bizfacts extract`` on real feeds: compressed JSONL, standard input, other field
names, timestamp dates, other encodings; each failure is one line and a status."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from io_fakes import fake_facts

from bizfacts.cli import main
from bizfacts.readers import jsonl_jobs

FEED = [
    {"uid": "n1", "body": "Ann bought Bob for $5.", "published": "2020-01-01T10:00:00"},
    {"uid": "n2", "body": "Cy bought Di for $7.", "published": "Wed, 16 Jan 2013 08:00:00 +0800"},
    {"uid": "n3", "body": "Ed bought Fo for $9.", "published": "2021-06-30T23:30:00-05:00"},
]
FIELDS = ["--text-field", "body", "--id-field", "uid", "--date-field", "published"]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setattr("bizfacts.facts.extract_facts", fake_facts)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _lines(records: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict[str, Any]], str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines()], err


def _dates(facts: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(f["id"], f["date"]) for f in facts]


WANT = [("n1", "2020-01-01"), ("n2", "2013-01-16"), ("n3", "2021-06-30")]


@pytest.mark.parametrize(
    ("name", "pack"),
    [
        ("feed.jsonl.gz", gzip.compress),
        ("feed.jsonl.bz2", bz2.compress),
        ("feed.jsonl.xz", lzma.compress),
        ("feed.data", gzip.compress),  # no telling suffix: the magic bytes say gzip
        ("feed.jsonl", lambda data: data),
    ],
)
def test_compressed_jsonl_with_other_field_names_and_timestamp_dates(
    fake: Path, capsys: pytest.CaptureFixture[str], name: str, pack: Any
) -> None:
    (fake / name).write_bytes(pack(_lines(FEED)))
    status, facts, err = run(capsys, "extract", "--jsonl", name, *FIELDS, "--format", "jsonl")
    assert (status, err) == (0, "")
    assert _dates(facts) == WANT
    assert [f["source"] for f in facts] == [name] * 3
    assert [f["target"] for f in facts] == ["Bob", "Di", "Fo"]


def test_compressed_jsonl_from_standard_input(
    fake: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lzma.compress(_lines(FEED)))))
    status, facts, err = run(capsys, "extract", "--jsonl", "-", *FIELDS, "--format", "jsonl")
    assert (status, err) == (0, "")
    assert _dates(facts) == WANT and {f["source"] for f in facts} == {"<stdin>"}


def test_a_bad_date_field_names_the_input_line_and_field(
    fake: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = [*FEED, {"uid": "n4", "body": "Gil bought Hu for $2.", "published": "the other day"}]
    (fake / "feed.jsonl.gz").write_bytes(gzip.compress(_lines(feed)))
    status, facts, err = run(capsys, "extract", "--jsonl", "feed.jsonl.gz", *FIELDS, "--format", "jsonl")
    assert status == 1
    assert _dates(facts) == WANT
    assert err.splitlines() == [
        "bizfacts: error: feed.jsonl.gz:4 (id n4): bad date 'the other day' in \"published\" "
        "(expected YYYY-MM-DD, ISO datetime or RFC 2822 date)",
        "bizfacts: 1 of 4 documents failed",
    ]


def test_a_missing_text_field_names_the_field(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (fake / "feed.jsonl").write_bytes(_lines(FEED))
    status, facts, err = run(capsys, "extract", "--jsonl", "feed.jsonl", "--format", "jsonl")
    assert (status, facts) == (1, [])
    assert err.splitlines()[0] == 'bizfacts: error: feed.jsonl:1: record has no "text"'
    assert err.splitlines()[-1] == "bizfacts: 3 of 3 documents failed"


def test_a_truncated_gzip_feed_keeps_the_records_before_the_break(
    fake: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packed = gzip.compress(_lines(FEED * 200))
    (fake / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    status, facts, err = run(capsys, "extract", "--jsonl", "cut.jsonl.gz", *FIELDS, "--format", "jsonl")
    assert status == 1
    assert 0 < len(facts) < 600
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"bizfacts: error: cut.jsonl.gz:{len(facts) + 1}: cannot read: ")
    assert "truncated" in lines[0] or "end" in lines[0]


def test_a_gz_suffix_on_plain_bytes_is_one_error_line(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (fake / "plain.jsonl.gz").write_bytes(_lines(FEED))
    status, facts, err = run(capsys, "extract", "--jsonl", "plain.jsonl.gz", *FIELDS, "--format", "jsonl")
    assert (status, facts) == (1, [])
    assert err.splitlines() == [
        "bizfacts: error: plain.jsonl.gz:1: cannot read: Not a gzipped file (b'{\"')",
        "bizfacts: 1 of 1 documents failed",
    ]


def test_a_cp1252_text_file_with_encoding(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (fake / "memo.txt").write_bytes("Zoë bought Café for $5. It said “done”.".encode("cp1252"))
    status, facts, err = run(capsys, "extract", "memo.txt", "--encoding", "cp1252", "--format", "jsonl")
    assert (status, err) == (0, "")
    assert facts[0]["acquirer"] == "Zoë" and facts[0]["target"] == "Café"
    assert facts[0]["evidence"]["text"] == "Zoë bought Café for $5"
    status, facts, err = run(capsys, "extract", "memo.txt", "--format", "jsonl")
    assert (status, facts) == (1, [])
    assert err.splitlines() == [
        "bizfacts: error: memo.txt: not UTF-8 text: undecodable byte 0xeb at offset 2 (see --encoding)",
        "bizfacts: 1 of 1 documents failed",
    ]


def test_cp1252_jsonl_with_encoding(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = '{"id": "w1", "text": "Zoë bought Café for $5.", "date": "1999-09-09"}\n'
    (fake / "w.jsonl").write_bytes(line.encode("cp1252"))
    status, facts, err = run(capsys, "extract", "--jsonl", "w.jsonl", "--encoding", "windows-1252")
    assert (status, err) == (0, "")
    assert (facts[0]["id"], facts[0]["target"], facts[0]["date"]) == ("w1", "Café", "1999-09-09")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--encoding", "klingon"], "argument --encoding: unknown encoding 'klingon'"),
        (["--text-field", " "], "argument --text-field: a field name cannot be empty"),
    ],
)
def test_bad_feed_options_are_usage_errors(
    fake: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    (fake / "feed.jsonl").write_bytes(_lines(FEED))
    status, facts, err = run(capsys, "extract", "--jsonl", "feed.jsonl", *argv)
    assert (status, facts) == (2, [])
    assert err.splitlines()[-1] == f"bizfacts extract: error: {message}"


def test_utf16_cannot_be_read_line_by_line(fake: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (fake / "feed.jsonl").write_bytes(_lines(FEED).decode().encode("utf-16"))
    status, facts, err = run(capsys, "extract", "--jsonl", "feed.jsonl", "--encoding", "utf-16")
    assert (status, facts) == (2, [])
    assert err.splitlines()[-1] == (
        "bizfacts extract: error: --encoding: encoding 'utf-16' cannot be read line by line "
        "(JSONL needs an ASCII-compatible one)"
    )


def test_jsonl_streams_a_compressed_feed_in_constant_memory(tmp_path: Path) -> None:
    """About 20 MB of records (one of them 4 MB) pass through holding about one at a time."""
    big = {"id": "huge", "text": "Ann bought Bob for $5. " * 180_000}
    records = [{"id": str(i), "text": "word " * 1000} for i in range(3000)]
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(gzip.compress(_lines([*records[:1500], big, *records[1500:]]), compresslevel=1))
    tracemalloc.start()
    try:
        count = longest = 0
        for job in jsonl_jobs([str(path)], None, 0):
            count += 1
            longest = max(longest, len(job.text))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (count, longest) == (3001, len(big["text"]))
    assert peak < 30_000_000  # the 4 MB record as bytes, str and JSON; not the 20 MB file


def test_standard_input_feed_from_a_real_pipe(tmp_path: Path) -> None:
    packed = gzip.compress(
        _lines([{"id": "p1", "text": "No facts.", "date": "Mon, 2 Feb 2015 10:00:00 GMT"}])
    )
    result = subprocess.run(
        [sys.executable, "-m", "bizfacts", "extract", "--jsonl", "-", "--format", "json"],
        input=packed,
        capture_output=True,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, b"[]\n", b"")
