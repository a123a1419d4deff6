"""The tokens the person reader reads: capitalized words, initials and name particles.

:func:`person_tokens` splits a text into them as three parallel lists (words, starts, ends).
On ASCII text it finds the capitalized words alone, in a pass that skips every other
character at C speed, and reads particles ("de", "van", "bin") only where one follows a
capitalized word and a space ("Jean de la Tour"): elsewhere a particle joins no name, and
leaving it out changes none of the runs the reader reads.

>>> person_tokens("Jean de la Tour met R. K. Nair.")
(['Jean', 'de', 'la', 'Tour', 'R.', 'K.', 'Nair.'], [0, 5, 8, 11, 20, 23, 26], [4, 7, 10, 15, 22, 25, 31])
"""

from __future__ import annotations

import re
from itertools import accumulate, compress

from ._patterns import LazyPattern
from ._word_split import split_words

PARTICLES = "de la le du des van von der den da di del dos das bin al ibn y ter".split()
_ALTERNATIVES = "|".join(PARTICLES)

# the words a name is made of: capitalized words, initials and lowercase particles (other
# lowercase words are skipped: a gap that holds one breaks a run)
# (the look-ahead names every first character: ``re`` skips the others several times faster;
# a run of word characters is taken at once, and each apostrophe with the run after it, not one
# repetition of a group of two branches a run; the group captures each token for :func:`split_words`)
TOKEN = LazyPattern(
    r"((?=[\p{Lu}abdiltvy])(?:(?:\p{Lu}\.)++"
    r"|\p{Lu}[\p{L}\p{M}\p{N}\-]*+(?:['’](?![sS]\b)[\p{L}\p{M}\p{N}\-]*+)*+\.?"
    rf"|(?<![\p{{L}}\p{{N}}])(?:{_ALTERNATIVES})(?![\p{{L}}\p{{N}}])))"
)
# on ASCII text: the capitalized tokens of ``TOKEN`` (its first two branches, in the form
# whose first character ``re`` can skip to), each followed by a second group: the space or tab
# after it where a particle follows that ("Jean de"), else empty (told in the same pass: a test
# of the text after each word in Python, a ``startswith`` of 38 prefixes, cost a third as much
# as the split); and the particles
_CAPITALIZED = re.compile(
    r"([A-Z](?:\.(?:[A-Z]\.)*+|(?:[A-Za-z0-9\-]++|'(?![sS]\b))*+\.?))"
    rf"([ \t](?=(?:{_ALTERNATIVES})(?![A-Za-z0-9]))|)"
)
_PARTICLE = re.compile(rf"(?<![A-Za-z0-9])(?:{_ALTERNATIVES})(?![A-Za-z0-9])")


def person_tokens(text: str) -> tuple[list[str], list[int], list[int]]:
    """The matches of ``TOKEN`` in ``text`` as words, starts and ends; on ASCII text, but
    the particles that follow no capitalized word and a space or tab."""
    if not text.isascii():
        return split_words(TOKEN, text)
    # text before, word, space before a particle or "", text between, word, ..., text after
    parts = _CAPITALIZED.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    words, starts, ends = parts[1::3], offsets[1:-1:3], offsets[2::3]
    found: list[tuple[int, int]] = []
    for k in compress(range(len(words)), parts[2::3]):  # (the words a space and a particle follow)
        lo, hi = ends[k], offsets[3 * k + 4]  # the text after the word, up to the next word's start
        spans = [m.span() for m in _PARTICLE.finditer(text, lo, hi + 1) if m.start() < hi]
        if spans and spans[0][0] == lo + 1:  # every particle up to the next word, read on
            found.extend(spans)
    if not found:
        return words, starts, ends
    merged = sorted([*zip(starts, ends, words, strict=True), *((s, e, text[s:e]) for s, e in found)])
    return [w for _s, _e, w in merged], [s for s, _e, _w in merged], [e for _s, e, _w in merged]
