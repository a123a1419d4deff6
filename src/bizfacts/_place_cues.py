"""What the place reader reads around a name, token by token: its tokens, the cue words before a
place ("in", "based in"), the titles after one, datelines and speech, the sentence's and the
line's bounds, and how a name may begin at a token (:func:`_may_start`); read by
:mod:`bizfacts.places`.
"""

from __future__ import annotations

import functools

from ._patterns import LazyPattern
from ._place_table import _first_words, _from_capitals, _name_heads, _table

# (the look-ahead names every first character: ``re`` skips the others faster; a run of
# word characters is taken at once, and each apostrophe with the run after it, not one
# repetition of a group of two branches a run: a tenth fewer instructions for ``re``, a
# quarter fewer for ``regex``; the group captures each token for :func:`split_words`)
_TOKEN = LazyPattern(
    r"((?=[\p{L}\p{N}])(?:(?:\p{Lu}\.){2,}+"
    r"|[\p{L}\p{N}][\p{L}\p{M}\p{N}\-]*+(?:['’](?![sS]\b)[\p{L}\p{M}\p{N}\-]*+)*+))"
)
_CUE_BEFORE = frozenset(
    "in at from near to outside inside across throughout into around visit visited "
    "via toward towards across between capital city province state region".split()
)
_CUE_TWO = frozenset(
    {
        "town of",
        "village of",
        "capital of",
        "suburb of",
        "region of",
        "outskirts of",
        "near the",
        "based in",
        "headquartered in",
        "located in",
        "born in",
        "north of",
        "south of",
        "east of",
        "west of",
        "outside of",
        "city of",
        "state of",
        "province of",
    }
)
# words after a place that do not make it part of a longer name ("U.S. President Bill Clinton")
_TITLES_AFTER = frozenset(
    "President Prime Minister Foreign Finance Defence Defense Trade Interior Economy Ambassador Cardinal "
    "Governor Gov Senator Sen Secretary Assistant Deputy Vice Chief Mayor Premier Chancellor King Queen "
    "Prince Archbishop Bishop Police Army Navy Air Forces Troops Embassy".split()
)
_HYPHEN_TAIL = LazyPattern(r"(.+?)-(?:based|born|listed|headquartered|registered|made|area)$")
# a street of an address right before a town: "22 Harbour Street, ", "400 Elm Rd., "
_STREET_BEFORE = LazyPattern(
    r"\d[\w/-]*[ \t]+(?:\p{Lu}[\w'’.-]*[ \t]+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Way|Drive|Dr|"
    r"Boulevard|Blvd|Place|Square|Quay|Court|Crescent|Terrace|Parade|Highway|Row|Wharf)\.?,[ \t]*\Z"
)
_SPEECH_AFTER = LazyPattern(r"[^\S\n]++(?:said|says|told|added|explained|wrote|argued)\b")
_DATELINE_AFTER = LazyPattern(
    r"(?:,[^\S\n]*+[\p{L}.\s]{0,30}?)?[^\S\n]*+(?:,[^\S\n]*+)?"
    r"(?:\d{4}-\d\d-\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d"
    r"|\((?:Reuters|AP|AFP|Bloomberg|Xinhua|Dow Jones|PRNewswire|BUSINESS WIRE|Business Wire)\)"
    r"|-{1,2}[^\S\n])"
)
_CHAIN_SEP = LazyPattern(r",[^\S\n]++")
_SENTENCE_END = frozenset('.!?:;"“‘(\n')


def _capitalized(word: str) -> bool:
    return word[:1].isupper()


def _all_caps(word: str) -> bool:
    return word.isupper() and any(c.isalpha() for c in word)


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] in _SENTENCE_END:
        return True
    return bool(text[i] in "'’" and i > 0 and text[i - 1] in ".!?")


def _line_is_caps(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is written in capitals (a headline or dateline)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


# (2,048 entries: a corpus run hits 98% as often as with 8,192, which kept 0.25 MB more)
@functools.lru_cache(maxsize=2048)
def _may_start(word: str) -> int:
    """How a place's name may begin at a token reading ``word``, as far as the token alone
    tells: 2 where the word names a place alone, with a full stop after it ("Ill.") or before
    a hyphen ("London-based"); 1 where it only begins names of several words; 0 (most
    capitalized words, and every other) where no name begins: the reader skips those unread.

    (Cached: a function of the word and the constant tables, asked of every capitalized word of
    every text, the same words again and again: "The", "U.S.", "Reuters".)"""
    if not word[:1].isupper():
        return 0
    table = _table()
    for key in (word, word + "."):
        if key in table or (len(key) > 2 and _all_caps(key) and _from_capitals(key) in table):
            return 2
    head = _HYPHEN_TAIL.match(word) if "-" in word else None
    if head is not None and head.group(1) in table:
        return 2
    if word.isascii():
        return 1 if word.lower().rstrip(".") in _name_heads() else 0
    # a name's first word as written, or as a name written in capitals reads ("SÃO" -> "São")
    firsts, title = _first_words(), word.title()
    return 1 if {word, word + ".", title, title + "."} & firsts else 0
