"""bizfacts as a spaCy pipeline component: ``pip install 'bizfacts[spacy]'``.

The package registers the factory ``"bizfacts"`` through the ``spacy_factories`` entry
point, so any English pipeline can add it without importing this module, including a
blank one (no model download)::

    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("bizfacts", config={"reference_date": "2013-05-01"})
    doc = nlp("Alibaba paid $586 million for an 18% stake in Weibo.")
    doc._.facts                     # the facts of bizfacts.extract_facts(doc.text)
    doc.spans["bizfacts"]           # every mention as a Span labelled with its kind
    doc._.bizfacts_mentions         # the same mentions as bizfacts objects, exact offsets

Mentions have character offsets; a spaCy span covers whole tokens.  ``alignment_mode``
says what happens when a mention starts or ends inside a token (``Doc.char_span``):
``"expand"`` (the default) widens the span to the tokens it touches, so the span's text
can be longer than the mention's ("Hangzhou" in "Hangzhou-based" if the tokenizer kept
it whole); ``"contract"`` narrows it to the tokens inside the mention and ``"strict"``
drops the mention.  A mention that gives no span is left out of ``doc.spans`` only; it
stays in ``doc._.bizfacts_mentions`` with its exact offsets.

A document's own reference date wins over the component's: set
``doc._.reference_date`` (a ``datetime.date``) before the component runs, e.g. with
``nlp.pipe(..., as_tuples=True)`` and a small component of your own, or build the
``Doc`` first and call ``nlp.get_pipe("bizfacts")(doc)``.

Facts and mentions are bizfacts objects (``Decimal``, ``datetime.date``), which spaCy's
``DocBin`` and ``nlp.pipe(..., n_process=2)`` cannot serialize (msgpack raises
``TypeError: can not serialize ...``).  For those, set ``"as_dicts": true``: both
extensions then hold the JSON-ready ``bizfacts.to_dict`` form (each mention with its
``"kind"``), which serializes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ._mention_kinds import document_mentions
from .batch import parse_date

__all__ = ["BizfactsComponent", "make_bizfacts"]

ALIGNMENT_MODES = ("expand", "contract", "strict")
DOC_EXTENSIONS = ("facts", "bizfacts_mentions", "reference_date")


class BizfactsComponent:
    """Adds ``doc._.facts``, ``doc._.bizfacts_mentions`` and ``doc.spans[spans_key]``."""

    def __init__(
        self,
        name: str = "bizfacts",
        *,
        spans_key: str = "bizfacts",
        reference_date: dt.date | None = None,
        alignment_mode: str = "expand",
        facts: bool = True,
        as_dicts: bool = False,
    ) -> None:
        if alignment_mode not in ALIGNMENT_MODES:
            choices = ", ".join(ALIGNMENT_MODES)
            raise ValueError(f"alignment_mode must be one of {choices}, got {alignment_mode!r}")
        if reference_date is not None and not isinstance(reference_date, dt.date):
            what = type(reference_date).__name__
            raise TypeError(f"reference_date must be a datetime.date, got {what}")
        self.name = name
        self.spans_key = spans_key
        self.reference_date = reference_date
        self.alignment_mode = alignment_mode
        self.facts = facts
        self.as_dicts = as_dicts
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        from .facts import extract_facts

        own = doc._.reference_date
        reference_date = own if own is not None else self.reference_date
        mentions = document_mentions(doc.text, reference_date=reference_date)
        spans = []
        for kind, mention in mentions:
            span = doc.char_span(mention.start, mention.end, label=kind, alignment_mode=self.alignment_mode)
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        if not self.as_dicts:
            doc._.bizfacts_mentions = mentions
            if self.facts:
                doc._.facts = extract_facts(doc.text, reference_date=reference_date)
            return doc
        from .serialize import to_dict

        doc._.bizfacts_mentions = [{"kind": kind, **to_dict(m)} for kind, m in mentions]
        if self.facts:
            doc._.facts = [to_dict(f) for f in extract_facts(doc.text, reference_date=reference_date)]
        return doc


def register_extensions() -> None:
    """Register the ``Doc`` extensions the component fills (once; later calls do nothing)."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.factory(
    "bizfacts",
    default_config={
        "spans_key": "bizfacts",
        "reference_date": None,
        "alignment_mode": "expand",
        "facts": True,
        "as_dicts": False,
    },
)
def make_bizfacts(
    nlp: Language,
    name: str,
    spans_key: str,
    reference_date: Any,
    alignment_mode: str,
    facts: bool,
    as_dicts: bool,
) -> BizfactsComponent:
    """The ``"bizfacts"`` factory; ``reference_date`` is ``"YYYY-MM-DD"`` (or null) in a config."""
    try:
        date = parse_date(reference_date)
    except ValueError as exc:
        raise ValueError(f"bizfacts component: reference_date: {exc}") from None
    return BizfactsComponent(
        name,
        spans_key=spans_key,
        reference_date=date,
        alignment_mode=alignment_mode,
        facts=facts,
        as_dicts=as_dicts,
    )
