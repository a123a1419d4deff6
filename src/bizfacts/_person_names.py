"""The people's name lists and the tests of one word against them: given names and surnames
(``data/person_names.tsv``, ``data/people_names.tsv``), honorifics and titles
(``data/person_words.tsv``), words that are no name; each test is asked once per word (cached),
not once per run holding it.  Read by :mod:`bizfacts.people`.
"""

from __future__ import annotations

import bisect
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


# (512 entries: a corpus run hits 89% as often as with 1,024, which kept 0.16 MB more)
@functools.lru_cache(maxsize=512)
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


# (2,048 entries: a corpus run hits 95% as often as with 4,096, which kept 0.25 MB more)
@functools.lru_cache(maxsize=2048)
def _is_name_word(word: str) -> bool:
    """``_NAME_WORD`` matches all of ``word``: asked once per word, not once per run holding it."""
    return _NAME_WORD.for_text(word).fullmatch(word) is not None


# a nickname between a given name and a surname: 'James "Jim" Farley', 'William (Bill) Hanes',
# 'Ana “Nani” Ruiz' (quoted: a name word; in parentheses: a known given name, as "Acme (Europe)
# Ltd" holds none)
_NICKNAME = LazyPattern(
    r"[ \t](?P<open>[\"“(])(?P<nick>\p{Lu}[\p{Ll}\p{M}]{1,11})(?P<close>[\"”)])[ \t](?=\p{Lu})"
)
_CLOSING = {'"': '"', "“": "”", "(": ")"}
# the nickname inside a name as written: left out of the name it gives ('James "Jim" Farley' ->
# "James Farley")
_NICKNAME_IN_NAME = LazyPattern(r"[ \t](?:\"[^\"\s]{2,12}\"|“[^”\s]{2,12}”|\([^()\s]{2,12}\))(?=[ \t])")


def nickname_tokens(text: str, starts: list[int], ends: list[int], words: list[str]) -> list[int]:
    """The indices of the tokens that are a nickname between two name tokens ('James D. "Jim"
    Farley'): each stands alone between the quotation marks or parentheses, the name's tokens
    right outside them."""
    if '"' not in text and "(" not in text and "“" not in text:
        return []
    n = _names()
    found = []
    for m in _NICKNAME.for_text(text).finditer(text):
        if _CLOSING[m.group("open")] != m.group("close"):
            continue
        k = bisect.bisect_left(starts, m.start("nick"))
        if not 0 < k < len(starts) - 1 or starts[k] != m.start("nick") or ends[k] != m.end("nick"):
            continue
        if ends[k - 1] != m.start() or starts[k + 1] != m.end():
            continue  # (the words of the name right outside the marks)
        if m.group("open") == "(" and words[k] not in n.given and words[k] not in n.given_words:
            continue
        if _is_name_word(words[k - 1]) or _is_initial(words[k - 1]):
            found.append(k)
    return found


def without_nickname(name: str) -> str:
    """A name as written, its nickname left out: 'James "Jim" Farley' -> "James Farley"."""
    if '"' not in name and "(" not in name and "“" not in name:
        return name
    return _NICKNAME_IN_NAME.get().sub("", name)
