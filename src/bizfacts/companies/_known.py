"""The companies a document named so far, by name and by the words their names open with, for
``_Cues.known_company`` and ``_Unknown.names_longer``: each "A and B" run, each "X Media's", asked
every company found before it (quadratic in a long document: 8,000 such runs took 6.9 s of
``extract_companies``)."""

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
    >>> known.longer("Quarry"), known.longer("Quarry Hill Foods")
    (True, False)
    """

    __slots__ = ("_found", "_heads", "_names", "_prefixes", "_read")

    def __init__(self, found: list[_Found]) -> None:
        self._found = found
        self._read = 0  # the entries of ``found`` indexed
        self._names: dict[str, int] = {}  # (companies not tentative)
        self._prefixes: dict[str, int] = {}  # (their heads holding a space)
        self._heads: set[str] = set()  # the heads of every company's name, tentative or not

    def _catch_up(self) -> None:
        """Index the entries appended to ``found`` since the last question."""
        found = self._found
        names, prefixes, heads = self._names, self._prefixes, self._heads
        for k in range(self._read, len(found)):
            f = found[k]
            if f.kind != "company":
                continue
            name, start, sure = f.name, f.start, not f.tentative
            if sure and names.get(name, start + 1) > start:
                names[name] = start
            cut = name.find(" ")
            while cut >= 0:
                head = name[:cut]  # (the words before a space: "Quarry", "Quarry Hill")
                heads.add(head)
                if sure and " " in head and prefixes.get(head, start + 1) > start:
                    prefixes[head] = start
                cut = name.find(" ", cut + 1)
        self._read = len(found)

    def before(self, key: str, before: int) -> bool:
        """Whether a company found (not tentative) starts before ``before`` and is named ``key``,
        or, where ``key`` holds a space, its name opens with ``key`` and a space."""
        if self._read < len(self._found):
            self._catch_up()
        if self._names.get(key, before) < before:
            return True
        return " " in key and self._prefixes.get(key, before) < before

    def longer(self, key: str) -> bool:
        """Whether the name of a company found, tentative or not, opens with ``key`` and a space."""
        if self._read < len(self._found):
            self._catch_up()
        return key in self._heads
