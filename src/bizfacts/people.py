"""Person mentions: full names, surnames linked to them, honorifics left outside.

A capitalized run of words ("Jack Ma", "R. K. Nair", "Jean-Pierre de la Tour") is a
person when it carries evidence:

* it starts with a given name (``data/person_names.tsv``, from the US Census lists and
  Faker's lists for Latin-script locales, and the team's ``data/people_names.tsv``) and
  has a second name;
* an honorific or a title stands before it ("Mr.", "Dr.", "President", "Chief
  Executive"), or initials start it ("R. K. Nair");
* a reporting cue stands beside it ("said X", "X said", "according to X",
  "X, chief executive of");
* or, for one word, the document names that person in full elsewhere: "Ma" and
  "Mr. Ma" become "Jack Ma" once "Jack Ma" appears.

A run that is a place, ends in a company word ("Inc", "Bank", "Group") or sits
inside a company mention is not a person.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re as stdlib_re
import unicodedata
from collections.abc import Sequence
from itertools import accumulate, compress, repeat

from ._company_words import company_words
from ._person_coordination import WEAK_RULES, CoordinatedPeople
from ._person_cues import (
    _AGE_AFTER,
    _BORN_AFTER,
    _EAST_ASIAN_GIVEN,
    _LOCATIVE_BEFORE,
    _ROLE_AFTER,
    _SAID_AFTER,
    _role_before,
    article_before,
    comma_after,
    cue_before,
    entity_named_before,
    office_of_before,
    surname_form,
)
from ._person_linking import SurnameLinks, fullest_forms, shortened
from ._person_names import (
    _FIRM_ROLES,
    _PARTICLES,
    _SUFFIXES,
    _UNCOUNTED,
    SURNAME_HEADS,
    _drops_dot,
    _ends_name,
    _is_initial,
    _is_name_word,
    _lone_name,
    _name_token,
    _names,
    _no_name,
    nickname_tokens,
    without_nickname,
)
from ._person_tokens import TOKEN, person_tokens
from ._spans import CompanyMention, PersonMention, unchecked
from .places import directional_place, is_place_name, is_region_name, place_opens_run

# a generational suffix after a comma, closing a name: "Hugh Pell, Jr.", "Ana Ruiz, III,"
COMMA_SUFFIX = stdlib_re.compile(r",[ \t]?(?:Jr\.?|Sr\.?|II|III|IV)(?![\w.'’-])")


def is_given_name(word: str, *, ordinary_words: bool = True) -> bool:
    """Whether ``word`` is a known given name; with ``ordinary_words`` False, not one that is
    also an ordinary word ("Will", "Mark").

    >>> is_given_name("Jack"), is_given_name("Alibaba"), is_given_name("Will", ordinary_words=False)
    (True, False, False)
    """
    n = _names()
    if word in n.given or (ordinary_words and word in n.given_words):
        return True
    if word.isascii():
        return False
    # ("Siobhán", "Zoë": a known name written with its accents, the list holding its plain form)
    plain = _without_accents(word)
    return plain != word and (plain in n.given or (ordinary_words and plain in n.given_words))


@functools.lru_cache(maxsize=4096)
def _without_accents(word: str) -> str:
    """``word`` without its combining accents ("Siobhán" -> "Siobhan")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def person_evidence(text: str, start: int, end: int) -> str | None:
    """Why ``text[start:end]`` reads as a person's name, or None.

    "given name" (a given name and more: "Jack Ma"), "honorific" or "title" (one just
    before: "Mr. Ma", "President Clinton"), "role" (a noun for a person before it:
    "vendor Ola Nordmann"), "age" ("Lin, 45,").  A cheap test for one span, for
    callers that weigh a name found otherwise (the company extractor's vetoes).

    >>> text = "said broker Shakil Rizvi."
    >>> person_evidence(text, 12, 24), person_evidence("Jack Ma said", 0, 7)
    ('role', 'given name')
    """
    n = _names()
    name = text[start:end]
    if is_person_name(name) and not article_before(text, start):
        return "given name"  # (not "the Zorka Vesti daily": an article names no person, as in run())
    before = text[max(0, start - 30) : start]
    words = before.split()
    if words and before.endswith((" ", "\t")):
        if words[-1] in n.honorifics:
            return "honorific"
        if (
            words[-1] in n.titles
            and words[-1][:1].isupper()
            and not _sentence_start(text, start - len(words[-1]) - 1)
        ):
            return "title"
    words = name.split()
    plain = all(_is_name_word(w) and w not in n.not_names for w in words)
    if plain and len(words) <= 3 and _role_before(text, start):  # (the search, where it may match)
        return "role"  # "trader Ola Nordmann", not "investor Baltic Seed Partners"
    if comma_after(_AGE_AFTER.for_text(text), text, end):
        return "age"
    return None


def is_honorific(word: str) -> bool:
    """Whether ``word`` is an honorific written before a person's name (full stop or not).

    >>> is_honorific("Sheikh"), is_honorific("Dr."), is_honorific("Director")
    (True, True, False)
    """
    return word.rstrip(".") in _names().honorifics


def is_person_name(name: str) -> bool:
    """Whether ``name`` reads as a person's full name on its own: a given name and more.

    >>> is_person_name("Jack Ma"), is_person_name("Marc DUVAL"), is_person_name("General Motors")
    (True, True, False)
    """
    words = name.split()
    n = _names()
    if len(words) < 2 or (words[0] not in n.given and words[0] not in n.given_words):
        return False
    if not SURNAME_HEADS.isdisjoint(words) and not given_and_surname_head(words):
        return False  # "Quincy Mills" (Quincy a town too), "Ann Mills Group"
    return not any(w in n.not_names for w in words[1:]) and all(_name_token(w, n) for w in words[1:])


# ---------------------------------------------------------------------------

_TOKEN = TOKEN  # (the words a name is made of: see :mod:`bizfacts._person_tokens`)
# words that start names but are no person's name on their own ("El Al", "Al Gore")
_NOT_LINKED = frozenset("El Al Le La De Di Da Du Van Von Bin Abu Ibn Ben Mac Mc St San".split())
_SENTENCE_END = frozenset('.!?:;"“‘(\n')


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END or (text[i] in "'’" and i > 0 and text[i - 1] in ".!?")


class _Reader(CoordinatedPeople):
    def __init__(self, text: str, companies: Sequence[CompanyMention] | None) -> None:
        """``companies`` None: the company extractor runs on ``text`` when a name is first
        checked against them (:meth:`in_company`): a text with no candidate name (a list of
        firms, a code, symbols) never pays for it."""
        self.text = text
        self.companies = companies
        self.n = _names()
        # the tokens as parallel lists: their words, starts and ends
        words, starts, ends = person_tokens(text)
        # a final dot is the word's for initials and honorifics ("Mr.", "R."), read at C speed
        dotted = list(map(_ENDS_IN_DOT, words))
        for k in compress(compress(range(len(words)), dotted), map(_drops_dot, compress(words, dotted))):
            words[k] = words[k][:-1]
            ends[k] -= 1
        self.words, self.starts, self.ends = words, starts, ends
        self.classes: list[str] = []  # each token's letter, and the runs' bounds (see :meth:`runs`)
        self.run_bounds: list[tuple[int, int]] = []
        # the patterns read after a name, their ``re`` twins on ASCII text (the same matches)
        self.said_after = _SAID_AFTER.for_text(text)
        self.role_after = _ROLE_AFTER.for_text(text)
        self.age_after = _AGE_AFTER.for_text(text)
        self.born_after = _BORN_AFTER.for_text(text)

    def runs(self) -> list[tuple[int, int]]:
        """Runs of name-like tokens: capitalized words, initials, inner particles; but runs of
        one word that is no name alone (:meth:`lone_words` lists those).

        Read at C speed from a string of one letter a token (:func:`_run_class`) and one a gap
        between tokens ("s" for one space or tab, "x" for anything else): ``_RUN`` reads what a
        loop over the tokens would (a run goes on over a spaced capitalized word, or over
        particles and the name word after them, whatever stands between those).  (No Python
        object is made per gap, nor a match object per run: they cost as much as the rest.)"""
        words, starts, ends, text = self.words, self.starts, self.ends, self.text
        if not words:
            return []
        self.classes = classes = list(map(_run_class, words))
        letters = ["x"] * (2 * len(words) - 1)
        letters[::2] = classes
        # "s": a gap one character wide, a space or a tab (the gaps between capitalized words)
        for k in compress(range(len(words) - 1), map((1).__eq__, map(operator.sub, starts[1:], ends))):
            if text[ends[k]] in " \t":
                letters[2 * k + 1] = "s"
        for k in nickname_tokens(text, starts, ends, words):  # 'James "Jim" Farley': one run
            letters[2 * k - 1] = letters[2 * k + 1] = "s"
        # the runs and the letters between them; a run's first and last tokens from their offsets
        # (two letters a token: its own and the gap after it)
        parts = _RUN.split("".join(letters))  # between, run, between, ..., run, between
        offsets = list(accumulate(map(len, parts), initial=0))
        firsts = map(operator.rshift, offsets[1:-1:2], repeat(1))
        self.run_bounds = list(zip(firsts, map(operator.rshift, offsets[2::2], repeat(1)), strict=True))
        return self.run_bounds

    def lone_words(self) -> list[int]:
        """The runs of one word that :meth:`runs` leaves out (no person alone), by token index:
        the tokens "N" or "C" outside every run."""
        free = list(map(_ALONE_CLASSES.__contains__, self.classes))
        for i, j in self.run_bounds:
            free[i : j + 1] = [False] * (j + 1 - i)
        return list(compress(range(len(free)), free))

    @functools.cached_property
    def company_spans(self) -> list[tuple[int, int]]:
        companies = self.companies
        if companies is None:
            from .companies import extract_companies

            companies = extract_companies(self.text)
        return sorted((c.start, c.end) for c in companies if c.kind != "product")

    @functools.cached_property
    def company_starts(self) -> list[int]:
        return [s for s, _e in self.company_spans]

    def name_word(self, word: str) -> bool:
        return _is_name_word(word)

    def in_company(self, start: int, end: int) -> bool:
        # spans are sorted and do not nest: only the last few starting before ``end`` can overlap
        hi = bisect.bisect_left(self.company_starts, end)
        return any(start < e for _s, e in self.company_spans[max(0, hi - 4) : hi])

    def person(self, i: int, j: int) -> tuple[int, int, str] | None:
        """The person a run holds, as token bounds and rule; None for no person."""
        tw, ts, te, n = self.words, self.starts, self.ends, self.n  # the tokens' words, starts, ends
        if i == j and not (_lone_name(tw[i]) and self.strong_cue(i, i)):
            return None  # (most runs: one word, a person only by its own standing and a strong cue)
        rule = ""
        # titles and honorifics stay outside the span but are evidence; the name follows
        # the last of them ("Israeli Foreign Minister David Levy")
        # (the run's words are read at C speed: a run may be long, "A. B. C. D. ...")
        if tw[j] in n.roles:
            return None
        k = i
        held: list[int] = []
        if not n.roles.isdisjoint(tw[i:j]):
            # ("Lisa M. Carvalho": after a name word, "M." is an initial, not "Monsieur"; so before a
            # given name and a surname: "M. Keith Goodall")
            held = [
                h
                for h in compress(range(i, j), map(n.roles.__contains__, tw[i:j]))
                if not (
                    _is_initial(tw[h])
                    and ((h > i and tw[h - 1] not in n.roles) or (h + 2 <= j and tw[h + 1] in n.given))
                )
            ]
        if held:
            rule = "honorific" if tw[held[-1]] in n.honorifics else "title"
            k = held[-1] + 1
        if rule == "" and i < j and tw[i] in _FIRM_ROLES:
            rule, k = "title", i + 1
        if rule == "" and i < j and tw[i] in n.not_names and _sentence_start(self.text, ts[i]):
            k = i + 1  # "The", "But" before a name at a sentence start
        # the name ends at the first word that cannot be part of one
        e = next(compress(itertools.count(k), map(_ends_name, tw[k : j + 1])), j + 1) - 1
        while e > k and tw[e] in _PARTICLES:
            e -= 1
        if e < k:
            return None
        if e < j and tw[e + 1] in n.not_names and rule == "":
            return None  # "John Deere Capital": the run goes on as a company
        if e < j and rule == "" and tw[e + 1] not in n.titles:
            return None
        words = tw[k : e + 1]
        # "the Governor of Texas Rick Perrin": the place before a given name is no part of the name
        if (
            3 <= len(words) <= 4
            and (words[1] in n.given or words[1] in n.given_words)
            and words[0] not in n.given
            and place_opens_run(*words[:2])
        ):
            k += 1
            words = words[1:]
        first = words[0]
        if not SURNAME_HEADS.isdisjoint(words) and not given_and_surname_head(words):
            return None  # "General Mills", "Acme Steel": a family name only after a given name
        if not rule and article_before(self.text, ts[k]):
            return None  # "the Houston Chronicle", "a Harris Pine mill": an article names no person
        if not rule and office_of_before(self.text, ts[k]):
            return None  # "chief operating officer of Delta Meridian": the office's company
        count = len(words) - sum(map(_UNCOUNTED.__contains__, words))
        if self.place_with_particle(words, ts[k]):
            return None  # "at Palma de Verrano": a town named with a particle, not a person
        if rule == "title" and k > i and f"{tw[k - 1]} {first}" in company_words().department:
            return None  # "Director, Investor Relations": a department, not "Investor" Relations
        if entity_named_before(self.text, ts[k]):
            return None  # "The joint venture, to be named Mar de Galicia Eólica,": a firm's new name
        if rule:
            if (
                count == 1
                and rule == "title"
                and first not in n.given
                and not self.cue(ts[k], te[e])
            ):
                return (k, e, "title") if self.text[te[k - 1] : ts[k]] == " " else None
            return (k, e, rule)
        if _is_initial(first) and count >= 2 and not _is_initial(words[-1]):
            return (k, e, "initials")
        if count >= 2 and first in n.given and len(first) > 1:
            return (k, e, "given name")
        if count >= 2 and first in n.given_words and not _sentence_start(self.text, ts[k]):
            return (k, e, "given name")
        plain = n.not_names.isdisjoint(words) and not all(map(str.isupper, words))
        if 2 <= count <= 3 and plain:  # (the cue read only here: most runs are one word)
            cued = self.cue(ts[k], te[e])
            if (cued or words[-1] in n.surnames) and not is_region_name(words[-1]):
                return (k, e, "cue" if cued else "surname")
            if count == 2 and surname_form(words[-1]) and not is_place_name(" ".join(words)):
                return (k, e, "surname")  # "Aslan Maskirov", "Vafa Guliyev": a family name's ending
            if count == 2 and first in n.surnames and _EAST_ASIAN_GIVEN.fullmatch(words[-1]):
                return (k, e, "surname")  # "Chen Longhai", "Kang Young-hoon": the family name first
        if count == 1 and plain and len(first) > 2 and first not in n.given_words and self.strong_cue(k, e):
            return (k, e, "cue")
        return None

    def heading_name(self, i: int, j: int) -> bool:
        """Whether the run of words ``i``..``j`` (two to four) fills a line of its own and the next
        paragraph opens with its first word and a verb's "is", "has", "joined", ... (a team page's
        person: "Amara Quist-Nkemelu" / "Amara is our Chief People Officer")."""
        text, tw = self.text, self.words
        start, end = self.starts[i], self.ends[j]
        if not 1 <= j - i <= 3 or not all(_is_name_word(w) for w in tw[i : j + 1]):
            return False
        if text[text.rfind("\n", 0, start) + 1 : start].strip() or not text.startswith("\n", end):
            return False
        after = text[end:].lstrip().split(" ", 2)
        return len(after) == 3 and after[0] == tw[i] and after[1] in _BIO_VERBS

    def place_with_particle(self, words: list[str], start: int) -> bool:
        """A run with a particle that opens with a place's name: a town ("Bandar de Veyra"),
        unless the place is a given name too ("Leo de Corel"), or where "in", "at" or "near"
        stands before it ("held in Palma de Verrano")."""
        if len(words) < 3 or _PARTICLES.isdisjoint(words[1:-1]) or not is_place_name(words[0]):
            return False
        n = self.n
        if words[0] not in n.given and words[0] not in n.given_words:
            return True
        return _LOCATIVE_BEFORE.search(self.text, max(0, start - 10), start) is not None

    def strong_cue(self, k: int, e: int) -> bool:
        """A cue that makes one capitalized word a person: "Lin, 45,", "Lin said" (a known family
        name, or one by its ending, before "said")."""
        text, start, end = self.text, self.starts[k], self.ends[e]
        if comma_after(self.age_after, text, end):
            return True
        if self.said_after.match(text, end) and not _sentence_start(text, start):
            # "Lin said", "Petrovic said"; not "..., Coralstream said": a firm speaks as often
            word = text[start:end]
            return word in self.n.surnames or word in self.n.given or surname_form(word)
        return _role_before(text, start)

    def cue(self, start: int, end: int) -> bool:
        text = self.text
        return bool(
            self.said_after.match(text, end)
            or comma_after(self.role_after, text, end)
            or comma_after(self.age_after, text, end)
            or (text[end : end + 3].lstrip()[:1] in "(," and self.born_after.match(text, end) is not None)
            or cue_before(text, start)
            or _role_before(text, start)
        )

    def run(self) -> list[PersonMention]:
        text, tw, ts, te = self.text, self.words, self.starts, self.ends
        full: list[tuple[int, int, str]] = []
        singles: list[int] = []  # the tokens of one word that may name a person met in full
        failed: list[tuple[int, int]] = []
        for i, j in self.runs():
            if i == j:  # (most runs: told here, without a call, when no strong cue stands by the word)
                p = self.person(i, i) if _lone_name(tw[i]) and self.strong_cue(i, i) else None
            else:
                p = None if _no_name(tuple(tw[i : j + 1])) else self.person(i, j)
            if p is None:
                if i == j:  # one word alone: it may be a surname met in full elsewhere
                    singles.append(i)
                else:
                    failed.append((i, j))
                continue
            k, e, rule = p
            start, end = ts[k], te[e]
            if self.in_company(start, end) and (
                rule not in ("honorific", "title")
                or tw[k - 1] in _FIRM_ROLES
                or (rule == "title" and self.in_company(ts[k - 1], te[k - 1]))
            ):  # ("Broker Nomura said": a firm's role before a firm's name; "State Grid": the title's in it)
                continue
            name = " ".join(text[start:end].split())
            if rule in ("given name", "surname", "initials", "cue") and (
                is_place_name(name) or directional_place(name)  # ("West London")
            ):
                continue
            if text.startswith(",", end) and (m := COMMA_SUFFIX.match(text, end)) is not None:
                end = m.end()  # "Hugh Pell, Jr.": the suffix after its comma is the name's
            full.append((start, end, rule))
            if k > i:
                singles.extend(x for x in range(i, k) if tw[x] not in self.n.titles)
        # a team page's heading line, "Amara Quist-Nkemelu", over a paragraph opening "Amara is our ..."
        if failed and "\n" in text:
            for i, j in [r for r in failed if self.heading_name(*r)]:
                full.append((ts[i], te[j], "heading"))
                failed.remove((i, j))
        # "founded by Bruna Teixo and Kaio Albano": plain name words coordinated with a person are one
        if full and " and " in text and (failed or any(r in WEAK_RULES for _s, _e, r in full)):
            full, failed = self.coordinated(full, failed)
        # surname and given-name linking: one word naming a person met in full
        by_word: dict[str, str] = {}
        ambiguous: set[str] = set()
        goes_by: list[tuple[str, str]] = []  # a given name after an initial, linked alone only
        names = [without_nickname(" ".join(text[s:e].replace(",", " ").split())) for s, e, _ in full]
        if full and " and " in text:  # "James and Robert Calloway": James Calloway, named by "James"
            alone = {(s, e): k for k, (s, e, _r) in enumerate(full)}
            for s, e, name in self.shared_surnames(full):
                if (s, e) in alone:
                    names[alone[s, e]] = name
                else:
                    full.append((s, e, "shared-surname"))
                    names.append(name)
        for name in sorted(set(names), key=len, reverse=True):
            parts = [w for w in name.split() if w not in _PARTICLES and w not in _SUFFIXES]
            if len(parts) < 2:
                continue
            if len(parts) > 2 and _is_initial(parts[0]) and parts[1] in self.n.given:
                goes_by.append((parts[1], name))  # "J. Dieter van Aalst" goes by "Dieter"
            for w in (parts[-1], parts[0]):
                if w in by_word and by_word[w] != name and not shortened(by_word[w], name):
                    ambiguous.add(w)
                by_word.setdefault(w, name)
        for name in names:  # a person the document names by one word only ("President Clinton")
            if " " not in name:
                by_word.setdefault(name, name)
        for w in _NOT_LINKED.intersection(by_word):  # (most texts: none of them)
            del by_word[w]
        # a run of two or three names ending in a known surname ("Ingrid Solberg" after "Erik Solberg")
        for i, j in failed if by_word else ():  # (a run is read here for a name known in full)
            words = tw[i : j + 1]
            opener = len(words) == 2 and _sentence_start(text, ts[i]) and _capitalized(words[1])
            known = 2 <= len(words) <= 3 and words[-1] in by_word and words[-1] not in ambiguous
            if (
                known
                and all(_is_name_word(w) and w not in self.n.not_names for w in words[:-1])
                and (not _sentence_start(text, ts[i]) or words[0] not in self.n.given_words)
            ):
                full.append((ts[i], te[j], "surname"))
                names.append(" ".join(words))
                if by_word[words[-1]] == words[-1]:
                    by_word[words[-1]] = names[-1]  # "Ms. O'Neill": the one named in full
                elif by_word[words[-1]] != names[-1] and not by_word[words[-1]].endswith(" " + names[-1]):
                    ambiguous.add(words[-1])  # "Lars Berg" beside "Anna Berg": a lone "Berg" is either
            elif opener:
                singles.append(j)  # "Later Varga left": the word after a sentence opener
        # a name of several words that ends a longer one stands for the first such ("Li Wei" in
        # "Zhang Li Wei"): the longer names' tails, each kept for the first name ending so
        longer: dict[str, str] = {}
        for whole in by_word.values():
            parts = whole.split(" ")
            for k in range(1, len(parts) - 1):
                longer.setdefault(" ".join(parts[k:]), whole)
        # "Harold Brennock" for "Harold J. Brennock", named so elsewhere
        fuller = fullest_forms(list(set(names))) if len(names) > 1 else {}
        out: list[PersonMention] = []
        links: SurnameLinks | None = None
        for (s, e, rule), name in zip(full, names, strict=False):
            canon = name
            if len(name.split()) == 1 and name in by_word and name not in ambiguous:
                canon = by_word[name]
            elif len(name.split()) == 1 and name in ambiguous:
                # "Mr. Hiremath" beside "Mr. Raghavendra Hiremath" and "Mrs. Latha Hiremath": the one
                # the same honorific named in full
                # (or the one named in full before it, where the others come later)
                if links is None:  # (made for the first lone surname several people share)
                    links = SurnameLinks(text, full, names)
                linked = links.same_honorific(s, name) or links.introduced_before(s, name)
                canon = linked or name
            elif " " in name:
                canon = fuller.get(name) or longer.get(name, name)
            out.append(_make_person(s, e, text[s:e], canon, rule))
        taken = {(m.start, m.end) for m in out}
        for w, name in goes_by:  # (not read above: "South African" ends in no surname of "S. African X")
            if w in by_word and by_word[w] != name:
                ambiguous.add(w)
            by_word.setdefault(w, name)
        if by_word:  # (else no single word is linked)
            singles.extend(self.lone_words())
            headed = {name for (_s, _e, rule), name in zip(full, names, strict=False) if rule == "heading"}
            for k in singles:
                word = tw[k]
                if word not in by_word or word in ambiguous:
                    continue
                start, end = ts[k], te[k]
                if (start, end) in taken or self.in_company(start, end):
                    continue
                if is_region_name(word) and by_word[word] not in headed:
                    continue  # ("Georgia" beside "Georgia Pell"; not "Amara" under its heading "Amara Quist")
                out.append(_make_person(start, end, word, by_word[word], "linked"))
        return sorted(out, key=lambda m: (m.start, m.end))


# a run in the letters of :meth:`_Reader.runs`: a capitalized word ("L" a name alone, "N" another
# name word, "C" another word), then spaced capitalized words, or particles ("p") and a name word
# after them ("o": any other token); a run of one word but "L" is no person: left out
_MORE = r"(?:s[LNC]|sp(?:[sx]p)*+[sx][LN])"
_RUN = stdlib_re.compile(rf"(L{_MORE}*+|[NC]{_MORE}++)")  # (the group: ``split`` keeps the runs)
_ALONE_CLASSES = frozenset("NC")
# (every span is cut from the text, a token's word fits its bounds: the validators would pass)
_make_person = unchecked(PersonMention)  # the tokens that are a run of one word where no run holds them
# the verbs that open a biography's paragraph after its heading ("Amara is our Chief People Officer")
_BIO_VERBS = frozenset(
    {"is", "has", "joined", "serves", "leads", "heads", "was", "oversees", "became", "chairs"}
)


# (2,048 entries: a corpus run hits 96% as often as with 4,096, which kept 0.3 MB more)
@functools.lru_cache(maxsize=2048)
def _run_class(word: str) -> str:
    """The letter of a token in :meth:`_Reader.runs`."""
    if _capitalized(word):
        if unicodedata.category(word[1:2] or "x") not in _NAME_SECOND_CATEGORIES and word[1:2] not in ".'’":
            return "C"  # (no name word: see _NAME_SECOND_CATEGORIES)
        return "C" if not _is_name_word(word) else "L" if _lone_name(word) else "N"
    return "p" if word in _PARTICLES else "o"


# What the second character of a word ``_NAME_WORD`` matches is: a lowercase letter or a mark
# (after the capital, or the "c" of "Mc", the "a" of "Mac"), the dot of an initial or the
# apostrophe of "O'" and "D'"; an unassigned one ("Cn", which the pattern's Unicode tables may
# know) is left to the pattern.  Any other ("ÅÅ", "Ω中") is no name word, told without
# running the pattern on each of many words that differ (arbitrary text).
_NAME_SECOND_CATEGORIES = frozenset(("Ll", "Mn", "Mc", "Me", "Cn"))


def _capitalized(word: str) -> bool:
    return word[:1].isupper()


_ENDS_IN_DOT = operator.methodcaller("endswith", ".")


def given_and_surname_head(words: Sequence[str]) -> bool:
    """Whether ``words`` are a given name and a company word that is a family name ("Gareth
    Mills"), the given name no place's ("Virginia Steel" is a company)."""
    if len(words) != 2 or words[1] not in SURNAME_HEADS:
        return False
    return is_given_name(words[0]) and not is_place_name(words[0])


def extract_people(text: str, *, companies: Sequence[CompanyMention] | None = None) -> list[PersonMention]:
    """Person mentions in ``text``, in text order.

    ``name`` is the full name the document gives the person; honorifics and titles stay
    outside the span.  ``companies`` are the document's company mentions when the caller
    has them (a name inside one is no person); by default they are found here, once a
    candidate name needs them (a text that names nobody is read without them).

    >>> [(p.text, p.name) for p in extract_people("Jack Ma founded Alibaba. Mr. Ma said it grew.")]
    [('Jack Ma', 'Jack Ma'), ('Ma', 'Jack Ma')]
    >>> [p.text for p in extract_people("Chief Executive R. K. Nair met Jean-Pierre de la Tour.")]
    ['R. K. Nair', 'Jean-Pierre de la Tour']
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_people expects a str, got {type(text).__name__}")
    return _Reader(text, companies).run()
