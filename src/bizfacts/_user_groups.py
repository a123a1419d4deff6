"""Counts of organizations or people told by what they do with a product, for
:mod:`bizfacts.user_counts`: "used by more than 1,400 hospitals", "serves 800 law firms",
"counts 600 practices as customers", "3,200 restaurant groups now use the", "1.2 million people pay
for X", "26,000 analysts log in every month".  The organizations' noun is the metric ("hospitals");
people who pay are paying users, people who log in every month monthly active users.
"""

from __future__ import annotations

import bisect
import functools
from typing import NamedTuple

import ahocorasick
import regex

from ._numbers import number_patterns, parse_number
from ._patterns import LazyPattern
from ._qualifiers import qualifier_before
from ._spans import UserCountMention, unchecked

__all__ = ["with_counted_groups"]

_make_count = unchecked(UserCountMention)


def _whole_count(raw: str) -> int | None:
    """The count ``raw`` reads, if a whole number."""
    value = parse_number(raw)
    if value is None or value != value.to_integral_value() or value < 0:
        return None
    return int(value)


@functools.cache
def _organization_patterns() -> tuple[LazyPattern, LazyPattern, LazyPattern]:
    """Organizations counted as a product's customers, whatever they are called: read after a
    cue ("used by more than 1,400 hospitals", "serves 3,200 restaurant groups", "counts 600
    practices as customers"), and before "use the", "pay for the" or "rely on its" ("More than
    3,200 restaurant groups now use the"); people counted by what they do ("1.2 million people
    pay for X", "26,000 analysts log in every month").  Each compiled when a cue first needs it: most
    texts hold none."""
    number = number_patterns().number
    qualifier = r"(?:(?:more[ \t]+than|over|about|nearly|almost|some|around)[ \t]+)?"
    # (modifiers may be capitalized and joined by "and": "used by more than 40 UK and Irish insurers")
    # (no scale word: "1.2 million people" counts 1.2 million of them)
    modifier = (
        r"(?!(?:million|billion|thousand|mln|bn|lakh|crore)\b)"
        r"[A-Za-z][A-Za-z-]{1,20}[ \t]+(?:and[ \t]+[A-Z][A-Za-z-]{1,20}[ \t]+)?"
    )
    noun = rf"(?P<noun>(?:{modifier}){{0,2}}(?:[a-z][a-z-]{{2,20}}s|people))"
    after = LazyPattern(
        rf"(?:used[ \t]+by|serves|served|serve)[ \t]+{qualifier}(?P<n>{number})[ \t]+{noun}\b"
        # ("counts 600 practices as customers"; "counts 4,800 charge points" counts no customers)
        rf"|counts[ \t]+{qualifier}(?P<n>{number})[ \t]+{noun}[ \t]+as[ \t]+"
        rf"(?:customers|clients|users|buyers|sellers|members|subscribers)\b",
        regex.V0,
    )
    # (a place may follow the noun: "9,400 clinics in the United States and Canada used X")
    place = (
        r"(?:[ \t]+(?:in|across)[ \t]+(?:the[ \t]+)?[A-Z][\w.-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w.-]*){0,3})?"
    )
    before = LazyPattern(
        rf"(?<![\w.,])(?P<n>{number})[ \t]+{noun}{place}[ \t]+(?:now[ \t]+|currently[ \t]+|already[ \t]+)?"
        rf"(?P<verb>use|used|pay[ \t]+for|paying[ \t]+us|rely[ \t]+on|(?:log|sign)[ \t]+(?:in|on)"
        # ("40 million people use Streamly's app every month": a product named, or its owner's)
        rf"|use[ \t]+(?:it|(?:the|its|our|their)[ \t]+[a-z]+"
        rf"|[A-Z][\w&.-]{{0,30}}(?:[ \t]+[A-Z][\w&.-]{{0,30}}){{0,3}}(?:['’]s[ \t]+[a-z]+)?)"
        rf"|have[ \t]+(?:registered|signed[ \t]+up[ \t]+for))[ \t]+\Z",
        regex.V0,  # (searched in a short window before each cue: linear in the text)
    )
    # ("more than 11,000 teams ..., and about 2,400 of them pay for X": the group counted before)
    of_them = LazyPattern(
        rf"(?<![\w.,])(?P<n>{number})[ \t]+(?P<noun>of[ \t]+(?:them|these|those))[ \t]+(?:now[ \t]+)?"
        rf"(?P<verb>pay[ \t]+for|use)[ \t]+\Z",
        regex.V0,
    )
    return after, before, of_them


# the words that open a count of customer organizations ("used by more than 1,400 hospitals")
_CUES_BEFORE = ("used by ", "serves ", "served ", "serve ", "counts ")
# verbs after a count, before their object ("now use the", "pay for its", "rely on our") or a name
# ("use Tallyroot"; not "rely on"): looked for once each, what follows read after
_VERBS_AFTER = (" use ", " used ", " pay for ", " rely on ")
_OBJECTS = ("the ", "its ", "our ", "their ", "a ")
# what people did, the verb, and what must follow it ("64 shippers paying us every month", "40
# million people have registered an account")
_PEOPLE_VERBS = (
    (" paying us ", ("",)),
    (" have registered ", ("an ", "accounts")),
    (" have signed up for ", ("an account",)),
)
# how often counted people use a product: the count is of its active users ("log in every month")
_PERIODS = {"month": "monthly active users", "day": "daily active users", "week": "weekly active users"}
_PERIOD_KINDS = frozenset(_PERIODS.values())
# nouns of a counted group that are no customers ("serves 40 countries", "used by 300 employees")
_NOT_ORGANIZATIONS = frozenset(
    "countries markets cities states years employees workers people staff students patients children "
    "days hours minutes miles percent shares tonnes times weeks months".split()
)
# people counted by what they do with a product ("1.2 million people pay for X"): no organizations
_PERSONS = frozenset("people persons individuals players gamers users listeners readers viewers fans".split())
# words that end the noun of a counted group ("across", "and", "in")
_FUNCTION_WORDS = frozenset(
    "across as is was has plus this thus always perhaps its whereas and or in of at to for with from on by"
    .split()
)


class _Counted(NamedTuple):
    """A count of organizations or people read around a cue, and what counts them: "customers"
    (an organization's noun is the metric), "paying" ("pay for") or an active-users metric."""

    match: regex.Match[str]
    kind: str


@functools.cache
def _cue_scanner() -> ahocorasick.Automaton:
    """An automaton of every cue :func:`_organization_matches` looks for (built once, then only read)."""
    machine = ahocorasick.Automaton()
    for cue in (*_CUES_BEFORE, *_VERBS_AFTER, " every ", " each ", *(verb for verb, _ in _PEOPLE_VERBS)):
        machine.add_word(cue, cue)
    machine.make_automaton()
    return machine


def _organization_matches(text: str) -> list[_Counted]:
    """The matches of :func:`_organization_patterns` at their cues, in text order (the cues found
    in one scan, each read in a window of its own: linear in the text)."""
    if next(_cue_scanner().iter(text), None) is None:
        return []  # (no cue at all, most texts: one pass of an automaton instead of a search per cue)
    after, before, of_them = _organization_patterns()

    def before_cue(lo: int, hi: int) -> regex.Match[str] | None:
        return before.search(text, lo, hi) or of_them.search(text, lo, hi)

    found: list[_Counted] = []
    for cue in _CUES_BEFORE:
        pos = text.find(cue)
        while pos >= 0:
            if (pos == 0 or not text[pos - 1].isalnum()) and (m := after.match(text, pos, pos + 160)):
                found.append(_Counted(m, "customers"))
            pos = text.find(cue, pos + len(cue))
    for verb in _VERBS_AFTER:
        pos = text.find(verb)
        while pos >= 0:
            end = pos + len(verb)  # (after the verb's space: the window's end)
            named = text[end : end + 1].isupper() and verb != " rely on "
            if named or text.startswith(_OBJECTS, end):
                # ("More than 1,100 finance teams now pay for the product"; "More than 4,300
                # businesses use Tallyroot": the product or the company by its name)
                m = before_cue(max(0, pos - 120), end)
                if m is not None and not m.group("verb").startswith(("log", "sign", "use ", "have")):
                    found.append(_Counted(m, "paying" if verb == " pay for " else "customers"))
            pos = text.find(verb, end - 1)
    for each in (" every ", " each "):  # ("Over 26,000 finance professionals log in every month")
        pos = text.find(each)
        while pos >= 0:
            period = text[pos + len(each) : pos + len(each) + 6].rstrip(".,;:!? \n")
            if period in _PERIODS:
                m = before.search(text, max(0, pos - 120), pos + 1)
                if m is not None and m.group("verb").startswith(("log", "sign", "use ")):
                    found.append(_Counted(m, _PERIODS[period]))
            pos = text.find(each, pos + len(each) - 1)
    for verb, objects in _PEOPLE_VERBS:
        pos = text.find(verb)
        while pos >= 0:
            end = pos + len(verb)
            if text.startswith(objects, end):
                m = before.search(text, max(0, pos - 120), end)
                if m is not None and m.group("verb").startswith(("paying", "have")):
                    found.append(_Counted(m, "paying" if verb == " paying us " else "registered users"))
            pos = text.find(verb, end - 1)
    # (a count read twice, "40 million people use X every month": how often they use it wins)
    return sorted(found, key=lambda c: (c.match.start("n"), c.kind not in _PERIOD_KINDS))


def _counted_metric(words: list[str], kind: str) -> str:
    """The metric of a counted group: the organizations' noun, its capitalized modifiers left out
    ("40 UK and Irish insurers" -> "insurers"), "paying" before people who pay, or ``kind``."""
    if kind not in ("customers", "paying"):
        return kind
    k = 0
    while k < len(words) - 1 and (words[k][0].isupper() or (words[k] == "and" and k)):
        k += 1
    noun = " ".join(words[k:]).lower()
    if kind == "paying" and words[-1] in _PERSONS:
        return "paying users" if words[-1] in ("people", "persons", "individuals") else f"paying {noun}"
    return noun


def with_counted_groups(text: str, found: list[UserCountMention]) -> list[UserCountMention]:
    """``found`` and the counts of customer organizations (:func:`_organization_patterns`) where no
    count stands already, in text order; a count of such customers has their noun as metric."""
    matches = _organization_matches(text)  # (each cue looked for once: most texts hold none)
    if not matches:
        return found
    starts = [u.start for u in found]  # (in text order: a count's overlap is told by bisection)
    more: list[UserCountMention] = []
    last_end = -1  # where the last count added ends (the matches come in text order)
    for m, kind in matches:
        words = m.group("noun").split()
        noun_end = m.end("noun")
        if words[0] == "of":  # "about 2,400 of them pay for X"
            counted = _of_them(text, m, found + more)
            if counted is not None and counted.start >= last_end:
                last_end = counted.end
                more.append(counted)
            continue
        # "3,200 restaurant groups across the country", "40 countries and employs": the noun ends
        # before a function word
        # (not an "and" between two capitalized modifiers: "40 UK and Irish insurers", nor one
        # between two plural nouns before a clause's end: "60,000 salons and spas, which")
        cut = next(
            (
                k
                for k, w in enumerate(words)
                if w in _FUNCTION_WORDS
                and not (w == "and" and k and words[k - 1][0].isupper())
                and not (
                    w == "and"
                    and k == len(words) - 2
                    and words[k - 1].endswith("s")
                    and _CLAUSE_END.match(text, noun_end)
                )
            ),
            len(words),
        )
        words = words[:cut]
        if not words or not words[-1].endswith(("s", "people")):
            continue
        if kind == "registered users" and words[-1] not in _PERSONS:
            continue  # ("40 million people have registered an account"; not firms)
        # (people who pay or log in are users; people a product serves may be staff, but not those
        # served through an app: "serve 1.3 million frontline workers through their app, X")
        # ("40 million people use X", "used by over 5 million people": people who use a product are
        # its users; people a company serves may be a population)
        users = (
            kind == "customers"
            and words == ["people"]
            and _USED.search(m.group(0)) is not None
            and _PER_TIME.match(text, noun_end) is None  # ("used by 300,000 people a year": visits)
        )
        if (
            words[-1] in _NOT_ORGANIZATIONS
            and (kind == "customers" or words[-1] != "people")
            and not (words[-1] in _SERVED_PEOPLE and _THROUGH_PRODUCT.match(text, noun_end))
            and not users
        ):
            continue
        start = m.start("n")
        end = m.start("noun") + len(" ".join(words))
        count = _whole_count(m.group("n"))
        k = bisect.bisect_left(starts, end)  # the counts found starting before this one ends
        if count is None or count < 10 or start < last_end or (k and found[k - 1].end > start):
            continue
        last_end = end
        qualifier, _ = qualifier_before(text, start, counts=True)
        rule = "count of customers"
        metric = "users" if users else _counted_metric(words, kind)
        more.append(_make_count(start, end, text[start:end], count, metric, qualifier, rule))
    return sorted(found + more, key=lambda u: u.start) if more else found


# the verb of using in a count's match ("used by", "use")
_USED = regex.compile(r"\buse[ds]?\b", regex.V0)
# a rate after a count of people: visits, not users ("a year", "per day", "each month", "annually")
_PER_TIME = regex.compile(
    r"[ \t]+(?:(?:a|per|each|every)[ \t]+(?:year|day|month|week)|annually|daily)\b", regex.V0
)
# people a product may serve, told with what serves them ("through its scheduling app")
_SERVED_PEOPLE = frozenset("workers employees staff students patients people".split())
_THROUGH_PRODUCT = regex.compile(
    r"[ \t]+(?:through|via|with|using)[ \t]+(?:its|their|our)[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
    r"(?:app|apps|platform|platforms|software|service|services|product|products)\b",
    regex.V0,
)


# where the second of two plural nouns joined by "and" ends a counted group ("salons and spas, which")
_CLAUSE_END = regex.compile(r"[ \t]*+(?:[,.;:)]|\Z|(?:in|across|which|who|that)\b)", regex.V0)


def _of_them(text: str, m: regex.Match[str], counts: list[UserCountMention]) -> UserCountMention | None:
    """The count of a part of the group counted just before in the sentence ("used by more than
    11,000 teams, and about 2,400 of them pay for X": 2,400 paying teams), else None."""
    start = m.start("n")
    near = [u for u in counts if start - 160 <= u.end <= start]
    before = [u for u in near if not regex.search(r"[.!?][ \t\n]", text[u.end : start])]
    count = _whole_count(m.group("n"))
    if not before or count is None or count < 10:
        return None
    group = max(before, key=lambda u: u.end)
    if count >= group.count:
        return None
    paying = m.group("verb").startswith("pay") and not group.metric.startswith("paying ")
    metric = f"paying {group.metric}" if paying else group.metric
    end = m.end("n")
    qualifier, _ = qualifier_before(text, start, counts=True)
    return _make_count(start, end, text[start:end], count, metric, qualifier, "count of customers")
