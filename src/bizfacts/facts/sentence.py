"""What the frame builders know of one sentence, and the helpers they read its template with.

A :class:`Sentence` holds the sentence's template (its text with every mention a slot, see
:mod:`bizfacts.facts.template`) and what the document tells about it: the company the text
was last about, the company the document is about, the dateline's city.  The helpers read
roles from a match's groups: a company slot's name (:func:`company_name`), a money or
percent mention (:func:`slot_mention`), the sentence's grammatical subject, roughly
(:func:`sentence_subject`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex

from .._fact_types import Evidence
from .._spans import CompanyMention, DateMention
from . import lexicon as L
from .rule import Rule
from .template import OPEN, LazyPattern, Slot, Template

# Each slot kind's token: a template contains it when the sentence has a mention of that kind.
C_SLOT = OPEN + "C"
M_SLOT = OPEN + "M"
P_SLOT = OPEN + "P"
U_SLOT = OPEN + "U"
D_SLOT = OPEN + "D"


def usable(m: CompanyMention) -> bool:
    """A company mention that may fill a role: not a mere organization (a ministry, a court)."""
    return m.kind != "organization"


def company_name(tpl: Template, token: str | None) -> str | None:
    """The name of the company slot ``token`` (a match group's text), if it is one and usable."""
    slot = tpl.slot(token)
    if slot is None or slot.kind != "C" or slot.name is None:
        return None
    if slot.mention is not None and not usable(slot.mention):
        return None
    return slot.name


def company_names(tpl: Template, token: str | None) -> tuple[str, ...]:
    """The names of the usable company slots in ``token`` ("A, B and C"), each once, in order."""
    out: list[str] = []
    for slot in tpl.slots_in(token):
        if (
            slot.kind == "C"
            and slot.name
            and (slot.mention is None or usable(slot.mention))
            and slot.name not in out
        ):
            out.append(slot.name)
    return tuple(out)


def uses_anaphor(tpl: Template, *tokens: str | None) -> bool:
    """True when a slot in ``tokens`` is a resolved anaphor ("the company"): the fact's confidence drops."""
    return any(s.anaphor for t in tokens for s in tpl.slots_in(t))


def slot_mention(tpl: Template, token: str | None, kind: type[Any]) -> Any:
    """The mention of the slot ``token`` if it is a ``kind`` (``MoneyMention``, ``PercentMention``, ...)."""
    slot = tpl.slot(token)
    if slot is None or not isinstance(slot.mention, kind):
        return None
    return slot.mention


def group(m: regex.Match[str], name: str) -> str | None:
    """The text of group ``name`` of ``m``; None when the rule has no such group or it did not take part."""
    try:
        return m.group(name)
    except IndexError:
        return None


# Patterns are compiled once: a ``regex.sub(r"...")`` call looks its pattern up in the module's cache.
SPACES = LazyPattern(r"\s+")
_QUOTED = LazyPattern(r"\"[^\"\n]*\"?|“[^”\n]*”?")
# "Tencent-backed", "Sony-owned": a company used as a modifier of the noun that follows
_MODIFIER_AFTER = LazyPattern(r"-(?:backed|owned|controlled|funded|led|run|supported|affiliated)\b")


def modifies_next(text: str, end: int) -> bool:
    """Whether the company ending at ``end`` in ``text`` modifies the noun after it ("Tencent-backed Y").

    >>> modifies_next("Tencent-backed Y", 7), modifies_next("Tencent-made Y", 7)
    (True, False)
    """
    return text.startswith("-", end) and _MODIFIER_AFTER.match(text, end) is not None


# what may follow a company's name on a title line naming it alone: a legal suffix, a ticker
# in brackets ("Vellacourt Technologies, Inc. (NYSE: VLCT)")
_TITLE_LINE_REST = regex.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:\n|\Z)")


def heads_document(text: str, start: int, end: int) -> bool:
    """Whether the company mention ``start``-``end`` is the document's first line on its own, a
    title: "Vellacourt Technologies, Inc. (NYSE: VLCT)" above a call's transcript, "Ostervaal"
    above an encyclopedia article.

    >>> heads_document("Tallyroot Inc\\nTallyroot makes ...", 0, 13), heads_document("Tallyroot buys Y", 0, 9)
    (True, False)
    """
    return not text[:start].strip() and _TITLE_LINE_REST.match(text, end) is not None


def sentence_subject(tpl: Template, outside_quotes: bool = False) -> str | None:
    """The first usable company slot of the sentence, if it comes early (the grammatical subject, roughly).

    With ``outside_quotes``, a company named inside a quotation is nobody's employer
    ('CEO Jane Roe said: "Riverina gives us ..."').
    """
    t = tpl.template
    quoted: list[tuple[int, int]] = []
    if outside_quotes and ('"' in t or "“" in t or "”" in t):
        quoted = [q.span() for q in _QUOTED.finditer(t)]
        # a quotation begun in an earlier sentence ends in this one: '... systems," managing director X said'
        close = t.find("”")
        if close >= 0 and not 0 <= t.find("“") < close:
            quoted.append((0, close))
        elif t.count('"') % 2 == 1 and not t.lstrip().startswith('"'):
            quoted.append((0, t.find('"')))
    for pos, kind, i in tpl.positions:
        if kind != "C":
            continue
        if pos > 80:
            return None
        if any(a <= pos < b for a, b in quoted):
            continue
        slot = tpl.slots[i]
        if slot.name and (slot.mention is None or usable(slot.mention)):
            return slot.name
    return None


_OPENING_WORD = LazyPattern(
    r"^[\W_]*(?:(?:Separately|Meanwhile|However|Also|But|And|In|On|At|For|By),?\s+)?(\p{Lu}[\p{L}&'’.-]*)"
)


def unknown_subject(tpl: Template) -> bool:
    """True when the sentence opens with a capitalized word that is no known mention: an undetected name.

    Falling back to the company the text was last about would then credit the wrong company.
    """
    m = _OPENING_WORD.match(tpl.template)
    if m is None:
        return False
    word = m.group(1).rstrip(".")
    if word.casefold().removeprefix("co-") in _TITLE_OPENERS:
        return False  # "Co-founder P has been CEO since 2014": a title opens the sentence, no name
    return word not in L.COMMON_OPENERS and not word.isupper()


# titles that open a sentence before a person's name ("Founder P said", "Chairman P said")
_TITLE_OPENERS = frozenset({"founder", "cofounder", "chairman", "chairwoman", "chair", "president"})


def unknown_name(name: str) -> str | None:
    """``name``, a capitalized group no extractor took, if it may be a company: None when it is
    a place or opens with a common opener, an honorific ("Sheikh") or a person's given name or surname.

    >>> [unknown_name(n) for n in ("Hexatron", "Texas", "John Smith", "Sheikh Omar")]
    ['Hexatron', None, None, None]
    """
    from ..people import is_honorific
    from .cascade.names import _people_parts, is_place  # (the cascade reads this module)

    first = name.split()[0]
    given, surnames = _people_parts()
    if (
        is_place(name)
        or is_place(first)
        or first in L.COMMON_OPENERS
        or first in given
        or first in surnames
        or is_honorific(first)
    ):
        return None
    return name


def slots_of(tpl: Template, kind: str, after: int = 0) -> list[tuple[int, Slot]]:
    """(position, slot) of the slots of one kind, in template order, from ``after`` on."""
    return [(p, tpl.slots[i]) for p, k, i in tpl.positions if k == kind and p >= after]


def deal_date(tpl: Template) -> DateMention | None:
    """The first day (or week) the sentence names: the date of the deal it tells."""
    for _pos, slot in slots_of(tpl, "D"):
        d = slot.mention
        if isinstance(d, DateMention) and d.kind == "point" and d.granularity in ("day", "week"):
            return d
    return None


class Sentence:
    """What the builders know of a sentence.

    A plain class rather than an attrs one, built once per sentence: its ``evidence`` is
    made on first use, since most sentences give no fact (one Evidence per sentence, shared
    by all its facts, as before).
    """

    __slots__ = ("_deal_date", "_evidence", "dateline", "fallback", "topic", "tpl")

    def __init__(
        self,
        tpl: Template,
        fallback: str | None = None,
        topic: str | None = None,
        dateline: str | None = None,
    ) -> None:
        self.tpl = tpl
        self.fallback = fallback  # the company the text was last about, for frames that name none
        self.topic = topic  # the company the document is about
        self.dateline = dateline  # the dateline's city, casefolded ("dayton" for "DAYTON, Ohio, March 17 -")
        self._evidence: Evidence | None = None
        self._deal_date: DateMention | bool | None = False  # False: not read yet

    @property
    def deal_date(self) -> DateMention | None:
        """The sentence's :func:`deal_date`, read once per sentence, not once per fact."""
        if self._deal_date is False:
            self._deal_date = deal_date(self.tpl)
        return self._deal_date  # type: ignore[return-value]

    @property
    def evidence(self) -> Evidence:
        """The sentence as evidence."""
        if self._evidence is None:
            self._evidence = Evidence(self.tpl.start, self.tpl.end, self.tpl.text)
        return self._evidence


def conf(rule: Rule, penalty: bool) -> float:
    """The rule's confidence, 0.15 lower when a role came from an anaphor or the sentence subject."""
    return round(max(0.05, rule.confidence - (0.15 if penalty else 0.0)), 2)


def may_contain(low: str, raw: str, words: Sequence[str]) -> bool:
    """False only when no case variant of any of the lowercase ASCII ``words`` occurs in ``raw``.

    ``low`` is ``raw.casefold()``.  A case-insensitive regex needs one of ``words`` when this is
    False.  The regex module matches "İ" (U+0130) for "i" but "İ" casefolds to "i̇": a text with
    it passes.  (KELVIN SIGN and LONG S, which match "k" and "s", casefold to them.)
    """
    return any(map(low.__contains__, words)) or "\u0130" in raw
