"""Where in the text each role of a fact was read: :func:`role_spans`.

Money and date roles are mentions and carry their offsets.  Company, person and place
roles are plain names (the canonical name, the same for every mention of the entity),
so their offsets are found again: the mention of that name inside the fact's evidence,
else the nearest one before it (an anaphor such as "the company" in the evidence points
back at it), else the first one after it.  A stake, a change or a count is the
percentage or user-count mention with that value in the evidence; a title, ticker or
round is that wording in the evidence.  A role whose words are not in the text (a
title written "chief executive" and normalized "CEO") has no span.

>>> import datetime, bizfacts
>>> text = "Acme Corp said it bought a 20 percent stake in Widget Inc for $50 million."
>>> fact = bizfacts.extract_facts(text)[0]
>>> [(r.role, r.text, r.kind) for r in role_spans(fact, text)]
[('target', 'Widget Inc', 'company'), ('acquirer', 'Acme Corp', 'company'), \
('stake', '20 percent', 'percentage'), ('price', '$50 million', 'money')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

import attrs
import regex

from ._fact_types import Fact
from ._mention_kinds import document_mentions
from ._spans import DateMention, MoneyMention, Span

ENTITY_ROLE_KINDS: dict[str, tuple[str, ...]] = {
    "person": ("person",),
    "location": ("place", "company"),
}
"""Mention kinds searched for a name-valued role; every other name role is a company."""
COMPANY_KINDS = ("company",)
TEXT_ROLES = frozenset({"title", "ticker", "round"})
VALUE_ROLES: dict[str, tuple[str, str]] = {
    "stake": ("percentage", "value"),
    "change": ("percentage", "value"),
    "count": ("user_count", "count"),
}
ATTRIBUTE_ROLES = frozenset({"status", "metric", "qualifier"})
"""Roles that describe the fact rather than name something in the text."""
_NOT_ROLES = frozenset({"type", "evidence", "confidence", "rule"})


@attrs.frozen
class RoleSpan(Span):
    """The stretch of text a fact's role was read from.

    ``role`` is the field name ("acquirer", "price"); ``value`` the role's value as text
    (for a list role such as ``parties``, the one member); ``kind`` the kind of mention
    it is ("company", "money", "percentage", ...) or None when only its wording was
    found in the evidence.
    """

    role: str
    value: str
    kind: str | None = None


def role_names(fact: Fact) -> list[str]:
    """The role fields of a fact's type, in declaration order.

    >>> from bizfacts import HeadquartersFact, Evidence
    >>> role_names(HeadquartersFact(evidence=Evidence(0, 1, "x"), company="A", location="B"))
    ['company', 'location']
    """
    return [a.name for a in attrs.fields(type(fact)) if a.name not in _NOT_ROLES]


def role_spans(
    fact: Fact,
    text: str,
    mentions: Sequence[tuple[str, Span]] | None = None,
    *,
    reference_date: dt.date | None = None,
) -> list[RoleSpan]:
    """The spans of ``text`` each role of ``fact`` was read from, in role order.

    ``mentions`` are the document's (kind, mention) pairs; without them the extractors
    run on ``text`` again (pass them when locating the roles of many facts of one text).
    """
    if not isinstance(fact, Fact):
        raise TypeError(f"fact must be a bizfacts fact, got {type(fact).__name__}")
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if mentions is None:
        mentions = document_mentions(text, reference_date=reference_date)
    found: list[RoleSpan] = []
    for role in role_names(fact):
        value = getattr(fact, role)
        members: Iterable[Any] = value if isinstance(value, tuple) else (value,)
        for member in members:
            span = _locate(fact, text, mentions, role, member)
            if span is not None:
                found.append(span)
    return found


def _locate(
    fact: Fact, text: str, mentions: Sequence[tuple[str, Span]], role: str, value: Any
) -> RoleSpan | None:
    if value is None or role in ATTRIBUTE_ROLES:
        return None
    if isinstance(value, MoneyMention | DateMention):
        kind = "money" if isinstance(value, MoneyMention) else "date"
        if text[value.start : value.end] != value.text:
            return None
        return RoleSpan(value.start, value.end, value.text, role=role, value=value.text, kind=kind)
    evidence = fact.evidence
    if role in VALUE_ROLES:
        kind, field = VALUE_ROLES[role]
        hits = [
            (k, m)
            for k, m in mentions
            if k == kind and _same_number(getattr(m, field, None), value)
        ]
        return _nearest(hits, evidence, role, str(value))
    if not isinstance(value, str):
        return None
    if role not in TEXT_ROLES:
        kinds = ENTITY_ROLE_KINDS.get(role, COMPANY_KINDS)
        folded = value.casefold()
        hits = [
            (k, m)
            for k, m in mentions
            if k in kinds
            and folded in (str(getattr(m, "name", "")).casefold(), m.text.casefold())
        ]
        span = _nearest(hits, evidence, role, value)
        if span is not None:
            return span
    return _wording(text, evidence, role, value)


def _same_number(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    try:
        return Decimal(str(a)) == Decimal(str(b))
    except ArithmeticError:
        return False


def _nearest(hits: list[tuple[str, Span]], evidence: Span, role: str, value: str) -> RoleSpan | None:
    """The first hit inside the evidence, else the nearest before it, else the first after."""
    inside = [h for h in hits if evidence.start <= h[1].start and h[1].end <= evidence.end]
    before = [h for h in hits if h[1].end <= evidence.start]
    after = [h for h in hits if h[1].start >= evidence.end]
    pick = inside[0] if inside else before[-1] if before else after[0] if after else None
    if pick is None:
        return None
    kind, m = pick
    return RoleSpan(m.start, m.end, m.text, role=role, value=value, kind=kind)


def _wording(text: str, evidence: Span, role: str, value: str) -> RoleSpan | None:
    """The value's own words in the evidence (case-insensitive, whole words), else None."""
    pattern = regex.compile(r"(?<!\w)" + regex.escape(value) + r"(?!\w)", regex.IGNORECASE)
    match = pattern.search(text, evidence.start, evidence.end)
    if match is None:
        return None
    return RoleSpan(match.start(), match.end(), match.group(), role=role, value=value, kind=None)
