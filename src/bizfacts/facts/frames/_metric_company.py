"""Whose figures: the cues that tell the company a financial metric's amount belongs to (a company
named right after the metric or the amount, a possessive, a relative clause, the subject of a
reporting verb, an unknown name opening the sentence) and the sentences that are about no company
(an economy's figures, a business of the company).  Read by :mod:`.financial_metric`.
"""

from __future__ import annotations

from typing import Any

import regex

from ..sentence import unknown_name
from ..template import LazyPattern, expand

# Sentences about an economy, not a company: no fallback to the company the text is about.
_MACRO = LazyPattern(
    r"(?i)\b(?:retail\s+sales|exports?|imports?|gdp|gross\s+(?:domestic|national)|economy|economic|"
    r"trade\s+(?:deficit|surplus|balance)|budget|inflation|money\s+supply|industry|industries|sector|"
    r"nation(?:al|wide)?|country|government|ministry|central\s+bank)\b"
)

# a business of the company after the metric word: "Turnover in the coffee business fell to M"
_SEGMENT_AFTER_METRIC = LazyPattern(
    r"(?i)\b(?:in|at|from)\s+(?:the|its|our)\s+(?:[\w-]+\s+){0,3}"
    r"(?:business|businesses|division|segment|unit|sector|arm|operations)\b"
)
_FOR_COMPANY = LazyPattern(
    # (not across a comma: "$612 million, while sales at Y fell" are Y's sales)
    expand(r"\s*(?:[^\s\ue000\ue001,;]+\s+){0,4}?(?:for|at|of)\s+{C:c}"), regex.IGNORECASE
)
_POSSESSIVE_BEFORE = LazyPattern(
    expand(r"{C:c}(?:'s?|’s?)\s+(?:[^\s\ue000\ue001]+\s+){0,3}$"), regex.IGNORECASE
)

_ITS_BEFORE = LazyPattern(r"(?i)\b(?:its|their)\s+(?:\w+\s+)?$")
_VERB_AFTER_SUBJECT = LazyPattern(
    expand(
        r"{C:c}(?:'s|’s)?\s+(?:[^\s\ue000\ue001]+\s+){0,3}?(?:had|has|have|reported|reports|posted|posts|recorded|"
        r"records|made|makes|earned|earns|lost|loses|expects|expected|sees|forecast|forecasts|generated|booked|"
        r"said|saw|turned|swung|narrowed|widened)\b"
    ),
    regex.IGNORECASE,
)
_RELATIVE_BEFORE = LazyPattern(
    expand(
        r"{C:c}(?:\s*<[^>\n]{1,12}>)?,\s+(?:which|that|whose)\s+(?:[^,;\ue000\ue001]|\ue000D\d+\ue001){0,60}$"
    ),
    regex.IGNORECASE,
)
_INDIRECT = LazyPattern(
    expand(
        r"(?:bring|brings|give|gives|earn|earns|generate|generates|deliver|delivers)\s+{C:c}\s+(?:[^\s\ue000\ue001]+\s+){0,2}$"
    ),
    regex.IGNORECASE,
)


# a capitalized name opening the sentence, then its figures' possessive or a reporting verb
_REPORTING_NAME = LazyPattern(
    # (after a fronted adverb or period: "Separately, Cascade reported", "For fiscal 2025, X expects")
    r"^[ \t\"“]*(?:(?:\p{Lu}\p{Ll}+ly|Meanwhile|Also|Earlier|Later|However|Overall"
    r"|(?:For|In|During|Over)[ \t][^,\n]{1,40}),[ \t]+)?(?P<name>\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,3}?)"
    r"(?:['’]s[ \t]+(?:(?:[\w-]+|\ue000D\d+\ue001)[ \t]+){0,2}?(?=(?i:revenue|revenues|sales|net|profit|profits|earnings|income|"
    r"operating|loss|ebitda|turnover))"
    # (a headline's present tense: "Quanta Cloud posts record Q3 revenue of $1.2 bln")
    r"|[ \t]+(?:reported|posted|recorded|booked|swung|returned|reports|posts|records|books|swings)\b"
    # (its guidance: "Zentra Pay expects full-year revenue of", "X raised its annual sales forecast")
    r"|(?P<guidance>[ \t]+(?:now[ \t]+)?(?:expects|forecasts?|sees|projects|anticipates|guided)\b"
    r"|[ \t]+(?:raised|lifted|cut|lowered|trimmed|reaffirmed|reiterated)[ \t]+its[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:forecast|outlook|guidance)\b)"
    # (a statement of its figures: "Tavolo Marine said first-half revenue rose 14% to")
    r"|(?P<said>[ \t]+said[ \t]+(?:that[ \t]+)?(?:its[ \t]+)?(?:(?:[\w-]+|\ue000D\d+\ue001)[ \t]+){0,2}?"
    r"(?=(?i:revenue|revenues|sales|net[ \t]+(?:profit|income|loss)|profit|profits|earnings|operating)\b)))"
)


def _reporting_name(template: str, topic: str | None) -> str | None:
    """The unknown name a sentence opens with as the company reporting its figures ("Hexatron's
    operating profit fell", "Ardent Mobility posted a loss", "Zentra Pay expects revenue of"); None
    for a place or a person's name, or a one-word name before a forecast verb (often an analyst).
    A short name of ``topic`` (the text's company) is the topic ("Cascade reported" in a text
    about Cascade Hollow Foods)."""
    m = _REPORTING_NAME.match(template, 0, min(len(template), 200))
    if m is None:
        return None
    if topic is not None and topic.split()[0].removesuffix("'s").removesuffix("’s") == m.group("name").split()[0]:
        return topic  # ("Oshman's net earnings" in a text about Oshman's Sporting Goods)
    if (m.group("guidance") is not None or m.group("said") is not None) and " " not in m.group("name"):
        return None  # "Morrison sees 1987 earnings at", "Morrison said sales": as often an analyst
    return unknown_name(m.group("name"))


# a relative clause open before a company slot: "Y, which sells milk under the Z brand, reported ...":
# the reporting verb after the clause is Y's, not Z's
_RELATIVE_OPEN = LazyPattern(r",[ \t]+(?:which|who|whose)\b[^,;.]*\Z")


def outside_relative(t: str, slot_at: int, slots: list[tuple[int, Any]]) -> Any | None:
    """The company slot before the relative clause that holds the slot at ``slot_at`` in the template
    ``t``, or None where no such clause holds it (``slots``: the template's company slots, in order)."""
    opener = _RELATIVE_OPEN.get().search(t, max(0, slot_at - 160), slot_at)
    if opener is None:
        return None
    before = [s for p, s in slots if p < opener.start()]
    return before[-1] if before else None
