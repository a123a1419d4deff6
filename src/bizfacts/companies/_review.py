"""Organizations nobody listed, and names that are no company at all.

The company extractor finds names through its gazetteer, legal suffixes and cues.
This pass reviews its mentions against the people and place extractors and adds
what those rules cannot see:

* vetoes: a mention that is a person ("vendor Ola Nordmann"), a country, region or
  other named area ("Tuscany", "Southeast Asia"), a demonym ("Bolivian",
  "Norwegians") or a lone letter is dropped;
* acronyms: an upper-case word of two to six letters in running text ("ISDA",
  "OECD") names an organization unless it is a place, a currency, a title or a
  common abbreviation ("CEO", "GDP"); a long form defined with it ("Council
  for Maritime Safety and Training (CMST)") is one too, and both carry the
  long form's name (:mod:`._acronyms`);
* "U.N." keeps its final dot.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex as re

from .._company_words import company_words
from .._spans import CompanyKind, CompanyMention
from ..people import is_given_name, person_evidence
from ..places import is_demonym, is_place_name, place_entries
from ._acronyms import _ACRONYM, _NOT_ORG_ACRONYMS, _acronyms, _AnyMatch, is_non_company
from ._base import suffix_class
from ._cues import firm_noun_before
from ._lists import _NAME_RUN, _NAME_RUN_BEFORE, _enumerated, _row_names
from ._lowercase import LowercaseWords
from ._made import mention
from ._regexes import _FIRM_ROLE_PERSON, _SECURITY_TAILS, _Pattern
from ._scans import _SPAN, _bracket_matches, _occurrences, _Spans

# a given name and a surname after "and": the word before is a person's given name ("Clara and Ines Duarte")
_PERSON_AFTER_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}")

# one or two capitalized words right before a name ("United Arab |Emirates")
_PLACE_HEAD = _Pattern(r"(?<![\p{L}\p{N}.])(\p{Lu}\p{Ll}++(?:[^\S\n]\p{Lu}\p{Ll}++)?+)[^\S\n]$")
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"
_LEADING_PLACE = _Pattern(r"(?<![\p{L}\p{N}.])((?:\p{Lu}\.){2,}+|\p{Lu}{2,4}+)[^\S\n]$")
# one-word organizations a place before belongs to ("U.K. Treasury")
_PLACE_LED = frozenset({"Treasury", "Congress", "Senate", "Parliament", "Army", "Navy", "Police"})
# rules whose mentions the vetoes of review() do not read
_TRUSTED_RULES = frozenset({"gazetteer", "web domain", "reuters bracket", "legal suffix", "gazetteer+suffix"})
# rules that found the name written elsewhere as a company ("Halden Stores Inc" -> "Halden Stores")
_COMPANY_FORM_SEEN = frozenset({"document alias", "known name + company words", "headline alias"})
# a registry's name, no company: "the Lyon Trade and Companies Register", "the Register of Companies"
_REGISTER_AFTER = (" Register", " Registry", " Registrar")
_REGISTER_WORDS = ("Register ", "Registry ", "Registrar ")
_DOTTED = _Pattern(r"(?:\p{Lu}\.)+\p{Lu}")


def review(
    text: str,
    mentions: Sequence[CompanyMention],
    caps: Sequence[int] | None = None,
    cues: list[tuple[int, str, bool]] | None = None,
) -> list[CompanyMention]:
    """The company mentions less people, places and demonyms, plus unlisted acronyms.

    ``caps`` lists where an acronym may start (the extractor's capitalized words whose second
    character is a capital, a digit or "&"), ``cues`` the words of firm and media cues (the
    extractor's :class:`LowercaseWords`); without them the text is scanned for them.
    """
    out: list[CompanyMention] = []
    firms: set[str] = set()  # the names a firm's noun introduced ("software firm Sage Peak")
    widen = False  # a mention an organization's name a place before may belong to ("U.K. Treasury")
    trusted: set[str] | None = None  # the names a legal suffix or a list gave, made when first needed
    for m in mentions:
        rule, surface = m.rule, m.text
        if text.startswith(_REGISTER_AFTER, m.end) or surface.startswith(_REGISTER_WORDS):
            continue  # "the Lyon Trade and Companies Register", "the Register of Companies": a registry
        if rule in _TRUSTED_RULES:  # (most mentions: no veto of people, places or demonyms)
            if len(surface) < 6 and len(surface.removesuffix("'s").removesuffix("’s")) < 2:
                continue
            if rule == "gazetteer":
                start = m.start
                if (
                    start > 1
                    and text[start - 1] == " "
                    and text[start - 2].islower()  # (where _PLACE_HEAD may end: a lowercase letter, a space)
                    and _in_place_name(text, m)
                ):
                    continue  # "United Arab Emirates": the end of a place's name, not the airline
                if "." in surface and _DOTTED.fullmatch(surface) and text[m.end : m.end + 1] == ".":
                    m = attrs.evolve(m, end=m.end + 1, text=surface + ".")
        else:
            surface = surface.removesuffix("'s").removesuffix("’s")
            if len(surface) < 2:
                continue
            seen_as_company = rule in _COMPANY_FORM_SEEN
            if (
                not seen_as_company
                and person_evidence(text, m.start, m.start + len(surface))
                and not _firm_role_after(text, m.end)
                and not firm_noun_before(text, m.start)  # ("software firm Sage Peak")
                and surface not in firms  # (a name a firm's noun introduced before: one entity)
            ):
                continue
            if firm_noun_before(text, m.start):
                firms.add(surface)
            entries = place_entries(surface)  # (most names: none, and no generator made)
            if entries and seen_as_company and m.name == surface and rule == "document alias":
                # "Kassel" linked to a "Kassel" that only a cue read as a company ("GmbH, Kassel, the
                # holding company"): a town unless a legal suffix or a list named it so
                if trusted is None:
                    trusted = {x.name for x in mentions if x.rule in _TRUSTED_RULES}
                seen_as_company = surface in trusted
            if entries and any(
                e.kind != "city" or (e.population >= 100 and not seen_as_company) for e in entries
            ):
                continue
            if " " not in surface and is_demonym(surface):
                continue
        if not widen and ((m.kind == "organization" and " " in m.text) or m.text in _PLACE_LED):
            widen = _may_widen(text, m)
        out.append(m)
    taken = _Spans(out)  # the spans of the mentions, those added below included
    acronyms = _acronyms(text, out, caps, taken)
    for a in acronyms:
        if a.rule == "acronym":  # (_acronyms() took the spans of the long forms)
            taken.add(a.start, a.end)
    cued = _cued_names(text, [*out, *acronyms] if acronyms else out, taken, cues)
    if acronyms or cued:  # (else ``out`` is in text order already, as the extractor gave it)
        out.extend(acronyms)
        out.extend(cued)
        out.sort(key=_SPAN)
        widen = widen or any(_may_widen(text, m) for m in acronyms) or any(_may_widen(text, m) for m in cued)
    return _widen_organizations(text, out) if widen else out


def _firm_role_after(text: str, end: int) -> bool:
    """Does a role in a firm and a person's name follow ("Hollis Brandt analyst Ann Lee",
    "Hollis Brandt partner, Ann Lee")?  The name before is the firm, whatever its given name."""
    if text[end : end + 1] != " ":
        return False  # (most names: the test below needs a space first)
    match = _FIRM_ROLE_PERSON.ascii_match if text.isascii() else _FIRM_ROLE_PERSON.match
    return match(text, end, end + 60) is not None


def _in_place_name(text: str, m: CompanyMention) -> bool:
    """Do the capitalized words right before ``m`` make a place's name with it?"""
    if text.isascii():
        # the word before (lowercase letters after a capital in _PLACE_HEAD) must start with
        # a capital: told without the search where it does not ("said Foo", most texts)
        if not text[max(0, m.start - 40) : m.start - 1].rstrip(_ASCII_LOWER)[-1:].isupper():
            return False
        search = _PLACE_HEAD.ascii_search
    else:
        search = _PLACE_HEAD.search
    before = search(text, max(0, m.start - 40), m.start)
    return before is not None and is_place_name(f"{before.group(1)} {m.text}")


def _may_widen(text: str, m: CompanyMention) -> bool:
    """Whether :func:`_widen_organizations` reads what stands before ``m``: an organization's
    name of several words or one of _PLACE_LED, after what _LEADING_PLACE needs right before
    a name (a space after a capital or a dot).  Where no mention may widen, the mentions stay
    as they are, and the pass is spared (most texts)."""
    start = m.start
    return (
        ((m.kind == "organization" and " " in m.text) or m.text in _PLACE_LED)
        and (space := text[start - 1 : start]).isspace()
        and space != "\n"
        and ((last := text[start - 2 : start - 1]) == "." or last.isupper())
    )


def _widen_organizations(text: str, mentions: list[CompanyMention]) -> list[CompanyMention]:
    """Take the place or initials before an organization's name into it ("U.K. Treasury")."""
    out: list[CompanyMention] = []
    leading_place = _LEADING_PLACE.ascii_search if text.isascii() else _LEADING_PLACE.search
    for m in mentions:
        if _may_widen(text, m):
            b = leading_place(text, max(0, m.start - 40), m.start)
            if b is not None and (
                is_place_name(b.group(1)) or _ACRONYM.fullmatch(b.group(1)) or "." in b.group(1)
            ):
                start = b.start(1)
                while out and out[-1].start >= start:
                    out.pop()
                name = m.name if m.name != m.text else text[start : m.end]
                m = attrs.evolve(m, start=start, text=text[start : m.end], name=name)
        out.append(m)
    return out


# a name before a listing in brackets, the exchange known or not: "X (Other OTC: JSTLF)"
_LISTING_AT = _Pattern(r"\([^\S\n]*+(?:\p{L}[\p{L}\-]*+[^\S\n]?){1,3}:[^\S\n]*+\p{Lu}[\p{Lu}\d.\-]{0,7}+")
# words before a name that make it a firm: "analysts from X", "-based X", "analyst Ann Lee at X"
_FIRM_CUE = _Pattern(
    r"(?:(?:analyst|economist|strategist|trader|dealer|broker|banker|lawyer|partner|researcher)s?"
    r"(?:[^\S\n]++\p{Lu}[\p{L}.\-]*+){0,3}[^\S\n]++(?:at|from|with)"
    r"|-[^\S\n]?based|(?:shares|stock)[^\S\n]++(?:of|in))[^\S\n]++(?=\p{Lu})"
)


# newspapers, agencies and broadcasters: "the daily X", "news agency X", "X newspaper"
_MEDIA_BEFORE = _Pattern(
    r"(?:newspaper|daily|weekly|magazine|news[^\S\n]agency|broadcaster|radio|television)[^\S\n]++(?=\p{Lu})"
)
# (after a name, "daily" and "weekly" name a paper where it speaks: "the Zorka daily said", not
# where they qualify a noun: "Advertised weekly rents")
_MEDIA_AFTER = _Pattern(
    r"[^\S\n]++(?:newspaper|magazine|news[^\S\n]agency|broadcaster"
    r"|(?:daily|weekly)(?=[^\S\n]*+(?:[,.;:)]|(?:said|says|reported|reports|quoted|wrote)\b)))\b"
)


def _cue_names(
    text: str, cues: list[tuple[int, str, bool]] | None = None
) -> tuple[list[int], list[_AnyMatch]]:
    """Where the names after firm cues start ("analysts from |X", "-based |X"), and the names
    of newspapers, agencies and broadcasters shown by a media noun beside them.

    ``cues`` lists the cue words of ``text`` (:class:`LowercaseWords`); without it the text
    is scanned for them.
    """
    if cues is None:
        cues = LowercaseWords(text).cues
    ends: list[int] = []
    runs: list[_AnyMatch] = []
    if not cues:
        return ends, runs  # (most texts)
    if text.isascii():  # the stdlib twins find the same, faster
        firm_cue = _FIRM_CUE.ascii_match
        name_run, name_run_before = _NAME_RUN.ascii_match, _NAME_RUN_BEFORE.ascii_search
    else:
        firm_cue = _FIRM_CUE.match
        name_run, name_run_before = _NAME_RUN.match, _NAME_RUN_BEFORE.search
    # (the twins also spare the scan to the text's end that ``regex`` makes for a literal)
    if text.isascii():
        media_before, media_after = _MEDIA_BEFORE.ascii_match, _MEDIA_AFTER.ascii_match
    else:
        media_before, media_after = _MEDIA_BEFORE.match, _MEDIA_AFTER.match
    for pos, word, media in cues:
        if media:
            start = pos - 5 if word == "agency" else pos
            if start >= 0 and (start == 0 or not text[start - 1].isalnum()):
                m = media_before(text, start)
                if m is not None:
                    run = name_run(text, m.end())
                    if run is not None:
                        runs.append(run)
                after = media_after(text, start - 1) if start > 0 else None
                if after is not None:
                    end = start - 1
                    run = name_run_before(text, max(0, end - 80), end)
                    if run is not None:
                        runs.append(run)
            continue
        at = pos
        if word == "based":
            at = pos - 1 if text[pos - 1 : pos] == "-" else pos - 2
            ok = at > 0 and text[at : at + 1] == "-" and text[at - 1] in " \t"
        else:
            ok = pos == 0 or not (text[pos - 1].isalpha() or text[pos - 1] == "-")
        if ok:
            f = firm_cue(text, at)
            if f is not None:
                ends.append(f.end())
    return ends, runs


_PREV_CAP = _Pattern(r"(?<![.!?]\s)\b\p{Lu}[\p{L}\-]*+[^\S\n]$")
_APPOSITIVE_AFTER = _Pattern(r"[^\S\n]++(?:firm|company|group|bank|maker|provider|giant|unit)\b")
_CONNECTOR_WORDS = frozenset({"The", "A", "An", "And", "But", "Or"})
# a hyphen cue opening a run ("Ohio-based"): it describes the name after it
_CUE_HYPHENS = ("-based", "-owned", "-controlled", "-headquartered", "-listed", "-backed")
# a capitalized word made an adjective by its lowercase tail: "Leeds-born", "Boston-based", "Paris-listed"
_ADJECTIVE_HYPHEN = re.compile(r"-[a-z]+$")


def _defined_term(text: str, name: str, quoted: frozenset[str]) -> bool:
    """Whether ``text`` defines ``name`` as a term in parentheses: '("Parent")', '(the “Buyer”)'.
    ``quoted`` is ``_quoted_before_bracket(text)``: a name without an opening quote is written
    quoted before ")" only as one of them (a scan of the whole text per name made a long
    document's names quadratic: 7 ms of 210 at 800K characters of news)."""
    if len(name) > _LONGEST_QUOTED or '"' in name or "“" in name:
        closed = any(f"{q}{name}{c})" in text for q, c in (('"', '"'), ("“", "”")))
    else:
        closed = name in quoted
    return closed and any(f"({a}{q}{name}" in text for q in ('"', "“") for a in ("", "the "))


# the longest name ``_quoted_before_bracket`` keeps (a longer one is looked for in the text)
_LONGEST_QUOTED = 120


def _quoted_before_bracket(text: str) -> frozenset[str]:
    """What stands between each '")' or '”)' of ``text`` and the opening quote of its kind before
    it ('"' or '“'), the nearest one, up to ``_LONGEST_QUOTED`` characters: every such name
    without that quote that ``text`` writes as '"name")' or '“name”)' is one."""
    found: set[str] = set()
    for close, opening in (('")', '"'), ("”)", "“")):
        at = text.find(close)
        if at < 0:
            continue
        # the opening quotes, in order: the nearest before each closing one found by bisection
        # (a search back from each could cross the same long stretch again and again)
        opens: list[int] | None = None
        if opening == "“":
            opens = []
            k = text.find(opening)
            while k >= 0:
                opens.append(k)
                k = text.find(opening, k + 1)
        while at >= 0:
            if opens is None:
                k = text.rfind(opening, 0, at)  # (stops at the quote before: stretches read once)
            else:
                j = bisect.bisect_left(opens, at)
                k = opens[j - 1] if j else -1
            if k >= 0 and at - k - 1 <= _LONGEST_QUOTED:
                found.add(text[k + 1 : at])
            at = text.find(close, at + 1)
    return frozenset(found)


def _listed_and_cued_runs(
    text: str, cues: list[tuple[int, str, bool]] | None, runs: list[tuple[_AnyMatch, str]]
) -> None:
    """Add to ``runs`` the names before a listing in brackets, after firm cues and beside
    media nouns, each with the kind its context gives (see :func:`_cued_names`)."""
    if text.isascii():  # the stdlib twins find the same, faster
        name_run, name_run_before = _NAME_RUN.ascii_match, _NAME_RUN_BEFORE.ascii_search
    else:
        name_run, name_run_before = _NAME_RUN.match, _NAME_RUN_BEFORE.search
    if ":" in text:
        for lst in _bracket_matches(text, _LISTING_AT):
            end = lst.start()
            while end > 0 and text[end - 1] in " \t":
                end -= 1
            run = name_run_before(text, max(0, end - 80), end)
            if run is not None:
                runs.append((run, "listed"))
    cue_ends, media = _cue_names(text, cues)
    for cue_end in cue_ends:
        run = name_run(text, cue_end)
        if run is not None:
            runs.append((run, "company"))
    if media:
        runs.extend((run, "organization") for run in media)


def _cued_names(
    text: str,
    mentions: Sequence[CompanyMention],
    taken: _Spans | None = None,
    cues: list[tuple[int, str, bool]] | None = None,
) -> list[CompanyMention]:
    """Unlisted names in company contexts, and every other place the document repeats them.

    ``taken``, the spans of ``mentions`` when given, receives those of the names found;
    ``cues``: see :func:`review`.
    """
    if taken is None:
        taken = _Spans(mentions)
    runs: list[tuple[_AnyMatch, str]] = []  # a name run and the kind its cue gives
    if cues is None or cues or ":" in text:  # (most texts have neither cue words nor a listing)
        _listed_and_cued_runs(text, cues, runs)
    if mentions:  # (an enumeration needs a name it is sure of)
        runs.extend(_enumerated(text, mentions))
        if " | " in text:  # (a table written as a list: its fields parted by bars)
            runs.extend(_row_names(text, mentions))
    if not runs:
        return []  # (most texts)
    names: dict[str, CompanyKind] = {}
    common = company_words().common
    quoted: frozenset[str] | None = None  # (made for the first name read: see _defined_term())
    # "listed" (a listing follows) is a company whose first word may be an ordinary word
    for run, kind in runs:
        s, e = run.span()
        name = run.group()
        if name.endswith(("'", "’")):
            name, e = name[:-1], e - 1  # "Fuel Associates' coal": a plural possessive's mark
        if taken.overlaps(s, e):
            continue
        words = name.split()
        if len(words) > 1 and words[0].endswith(_CUE_HYPHENS):
            # "..., Ohio-based Veltacorp and ...": the place and its cue are no part of the name
            words = words[1:]
            s = e - len(words[-1]) if len(words) == 1 else text.find(words[0], s, e)
            name = text[s:e]
        if len(name) < 2 or name in _NOT_ORG_ACRONYMS or suffix_class(name):
            continue
        if len(words) == 1 and _ADJECTIVE_HYPHEN.search(name):
            continue  # "X and Leeds-born entrepreneur P": an adjective, no name
        if quoted is None:
            quoted = _quoted_before_bracket(text)
        if _defined_term(text, name, quoted):
            continue  # 'X Corp ("Parent")', then "among Parent, Purchaser and Y": X's role, no firm
        if (
            _APPOSITIVE_AFTER.match(text, e)
            or (len(words) == 2 and words[0] in ("Class", "Series"))
            or words[-1] in _SECURITY_TAILS
        ):
            continue  # "Foo, a maker of"; "shares of Class B stock", "Class A Common Stock"
        listed = kind == "listed" and len(words) > 1  # "Just Eat (Other OTC: JSTLF)"
        if listed:
            if words[0] in _CONNECTOR_WORDS or words[0] in company_words().non_company:
                continue
        elif words[0] in common or words[0] in _CONNECTOR_WORDS or is_non_company(words[0]):
            continue
        if is_place_name(name) or person_evidence(text, s, e) or (len(words) == 1 and is_demonym(name)):
            continue
        if len(words) == 1 and (
            name in company_words().firstnames
            or (is_given_name(name, ordinary_words=False) and _PERSON_AFTER_AND.match(text, e))
        ):
            # "to partner with Janet and the entire team", "by sisters Clara and Ines Duarte": a
            # person's given name
            continue
        names.setdefault(name, "organization" if kind == "organization" else "company")
    if not names:
        return []
    found: list[CompanyMention] = []
    for s, e in _occurrences(text, sorted(names, key=len, reverse=True)):
        name = text[s:e]
        if taken.overlaps(s, e):
            continue
        before = text[max(0, s - 2) : s]
        if (
            before.endswith(" ")
            and s >= 2
            and text[s - 2].isalpha()
            and _PREV_CAP.search(text, max(0, s - 30), s)
        ):
            continue  # part of a longer name
        found.append(mention(s, e, name, name, names[name], rule="company context"))
        taken.add(s, e)
    return found
