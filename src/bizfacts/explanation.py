"""``bizfacts.explain``: why a fact was found, or why it was not.

:func:`explain` runs the same assembler as :func:`bizfacts.extract_facts` and shows, per
sentence, what each stage saw: the mentions read, whether the cascade's gate let the
sentence through, the tag and chunk strings, every predication a construction found with
the chunks that fill its places, the facts each predication gave or the reason it gave none,
and the facts of the slot, table and layout readers beside the cascade (by rule name).  docs/explain.md
tells how to read it.

>>> e = explain("Acme Widgets did not buy Brightwave.")
>>> p = e.sentences[0].predications[0]
>>> p.rule, p.reason, p.places["agent"].text, p.places["theme"].text
('acquire/active', 'negated or hypothetical', 'Acme Widgets', 'Brightwave')
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs

from ._fact_types import AnyFact
from ._formats import mention_value
from ._spans import (
    CompanyMention,
    DateMention,
    MoneyMention,
    PercentMention,
    PersonMention,
    PlaceMention,
    UserCountMention,
)
from .companies import Gazetteer
from .facts.assembler import assemble
from .facts.cascade.build import SentenceTrace
from .facts.cascade.chunks import Chunk
from .facts.cascade.clauses import Predication
from .facts.cascade.tokens import tag_string
from .facts.mentions import find_mentions
from .facts.trace import AssemblyTrace, SentenceRecord
from .serialize import to_dict

__all__ = [
    "ChunkView",
    "Explanation",
    "MentionView",
    "PredicationView",
    "SentenceExplanation",
    "explain",
]

_MENTION_KINDS: dict[type, str] = {
    CompanyMention: "company",
    MoneyMention: "money",
    PercentMention: "percentage",
    UserCountMention: "user_count",
    DateMention: "date",
    PersonMention: "person",
    PlaceMention: "place",
}
# the mentions the cascade's tokens read whatever the sentence's template kept
_TOKEN_READ = (PersonMention, PlaceMention)
# tokens the cascade itself finds (no extractor names them)
_CASCADE_KINDS = {"T": "title", "L": "place", "P": "person"}
# what a party chunk's character says, shown beside its text
CHUNK_MEANINGS = {
    "C": "company mention",
    "N": "capitalized words no extractor named",
    "P": "person",
    "L": "place",
    "T": "title",
    "M": "money",
    "%": "percentage",
    "K": "stake",
    "R": "relational noun",
    "A": "predicate noun",
    "V": "verb group",
    "Z": "light verb group",
    "Q": "location noun",
    "H": "location participle",
}
NO_TRIGGER = "no trigger word: the cascade skipped this sentence"
NO_CONSTRUCTION = "no construction matched the chunk string"


@attrs.frozen
class MentionView:
    """A mention in a sentence: ``kind`` (company, money, percentage, user_count, date;
    reference for a resolved "it"/"the company"; title, place, person for the words the
    cascade finds itself), its text and offsets, its normalized ``value`` as text, and
    ``read``: False when it overlapped a longer mention and the assembler dropped it."""

    kind: str
    start: int
    end: int
    text: str
    value: str
    source: str = "extractor"  # "extractor", "anaphor" or "cascade"
    read: bool = True

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return attrs.asdict(self)


@attrs.frozen
class ChunkView:
    """A chunk of the cascade: its character (see docs/explain.md), its text and offsets."""

    tag: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return attrs.asdict(self)

    def __str__(self) -> str:
        return f"{self.tag}[{self.text}]"


@attrs.frozen
class PredicationView:
    """A predication: ``rule`` is ``predicate/variant`` (the name a fact from it carries),
    ``trigger`` the verb or noun group that named the predicate with its ``voice``,
    ``negated`` and ``modality``; ``places`` the chunks filling each place (agent, theme,
    owner, asset, company, loc, person, title, ...), ``phrases`` the prepositional phrases
    after the clause ("from", "for", ...); ``facts`` what it gave, or ``reason`` why nothing."""

    predicate: str
    variant: str
    frame: str
    trigger: ChunkView | None
    voice: str | None
    negated: bool
    modality: tuple[str, ...]
    places: dict[str, ChunkView] = attrs.field(hash=False)
    phrases: dict[str, ChunkView] = attrs.field(hash=False)
    facts: tuple[AnyFact, ...]
    reason: str | None

    @property
    def rule(self) -> str:
        """``predicate/variant``: the ``rule`` of the facts this predication gives."""
        return f"{self.predicate}/{self.variant}"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "rule": self.rule,
            "predicate": self.predicate,
            "variant": self.variant,
            "frame": self.frame,
            "trigger": None if self.trigger is None else self.trigger.to_dict(),
            "voice": self.voice,
            "negated": self.negated,
            "modality": list(self.modality),
            "places": {k: v.to_dict() for k, v in self.places.items()},
            "phrases": {k: v.to_dict() for k, v in self.phrases.items()},
            "facts": [to_dict(f) for f in self.facts],
            "reason": self.reason,
        }


@attrs.frozen
class SentenceExplanation:
    """What the assembler saw in one sentence (``number`` counts from 1).

    ``triggers`` are the gate's kinds of trigger word ("title", "place", "other"); none
    means ``skipped``: the cascade did not read the sentence, and ``tags``, ``chunks`` and
    ``predications`` are empty.  ``rule_facts`` are the candidate facts of the
    readers beside the cascade; ``facts`` the document's final facts whose evidence
    is this sentence (after merging).
    """

    number: int
    start: int
    end: int
    text: str
    triggers: tuple[str, ...]
    mentions: tuple[MentionView, ...]
    tags: str
    chunks: tuple[ChunkView, ...]
    predications: tuple[PredicationView, ...]
    rule_facts: tuple[AnyFact, ...]
    facts: tuple[AnyFact, ...]

    @property
    def skipped(self) -> bool:
        """True when the gate found no trigger word and the cascade skipped the sentence."""
        return not self.triggers

    @property
    def chunk_string(self) -> str:
        """One character per chunk."""
        return "".join(c.tag for c in self.chunks)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "number": self.number,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "gate": {"skipped": self.skipped, "triggers": list(self.triggers)},
            "mentions": [m.to_dict() for m in self.mentions],
            "tags": self.tags,
            "chunk_string": self.chunk_string,
            "chunks": [c.to_dict() for c in self.chunks],
            "predications": [p.to_dict() for p in self.predications],
            "rule_facts": [to_dict(f) for f in self.rule_facts],
            "facts": [to_dict(f) for f in self.facts],
        }

    def __str__(self) -> str:
        return "\n".join(_sentence_lines(self))


@attrs.frozen
class Explanation:
    """The result of :func:`explain`: one :class:`SentenceExplanation` per sentence,
    ``layout_facts`` (the candidate facts of the readers of cover pages and headers, which
    read the layout rather than a sentence) and ``facts``, what :func:`extract_facts` returns.
    ``str()`` gives the readable report, :meth:`to_dict` plain JSON-ready data."""

    sentences: tuple[SentenceExplanation, ...]
    layout_facts: tuple[AnyFact, ...]
    facts: tuple[AnyFact, ...]

    def sentence(self, number: int) -> Explanation:
        """The explanation of sentence ``number`` alone (counting from 1), with the facts whose
        evidence is that sentence; IndexError when the text has no such sentence."""
        if not isinstance(number, int) or isinstance(number, bool):
            raise TypeError(f"sentence() expects an int, got {type(number).__name__}")
        if not 1 <= number <= len(self.sentences):
            n = len(self.sentences)
            raise IndexError(f"no sentence {number}: the text has {n} sentence{'s' if n != 1 else ''}")
        one = self.sentences[number - 1]
        return Explanation(
            (one,),
            tuple(f for f in self.layout_facts if one.start <= f.evidence.start < one.end),
            one.facts,
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: {"sentences": [...], "layout_facts": [...], "facts": [...]}."""
        return {
            "sentences": [s.to_dict() for s in self.sentences],
            "layout_facts": [to_dict(f) for f in self.layout_facts],
            "facts": [to_dict(f) for f in self.facts],
        }

    def __str__(self) -> str:
        lines: list[str] = []
        for s in self.sentences:
            lines.extend(_sentence_lines(s))
            lines.append("")
        if not self.sentences:
            lines.append("(no sentences)")
            lines.append("")
        if self.layout_facts:
            lines.append("layout readers (cover pages, headers)")
            lines.extend(f"  {_fact_line(f)}" for f in self.layout_facts)
            lines.append("")
        lines.append(f"facts ({len(self.facts)})")
        lines.extend(f"  {_fact_line(f)}" for f in self.facts)
        return "\n".join(lines).rstrip("\n") + "\n"


def explain(
    text: str, *, reference_date: dt.date | str | None = None, gazetteer: Gazetteer | None = None
) -> Explanation:
    """Run the fact assembler over ``text`` and show, sentence by sentence, what it saw.

    Takes the arguments of :func:`bizfacts.extract_facts`; ``Explanation.facts`` is what it
    returns.  See docs/explain.md.

    >>> e = explain("Shares rose 5 pct. Halvorsen Corp bought Brightwave.")
    >>> [s.skipped for s in e.sentences]
    [True, False]
    >>> [(f.rule, f.acquirer, f.target) for f in e.sentences[1].predications[0].facts]
    [('acquire/active', 'Halvorsen', 'Brightwave')]
    """
    if not isinstance(text, str):
        raise TypeError(f"explain() expects text as str, got {type(text).__name__}")
    from .records import reference_date_arg  # a date, a datetime or an ISO string

    reference_date = reference_date_arg(reference_date, "explain")
    mentions = find_mentions(text, reference_date, gazetteer=gazetteer)
    trace = AssemblyTrace()
    facts = assemble(text, mentions, explain=trace)
    all_mentions = mentions.in_text_order()
    # each sentence reads its own slice of the mentions and facts (by start, found by bisection)
    mention_starts = [m.start for m in all_mentions]
    by_start = sorted(range(len(facts)), key=lambda i: facts[i].evidence.start)
    fact_starts = [facts[i].evidence.start for i in by_start]
    sentences: list[SentenceExplanation] = []
    begin = 0
    for number, rec in enumerate(trace.sentences, 1):
        candidates = trace.candidates[begin : rec.candidates_end]
        begin = rec.candidates_end
        near = all_mentions[
            bisect.bisect_left(mention_starts, rec.start) : bisect.bisect_left(mention_starts, rec.end)
        ]
        lo, hi = bisect.bisect_left(fact_starts, rec.start), bisect.bisect_left(fact_starts, rec.end)
        told = [facts[i] for i in sorted(by_start[lo:hi])]  # in the order extract_facts gives them
        sentences.append(_sentence(text, number, rec, near, candidates, told))
    layout = tuple(trace.candidates[begin:])
    return Explanation(tuple(sentences), layout, tuple(facts))


# ----------------------------------------------------------------------- building


def _sentence(
    text: str,
    number: int,
    rec: SentenceRecord,
    all_mentions: Sequence[Any],
    candidates: Sequence[AnyFact],
    facts: Sequence[AnyFact],
) -> SentenceExplanation:
    read = {id(m) for m in rec.mentions}
    views = [
        # (people and places are read by the cascade's tokens, beside the sentence's template)
        MentionView(
            _kind(m),
            m.start,
            m.end,
            m.text,
            mention_value(m),
            read=id(m) in read or isinstance(m, _TOKEN_READ),
        )
        for m in all_mentions
        if rec.start <= m.start and m.end <= rec.end
    ]
    views.extend(
        MentionView("reference", s, e, text[s:e], name, source="anaphor") for s, e, name in rec.anaphors
    )
    cascade = rec.cascade or SentenceTrace()
    for t in cascade.tokens:
        if t.mention is None and t.tag in _CASCADE_KINDS:
            views.append(MentionView(_CASCADE_KINDS[t.tag], t.start, t.end, t.text, t.text, source="cascade"))
    views.sort(key=lambda v: (v.start, -v.end))
    chunks = tuple(_chunk_view(text, c) for c in cascade.chunks)
    preds = tuple(_predication(text, p, found, reason) for p, found, reason in cascade.outcomes)
    # a later sentence may give a cascade fact its price ("The deal is valued at $40 million"):
    # the candidate is then a new object with the same rule and evidence
    from_cascade = {_origin(f) for _p, found, _r in cascade.outcomes for f in found}
    return SentenceExplanation(
        number=number,
        start=rec.start,
        end=rec.end,
        text=text[rec.start : rec.end],
        triggers=tuple(sorted(rec.triggers)),
        mentions=tuple(views),
        tags=tag_string(cascade.tokens),
        chunks=chunks,
        predications=preds,
        rule_facts=tuple(f for f in candidates if _origin(f) not in from_cascade),
        facts=tuple(f for f in facts if rec.start <= f.evidence.start < rec.end),
    )


def _origin(f: AnyFact) -> tuple[str, str, int, int]:
    return (f.type, f.rule, f.evidence.start, f.evidence.end)


def _chunk_view(text: str, c: Chunk) -> ChunkView:
    return ChunkView(c.char, text[c.start : c.end], c.start, c.end)


def _predication(text: str, p: Predication, found: Sequence[AnyFact], reason: str | None) -> PredicationView:
    trigger = p.trigger
    verbal = trigger is not None and trigger.char in "VZ"
    return PredicationView(
        predicate=p.predicate,
        variant=p.variant,
        frame=p.frame,
        trigger=None if trigger is None else _chunk_view(text, trigger),
        voice=trigger.voice if verbal and trigger is not None else None,
        negated=bool(trigger is not None and trigger.negated),
        modality=tuple(trigger.modality) if trigger is not None else (),
        places={name: _chunk_view(text, c) for name, c in p.places.items()},
        phrases={prep: _chunk_view(text, c) for prep, c in p.pps.items()},
        facts=tuple(found),
        reason=reason,
    )


def _kind(m: Any) -> str:
    return _MENTION_KINDS.get(type(m), type(m).__name__)


# ------------------------------------------------------------------------ writing


def _roles(fact: AnyFact) -> str:
    """The stated roles of a fact as "role=value, ..."."""
    parts = []
    for key, value in to_dict(fact).items():
        if key in ("type", "evidence", "confidence", "rule") or value is None or value in ((), [], ""):
            continue
        if isinstance(value, dict) and "amount" in value:
            value = f"{value['amount']} {value.get('currency') or ''}".strip()
        elif isinstance(value, dict):
            value = f"{value.get('start') or '..'}/{value.get('end') or '..'}"
        elif isinstance(value, list):
            value = "[" + ", ".join(str(v) for v in value) + "]"
        parts.append(f"{key}={value}")
    return ", ".join(parts)


def _fact_line(fact: AnyFact) -> str:
    return f"{fact.type} [{fact.rule}] {_roles(fact)} (confidence {fact.confidence:.2f})"


def _sentence_lines(s: SentenceExplanation) -> list[str]:
    lines = [f"sentence {s.number} [{s.start}:{s.end}]: {' '.join(s.text.split())}"]
    lines.append("  gate: " + (NO_TRIGGER if s.skipped else "triggers " + ", ".join(s.triggers)))
    if s.mentions:
        lines.append("  mentions:")
        for m in s.mentions:
            note = {"anaphor": "  (a resolved reference)", "cascade": "  (found by the cascade)"}.get(
                m.source, ""
            )
            if not m.read:
                note = "  (overlaps a longer mention: not read)"
            value = "" if m.value == m.text else f" -> {m.value}"
            lines.append(f"    {m.kind:<11} {m.text}{value}{note}")
    else:
        lines.append("  mentions: none")
    if not s.skipped:
        lines.append(f"  tags:   {s.tags}")
        lines.append(f"  chunks: {s.chunk_string}  " + " ".join(str(c) for c in s.chunks))
        if not s.predications:
            lines.append(f"  predications: none ({NO_CONSTRUCTION})")
        for p in s.predications:
            lines.extend(_predication_lines(p))
    if s.rule_facts:
        lines.append("  readers beside the cascade:")
        lines.extend(f"    {_fact_line(f)}" for f in s.rule_facts)
    if s.facts:
        lines.append("  facts (after merging):")
        lines.extend(f"    {_fact_line(f)}" for f in s.facts)
    else:
        lines.append("  facts: none")
    return lines


def _predication_lines(p: PredicationView) -> list[str]:
    features = []
    if p.voice is not None:
        features.append(p.voice)
    if p.negated:
        features.append("negated")
    features.extend(p.modality)
    trig = (
        ""
        if p.trigger is None
        else f' "{p.trigger.text}"' + (f" ({', '.join(features)})" if features else "")
    )
    lines = [f"  predication {p.rule}{trig}"]
    for name, c in p.places.items():
        meaning = CHUNK_MEANINGS.get(c.tag)
        lines.append(f"      {name}: {c.text} [{c.tag}{': ' + meaning if meaning else ''}]")
    for prep, c in p.phrases.items():
        lines.append(f"      {prep} ...: {c.text} [{c.tag}]")
    if p.reason is not None:
        lines.append(f"    -> no fact: {p.reason}")
    for f in p.facts:
        lines.append(f"    -> {_fact_line(f)}")
    return lines
