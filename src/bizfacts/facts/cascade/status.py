"""The status of a predication: negated, hypothetical, planned, announced or completed.

The verb group says most (modals, control words, tense, a light verb's own status); words
between a clause's subject and its trigger can deny it ("denied", "if") or end the deal it
tells ("terminated", "called off"): either gives no fact.
:class:`NoFact` is the reason a predication gives no fact (``bizfacts explain`` shows it).

>>> from bizfacts.facts.cascade.tokens import tokenize
>>> from bizfacts.facts.cascade.chunks import chunk
>>> from bizfacts.facts.cascade.clauses import predications
>>> text = "Acme said it agreed to buy Beta."
>>> [p] = predications(chunk(tokenize(text, 0, [])))
>>> _status(text, 0, p)
'planned'
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..._fact_types import Evidence
from ..._spans import DateMention, MoneyMention
from ..template import LazyPattern
from .chunks import Chunk
from .clauses import Predication
from .executive import REPORTED_OFFICE

# what a clause's own words can say against its fact, between its subject and its trigger
_DENIAL = LazyPattern(
    # ("no current plans to sell", "no immediate intention to")
    r"(?i)\b(?:den(?:y|ies|ied)|no\s+(?:current\s+|immediate\s+|further\s+)?(?:plans?|intention)|ruled?\s+out|if|whether|unless|rumou?r\w*|speculat\w*|"
    r"hypothetical|unlikely|would\s+consider|would\s+be\s+interested)\b"
)
# ... and what ends the deal it tells: "X said it terminated its agreement to acquire Y" (not a
# relative clause's own verb, "X, which withdrew from Canada, agreed to buy Y")
_ENDING = LazyPattern(
    r"(?i)\b(?:terminat\w*|called\s+off|scrapp\w*|abandon\w*|abort\w*|overturn\w*|veto(?:ed|es)?|collaps\w*|"
    r"reject\w*|withdr[ae]w\w*|block\w*|fell\s+through|walk(?:ed)?\s+away"
    # ("X dropped his bid to take Y private")
    r"|dropp(?:ed|ing)\s+(?:its|his|her|their|the)\s+(?:\w+\s+)?(?:bid|offer|plans?|proposal|pursuit)"
    # ("X ended talks to acquire Y", "broke off negotiations to buy Y")
    r"|(?:end(?:ed|s|ing)|broke\s+off|breaks\s+off)\s+(?:its\s+|their\s+|the\s+)?(?:\w+\s+)?"
    r"(?:talks|negotiations|discussions))\b"
)
# a negation right before the word that would end the deal: "X has not terminated its agreement"
_NOT_BEFORE = LazyPattern(r"(?i)\b(?:not|never|n't)[ \t]+(?:\w+[ \t]+)?\Z")
# an open quotation of a title before the trigger: 'the report titled "X to buy Y"'
# ... or of an example: 'read a card aloud, such as "X is in talks to buy Y"'
_QUOTED_TITLE = LazyPattern(
    r"(?i)\b(?:titled|entitled|headlined|captioned|such[ \t]+as|for[ \t]+(?:example|instance),?|e\.g\.,?)"
    r"[ \t]*[\"“‘'][^\"”’\n]*\Z"
)
# a denial whose reported clause the predication is: "X denied a market report that it (X) was
# preparing a bid for Y" (the reference resolved, the clause starts after "that")
_DENIED_BEFORE = LazyPattern(
    r"(?i)\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing))\b[^.;:]{0,80}\bthat[ \t]+\Z"
)
# a noun of hearsay whose clause the predication is: "Rumours that X would buy Y ..."
_HEARSAY_BEFORE = LazyPattern(
    r"(?i)\b(?:(?P<rumor>rumou?rs?|speculation|talk|chatter|whispers)|reports?|suggestions?|claims?)"
    r"[ \t]+that[ \t]+\Z"
)
# ... and the sentence's own verb denying it after the clause: "... were denied on Tuesday"
_DENIED_AFTER = LazyPattern(
    r"(?i)[^.;:!?]{0,200}?\b(?:was|were|ha(?:ve|s)[ \t]+been)[ \t]+(?:\w+[ \t]+)?"
    r"(?:denied|dismissed|rejected|refuted|rebuffed|played[ \t]+down|knocked[ \t]+down)\b"
)
# a condition opening the clause: "If X acquires Y, prices will rise", "Should X buy Y, ..."
_CONDITION_BEFORE = LazyPattern(r"(?i)\b(?:if|unless|whether|should)[ \t]+$")
# a hedge opening the clause: "there is a possibility (that) X will sell Y", "it is likely X buys Y"
_HEDGE_BEFORE = LazyPattern(
    r"(?i)\b(?:possibility|chance|likelihood|probability|possible|likely|conceivable)[ \t]+(?:that[ \t]+)?\Z"
)
# "its board rejected a bid from Y": the bid was made all the same
_REJECTED = LazyPattern(r"(?i)\b(?:reject\w*|spurn\w*|turn(?:ed|s)?\s+down|not\s+to\s+accept)\b")
_ACQUISITION_STATUS = {
    "agreed": "planned",
    "planned": "planned",
    "will": "planned",
    "shall": "planned",
    "option": "option",
    "rumored": "rumored",
    "announced": "announced",
}
_CONFIDENCE = 0.75
_PROMOTED_PENALTY = 0.15


def _status(text: str, clause_start: int, p: Predication) -> str | None:
    trigger = p.trigger
    if trigger is None:
        return "announced"
    if trigger.negated:
        return None
    if _CONDITION_BEFORE.get().search(text, max(0, clause_start - 10), clause_start) is not None:
        return None
    denial = _DENIAL.get().search(text, clause_start, trigger.end)
    if denial is not None and not _in_relative(
        text, clause_start, denial.start(), denial.end(), trigger.start
    ):
        return None
    if _DENIED_BEFORE.get().search(text, max(0, clause_start - 120), clause_start) is not None:
        return None
    if _QUOTED_TITLE.get().search(text, max(0, trigger.start - 160), trigger.start) is not None:
        return None  # 'the news item titled "X in talks to acquire Y"': a headline quoted, no fact told
    ending = _ENDING.get().search(text, clause_start, trigger.end)
    if ending is not None and (
        (p.predicate == "bid" and _REJECTED.get().fullmatch(ending.group()))  # (a bid rejected was made)
        or _NOT_BEFORE.get().search(text, max(clause_start, ending.start() - 16), ending.start()) is not None
        # ("X, which withdrew from Canada last year, agreed to buy Y": a relative clause's own verb)
        or text.find(",", ending.end(), trigger.start) >= 0
    ):
        ending = None
    if ending is not None:
        return None
    status = _verb_status(p, trigger)
    hearsay = _HEARSAY_BEFORE.get().search(text, max(0, clause_start - 40), clause_start)
    if hearsay is not None:
        if _DENIED_AFTER.get().match(text, trigger.end) is not None:
            return None  # "Rumours (reports) that X would buy Y were denied": no deal told
        if status in ("planned", "announced") and hearsay.group("rumor"):
            return "rumored"  # ("talk that X would bid for Y lifted its shares")
    if status in ("planned", "announced") and _HEDGE_BEFORE.get().search(
        text, max(0, clause_start - 40), clause_start
    ):
        return "rumored"  # ("there is a possibility the company will sell the smelter")
    return status


# a relative clause set off after the subject: "X, which has denied rumours that ..., agreed to buy Y"
_RELATIVE_OPEN = LazyPattern(r",[ \t]+(?:which|who)\b")


def _in_relative(text: str, clause_start: int, start: int, end: int, trigger_start: int) -> bool:
    """Whether the words at ``start:end`` lie in a relative clause closed before the trigger."""
    return (
        _RELATIVE_OPEN.get().search(text, clause_start, start) is not None
        and text.find(",", end, trigger_start) >= 0
    )


# the words that make a deal's noun group a deal only thought of
_POSSIBLE = frozenset({"possible", "potential"})


def _control(trigger: Chunk) -> str | None:
    """The status a control word opening ``trigger`` names ("considering": "rumored")."""
    return trigger.tokens[0].lex.value if trigger.tokens[0].lex is not None else None


def _completing_before_head(trigger: Chunk) -> bool:
    """Whether a verb group's verb follows a past light verb of completion with nothing between and
    no modal before ("finished buying", not "will complete buying", "finalized an agreement to sell")."""
    toks = trigger.tokens
    head = trigger.head[-1] if trigger.head else None
    if head is None or head not in toks:
        return False
    k = toks.index(head)
    if k == 0 or any(t.tag in "m!" for t in toks[:k]):
        return False
    light = toks[k - 1]
    return (
        light.tag == "Z"
        and light.lex is not None
        and light.lex.value == "completed"
        and light.text.casefold().endswith("ed")
    )


def _verb_status(p: Predication, trigger: Chunk) -> str | None:
    """The status the trigger's verb group tells (no word before it denying or ending the deal)."""
    mods = trigger.modality
    if any(m in ("hypo", "could", "might", "should") for m in mods) and "would" not in [
        t.text.casefold() for t in trigger.tokens
    ]:
        return None
    if trigger.char == "A" and any(t.text.casefold() in _POSSIBLE for t in trigger.tokens):
        return "rumored"  # "discussions regarding a possible offer for Y", "a potential sale of Y"
    if p.predicate == "bid" and trigger.char == "V" and any(t.text.lower() == "had" for t in trigger.tokens):
        return None  # "X had offered 14 dlrs a share for Y": an earlier bid the story has moved past
    if p.predicate == "bid":  # a bid or an offer is a plan until it completes
        if p.variant == "light-verb" and trigger.char == "G" and _control(trigger) == "rumored":
            return "rumored"  # "X is weighing (considering) a bid for Y": the bidder's own thought
        return "completed" if trigger.char == "Z" and trigger.predicate == "completed" else "planned"
    if trigger.char == "G":  # "is considering a sale of", "plans the sale of": the control word's own status
        value = _control(trigger)
        return _ACQUISITION_STATUS.get(value or "", "announced") if value != "neg" else None
    if trigger.char == "Z":  # "completed its acquisition of": the light verb's own status
        if trigger.predicate == "completed" and not mods:
            return "completed"
        if trigger.predicate == "announced" and not set(mods) - {"perfect"}:
            return "announced"  # ("has announced the acquisition of", "has signed an agreement for")
    if trigger.char == "V" and _completing_before_head(trigger):
        return "completed"  # "finished (completed) buying Y": a light verb of completion before the verb
    for m in mods:
        if m in _ACQUISITION_STATUS:
            return _ACQUISITION_STATUS[m]
        if m == "hypo":  # "said it would buy"
            return "planned"
    if trigger.form in ("past", "part") or "perfect" in mods:
        return "completed"
    return "announced"


# what may stand between a deal's noun group and its verb: prepositional phrases and their objects
_BEFORE_VERB = frozenset("tfrysiaonpCNRYMDdx9%K',")


def completed_after(chunks: Sequence[Chunk], i: int) -> bool:
    """Whether the verb of the clause whose subject is a deal's noun group, ending before chunk
    ``i``, says the deal is done: "X's sale of Y to Z was completed on Friday", "... closed".

    >>> from bizfacts.facts.cascade.tokens import tokenize
    >>> from bizfacts.facts.cascade.chunks import chunk
    >>> done = chunk(tokenize("The sale of the unit to Zeta was completed.", 0, []))
    >>> perfect = chunk(tokenize("The sale of the unit to Zeta has been completed.", 0, []))
    >>> expected = chunk(tokenize("The sale is expected to be completed.", 0, []))
    >>> valued = chunk(tokenize("The sale of the unit, valued at $4 billion, closed.", 0, []))
    >>> completed_after(done, 1), completed_after(perfect, 1), completed_after(expected, 1)
    (True, True, False)
    >>> completed_after(valued, 1)
    True
    """
    while i < len(chunks):
        if chunks[i].char in _BEFORE_VERB:
            i += 1
        elif (after := _set_off_participle(chunks, i)) is not None:
            i = after  # "The merger of X and Y, announced in January, was completed on Friday"
        else:
            break
    c = chunks[i] if i < len(chunks) else None
    # ("... has been completed": the perfect is no modality)
    return (
        c is not None
        and c.char == "Z"
        and c.predicate == "completed"
        and not c.negated
        and all(m == "perfect" for m in c.modality)
    )


# the participles that may describe a deal between commas: ", announced in January,", ", valued at
# $4 billion,"
_SET_OFF_PREDICATES = frozenset({"announced", "value"})


def _set_off_participle(chunks: Sequence[Chunk], i: int) -> int | None:
    """Where a participle of announcing or valuing set off by commas at chunk ``i`` ends (after
    its closing comma: ", announced in January,", ", valued at $4 billion,"), else None."""
    c = chunks[i]
    if not (c.char in "ZV" and i and chunks[i - 1].char == "," and len(c.tokens) == 1):
        return None
    if c.predicate not in _SET_OFF_PREDICATES or (c.char == "V" and c.form != "past"):
        return None
    j = i + 1
    while j < len(chunks) and j - i <= 6 and chunks[j].char in "inDdx9a~%M":
        j += 1
    return j + 1 if j < len(chunks) and chunks[j].char == "," else None


# the verb of a deal noun's clause that ends the deal: "X's purchase of Y fell through"
_ENDED = LazyPattern(
    r"(?i)(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:fell\s+through|falls\s+through|collapsed|failed|"
    r"terminated|called\s+off|scrapped|abandoned|blocked|cancell?ed|rejected|withdrawn|lapsed|expired|"
    r"fell\s+apart|falls\s+apart)\b"
)


# words in a deal's noun group that say the deal failed: "its unsuccessful bid for Y"
_FAILED_DEAL = frozenset(
    "unsuccessful failed abortive aborted abandoned collapsed scrapped thwarted ill-fated lapsed".split()
)


def failed_in_noun(noun: Chunk | None) -> bool:
    """Whether a deal's noun group says the deal failed ("X's unsuccessful bid for Y")."""
    return noun is not None and any(t.text.casefold() in _FAILED_DEAL for t in noun.tokens)


def ended_after(chunks: Sequence[Chunk], i: int, text: str) -> bool:
    """Whether the verb of the clause whose subject is a deal's noun group, ending before chunk
    ``i``, ends the deal: "X's purchase of Y fell through", "... was called off".

    >>> from bizfacts.facts.cascade.tokens import tokenize
    >>> from bizfacts.facts.cascade.chunks import chunk
    >>> s = "The sale of the unit to Zeta fell through."
    >>> ended_after(chunk(tokenize(s, 0, [])), 1, s)
    True
    """
    while i < len(chunks):
        if _ENDED.match(text, chunks[i].start) is not None:
            return True
        if chunks[i].char not in _BEFORE_VERB or chunks[i].text.casefold() in _SUBORDINATORS:
            return False  # ("..., two weeks after Y's board rejected a proposal": another clause's verb)
        i += 1
    return False


# words that open a clause of their own: what its verb ends is not the deal's noun
_SUBORDINATORS = frozenset(
    {"after", "before", "when", "since", "because", "while", "although", "as", "until"}
)


def option_before(chunks: Sequence[Chunk], p: Predication) -> bool:
    """Whether an option ("has an option to", "holds an option allowing it to") comes before the
    predication's trigger in its sentence."""
    end = p.trigger.end if p.trigger is not None else 0
    before = [t for c in chunks[: p.end] for t in c.tokens if t.end <= end]
    return any(t.lex is not None and t.lex.value == "option" for t in before)


class NoFact(Exception):
    """A predication that gives no fact, with the reason (shown by ``bizfacts explain``)."""


class PriceOnly(NoFact):
    """A payment that names no target ("Y was taken over by X, which paid $410 million for the
    business"): no fact of its own, but the price of the deal the same sentence tells X made."""

    def __init__(self, buyer: str, price: MoneyMention) -> None:
        super().__init__("no target named: the price of the deal the sentence tells, if any")
        self.buyer, self.price = buyer, price


_STAYING = frozenset({"remain", "stay"})


_MAY = frozenset({"could", "might", "may", "can"})  # modals of what may happen, not of what will


def _may_modal(chunks: Sequence[Chunk]) -> bool:
    """Whether a modal or a verb group among ``chunks`` holds "could", "might", "may" or "can"."""
    return any(t.text.casefold() in _MAY for c in chunks if c.char in "mV" for t in c.tokens)


def _negated_between(chunks: Sequence[Chunk], p: Predication) -> bool:
    """Whether the clause says its relation does not or may not hold ("is not headquartered in",
    "could own", "no longer owns"): acquisitions read their status from the verb group instead."""
    # "X said P would succeed N as T": a reported appointment, no hypothesis
    # ("X said P could become T if ...": only "would", "will" and "shall" report an office to come)
    reported = (
        p.frame == "TITLE"
        and p.variant in REPORTED_OFFICE
        and not _may_modal(chunks[p.start : p.end])
    )
    for i, c in enumerate(chunks[p.start : p.end], p.start):
        if c.char == "!" or c.negated:
            return True
        if c.char == "m" and not reported and c.tokens[0].lex is not None and c.tokens[0].lex.value == "hypo":
            if p.frame == "HQ" and i + 1 < len(chunks) and chunks[i + 1].text.casefold() in _STAYING:
                continue  # "X said its headquarters would remain in L": reported speech's "will"
            return True
        if c.char in "VZ" and ("neg" in c.modality or ("hypo" in c.modality and not reported)):
            return True  # ("X said P would take over as T": reported speech's "would")
    return False


def deal_date(dates: Sequence[DateMention]) -> DateMention | None:
    """The first day (or week) the sentence names: the date of the deal it tells."""
    return next((d for d in dates if d.kind == "point" and d.granularity in ("day", "week")), None)


def completed_deal_date(dates: Sequence[DateMention], p: Predication, ev: Evidence) -> DateMention | None:
    """A completed deal's date: the first day the sentence names, unless the deal's own clause names
    its year or month after the verb and that day stands outside the clause ("X, which bought a 70%
    stake in Y in 2021, said on Monday ...": 2021; "On Monday, X said it bought Y in 2021": 2021)."""
    day = deal_date(dates)
    own = year_or_month(dates, p, ev)
    if day is None or own is None or p.trigger is None:
        return day or own
    verb_end, own_start, own_end = (x - ev.start for x in (p.trigger.end, own.start, own.end))
    if (
        own_start >= verb_end
        and "," not in ev.text[verb_end:own_start]
        and (day.start < p.trigger.start or "," in ev.text[own_end : day.start - ev.start])
    ):
        return own
    return day


def confidence(promoted: int) -> float:
    """The cascade's confidence, less a step per promoted name (at most two)."""
    return round(max(0.05, _CONFIDENCE - _PROMOTED_PENALTY * min(promoted, 2)), 2)


def year_or_month(dates: Sequence[DateMention], p: Predication, ev: Evidence) -> DateMention | None:
    """A completed deal's month or year, when the sentence names one point of that size and no
    day, in the deal's clause: "In 2016 the family sold Y to Z", "and in 2024 acquired Y", "last
    expanded in 2023, when it acquired Y", "acquired in March 2022"; not "Y, which P started in
    1962, has been sold to Z" (a comma closes the date's clause before the deal's verb)."""
    at = p.trigger.start if p.trigger is not None else ev.start
    points = [
        d
        for d in dates
        if d.kind == "point"
        and d.granularity in ("month", "year")
        and d.relative is None
        and (
            d.start >= at
            or d.start - ev.start <= _OPENING_DATE  # ("In March 2022, X bought Y")
            or _CLAUSE_BEFORE_VERB.search(ev.text, d.end - ev.start, at - ev.start) is None
        )
    ]
    if points:
        # "In July 2021 we acquired A, and in October 2024 we acquired B": each deal's own clause, from
        # the ", and" that opens it to the next one ("X bought A in 2020 and later acquired B": the
        # second verb phrase from its "and")
        rel = at - ev.start
        cut = ev.text.rfind(" and " if p.variant == "coordinated-verb" else ", and ", 0, rel)
        lo = ev.start + cut if cut >= 0 else ev.start
        nxt = _next_clause(ev.text, rel)
        hi = ev.start + nxt if nxt >= 0 else ev.end
        own = [d for d in points if lo <= d.start < hi]
        verb = p.trigger.text if p.trigger is not None else None
        # (one date after the next ", and" stays the deal's unless that clause tells another deal with
        # the same verb: "X bought Y, and the deal closed in 2023"; one after a gerund clause is its own)
        gerund = nxt >= 0 and not ev.text.startswith(", and ", nxt)
        if len(points) > 1 or own or gerund or (verb and nxt >= 0 and verb in ev.text[nxt:]) or lo > ev.start:
            points = own
    return points[0] if len(points) == 1 else None


def _next_clause(sentence: str, at: int) -> int:
    """Where the clause after the deal's verb at ``at`` ends: at the next ", and" or at a gerund
    clause of time ("X bought Y for $5 mln after acquiring Z in 2021": 2021 is Z's) or at a
    relative clause; -1 if none."""
    m = _NEXT_CLAUSE.search(sentence, at)
    return m.start() if m is not None else -1


# ("X sold Y, which it bought in 2010, to Z": 2010 is the relative clause's)
_NEXT_CLAUSE = regex.compile(
    r", and |, (?:which|who|whose) |[ \t](?:after|before|since|while)[ \t]++[a-z]{2,20}ing\b"
)
_OPENING_DATE = 12  # how far into a sentence a date stands that opens it
# a comma between a date and the deal's verb, unless "when" opens the deal's clause after it
_CLAUSE_BEFORE_VERB = regex.compile(r",(?![ \t]+when\b)")


# the words of a deal noun group that make it no deal done ("its planned 2027 acquisition of Y")
_NOT_DONE = frozenset(
    {"proposed", "planned", "pending", "potential", "possible", "expected", "intended", "future"}
)


def dated_deal_noun(trigger: Chunk | None, dates: Sequence[DateMention]) -> bool:
    """Whether a deal's noun group holds its year or month ("its 2024 purchase of Y", "the March 2023
    acquisition of Y"): a deal dated so is one done (no word of a plan in the group)."""
    if trigger is None or trigger.char != "A":
        return False
    if any(t.text.casefold() in _NOT_DONE for t in trigger.tokens):
        return False
    return any(
        trigger.start <= d.start
        and d.end <= trigger.end
        and d.kind == "point"
        and d.granularity in ("year", "month")
        and d.value is not None
        for d in dates
    )
