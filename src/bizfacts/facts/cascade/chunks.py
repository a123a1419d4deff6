"""Noun groups and verb groups: the second layer of the cascade.

One regular expression over the tag string (see :mod:`bizfacts.facts.cascade.tokens`) finds the
groups; each becomes one :class:`Chunk` and one character of the chunk string, so the
clause patterns above see "a company, a verb group, a company" whatever the words:

- ``V`` a verb group around a predicate verb, with auxiliaries, modals, negation and control
  words ("has agreed to be acquired"): its ``voice``, ``negated`` and ``modality``;
- ``Z`` the same around a light verb ("has completed");
- ``A`` a noun group around a predicate noun ("its proposed $50 mln acquisition"),
  ``R`` around a relational noun ("a wholly owned subsidiary", "its Brightwave unit"),
  ``K`` around a stake noun ("a 20 pct stake"), ``T`` a title ("president and CEO"),
  ``Q`` a location noun ("its headquarters"), ``L`` a chain of places ("Newark, Ohio"),
  ``Y`` an asset that is no company ("its Clayton steel plate mill", "five rural hospitals");
- ``C`` a company noun group ("the widget maker Acme"), ``N`` a group of capitalized words
  the extractors did not name (a name the clause may promote).

Every other token is a chunk of its own with its tag as character.

>>> from bizfacts.facts.cascade.tokens import tokenize
>>> chunks = chunk(tokenize("Acme has agreed to be taken over by Beta Labs.", 0, []))
>>> chunk_string(chunks)
'NVyN.'
>>> chunks[1].voice, chunks[1].modality, chunks[1].predicate
('passive', ('agreed', 'perfect'), 'acquire')
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Sequence
from typing import Any

from ..._spans import PlaceMention
from .predicates import noun_readings
from .tokens import Token

# One alternative per group, tried in this order at each token; the first that matches wins.
# (the standard library's engine: on these short ASCII strings it is several times faster)
# Each group's pattern holds its own character ("V" for a verb group; "A" or "G" for "A"), so a
# group whose character the tag string lacks cannot match: it may be left out of the expression (_present).
# The parts of the verb, company and name groups that need a rarer tag (a control word "G", a "-based"
# adjective "B", a place "L") are left out too where the tag string lacks it (_without): at every
# position of most sentences those parts were tried and failed.
# ("is in talks to buy", "agreed in February to buy", "has an option until June 30 to buy", "made
# a $150 mln bid to buy", "completed its previously announced agreement to acquire", "pursue its
# effort to acquire", "is interested in buying", "is in advanced talks to buy": the control word's
# own words; each of these alternatives needs a "G"; "agreed a deal to buy", "agrees deal to buy": a
# control verb before the control noun; "has today acquired", "has on 3 March completed": a
# time between the auxiliary and its verb)
# ("is considering selling its unit": a control verb right before the gerund)
_CONTROL = (
    r"i(?=x{0,2}G)|(?:(?:[xZG][ipI]?)?d?|[xZG]j)[xuMZv]{0,3}G(?:ix|[inp]?D,?)?t|G(?:ix|[inp]?D,?)?t|Gi(?=V)|G(?=V)"
)
# what may stand before a verb group's verb: auxiliaries, adverbs, a time between ("has today acquired")
_AUXILIARY_STEPS = "[mhbv!]|(?<=[mhbv])[in]?D(?=[mhbv!]*V)|bt(?=b?V)"
# a "-based" adjective before a company or a name ("B"), a place and its town before a company ("L")
_BASED_BEFORE_C = r"(?:[NL],?){0,2}B[xuN-]{0,3}"
_TOWN_BEFORE_C = r"(?:N,)?L,x{1,3}(?=C)"
_BASED_BEFORE_N = r"(?:[NL],?){0,2}B[xu-]{0,3}"
_OTHER_PATTERNS = {
    "Z": r"(?:[mhbv!]|(?<=[mhbv])[in]?D(?=[mhbv!]*Z))*Z",
    "H": r"v?H",
    "K": r"[dj]?[%9xuM]{0,4}K",
    # ("its 2019 acquisition of Y": a date after the determiner)
    "A": r"(?:[dj]D?|(?<=')D)?[xuvZG9%MpK-]{0,6}(?:A|G(?=r))",
    # ("its hotels": a possessive alone before the asset noun)
    "Y": r"[dj][LN](?:,[LN]){0,3},?(?:[xu9%N-]|c(?=[xuN])){0,6}Y"
    r"|j(?:[xu9%N-]|c(?=[xuN])){0,7}Y|d?(?:[xu9%N-]|c(?=[xuN])){1,7}Y",
    # ("its home care unit": a location noun modifying the unit noun is a plain word of its group;
    # "its operating subsidiary", "our operating units": a participle after a determiner)
    # ("its labels business": a relational noun modifying the one after it)
    # ("our Mississauga warehousing business": a town before the unit's words)
    "R": r"(?:[dj]V(?=R)|[dj]?%?(?:[xuQ-]|R(?=[xuQ-]{0,3}R)){0,4}(?:(?:CN*|N+|(?<=[dj])L)[xu-]{0,2})?)R",
    "Q": r"[dj]?x{0,2}Q",
    "T": r"[dj]?F?T(?:,?c?F?T){0,3}",
    "L": r"L(?:,L){0,3}(?!,?B)",
}
# the rarer tags some parts of the groups need (see above)
_RARE = "GBL"


def _pattern(name: str, without: str = "") -> str:
    """The pattern of the group ``name``, without the parts that need a tag of ``without``."""
    if name == "V":
        steps = _AUXILIARY_STEPS + ("" if "G" in without else "|" + _CONTROL)
        return f"t?(?:{steps})*(?:V|Zt?V)"
    if name == "C":
        # ("the hospital operator Y": an asset noun modifying the descriptor)
        before = [p for tag, p in (("B", _BASED_BEFORE_C), ("L", _TOWN_BEFORE_C)) if tag not in without]
        # ("the Auckland office landlord Y": a town's name the places reader left out, before a descriptor)
        opener = r"(?:[dj](?:[xu9-]|Y(?=[xu-])|N(?=[xu-])){0,3})?"
        return opener + (f"(?:{'|'.join(before)})?" if before else "") + "C"
    if name == "N":
        # ("Murrelet Label & Print": an ampersand between capitalized words joins one name)
        based = "" if "B" in without else f"(?:{_BASED_BEFORE_N})?"
        return r"(?:d[xu9-]{0,3})?" + based + "N+(?:~(?=N)N+)?"
    return _OTHER_PATTERNS[name]


_GROUP_PATTERNS = tuple((name, _pattern(name)) for name in "VZHKAYRQTLCN")
_NO_GROUP = re.compile(r"(?!)")
# participles that do not end in "-ed" and make "X-run Y" a modifier of Y
_IRREGULAR_BACKING = frozenset({"run", "led", "held"})


@functools.cache
def _groups(present: str, without: str = "") -> re.Pattern[str]:
    """The groups' expression with only the groups whose characters are in ``present``, without
    the parts that need a tag of ``without``."""
    kept = [
        f"(?P<{name}>(?=[{re.escape(_FIRST_TAGS[name])}]){_pattern(name, without)})"  # (see _FIRST_TAGS)
        for name, _ in _GROUP_PATTERNS
        if name in present
    ]
    return re.compile("|".join(kept)) if kept else _NO_GROUP


# the groups left out of the expression when their characters are absent: those whose patterns open
# with common tags ("x", "d"), which every position would try.  The others are always in: a group
# whose character is absent cannot match, and an expression is compiled once for each choice of
# these groups (at most 16), not once for each set of the characters a sentence holds (hundreds)
_LEFT_OUT = frozenset("VAYR")
# groups whose characters few sentences hold (a stake noun, a location noun or participle): left out
# together where the tag string holds none of them (one choice more, not one per group)
_RARE_GROUPS = frozenset("KQH")


def _present(tags: str) -> str:
    """The names of the groups that may match in the tag string ``tags`` (all that can), in order."""
    held = tags + "A" if "G" in tags else tags  # ("A" may come from a "G")
    rare = not _RARE_GROUPS.isdisjoint(held)
    return "".join(
        [
            name
            for name, _ in _GROUP_PATTERNS
            if name in held or (rare if name in _RARE_GROUPS else name not in _LEFT_OUT)
        ]
    )


def _without(tags: str) -> str:
    """The rarer tags the tag string ``tags`` lacks: the parts of the groups that need them cannot match."""
    return "".join([tag for tag in _RARE if tag not in tags])


def _groups_for(tags: str) -> re.Pattern[str]:
    """The groups' expression for the tag string ``tags``: the groups and parts that can match in it."""
    return _groups(_present(tags), _without(tags))


# the tags a match of each group's pattern can start with (read off _pattern(), whatever ``without``):
# each alternative of _last_chars() tests them first, so that it fails at once where its group cannot
# start (the split of chunk_chars() a fifth faster: 3 µs a document of the corpus)
_FIRST_TAGS = {
    "V": "tmhbv!inDxZGduMV", "Z": "mhbv!inDZ", "H": "vH", "K": "dj%9xuMK", "A": "djDxuvZG9%MpK-A",
    "Y": "djxu9%N-c", "R": "dj%xuQ-CNR", "Q": "djxQ", "T": "djFT", "L": "L", "C": "djNLBC", "N": "dNLB",
}


@functools.cache
def _last_chars(present: str, without: str = "") -> re.Pattern[str]:
    """:func:`_groups` with each group's last character captured (its only capturing group): every
    group ends with its own character, but for an "A" group ending with its "G" (before an "r")."""
    kept = [
        f"(?=[{re.escape(_FIRST_TAGS[name])}])(?:{_pattern(name, without)})(?<=(.))"
        for name, _ in _GROUP_PATTERNS
        if name in present
    ]
    return re.compile("|".join(kept), re.DOTALL) if kept else _NO_GROUP


class Chunk:
    """A group of tokens with its character and features.

    The features keep their class defaults until :func:`_features` sets them, so building
    the many one-token chunks of a sentence costs three assignments each.
    """

    head: tuple[Token, ...]  # the tokens that name the group's thing
    predicate: str | None = None  # the lexicon predicate of a V, A, R, Q, H group
    form: str | None = None  # the verb form of a V group's predicate verb
    voice = "active"
    negated = False
    modality: tuple[str, ...] = ()  # "hypo", "agreed", "planned", "option", "rumored", "will", ...
    possessive: str | None = None  # "its" in "its unit"
    inner: tuple[Token, ...] = ()  # a name inside a relational group ("its Brightwave unit")
    price: Any = None  # a money mention inside a noun group
    stake: Any = None  # a percent mention inside a stake group
    location: str | None = None  # "Chicago" of "Chicago-based Acme"
    former = False

    def __init__(self, char: str, tokens: tuple[Token, ...]) -> None:
        self.char = char
        self.head = self.tokens = tokens

    @property
    def start(self) -> int:
        """Character offset where the chunk starts."""
        return self.tokens[0].start

    @property
    def end(self) -> int:
        """Character offset where the chunk ends."""
        return self.tokens[-1].end

    @property
    def text(self) -> str:
        """The head tokens' text as written, from the first head token to the last."""
        return " ".join(t.text for t in self.head) if len(self.head) > 1 else self.head[0].text

    def __repr__(self) -> str:
        return f"Chunk({self.char!r}, {' '.join(t.text for t in self.tokens)!r})"


def _features(c: Chunk) -> None:
    toks = c.tokens
    if c.char in "VZ":
        head = next(t for t in reversed(toks) if t.tag in c.char)
        c.head = (head,)
        lex = head.lex
        c.predicate = lex.predicate if lex and c.char == "V" else (lex.value if lex else None)
        c.form = lex.form if lex else None
        before = toks[: toks.index(head)]
        tags = "".join(t.tag for t in before)
        if c.char == "V" and "b" in tags and c.form in ("past", "part"):
            c.voice = "passive"
        mods: list[str] = []
        for t in before:
            if t.tag == "!":
                c.negated = True
            elif t.tag == "m":
                value = t.lex.value if t.lex else None
                mods.append(value or t.text.casefold())
            elif t.tag in "GZ" and t.lex is not None and t.lex.value:
                if t.lex.value == "neg" or (t.lex.value == "begun" and c.form == "ing"):
                    c.negated = True  # "failed to buy"; "started selling its new model": no deal
                else:
                    mods.append(t.lex.value)
        if c.char == "Z" and lex is not None and lex.value == "neg":
            c.negated = True
        if "bt" in tags and before[tags.index("bt")].text.casefold() in ("was", "were"):
            mods.append("hypo")  # "Acme was to buy Beta": a plan the story has moved past
        if (tags.startswith("t") or "bt" in tags) and not mods:
            mods.append("planned")  # a headline's "Acme to buy Beta"; "Acme is to buy Beta"
        if c.voice == "passive" and not mods and any(t.text.casefold() == "being" for t in before):
            mods.append("planned")  # "is being acquired": under way, not done
        if c.form == "ing" and "b" in tags and not mods:
            mods.append("planned")  # "is acquiring": under way, not done
        if "h" in tags:
            mods.append("perfect")
        c.modality = tuple(mods)
        return
    heads = (
        [t for t in toks if t.tag == c.char] if c.char in "ARKQHTLC" else [t for t in toks if t.tag in "N~"]
    )
    if heads:
        c.head = tuple(heads) if c.char in "TLN" else (heads[-1],)
    if c.char in "ARQH" and heads:
        lex = heads[-1].lex
        c.predicate = lex.predicate if lex else None
    elif c.char == "A" and toks[-1].tag == "G":  # "will make an agreed bid for Y": the noun's reading
        reading = noun_readings().get(toks[-1].text.casefold())
        if reading is not None:
            c.head, c.predicate = (toks[-1],), reading.predicate
    for t in toks:
        if t.tag == "j":
            c.possessive = t.text.casefold()
        elif t.tag == "M" and c.price is None:
            c.price = t.mention
        elif t.tag == "%" and c.stake is None:
            c.stake = t.mention
        elif t.tag == "F":
            c.former = True
        elif t.tag == "B":  # "the Los Angeles-based X", "the Bozeman, Montana-based X": the place as written
            words: list[Token] = [w for w in toks[: toks.index(t)] if w.tag in "NL,"]
            # (a chain runs from the town up: a country before it ends another phrase, "sales in
            # Europe, Paris-based X")
            ends = [i for i, w in enumerate(words) if w.tag == "L" and _wider_than_a_region(w.mention)]
            if ends:
                words = words[ends[-1] + 1 :]
            while words and words[0].tag == ",":
                words.pop(0)
            place = t.text.replace("–", "-").rsplit("-", 1)[0]
            if words:
                c.location = " ".join(w.text for w in words).replace(" ,", ",") + " " + place
            else:
                c.location = place
    if c.char == "R":
        c.inner = tuple(t for t in toks if t.tag in "CN")
    elif c.char == "Y":  # the asset as written, without its determiner or possessive
        c.head = tuple(t for t in toks if t.tag not in "dj")


def _wider_than_a_region(mention: object) -> bool:
    """Whether a place token's mention is a country or a wider area ("Europe"): no town's chain
    goes on past it."""
    return isinstance(mention, PlaceMention) and mention.kind in ("country", "other")


def chunk(tokens: Sequence[Token]) -> list[Chunk]:
    """Group ``tokens`` into chunks, left to right (one regex pass over the tag string); a token
    in no group is a chunk of its own."""
    tags = "".join([t.tag for t in tokens])
    out: list[Chunk] = []
    pos = 0
    for m in _groups_for(tags).finditer(tags):
        i, j = m.span()
        for k in range(pos, i):
            out.append(Chunk(tags[k], (tokens[k],)))
        c = Chunk(m.lastgroup or "x", tuple(tokens[i:j]))
        _features(c)
        out.append(c)
        pos = j
    for k in range(pos, len(tags)):
        out.append(Chunk(tags[k], (tokens[k],)))
    if tags.count(",") > 1 and tags.count("C") > 1:
        _appositive_references(out)
    if "cV" in tags and "b" in tags:
        _shared_auxiliary(out)
    return out


_COPULAS = frozenset({"was", "were", "is", "are", "been"})


def _shared_auxiliary(chunks: list[Chunk]) -> None:
    """ "X was founded in 2015 and acquired by Y": a participle after "and", its agent after "by",
    shares the passive auxiliary of the first verb phrase (a "b" and a participle, or a passive
    group such as "was launched")."""
    for k in range(2, len(chunks) - 1):
        c = chunks[k]
        if c.char != "V" or c.voice != "active" or c.form not in ("past", "part"):
            continue
        if chunks[k - 1].char != "c" or chunks[k + 1].char != "y":
            continue
        for j in range(k - 2, -1, -1):
            first = chunks[j]
            if first.char in ".;:CNP" and j < k - 2 and first.char != "C":
                break
            opens = first.tokens[0].text.casefold() in _COPULAS
            if (first.char == "b" and chunks[j + 1].char == "x") or (first.char == "Z" and opens):
                c.voice = "passive"
                break


def _appositive_references(chunks: list[Chunk]) -> None:
    """ "Taskwell, the project management software maker, was founded by P": a reference set off
    as the apposition of the company it refers to describes it, no second party (an "x")."""
    for k in range(2, len(chunks) - 1):
        c = chunks[k]
        if c.char != "C" or chunks[k + 1].char != "," or chunks[k - 1].char + chunks[k - 2].char != ",C":
            continue
        ref, named = c.tokens[-1].mention, chunks[k - 2].tokens[-1].mention
        # (not "X, the Columbus, Ohio-based lender,": a place in the description tells where X is)
        if (
            isinstance(ref, str)
            and len(c.tokens) > 1
            and getattr(named, "name", None) == ref
            and c.location is None
            and not any(t.tag in "BLH" for t in c.tokens)
        ):
            c.char = "x"


def chunk_chars(tags: str) -> str:
    """The chunk string :func:`chunk` gives for the tag string ``tags``, without building chunks.

    >>> chunk_chars("NhGtbVyNN.")  # "Acme has agreed to be taken over by Beta Labs."
    'NVyN.'
    """
    # (one split: the text between the groups, and each group's last character; no Python per group.
    # A "G" before an "r" is the end of an "A" group: a "G" no group took has no "r" after it)
    parts = _last_chars(_present(tags), _without(tags)).split(tags)
    return "".join(filter(None, parts)).replace("Gr", "Ar") if len(parts) > 1 else tags


def chunk_index(chunks: Sequence[Chunk], c: Chunk | None) -> int | None:
    """The index of chunk ``c`` in ``chunks`` (in text order), None when it is not one of them:
    a binary search by its start, so that a sentence's many predications stay linear."""
    if c is None:
        return None
    k = bisect.bisect_left(chunks, c.start, key=_START)
    if k < len(chunks) and chunks[k] is c:
        return k
    return next((k for k, x in enumerate(chunks) if x is c), None)  # (a chunk of no start order)


_START = operator.attrgetter("start")


def index_or(chunks: Sequence[Chunk], c: Chunk | None, default: int) -> int:
    """:func:`chunk_index`, ``default`` where ``c`` is none of ``chunks``."""
    k = chunk_index(chunks, c)
    return default if k is None else k


def chunk_string(chunks: Sequence[Chunk]) -> str:
    """One character per chunk."""
    return "".join(c.char for c in chunks)


def backed_party(chunks: Sequence[Chunk], s: str, end: int) -> int | None:
    """The index of the party that a party ending at chunk ``end`` modifies as "X-backed" ("to
    Brookfield-backed Oreline", "with Sony-owned Y": the name after the participle is the one
    meant), else None; ``s`` is :func:`chunk_string` of ``chunks``.

    >>> from bizfacts.facts.cascade.tokens import tokenize
    >>> text = "to Vell-backed Ardo"
    >>> cs = chunk(tokenize(text, 0, [(3, 7, "C", None), (15, 19, "C", None)]))
    >>> backed_party(cs, chunk_string(cs), 2)
    4
    """
    if not (s.startswith("-", end) and end + 2 < len(s) and s[end + 1] in "xV" and s[end + 2] in "CN"):
        return None
    hyphen, participle, party = chunks[end], chunks[end + 1], chunks[end + 2]
    word = participle.text.casefold()
    if (
        chunks[end - 1].end != hyphen.start
        or hyphen.end != participle.start
        or len(participle.tokens) != 1
        or not (word.endswith("ed") or word in _IRREGULAR_BACKING)
        or party.start != participle.end + 1
    ):
        return None
    return end + 2
