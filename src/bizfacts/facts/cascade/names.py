"""Names in a clause's places: which capitalized words a construction may promote, who a
person is, what a title says, and the titles, places and people the extractors left
unnamed in a sentence (the cascade's own small readers, used when a caller gives none).

>>> from bizfacts.facts.cascade.tokens import tokenize
>>> from bizfacts.facts.cascade.chunks import chunk
>>> [_promotable(c) for c in chunk(tokenize("Velmora Labs rose.", 0, [])) if c.char == "N"]
['Velmora Labs']
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence
from typing import Any

import regex

from ..._company_words import company_words
from ..._numbers import AnyMatch
from ..._spans import CompanyMention, PersonMention, PlaceMention
from ..._suffixes import canonical_name
from ...people import given_and_surname_head, is_person_name
from ...places import is_demonym, is_place_name, place_entries
from .. import lexicon as L
from ..lexicon import acronym_title
from ..template import Automaton, LazyPattern, automaton
from .chunks import Chunk
from .predicates import phrase_table
from .tokens import firm_nouns

# (its stdlib twin with ASCII tables runs a sentence of ASCII text a fourth faster: the same matches;
# "C.E.O." ends in its dot)
_TITLE_RE = LazyPattern(r"(?i)\b" + L.TITLE + r"(?:\b|(?<=\.))", ascii_tables=True)
_PERSON_RE = LazyPattern(L.PERSON)
_HONORIFIC = regex.compile(r"^(?:Mr|Ms|Mrs|Dr|Sir|Prof)\.?\s+")
_INITIAL = regex.compile(r"^\p{Lu}\.$")
_FORMER_TITLE = regex.compile(r"\b(?:former|ex-|retired|late|then)\b|^ex-")
_CEO = regex.compile(r"\bc\.?e\.?o\b")
_HEAD_OFFICE = regex.compile(r"\s+offices?\b", regex.IGNORECASE)
# after a title word that a lexicon verb begins ("partner with")
_WITH = regex.compile(r"[ \t]+with\b", regex.IGNORECASE)
# the last word of an administrative area's name: "Fairfax County", "Hokkaido Prefecture"
_ADMIN_UNITS = frozenset(
    "County Province Prefecture Parish Township Municipality Oblast".split()
)
# the last word of a street's name: "12 Bridge Street, Leeds" is an address, never a company
_STREET_WORDS = frozenset(
    "Street St Road Rd Avenue Ave Boulevard Blvd Drive Lane Parkway Highway Strasse Straße".split()
)
_COMPASS = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"}
)


@functools.cache
def _place_words() -> frozenset[str]:
    return frozenset(
        s for s, c in company_words().non_company.items() if c in ("country", "place", "demonym")
    )


def _firm_nouns() -> frozenset[str]:
    """Heads of a company's descriptor ("maker", "firm", "group"): :func:`.tokens.firm_nouns`."""
    return firm_nouns()


@functools.cache
def _legal_forms() -> tuple[str, ...]:
    """Descriptors naming the law a company is formed under: data/fact_nouns.tsv, class legal_form."""
    return tuple(L.fact_nouns("legal_form"))


# a legal suffix in lowercase after a name the extractor ended before it: "Halvard corp said"
# (and a US national bank's ", N.A." the extractor leaves out: "Harbourline Bank, N.A. is a unit of X")
_LOWER_SUFFIX = regex.compile(r"[ \t]+(?:corp|inc|co|ltd|plc|llc)(?![\w-])\.?|,[ \t]*N\.A\.(?!\w)")


# a blank-check company's series numeral after its legal form ("Corp. I", "Holdings Corp. II"), before a
# conjunction, a comma, a bracket or a possessive
_SERIES_NUMERAL = regex.compile(r"\.?[ \t]+(?:I{1,3}|IV|VI{0,3})(?=[ \t]*[,(]|[ \t]+(?:and|or|&)\b|['’]s\b)")


def _suffix_end(text: str, end: int, stop: int) -> int:
    """Where a company mention ending at ``end`` ends with a lowercase legal suffix (or a bank's ", N.A.")
    after it.

    >>> _suffix_end("Halvard corp said", 7, 17), _suffix_end("Acme co-owns it", 4, 15)
    (12, 4)
    >>> _suffix_end("Quell Acquisition Corp. I and Y", 22, 31)  # a series numeral after the form
    25
    """
    m = _LOWER_SUFFIX.match(text, end, stop)
    if m is None and end < stop and text[end] in ". " and text[end - 1 : end].isalpha():
        m = _SERIES_NUMERAL.match(text, end, stop)  # "Quillmont Acquisition Corp. I and Y announce"
    return m.end() if m is not None else end


def _legal_form(descriptor: str) -> bool:
    """Whether ``descriptor`` ends in a legal form ("corporation", "limited liability company").

    >>> _legal_form("Nevada limited liability company"), _legal_form("software company")
    (True, False)
    """
    words = " " + " ".join(descriptor.casefold().split())
    return any(words.endswith(" " + form) for form in _legal_forms())


def _first_place_kind(loc: Chunk) -> str | None:
    """The kind ("city", "region", "country", "other") of the first place of the chain ``loc``;
    None when it names no known place (a name no extractor knew keeps the benefit of the doubt)."""
    if not loc.head:
        return None
    first = loc.head[0]
    if isinstance(first.mention, PlaceMention):
        return first.mention.kind
    entries = place_entries(first.text.rstrip("."))
    return entries[0].kind if entries else None


@functools.cache
def _countries() -> frozenset[str]:
    return frozenset(s for s, c in company_words().non_company.items() if c == "country")


@functools.cache
def _places_only() -> frozenset[str]:
    return frozenset(s for s, c in company_words().non_company.items() if c in ("country", "place"))


def is_place(name: str) -> bool:
    """Whether ``name`` names a place: the small list of place words, or the GeoNames table of
    :mod:`bizfacts.places` ("Greensboro", "N.C.")."""
    return name in _places_only() or is_place_name(name)


def _word_region(name: str) -> bool:
    """A place known only as an ordinary word naming a region or area ("South", a region of Cameroon);
    towns named like words keep their place ("Lisle, Ill.")."""
    entries = place_entries(name)
    if not entries or name in _places_only():
        return False
    return all(e.word and e.kind in ("region", "other") for e in entries)


# a capitalized run before a possessive "'s": "with Germany's Y", "Osaka's Y"
_POSSESSIVE_RUN = regex.compile(
    r"(?<![\p{L}\p{N}&'’.-])(?P<name>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,2})['’]s\b"
)
_CAPITALIZED_RUN = regex.compile(
    r"(?<![\p{L}\p{N}&'’-])(?:(?:\p{Lu}\.){2,3}+|\p{Lu}[\p{L}]*\.?)(?:[ ]\p{Lu}[\p{L}]*\.?){0,2}"
)


def _people_parts() -> tuple[frozenset[str], frozenset[str]]:
    w = company_words()
    return w.firstnames, w.surnames


def _looks_like_person(words: Sequence[str]) -> bool:
    first, last = _people_parts()
    w = company_words()
    return (
        2 <= len(words) <= 4
        and words[0] in first
        and not any(x in w.head or x in w.org_head or x in w.generic for x in words[1:])
        and not (words[-1] not in last and _wide_place(words[-1]))
        and "&" not in words  # "Stanley Black & Decker"
    )


def _wide_place(word: str) -> bool:
    """Whether a word names a country or a continent ("USA", "Europe"): a company's regional arm
    ("Philip Morris USA", "Ford Europe") ends in one, a person's name does not."""
    entries = place_entries(word)
    return bool(entries) and entries[0].kind in ("country", "other")


# how English adverbs made from adjectives end ("additionally", "consequently", "notably", "largely");
# a name made with "-ly" mostly ends otherwise ("Parcelly", "Calendly")
_ADVERB_ENDINGS = (
    "ally", "ively", "ently", "antly", "ately", "ably", "ibly", "ously", "fully", "ingly", "edly", "arly",
    "ctly", "ssly", "ely", "stly", "rtly", "efly", "ghly", "ntly", "icly", "uly", "ily", "wly", "idly",
    "rdly", "ldly", "adly",
)  # fmt: skip


def admin_area(c: Chunk) -> bool:
    """Whether an unknown capitalized group names an administrative area ("Fairfax County")."""
    return len(c.head) > 1 and c.head[-1].text in _ADMIN_UNITS


# firm nouns that also open or close names ("Bank Leumi", "Group Lotus", "House of Fraser"): never read
# as a descriptor inside a capitalized group
_NAME_FIRM_NOUNS = frozenset(
    "company group bank corporation partnership fund house studio chain business agency concern".split()
)


def _descriptor_end(words: Sequence[str]) -> int:
    """Where a Title Case descriptor inside a capitalized group ends: "Snack Maker Peppergrass" (a
    headline's "Buys Snack Maker Peppergrass") is a maker named Peppergrass; 0 when none."""
    firm = _firm_nouns()
    for i in range(len(words) - 2, 0, -1):
        low = words[i].casefold()
        if low in firm and low not in _NAME_FIRM_NOUNS:
            return i + 1
    return 0


def _with_demonym(c: Chunk, words: list[str], heads: frozenset[str]) -> list[str]:
    """``words`` with the demonym between "the" and them when they end in a company or an
    organization word: "the British Business Bank", "the Scottish National Investment Bank" (not
    "British retailer Tesco": no "the", no head word)."""
    toks = c.tokens
    if len(toks) < 4 or toks[2] is not c.head[0] or words[-1] not in heads:
        return words
    the, adjective = toks[0].text, toks[1].text
    if the.casefold() != "the" or toks[1].tag != "x" or not adjective[:1].isupper():
        return words
    if not is_demonym(adjective):
        return words
    return [adjective, *words]


def _promotable(c: Chunk) -> str | None:
    """The name an unknown capitalized group may be promoted to, or None."""
    words = [t.text for t in c.head]
    if not words:
        return None
    words = words[_descriptor_end(words) :]
    w = company_words()
    words = _with_demonym(c, words, w.head | w.org_head)
    if all(x in w.common or x in w.non_company for x in words):
        return None  # months, titles, places, common words
    if len(words) == 1 and (words[0] in w.generic or (words[0] in w.head and words[0].endswith("s"))):
        # "The Company's chairman": a generic word alone names no company, nor a plural company
        # word ("Sunday Foods" read as a weekday and "Foods")
        return None
    if len(words) == 1 and words[0].casefold() in L.NOT_NAMES:
        return None  # a party's defined role: "the Purchaser, a subsidiary of the Company"
    if words[-1].casefold() in L.fact_nouns("document", "security"):
        return None  # "Pursuant to the Purchase Agreement, the Company ...", "shares of Common Stock"
    text = " ".join(words)
    if text in _place_words() or _looks_like_person(words) or _descriptor_before_person(words):
        return None
    if admin_area(c):
        return None  # "Fairfax County", "Osaka Prefecture": a place no table lists
    if len(words) > 1 and words[-1].rstrip(".") in _STREET_WORDS:
        return None  # "registered office 12 Bridge Street, Leeds": a street
    if c.tokens[0].text.casefold() in ("a", "an") and is_place(text):
        return None  # "Bryson Oil plc, a Belfast, Northern Ireland, oil company": a place described
    if any(not e.word for e in place_entries(text)):
        return None  # "Englewood" (of "Englewood, Colo., homebuilder X"): a place is never promoted
    if len(words) == 1 and len(text) > 5 and text.endswith(_ADVERB_ENDINGS) and text[1:].islower():
        return None  # a sentence adverb: "Alternatively, X will offer ..." (not "Parcelly raised ...")
    if len(text) < 2 or (len(words) == 1 and len(text) <= 2):
        return None
    return canonical_name(text) or None


def _party(c: Chunk | None) -> tuple[str | None, bool]:
    """(canonical name, promoted?) of a party chunk."""
    if c is None:
        return None, False
    if c.char == "C":
        head = c.head[-1].mention
        if isinstance(head, CompanyMention):
            return head.name, False
        return (head if isinstance(head, str) else None), False
    if c.char == "N":
        return _promotable(c), True
    return None, False


def _buyer_or_seller(c: Chunk | None) -> tuple[str | None, bool]:
    """(name, promoted?) of a deal's buyer or seller: a company as :func:`_party` reads it, or a
    person ("investor Leon Marsh bought 5 pct of Y"), who may buy and sell but is never bought."""
    if c is not None and c.char == "P" and isinstance(c.head[0].mention, PersonMention):
        return c.head[0].mention.name, False
    if c is not None and c.char == "R":  # "its RKO Radio Inc subsidiary completed the sale of ..."
        return (_inner_name(c) if c.inner else None), False
    if c is not None and c.char == "N":
        words = [t.text for t in c.head]
        if _descriptor_before_person(words):
            words = words[1:]  # "Financier Marta Ekdahl"
        if is_person_name(" ".join(words)):
            return " ".join(words), True
    return _party(c)


def _descriptor_before_person(words: Sequence[str]) -> bool:
    """Whether capitalized words are a descriptor and a person's name: "Financier Marta Ekdahl"."""
    w = company_words()
    first = words[0] if len(words) >= 3 else ""
    return (first in w.common or w.non_company.get(first) == "person_title") and is_person_name(
        " ".join(words[1:])
    )


def _as_written(c: Chunk | None) -> str | None:
    """A company chunk's mention as the text writes it ("Eisai Co., Ltd."), or None."""
    if c is None or c.char != "C":
        return None
    head = c.head[-1].mention
    return head.text.strip() if isinstance(head, CompanyMention) else None


def inner_company(c: Chunk) -> str | None:
    """The company mention a relational group holds alone ("a Velmora subsidiary", "Facebook owner"),
    or None (no name inside, several, or a place: "U.S. parent"); a resolved reference names its
    company ("Our largest shareholder")."""
    inside = c.inner[0].mention if len(c.inner) == 1 else None
    if isinstance(inside, str) and c.inner[0].tag == "C":
        return inside
    return inside.name if isinstance(inside, CompanyMention) else None


def _inner_name(c: Chunk) -> str | None:
    """The name inside a relational group ("its Sunmeadow Appliance Co unit" -> "Sunmeadow Appliance");
    None when the capitalized words are no name ("its West German affiliate")."""
    if len(c.inner) == 1 and isinstance(c.inner[0].mention, CompanyMention):
        return c.inner[0].mention.name
    if c.inner[0].tag == "C" and len(c.inner) > 1 and all(t.tag == "N" for t in c.inner[1:]):
        # "its Atco Development unit": the parent's name and more words name the unit
        return canonical_name(" ".join(t.text for t in c.inner)) or None
    if any(t.tag != "N" for t in c.inner):
        return None
    words = [t.text for t in c.inner]
    w = company_words()
    if all(x in w.common or x in w.non_company or x in _COMPASS for x in words):
        return None
    if len(words) == 1 and (words[0] in w.head or words[0] in w.generic):
        return None  # "its Equipment division", "the Power unit": a line of business, no company's name
    if is_place(" ".join(words)):
        return None  # "its Hong Kong subsidiary": where the unit is, not its name
    return canonical_name(" ".join(words)) or None


def _names_a_business(name: str) -> bool:
    """Whether a name read as a person's ends like a business's ("Santa Barbara Biltmore Hotel")."""
    w = company_words()
    words = name.split()
    last = words[-1]
    # (not "Gareth Mills": a company word that is a family name after a given name)
    return (last in w.head or last in w.org_head or last in w.generic) and not given_and_surname_head(words)


def _is_company(c: Chunk | None) -> bool:
    """Whether a party chunk names a company (a company mention, or a promoted name), not another kind
    of organization."""
    if c is None:
        return False
    head = c.head[-1].mention if c.char == "C" else None
    return not isinstance(head, CompanyMention) or head.kind == "company"


def _person(c: Chunk, surname_alone: bool = False) -> str | None:
    """The person a person-place chunk names; ``surname_alone`` lets one plain capitalized word
    stand for a person ("Vellacourt serves as chief executive of X")."""
    if c.char == "P":
        if isinstance(c.head[0].mention, PersonMention):
            return c.head[0].mention.name  # the full name the document gives
        bare = _HONORIFIC.sub("", c.head[0].text)
        # "Mr. Oyelaran" stays as written: the merge step names him in full where the text does
        return bare if " " in bare else c.head[0].text
    words = [t.text for t in c.head]
    if 2 <= len(words) <= 4 and words[0] in _people_parts()[0]:
        return " ".join(words)
    w = company_words()
    if (
        2 <= len(words) <= 3
        and _HONORIFIC.match(words[0] + " ")
        and all(x.isalpha() and x[0].isupper() for x in words[1:])
    ):
        return " ".join(words)  # "Mr. House was ...": a surname after an honorific, as written
    if 2 <= len(words) <= 4 and not any(
        x in w.common
        or x in w.non_company
        or x in w.head
        or x in w.org_head
        or x in w.generic
        or not (x.replace("-", "").isalpha() or _INITIAL.match(x))  # "Jens-Peter"
        for x in words
    ):
        return " ".join(words)  # two or three plain capitalized words in a person's place
    if (
        surname_alone
        and len(words) == 1
        and len(words[0]) > 2
        and words[0].isalpha()
        and not words[0].isupper()
        and not any(words[0] in ws for ws in (w.common, w.non_company, w.head, w.org_head, w.generic))
    ):
        return words[0]
    return None


def _title(c: Chunk) -> str | None:
    """The office a title chunk names: "CEO" for any chief executive, an acronym in capitals,
    else its first title as written (a former one too: see :func:`former_title`)."""
    text = " ".join(c.head[0].text.split()) if len(c.head) == 1 else ", ".join(t.text for t in c.head)
    low = text.casefold()
    if "chief executive" in low or _CEO.search(low):
        return "CEO"
    first = c.head[0].text
    return acronym_title(first) or " ".join(first.split())


def former_title(c: Chunk) -> bool:
    """Whether a title chunk tells a tenure that ended: "former chairman", "ex-CEO", "the late
    founder", "then-president"."""
    if c.former:
        return True
    text = " ".join(c.head[0].text.split()) if len(c.head) == 1 else ", ".join(t.text for t in c.head)
    return _FORMER_TITLE.search(text.casefold()) is not None


class _Spans:
    """The spans a sentence's mentions take, sorted by start, so that telling whether a span is
    free looks only at the spans that can reach it (a sentence of many mentions stays linear).

    >>> spans = _Spans([(0, 4), (10, 20)])
    >>> spans.free(4, 10), spans.free(5, 12), spans.end_covering(12, default=-1)
    (True, False, 20)
    """

    def __init__(self, taken: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(taken)
        self.starts = [a for a, _b in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def add(self, s: int, e: int) -> None:
        i = bisect.bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.spans.insert(i, (s, e))
        self.longest = max(self.longest, e - s)

    def _reaching(self, before: int, s: int) -> Iterator[tuple[int, int]]:
        """The spans starting before ``before`` that may end after ``s``, nearest first."""
        i = bisect.bisect_left(self.starts, before)
        while i > 0:
            i -= 1
            span = self.spans[i]
            if span[0] < s - self.longest:
                return
            yield span

    def free(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` overlaps no span."""
        return all(b <= s for _a, b in self._reaching(e, s))

    def end_covering(self, s: int, default: int) -> int:
        """The furthest end of the spans covering ``s``, else ``default``."""
        return max((b for a, b in self._reaching(s + 1, s) if a <= s < b), default=default)


# what follows a company named after "head of" when the head is a department's: "X's retail arm",
# "X merchant banking"
_DEPARTMENT_AFTER = regex.compile(r"(?:'s|’s|[ \t]+\p{Ll})")


# "chair" after a modal or "to" is a verb: "P will chair the X board", "P is to chair X"
_CHAIR_VERBS = frozenset({"chair", "Chair"})
_MODAL_BEFORE = regex.compile(r"\b(?:will|would|shall|to|may)[ \t]+$")


@functools.cache
def _title_openers() -> Automaton | None:
    """An automaton of what every title opens with (L.TITLE_OPENERS); None if one of them is
    shorter than two characters (a pattern of titles.tsv that opens with no plain word)."""
    openers = L.TITLE_OPENERS
    return automaton(openers) if min(map(len, openers), default=0) >= 2 else None


def _titles_in(text: str, start: int, end: int) -> list[AnyMatch]:
    """``_TITLE_RE.for_text(text).finditer(text, start, end)``, as a list: on ASCII text its twin is
    matched only where a word a title opens with stands (in text order, each after the last match),
    not at every word; the same matches."""
    openers = _title_openers()
    if openers is None or not text.isascii():
        return list(_TITLE_RE.for_text(text).finditer(text, start, end))
    match = _TITLE_RE.twin().match
    found: list[AnyMatch] = []
    pos = start
    for at in sorted({start + e + 1 - len(w) for e, w in openers.iter(text[start:end].lower())}):
        if at >= pos and (m := match(text, at, end)) is not None:
            found.append(m)
            pos = m.end()
    return found


def _extra_mentions(
    text: str,
    start: int,
    end: int,
    taken: list[tuple[int, int]],
    kinds: frozenset[str] = frozenset({"title", "place"}),
    people: bool = True,
) -> list[tuple[int, int, str, Any]]:
    """Titles, places and people's names in the sentence that no extractor mention covers;
    ``kinds`` (from the gate) says which to look for."""
    out: list[tuple[int, int, str, Any]] = []
    spans = _Spans(taken)
    free = spans.free

    titles = "title" in kinds
    for m in _titles_in(text, start, end) if titles else ():
        # (each match bounded: the regex module looks for a pattern's literal to the text's end)
        if _HEAD_OFFICE.match(text, m.end(), m.end() + 12) and m.group().casefold().endswith("head"):
            continue  # "its head office in Austin": a location noun, no title
        with_after = _WITH.match(text, m.end(), m.end() + 12)
        verb = phrase_table().get((m.group().casefold(), "with")) if with_after else None
        if verb is not None and verb.tag == "V":
            continue  # "will partner with Y": a verb of the lexicon, no title
        if m.group() in _CHAIR_VERBS and _MODAL_BEFORE.search(text, max(start, m.start() - 12), m.start()):
            continue  # "P will chair the board of X": a verb (the heading verbs read it), no title
        s, e = m.start(), m.end()
        head_of = m.group().casefold().find("head of ") if not free(s, e) else -1
        if head_of >= 0 and free(s, s + head_of + 4) and not _DEPARTMENT_AFTER.match(
            text, spans.end_covering(s + head_of + 8, default=e)
        ):
            # "the head of Accra Breweries": the title is "head", the company a mention (not "head of
            # X's banking division", "head of X merchant banking": a department's)
            e = s + head_of + 4
        if not free(s, e):
            # "Pacific Group chairman P": the title's first word ("group") ends a company's name,
            # the title is what follows the name
            inside = spans.end_covering(s, default=e)
            rest = _TITLE_RE.get().search(text, inside, e) if inside < e else None
            if rest is None or not text[inside : rest.start()].isspace():
                continue
            s, e = rest.start(), rest.end()
        if free(s, e):
            out.append((s, e, "T", None))
            spans.add(s, e)
    for m in _CAPITALIZED_RUN.finditer(text, start, end) if "place" in kinds else ():
        words = m.group().split()
        skip = 0
        if len(words) > 1 and words[0] in ("The", "A", "An"):  # "The Toledo company"
            skip = len(words[0]) + 1
            words = words[1:]
        # the longest run of leading words that names a place ("New York", "Newark"), an
        # abbreviation keeping its dot ("Calif.")
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            bare = cand.rstrip(".")
            if n == 1 and _word_region(bare):
                continue  # "South African", "of South africa": a region named like a word is no place here
            if is_place(bare) or (cand != bare and is_place_name(cand)):
                s0 = m.start() + skip
                # "Lisle, Ill., said": an abbreviation keeps its dot, a sentence's full stop does not
                after = text[s0 + len(cand) : s0 + len(cand) + 2].lstrip()[:1]
                dotted = (
                    cand.endswith(".") and len(bare) <= 5 and (after[:1] in (",", ")") or after.islower())
                )
                e0 = s0 + len(cand) if dotted else s0 + len(bare)
                if free(s0, e0) and text[e0 : e0 + 1] not in ("-", "–"):  # "UK-based" is one word
                    out.append((s0, e0, "L", None))
                    spans.add(s0, e0)
                break
    # "a joint venture with Germany's Y" where the gate saw no location word: a possessive place is
    # a place wherever it stands (never a party)
    possessive = "place" not in kinds and ("'" in text[start:end] or "’" in text[start:end])
    for m in _POSSESSIVE_RUN.finditer(text, start, end) if possessive else ():
        s0, e0 = m.span("name")
        if text[max(start, s0 - 4) : s0].casefold() == "the ":
            continue  # "the University's parent": a noun, whatever town shares its name
        if is_place(m.group("name")) and not _word_region(m.group("name")) and free(s0, e0):
            out.append((s0, e0, "L", None))
            spans.add(s0, e0)
    first = _people_parts()[0]
    for m in _PERSON_RE.get().finditer(text, start, end) if titles and people else ():
        name = m.group("person")
        words = _HONORIFIC.sub("", name).split()
        if (words and words[0] in first) or _HONORIFIC.match(name):
            s, e = m.start("person"), m.end("person")
            if free(s, e):
                out.append((s, e, "P", None))
                spans.add(s, e)
    return out


def _inside_phrase(text: str, lo: int, s: int, e: int) -> bool:
    """Whether an anaphor ("company") ends a lexicon phrase ("parent company"): then it is no anaphor."""
    words = tuple(text[lo:e].casefold().split())
    table = phrase_table()
    return any(
        (entry := table.get(words[-n:])) is not None and entry.tag in "RAQ" for n in (2, 3) if len(words) >= n
    )
