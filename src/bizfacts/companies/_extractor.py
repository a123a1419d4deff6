"""One document's pass, from capitalized runs to company mentions."""

from __future__ import annotations

import itertools
import operator
import re

import regex

from .._spans import CompanyMention
from ..places import is_place_name
from ._base import canonical_name, suffix_class
from ._headlines import headline_splits, segment_categories
from ._linking import _Linking
from ._lowercase import LowercaseWords
from ._made import _new as _new_mention
from ._made import (
    _set_end,
    _set_exchange,
    _set_kind,
    _set_name,
    _set_owner,
    _set_rule,
    _set_start,
    _set_text,
    _set_ticker,
)
from ._naming import _names_as_written, former_names
from ._regexes import (
    _AFTER_COPULA,
    _AFTER_LISTING,
    _AFTER_TICKER,
    _AFTER_USER_COUNT,
    _DOT_OR_POSSESSIVE,
    _LOOKAHEAD,
    _MAX_NAME_WORDS,
    _PLAIN_CATEGORIES,
    _POSSESSIVE_TAIL,
    _SPLIT_CATEGORIES,
    _Pattern,
)
from ._segments import _Segments
from ._sites import _Sites
from ._tokens import _Found, _Tok, _tokens

# "Dallas-based ": a cue word that no name in front of a parenthesized place includes
_HYPHEN_CUE_WORD = regex.compile(r"\S*-(?:based|owned|controlled|headquartered|listed)[ ]")
# a place in parentheses and the words up to a legal suffix after a name
_PAREN_PLACE = _Pattern(
    r"(?<![\p{L}&.-])(?P<head>\p{Lu}[\p{L}&.-]*(?:[ ]\p{Lu}[\p{L}&.-]*){0,3})"
    r"[ ]\((?P<place>\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,2})\)"
    r"(?P<tail>(?:[ ]\p{Lu}[\p{L}&.-]*){1,4})(?![\p{L}])"
)


# a lowercase word opening a text, a line or a sentence, before a verb a company's description or
# user count follows: a brand written in lowercase ("lumio has more than 20 million users")
# (the stdlib engine, the opening consumed rather than looked behind and its first character a
# class, so the scan fails fast at most positions: the brand in group 1; the text's start apart)
_BRAND_AFTER = r"([a-z][a-z0-9]{2,19})(?=[ \t]+(?:is|was|has|had|now|counts|boasts)[ \t])"
_LOWERCASE_OPENING = re.compile(r"[.!?\n](?:(?<=\n)[ \t]{0,3}|[\"”’)]?[ \t]{1,3})" + _BRAND_AFTER)
_LOWERCASE_AT_START = re.compile(r"[ \t]{0,3}" + _BRAND_AFTER)
# lowercase words that open a sloppy sentence, no brand ("this is a startup", "which has 2 million users")
_NO_BRAND = frozenset({"this", "that", "there", "here", "which", "who", "what", "each", "one", "all", "she"})


_START, _END = operator.attrgetter("start"), operator.attrgetter("end")
# the categories at which segments() cuts a run (a currency after a gap, and only there)
_CUTTING_CATEGORIES = _SPLIT_CATEGORIES | {"currency"}
_HEAD_WORDS = 4  # the words of _PAREN_PLACE's head: one and {0,3} more
# what follows the head in _PAREN_PLACE, from its " ("
_PAREN_PLACE_REST = _Pattern(
    r"[ ]\((?:\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,2})\)(?:(?:[ ]\p{Lu}[\p{L}&.-]*){1,4})(?![\p{L}])"
)


def _paren_places(text: str) -> list[regex.Match[str] | re.Match[str]]:
    """The matches of ``_PAREN_PLACE.finditer(text)``, tried only before each " (".

    A match's head is one to four words of letters, "&", "." and "-" joined by single
    spaces right before its " (", so it can start only at one of the (at most four) words
    before a " (": those are tried from the left, as the scan would reach them, where the
    rest of the pattern matches from the " (" (most brackets hold no capitalized place).

    >>> [m.group() for m in _paren_places("buy Borg-Warner (Australia) Ltd now")]
    ['Borg-Warner (Australia) Ltd']
    """
    found: list[regex.Match[str] | re.Match[str]] = []
    last_end = 0  # the scan goes on where its last match ended
    if text.isascii():  # the stdlib twins find the same, faster
        match, rest = _PAREN_PLACE.ascii_match, _PAREN_PLACE_REST.ascii_match
    else:
        match, rest = _PAREN_PLACE.match, _PAREN_PLACE_REST.match
    i = text.find(" (")
    while i >= 0:
        if not text[i + 2 : i + 3].isupper() or rest(text, i) is None:
            i = text.find(" (", i + 2)
            continue
        starts: list[int] = []  # the words before i, from the right
        k = i
        while len(starts) < _HEAD_WORDS:
            j = k
            while j > 0 and ((c := text[j - 1]).isalpha() or c in "&.-"):
                j -= 1
            if j == k:
                break  # no word here
            starts.append(j)
            if j < 2 or text[j - 1] != " " or not ((c := text[j - 2]).isalpha() or c in "&.-"):
                break  # the words before are not joined by one space
            k = j - 1
        for start in reversed(starts):
            if start >= last_end and (m := match(text, start)) is not None:
                found.append(m)
                last_end = m.end()
                break
        i = text.find(" (", i + 2)
    return found


# the words a filing capitalizes after a company's short name as a defined term ("the Pennard Shares")
_DEFINED_TAILS = frozenset({"Shares", "Shareholders", "Directors"})


class _Extractor(_Segments, _Linking, _Sites):
    """One document's pass: every rule, then linking, then the mentions."""

    __slots__ = ()  # (the state is _Base's)

    def run(self) -> list[CompanyMention]:
        occupied = self.domains_and_brackets()
        category_of = self.category_of
        firsts, gaz_surface = self.gaz_firsts, self.gaz_surface
        lowercase = LowercaseWords(self.text)  # one scan, for the words below and the review's cues
        self.cue_words = lowercase.cues
        common, dropped, non_company = self.words.common, self.words.dropped, self.words.non_company
        text, leftovers = self.text, self.leftovers
        add_leftover, match_segment, match_word = leftovers.append, self.match_segment, self.match_word
        suffixed_pair, lookup_folded = self.suffixed_pair, self.gaz.lookup_folded
        after_title = self.after_title  # (where the words after job titles start: only added to)
        segment_words = segment_categories()  # a category's words and a headline's verbs
        splits = headline_splits()  # the words where segments() reads a headline's break
        for run in _tokens(text, occupied, common, dropped, self.caps, lowercase.lower_suffix):
            if len(run) == 2 and run[1].text in _DEFINED_TAILS and run[1].gap == " ":
                run = run[:1]  # "Pennard Shares", "Pennard Directors": a filing's terms of the company named
            if len(run) == 1:
                # One word, most runs: segments() would yield it as it is, drop it (a month,
                # a weekday) or note a title, unless a hyphen, a dot or an "'s" is to be read.
                tok = run[0]
                word = tok.text
                # (the last character first: str.endswith() parses its arguments at every
                # call, and most words end in neither a dot nor an "s")
                if "-" not in word and not (word[-1] in ".s" and word.endswith(_DOT_OR_POSSESSIVE)):
                    cat = category_of.get(word)
                    if cat in _SPLIT_CATEGORIES:
                        if cat == "title":
                            self.title_ends(tok.end)
                    elif word in firsts:
                        if (
                            gaz_surface.get(word) is None
                            and not word.isupper()
                            and tok.start not in after_title
                        ):
                            # what match_word() would do where a longer known name starts with
                            # the word and none is the word alone (gaz_match() finds none): an
                            # exchange is one, a plain or listed word nothing, another word a
                            # leftover (unknown_region() and lone_word() of one word, then
                            # keep_unknown())
                            if word in non_company:
                                if non_company[word] == "exchange":
                                    self.exchange(run)
                            elif cat not in _PLAIN_CATEGORIES:
                                end = tok.end
                                if "\n" not in text[end : end + 3]:
                                    add_leftover(run)
                                else:
                                    self.keep_unknown(run)
                        else:
                            match_word(run)  # a known name may start here, or a person's
                    elif word.isupper() and word.casefold() in firsts:
                        if (
                            gaz_surface.get(word) is None
                            and (len(word) < 4 or (known := lookup_folded(word)) is None or known.ambiguous)
                            and tok.start not in after_title
                        ):
                            # the same for a word in capitals that no known name is, as written
                            # or case-folded, where one starts with it ("WASHINGTON", a
                            # dateline's place)
                            if word in non_company:
                                if non_company[word] == "exchange":
                                    self.exchange(run)
                            elif cat not in _PLAIN_CATEGORIES:
                                self.keep_unknown(run)
                        else:
                            match_word(run)
                    elif tok.start in after_title:
                        match_word(run)  # a person's name, maybe
                    elif cat is None:
                        # what match_segment() would do: no name starts here (a word in
                        # capitals included), and unknown_region() keeps the word for
                        # linking and context cues (keep_unknown(), which reads a heading
                        # only where a line break follows closely)
                        end = tok.end
                        if "\n" not in text[end : end + 3]:  # (a slice: no argument parsing)
                            add_leftover(run)
                        else:
                            self.keep_unknown(run)
                    elif cat == "exchange" or (
                        cat == "common" and word.isupper() and non_company.get(word) == "exchange"
                    ):
                        match_word(run)  # "Nasdaq": an organization on its own
                    # else a place, a currency, a common word ... on its own: nothing to read
                    continue
                if "-" not in word and word not in splits:
                    # a dot or an "'s" to read, no headline's break: segments() would yield the
                    # word as it is unless its category (as it reads it) splits runs
                    cat = category_of.get(word)
                    if not (cat and word[-1] == "."):
                        cat = self.category(word)  # (without the "'s", or the dots: "Calif.")
                    if cat in _SPLIT_CATEGORIES:
                        if cat == "title":
                            self.title_ends(tok.end)
                    else:
                        match_word(run)
                    continue
            elif len(run) <= _MAX_NAME_WORDS and not run[0].gap:
                # several words: one segment, as segments() would yield it, where no word has a
                # hyphen or an "'s" to read (nor a dot after which a segment may end), nor is a
                # headline's break or of a category that cuts a run (a title, a month, a
                # weekday, a currency)
                plain = True  # no word of a category: the pair's shortcut applies
                for tok in run:
                    word = tok.text
                    if "-" in word:
                        break
                    if word[-1] in ".s" and word.endswith(_DOT_OR_POSSESSIVE):
                        # a dot ("U.S.", "Sen."): the segment goes on past the word where it is
                        # no legal form and holds no digit, opens no headline's break and its
                        # category, as segments() reads it (the dots dropped), cuts nothing
                        if (
                            word[-1] != "."
                            or word in splits
                            or not word.replace(".", "").isalpha()
                            or suffix_class(word)
                            or (category_of.get(word) or self.category(word)) in _CUTTING_CATEGORIES
                        ):
                            break
                        plain = False
                        continue
                    if word in segment_words:
                        if word in splits or category_of.get(word) in _CUTTING_CATEGORIES:
                            break
                        plain = False  # ("New York Times": a place's word, read as segments() would)
                else:
                    if not plain or len(run) != 2 or not suffixed_pair(run):  # ("Cyclops Corp": at once)
                        match_segment(run)
                    continue
            for segment in self.segments(run):
                match_segment(segment)
        if " (" in self.text:
            self.place_in_parentheses()
        if not self.text.isascii():
            self.cjk_names()
        if _LOWERCASE_AT_START.match(text) is not None or _LOWERCASE_OPENING.search(text) is not None:
            self.lowercase_names()
        self.link_document()
        self.short_forms()
        self.attach_codes()
        return self.finish()

    def lowercase_names(self) -> None:
        """A brand written in lowercase that opens a sentence (no capital there, so no run of
        capitalized words holds it), a company's description or user count after its verb:
        "lumio is a Berlin-based fitness app", "lumio has more than 20 million registered users"."""
        text, common = self.text, self.words.common
        first = _LOWERCASE_AT_START.match(text)
        for m in itertools.chain((first,) if first is not None else (), _LOWERCASE_OPENING.finditer(text)):
            word, end = m.group(1), m.end(1)
            if word in _NO_BRAND or word.capitalize() in common:
                continue
            if _AFTER_COPULA.match(text, end, end + _LOOKAHEAD) or _AFTER_USER_COUNT.match(
                text, end, end + _LOOKAHEAD
            ):
                self.emit([_Tok(m.start(1), end, word)], word, "company", "lowercase brand")

    def attach_codes(self) -> None:
        """Tickers and listing codes written right after a name."""
        text = self.text
        # a ticker needs a "<", a listing code a "(" within reach: most texts have neither
        tickers, listings = "<" in text, "(" in text
        if not tickers and not listings:
            return
        after_ticker = _AFTER_TICKER.ascii_match if self.ascii else _AFTER_TICKER.match
        after_listing = _AFTER_LISTING.ascii_match if self.ascii else _AFTER_LISTING.match
        for f in self.found:
            # (a slice and "in": str.find() with bounds parses its arguments at every call)
            if tickers and "<" in text[f.end : f.end + _LOOKAHEAD]:
                m = after_ticker(text, f.end, f.end + _LOOKAHEAD)
                if m is not None:
                    f.ticker = m.group(1)
                    continue
            if listings and "(" in text[f.end : f.end + _LOOKAHEAD]:
                m = after_listing(text, f.end, f.end + _LOOKAHEAD)
                if m is not None:
                    f.exchange, f.ticker = m.group(1), m.group(2)

    def place_in_parentheses(self) -> None:
        """ "SHV (United Kingdom) Holding Co Ltd", "Borg-Warner (Australia) Ltd": a place in
        parentheses inside a name that a legal suffix ends a few words on is part of it."""
        for m in _paren_places(self.text):
            if suffix_class(m.group("tail").split()[-1]) is None or not is_place_name(m.group("place")):
                continue
            start = m.start("head")
            cue = _HYPHEN_CUE_WORD.search(m.group("head"))
            if cue is not None:  # "Hong Kong-based Industrial Equity (Pacific) Ltd"
                start += cue.end()
            head = self.text[start : m.start("place") - 2].split()
            if not head or all(self.category_of.get(w) is not None for w in head):
                continue  # "Shares (Canada) Ltd": no name before the place
            toks = [_Tok(start, m.end(), self.text[start : m.end()])]
            self.emit(toks, canonical_name(toks[0].text), "company", "legal suffix")

    def finish(self) -> list[CompanyMention]:
        if not self.found:
            return []  # (many texts: nothing to sort, nothing to name)
        confirmed: set[str] | None = None  # names found for sure: made for the first tentative one
        text = self.text
        keep: list[_Found] = []
        persons = self.persons
        for f in self.found:
            if (
                persons
                and f.rule == "gazetteer"
                and text[f.start : f.end].removesuffix("'s").removesuffix("’s") in persons
            ):
                continue  # "Wang said" after "Wang Gao": the person, not Wang Laboratories
            if f.tentative:
                if confirmed is None:
                    confirmed = {g.name for g in self.found if not g.tentative} | self.confirmed
                    confirmed.update(g.owner for g in self.found if g.owner and not g.tentative)
                if f.name not in confirmed and not text.startswith(
                    (" said", " says", "'s", "’s", " Inc", " Corp", " shares", " <", " ("), f.end, f.end + 12
                ):
                    continue
            keep.append(f)
        # by start, the longest first, as key=(start, -(end - start)) sorts (both sorts are
        # stable: mentions of one span keep their order), without a Python key function
        keep.sort(key=_END, reverse=True)
        keep.sort(key=_START)
        out: list[CompanyMention] = []
        last_end = -1
        for f in keep:
            if f.start < last_end or f.end <= f.start:
                continue
            surface = text[f.start : f.end]
            if suffix_class(surface) is not None:
                continue  # "Ltd" alone (its name was not read) is no company
            if surface.isupper() and self.in_dateline(f.start, f.end):
                continue  # "NEW BRUNSWICK, March 11 -": the dateline's place
            if surface[-1] == "s" and surface.endswith(_POSSESSIVE_TAIL) and self.gaz.lookup(surface) is None:
                f.end -= 2
                surface = surface[:-2]
            # mention(f.start, f.end, surface, ...), made in place: its span fits (0 <= start < end,
            # the surface read from it), so the span validator would pass
            m = _new_mention(CompanyMention)
            _set_start(m, f.start)
            _set_end(m, f.end)
            _set_text(m, surface)
            _set_name(m, f.name)
            _set_kind(m, f.kind)
            _set_owner(m, f.owner)
            _set_ticker(m, f.ticker)
            _set_exchange(m, f.exchange)
            _set_rule(m, f.rule)
            out.append(m)
            last_end = f.end
        out = _names_as_written(out)
        return former_names(text, out) if "(formerly" in text or "(previously" in text else out
