"""A title as the text writes it, for the TITLE constructions that give the office in the text's own
words: "its president and CEO" -> "president and CEO", "vice president of investor relations at X"
-> "vice president of investor relations".
"""

from __future__ import annotations

import regex

from ..._company_words import company_words
from ..lexicon import acronym_title
from .chunks import Chunk
from .tenure import TENURE_WORD

# a dotted acronym of three letters ("C.E.O.", "c.f.o.")
_DOTTED = regex.compile(r"\b(?:\p{L}\.){3}")


def written_title(c: Chunk, sentence: str, start: int) -> str:
    """The title chunk ``c`` as written, from its first title word to its last ("its president and
    CEO" -> "president and CEO"); an acronym alone in capitals.  ``sentence`` starts at ``start``."""
    text = " ".join(sentence[c.head[0].start - start : c.head[-1].end - start].split())
    if (m := _TIME_WORD.match(text)) is not None and text[m.end() :].strip():
        text = text[m.end() :]  # "its new chief executive", "longtime chairman": the office alone
    elif (m := TENURE_WORD.match(text)) is not None and text[m.end() :].strip():
        text = text[m.end() :]  # "former chairman": the office is "chairman" (the fact's status says former)
    if (acronym := acronym_title(text)) is not None:
        return acronym
    if "." in text:  # "chairman and C.E.O.": a dotted acronym inside the title, in capitals
        text = _DOTTED.sub(lambda m: acronym_title(m.group(0)) or m.group(0), text)
    return text + _department(sentence, c.head[-1].end - start)


def _department(sentence: str, at: int) -> str:
    """The department after a title ending at ``at`` in ``sentence``, as written with what joins it
    to the title: "vice president of document intelligence at X" -> " of document intelligence",
    "as Senior Vice President, Operations." -> ", Operations" (a department's name); else ""."""
    if (m := _LOWER_DEPARTMENT.match(sentence, at)) is not None:
        return " of " + " ".join(m.group("dept").split())
    if (m := _BOARD.match(sentence, at)) is not None:
        return " " + " ".join(m.group(0).split())  # " of the Executive Board (CEO)"
    m = _NAMED_DEPARTMENT.match(sentence, at)
    if m is not None and m.group("dept") in company_words().department:
        return ", " + m.group("dept")
    if (m := _UNIT_BEFORE_OF.match(sentence, at)) is not None:
        return ", " + m.group("dept")  # "Regional President, South Sound, of X": the unit is the title's
    return ""


# "of investor relations at X", "of equity strategy for X": lowercase words between a title and its company
_LOWER_DEPARTMENT = regex.compile(
    r"[ \t]+of[ \t]+(?P<dept>(?:\p{Ll}[\p{Ll}-]*[ \t]+){1,3})(?=(?:at|for)[ \t])"
)
# "Chairman of the Executive Board (CEO) of X", "Chairman of the Supervisory Board of X": a board's office
_BOARD = regex.compile(
    r"[ \t]+of[ \t]+the[ \t]+(?:Executive|Supervisory|Management|Managing)[ \t]+Board"
    r"(?:[ \t]+\([A-Z]{2,4}\))?(?=[ \t]+of[ \t])"
)
# ", Operations." or ", Investor Relations, and ...": a department's name closing the title's clause
_NAMED_DEPARTMENT = regex.compile(
    r",[ \t]+(?P<dept>\p{Lu}\p{Ll}+(?:[ \t]+(?:and[ \t]+)?\p{Lu}\p{Ll}+){0,2})"
    r"(?=[ \t]*(?:[.;]|,[ \t]+(?:and|who)\b|$))"
)

# ", South Sound, of X": a unit or region set off by commas between a title and its company's "of"
_UNIT_BEFORE_OF = regex.compile(r",[ \t]+(?P<dept>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}),[ \t]+of[ \t]")


# a word of the tenure's time before a title, left out of the office: "new", "longtime", "current"
# ("its first new CEO": not "First Vice President", a bank's title)
_TIME_WORD = regex.compile(r"(?i)(?:first[ \t]+new|new|longtime|long-time|current)[ \t]+")
