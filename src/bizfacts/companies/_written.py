"""Whether a document writes a word in lowercase: a scan of the text for the first few words
asked, then an index of the text made once (a scan per word would make a document that asks
of thousands of words quadratic in its length)."""

from __future__ import annotations

import re

# the scans of the whole text a document makes for one question before it makes that
# question's index instead (an index costs about as much as 30 scans: most documents, which
# ask a few times, make none)
_SCANS = 64
# " x " or " x,": each x that the text writes between a space and a space or a comma
_SPACED = re.compile(r" ([^ ,]*)(?=[ ,])")
# an ASCII lowercase word as _WrittenWords.lowercase() reads one: no letter, "@", "/" or "."
# before, no letter after, nor a "." and a letter (ASCII text only: letters are [A-Za-z] there)
_LOWER_WORD = re.compile(r"(?<![A-Za-z@/.])[a-z]+(?![A-Za-z])(?!\.[A-Za-z])")


class _WrittenWords:
    """The questions of one document's pass about the words its text writes.

    >>> w = _WrittenWords("Ask the family, or Family.")
    >>> w.spaced("family"), w.spaced("ask"), w.lowercase("Family"), w.lowercase("Or")
    (True, False, True, True)
    """

    __slots__ = ("ascii", "lower_scans", "lower_words", "spaced_scans", "spaced_words", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.ascii = text.isascii()
        self.spaced_scans = self.lower_scans = 0  # whole-text scans made so far
        self.spaced_words: set[str] | None = None  # (made after _SCANS scans)
        self.lower_words: set[str] | None = None

    def spaced(self, word: str) -> bool:
        """Does the text write ``word`` after a space and before a space or a comma
        (``f" {word} " in text or f" {word}," in text``)?"""
        if " " in word or "," in word:
            return f" {word} " in self.text or f" {word}," in self.text
        words = self.spaced_words
        if words is None:
            if self.spaced_scans < _SCANS:
                self.spaced_scans += 1
                # one scan for " word", each match's next character read
                text = self.text
                needle = " " + word
                size = len(needle)
                i = text.find(needle)
                while i >= 0:
                    if text[i + size : i + size + 1] in (" ", ","):
                        return True
                    i = text.find(needle, i + 1)
                return False
            words = self.spaced_words = set(_SPACED.findall(self.text))
        return word in words

    def lowercase(self, word: str) -> bool:
        """Does the text also write ``word`` in lowercase as a word of its own (an ordinary
        word, "family"; not "press@verdantis.com")?"""
        lower = word.lower()
        if lower == word:
            return False
        if self.ascii and lower.isalpha():
            if not lower.isascii():
                return False  # (no such word in an ASCII text)
            words = self.lower_words
            if words is None and self.lower_scans >= _SCANS:
                words = self.lower_words = set(_LOWER_WORD.findall(self.text))
            if words is not None:
                return lower in words
            self.lower_scans += 1
        return self._scan(lower)

    def _scan(self, lower: str) -> bool:
        text = self.text
        i = text.find(lower)
        while i >= 0:
            end = i + len(lower)
            before = text[i - 1 : i]
            after = text[end : end + 2]
            if (
                not (before.isalpha() or before in ("@", "/", "."))  # not "press@verdantis.com"
                and not after[:1].isalpha()
                and not (after[:1] == "." and after[1:].isalpha())
            ):
                return True
            i = text.find(lower, end)
        return False
