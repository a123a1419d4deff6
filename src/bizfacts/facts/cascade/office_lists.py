"""Executives of a list in the cascade: one TITLE predication, more people or companies.

"P is chairman of A, B and C" gives P's office at each company; "X was founded by A and B" each
founder; "X is led by CEO A and chairman B" each title; "X named A chief financial officer and B
chief operating officer" each appointee; "P succeeded N as CEO of X" N's office, which ended.

>>> import bizfacts
>>> [(f.person, f.title) for f in bizfacts.extract_facts(
...     "Kestrel Byte named Tomasz Wierzbicki chief financial officer and Lena Achterberg general counsel.")]
[('Tomasz Wierzbicki', 'chief financial officer'), ('Lena Achterberg', 'general counsel')]
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from ..._company_words import company_words
from ..._fact_types import AnyFact, Evidence, ExecutiveFact, ExecutiveStatus
from ..._suffixes import suffix_class
from .chunks import Chunk
from .clauses import Predication
from .executive import LISTED_PEOPLE, word_classes
from .grammar import _OBJ_DESC
from .names import _is_company, _party, _person, _title, former_title
from .tenure import SUCCEEDED, ended_after
from .written import written_title

# after a title's company, the next company of a list: ", B" while the list goes on (", C", ", and",
# "and"), then ", and C" or "and C" closing it ("chairman of A, B and C"); a pair "A and B" is
# taken for one name ("Berliner Handels- and Frankfurter Bank") and "A, B said" for a clause
# ("President of the A Foundation and of B": "and of" before the last)
_NEXT_COMPANY = regex.compile(r",(?=C(?:,?c|,C))C|(?<=C),?co?(?=C(?:[,(.;]|$))C")
# the constructions whose company may be the first of a list
_LISTED = frozenset({"copula", "apposition", "appointed"})


def more_executives(
    found: list[AnyFact], p: Predication, chunks: Sequence[Chunk], s: str, ev: Evidence | None = None
) -> list[AnyFact]:
    """The facts of the other companies or people of a list in a TITLE predication's place
    (``s`` is the chunk string of ``chunks``; ``ev`` the sentence): :func:`more_offices`,
    :func:`more_people`, :func:`more_appointed` and the predecessor's office
    (:func:`predecessor_office`)."""
    more = more_offices(found, p, chunks, s, ev) + more_people(found, p, chunks, s)
    if ev is not None:
        more += more_appointed(found, p, chunks, s, ev) + coordinated_subject(found, p, chunks, s)
        more += more_roles(found, p, chunks, s, ev)
        if "respectively" in ev.text:
            more += respective_offices(found, p, chunks, s, ev)
    return more + predecessor_office(found, p, chunks, s)


# the constructions whose office a coordinated second office at the same company may follow
_SERVING = frozenset({"serves-as", "copula", "join-as"})
# after the first office (and its company and dates): "and as our CEO since 2023", "and has served as
# Chairman of the Board since 2021", "and, since 2020, as its CFO": a second title and no company of its own
# (not "and also appointed as Director of its subsidiaries": a title of another's)
_NEXT_ROLE = regex.compile(r"(?:,c?|c)(?:D,)?(?:[hvm]{0,2}[xb])?s(?P<title>T)(?![oa'])")


def more_roles(
    found: list[AnyFact], p: Predication, chunks: Sequence[Chunk], s: str, ev: Evidence
) -> list[AnyFact]:
    """ "P has served as our President since 2022 and as our Chief Executive Officer since 2023",
    "P has been a director of X since 2017 and has served as Chairman of the Board since 2021": a
    second office, coordinated after the first and naming no company, at the first's company; the
    two titles joined in one fact ("President and Chief Executive Officer")."""
    title = p.places.get("title")
    if len(found) != 1 or p.variant not in _SERVING or title is None:
        return []
    first = found[0]
    if not isinstance(first, ExecutiveFact):
        return []
    # (the later of the title and its company: "joined X in 2012 as T1 and currently serves as its T2")
    places = [c for c in (p.places.get("company"), title) if c is not None]
    span = range(p.start, min(p.end + 1, len(chunks)))
    i = max((k for k in span if any(chunks[k] is c for c in places)), default=None)
    if i is None or (i + 1 < len(s) and s[i + 1] in "oa'"):
        return []
    pos = _after_alias(s, i + 1)
    m = _NEXT_ROLE.match(s, pos)
    if m is None:
        return []
    second = chunks[m.end("title") - 1]
    office = _title(second)
    if not office or office.casefold() == first.title.casefold():
        return []
    ended = former_title(second) or ended_after(ev.text, second.end - ev.start)
    if ended != (first.status == "former"):
        return []  # (one office per person and company: two of different tenures are not joined)
    # (the merge keeps one office per person and company: the first's title, told in full)
    both = f"{first.title} and {written_title(second, ev.text, ev.start)}"
    return [attrs.evolve(first, title=both)]


# the constructions of an appointment whose person and title may be followed by more pairs
_APPOINTING = frozenset({"appoint", "board-appoints"})
# "... named A CFO, B COO and C general counsel": after a title, the next person and title ("as"
# or "to" between), a name no extractor knew only before "as" or "to"; not a title of another
# company ("and B as CEO of Y")
# ("Names A CFO and Promotes B to COO": a second appointing verb before the person)
_NEXT_APPOINTED = regex.compile(r"(?:,c?|c)(?P<verb>x(?=[PN]))?(?:P|N(?=[st]))[st]?T(?![oa][CN])")


def more_appointed(
    found: list[AnyFact], p: Predication, chunks: Sequence[Chunk], s: str, ev: Evidence
) -> list[AnyFact]:
    """ "X appointed A as CFO and B as COO": one more fact per person and title listed after the
    appointment's title (at most three), each title as written."""
    title = p.places.get("title")
    if len(found) != 1 or p.variant not in _APPOINTING or title is None:
        return []
    first = found[0]
    if not isinstance(first, ExecutiveFact):
        return []
    i = next((k for k in range(p.start, p.end) if chunks[k] is title), None)
    if i is None:
        return []
    more: list[AnyFact] = []
    pos = i + 1
    while len(more) < 3 and (m := _NEXT_APPOINTED.match(s, pos)) is not None:
        verb = m.start("verb")
        if verb >= 0 and word_classes().get(chunks[verb].text.casefold()) != "appoint":
            break
        person = next(chunks[k] for k in range(m.start(), m.end()) if s[k] in "PN")
        name = _person(person)
        if not name or name == first.person:
            break
        office = written_title(chunks[m.end() - 1], ev.text, ev.start)
        more.append(attrs.evolve(first, person=name, title=office))
        pos = m.end()
    return more


def predecessor_office(
    found: list[AnyFact], p: Predication, chunks: Sequence[Chunk], s: str
) -> list[AnyFact]:
    """ "P succeeded N as CEO of X", "P became CEO of X, succeeding N": N's office at X, "former"
    (current in "P will succeed N")."""
    if len(found) != 1 or not isinstance(found[0], ExecutiveFact):
        return []
    predecessor = p.places.get("predecessor")
    status: ExecutiveStatus = "former"
    if predecessor is not None:
        verb = p.places["cue"].head[-1].text.casefold() if "cue" in p.places else ""
        status = "former" if verb in SUCCEEDED else "current"
    elif (
        s.startswith(",x", at := _past_date(s, p.end))  # ("... on Tuesday, replacing N")
        and s[at + 2 : at + 3] in ("P", "N")
        and chunks[at + 1].head[-1].text.casefold() in _SUCCEEDING
    ):
        predecessor = chunks[at + 2]  # ", succeeding N" right after the clause
    elif (m := _HE_SUCCEEDED.match(s, p.end)) is not None and (
        chunks[m.start("cue")].head[-1].text.casefold() in SUCCEEDED
        and _same_person(chunks[m.start("subject")], found[0].person)
    ):
        predecessor = chunks[m.start("predecessor")]  # "P was the CEO; he succeeded N in 2010"
    elif (
        (m := _WHO_SUCCEEDED.match(s, p.end)) is not None
        and chunks[m.start("cue")].head[-1].text.casefold() in SUCCEEDED
        and _person(chunks[p.end - 1]) == found[0].person
    ):
        predecessor = chunks[m.start("predecessor")]  # "The CEO is P, who succeeded N in 2021"
    name = _person(predecessor) if predecessor is not None else None
    if not name or name == found[0].person:
        return []
    less_sure = round(found[0].confidence - 0.1, 2)
    return [attrs.evolve(found[0], person=name, status=status, confidence=less_sure)]


_SUCCEEDING = frozenset({"succeeding", "replacing"})


def _past_date(s: str, pos: int) -> int:
    """``pos``, or past the date phrase that closes a clause there ("on Tuesday", "in March", "today")."""
    if s.startswith(("nD", "iD"), pos):
        return pos + 2
    return pos + 1 if s.startswith("D", pos) else pos


# after an office's clause, the next clause's subject (the person again, or a pronoun) and "succeeded
# N" with no office of its own ("P was the CEO; he succeeded N on May 1"; not "... as T": succeeds)
_HE_SUCCEEDED = regex.compile(r"(?:[,;]c?|c)(?P<subject>[Pe])v?(?P<cue>x)(?P<predecessor>P)(?![sPN'])")
# the office's person last in its clause, then a relative clause of succeeding: "..., who succeeded N"
_WHO_SUCCEEDED = regex.compile(r",Wv?(?P<cue>x)(?P<predecessor>P)(?![sPN'])")
_PRONOUNS = frozenset({"he", "she"})


def _same_person(c: Chunk, person: str) -> bool:
    """Whether a clause's subject is the person of the office before it: the name, or "he" / "she"."""
    if c.char == "e" or c.text.casefold() in _PRONOUNS:
        return c.text.casefold() in _PRONOUNS
    return _person(c) == person


def more_offices(
    found: list[AnyFact], p: Predication, chunks: Sequence[Chunk], s: str, ev: Evidence | None = None
) -> list[AnyFact]:
    """ "P is chairman of A, B and C": the same title at each company of a list in the company's
    place (``s`` is the chunk string of ``chunks``); and, the sentence ``ev`` given, each office
    of a list of offices after it, "P is chairman of A, director of B, and former CEO of C"."""
    company = p.places.get("company")
    if len(found) != 1 or p.variant not in _LISTED or company is None:
        return []
    first = found[0]
    if not isinstance(first, ExecutiveFact):
        return []
    i = next((k for k in range(p.start, p.end) if chunks[k] is company), None)
    more: list[AnyFact] = []
    pos = (i + 1) if i is not None else len(s)
    pos = _after_alias(s, pos)
    current, listed = first, 0  # the office of the companies read now, and how many it has
    names = {first.company}
    while len(more) < 6:
        m = _NEXT_COMPANY.match(s, pos)
        # (a list opens with ", B"; "A and of B" names two; "A and B" is taken for one name unless
        # A ends in a legal form, "A Corporation and B", or a comma stands before "and" and B ends the
        # clause: "A, and B, its rival, ..." goes on with another clause)
        oxford = m is not None and m.group().startswith(",c") and s[m.end() : m.end() + 1] in (".", ";", "")
        if (
            m is not None
            and not listed
            and m.group().startswith(("c", ",c"))
            and "co" not in m.group()
            and not (oxford or (m.group().startswith("c") and _legal_form_ends(chunks[pos - 1])))
        ):
            m = None
        if m is None:
            m = _NAME_BEFORE_OFFICE.match(s, pos)
        office = None
        if m is None and ev is not None:
            if (o := _NEXT_OFFICE.match(s, pos)) is None:
                break
            office, m = o, o
        if m is None:
            break
        nxt = chunks[m.end() - 1]
        name, promoted = _party(nxt)
        if office is not None and ev is not None:
            current = _listed_office(first, p, chunks[office.start("title")], ev, nxt, company)
            if office.start("verb") >= 0:  # "and was chairman of B": its own verb's tense
                verb = chunks[office.end("verb") - 1].text.casefold()
                current = attrs.evolve(current, status="former" if verb in ("was", "were") else "current")
            listed = 0
        # (an organization's chief executive is one, as the first office's construction reads it)
        if not name or not (_is_company(nxt) or _CHIEF_EXECUTIVE.search(current.title)):
            break
        if promoted and name.split()[-1] in company_words().org_head:
            break  # ("and president of the Calloway Institute": an organization's word, no company)
        if name not in names:
            more.append(attrs.evolve(current, company=name))
            names.add(name)
        listed += 1
        pos = _after_alias(s, m.end())
    return more


_CHIEF_EXECUTIVE = regex.compile(r"(?i)\bchief[ \t]+executive\b|\bCEO\b")


def _after_alias(s: str, pos: int) -> int:
    """Where the list goes on after a company at ``pos``: past an alias in parentheses ("C
    (ACR)") and the tenure's dates ("CEO of A from 1983 to 1984 and CEO of B")."""
    if pos < len(s) and s[pos] == '"' and s[pos - 2 : pos - 1] == '"':
        pos += 1  # 'the investment company "Aya Capital", director of B': the name's closing mark
    if pos < len(s) and s[pos] == "'" and s[pos + 1 : pos + 2] == ",":
        pos += 1  # "Sotheby's, director of B": the name's "'s"
    if pos < len(s) and s[pos] == "(":  # "C (ACR)": an alias in parentheses
        pos = s.find(")", pos) + 1 or len(s)
    if (m := _DATES.match(s, pos)) is not None:
        pos = m.end()
    return pos


# the tenure's dates after a company of a list: "from 1983 to 1984", "until 2010", "in 2009"
_DATES = regex.compile(r"(?:[fpin]?D){1,2}(?=[,c])")


# a name of the list that the next office follows: "chairman of A, and Sotheby's, director of B"
# (a name no extractor knew, or one written with "'s")
_NAME_BEFORE_OFFICE = regex.compile(r"(?:,c?|c)(?=[CN]'?,c?T[oa])[CN]")
# after a company of a list of offices, the next title and its company: ", director of B", "and
# CEO of B", ", and former president and CEO of C", "and earlier as CEO of B" (an adverb and "as")
# ("and was chairman of B from 1990 to 1995": a verb of its own, whose past ends the office)
_NEXT_OFFICE = regex.compile(
    rf"(?:,c?|c)(?P<verb>v?h?b)?v?s?(?P<title>T)[oa]{_OBJ_DESC}(?:\"(?=[CN]\"))?(?=[CN])[CN]"
)


def _legal_form_ends(c: Chunk) -> bool:
    """Whether a company chunk ends in a strong legal form ("Pellway Corporation", "Tarn Ltd"): no
    "and" after it joins one name."""
    return c.char == "C" and bool(c.head) and suffix_class(c.head[-1].text.split()[-1]) == "strong"


# a past tense before the first office ("P was CEO of A until 2010 and chairman of B": B's too)
_PAST_BEFORE = regex.compile(r"(?i)\b(?:was|were|had[ \t]+been|served[ \t]+as|worked[ \t]+as)\b")


def _listed_office(
    first: ExecutiveFact, p: Predication, title: Chunk, ev: Evidence, company: Chunk, first_company: Chunk
) -> ExecutiveFact:
    """The office a title of a list of offices names, as written: "former" when its own words
    or the tenure's dates after its company say so, or when the first office's clause told an
    ended tenure ("P was chairman of A and director of B") that neither the first title's words
    ("the former chairman of A and director of B": the second is held) nor the first office's
    dates ("CEO of A from 2001 to 2005 and chairman of B since 2006") did."""
    own, person = p.places.get("title"), p.places.get("person")
    past = (
        own is not None
        and person is not None
        and _PAST_BEFORE.search(ev.text, person.end - ev.start, own.start - ev.start) is not None
    )
    first_own = (own is not None and former_title(own)) or (
        not past and ended_after(ev.text, first_company.end - ev.start)
    )
    inherited = first.status == "former" and not first_own
    ended = former_title(title) or ended_after(ev.text, company.end - ev.start)
    status: ExecutiveStatus = "former" if ended or inherited else "current"
    # (less sure than the first office: a construction that reads the office itself wins the merge)
    less_sure = round(first.confidence - 0.05, 2)
    return attrs.evolve(
        first, title=written_title(title, ev.text, ev.start), status=status, confidence=less_sure
    )


# after a person: a comma or "and" and the next person ("founded by A, B and C", "... and C in 2011";
# "A and B co-founded X": the verb after the last)
_NEXT_PERSON = regex.compile(r"(?:,c?|c)(?=[PN](?:[,(.;ins]|c|$|v?x[xLNB-]{0,4}[CN]))[PN]")
# "led by CEO A and chairman B": another title and person of the list
_NEXT_TITLED = regex.compile(r"(?:,c?|c)(?=T[PN](?:[,(.;]|c|$))T[PN]")


def _more_titled(first: ExecutiveFact, i: int, chunks: Sequence[Chunk], s: str) -> list[AnyFact]:
    """One more fact per title and person listed after the person at chunk ``i`` ("X is led by
    CEO A and chairman B"): at most three."""
    more: list[AnyFact] = []
    pos = i + 1
    while len(more) < 3 and (m := _NEXT_TITLED.match(s, pos)) is not None:
        name, office = _person(chunks[m.end() - 1]), _title(chunks[m.end() - 2])
        if not name or not office or name == first.person:
            break
        # "led by former CEO A and chairman B": each title its own tenure, a past verb both
        own_former = i > 0 and former_title(chunks[i - 1])
        former = former_title(chunks[m.end() - 2]) or (first.status == "former" and not own_former)
        more.append(attrs.evolve(first, person=name, title=office, status="former" if former else "current"))
        pos = m.end()
    return more


def more_people(found: list[AnyFact], p: Predication, chunks: Sequence[Chunk], s: str) -> list[AnyFact]:
    """ "X was founded by A and B", "X's founders, A and B": the same office for each person of a
    list in the person's place (a plural title or a founding verb)."""
    person = p.places.get("person")
    if len(found) != 1 or person is None or not isinstance(found[0], ExecutiveFact):
        return []
    first = found[0]
    title = p.places.get("title")
    plural = title is not None and title.head[-1].text.casefold().endswith("founders")
    i = next((k for k in range(p.start, p.end) if chunks[k] is person), None)
    if p.variant == "led-by" and i is not None:
        return _more_titled(first, i, chunks, s)
    if p.variant not in LISTED_PEOPLE and not plural:
        return []
    more: list[AnyFact] = []
    pos = (i + 1) if i is not None else len(s)
    while len(more) < 3:
        m = _NEXT_PERSON.match(s, pos)
        if m is None:
            break
        name = _person(chunks[m.end() - 1])
        if not name or name == first.person:
            break
        more.append(attrs.evolve(first, person=name))
        pos = m.end()
    if more and first.title == "founder" and p.variant in LISTED_PEOPLE:
        # "founded by A and B": each founded it with the other, a co-founder (the first fact too,
        # which the caller's list holds; "X's founders, A and B": the text's word, each a founder)
        found[0] = attrs.evolve(first, title="co-founder")
        more = [attrs.evolve(f, title="co-founder") for f in more if isinstance(f, ExecutiveFact)]
    return more


# a subject of two people before a plural copula: "A and B are ..." (the person's place holds B)
_PLURAL_COPULA = frozenset({"are", "were"})
# the titles of a coordinated title: "chief executive and chairman", "president, CEO and chairman"
_TITLE_SPLIT = regex.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")


def coordinated_subject(
    found: list[AnyFact], p: Predication, chunks: Sequence[Chunk], s: str
) -> list[AnyFact]:
    """ "A and B are the chief executive and chairman of X": each person the title of the same rank
    (A chief executive, B chairman: the first fact, B's, is changed in ``found``); "A and B are
    co-founders of X": each a co-founder; one title for both ("A and B are the CEO of X") none."""
    person = p.places.get("person")
    title = p.places.get("title")
    if p.variant not in ("copula", "is-title") or len(found) != 1 or person is None or title is None:
        return []
    first = found[0]
    i = next((k for k in range(p.start, p.end) if chunks[k] is person), None)
    if not isinstance(first, ExecutiveFact) or i is None or i < 2 or s[i - 2 : i] not in ("Pc", "Nc"):
        return []
    if s[i + 1 : i + 2] != "b" or chunks[i + 1].text.casefold() not in _PLURAL_COPULA:
        return []
    other = _person(chunks[i - 2])
    if not other or other == first.person:
        return []
    parts = [t for t in _TITLE_SPLIT.split(first.title) if t]
    if len(parts) == 2:  # respectively
        found[0] = attrs.evolve(first, title=parts[1])
        return [attrs.evolve(first, person=other, title=parts[0])]
    plural = title.text.endswith("s") and not title.text.endswith("ss")
    if len(parts) == 1 and plural:  # "co-founders", "directors": each one
        single = attrs.evolve(first, title=first.title.removesuffix("s"))
        found[0] = single
        return [attrs.evolve(single, person=other)]
    return []


# "A and B, who serve as our CEO and CFO, respectively", "A and B serve as the CEO and CTO of X,
# respectively": a list of people, a coordinated title after them (a relative clause or a verb
# between, no other person or title), its company, then ", respectively"
_RESPECTIVE = regex.compile(
    r"(?P<people>[PN](?:,[PN]){0,3},?c[PN])(?:,W)?[^.;:PTC]{0,6}?s?(?P<title>T)(?:[oa](?P<company>C))?,(?P<resp>x)"
)


def respective_offices(
    found: list[AnyFact], p: Predication, chunks: Sequence[Chunk], s: str, ev: Evidence
) -> list[AnyFact]:
    """Each person of a list the title of the same rank in a coordinated title closed by
    "respectively" ("A and B serve as the CEO and CTO of X, respectively": A CEO, B CTO), at the
    title's company or the company of the predication's fact; the facts of ``found`` that gave one
    of them the whole coordinated title are dropped from it (changed in place)."""
    first = next((f for f in found if isinstance(f, ExecutiveFact)), None)
    if first is None:
        return []
    lo = max(0, p.start - 8)  # (the list before the predication's title: a bounded look back)
    m = _RESPECTIVE.search(s, lo, min(len(s), p.end + 12))
    if m is None or chunks[m.start("resp")].text.casefold() != "respectively":
        return []
    named = [_person(chunks[i]) for i in range(m.start("people"), m.end("people")) if s[i] in "PN"]
    people = [name for name in named if name]
    title = chunks[m.start("title")]
    parts = [t for t in _TITLE_SPLIT.split(written_title(title, ev.text, ev.start)) if t]
    if len(parts) != len(named) or len(parts) < 2 or len(people) != len(named):
        return []
    company, _promoted = _party(chunks[m.start("company")]) if m.start("company") >= 0 else (first.company, 0)
    if not company:
        return []
    whole = written_title(title, ev.text, ev.start).casefold()
    found[:] = [f for f in found if not (isinstance(f, ExecutiveFact) and f.title.casefold() == whole)]
    # (a stated office, surer than a founding verb's "co-founder": the merge keeps it)
    sure = max(first.confidence, 0.7)
    return [
        attrs.evolve(
            first,
            person=person,
            title=office,
            company=company,
            status="current",
            confidence=sure,
            rule="executive/respectively",
        )
        for person, office in zip(people, parts, strict=True)
    ]
