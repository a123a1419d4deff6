"""The pronouns a sentence's own words resolve: "we" of a filing, "it" as a deal verb's object,
a sentence's opening "Its".

The anaphors of :mod:`bizfacts.facts.discourse` ("the company", "it said") name the company a
text speaks of; these name the one the sentence itself points to: a filing's "we" its company
(:func:`first_person`), "after rival Y agreed to acquire it" the company named before Y
(:func:`object_it`), "Its largest shareholder is Y" the previous sentence's subject
(:func:`opening_its`).

>>> t = "In March 2023, we acquired Fenwick Controls for $22.5 million."
>>> first_person(t, 0, len(t), [], "Tollbridge Systems")
[(15, 17, 'Tollbridge Systems')]
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence

from .._spans import CompanyMention
from .discourse_state import Entities
from .named_references import joined_names, not_named_after
from .template import LazyPattern

# "we" of a filing or a release speaking for its company, before a verb of deals or of having
_WE = LazyPattern(
    # ("We've signed to buy Y": the contraction's "we" read as "we have")
    r"\b(?:We|we)\b(?=(?:'ve|’ve)?\s+(?:also\s+|have\s+|had\s+|recently\s+|previously\s+)?(?:acquired|bought|purchased|sold|"
    r"divested|completed|agreed|signed|entered|formed|merged|invested|raised|own|operate|conduct|hold|have|had|opened|moved|relocated|"
    r"acquire|buy|sell|announced|closed|launched|partnered|teamed|are\s+(?:headquartered|based)|"
    # "we target revenue of NOK 9 billion", "we generated revenues of $312 million": the figures' company
    r"target|expect|generated|reported|recorded|posted|earned|delivered|achieved|hired|named|appointed)\b)"
    # "We're based in Portland, Oregon": a speaker's or a writer's company
    r"|\b(?:We|we)(?:'re|’re)(?=\s+(?:based|headquartered|partnering|teaming|acquiring|buying|selling)\b)"
    r"|\b(?:We|we)\b(?=\s+are\s+(?:partnering|teaming|acquiring|buying|selling)\b)"
    # "We are a wholly owned subsidiary of X", "we are an indirect subsidiary of X": the filer is X's unit
    r"|\b(?:We|we)\b(?=\s+(?:are|became|have\s+been)\s+(?:a|an)\s+(?:(?:wholly|majority|indirect|direct|"
    r"wholly-owned|owned|consolidated|controlled|operating)\s+){0,3}(?:subsidiary|unit|division)\s+of\b)"
    # "We are the parent company of the following subsidiaries:": the filer owns them
    r"|\b(?:We|we)\b(?=\s+are\s+the\s+(?:ultimate\s+)?(?:parent|holding)\s+company\s+(?:of|for)\b)"
    # "P joined us as Chief Financial Officer": the office at the writing company
    # ("P joins us on May 19 as Chief Financial Officer": a date before "as")
    r"|(?<=\b(?:joined|joins|rejoined|will[ \t]join)[ \t]{1,3})us\b"
    r"(?=[ \t]+(?:(?:on|in)[ \t][\w ,]{1,24}?[ \t])?as\b)"
    # "Our principal executive offices are located in L": the filing's company and its offices
    # ("Our corporate headquarters, located in L, consists of ...")
    r"|\b(?:Our|our)\b(?=\s+(?:[\w-]+\s+){0,2}(?:headquarters|offices|office)"
    r"(?:\s+(?:is|are|remains?)|,\s+(?:located|situated))\b)"
    # "We were founded in 2004 and are headquartered in L": the filer's place, after its founding
    r"|\b(?:We|we)\b(?=\s+were\s+(?:founded|incorporated|formed|organized|organised|established)\b[^.;]{0,60}?"
    r"\band\s+are\s+(?:headquartered|based)\b)"
    # "we moved our headquarters to Manchester last year": the speaker's or the writer's company
    r"|(?<=\b(?:moved|relocated|moving|relocating|move|relocate)[ \t]{1,3})\bour\b"
    r"(?=[ \t]+(?:head[ \t]+office|headquarters)\b)"
    # "Our common stock trades on EXCH": the filer's shares
    # ("Our ADSs have been listed on EXCH": depositary shares)
    r"|\b(?:Our|our)\b(?=\s+(?:common\s+|ordinary\s+|Class\s+[AB]\s+(?:common\s+|ordinary\s+)?)?"
    r"(?:stock|shares|ADSs|ADRs|American\s+Depositary\s+Shares)\s+"
    r"(?:is|are|trades?|(?:has|have)\s+been\s+(?:listed|quoted|traded))\b)"
    # "Y will acquire all of our outstanding shares": the filing's company, bought
    r"|(?<=\ball[ \t]of[ \t])\bour\b"
    r"(?=\s+(?:(?:issued|outstanding|common|ordinary)\s+(?:and\s+)?){0,3}(?:stock|shares)\b)"
    # "X owns 68.0% of our shares": the filing's company
    r"|(?<=(?:%|\bpercent|\bper[ \t]cent)[ \t]{1,3}of[ \t]{1,3})\b(?:our)\b"
    r"(?=\s+(?:(?:common|ordinary|outstanding|issued|voting)\s+){0,3}(?:stock|shares)\b)"
    # "P, our President and Chief Executive Officer,": the office at the letter's or the filing's company
    r"|(?<=,[ \t]{1,3})\bour\b(?=[ \t]+(?:(?:co-)?founder|President|Chair|Chairman|Chairwoman|Chief|"
    r"CEO|CFO|COO|CTO|Executive|Senior|Vice|General[ \t]+Counsel|Managing|Treasurer|"
    r"Corporate[ \t]+Secretary)\b)"
    # "Our largest shareholder, X, owns 22% of our shares": the letter's or the filing's company
    r"|\b(?:Our|our)\b(?=\s+(?:largest|biggest|main|major|principal|controlling|majority)\s+"
    r"(?:shareholders?|stockholders?|(?:outside\s+)?investors?)\b)"
)


# what a sentence holds where :data:`_WE` may match ("We're": "e're")
_FIRST_PERSON_WORDS = ("we ", "We ", "our ", "Our ", " us ", "e're", "e’re", "e've", "e’ve")


def first_person(
    text: str,
    start: int,
    end: int,
    companies: Sequence[CompanyMention],
    company: str | None,
    earlier: Sequence[CompanyMention] = (),
) -> list[tuple[int, int, str]]:
    """(start, end, name) for each "we" of the sentence that speaks for ``company`` (the company a
    filing defines, else the one the text is about): "In March 2023, we acquired Y".  A "we"
    inside a quotation is its speaker's company (:func:`speaker_company`; else, among the text's
    companies ``earlier``, the one the attribution of the quotation just before names), or no one's.

    >>> t = "In March 2023, we acquired Fenwick Controls for $22.5 million."
    >>> first_person(t, 0, len(t), [], "Tollbridge Systems")
    [(15, 17, 'Tollbridge Systems')]
    """
    sentence = text[start:end]
    if not any(w in sentence for w in _FIRST_PERSON_WORDS):
        return []
    out = []
    speaker: str | None = None
    speaker_read = False
    starts = [c.start for c in companies]  # (in text order: the overlap test reads the last few only)
    for m in _WE.finditer(text, start, end):
        hi = bisect.bisect_left(starts, m.end())
        if any(m.start() < c.end for c in companies[max(0, hi - 4) : hi]):
            continue
        if not _quoted(text, start, m.start()):
            speaking = _label_company(text, m.start(), earlier) or company
            if speaking is not None:
                out.append((m.start(), m.end(), speaking))
            continue
        if not speaker_read:
            speaker = speaker_company(text, start, end, companies) or _previous_speaker(text, start, earlier)
            speaker_read = True
        if speaker is not None:
            out.append((m.start(), m.end(), speaker))
    return out


# a transcript's speaker label opening the line: "Mark Stoll, CEO, Arden Logistics: Sure. We ..."
_LABEL_REACH = 400  # how far after its speaker label a line's "we" may stand
_LABEL = LazyPattern(r"[ \t]*(\p{Lu}[^\n:.!?]{2,100}?):[ \t]")


def _label_company(text: str, at: int, companies: Sequence[CompanyMention]) -> str | None:
    """The one company a speaker label opening the line of ``at`` names ("P, CEO, X: ... we closed
    ..." speaks for X), or None.

    >>> t = "Mark Stoll, CEO, Arden Logistics: Sure. We closed the deal."
    >>> from bizfacts import extract_companies
    >>> _label_company(t, t.index("We"), extract_companies(t))
    'Arden Logistics'
    """
    lo = max(0, at - _LABEL_REACH)  # (a bounded look back: a long line of many "we" stays linear)
    line = text.rfind("\n", lo, at) + 1
    if line == 0 and lo > 0:
        return None
    m = _LABEL.match(text, line, at)
    if m is None:
        return None
    named = {c.name for c in _between(companies, m.start(1), m.end(1)) if c.kind == "company"}
    return named.pop() if len(named) == 1 else None


def _between(companies: Sequence[CompanyMention], lo: int, hi: int) -> Sequence[CompanyMention]:
    """The mentions of ``companies`` (in text order) inside ``lo``..``hi``, found by bisection: a
    document of many lines asks once a line, and stays linear."""
    first = bisect.bisect_left(companies, lo, key=_START)
    last = bisect.bisect_left(companies, hi, key=_START, lo=first)
    return [c for c in companies[first:last] if c.end <= hi]


_START = operator.attrgetter("start")


# a verb of saying outside the quotation: '"We have agreed to buy Y," said P, chief executive of X.'
_SAYING = LazyPattern(r"\b(?:said|says|say|added|adds|told|explained|commented|stated)\b")
# the quotation marks a sentence may hold
_QUOTE_MARKS = LazyPattern(r"[\"“”]")


def speaker_company(text: str, start: int, end: int, companies: Sequence[CompanyMention]) -> str | None:
    """The company a quotation's "we" speaks for: the one company the sentence names outside the
    quotation, beside a verb of saying ('"We have agreed to buy Y," said P, chief executive of X.':
    X); None when the sentence names none or several there, or tells no saying.

    >>> t = '"We have sold our Lisbon unit," said P. Reyes, chief executive of Varn Logistics.'
    >>> from bizfacts import extract_companies
    >>> speaker_company(t, 0, len(t), extract_companies(t))
    'Varn Logistics'
    """
    marks = [m.start() for m in _QUOTE_MARKS.finditer(text, start, end)]
    if len(marks) < 2:
        return None
    opened, closed = marks[0], marks[-1]
    outside = [c for c in companies if c.kind == "company" and (c.end <= opened or c.start > closed)]
    if len({c.name for c in outside}) != 1:
        return None
    if not (_SAYING.search(text, start, opened) or _SAYING.search(text, closed, end)):
        return None
    return outside[0].name


def _previous_speaker(text: str, start: int, companies: Sequence[CompanyMention]) -> str | None:
    """The company of the speaker a quotation's earlier part named, when the sentence at ``start``
    goes on quoting (or opens the next quotation of the same speaker): '"Sarah knows fleets," said
    P, chief executive of X. "We acquired Y in January."' (X); None when the words after the last
    quotation before name no saying or not exactly one company.

    >>> t = '"Sarah knows fleets," said Ann Roe, chief executive of Harbor Lane Logistics. "We bought Y."'
    >>> from bizfacts import extract_companies
    >>> _previous_speaker(t, t.index('"We'), extract_companies(t))
    'Harbor Lane Logistics'
    """
    close = max(text.rfind('"', 0, start), text.rfind("”", 0, start))
    if close < 0 or start - close > _ATTRIBUTION_REACH:
        return None
    if not _SAYING.search(text, close, start):
        return None
    named = {c.name for c in _between(companies, close + 1, start) if c.kind == "company"}
    return named.pop() if len(named) == 1 else None


_ATTRIBUTION_REACH = 160  # how far after a quotation its attribution ends


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether ``at`` stands inside a quotation opened after ``start``: '"We have sold 20 pct of
    the notes," a trader said' (a quotation's "we" is the speaker's, not the filer's)."""
    before = text[start:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


# "it" as the object of a deal verb: "after rival Y agreed to acquire it"
_IT_OBJECT = LazyPattern(
    r"\b(?:acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchased|take\s+over|"
    r"took\s+over|taken\s+over)\s+(?P<it>it)\b(?!\s+(?:was|is|has|had|would|will|said)\b)"
)


_RELATIVE_BEFORE = LazyPattern(r"\b(?:which|that|who)\s+(?:[\w-]+\s+){0,2}\Z")
# "X said the new funding values it at $800 million": a deal noun's valuation of the company before it
_IT_VALUED = LazyPattern(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:funding|financing|round|investment|deal|transaction|offer)\s+"
    r"(?:values|valued|would\s+value|will\s+value)\s+(?P<it>it)\s+at\b"
)


def object_it(
    text: str, start: int, end: int, companies: Sequence[CompanyMention], ents: Entities
) -> list[tuple[int, int, str]]:
    """(start, end, name) for an "it" that a deal verb takes as its object: the company named
    before the verb's own subject in the sentence ("Shares of X jumped after rival Y agreed to
    acquire it": X), else the previous sentence's subject when the sentence names one company;
    the company named before a deal noun that "values it at" an amount ("X said the new funding
    values it at $800 million": X).

    >>> t = "Shares of Delmar Pharma jumped after rival Cygnet Bio agreed to acquire it."
    >>> from bizfacts import extract_companies
    >>> object_it(t, 0, len(t), extract_companies(t), Entities())
    [(72, 74, 'Delmar Pharma')]
    """
    out: list[tuple[int, int, str]] = []
    for m in _IT_OBJECT.finditer(text, start, end):
        if _RELATIVE_BEFORE.search(text, max(start, m.start() - 30), m.start()):
            continue  # "Y is a unit of X, which acquired it in 2008": the clause reader's
        before = [c for c in companies if c.end <= m.start() and c.kind == "company"]
        if not before:
            continue
        agent = before[-1].name
        others = [c.name for c in before if c.name != agent]
        name = others[-1] if others else ents.prev_subject
        if name and name != agent:
            out.append((m.start("it"), m.end("it"), name))
    for m in _IT_VALUED.finditer(text, start, end):
        before = [c for c in companies if c.end <= m.start() and c.kind == "company"]
        if before:
            out.append((m.start("it"), m.end("it"), before[-1].name))
    return out


# "Its largest shareholder is Y", "Its chief executive, P, said": a sentence opening with "Its"
_ITS_OPENING = LazyPattern(r"[ \t\n]*[\"“‘']?(?P<it>It)s[ \t]")


def opening_its(
    text: str, start: int, end: int, ents: Entities, companies: Sequence[CompanyMention] = ()
) -> list[tuple[int, int, str]]:
    """(start, end, name) for the "It" of a sentence opening with "Its", which speaks of the previous
    sentence's subject, or of the company named last when the sentence's ``companies`` name that
    subject as the one its people join ("X bought Y. Its founder will join X": Y's founder); [] for
    any other sentence.  (The cascade reads "It" + "s" as a possessive.)

    >>> opening_its("Its parent is Y.", 0, 16, Entities(prev_subject="Acme"))
    [(0, 2, 'Acme')]
    >>> from bizfacts import extract_companies
    >>> t = "Its founder will join Acme Inc."
    >>> opening_its(t, 0, 31, Entities(prev_subject="Acme", recent=("Acme", "Brio")), extract_companies(t))
    [(0, 2, 'Brio')]
    """
    m = _ITS_OPENING.match(text, start, end)
    if m is None or not ents.prev_subject:
        return []
    namesake = founder_namesake(text, m.end(), end, ents)
    if namesake is not None:
        return [(m.start("it"), m.end("it"), namesake)]
    named = joined_names(text, companies, m.end("it"))
    return [(m.start("it"), m.end("it"), not_named_after(ents, ents.prev_subject, named))]


def founder_namesake(text: str, pos: int, end: int, ents: Entities) -> str | None:
    """The company a founder named right after "Its" at ``pos`` gave the surname to ("X bought Trent
    Foundry. Its founder, Jim Trent, will stay": Trent Foundry), among the companies named lately
    other than the previous sentence's subject; None when there is no such one company.

    >>> founder_namesake("Its founder, Jim Trent, stays.", 4, 30, Entities(prev_subject="Harlow",
    ...     recent=("Harlow", "Trent Foundry")))
    'Trent Foundry'
    """
    founder = _FOUNDER_NAMED.match(text, pos, end)
    if founder is None:
        return None
    surname = founder.group("surname")
    namesakes = {n for n in ents.recent if n.split()[0] == surname and n != ents.prev_subject}
    return namesakes.pop() if len(namesakes) == 1 else None


# "Its founder, Jim Trent," / "Its co-founder and chief executive Ana Brill": the founder's surname
_FOUNDER_NAMED = LazyPattern(
    r"(?:co-)?founders?(?:[ \t]+and[ \t]+[\w -]{1,30}?)?,?[ \t]+(?:\p{Lu}[\w.'’-]*[ \t]+){1,3}?"
    r"(?P<surname>\p{Lu}[\w'’-]+)\b(?![ \t]+\p{Lu})"
)


# "X announced that its Board of Directors resolved to acquire Y": the board speaks for the company
_ITS_BOARD = LazyPattern(
    r"(?i)\b(?:its|their)[ \t]+(?:(?:management|supervisory|executive)[ \t]+)?board"
    r"(?:[ \t]+of[ \t]+directors)?"
    r"(?=[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+)?(?:unanimously[ \t]+)?(?:resolved|decided|agreed|voted)"
    r"(?:[ \t]+at[ \t]+(?:a|its)[ \t]+meeting[^,.;]{0,30}?)?[ \t]+to\b)"
)


def its_board(
    text: str, start: int, end: int, companies: Sequence[CompanyMention]
) -> list[tuple[int, int, str]]:
    """(start, end, name) for "its Board of Directors" before a verb of deciding and its infinitive
    ("resolved (at a meeting held today) to acquire"): the company named before it in the sentence,
    whose board speaks for it.

    >>> from bizfacts import extract_companies
    >>> t = "Kurobe Seiki Co., Ltd. announced that its Board of Directors resolved to acquire Y."
    >>> its_board(t, 0, len(t), extract_companies(t))
    [(38, 60, 'Kurobe Seiki')]
    """
    out = []
    for m in _ITS_BOARD.finditer(text, start, end):
        before = [c for c in companies if c.end <= m.start() and c.kind == "company"]
        if before:
            out.append((m.start(), m.end(), before[-1].name))
    return out


# the fields of each fact type that name a company, the one most likely the clause's subject first
