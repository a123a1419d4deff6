"""The verbs that end a name in a headline ("Acme Corp Buys Beta Inc", "ACME TO BUY BETA").

A headline in title case or in capitals capitalizes its verb, so a run of capitalized
words can hold two names and the verb between them.  The verbs are those of the
predicate lexicon (``data/predicates.tsv``: "Buys", "Acquires", "Sold", "Merges") and the
reporting, control, auxiliary and plain headline verbs of ``data/closed_classes.tsv`` ("Says",
"Agrees", "Plans", "Completes", "Is", "Has", "Signs") and the appointing verbs of
``data/appointment_words.tsv`` ("Names", "Appoints"): a name never runs across one.
"""

from __future__ import annotations

import functools

from .._company_words import company_words
from .._numbers import data_rows
from .._verb_forms import verb_forms
from ._regexes import _Pattern

# closed classes (data/closed_classes.tsv) whose every word is a verb or an auxiliary
_VERB_CLASSES = ("report", "be", "have", "modal:hypo")
# closed classes that also hold nouns: their inflected forms only ("agrees", "completed")
_INFLECTED_CLASSES = ("control", "light")
# prepositions a title-case headline capitalizes: no name runs across one ("Sells Unit To Y")
_TITLE_BREAKS = frozenset("To From By With In On At Over After Under Into Via".split())
# prepositions after a lexicon noun of a headline ("Acquisition Of Y", "STAKE IN Y")
NOUN_PREPOSITIONS = frozenset("Of For In With To By From OF FOR IN WITH TO BY FROM".split())
# inflected forms that are ordinary name words
_NAME_WORDS = frozenset({"be", "holding", "listing", "being"})


def _cased(words: set[str]) -> frozenset[str]:
    """Each word in title case and in capitals."""
    return frozenset(w.capitalize() for w in words) | frozenset(w.upper() for w in words)


def _plain_verbs() -> set[str]:
    """The plain verbs of a headline ("Signs", "Inks": class "verb" of closed_classes.tsv) and the
    appointing verbs ("Names", "Appoints": appointment_words.tsv), lowercase."""
    words = {w.strip() for w, cls in data_rows("closed_classes.tsv") if cls.strip() == "verb"}
    appointing = data_rows("appointment_words.tsv")
    words.update(w for cls, w in appointing if cls == "appoint" and w.endswith(("s", "ed")))
    return {w for w in words if w.isalpha()}


@functools.lru_cache(maxsize=1)
def object_verbs() -> frozenset[str]:
    """:func:`_plain_verbs` in title case and in capitals: they end a name only when a word
    follows ("Hartley Signs Deal"; "Acquisition of Hartley Signs" names a sign maker)."""
    return _cased(_plain_verbs())


@functools.lru_cache(maxsize=1)
def headline_verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verb forms that end a name in a headline, the base forms read after "To", and the
    lexicon's nouns, which end a name before a preposition ("Acquisition Of Y").

    >>> breaks, bases, nouns = headline_verbs()
    >>> "Buys" in breaks, "ACQUIRES" in breaks, "Says" in breaks, "Buy" in breaks, "Buy" in bases
    (True, True, True, False, True)
    >>> "Acquisition" in nouns, "STAKE" in nouns
    (True, True)
    """
    breaks: set[str] = set()
    bases: set[str] = set()
    nouns: set[str] = set()
    for row in data_rows("predicates.tsv"):
        frames, verbs = row[2].split(), row[3]
        if "HQ" in frames:
            continue  # "Based", "Located": participles that describe, not verbs of the headline
        nouns.update(n.strip() for n in row[4].split(";") if n.strip().isalpha())
        for spec in verbs.split(";"):
            spec = spec.strip()
            if not spec or spec == "-":
                continue
            for form_text, form in verb_forms(spec).items():
                if " " in form_text:
                    continue  # "Partners With": "Partners" alone is a name word
                if form in ("3sg", "past", "part"):
                    breaks.add(form_text)
                elif form == "base":
                    bases.add(form_text)
    for row in data_rows("closed_classes.tsv"):
        word, cls = row[0].strip(), row[1].strip()
        if " " in word or not word.isalpha():
            continue
        if cls == "stake":
            nouns.add(word)  # "Stake In Y"
        inflected = word.endswith(("s", "ed")) and not word.endswith("ss")
        if cls in _VERB_CLASSES or (cls.partition(":")[0] in _INFLECTED_CLASSES and inflected):
            breaks.add(word)
    breaks |= _plain_verbs()
    breaks -= _NAME_WORDS
    return _cased(breaks), _cased(bases - _NAME_WORDS), _cased(nouns - _NAME_WORDS)


@functools.lru_cache(maxsize=1)
def headline_splits() -> frozenset[str]:
    """Every word at which a run of a headline may split: the verbs of :func:`headline_verbs`,
    "To" before a base form, a base form after a lowercase "to" and the prepositions of a
    title-case headline.

    >>> sorted(w for w in headline_splits() if w.startswith("T") and len(w) <= 4)
    ['TAKE', 'TAPS', 'TO', 'TOLD', 'TOOK', 'TRIM', 'Take', 'Taps', 'To', 'Told', 'Took', 'Trim']
    """
    breaks, bases, nouns = headline_verbs()
    return breaks | bases | nouns | _TITLE_BREAKS | {"TO"}


def title_break(word: str) -> bool:
    """Is ``word`` a preposition that a title-case headline capitalizes ("To", "From")?"""
    return word in _TITLE_BREAKS


@functools.lru_cache(maxsize=1)
def segment_categories() -> dict[str, str]:
    """The extractor's word categories (``CompanyWords.category_of``: titles, months, places,
    common words) and "headline" for the other words a headline's break reads (its verbs, the
    base forms after "To", the nouns and their prepositions): the words that send a run to
    the extractor's segmenting, one look-up a word.

    >>> segment_categories()["Acquires"], segment_categories()["January"]
    ('headline', 'month')
    """
    breaks, bases, nouns = headline_verbs()
    table = dict(company_words().category_of)
    for word in (*breaks, *bases, *nouns, *NOUN_PREPOSITIONS, *_TITLE_BREAKS, "TO"):
        table.setdefault(word, "headline")
    return table


# a document's first line in capitals and its words up to a dash, a colon, a bar or the line's end
# ("ACME HEALTH — INVESTOR DAY 2026", "ACME HEALTH: ANNUAL REPORT 2025", "ACME HEALTH")
_TITLE_HEAD = _Pattern(
    r"\s*+(\p{Lu}[\p{Lu}&'’.-]*+(?:[ ]\p{Lu}[\p{Lu}&'’.-]*+){0,3}+)"
    r"(?:[ \t]++[—–-][ \t]|[ \t]*+:|[ \t]++\|[ \t]|[ \t]*+\r?\n|[ \t]*+\Z)"
)
_TITLE_WINDOW = 200  # the characters of the top of a document the head is read in
# the nouns that make a heading in capitals the name of a document or an event, not of a company
# ("PRESS RELEASE", "PROSPECTUS SUMMARY", "ASX ANNOUNCEMENT", "INVESTOR DAY")
DOCUMENT_NOUNS = frozenset(
    "Release Report Summary Announcement Memorandum Digest Letter Update Review Outlook Statement"
    " Notice Briefing Highlights Overview Presentation Prospectus Day Results Factsheet Bulletin"
    " Newsletter Agenda Transcript Profile Circular Supplement Addendum Minutes".split()
)


def title_head(text: str, ascii_only: bool) -> list[tuple[int, int, str]]:
    """The words, with their spans, of a name in capitals that opens a document's first line
    before a dash, a colon or a bar or alone on it, else nothing (``ascii_only``: the text is all ASCII).

    >>> [w for _, _, w in title_head("\\nORVANE HEALTH — INVESTOR DAY 2026\\nMarch 3", False)]
    ['ORVANE', 'HEALTH']
    >>> title_head("ORVANE SAYS PROFIT ROSE TO A RECORD\\n", True), title_head("Orvane Health: a", True)
    ([], [])
    """
    m = (_TITLE_HEAD.ascii_match if ascii_only else _TITLE_HEAD.match)(text, 0, _TITLE_WINDOW)
    if m is None:
        return []
    words: list[tuple[int, int, str]] = []
    at = m.start(1)
    for word in m.group(1).split(" "):
        words.append((at, at + len(word), word))
        at += len(word) + 1
    return words
