"""What the sentences read so far tell the next one: :class:`Entities` (the last company,
product and subject named, the last period, the companies named lately) and how each sentence
read updates it.  :func:`~.discourse.resolve_anaphors` resolves a sentence's anaphors against it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs
import regex

from .._spans import CompanyMention, DateMention
from .sentence import modifies_next
from .template import LazyPattern

# products that other apps run on or are sold through: never what "the app" refers back to
PLATFORMS = frozenset(
    {"Android", "iOS", "Windows", "macOS", "iPhone", "iPad", "App Store", "Google Play", "Apple Watch"}
)

@attrs.frozen
class Entities:
    """What the sentences read so far tell the next one."""

    last_company: str | None = None
    last_product: str | None = None
    prev_subject: str | None = None
    last_period: DateMention | None = None  # the last quarter, half or year named: results keep talking of it
    recent: tuple[str, ...] = ()  # companies named so far, most recent last (at most 6)
    # the last sentence described its subject ("X is a Portuguese food company."): "the company" of
    # the next sentence is that subject, not the document's topic
    described: bool = False
    # the subject of the last sentence that described one ("Y is a Japanese conglomerate"): in a text
    # describing several companies in turn, "The president is P" is that company's
    last_described: str | None = None


_PARTY_FIELDS = ("acquirer", "company", "owner", "investee", "subject", "target", "seller", "asset")


def promoted_subject(text: str, start: int, end: int, facts: Sequence[Any]) -> str | None:
    """The company a sentence with no company mention opens with, when its facts name it (the
    clause reader promoted an unknown name: "Korvath Analytics is a software company based in
    Boise"): the next sentences' "the company" and "Its" speak of it.

    >>> from bizfacts._fact_types import HeadquartersFact, Evidence
    >>> t = "Korvath Analytics is a software company based in Boise."
    >>> f = HeadquartersFact(evidence=Evidence(0, len(t), t), company="Korvath Analytics", location="Boise")
    >>> promoted_subject(t, 0, len(t), [f])
    'Korvath Analytics'
    """
    opening = text[start:end].lstrip("\"“‘' ")
    for fact in facts:
        for field in _PARTY_FIELDS:
            name = getattr(fact, field, None)
            if isinstance(name, str) and name and opening.startswith(name):
                rest = opening[len(name) : len(name) + 1]
                if not rest or not rest.isalnum():
                    return name
    return None


# a sentence opening with a product no extractor named: "The Trailmark trip-planning app launches"
_PRODUCT_OPENING = regex.compile(
    r"(?:\d{4}[ \t]*[—–-][ \t]*)?[\"“‘' ]*[Tt]he[ \t]+"
    r"(?P<name>\p{Lu}[\p{L}\p{N}]*(?:[ \t]+\p{Lu}[\p{L}\p{N}]*)?)[ \t]+"
    r"(?:[\p{Ll}-]+[ \t]+){0,3}?(?:app|application|platform|service|game|website|marketplace)\b(?![ \t]+of\b)"
)


def product_subject(text: str, start: int, end: int) -> str | None:
    """The product a sentence with no company opens with, named by its capitalized word(s) before
    a product noun ("The Trailmark trip-planning app launches"): the next sentence's "it" is it.

    >>> product_subject("The Trailmark trip-planning app launches.", 0, 40)
    'Trailmark'
    >>> product_subject("2021 — The Trailmark app launches.", 0, 34)
    'Trailmark'
    >>> product_subject("The app launches.", 0, 17) is None
    True
    """
    m = _PRODUCT_OPENING.match(text, start, end)
    return m.group("name") if m is not None else None


def with_product_subject(ents: Entities, name: str) -> Entities:
    """``ents`` once a sentence's subject was ``name``, a product no extractor named ("it" is it next)."""
    return Entities(
        last_company=ents.last_company,
        last_product=name,
        prev_subject=name,
        last_period=ents.last_period,
        recent=ents.recent,
        last_described=ents.last_described,
    )


def with_subject(ents: Entities, name: str) -> Entities:
    """``ents`` once a sentence's subject was ``name``, a company no extractor named."""
    return Entities(
        last_company=name,
        last_product=ents.last_product,
        prev_subject=name,
        last_period=ents.last_period,
        recent=(*[n for n in ents.recent if n != name], name)[-6:],
        last_described=ents.last_described,
    )


def update_entities(
    ents: Entities,
    companies: Sequence[CompanyMention],
    anaphors: list[tuple[int, int, str]],
    period: DateMention | None = None,
    text: str = "",
) -> Entities:
    """What the next sentence knows, once this one (its companies, anaphors and period) is read."""
    named = [c for c in companies if c.kind != "organization"]  # usable(), inlined
    last_period = ents.last_period if period is None else period
    if not named and not anaphors:
        if period is None:
            return ents
        return Entities(
            last_company=ents.last_company,
            last_product=ents.last_product,
            prev_subject=ents.prev_subject,
            last_period=period,
            recent=ents.recent,
            described=ents.described,
            last_described=ents.last_described,
        )
    # the subject: the first company named, unless it only modifies another ("Tencent-backed Y")
    subjects = [c for c in named if not modifies_next(text, c.end)] if text else named
    first = min(
        [(c.start, c.name) for c in subjects or named] + [(s, n) for s, _e, n in anaphors],
        default=None,
    )
    comps = [c.name for c in named if c.kind == "company"]
    prods = [c.name for c in named if c.kind in ("product", "site") and c.name not in PLATFORMS]
    recent = tuple(n for n in ents.recent if n not in comps) + tuple(dict.fromkeys(comps))
    described = bool(
        text
        and first
        and any(
            c.start == first[0]
            and (
                (_may_be_described(text, c.end) and _DESCRIBED.match_near(text, c.end))
                or _introduced(text, c.start, c.end)
                or (
                    _may_be_described_before(text, c.start)
                    and _DESCRIBED_BEFORE.search(text, max(0, c.start - 60), c.start) is not None
                )
            )
            for c in subjects
        )
    )
    if not described and ents.described and first is not None and first[1] == ents.prev_subject:
        # "The Graz-based company X develops valves. With 140 employees, the company achieved ...":
        # a reference to the described subject keeps speaking of it
        described = any(a[0] == first[0] for a in anaphors)
    return Entities(
        last_company=next((c.name for c in subjects if c.kind == "company"), comps[0])
        if comps
        else ents.last_company,
        last_product=prods[-1] if prods else ents.last_product,
        prev_subject=first[1] if first else ents.prev_subject,
        last_period=last_period,
        recent=recent[-6:],
        described=described,
        last_described=first[1] if described and first else ents.last_described,
    )


def _introduced(text: str, start: int, end: int) -> bool:
    """Whether the company at ``text[start:end]`` is brought in by an existential sentence of its
    own ("Then there is Ardent Labs."): the next sentence's description speaks of it.

    >>> t = "Then there is Ardent Labs. The Boston drug developer has cash for a year."
    >>> _introduced(t, 14, 25), _introduced("Acme said there is Ardent Labs to buy.", 19, 30)
    (True, False)
    """
    return text.startswith(".", end) and _THERE_IS.search(text, max(0, start - 40), start) is not None


# "The Graz-based company X develops ...": a descriptor opening the sentence before its subject
_DESCRIBED_BEFORE = LazyPattern(
    r"(?:^|(?<=[.!?\n]))[ \t]*The[ \t]+(?:[\p{L}-]+-based[ \t]+)?(?:\p{Ll}[\p{Ll}-]*[ \t]+){0,2}"
    r"(?:company|firm|group|maker|manufacturer|producer|developer|specialist|provider|startup|start-up)"
    r"[ \t]+\Z"
)
# "Then there is X.", "And there are X and Y.": an existential sentence that introduces a company
_THERE_IS = LazyPattern(
    r"(?:^|[.!?:]\s+|\n\s*)(?:(?:then|and|next|now|also|finally|lastly),?\s+)?there\s+(?:is|are|was|'s)\s+\Z",
    regex.IGNORECASE,
)


_DESCRIPTOR_NOUNS = (
    "company", "firm", "group", "maker", "manufacturer", "producer", "developer", "specialist", "provider",
    "startup", "start-up",
)


def _may_be_described_before(text: str, start: int) -> bool:
    """Whether ``_DESCRIBED_BEFORE`` may match right before ``start``: its window ends in spaces or tabs
    after one of its nouns and holds its "The"."""
    window = text[max(0, start - 60) : start]
    return window[-1:] in (" ", "\t") and "The" in window and window.rstrip(" \t").endswith(_DESCRIPTOR_NOUNS)


def _may_be_described(text: str, end: int) -> bool:
    """Whether ``_DESCRIBED`` may match at ``end``: past white space, each of its forms opens with a
    comma, a bracket, "is" or "was" (a non-ASCII character or a long white space: maybe)."""
    rest = text[end : end + 64].lstrip()
    return not rest or not rest[0].isascii() or rest.startswith((",", "(", "is", "was"))


# a subject's description by a copula and an indefinite noun group: "X is a Portuguese food company",
# "X, founded in 1962, is an engineering group"
# ("Kinsei Holdings (株式会社キンセイ) is a Japanese conglomerate": its name in parentheses between)
_DESCRIBED = LazyPattern(
    r"(?:\s*,[^,;.\n]{1,60},|\s*\([^()\n]{1,60}\))?\s+(?:is|was)\s+(?:a|an)\s"
    # "Trolleyfy, founded in Cambridge in 2019, already supplies ...": its founding told of it
    r"|\s*,\s+(?:founded|established|set\s+up|started|launched)\s+(?:in|by)\s[^,;.\n]{1,60},\s+\p{Ll}"
)
