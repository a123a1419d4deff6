"""Clauses: the metarules that turn a chunk string into predications.

Each construction is written once, as a pattern over the chunk string (see
:mod:`bizfacts.facts.cascade.chunks`), and serves every predicate of the lexicon whose frames
name it: the active, passive, relative and nominal variants of TRANS/NOM predicates
("acquire", "sell", "own"), the appositive and possessive variants of relational nouns
(REL "unit", INV "parent"), the location constructions (HQ) and the title constructions
(executives).  Appositions and parentheticals after a party, reporting clauses ("X said
it ...") and relative pronouns are skipped by shared pieces of pattern, so no variant
spells them out again.

A :class:`Predication` names its predicate, the variant that matched, and the chunks that
fill its places (agent, theme, possessor, the prepositional phrases after the clause).

>>> from bizfacts.facts.cascade.tokens import tokenize
>>> from bizfacts.facts.cascade.chunks import chunk
>>> [(p.predicate, p.variant, p.places["agent"].text, p.places["theme"].text)
...  for p in predications(chunk(tokenize("Brightwave, which Acme Widgets bought in 2019, grew.", 0, [])))]
[('acquire', 'object-relative', 'Acme Widgets', 'Brightwave')]
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs
import regex

from ..._ascii_twins import ascii_twin_source
from ..._numbers import AnyMatch
from . import fronted
from .chunks import Chunk, backed_party, chunk_string
from .first_chars import led_source, required_run
from .grammar import Variant, variants
from .open_class import NEEDS, open_frames
from .phrases import _pps
from .predicates import frame_words, noun_readings, predicates
from .serves import frame_predicates, predicate_of
from .twins import GROUP_NAME, TwinMatch, fixed_width_lookbehinds, overlapping

# a funding round's name ("Series B"): a capitalized group in a FUND construction that names no party
_ROUND_NAME = regex.compile(r"\bSeries\s+[A-H](?:\+|-?\d)?\b")


@attrs.frozen
class Predication:
    """A predicate with the chunks that fill its places.

    ``places`` maps a place name (agent, theme, possessor, unit, stake, noun, verb, rel,
    owner, asset, company, loc, hq, person, title, partner, amount, prep) to its chunk; ``agents`` lists every
    party of a coordinated agent; ``pps`` the prepositional phrases after the clause
    (preposition -> chunk).
    """

    predicate: str
    frame: str
    variant: str
    places: dict[str, Chunk] = attrs.field(hash=False)
    agents: tuple[Chunk, ...] = ()
    pps: dict[str, Chunk] = attrs.field(factory=dict, hash=False)
    trigger: Chunk | None = None
    # character offsets of every place's whole extent ("Newark, Ohio" for a place chain)
    extents: dict[str, tuple[int, int]] = attrs.field(factory=dict, hash=False)
    start: int = 0  # the first and one past the last chunk index of the match
    end: int = 0


# location constructions with no location word: a "-based" adjective, a place before or after a name
_HQ_WITHOUT_TRIGGER = frozenset(
    {
        "adjective",
        "apposition-adjective",
        "adjective-apposition",
        "copula-adjective",
        "apposition-place",
        "copula-place",
        "copula-in",
        "apposition-in",
        "of-place",
        "seat",
        "possessive-place",
        "place-description",
        "institution-in",
        "bracketed-place",
    }
)

# title constructions with no title word, the office told by a verb ("X, founded by P", "P, who
# heads X"; :mod:`.executive`)
TITLELESS = frozenset(
    {"founded-by", "who-heads", "fronted-founded", "coordinated-founded", "fronted-founding", "heads", "board-chaired"}
)

# the trigger each frame's constructions need, as sets of chunk characters one of which must be there
_FRAME_NEEDS: dict[str, tuple[frozenset[str], ...]] = {
    "TRANS": (frozenset("V"),),
    "NOM": (frozenset("A"),),
    "REL": (frozenset("R"),),
    "INV": (frozenset("R"),),
    "OWNED": (),
    "HAS": (frozenset("K%"),),
    "HQ": (frozenset("HQ"),),
    "TITLE": (frozenset("T"),),
    "VALUE": (frozenset("VA"),),
    "LIST": (frozenset("EXVA"),),  # a listing verb or noun, or an exchange token ("Nasdaq-listed X")
}
# chunk characters most sentences hold: a construction is indexed by a set of rarer ones
_COMMON = frozenset("xdNC,.oi9pcSDeMjvtP'%\"()-:;")


@functools.cache
def _variant_index() -> tuple[tuple[tuple[frozenset[str], ...], ...], dict[str, tuple[int, ...]]]:
    """Each construction's needs (its frame's trigger and its pattern's characters), and for
    each chunk character the constructions (indices) whose index set holds it."""
    all_needs: list[tuple[frozenset[str], ...]] = []
    by_char: dict[str, list[int]] = {}
    for i, v in enumerate(variants()):
        without = _HQ_WITHOUT_TRIGGER if v.frame == "HQ" else TITLELESS if v.frame == "TITLE" else ()
        frame_needs = () if v.name in without else _FRAME_NEEDS.get(v.frame, ())
        found = frame_needs + v.needs
        all_needs.append(found)
        key = min(found, key=lambda need: (len(need & _COMMON), len(need)), default=None)
        for c in key if key is not None else "":
            by_char.setdefault(c, []).append(i)
        if key is None:  # needs nothing: indexed by every character
            raise ValueError(f"construction {v.frame}/{v.name} needs no character")
    return tuple(all_needs), {c: tuple(ix) for c, ix in by_char.items()}


@functools.cache
def _candidate_table() -> tuple[dict[str, int], int, int, int, int, tuple[tuple[str, int], ...]]:
    """:func:`_variant_index` as bit masks, one bit per construction, in lanes of ``width`` bits:
    lane ``j`` says whether the construction's ``j``-th need is met.  For each character the lanes'
    bits of the needs it meets; the bits of the needs a construction does not have (always met);
    the number of lanes; their width; the bits of the "adjective" variant; and for each frame
    whose words a construction needs (its trigger's frame), the constructions that need them."""
    all_needs, _by_char = _variant_index()
    width = len(all_needs) + 1  # (a spare bit: lanes shifted down never reach into the lane below)
    lanes = max(len(needs) for needs in all_needs)
    meets: dict[str, int] = {}
    absent = 0
    for i, needs in enumerate(all_needs):
        for j in range(lanes):
            if j >= len(needs):
                absent |= 1 << (j * width + i)
                continue
            for c in needs[j]:
                meets[c] = meets.get(c, 0) | 1 << (j * width + i)
    adjective = 0
    wanted: dict[str, int] = {}
    for i, v in enumerate(variants()):
        if v.name == "adjective":
            adjective |= 1 << i
        frame = _TRIGGER_FRAME.get((v.frame, v.name), v.frame)
        if frame in _LEXICAL_FRAMES:
            wanted[frame] = wanted.get(frame, 0) | 1 << i
    return meets, absent, lanes, width, adjective, tuple(wanted.items())


def _candidates(
    chars: frozenset[str], located: bool, frames: frozenset[str] | None = None
) -> Iterator[Variant]:
    """The constructions, in order, that may match a chunk string holding (at most) the
    characters ``chars``: those whose trigger and needed characters it holds (``located``:
    a chunk may have a "-based" location, the only chunks the "adjective" variant takes;
    ``frames``, when given, :func:`served_frames` of the sentence)."""
    every = variants()
    return (every[i] for i in _candidate_indices(chars, located, frames))


def _candidate_indices(chars: frozenset[str], located: bool, frames: frozenset[str] | None) -> list[int]:
    """:func:`_candidates`, as indices into :func:`variants`, in order: every need of every
    construction tested at once, one lane of bits per need (:func:`_candidate_table`)."""
    ok = _all_needs_met(chars, located)
    if frames is not None:
        wanted = _candidate_table()[5]
        for frame, bits in wanted:
            if frame not in frames:
                ok &= ~bits
    # the set bits' positions, lowest first: each found by one C-level search of the mask's digits
    digits = bin(ok)[:1:-1]
    found: list[int] = []
    i = digits.find("1")
    while i >= 0:
        found.append(i)
        i = digits.find("1", i + 1)
    return found


@functools.cache
def _search(i: int) -> tuple[Callable[[str], object], str]:
    """For construction ``i`` of :func:`variants`, a test whether its pattern matches somewhere in
    an ASCII string (chunk strings are), and a run of characters every match holds ("" when none
    is told: a chunk string lacking the run holds no match, and is not searched).

    The test is the stdlib twin of the pattern with its groups unnamed (nothing here reads them,
    no pattern refers back to one), led by its possible first characters, run faster than
    ``regex`` runs the pattern; the pattern itself where there is no twin.  A look-behind of
    varying width is written as one look-behind per width first (:func:`fixed_width_lookbehinds`).
    Made when a chunk string first needs it: a document tries few of the constructions.
    """
    v = variants()[i]
    try:
        twin, flags = ascii_twin_source(fixed_width_lookbehinds(GROUP_NAME.sub("(?:", v.source)), 0)
        run = required_run(twin, flags) if twin.isascii() else ""
        return re.compile(led_source(twin, flags), flags).search, run
    except (ValueError, re.error):
        return v.pattern.search, ""


@functools.cache
def _tests(i: int) -> tuple[Callable[[str], object], str, Callable[[str], object] | None]:
    """:func:`_search` of construction ``i`` with, between its run's test and its search, a test
    whether an ASCII string holds one character of each of the construction's needs in their
    order (``Variant.in_order``; None when it needs none): a string lacking them holds
    no match.  (Each character set and the run of others before it: no backtracking, linear.)"""
    search, run = _search(i)
    steps = variants()[i].in_order
    if not steps or not all(c.isascii() for step in steps for c in step):
        return search, run, None
    sets = ["".join(map(re.escape, sorted(step))) for step in steps]
    return search, run, re.compile("".join(f"[^{chars}]*+[{chars}]" for chars in sets)).match


# the verbs of an adviser before its client: "advised X on", "acted for X on"
_ADVISING = frozenset(
    {"advised", "advises", "advise", "advising", "represented", "represents", "counselled", "counseled"}
)
_ACTING = frozenset({"acted", "acts", "acting"})


def _advises(chunks: Sequence[Chunk], client: int) -> bool:
    """Whether the chunks before ``client`` are an adviser's verb: "advised X", "acted for X"."""
    before = chunks[client - 1].text.casefold() if client else ""
    if before in _ADVISING:
        return True
    return before == "for" and client > 1 and chunks[client - 2].text.casefold() in _ACTING


# between a party and the next: "X and entrepreneur P" ("c", a title or descriptor's words)
_SECOND_CONJUNCT = re.compile(r"c(?:L-)?(?:N?x{1,2})?")  # (and "Halifax-born entrepreneur P")


def chunk_string_for_others(chunks: Sequence[Chunk], s: str) -> str:
    """``s``, the :func:`chunk_string` of ``chunks``, with an investor's relational noun read as a
    plain word ("x"): only the INV constructions read it ("X, an early investor in Y"); the others,
    and the builders, read "led by existing investors A and B" as they did before the lexicon named
    it.  ``s`` itself when it holds none."""
    if "R" not in s or not any(c.char == "R" and c.predicate == "investor" for c in chunks):
        return s
    return "".join("x" if ch == "R" and c.predicate == "investor" else ch for c, ch in zip(chunks, s, strict=True))


@functools.cache
def _open_verbs() -> frozenset[str]:
    return frame_predicates("SYM") | frame_predicates("FUND")


def open_verb_in(tokens: Sequence[Any]) -> bool:
    """Whether a token is a verb of a SYM or FUND predicate, which the other constructions read as
    a plain word (:func:`matching`, reading the tags, cannot tell them)."""
    verbs = _open_verbs()
    return any(t.tag == "V" and t.lex is not None and t.lex.predicate in verbs for t in tokens)


def investor_noun_in(tokens: Sequence[Any]) -> bool:
    """Whether a token is an investor's relational noun, which only the INV constructions read as
    one (:func:`chunk_string_for_others`; :func:`matching`, reading the tags, cannot tell)."""
    return any(t.tag == "R" and t.lex is not None and t.lex.predicate == "investor" for t in tokens)


def may_hold_construction(tags: str) -> bool:
    """Whether the chunks of the tag string ``tags`` may hold a construction, from its characters
    alone (a group's character needs its own tag in the group; "A" may come from a "G")."""
    chars = frozenset(tags)
    if "G" in chars:
        chars = chars | {"A"}
    # (:func:`_candidate_indices` without ``frames``: whether it yields any index)
    return _all_needs_met(chars, "B" in chars) != 0


def _all_needs_met(chars: frozenset[str], located: bool) -> int:
    """The bit mask of the constructions every need of which ``chars`` meets (an adjective's
    constructions only where ``located``): one lane of bits per need (:func:`_candidate_table`)."""
    meets, met, lanes, width, adjective, _wanted = _candidate_table()
    for c in chars:
        bits = meets.get(c)
        if bits is not None:
            met |= bits
    ok = (1 << (width - 1)) - 1
    for j in range(lanes):
        ok &= met >> (j * width)
    if not located:
        ok &= ~adjective
    return ok


# the nouns a name before them makes a company ("by the Verlaine group"): the party is the name
_NAMED_GROUPS = frozenset({"group", "family"})  # ("controlled by the Ashby family": a family's name)
# the frames whose every construction needs a trigger of the frame's own predicates (a V, A or R
# chunk takes its predicate from its head word; SYM and FUND read their words): a sentence whose
# words serve none of a frame's predicates holds none of its constructions
_LEXICAL_FRAMES = frozenset({"TRANS", "NOM", "REL", "INV", "MERGE", "SYM", "FUND"})
# a construction whose trigger is of another frame: "X became a unit of Y" (MERGE) needs a REL noun
_TRIGGER_FRAME = {("MERGE", "become"): "REL", ("MERGE", "surviving"): "REL"}


def served_frames(tokens: Sequence[Any]) -> frozenset[str]:
    """The frames the lexicon words among ``tokens`` take part in (each word's predicate's frames;
    SYM and FUND by their words, a pair of adjacent words too): every frame a chunk of these
    tokens can serve, and maybe more.

    >>> from bizfacts.facts.cascade.tokens import tokenize
    >>> sorted(served_frames(tokenize("Acme said it bought Beta.", 0, [])))
    ['NOM', 'TRANS']
    """
    table = predicates()
    found: set[str] = set()
    readings = noun_readings()
    for t in tokens:
        lex = t.lex
        if lex is None:
            continue
        if t.tag == "G":
            lex = readings.get(t.text.casefold(), lex)  # "an agreed bid for Y": the noun heads its group
        if lex.predicate:
            entry = table.get(lex.predicate)
            if entry is not None:
                found.update(entry.frames)
    if "SYM" in found and "FUND" in found:
        return frozenset(found)
    # (casefolding goes character by character: the words joined, casefolded at once and split again)
    joined = "\0".join([t.text for t in tokens])
    if joined.count("\0") == len(tokens) - 1:
        words = joined.casefold().split("\0")
    else:  # (a token holding the separator itself)
        words = [t.text.casefold() for t in tokens]
    for frame in ("SYM", "FUND"):
        if frame not in found:
            own = frame_words(frame)
            heads = _phrase_heads(frame)  # a pair "a b" is a word of the frame only if "a" is one of these
            if not own.keys().isdisjoint(words) or (
                not heads.isdisjoint(words)
                and any(a in heads and f"{a} {b}" in own for a, b in itertools.pairwise(words))
            ):
                found.add(frame)
    return frozenset(found)


@functools.cache
def _phrase_heads(frame: str) -> frozenset[str]:
    """What stands before a space in a word of ``frame`` (its :func:`frame_words`): "joint" and
    "memorandum of" of "memorandum of understanding"."""
    return frozenset(w[:i] for w in frame_words(frame) for i, c in enumerate(w) if c == " ")


def matching(s: str, located: bool = True, frames: frozenset[str] | None = None) -> tuple[Variant, ...]:
    """The constructions, in order, with a match in the chunk string ``s`` (the test before the
    chunks are built: most sentences the gate lets through hold none); ``located`` as in
    :func:`_candidates` (True when unknown); ``frames``, when given, :func:`served_frames` of
    the sentence's tokens (a construction of a frame none of its words serves is not tried).

    >>> [(v.frame, v.name) for v in matching("CVC.", located=False)]
    [('TRANS', 'active'), ('TRANS', 'passive-no-agent'), ('SYM', 'with'), ('FUND', 'active')]
    >>> matching("CSx9x.", located=False)
    ()
    """
    every = variants()
    if not s.isascii():
        return tuple(v for v in _candidates(frozenset(s), located, frames) if v.pattern.search(s) is not None)
    # (:func:`_may_match` of each candidate, read inline: no call per candidate)
    found = []
    for i in _candidate_indices(frozenset(s), located, frames):
        search, run, in_order = _tests(i)
        if run in s and (in_order is None or in_order(s) is not None) and search(s) is not None:
            found.append(every[i])
    return tuple(found)


def _may_match(i: int, s: str) -> bool:
    """Whether construction ``i`` of :func:`variants` has a match in the ASCII chunk string ``s``,
    told by its fast tests (:func:`_tests`): its run of characters, its needs in order, then the
    stdlib twin of its pattern (``"" in s`` holds: a construction with no run is searched; the
    needs in order are tested before the search, which costs several times more)."""
    search, run, in_order = _tests(i)
    return run in s and (in_order is None or in_order(s) is not None) and search(s) is not None


# the groups a construction's trigger needs, in the tag string (each the part of its group's
# pattern in chunks.py that holds what :func:`_predicate` asks of it): a possessive relational
# group ("its Brightwave unit"), one naming a unit inside ("the Brightwave unit"), a passive verb
# group ("was acquired": a copula before the verb)
# ("its operating subsidiary": a participle right after the possessive, as chunks' "R" group reads it)
_POSSESSIVE_GROUP = re.compile(r"j(?:V|[xuQ-]{0,4}(?:(?:CN*|N+)[xu-]{0,2})?)R")
_INNER_GROUP = re.compile(r"(?:CN*|N+)[xu-]{0,2}R")
_POSSESSIVE_INNER_GROUP = re.compile(r"j[xu-]{0,4}(?:CN*|N+)[xu-]{0,2}R")
_PASSIVE_GROUP = re.compile(r"b[tmhbv!iGxZpIdjuMnD,c]*V")


def servable(among: Sequence[Variant], tags: str) -> tuple[Variant, ...]:
    """The constructions of ``among`` whose trigger the tag string ``tags`` can make a group of
    the kind it needs (a possessive or inner relational noun, a passive verb): the others give
    no predication (:func:`_predicate`), so no chunks need be built for them.

    >>> [v.name for v in matching("R.", located=False)]
    ['its-inner']
    >>> [v.name for v in servable(matching("R.", located=False), "jNR.")]  # "Its Brightwave unit."
    ['its-inner']
    >>> servable(matching("R.", located=False), "dNR.")  # "The Brightwave unit.": no "its"
    ()
    """
    out = []
    group: re.Pattern[str] | None
    for v in among:
        if v.frame in ("REL", "INV"):
            if v.name.startswith("its"):
                group = _POSSESSIVE_INNER_GROUP if v.name.endswith("inner") else _POSSESSIVE_GROUP
            else:
                group = _INNER_GROUP if v.name.endswith("inner") else None
            if group is not None and group.search(tags) is None:
                continue
        elif v.frame == "TRANS" and v.voice == "passive" and _PASSIVE_GROUP.search(tags) is None:
            continue
        out.append(v)
    return tuple(out)


def _fronted_pps(chunks: Sequence[Chunk], s: str, m: AnyMatch | TwinMatch) -> dict[str, Chunk]:
    """The prepositional phrases of a fronted deal ("After buying Y from Z, X ..."): from its
    object's end to the main clause's subject ("Following its purchase by Y in 2019, X ...": from
    the agent to the subject, the one bought)."""
    if m.start("theme") > m.start("agent"):
        return _pps(chunks, s[: m.start("theme")], m.end("agent"))
    end = max(m.end(g) for g in ("theme", "unit", "asset", "stake", "pct") if m.start(g) >= 0)
    return _pps(chunks, s[: m.start("agent")], end)


def _read_string(frame: str, own: str, others: str, plain: str) -> str:
    """The chunk string the constructions of ``frame`` read (:func:`predications`): ``own``, where an
    investor's noun is "R", for INV; ``others`` for SYM and FUND; ``plain`` (their verbs "x") for the rest."""
    return own if frame == "INV" else others if frame in ("SYM", "FUND") else plain


def predications(chunks: Sequence[Chunk], among: Sequence[Variant] | None = None) -> list[Predication]:
    """Every predication the constructions find in one sentence's chunks; ``among``, when given,
    is :func:`matching` of their chunk string (the constructions that can match: the others
    are not tried again)."""
    s = chunk_string(chunks)
    out: list[Predication] = []
    has = s.__contains__
    # "Chicago-based Acme": the only chunks the "adjective" variant takes (a cheap test first)
    located = any(c.location is not None for c in chunks)
    named: frozenset[str] | None = None  # the SYM and FUND frames whose words the sentence holds
    # the other constructions read a verb of a SYM or FUND predicate ("received", "partnered with")
    # as a plain word, as they did before the lexicon named it
    open_verbs = _open_verbs()
    own = s  # the string the INV constructions read: an investor's noun is "R" there only
    s = plain = chunk_string_for_others(chunks, own)
    if any(c.char == "V" and c.predicate in open_verbs for c in chunks):
        plain = "".join(
            "x" if c.char == "V" and c.predicate in open_verbs else ch for c, ch in zip(chunks, s, strict=True)
        )
        among = None  # :func:`matching` read the verbs: try every construction the characters allow
    if s is not own:
        among = None  # (:func:`matching` read the investor's noun as "R")
    every = variants()
    tried: Iterable[Variant]
    if among is not None:
        tried = among
    elif own.isascii() and plain.isascii():
        # (no :func:`matching` result for these strings: each construction the characters allow is
        # told by its fast tests on the string it reads, not by an overlapped search of its pattern;
        # a sentence with a SYM or FUND verb tried them all, 2 ms a sentence on news)
        tried = (
            every[i]
            for i in _candidate_indices(frozenset(own) | frozenset(plain), located, None)
            if _may_match(i, _read_string(every[i].frame, own, s, plain))
        )
    else:
        tried = _candidates(frozenset(own) | frozenset(plain), located)
    read_verbs: set[int] = set()  # the verbs the TRANS "active" construction read (ids)
    agent_ends: dict[tuple[int, str], int] = {}  # (verb, construction) -> where its agent read ended
    for v in tried:
        if v.name == "adjective" and not located:
            continue
        frame = v.frame
        if frame in ("SYM", "FUND"):
            if named is None:
                named = open_frames(chunks)
            if frame not in named or not all(map(has, NEEDS[frame, v.name])):
                continue
        cs = _read_string(frame, own, s, plain)
        for m in overlapping(v, cs):
            places = {name: chunks[m.start(name)] for name, span in m.groupdict().items() if span}
            # the construction's own tests first (all tests here are pure: their order changes nothing)
            between = v.name == "subject-noun" and "C" in cs[m.end("agent") : m.start("noun")]
            reported = v.name == "its-noun" and "S" in cs[m.start() : m.start("noun")]
            predicate = predicate_of(v, places, between, reported)
            if predicate is None:
                continue
            if v.name == "advised-on" and not _advises(chunks, m.start("agent")):
                continue  # ("W bought X on its listing day": only an adviser's verb makes X the client)
            if v.name == "its-noun" and places["noun"].possessive is None and cs.startswith("y", m.end()):
                continue  # "X said the proposed sale of Y by Z": Z's deal (nominal-by)
            if any(
                c.char == "N"
                and m.end(name) < len(cs)
                and cs[m.end(name)] == "x"
                and (c.tokens[0].tag == "d" or name in ("theme", "asset", "owner"))
                and chunks[m.end(name)].text.casefold() not in _NAMED_GROUPS
                and not ("cue" in places and m.end(name) == m.start("cue"))  # ("Y include A": a verb)
                and not (frame == "FUND" and _ROUND_NAME.search(c.text))  # ("in a Series B led by Y")
                for name, c in places.items()
            ):
                continue  # "the Red Lake mine", "buys Dresden valve maker": capitalized words modifying a noun
            if any(
                c.char == "N" and m.start(name) > 0 and cs[m.start(name) - 1] == "T"
                for name, c in places.items()
                if name not in ("person",)
            ):
                continue  # "chairman Zhou Mingyu owns ...": a name after a title is a person's
            extents = {name: (chunks[m.start(name)].start, chunks[m.end(name) - 1].end) for name in places}
            trigger = places.get("verb") or places.get("noun") or places.get("rel") or places.get("hq")
            if v.name in ("subject-relative", "relative-passive") and id(trigger) in read_verbs:
                continue  # "X, which bought Y, said ...": "active" (or "passive") read the clause already
            if "agent" in places:
                before = agent_ends.get((id(trigger), v.name))
                if before is not None and _SECOND_CONJUNCT.fullmatch(cs, before, m.start("agent")):
                    continue  # "a consortium led by X and entrepreneur P bought": X's match acts for both
                agent_ends[id(trigger), v.name] = m.end("agent")
            agents: tuple[Chunk, ...] = ()
            if "agent" in places:
                lo, hi = m.span("agent")
                agents = tuple(
                    dict.fromkeys(
                        chunks[backed_party(chunks, cs, i + 1) or i] for i in range(lo, hi) if cs[i] in "CNPR"
                    )
                )
                if "co" in places:
                    agents += (places.pop("co"),)
                places["agent"] = agents[0]
            for name in [n for n, c in places.items() if c.char in "CN" and n != "agent" and v.name != "hyphen"]:
                modified = backed_party(chunks, cs, m.end(name))  # "to Vell-backed Ardo": Ardo
                places[name] = places[name] if modified is None else chunks[modified]
            if v.name in ("active", "passive", "passive-no-agent") and frame == "TRANS":
                read_verbs.add(id(trigger))
            out.append(
                Predication(
                    predicate,
                    frame,
                    v.name,
                    places,
                    agents,
                    _pps(chunks, cs, m.end()) if v.name not in fronted.OPENING else _fronted_pps(chunks, cs, m),
                    trigger,
                    extents,
                    m.start(),
                    m.end(),
                )
            )
    return out
