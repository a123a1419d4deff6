"""Capitalized runs cut into segments, each matched against the gazetteer and legal suffixes."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ..people import is_given_name
from ..places import is_place_name
from ._base import canonical_name, is_initial, suffix_class
from ._headlines import headline_splits
from ._regexes import (
    _COMPANY_HYPHEN,
    _CORPORATE_TITLES,
    _CUE_HYPHEN,
    _DOT_OR_POSSESSIVE,
    _MAX_NAME_WORDS,
    _NAME_ORDINALS,
    _NUMBERED_SLUG,
    _PLAIN_CATEGORIES,
    _POSSESSIVE_TAIL,
    _PUBLIC_TITLES,
    _SLUG,
    _SPLIT_CATEGORIES,
)
from ._tokens import _is_sentence_start, _Tok, suffix_gap
from ._unknown import _Unknown

# words of an office's reach before a title, no company's name alone: "Worldwide Chairman & CEO", "the
# APAC CEO of X", "EMEA president"
_SCOPE_WORDS = frozenset({"Worldwide", "Global", "Regional", "APAC", "EMEA", "LATAM", "Americas"})

# a capitalized word not followed by "'s"
_BARE_WORD = regex.compile(r"\b\p{Lu}[\p{L}\p{N}&-]*+(?!['’])")


def _after_capitalized(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a capitalized word and one space ("Lyn Doughty")."""
    if start < 2 or text[start - 1] != " ":
        return False
    before = text.rfind(" ", max(0, start - 40), start - 1)  # (the word before, up to 40 characters back)
    if before < 0 and start > 40:
        return False
    return text[before + 1 : before + 2].isupper()


# a unit noun after a name: "Acme's Beta Inc unit"
_UNIT_AFTER = regex.compile(
    r"\.?[ \t]{1,3}(?:unit|subsidiary|division|affiliate|arm|subsidiaries|units)\b", regex.I
)



def _is_acronym(word: str) -> bool:
    """Whether ``word`` is three capitals or more and no legal form ("NBD", not "AG" nor "PLC")."""
    return len(word) >= 3 and word.isupper() and word.isalpha() and suffix_class(word) is None


class _Segments(_Unknown):
    """Matches the segments of each capitalized run."""

    __slots__ = ()  # (the state is _Base's)

    def segments(self, run: list[_Tok]) -> Iterable[list[_Tok]]:
        """Split a run at titles, months, possessives, hyphen cues and dotted suffixes."""
        seg: list[_Tok] = []
        category_of = self.category_of
        splits = headline_splits()  # a headline's verbs and prepositions
        max_words = _MAX_NAME_WORDS
        tokens = enumerate(run)
        for k, tok in tokens:
            word = tok.text
            if word in splits and (n := self.headline_break(run, k)):
                # "Acme Corp Buys Beta Inc": a headline's verb ends the name before it
                if seg:
                    self.headline_cut.add(seg[-1].end)
                    yield seg
                    seg = []
                if n == 2:
                    next(tokens, None)  # the verb after "To", the preposition after a noun
                if k + n < len(run):
                    self.headline_cut.add(run[k + n].start)
                continue
            cat = category_of.get(word)
            # (a word ending in "'s", or in "." with no category: else category() returns just cat)
            # (the last character first: str.endswith() parses its arguments at every call)
            if word[-1] in ".s" and word.endswith(_DOT_OR_POSSESSIVE) and not (cat and word[-1] == "."):
                cat = self.category(word)
            if (
                seg
                # (the tests on the word before first: most words end in neither a dot nor "'s")
                and seg[-1].text[-1] in ".s"
                and seg[-1].text.endswith(_DOT_OR_POSSESSIVE)
                and (
                    (seg[-1].text.endswith(".") and suffix_class(seg[-1].text))
                    # "Form 10-K. Verdantis undertakes": a code ends its sentence, it is no initial
                    or (seg[-1].text.endswith(".") and any(c.isdigit() for c in seg[-1].text))
                    or (
                        seg[-1].text.endswith(_POSSESSIVE_TAIL)
                        and self.gaz.lookup(self.key(seg)) is None
                        and not self.possessive_name(seg, run, k)
                    )
                )
                and not suffix_class(word)
            ):
                yield seg
                seg = []
            hyphen = "-" in word
            if hyphen and (_CUE_HYPHEN.ascii_search if self.ascii else _CUE_HYPHEN.search)(word):
                # "Harwood Lane-backed Y": the name words right before the hyphened word open its name
                named_before = (
                    seg
                    if seg
                    and tok.gap == " "
                    and all(self.category(t.text) is None for t in seg)
                    and (_COMPANY_HYPHEN.ascii_search if self.ascii else _COMPANY_HYPHEN.search)(word)
                    else []
                )
                if seg and not named_before:
                    yield seg
                seg = []
                self.hyphen_cue(tok, named_before)
                continue
            if cat == "currency" and seg and tok.gap.strip():
                yield seg  # "Mitsuru Kagaku for Rs 96 crore": the amount is not part of the name
                seg = []
                if k + 1 == len(run) or run[k + 1].gap.strip():
                    continue  # ("Shares of Rand Freightways Inc": the currency's word opens a name)
            if cat in _SPLIT_CATEGORIES and (seg or cat != "period"):
                # ("Arden Logistics Q3 highlights": a period's code ends the name; "Q2 Holdings" opens one)
                if cat == "title":
                    self.title_ends(tok.end)
                if seg:
                    scope = len(seg) == 1 and seg[0].text in _SCOPE_WORDS  # ("Worldwide Chairman")
                    if word in _CORPORATE_TITLES and not self.is_plain_word(seg[-1]) and not scope:
                        self.title_before.add(seg[-1].end)
                    elif word in _PUBLIC_TITLES:
                        self.public_before.add(seg[-1].end)
                    yield seg
                    seg = []
                continue
            if hyphen and not seg and word[0].isdigit() and _NUMBERED_SLUG.match(word):
                before = self.text[self.text.rfind("\n", 0, tok.start) + 1 : tok.start].strip()
                if before.isupper() and before.isalpha():
                    # "UPDATE 2-Merrow Foods agrees ...": a numbered wire slug opens the headline
                    cut = word.index("-") + 1
                    tok = _Tok(tok.start + cut, tok.end, word[cut:])
            if hyphen and not seg and word[:3] in ("Ex-", "ex-") and word[3:4].isupper():
                tok = _Tok(tok.start + 3, tok.end, word[3:])  # "Ex-Norvale Energy CEO P": a former officer's
            if hyphen and not seg and tok.gap == "":
                slug = (_SLUG.ascii_match if self.ascii else _SLUG.match)(word)
                line_start = self.text.rfind("\n", 0, tok.start) + 1
                if slug is not None and not self.text[line_start : tok.start].strip():
                    # "PREVIEW-Dunlevy Semiconductor results": a wire slug opens the headline
                    tok = _Tok(tok.start + slug.end(), tok.end, word[slug.end() :])
            if len(seg) >= max_words:  # no name is this long: keep the work per word bounded
                yield seg
                seg = []
            if not seg and tok.gap:  # a segment's first word has no gap (tokens are never mutated)
                tok = _Tok(tok.start, tok.end, tok.text)
            seg.append(tok)
        if seg:
            yield seg

    def possessive_name(self, seg: list[_Tok], run: list[_Tok], k: int) -> bool:
        """Whether "Scott's" opens one name with what follows, up to a legal suffix ("Scott's
        Hospitality Inc", "Heinl's Nursery Inc"): one unknown word with "'s" that the document
        never writes alone, before one to three plain capitalized words and a suffix, and no
        unit noun after it ("Acme's Beta Inc unit" is Acme's unit)."""
        if len(seg) != 1 or k >= len(run):
            return False
        stem = seg[0].text[:-2]
        if self.gaz.lookup(stem) is not None or self.category(stem) is not None:
            return False
        if k + 1 == len(run):  # "Doughty's Bakehouse": a shop's name, its owner's name and its trade
            # (its founder may be named in full: "Lyn Doughty opened it", not "Doughty" alone)
            shop = run[k].gap == " " and run[k].text in self.words.shop
            return shop and stem not in self.bare_words(alone=True)
        if stem in self.bare_words():
            return False
        for j in range(k, min(k + 4, len(run))):
            word = run[j].text
            if run[j].gap != " " or word.endswith(_DOT_OR_POSSESSIVE[1:]) or self.category(word) is not None:
                return False
            if suffix_class(word) == "strong" and j > k:
                return _UNIT_AFTER.match(self.text, run[j].end) is None
        return False

    def bare_words(self, alone: bool = False) -> frozenset[str]:
        """The capitalized words the document writes without "'s" (one pass, made on first use);
        ``alone``: only those not written after another capitalized word (a surname after its
        given name is not written alone)."""
        if self.bare is None:
            self.bare = frozenset(_BARE_WORD.findall(self.text))
        if not alone:
            return self.bare
        if self.bare_alone is None:
            text = self.text
            self.bare_alone = frozenset(
                m.group() for m in _BARE_WORD.finditer(text) if not _after_capitalized(text, m.start())
            )
        return self.bare_alone

    def hyphen_cue(self, tok: _Tok, before: list[_Tok] | None = None) -> None:
        """ "Tencent-owned": the part before the hyphen may be a company, with the name words
        ``before`` it ("Harwood Lane-backed": "Harwood Lane")."""
        word = tok.text
        cut = word.rfind("-")
        head = word[:cut]
        if (_COMPANY_HYPHEN.ascii_search if self.ascii else _COMPANY_HYPHEN.search)(word) and head:
            sub = _Tok(tok.start, tok.start + cut, head, tok.gap)
            if before:
                whole = [*before, sub]
                entry = self.gaz.lookup(self.key(whole))
                if entry is not None:
                    self.emit(whole, entry.name, entry.kind, "gazetteer", entry.owner, entry)
                elif len(whole) == 2 and is_given_name(before[0].text, ordinary_words=False):
                    self.persons.update(t.text for t in whole)  # "Rakesh Varma-backed": a person backs it
                else:
                    self.leftovers.append(whole)
                    self.cued.add(before[0].start)
                return
            entry = self.gaz.lookup(head)
            if entry is not None:
                self.emit([sub], entry.name, entry.kind, "gazetteer", entry.owner, entry)
            elif (
                self.category(head) is None
                and head not in self.words.firstnames
                and not (_is_sentence_start(self.text, tok.start) and self.written_lowercase(head))
            ):  # "Family-owned pump maker ...": an ordinary word opening the sentence
                self.leftovers.append([sub])
                self.cued.add(sub.start)

    def match_segment(self, seg: list[_Tok]) -> None:
        n = len(seg)
        if n == 1:
            self.match_word(seg)
            return
        first = seg[0].text
        w = self.words
        key = self.text[seg[0].start : seg[-1].end]  # self.key(seg), read in place
        if not key.isprintable() or "  " in key:
            key = " ".join(key.split())
        category = w.non_company.get(
            key.removesuffix("'s").removesuffix("’s") if key[-1] == "s" else key
        )
        if category is not None:
            if category == "exchange":
                self.exchange(seg)
            return  # "North Sea", "New York", "Wall Street"
        if (
            n >= 3
            and suffix_class(seg[-1].text)
            and self.text.endswith(("the ", "an ", "a "), 0, seg[0].start)
            and self.category(first) == "demonym"
            and not any(t.text in w.generic or t.text in w.head or self.category(t.text) for t in seg[1:-1])
            and self.gaz_match(seg, 0, n) is None
        ):
            # "had taken over the Austrian Kleinmotoren Steyr GmbH": the country of a company the article
            # introduces is no word of its name (a name the gazetteer knows keeps it, "the American Express
            # Co", and one of common business words: "the Japanese Steel Works Ltd")
            self.match_segment(seg[1:])
            return
        # (a gap reading "and" leaves " and " in the key, which collapsed its whitespace)
        if " and " in key and any(t.gap.strip() == "and" for t in seg[1:]):
            for k in range(1, n):  # "Li Yanchuan and Wang Gao"
                if seg[k].gap.strip() == "and" and (self.is_person(seg[:k]) or self.is_person(seg[k:])):
                    right = [_Tok(seg[k].start, seg[k].end, seg[k].text), *seg[k + 1 :]]
                    self.match_segment(seg[:k])
                    self.match_segment(right)
                    return
        if self.after_title and self.title_end_before(seg[0].start):
            hit = self.gaz_match(seg, 0, n)
            if (hit is None or (hit[1].ambiguous and hit[0] < n)) and not any(
                suffix_class(t.text) for t in seg
            ):
                # ("Analyst Mike Wu of Brightline Research": the firm after "of" ends in a company word)
                firm_after = seg[-1].text in w.head or seg[-1].text in w.org_head
                parts = ("and", "of") if firm_after else ("and",)
                cut = next((k for k in range(1, n) if seg[k].gap.strip() in parts), n)
                self.persons.update(t.text for t in seg[:cut])
                if cut < n:  # "President Reagan and Treasury Secretary Baker"
                    self.match_segment([_Tok(seg[cut].start, seg[cut].end, seg[cut].text), *seg[cut + 1 :]])
                return
        if (
            # (self.category(first), read directly where there is no dot or "'s" to drop)
            (self.category(first) if first[-1] in ".s" else self.category_of.get(first))
            == "person_title"
            or first in w.firstnames
            or first in w.surnames
            or (n >= 3 and is_initial(first) and seg[1].text in w.firstnames)  # "T. Hugh Ford"
        ):
            # "Mr. Reynolds", "John Harris", "Wang Gao": a person, unless the whole
            # sequence is a known name ("John Deere") or ends in a legal suffix
            hit = self.gaz_match(seg, 0, n)
            if (
                (hit is None or hit[0] < n)
                and (self.category(first) == "person_title" or self.is_person(seg))
                and not any(suffix_class(t.text) for t in seg[1:])
                and not self.firm_role_after(seg[-1].end)  # "Hollis Brandt analyst Ann Lee": a firm
            ):
                self.persons.update(t.text.removesuffix("'s").removesuffix("’s") for t in seg)
                return
        i = 0
        region_start = 0
        firsts = self.gaz_firsts
        while i < n:
            word = seg[i].text
            if word not in firsts and not (
                (word.isupper() and word.casefold() in firsts)
                # (a word ending in "s" but no "'s" is itself: not in firsts, as just found)
                or (word[-1] == "s" and word.removesuffix("'s").removesuffix("’s") in firsts)
            ):
                i += 1  # no name starts here: gaz_match() would return None at once
                continue
            hit = self.gaz_match(seg, i, n, True)
            if hit is None:
                i += 1
                continue
            j, entry = hit
            if i > region_start and (opens := self.place_before_generic(seg, region_start, i, j)) >= 0:
                # "the South African Reserve Bank": a demonym or a place before a known name of generic
                # words names another organization ("Reserve Bank" is one country's)
                toks = seg[opens:j]
                toks[0] = _Tok(toks[0].start, toks[0].end, toks[0].text)
                self.emit(toks, self.key(toks), "organization", "place + generic name")
                i = region_start = j
                continue
            if self.generic_of_place(seg, i, j):
                # "the Reserve Bank of Ostravia": a known name of generic words ("Reserve Bank") opens
                # a longer "X of Y" name, which the rules of unknown names read
                self.unknown_region(seg[region_start:] if region_start else seg)
                return
            j2, extended = self.extend_known(seg, j, entry.kind == "company")
            if (
                not extended
                and j2 == j < n
                and i == region_start
                and entry.kind == "company"
                and self.unit_name(seg[i:], j - i)
            ):
                j2, extended = n, True  # "its consumer lending unit, Sears Credit,": the unit's name
            if (
                entry.ambiguous
                and not extended
                and (
                    (j2 == j and j < n)  # "Coastal Fisheries Authority": an ordinary word starting a name
                    or i > region_start  # "Alastair Moore": the end of a longer name
                    or self.after_the(seg[i].start)  # "the Target Company", '(the "Target Company")'
                )
            ):
                i += 1
                continue
            j = j2
            if (
                i > region_start
                and seg[i - 1].text in _NAME_ORDINALS
                and seg[i].gap == " "
                and self.ends_in_company_word(seg[j - 1].text)
            ):
                # "First Meridian Bancorp": the ordinal opens a name of its own, not Meridian Bancorp
                i -= 1
                if i > region_start:
                    self.unknown_region(seg[region_start:i])
                toks = [_Tok(seg[i].start, seg[i].end, seg[i].text), *seg[i + 1 : j]]
                self.emit(toks, canonical_name(self.key(toks)), "company", "ordinal + known name")
                i = region_start = j
                continue
            if i > region_start and self.opens_known_name(seg, region_start, i, j, extended):
                # "Blue Sky Acquisition Corp", "Desert Sands Corp": name words before a known name
                # that ends in a legal suffix are the start of one longer name
                toks = seg[region_start:j]
                self.emit(toks, canonical_name(self.key(toks)), "company", "name words + known name")
                i = region_start = j
                continue
            if i > region_start:
                self.unknown_region(seg[region_start:i])
            toks = seg[i:j]
            if extended:
                # "Mitsubishi Heavy Industries Ltd", "Tata Iron and Steel Co": a longer name
                name = canonical_name(self.key(toks))
                self.emit(toks, name, "company", "known name + company words")
                self.confirmed.add(entry.name)
            else:
                lead = toks[0]
                tentative = (
                    entry.ambiguous
                    and j - i == 1
                    and (
                        _is_sentence_start(self.text, lead.start)
                        or self.category(lead.text) is not None
                        or self.text[lead.end : lead.end + 1] == "\n"  # "Full-Year Outlook": a heading's end
                    )
                    and not lead.text.endswith(_POSSESSIVE_TAIL)
                )
                self.emit(toks, entry.name, entry.kind, "gazetteer", entry.owner, entry, tentative)
            i = region_start = j
        if region_start < n:
            self.unknown_region(seg[region_start:] if region_start else seg)

    def generic_of_place(self, seg: list[_Tok], i: int, j: int) -> bool:
        """Whether the known name ``seg[i:j]`` is all generic or organization words ending in a head
        word ("Reserve Bank", "Central Bank") and "of" and a name that is no ordinary word follow it."""
        if j >= len(seg) or j - i < 2 or seg[j].gap.strip() not in ("of", "of the"):
            return False
        return self.generic_known(seg, i, j) and self.category(seg[j].text) in (None, "place", "country")

    def place_before_generic(self, seg: list[_Tok], start: int, i: int, j: int) -> int:
        """Where a place's name or demonym opens ``seg[start:i]``, right before the known generic name
        ``seg[i:j]`` ("The South African | Reserve Bank"), after a plain word ("The"); else -1."""
        if j - i < 2 or not self.generic_known(seg, i, j) or any(t.gap != " " for t in seg[start + 1 : j]):
            return -1
        opens = start
        while opens < i and self.category(seg[opens].text) == "common":
            opens += 1
        if opens == i:
            return -1
        words = seg[opens:i]
        if self.category(words[-1].text) != "demonym" and not is_place_name(self.key(words)):
            return -1
        return opens

    def generic_known(self, seg: list[_Tok], i: int, j: int) -> bool:
        """Whether the known name ``seg[i:j]`` is all generic or organization words ending in a head
        word ("Reserve Bank", "Central Bank"): a description that many countries' bodies share."""
        w = self.words
        if seg[j - 1].text not in w.head and seg[j - 1].text not in w.org_head:
            return False
        return all(
            t.text in w.generic or t.text in w.org_head or t.text in w.org_prefix or t.text in w.head
            for t in seg[i:j]
        )

    def suffixed_pair(self, seg: list[_Tok]) -> bool:
        """match_segment() for a name and a legal suffix one space apart ("Cyclops Corp"), where no
        word has a hyphen, a dot or an "'s" to read (the caller's test), its steps read in a
        row: whether it read them (else nothing was done and another rule may apply)."""
        first, second = seg
        a, b = first.text, second.text
        cls = suffix_class(b)
        if cls is None or second.gap != " " or first.gap:
            return False
        key = self.text[first.start : second.end]  # a, a space, b
        w = self.words
        category_of = self.category_of
        firsts = self.gaz_firsts
        cat = category_of.get(a)
        if (
            not key.isprintable()
            or w.non_company.get(key) is not None  # a place, an exchange ("North Sea", "New York")
            or (self.after_title and self.title_end_before(first.start))  # a person after a title
            or cat in _PLAIN_CATEGORIES  # (a person's title included) an ordinary first word
            or a in w.firstnames
            or a in w.surnames  # "John Harris", "Wang Gao": maybe a person
            or a in firsts
            or b in firsts
            or (a.isupper() and (b.isupper() or a.casefold() in firsts))  # a known name, capitals
            or (b.isupper() and b.casefold() in firsts)
            or not self.good_name([first], cls == "weak")
        ):
            return False
        # unknown_region() of the two words: the suffix ends the name of the first
        self.suffixed_name([first, second], key)
        return True

    def match_word(self, seg: list[_Tok]) -> None:
        """match_segment() for a segment of one word, its steps for one word read in a row.

        (Two words or more may make a person, a pair, a longer known name: not one.)
        """
        tok = seg[0]
        word = tok.text
        if self.words.non_company.get(word.removesuffix("'s").removesuffix("’s")) == "exchange":
            self.exchange(seg)
            return
        if self.after_title and self.title_end_before(tok.start):
            hit = self.gaz_match(seg, 0, 1)
            if hit is None and not suffix_class(word):
                self.persons.add(word)  # "Chief Executive Holt": the person
                return
        else:
            hit = None
            firsts = self.gaz_firsts
            if (
                word in firsts
                or (word.isupper() and word.casefold() in firsts)
                # (a word ending in "s" but no "'s" is itself: not in firsts, as just found)
                or (word[-1] == "s" and word.removesuffix("'s").removesuffix("’s") in firsts)
            ):
                hit = self.gaz_match(seg, 0, 1, True)
        if hit is None:
            self.unknown_region(seg)
            return
        entry = hit[1]
        if entry.ambiguous and self.after_the(tok.start):
            self.unknown_region(seg)  # "the Target Company": an ordinary word
            return
        tentative = (
            entry.ambiguous
            and (
                _is_sentence_start(self.text, tok.start)
                or self.category(word) is not None
                or self.text[tok.end : tok.end + 1] == "\n"  # "[Slide 4] Outlook": a heading's end
            )
            and not word.endswith(_POSSESSIVE_TAIL)
        )
        self.emit([tok], entry.name, entry.kind, "gazetteer", entry.owner, entry, tentative)

    def opens_known_name(self, seg: list[_Tok], start: int, i: int, j: int, extended: bool = False) -> bool:
        """Whether ``seg[start:i]``, right before the known name ``seg[i:j]``, begins one longer
        name with it: the name ends in a legal suffix (or, ``extended``, company words read after the
        known name: "Ardent Vale Capital"), and the words before it are plain name words (no
        category: no common word, place, demonym, title or given name) one space apart."""
        last = seg[j - 1].text
        if i - start > 3:
            return False
        if suffix_class(last) is None:
            # (one word of letters, not opening its sentence: "Final Shell Transport" in a table is none)
            first = seg[start]
            if not (extended and last in self.words.head and i - start == 1 and first.text.isalpha()):
                return False
            if _is_sentence_start(self.text, first.start):
                return False
        firstnames = self.words.firstnames
        spaced = all(t.gap == " " for t in seg[start + 1 : i + 1])
        return spaced and all(
            self.category(t.text) is None
            and t.text not in firstnames
            and not t.text.endswith(_POSSESSIVE_TAIL)
            for t in seg[start:i]
        )

    def _ambiguous_head(self, seg: list[_Tok], end: int, n: int) -> bool:
        """Whether the known name at ``seg[end]`` is one ordinary word that also ends company names
        ("Line" of "Maersk Line"): a word of the name before it, not a name of its own."""
        hit = self.gaz_match(seg, end, n)
        return hit is not None and hit[0] == end + 1 and hit[1].ambiguous and seg[end].text in self.words.head

    def extend_known(self, seg: list[_Tok], j: int, known_company: bool = True) -> tuple[int, bool]:
        """How far a known name reaches: its legal suffixes, or company words and a suffix."""
        n = len(seg)
        k = j
        while k < n and suffix_class(seg[k].text) and suffix_gap(seg[k]):
            k += 1
        if (
            k == j
            and k + 1 < n
            and seg[k].gap.strip() == "and"
            and seg[k].text in self.words.head
            and suffix_class(seg[k + 1].text) == "strong"
        ):
            end = k + 1
            while end < n and suffix_class(seg[end].text):
                end += 1
            return end, True  # "Minnesota Mining and Mfg Co": a trade word and a suffix after "and"
        if k > j or k == n or seg[k].gap.strip() in (",", "and", "&"):
            return k, False
        head = self.words.head
        end = k
        all_head = True
        while (
            end < n
            and seg[end].gap.strip() in ("", "of", "and", "&")
            and (self.gaz_match(seg, end, n) is None or self._ambiguous_head(seg, end, n))
        ):
            word = seg[end].text
            if end > k and seg[end].gap.strip() == "and" and _is_acronym(seg[end - 1].text):
                # "Emirates NBD and First Gulf Bank": an acronym closes the first name
                return end, True
            if all_head and end > k and seg[end].gap.strip() == "and" and word not in head:
                # "Kansai Electric Power and Kansai Airport": two names ("Progressive Savings and Loan
                # Association": a trade pair, one name)
                return end, True
            pair = end > k and seg[end].gap.strip() == "and"
            if pair and self.plural_pair(seg[:end], seg[end:], seg[-1].end):
                return end, True  # "Quanta Grid and Elvor Energy have formed ...": two firms, a plural verb
            if suffix_class(word) == "strong" and end > k:
                while end < n and suffix_class(seg[end].text):
                    end += 1
                return end, True  # "Tata Iron and Steel Co"
            if self.is_plain_word(seg[end]) and not self._ambiguous_head(seg, end, n):
                return k, False
            all_head = all_head and word in head
            end += 1
        if end > k and (all_head or seg[end - 1].text in head) and seg[end - 1].gap.strip() == "":
            return end, True  # "Mitsubishi Heavy Industries", "First Union Real Estate Investments"
        if (
            end > k + 1
            and suffix_class(seg[end - 1].text) == "weak"
            and all(seg[x].text in head for x in range(k, end - 1))
        ):
            return end, True  # "Iberia Telecom Group": trade words and a weak form ("Group", "Holdings")
        if end == k + 1 and seg[k].gap == " " and self.category(seg[k].text) == "country" and known_company:
            return end, True  # "Shell Canada", "Texaco Canada": a national subsidiary
        return k, False
