"""Headlines: the lexicon's words in a title-case or all-capital line read as in running text.

The tokenizer takes a capitalized predicate word after a sentence's first word for part of a
name ("Acme Acquisition Corp"). A headline capitalizes every word ("Acme Closes Purchase
of Beta", "ACME BACKS BID FROM BETA"), so its verbs and nouns would all be names: in a line
holding no lowercase word of four letters or more, the words the lexicon knows are lowercased
before tokenizing, and in a line of capitals every word (names the extractors found are
mentions, which the tokenizer never reads; an unknown word in capitals is no name to promote).

>>> t = "Acme Closes Purchase of Beta"
>>> headline_line(t, 0, len(t))
'Acme closes purchase of Beta'
>>> t = "ACME <ACM> BACKS REVISED BID FROM BETA"
>>> headline_line(t, 0, len(t))
'acme <ACM> backs revised bid from beta'
>>> t = "European Train Control System"
>>> headline_line(t, 0, len(t)) is None
True
>>> t = "Acme Corp completed the Acquisition of Beta."
>>> headline_line(t, 0, len(t)) is None
True
"""

from __future__ import annotations

import functools

import regex

from ..._ascii_twins import ascii_twin
from .predicates import phrase_starts, word_table

# a lowercase word of running text: a line holding one is no headline
_LOWER_WORD = regex.compile(r"(?<![\w'’-])[a-z]{4,}")
_LOWER_WORD_ASCII = ascii_twin(_LOWER_WORD)  # (the same matches in an ASCII text, found twice as fast)
_LOWER_LETTER = regex.compile(r"[a-z]")
_CAPS_WORD = regex.compile(r"(?<![\w'’<-])[A-Za-z]+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_WORD = regex.compile(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])")


@functools.cache
def _known() -> frozenset[str]:
    """The lowercase words the lexicon reads (one-word entries and the first words of phrases)
    and the words that give an office ("Acme Names P Chief Executive")."""
    from .executive import word_classes  # (executive reads the cascade's lexicon)

    return frozenset(word_table()) | frozenset(phrase_starts()) | frozenset(word_classes())


def headline_line(text: str, start: int, stop: int) -> str | None:
    """``text[start:stop]`` with the lexicon's words lowercased when that stretch is a headline
    (the same length: only ASCII letters change), else None.  Only the line is copied, so a
    document of many headlines is read in linear time."""
    if (_LOWER_WORD_ASCII if text.isascii() else _LOWER_WORD).search(text, start, stop) is not None:
        return None
    line = text[start:stop]
    if not _LOWER_LETTER.search(line):
        # (a wire's ticker in brackets, "<ACME>", stays as written)
        return _CAPS_WORD.sub(lambda m: m.group().translate(_ASCII_LOWER), line)
    known = _known()
    words = list(_WORD.finditer(line))
    parts: list[str] = []
    pos = 0
    changed = False
    for k, m in enumerate(words):
        word = m.group()
        low = word.lower()
        if low != word and low in known and not _inside_name(words, k, known):
            parts.append(line[pos : m.start()])
            parts.append(low)
            pos = m.end()
            changed = True
    if not changed:
        return None
    parts.append(line[pos:])
    return "".join(parts)


def _inside_name(words: list[regex.Match[str]], k: int, known: frozenset[str]) -> bool:
    """Whether the known word ``words[k]``, in a bare form (no "-s", "-ed", "-ing"), stands between
    two capitalized words the lexicon does not know: a word of a name ("European Train Control
    System", a list's line), not a headline's verb ("Acme Controls Beta", "Acme To Buy Beta")."""
    word = words[k].group()
    if word.endswith(("s", "ed", "ing")) or not 0 < k < len(words) - 1:
        return False
    before, after = words[k - 1].group(), words[k + 1].group()
    return all(w[:1].isupper() and w.lower() not in known for w in (before, after))
