"""What every match of a construction's pattern needs: the cascade's cheap test before a search.

A pattern over the chunk string (:mod:`.clauses`) is read conservatively into a tuple of
character sets: a string can only hold a match if it holds at least one character of each
set, one after the other in the pattern's order (:func:`needs_in_order`).  Single characters
and character classes written outside lookarounds and outside optional or zero-repeated
groups count; an alternation needs one character of its branches' sets; anything this
reader does not understand needs nothing (the test then never skips).

>>> [sorted(s) for s in needs("(?P<agent>[CN])x?(?P<verb>V)(?:y|o)")]
[['C', 'N'], ['V'], ['o', 'y']]
>>> [sorted(s) for s in needs("(?:V|Zt?)?A")]
[['A']]
"""

from __future__ import annotations

_Needs = list[frozenset[str]]


class _Unknown(Exception):
    """A construct the reader does not take: the pattern then needs nothing."""


def needs(pattern: str) -> tuple[frozenset[str], ...]:
    """The character sets every match of ``pattern`` holds one character of, smallest reading.

    >>> [sorted(s) for s in needs("[^CN]{1,3}(?=V)b")]
    [['b']]
    """
    return tuple(dict.fromkeys(needs_in_order(pattern)))


def needs_in_order(pattern: str) -> tuple[frozenset[str], ...]:
    """:func:`needs` as a sequence: every match of ``pattern`` holds a character of each set, in
    this order (one for each: a set may come back, "V" twice for two verbs).

    >>> [sorted(s) for s in needs_in_order("(?P<agent>[CN])x?(?P<verb>V),c(?P<verb2>V)")]
    [['C', 'N'], ['V'], [','], ['c'], ['V']]
    """
    try:
        found, end = _alternation(pattern, 0)
    except (_Unknown, IndexError, ValueError):
        return ()
    if end != len(pattern):
        return ()
    return tuple(found)


def _alternation(p: str, i: int) -> tuple[_Needs, int]:
    """The needs of the branches from ``p[i]`` up to an unmatched ")" or the end."""
    branches: list[_Needs] = []
    while True:
        seq, i = _sequence(p, i)
        branches.append(seq)
        if i < len(p) and p[i] == "|":
            i += 1
            continue
        break
    if len(branches) == 1:
        return branches[0], i
    if any(not b for b in branches):
        return [], i
    # whichever branch matches holds one character of its smallest set: their union is needed
    return [frozenset().union(*(min(b, key=len) for b in branches))], i


def _sequence(p: str, i: int) -> tuple[_Needs, int]:
    out: _Needs = []
    n = len(p)
    while i < n and p[i] not in "|)":
        atom, i = _atom(p, i)
        lo, i = _quantifier(p, i)
        if lo >= 1:
            out.extend(atom)
    return out, i


def _atom(p: str, i: int) -> tuple[_Needs, int]:
    c = p[i]
    if c == "(":
        if p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            _inner, j = _alternation(p, i + (4 if p[i + 2] == "<" else 3))
            return [], _close(p, j)
        if p.startswith("(?P<", i):
            j = p.index(">", i) + 1
        elif p.startswith("(?:", i):
            j = i + 3
        elif p.startswith("(?", i):
            raise _Unknown(p[i : i + 4])
        else:
            j = i + 1
        inner, j = _alternation(p, j)
        return inner, _close(p, j)
    if c == "[":
        return _class(p, i)
    if c == "\\":
        escaped = p[i + 1]
        if escaped.isalnum():
            raise _Unknown(p[i : i + 2])  # \d, \b, \p{..}: not read here
        return [frozenset(escaped)], i + 2
    if c in "^$.":
        return [], i + 1
    if c in "*+?{":
        raise _Unknown(c)
    return [frozenset(c)], i + 1


def _close(p: str, i: int) -> int:
    if p[i] != ")":
        raise _Unknown("unclosed group")
    return i + 1


def _class(p: str, i: int) -> tuple[_Needs, int]:
    j = i + 1
    negated = p[j] == "^"
    if negated:
        j += 1
    chars: set[str] = set()
    first = True
    while p[j] != "]" or first:
        first = False
        if p[j] == "\\":
            if p[j + 1].isalnum():
                raise _Unknown(p[j : j + 2])
            chars.add(p[j + 1])
            j += 2
        elif p[j] == "[" or (p[j] == "-" and p[j + 1] != "]" and chars):
            raise _Unknown("range or nested set")
        else:
            chars.add(p[j])
            j += 1
    return ([] if negated else [frozenset(chars)]), j + 1


def _quantifier(p: str, i: int) -> tuple[int, int]:
    """The least count of the quantifier at ``p[i]`` (1 when there is none) and what follows it."""
    if i >= len(p) or p[i] not in "*+?{":
        return 1, i
    if p[i] == "{":
        close = p.index("}", i)
        body = p[i + 1 : close]
        low = body.split(",", 1)[0]
        if not low.isdigit():
            raise _Unknown(body)
        lo, i = int(low), close + 1
    else:
        lo, i = (1 if p[i] == "+" else 0), i + 1
    if i < len(p) and p[i] in "?+":  # lazy or possessive
        i += 1
    return lo, i
