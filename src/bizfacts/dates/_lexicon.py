"""Word lists of the date extractor (``data/date_words.json``), loaded once."""

from __future__ import annotations

import functools
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
    future: _FutureCues  # the future cues of a lowercased clause (see ``_future_cues``)


@attrs.frozen
class _FutureCues:
    """The future cues, as ``_future_cues`` builds them; ``in_clause`` tests a clause."""

    apostrophe: re.Pattern[str]  # the cues found anywhere, each holding "'" ("'ll")
    at_start: re.Pattern[str]  # a cue word at the start of the clause
    after_gap: re.Pattern[str]  # a cue word after a character that is no letter or "'"

    def in_clause(self, clause: str) -> bool:
        """Whether any cue is in ``clause`` (lowercased).  A cue word starts at the
        clause's start or after a character other than ``[a-z']``: the engine skips
        quickly to those few characters, where one pattern with a look-behind would
        be tried at every letter."""
        return (
            ("'" in clause and self.apostrophe.search(clause) is not None)
            or self.at_start.match(clause) is not None
            or self.after_gap.search(clause) is not None
        )


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


def _future_cues(cues: list[str]) -> _FutureCues:
    """The future cues in a lowercased clause, read as words: the runs of ``[a-z']``
    between other characters.  A cue word is a whole word ("will", not "goodwill"); a
    phrase is consecutive words ("expected to", "expected, to"); a cue with an
    apostrophe and no space is found anywhere ("'ll" in "we'll")."""
    anywhere: list[str] = []
    whole: list[str] = []
    for cue in cues:
        words = cue.split(" ")
        if not all(re.fullmatch(r"[a-z']+", word) for word in words):
            raise ValueError(f"date_words.json: future cue {cue!r} is not lowercase words")
        if len(words) == 1 and "'" in cue:
            anywhere.append(re.escape(cue))
        else:
            whole.append("~".join(words))  # "~" stands for the gap between two words
    if not anywhere or not whole:
        raise ValueError("date_words.json: future cues need a word and a cue with an apostrophe")
    # the whole cues as one prefix trie with one shared word-boundary assertion after
    # it: far faster than one alternative per cue
    trie = alternation(whole).replace(regex.escape("~"), "~").replace("~", "[^a-z']+")
    return _FutureCues(
        apostrophe=re.compile("|".join(anywhere)),
        at_start=re.compile(f"(?:{trie})(?![a-z'])"),
        after_gap=re.compile(f"[^a-z'](?:{trie})(?![a-z'])"),
    )


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
