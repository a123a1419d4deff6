"""The people's name lists and the tests of one word against them: given names and surnames
(``data/person_names.tsv``, ``data/people_names.tsv``), honorifics and titles
(``data/person_words.tsv``), words that are no name; each test is asked once per word (cached),
not once per run holding it.  Read by :mod:`bizfacts.people`.
"""

from __future__ import annotations

import functools

import attrs

from ._company_words import company_words
from ._numbers import data_rows
from ._patterns import LazyPattern
from ._person_tokens import PARTICLES
from .places import read_rows


@attrs.frozen
class _Names:
    given: frozenset[str]
    given_words: frozenset[str]  # given names that are also ordinary words ("Will", "Mark")
    surnames: frozenset[str]
    honorifics: frozenset[str]
    titles: frozenset[str]
    not_names: frozenset[str]
    roles: frozenset[str]  # honorifics and titles


# roles that are titles only where they open a run ("Broker Tolland said", not "Harwick
# Banker Realty"); a firm may hold them too: before a company's name they make no person
_FIRM_ROLES = frozenset({"Broker", "Dealer", "Banker", "Strategist"})
_PARTICLES = frozenset(PARTICLES)
_SUFFIXES = frozenset("Jr Jr. Sr Sr. I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split())
_UNCOUNTED = _PARTICLES | _SUFFIXES  # the words of a name that are no names of their own
# company words that are as often a family name: after a given name, a person ("Gareth Mills")
SURNAME_HEADS = frozenset({"Mills", "Banks", "Glass", "Sugar", "Steel"})


@functools.cache
def _names() -> _Names:
    given: set[str] = set()
    given_words: set[str] = set()
    surnames: set[str] = set()
    for name, category, flags in read_rows("person_names.tsv"):
        if category == "given":
            (given_words if "w" in flags else given).add(name)
        elif "w" not in flags:
            surnames.add(name)
    for name, category in data_rows("people_names.tsv"):
        (given if category == "firstname" else surnames).add(name)
    cw = company_words()
    words: dict[str, list[str]] = {"honorific": [], "title": [], "not_name": []}
    for word, cls in data_rows("person_words.tsv"):
        words[cls].append(word)
    honorifics = frozenset(words["honorific"])
    titles = set(words["title"])
    for surface, category in data_rows("non_companies.tsv"):
        if category in ("title", "person_title"):
            titles.add(surface)
    not_names = (set(words["not_name"]) | cw.head | cw.org_head | cw.generic | cw.common) - SURNAME_HEADS
    return _Names(
        frozenset(given - not_names),
        frozenset(given_words),
        frozenset(list(surnames - not_names)),  # (from a set: a table twice the size, 0.5 MB more)
        honorifics,
        frozenset(titles - honorifics),
        frozenset(not_names - given),
        honorifics | frozenset(titles - honorifics),
    )


_NAME_WORD = LazyPattern(
    r"(?:\p{Lu}\.|(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}\p{M}]++(?:['’]\p{Lu}?[\p{Ll}\p{M}]++)?(?:-\p{Lu}?[\p{Ll}\p{M}]++)*+)"
)


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


@functools.lru_cache(maxsize=2048)
def _lone_name(word: str) -> bool:
    """Whether a run of this one word may be a person (:meth:`_Reader.person` then reads its
    context): a name word of three letters or more that is no title, honorific, particle,
    suffix, ordinary word or given name that is also a word, not written in capitals."""
    n = _names()
    return (
        len(word) > 2
        and word not in n.honorifics
        and word not in n.titles
        and word not in n.not_names
        and word not in n.given_words
        and word not in _SUFFIXES
        and word not in _PARTICLES
        and not word.isupper()
        and _is_name_word(word)
    )


@functools.lru_cache(maxsize=1024)
def _drops_dot(word: str) -> bool:
    """Whether a token's final dot is no part of the word: it is, for initials and honorifics."""
    n = _names()
    return not (word in n.honorifics or word in n.titles or word in _SUFFIXES or _is_initial(word))


@functools.lru_cache(maxsize=1024)
def _no_name(words: tuple[str, ...]) -> bool:
    """Whether a run of these words holds no person whatever stands around it (what
    :meth:`_Reader.person` finds for "Acme Corp", told once a run of the same words): it ends
    in a title, or it holds no title, opens with neither a firm's role nor an ordinary word, and
    a word of it can be no part of a name."""
    n = _names()
    if words[-1] in n.roles:
        return True
    return (
        n.roles.isdisjoint(words)
        and words[0] not in _FIRM_ROLES
        and words[0] not in n.not_names
        and any(map(_ends_name, words))
    )


@functools.lru_cache(maxsize=2048)
def _ends_name(word: str) -> bool:
    """Whether a name stops before this word: no name token, or a title."""
    n = _names()
    return not _name_token(word, n) or word in n.titles


def _name_token(word: str, n: _Names) -> bool:
    if word in _PARTICLES or word in _SUFFIXES:
        return True
    if word in n.not_names:
        return False
    if "-" in word and all(part in n.titles for part in word.split("-")):
        return False  # "Vice-President": a title written with a hyphen
    # ("Marc DUVAL": a known surname written in capitals, as French and Luxembourg usage has it)
    return _is_name_word(word) or _is_initial(word) or (word.isupper() and word.title() in n.surnames)


@functools.lru_cache(maxsize=4096)
def _is_name_word(word: str) -> bool:
    """``_NAME_WORD`` matches all of ``word``: asked once per word, not once per run holding it."""
    return _NAME_WORD.for_text(word).fullmatch(word) is not None
