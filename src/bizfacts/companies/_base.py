"""The state of one document's pass and the helpers every rule uses."""

from __future__ import annotations

import functools

from .. import _suffixes
from .._company_words import CompanyWords, company_words
from .._gazetteer import Gazetteer, GazetteerEntry
from .._spans import CompanyKind
from ..people import is_given_name
from ._headlines import NOUN_PREPOSITIONS, headline_verbs, object_verbs, title_break
from ._known import KnownNames
from ._regexes import (
    _INDEX_AFTER,
    _LOWER_WORD,
    _PERSON_CUES,
    _PLAIN_CATEGORIES,
    _POSSESSIVE_TAIL,
    _STOCK_INDEXES,
    _UNIT_BEFORE,
)
from ._tokens import _Found, _Tok
from ._written import _WrittenWords

# canonical_name(), remembered: a document repeats its names (and a list of names, each
# with its legal suffix, would otherwise pay for the suffix stripping at every mention)
canonical_name = functools.lru_cache(maxsize=4096)(_suffixes.canonical_name)
_suffix_table = _suffixes.suffix_table


def suffix_class(token: str) -> str | None:
    """``_suffixes.suffix_class(token)``, a word of letters read straight from the table.

    (The pass asks it of the same few words thousands of times.  It is not remembered: a
    look-up in the small table of legal forms is cheaper than a hit in a cache of recent
    words, which moves the word to the front of its list and touches memory scattered over
    thousands of entries.)

    >>> suffix_class("Corp"), suffix_class("Inc."), suffix_class("Sina")
    ('strong', 'strong', None)
    """
    if token.isalpha():  # (no comma, apostrophe or dot to drop: the key is the token)
        return _suffix_table().get(token)
    return _suffixes.suffix_class(token)


# the heads of institutions often named after a person ("George Washington University"): after a
# given name and a surname, the run is the institution's name
_NAMED_AFTER_PEOPLE = frozenset(
    "University College Institute Academy Foundation School Society Center Centre Museum Hospital "
    "Library".split()
)

class _AliasForms:
    """What the mentions read so far say for :meth:`_Linking.aliases`: each is read once."""

    __slots__ = ("done", "first_at", "first_words", "firsts", "folded", "listed_heads", "own")

    def __init__(self) -> None:
        self.done = 0  # the mentions read
        self.own: dict[str, _Found] = {}  # the forms the mentions give, in their order
        self.folded: dict[str, _Found] = {}  # each form case-folded, for the first that folds to it
        self.firsts: set[str] = set()  # the first words of the forms, folded ones included
        self.first_words: dict[str, set[str]] = {}  # a name's first words -> the names
        self.first_at: dict[str, int] = {}  # where each name is first found
        # the first words of the gazetteer's companies the document names ("Rank" of "Rank
        # Organisation"), each with the first of them: alone, such a word names that company
        # rather than another name it opens ("Rank Film Distributors", a unit)
        self.listed_heads: dict[str, _Found] = {}


class _Base:
    """One document's pass: holds the text, the lexicons and what was found so far."""

    # (slots, every subclass adding none: a pass stores and reads them without an instance dict,
    # which made each new pass pay for a dict of 30 keys)
    __slots__ = (
        "after_title", "alias_forms", "aliases_made", "ascii", "bare", "bare_alone", "capitals", "caps",
        "category_of", "confirmed", "cue_words", "cued", "found", "found_ending", "gaz",
        "gaz_firsts", "gaz_longest", "gaz_prefixes", "gaz_surface", "headline_cut", "known", "leftovers",
        "name_tails", "pair_left", "persons", "persons_folded", "public_before", "text",
        "title_before", "title_lines", "words", "written_words",
    )

    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.ascii = text.isascii()  # the stdlib twins of the patterns may run
        self.gaz = gazetteer
        self.words: CompanyWords = company_words()
        self.category_of = self.words.category_of
        self.pair_left: set[int] = set()  # starts of the first of two companies joined by "and"
        self.headline_cut: set[int] = set()  # starts and ends of names a headline's verb bounds
        # the gazetteer's index, read directly by the name matcher
        self.gaz_surface = gazetteer._surface
        self.gaz_firsts = gazetteer._firsts
        self.gaz_prefixes = gazetteer._prefixes
        self.gaz_longest = gazetteer.longest
        self.found: list[_Found] = []
        self.known = KnownNames(self.found)  # (the companies found so far by name, for known_company)
        self.leftovers: list[list[_Tok]] = []
        self.persons: set[str] = set()
        self.title_before: set[int] = set()  # ends of names followed by a job title
        self.cued: set[int] = set()  # starts of names before "-owned", "-backed"
        self.public_before: set[int] = set()  # ends of names followed by "Minister", "Secretary"
        # where the words after job titles start ("Chief Executive Dana Holt": Dana's start)
        self.after_title: set[int] = set()
        self.confirmed: set[str] = set()  # known names that a longer name confirms
        self.found_ending: dict[int, _Found] = {}  # end offset -> mention, for "X and Y"
        self.name_tails: set[str] = set()  # last words of unknown longer names ("Yaacov Cohen")
        self.capitals: list[list[_Tok]] = []  # runs written all in capitals (headlines)
        self.title_lines: dict[int, bool] = {}  # line start -> written in title case
        self.persons_folded: set[str] | None = None  # persons case-folded, for names in capitals
        # (len(found), aliases() or None until made, the first words of its forms)
        self.aliases_made: tuple[int, dict[str, _Found] | None, set[str]] | None = None
        self.alias_forms: _AliasForms | None = None  # what aliases() read so far
        self.caps: list[int] = []  # where acronyms may start, for the review pass
        self.bare: frozenset[str] | None = None  # capitalized words written without "'s" (lazy)
        self.bare_alone: frozenset[str] | None = None  # ... and after no other capitalized word (lazy)
        self.cue_words: list[tuple[int, str, bool]] | None = None  # firm and media cue words, for the review
        # the words the text writes in lowercase (made on first use: most documents never ask)
        self.written_words: _WrittenWords | None = None

    def category(self, word: str) -> str | None:
        # (the last character first: str.endswith() parses its arguments at every call, and
        # most words end in neither "s" nor ".")
        if word[-1:] == "s" and word.endswith(_POSSESSIVE_TAIL):
            word = word[:-2]
        # category_of holds "common" for the common words, else the non_company category
        cat = self.category_of.get(word)
        if not cat and word[-1:] == ".":  # a word without its dots ("Calif.")
            cat = self.words.non_company.get(word.rstrip("."))
        return cat

    def is_plain_word(self, tok: _Tok) -> bool:
        """A word that never starts a name: common word, title, month, currency, ..."""
        return self.category(tok.text) in _PLAIN_CATEGORIES

    def key(self, toks: list[_Tok]) -> str:
        """The words' text, whitespace collapsed."""
        if len(toks) == 1:
            return toks[0].text  # a token's text is text[start:end] and holds no whitespace
        words = self.text[toks[0].start : toks[-1].end]
        if words.isprintable() and "  " not in words:
            return words  # (most names: single spaces, the only whitespace isprintable() lets by)
        return " ".join(words.split())

    def emit(
        self,
        toks: list[_Tok],
        name: str,
        kind: CompanyKind,
        rule: str,
        owner: str | None = None,
        entry: GazetteerEntry | None = None,
        tentative: bool = False,
    ) -> None:
        start, end = toks[0].start, toks[-1].end
        if self.text[end - 1] == "." and self._sentence_final(end):
            end -= 1
        if entry is None and name[-1:] == "s":  # (else no "'s" to drop)
            name = name.removesuffix("'s").removesuffix("’s")
        # (positional: _Found(start, end, name, kind, owner, rule, ticker, exchange, tentative, entry))
        self.found.append(_Found(start, end, name, kind, owner, rule, None, None, tentative, entry))

    def exchange(self, seg: list[_Tok]) -> None:
        """An exchange named on its own ("the New York Stock Exchange", "NYSE") is an organization.

        Not in a listing code ("(NYSE: IBM)", "NYSE-listed"), where it qualifies a ticker.
        """
        end = seg[-1].end
        follows = self.text[end : end + 2].lstrip(" ")[:1]
        if follows in (":", "-") or self.text[end : end + 1] in ("/", "-"):
            return
        key = self.key(seg)
        if key in _STOCK_INDEXES or _INDEX_AFTER.match(self.text, end):
            return  # "the Nikkei", "the Nasdaq composite index": a stock index
        self.emit(seg, key.removesuffix("'s").removesuffix("’s"), "organization", "exchange name")

    def _sentence_final(self, end: int) -> bool:
        rest = self.text[end : end + 3]
        stripped = rest.lstrip(" \t")
        return (
            not stripped
            or stripped[0] in '\n"”’)'
            or (rest[:1] in " \t" and (stripped[0].isupper() or stripped[0].isdigit()))
        )

    def word_entry(self, word: str) -> GazetteerEntry | None:
        """The gazetteer's entry for one word its table does not hold as written: a possessive
        ("Tencent's"), or a long word in capitals ("ALIBABA") that names one entry only."""
        if word.endswith(_POSSESSIVE_TAIL):
            return self.gaz.lookup(word[:-2])
        if word.isupper() and len(word) > 3:
            entry = self.gaz.lookup_folded(word)
            return None if entry is None or entry.ambiguous else entry
        return None

    def gaz_match(
        self, toks: list[_Tok], i: int, limit: int, opens: bool = False
    ) -> tuple[int, GazetteerEntry] | None:
        """The longest gazetteer name starting at token i: (end index, entry).

        ``opens``: the caller found that a known name starts with the word (the test below).
        """
        word = toks[i].text
        if not opens:
            firsts = self.gaz_firsts
            if not (
                word in firsts
                # (a word without a possessive tail strips to itself, just found wanting)
                or (word[-1] == "s" and word.removesuffix("'s").removesuffix("’s") in firsts)
                or (word.isupper() and word.casefold() in firsts)
            ):
                return None
        surface = self.gaz_surface
        if limit == i + 1 and self.gaz_longest:
            # one word to read (a name of one word, most calls): the loop below, read once
            gap = toks[i].gap
            if gap != " " and gap.strip() == ",":
                return None
            entry = surface.get(word)
            # (word_entry() finds nothing for any other word, one ending in "s" but no "'s" included:
            # the last character is read first, as str.endswith() parses its arguments)
            if entry is None and (word[-1] == "s" or word.isupper()):
                entry = self.word_entry(word)
            return None if entry is None else (limit, entry)
        prefixes = self.gaz_prefixes
        best: tuple[int, GazetteerEntry] | None = None
        stop = i + self.gaz_longest
        if stop > limit:
            stop = limit
        key = ""
        for j in range(i + 1, stop + 1):
            tok = toks[j - 1]
            gap = tok.gap
            if gap != " " and gap.strip() == ",":
                break
            # self.key(toks[i:j]), built word by word: a token holds no whitespace
            if j == i + 1:
                key = word
            elif gap == " " and toks[j - 2].end + 1 == tok.start:
                key = f"{key} {tok.text}"
            else:
                key = self.key(toks[i:j])
            # key() already collapsed the whitespace that lookup() would collapse
            entry = surface.get(key)
            if entry is None and j > i + 1 and key[-1] == "s" and key.endswith(_POSSESSIVE_TAIL):
                entry = self.gaz.lookup(key[:-2])  # "Ant Group's"
            if entry is None and j == i + 1 and (word[-1] == "s" or word.isupper()):
                entry = self.word_entry(word)  # (which finds nothing for any other word)
            if entry is not None:
                best = (j, entry)
            if key not in prefixes:
                # every longer candidate is this key, a space and more words (a comma gap
                # stops the loop above), so none can be a name (or one plus "'s") unless
                # this key starts a multi-word name
                break
        return best

    def title_ends(self, end: int) -> None:
        """Note a job title ending at ``end``: where the word after it may start, past spaces
        and tabs, is kept in ``after_title`` (see title_end_before())."""
        text = self.text
        while text[end : end + 1] in (" ", "\t"):
            end += 1
        self.after_title.add(end)

    def title_end_before(self, start: int) -> bool:
        """Is a job title written right before ``start``, a word's start ("Chief Executive Dana
        Holt"), spaces or tabs between?  (A title's last character and a word's first are no
        space: the spaces back from ``start`` reach the title's end where those on from the
        title's end reach ``start``.)"""
        return start in self.after_title

    def after_the(self, start: int) -> bool:
        """Is the word at ``start`` right after "the" (an opening quote between them)?"""
        before = self.text[max(0, start - 6) : start].rstrip("\"“‘'")
        return before[-4:] in ("the ", "The ") and not before[-5:-4].isalpha()

    @property
    def written(self) -> _WrittenWords:
        """The questions about the words the text writes (:class:`_WrittenWords`), made on first use."""
        words = self.written_words
        if words is None:
            words = self.written_words = _WrittenWords(self.text)
        return words

    def written_lowercase(self, word: str) -> bool:
        """Does the text also write ``word`` in lowercase (an ordinary word, "family")?"""
        return self.written.lowercase(word)

    def unit_name(self, toks: list[_Tok], j: int) -> bool:
        """Is ``toks``, a known name ending at ``j`` and more words, a unit named after its cue?

        "sell its consumer lending unit, Halvorsen Credit, to": the words after the
        parent's name make the unit's name.  The words must be joined by spaces and none
        may be an ordinary word, a place or a person's title.
        """
        if any(t.gap != " " or self.category(t.text) is not None for t in toks[j:]):
            return False
        start = toks[0].start
        search = _UNIT_BEFORE.ascii_search if self.ascii else _UNIT_BEFORE.search
        return search(self.text, max(0, start - 40), start) is not None

    def ends_in_company_word(self, word: str) -> bool:
        """Does a name ending in ``word`` name a company ("... Bancorp", "... Corp", "... Bank")?"""
        word = word.removesuffix("'s").removesuffix("’s")
        return word in self.words.head or suffix_class(word) is not None

    def headline_break(self, run: list[_Tok], k: int) -> int:
        """How many words of ``run`` from ``k`` are a headline's verb, none of a name: "Buys",
        "Acquires", "To Buy" in title case or capitals, a capitalized preposition of a title-case
        headline ("Sells Unit To Y"), a lexicon noun and its preposition ("Acquisition Of Y");
        0 where the word is none or the line no headline."""
        word = run[k].text
        breaks, bases, nouns = headline_verbs()
        n = 1
        if word in nouns:
            if k + 1 >= len(run) or run[k + 1].text not in NOUN_PREPOSITIONS:
                return 0
            n = 2  # "Acquisition Of Y", "STAKE IN Y"
        elif word in ("To", "TO"):
            if k + 1 < len(run) and run[k + 1].text in bases:
                n = 2  # "To Buy", "TO ACQUIRE"
            elif word == "TO" or k == 0:
                return 0  # (a name in capitals is cut at "TO" by the suffix rule)
        elif k == 0 and word in bases and self.text.endswith("to ", max(0, run[k].start - 3), run[k].start):
            pass  # title case keeps "to" lowercase: "Agreement to Acquire Y"
        elif word not in breaks and not (k > 0 and title_break(word)):
            return 0  # (a preposition opening the run may open a name: "Under Armour")
        elif k + 1 >= len(run) and word in object_verbs():
            return 0
        if word.isupper():
            if len(word) < 2 or (title_break(word.title()) and word != "TO"):
                return 0
            near = [run[j].text for j in (k - 1, k + n) if 0 <= j < len(run)]
            return n if any(len(w) > 1 and w.isupper() for w in near) else 0
        return n if self.title_case_at(run[k].start, run[k].end) else 0

    def title_case_at(self, start: int, end: int) -> bool:
        """Is the line holding ``start:end`` a headline in title case (three words or more, no
        lowercase word of four letters)?"""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        known = self.title_lines.get(line_start)
        if known is None:
            line_end = text.find("\n", end)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            lower_word = _LOWER_WORD.ascii_search if self.ascii else _LOWER_WORD.search
            known = line.count(" ") >= 2 and lower_word(line) is None
            self.title_lines[line_start] = known
        return known

    def whole_line(self, toks: list[_Tok]) -> bool:
        """Do these words fill a line of their own (a heading)?"""
        text = self.text
        end = toks[-1].end
        after = text[end : end + 3].partition("\n")
        if not after[1]:  # most often no line break follows: decided
            return False
        if after[0].strip():
            return False
        before = text[max(0, toks[0].start - 3) : toks[0].start].rpartition("\n")
        return (bool(before[1]) or toks[0].start <= 3) and not before[2].strip()

    def keep_unknown(self, toks: list[_Tok]) -> None:
        """An unknown word on its own: a heading line, or kept for linking and context cues."""
        end = toks[0].end
        if (
            "\n" in self.text[end : end + 3]  # (whole_line() needs a line break right after)
            and self.whole_line(toks)
            and not suffix_class(toks[0].text)
        ):
            self.capitals.append(toks)  # a heading line
        else:
            self.leftovers.append(toks)

    def is_person(self, toks: list[_Tok]) -> bool:
        w = self.words
        first = toks[0].text
        if (
            len(toks) == 3
            and len(toks[1].text) == 2
            and toks[1].text.endswith(".")
            and toks[1].text[0].isupper()
        ):
            return not suffix_class(toks[2].text) and toks[2].text not in w.head  # "Lyle K. Brandauer"
        if len(toks) >= 3 and is_initial(first) and toks[1].text in w.firstnames and toks[1].gap == " ":
            toks = toks[1:]  # "T. Hugh Ford": an initial before a given name
            first = toks[0].text
        if len(toks) >= 2 and first in w.firstnames and toks[1].gap == " ":
            if len(toks) >= 3 and toks[-1].text in _NAMED_AFTER_PEOPLE:
                return False  # "Thomas Jefferson University": an institution named after a person
            return not any(suffix_class(t.text) or t.text in w.head for t in toks[1:])
        if len(toks) == 2 and first in w.surnames and toks[1].gap == " ":
            known = self.gaz.lookup(first)
            if known is not None and not known.ambiguous:  # "Tata Iron", "Ford Motor"
                return False
            second = toks[1].text
            return (
                second not in w.head
                and second not in w.org_head
                and self.category(second) is None
                and second[:1].isupper()
                and second[1:].islower()
            )
        return False

    def written_after_given_name(self, word: str, before: int) -> bool:
        """Whether the text writes ``word`` after a given name before ``before`` ("Clarence
        Morrison of Dean Witter ... Morrison sees earnings at"): a person's surname.  (The first
        eight places it is written in the 20,000 characters before, as a bound: linear time.)"""
        text = self.text
        at = text.find(" " + word, max(0, before - 20_000), before)
        for _ in range(8):
            if at <= 0:
                return False
            words = text[max(0, at - 24) : at].split()
            if words and is_given_name(words[-1], ordinary_words=False):
                return True
            at = text.find(" " + word, at + 1, before)
        return False

    def person_before_of(self, toks: list[_Tok]) -> bool:
        """Whether the words before an "of" that goes on with a firm name a person: as
        :meth:`is_person` reads them, or a given name of the wider list (no ordinary word) and a
        surname-like word ("Thandiwe Mokoena of Kestrel Mining")."""
        if self.is_person(toks):
            return True
        if len(toks) != 2 or not is_given_name(toks[0].text, ordinary_words=False):
            return False
        tok = toks[1]
        word = tok.text
        w = self.words
        return (
            tok.gap == " "
            and word[:1].isupper()
            and word[1:].islower()
            and not suffix_class(word)
            and word not in w.head
            and word not in w.org_head
            and self.category(word) is None
        )

    def after_person_of(self, toks: list[_Tok]) -> list[_Tok]:
        """Drop "Peter Friend of" from "Peter Friend of Walwyn Stodgell Ltd"."""
        for k in range(len(toks) - 1, 0, -1):
            w = self.words
            word = toks[k - 1].text
            if toks[k].gap.strip() == "of" and (
                self.person_before_of(toks[:k])
                or any(self.category(t.text) in ("title", "person_title") for t in toks[:k])
                or not (word in w.head or word in w.name_prefix or suffix_class(word) or word == "Bank")
            ):  # "Shares of Kirishima Seiki K.K.", "Board of Coolabah Health Group Limited"
                rest = toks[k:]
                rest[0] = _Tok(rest[0].start, rest[0].end, rest[0].text)
                return rest
        return toks

    def good_name(self, toks: list[_Tok], weak: bool) -> bool:
        """Could these words be the specific part of a name (not "The", "Industry")?"""
        if not toks:
            return False
        w = self.words
        category_of = self.category_of
        if len(toks) == 1 and (word := toks[0].text)[-1] not in ".s" and category_of.get(word) is None:
            # one word with no category (most names before a legal suffix): the loop below, read once
            return word not in w.generic and not (weak and (word in w.head or word in w.non_company))
        specific = 0
        for tok in toks:
            word = tok.text
            # self.category(word), read directly when there is no dot or "'s" to drop
            cat = self.category(word) if word[-1] in ".s" else category_of.get(word)
            if cat in ("title", "person_title", "month", "weekday", "exchange") or (
                cat == "currency" and tok is not toks[0]
            ):
                return False
            if cat == "currency" and len(toks) == 1:
                return True  # "Sterling Bancorp", "Yen Holdings": the currency's word alone names the firm
            if (
                cat in ("common", "currency")  # ("Rand Logistics Inc": a currency's word opens it)
                or word in w.generic
                or (weak and (cat in ("place", "country", "demonym") or word in w.head))
            ):
                continue
            specific += 1
        if specific == 0:
            return False
        # ("Q2 Holdings": a period's code may open a name)
        return not (weak and w.non_company.get(self.key(toks), "period") != "period")

    def person_cue(self, start: int) -> bool:
        """Is the word before ``start`` one that introduces a person ("analyst Anne Mills")?"""
        words = self.text[max(0, start - 24) : start].split()
        return bool(words) and words[-1] in _PERSON_CUES


def is_initial(word: str) -> bool:
    """Whether ``word`` is one capital letter and a full stop ("T.")."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()
