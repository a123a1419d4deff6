"""One table of mention kinds and the extractor that finds each, for the views of a document.

The HTML view (:mod:`bizfacts.htmlview`) and the spaCy component (:mod:`bizfacts.spacy`)
both show every mention of a document labelled with its kind.  They read the kinds from
:data:`MENTION_EXTRACTORS`, looking each extractor up on the package by name, so an
extractor that this build of bizfacts does not have (people and places came later) is
skipped rather than failing, and appears as soon as the package exports it.

>>> [kind for kind, _ in document_mentions("Sina Corp paid $5 million.")]
['company', 'money']
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._spans import Span

if TYPE_CHECKING:
    from .companies import Gazetteer

MENTION_EXTRACTORS: tuple[tuple[str, str], ...] = (
    ("company", "extract_companies"),
    ("person", "extract_people"),
    ("place", "extract_places"),
    ("money", "extract_money"),
    ("percentage", "extract_percentages"),
    ("date", "extract_dates"),
    ("user_count", "extract_user_counts"),
)
"""(kind, name of the extractor on the ``bizfacts`` package), in display order."""


def available_extractors() -> list[tuple[str, Callable[..., list[Any]]]]:
    """The (kind, extractor) pairs this build of bizfacts has.

    >>> [kind for kind, _ in available_extractors()][:1]
    ['company']
    """
    package = importlib.import_module("bizfacts")
    found: list[tuple[str, Callable[..., list[Any]]]] = []
    for kind, name in MENTION_EXTRACTORS:
        extractor = getattr(package, name, None)
        if callable(extractor):
            found.append((kind, extractor))
    return found


def document_mentions(
    text: str, *, reference_date: dt.date | None = None, gazetteer: Gazetteer | None = None
) -> list[tuple[str, Span]]:
    """Every extractor's mentions of ``text`` as (kind, mention), by position then kind order.

    ``reference_date`` goes to the date extractor, ``gazetteer`` to the company extractor.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    found: list[tuple[int, str, Span]] = []
    for order, (kind, extractor) in enumerate(available_extractors()):
        if kind == "date":
            items = extractor(text, reference_date=reference_date)
        elif kind == "company" and gazetteer is not None:
            items = extractor(text, gazetteer=gazetteer)
        else:
            items = extractor(text)
        found.extend((order, kind, m) for m in items)
    found.sort(key=lambda x: (x[2].start, -x[2].end, x[0]))
    return [(kind, m) for _, kind, m in found]
