"""Documents from files, directories, standard input and JSONL feeds, as a stream of jobs.

Compressed inputs (gzip, bzip2, xz) are recognized by their first bytes or their
suffix and decompressed on the fly; JSONL is read one line at a time, so a feed of
any size streams in constant memory (one record at a time).  Every problem becomes
a job that carries a one-line error naming the input and line; nothing raises.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import sys
import typing
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from .records import Fields, Job, record_job

__all__ = [
    "STDIN",
    "Origin",
    "check_encoding",
    "count_records",
    "expand",
    "jsonl_jobs",
    "open_input",
    "text_jobs",
]

STDIN = "<stdin>"

_MAGIC = {b"\x1f\x8b": "gzip", b"BZh": "bzip2", b"\xfd7zXZ\x00": "xz"}
_SUFFIX = {".gz": "gzip", ".gzip": "gzip", ".bz2": "bzip2", ".xz": "xz"}


def _read_errors() -> tuple[type[BaseException], ...]:
    """What reading a (compressed) stream can raise (lzma is imported only to read)."""
    import lzma

    return (OSError, EOFError, lzma.LZMAError)


@attrs.frozen
class Origin:
    """Where a document came from: shown in error lines and carried into output rows."""

    source: str
    record_id: str | None = None
    line: int | None = None

    @property
    def where(self) -> str:
        place = self.source if self.line is None else f"{self.source}:{self.line}"
        return place if self.record_id is None else f"{place} (id {self.record_id})"


def check_encoding(name: str, *, lines: bool) -> str:
    """The codec's canonical name; ValueError for an unknown one, or one that cannot be
    read line by line (UTF-16/32) when ``lines``."""
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None
    if lines:
        try:
            ascii_safe = "{\n".encode(canonical) == b"{\n"
        except (UnicodeError, LookupError):
            ascii_safe = False
        if not ascii_safe:
            raise ValueError(
                f"encoding {name!r} cannot be read line by line (JSONL needs an ASCII-compatible one)"
            )
    return canonical


class _Prefixed(io.RawIOBase):
    """A stream that gives ``head`` (bytes already read for sniffing) and then the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self.head = head
        self.rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self.head:
            n = min(len(view), len(self.head))
            view[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        read1 = getattr(self.rest, "read1", None)  # what is there, without waiting for a full buffer
        data = read1(len(view)) if read1 is not None else self.rest.read(len(view))
        view[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if self.rest is not sys.stdin.buffer:
            self.rest.close()
        super().close()


def open_input(name: str) -> IO[bytes]:
    """A binary stream of ``name`` (``-``: standard input), decompressed when it is
    gzip, bzip2 or xz (by its first bytes, or its suffix).  OSError if it cannot be opened."""
    raw: IO[bytes] = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
    try:
        peek = getattr(raw, "peek", None)
        # peeking takes nothing from the stream; read() would wait for bytes a pipe has not sent yet
        head = prefix = b""
        if peek is not None:
            head = peek(6)[:6]
        else:
            head = prefix = raw.read(6)
    except OSError:
        if raw is not sys.stdin.buffer:
            raw.close()
        raise
    kind = next((k for magic, k in _MAGIC.items() if head.startswith(magic)), None)
    if kind is None and name != "-":
        kind = _SUFFIX.get(Path(name).suffix.lower())
    stream: IO[bytes] = io.BufferedReader(_Prefixed(prefix, raw), buffer_size=1 << 16)
    if kind is None:
        return stream
    source: Any = stream
    if name != "-":  # by name, so that closing the decompressor closes the file
        stream.close()
        source = name
    import bz2  # the decompressors are imported only for compressed input
    import gzip
    import lzma

    if kind == "gzip":
        return typing.cast(IO[bytes], gzip.open(source, "rb"))
    if kind == "bzip2":
        return typing.cast(IO[bytes], bz2.open(source, "rb"))
    return typing.cast(IO[bytes], lzma.open(source, "rb"))


def _read_error(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read: {exc.strerror}"
    if isinstance(exc, EOFError):
        return "cannot read: the compressed stream ends early (truncated file?)"
    return f"cannot read: {exc}"


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """Text in ``encoding`` (a UTF-8 byte-order mark dropped), or ValueError naming the bad byte."""
    codec = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        label = "UTF-8" if codec == "utf-8-sig" else encoding
        raise ValueError(
            f"not {label} text: undecodable byte 0x{data[exc.start]:02x} at offset {exc.start}"
            + ("" if codec != "utf-8-sig" else " (see --encoding)")
        ) from None


def expand(inputs: Sequence[str]) -> list[tuple[str, str | None]]:
    """Each input as (name, error): directories become their *.txt files, sorted."""
    out: list[tuple[str, str | None]] = []
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(str(p) for p in path.rglob("*.txt") if p.is_file())
            out.extend((p, None) for p in found)
            if not found:
                out.append((name, "no *.txt files in this directory"))
        else:
            out.append((name, None))
    return out


def text_jobs(
    files: list[tuple[str, str | None]], reference_date: dt.date | None, start: int, encoding: str = "utf-8"
) -> Iterator[Job]:
    """One job per text file (each file is one document)."""
    read_errors = _read_errors()
    for offset, (name, error) in enumerate(files):
        index = start + offset
        source = STDIN if name == "-" else name
        origin = Origin(source)
        if error is not None:
            yield Job(index, source, error=error, origin=origin)
            continue
        try:
            with open_input(name) as stream:
                text = decode(stream.read(), encoding)
        except read_errors as exc:
            yield Job(index, source, error=_read_error(exc), origin=origin)
        except ValueError as exc:
            yield Job(index, source, error=str(exc), origin=origin)
        else:
            yield Job(index, source, text, reference_date, origin=origin, source=source)


def _record(
    index: int,
    source: str,
    line: int,
    raw: bytes,
    reference_date: dt.date | None,
    fields: Fields,
    encoding: str,
) -> Job | None:
    where = f"{source}:{line}"
    origin = Origin(source, line=line)
    try:
        text_line = decode(raw, encoding)
    except ValueError as exc:
        return Job(index, where, error=str(exc), origin=origin)
    if not text_line.strip():
        return None
    try:
        record = json.loads(text_line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        return Job(
            index, where, error=f"malformed JSON record: {exc.msg} (column {exc.colno})", origin=origin
        )
    if not isinstance(record, dict):
        kind = type(record).__name__
        return Job(
            index, where, error=f"malformed JSON record: expected an object, got {kind}", origin=origin
        )
    raw_id = record.get(fields.id)
    origin = Origin(source, None if raw_id is None else str(raw_id), line)
    return record_job(index, record, reference_date, fields, default_id=where, origin=origin, source=source)


def jsonl_jobs(
    names: Sequence[str],
    reference_date: dt.date | None,
    start: int,
    fields: Fields | None = None,
    encoding: str = "utf-8",
) -> Iterator[Job]:
    """One job per JSONL record, read one line at a time (blank lines skipped)."""
    fields = fields or Fields()
    read_errors = _read_errors()
    index = start
    for name in names:
        source = STDIN if name == "-" else name
        try:
            stream = open_input(name)
        except OSError as exc:
            yield Job(index, source, error=_read_error(exc), origin=Origin(source))
            index += 1
            continue
        with stream:
            line = 0
            while True:
                try:
                    raw = stream.readline()
                except read_errors as exc:
                    where = Origin(source, line=line + 1)
                    yield Job(index, f"{source}:{line + 1}", error=_read_error(exc), origin=where)
                    index += 1
                    break
                if not raw:
                    break
                line += 1
                job = _record(index, source, line, raw, reference_date, fields, encoding)
                if job is not None:
                    yield job
                    index += 1


def count_records(names: Sequence[str]) -> int | None:
    """How many non-blank lines the JSONL inputs have (None when that costs a second
    decompression or cannot be known: standard input, compressed files)."""
    total = 0
    for name in names:
        if name == "-" or Path(name).suffix.lower() in _SUFFIX:
            return None
        try:
            with open(name, "rb") as fh:
                if any(fh.read(6).startswith(magic) for magic in _MAGIC):
                    return None
                fh.seek(0)
                total += sum(1 for raw in fh if raw.strip())
        except OSError:
            total += 1
    return total
