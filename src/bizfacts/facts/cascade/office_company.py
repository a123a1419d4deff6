"""The company of an office told without one: the sentence's subject, the text's topic, or none.

"chairman Li Ka-shing said" names no company; :func:`discourse_company` picks the one the sentence
(or the text) is about (:class:`About`, which the assembler passes); :func:`office_of_merged`
leaves out an office to come of a company two merging ones will make, and :func:`partner_on_board`
a board seat a firm's partner takes at a company the firm invests in.
"""

from __future__ import annotations

import attrs
import regex

from ..._fact_types import Evidence
from ...places import place_entries
from .chunks import Chunk
from .clauses import Predication
from .tokens import demonyms

# the company-less constructions that open with the title: a vague title alone ("director Jane
# Roe said") names no office of the company
_TITLE_FIRST = frozenset({"title-first", "title-opens", "said-title", "its-title", "title-is", "is-title"})
_VAGUE = frozenset({"director", "partner", "head", "secretary", "chair"})


@attrs.frozen
class About:
    """The companies a sentence is about, for a title told without its company."""

    subject: str | None  # the sentence's first company outside quotations, if it comes early
    topic: str | None  # the company the text is about (or the last one named)
    unknown_opening: bool  # the sentence opens with a capitalized word no extractor named
    quoted_opening: bool = False  # the sentence opens with a quotation
    described: str | None = None  # the company the last describing sentence was about



# the company two merging ones will make: "the combined company", "the merged group"
_MERGED = regex.compile(
    r"(?i)\b(?:combined|merged|enlarged)[ \t]+(?:company|group|entity|business|bank|firm)\b"
)
# an office to come, between the person and the title: "will serve as", "would become", "is to be"
_TO_COME = regex.compile(r"(?i)\b(?:will|would|shall|is[ \t]+to|are[ \t]+to)\b")


def office_of_merged(p: Predication, ev: Evidence) -> bool:
    """ "A's CEO P will become chief executive of the combined company, while B's CEO Q will serve as
    executive chairman": an office to come in a sentence about a merged company is the merged
    company's, not the one the sentence opens with."""
    person, title_c = p.places.get("person"), p.places.get("title")
    if person is None or title_c is None or person.end > title_c.start or _MERGED.search(ev.text) is None:
        return False
    return _TO_COME.search(ev.text, person.end - ev.start, title_c.start - ev.start) is not None


# a capitalized word or abbreviation ("Japan", "U.S.")
_CAPITALIZED = regex.compile(r"\b\p{Lu}[\p{L}.]*")


def _names_a_country(sentence: str) -> bool:
    """Whether ``sentence`` names a country or a nationality ("U.S.", "Japan", "French")."""
    nationalities = demonyms()
    return any(
        w in nationalities or any(e.kind == "country" for e in place_entries(w))
        for w in _CAPITALIZED.findall(sentence)
    )


def _opens_possessive(sentence: str, name: str) -> bool:
    """Whether ``sentence`` opens with ``name`` (as written or with a legal suffix) and a possessive."""
    text = sentence.lstrip(" \t\n\"“")
    if not text.startswith(name):
        return False
    m = _POSSESSIVE_AFTER_NAME.match(text, len(name))
    return m is not None


# a deal's seller named by a title after "from" and a company: "acquired Y from its founder(s)"
_FROM_ITS = regex.compile(
    r"\b(?i:acquired|bought|purchased|acquire|buy|purchase|acquiring|buying)\b[^\p{Lu}]{1,200}\p{Lu}"
    r".{0,200}\bfrom[ \t]+\Z"
)
# after a name opening a sentence: a legal suffix or two, then "'s" ("Acme Corp's chairman is ...")
_POSSESSIVE_AFTER_NAME = regex.compile(r"(?:[ \t]+\p{Lu}[\p{L}.]{0,6}){0,2}(?:'s|’s|')[ \t]")


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
    title_c = p.places.get("title")
    if title_c is not None and title_c.tokens and title_c.tokens[0].text.casefold() == "our":
        # "P has served as our President since 2018. ... at Y": a filing's "our" is its own company,
        # not the subject of a sentence the splitter joined to it
        return about.topic
    if p.variant == "board-chaired":
        return about.topic  # "The board is chaired by P, a former partner at Y": the text's company, not Y
    subject = about.subject
    if subject is not None and _object_after_pair(p, sentence, start, subject):
        # "The chairman, P, was nominated by Y": Y is no subject of the pair's sentence; "The CEO is P,
        # formerly head of strategy at Y": a profile's sentence, of the company the text is about
        if p.variant == "title-is":
            return about.topic or about.described
        subject = None
    if p.variant == "its-title" and title_c and _FROM_ITS.search(sentence, 0, title_c.start - start):
        return None  # "X acquired Y from its founders, P and Q": "its" is the company sold, not X
    if p.variant == "its-title" and subject and _named_after_pair_only(p, sentence, start, subject):
        return None  # "It is owned by its founder, P, and the investment firm Y": "its" is no Y's
    if subject is None and title.casefold() == "president" and _names_a_country(sentence):
        return None  # "In announcing the U.S. sanctions, President Ronald Reagan said": a head of state
    if subject is not None:
        # "The CEO is P, grandson of the founder of X": X is no subject of "the CEO is"; but "X's
        # chairman is A, and the chief executive is B": the possessive that opens the sentence
        # ("X is based in L, and its chief executive is P", "The bank's CEO is A and its chairman is
        # B", "Our headquarters are in L, and our chief executive is P": "its", "our" are the subject's)
        if p.variant == "title-is":
            its = p.places["title"].tokens[0].text.casefold() in ("its", "our")
            return subject if its or _opens_possessive(sentence, subject) else None
        return subject
    if p.variant == "title-is" and about.described:
        return about.described  # "Y is a Japanese conglomerate. ... The president is P": Y's
    if _BODY_OPENING.match(sentence):
        return None  # "The society plans ..., its president, P, said": the body's office, no company's
    person: Chunk = p.places["person"]
    title_c = p.places.get("title") or p.places.get("board") or person  # ("The board is chaired by P")
    board = p.places.get("board")  # ("The Board intends to appoint P as T": the board opens it)
    first = min(person.start, title_c.start, board.start if board is not None else person.start)
    opens = len(sentence[: first - start].strip()) <= 2 or about.quoted_opening
    if about.unknown_opening and not opens:
        return None
    return about.topic


def _named_after_pair_only(p: Predication, sentence: str, start: int, subject: str) -> bool:
    """Whether the sentence names its first company ``subject`` only after the predication's title
    and person, so that no "its" before them can refer to it."""
    places = [c for c in (p.places.get("person"), p.places.get("title")) if c is not None]
    if not places:
        return False
    first, last = min(c.start for c in places) - start, max(c.end for c in places) - start
    word = subject.split()[0]
    return sentence.find(word, 0, first) < 0 and sentence.find(word, last) >= 0


def _object_after_pair(p: Predication, sentence: str, start: int, subject: str) -> bool:
    """Whether the sentence's first company ``subject`` stands after the predication's person and
    title as a preposition's object ("The chairman, P, was nominated by Y", "P, formerly head of
    strategy at Y"): no subject of the sentence the pair is."""
    places = [c for c in (p.places.get("person"), p.places.get("title")) if c is not None]
    if not places:
        return False
    pair_end = max(c.end for c in places) - start
    at = sentence.find(subject, pair_end)
    if at < 0 and len(first := subject.split()[0]) >= 4:
        at = sentence.find(first, pair_end)  # "Y" for "Y Holdings"
    person, cue = p.places.get("person"), p.places.get("cue")
    if p.variant == "serves-as" and person is not None and cue is not None:
        # "P, who left Y in 2009, will serve as CEO": a company in the person's apposition
        inside = sentence.find(subject.split()[0], person.end - start, cue.start - start) >= 0
        return inside and sentence.find(subject.split()[0], 0, person.start - start) < 0
    if at < 0 or sentence.find(subject.split()[0], 0, pair_end) >= 0:
        return False  # (named before the pair too: "Y said its chairman, P, was re-elected by Y's board")
    # ("The CEO is P, grandson of the founder of Y": Y's own, maybe; "formerly head of strategy at Y": not)
    before = _WORKPLACE_BEFORE if p.variant == "title-is" else _PREPOSITION_BEFORE
    return before.search(sentence, max(0, at - 16), at) is not None


# a preposition right before a name: "by", "at", "of the"; a workplace's or an agent's
_PREPOSITION_BEFORE = regex.compile(r"(?i)\b(?:by|from|at|to|with|of|for|in|on)[ \t]+(?:the[ \t]+)?\Z")
_WORKPLACE_BEFORE = regex.compile(r"(?i)\b(?:by|from|at)[ \t]+(?:the[ \t]+)?\Z")


# a sentence opening with a body that is no company: "The society", "The agency", "The university"
_BODY_OPENING = regex.compile(
    r"[\"“'‘ \t]*The[ \t]+(?:society|association|agency|institute|foundation|university|college|ministry|"
    r"department|commission|council|committee|federation|union|party|government|museum|academy)\b"
)


# an investment firm's partner right before the name: "Y Operating Partner P", "Y partner P"
_PARTNER_BEFORE = regex.compile(r"(?i)\bpartner[ \t]+\Z")
_BOARD_TITLE = regex.compile(r"(?i)\b(?:chair|chairman|chairwoman|chairperson|director)\b")


def partner_on_board(p: Predication, ev: Evidence, title: str) -> bool:
    """ "Y Operating Partner P has been named Chairman of the Board": a firm's partner named to a
    board sits on the board of a company the firm invests in, not on the firm's own."""
    person = p.places.get("person")
    if person is None or _BOARD_TITLE.search(title) is None or p.variant not in ("appointed", "appoint"):
        return False
    at = person.start - ev.start
    return _PARTNER_BEFORE.search(ev.text, max(0, at - 24), at) is not None


# a tenure that ended, told before a company: "P, formerly head of X's rail division, became CEO"
_LEFT_BEFORE = regex.compile(r"(?i)\b(?:formerly|previously|former|ex-)(?:[ \t]+[\w'’-]+){0,5}?[ \t]+\Z")


def company_not_left(p: Predication, company: str, topic: str | None, ev: Evidence) -> str | None:
    """The company of an office the clause names none for, ``company`` the sentence's subject: the
    text's ``topic`` instead when the clause names ``company`` as one its person left ("P, formerly
    head of X's rail division, became CEO, succeeding N": not X's office)."""
    title_c = p.places.get("title")
    at = ev.text.find(company.split()[0], 0, title_c.start - ev.start if title_c is not None else None)
    if at < 0 or _LEFT_BEFORE.search(ev.text, max(0, at - 60), at) is None:
        return company
    return topic if topic != company else None
