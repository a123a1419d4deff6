"""Regex sources that match any of a list of literal words, as prefix tries."""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

__all__ = ["alternation", "by_first_character", "opening_group_closes_at_end", "tail_alternations"]


def _char_pattern(ch: str) -> str:
    return r"\s+" if ch == " " else regex.escape(ch)


def _trie_pattern(node: dict[str, dict[str, object]], terminal: bool) -> str:
    branches = []
    for ch in sorted(node, key=lambda c: (c == "", c)):
        if ch == "":
            continue
        child = node[ch]
        branches.append(_char_pattern(ch) + _trie_pattern(child, "" in child))  # type: ignore[arg-type]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if terminal:
        return ("(?:" + body + ")?") if len(branches) == 1 and len(body) > 1 else body + "?"
    return body


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex matching any of the literal ``words``, longest first, as a prefix trie.

    Spaces inside a word match any run of whitespace.  The trie form ("t(?:en|wo)")
    tests one character per branch, which keeps large word lists fast to scan.

    >>> alternation(["ten", "two", "twenty"])
    't(?:en|w(?:enty|o))'
    """
    root: dict[str, dict[str, object]] = {}
    for word in set(words):
        if not word:
            continue
        node = root
        for ch in " ".join(word.split()):
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}
    return _trie_pattern(root, False)


def tail_alternations(words: Iterable[str]) -> dict[str, str]:
    """For each first character of ``words``, the ``alternation`` of what follows it in them
    ("" where one of them is that character alone: nothing needs to follow)."""
    tries: dict[str, dict[str, dict[str, object]]] = {}
    for word in words:
        chars = " ".join(word.split())
        if chars:
            node = tries.setdefault(chars[0], {})
            for ch in chars[1:]:
                node = node.setdefault(ch, {})  # type: ignore[assignment]
            node[""] = {}
    return {first: "" if "" in trie else _trie_pattern(trie, False) for first, trie in tries.items()}


def by_first_character(openers: list[tuple[str, str]]) -> str:
    """An alternation that matches where one of ``openers`` ((first characters, the pattern of
    what follows them) pairs) does, with one alternative per first character, which opens with
    that character: ``re`` passes over an alternative that opens with another character in one
    test, where it enters every alternative that opens with a group.  (What it matches may differ
    from what the openers match; where a match begins does not.)

    >>> by_first_character([("ab", "c"), ("0123456789", ""), ("a", "d")])
    '[0123456789]|a(?:c|d)|b(?:c)'
    """
    follows: dict[str, list[str]] = {}
    for firsts, rest in openers:
        for ch in firsts:
            follows.setdefault(ch, []).append(rest)
    at_once = "".join(re.escape(ch) for ch, rests in sorted(follows.items()) if "" in rests)
    keyed = [
        f"{re.escape(ch)}(?:{'|'.join(rests)})" for ch, rests in sorted(follows.items()) if "" not in rests
    ]
    return "|".join(([f"[{at_once}]"] if at_once else []) + keyed)


def opening_group_closes_at_end(source: str) -> bool:
    r"""Whether the group that opens the regex ``source`` ("(...)") closes at its last character,
    so that no "|" or other item of its own stands outside it.

    >>> [opening_group_closes_at_end(s) for s in ("(?:a|b)", "(?:a)|(?:b)", r"(?:[)]\))", "a(b)")]
    [True, False, True, False]
    """
    if not source.startswith("("):
        return False
    depth = 0
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a character class: "]" right after "[" or "[^" is a member
            i += 2 if source.startswith("[^", i) else 1
            i += 1 if source.startswith("]", i) else 0
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i == n - 1
        i += 1
    return False
