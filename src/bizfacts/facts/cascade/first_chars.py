"""The characters a match of a pattern can start with: a search tried only where one stands.

``re`` tries a pattern at every position of the string it searches; a pattern opening with
look-behinds (as most constructions of the cascade do) runs them at each position before it
reads a character.  A look-ahead of the pattern's possible first characters, written before
it, makes each hopeless position cost one class test: :func:`led_by_first_chars` writes it
when it can tell those characters (a superset of them: the matches stay the same).

>>> led_by_first_chars(re.compile(r"(?<!x)(?:C|N+)V")).pattern
'(?=[CN])(?<!x)(?:C|N+)V'
>>> led_by_first_chars(re.compile(r"x?C")).pattern  # "x" or "C": two of three would-be starts
'(?=[Cx])x?C'

:func:`required_run` tells a run of characters every match holds ("VCx" of a pattern ending in
``(?:V)(?:C)(?:x)``): a string that lacks it needs no search.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from typing import Any

# the parser ``re`` compiles with, which reads a pattern exactly as it runs (Python 3.11 moved it
# into ``re``; the old names warn there)
_NEW = sys.version_info >= (3, 11)
_parser: Any = importlib.import_module("re._parser" if _NEW else "sre_parse")
_sre: Any = importlib.import_module("re._constants" if _NEW else "sre_constants")

__all__ = ["led_by_first_chars", "led_source", "required_run"]

# the strings searched are ASCII (the chunk strings of the cascade): a class is read over these
_ASCII = frozenset(map(chr, range(128)))
# past this many possible first characters the look-ahead saves too little to pay for itself
_MOST = 24


class _Unknown(Exception):
    """A construct :func:`_first` does not read: no look-ahead is written."""


def led_by_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` led by a look-ahead of the characters a match of it can start with, for
    searching ASCII strings (the same matches, wherever they start and whatever ``pos`` and
    ``endpos``); ``pattern`` itself when they cannot be told (a construct not read, a match
    that may be empty, a case-insensitive pattern) or are too many to help."""
    led = led_source(pattern.pattern, pattern.flags)
    return pattern if led == pattern.pattern else re.compile(led, pattern.flags)


def led_source(source: str, flags: int = 0) -> str:
    """``source`` as :func:`led_by_first_chars` writes it, not compiled.

    >>> led_source(r"(?<!x)(?:C|N+)V")
    '(?=[CN])(?<!x)(?:C|N+)V'
    """
    chars = first_chars(source, flags)
    if chars is None or not chars or len(chars) > _MOST:
        return source
    return f"(?=[{''.join(_escaped(c) for c in sorted(chars))}])" + source


# (first_chars and required_run are not cached: each construction's source is read once, by the
# cached ``clauses._search``; caches here kept every source, 0.23 MB)
def first_chars(source: str, flags: int = 0) -> frozenset[str] | None:
    """The ASCII characters a non-empty match of ``source`` can start with (a superset of them);
    None when it cannot be told or when a match may be empty.

    >>> sorted(first_chars(r"(?<![wf])(?:[CNP](?:,[CNP])*|R)V"))
    ['C', 'N', 'P', 'R']
    >>> print(first_chars(r"x*"))
    None
    """
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    tree = _parsed(source, flags)
    if tree is None:
        return None
    try:
        chars, empty = _first(list(tree), bool(flags & re.DOTALL))
    except (_Unknown, RecursionError):
        return None
    return None if empty else frozenset(chars)


@functools.lru_cache(maxsize=4)
def _parsed(source: str, flags: int) -> Any:
    """``source`` as ``re`` parses it (None where it cannot): parsed once for both readers here,
    which ask one after the other (a parse tree is kept only that long: those of all the
    constructions would hold 4 MB)."""
    try:
        return _parser.parse(source, flags)
    except (re.error, RecursionError):
        return None


def required_run(source: str, flags: int = 0) -> str:
    """The longest run of characters every match of ``source`` holds as written: literals one after
    the other in the pattern's top-level sequence (a group of literals alone counts, a zero-width
    test between them breaks no run); "" when there is none of two characters or more, or when it
    cannot be told.

    >>> required_run(r"(?<![wf])C(?:x)?(?:V)(?=C)(?:C)(?:x)(?!y)")
    'VCx'
    >>> required_run(r"C|VCx"), required_run(r"(?i)VCx")
    ('', '')
    """
    tree = _parsed(source, flags)
    if tree is None or tree.state.flags & re.IGNORECASE:
        return ""
    items = list(tree)
    runs: list[str] = []
    run = ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av)
        elif op is _sre.SUBPATTERN and not av[1] & re.IGNORECASE and all(o is _sre.LITERAL for o, _ in av[3]):
            run += "".join(chr(c) for _, c in av[3])
        elif op not in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):  # (zero width: the run goes on)
            runs.append(run)
            run = ""
    longest = max([*runs, run], key=len)
    return longest if len(longest) >= 2 else ""


def _first(items: list[tuple[Any, Any]], dotall: bool) -> tuple[set[str], bool]:
    """The first characters of the sequence ``items`` (parsed), and whether it may match empty."""
    out: set[str] = set()
    for op, av in items:
        chars, empty = _first_of(op, av, dotall)
        out |= chars
        if not empty:
            return out, False
    return out, True


def _first_of(op: Any, av: Any, dotall: bool) -> tuple[set[str], bool]:
    """:func:`_first` of one parsed item."""
    if op is _sre.LITERAL:
        return {chr(av)}, False
    if op is _sre.NOT_LITERAL:
        return set(_ASCII - {chr(av)}), False
    if op is _sre.ANY:
        return set(_ASCII if dotall else _ASCII - {"\n"}), False
    if op is _sre.IN:
        return _class(av), False
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True  # (zero width: what a look-around asks only narrows the set)
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & (re.IGNORECASE | re.VERBOSE):
            raise _Unknown
        return _first(list(sub), dotall or bool(add_flags & re.DOTALL))
    if op is _sre.BRANCH:
        out: set[str] = set()
        any_empty = False
        for alternative in av[1]:
            chars, empty = _first(list(alternative), dotall)
            out |= chars
            any_empty = any_empty or empty
        return out, any_empty
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)):
        low, _high, sub = av
        chars, empty = _first(list(sub), dotall)
        return chars, empty or low == 0
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _first(list(av), dotall)
    raise _Unknown


def _class(items: list[tuple[Any, Any]]) -> set[str]:
    """The ASCII characters of a parsed character class."""
    out: set[str] = set()
    negate = False
    for op, av in items:
        if op is _sre.NEGATE:
            negate = True
        elif op is _sre.LITERAL:
            out.add(chr(av))
        elif op is _sre.RANGE:
            out.update(chr(c) for c in range(av[0], min(av[1], 127) + 1))
        else:  # a category ("\d") or anything else: not read
            raise _Unknown
    return set(_ASCII - out) if negate else out & _ASCII


def _escaped(c: str) -> str:
    """``c`` written inside a character class."""
    return c if c.isalnum() else f"\\x{ord(c):02x}"
