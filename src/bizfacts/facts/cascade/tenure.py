"""Whether an office told by a TITLE construction is one its person still holds.

An executive fact's ``status`` is "former" when the text tells the tenure as ended: a tenure
word before the title ("former chairman P", "Ex-X CEO P", "X's ex-chairman P"), an adverb or
verb between the person and the title ("P previously served as T", "P resigned as T", "P was CEO
of X"), the past copula of "X was led by P", a predecessor ("her predecessor as CEO, P"), or the
tenure's dates after the office ("CEO of X from 1994 to 1997", "until 2015").
"""

from __future__ import annotations

import regex

from ..._fact_types import Evidence
from ..template import LazyPattern
from .clauses import Predication
from .names import former_title

# the verbs of "P succeeded (replaced) N as T": N's office ended
SUCCEEDED = frozenset({"succeeded", "replaced"})

# an adverb between a person and a title that ends the tenure: "P previously served as T of X"
# (the adverb's own title only: no comma between them, "P, formerly a vice president, was named T")
FORMERLY = LazyPattern(r"(?i)\b(?:previously|formerly|once|earlier|until\s+recently)\b[^,;()]*\Z")
_PAST_COPULA = LazyPattern(r"(?i)\b(?:was|were)\s+(?:\w+\s+)?(?:led|run|headed|managed|chaired)\s+by\b")


def former_office(p: Predication, ev: Evidence, text: str, title_words: bool = True) -> bool:
    """Whether a TITLE predication tells an office its person no longer holds: "former chairman
    P", "Ex-X CEO P", "P previously served as T", "P resigned as T", "X was led by P", "P was CEO
    of X from 1994 to 1997".  ``title_words`` False leaves out a tenure word inside the title
    chunk ("the founder and former CEO": the words around the title only)."""
    company_c, person = p.places.get("company"), p.places.get("person")
    if (
        p.variant.startswith("led-by")
        and company_c is not None
        and person is not None
        # "X was led by P": the copula between the company and the person (the clause's own words)
        and _PAST_COPULA.search(ev.text, company_c.end - ev.start, person.start - ev.start)
    ):
        return True
    board = p.places.get("board")
    if (
        p.variant == "board-chaired"
        and board is not None
        and person is not None
        and _PAST_COPULA.search(ev.text, board.end - ev.start, person.start - ev.start)
    ):
        return True  # "The board was chaired by P until 2019"
    if p.variant == "succeeding":
        return True  # "P became CEO, succeeding N": N's office ended
    if p.variant == "succeeded-title":
        return p.places["cue"].head[-1].text.casefold() in SUCCEEDED  # "who succeeded CEO P"
    place = p.places.get("title")
    at = place.start - ev.start if place is not None else 0  # (the words right before the title only)
    if place is not None and (
        (title_words and former_title(place))
        or _PREDECESSOR.search(ev.text, max(0, at - 48), at) is not None
        or _FORMER_BEFORE.search(ev.text, max(0, at - 12), at) is not None  # "X's ex-chairman P"
    ):
        return True
    if person is not None and place is not None and person.end <= place.start:
        if FORMERLY.search(text, person.end, place.start):
            return True
        # "P resigned as X's CFO", "P was X's chief executive": the verb before the possessive company
        until = place.start
        if p.variant == "possessive-predicate" and company_c is not None and person.end <= company_c.start:
            until = company_c.start
        if p.variant == "copula-second" and (held := p.places.get("held")) is not None:
            until = held.start  # "P was chairman of A and director of B": the copula before the first office
        if (
            _WAS_TITLE.search(text, max(person.end, until - 40), until)
            and not _NEW.match(place.text)
            and "founder" not in place.text.casefold()  # ("P was the founder of X": a founder stays one)
        ):
            return True  # "P was CEO of X", "P, who was chairman of X,": the past copula
        left = _LEAVES_AS.search(ev.text, person.end - ev.start, until - ev.start)
        if left is not None and p.variant != "replaced-by":
            return True  # "P resigned as chairman of X": an office left
    if company_c is not None and _FORMER_BEFORE.search(
        ev.text, max(0, company_c.start - ev.start - 12), company_c.start - ev.start
    ):
        return True  # "Ex-Norvale Energy CEO P", "former Acme chairman P"
    if (
        person is not None
        and place is not None
        and place.end <= person.start
        and _LEFT_AFTER.match(text, person.end) is not None
    ):
        return True  # "After 12 years as CEO of X, P stepped down", "X's chairman P resigned"
    if p.variant == "replaced-by":
        return False  # "P served as T until 2019, when he was succeeded by N": P's tenure ended, not N's
    last = max((c.end for c in (company_c, place) if c is not None), default=None)
    return last is not None and _ENDED.match(text, last) is not None


# the verb of an office left right after the person its title precedes: "X's chairman P resigned"
_LEFT_AFTER = LazyPattern(
    r"(?i),?[ \t]+(?:\d{1,3},[ \t]+)?(?:has[ \t]+|have[ \t]+|had[ \t]+)?"
    # (not "left" nor "departed": "P left for Tokyo", "P departed from the script")
    r"(?:resigned|retired|quit|stepped[ \t]+down)\b"
)


# a pair of offices whose second one ended: "founder and former CEO", "chairman and ex-president"
AND_FORMER = regex.compile(r"(?i)(?P<held>.+?)[ \t]+and[ \t]+(?:former[ \t]+|ex-)(?P<ended>\S.*)")


# a time between a verb and the "as" of its office: "retired in 2021 as", "served from 2012 to 2018 as"
_TIME_BEFORE_AS = r"(?:[ \t]+(?:in|on|from|between|during|until|till|through|for)[ \t]+[^,;()\n]{1,30}?)?"


# a role noun after a verb of leaving: "resigned from her position as", "retired from the post of"
_POSITION = r"(?:(?:\s+from)?\s+(?:his|her|their|the)\s+(?:position|post|role|job|seat))?"


# the past copula right before a title ("P was chief executive of X", "P served as CFO of X": not "P
# was named CEO", nor "P was its new CEO")
_WAS_TITLE = LazyPattern(
    # ("P served as CEO of X": the simple past, not "P has served as")
    # ("P served from 2012 to 2018 as CFO of X": a time between the verb and "as")
    r"(?i)(?:\b(?:was|were)|(?<!\b(?:has|have)[ \t]{1,3})\b(?:served|worked|acted|practi[sc]ed)"
    rf"{_TIME_BEFORE_AS}[ \t]+as)"
    r"[ \t]+"
    r"(?:(?:also|then|once|later|briefly|the|an?|its|their|his|her)[ \t]+)*\Z"
)
_NEW = regex.compile(r"(?i)(?:(?:the|an?|its|their|his|her)[ \t]+)?new\b")


# a tenure's end told after the office: "CEO of X from 1994 to 1997", "(1994-1997)", "until 2019"
_YEAR = r"(?:\w+[ \t]+){0,2}(?:1[89]|20)\d\d\b"
_ENDED = LazyPattern(
    rf"[ \t]*[,(]?[ \t]*(?:(?:from|between)[ \t]+{_YEAR}[ \t]*(?:to|until|till|through|and|[-–])[ \t]*{_YEAR}"
    rf"|(?:1[89]|20)\d\d[ \t]*[-–][ \t]*(?:1[89]|20)\d\d\b|until[ \t]+{_YEAR})"
)



def ended_after(text: str, end: int) -> bool:
    """Whether the tenure's end is told right after ``end`` in ``text``: "from 1994 to 1997", "until 2019"."""
    return _ENDED.match(text, end) is not None


# "her predecessor as CEO of X, P,": the office the person held before
_PREDECESSOR = regex.compile(r"(?i)\bpredecessors?[ \t]+(?:as[ \t]+)?(?:\w+[ \t]+)?\Z")
# a tenure word right before a company premodifying a title ("Ex-Norvale Energy CEO P")
# ("He is the retired Chairman of X": the adjective "retired" before the title)
_FORMER_BEFORE = regex.compile(r"(?i)(?:\bformer[ \t]+|\bretired[ \t]+|\bex-)\Z")
TENURE_WORD = regex.compile(r"(?i)(?:former|ex-|then-|outgoing|retired|late)[ \t]*")
# the verb of an office left, right before the title: "P resigned (stepped down) as T", "P was ousted
# as T", "X fired P as T"
_LEAVES_AS = regex.compile(
    r"\b(?:resign(?:s|ed|ing)?|retir(?:e|es|ed|ing)|(?:step(?:s|ped|ping)?|stand(?:s|ing)?|stood)\s+(?:down|aside)"
    r"|quit(?:s|ting)?|(?:was|were|been|being)\s+(?:ousted|fired|removed|dismissed|sacked|replaced|forced\s+out)"
    # (not an active "replaced": "A replaced B as T" gives A the office)
    r"|(?:ousted|fired|removed|dismissed|sacked|forced\s+out|left|departed|exited)\s+(?:\w+\s+)?)"
    r"\s+as\s+(?:its\s+|the\s+)?\Z"
    # ("P retired in 2021 as T", "P stepped down in May as T": a time between the verb and "as")
    # ("P resigned from her position as T", "P left his post as T": a role noun between)
    rf"|\b(?:resign(?:s|ed)?|retir(?:e|es|ed)|(?:step(?:s|ped)?|stood)\s+down|quit){_POSITION}{_TIME_BEFORE_AS}"
    r"\s+as\s+(?:its\s+|the\s+)?\Z"
    r"|\b(?:left|vacated|resigned\s+from|stepped\s+down\s+from)\s+(?:his|her|their|the)\s+(?:position|post|role|job|seat)"
    r"\s+as\s+(?:its\s+|the\s+)?\Z",
    regex.IGNORECASE,
)
