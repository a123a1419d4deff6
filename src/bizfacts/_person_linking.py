"""How a surname alone is linked to a person the document names in full, where several full names
share it ("Mr. Brennock" beside "Harold Brennock" and his son "Daniel Brennock")."""

from __future__ import annotations

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
