"""The stdlib twins of the constructions' patterns (:mod:`.grammar`), for the ASCII chunk strings.

A ``regex`` pattern keeps several times the memory of its ``re`` twin (the constructions' patterns,
all compiled, keep 7 MB as ``regex`` patterns and 1.5 MB as twins: a corpus run's peak memory is
6.6 MB lower with the twins), and ``re`` runs them faster.  ``re`` has no look-behind of varying
width (:func:`fixed_width_lookbehinds` writes one per width), no group name told twice
(:func:`named_twin` writes one name per group, and :class:`TwinMatch` reads them back by the
shared name) and no overlapped search (:func:`overlapping` searches again from one character past
each match's start).
"""

from __future__ import annotations

import collections
import functools
import re
from collections.abc import Iterator

from ..._ascii_twins import ascii_twin_source
from ..._numbers import AnyMatch
from .grammar import Variant

GROUP_NAME = re.compile(r"\(\?P<\w+>")
NAMED_GROUP = re.compile(r"\(\?P<(\w+)>")
# a look-behind whose one varying part is a character set repeated 0 to n times (no group inside)
_VARYING_LOOKBEHIND = re.compile(r"\(\?<([=!])([^()]*?)(\[[^\]]*\])\{0,(\d+)\}([^()]*?)\)")


def fixed_width_lookbehinds(pattern: str) -> str:
    """``pattern`` with each look-behind ``(?<=A[s]{0,n}B)`` written as the alternatives
    ``(?:(?<=AB)|(?<=A[s]B)|...)``, one per width, and ``(?<!A[s]{0,n}B)`` as the look-behinds
    ``(?<!AB)(?<!A[s]B)...`` all holding: the same pattern, which the stdlib ``re`` can run
    (``A`` and ``B`` are of fixed width, as every look-behind of the grammar's is but for one set).

    >>> fixed_width_lookbehinds(r"(?<!b[xu]{0,2})C")
    '(?<!b)(?<!b[xu])(?<!b[xu][xu])C'
    >>> fixed_width_lookbehinds(r"(?<=^o[^,]{0,1},)C")
    '(?:(?<=^o,)|(?<=^o[^,],))C'
    """

    def fixed(m: re.Match[str]) -> str:
        sign, before, chars, most, after = m.groups()
        each = [f"(?<{sign}{before}{chars * k}{after})" for k in range(int(most) + 1)]
        return "".join(each) if sign == "!" else "(?:" + "|".join(each) + ")"

    return _VARYING_LOOKBEHIND.sub(fixed, pattern)


@functools.cache
def named_twin(source: str) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]] | None:
    """The stdlib twin of a construction's pattern with its groups' names kept, for ASCII strings
    (chunk strings are): the same matches, found by :func:`overlapping`; None where ``re``
    cannot hold the pattern (a look-behind of varying width).

    A name the pattern gives several groups ("theme" in each alternative: ``regex`` lets them share
    it) is written as one name per group ("theme__1", "theme__2"); the second item tells each
    shared name's groups, in the pattern's order (see :class:`TwinMatch`).
    """
    counts = collections.Counter(NAMED_GROUP.findall(source))
    groups: dict[str, list[str]] = {}

    def one_name(m: re.Match[str]) -> str:
        name = m.group(1)
        if counts[name] == 1:
            return m.group()
        named = groups.setdefault(name, [])
        named.append(f"{name}__{len(named) + 1}")
        return f"(?P<{named[-1]}>"

    try:
        twin, flags = ascii_twin_source(fixed_width_lookbehinds(NAMED_GROUP.sub(one_name, source)), 0)
        return re.compile(twin, flags), {name: tuple(named) for name, named in groups.items()}
    except (ValueError, re.error):
        return None


class TwinMatch:
    """A match of a :func:`named_twin` that wrote a shared group name as several, read by the
    shared names as the ``regex`` match reads them: a name's span is that of its last group in the
    pattern that took part in the match (the one ``regex`` captured last: no such group stands in a
    repeat or inside another of its name, and the tests compare the two on real chunk strings)."""

    __slots__ = ("_groups", "_m")

    def __init__(self, m: re.Match[str], groups: dict[str, tuple[str, ...]]) -> None:
        self._m = m
        self._groups = groups

    def span(self, group: str | int = 0) -> tuple[int, int]:
        named = self._groups.get(group) if isinstance(group, str) else None
        if named is None:
            return self._m.span(group)
        found = (-1, -1)
        for name in named:
            span = self._m.span(name)
            if span[0] >= 0:
                found = span
        return found

    def start(self, group: str | int = 0) -> int:
        return self.span(group)[0]

    def end(self, group: str | int = 0) -> int:
        return self.span(group)[1]

    def groupdict(self) -> dict[str, str | None]:
        """The text of each group name, None where it took no part, in the ``regex`` order."""
        shared = {name: shared for shared, named in self._groups.items() for name in named}
        out: dict[str, str | None] = {}
        for name in self._m.re.groupindex:
            name = shared.get(name, name)
            if name not in out:
                start, end = self.span(name)
                out[name] = None if start < 0 else self._m.string[start:end]
        return out


def overlapping(v: Variant, s: str) -> Iterator[AnyMatch | TwinMatch]:
    """``v.pattern.finditer(s, overlapped=True)``: each match, the next one searched from one
    character past its start; on an ASCII string run by :func:`named_twin` where there is one."""
    found = named_twin(v.source) if s.isascii() else None
    if found is None:
        yield from v.pattern.finditer(s, overlapped=True)
        return
    twin, groups = found
    m = twin.search(s)
    while m is not None:
        yield TwinMatch(m, groups) if groups else m
        m = twin.search(s, m.start() + 1)
