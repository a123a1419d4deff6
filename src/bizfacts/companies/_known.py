"""The companies a document named so far, by name and by the words their names open with, for
``_Cues.known_company``: each "A and B" run asked every company found before it (quadratic in
a long document: 8,000 such runs took 6.9 s of ``extract_companies``)."""

from __future__ import annotations

from ._tokens import _Found

__all__ = ["KnownNames"]


class KnownNames:
    """The least start of a company (not tentative) of ``found`` by its name, and by each of its
    name's first words that hold a space ("Quarry Hill" of "Quarry Hill Foods").

    ``found`` grows while a pass reads the text, entries are only appended and not changed then
    (names are changed only after, by the linking passes): each entry is read once, when a
    question first comes after it.

    >>> from bizfacts.companies._tokens import _Found
    >>> found = [_Found(10, 27, "Quarry Hill Foods", "company", None, "suffix")]
    >>> known = KnownNames(found)
    >>> known.before("Quarry Hill", 30), known.before("Quarry", 30), known.before("Quarry Hill", 5)
    (True, False, False)
    """

    __slots__ = ("_found", "_names", "_prefixes", "_read")

    def __init__(self, found: list[_Found]) -> None:
        self._found = found
        self._read = 0  # the entries of ``found`` indexed
        self._names: dict[str, int] = {}
        self._prefixes: dict[str, int] = {}

    def before(self, key: str, before: int) -> bool:
        """Whether a company found starts before ``before`` and is named ``key``, or, where ``key``
        holds a space, its name opens with ``key`` and a space."""
        found = self._found
        if self._read < len(found):
            names, prefixes = self._names, self._prefixes
            for k in range(self._read, len(found)):
                f = found[k]
                if f.kind != "company" or f.tentative:
                    continue
                name, start = f.name, f.start
                if names.get(name, start + 1) > start:
                    names[name] = start
                cut = name.find(" ")
                while cut >= 0:
                    cut = name.find(" ", cut + 1)
                    if cut < 0:
                        break
                    head = name[:cut]  # (a head holding a space, a space after it)
                    if prefixes.get(head, start + 1) > start:
                        prefixes[head] = start
            self._read = len(found)
        if self._names.get(key, before) < before:
            return True
        return " " in key and self._prefixes.get(key, before) < before
