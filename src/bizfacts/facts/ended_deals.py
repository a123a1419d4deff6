"""Deals the text says were ended: an agreed deal is no fact once the text tells, in a sentence
naming both its parties, that it was blocked, terminated, abandoned or called off ("A federal
judge blocked X from buying Y", "X dropped its bid for Y", "X and Y called off their merger"),
or, in a sentence naming no company, that "the deal" (the last one told before) was.

The sentence that tells of the deal may come before or after the one that ends it ("Arroway had
agreed last year to pay $2.3 billion for Denholm"). Only deals not done are dropped (planned,
announced, rumored): an ending does not undo a completed deal. An ending told as a threat or an
attempt ("sued to block", "could scrap"), or as an earlier attempt ("abandoned an earlier bid
for Y in 2019"), or in the same sentence as the deal ends nothing.

>>> import bizfacts
>>> t = ("Halvard Capital agreed in March to buy Tesk Mining for $400 million. "
...      "On Friday a judge blocked Halvard Capital from buying Tesk Mining.")
>>> [f.type for f in bizfacts.extract_facts(t)]
[]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .._fact_types import AcquisitionFact, AnyFact
from .._sentences import sentence_spans
from .._spans import CompanyMention
from .template import LazyPattern

# a verb or phrase that ends a deal ("blocked X from buying Y", "terminated the merger agreement",
# "dropped its bid for Y", "walked away from the deal", "pulled out of talks"), a deal's word after it
# (not "the exchange halted trading")
_ENDING = LazyPattern(
    r"(?i)\b(?:block(?:s|ed)|halt(?:s|ed)|terminat(?:es|ed)|scrap(?:s|ped)|abandon(?:s|ed)"
    r"|call(?:s|ed)[ \t]+off|walk(?:s|ed)[ \t]+away[ \t]+from|pull(?:s|ed)[ \t]+out[ \t]+of"
    r"|drop(?:s|ped)|withdr(?:ew|aws|awn)|fell[ \t]+through|collapsed)\b"
    r"(?![ \t]+trading)(?=(?:[ \t]+[\w'’-]+){0,6}?[ \t]+(?:deal|merger|acquisition|takeover|combination"
    r"|purchase|sale|bid|offer|transaction|agreement|buying|acquiring|merging|buyout|talks)\b)"
)
# a deal's noun before its ending told in the passive ("the deal was terminated", "the merger
# agreement has been called off", "talks collapsed")
_ENDED_DEAL = LazyPattern(
    r"(?i)\b(?:deal|merger|acquisition|takeover|transaction|combination|bid|offer|talks|agreement)[ \t]+"
    r"(?:(?:was|were|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+(?:\w+[ \t]+)?"
    r"(?:blocked|halted|terminated|scrapped|abandoned|called[ \t]+off|withdrawn|dropped)"
    r"|(?:fell[ \t]+through|collapsed|fell[ \t]+apart))\b"
)
# before the ending verb: a threat, an attempt or a modal ("sued to block", "could scrap", "may
# terminate", "threatened to walk away from")
_NOT_YET = LazyPattern(r"(?i)\b(?:to|could|may|might|would|will|can|not|never)[ \t]+\Z")
# a condition before the ending verb in its sentence: "a fee if it walks away from the deal"
_CONDITION = LazyPattern(r"(?i)\b(?:if|unless|should|whether|in[ \t]+the[ \t]+event)\b")
# an earlier attempt told beside the ending: "abandoned an earlier bid", "in 2019", "last year"
_EARLIER = LazyPattern(
    r"(?i)\b(?:earlier|previous|previously|prior|former|first)[ \t]+(?:attempt|bid|offer|approach|try|deal)"
    r"|\b(?:in|since)[ \t]+(?:19|20)\d\d\b|\blast[ \t]+(?:year|decade)\b|\byears[ \t]+ago\b"
)
# a deal told by its noun alone, in a sentence that names no company ("the deal was terminated",
# "the two companies called off the merger")
_THE_DEAL = LazyPattern(
    r"(?i)\b(?:the|their)[ \t]+(?:proposed[ \t]+|planned[ \t]+|pending[ \t]+)?"
    r"(?:deal|merger|acquisition|takeover|transaction|combination)\b"
)
# the deals an ending may undo
_OPEN = frozenset({"planned", "announced", "rumored"})


def without_ended(text: str, facts: list[AnyFact], companies: Sequence[CompanyMention]) -> list[AnyFact]:
    """``facts`` without the deals not done that a sentence of ``text`` naming both parties ends."""
    open_deals = [
        f for f in facts if isinstance(f, AcquisitionFact) and f.status in _OPEN and f.acquirer and f.target
    ]
    if not open_deals:
        return facts
    not_yet = _NOT_YET.get()
    endings = [
        m for m in _ENDING.get().finditer(text) if not not_yet.search(text, max(0, m.start() - 8), m.start())
    ]
    endings += _ENDED_DEAL.get().finditer(text)
    if not endings:
        return facts
    spans = sentence_spans(text)
    span_starts = [s for s, _e in spans]
    starts = [c.start for c in companies]  # (text order: a sentence's companies found by bisection)
    ended: set[tuple[str | None, str, int, int]] = set()  # (buyer, target, the ending sentence's bounds)
    for m in endings:
        k = bisect.bisect_right(span_starts, m.start()) - 1
        if k < 0:
            continue
        s, e = spans[k]
        if _EARLIER.get().search(text, s, e) is not None or _CONDITION.get().search(text, s, m.start()):
            continue
        names = {c.name for c in companies[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]}
        ended.update((f.acquirer, f.target, s, e) for f in open_deals if {f.acquirer, f.target} <= names)
        if not names and _THE_DEAL.get().search(text, s, e) is not None:
            # "In June the deal was terminated": the last deal not done told before the sentence
            before = [f for f in open_deals if f.evidence.end <= s]
            if before:
                last = max(before, key=lambda f: f.evidence.start)
                ended.add((last.acquirer, last.target, s, e))
    if not ended:
        return facts
    # (a deal told in the ending sentence itself is a new one: "X, which scrapped its bid, agreed ...")
    return [
        f
        for f in facts
        if not (
            isinstance(f, AcquisitionFact)
            and f.status in _OPEN
            and any(
                f.acquirer == a and f.target == t and not s <= f.evidence.start < e for a, t, s, e in ended
            )
        )
    ]
