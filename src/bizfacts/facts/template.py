"""Sentence templates: the text of a sentence with every mention replaced by a slot.

The fact rules are regular expressions over templates, so a rule speaks of
"a company, then 'bought', then a percentage, then 'stake in', then a company"
without re-reading names or numbers.  A slot is written ``\\ue000K<n>\\ue001`` where
``K`` is the mention kind (C company, M money, P percent, U user count, D date)
and ``<n>`` its index in :attr:`Template.slots`.  Characters from the Unicode
private-use area do not occur in news text; any that do are replaced by spaces in
the template first.

Rule patterns use macros, expanded once when a rule is compiled:

``{C:role}``  a company slot captured as ``role``      ``{C}`` an uncaptured one
``{CL:role}`` a list of companies ("A, B and C")       ``{M:..}`` money ``{P:..}`` percent
``{D:..}``  date      ``{U:..}`` user count            ``{~n}`` up to n plain words (or dates)
``{-n}``    up to n characters with no company slot (other slots allowed)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol, cast

import ahocorasick
import attrs
import regex

from .._patterns import LazyPattern as LazyPattern  # re-exported: the assembler's modules use it
from .._spans import CompanyMention, DateMention, MoneyMention, PercentMention, UserCountMention, unchecked

OPEN = "\ue000"
CLOSE = "\ue001"
_PRIVATE = regex.compile(r"[\ue000\ue001]")
_SLOT = regex.compile(OPEN + r"([CMPDU])(\d+)" + CLOSE)

_KIND_OF = {
    CompanyMention: "C",
    MoneyMention: "M",
    PercentMention: "P",
    UserCountMention: "U",
    DateMention: "D",
}


@attrs.frozen
class Slot:
    """One mention in a template.  ``name`` is set for company slots (possibly resolved)."""

    kind: str
    mention: Any
    name: str | None = None
    anaphor: bool = False


@attrs.frozen
class Template:
    """A sentence's text with its mentions replaced by slots."""

    start: int
    end: int
    text: str
    template: str
    slots: tuple[Slot, ...]
    # (position in the template, slot kind, slot index) of every slot, in order: computed once
    positions: tuple[tuple[int, str, int], ...] = ()

    def slot(self, token: str | None) -> Slot | None:
        """The slot a matched token ("\\ue000C3\\ue001") stands for, or None."""
        if not token:
            return None
        m = _SLOT.search(token)
        return self.slots[int(m.group(2))] if m else None

    def slots_in(self, token: str | None) -> list[Slot]:
        """Every slot inside a matched stretch of the template, in order."""
        if not token:
            return []
        return [self.slots[int(m.group(2))] for m in _SLOT.finditer(token)]


# (a sentence makes one template and a slot per mention: built without attrs' checks, the same objects)
_new_slot = unchecked(Slot)
_new_template = unchecked(Template)


def build_template(
    text: str,
    start: int,
    end: int,
    mentions: list[Any],
    anaphors: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
) -> Template:
    """Template of ``text[start:end]`` with ``mentions`` (sorted, non-overlapping) as slots.

    ``anaphors`` are extra (start, end, resolved company name) spans, e.g. "the company".
    """
    sentence = text[start:end]
    if not mentions and not anaphors:
        # no slot: the sentence itself, cleaned as below (a template with no slot has no positions)
        template = _PRIVATE.sub(" ", sentence) if OPEN in sentence or CLOSE in sentence else sentence
        if "<" in template:
            template = _TICKER.sub("", template)  # (no slot for _BRACKETED)
        return _new_template(start, end, sentence, template, (), ())
    # (start, end, kind, mention, name, anaphor) of each slot to be
    items: list[tuple[int, int, str, Any, str | None, bool]] = []
    for m in mentions:
        kind = _KIND_OF[type(m)]
        items.append((m.start, m.end, kind, m, m.name if kind == "C" else None, False))
    if anaphors:
        for s, e, resolved in anaphors:
            items.append((s, e, "C", None, resolved, True))
        items.sort(key=lambda it: (it[0], -it[1]))
    # else ``mentions`` are sorted (by start, longest first), so ``items`` already are
    parts: list[str] = []
    slots: list[Slot] = []
    positions: list[tuple[int, str, int]] = []
    pos = start
    length = 0  # of the template so far
    for s, e, kind, mention, name, anaphor in items:
        if s < pos or e > end:
            continue
        n = len(slots)
        parts.append(text[pos:s])
        length += s - pos
        token = f"{OPEN}{kind}{n}{CLOSE}"
        positions.append((length, kind, n))
        parts.append(token)
        length += len(token)
        slots.append(_new_slot(kind, mention, name, anaphor))
        pos = e
    parts.append(text[pos:end])
    if OPEN in sentence or CLOSE in sentence:
        # parts alternate: text, slot, text, ..., text; only the text parts are cleaned.
        template = "".join(_PRIVATE.sub(" ", p) if i % 2 == 0 else p for i, p in enumerate(parts))
    else:
        template = "".join(parts)
    if "<" in template:
        # Wire style: "<Dixons Group PLC>" and ticker codes "Cyclops Corp <CYL>" add nothing to a frame.
        unwrapped = _TICKER.sub("", template)
        if _BRACKETED_OPEN in unwrapped:  # what every _BRACKETED match starts with
            unwrapped = _BRACKETED.sub(r"\1", unwrapped)
        if unwrapped != template:  # else the slots stay where they were
            template = unwrapped
            positions = [(m.start(), m.group(1), int(m.group(2))) for m in _SLOT.finditer(template)]
    return _new_template(start, end, sentence, template, tuple(slots), tuple(positions))


_WORD = r"[^\s\ue000\ue001]+"
_TICKER = regex.compile(r"\s*<[A-Z][A-Z0-9.]{0,9}>")
_BRACKETED = regex.compile("<(" + OPEN + r"C\d+" + CLOSE + ")>")
_BRACKETED_OPEN = "<" + OPEN + "C"
_MACRO = regex.compile(r"\{(CL|[CMPDU])(?::(\w+))?\}|\{~(\d+)\}|\{-(\d+)\}")


def expand(pattern: str) -> str:
    """Expand the slot macros of a rule pattern into plain regex syntax."""

    def one(m: regex.Match[str]) -> str:
        if m.group(3) is not None:
            # a word may carry date and money slots ("[M]-million", "[D]'s"); not company or percent slots
            return rf"(?:(?:[^\s{OPEN}{CLOSE}]|{OPEN}[DM]\d+{CLOSE})+\s+){{0,{m.group(3)}}}?"
        if m.group(4) is not None:
            return rf"(?:[^\n{OPEN}]|{OPEN}[DMPU]\d+{CLOSE}){{0,{m.group(4)}}}?"
        kind, name = m.group(1), m.group(2)
        if kind == "CL":
            body = rf"{OPEN}C\d+{CLOSE}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){OPEN}C\d+{CLOSE})*"
        else:
            body = rf"{OPEN}{kind}\d+{CLOSE}"
        return f"(?P<{name}>{body})" if name else f"(?:{body})"

    return _MACRO.sub(one, pattern)


class Automaton(Protocol):
    """The part of ``ahocorasick.Automaton`` used here."""

    def iter(self, string: str) -> Iterator[tuple[int, str]]: ...


class MaskedAutomaton(Protocol):
    """An ``ahocorasick.Automaton`` whose words report (word, mask): see :func:`masked_automaton`."""

    def iter(self, string: str) -> Iterator[tuple[int, tuple[str, int]]]: ...


def automaton(words: Iterable[str]) -> Automaton:
    """An Aho-Corasick automaton reporting each of ``words`` it finds, overlapping ones included.

    Built once per word list, then only read (searching does not change it): threads may share it.
    """
    machine = ahocorasick.Automaton()
    for word in sorted(set(words)):
        if word:
            machine.add_word(word, word)
    machine.make_automaton()
    return cast(Automaton, machine)


def spans_holding(
    machine: Automaton, text: str, spans: Sequence[tuple[int, int]], low: str | None = None
) -> list[bool]:
    """For each span of ``text`` (sorted, not overlapping), whether its lowercased text holds a
    word of ``machine`` (inside a word or not), in one pass over the whole text: the same as
    searching each span's ``casefold()`` alone.  Every span is said to hold one when lowercasing
    changes the text's length (its offsets would no longer be the text's).  ``low`` is
    ``text.casefold()``, when the caller has it.

    >>> spans_holding(automaton(["buy"]), "We Buy. We sell.", [(0, 7), (8, 16)])
    [True, False]
    """
    if low is None:
        low = text.casefold()
    if len(low) != len(text):
        return [True] * len(spans)
    out = [False] * len(spans)
    k = 0
    n = len(spans)
    for end, word in machine.iter(low):  # in the order of their last character
        while k < n and spans[k][1] <= end:
            k += 1  # (a span that ends before this word ends holds no later word either)
        if k == n:
            break
        if end - len(word) + 1 >= spans[k][0]:
            out[k] = True
    return out


def masked_automaton(word_sets: Sequence[Iterable[str]]) -> MaskedAutomaton:
    """An automaton of the words of every set in ``word_sets``, each reported as (word, mask),
    bit ``i`` of the mask set when set ``i`` holds the word: one pass finds the words of them all.

    >>> [hit for hit in masked_automaton([["buy", "sell"], ["sell"]]).iter("we sell")]
    [(6, ('sell', 3))]
    """
    masks: dict[str, int] = {}
    for i, words in enumerate(word_sets):
        for word in words:
            if word:
                masks[word] = masks.get(word, 0) | 1 << i
    machine = ahocorasick.Automaton()
    for word in sorted(masks):
        machine.add_word(word, (word, masks[word]))
    machine.make_automaton()
    return cast(MaskedAutomaton, machine)


def spans_words(
    machine: MaskedAutomaton | Iterable[tuple[int, tuple[str, int]]],
    text: str,
    spans: Sequence[tuple[int, int]],
    low: str,
    keep: int = 0,
) -> tuple[list[int], dict[int, list[tuple[int, str]]] | None]:
    """:func:`spans_holding` for every word set of a :func:`masked_automaton` in one pass: for each
    span of ``text`` (sorted, not overlapping) the mask of the sets it holds a word of; and, by span
    index, the hits (end offset in the span, word) of the words of the sets in ``keep``, in the
    order searching the span's ``casefold()`` alone gives them.  ``low`` is ``text.casefold()``;
    when lowercasing changes the text's length every span is said to hold every set, and the hits
    are None (search each span yourself).  ``machine`` may also be what the automaton found in
    ``low`` already (its ``iter(low)``, in that order).

    >>> m = masked_automaton([["buy"], ["rose"]])
    >>> spans_words(m, "We Buy. Sales rose.", [(0, 7), (8, 19)], "we buy. sales rose.", keep=1)
    ([1, 2], {0: [(5, 'buy')]})
    """
    n = len(spans)
    if len(low) != len(text):
        return [-1] * n, None
    masks = [0] * n
    hits: dict[int, list[tuple[int, str]]] = {}
    k = 0
    found = machine.iter(low) if hasattr(machine, "iter") else machine
    for end, (word, mask) in found:  # in the order of their last character
        while k < n and spans[k][1] <= end:
            k += 1  # (a span that ends before this word ends holds no later word either)
        if k == n:
            break
        start = spans[k][0]
        if end - len(word) + 1 >= start:
            masks[k] |= mask
            if mask & keep:
                if k in hits:
                    hits[k].append((end - start, word))
                else:
                    hits[k] = [(end - start, word)]
    return masks, hits
