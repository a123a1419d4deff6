"""One scan of a text for the lowercase words the company pass reads.

Legal suffixes written in lowercase ("Fernway Health plc": may the lowercase branch of
the word pattern match?) and the words of firm and media cues ("analysts from X",
"-based X", "the daily X") are found by one Aho-Corasick pass, made once per document,
instead of one ``str.find`` pass per word (28 words).
"""

from __future__ import annotations

import functools
from typing import Any

import ahocorasick

# the suffixes of the lowercase branch of the word pattern (_regexes._LOWER_SUFFIX_BRANCH)
LOWER_SUFFIXES = ("plc", "ltd", "inc", "llc", "gmbh", "bhd", "tbk")
# the words firm cues start with (_review._FIRM_CUE)
FIRM_CUE_WORDS = (
    "analyst",
    "economist",
    "strategist",
    "trader",
    "dealer",
    "broker",
    "banker",
    "lawyer",
    "partner",
    "researcher",
    "based",
    "shares",
    "stock",
)
# newspapers, agencies and broadcasters: "the daily X", "news agency X", "X newspaper"
MEDIA_WORDS = ("newspaper", "daily", "weekly", "magazine", "agency", "broadcaster", "radio", "television")
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_SUFFIX, _FIRM, _MEDIA = 0, 1, 2


@functools.cache
def _scanner() -> Any:
    """The automaton of every word above; each word's value: (the word, its group)."""
    scanner = ahocorasick.Automaton()
    for group, words in ((_SUFFIX, LOWER_SUFFIXES), (_FIRM, FIRM_CUE_WORDS), (_MEDIA, MEDIA_WORDS)):
        for word in words:
            scanner.add_word(word, (word, group))
    scanner.make_automaton()
    return scanner


# an ASCII text's bytes with every one but a letter and "-" made a space (see _word_scanner())
_LETTERS_AND_HYPHENS = bytes(c if chr(c).isalpha() or chr(c) == "-" else 32 for c in range(128)) + b" " * 128


@functools.cache
def _word_scanner() -> Any:
    """The automaton of the words above as they start a word of an ASCII text whose every
    character but a letter or "-" was made a space (_LETTERS_AND_HYPHENS), a space put in
    front: each after a space, a media noun after a "-" too, "based" after "-" or "- " and
    "agency" in "news agency".  Those are the only places where the readers of the words
    can take them (see LowercaseWords), and from its root the automaton goes on at a space
    or a "-" only: most characters leave it at once (several times faster than _scanner()).
    Each key's value: (the word, its group, where the word starts in the key).
    """
    scanner = ahocorasick.Automaton()
    for word in LOWER_SUFFIXES:
        scanner.add_word(f" {word}", (word, _SUFFIX, 1))
    for word in FIRM_CUE_WORDS:
        for key in (("-based", "- based") if word == "based" else (f" {word}",)):
            scanner.add_word(key, (word, _FIRM, len(key) - len(word)))
    for word in MEDIA_WORDS:
        for lead in (" ", "-"):
            key = f"{lead}news {word}" if word == "agency" else f"{lead}{word}"
            scanner.add_word(key, (word, _MEDIA, len(key) - len(word)))
    scanner.make_automaton()
    return scanner


class LowercaseWords:
    """What one scan of ``text`` found.

    ``lower_suffix``: a lowercase legal suffix stands after whitespace and before no ASCII
    letter or digit (where the lowercase branch of the word pattern may match: see
    ``_regexes._may_have_lower_suffix``, which says the same with a search per suffix);
    ``cues``: (start, word, whether a media noun) of the cue words, in text order: on an
    ASCII text only those standing where a cue may start (after a character that is no
    letter, or at the text's start; "based" after "-" or "- ", a media noun after a "-"
    too, "agency" after "news "), which are the ones the review reads; every one otherwise.

    >>> found = LowercaseWords("Acme plc said analysts at Vantor expect more.")
    >>> found.lower_suffix, found.cues
    (True, [(14, 'analyst', False)])
    """

    __slots__ = ("cues", "lower_suffix")

    def __init__(self, text: str) -> None:
        lower_suffix = False
        cues: list[tuple[int, str, bool]] = []
        after_text = len(text) - 1
        if text.isascii():
            # the words where they may be read, found in the text's letters and hyphens (a
            # space in front: the positions of the scan are one past those of ``text``)
            letters = " " + text.encode("ascii").translate(_LETTERS_AND_HYPHENS).decode("ascii")
            hits = _word_scanner().iter(letters)
            shift = 0  # (the end of a hit, one past its last character in ``text``)
        else:
            hits = _scanner().iter(text)
            shift = 1
        for end, (word, group, *_at) in hits:
            last = end - 1 + shift
            start = last + 1 - len(word)
            if group != _SUFFIX:
                cues.append((start, word, group == _MEDIA))
            elif (
                not lower_suffix
                and start > 0
                and text[start - 1].isspace()
                and (last == after_text or text[last + 1] not in _ASCII_ALNUM)
            ):
                lower_suffix = True
        self.lower_suffix = lower_suffix
        self.cues = cues
