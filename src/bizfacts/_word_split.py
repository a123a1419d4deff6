"""A text's words as three parallel lists, split at C speed (for the people and place readers).

One ``split`` over the text with a pattern that captures each word, then the lengths of
the pieces summed: no Python object per word but the word itself.

>>> from bizfacts._patterns import LazyPattern
>>> split_words(LazyPattern(r"(\\w+)"), "Acme, Beta")
(['Acme', 'Beta'], [0, 6], [4, 10])
"""

from __future__ import annotations

from itertools import accumulate

from ._patterns import LazyPattern


def split_words(pattern: LazyPattern, text: str) -> tuple[list[str], list[int], list[int]]:
    """The matches of ``pattern`` in ``text`` (one group capturing all of it, never empty):
    their texts, starts and ends, as ``finditer`` finds them."""
    parts = pattern.for_text(text).split(text)  # gap, word, gap, word, ..., gap
    offsets = list(accumulate(map(len, parts), initial=0))
    return parts[1::2], offsets[1:-1:2], offsets[2::2]
