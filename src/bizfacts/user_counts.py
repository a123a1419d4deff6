"""Counts of people using a product or service: ``extract_user_counts(text)``.

What it finds
-------------
* a count before a user noun: ``500 million users``, ``300 million monthly active
  users``, ``1.2bn MAUs``, ``400 million subscribers``, ``20,000 paying customers``,
  ``300 million WeChat users``.  The span runs from the number to the noun;
* a user noun before a count, joined by "of" or a verb: ``MAUs of 1.2bn``, ``a user
  base of 50 million``, ``its user number exceeded 500 million``, ``WeChat users are
  now approaching 400 million``.  The span is the count only ("500 million");
* organizations counted as a product's customers, whatever they are called: ``used by more
  than 1,400 hospitals``, ``serves 800 law firms``, ``3,200 restaurant groups now use the``,
  ``counts 600 practices as customers`` (their noun is the metric, "hospitals"; not countries,
  staff or things), and people told by what they do: ``1.2 million people pay for X`` ("paying
  users"), ``26,000 analysts log in every month`` ("monthly active users"), see
  :mod:`bizfacts._user_groups`;
* ``metric`` normalized by ``data/user_metrics.tsv``: users, monthly active users,
  daily active users, weekly active users, subscribers, paid subscribers, paying users,
  customers, cardholders, members, accounts, pay-TV households; the modifiers that name a
  kind of user are kept, before the count's noun or before a noun that comes first
  ("mobile subscribers", "fixed broadband customers"), and one word the table does not know
  ("2,300 foodservice customers");
* ``qualifier`` from the words right before the count, verbs included ("exceeded" ->
  "more_than", "approaching" -> "approaching", "about" -> "about", "at least" ->
  "at_least", "up to" -> "at_most", "fewer than" -> "less_than"), else "exact".

People who are not users give nothing: population, employees, workers, shares,
survey respondents.  A count needs at least 10 people (100 for "members",
"customers", "accounts" without a scale word, 1,000 when the noun comes first), a
whole number, and is not a product version ("Windows 7 users") or a percentage.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

import regex

from ._needles import NeedleGroup, WindowSearch, minimal_needles
from ._not_customers import NotCustomerWords
from ._numbers import (
    AnyMatch,
    alternation,
    data_rows,
    has_scale,
    number_patterns,
    start_scanner,
    whole_number,
)
from ._patterns import LazyPattern
from ._qualifiers import exact_by_tail, qualifier_before
from ._spans import Qualifier, UserCountMention, unchecked
from ._user_groups import with_counted_groups

__all__ = ["extract_user_counts"]

_AUX = (
    "has|have|had|is|are|was|were|now|already|currently|just|recently|reportedly|will|would"
    "|could|may|might|soon|finally|also|still|then|be|been|expected|set|likely|to|quickly|rapidly"
    "|steadily|globally|worldwide|reached|hit|total|totaled|totalled|totals|totaling|totalling"
    "|number|numbered|numbers|numbering|reach|reaches|reaching|stood|stands|stand|standing"
    "|grew|rose|increased|climbed|jumped|swelled|soared|surged|expanded|risen|grown|fell"
    "|dropped|declined|amounted|amount|came|come|of|at|by|in|as|a|an|the|record|from|year|earlier|ago"
    "|on|first|second|third|fourth|quarter|month|high|all-time|new|percent|pct|average|total"
    # "monthly active users grew 22% year over year to 410 million", "users of the X platform"
    "|over|platform|app|apps|service|services|network|site|website"
    # "the number of paying subscribers at the end of the period was 1,184,000"
    "|end|period|close"
)
_FOLLOW_WORDS = (
    "by|at|in|on|as|and|or|but|last|this|next|from|compared|versus|vs|against|according|a|an|the"
    "|since|after|before|until|with|within|during|year|month|week|now|today|yesterday|earlier|ago"
    "|worldwide|globally|people|mark|level|threshold|milestone|for|to|so|while|when|which|who|that"
    "|is|are|was|were|has|have|had|will|would|could|may|might|should|can|last|first|up|down|earlier"
)
class _Tables(NamedTuple):
    main: LazyPattern  # (run over ASCII text as its stdlib twin: ``for_text``)
    starts: re.Pattern[str]  # where ``main`` can begin: a number, "number of", a lead or a noun
    numbers: re.Pattern[str]  # where a number can begin: every match holds one
    follow: LazyPattern
    nouns: dict[str, str]  # lowercased phrase -> metric
    leads: dict[str, str]
    modifiers: dict[str, str]
    needles: tuple[str, ...]


@functools.cache
def _tables() -> _Tables:
    nums = number_patterns()
    nouns: dict[str, str] = {}
    leads: dict[str, str] = {}
    modifiers: dict[str, str] = {}
    for kind, phrase, metric in data_rows("user_metrics.tsv"):
        table = {"noun": nouns, "lead": leads, "modifier": modifiers}[kind]
        table[" ".join(phrase.split()).lower()] = metric
    quals = alternation([row[0] for row in data_rows("qualifiers.tsv")])
    sp = r"[ \t\u00a0]"
    # as tries: one test per letter instead of one per word (each stands before "(?!\w)")
    aux = alternation(_AUX.split("|"))
    follow_words = alternation(_FOLLOW_WORDS.split("|"))
    noun = rf"(?i:{alternation(list(nouns))})"
    lead = rf"(?i:{alternation(list(leads))})"
    mod = rf"(?:(?i:{alternation(list(modifiers))})|[A-Z][\w'&+.-]*+)"
    # (before a count's noun, one word no table knows: "2,300 foodservice customers", read by
    # ``_count_reading``)
    count_mod = (
        rf"(?:(?i:{alternation(list(modifiers))})|[A-Z][\w'&+.-]*+|[a-z][a-z-]{{3,20}}+(?={sp}++{noun}(?![\w-])))"
    )
    main = LazyPattern(
        rf"""
        (?<![\w.,/$€£¥#])
        (?:
            (?P<n1>{nums.number})(?P<plus>\+)?
            (?:{sp}++(?:are|were)(?=\s))?
            (?P<mods>(?:{sp}++{count_mod}(?!\w)){{0,3}})
            {sp}++(?P<noun>{noun})(?![\w-])
        |
            (?P<lead>number{sp}++of{sp}++(?:{mod}{sp}++){{0,2}}{noun}|{lead}|{noun})(?![\w-])(?P<colon>:(?={sp}))?
            # (a relative clause or the products counted across: "The number of paying users, who
            # buy gifts, climbed to", "Monthly listeners across the free and paid tiers reached")
            (?:,{sp}++(?:who|which){sp}++[^,.;\n]{{1,100}}+,
              |{sp}++across{sp}++(?:the|its|our|their|both|all){sp}++(?:[\w-]++{sp}++){{0,4}}?
               (?:versions|tiers|platforms|apps|services|products|brands|devices))?
            (?P<mid>(?:{sp}++(?:(?i:{aux})|[A-Z][\w.-]*+|\d[\d.,]*+(?:%|(?={sp}++(?:percent|pct))))(?!\w)){{0,8}})
            (?P<qual>{sp}++(?i:{quals}))?
            {sp}++(?P<n2>{nums.number})
        )
        """,
        regex.VERBOSE | regex.V0,
        ascii_tables=True,  # (caseless nouns and modifiers tested by ASCII tables: faster)
    )
    # what may follow a count that comes after its noun: the end of a clause, a
    # preposition or time word, a user noun; not a unit ("20 percent", "5 mln bushels")
    follow = LazyPattern(
        rf"(?:{sp}*+(?:[.,;:!?)\]\"'\u2019\u201d\u2026\u2013\u2014]|-{sp}|\Z)"
        # ("1,184,000 (962,000)": a report's figure for the year before, in brackets)
        rf"|[^\S\n]*+\n|{sp}++(?:(?i:{follow_words}|{noun})(?!\w)|[A-Z0-9]|\(\d))",
        regex.V0,
    )
    needles = minimal_needles({max(p.split(), key=len) for p in (*nouns, *leads)})
    starts = start_scanner(".,/$€£¥#", ("number",), (*leads, *nouns))
    numbers = start_scanner(".,/$€£¥#")
    return _Tables(main, starts, numbers, follow, nouns, leads, modifiers, needles)


# nouns that also name people who are no customers: checked against the context
_PEOPLE_NOUNS = frozenset({"members", "drivers", "merchants", "sellers", "riders", "hosts"})
_SMALL_OK = frozenset(
    {
        "users",
        "monthly active users",
        "daily active users",
        "weekly active users",
        "subscribers",
        "paying users",
    }
)
_OBJECT_OF = regex.compile(
    r"(?<!\w)(?i:to|for|from|with|among|by|on|of)(?:[ \t\u00a0]++[\w-]++)?[ \t\u00a0]++\Z"
)
_PRODUCT_BEFORE = regex.compile(r"(?:[A-Z][\w.+-]*+|\w*\d\w*)[ \t\u00a0]++\Z")
_YEARISH_BEFORE = regex.compile(r"(?i:\b(?:in|since|of|the|by|from|until|through|fiscal|year))[ \t]++\Z")


@functools.lru_cache(maxsize=1024)
def _metric(noun: str, mods: str) -> str:
    """The metric: the normalized noun, after the modifiers that name a kind of user."""
    t = _tables()
    metric = t.nouns.get(" ".join(noun.split()).lower(), "users")
    kinds = [t.modifiers.get(word.lower()) for word in mods.split()]
    if metric in ("users", "customers", "members") and "paying" in kinds:
        return "paying users"
    if metric == "subscribers" and "paying" in kinds:  # ("paid subscribers", "paying subscribers")
        return f"{mods.split()[kinds.index('paying')].lower()} subscribers"
    kept = [word.lower() for word, kind in zip(mods.split(), kinds, strict=True) if kind == "keep"]
    return " ".join([*kept, metric])


def extract_user_counts(text: str) -> list[UserCountMention]:
    """Find counts of users, subscribers, customers and members in ``text``.

    >>> import bizfacts
    >>> m = bizfacts.extract_user_counts("WeChat is registering 300 million users by January")[0]
    >>> m.text, m.count, m.metric, m.qualifier
    ('300 million users', 300000000, 'users', 'exact')
    >>> m = bizfacts.extract_user_counts("Its user number exceeded 500 million last year")[0]
    >>> m.text, m.count, m.qualifier
    ('500 million', 500000000, 'more_than')
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_user_counts() expects text as str, got {type(text).__name__}")
    if not text:
        return []
    return _user_counts(text, None)


@functools.cache
def metric_words() -> frozenset[str]:
    """The lowercased words of the user nouns and modifiers, singular forms too ("mobile",
    "subscriber"): a sentence opening with one opens with no name ("Mobile subscribers rose")."""
    t = _tables()
    words = {w.lower() for phrase in (*t.nouns, *t.leads, *t.modifiers) for w in phrase.split()}
    return frozenset(words | {w[:-1] for w in words if w.endswith("s")})


def needle_group() -> NeedleGroup:
    """The needle list the count pattern is searched near, for ``group_needle_spans``."""
    return (_tables().needles, False, 110 + 110)


def _user_counts(text: str, spans: list[tuple[int, int]] | None) -> list[UserCountMention]:
    """``extract_user_counts(text)``; ``spans`` are the ``needle_spans`` of ``needle_group()``
    in ASCII-only text when the caller has them (``find_mentions`` finds those of several
    extractors at once)."""
    t = _tables()
    main = t.main.for_text(text)
    if spans is None:
        sources = ((text.lower(), t.needles, 110, 110),)
        windows = WindowSearch(main, text, sources, t.starts, t.numbers)
    else:
        windows = WindowSearch(main, text, (), t.starts, t.numbers, spans=((spans, 110, 110),))
    search = windows.search
    # past ``open_end``, once ``_DENSE_MATCHES`` matches were found, the matches come from a
    # ``finditer``, one for as long as each search starts where the match before ended (a text
    # dense with counts: one C step per count, not a search call and a match call; 19 ms -> 12 ms
    # for 6,500 counts).  News, with a count here and there, keeps to ``search``, which tries the
    # pattern only where a count may start.
    open_end = windows.open_end
    matches: Iterator[AnyMatch] = iter(())
    resume = -1  # where ``matches`` goes on searching
    found_so_far = 0  # (matches, not counts)
    out: list[UserCountMention] = []
    people: NotCustomerWords | None = None  # (made for the first count: most news has none)
    pos = 0
    while True:
        if found_so_far < _DENSE_MATCHES or pos < open_end:
            m = search(pos)
        else:
            if pos != resume:
                matches = main.finditer(text, pos)
            m = next(matches, None)
            if m is not None:
                resume = m.end()  # (no match is empty)
        if m is None:
            return with_counted_groups(text, out)
        found_so_far += 1
        # one call for every group the count before its noun reads: far cheaper than one per group
        n1, noun, mods, plus = m.group("n1", "noun", "mods", "plus")
        if n1 is not None:
            if people is None:
                people = NotCustomerWords(text)
            found = _count_before(m, text, n1, noun, mods, plus, people)
        else:
            found = _count_after(m, text, t)
        if found is not None:
            out.append(found)
            pos = found.end
            # (one C-level search first: most counts have no total after them)
            total = (
                _total_after(text, found)
                if found.rule == "count metric" and text.find("total", found.end, found.end + 140) >= 0
                else None
            )
            if total is not None:  # "added 8.8 million subscribers, bringing its total to 230.7 million"
                out.append(total)
                pos = total.end
        else:
            pos = m.start() + 1


#: The matches after which ``_user_counts`` takes the next ones past ``WindowSearch.open_end``
#: from a ``finditer``.
_DENSE_MATCHES = 8


#: What the words of a count before its noun tell, whatever stands around them: the count, the
#: metric, whether the figure is bare ("7", "1986": no scale word, no thousands separator), and
#: whether the noun also names people who are no customers ("members").  (A plain tuple: made
#: for every count of a text dense with them, where a named tuple's constructor costs a call.)
_Reading = tuple[int, str, bool, bool]


@functools.lru_cache(maxsize=4096)
def _count_reading(raw: str, noun: str, mods: str) -> _Reading | None:
    """The reading of a count ``raw`` before ``mods`` and ``noun``: None where no context
    makes it a count of users (not a whole number, too few people for its noun).  Read once
    for the same words: a text dense with counts may repeat them."""
    metric = _noun_metric(noun, mods)
    if metric is None:
        return None
    count = whole_number(raw)
    if count is None:
        return None
    # ``has_scale(raw)``, told at once for ASCII digits: a letter after them is a scale word's
    scaled = raw.lower() != raw.upper() if raw[:1].isdigit() and raw.isascii() else has_scale(raw)
    if count < 10 or (count < 100 and metric not in _SMALL_OK and not scaled):
        return None
    return count, metric, not scaled and "," not in raw, metric.rpartition(" ")[2] in _PEOPLE_NOUNS


@functools.lru_cache(maxsize=1024)
def _noun_metric(noun: str, mods: str) -> str | None:
    """The metric of the users ``mods`` and ``noun`` name after a count, None where the words
    name no kind of user.  Read once for the same words (a few nouns and modifiers name most
    counts), whatever the count."""
    t = _tables()
    words = mods.split()
    while words and f"{words[-1]} {noun}".lower() in t.nouns:  # ("monetizable daily active users")
        noun = f"{words.pop()} {noun}"
    mods = " ".join(words)
    if not _known_modifiers(noun, mods):
        return None
    metric = _metric(noun, mods)
    base = t.nouns.get(" ".join(noun.split()).lower(), "users")
    unknown = any(w.lower() not in t.modifiers and not w[0].isupper() for w in words)
    if unknown and base in ("users", "customers", "subscribers", "accounts") and metric.endswith(base):
        # the unknown word kept in its place: "2,300 foodservice customers", "95,000 registered
        # professional customers"
        kinds = [t.modifiers.get(w.lower()) for w in words]
        kept = [
            w.lower()
            for w, kind in zip(words, kinds, strict=True)
            if kind == "keep" or not (kind or w[0].isupper())
        ]
        metric = " ".join([*kept, base])
    return metric


# the nouns an unknown word may stand before ("2,300 foodservice customers", "23 million funded
# accounts"), and words that make a count no user base ("500 potential customers", "its 200
# biggest customers")
_UNKNOWN_MODIFIED = frozenset(
    {"users", "customers", "subscribers", "accounts", "daily active users", "monthly active users"}
)
_NOT_MODIFIERS = frozenset(
    "more fewer less other additional former potential prospective possible affected eligible target "
    "would-be existing lost departing inactive dormant".split()
)


def _known_modifiers(noun: str, mods: str) -> bool:
    """Whether the words between a count and its noun may name a kind of user: known modifiers
    and capitalized names, and at most one word no table knows, before a noun of users."""
    t = _tables()
    unknown = [w for w in mods.split() if w.lower() not in t.modifiers and not w[0].isupper()]
    if not unknown:
        return True
    word = unknown[0].lower()
    return (
        len(unknown) == 1
        and t.nouns.get(" ".join(noun.split()).lower()) in _UNKNOWN_MODIFIED
        and word not in _NOT_MODIFIERS
        and not word.endswith("est")
    )


def _count_before(
    m: AnyMatch, text: str, n1: str, noun: str, mods: str, plus: str | None, people: NotCustomerWords
) -> UserCountMention | None:
    """A count before its noun (``m``'s groups ``n1``, ``noun``, ``mods`` and ``plus``); ``people``
    tells the people counted who are no customers, in ``text``."""
    reading = _count_reading(n1, noun, mods)
    if reading is None:
        return None
    count, metric, bare, people_noun = reading
    start = m.start()
    if bare:
        if _PRODUCT_BEFORE.search(text, max(0, start - 24), start) and count < 10000:
            return None  # "Windows 7 users", "iPhone 5 users"
        if 1800 <= count <= 2100:
            return None  # "1986 accounts", "the 2012 users": a year
    end = m.end()
    if people_noun and (people.near(start, end) or _STAFFED.search(text, max(0, start - 40), start)):
        return None  # ("2,000 union members"; "will hire 400 drivers": staff, no users of a service)
    qualifier: Qualifier
    if plus:
        qualifier = "more_than"  # "1bn+ users"
    elif start > 2 and exact_by_tail(text[start - 3 : start], True):
        qualifier = "exact"  # (told by the three characters before: counts that follow a word)
    else:
        qualifier, _ = qualifier_before(text, start, counts=True)
    # (every match holds "active" before ``end + 60``: one C-level search first)
    if (
        "active" not in metric
        and text.find("active", end, end + 60) >= 0
        and _ACTIVE_AFTER.for_text(text).match(text, end, end + 60)
    ):
        metric = f"active {metric}"  # "2.9 million drivers and 3.4 million merchants were active"
    return _make_count(start, end, text[start:end], count, metric, qualifier, "count metric")


# a verb of staffing right before a count of people: "hire 400 drivers", "laid off 120 members of staff"
_STAFFED = regex.compile(
    r"\b(?:hir(?:e|es|ed|ing)|employ(?:s|ed|ing)?|recruit(?:s|ed|ing)?|train(?:s|ed|ing)?|"
    r"fir(?:e|es|ed|ing)|lay(?:s|ing)?[ \t]+off|laid[ \t]+off)"
    r"[ \t]+(?:(?:about|some|nearly|almost|around|roughly|up[ \t]+to|another|an[ \t]+additional|"
    r"more[ \t]+than|over)[ \t]+)?\Z",
    regex.IGNORECASE,
)


# counted people said to be active after the count, alone or joined by "and" to another count
_ACTIVE_AFTER = LazyPattern(
    r"(?:[ \t]+and[ \t]+(?:about[ \t]+|some[ \t]+|nearly[ \t]+)?\d(?:[^.;,\n]|(?<=\d)[.,](?=\d)){0,40}?)?"
    r"[ \t]+(?:were|are)[ \t]+(?:now[ \t]+)?active\b",
    regex.V0,
)


# what may open a line before a key figure's label: white space and a bullet
_BULLET = " \t-*•·–—▪◦"


def _labelled(m: AnyMatch, text: str) -> bool:
    """Whether the count follows its noun as a labelled figure opening a line: "• Customers: 3,150"."""
    if m.group("colon") is None:
        return False
    line = text.rfind("\n", max(0, m.start() - 41), m.start()) + 1  # (the label opens its line: bounded)
    before = text[line : m.start()].lstrip(_BULLET)
    # (modifiers of the noun may open the label: "• Monthly active users: 1.9 million")
    return m.start() - line <= 40 and all(w.isalpha() for w in before.split()) and before.count(" ") <= 3


def _count_after(m: AnyMatch, text: str, t: _Tables) -> UserCountMention | None:
    if not m.group("mid").strip() and m.group("qual") is None and not _labelled(m, text):
        return None  # "users 500 million": no verb or "of" in between
    raw = m.group("n2")
    count = whole_number(raw)
    if count is None:
        return None
    if count < 1000 and not has_scale(raw):
        return None
    if 1800 <= count <= 2100 and raw.isdigit():
        return None  # "members of the OECD in 1986"
    if _OBJECT_OF.search(text, max(0, m.start() - 24), m.start()):
        return None  # "deposits of non-bank customers rose to 34.9 billion": no subject
    if not t.follow.for_text(text).match(text, m.end()):
        return None  # "users rose to 20 percent", "members was 25,873,904 bushels"
    lead = " ".join(m.group("lead").split()).lower()
    if lead.startswith("number of"):
        words = lead.split()[2:]
        # the longest known noun at the end ("monthly active users"), modifiers before it
        cut = next(i for i in range(len(words)) if " ".join(words[i:]) in t.nouns or i == len(words) - 1)
        metric = _metric(" ".join(words[cut:]), " ".join(words[:cut]))
    else:
        metric = t.leads.get(lead) or t.nouns.get(lead, "users")
        if lead in t.nouns and (mods := _modifiers_before(text, m.start())):
            metric = _metric(lead, mods)  # "Fixed broadband customers grew to 2.3 million"
    start = m.start("n2")
    qualifier, _ = qualifier_before(text, start, counts=True)
    end = m.end()
    return _make_count(start, end, text[start:end], count, metric, qualifier, "metric verb count")


_make_count = unchecked(UserCountMention)


@functools.cache
def _modifiers_pattern() -> regex.Pattern[str]:
    """Up to three known modifiers ending where a user noun starts ("Mobile ", "fixed broadband ")."""
    mods = alternation(list(_tables().modifiers))
    return regex.compile(rf"(?<![\w-])(?:(?i:{mods})[ \t\u00a0]++){{1,3}}\Z", regex.V0)


def _modifiers_before(text: str, start: int) -> str:
    """The known modifiers right before a user noun that opens a count after it ("Mobile
    subscribers reached 14 million"): they name the kind of user as they do before a count."""
    m = _modifiers_pattern().search(text, max(0, start - 48), start)
    return m.group() if m is not None else ""


@functools.cache
def _total_pattern() -> regex.Pattern[str]:
    """The total a change brings a count to, told after it: "..., bringing its total to 230.7
    million", "taking the total to", "for a total of"."""
    number = number_patterns().number
    return regex.compile(
        rf"[^.;\n]{{0,60}}?,?[ \t]+"
        rf"(?:(?:bringing|taking|lifting|raising|pushing)[ \t]+(?:its|the|their)[ \t]+"
        rf"(?:total|tally|base|count)(?:[ \t]+(?:number|base|count))?[ \t]+to|for[ \t]+a[ \t]+total[ \t]+of)"
        rf"[ \t]+(?:about[ \t]+|nearly[ \t]+|more[ \t]+than[ \t]+|over[ \t]+)?(?P<n>{number})(?![\w%])",
        regex.V0,
    )


def _total_after(text: str, increment: UserCountMention) -> UserCountMention | None:
    """The total told right after a count ("added 8.8 million subscribers, bringing its total to
    230.7 million"): a count of the same metric, the one a reader wants."""
    end = increment.end
    m = _total_pattern().match(text, end, end + 140)
    if m is None:
        return None
    count = whole_number(m.group("n"))
    if count is None or count <= increment.count:
        return None
    start, end = m.span("n")
    qualifier, _ = qualifier_before(text, start, counts=True)
    return _make_count(start, end, text[start:end], count, increment.metric, qualifier, "total after count")
