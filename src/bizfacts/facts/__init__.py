"""The fact assembler: mentions + sentences -> typed facts with evidence.

For each sentence the assembler builds a template (every mention replaced by a slot),
resolves a few anaphors ("the company", "it", "the app") to companies named earlier, and
runs the frame rules of each fact type.  User counts and financial figures are attached to
the company or product they describe.  Candidates are then filtered for modality (denied,
hypothetical and collapsed deals give no fact), given a status, merged when the same fact
is told twice, and returned in text order.

``confidence`` is the rule's base confidence (how often that frame states the fact on our
corpora), lowered by 0.15 when a role came from an anaphor or from the sentence subject
rather than from the frame itself.

Module map (data flows down the list):

``mentions``      runs the extractors once per document: the :class:`~.mentions.Mentions` bundle
                  (also what ``bizfacts extract --mentions`` prints)
``tables``        wire earnings tables: figures without a currency, block periods
``template``      a sentence as a template (mentions as slots), rule macros, ``LazyPattern``
``discourse``     anaphors, defined terms ("the Target Company"), the document's topic
``discourse_state`` what a sentence tells the next (:class:`~.discourse_state.Entities`): the last
                  company, product, subject and period named
``sentence``      what a builder knows of one sentence (:class:`~.sentence.Sentence`), template helpers
``rule``          :class:`~.rule.Rule`: one frame (a regex over templates), its keys and flags
``lexicon``       regex fragments the rules share (verbs, titles, person names, places, exchanges),
                  built on first use from the word lists in ``bizfacts/data/``
``frames/``       one module per fact type: its merge key, and the rules and builder of the
                  types not read by the cascade alone (the executive officers' table;
                  financial_metric and user_count are slot-driven)
``engine``        the frame engine: trigger gate (Aho-Corasick), rule table, and
                  :func:`~.engine.frame_facts` (one sentence in, candidate facts out)
``layouts``       readers of layouts, not sentences: SEC cover pages, announcement headers,
                  "Field: value" headers, the dateline, the defined issuer
``infobox``       a company article's opening infobox ("Headquarters:", "Key people:", "Parent:")
``merge``         merge keys, merging and deduplication, inherited targets, full person names
``assembler``     the sentence loop that ties the above together

Another reader of sentences plugs in beside ``engine``: a function from a
:class:`~.sentence.Sentence` (its template holds the document's mentions as slots, anaphors
resolved) to candidate facts, called from the assembler's loop next to ``frame_facts``; its
facts go through the same merging.
"""

from __future__ import annotations

import datetime as dt

from .._fact_types import AnyFact
from ..companies import Gazetteer
from .assembler import assemble
from .mentions import Mentions, find_mentions

__all__ = ["Mentions", "extract_facts", "find_mentions"]


def extract_facts(
    text: str, reference_date: dt.date | str | None = None, *, gazetteer: Gazetteer | None = None
) -> list[AnyFact]:
    """Typed business facts found in ``text``, in text order.

    ``reference_date`` (usually the publication date) resolves relative dates
    such as "Monday" or "last year"; without it they stay unresolved (None).
    ``gazetteer`` extends or replaces the company names known to
    :func:`extract_companies` (see :class:`bizfacts.Gazetteer`).

    >>> import datetime
    >>> facts = extract_facts(
    ...     "Acme Corp said on Monday it bought a 20 percent stake in Widget Inc for $50 million.",
    ...     reference_date=datetime.date(2024, 5, 8))
    >>> f = facts[0]
    >>> f.type, f.acquirer, f.target, f.stake, f.price.amount, f.date.value
    ('acquisition', 'Acme', 'Widget', Decimal('20'), Decimal('50000000'), datetime.date(2024, 5, 6))
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_facts() expects text as str, got {type(text).__name__}")
    from bizfacts.records import reference_date_arg  # a date, a datetime or an ISO string

    reference_date = reference_date_arg(reference_date, "extract_facts")
    return assemble(text, find_mentions(text, reference_date, gazetteer=gazetteer))
