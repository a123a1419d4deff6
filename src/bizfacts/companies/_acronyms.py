"""Acronyms nobody listed, and the long forms defined with them.

An upper-case word of two to six letters in running text ("ISDA", "OECD") names an organization
unless it is a place, a currency, a title or a common abbreviation ("CEO", "GDP"), a listing code
or a word of a headline in capitals; the words after it may make it a company ("QRT shares fell").
A long form defined with it ("Council for Maritime Safety and Training (CMST)") is one too, and
both carry the long form's name.  Read by :mod:`._review`.
"""

from __future__ import annotations

import functools
import re as std_re
from collections.abc import Sequence
from typing import Union

import attrs
import regex as re

from .._company_words import company_words
from .._numbers import data_rows
from .._spans import CompanyKind, CompanyMention
from ..places import is_place_name
from ._base import suffix_class
from ._made import mention
from ._regexes import _Pattern
from ._scans import _bracket_matches, _LineCase, _Spans

# abbreviations that name no organization: titles, units, periods, measures, media
_NOT_ORG_ACRONYMS = frozenset(
    """CEO CFO COO CTO CIO CMO CSO EVP SVP VP MD GM GDP GNP CPI PPI PMI IPO EPS ROI ROE ROA ETF
    REIT LLC INC LTD PLC LP LLP TV PC IT AI AM PM GMT EST EDT PST PDT UTC BST CET OK ID PR HR RD FAQ PDF
    USB CD DVD GPS SMS API URL FY YTD YOY QOQ MOM TBA NA N/A AIDS HIV DNA RNA SUV CEOS CFOS IPOS LBO MBO
    EBIT EBITDA EBITA NAV AUM ADR ADRS GDR CDS CDO MBS ABS OTC P2P B2B B2C VAT GST SEZ FDI ATM SIM
    NB PS RE FW FYI ASAP Q&A AKA RIP CV MP MPS QC KC OBE CBE MBE PHD MBA BA BSC MSC CPA CFA JV JVS SPV
    II III IV VI VII VIII IX XI XII XIII XIV XV XX AD BC AGM EGM CGT LNG LPG GMO CO2 KWH MW GW
    AEST AEDT ACST AWST CST CDT MST MDT HKT SGT JST IST WIB
    BPD BBL MMBTU OPEX CAPEX SME SMES NGO NGOS UAV EV EVS TBD ESG PE VC VCS IOT SAAS""".split()
)
# two to six capitals (a digit or "&" inside): the word's left edge is checked by _acronym_start
# (Latin capitals only, through the standard library's faster engine)
_ACRONYM = std_re.compile(r"[A-Z](?:[A-Z&]|\d(?=[A-Z])){1,5}(?![^\W_]|[&/\-]|\.[^\W\d_])")
_NOT_BEFORE_ACRONYM = frozenset("&./-")
_DEFINED = _Pattern(r"\([^\S\n]*+(\p{Lu}[\p{Lu}&]{1,7}+)[^\S\n]*+\)")
_CAPS_NEIGHBOUR = _Pattern(r"(?<![\p{L}\p{N}])\p{Lu}{2,}+[.,]?[^\S\n]++$")
_CAPS_AFTER = _Pattern(r",?[^\S\n]++\p{Lu}{2,}+(?![\p{L}\p{N}])")
_POSTAL_AFTER = _Pattern(r"[^\S\n]++\d{4,}")
_CODE_BEFORE = _Pattern(r"(?:[:<]|\([^\S\n]*+\.[^\S\n]*+|\p{Lu}{3,}+[^\S\n]*+:)[^\S\n]*+$")
# nouns an acronym qualifies as a standard, a rate or an instrument, not as an organization
_MODIFIED_NOUN = _Pattern(
    r"[^\S\n]++(?:futures?|bonds?|yields?|rates?|data|figures|equipment|switching|contracts?|"
    r"prices?|losses|gains|standard|format|protocol|technology|notes?|bills?)\b"
)
# what makes an acronym no definition explains a company: its shares and officers, its results
# and its deals ("QRT shares fell", "QRT's chief executive", "QRT reported a net loss")
_COMPANY_AFTER_ACRONYM = _Pattern(
    r"(?:'s|’s)?+[^\S\n]++(?:(?:shares|stock|stockholders|shareholders|chief[^\S\n]++executive|subsidiary)\b"
    r"|(?:reported|posted|recorded)(?:[^\S\n]++[\p{L}\-]++){0,4}?[^\S\n]++"
    r"(?:profits?|loss|losses|revenues?|sales|earnings|income)\b"
    r"|agreed[^\S\n]++to[^\S\n]++(?:buy|acquire|sell|purchase|merge|take[^\S\n]++over)\b"
    r"|(?:acquired|bought)[^\S\n]++(?:(?:a|an|the|its)\b|\p{Lu}))"
)
# the last character before a code (_CODE_BEFORE): "NYSE: X", "<X", "( .X"
_CODE_MARKS = frozenset(":<.")
_EXCHANGE_AFTER = _Pattern(r"[^\S\n]*+:|-(?:based|listed)")
_BRACKETED = _Pattern(r"[^\S\n]*+\)")
_CONNECTORS = frozenset("of for and the on in de du des la le di del da van von und & to".split())
# a match of a pattern or of its stdlib twin
_AnyMatch = Union[re.Match[str], std_re.Match[str]]  # noqa: UP007 (an alias, evaluated at import)
_LONG_FORM_WORD = _Pattern(r"[\p{L}&][\p{L}\-'’&]*+")
_LONG_FORM_WORD_ASCII = std_re.compile(r"[A-Za-z&][A-Za-z\-'’&]*+")  # its twin for ASCII text


@functools.cache
def _currency_codes() -> frozenset[str]:
    codes: set[str] = set()
    for row in data_rows("currencies.tsv"):
        codes.update(c for c in row if len(c) == 3 and c.isupper())
    return frozenset(codes)


@functools.lru_cache(maxsize=4096)
def _may_name_organization(word: str) -> bool:
    """Whether an upper-case ``word`` may be an organization's acronym, its context aside.

    No title, unit or period ("CEO", "GDP"), currency, legal form on its own ("AG", "PLC"),
    place ("NEW", "YORK", "USSR") or word of the company lexicon.  The answer depends on the
    word alone, so it is remembered (the wire's "REUTER", "NOTE" recur in every document).
    """
    if word in _NOT_ORG_ACRONYMS or word in _currency_codes() or len(word.replace("&", "")) < 2:
        return False
    if suffix_class(word) is not None:
        return False  # a legal form on its own ("GmbH & Co. KG", "AG"): the end of a name, no name
    if word.title() in company_words().common:
        return False  # an ordinary word in capitals ("NOTE", "SEARCH")
    return not (is_place_name(word) or is_place_name(word.title()) or is_non_company(word))


def is_non_company(word: str) -> bool:
    """Whether the company lexicon says ``word`` names no company (an exchange, a currency...)."""
    return word in company_words().category_of


def _long_form(text: str, end: int, acronym: str) -> int | None:
    """Start of the capitalized words before ``end`` whose initials spell ``acronym``."""
    letters = [c for c in acronym if c.isalpha()]
    base = max(0, end - 150)
    window = text[base:end]
    words: list[_AnyMatch] = list(
        _LONG_FORM_WORD_ASCII.finditer(window) if window.isascii() else _LONG_FORM_WORD.finditer(window)
    )
    if not words or text[base + words[-1].end() : end].strip():
        return None
    i = len(words) - 1
    k = len(letters) - 1
    start = None
    while i >= 0 and k >= 0:
        w = words[i].group()
        if i + 1 < len(words) and text[base + words[i].end() : base + words[i + 1].start()].strip():
            return None  # punctuation between two words: no one name
        if w.lower() in _CONNECTORS and start is not None:
            i -= 1
            continue
        if not w[:1].isupper():
            return None
        if w[0] != letters[k]:
            return None
        start = base + words[i].start()
        k -= 1
        i -= 1
    return start if k < 0 else None


def _acronym_starts(text: str) -> list[int]:
    """Where ``_ACRONYM`` matches in ``text`` (a scan, for callers that give no ``caps``)."""
    return [a.start() for a in _ACRONYM.finditer(text)]


def _after_given_name(text: str, start: int, word: str) -> bool:
    """Whether a given name and one space stand right before ``word`` (at ``start``), the two a
    person's name ("Marc DUVAL")."""
    if start < 3 or text[start - 1] != " ":
        return False
    before = text[max(0, start - 20) : start - 1].rsplit(None, 1)[-1:]
    if not before or not before[0][:1].isupper():
        return False
    from ..people import is_person_name  # (the people's lists load only where a word asks)

    return is_person_name(f"{before[0]} {word}")


def _acronyms(
    text: str,
    mentions: Sequence[CompanyMention],
    caps: Sequence[int] | None = None,
    taken: _Spans | None = None,
) -> list[CompanyMention]:
    """Acronyms and the long forms defined with them; ``taken``, the spans of ``mentions``
    when given, receives those of the long forms."""
    if caps is not None and not caps and "(" not in text:
        return []  # no word where an acronym may start, no definition in brackets
    if taken is None:
        taken = _Spans(mentions)
    known: set[str] | None = None  # the mentions' texts, made when first needed
    ends: dict[int, CompanyMention] | None = None
    found: list[CompanyMention] = []
    names: dict[str, str] = {}
    kinds: dict[str, CompanyKind] = {}
    for d in _bracket_matches(text, _DEFINED):
        acronym = d.group(1)
        start = _long_form(text, d.start(), acronym)
        if start is None:
            # "Carr, Riggs & Ingram, LLC (CRI)": the acronym of the mention just before
            before = d.start()
            while before > 0 and text[before - 1] in " \t,.":
                before -= 1
            if ends is None:
                ends = {m.end: m for m in mentions}
            if known is None:
                known = {m.text for m in mentions}
            if before in ends and acronym not in known:
                names[acronym] = ends[before].name
                kinds[acronym] = ends[before].kind
            continue
        long_text = text[start : d.start()].rstrip()
        names[acronym] = long_text
        if not taken.overlaps(start, start + len(long_text)):
            found.append(
                mention(start, start + len(long_text), long_text, long_text, "organization", rule="long form")
            )
            taken.add(start, start + len(long_text))
    mixed_case_line: _LineCase | None = None  # made, with the patterns to run, for the first word kept
    cued_company = False  # an acronym made a company by the words after it
    may_name_organization = _may_name_organization
    acronym_at = _ACRONYM.match
    last_end = 0  # (matches do not overlap: a start inside the last one is passed over)
    for s in caps if caps is not None else _acronym_starts(text):
        if s < last_end or (a := acronym_at(text, s)) is None:
            continue
        e = last_end = a.end()
        if s and ((prev := text[s - 1]).isalnum() or prev in _NOT_BEFORE_ACRONYM):
            continue
        word = a.group()
        if not may_name_organization(word):
            continue  # (first: a verdict remembered per word, and most words end here: "YORK", "GDP")
        if (not s or text[s - 1] == "\n") and text[e : e + 1] in ("\n", ""):
            continue  # a line of its own, all capitals ("REUTER"): what mixed_case_line() would say
        if known is None:
            known = {m.text for m in mentions}
        if word in known:
            continue  # (before the line's case is read: most such words are the mentions' own)
        if mixed_case_line is None:
            mixed_case_line = _LineCase(text)
            if text.isascii():  # the stdlib twins find the same, faster
                company_after = _COMPANY_AFTER_ACRONYM.ascii_match
                caps_after, caps_neighbour = _CAPS_AFTER.ascii_match, _CAPS_NEIGHBOUR.ascii_search
                code_before, exchange_after = _CODE_BEFORE.ascii_search, _EXCHANGE_AFTER.ascii_match
                postal_after, bracketed = _POSTAL_AFTER.ascii_match, _BRACKETED.ascii_match
                modified_noun = _MODIFIED_NOUN.ascii_match
            else:
                company_after = _COMPANY_AFTER_ACRONYM.match
                caps_after, caps_neighbour = _CAPS_AFTER.match, _CAPS_NEIGHBOUR.search
                code_before, exchange_after = _CODE_BEFORE.search, _EXCHANGE_AFTER.match
                postal_after, bracketed = _POSTAL_AFTER.match, _BRACKETED.match
                modified_noun = _MODIFIED_NOUN.match
        # what stands right before: both searches back need a space or a code's mark there
        mark = text[max(0, s - 40) : s].rstrip()[-1:]
        spaced = s > 0 and text[s - 1] != "\n" and text[s - 1].isspace()
        # what follows: each pattern read after the word starts with a space but a line break
        # (isspace() says so of a few characters more), ",", ":", "-" or ")"
        follows = text[e : e + 1]
        space_after = follows != "\n" and follows.isspace()
        if (
            ((space_after or follows == ",") and caps_after(text, e))
            or (
                spaced
                and (mark.isupper() or mark in (".", ","))
                and caps_neighbour(text, max(0, s - 40), s)
            )
        ):
            continue  # a word of a headline or dateline in capitals ("NEW YORK, March 3 -")
        if (mark in _CODE_MARKS and code_before(text, max(0, s - 12), s)) or (
            (space_after or follows in (":", "-")) and exchange_after(text, e)
        ):
            continue
        if space_after and text[max(0, s - 2) : s] == ", " and postal_after(text, e):
            continue  # a listing code ("(NASDAQ: NMBL)", "<HPC>")
        if word in names:
            pass
        elif (
            (space_after or follows == ")")
            and text[max(0, s - 8) : s].rstrip().endswith("(")
            and bracketed(text, e)
        ):
            continue  # "(HPC)": a code or an abbreviation the text does not spell out
        elif space_after and modified_noun(text, e):
            continue  # "ISDN equipment", "PIBOR futures": a standard or an instrument
        if not mixed_case_line(s):
            continue  # (after the patterns around the word: most words end before, and this reads a line)
        if taken.overlaps(s, e):
            continue  # (whether a mention holds it is asked last)
        if word not in names and _after_given_name(text, s, word):
            continue  # "Marc DUVAL": a surname in capitals after a given name
        kind = kinds.get(word, "organization")
        if word not in kinds and follows in "'’ " and company_after(text, e, e + 60):
            kind = "company"  # "QRT shares fell", "QRT reported a net loss", "QRT agreed to buy"
            cued_company = True
        found.append(mention(s, e, word, names.get(word, word), kind, rule="acronym"))
    if cued_company:  # one entity per document: every mention of an acronym a company context shows
        companies = {m.text for m in found if m.rule == "acronym" and m.kind == "company"}
        for i, m in enumerate(found):
            if m.rule == "acronym" and m.text in companies and m.kind != "company":
                found[i] = attrs.evolve(m, kind="company")
    return found
