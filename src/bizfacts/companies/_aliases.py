"""The aliases of the companies a document names: the forms of each name (its surface, its
canonical name, a defined short name or acronym, a first word) that later mentions are linked by."""

from __future__ import annotations

import itertools

from .._place_table import is_demonym
from ._base import _AliasForms, suffix_class
from ._cues import _Cues
from ._naming import chinese_place
from ._regexes import (
    _AFTER_ACRONYM,
    _AFTER_DEFINED,
    _DEMONYM_ENDINGS,
    _KNOWN_AS,
    _LOOKAHEAD,
    _SUFFIX_AFTER_DOMAIN,
)
from ._tokens import _Found


def _after_place(name: str) -> str | None:
    """The word after a Chinese province or city that opens a name of three words or more ("Haixin"
    of "Fujian Haixin Energy"), None for any other name."""
    parts = name.split(" ")
    if len(parts) < 3 or not parts[1][:1].isupper() or not chinese_place(parts[0]):
        return None
    return parts[1]


class _Aliases(_Cues):
    """The table of the forms each company found so far is named by."""

    __slots__ = ()  # (the state is _Base's)

    def aliases(self) -> dict[str, _Found]:
        """Surface forms that name an entity found so far in the document.

        Read-only for callers.  Mentions are only appended to ``found`` (and not changed)
        until :meth:`finish`, so the table stands as long as no mention was added.
        """
        self.alias_firsts()
        return self.alias_table()

    def alias_firsts(self) -> set[str]:
        """The first words of the forms of :meth:`aliases` (read-only for callers), the
        forms read up to the last mention found; the table is made by :meth:`alias_table`."""
        found = self.found
        if self.aliases_made is not None and self.aliases_made[0] == len(found):
            return self.aliases_made[2]
        if not found:  # no mention yet (many texts): no form, what the reading below would make
            self.aliases_made = (0, {}, set())
            return self.aliases_made[2]
        # what the mentions say one by one is kept for the next call: only the mentions added
        # since are read then (the forms each gives are added in the order of ``found``)
        if self.alias_forms is None:
            self.alias_forms = _AliasForms()
        forms = self.alias_forms
        own, first_words, first_at = forms.own, forms.first_words, forms.first_at
        known = len(own)
        w = self.words
        text = self.text
        listed_heads, own_form = forms.listed_heads, own.setdefault
        for at in range(forms.done, len(found)):
            f = found[at]
            name = f.name
            first_at.setdefault(name, at)
            kind = f.kind
            if kind == "site" or f.tentative:
                continue
            surface = text[f.start : f.end]
            if not surface.isprintable() or "  " in surface or surface.strip(" ") != surface:
                surface = " ".join(surface.split())  # (else it holds single spaces between words only)
            own_form(surface, f)
            own_form(name, f)
            if kind == "company":
                rule = f.rule
                if rule == "gazetteer":
                    if " " in name:
                        listed_heads.setdefault(name.partition(" ")[0], f)
                elif rule != "document alias" and rule != "web domain":
                    head = name.partition(" ")[0]
                    if (
                        " " in name
                        and len(head) > 2
                        and self.category(head) is None
                        and head not in w.generic
                        and head not in w.firstnames
                        and head not in w.head
                        and head not in w.name_prefix
                        # ("Danish" of "Danish Crown" is no short name; "Lanternfish" of
                        # "Lanternfish Games" is)
                        and not (head.endswith(_DEMONYM_ENDINGS) and is_demonym(head))
                    ):
                        first_words.setdefault(head, set()).add(name)
                        parts = name.split(" ")
                        if len(parts) >= 3 and parts[1][:1].isupper():
                            # "Orient Crest" for "Orient Crest Lines"
                            first_words.setdefault(" ".join(parts[:2]), set()).add(name)
                        tail_ok = all(p[:1].isupper() for p in parts[1:]) and parts[-1] not in w.head
                        if len(parts) >= 3 and tail_ok:
                            # "Serra Azul" for "Frigorífico Serra Azul"
                            first_words.setdefault(" ".join(parts[1:]), set()).add(name)
                    elif (
                        head in w.name_prefix
                        and name.count(" ") == 1
                        and (tail := name.partition(" ")[2])[:1].isupper()
                        and len(tail) > 2
                        and suffix_class(tail) is None
                        and self.category(tail) is None
                        and tail not in w.head
                        and tail not in w.generic
                    ):
                        # "Cerradão" for "Grupo Cerradão": the name after its prefix
                        first_words.setdefault(tail, set()).add(name)
                    elif (
                        (core := _after_place(name)) is not None
                        and self.category(core) is None
                        and core not in w.head
                        and core not in w.generic
                    ):
                        # "Haixin" for "Fujian Haixin Energy": a Chinese firm's name after its
                        # province or city, which the text leaves out later
                        first_words.setdefault(core, set()).add(name)

            follows = text[f.end : f.end + 1]  # the acronym's "(", maybe after spaces
            # (slices and "in" rather than str.find() with bounds, which parses its arguments)
            known_as = follows in (",", "(", " ") and "known as" in text[f.end : f.end + 40]
            if kind == "company" and known_as:
                # "Brygghus Varnes AS, commonly known as Varnes,": the short name the text gives it
                k = _KNOWN_AS.match(text, f.end, f.end + _LOOKAHEAD)
                short = k.group(1) if k is not None else ""
                if short and short.split()[0] in name.split() and short not in w.non_company:
                    own.setdefault(short, f)
                    continue
            if not (
                follows == "("
                or (
                    follows.isspace()
                    and follows != "\n"
                    and "(" in text[f.end : f.end + _LOOKAHEAD]  # (both patterns need one)
                )
            ):
                continue  # no "(" within reach (most names): no acronym, no short name defined
            m = (_AFTER_ACRONYM.ascii_match if self.ascii else _AFTER_ACRONYM.match)(
                text, f.end, f.end + _LOOKAHEAD
            )
            if m and m.group(1) not in w.non_company and not _SUFFIX_AFTER_DOMAIN.match(text, m.end()):
                # "(F.E.) Ltd" is part of the name, not an acronym for it
                own.setdefault(m.group(1), f)
            elif m is None and follows in ("(", " ") and kind == "company":
                # '(“Hualong” or the “Company”)': the short name a filing or release defines
                # (a word of the name, no role word: '(the "Seller")', '("Bank")' name no company)
                d = _AFTER_DEFINED.match(text, f.end, f.end + _LOOKAHEAD)
                short = d.group(1) if d is not None else ""
                if (
                    short
                    and (short.split()[0] in name.split() or _spells_initials(short, surface))
                    and short not in w.non_company
                    and short not in w.head
                    and short not in w.generic
                ):
                    own.setdefault(short, f)
        forms.done = len(found)
        folded, firsts = forms.folded, forms.firsts
        add_first = firsts.add
        for key, f in itertools.islice(own.items(), known, None):  # the forms added now
            spaced = " " in key
            add_first(key.partition(" ")[0] if spaced else key)
            if not key.isupper():
                key_folded = key.casefold()
                if key_folded not in folded:
                    folded[key_folded] = f
                    add_first(key_folded.partition(" ")[0] if spaced else key_folded)
        heads = [head for head in first_words if head not in own] if first_words else []
        if heads:
            firsts = set(firsts)
            for head in heads:
                firsts.add(head.partition(" ")[0])
                if not head.isupper():
                    firsts.add(head.casefold().partition(" ")[0])
        self.aliases_made = (len(found), None, firsts)
        return firsts

    def alias_table(self) -> dict[str, _Found]:
        """The table of :meth:`aliases` for the forms :meth:`alias_firsts` read last (read-only
        for callers), made on first use."""
        made = self.aliases_made
        assert made is not None
        if made[1] is not None:
            return made[1]
        forms = self.alias_forms
        assert forms is not None  # (the forms of no mention come with their table)
        own, first_words, first_at, found = forms.own, forms.first_words, forms.first_at, self.found
        # one name, or several ("Hvidsten Shipping", "Hvidsten Tankers"): the one named first
        heads = (
            {
                head: forms.listed_heads.get(head) or found[min(first_at[n] for n in names)]
                for head, names in first_words.items()
                if head not in own
            }
            if first_words
            else {}
        )
        # the table: each form, then each form case-folded for the first form (the mentions'
        # own, then the first words') that folds to it, where no form is written so
        aliases: dict[str, _Found] = {}
        for head, f in heads.items():
            if not head.isupper():
                aliases.setdefault(head.casefold(), f)
        aliases.update(forms.folded)
        if heads:
            aliases.update(heads)
        aliases.update(own)
        self.aliases_made = (made[0], aliases, made[2])
        return aliases


def _spells_initials(short: str, surface: str) -> bool:
    """Whether ``short`` is an acronym of the name written ``surface``, its legal form included or
    not: 'Annapurna Cold Chain Private Limited ("ACCPL")', 'Tarvon Holdings Inc. ("THI")'.

    >>> _spells_initials("ACCPL", "Annapurna Cold Chain Private Limited"), _spells_initials("AC", "Acme Corp")
    (True, False)
    """
    if not (2 < len(short) <= 8 and short.isupper() and short.isalpha()):
        return False
    initials = "".join(word[0] for word in surface.replace("-", " ").split() if word[0].isalpha()).upper()
    return initials == short or (len(short) > 2 and initials.startswith(short))
