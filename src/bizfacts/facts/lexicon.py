"""Word lists and regex fragments the fact rules share: trigger verbs, titles, exchanges, metric names.

Kept apart from the rules so that a new surface form is a one-line change here.  All entries
are regex fragments matched case-insensitively unless said otherwise.  The plain word lists
(exchanges, head nouns, titles, nationality and region words, ...) are data files in
``bizfacts/data/`` (``exchanges.tsv``, ``exchange_tokens.txt``, ``fact_nouns.tsv``,
``titles.tsv``, ``honorifics.tsv``, ``fact_words.tsv``), read on first use of a name built from them
(:data:`EXCHANGES`, :data:`TITLE`, ...), once: ``import bizfacts`` reads none of them.
"""

from __future__ import annotations

import functools
from typing import Any

import regex

from .._numbers import data_rows
from .template import LazyPattern


def alt(words: str) -> str:
    """A non-capturing alternation of the '|'-separated words, longest first."""
    items = sorted({w.strip() for w in words.split("|") if w.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(w.replace(" ", r"\s+") for w in items) + ")"


# --- investments (the round's name; the cascade reads the rest: data/predicates.tsv) ---------
ROUND = LazyPattern(
    # ("a pre-Series A round"; "$2 million in seed funding": a seed round needs no "round")
    r"(?i)\b(?:(?P<pre>pre-)?(?P<series>series\s+[a-h](?:\+|-?\d)?)|(?P<kind>pre-seed|seed|angel|bridge|mezzanine|"
    r"growth|pre-ipo|venture|strategic)\s+(?:funding\s+|financing\s+|investment\s+)?round"
    r"|(?P<kind>pre-seed|seed)\s+(?:funding|financing|investment|capital))\b"
)


def round_name(m: regex.Match[str]) -> str:
    """The name of the round a :data:`ROUND` match tells, as facts write it ("Series B", "seed")."""
    name = " ".join((m.group("series") or m.group("kind")).split())
    if m.group("series"):
        return ("pre-" if m.group("pre") else "") + name[0].upper() + name[1:]  # ("pre-Series A")
    return name.lower()


# --- financial metrics --------------------------------------------------------------
METRIC = (
    r"(?P<metric>(?:(?:net|operating|pre-?tax|pretax|gross|quarterly|annual|full-year|full\s+year|"
    r"total|core|adjusted|consolidated|group|underlying|attributable|after-tax|retail|"
    r"advertising|online|service|operating|trading|recurring|annual\s+recurring|statutory|reported|standalone|"
    r"basic|diluted|organic|comparable)\s+)*"
    r"(?:earnings\s+before\s+interest,?\s+(?:and\s+)?tax(?:es|ation)?(?:,?\s+depreciation,?\s+and\s+amorti[sz]ation)?|"
    r"(?:revenues?|income)\s+from\s+operations|profits?\s+(?:before|after)\s+(?:income\s+)?tax(?:es|ation)?|"
    r"(?:loss(?:es)?)\s+before\s+(?:income\s+)?tax(?:es|ation)?|"
    r"revenues?|revs|sales|turnover|net\s+interest\s+income|net\s+income|income|profits?|earnings|loss(?:es)?|ebitda|ebit|"
    r"net|operating\s+profit|earned|lost))\b"
)
RISE_VERB = alt(
    "rose|rise|rises|increased|increase|increases|grew|grow|grows|jumped|jumps|climbed|climbs|"
    "surged|surges|soared|soars|gained|gains|advanced|edged up|was up|were up|improved|"
    "more than doubled|doubled|rebounded|swelled|expanded"
)
FALL_VERB = alt(
    "fell|fall|falls|decreased|decrease|decreases|declined|declines|decline|dropped|drops|"
    "slipped|slips|plunged|plunges|slumped|slumps|tumbled|tumbles|edged down|was down|were down|"
    "shrank|shrinks|sank|eased|contracted|halved"
)
LEVEL_VERB = alt(
    "totaled|totalled|totals|total|was|were|of|reached|reach|reaches|amounted to|amounts to|came in at|"
    "come in at|hit|at|to|stood at|stands at|is|are|will be|would be|be|generated|generate|"
    "posted|reported|recorded|booked|climbed to|rose to|fell to|grew to|increased to|"
    "decreased to|declined to|dropped to|jumped to|of about|of around|of nearly"
)
FORECAST = LazyPattern(
    r"(?i)\b(?:expect\w*|forecast\w*|project\w*|guidance|outlook|anticipat\w*|target\w*|"
    r"estimat\w*|sees|see|predict\w*|will|should|could|would|aims?\s+to|plans?\s+to|"
    r"on\s+track|goal|potential|next\s+year|coming\s+year|future)\b"
)

# --- people and places ---------------------------------------------------------------
# A person's name: two to four capitalized words, middle initials allowed (case-sensitive).
_NAME_WORD = (
    # "Sant'Anna" first, else a word that may carry an apostrophe ("O'Brien" through the prefix)
    r"(?:Mc|Mac|O['’]|D['’]|De|Di|Le|La)?(?:[A-Z][a-z\u00e0-\u00ff]+['’][A-Z][a-z\u00e0-\u00ff]+|[A-Z][a-z\u00e0-\u00ff'’]+)"
    r"(?:-[A-Za-z][a-z]+)?"
)
_NAME_NEXT = (
    rf"(?:[^\S\n]+(?:[A-Z]\.|(?:(?:van|von|de|der|den|da|di|du|le|la|del|bin|al)[^\S\n]+)*{_NAME_WORD}))"
)
LOCATION = (
    r"(?-i:(?P<loc>(?:[A-Z][\w.'’]*|St\.)(?:[ -](?:[A-Z][\w.'’]*|de|del|am|upon|on|sur)){0,2}"
    r"(?:,\s+(?:[A-Z][A-Za-z.]+(?:\s+[A-Z][a-z.]+)?))?))"
)
# A place that is surely a place: a known city or country, or "City, State" ("Modesto, Calif.").
PLACE_WITH_STATE = LazyPattern(r"^[A-Z][\w.'’ -]*,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][a-z.]+)?$")


# --- word lists from data files, built on first use -------------------------------------
# Each name below is declared here and computed by __getattr__ on first access (then kept in
# the module's namespace: later reads are plain attribute reads).

#: written (lowercase) -> the exchange's canonical name ("lse" -> "London Stock Exchange")
EXCHANGES: dict[str, str]
#: exchange names that stand alone (not the cities standing for their exchange): of more than
#: one word, or one word of more than three letters; matched in any case
EXCHANGE_NAMES: str
#: exchange names matched case-sensitively: "AIM" and "SIX" are exchanges, "aim" and "six" are words
EXCHANGE_TOKENS: str
#: cities that stand for their exchange ("listed in Tokyo", "London-listed"); EXCHANGES names it
LISTING_CITY_NAMES: frozenset[str]
LISTING_CITIES: str
#: a part of a company that is bought or sold ("its fastener unit")
UNIT_NOUN: str
#: the head of a descriptor of a company ("X, a Lyon pharmaceutical group")
FIRM_NOUN: str
#: something a company owns or runs ("its messaging app Y", "Y, a unit of X")
ASSET_NOUN: str
#: nouns that stand for a company ("the carmaker") or a product ("the app") already named
COMPANY_HEADS: tuple[str, ...]
PRODUCT_HEADS: tuple[str, ...]
#: the head words of organizations that stand where they are ("the X Museum in L")
INSTITUTION_HEADS: frozenset[str]
#: a person's name: two to four capitalized words, middle initials allowed (case-sensitive),
#: captured as "person"; PERSON2 the same captured as "person2", for a second person in one
#: frame ("A and B")
PERSON: str
PERSON2: str
#: honorifics (``data/honorifics.tsv``) as alternations: every one, and those dropped from an
#: executive's name
HONORIFICS: str
DROPPED_HONORIFICS: str
#: titles written as acronyms, upper-cased in results ("ceo" -> "CEO"; "c.e.o." -> "CEO": see
#: :func:`acronym_title`)
TITLE_ACRONYMS: frozenset[str]
#: a lookahead on the first two letters of every word a title can start with ("se" for
#: "senior", "ch" for "chief"): it turns most word starts away before the alternations are
#: tried.  (A rule that opens with lookbehinds before TITLE puts TITLE_AHEAD first as well.)
TITLE_AHEAD: str
#: an executive title, captured as "title": modifiers, then one or more titles
TITLE: str
#: what every match of TITLE opens with, lowercase: each modifier's and title's leading letters
#: and hyphens (but a letter a quantifier makes optional), each acronym, bare and dotted
TITLE_OPENERS: frozenset[str]
NOT_PERSON_WORDS: frozenset[str]
NOT_LOCATION_WORDS: frozenset[str]
#: nationality words: "Danish-based" names no city
DEMONYMS: frozenset[str]
#: places too large to be read as a headquarters after "of" ("Bank of America", "Public Service
#: Co of New Hampshire" are names): US states and continents
REGIONS: frozenset[str]
#: capitalized words that open a sentence and are no name ("However", "Revenue")
COMMON_OPENERS: frozenset[str]
#: words the company extractor may return that name no company a fact could be about
NOT_NAMES: frozenset[str]


@functools.cache
def _classes(name: str, key_first: bool = True) -> dict[str, tuple[str, ...]]:
    """The entries of a two-column data file by class, in file order."""
    out: dict[str, list[str]] = {}
    for row in data_rows(name):
        entry, cls = row if key_first else (row[1], row[0])
        out.setdefault(cls, []).append(entry)
    return {cls: tuple(entries) for cls, entries in out.items()}


@functools.cache
def fact_nouns(*classes: str) -> frozenset[str]:
    """The casefolded nouns of ``data/fact_nouns.tsv`` in ``classes``.

    >>> "subsidiary" in fact_nouns("unit"), "agreement" in fact_nouns("document", "security")
    (True, True)
    """
    by_class = _classes("fact_nouns.tsv")
    return frozenset(w.casefold() for c in classes for w in by_class.get(c, ()))


def _plain(words: tuple[str, ...]) -> str:
    """A non-capturing alternation of ``words`` in their order, spaces matching any white space."""
    return "(?:" + "|".join(w.replace(" ", r"\s+") for w in words) + ")"


def _build(name: str) -> Any:
    """The value of one of the names declared above."""
    if name in ("EXCHANGES", "LISTING_CITY_NAMES", "EXCHANGE_NAMES", "LISTING_CITIES"):
        rows = data_rows("exchanges.tsv")
        if name == "EXCHANGES":
            return {written: exchange for written, exchange, _form in rows}
        cities = [written for written, _exchange, form in rows if form == "city"]
        if name == "LISTING_CITY_NAMES":
            return frozenset(cities)
        if name == "LISTING_CITIES":
            return alt("|".join(cities))
        return alt("|".join(w for w, _e, form in rows if form == "name" and (" " in w or len(w) > 3)))
    if name == "EXCHANGE_TOKENS":
        return alt("|".join(row[0] for row in data_rows("exchange_tokens.txt")))
    nouns = _classes("fact_nouns.tsv")
    if name == "UNIT_NOUN":
        return alt("|".join(nouns["unit"]))
    if name == "FIRM_NOUN":
        return _plain(nouns["firm"])
    if name == "ASSET_NOUN":
        return _plain(nouns["asset"])
    if name == "COMPANY_HEADS":
        return nouns["company_head"]
    if name == "PRODUCT_HEADS":
        return nouns["product_head"]
    if name == "INSTITUTION_HEADS":
        return frozenset(nouns["institution"])
    if name in ("TITLE_ACRONYMS", "TITLE_AHEAD", "TITLE", "TITLE_OPENERS"):
        return _titles()[name]
    if name in ("PERSON", "PERSON2", "HONORIFICS", "DROPPED_HONORIFICS"):
        return _people()[name]
    words = {
        "NOT_PERSON_WORDS": "not_person",
        "NOT_LOCATION_WORDS": "not_location",
        "DEMONYMS": "demonym",
        "REGIONS": "region",
        "COMMON_OPENERS": "common_opener",
        "NOT_NAMES": "not_a_name",
    }
    if name in words:
        return frozenset(_classes("fact_words.tsv")[words[name]])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def _titles() -> dict[str, Any]:
    """TITLE and its parts, from ``data/titles.tsv``.

    One core per title, with the words it shares factored out ("chief\\s+(?:...)"): the matcher
    then tries "chief" once per word, not once per chief title.  The acronyms go second.
    """
    by_class = _classes("titles.tsv", key_first=False)
    mods, cores, plain = by_class["modifier"], by_class["core"], by_class["acronym"]
    mod = rf"(?:(?:{'|'.join(mods)})\s*)*"
    # ("C.E.O.": an acronym written with dots, its last dot its own; "CEO" in results)
    dotted = [r"\.".join(a) + r"\." for a in plain]
    acronyms = frozenset(plain) | frozenset(".".join(a) + "." for a in plain)
    acronym_core = "(?:" + "|".join(sorted(plain) + dotted) + ")"
    core = "(?:" + "|".join((cores[0], acronym_core, *cores[1:])) + ")"
    starts = "|".join(
        sorted({w[:2] for w in mods} | {c[:2] for c in cores} | {regex.escape(a[:2]) for a in acronyms})
    )
    ahead = rf"(?=\b(?:{starts}))"
    title = (
        rf"{ahead}(?P<title>{mod}{core}"
        rf"(?:(?:\s*,\s*|\s+(?:and|&)\s+|,\s+(?:and|&)\s+){mod}{core}){{0,3}})"
    )
    openers = frozenset(_opening(entry) for entry in (*mods, *cores)) | {a.lower() for a in acronyms}
    return {"TITLE_ACRONYMS": acronyms, "TITLE_AHEAD": ahead, "TITLE": title, "TITLE_OPENERS": openers}


def _opening(entry: str) -> str:
    r"""The leading letters and hyphens of a modifier's or a title's pattern, lowercase, without a
    last one that a quantifier makes optional: what each of its matches opens with.

    >>> _opening(r"chief\s+(?:executive|financial)"), _opening("founders?"), _opening("co-")
    ('chief', 'founder', 'co-')
    """
    n = 0
    while n < len(entry) and (entry[n].isalpha() or entry[n] == "-"):
        n += 1
    if entry[n : n + 1] in ("?", "*", "{"):
        n -= 1
    return entry[:n].lower()


def acronym_title(title: str) -> str | None:
    """``title`` in capitals without dots when it is a title's acronym, else None.

    >>> acronym_title("ceo"), acronym_title("C.E.O."), acronym_title("chairman")
    ('CEO', 'CEO', None)
    """
    return title.upper().replace(".", "") if title.casefold() in _titles()["TITLE_ACRONYMS"] else None


@functools.cache
def _people() -> dict[str, str]:
    """PERSON, PERSON2 and the honorific alternations, from ``data/honorifics.tsv``."""
    rows = data_rows("honorifics.tsv")
    opens = "|".join(h for h, opens_name, _dropped in rows if opens_name == "yes")
    person = (
        # every branch starts with a capital: the lookahead turns most positions away at once
        rf"(?-i:(?=[A-Z])(?P<person>(?:(?:{opens})\.?[^\S\n]+{_NAME_WORD}{_NAME_NEXT}{{0,3}}"
        rf"|{_NAME_WORD}{_NAME_NEXT}{{1,3}}"
        # "K. Srinivasa Rao": one initial, then two or more names ("U.S. Steel" is no person)
        rf"|(?<![\w.])[A-Z]\.[^\S\n]+{_NAME_WORD}{_NAME_NEXT}{{1,2}})))"
    )
    return {
        "PERSON": person,
        "PERSON2": person.replace("(?P<person>", "(?P<person2>"),
        "HONORIFICS": "(?:" + "|".join(h for h, _opens, _dropped in rows) + ")",
        "DROPPED_HONORIFICS": "(?:" + "|".join(h for h, _opens, dropped in rows if dropped == "yes") + ")",
    }


def __getattr__(name: str) -> Any:
    value = _build(name)
    globals()[name] = value
    return value


_SPACES = LazyPattern(r"\s+")


def exchange_name(raw: str) -> str:
    """The exchange's name ("NASDAQ" -> "Nasdaq", "LSE" -> "London Stock Exchange"), white space
    folded; a city standing for its exchange ("Tokyo-listed") gives the exchange ("Tokyo Stock
    Exchange"); an exchange not in the table keeps the name the text gives it."""
    name = _SPACES.sub(" ", raw.strip())
    exchanges: dict[str, str] = (
        globals()["EXCHANGES"] if "EXCHANGES" in globals() else __getattr__("EXCHANGES")
    )
    return exchanges.get(name.casefold(), name)
