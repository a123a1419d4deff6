"""The open-class frames of the cascade: SYM (partnerships) and FUND (investments).

Their triggers are read through the lexicon's words (:func:`.predicates.frame_words`), not only
through the tag a token got: a verb another predicate claimed first ("raised", a stake verb too),
a noun a closed class claims ("memorandum of understanding") and a capitalized noun ("an MoU",
"Joint Venture") still name the predicate.

>>> from bizfacts.facts.cascade.tokens import tokenize
>>> from bizfacts.facts.cascade.chunks import chunk
>>> sorted(open_frames(chunk(tokenize("Acme signed an MoU with Beta.", 0, []))))
['SYM']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .chunks import Chunk
from .predicates import frame_words, predicates

if TYPE_CHECKING:
    from .grammar import Variant


def open_frames(chunks: Sequence[Chunk]) -> frozenset[str]:
    """The frames among SYM and FUND one of whose verbs or nouns a chunk holds (a capitalized
    noun's last two words too: "Joint Venture")."""
    found: set[str] = set()
    sym, fund = frame_words("SYM"), frame_words("FUND")
    for c in chunks:
        if c.char not in "VAGN":
            continue
        words = [t.text.casefold() for t in c.tokens]
        if len(words) > 1:
            words.append(f"{words[-2]} {words[-1]}")
        if any(w in sym for w in words):
            found.add("SYM")
        if any(w in fund for w in words):
            found.add("FUND")
    return frozenset(found)


# the chunk characters each construction's every match holds: a sentence without one skips it
NEEDS: dict[tuple[str, str], str] = {
    ("SYM", "with"): "V",
    ("SYM", "light-verb"): "w",
    ("SYM", "subjectless"): "Aw",
    ("SYM", "coordinated"): "c",
    ("SYM", "headline-comma"): ",",
    ("SYM", "between"): "c",
    ("SYM", "possessive"): "'w",
    ("SYM", "its-noun-with"): "Aw",
    ("SYM", "venture-apposition"): ",Aw",
    ("SYM", "under-noun"): "pA,x",
    ("FUND", "active"): "V",
    ("FUND", "passive"): "Vy",
    ("FUND", "object-relative"): "VW",
    ("FUND", "light-verb"): "A",
    ("FUND", "possessive"): "'A",
    ("FUND", "noun-in"): "A",
    ("FUND", "after-raising"): "pVM",
}

# the FUND constructions whose theme is the party after "in" ("X was invested in by Y")
_THEME_IN = frozenset({"passive", "object-relative", "noun-in"})
# the prepositions that name a symmetric predicate's parties after its noun ("a venture between X and Y")
_AMONG = frozenset({"between", "among", "of", "involving", "linking"})


def _noun_predicate(words: dict[str, str], noun: Chunk) -> str | None:
    """The predicate the noun group names by its last words ("a $5 mln Series A funding round")."""
    heads = [t.text.casefold() for t in noun.tokens if t.tag not in "dj9M%"]
    for k in range(len(heads)):
        name = words.get(" ".join(heads[k:]))
        if name is not None:
            return name
    return None


def _verb_predicate(words: dict[str, str], verb: Chunk, frame: str) -> str | None:
    """The predicate the verb group names: its verb, or for SYM a partnership noun a control word
    stands for inside it ("signed a memorandum of understanding to build")."""
    name = words.get(verb.head[0].text.casefold())
    if name is None and frame == "SYM":
        controls = (t.text.casefold() for t in verb.tokens if t.tag == "G")
        name = next((words[w] for w in controls if w in words), None)
    return name


# the words before a partnership noun opening a sentence that tell the clause after it is what the
# partnership has its parties do ("Under the tie-up, X will supply Y"; not "Under a pact with Z, X ...")
_UNDER_WORDS = frozenset({"under", "through"})
_UNDER_DETERMINERS = frozenset({"the", "this", "that", "a", "an", "its", "their"})
# the plain verbs after which the other party is no party ("X will say", "X will ask Y"): reporting
_NOT_ACTING = frozenset({"say", "says", "said", "expects", "expected", "expect", "hopes", "hoped", "hope"})


def _under_the_noun(places: dict[str, Chunk]) -> bool:
    """Whether an "under-noun" match opens with "Under the <partnership noun>," and its main verb
    acts on a party other than its subject."""
    noun, opener, main = places["noun"], places["opener"], places["main"]
    if opener.text.casefold() not in _UNDER_WORDS or noun.tokens[0].text.casefold() not in _UNDER_DETERMINERS:
        return False
    if main.text.casefold() in _NOT_ACTING:
        return False
    return places["agent"].text != places["theme"].text


# the SYM verbs whose object is the other party ("X has partnered Y to launch a card")
_TAKES_PARTNER = frozenset({"partnered", "partners"})


def open_class_predicate(v: Variant, places: dict[str, Chunk]) -> str | None:
    """The SYM or FUND predicate a match of ``v`` states, or None: its verb or noun read through
    the frame's words; the verb's predicate wins ("received a $5 mln investment": raise)."""
    words = frame_words(v.frame)
    verb, noun, prep = places.get("verb"), places.get("noun"), places.get("prep")
    name: str | None = None
    if noun is not None:
        name = _noun_predicate(words, noun)
        if name is None or (noun.char == "N" and v.frame == "FUND"):
            return None
    if verb is not None and verb.char == "V":
        name = _verb_predicate(words, verb, v.frame)
        if name is None or (v.voice and verb.voice != v.voice):
            return None
        head = verb.head[0].text.casefold()
        if v.name == "with" and prep is None and not head.endswith(" with") and head not in _TAKES_PARTNER:
            return None  # "X teamed up": the other party is after "with", or coordinated before
    if name is None:
        return None
    if v.name in _THEME_IN and "in" not in predicates()[name].roles:
        return None  # "X was invested in by Y": only a predicate naming a party after "in"
    word = prep.tokens[0].text.casefold() if prep is not None else None
    if v.name == "its-noun-with" and (noun is None or noun.possessive not in ("its", "their")):
        return None  # "X took control of its joint venture with Y": only the subject's own venture
    if v.name == "between" and word not in _AMONG:
        return None
    if v.name == "under-noun" and not _under_the_noun(places):
        return None
    if prep is not None and prep.char == "p" and v.frame == "FUND" and word != "into":
        return None
    return name
