"""Regular expressions compiled on first use (shared by the extractors and the fact assembler)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from ._ascii_twins import compile_twin

if TYPE_CHECKING:
    from ._numbers import AnyPattern

_NEAR = 256


def match_near(
    pattern: regex.Pattern[str], string: str, pos: int, window: int = _NEAR
) -> regex.Match[str] | None:
    r"""``pattern.match(string, pos)``, first tried as a partial match on the ``window``
    characters from ``pos``: where that finds nothing, no text after them could complete a
    match, and the answer is None at once; else the pattern is matched on the whole string.

    Where a pattern holds a literal it needs ("by" in ``\s+by\s+``), the ``regex`` module
    looks for it in the whole rest of the string before it tries to match: asked once per
    name on a long text that lacks it, that makes the pass quadratic.  The window bounds that
    look, and the answer is the same whatever the match's length.

    >>> by = regex.compile(r"\s+by\s+\p{Lu}")
    >>> match_near(by, "sold by Acme", 4).group(), match_near(by, "sold to Acme", 4)
    (' by A', None)
    >>> match_near(by, "sold" + " " * 300 + "by Acme", 4).end()
    308
    """
    end = pos + window
    if end < len(string) and pattern.match(string, pos, end, partial=True) is None:
        return None
    return pattern.match(string, pos)


class LazyPattern:
    """A regular expression compiled on first use, so that ``import bizfacts`` stays cheap, and
    its stdlib twin for ASCII text (:meth:`twin`), also compiled on first use.

    Compiling is idempotent, so two threads racing on the first use at worst compile twice.
    """

    __slots__ = ("_ascii_tables", "_compiled", "_flags", "_pattern", "_twin")

    def __init__(self, pattern: str, flags: int = 0, *, ascii_tables: bool = False) -> None:
        self._pattern = pattern
        self._flags = flags
        self._ascii_tables = ascii_tables  # (the twin compiled with ``re.ASCII``: see ``compile_twin``)
        self._compiled: regex.Pattern[str] | None = None
        self._twin: re.Pattern[str] | None = None

    def get(self) -> regex.Pattern[str]:
        """The compiled pattern."""
        if self._compiled is None:
            self._compiled = regex.compile(self._pattern, self._flags)
        return self._compiled

    def for_text(self, text: str) -> AnyPattern:
        """The pattern to run over ``text``: its stdlib ``re`` twin when ``text`` is ASCII-only.

        The twin finds the same matches there (see :func:`bizfacts._ascii_twins.ascii_twin`) and
        is faster for some patterns: use it where measured so.
        """
        if not text.isascii():
            return self.get()
        return self._twin if self._twin is not None else self.twin()  # (called often: the test inline)

    def twin(self) -> re.Pattern[str]:
        """The stdlib ``re`` twin of the pattern, for ASCII-only text (see
        :func:`bizfacts._ascii_twins.ascii_twin`), written from its source: the ``regex`` pattern
        is compiled only when a text needs it."""
        if self._twin is None:
            self._twin = compile_twin(self._pattern, self._flags, ascii_tables=self._ascii_tables)
        return self._twin

    # (the methods called most test the compiled pattern inline: no ``get`` frame once it is made)
    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        compiled = self._compiled
        return (compiled if compiled is not None else self.get()).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        compiled = self._compiled
        return (compiled if compiled is not None else self.get()).match(string, pos, endpos)

    def match_near(self, string: str, pos: int, window: int = _NEAR) -> regex.Match[str] | None:
        """``match(string, pos)``, told at once where no match can start at ``pos``: see
        :func:`match_near`."""
        return match_near(self.get(), string, pos, window)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return self.get().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None, overlapped: bool = False
    ) -> Iterator[regex.Match[str]]:
        return self.get().finditer(string, pos, endpos, overlapped=overlapped)

    def sub(self, repl: str, string: str) -> str:
        return self.get().sub(repl, string)

    @property
    def pattern(self) -> str:
        """The source of the pattern."""
        return self._pattern

    def split(self, string: str) -> list[str]:
        return self.get().split(string)
