"""Context cues that make an unknown capitalized name a company ("shares of Foo", "Foo, a maker of")."""

from __future__ import annotations

import functools

import regex

from .._company_words import company_words
from ..people import is_given_name
from ..places import is_place_name
from ._base import _Base, canonical_name, suffix_class
from ._examples import EXAMPLE_WORDS, examples_of_firms
from ._regexes import (
    _AFTER_APPOSITION,
    _AFTER_BUSINESS_VERB,
    _AFTER_COPULA,
    _AFTER_CORPORATE,
    _AFTER_FUNDING,
    _AFTER_LISTING,
    _AFTER_OUTLOOK,
    _AFTER_OWN_RESULTS,
    _AFTER_PAIR,
    _AFTER_POSSESSIVE_CHIEF,
    _AFTER_PRICE_MOVE,
    _AFTER_ROLE_PERSON,
    _AFTER_SAID_IT,
    _AFTER_SHARES_MOVED,
    _AFTER_TICKER,
    _AFTER_USER_COUNT,
    _ANY_CUE_AFTER,
    _APPOSITION_HEAD,
    _COMPANY_HYPHEN,
    _CUE_AFTER_OPENERS,
    _CUE_AFTER_SPACE,
    _FIRM_AFTER_AND,
    _FIRM_ROLE_PERSON,
    _LOOKAHEAD,
    _NOT_COMPANY_MODIFIERS,
    _PAIR_BEFORE,
    _PARTNERS_BEFORE,
    _PLURAL_AFTER,
    _POSSESSIVE_TAIL,
    _REJECT_CATEGORIES,
    _SECURITY_TAILS,
)
from ._tokens import _is_sentence_start, _Tok

# endings of adjectives, which open one name with what follows "and" ("Oriental and Pacific ...")
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ian", "ese", "ish", "ern", "ful")
# a verb of appointment right before a name: the one appointed is a person ("named Ragna Holm chairman")
_APPOINTED_BEFORE = regex.compile(
    r"\b(?:named|appointed|elected|promoted|tapped|hired|picked|selected)[ \t]+\Z"
)
# a sentence opening with a founding participle's clause, the name right after its comma, then a
# copula: "Founded in 2004 by A and B, Brisaluz is based in Porto" (people are born, not founded)
_FOUNDING_CLAUSE = regex.compile(
    r"(?:^|[.!?][ \t]+|\n[ \t]*)(?:Founded|Co-founded|Cofounded|Established|Incorporated)"
    r"[ \t][^.;:!?\n]{1,120},[ \t]\Z"
)
# any phrase opening a sentence, then a comma: "With 25 million subscribers, X is one of the largest ..."
_OPENING_CLAUSE = regex.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)\p{Lu}[^.;:!?\n]{1,100},[ \t]\Z")
_COPULA_NEXT = regex.compile(r"[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been|became|remains)[ \t]")
# a founder's act right after a given name: "the Porto-based company Kofi co-founded" (a relative
# clause whose subject is a person, not the company the descriptor introduces)
_FOUNDER_ACT_AFTER = regex.compile(
    r"[ \t]+(?:co-?founded|founded|started|set[ \t]+up|launched|created|built|runs|ran|leads|led"
    r"|joined|left)\b"
)
# a fact sheet's heading after the name, alone on its line: "Lumora at a glance"
_GLANCE_HEADER = regex.compile(r" at a glance[ \t]*(?:\n|\Z)", regex.IGNORECASE)
# ", Colo.," / ", Ohio" right after a name: the state of a town
_PLACE_AFTER_COMMA = regex.compile(r",[ \t]{1,3}(\p{Lu}[\p{L}.]{1,14}(?:[ ]\p{Lu}[\p{L}.]{1,14})?)(?=,|\s)")


# the first letters of what follows "said " in "said it", "said in July that it", "said on Monday
# it", "said last week it", "said earlier it", "said this week it"
_SAID_IT_NEXT = frozenset("iolte")

# endings of abstract nouns, which open a sentence as ordinary words ("Conference chairman ...")
_NOUN_ENDINGS = ("ment", "tion", "sion", "ance", "ence", "ity", "ness", "ship")

# nouns of groups with a head of their own, no firm's name opening a sentence ("Team president P said")
_GROUP_NOUNS = frozenset(
    "Team Squad Campaign Festival Tournament Project Programme Program Family Band Orchestra Crew Staff "
    "Faculty".split()
)

# the first letters of the words that open an apposition after ", " (_AFTER_APPOSITION,
# _APPOSITION_HEAD): "a", "an", "the", "which", "its", "one"
_APPOSITION_INITIALS = frozenset("atwio")


def _spacing(char: str) -> bool:
    """Whitespace but a line break (``[^\\S\\n]``; str.isspace() says it of every character that
    ``regex`` calls whitespace, and of a few more)."""
    return char.isspace() and char != "\n"

# the categories of a place's name, which may open a company's name after a cue ("maker Saigon Crisps")
_PLACE_CATEGORIES = frozenset({"place", "country", "demonym"})
# appositive nouns that also name a person's role: at a sentence start ("Broker Tolland
# said") they introduce no firm
_PERSON_ROLES = frozenset(
    {"broker", "investor", "backer", "auditor", "underwriter", "merchant", "restaurateur"}
)


# the nouns before a name that only a firm is called ("software firm X"; not "rival", "vendor",
# "carrier", "producer", "counterpart": people, ships and films are called so too)
_FIRM_NOUNS = frozenset(
    "firm company companies manufacturer lender startup start-up insurer retailer conglomerate bank "
    "brewer chipmaker drugmaker automaker carmaker toymaker".split()
)


def firm_noun_before(text: str, start: int) -> bool:
    """Whether a firm's noun stands right before ``start`` ("software firm Sage Peak", "mortgage
    lender Mara Lind"): the name after it is a company's, though it reads as a person's.

    >>> firm_noun_before("British software firm Sage Peak said", 22), firm_noun_before("broker Sage Peak", 7)
    (True, False)
    """
    before = text[max(0, start - 24) : start]
    if not before.endswith(" ") or not before.strip():
        return False
    return before.rsplit(None, 1)[-1] in _FIRM_NOUNS


def _about_header(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` makes a line "About X" (a colon may close it): a press
    release's heading of its company's boilerplate."""
    if not text.startswith("About ", start - 6) or (start > 6 and text[start - 7] != "\n"):
        return False
    rest = text[end : end + 2]
    return rest in ("", "\n", ":", ":\n") or rest[:1] == "\n" or rest == "\r\n"


@functools.cache
def _cue_last_words() -> frozenset[str]:
    """The words that end a cue before a name (see _Cues.cue_before()), appositive nouns included."""
    words = company_words()
    return frozenset(cue.rsplit(" ", 1)[-1] for cue in words.cue_before) | words.appositive | EXAMPLE_WORDS




class _Cues(_Base):
    """Reads the words around a name for company cues."""

    __slots__ = ()  # (the state is _Base's)

    def context_cue(self, toks: list[_Tok]) -> bool:
        """An unknown name introduced by a strong context cue ("startup Foo said")."""
        w = self.words
        introduced = (
            len(toks) > 1
            and toks[0].text.lower() in w.appositive
            and _is_sentence_start(self.text, toks[0].start)
        )
        if introduced:  # "Startup Kivra, a ...": the noun introduces the name
            if toks[0].text.lower() in _PERSON_ROLES:
                return False  # "Broker Tolland said": a person's role, not a firm's
            toks = toks[1:]
        # The cue first: most unknown names have none, and the checks on the name below
        # (all reading, none writing) only matter where one was found.
        rule = self.cue_rule(toks, introduced)
        if not rule or (rule == "cue before" and self.class_or_town(toks)):
            return False
        category_of = self.category_of
        firstnames = w.firstnames
        for t in toks:
            word = t.text
            # self.category(word), read directly when there is no dot or "'s" to drop
            cat = self.category(word) if word[-1] in ".s" else category_of.get(word)
            if cat in _REJECT_CATEGORIES and not (
                cat in _PLACE_CATEGORIES and self.place_opens_name(toks, t, rule)
            ):
                return False
            if (word in firstnames or word.removesuffix("'s").removesuffix("’s") in firstnames) and not (
                rule == "cue after" and self.firm_role_after(toks[-1].end)
            ):
                return False  # a person's name, unless a role in a firm follows ("X analyst Ann Lee")
        if toks[-1].text in _SECURITY_TAILS:
            return False  # "shares of Common Stock": a class of securities
        if len(toks) == 1:
            word = toks[0].text.removesuffix("'s").removesuffix("’s")
            if word in w.not_alone or suffix_class(word):  # a surname, generic or head word
                return False
        if toks[-1].end in self.public_before:
            return False
        key = self.key(toks)
        if key in w.non_company:
            return False
        split = self.split_after_head(toks)
        listed = self.text[max(0, toks[0].start - 3) : toks[0].start].rstrip()[-1:] == ","
        if not split and rule == "X and Y" and listed:
            # "Tarrow Mills Inc, Quellon and Vastmark": the last "and" of a list parts two members
            split = next((k for k in range(1, len(toks)) if toks[k].gap.strip() == "and"), 0)
        if split:  # "investors Balderton Capital and Seedcamp": two firms, not one
            self.emit(toks[:split], canonical_name(self.key(toks[:split])), "company", rule)
            rest = [_Tok(toks[split].start, toks[split].end, toks[split].text), *toks[split + 1 :]]
            self.emit(rest, canonical_name(self.key(rest)), "company", "X and Y")
        else:
            lo = toks[0].start
            partners = _PARTNERS_BEFORE.search(self.text, max(0, lo - 60), lo) if "&" in key else None
            if partners is not None:
                # "Harlan, Pryce & Ostrow, an accounting firm": the partners listed before the "&"
                at = partners.start()
                toks = [_Tok(at, at + 1, self.text[at]), *toks]
                key = self.text[at : toks[-1].end]
            self.emit(toks, canonical_name(key), "company", rule)
        return True

    def place_opens_name(self, toks: list[_Tok], tok: _Tok, rule: str) -> bool:
        """Whether a place's name opens the name a cue before it introduces: "snack maker Saigon
        Crisps", not "operator Hong Kong" (a place's whole name) nor a place after the first word."""
        return (
            rule == "cue before"
            and tok is toks[0]
            and len(toks) > 1
            and not tok.text.endswith(".")  # ("owned by U.S. Conglomerate Alcoa": an adjective)
            and all(t.gap == " " for t in toks[1:])
            and not is_place_name(self.key(toks))
            and all(self.category(t.text) not in _REJECT_CATEGORIES for t in toks[1:])
        )

    def firm_role_after(self, end: int) -> bool:
        """Do a role in a firm and a person's name follow ``end`` ("Hollis Brandt analyst Ann Lee")?"""
        match = _FIRM_ROLE_PERSON.ascii_match if self.ascii else _FIRM_ROLE_PERSON.match
        return match(self.text, end, end + 60) is not None

    def class_or_town(self, toks: list[_Tok]) -> bool:
        """A share class ("shares of Class B stock") or a town before its state ("acquire
        Englewood, Colo., homebuilder X"): no company, whatever the cue before it."""
        words = [t.text for t in toks]
        if len(words) == 2 and words[0] in ("Class", "Series") and len(words[1]) <= 2:
            return True
        after = _PLACE_AFTER_COMMA.match(self.text, toks[-1].end)
        return (
            after is not None
            and is_place_name(" ".join(words))
            and (is_place_name(after.group(1)) or is_place_name(after.group(1).rstrip(".")))
        )

    def cue_rule(self, toks: list[_Tok], introduced: bool) -> str:
        """The rule of the context cue around a name (``introduced``: by the noun before it), or ""."""
        start, end = toks[0].start, toks[-1].end
        if start in self.cued:
            return "X-owned"
        if introduced:
            return "cue before"
        text = self.text
        # coordinated() and cue_before() both read the words before a space (their first
        # tests made here: most names fail them)
        if start > 0 and text[start - 1] == " ":
            c = text[start - 2] if start > 1 else ""  # (the last character of the word before)
            # (" and " and ", " end in "d " and ", ": told by the character before the space first)
            if (
                (c == "d" or c == ",")
                and text.endswith((" and ", ", "), 0, start)
                and self.coordinated(start, end)
            ):
                return "X and Y"
            if end in self.title_before:
                return "X title"
            if c == "t" and _about_header(text, start, end):
                return "About X"  # a release's boilerplate heading "About Tallyroot"
            if c.isalpha():
                # the word before the space, as cue_before() reads it where a space opens it and it
                # holds no other whitespace (isprintable()): most words end no cue, hold no hyphen
                # (rpartition(): str.rfind() with bounds parses its arguments at every call)
                _, space, before = text[max(0, start - 40) : start - 1].rpartition(" ")
                if (
                    not space
                    or before in _cue_last_words()
                    or "-" in before
                    or not before.isprintable()
                ) and self.cue_before(start, end):
                    return "cue before"
            elif (start < 2 or c.isspace()) and self.cue_before(start, end):
                return "cue before"
            elif (
                c == ","
                and _COPULA_NEXT.match(text, end)
                and (
                    _FOUNDING_CLAUSE.search(text, max(0, start - 160), start)
                    or (
                        _OPENING_CLAUSE.search(text, max(0, start - 120), start)
                        and (_AFTER_COPULA.ascii_match if self.ascii else _AFTER_COPULA.match)(
                            text, end, end + _LOOKAHEAD
                        )
                    )
                )
            ):
                # "Founded in 2004 by A and B, Brisaluz is based in Porto", "With 25 million
                # subscribers, Streamly is one of the largest music streaming services"
                return "cue before"
        elif end in self.title_before:
            return "X title"
        follows = text[end : end + 1]
        if follows == " ":
            # after one space, each cue after a name starts with one of _CUE_AFTER_SPACE (or a space)
            second = text[end + 1 : end + 2]
            opening = _CUE_AFTER_SPACE.get(second)
            if (opening is not None and text.startswith(opening, end + 1)) or second.isspace():
                if (
                    # "Foo said" (most often) is a cue only as "said it" ("said" opens no other cue)
                    not (
                        text[end + 1 : end + 6] == "said "
                        and (said_next := text[end + 6 : end + 7]) not in _SAID_IT_NEXT
                        and not _spacing(said_next)
                    )
                    and (rule := self.cue_after(toks, start, end))
                ):
                    return rule
            elif second == "a" and _GLANCE_HEADER.match(text, end) and text[start - 1 : start] in ("", "\n"):
                return "About X"  # a fact sheet's heading "Lumora at a glance"
            elif second != "i" and second != "w":
                return ""  # (most names: no cue after them, nor "is" or "was")
            if second == "(" and _is_sentence_start(text, start):
                # "Orvik (formerly Nordfisk Data) is a Swedish IT consultancy": a bracket before the copula
                close = text.find(")", end, end + 80)
                if close > 0 and (_AFTER_COPULA.ascii_match if self.ascii else _AFTER_COPULA.match)(
                    text, close + 1, close + 1 + _LOOKAHEAD
                ):
                    return "cue after"
            if (
                text.startswith(("is ", "was "), end + 1)
                and _is_sentence_start(text, start)
                and (_AFTER_COPULA.ascii_match if self.ascii else _AFTER_COPULA.match)(
                    text, end, end + _LOOKAHEAD
                )
            ):
                return "cue after"  # "Tornvik is an American manufacturer of power tools"
            return ""
        # each cue after a name starts with a space (no line break), ",", "(", "<" or an apostrophe
        if follows == ",":
            # only the appositions start with ",": whitespace, then "a", "an", "the", "which", "its"
            # or "one" ("Foo, a maker of", "Foo, the parent of")
            space, word = text[end + 1 : end + 2], text[end + 2 : end + 3]
            if not _spacing(space) or (
                space == " " and word not in _APPOSITION_INITIALS and not _spacing(word)
            ):
                return ""
            return self.cue_after(toks, start, end)
        if follows in _CUE_AFTER_OPENERS or (follows.isspace() and follows != "\n"):
            return self.cue_after(toks, start, end)
        return ""

    def cue_after(self, toks: list[_Tok], start: int, end: int) -> str:
        """The rule of a cue right after a name (cue_rule() ruled out where none can start), or ""."""
        text = self.text
        ascii_text = self.ascii  # (the stdlib twins of the patterns find the same, faster)
        any_cue_after = _ANY_CUE_AFTER.ascii_match if ascii_text else _ANY_CUE_AFTER.match
        if any_cue_after(text, end, end + _LOOKAHEAD) is None:
            return ""
        if (_AFTER_LISTING.ascii_match if ascii_text else _AFTER_LISTING.match)(text, end, end + _LOOKAHEAD):
            return "listing code"
        if (_AFTER_APPOSITION.ascii_match if ascii_text else _AFTER_APPOSITION.match)(
            text, end, end + _LOOKAHEAD
        ) or self.apposition(end):
            return "cue after"  # "Loomwise, a Berlin-based payroll startup, ..."
        possessive = text.endswith(_POSSESSIVE_TAIL, 0, end) or text.startswith(_POSSESSIVE_TAIL, end)
        if ascii_text:
            corporate, shares_moved = _AFTER_CORPORATE.ascii_match, _AFTER_SHARES_MOVED.ascii_match
            own_results, user_count = _AFTER_OWN_RESULTS.ascii_match, _AFTER_USER_COUNT.ascii_match
            price_move = _AFTER_PRICE_MOVE.ascii_match
        else:
            corporate, shares_moved = _AFTER_CORPORATE.match, _AFTER_SHARES_MOVED.match
            own_results, user_count = _AFTER_OWN_RESULTS.match, _AFTER_USER_COUNT.match
            price_move = _AFTER_PRICE_MOVE.match
        if (
            (corporate(text, end, end + _LOOKAHEAD) and not any(t.gap.strip() == "," for t in toks[1:]))
            or shares_moved(text, end, end + _LOOKAHEAD)
            or (possessive and own_results(text, end, end + _LOOKAHEAD))
            or user_count(text, end, end + _LOOKAHEAD)
            or (price_move(text, end, end + _LOOKAHEAD) and self.quoted_name(toks))
        ):
            # (not "X named Ragna Holm chairman": the one appointed is a person)
            appointed = _APPOINTED_BEFORE.search(text, max(0, start - 16), start)
            if (not _is_sentence_start(text, start) or len(toks) > 1) and not appointed:
                return "cue after"
            word = toks[0].text.removesuffix("'s").removesuffix("’s")
            if (
                not word.lower().endswith(_NOUN_ENDINGS)  # ("Conference chairman Ann Lee said")
                and not is_place_name(word)  # ("Castleford chairman": a town's club)
                and word not in _GROUP_NOUNS  # ("Team president P said")
                and not self.written_lowercase(word)  # ("Team president P": "the team's owner" before)
                and not self.opens_longer_name(word)  # ("Nordhavn Frakt has agreed ..." named before)
                and (
                    (_AFTER_ROLE_PERSON.ascii_match if ascii_text else _AFTER_ROLE_PERSON.match)(
                        text, end, end + _LOOKAHEAD
                    )
                    or (possessive and _AFTER_POSSESSIVE_CHIEF.match(text, end, end + _LOOKAHEAD))
                )
            ):
                return "cue after"  # "Quellon chief executive Li Wen said", "Quellon's chairman said"
            moved = (
                shares_moved(text, end, end + _LOOKAHEAD) is not None
                or (possessive and own_results(text, end, end + _LOOKAHEAD) is not None)
                or user_count(text, end, end + _LOOKAHEAD) is not None
                or (price_move(text, end, end + _LOOKAHEAD) and self.quoted_name(toks))
            )
            if moved and toks[0].text not in self.words.sector:
                # "Tovana shares jumped 12% on Tuesday" (not "Tech shares rallied"), "Telvora's
                # monthly active users", "Quorvel's quarterly revenue", "Chatterly has 210 million users"
                return "cue after"
            return ""
        if (
            len(toks) > 1
            and (_AFTER_BUSINESS_VERB.ascii_match if ascii_text else _AFTER_BUSINESS_VERB.match)(
                text, end, end + _LOOKAHEAD
            )
            and _is_sentence_start(text, start)
        ):
            return "cue after"  # "Verdanta Kitchens makes plant-based proteins and sauces"
        if (
            (_AFTER_OUTLOOK.ascii_match if ascii_text else _AFTER_OUTLOOK.match)(text, end, end + _LOOKAHEAD)
            and not text.endswith(_POSSESSIVE_TAIL, 0, end)
            and not _APPOINTED_BEFORE.search(text, max(0, start - 16), start)
            and not self.is_person(toks)
            # (not "Clarence Morrison ... Morrison sees 1987 earnings at": an analyst's outlook)
            and not self.written_after_given_name(toks[-1].text, start)
        ):
            return "cue after"  # "Paylark expects revenue to reach $60 million" (its own outlook)
        if (
            (_AFTER_FUNDING.ascii_match if ascii_text else _AFTER_FUNDING.match)(text, end, end + _LOOKAHEAD)
            and not text.endswith(_POSSESSIVE_TAIL, 0, end)
            and not self.is_person(toks)
            and not self.written_after_given_name(toks[-1].text, start)
        ):
            return "cue after"  # "Dunmora has raised an $18M Series A" (a company's round)
        if (_AFTER_SAID_IT.ascii_match if ascii_text else _AFTER_SAID_IT.match)(
            text, end, end + 48
        ) and self.said_it_subject(toks):
            return "X said it"  # people say "he" or "she"; a company says "it"
        if (_AFTER_TICKER.ascii_match if ascii_text else _AFTER_TICKER.match)(text, end, end + _LOOKAHEAD):
            return "reuters ticker"
        return ""

    def opens_longer_name(self, word: str) -> bool:
        """Whether the text also writes ``word`` before another capitalized word ("Nordhavn Frakt"):
        then ``word`` alone may be the short form of a longer name no rule read."""
        text = self.text
        at = text.find(word + " ")
        while at >= 0:
            nxt = text[at + len(word) + 1 : at + len(word) + 2]
            if nxt.isupper() and (at == 0 or not text[at - 1].isalnum()):
                return True
            at = text.find(word + " ", at + 1)
        return False

    def quoted_name(self, toks: list[_Tok]) -> bool:
        """Whether words before a price's move may name a quoted company ("Corvane gained 3.1%"): no
        indicator written in capitals or with digits ("GDP", "M-3", "Real GNP"), no plural noun
        opening a sentence ("Taxes rose 4%"), no generic word at its end ("Domestic Product")."""
        words = [t.text for t in toks]
        if any(w.isupper() or w[:-1].isupper() or any(ch.isdigit() for ch in w) for w in words):
            return False  # ("CDs": an acronym's plural)
        start = toks[0].start
        before = self.text[max(0, start - 20) : start]
        prev = before[:-1].rsplit(" ", 1)[-1] if before.endswith(" ") else ""
        if prev[:1].isupper() and prev[-1:].isalpha():
            return False  # "Gross National Product": a capitalized word dropped before the run
        if len(words) == 1 and words[0].endswith("s") and _is_sentence_start(self.text, toks[0].start):
            return False
        return words[-1] not in self.words.generic and words[0] not in self.words.common

    def and_split(self, toks: list[_Tok], end: int = -1) -> int:
        """Where "and" joins two names in one run, or 0.

        The first name ends in a company or an organization word ("Merritt-Sloane Capital
        and Eastbrook", "Canada Pension Plan Investment Board and Temasek Holdings"), or is a
        company the document named before ("Kinnevik and Piton Capital" after "Kinnevik
        AB"): "Duff and Phelps" stays one name, and so does "Harris and Upham Inc" (a
        gazetteer name on the left is not enough).  Where the whole name, ending at ``end``,
        is the subject of a plural verb or follows "between" or "both" ("Korvath and Belmire
        Systems agreed to merge", "said they"), it names two companies (:meth:`plural_pair`),
        the first of them in ``pair_left``.
        """
        w = self.words
        # "Zulu Freight Ltd, Cape Storage and Karoo Logistics": the last members of a list that a
        # company opens, parted by the list's "and"
        start = toks[0].start
        # (names are found left to right: the member before the comma is among the last found)
        # ("Compugraphic Corp, Haarmann and Reimer Corp": a legal suffix after the run makes it one firm)
        after = self.text[toks[-1].end : toks[-1].end + 12].split()
        listed = (
            self.text[max(0, start - 2) : start] == ", "
            and not (after and suffix_class(after[0].rstrip(".,")))
            and any(f.end == start - 2 and f.kind == "company" and not f.tentative for f in self.found[-2:])
        )
        for k in range(1, len(toks)):
            if toks[k].gap.strip() != "and":
                continue
            if listed:
                return k
            word = toks[k - 1].text
            if (word in w.head or word in w.trade) and (toks[k].text in w.head or toks[k].text in w.trade):
                # "Bashaw Oil and Gas Ltd", "Home Savings and Loan Association": one trade pair
                continue
            if word in w.head or (k >= 2 and word in w.org_head):
                return k
            if k >= 2 and word in w.trade and len(toks) - k >= 2:
                self.pair_left.add(toks[0].start)
                return k  # "Delmar Marine and Quayside Tooling LLC": a trade ends a name of two words or more
            if len(word) > 4 and word.endswith("Corp") and word[-5].islower():
                self.pair_left.add(toks[0].start)
                return k  # "TrelloCorp and Banc Quattro Corp": a legal form closes the word
            if self.text[max(0, toks[0].start - 4) : toks[0].start] in (" of ", " in ") and is_place_name(
                self.key(toks[:k])
            ):
                return k  # "Gleason Securities Inc of New York and Gleason Plant Security Inc": a town
            if toks[k].text not in _FIRM_AFTER_AND and self.known_company(self.key(toks[:k]), toks[0].start):
                return k
            if end >= 0 and toks[k].text not in _FIRM_AFTER_AND and self.plural_pair(toks[:k], toks[k:], end):
                self.pair_left.add(toks[0].start)
                return k
        return 0

    def plural_pair(self, left: list[_Tok], right: list[_Tok], end: int) -> bool:
        """Do ``left`` "and" ``right`` (the name ending at ``end``) name two companies: a plural
        verb after them or "between" / "both" before, and a left part that may name a company
        of its own (no person, no ordinary word, not the right part's word again: "Johnson and
        Johnson")?"""
        text = self.text
        start = left[0].start
        search_before = _PAIR_BEFORE.ascii_search if self.ascii else _PAIR_BEFORE.search
        match_after = _PLURAL_AFTER.ascii_match if self.ascii else _PLURAL_AFTER.match
        if text.endswith(", ", 0, start):
            return False  # "Pryor, Lindqvist and Moller Securities Inc": the end of a list
        if search_before(text, max(0, start - 16), start) is None:
            after = match_after(text, end, end + 60)
            if after is None:
                return False
            if after.group("pact") and suffix_class(text[max(0, end - 24) : end].rsplit(None, 1)[-1]):
                return False  # "Harlow and Trent Inc formed a joint venture": one firm's venture
        w = self.words
        if left[-1].text == right[0].text or (len(left) > 1 and self.is_person(left)):
            return False
        for t in left:
            word = t.text
            if (
                self.category(word) is not None
                or word in w.firstnames
                or word in w.generic
                or word.endswith(_ADJECTIVE_ENDINGS)  # "Oriental and Pacific Holdings": one name
            ):
                return False
        return len(left) > 1 or left[0].text not in w.not_alone

    def pair_left_name(self, toks: list[_Tok]) -> None:
        """The first of two companies a plural verb told apart ("Korvath" of "Korvath and
        Belmire Systems agreed to merge")."""
        key = self.key(toks)
        entry = self.gaz.lookup(key)
        if entry is not None:
            self.emit(toks, entry.name, entry.kind, "gazetteer", entry.owner, entry)
        else:
            self.emit(toks, canonical_name(key), "company", "X and Y")

    def known_company(self, key: str, before: int) -> bool:
        """Is ``key`` the name of a company the document named before ``before``, or its first words
        ("Quarry Hill" after "Quarry Hill Foods, LLC"; two words at least: "Smith" says too little)?"""
        return self.known.before(key, before)  # (an index of the names found: no scan of them all)

    def split_after_head(self, toks: list[_Tok]) -> int:
        """Where "and" joins two names in one run, the first ending in a company word ("Capital")."""
        for i in range(1, len(toks)):
            if toks[i].gap.strip() in ("and", "&") and toks[i - 1].text in self.words.head and i >= 2:
                return i
        return 0

    def said_it_subject(self, toks: list[_Tok]) -> bool:
        """May this unknown subject of "... said it" be a company, not a person or a noun?"""
        word = toks[-1].text
        if self.person_cue(toks[0].start) or word in self.name_tails:
            return False  # "spokesman Denis Morin said it", "Governor Yaacov Cohen ... Cohen said it"
        return len(toks) > 1 or not self.written.spaced(word.lower())  # "Delegates"

    def apposition(self, end: int) -> bool:
        """Does ", the Chinese video-sharing platform" (a company noun) follow the name?"""
        match = _APPOSITION_HEAD.ascii_match if self.ascii else _APPOSITION_HEAD.match
        m = match(self.text, end, end + _LOOKAHEAD)
        if m is None:
            return False
        words = m.group(1).split()
        appositive = self.words.appositive
        return len(words) > 1 and words[-1] in appositive  # the head noun ends the phrase

    def coordinated(self, start: int, end: int) -> bool:
        """Is this name the Y of "shares of X and Y" or "X and Y announced" (X a company)?"""
        if start == 0 or self.text[start - 1] != " ":
            return False  # no " and " or ", " before
        before = self.text[max(0, start - 5) : start]
        if not before.endswith((" and ", ", ")):
            return False
        left = self.found_ending.get(start - (5 if before.endswith(" and ") else 2))
        if left is None or left.kind != "company" or left.tentative:
            return False
        after_pair = _AFTER_PAIR.ascii_match if self.ascii else _AFTER_PAIR.match
        # ("rivals such as A, B and C": C's left neighbour B is itself a member of the list)
        return (
            self.cue_before(left.start)
            or (left.rule == "X and Y" and before.endswith(" and ") and self._listed(left.start))
            or after_pair(self.text, end, end + 30) is not None
        )

    def _listed(self, start: int) -> bool:
        """Whether the name at ``start`` follows ", " after a company that a cue before introduces
        (the middle of "rivals such as A, B and C")."""
        if not self.text.endswith(", ", 0, start):
            return False
        first = self.found_ending.get(start - 2)
        return first is not None and first.kind == "company" and self.cue_before(first.start)

    def cue_before(self, start: int, end: int = -1) -> bool:
        """Do the words right before ``start`` introduce a company ("startup", "stake in")?  ``end``,
        when given, is where the name ends."""
        if start == 0 or self.text[start - 1] != " ":
            return False  # the words before must end with a space
        last_char = self.text[start - 2 : start - 1]
        if last_char and not last_char.isalpha() and not last_char.isspace():
            return False  # (most often "., Foo"): the last word ends in no letter, as tested below
        # the last word first: a cue's last word or an appositive noun, or no cue (most words)
        last_words = self.text[max(0, start - 40) : start - 1].rsplit(None, 1)
        if not last_words:
            return False
        last_word = last_words[-1]
        company_hyphen = _COMPANY_HYPHEN.ascii_search if self.ascii else _COMPANY_HYPHEN.search
        if "-" in last_word and company_hyphen(last_word) and last_word[:1].isupper():
            return True  # "Tencent-backed Verdigris", "Vantor-owned Parcelo": the firm owned or backed
        if last_word not in _cue_last_words():
            return False
        if (
            end >= 0
            and " " not in self.text[start:end]
            and _FOUNDER_ACT_AFTER.match(self.text, end) is not None
            and is_given_name(self.text[start:end], ordinary_words=False)
        ):
            return False  # "the Berlin-based startup Maria founded in 2019": Maria founded the startup
        before = self.text[max(0, start - 40) : start]
        before = before.rpartition("\n")[2]  # a cue never reaches across a line break
        words = before.split()
        if not words or not words[-1][-1:].isalpha():
            return False
        last = words[-1]
        if last in EXAMPLE_WORDS and examples_of_firms(words, self.words.appositive):
            # (not "Companies like Fried Krupp": a name the gazetteer knows goes on after the word)
            text = self.text
            return not (end >= 0 and text[end : end + 1] == " " and text[end + 1 : end + 2].isupper())
        cues = self.words.cue_before
        if last in cues:
            return True
        if len(words) >= 2 and f"{words[-2].lower()} {last}" in cues:
            return True
        return last in self.words.appositive and (len(words) < 2 or words[-2] not in _NOT_COMPANY_MODIFIERS)
