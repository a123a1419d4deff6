"""The cascade's gate: one Aho-Corasick pass says whether a sentence holds any trigger.

A sentence with no predicate form, title word or "-based" adjective costs one automaton
pass and nothing more.

>>> may_hold_fact("acme said on monday it bought beta.")
True
>>> may_hold_fact("shares rose 5 pct in active trading.")
False
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence

import regex

from ..._numbers import AnyMatch
from ..._spans import CompanyMention, Span
from .. import lexicon as L
from ..template import Automaton, LazyPattern, automaton, spans_holding
from .names import is_place
from .predicates import frame_words, noun_readings, phrase_table, predicates
from .tokens import firm_nouns

# "-based"/"-headquartered" adjectives and "owned" ("wholly owned") open constructions of their own
_EXTRA = ("-based", "-headquartered", "owned")
# title words that open every executive construction
_TITLE_WORDS = (
    "chief",
    "ceo",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "director",
    "head",
    "managing",
    "officer",
    "cfo",
    "coo",
    "cto",
    # (a person's descriptor: "Financier Carl Lindner ... Lindner said": the people who buy and sell)
    "financier",
    "investor",
    "billionaire",
    "tycoon",
    "c.e.o",  # ("C.E.O.": a newspaper's dotted acronym)
    "c.f.o",
    "c.o.o",
    "c.t.o",
    "partner",
    "secretary",
    "treasurer",
    "controller",
    "manager",
    "counsel",
    "boss",
    "founders",
    "vp",
    "svp",
    "evp",
    # (French, Spanish and Italian titles kept in translated releases: data/titles.tsv)
    "président",
    "présidente",
    "directeur",
    "directrice",
    "directora",
    "consejero",
    "consejera",
    "amministratore",
    "presidente",
    # the title constructions with no title word (cascade/executive.py): a founding or heading verb
    "founded by",
    "founded in",
    "founded on",
    "who founded",
    "founded",  # ("P founded X", "P co-founded X in 2016")
    "co-founded",
    "cofounded",
    "founding",  # ("Before founding X in 2015, P was ...")
    "co-founding",
    "who heads",
    "who leads",
    "who runs",
    "who chairs",
    "also heads",
    "also leads",
    "also runs",
    "also chairs",
    "now heads",
    "now leads",
    "now runs",
    "now chairs",
    "currently heads",
    "currently leads",
    "currently runs",
    "currently chairs",
    "chairs",
    "chaired by",  # ("The board is chaired by P")
    "has chaired",  # ("P has chaired the board of X since 2018")
    "chaired the board",
)
# predicates whose verbs are common words and which need a stake noun anyway ("took a stake")
_NEEDS_A_STAKE = frozenset({"take", "hold", "reduce"})
_EXTRA_STAKE = ("stake", "stakes", "shareholding", "shareholdings")
# an amount of money, as the lowercased sentence writes it ("$5 mln", "20 million pounds", "€18m")
_AMOUNT = regex.compile(r"[$€£¥]|\d(?:[\d.,]*\d)?\s?(?:mln|million|billion|bln|bn|m|k)\b")
_FOR = regex.compile(r"\bfor\b")
# what a stake verb's object needs: a stake noun, or a share "of" or "in" something
_STAKE_OBJECT = regex.compile(
    r"\b(?:stakes?|holdings?|interests?|shareholdings?|position|equity)\b"
    r"|(?:%|\bpct|\bpercent|\bper cent)\s+(?:of|in)\b"
    r"|\bin which\b"  # ("Y, in which X holds 40%, ...": the stake's company before its verb)
)

# a stake named by its kind, with no percentage ("interest" alone is as often a rate)
_QUALIFIED_INTEREST = regex.compile(
    r"\b(?:majority|controlling|minority|ownership|equity)[ \t](?:(?:ownership|equity)[ \t])?interests?\b"
)


@functools.cache
def _kind_of() -> dict[str, str]:
    """Trigger word -> "title" or "place" (any other trigger is "other")."""
    kinds = dict.fromkeys(_TITLE_WORDS, "title")
    kinds.update(dict.fromkeys(("-based", "-headquartered"), "place"))
    for key, entry in phrase_table().items():
        if entry.tag in "QH":
            kinds[" ".join(key)] = "place"
    return kinds


@functools.cache
def _automaton_words() -> frozenset[str]:
    """Every trigger word."""
    words = set(_EXTRA) | set(_EXTRA_STAKE) | set(_TITLE_WORDS)
    for key, entry in phrase_table().items():
        if entry.tag in "VARQHu":
            words.add(" ".join(key))
    words.update(noun_readings())  # "the rival bid for Y"
    words.update(frame_words("SYM"), frame_words("FUND"))  # "an MoU", "a memorandum of understanding"
    return frozenset(words)


@functools.cache
def _automaton() -> Automaton:
    return automaton(_automaton_words())


def trigger_words() -> frozenset[str]:
    """Every word the gate's automaton looks for (lowercase; a trigger only as a whole word)."""
    return _automaton_words()


# "will take X private": a buyout, the verb's object between its words
_TAKE_PRIVATE = regex.compile(r"\b(?:take|takes|took|taken|taking)\s+(?:\S+\s+){1,5}?private\b")


@functools.cache
def _stake_verbs() -> frozenset[str]:
    """The forms of the predicates that open the gate only beside a stake ("holds", "took")."""
    return frozenset(
        " ".join(key)
        for key, entry in phrase_table().items()
        if entry.tag == "V" and entry.predicate in _NEEDS_A_STAKE
    )


# a place right beside a company: "X, a Dallas firm", "X of Cambridge, Mass.", "Vienna's X"
_PLACE_AFTER = LazyPattern(
    r">?[ \t]{0,2}(?:\([^()\n]{1,20}\)[ \t]{0,2}|<[A-Z.]{1,10}>[ \t]{0,2})?"
    r"(?:,[ \t]{1,3}(?:a|an|the|of)|[ \t]{1,3}of|[ \t]{1,3}(?:is|was)[ \t]{1,3}(?:a|an))[ \t]{1,3}"
    # ("X, the family-owned Kettering maker of ...": a lowercase modifier or two before the town)
    r"(?:\p{Ll}[\p{Ll}-]*[ \t]{1,3}){0,2}(?P<run>\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,2})"
)
# "X (Perth, Australia)": a town (and its region or country) in brackets after a company's name
_PLACE_IN_BRACKETS = LazyPattern(
    r"[ ]\((?P<run>\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,2})"
    r"(?:,[ ]\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,2}){0,2}\)"
)
# "the Dayton company", "the Bangor, Maine, forest products company": a place before a reference
_PLACE_BEFORE_REFERENCE = LazyPattern(
    r"\b[Tt]he[ \t]{1,3}(?P<run>\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,3})"
    r"(?:,[ \t]{1,3}\p{Lu}[\p{L}.]*,?)?(?:[ \t]{1,3}[a-z-]+){0,3}[ \t]{1,3}\Z"
)
_PLACE_BEFORE = LazyPattern(r"(?P<run>\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,2})['’]s[ \t]{1,3}\Z")
# "the Chicago private equity firm X": a town and a description before a company's name
_PLACE_DESCRIPTOR_BEFORE = LazyPattern(
    r"\b[Tt]he[ \t]{1,3}(?P<run>\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,3})"
    r"(?:,[ \t]{1,3}\p{Lu}[\p{L}.]*,?)?(?:[ \t]{1,3}[a-z-]+){1,3}[ \t]{1,3}\Z"
)


@functools.cache
def _for_verbs() -> frozenset[str]:
    """The verb forms of the predicates whose every construction reads "for" after the verb and
    that have no noun ("pay": "paid $5 mln for Y"): they open the gate only before a "for"."""
    return frozenset(
        " ".join(key)
        for key, entry in phrase_table().items()
        if entry.tag == "V" and "FOR" in _frames(entry.predicate) and "NOM" not in _frames(entry.predicate)
    )


@functools.cache
def _value_words() -> frozenset[str]:
    """The words of the VALUE predicates ("valued", "valuation"): every valuation construction
    holds an amount of money, so they open the gate only in a sentence with a money mention."""
    return frozenset(frame_words("VALUE"))


def _frames(predicate: str | None) -> frozenset[str]:
    entry = predicates().get(predicate or "")
    return entry.frames if entry is not None else frozenset()


def _names_place(run: str) -> bool:
    words = run.split()
    return any(is_place(" ".join(words[:n]).rstrip(".")) for n in range(len(words), 0, -1))


def institution(m: object) -> bool:
    """Whether ``m`` is an organization mention whose name holds an institution's head word ("the
    National Museum of Denmark", "the Agricultural School"): it stands where the text puts it.

    >>> from bizfacts import extract_companies
    >>> [institution(m) for m in extract_companies("She taught at Harrow College and joined Dunmore Corp.")]
    [True, False]
    """
    return (
        isinstance(m, CompanyMention)
        and m.kind == "organization"
        and not L.INSTITUTION_HEADS.isdisjoint(m.name.split())
    )


# "the X Museum in L": a place after an institution
_IN_PLACE = LazyPattern(r"[ \t]{1,3}in[ \t]{1,3}(?P<run>\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,2})")
# "X is a software company in Austin, Texas": the copula's firm noun and its town
_COPULA_IN_PLACE = LazyPattern(
    r"[ \t]{1,3}(?:is|was)[ \t]{1,3}an?(?:[ \t]{1,3}[a-z][\w-]*){1,4}[ \t]{1,3}in[ \t]{1,3}"
    r"(?P<run>\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,2})"
)

# "X, a battery maker from Reno, Nevada, said": an apposition's firm noun and its town
_APPOSITION_IN_PLACE = LazyPattern(
    r",[ \t]{1,3}an?(?:[ \t]{1,3}[a-z][\w-]*){1,4}[ \t]{1,3}(?:in|from)[ \t]{1,3}"
    r"(?P<run>\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,2})"
)


def place_beside(
    text: str, companies: Sequence[Span], references: Sequence[tuple[int, int, str]] = ()
) -> bool:
    """Whether a place name stands right after or before one of ``companies`` (mentions in
    ``text``) or before one of ``references`` ((start, end, name) of "the company" resolved),
    where a location construction with no location word may hold.

    >>> from bizfacts import extract_companies
    >>> t = "Acme Widgets Inc, a Dallas maker of widgets, said sales rose."
    >>> place_beside(t, extract_companies(t))
    True
    """
    place_after = _PLACE_AFTER.for_text(text)  # (the stdlib twin on an ASCII text: faster)
    for c in companies:
        after = place_after.match(text, c.end)
        if after is not None and _names_place(after.group("run")):
            return True
        # "Tesk Mining (Perth, Australia) said": the company's town in brackets
        inside = _PLACE_IN_BRACKETS.match(text, c.end) if text.startswith(" (", c.end) else None
        if inside is not None and _names_place(inside.group("run")):
            return True
        if text.startswith(" in ", c.end) and institution(c):
            after = _IN_PLACE.get().match(text, c.end)
            if after is not None and _names_place(after.group("run")):
                return True
        if text.startswith((" is a", " was a"), c.end):
            after = _COPULA_IN_PLACE.get().match(text, c.end, c.end + 80)
            if after is not None and _names_place(after.group("run")):
                return True
        if text.startswith((", a", ", an"), c.end):  # "X, a battery maker from Reno, said"
            after = _APPOSITION_IN_PLACE.get().match(text, c.end, c.end + 80)
            if after is not None and _names_place(after.group("run")):
                return True
        # "The Perth miner, Tesk Mining, said": the description set off by a comma
        if c.start > 6 and text.startswith(", ", c.start - 2) and text[c.start - 3].islower():
            window = text[max(0, c.start - 82) : c.start - 2] + " "
            before = _the_search(_PLACE_DESCRIPTOR_BEFORE, window, 0, len(window))
            if (
                before is not None
                and before.group(0).split()[-1] in firm_nouns()
                and _names_place(before.group("run"))
            ):
                return True
        if c.start > 6 and text[c.start - 1] == " " and text[c.start - 2].islower():
            before = _the_search(_PLACE_DESCRIPTOR_BEFORE, text, max(0, c.start - 80), c.start)
            if (
                before is not None
                and before.group(0).split()[-1] in firm_nouns()
                and _names_place(before.group("run"))
            ):
                return True  # "the Chicago private equity firm X" (not "the Houston Chronicle from X")
        # (the possessive's apostrophe stands 3 to 5 characters before the company, or nothing matches)
        near = text[max(0, c.start - 5) : max(0, c.start - 2)]
        if "'" in near or "’" in near:
            before = _PLACE_BEFORE.for_text(text).search(text, max(0, c.start - 40), c.start)
            if before is not None and _names_place(before.group("run")):
                return True
    for start, _end, _name in references:
        before = _the_search(_PLACE_BEFORE_REFERENCE, text, max(0, start - 80), start)
        if before is not None and _names_place(before.group("run")):
            return True
    return False


def _the_search(pattern: LazyPattern, text: str, lo: int, hi: int) -> AnyMatch | None:
    """``pattern.for_text(text).search(text, lo, hi)`` for a pattern whose every match opens with
    "the" or "The" (``\\b[Tt]he``): on ASCII text its twin is matched only where one stands, in
    text order (the search tries every position of the window, where "\\b" leaves it no literal
    to skip to); the first match is the search's."""
    if not text.isascii():
        return pattern.get().search(text, lo, hi)
    match = pattern.twin().match
    i = text.find("he", lo + 1, hi)
    while i >= 0:
        if text[i - 1] in "Tt" and (m := match(text, i - 1, hi)) is not None:
            return m
        i = text.find("he", i + 1, hi)
    return None


_NONE: frozenset[str] = frozenset()


def triggers(low: str, money: bool = True, hits: Iterable[tuple[int, str]] | None = None) -> frozenset[str]:
    """The kinds of trigger the lowercased sentence ``low`` holds as whole words: "title" (a
    title word), "place" (a location word: "based", "headquarters"), "other"; empty when none.
    ``money``: whether the sentence holds a money mention (a valuation word needs one).
    ``hits``: what the automaton of :func:`trigger_words` finds in ``low`` (end, word), when the
    caller has it (:func:`~bizfacts.facts.template.spans_words`).

    >>> sorted(triggers("the chicago-based maker said its chief executive quit."))
    ['place', 'title']
    >>> sorted(triggers("it will pay a dividend.")), sorted(triggers("it paid $5 mln for a mill."))
    ([], ['other'])
    >>> sorted(triggers("exports increased 7 pct.")), sorted(triggers("it raised its holding to 7 pct."))
    ([], ['other'])
    """
    found = _automaton().iter(low) if hits is None else iter(hits)
    hit = next(found, None)
    if hit is None:  # most sentences: no trigger word, not even inside a word
        return _NONE
    n = len(low)
    kinds: set[str] = set()
    kind_of = _kind_of()
    stake_verbs = _stake_verbs()
    money_verbs = frame_words("MONEY", nouns=False)
    for_verbs = _for_verbs()
    value_words = _value_words()
    stake_verb = money_verb = False
    for end, word in itertools.chain((hit,), found):
        start = end - len(word) + 1
        if (start == 0 or not low[start - 1].isalnum() or word[0] == "-") and (
            end + 1 >= n or not low[end + 1].isalnum()
        ):
            if word in stake_verbs or word in money_verbs:
                # "holds 5% of Y", "raised $5 mln" open the gate; "held steady", "raised prices" do not
                stake_verb = stake_verb or word in stake_verbs
                money_verb = money_verb or word in money_verbs
            elif word in for_verbs:
                if _FOR.search(low, end + 1):  # "paid $5 mln for Y"; "will pay a dividend" holds no deal
                    kinds.add("other")
            elif word in value_words:
                if money:  # "valued at $5 mln"; "the value of the dollar" holds no valuation
                    kinds.add("other")
            else:
                kinds.add(kind_of.get(word, "other"))
    # "raised its holding to 8 pct", "holds 5% of Y": a stake verb needs a stake noun or a share
    # "of"/"in" a company ("exports increased 5 pct" holds none)
    stake = stake_verb and ("%" in low or " pct" in low or "percent" in low or "per cent" in low) and (
        _STAKE_OBJECT.search(low) is not None
    )
    if " interest" in low and _QUALIFIED_INTEREST.search(low) is not None:
        kinds.add("other")  # "holds (has) a majority (controlling) interest in Y": a stake by its kind
    if stake or (money_verb and _AMOUNT.search(low)):
        kinds.add("other")
    elif stake_verb and " private" in low and _TAKE_PRIVATE.search(low) is not None:
        kinds.add("other")  # "Y will take X private"
    if kinds and "place" not in kinds and seat_cue(low):
        kinds.add("place")  # "X AG, Zurich, announces ...": a company's seat after its legal form
    return frozenset(kinds)


# a European legal form and a comma, as a company's seat follows it: "X AG, Zurich,", "Y GmbH, Stuttgart"
_SEAT_FORMS = (" ag,", "gmbh,", " se,", "s.a.,", " spa,", "s.p.a.,", " oy,", " oyj,", " ab,", " asa,",
               "a/s,", " nv,", "n.v.,", " bv,", "b.v.,", " kg,", " sas,", " sarl,", " srl,")
_SEAT = regex.compile(
    r"(?:\bag|gmbh|\bse|s\.a\.|\bspa|s\.p\.a\.|\boyj?|\bab|\basa|a/s|\bnv|n\.v\.|\bbv|b\.v\.|\bkg|\bsas|\bsarl|\bsrl),"
    r"[ \t]+\p{Ll}[\p{Ll}-]+(?:[ \t]\p{Ll}[\p{Ll}-]+)?[,.]"
)


def seat_cue(low: str) -> bool:
    """Whether the lowercased text ``low`` names a company's seat after its legal form ("x ag,
    zurich,"): the places extractor has a place to find there.

    >>> seat_cue("veltrona ag, zurich, announces ..."), seat_cue("acme ag said")
    (True, False)
    """
    return _holds_seat_form(low) and _SEAT.search(low) is not None


def _holds_seat_form(low: str) -> bool:
    """Whether one of ``_SEAT_FORMS`` stands in ``low``: each ends with its comma, so the text up to
    each comma is tested for them in one call (on news a fourth of the time of a search per form, 7 µs
    a document; a text dense in commas is searched form by form)."""
    if low.count(",") > len(low) // 32:
        return any(form in low for form in _SEAT_FORMS)
    i = low.find(",")
    while i >= 0:
        if low.endswith(_SEAT_FORMS, 0, i + 1):
            return True
        i = low.find(",", i + 1)
    return False


def may_hold_fact(low: str) -> bool:
    """Whether the lowercased sentence ``low`` holds any trigger of the cascade, as a whole word."""
    return bool(triggers(low))


_MENTION_KINDS = frozenset({"title", "place"})


@functools.cache
def _kind_words() -> frozenset[str]:
    """The trigger words that give "title" or "place" (:func:`triggers` reads the stake, money,
    "for" and value words otherwise): a document holds few of them."""
    others = _stake_verbs() | frozenset(frame_words("MONEY", nouns=False)) | _for_verbs() | _value_words()
    kind_of = _kind_of()
    return frozenset(w for w in _automaton_words() if kind_of.get(w) in _MENTION_KINDS and w not in others)


@functools.cache
def _kind_automaton() -> Automaton:
    """The words of :func:`_kind_words`, in one automaton."""
    return automaton(_kind_words())


def mention_kinds(low: str, hits: Iterable[tuple[int, tuple[str, int]]] | None = None) -> frozenset[str]:
    """``triggers(low) & {"title", "place"}``, read with fewer words: whether the people and the
    places extractors have a sentence to serve in the lowercased text ``low``.  ``hits``, when
    given, are (end, (word, mask)) of an automaton holding every trigger word, found in ``low``
    (the others are passed over).

    >>> sorted(mention_kinds("the chicago-based maker said its chief executive quit. it paid $5 mln for y."))
    ['place', 'title']
    """
    n = len(low)
    kinds: set[str] = set()
    kind_of = _kind_of()
    if hits is None:
        found: Iterable[tuple[int, str]] = _kind_automaton().iter(low)
    else:
        words = _kind_words()
        found = [(end, word) for end, (word, _mask) in hits if word in words]
    for end, word in found:
        start = end - len(word) + 1
        if (start == 0 or not low[start - 1].isalnum() or word[0] == "-") and (
            end + 1 >= n or not low[end + 1].isalnum()
        ):
            kinds.add(kind_of[word])
            if len(kinds) == 2:
                break
    if "place" not in kinds and (seat_cue(low) or "location:" in low or "address:" in low):
        # "X AG, Zurich, announces ...": the seat after a legal form; "(2) Location: Tokyo": a field
        kinds.add("place")
    return frozenset(kinds)


def holding_a_trigger(text: str, spans: Sequence[tuple[int, int]], low: str | None = None) -> list[bool]:
    """For each sentence span of ``text`` (sorted, not overlapping), whether its lowercased text
    holds a trigger word at all, inside a word or not: where it holds none, :func:`triggers`
    gives nothing (:func:`~bizfacts.facts.template.spans_holding`, one pass over the text).

    >>> t = "Shares rose. Acme bought Beta."
    >>> holding_a_trigger(t, [(0, 12), (13, 30)])
    [False, True]
    """
    return spans_holding(_automaton(), text, spans, low)
