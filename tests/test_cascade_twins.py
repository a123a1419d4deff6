"""The stdlib twins of the constructions' patterns (``facts/cascade/twins.py``) find exactly what
the ``regex`` patterns find on chunk strings: the same matches, spans and group texts, by name."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bizfacts.facts.cascade.chunks import chunk, chunk_string
from bizfacts.facts.cascade.grammar import Variant, variants
from bizfacts.facts.cascade.tokens import tokenize
from bizfacts.facts.cascade.twins import named_twin, overlapping

_parser: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("re._constants")

_RULES = Path(__file__).parent / "corpus" / "facts" / "rules.jsonl"


def _chunk_strings(limit: int = 500) -> list[str]:
    """The chunk strings of the first rule cases' texts, and each with its names read as companies."""
    found: set[str] = set()
    with _RULES.open(encoding="utf-8") as lines:
        for _, line in zip(range(limit), lines, strict=False):
            s = chunk_string(chunk(tokenize(json.loads(line)["text"], 0, [])))
            found.update((s, s.replace("N", "C")))
    return sorted(found)


_STRINGS = _chunk_strings()
# every character a construction's pattern names (and some it does not)
_CHARS = "".join(sorted({c for v in variants() for c in v.source if c.isalnum() or c in ",.;'%-()\"$"}))


def _found(matches: Iterable[Any], names: list[str]) -> list[Any]:
    return [(m.span(), list(m.groupdict().items()), [m.span(n) for n in names]) for m in matches]


def _same(s: str) -> None:
    for v in variants():
        names = list(v.pattern.groupindex)
        expected = _found(v.pattern.finditer(s, overlapped=True), names)
        assert _found(overlapping(v, s), names) == expected, (v.frame, v.name, s)


def test_twins_find_what_regex_finds_in_rule_sentences() -> None:
    assert len(_STRINGS) > 300
    for s in _STRINGS:
        _same(s)


@given(st.sampled_from(_STRINGS), st.integers(0, 400), st.text(alphabet=_CHARS, max_size=3))
@settings(max_examples=150, deadline=None)
def test_twins_find_what_regex_finds_in_edited_strings(s: str, at: int, piece: str) -> None:
    i = at % (len(s) + 1)
    _same(s[:i] + piece + s[i + 1 :])


def _shared_groups_in_repeats(v: Variant) -> list[str]:
    """The groups of ``v``'s twin that share a name and stand in a repeat of more than one
    time or inside a group of their name: ``TwinMatch`` could not tell which ``regex`` captured last."""
    found = named_twin(v.source)
    if found is None or not found[1]:
        return []
    twin, groups = found
    shared = {name: base for base, names in groups.items() for name in names}
    by_number = {number: name for name, number in twin.groupindex.items()}
    repeats = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))
    bad: list[str] = []

    def walk(items: Any, repeated: bool, around: frozenset[str]) -> None:
        for op, av in items:
            if op is _sre.SUBPATTERN:
                base = shared.get(by_number.get(av[0], ""))
                if base is not None and (repeated or base in around):
                    bad.append(by_number[av[0]])
                walk(av[3], repeated, around | {base} if base else around)
            elif op in repeats:
                walk(av[2], repeated or av[1] > 1, around)
            else:
                for x in av if isinstance(av, tuple | list) else [av]:
                    for y in x if isinstance(x, list) else [x]:
                        if isinstance(y, _parser.SubPattern):
                            walk(y, repeated, around)

    walk(_parser.parse(twin.pattern, twin.flags), False, frozenset())
    return bad


def test_shared_names_stand_in_no_repeat() -> None:
    for v in variants():
        assert _shared_groups_in_repeats(v) == [], (v.frame, v.name)


def test_a_shared_name_in_a_repeat_is_told() -> None:
    repeated = Variant("t", "TRANS", "(?:(?P<a>x)|(?P<a>y)){2}V")
    assert _shared_groups_in_repeats(repeated) == ["a__1", "a__2"]
    nested = Variant("t", "TRANS", "(?P<a>x(?P<a>y))|(?P<a>z)")
    assert _shared_groups_in_repeats(nested) == ["a__2"]
    assert _shared_groups_in_repeats(Variant("t", "TRANS", "(?:(?P<a>x)|(?P<a>y))?V")) == []
