"""The predicate lexicon and the closed-class table, loaded once from ``data/``.

``data/predicates.tsv`` holds one line per predicate (its fact type, the constructions it
takes part in, its verb and noun forms and its role map); ``data/closed_classes.tsv`` the
determiners, auxiliaries, prepositions and cue words the tokenizer tags.  Both are read
on first use and turned into one table from lowercase word sequences to
:class:`LexEntry`, which the tokenizer matches longest first.

>>> entry = phrase_table()[("bought",)]
>>> entry.tag, entry.predicate, entry.form
('V', 'acquire', 'past')
>>> phrase_table()[("headquartered",)].tag
'H'
"""

from __future__ import annotations

import functools
from importlib import resources

import attrs

from ..._verb_forms import verb_forms

# the tag character each closed class gets (see bizfacts.facts.cascade.tokens for the alphabet)
_CLASS_TAG = {
    "det": "d",
    "poss": "j",
    "pron": "e",
    "be": "b",
    "have": "h",
    "modal": "m",
    "neg": "!",
    "rel": "W",
    "conj": "c",
    "adv": "v",
    "control": "G",
    "light": "Z",
    "report": "S",
    "stake": "K",
    "mod": "u",
    "former": "F",
    "asset": "Y",
    "causer": "O",
    "verb": "x",
    "stage": "x",
}
# prepositions keep a character of their own, so clause patterns can name them
PREPOSITION_TAG = {
    "of": "o",
    "in": "i",
    "by": "y",
    "to": "t",
    "from": "f",
    "for": "r",
    "at": "a",
    "with": "w",
    "on": "n",
    "as": "s",
    "into": "I",
}


@attrs.frozen
class Predicate:
    """One line of the predicate lexicon."""

    name: str
    fact_type: str
    frames: frozenset[str]
    roles: dict[str, str] = attrs.field(hash=False)


@attrs.frozen
class LexEntry:
    """What the tokenizer knows of a word or fixed phrase.

    ``tag`` is its character in the tag string; ``predicate`` the lexicon predicate it is a
    form of (verbs, nouns, relational nouns), ``form`` the verb form (base, 3sg, past, part,
    ing) and ``value`` the closed class's sub-value ("hypo" for "would", "agreed" for
    "agreed", the preposition's word).
    """

    tag: str
    predicate: str | None = None
    form: str | None = None
    value: str | None = None


def _read(name: str) -> list[list[str]]:
    raw = resources.files("bizfacts").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def predicates() -> dict[str, Predicate]:
    """The predicate lexicon by name."""
    table: dict[str, Predicate] = {}
    for row in _read("predicates.tsv"):
        name, fact_type, frames, _verbs, _nouns, roles = (c.strip() for c in row)
        role_map = dict(pair.split("=", 1) for pair in roles.split())
        table[name] = Predicate(name, fact_type, frozenset(frames.split()), role_map)
    return table


@functools.cache
def phrase_table() -> dict[tuple[str, ...], LexEntry]:
    """Lowercase word sequences -> what they are; the tokenizer matches them longest first."""
    table: dict[tuple[str, ...], LexEntry] = {}
    for row in _read("closed_classes.tsv"):
        word, cls = row[0].strip(), row[1].strip()
        kind, _, value = cls.partition(":")
        if kind == "prep":
            entry = LexEntry(PREPOSITION_TAG.get(value or word, "p"), value=value or word)
        else:
            entry = LexEntry(_CLASS_TAG[kind], value=value or None)
        table[tuple(word.split())] = entry
    for row in _read("predicates.tsv"):
        name, _type, frames, verbs, nouns = (c.strip() for c in row[:5])
        frame_set = set(frames.split())
        for spec in (v.strip() for v in verbs.split(";")):
            if not spec or spec == "-":
                continue
            for form_text, form in verb_forms(spec).items():
                if "HQ" in frame_set:
                    if form in ("past", "part"):  # "headquartered", "based": only the participle
                        table[tuple(form_text.split())] = LexEntry("H", name, "part")
                    continue
                key = tuple(form_text.split())
                if key not in table or table[key].tag != "V":  # "raise": the first predicate keeps it
                    table[key] = LexEntry("V", name, form)
        noun_tag = "Q" if "HQ" in frame_set else "R" if frame_set & {"REL", "INV"} else "A"
        for noun in (n.strip() for n in nouns.split(";")):
            if noun and noun != "-":
                table.setdefault(tuple(noun.replace("-", " - ").split()), LexEntry(noun_tag, name))
                table.setdefault(tuple(noun.split()), LexEntry(noun_tag, name))
    return table


@functools.cache
def frame_words(frame: str, nouns: bool = True) -> dict[str, str]:
    """Every verb form and noun (lowercase) of the predicates taking part in ``frame`` -> the
    predicate: a construction of the frame reads its trigger here, so a verb another predicate
    claimed first ("raised", a stake verb too) or a noun a closed class claims ("memorandum of
    understanding") still names it.

    >>> frame_words("FUND")["raised"], frame_words("SYM")["joint venture"]
    ('raise', 'partner')
    >>> "funding" in frame_words("FUND", nouns=False)
    False
    """
    out: dict[str, str] = {}
    for row in _read("predicates.tsv"):
        name, frames, verbs = row[0].strip(), row[2].split(), row[3]
        if frame not in frames:
            continue
        for spec in (v.strip() for v in verbs.split(";")):
            if spec and spec != "-":
                out.update(dict.fromkeys(verb_forms(spec), name))
        for noun in (n.strip() for n in row[4].split(";")) if nouns else ():
            if noun and noun != "-":
                out[noun.casefold()] = name
    return out


@functools.cache
def word_table() -> dict[str, LexEntry]:
    """The one-word entries of :func:`phrase_table`, keyed by the word (the tokenizer's common case)."""
    return {key[0]: entry for key, entry in phrase_table().items() if len(key) == 1}


@functools.cache
def noun_readings() -> dict[str, LexEntry]:
    """One-word predicate nouns that a closed class or a verb form also claims ("bid", "offer":
    control words in "agreed to bid for Y"; "purchase", "debut", verbs), with their noun reading
    ("the rival bid for Y", "X's purchase of Y", "its Nasdaq debut")."""
    table = phrase_table()
    out: dict[str, LexEntry] = {}
    for row in _read("predicates.tsv"):
        name, frames = row[0].strip(), set(row[2].split())
        if "NOM" not in frames and "LIST" not in frames:
            continue
        for noun in (n.strip() for n in row[4].split(";")):
            entry = table.get((noun,))
            if noun and " " not in noun and entry is not None and entry.tag in "GV":
                out[noun] = LexEntry("A", name)
    return out


@functools.cache
def control_readings() -> dict[str, LexEntry]:
    """One-word control words that a predicate's verb form also claims ("offered": a bid verb),
    with their control reading ("offered to buy Y": the buying is offered).

    >>> control_readings()["offered"].tag
    'G'
    """
    table = phrase_table()
    out: dict[str, LexEntry] = {}
    for row in _read("closed_classes.tsv"):
        word, cls = row[0].strip(), row[1].strip()
        kind, _, value = cls.partition(":")
        entry = table.get((word,))
        if kind == "control" and entry is not None and entry.tag == "V":
            out[word] = LexEntry("G", value=value or None)
    return out


@functools.cache
def phrase_starts() -> dict[str, int]:
    """The first word of every multiword entry -> the most words an entry starting with it has."""
    starts: dict[str, int] = {}
    for key in phrase_table():
        if len(key) > 1:
            starts[key[0]] = max(starts.get(key[0], 0), len(key))
    return starts
