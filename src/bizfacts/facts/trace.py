"""What the assembler records of one document for :func:`bizfacts.explain` (no logic here).

:func:`bizfacts.facts.assembler.assemble` fills an :class:`AssemblyTrace` when one is given:
per sentence, the mentions it read, the resolved anaphors, the gate's trigger kinds, the
cascade's :class:`~bizfacts.facts.cascade.build.SentenceTrace` and how many candidate facts
existed once the sentence was done; at the end, every candidate fact before merging.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from .._fact_types import AnyFact
from .cascade.build import SentenceTrace


@attrs.frozen
class SentenceRecord:
    """One sentence as the assembler read it."""

    start: int
    end: int
    mentions: tuple[Any, ...]  # the extractor mentions it read (non-overlapping)
    anaphors: tuple[tuple[int, int, str], ...]  # (start, end, company name) resolved references
    triggers: frozenset[str]  # the gate's kinds of trigger; empty: the cascade skipped the sentence
    cascade: SentenceTrace | None
    candidates_end: int  # len(candidates) once the sentence was read


@attrs.define
class AssemblyTrace:
    """Filled by ``assemble(..., explain=AssemblyTrace())``."""

    sentences: list[SentenceRecord] = attrs.field(factory=list)
    candidates: list[AnyFact] = attrs.field(factory=list)  # every candidate fact, before merging

    def add(
        self,
        start: int,
        end: int,
        mentions: Sequence[Any],
        anaphors: Sequence[tuple[int, int, str]],
        triggers: frozenset[str],
        cascade: SentenceTrace | None,
        candidates_end: int,
    ) -> None:
        """Record one sentence."""
        self.sentences.append(
            SentenceRecord(start, end, tuple(mentions), tuple(anaphors), triggers, cascade, candidates_end)
        )
