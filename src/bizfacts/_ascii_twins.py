"""Stdlib twins of ``regex`` patterns: the same matches on ASCII-only text, run faster.

``re`` runs most bizfacts patterns several times faster than ``regex``.  On ASCII text
(``str.isascii()``, a constant-time test) the two modules agree on ``\\w``, ``\\d``,
``\\b`` and case-insensitive letters; ``ascii_twin`` rewrites the rest (``\\s``,
``\\p{...}``, "white space but a newline" classes) so that the twin matches exactly as the
pattern does, whatever ``pos`` and ``endpos``.

>>> import regex
>>> ascii_twin(regex.compile(r"\\p{Lu}\\p{Ll}+")).findall("Acme and Beta")
['Acme', 'Beta']
"""

from __future__ import annotations

import functools
import re

import regex

__all__ = ["ascii_twin", "ascii_twin_source", "compile_twin"]


# ``\s`` of the ``regex`` module is Unicode White_Space; ``re`` also takes the ASCII
# separators \x1c-\x1f (``str.isspace``).  On ASCII text these are the only
# differences between the two modules for the constructs bizfacts patterns use.
_ASCII_CLASSES = {
    "s": ("[\\t-\\r ]", "\\t-\\r "),
    "S": ("[^\\t-\\r ]", None),
    "p{L}": ("[A-Za-z]", "A-Za-z"),
    "p{Lu}": ("[A-Z]", "A-Z"),
    "p{Ll}": ("[a-z]", "a-z"),
    "p{N}": ("[0-9]", "0-9"),
    "p{M}": ("(?!)", ""),  # no combining mark is ASCII: alone it never matches, in a class it adds nothing
}
_FLAG_PAIRS = (
    (regex.VERBOSE, re.VERBOSE),
    (regex.IGNORECASE, re.IGNORECASE),
    (regex.MULTILINE, re.MULTILINE),
)


_OPENING_FLAGS = re.compile(r"\(\?([aiLmsux]++)\)")
_INLINE_FLAGS = {
    "a": regex.ASCII,
    "i": regex.IGNORECASE,
    "L": regex.LOCALE,
    "m": regex.MULTILINE,
    "s": regex.DOTALL,
    "u": regex.UNICODE,
    "x": regex.VERBOSE,
}


def _opening_flags(source: str) -> int:
    """The ``regex`` flags of the global flag groups ``source`` opens with ("(?i)(?x)..."): the
    flags a compiled pattern reports.  (``re`` refuses global flags anywhere else.)"""
    flags = 0
    m = _OPENING_FLAGS.match(source)
    while m is not None:
        for letter in m.group(1):
            flags |= _INLINE_FLAGS[letter]
        m = _OPENING_FLAGS.match(source, m.end())
    return flags


# "white space but ...": a negated class of ``\S`` and literal characters ("[^\S\n-]",
# spaces but a newline), the one kind of class holding ``\S`` that has a twin
_SPACE_BUT = re.compile(r"\[\^\\S((?:\\[ntrfv]|[^\\\]\[^-])*+-?)\]")
_ESCAPED = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
_ASCII_SPACES = "\t\n\x0b\x0c\r "  # the ASCII characters of White_Space, ``\s`` in ``regex``


def _space_but(members: str) -> str:
    """The ASCII class of ``[^\\S<members>]``: the white space not among ``members``."""
    excluded = set(re.sub(r"\\([ntrfv])", lambda m: _ESCAPED[m.group(1)], members))
    kept = [ch for ch in _ASCII_SPACES if ch not in excluded]
    return "[" + "".join(f"\\x{ord(ch):02x}" for ch in kept) + "]" if kept else "(?!)"


def _ascii_source(source: str, verbose: bool) -> str:
    """``source`` (a ``regex`` V0 pattern) rewritten for ``re`` with the same meaning on
    ASCII-only text: ``\\s``, ``\\S`` and the letter and number properties become
    explicit ASCII classes."""
    out: list[str] = []
    i = 0
    in_class = False
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            key = source[i + 1 : i + 2]
            if key == "p":
                key = source[i + 1 : source.index("}", i) + 1]
            if key in _ASCII_CLASSES:
                outside, inside = _ASCII_CLASSES[key]
                if in_class and inside is None:
                    raise ValueError(f"no ASCII twin for \\{key} inside a class")
                out.append(inside if in_class else outside)  # type: ignore[arg-type]
            elif key[:1] in ("p", "P", "X", "G", "K", "m", "M", "L", "N"):
                raise ValueError(f"no ASCII twin for \\{key}")
            else:
                out.append(source[i : i + 2])
            i += 1 + len(key)
            continue
        if in_class:
            if ch == "]":
                in_class = False
            elif ch == "[":
                raise ValueError("nested sets have no ASCII twin")
            out.append(ch)
            i += 1
            continue
        space_but = _SPACE_BUT.match(source, i) if ch == "[" else None
        if space_but is not None:
            out.append(_space_but(space_but.group(1)))
            i = space_but.end()
            continue
        if ch == "[":
            # a "]" or "^]" right after the opening bracket is a literal member
            j = i + 1
            if source[j : j + 1] == "^":
                j += 1
            if source[j : j + 1] == "]":
                j += 1
            out.append(source[i:j])
            in_class = True
            i = j
            continue
        if ch == "#" and verbose:
            end = source.find("\n", i)
            end = n if end == -1 else end
            out.append(source[i:end])
            i = end
            continue
        out.append(ch)
        i += 1
    return "".join(out)


@functools.cache
def ascii_twin(pattern: regex.Pattern[str]) -> re.Pattern[str]:
    """The stdlib ``re`` pattern that matches exactly as ``pattern`` does on ASCII-only
    text (``str.isascii()``, a constant-time test), whatever ``pos`` and ``endpos``.

    ``re`` runs these patterns several times faster than ``regex``; on ASCII text the
    two modules agree on ``\\w``, ``\\d``, ``\\b`` and case-insensitive letters, and the
    rest (``\\s``, ``\\p{...}``) is spelled out by ``_ascii_source``.  Constructs without
    a twin (variable-width look-behind, nested sets) raise ``ValueError`` at build time.
    """
    return compile_twin(pattern.pattern, pattern.flags)


def compile_twin(source: str, flags: int = 0, *, ascii_tables: bool = False) -> re.Pattern[str]:
    """:func:`ascii_twin` of ``regex.compile(source, flags)``, without compiling that: the ``regex``
    parser is slow, and a pattern run on ASCII text only needs its twin.

    With ``ascii_tables`` the twin is compiled with ``re.ASCII``: caseless letters and ``\\d``
    are then tested by ASCII tables, not Unicode ones (a large caseless pattern runs about a
    fifth faster).  On ASCII text that changes no match unless a non-ASCII character of the
    pattern folds to an ASCII letter ("\u212a", the Kelvin sign, matches "k" caselessly in
    Unicode): such a pattern raises ``ValueError``, as does one with a range of non-ASCII
    characters or a ``\\s`` (checked on the twin's source, so as to refuse rather than guess).

    >>> compile_twin(r"(?i)\\p{Lu}+").findall("Acme and Beta")
    ['Acme', 'and', 'Beta']
    >>> compile_twin(r"(?i:users)\\d", ascii_tables=True).flags & re.ASCII != 0
    True
    """
    twin, twin_flags = ascii_twin_source(source, flags)
    if not ascii_tables:
        return re.compile(twin, twin_flags)
    if not _ascii_tables_keep_matches(twin):
        raise ValueError("re.ASCII may change what this pattern matches on ASCII text")
    return re.compile(twin, twin_flags | re.ASCII)


# a non-ASCII character of a pattern's source, written as itself or as an escape
_NON_ASCII_ATOM = re.compile(
    r"\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})|\\x([89a-fA-F][0-9a-fA-F])|([^\x00-\x7f])"
)
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _ascii_tables_keep_matches(source: str) -> bool:
    """Whether ``re.ASCII`` leaves the matches of the ``re`` pattern ``source`` on ASCII text as
    they are.  The flag makes ``\\w``, ``\\d``, ``\\b`` ASCII-only (the same on ASCII text) and
    ``\\s`` drop "\\x1c"-"\\x1f" (refused), and case-folding ASCII-only: that changes a match
    only through a non-ASCII character of the pattern matching an ASCII letter caselessly
    (refused, and so is a non-ASCII character next to a "-": maybe a range holding one)."""
    if re.search(r"(?<!\\)(?:\\\\)*+\\[sS]", source):
        return False
    for m in _NON_ASCII_ATOM.finditer(source):
        if "-" in (source[m.start() - 1 : m.start()], source[m.end() : m.end() + 1]):
            return False
        code = next(group for group in m.groups() if group is not None)
        char = code if len(code) == 1 else chr(int(code, 16))
        if re.search(re.escape(char), _ASCII_LETTERS, re.IGNORECASE):
            return False
    return True


def ascii_twin_source(source: str, flags: int) -> tuple[str, int]:
    """The source and ``re`` flags of :func:`ascii_twin` of the ``regex`` pattern ``source``
    compiled with ``flags`` (and the global flags ``source`` opens with, as "(?i)"), without
    compiling either (a caller that rewrites the twin first).

    >>> ascii_twin_source(r"\\s\\p{Lu}", 0)
    ('[\\\\t-\\\\r ][A-Z]', 0)
    """
    out = 0
    rest = (flags | _opening_flags(source)) & ~(regex.VERSION0 | regex.UNICODE)
    for theirs, ours in _FLAG_PAIRS:
        if rest & theirs:
            out |= ours
            rest &= ~theirs
    if rest:
        raise ValueError(f"no ASCII twin for flags {rest:#x}")
    return _ascii_source(source, bool(out & re.VERBOSE)), out

