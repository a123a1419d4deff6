"""How a surname alone is linked to a person the document names in full, where several full names
share it ("Mr. Brennock" beside "Harold Brennock" and his son "Daniel Brennock")."""

from __future__ import annotations

import bisect
import re as stdlib_re

_HONORIFIC_BEFORE = stdlib_re.compile(r"(?:^|(?<=\W))(Mr|Mrs|Ms|Miss|Mme|Herr|Frau)\.?[ \t]+$")
_HONORIFIC_CLASS = {"Mr": "m", "Herr": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Mme": "f", "Frau": "f"}


def same_honorific(
    text: str, start: int, surname: str, full: list[tuple[int, int, str]], names: list[str]
) -> str | None:
    """The one full name ending in ``surname`` written after an honorific of the kind that stands
    before ``start`` ("Mr." and "Mr.", "Ms." and "Mrs."), else None."""
    m = _HONORIFIC_BEFORE.search(text, max(0, start - 8), start)
    if m is None:
        return None
    kind = _HONORIFIC_CLASS[m.group(1)]
    found = set()
    for (s, _e, _rule), name in zip(full, names, strict=False):
        if " " in name and name.split()[-1] == surname:
            h = _HONORIFIC_BEFORE.search(text, max(0, s - 8), s)
            if h is not None and _HONORIFIC_CLASS[h.group(1)] == kind:
                found.add(name)
    return found.pop() if len(found) == 1 else None


def shortened(longer: str, name: str) -> bool:
    """Whether ``name`` is ``longer`` written shorter: its tail ("Brennock Pratt" of "Ellen Brennock
    Pratt"), or its first and last words with a middle name left out ("Harold Brennock" of "Harold
    James Brennock").

    >>> shortened("Harold James Brennock", "Harold Brennock"), shortened("Harold Brennock", "Daniel Brennock")
    (True, False)
    """
    if longer.endswith(" " + name):
        return True
    a, b = longer.split(), name.split()
    return len(a) > len(b) >= 2 and a[0] == b[0] and a[-1] == b[-1]


def introduced_before(
    start: int, surname: str, full: list[tuple[int, int, str]], names: list[str]
) -> str | None:
    """The one person named in full with ``surname`` before ``start`` (the longest way the text
    writes the name), where the others who share it are introduced only later: an obituary's "Mr.
    Brennock" is the man it opens with until his son is named.

    >>> full = [(0, 15, "r"), (40, 48, "r"), (60, 75, "r")]
    >>> introduced_before(40, "Brennock", full, ["Harold Brennock", "Brennock", "Daniel Brennock"])
    'Harold Brennock'
    """
    before = {
        name
        for (s, _e, _rule), name in zip(full, names, strict=False)
        if s < start and " " in name and name.split()[-1] == surname
    }
    if not before:
        return None
    longest = max(before, key=lambda n: (len(n), n))
    return longest if all(n == longest or shortened(longest, n) for n in before) else None


def fullest_forms(names: list[str]) -> dict[str, str]:
    """For each name of several words that is a shorter form of exactly one longer name in
    ``names`` (its middle name left out: "Harold Brennock" of "Harold James Brennock"), that
    longer name (names grouped by their first and last words: linear in the names).

    >>> fullest_forms(["Harold Brennock", "Harold James Brennock", "Daniel Brennock"])
    {'Harold Brennock': 'Harold James Brennock'}
    """
    groups: dict[tuple[str, str], set[str]] = {}
    for name in names:
        parts = name.split()
        if len(parts) >= 2:
            groups.setdefault((parts[0], parts[-1]), set()).add(name)
    out: dict[str, str] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        longer = [n for n in group if len(n.split()) > 2]
        if len(longer) != 1:
            continue  # ("Ann B. Cole" and "Ann C. Cole": two people, or one written two ways)
        for name in group:
            if name != longer[0] and shortened(longer[0], name):
                out[name] = longer[0]
    return out


class SurnameLinks:
    """``same_honorific`` and ``introduced_before`` for one document's full names (``full`` and
    ``names``, as those functions take them), each surname's names gathered once: a long document
    of many people sharing surnames asks both for every lone surname, and each call scanned every
    name of the document (quadratic; 3.2 million characters of news: 0.17 s of the people pass).

    >>> t = "Mr. Harold Brennock met Ms. Ann Brennock. Mr. Brennock left."
    >>> full, names = [(4, 19, "r"), (28, 40, "r")], ["Harold Brennock", "Ann Brennock"]
    >>> links = SurnameLinks(t, full, names)
    >>> links.same_honorific(46, "Brennock"), links.introduced_before(20, "Brennock")
    ('Harold Brennock', 'Harold Brennock')
    """

    __slots__ = ("_answers", "_by_surname", "_honorifics", "_text")

    def __init__(self, text: str, full: list[tuple[int, int, str]], names: list[str]) -> None:
        self._text = text
        self._by_surname: dict[str, list[tuple[int, str]]] = {}  # full names by surname, in text order
        for (s, _e, _rule), name in zip(full, names, strict=False):
            if " " in name:
                self._by_surname.setdefault(name.split()[-1], []).append((s, name))
        for found in self._by_surname.values():
            found.sort(key=lambda item: item[0])
        self._honorifics: dict[str, dict[str, set[str]]] = {}  # surname -> kind -> names
        # surname -> (the starts, the answer of ``introduced_before`` once each start is passed)
        self._answers: dict[str, tuple[list[int], list[str | None]]] = {}

    def same_honorific(self, start: int, surname: str) -> str | None:
        """``same_honorific(text, start, surname, full, names)``."""
        text = self._text
        m = _HONORIFIC_BEFORE.search(text, max(0, start - 8), start)
        if m is None:
            return None
        kinds = self._honorifics.get(surname)
        if kinds is None:
            kinds = self._honorifics[surname] = {}
            for s, name in self._by_surname.get(surname, ()):
                h = _HONORIFIC_BEFORE.search(text, max(0, s - 8), s)
                if h is not None:
                    kinds.setdefault(_HONORIFIC_CLASS[h.group(1)], set()).add(name)
        found = kinds.get(_HONORIFIC_CLASS[m.group(1)], ())
        return next(iter(found)) if len(found) == 1 else None

    def introduced_before(self, start: int, surname: str) -> str | None:
        """``introduced_before(start, surname, full, names)``."""
        answers = self._answers.get(surname)
        if answers is None:
            answers = self._answers[surname] = _introduced_steps(self._by_surname.get(surname, []))
        starts, steps = answers
        k = bisect.bisect_left(starts, start)
        return steps[k - 1] if k else None


def _introduced_steps(found: list[tuple[int, str]]) -> tuple[list[int], list[str | None]]:
    """The starts of ``found`` (full names sharing a surname, in text order) and the answer of
    ``introduced_before`` past each: the names seen so far kept as a set with the longest, whose
    test of every name is made again only where a longer one comes."""
    seen: set[str] = set()
    longest = ""
    fits = True  # whether every name seen is ``longest`` or a shorter form of it
    steps: list[str | None] = []
    for _s, name in found:
        if name not in seen:
            seen.add(name)
            if (len(name), name) > (len(longest), longest):
                longest = name
                fits = all(n == longest or shortened(longest, n) for n in seen)
            else:
                fits = fits and shortened(longest, name)
        steps.append(longest if fits else None)
    return [s for s, _name in found], steps
