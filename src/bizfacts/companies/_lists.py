"""Names listed with a company ("Mobil, Halvard and Quenby"): the review's enumerations."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Union

import regex

from .._company_words import company_words
from .._spans import CompanyMention
from ._examples import examples_of_firms
from ._regexes import _Pattern

# a match of a pattern or of its stdlib twin
_AnyMatch = Union[regex.Match[str], re.Match[str]]  # noqa: UP007 (an alias, evaluated at import)

# a capitalized name of one to five words ("Just Eat", "Marks & Spencer")
_NAME_RUN = _Pattern(
    r"\p{Lu}[\p{L}\p{N}'’\-]*+(?:[^\S\n]++(?:&[^\S\n]++)?\p{Lu}[\p{L}\p{N}'’\-]*+){0,4}+(?![\p{L}\p{N}])"
)
# the same, ending where the search ends
_NAME_RUN_BEFORE = _Pattern(
    r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’\-]*+(?:[^\S\n]++(?:&[^\S\n]++)?\p{Lu}[\p{L}\p{N}'’\-]*+){0,4}+$"
)
# what parts the members of an enumeration: "A, B and C", "A , B , and C", "A or B"
_LIST_SEP = _Pattern(r"[^\S\n]*+,[^\S\n]++(?:(?:and|or)[^\S\n]++)?+|[^\S\n]++(?:and|or)[^\S\n]++")
_LIST_SEP_BEFORE = _Pattern(
    r"(?:[^\S\n]*+,[^\S\n]++(?:(?:and|or)[^\S\n]++)?+|[^\S\n]++(?:and|or)[^\S\n]++)$"
)
# how a separator starts (after spaces) and ends (before spaces)
_SEP_HEADS = (",", "and ", "or ", "and\t", "or\t")
_SEP_TAILS = (",", " and", " or", "\tand", "\tor")
# the character right after a name that a separator may start with, right before it one may end with
_SEP_HEAD_FIRST = frozenset(" \t,ao")
_SEP_TAIL_LAST = frozenset(" \t,dr")
# the character after _SEP_HEAD_FIRST (but a comma), before _SEP_TAIL_LAST (but a comma)
_SEP_HEAD_SECOND = frozenset(" \t,aonr")
_SEP_TAIL_SECOND = frozenset(" \t,drno")
# mentions that anchor an enumeration: names read as companies, not acronyms or guesses
_LIST_ANCHOR_RULES = frozenset(
    {
        "gazetteer",
        "legal suffix",
        "gazetteer+suffix",
        "known name + company words",
        "company word",
        "document alias",
    }
)


def _enumerated(text: str, mentions: Sequence[CompanyMention]) -> list[tuple[_AnyMatch, str]]:
    """Names listed with a company: "Mobil, Halvard and Quenby" names three firms.

    An enumeration joins its members by commas and a final "and" or "or"; where one member
    is a company (or an organization) the document names for sure, the capitalized names
    beside it are of that kind too (the caller vetoes people, places and plain words).
    """
    if not (" and " in text or " or " in text):
        return []  # no list without an "and" or an "or"
    # names read as companies for sure with a separator right after or before (a cheap look:
    # most names stand in no list; the character next to the name first, then the one after
    # it, or before it, past a comma, where a separator's spaces or its ends would be)
    anchors: list[CompanyMention] = []
    for m in mentions:
        if m.kind not in ("company", "organization"):
            continue
        examples = m.rule == "cue before" and examples_before(text, m.start)  # "rivals such as X, Y"
        if m.rule not in _LIST_ANCHOR_RULES and not examples:
            continue
        end = m.end
        after = text[end : end + 1]
        if (
            after in _SEP_HEAD_FIRST
            and (after == "," or text[end + 1 : end + 2] in _SEP_HEAD_SECOND)
            and text[end : end + 6].lstrip(" \t").startswith(_SEP_HEADS)
        ):
            anchors.append(m)
            continue
        start = m.start
        before = text[start - 1 : start]
        if (
            before in _SEP_TAIL_LAST
            and (before == "," or text[start - 2 : start - 1] in _SEP_TAIL_SECOND)
            and text[max(0, start - 6) : start].rstrip(" \t").endswith(_SEP_TAILS)
        ):
            anchors.append(m)
    if not anchors:
        return []
    words = company_words()
    if text.isascii():  # the stdlib twins find the same, faster
        list_sep, list_sep_before = _LIST_SEP.ascii_match, _LIST_SEP_BEFORE.ascii_search
        name_run, name_run_before = _NAME_RUN.ascii_match, _NAME_RUN_BEFORE.ascii_search
    else:
        list_sep, list_sep_before = _LIST_SEP.match, _LIST_SEP_BEFORE.search
        name_run, name_run_before = _NAME_RUN.match, _NAME_RUN_BEFORE.search
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    out: list[tuple[_AnyMatch, str]] = []
    for anchor in anchors:
        found: list[_AnyMatch] = []
        joined = False  # an "and" or "or" seen: a list, not an apposition ("Acme, Boston")
        end = anchor.end
        for _ in range(8):  # rightwards: "Anchor, B and C"
            if not text[end : end + 6].lstrip(" \t").startswith(_SEP_HEADS):
                break  # (a cheap look first: most names are followed by no separator)
            sep = list_sep(text, end)
            if sep is None:
                break
            joined = joined or sep.group().strip(" \t,") != ""
            known = by_start.get(sep.end())
            if known is not None:
                end = known.end
                continue
            run = name_run(text, sep.end())
            if run is None:
                break
            found.append(run)
            end = run.end()
        start = anchor.start
        comma_seen = False  # a bare comma met leftwards: an "and" further left ends no list at the anchor
        for _ in range(8):  # leftwards: "A, B and Anchor"
            if not text[max(0, start - 6) : start].rstrip(" \t").endswith(_SEP_TAILS):
                break
            sep = list_sep_before(text, max(0, start - 12), start)
            if sep is None:
                break
            conjunction = sep.group().strip(" \t,") != ""
            if conjunction and comma_seen:
                break  # "Founded by A and B, Anchor raised": a clause before the anchor, no list
            comma_seen = comma_seen or not conjunction
            joined = joined or conjunction
            known = by_end.get(sep.start())
            if known is not None:
                start = known.start
                continue
            run = name_run_before(text, max(0, sep.start() - 80), sep.start())
            if run is None:
                break
            found.append(run)
            start = run.start()
        if joined:
            # a lone first name or surname is a person's more often ("Acme Corp and Jones said")
            out.extend(
                (run, anchor.kind)
                for run in found
                if run.group() not in words.surnames and run.group() not in words.firstnames
            )
    return out


def examples_before(text: str, start: int) -> bool:
    """Whether the examples of a plural firm noun open right before ``start``: "rivals such as",
    "lenders including", "carmakers like" (the list that follows names firms)."""
    if not text.endswith(_EXAMPLE_ENDS, 0, start):
        return False
    words = text[max(0, start - 40) : start].split()
    return len(words) >= 2 and examples_of_firms(words, company_words().appositive)


_EXAMPLE_ENDS = (" as ", " including ", " like ")


# the markers of a list's items ("• Orvane Labs | diagnostics | closed 2025")
_ITEM_MARKERS = frozenset("•▪·*–-")
# what follows the name that opens a row of a table written as a list: a field's bar or a bracket
_ROW_NAME_ENDS = (" | ", " (")


def _row_names(text: str, mentions: Sequence[CompanyMention]) -> list[tuple[_AnyMatch, str]]:
    """Names opening the rows of a table written as a list, where another row opens with a company.

    "• Orvane Labs | diagnostics | closed Jan 2025" above "• Pellmoor Imaging | scans | signed
    2026": rows of one list, their fields parted by bars; where the document names the first
    row's name a company for sure, the name before the bar (or a bracket) of every other row of
    the list is one too (the caller vetoes people, places and plain words).
    """
    anchors = {m.start for m in mentions if m.rule in _LIST_ANCHOR_RULES and m.kind == "company"}
    if not anchors:
        return []
    name_run = _NAME_RUN.ascii_match if text.isascii() else _NAME_RUN.match
    out: list[tuple[_AnyMatch, str]] = []
    rows: list[_AnyMatch] = []  # the names of the rows of the list read now
    anchored = False
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        at = line_start
        while at < line_end and text[at] in " \t":
            at += 1
        run = None
        if (
            text[at : at + 1] in _ITEM_MARKERS
            and text[at + 1 : at + 2] in (" ", "\t")
            and " | " in text[at:line_end]
        ):
            at += 2
            while at < line_end and text[at] in " \t":
                at += 1
            run = name_run(text, at, line_end)
            if run is not None and not text.startswith(_ROW_NAME_ENDS, run.end()):
                run = None
        if run is not None:
            rows.append(run)
            anchored = anchored or run.start() in anchors
        else:
            if anchored and len(rows) > 1:
                out.extend((r, "company") for r in rows)
            rows, anchored = [], False
        line_start = line_end + 1
    if anchored and len(rows) > 1:
        out.extend((r, "company") for r in rows)
    return out
