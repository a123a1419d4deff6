"""Executives in the cascade: the TITLE constructions that name no company.

A title and a person stand together and the company is the one the sentence or the text is
about: "chairman Li Ka-shing said", "said managing director A. Vardhan", "Martin Ellery, Chief
Executive Officer, said", "Eric Lowe, who remains chief executive", "Lena Hofbauer (CEO)".
The assembler passes that company (:class:`About`); :func:`discourse_company` picks it for
one predication.  One construction here names its company: "John Loynes, Continental chief
financial officer, said" (a premodifying company in an apposition).

>>> import bizfacts
>>> [(f.person, f.title, f.company) for f in bizfacts.extract_facts(
...     "Brindle Labs Inc expects higher sales, chairman Ravi Menon said.")]
[('Ravi Menon', 'chairman', 'Brindle Labs')]
"""

from __future__ import annotations

import functools

import attrs

from .. import lexicon as L
from .chunks import Chunk
from .clauses import Predication, Variant, _v

# what may follow a title-first pair: a reporting verb or a verb group ("said", "told", "will",
# "has", "is", "owns"), after the person's age (", 63,")
_THEN_VERB = r"(?:,9,)?(?=,?[SVZmhb])"
# where a title may open a noun group of its own: the sentence's start, a comma, colon or quotation
# mark, a reporting verb, "and"
_OPENS = r"(?:^|(?<=[,;:\"(Sc]))"


@functools.cache
def variants() -> tuple[Variant, ...]:
    """The TITLE constructions that name no company, and the premodifying apposition."""
    return (
        # "chairman Li Ka-shing said", "..., chief executive Hans Jucker told reporters"
        _v("title-first", "TITLE", rf"{_OPENS}(?P<title>T),?(?P<person>[PN]){_THEN_VERB}"),
        # "said managing director Anirudh Vardhan."
        _v("said-title", "TITLE", r"S(?P<title>T),?(?P<person>[PN])(?=[.,;:\"i]|$)"),
        # "Martin Ellery, Chief Executive Officer, said"; "Gordon Whitcomb, 68, the company's chairman,"
        _v(
            "apposition-alone",
            "TITLE",
            r"(?P<person>[PN]),(?:9,)?(?:dx')?(?P<title>T)(?=,S|;|\.?$)",
        ),
        # "Douglas Reid, who remains chief executive officer"
        _v("who-title", "TITLE", r"(?P<person>[PN]),(?:9,)?W[xv]?b(?P<title>T)(?![oar])"),
        # "Lena Hofbauer (CEO)"
        _v("parenthetical", "TITLE", r"(?P<person>[PN])\((?P<title>T)\)"),
        # "John Loynes, Continental chief financial officer, said"
        _v(
            "premodifier-apposition",
            "TITLE",
            r"(?P<person>[PN]),(?:9,)?(?P<company>C)(?P<title>T)(?![oar'])",
        ),
    )


# the constructions whose title is given as written ("President and Chief Executive Officer"), as the
# text's own words for the office; the others give one title ("CEO")
WRITTEN_TITLE = frozenset(
    {"title-first", "said-title", "apposition-alone", "who-title", "parenthetical", "premodifier-apposition"}
)


def written_title(c: Chunk, sentence: str, start: int) -> str:
    """The title chunk ``c`` as written, from its first title word to its last ("its president and
    CEO" -> "president and CEO"); an acronym alone in capitals.  ``sentence`` starts at ``start``."""
    text = " ".join(sentence[c.head[0].start - start : c.head[-1].end - start].split())
    return text.upper() if text.casefold() in L.TITLE_ACRONYMS else text


# the company-less constructions that open with the title: a vague title alone ("director Jane
# Roe said") names no office of the company
_TITLE_FIRST = frozenset({"title-first", "said-title"})
_VAGUE = frozenset({"director", "partner", "head", "secretary", "chair"})


@attrs.frozen
class About:
    """The companies a sentence is about, for a title told without its company."""

    subject: str | None  # the sentence's first company outside quotations, if it comes early
    topic: str | None  # the company the text is about (or the last one named)
    unknown_opening: bool  # the sentence opens with a capitalized word no extractor named
    quoted_opening: bool = False  # the sentence opens with a quotation


def discourse_company(
    p: Predication, title: str, about: About | None, sentence: str, start: int
) -> str | None:
    """The company of a TITLE predication that names none: the sentence's subject, or else the
    text's topic when the sentence does not open with an unknown name (unless the pair opens it).
    ``sentence`` is the sentence's text, ``start`` its offset in the document."""
    if about is None:
        return None
    if p.variant in _TITLE_FIRST and title.casefold() in _VAGUE:
        return None
    if about.subject is not None:
        return about.subject
    person: Chunk = p.places["person"]
    first = min(person.start, p.places["title"].start)
    opens = len(sentence[: first - start].strip()) <= 2 or about.quoted_opening
    if about.unknown_opening and not opens:
        return None
    return about.topic
