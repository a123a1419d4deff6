"""People coordinated with a person: "founded by Bruna Teixo and Kaio Albano", "James and
Robert Calloway".

Plain name words joined by "and" to a person the people reader is sure of are a person too,
though no list of names knows them; a name read weakly (from a surname alone) is then as sure
as its neighbour.  A run holding a title, a firm's or an organization's word, or ending in a
place's or a firm's word ("Needham Harper Worldwide", "Browns Creek") stays what it was.
:class:`CoordinatedPeople` is a part of the people reader (:mod:`bizfacts.people`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from ._company_words import company_words
from .places import is_place_name

# the rules of a person read from a surname or a cue alone (the cascade trusts them less)
WEAK_RULES = frozenset({"surname", "cue"})
# last words of a firm's or a place's name no person's ends in ("Needham Worldwide", "Browns Creek")
_NOT_PERSON_TAILS = frozenset(
    {"Worldwide", "International", "Global", "Creek", "River", "Lake", "Valley", "Bay", "Springs", "Falls"}
    | {"Park", "Mountain", "Island", "Hills"}
)

@functools.cache
def _not_person_words(roles: frozenset[str]) -> frozenset[str]:
    """The words no coordinated person's name holds: firms' and organizations' words and the
    people's ``roles`` (titles, honorifics); built once, not per text (a union of thousands)."""
    cw = company_words()
    return cw.head | cw.org_head | cw.generic | roles


Found = list[tuple[int, int, str]]  # (start, end, rule) of each person found
Runs = list[tuple[int, int]]  # token bounds of the runs no person was read in


class CoordinatedPeople:
    """The people reader's reading of "A and B" (the reader gives the attributes below)."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    n: Any  # the people's name lists (``bizfacts._person_names._Names``)

    def in_company(self, start: int, end: int) -> bool:  # (the reader's own)
        raise NotImplementedError

    def name_word(self, word: str) -> bool:  # (the reader's own)
        raise NotImplementedError

    def coordinated(self, full: Found, failed: Runs) -> tuple[Found, Runs]:
        """``full`` with the weak readings beside a sure person made sure, and the runs of
        ``failed`` that stand beside one added; the runs still failed."""
        text, tw, ts, te = self.text, self.words, self.starts, self.ends
        strong_ends = {e for _s, e, r in full if r not in WEAK_RULES}
        if not strong_ends:
            return full, failed  # no sure person: nothing stands beside one (most texts)
        strong_starts = {s for s, _e, r in full if r not in WEAK_RULES}

        def beside(start: int, end: int) -> bool:
            return (text[max(0, start - 5) : start] == " and " and start - 5 in strong_ends) or (
                text[end : end + 5] == " and " and end + 5 in strong_starts
            )

        nouns = _not_person_words(self.n.roles)

        def plain(words: Sequence[str]) -> bool:  # no title, firm or place word ("Needham Worldwide")
            tail = words[-1]
            if tail in _NOT_PERSON_TAILS or any(w in nouns for w in words):
                return False
            return not is_place_name(tail)

        # (in this order: the rule and the neighbours are cheap to read, the place table is not)
        upgraded = [r in WEAK_RULES and beside(s, e) and plain(text[s:e].split()) for s, e, r in full]
        full = [(s, e, "coordinated" if up else r) for (s, e, r), up in zip(full, upgraded, strict=True)]
        kept: Runs = []
        for i, j in failed:
            words = tw[i : j + 1]
            if (
                len(words) in (2, 3)
                and beside(ts[i], te[j])  # (the cheap test first: few runs stand beside a person)
                and all(self.name_word(w) and w not in self.n.not_names for w in words)
                and plain(words)
                and not self.in_company(ts[i], te[j])
                and not is_place_name(" ".join(words))
            ):
                full.append((ts[i], te[j], "coordinated"))
            else:
                kept.append((i, j))
        if len(kept) < len(failed):
            full.sort()
        return full, kept


    def shared_surnames(self, full: Found) -> list[tuple[int, int, str]]:
        """The given names that share the surname of the person after them: "brothers James and
        Robert Calloway" holds James Calloway (the word "James" his mention): (start, end, full
        name) of each.  Only a known given name, outside any company, before " and " and a person
        named by a given name and a surname."""
        text, tw, ts, te = self.text, self.words, self.starts, self.ends
        ending = {e: k for k, e in enumerate(te)}
        taken = {e for s, e, _r in full if " " in text[s:e]}  # (a word read alone gets its surname)
        nouns = _not_person_words(self.n.roles)
        out = []
        for s, e, rule in full:
            k = ending.get(s - 5)
            if k is None or rule in WEAK_RULES or text[s - 5 : s] != " and " or te[k] in taken:
                continue
            parts = text[s:e].split()
            given = tw[k]
            if (
                len(parts) == 2
                and parts[0] in self.n.given
                and given in self.n.given
                and given not in self.n.not_names
                # ("the Carter and Reagan Administrations": no surname an organization's word)
                and parts[1] not in nouns
                and parts[1].removesuffix("s") not in nouns
                and (k == 0 or text[te[k - 1] : ts[k]] != " ")  # ("Tom Hale and Ana Reyes": Hale's own)
                and not self.in_company(ts[k], te[k])
            ):
                out.append((ts[k], te[k], f"{given} {parts[1]}"))
        return out
