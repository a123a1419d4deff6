"""Names nobody listed: capitalized regions that no gazetteer name or suffix explains."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from .._company_words import CompanyWords, company_words
from .._place_table import place_entries
from .._spans import CompanyKind
from ..people import given_and_surname_head
from ..places import is_place_name, is_region_name
from ._base import canonical_name, suffix_class
from ._cues import _Cues, firm_noun_before
from ._regexes import (
    _AFTER_TICKER,
    _CAPS_BREAKS,
    _CAPS_SHORT_SUFFIXES,
    _FIRM_AFTER_AND,
    _PAIR_BEFORE,
    _PARTNERS_BEFORE,
    _PLAIN_CATEGORIES,
    _PLURAL_AFTER,
    _POSSESSIVE_TAIL,
)
from ._tokens import _Tok, suffix_gap

# a company's own boards, no organization of their own ("the Supervisory Board of X AG")
_BOARD_KINDS = frozenset({"Management", "Supervisory", "Executive"})
# the last two words of a lender's name that ends in an organization word: thrifts, credit unions,
# building societies are companies
_LENDER_ENDINGS = frozenset(
    {("Loan", "Association"), ("Savings", "Association"), ("Credit", "Union"), ("Building", "Society")}
)
# the words of a placeholder's label before its letter ("Company A"; "Bull and Bear Group A" is a name)
_PLACEHOLDER_HEADS = frozenset({"Company", "Corporation", "Firm"})
# what follows a class of shares' letter: "Class B shares", "X Company A stock"
_SHARE_CLASS_WORDS = frozenset({"shares", "share", "stock", "stocks", "units", "ordinary", "common", "notes"})

# endings of abstract and plural nouns: "Mergers & Acquisitions" names a field, not a firm
_NOUN_ENDINGS = ("ment", "tion", "tions", "sion", "ing", "ance", "ence", "ity", "ics", "ers", "ies", "ness")
# initials right before a name ("A.G. Pryce & Sons")
_INITIALS_BEFORE = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.[ ]?){1,3}[ ]\Z")
# categories of words that no name joined by "&" holds
_SPLIT_OR_TITLE = frozenset({"title", "person_title", "month", "weekday", "currency"})
# the end of a pair's "and" right before a name ("Westpac and the Bank of Y")
_AND_BEFORE = ("and ", "and the ")
# a verb of saying right before a name ("said Goldleaf Securities would")
_SAYING = ("said ", "says ", "told ")
# the categories of a person's title, which ends an "X of Y" name ("Bank of Zambia Governor Ilse Marr")
_TITLE_CATEGORIES = ("title", "person_title")
# generic words that never open or make a name with another generic word
_NO_NAME_WORDS = frozenset(
    {"A", "An", "The", "Its", "His", "Her", "Their", "Our", "Class", "Division", "Firm", "Firms"}
)


@functools.cache
def _department_firsts() -> frozenset[str]:
    """The first words of the departments named after a job title ("Investor" of "Investor Relations")."""
    return frozenset(d.split(" ")[0] for d in company_words().department)



# the words that end a company's legal name before "of" and a place ("Aluminum Company of America",
# "Steel Co of Canada"): the place is part of the name
_NAME_BEFORE_OF = frozenset({"Co", "Co.", "Company", "Corp", "Corp.", "Corporation", "Bank", "Trust"})


def town_after_trade(word: str, after: Sequence[_Tok], w: CompanyWords) -> bool:
    """Whether "of" and ``after`` name the town of a firm whose name ends in the trade ``word``
    ("Tesk Mining of Perth", "Carrow Marine of Bay City"): a town, no country or region ("Columbia
    Gas of Ohio" is a name), after a trade word, no legal word or bank ("Bank of Montreal")."""
    if word not in w.head or word in w.org_head or word in w.org_prefix or word in _NAME_BEFORE_OF:
        return False
    place = " ".join(t.text for t in after)
    entries = place_entries(place)
    return bool(entries) and entries[0].kind == "city"

class _Unknown(_Cues):
    """Reads an unknown capitalized region: a person, a place, a suffixed name or a cued one."""

    __slots__ = ()  # (the state is _Base's)

    def opens_suffixed_name(self, toks: list[_Tok]) -> bool:
        """Whether a capitalized ordinary word opens the name that a strong legal suffix ends a few
        words on: written mid-sentence after a lowercase word ("buy All Ticket Group PLC", "the
        Independent Newspapers Ltd"), never at a sentence start or in a title-case headline."""
        if len(toks) < 3 or any(t.gap != " " for t in toks[1:]):
            return False
        if not any(suffix_class(t.text) == "strong" for t in toks[2:5]):
            return False
        before = self.text[max(0, toks[0].start - 20) : toks[0].start]
        words = before.split()
        return bool(words) and before.endswith(" ") and words[-1].isalpha() and words[-1].islower()

    def two_word_pair(self, toks: list[_Tok]) -> int:
        """Where "and" parts two names of two words or more, the second closed by a company word
        ("Tessel Cloud and Marlin Bank"), else 0; not after a place ("Hong Kong and Shanghai
        Banking"), nor before a partner word ("Smith Barney and Co") or a common word ("Chicago
        Dock and Canal Trust")."""
        k = next((k for k in range(2, len(toks) - 1) if toks[k].gap.strip() == "and"), 0)
        if not k or toks[k].text in _FIRM_AFTER_AND or is_place_name(toks[0].text):
            return 0
        w, second = self.words, toks[k].text
        if self.category(second) is not None or second in w.generic or second in w.head:
            return 0  # "Chicago Dock and Canal Trust": a common word opens the second part of one name
        return k if all(t.gap == " " for t in toks[1:k]) else 0

    def currency_opens_name(self, toks: list[_Tok]) -> bool:
        """Whether a currency's name opens a name that a legal suffix or a company word ends within
        three more words ("Rand Logistics Inc", "Sterling Bancorp"): no amount is written so."""
        if len(toks) < 2 or toks[1].gap != " ":
            return False
        head = self.words.head
        return any(suffix_class(t.text) is not None or t.text in head for t in toks[1:4])

    def generic_name(self, toks: list[_Tok]) -> bool:
        """Two or three generic and trade words before a strong legal suffix are a name of their own
        ("Federal Industries Ltd", "General Insurance Co"); a determiner or pronoun is none."""
        if not 2 <= len(toks) <= 3 or any(t.gap != " " for t in toks[1:]):
            return False
        w = self.words
        return all(
            t.text[:1].isupper()
            and t.text.isalpha()
            and t.text not in _NO_NAME_WORDS
            and (t.text in w.generic or t.text in w.head)
            for t in toks
        )

    def after_department(self, toks: list[_Tok]) -> list[_Tok]:
        """Drop the department that a job title and a comma name before "of": "Finance of" in
        "Vice President, Finance of Tarvik Tool Corp", "Investor Relations of" likewise."""
        for k in range(1, min(len(toks) - 1, 4)):
            if toks[k].gap.strip() != "of":
                continue
            if self.key(toks[:k]) not in self.words.department:
                return toks
            if not self.title_comma_before(toks[0].start):
                return toks
            rest = toks[k:]
            rest[0] = _Tok(rest[0].start, rest[0].end, rest[0].text)
            return rest
        return toks

    def title_comma_before(self, start: int) -> bool:
        """Is a job title and a comma written right before ``start`` ("Vice President, |Finance")?"""
        before = self.text[max(0, start - 40) : start].rstrip()
        if not before.endswith(","):
            return False
        words = before[:-1].split()
        return bool(words) and self.category(words[-1]) in ("title", "person_title")

    def unit_after_title(self, toks: list[_Tok]) -> bool:
        """Is this name of a company word, after a job title and a comma, a business unit of
        ordinary words the text also writes in lowercase ("President, Employer Solutions" where
        "employer clients" is written)?"""
        return self.title_comma_before(toks[0].start) and all(
            t.text.isalpha() and self.written_lowercase(t.text) for t in toks[:-1]
        )

    def demonym_name(self, toks: list[_Tok]) -> bool:
        """A demonym and trade words, all capitalized, before a suffix or a trade word make one
        name ("Chilean Refining Group", "Danish Shipping Lines"); "the Swiss lender Hollendorf" has a
        lowercase word."""
        if len(toks) < 2 or self.category(toks[0].text) != "demonym" or any(t.gap != " " for t in toks[1:]):
            return False
        head = self.words.head
        return all(t.text in head for t in toks[1:])

    def lone_word(self, toks: list[_Tok]) -> None:
        """One capitalized word no rule reads alone: a place's or an exchange's name, else kept
        for the link pass ("Soviet", "Texas", "Nasdaq", "Orrin")."""
        word = toks[0].text
        non_company = self.words.non_company
        if word in non_company:
            if non_company[word] == "exchange":
                self.exchange(toks)
            return
        if toks[0].gap:
            toks[0] = _Tok(toks[0].start, toks[0].end, word)
        self.keep_unknown(toks)

    def names_longer(self, key: str) -> bool:
        """Did the document name a company whose name goes on after ``key`` ("Yellow Freight
        System" before "Yellow Freight's")?"""
        return self.known.longer(key)  # (an index of the names found: no scan of them all)

    def suffixed_name(self, full: list[_Tok], surface: str) -> None:
        """The name a legal suffix ends (``full``, its words, read as ``surface``): a gazetteer's
        entry, else the words themselves, the partners listed before a firm's "&" included."""
        name = canonical_name(surface)
        entry = self.gaz_surface.get(" ".join(name.split()))  # self.gaz.lookup(name)
        if entry is not None:
            if not (  # '(the "Target Company")': a defined term, not Target Corp
                entry.ambiguous
                and len(full) == 2
                and full[1].text == "Company"
                and self.after_the(full[0].start)
            ):
                self.emit(full, entry.name, entry.kind, "gazetteer+suffix", entry.owner, entry)
            return
        lo = full[0].start
        partners = None if "&" not in surface else _PARTNERS_BEFORE.search(self.text, max(0, lo - 60), lo)
        if partners is not None:
            # "Whitcombe, Harrow & Lisle, LLP": the partners' names listed before the "&"
            at = partners.start()
            full = [_Tok(at, at + 1, self.text[at]), *full]
            name = canonical_name(self.text[at : full[-1].end])
        self.emit(full, name, "company", "legal suffix")

    def placeholder_label(self, tok: _Tok) -> bool:
        """Whether ``tok``, after a legal suffix's word, is the letter of a placeholder's label
        ("Company A", "Company B") and no class of shares ("X Company B shares")."""
        if len(tok.text) != 1 or tok.gap != " ":
            return False
        after = self.text[tok.end : tok.end + 12].split(maxsplit=1)
        return not after or after[0].rstrip(".,;:").lower() not in _SHARE_CLASS_WORDS

    def family_name_head(self, toks: list[_Tok]) -> bool:
        """ "Gareth Mills said": a given name and a company word that is a common family name, no
        company cue around them ("shares of Oskari Mills" names a firm)."""
        if len(toks) != 2 or toks[1].gap != " " or not given_and_surname_head([t.text for t in toks]):
            return False
        return not self.cue_rule(toks, False)

    def ampersand_name(self, toks: list[_Tok]) -> bool:
        """Whether "&" joins two short names into a firm's ("Halden & Crewe", "Pryce & Lowe Capital"):
        each side a name (not only ordinary words: "Research & Development"), no title nor month
        among them, not two places ("Trinidad & Tobago") nor two given names ("Tom & Jerry")."""
        if not 2 <= len(toks) <= 6:
            return False
        k = next((k for k in range(1, len(toks)) if toks[k].gap.strip() == "&"), 0)
        if not k or any(t.gap != " " for i, t in enumerate(toks[1:], 1) if i != k):
            return False
        left, right = toks[:k], toks[k:]
        if not self.good_name(left, weak=False) or not self.good_name(right, weak=False):
            return False
        if self.ordinary_side(left) or self.ordinary_side(right):
            return False  # "Mergers & Acquisitions", "Sales & Marketing": a field of work
        if any(self.category(t.text) in _SPLIT_OR_TITLE for t in toks):
            return False
        lkey, rkey = self.key(left), self.key(right)
        if (is_region_name(lkey) or is_region_name(rkey)) and (is_place_name(lkey) or is_place_name(rkey)):
            return False
        firstnames = self.words.firstnames
        return not (left[0].text in firstnames and right[0].text in firstnames)

    def plural_after(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` are a plural subject ("... said they", "... agreed
        to merge") or follow "between" or "both": two names, not one."""
        text = self.text
        search_before = _PAIR_BEFORE.ascii_search if self.ascii else _PAIR_BEFORE.search
        match_after = _PLURAL_AFTER.ascii_match if self.ascii else _PLURAL_AFTER.match
        return (
            search_before(text, max(0, start - 16), start) is not None
            or match_after(text, end, end + 60) is not None
        )

    def ordinary_side(self, toks: list[_Tok]) -> bool:
        """Whether every word is a trade, generic or common word or ends like an abstract noun."""
        w = self.words
        return all(
            t.text in w.head
            or t.text in w.generic
            or t.text in w.org_head
            or self.category(t.text) == "common"
            or t.text.lower().endswith(_NOUN_ENDINGS)
            for t in toks
        )

    def unknown_region(self, toks: list[_Tok]) -> None:
        """Tokens no gazetteer name covers: suffix, head-word and cue rules."""
        w = self.words
        category_of = self.category_of
        if len(toks) == 1:
            # one word (most regions): a plain word is dropped, and of the rules below only
            # these can apply (no suffix after it, no person, no capitals run, no rule reading
            # two words or more)
            word = toks[0].text
            cat = category_of.get(word)
            if (not cat and word[-1:] == ".") or (word[-1:] == "s" and word.endswith(_POSSESSIVE_TAIL)):
                cat = self.category(word)  # else category() would return just this
            if cat in _PLAIN_CATEGORIES:
                return  # (a person's title alone names nobody)
            self.lone_word(toks)
            return
        if len(toks) > 2 and toks[0].text in _department_firsts():
            toks = self.after_department(toks)
        while toks:
            word = toks[0].text
            cat = category_of.get(word)
            if (not cat and word[-1:] == ".") or (word[-1:] == "s" and word.endswith(_POSSESSIVE_TAIL)):
                cat = self.category(word)  # else category() would return just this
            if cat not in _PLAIN_CATEGORIES:  # not self.is_plain_word(toks[0])
                break
            if cat == "person_title":
                self.persons.update(t.text for t in toks[1:])
                return
            if cat == "common" and self.opens_suffixed_name(toks):
                break  # "agreed to buy All Ticket Group PLC": the word opens the name
            if cat == "currency" and self.currency_opens_name(toks):
                break  # "Rand Logistics Inc", "Sterling Bancorp": the currency's word opens the name
            toks = toks[1:]
        if not toks:
            return
        if len(toks) == 1:
            # One word (most regions): of the rules below only these can apply (no suffix
            # after it, no person, no capitals run, no rule reading two words or more).
            word = toks[0].text
            self.lone_word(toks)
            return
        if toks[0].gap:
            toks[0] = _Tok(toks[0].start, toks[0].end, toks[0].text)
        # a legal suffix ends a name: "Cyclops Corp", "Foo Corp and Bar Inc"
        capitals = len(toks) > 1 and toks[0].text.isupper() and all(t.text.isupper() for t in toks)
        for k in range(1, len(toks)):  # a suffix alone is no name: from the second word on
            tok = toks[k]
            cls = suffix_class(tok.text)
            if cls is None:
                continue
            if capitals:
                if tok.text == "AS":
                    continue  # "SEEN AT LEAST SAME AS LAST YEAR": the word "as", not the Norwegian form
                if tok.text in _CAPS_SHORT_SUFFIXES:
                    continue  # "CPL REIT" in a headline: the body's "CPL Real Estate Investment Trust"
                after_ticker = _AFTER_TICKER.ascii_match if self.ascii else _AFTER_TICKER.match
                if cls == "weak" and not after_ticker(self.text, tok.end, tok.end + 16):
                    continue  # "INVESTOR GROUP LIFTS": in capitals, "Group" ends a name before a ticker only
            if k + 2 == len(toks) and tok.text in _PLACEHOLDER_HEADS and self.placeholder_label(toks[-1]):
                continue  # "Suppose Company A buys": the suffix's word opens a placeholder's label
            end = k + 1
            while (
                end < len(toks) and suffix_class(toks[end].text) and suffix_gap(toks[end])
            ):
                end += 1
            # ("Peter Friend of" needs two words before the suffix: one is kept as it is)
            name_toks = self.after_person_of(toks[:k]) if k > 1 else toks[:1]
            if capitals:
                cut = max((m for m, t in enumerate(name_toks) if t.text in _CAPS_BREAKS), default=-1)
                if cut >= 0:
                    name_toks = name_toks[cut + 1 :]
                    if not name_toks:
                        continue
                    name_toks[0] = _Tok(name_toks[0].start, name_toks[0].end, name_toks[0].text)
            # (a word holds no space: one word is no pair)
            m = (
                self.and_split(name_toks, toks[end - 1].end)
                if len(name_toks) > 1 and " and " in self.key(name_toks)
                else 0
            )
            if m:  # "Merritt-Sloane Capital and Eastbrook & Co.": two firms
                if name_toks[0].start in self.pair_left:
                    self.pair_left_name(name_toks[:m])
                else:
                    self.unknown_region(name_toks[:m])
                first = name_toks[m]
                rest = [_Tok(first.start, first.end, first.text), *name_toks[m + 1 :], *toks[k:]]
                self.unknown_region(rest)
                return
            # (generic_name() and demonym_name() read two words or more)
            generic = cls == "strong" and len(name_toks) > 1 and self.generic_name(name_toks)
            if (
                generic
                or self.good_name(name_toks, weak=cls == "weak")
                or (len(name_toks) > 1 and self.demonym_name(name_toks))
            ):
                full = [*name_toks, *toks[k:end]]
                surface = self.text[full[0].start : full[-1].end]  # self.key(full): two words or more
                if not surface.isprintable() or "  " in surface:
                    surface = " ".join(surface.split())
                self.suffixed_name(full, surface)
                if end < len(toks):
                    rest = toks[end:]
                    rest[0] = _Tok(rest[0].start, rest[0].end, rest[0].text)
                    self.unknown_region(rest)
                return
        if self.ampersand_name(toks):
            # "Halden & Crewe agreed to buy": two names joined by "&" are a firm's, with the partners
            # listed before it ("Harlan, Pryce & Ostrow") or its initials ("A.B. Pryce & Sons")
            lo = toks[0].start
            before = _PARTNERS_BEFORE.search(self.text, max(0, lo - 60), lo) or _INITIALS_BEFORE.search(
                self.text, max(0, lo - 12), lo
            )
            at = before.start() if before is not None else lo
            if at < lo:
                toks = [_Tok(at, at + 1, self.text[at]), *toks]
            self.emit(toks, canonical_name(self.text[at : toks[-1].end]), "company", "X & Y")
            return
        if (
            len(toks) > 1
            and (self.is_person(toks) or self.family_name_head(toks))  # (one word: never here)
            and not firm_noun_before(self.text, toks[0].start)
        ):
            self.persons.update(t.text for t in toks)
            return
        key = self.key(toks)
        if key in w.non_company or key.removesuffix("'s").removesuffix("’s") in w.non_company:
            # "Soviet Union", "Wall Street"; an exchange is an organization ("The Oslo Stock Exchange
            # said", its "The" dropped above)
            if w.non_company.get(key.removesuffix("'s").removesuffix("’s")) == "exchange":
                self.exchange(toks)
            return
        if capitals and not any(  # (the words, all in capitals, as read above)
            suffix_class(t.text) == "strong" and t.text not in _CAPS_SHORT_SUFFIXES for t in toks
        ):
            self.capitals.append(toks)  # "INVESTOR GROUP LIFTS QUINCY MILLS": linked to the body later
            return
        if self.whole_line(toks) and not any(suffix_class(t.text) for t in toks):
            self.capitals.append(toks)  # "Liquidity and Capital Resources": a heading line
            return
        if len(toks) == 1:  # the rules below read two words or more
            self.leftovers.append(toks)
            return
        last = toks[-1].text
        if (
            len(toks) >= 2
            and toks[0].text in w.name_prefix
            and toks[1].gap.strip() != "of"
            and self.good_name(toks[1:], weak=False)
        ):
            self.emit(toks, self.key(toks), "company", "company prefix")  # "Grupo Bimbo", "Banco Popular"
            return
        if (
            len(toks) >= 3
            and toks[-1].gap == " "
            and f"{toks[-2].text} {last}" in w.investor_tail
            and self.good_name(toks[:-2], weak=False)
        ):
            # "Ontario Teachers' Pension Plan", "Abu Dhabi Investment Authority": a fund that
            # buys stakes, an investor like a company
            self.emit(toks, self.key(toks), "company", "investor fund")
            return
        # "University of Chicago", "Graybridge Institute of Technology", "First National Bank of Marlow"
        for k in range(1, len(toks)):
            if toks[k].gap.strip() not in ("of", "of the"):
                continue
            word = toks[k - 1].text
            if k >= 2 and town_after_trade(word, toks[k:], w) and self.good_name(toks[: k - 1], weak=True):
                # "Tesk Mining of Perth said": the firm and its town, no name of both
                self.emit(toks[:k], self.key(toks[:k]), "company", "firm of town")
                return
            # "Bank of Ostravia Governor Ilse Marr": a person's title after the place ends the name
            cut = next(
                (j for j in range(k + 1, len(toks) - 1) if self.category(toks[j].text) in _TITLE_CATEGORIES),
                len(toks),
            )
            # "Bank of Ireland and AIB passed": an acronym after "and", or a plural verb after both
            # names, parts another firm from the "X of Y" name ("Ministry of Trade and Industry" is one)
            cut = next(
                (
                    j
                    for j in range(k + 1, cut)
                    if toks[j].gap.strip() == "and"
                    and (
                        (toks[j].text.isupper() and len(toks[j].text) > 1)
                        or (
                            # (not "Westpac and the Bank of Y and Z said they": the pair opens before)
                            not self.text.endswith(_AND_BEFORE, max(0, toks[0].start - 8), toks[0].start)
                            and self.plural_after(toks[0].start, toks[cut - 1].end)
                        )
                    )
                ),
                cut,
            )
            if k == 2 and self.family_name_head(toks[:2]):
                break  # "said Gareth Mills of Acme": a person of a firm, not "Mills of Acme"
            if ((k == 1 and word in w.org_prefix) or word in w.org_head or word in w.head) and (
                k == 1
                or word in w.org_head
                or self.good_name(toks[: k - 1], weak=True)
                or self.good_name(toks[k:cut], weak=False)
            ):
                org = (
                    word in w.org_head
                    or (word == "Bank" and k == 2 and toks[0].text in ("Central", "Reserve"))
                    or (word in w.org_prefix and word != "Bank")
                    # "Bank of Zambia"
                    or (word == "Bank" and self.category(self.key(toks[k:cut])) == "country")
                )
                kind: CompanyKind = "organization" if org else "company"
                self.emit(toks[:cut], self.key(toks[:cut]), kind, "X of Y name")
                if cut < len(toks):
                    rest = toks[cut:]
                    rest[0] = _Tok(rest[0].start, rest[0].end, rest[0].text)
                    self.unknown_region(rest)
                return
            break
        if self.headline_cut and (toks[0].start in self.headline_cut or toks[-1].end in self.headline_cut):
            # "Experts Say Online Alliance Is A ...": in a headline every word is capitalized, so
            # a head word beside a verb makes no name ("Acme Corp Buys Beta Inc" has its suffixes)
            self.leftovers.append(toks)
            return
        # ("the Supervisory Board", "the Executive Board": a company's own board, named by no word)
        if (
            len(toks) >= 2
            and last in w.org_head
            and not (last == "Board" and len(toks) == 2 and toks[0].text in _BOARD_KINDS)
            and not all(self.is_plain_word(t) for t in toks[:-1])
        ):
            # ("Progressive Savings and Loan Association", "Home Savings Association", "Bayside Federal
            # Credit Union", "Fenwick Building Society": a lender, a company)
            thrift = (toks[-2].text, last) in _LENDER_ENDINGS
            self.emit(toks, self.key(toks), "company" if thrift else "organization", "organization word")
            return
        if len(toks) >= 3 and last in w.head:
            for k in range(len(toks) - 2, 0, -1):  # "Victor Amara of Hollis Brandt Research"
                if toks[k].gap.strip() == "of" and self.person_before_of(toks[:k]):
                    toks = [_Tok(toks[k].start, toks[k].end, toks[k].text), *toks[k + 1 :]]
                    break
        if (
            len(toks) >= 2
            and last.endswith(_POSSESSIVE_TAIL)
            and last[:-2] in w.head
            and not self.names_longer(f"{self.key(toks[:-1])} {last[:-2]}")  # (then the linker reads it)
            and not toks[0].text.endswith("ing")  # "Aiding Royal Trust's growth": a verb opens the run
        ):
            # "Saltmarsh Media's publishing arm": the name is read without its possessive
            tail = toks[-1]
            toks = [*toks[:-1], _Tok(tail.start, tail.end - 2, last[:-2], tail.gap)]
            last = last[:-2]
        if (
            len(toks) >= 2
            and last in w.head
            and toks[-1].end not in self.public_before
            and not (
                self.person_cue(toks[0].start)
                # ("said Goldleaf Securities would": after a verb of saying, only a name that opens like
                # a person's, "said Gareth Mills")
                and (
                    not self.text.endswith(_SAYING, max(0, toks[0].start - 6), toks[0].start)
                    or toks[0].text in w.firstnames
                    or toks[0].text in w.surnames
                )
            )
        ):
            k = self.and_split(toks[:-1], toks[-1].end) if " and " in self.key(toks) else 0
            k = k or self.two_word_pair(toks)
            if k:  # "Lucas Aerospace and Lucas Industrial"
                left, right = toks[:k], toks[k:]
                right[0] = _Tok(right[0].start, right[0].end, right[0].text)
                if left[0].start in self.pair_left:
                    self.pair_left_name(left)
                else:
                    self.unknown_region(left)
                self.unknown_region(right)
                return
            if (
                (self.good_name(toks[:-1], weak=True) or self.demonym_name(toks[:-1]))
                # ("Israeli West Bank checkpoints")
                and not (len(toks) > 2 and is_place_name(self.key(toks[-2:])))
                and not self.unit_after_title(toks)
            ):
                self.emit(toks, self.key(toks), "company", "company word")
                return
        if len(toks) > 1:
            self.name_tails.add(toks[-1].text)
        self.leftovers.append(toks)
