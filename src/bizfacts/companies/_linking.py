"""Linking inside one document: short forms, names in capitals and unknown stretches read by the
aliases of :mod:`._aliases`."""

from __future__ import annotations

import regex

from ..people import is_given_name
from ..places import is_place_name
from ._aliases import _Aliases
from ._base import canonical_name, suffix_class
from ._headlines import DOCUMENT_NOUNS, headline_splits, headline_verbs, title_head
from ._regexes import (
    _AFTER_COMPANY_ONLY,
    _AFTER_CORPORATE,
    _BEFORE_COMPANY_ONLY,
    _DATELINE_DATE,
    _FAMILY_AFTER,
    _FAMILY_AFTER_CAPS,
    _LINK_RULES,
    _LOOKAHEAD,
    _NATIONAL_NOUNS,
    _POSSESSIVE_TAIL,
)
from ._tokens import _Found, _is_sentence_start, _Tok

# the words that join a name's parts ("World Series of Golf", "Smith and Orvane")
_NAME_JOINERS = frozenset({"of", "and", "&", "de", "for"})


def _title_word(word: str, heads: frozenset[str]) -> str:
    """A word of a name in capitals in title case ("HEALTH" -> "Health", "O'DELL" -> "O'Dell"),
    one of three letters or less as written unless a company word ("AI", "USA"; "LAB" -> "Lab")."""
    titled = word.title().replace("’S", "’s").replace("'S", "'s")
    return titled if len(word) > 3 or titled in heads or suffix_class(titled) else word


# a continent or region that ends a regional company's name after its group's short form
# ("Quellmont Asia", "Quellmont Europe"; a town alone is the firm's office: "Quellmont Boston")
_REGION_TAILS = frozenset(
    {"Asia", "Europe", "Africa", "Americas", "Oceania", "Pacific", "Nordic", "Nordics", "Benelux"}
)


class _Linking(_Aliases):
    """Links later mentions to the names found before."""

    __slots__ = ()  # (the state is _Base's)

    def link_document(self) -> None:
        """Unknown capitalized words that name a company found elsewhere in the text.

        Two passes: names found so far (and the one-word forms of longer ones) link the
        leftovers, context cues read what is still unknown, then the names the cues
        found link the remaining leftovers ("... startup Quartzwerk said ... Quartzwerk
        was founded in 2020").
        """
        self.title_name()  # "ORVANE HEALTH — INVESTOR DAY" atop a deck that says "Orvane" after
        pending = self.leftovers
        if not pending and not self.capitals:
            return  # nothing to link
        # (read by the cues of this pass only: coordinated(), link_region())
        self.found_ending = {f.end: f for f in self.found}
        # the first pass: the forms of the mentions found so far link the stretches, a context
        # cue makes a name of one that none links
        firsts = self.alias_firsts()  # the first words of the forms (the table: where one opens)
        read = len(self.found)  # the mentions whose forms the first pass reads
        # ids of the stretches the first pass returned as they were: none of its names linked
        untouched: set[int] = set()
        rest: list[list[_Tok]] = []
        persons = self.persons
        cue_rule, context_cue, link_region = self.cue_rule, self.context_cue, self.link_region
        keep, keep_untouched = rest.append, untouched.add
        for toks in pending:
            if len(toks) == 1:
                # one word (most stretches) no name of the document starts with: what
                # link_region() does, read here (a cue may make it a name of its own)
                word = toks[0].text
                if word[-1] == "s":  # (else no "'s" to drop; str.endswith() parses its arguments)
                    word = word.removesuffix("'s").removesuffix("’s")
                if word not in firsts and not (word.isupper() and word.casefold() in firsts):
                    # (cue_rule() first, which only reads: most words have no cue at all)
                    if (
                        (persons and toks[0].text in persons)
                        or not cue_rule(toks, False)
                        or not context_cue(toks)
                    ):
                        keep(toks)
                        keep_untouched(id(toks))
                    continue
            out = link_region(toks, firsts, True)
            if len(out) == 1 and out[0] is toks:
                keep_untouched(id(toks))
            rest.extend(out)
        pending = rest
        # the second pass: the forms of the names found since link what is left (no cue is read
        # now); where it reads the very forms of the first (nothing was found), a stretch none
        # of its names linked then is not linked now either
        firsts = self.alias_firsts()
        same = read == len(self.found)
        if not (same and len(untouched) == len(pending)):  # (most often every stretch is one such)
            rest = []
            persons = self.persons
            for toks in pending:
                if same and id(toks) in untouched:
                    rest.append(toks)
                    continue
                if len(toks) == 1:
                    word = toks[0].text
                    if word[-1] == "s":  # (else no "'s" to drop; str.endswith() parses its arguments)
                        word = word.removesuffix("'s").removesuffix("’s")
                    if word not in firsts and not (word.isupper() and word.casefold() in firsts):
                        rest.append(toks)
                        continue
                rest.extend(link_region(toks, firsts, False))
            pending = rest
        # a headline in title case: "Verdantis Completes Acquisition of Parcelwise" (no form, no word
        # opening one: nothing to read)
        for toks in pending if firsts else ():
            for t in toks:
                word = t.text
                if word[-1] == "s":  # (else no "'s" to drop; str.endswith() parses its arguments)
                    word = word.removesuffix("'s").removesuffix("’s")
                if word in firsts:
                    if self.title_line(toks):
                        self.capitals.append(toks)
                    break
        # (the table and its folded first words made for the first run that is no dateline's
        # place, most runs in capitals: no mention is added before, so it is the table of now)
        aliases: dict[str, _Found] | None = None
        folded_firsts: set[str] = set()
        for toks in self.capitals:
            if not self.dateline(toks):
                if aliases is None:
                    aliases = self.aliases()
                    # the first words of the aliases, case-folded: a name in capitals starts with one
                    folded_firsts = {key.partition(" ")[0].casefold() for key in aliases}
                if aliases:  # (no form: no word of the run opens one)
                    self.link_capitals(toks, aliases, folded_firsts)

    def title_name(self) -> None:
        """A company's name in capitals that opens the document's first line alone or before a
        dash, a colon or a bar ("ORVANE HEALTH — INVESTOR DAY 2026", "ORVANE HEALTH: ANNUAL
        REPORT"), named in title case ("Orvane Health") so that the body's "Orvane" links to it.

        Its first word is no known word of any kind (a common word, a place, a title, a trade or
        given name) nor written in lowercase, the others no common word, title, place or verb of
        a headline; and its last word is a company word or a legal form ("Health", "Inc"), or
        the body writes its first word alone ("Orvane at a glance", "Orvane kiosks").
        """
        head = title_head(self.text, self.ascii)
        if not head:
            return
        start, end = head[0][0], head[-1][1]
        if any(f.start < end and f.end > start for f in self.found):
            return  # a name read already ("ORVANE HEALTH INC")
        w = self.words
        splits = headline_splits()
        words = [_title_word(word, w.head) for _, _, word in head]
        first = words[0]
        if (
            len(first) < 3
            or not first.isalpha()
            or self.category(first) is not None
            or first in w.generic
            or first in w.head
            or first in w.name_prefix
            or is_given_name(first)
            or self.written_lowercase(first)
            or any(word in splits for _, _, word in head)
            or any(word in DOCUMENT_NOUNS for word in words)  # "PRESS RELEASE", "ANNUAL REPORT"
            or any(self.category(word) is not None for word in words[1:])
        ):
            return
        named = len(words) > 1 and self.ends_in_company_word(words[-1])  # "Orvane Health"
        if not named and not self.written_alone(first, end):
            return
        toks = [_Tok(s, e, word, " " if k else "") for k, (s, e, word) in enumerate(head)]
        if self.is_person([_Tok(t.start, t.end, word, t.gap) for t, word in zip(toks, words, strict=True)]):
            return
        self.emit(toks, " ".join(words), "company", "title line")
        self.capitals = [run for run in self.capitals if run[0].start >= end]

    def written_alone(self, word: str, after: int) -> bool:
        """Does the text write ``word`` after ``after`` capitalized on its own, no capitalized word
        nor "of" or "and" next to it ("Orvane at a glance", "Orvane's kiosks"; not "Orvane Labs",
        "Greater Orvane", "Society of Orvane"), inside a sentence or twice (an ordinary word opens a
        sentence capitalized: "Quarterly sales rose")?"""
        pattern = rf"(?<![\p{{L}}\p{{N}}&.-]){regex.escape(word)}(?![\p{{L}}\p{{N}}&-]|[ ]\p{{Lu}})"
        text = self.text
        openers = 0  # the times it opens a sentence
        for m in regex.finditer(pattern, text, pos=after):
            start = m.start()
            before = text[max(0, start - 20) : start]
            last = before.split()[-1] if before.strip() else ""
            if before[-1:].isspace() and ((last[:1].isupper() and last.isalpha()) or last in _NAME_JOINERS):
                continue  # "Greater Orvane", "Society of Orvane": another name's word
            if not _is_sentence_start(text, start):
                return True
            openers += 1
            if openers > 1:
                return True
        return False

    def short_forms(self) -> None:
        """A gazetteer's short form read as the start of a full name the document gave before.

        "Marathon Foods Corp. agreed to be acquired. Marathon, based in Omaha, ...": the
        bare "Marathon" is an alias of the gazetteer's Marathon Oil, but the text named
        another Marathon in full, so the later "Marathon" is Marathon Foods.  Only where
        the short form is an alias, not the entry's own name, and the text's full name
        does not extend the entry's name: "Conoco" after "Conoco Norge" and "Shell" after
        "Shell Petroleum" stay the parents the gazetteer names.  Nothing changes where the
        text also names the gazetteer's company in full ("Marathon Oil Co") or gives two
        full names starting with the short form.
        """
        found = self.found
        text = self.text
        fulls: list[_Found] | None = None
        renames: dict[str, str] = {}
        blocked: set[str] = set()
        for f in found:
            entry = f.entry
            if f.rule != "gazetteer" or f.kind != "company" or entry is None or f.name in blocked:
                continue
            short = " ".join(text[f.start : f.end].split()).removesuffix("'s").removesuffix("’s")
            if short == entry.name or canonical_name(short) != short:
                # the entry's own name, or one in full ("Marathon Oil Co", "Marathon Corp")
                blocked.add(f.name)
                renames.pop(f.name, None)
                continue
            if fulls is None:
                fulls = [
                    g
                    for g in found
                    if g.kind == "company"
                    and not g.tentative
                    and " " in g.name
                    and g.rule not in _LINK_RULES
                    and self.category(g.name.rsplit(" ", 1)[1]) != "country"
                ]
                if not fulls:
                    return
            prefix = short + " "
            targets = {
                g.name
                for g in fulls
                if g.start < f.start and g.name.startswith(prefix) and not g.name.startswith(entry.name)
            }
            if len(targets) != 1 or renames.get(f.name, next(iter(targets))) not in targets:
                blocked.add(f.name)
                renames.pop(f.name, None)
                continue
            renames[f.name] = next(iter(targets))
        if not renames:
            return
        for f in found:
            new = renames.get(f.name)
            if new is not None and f.kind == "company":
                f.name, f.owner, f.entry, f.tentative = new, None, None, False
                if f.rule == "gazetteer":
                    f.rule = "document alias"

    def link_region(self, toks: list[_Tok], firsts: set[str], cue: bool) -> list[list[_Tok]]:
        """Link known names inside an unknown stretch; the stretches still unknown.

        Between linked names, a stretch joined by "and" ("Halloran and Stratalink")
        is read on its own: by a context cue now, by the names found later otherwise.
        """
        n = len(toks)
        if n == 1:  # one word (most stretches), no name of the document starting with it: unlinked
            word = toks[0].text
            if word[-1] == "s":  # (else no "'s" to drop; str.endswith() parses its arguments)
                word = word.removesuffix("'s").removesuffix("’s")
            if word not in firsts and not (word.isupper() and word.casefold() in firsts):
                persons = self.persons
                named = bool(persons) and toks[0].text in persons
                if cue and not named and self.context_cue(toks):
                    return []
                return [toks]
        elif n:
            # several words, none opening a form (most such stretches): what the loop below
            # does with them, told at once (no word is read for an alias, nothing links)
            for t in toks:
                word = t.text
                if word[-1] == "s":  # (else no "'s" to drop; str.endswith() parses its arguments)
                    word = word.removesuffix("'s").removesuffix("’s")
                if word in firsts or (word.isupper() and word.casefold() in firsts):
                    break
            else:
                persons = self.persons
                named = bool(persons) and any(t.text in persons for t in toks)
                if cue and not named and self.context_cue(toks):
                    return []
                return [toks]
        i = 0
        linked = False
        unread: list[tuple[int, int]] = []  # token ranges between linked names
        open_from = 0
        while i < n:
            best: tuple[int, _Found] | None = None
            word = toks[i].text.removesuffix("'s").removesuffix("’s")
            if word not in firsts and not (word.isupper() and word.casefold() in firsts):
                i += 1
                continue
            aliases = self.alias_table()  # (the forms of the pass: made where a word opens one)
            for j in range(i + 1, min(n, i + 6) + 1):
                key = self.key(toks[i:j])
                if key[-1] == "s" and key.endswith(_POSSESSIVE_TAIL):
                    key = key[:-2]
                target = aliases.get(key)
                if target is None and key.isupper() and len(key) > 3:  # "QUINCY MILLS" in a headline
                    target = aliases.get(key.casefold())
                if target is not None and key not in self.words.non_company:
                    best = (j, target)
            if (
                best is not None
                and best[0] - i == 1
                and " " in best[1].name
                and (
                    # "Anirudh Vardhan": a surname, not Vardhan Cements ("Kestrel and Orano": two names)
                    (i > 0 and toks[i].gap.strip() != "and")
                    # "Hvidsten Tankers": a longer, different name ("Hvidsten and Tai Ming" is two)
                    or (
                        best[0] < n
                        and (
                            toks[best[0]].gap.strip() != "and"
                            # "Duff and Phelps": the "and" belongs to the name
                            or best[1].name.startswith(self.key(toks[i : best[0]]) + " and ")
                        )
                    )
                    or (
                        toks[i].text.endswith(("an", "ese", "ish", "i", "ic"))
                        and _NATIONAL_NOUNS.match(self.text, toks[i].end, toks[i].end + 20)
                    )
                )
            ):
                if i == 0 and best[0] < n and (end := self.short_form_run(toks, best[0], best[1])):
                    # "KDR Plasmatech" after "KDR Halvey": the short form opens another name
                    name = canonical_name(self.key(toks[:end]))
                    self.emit(toks[:end], name, "company", "short form + words")
                    self.found_ending[self.found[-1].end] = self.found[-1]
                    linked = True
                    i = open_from = end
                    continue
                best = None
            if (
                best is not None
                and i == 0
                and best[0] == 1 < n
                and toks[1].gap == " "
                and " " not in best[1].name
                and " " in self.text[best[1].start : best[1].end]
                and (end := self.short_form_run(toks, 1, best[1]))
            ):
                # "Meranti Logistics" after "Meranti Group" (named "Meranti"): another company
                self.emit(toks[:end], canonical_name(self.key(toks[:end])), "company", "short form + words")
                self.found_ending[self.found[-1].end] = self.found[-1]
                linked = True
                i = open_from = end
                continue
            if best is not None and (_FAMILY_AFTER.ascii_match if self.ascii else _FAMILY_AFTER.match)(
                self.text, toks[best[0] - 1].end
            ):
                best = None  # "the Berger family": the people, not Berger & Söhne
            if best is not None and best[0] - i == 1 and self.place_not_alias(toks[i], best[1]):
                best = None  # "its mill in Kolding": the town, not Kolding Steel Works
            if (
                best is not None
                and best[0] - i == 1
                and i > 0
                and toks[i].gap == " "
                and " " not in best[1].name
                and is_given_name(toks[i - 1].text, ordinary_words=False)
            ):
                best = None  # "Oskari Talvik is the chairman of Talvik Group": a person of the firm's name
            if best is not None and i == 0 and best[0] < n and self.unit_name(toks, best[0]):
                # "its consumer lending unit, Halvorsen Credit,": the unit's own name
                self.emit(toks, canonical_name(self.key(toks)), "company", "unit name")
                self.found_ending[self.found[-1].end] = self.found[-1]
                return []
            if best is not None:
                j, target = best
                linked = True
                if self.key(toks[i:j]).removesuffix("'s").removesuffix("’s") not in self.persons or (
                    j - i == 1
                    # "Orvell bought a rival", "Caddon acquires Orvell for £38 million"
                    and (self.company_only_after(toks[i].end) or self.company_only_before(toks[i].start))
                ):
                    self.emit(toks[i:j], target.name, target.kind, "document alias", target.owner)
                    self.found_ending[self.found[-1].end] = self.found[-1]
                if i > open_from:
                    unread.append((open_from, i))
                i = open_from = j
                continue
            i += 1
        if not linked:
            persons = self.persons
            named = bool(persons) and (
                toks[0].text in persons if n == 1 else any(t.text in persons for t in toks)
            )
            if cue and n and not named and self.context_cue(toks):
                return []
            return [toks]
        if open_from < n:
            unread.append((open_from, n))
        rest: list[list[_Tok]] = []
        for a, b in unread:
            joined = (a > 0 and toks[a].gap.strip() == "and") or (b < n and toks[b].gap.strip() == "and")
            if not joined:
                continue
            part = [_Tok(toks[a].start, toks[a].end, toks[a].text), *toks[a + 1 : b]]
            if not (cue and all(t.text not in self.persons for t in part) and self.context_cue(part)):
                rest.append(part)
        return rest

    def company_only_after(self, end: int) -> bool:
        """Does what a company does, and a person hardly, follow ``end`` ("acquired", "employs",
        "'s shares")?"""
        match = _AFTER_COMPANY_ONLY.ascii_match if self.ascii else _AFTER_COMPANY_ONLY.match
        return match(self.text, end, end + _LOOKAHEAD) is not None

    def company_only_before(self, start: int) -> bool:
        """Does a deal verb that buys companies, and hardly a person, stand right before ``start``
        ("acquires", "bought", "a stake in")?"""
        search = _BEFORE_COMPANY_ONLY.ascii_search if self.ascii else _BEFORE_COMPANY_ONLY.search
        return search(self.text, max(0, start - 24), start) is not None

    def short_form_run(self, toks: list[_Tok], j: int, target: _Found) -> int:
        """Where the name ends that a company's one-word short form ``toks[0]`` opens with the
        capitalized words after it ("KDR Plasmatech" after "KDR Halvey", "Quellmont Asia
        Pacific" after "Quellmont Technology"), or 0: no verb of a headline, no title, month, common word,
        person's name or one place alone ("Quellmont Boston") follows."""
        if target.kind != "company" or toks[0].text.endswith(_POSSESSIVE_TAIL):
            return 0
        n = len(toks)
        end = j
        w = self.words
        firstnames, surnames, facility = w.firstnames, w.surnames, w.facility
        breaks = headline_verbs()[0]
        while end < n and toks[end].gap == " ":
            word = toks[end].text
            bare = word.removesuffix("'s").removesuffix("’s")
            if bare in _REGION_TAILS and bare == word:
                end += 1  # ("Quellmont Asia": also a given name)
                continue
            if (
                self.category(bare) not in (None, "place", "country")
                or bare in firstnames
                or bare in surnames
                or bare in breaks
                or not bare.replace("-", "").isalpha()
                or bare in self.persons
            ):
                break
            if bare in facility:
                return 0  # "the Kestrel Plant", "Kestrel International Airport": a site, not a firm
            end += 1
            if bare != word:
                break
        if end == j or (
            end == j + 1
            and self.category(toks[j].text) in ("place", "country")
            and toks[j].text not in _REGION_TAILS  # ("Quellmont Asia": a regional company, not an office)
        ):
            return 0
        if self.is_person(toks[:end]) or self.title_line(toks) or is_place_name(self.key(toks[:end])):
            return 0
        return end

    def place_not_alias(self, tok: _Tok, target: _Found) -> bool:
        """Is this one word, the first word of a longer company name, a place where it stands
        ("a mill in Kolding", "its offices at Halden"): after "in", "at" or "near" that no company
        cue ends ("a stake in X"), with no corporate word after it ("in Halden shares")?"""
        word = tok.text
        text = self.text
        start = tok.start
        if (
            target.name == word
            or not text.endswith((" in ", " at ", " near "), max(0, start - 6), start)
            or not is_place_name(word)
            or self.cue_before(start)
        ):
            return False
        after = _AFTER_CORPORATE.ascii_match if self.ascii else _AFTER_CORPORATE.match
        return after(text, tok.end, tok.end + 30) is None

    def title_line(self, toks: list[_Tok]) -> bool:
        """Is this run on a headline written in title case ("Verdantis Completes Acquisition of ...")?"""
        return self.title_case_at(toks[0].start, toks[-1].end)

    def dateline(self, toks: list[_Tok]) -> bool:
        """Is this run the place of a dateline ("NEWPORT BEACH, Calif., March 11 -")?"""
        text = self.text
        line_start = text.rfind("\n", 0, toks[0].start) + 1
        return (
            not text[line_start : toks[0].start].strip()
            and (_DATELINE_DATE.ascii_match if self.ascii else _DATELINE_DATE.match)(
                text, toks[-1].end, toks[-1].end + 40
            )
            is not None
        )

    def in_dateline(self, start: int, end: int) -> bool:
        """Is ``start:end``, written in capitals, the place of a dateline or its last words
        ("NEW BRUNSWICK, March 11 -": no Brunswick Corp)?"""
        text = self.text
        before = text[text.rfind("\n", 0, start) + 1 : start]
        if before.strip() and (not before.isupper() or not before.replace(" ", "").isalpha()):
            return False
        match = _DATELINE_DATE.ascii_match if self.ascii else _DATELINE_DATE.match
        return match(text, end, end + 40) is not None

    def link_capitals(self, toks: list[_Tok], aliases: dict[str, _Found], folded_firsts: set[str]) -> None:
        """Names the text writes elsewhere, found in a run of capitals.

        "HARLAN INSTRUMENTS <HRLN> AGREES TO BUYOUT BY BRIXTON" names the "Harlan
        Instruments Corp" and "Brixton Industries" of the body.  A one-word form
        ("BRIXTON") must not be a word the text also writes in lowercase ("STOCK") nor
        a person's name; legal suffixes right after a linked name join it.
        """
        n = len(toks)
        persons = self.persons_folded
        if persons is None:
            persons = self.persons_folded = {p.casefold() for p in self.persons}
        non_company = self.words.non_company
        i = 0
        while i < n:
            best: tuple[int, _Found] | None = None
            word = toks[i].text
            bare = word.removesuffix("'S").removesuffix("’S").removesuffix("'s")
            if word.casefold() not in folded_firsts and bare.casefold() not in folded_firsts:
                i += 1  # no alias starts with this word
                continue
            for j in range(i + 1, min(n, i + 6) + 1):
                if j > i + 1 and toks[j - 1].gap.strip() == ",":
                    break
                key = self.key(toks[i:j]).removesuffix("'S").removesuffix("’S").removesuffix("'s")
                target = aliases.get(key) or aliases.get(key.casefold())
                if target is not None and target.kind in ("company", "organization"):
                    best = (j, target)
            if best is not None:
                j, target = best
                key = self.key(toks[i:j]).removesuffix("'S").removesuffix("’S").removesuffix("'s")
                title = key.title()
                if (
                    title in non_company
                    or (
                        j - i == 1
                        and (len(key) < 3 or key.casefold() in persons or self.written_lowercase(key))
                    )
                    or _FAMILY_AFTER.match(self.text, toks[j - 1].end) is not None
                    or _FAMILY_AFTER_CAPS.match(self.text, toks[j - 1].end) is not None
                ):
                    i += 1
                    continue
                while j < n and suffix_class(toks[j].text) and toks[j].gap.strip() in ("", ","):
                    j += 1  # "BRIXTON INDUSTRIES INC"
                self.emit(toks[i:j], target.name, target.kind, "headline alias", target.owner)
                i = j
                continue
            i += 1
