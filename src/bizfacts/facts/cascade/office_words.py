"""The words around a title that the TITLE builders of :mod:`.executive` read: the classes of the
appointment words (appointment_words.tsv), a role noun before a title ("P resigned from her position
as CFO of X"), a department set off by a comma after it ("Vice President, Finance of X"), and the
clause a "where" or a reporting verb opens ("P joined Y from X, where he served as T").

>>> ROLE_NOUNS >= {"position", "post"}
True
"""

from __future__ import annotations

import functools

import regex

from ..._fact_types import Evidence
from ..._numbers import data_rows
from .chunks import Chunk
from .clauses import Predication

# the nouns of an office: "the role of CEO", "her position as CFO"
ROLE_NOUNS = frozenset({"role", "position", "post", "job", "seat"})


# a noun with its determiner right before "as" or "of" and the title: "her position as", "the post of"
# (the word before the determiner: a verb's object, not a preposition's: "remain with the business as T")
_NOUN_BEFORE_TITLE = regex.compile(
    r"(?i)\b(\w+)[ \t]+(?:his|her|their|its|the|a)[ \t]+(\w+)[ \t]+(?:as|of)[ \t]+\Z"
)
_PREPOSITIONS = frozenset({"with", "at", "in", "for", "to", "on", "into", "within"})


def role_noun_fits(p: Predication, ev: Evidence) -> bool:
    """Whether a noun between the verb and the title of a copula construction is a role noun ("P
    resigned from her position as CFO of X", "P holds the post of T at X"); True where none stands."""
    person, title_c = p.places.get("person"), p.places.get("title")
    if person is None or title_c is None or person.end > title_c.start:
        return True
    lo, hi = person.end - ev.start, title_c.start - ev.start
    m = _NOUN_BEFORE_TITLE.search(ev.text, max(lo, hi - 40), hi)
    if m is None or m.group(2).casefold() in ROLE_NOUNS:
        return True
    # (a preposition's object: "remain with the business as T"; but not "the appointment of P to the
    # board of T": "to" before a noun that is no role noun)
    appointed_to = p.variant == "appointment-of" and m.group(1) == "to"
    return m.group(1).casefold() in _PREPOSITIONS and not appointed_to


# a department set off by a comma between the title and the company: "Vice President, Finance and
# Treasurer of X", "Senior Vice President, Marketing at X"
_DEPARTMENT_GAP = regex.compile(
    r",[ \t]+(?P<dept>\p{Lu}[\w&'’-]*(?:[ \t]+(?:\p{Lu}[\w&'’-]*|and|&)){0,5})"
    r",?[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?"
)


def with_department(title: str, title_c: Chunk, company_c: Chunk, ev: Evidence) -> str:
    """The title with the department the text sets off by a comma before the company ("Vice
    President, Finance of X": "Vice President, Finance")."""
    if company_c.start <= title_c.end:
        return title
    m = _DEPARTMENT_GAP.fullmatch(ev.text, title_c.end - ev.start, company_c.start - ev.start)
    if m is None or title.endswith(m.group("dept")):
        return title  # ("Regional President, South Sound, of X": the written title holds it already)
    return f"{title}, {m.group('dept')}"


@functools.cache
def word_classes() -> dict[str, str]:
    """Word -> its class in appointment_words.tsv ("named" -> "appoint")."""
    return {word.casefold(): cls for cls, word in data_rows("appointment_words.tsv")}


# "where" right before a pronoun subject: "..., where he served as T"
_WHERE_BEFORE = regex.compile(r"(?i)\bwhere[ \t]+\Z")
# a reporting verb: "said", "announced", "added"
_REPORTED = regex.compile(r"(?i)\b(?:said|says|announced|announces|added|stated)\b")
# the verb classes of leading a company (appointment_words.tsv): "P, who has led (founded, runs) X"
_LEADS = frozenset({"led", "head", "found", "serve"})
_WHO_LED = regex.compile(
    r"(?i),[ \t]+who[ \t]+(?:has[ \t]+|had[ \t]+)?(?:led|headed|founded|co-founded|runs|heads|leads)\b"
)


def where_he_served(p: Predication) -> bool:
    """ "P founded X, where he served as T": "where", a pronoun, a verb of serving."""
    return (
        p.places["where"].text.casefold() == "where"
        and p.places["he"].text.casefold() in ("he", "she")
        and (
            word_classes().get(p.places["serve"].head[-1].text.casefold()) == "serve"
            or p.places["serve"].text.casefold() in ("was", "had been")
        )
    )


def serving_fits(p: Predication, ev: Evidence) -> bool:
    """Whether a "P will serve as T" construction tells an office of the company it will find: only
    a clause a reporting verb governs ("X said ... that P would serve as T"); the company a relative
    clause says P leads ("P, who has led X since 2011, will continue as CEO"), not one P left."""
    if p.variant == "reported-serves-as":
        that = p.places["that"]
        reported = _REPORTED.search(ev.text, 0, that.start - ev.start) is not None
        return reported and that.text.casefold() == "that"
    if p.variant == "led-serves-as":
        return word_classes().get(p.places["lead"].head[-1].text.casefold()) in _LEADS
    # ("P, who has led X since 2011, will continue as CEO": X's office, read by led-serves-as)
    person = p.places["person"]
    if person.text.casefold() in ("he", "she") and _WHERE_BEFORE.search(ev.text, 0, person.start - ev.start):
        return False  # "P joined Y from X, where he served as T": X's office (where-served), not Y's
    between = (person.end - ev.start, p.places["cue"].start - ev.start)
    return _WHO_LED.search(ev.text, *between) is None
