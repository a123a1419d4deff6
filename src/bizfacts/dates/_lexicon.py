"""Word lists of the date extractor (``data/date_words.json``), loaded once."""

from __future__ import annotations

import functools
import itertools
import json
import re
from importlib import resources
from typing import Any

import attrs
import regex

from .._numbers import alternation


@attrs.frozen
class _Words:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: tuple[str, ...]
    named_days: frozenset[str]
    numbers: dict[str, int]
    month_cues: frozenset[str]
    year_blockers: frozenset[str]
    quantity_nouns: tuple[str, ...]
    # the first two characters of every quantity noun, lowercased (see ``_quantity_after``)
    quantity_starts: frozenset[str]
    future: _FutureCues  # the future cues of a lowercased clause


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    raw: dict[str, Any] = json.loads(
        resources.files("bizfacts").joinpath("data/date_words.json").read_text(encoding="utf-8")
    )
    nouns = [str(n) for n in raw["quantity_nouns_after"]]
    if not all(n[:2].isascii() and n[:1].strip() for n in nouns):  # ``_quantity_after`` relies on it
        raise ValueError("date_words.json: quantity nouns must start with two ASCII non-space characters")
    return _Words(
        months={str(k): int(v) for k, v in raw["months"].items()},
        ambiguous_months=frozenset(raw["ambiguous_months"]),
        weekdays=tuple(raw["weekdays"]),
        named_days=frozenset(raw["named_days_before_weekday"]),
        numbers={str(k): int(v) for k, v in raw["number_words"].items()},
        month_cues=frozenset(raw["month_cues_before"]),
        year_blockers=frozenset(raw["year_blockers_before"]),
        quantity_nouns=tuple(raw["quantity_nouns_after"]),
        quantity_starts=frozenset(n[:2].lower() for n in nouns),
        future=_future_cues(raw["future_cues"]),
    )


_CLAUSE_WORD = re.compile(r"[a-z']+")


@attrs.frozen
class _FutureCues:
    """The future cues of ``date_words.json``, read as words of a lowercased clause: the
    runs of ``[a-z']`` between other characters.  A cue word is a whole word ("will",
    not "goodwill"); a phrase is consecutive words ("expected to", "expected, to"); a
    cue with an apostrophe and no space is found anywhere ("'ll" in "we'll")."""

    anywhere: tuple[str, ...]
    words: frozenset[str]
    # phrases by their first two words: ("expected", "to") -> (("expected", "to"),)
    phrases: dict[tuple[str, str], tuple[tuple[str, ...], ...]]

    def search(self, clause: str) -> bool:
        """Whether the lowercased ``clause`` holds a future cue.

        Splitting the clause into words and looking them up (phrases by their first
        pair of words) is several times faster than one pattern tried at every place.
        """
        for cue in self.anywhere:
            if cue in clause:
                return True
        words = _CLAUSE_WORD.findall(clause)
        if not self.words.isdisjoint(words):
            return True
        pairs = list(itertools.pairwise(words))
        found = self.phrases.keys() & set(pairs)
        if not found:
            return False
        for i, pair in enumerate(pairs):
            if pair in found:
                for phrase in self.phrases[pair]:
                    if tuple(words[i : i + len(phrase)]) == phrase:
                        return True
        return False


def _future_cues(cues: list[str]) -> _FutureCues:
    """The future cues, checked: every cue is lowercase words (see ``_FutureCues``)."""
    anywhere: list[str] = []
    words: set[str] = set()
    phrases: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for cue in cues:
        parts = cue.split(" ")
        if not all(re.fullmatch(r"[a-z']+", part) for part in parts):
            raise ValueError(f"date_words.json: future cue {cue!r} is not lowercase words")
        if len(parts) == 1 and "'" in cue:
            anywhere.append(cue)
        elif len(parts) == 1:
            words.add(cue)
        else:
            phrases.setdefault((parts[0], parts[1]), []).append(tuple(parts))
    return _FutureCues(tuple(anywhere), frozenset(words), {k: tuple(v) for k, v in phrases.items()})


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """Any of ``words`` as written (a space matches one space), as a prefix trie."""
    return alternation([w.replace(" ", "\x00") for w in words]).replace(regex.escape("\x00"), r"\ ")


def _cased(words: list[str] | tuple[str, ...]) -> str:
    """Title-case and upper-case forms only: "January", "JANUARY" (never "january").

    A prefix trie ("J(?:an(?:uary)?|...)"): it tries the same forms in the same order
    as ``_alt`` (longest first: all forms that match at one place are prefixes of
    each other), and ``re`` scans it faster than a flat list of forms.
    """
    forms: list[str] = []
    for w in words:
        forms += [w[:1].upper() + w[1:], w.upper()]
    return alternation(forms)
