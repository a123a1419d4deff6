"""The frame engine: which frame rules run on a sentence, and the loop that runs them.

A frame rule (:class:`~bizfacts.facts.rule.Rule`) is a regular expression over a sentence
template; the rules of each fact type, and the builder that turns a match into a fact, live
in :mod:`bizfacts.facts.frames`.  :func:`frame_facts` is the entry point: one sentence
(its template of the document's mentions) in, candidate facts out.  Most sentences hold no
trigger of most types, so the engine first finds, in one Aho-Corasick pass, every trigger
and rule key the sentence contains, and runs only the rules those admit (and only those
whose company, money, percent, date and person slots the sentence has).
"""

from __future__ import annotations

import functools
import re

from .._alternations import opening_group_closes_at_end
from .._fact_types import AnyFact
from . import lexicon as L
from .frames import RULE_FRAMES, Builder
from .rule import Rule
from .sentence import C_SLOT, Sentence
from .template import OPEN, Automaton, LazyPattern, automaton, expand


def frame_facts(
    sentence: Sentence, *, n_companies: int | None = None, low: str | None = None
) -> list[AnyFact]:
    """The candidate facts of every frame rule that matches one sentence: the frame engine.

    ``sentence.tpl`` is the sentence's template, the document's mentions in it written as
    slots and its anaphors resolved (see :mod:`bizfacts.facts.assembler`).  Each fact type's
    triggers, each rule's keys and the slots a rule needs are tested first, in one
    Aho-Corasick pass over the template, so most rules never run their regex.
    ``n_companies`` (the template's company slots) and ``low`` (the template casefolded)
    may be passed when the caller has them.
    """
    template = sentence.tpl.template
    if n_companies is None:
        # every company slot writes OPEN + "C" once (private-use characters of the text became spaces)
        n_companies = template.count(C_SLOT)
    if low is None:
        low = template.casefold()
    facts: list[AnyFact] = []
    # every trigger and key the sentence contains, found in one pass (overlaps included)
    found = {word for _end, word in _trigger_automaton().iter(low)}
    if not found:
        return facts  # (most sentences: no trigger of any fact type, so no rule may run)
    absent = found.isdisjoint
    has = template.__contains__
    has_person: bool | None = None
    first_person = 0  # where PERSON first matches: no rule that opens with PERSON matches before it
    for triggers, keys, slots, builder, rules, keyless, by_key in _frame_table(
        min(n_companies, _max_min_companies())
    ):
        if (slots and not all(map(has, slots))) or (keys is not None and absent(keys)) or absent(triggers):
            continue
        # the rules with no key, and those one of whose keys the sentence holds, in table order
        # (a rule none of whose keys the sentence holds cannot match: it is not even visited)
        todo = set(keyless)
        for word in found:
            todo.update(by_key.get(word, ()))
        for i in sorted(todo):
            rule, needs, person, _keys, person_first = rules[i]  # each needs at most n_companies company slots
            if needs and not all(map(has, needs)):
                continue
            if person:
                if has_person is None:
                    pm = _any_person().search(template)
                    has_person = pm is not None
                    first_person = pm.start() if pm is not None else 0
                if not has_person:
                    continue  # the rule names a person and the sentence has no name
            # (lookbehinds and \b still see the text before ``pos``)
            for m in rule.regex.finditer(template, first_person if person_first else 0):
                facts.extend(builder(sentence, m, rule))
    return facts


def all_rules() -> tuple[Rule, ...]:
    """Every frame rule, in the order the engine tries them (fact type by fact type)."""
    return tuple(r for f in RULE_FRAMES for r in f.rules())


# --- which rules can run on a sentence ----------------------------------------------------

_QUANTIFIERS = "?*{"
_PATTERN_SYNTAX = re.compile("[\\\\\\[()|" + OPEN + "]")


@functools.cache
def _slots_needed(pattern: str) -> frozenset[str]:
    """Slot kinds ("M", "P", ...) every match of the expanded rule ``pattern`` contains.

    A conservative reading of the pattern: a slot token ``OPEN`` + kind written literally counts
    only outside character classes, outside lookarounds, not quantified, and in groups that are
    neither optional nor repeated zero times; an alternation needs what all its branches need.
    Any construct not understood gives the empty set (no test).  Templates write the kind letter
    in upper case only, so IGNORECASE changes nothing.
    """
    if "(?x" in pattern:
        return frozenset()
    # one frame per open group: (branches so far, each a set of kinds; counts toward the parent?)
    stack: list[tuple[list[set[str]], bool]] = [([set()], True)]
    i, n = 0, len(pattern)
    while True:
        special = _PATTERN_SYNTAX.search(pattern, i)  # other characters match themselves
        if special is None:
            break
        i = special.start()
        c = pattern[i]
        if c == "\\":
            if pattern.startswith(("p{", "P{", "N{"), i + 1):
                close = pattern.find("}", i)
                if close < 0:
                    return frozenset()
                i = close + 1
            else:
                i += 2
        elif c == "[":
            i += 1
            if pattern.startswith("^", i):
                i += 1
            if pattern.startswith("]", i):
                i += 1
            while i < n and pattern[i] != "]":
                if pattern[i] == "[":
                    return frozenset()  # a POSIX class or a nested set: not read here
                i += 2 if pattern[i] == "\\" else 1
            i += 1
        elif c == "(":
            if pattern.startswith("(?#", i):
                close = pattern.find(")", i)
                if close < 0:
                    return frozenset()
                i = close + 1
                continue
            counts = True
            if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
                counts = False
            elif pattern.startswith("(?P<", i) or (
                pattern.startswith("(?<", i) and pattern[i + 3 : i + 4].isalpha()
            ):
                i = pattern.index(">", i)
            elif pattern.startswith("(?", i):
                j = i + 2
                while j < n and (pattern[j].isalpha() or pattern[j] == "-"):
                    j += 1
                if j < n and pattern[j] == ")":  # global inline flags "(?i)": no group
                    i = j + 1
                    continue
                if j >= n or pattern[j] not in ":>":
                    return frozenset()  # conditionals, branch resets, recursion, ...
                i = j
            stack.append(([set()], counts))
            i += 1
        elif c == "|":
            stack[-1][0].append(set())
            i += 1
        elif c == ")":
            if len(stack) == 1:
                return frozenset()
            branches, counts = stack.pop()
            i += 1
            optional = i < n and pattern[i] in _QUANTIFIERS and not _at_least_once(pattern, i)
            if counts and not optional:
                stack[-1][0][-1].update(set.intersection(*branches))
        elif i + 1 < n and pattern[i + 1] in "CMPDU":  # c is OPEN
            if not (i + 2 < n and pattern[i + 2] in _QUANTIFIERS):
                stack[-1][0][-1].add(pattern[i + 1])
            i += 2
        else:
            i += 1
    if len(stack) != 1:
        return frozenset()
    return frozenset(set.intersection(*stack[0][0]))


@functools.cache
def _slot_tokens_needed(pattern: str) -> tuple[str, ...]:
    """The tokens (``OPEN`` + kind) of the slots other than companies every match of a rule contains.

    (Company slots are counted by ``Rule.min_companies``.)
    """
    expanded = expand(pattern)
    if not any(OPEN + k in expanded for k in "MPDU"):
        return ()  # the reading below would find none
    return tuple(OPEN + k for k in sorted(_slots_needed(expanded) - {"C"}))


def _at_least_once(pattern: str, i: int) -> bool:
    """True when the quantifier at ``pattern[i]`` is ``{m}`` or ``{m,...}`` with m >= 1."""
    if pattern[i] != "{":
        return False
    j = i + 1
    while j < len(pattern) and pattern[j].isdigit():
        j += 1
    return j > i + 1 and int(pattern[i + 1 : j]) >= 1 and j < len(pattern) and pattern[j] in ",}"


_Frame = tuple[
    frozenset[str],  # the fact type's triggers
    frozenset[str] | None,  # every key of its rules, when all have keys
    tuple[str, ...],  # the slot tokens all its rules need
    Builder,
    # each rule, the slot tokens it needs, whether it names a person, its keys, whether it opens with one
    tuple[tuple[Rule, tuple[str, ...], bool, frozenset[str], bool], ...],
    tuple[int, ...],  # the rules (their indices) with no key
    dict[str, tuple[int, ...]],  # key -> the rules (indices) that have it
]


# A rule whose pattern names a PERSON can only match a sentence where PERSON alone matches
# somewhere: one search tells, before the rules that would each scan the sentence for it.
@functools.cache
def _any_person() -> LazyPattern:
    """PERSON alone (built on first use: the honorifics come from a data file)."""
    return LazyPattern(L.PERSON)


def _opens_with_person(pattern: str) -> bool:
    """Whether every match of the rule ``pattern`` starts where PERSON alone matches: the pattern
    opens with PERSON, which is case-sensitive throughout (``(?-i:...)``), so the rule's
    IGNORECASE changes nothing in it."""
    person = L.PERSON
    return pattern.startswith(person) and person.startswith("(?-i:") and opening_group_closes_at_end(person)


@functools.cache  # built on first use (import stays cheap), then shared: the tables are never changed
def _frame_table(n: int) -> tuple[_Frame, ...]:
    """(triggers, keys, slots, builder, rules, keyless, by_key) per fact type, in RULES order, for
    sentences of ``n`` company slots.

    Only the rules that can run with ``n`` company slots are kept, and a fact type with none
    is left out (its triggers need no test).  ``keys``, when not None, is every key of those
    rules, all of which have keys: a sentence with none of them runs none of the rules, whatever
    the triggers say, and it is the shorter test.  ``rules`` pairs each rule with the slot
    tokens (``OPEN`` + kind) every match of it contains; ``slots`` are those all the rules need.
    ``keyless`` and ``by_key`` index the rules by key, so a sentence visits only the rules
    with no key and those one of whose keys it holds.
    (With n = 0: the frames that can fire in a sentence naming no company; they fall back to
    the company the text is about.)
    """
    table: list[_Frame] = []
    for frame in RULE_FRAMES:
        runnable = tuple(
            (
                r,
                _slot_tokens_needed(r.pattern),
                "(?P<person>" in r.pattern,
                frozenset(r.keys),
                _opens_with_person(r.pattern),
            )
            for r in frame.rules()
            if r.min_companies <= n
        )
        if not runnable:
            continue
        keys: frozenset[str] | None = None
        if all(r.keys for r, _, _, _, _ in runnable):
            keys = frozenset(k for r, _, _, _, _ in runnable for k in r.keys)
        slots = tuple(sorted(set.intersection(*(set(needs) for _, needs, _, _, _ in runnable))))
        keyless = tuple(i for i, (r, _, _, _, _) in enumerate(runnable) if not r.keys)
        by_key: dict[str, list[int]] = {}
        for i, (r, _, _, _, _) in enumerate(runnable):
            for k in dict.fromkeys(r.keys):
                by_key.setdefault(k, []).append(i)
        table.append(
            (
                frozenset(frame.triggers),
                keys,
                slots,
                frame.build,
                runnable,
                keyless,
                {k: tuple(v) for k, v in by_key.items()},
            )
        )
    return tuple(table)


@functools.cache
def _trigger_automaton() -> Automaton:
    """Every trigger and key of the frame tables: one pass over a sentence lists those it contains,
    the same answers as one substring test per word, for a fraction of the cost."""
    return automaton([w for f in RULE_FRAMES for w in f.triggers] + [k for r in all_rules() for k in r.keys])


@functools.cache
def _max_min_companies() -> int:
    """``_frame_table(n)`` serves sentences of ``n`` company slots; this one any larger ``n``."""
    return max(r.min_companies for r in all_rules())
