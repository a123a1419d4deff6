"""Company, product, site and organization mentions, each with a canonical name.

Signals, each a small rule (its name is carried on every mention as ``rule``):

* the gazetteer (:class:`Gazetteer`), matched on capitalized word sequences with
  one dictionary look-up per candidate ("Tencent", "WeChat", "Alibaba Group");
* a legal suffix ending a capitalized sequence ("Cyclops Corp", "Aruba Co");
* a word that ends many company or organization names ("Chase Manhattan Bank",
  "Commerce Department", "University of Chicago");
* web domains ("taobao.com", "buy.qq.com") as sites;
* Reuters codes: "<Dixons Group PLC>" is a company, "<CYL>" after a name its ticker;
* context cues around an unknown name ("startup Foo", "shares of Foo",
  "Foo, a Boston-based maker of", "Foo Chief Executive", "(NASDAQ: FOO)", "Foo-owned");
* linking inside one document: a later "Cyclops" or "Cyclops's" is the "Cyclops
  Corp" named before, an acronym defined in parentheses names the same entity.

People ("Li Yanchuan", "Mr. Ma"), places, months, weekdays, job titles, exchanges
and currencies on their own, and ordinary capitalized words are not read.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs
import regex

from ._company_words import CompanyWords, company_words
from ._gazetteer import Gazetteer, GazetteerEntry
from ._numbers import WindowSearch
from ._spans import CompanyKind, CompanyMention
from ._suffixes import canonical_name, suffix_class

__all__ = ["Gazetteer", "GazetteerEntry", "canonical_name", "extract_companies", "is_non_company"]

# --- patterns ---------------------------------------------------------------------------

_PATTERN_METHODS = ("match", "search", "fullmatch", "finditer")


class _Pattern:
    """A regular expression compiled on first use (``import bizfacts`` stays cheap).

    Once compiled, the pattern's own bound methods are stored on the instance, so a hot
    call such as ``_AFTER_TICKER.match(text, pos)`` goes straight to the C method with no
    Python wrapper frame in between (the extractor makes tens of such calls per document).
    ``__getattr__`` runs only while a method is not stored yet.  Compiling is idempotent:
    two threads racing on first use at worst compile twice and store equal methods.
    """

    match: Callable[..., regex.Match[str] | None]
    search: Callable[..., regex.Match[str] | None]
    fullmatch: Callable[..., regex.Match[str] | None]
    finditer: Callable[..., Iterator[regex.Match[str]]]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        if name not in _PATTERN_METHODS:
            raise AttributeError(name)
        compiled = regex.compile(self.pattern, self.flags)
        methods = {method: getattr(compiled, method) for method in _PATTERN_METHODS}
        self.__dict__.update(methods)
        return methods[name]


# A capitalized word: "Sina", "AT&T", "U.S.", "McDonald's", "eBay", "3M", "7-Eleven",
# "Hewlett-Packard", "NASDAQ-listed", with the dot of an abbreviation ("Inc.", "J.").
_WORD = (
    r"(?:\p{Lu}[\p{L}\p{M}\p{Nd}]*+(?:[&'’./\-][\p{L}\p{M}\p{Nd}]++)*+"
    # a plural possessive inside an investor's name: "Ontario Teachers' Pension Plan"
    r"(?:['’](?<=s['’])(?=[^\S\n]++(?:Pension|Retirement|Provident|Superannuation|Savings|Benefits?)\b))?+"
    # the dot of an abbreviation: "(?=\.)" first, as both branches need one, so that the
    # costly look-behind is not tried at the end of every word
    r"(?:(?=\.)(?:(?<=(?<![\p{L}\p{Nd}])(?:Inc|Corp|Co|Cos|Ltd|Bros|Mfg|Intl|Natl|Assn|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|"
    r"Sen|Rep|Gov|Prof|Ave|Dept|Cia|Pty|Pte|Pvt|Bhd|Plc|Cie|\p{Lu})|\.\p{L}{1,3}+)\.))?+(?!\$)"
    # "A$", "HK$": a currency sign, not a word ("Orion Metals for A$145 million")
    # a legal suffix written in lowercase ends a name too: "Fernway Health plc"
    r"|(?<=\p{L}[^\S\n])(?:plc|ltd|inc|llc|gmbh|bhd|tbk)(?![\p{L}\p{Nd}])\.?+)"
)
# a short lowercase or numeric head glued to a capitalized word: "eBay", "iPhone", "3M", "7-Eleven"
_GLUED_HEAD = _Pattern(
    r"(?:(?<![\p{L}\p{M}\p{Nd}])[\p{Ll}\p{Nd}]{1,3}+|(?<![\p{L}\p{Nd}])\p{Nd}{1,4}+-)$"
)
_TOKEN = _Pattern(_WORD)
_LOWER_SUFFIX_BRANCH = r"|(?<=\p{L}[^\S\n])(?:plc|ltd|inc|llc|gmbh|bhd|tbk)(?![\p{L}\p{Nd}])\.?+)"
assert _LOWER_SUFFIX_BRANCH in _WORD
_TOKEN_UPPER = _Pattern(_WORD.replace(_LOWER_SUFFIX_BRANCH, ")"))  # _WORD less its lowercase branch
# What may stand between two words of one name: spaces (no line break: a heading line
# "About Fernway Health" does not run into the next line) and
# one connector word, or a comma before a legal suffix ("Foo, Inc.").
_GAP_CONNECTORS = "of and & de du des la van von der den del da do dos das di y for et und".split()
_GAP = (
    r"(?:[^\S\n]++"
    r"(?:(?:" + "|".join(_GAP_CONNECTORS) + r")[^\S\n]++)?+"
    r"|,[^\S\n]++(?=(?:Inc|INC|Ltd|LTD|LLC|L\.L\.C|L\.P|LP|Limited|LIMITED|Corp|CORP|PLC|Plc|N\.V|S\.A|AG|Co)\b))"
)
_RUN = _Pattern(_WORD + r"(?:" + _GAP + _WORD + r")*+")  # the runs _word_runs() finds
_GAP_AT = _Pattern(_GAP)
# what a _GAP match holds once stripped of whitespace: a gap stripping to anything else
# cannot be one, and is told apart without running the pattern
_GAP_CORES = frozenset(["", ",", *_GAP_CONNECTORS])


@functools.cache
def _lower_suffix_searches() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """For each suffix of the lowercase branch of _WORD, a search for where it may match."""
    return tuple(
        (suffix, re.compile(suffix + r"(?![a-zA-Z0-9])(?<=\s" + suffix + ")"))
        for suffix in ("plc", "ltd", "inc", "llc", "gmbh", "bhd", "tbk")
    )


def _may_have_lower_suffix(text: str) -> bool:
    """Could the lowercase branch of _WORD ("Fernway Health plc") match somewhere in ``text``?

    Where it matches, its suffix stands after whitespace (stdlib ``\\s`` covers every space
    ``regex`` knows) and before a non-letter (no ASCII letter or digit either), so these
    searches find it too.  A substring test first, then stdlib ``re`` searches led by a
    literal: much cheaper than the branch tried at every position of the text.
    """
    return any(suffix in text and search.search(text) for suffix, search in _lower_suffix_searches())


_WEB_DOMAIN = _Pattern(
    r"(?<![\w@.\-/])(?:www\.)?((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,4}"
    r"(?:com|net|org|cn|hk|jp|kr|in|de|uk|fr|io|ai|tv|co|biz|info)(?:\.(?:cn|hk|jp|kr|in|uk|au|sg|tw))?+)"
    r"(?![\w\-]|\.\w)",
    regex.IGNORECASE,
)
_SUFFIX_AFTER_DOMAIN = _Pattern(
    r",?[^\S\n]++(?:Inc|Corp|Ltd|Co|Group|Holdings|PLC|plc|LLC|Limited)\b\.?+"
)
_TLD_HINT = _Pattern(
    r"\.(?:com|net|org|cn|hk|jp|kr|in|de|uk|fr|io|ai|tv|co|biz|info)\b", regex.IGNORECASE
)


# every _WEB_DOMAIN match holds one of these (any case) near its end, at most ~260 characters
# after its start: the pattern is tried only around them (".co" covers ".com", ".in" ".info")
_TLD_NEEDLES = tuple(f".{tld}" for tld in "ai biz cn co de fr hk in io jp kr net org tv uk".split())


@functools.cache
def _web_domain() -> regex.Pattern[str]:
    return regex.compile(_WEB_DOMAIN.pattern, _WEB_DOMAIN.flags)


def _web_domains(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``_WEB_DOMAIN.finditer(text)``, the pattern run only near a needle:
    a scan at every word of a long text that names a site costs as much as the rest."""
    search = WindowSearch(_web_domain(), text, ((text.lower(), _TLD_NEEDLES, 280, 8),)).search
    pos = 0
    while (m := search(pos)) is not None:
        yield m  # type: ignore[misc]
        pos = m.end()


@functools.cache
def _tld_hint_ascii() -> re.Pattern[str]:
    """_TLD_HINT for a text all in ASCII, where stdlib ``re`` finds the same (and faster)."""
    return re.compile(_TLD_HINT.pattern, re.IGNORECASE | re.ASCII)


_ANGLE = _Pattern(r"<([^<>\n]{1,80}+)>")
# an HTML or XML tag's inside: "/div", "li role=...", "a href=...", "span"
_MARKUP = _Pattern(r"/[^\S\n]*+\p{Ll}|\p{Ll}[\p{Ll}\d]*+(?:[^\S\n]|$)|[^<>]*=[^\S\n]*+[\"']")
_TICKER_CODE = _Pattern(r"[A-Z0-9][A-Z0-9.\-]{0,7}+")
_AFTER_TICKER = _Pattern(r"[^\S\n]*+<([A-Z0-9][A-Z0-9.\-]{0,7}+)>")
_AFTER_LISTING = _Pattern(
    r"[^\S\n]*+\(\s*+(NASDAQ|Nasdaq|NYSE|Nyse|AMEX|Amex|NYSE\s?American|TSX|TSXV|LSE|HKEX|HKSE|SEHK|"
    r"SSE|SZSE|SHA|SHE|ASX|SGX|BSE|NSE|KRX|KOSDAQ|TSE|TYO|OTC|OTCQX|OTCBB|Euronext|Xetra|FWB|"
    r"Frankfurt|LON|ETR|EPA|SIX|AIM|TSX-V|OTCQB|NZX|JSE|IDX|TASE|WSE)\s*+:\s*+([A-Z0-9][A-Z0-9.\-]{0,9}+)\s*+\)"
)
_LISTING = _Pattern(_AFTER_LISTING.pattern.replace(r"[^\S\n]*+\(", r"\(", 1))
_AFTER_ACRONYM = _Pattern(
    r"[^\S\n]*+\(\s*+(\p{Lu}[\p{Lu}&.\-]{1,9}+|\p{Lu}[\p{Lu}\p{Ll}]{1,3}+\p{Lu})\s*+\)"
)
# "Foo, a Boston-based maker of ...", "Foo, the parent of ..."
_AFTER_APPOSITION = _Pattern(
    r",[^\S\n]++(?:a|an|the|which|its)[^\S\n]++(?:[\p{L}\p{Nd}\-]++[^\S\n]++){0,4}?"
    r"(?:maker|makers|producer|manufacturer|operator|provider|developer|retailer|company|firm|startup|"
    r"start-up|unit|subsidiary|affiliate|parent|owner|supplier|distributor|publisher|bank|lender|"
    r"insurer|carrier|airline|brewer|conglomerate|group|chain|giant|rival|concern|holding\s+company|"
    r"platform|service|app|network|marketplace|exchange|fund|partnership|venture|miner|"
    r"explorer|refiner|utility|shipper|shipowner|meatpacker|packer|grocer|vendor|consultancy|brokerage|"
    r"fintech|biotech|business|outfit|co-operative|cooperative|bottler|railroad|railway|"
    r"operates|owns|makes|produces|runs|sells|backed|owned|controlled|funded|headquartered|listed)\b"
    # "..., a company spokesman said" and ", the company said" report, they do not describe
    r"(?![^\S\n]+(?:spokes\w*|officials?|executives?|sources?|statement|said|says|told|added|announced)\b)"
)
# "Foo shares", "Foo Chief Executive", "Foo spokesman"
_AFTER_CORPORATE = _Pattern(
    r"(?:'s|’s)?+[^\S\n]++(?:shares|stock|stockholders|shareholders|spokesman|spokeswoman|spokesperson|"
    r"chief\s+executive|chairman|board|executives|subsidiary|unit|division|Inc\.?|Corp\.?)\b"
)
_APPOSITION_HEAD = _Pattern(r",[^\S\n]++((?:a|an|the)(?:[^\S\n]++[\p{Ll}\p{Lu}\-]++){1,4}?)[,.;]")
_AFTER_SAID_IT = _Pattern(r"[^\S\n]++(?:said|says|announced|added|reported)[^\S\n]++(?:it|its)\b")
_AFTER_PAIR = _Pattern(
    r"[^\S\n]++(?:said|say|announced|agreed|signed|formed|plan|planned|will|have|are|were|jointly)\b"
)
# "aircraft carrier Kitty Hawk" is a ship, not an airline
_NOT_COMPANY_MODIFIERS = frozenset({"aircraft", "the", "a", "an"})
# "NASDAQ-listed", "Hangzhou-based", "Newly-installed": a word ending in a lowercase part
_CUE_HYPHEN = _Pattern(r"-\p{Ll}++$")
_COMPANY_HYPHEN = _Pattern(r"-(?:owned|backed|controlled|funded|run|operated)$")
_PERSON_CUES = frozenset(
    "analyst economist dealer trader strategist spokesman spokeswoman president chairman director "
    "executive minister secretary official officer manager professor said says told founder".split()
)
_DEMONYM_ENDINGS = ("ian", "ese", "ish")
# "Ugandan officials": a word used as an adjective of a country or people, not a name
_NATIONAL_NOUNS = _Pattern(
    r"[^\S\n]++(?:officials|government|authorities|ministers?|ministry|farmers|exporters|importers|producers|"
    r"economy|market|troops|forces|people|citizens|banks|companies|firms|industry|state|family|"
    r"family's|families|heirs|brothers|clan|delegates|delegation|negotiators)\b"
)
_FAMILY_AFTER = _Pattern(r"[^\S\n]++(?:family|family's|family’s|families|heirs|brothers|clan|dynasty)\b")
_FAMILY_AFTER_CAPS = _Pattern(r"[^\S\n]++(?:FAMILY|FAMILY'S|HEIRS|BROTHERS|CLAN|DYNASTY)\b")
_DATELINE_DATE = _Pattern(
    r",[^\S\n]++(?:\p{Lu}[\p{L}.]*+,?[^\S\n]++){0,2}\p{Lu}\p{Ll}{2,8}\.?[^\S\n]++\d{1,2}\b"
)
# a registered name in Chinese or Japanese, its legal form at the end (or first: "株式会社X")
_CJK_NAME = _Pattern(
    r"(?<![\p{Han}\p{Katakana}\p{Hiragana}ー])"  # standing apart: running Chinese text has no word breaks
    r"(?:([\p{Han}\p{Katakana}][\p{Han}\p{Katakana}ー]{1,30}?)(?:股份有限公司|有限責任公司|有限责任公司|有限公司|株式会社)"
    r"|株式会社([\p{Han}\p{Katakana}][\p{Han}\p{Katakana}ー]{1,30}))"
)
# a lowercase word of four letters or more: the line is no title-case headline
# a wire slug glued to a headline: "PREVIEW-", "EXCLUSIVE-", "UPDATE-"
_SLUG = _Pattern(r"\p{Lu}{4,}+-(?=\p{Lu}\p{Ll})")
# prepositions that a name in capitals does not run across: "STAKE IN MARLOW TEXTILES INC"
_CAPS_BREAKS = frozenset("IN TO BY FROM WITH FOR ON AT OVER AFTER UNDER INTO VIA".split())
_LOWER_WORD = _Pattern(r"(?<![\p{L}\p{Nd}'’\-.@/])\p{Ll}\p{L}{3}")
# a wire dateline before " - ": "NEW YORK, March 3", "ZURICH, July 16", "LONDON, Oct 20"
_DATELINE = _Pattern(
    r"[^\S\n]*+\p{Lu}[\p{L} .,'()/-]*?,[^\S\n]++\p{Lu}\p{Ll}{2,8}\.?[^\S\n]++\d{1,2}[^\S\n]++"
)
# characters that start none of the cues read after a name (_AFTER_LISTING, _AFTER_APPOSITION,
# _APPOSITION_HEAD, _AFTER_CORPORATE, _AFTER_SAID_IT, _AFTER_TICKER)
_NO_CUE_AFTER = frozenset('.\n;:)"-/')
# Matches wherever one of those cues matches (with the same bounds): one look-up rules them
# all out.  _AFTER_SAID_IT, read within 24 characters, enters without its final \b.
_ANY_CUE_AFTER = _Pattern(
    "|".join(
        f"(?:{p})"
        for p in (
            _AFTER_LISTING.pattern,
            _AFTER_APPOSITION.pattern,
            _APPOSITION_HEAD.pattern,
            _AFTER_CORPORATE.pattern,
            _AFTER_SAID_IT.pattern.removesuffix(r"\b"),
            _AFTER_TICKER.pattern,
        )
    )
)
# the characters that start the cues after a space: "(" (_AFTER_LISTING), "<" (_AFTER_TICKER)
# and the initials of the words of _AFTER_CORPORATE and _AFTER_SAID_IT ("shares", "Inc", "said")
_CUE_AFTER_SPACE = frozenset("(<" + "scbeudIC" + "sar")
_SENTENCE_OPENERS = frozenset('.!?:;\n"“‘(')
_POSSESSIVE_TAIL = ("'s", "’s")
_SPLIT_CATEGORIES = frozenset({"title", "month", "weekday"})  # a run splits at these words
_DOT_OR_POSSESSIVE = (".", *_POSSESSIVE_TAIL)
_MAX_NAME_WORDS = 12
# a unit named right after its cue: "its consumer lending unit, Halvorsen Credit,"
_UNIT_BEFORE = _Pattern(
    r"\b(?:unit|subsidiary|division|affiliate|arm)(?:,|[^\S\n]++(?:called|named))?+[^\S\n]++$"
)
# suffixes abbreviating words the body spells out ("CPL REIT" for "CPL Real Estate Investment
# Trust"): in a headline in capitals they leave the name to the linking with the body
_CAPS_SHORT_SUFFIXES = frozenset({"REIT"})
# rules of mentions that link a name given elsewhere (their names are no full names of their own)
_LINK_RULES = frozenset({"gazetteer", "document alias", "headline alias", "web domain", "gazetteer+suffix"})
# "Alex. Brown and Sons", "Smith and Associates": after "and", the rest of one firm's name
_FIRM_AFTER_AND = frozenset("Sons Son Brothers Bros Daughters Partners Associates Company Co".split())
# ordinals that open bank names ("First Meridian Bancorp", "First Interstate Bancorp")
_NAME_ORDINALS = frozenset({"First"})
_LOOKAHEAD = 120  # characters a cue after a name may span; bounds each look-up
_CORPORATE_TITLES = frozenset(
    "Chief CEO CFO COO CTO Chairman Chairwoman President Spokesman Spokeswoman Spokesperson Founder "
    "Co-founder Cofounder Treasurer Controller Executives".split()
)
_PUBLIC_TITLES = frozenset(
    "Minister Secretary Chancellor Ambassador Commissioner Undersecretary Premier Governor Senator "
    "Representative Mayor Judge Justice Controller".split()
)
_PLAIN_CATEGORIES = frozenset({"common", "title", "person_title", "month", "weekday", "currency"})
_REJECT_CATEGORIES = frozenset(
    {"month", "weekday", "exchange", "currency", "place", "country", "demonym", "common"}
)

# --- tokens and segments ----------------------------------------------------------------


@attrs.define
class _Tok:
    start: int
    end: int
    text: str
    gap: str = ""  # text between the previous token of the run and this one


@attrs.define
class _Found:
    start: int
    end: int
    name: str
    kind: CompanyKind
    owner: str | None
    rule: str
    ticker: str | None = None
    exchange: str | None = None
    tentative: bool = False  # an ambiguous gazetteer name still needing support
    entry: GazetteerEntry | None = None


def _is_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"“‘'(":
        if text[i] in '"“‘(':
            return True
        i -= 1
    if i > 0 and text[i] == "-" and text[i - 1] == " ":  # "NEW YORK, March 3 - Total copper stocks"
        line_start = text.rfind("\n", 0, i) + 1
        return i - line_start < 60 and _DATELINE.fullmatch(text, line_start, i) is not None
    return i < 0 or text[i] in _SENTENCE_OPENERS


def _word_runs(text: str) -> Iterator[list[tuple[int, int]]]:
    """The spans of the words of each run ``_RUN.finditer(text)`` matches, in one scan.

    ``_RUN`` is a word followed by any number of (gap, word); its words are exactly the
    ``_TOKEN`` matches inside it.  So one ``_TOKEN`` scan of the whole text yields the
    same words in order, and two neighbours belong to one run when ``_GAP`` matches
    from the end of the first to exactly the start of the second (a word never starts
    inside a gap: gaps hold spaces, lowercase connectors and a comma).  This replaces a
    ``_RUN`` scan plus a second ``_TOKEN`` scan of every run.
    """
    # The lowercase branch of _WORD ("Fernway Health plc") is tried at every position and
    # costs a third of the scan, yet matches in few documents: where it cannot match,
    # _WORD without that branch finds the very same words.
    word_iter = (_TOKEN if _may_have_lower_suffix(text) else _TOKEN_UPPER).finditer
    gap_match = _GAP_AT.match
    run: list[tuple[int, int]] = []
    prev_end = -1
    for m in word_iter(text):
        span = m.span()
        start = span[0]
        if run and (
            (start == prev_end + 1 and text[prev_end] == " ")  # the usual gap, one space
            or (
                text[prev_end:start].strip() in _GAP_CORES
                and (gap := gap_match(text, prev_end)) is not None
                and gap.end() == start
            )
        ):
            run.append(span)
        else:
            if run:
                yield run
            run = [span]
        prev_end = span[1]
    if run:
        yield run


def _tokens(
    text: str, occupied: list[tuple[int, int]], skip: frozenset[str], drop: frozenset[str] = frozenset()
) -> list[list[_Tok]]:
    """Capitalized words grouped into runs that could form one name.

    A run of one word from ``skip`` (ordinary sentence-initial words) is dropped early, and
    so is a run of one word from ``drop`` (months, weekdays) with nothing glued before it.
    """
    runs: list[list[_Tok]] = []
    starts = [s for s, _ in occupied]
    bisect_right = bisect.bisect_right
    for spans in _word_runs(text):
        rs = spans[0][0]
        re_ = spans[-1][1]
        surface = text[rs:re_]
        if surface in skip:
            continue
        first_start = rs  # where the first word starts, a glued head included
        if rs:
            before = text[rs - 1]
            if before.isalnum() or (before == "-" and text[rs - 2 : rs] != "--"):
                head = _GLUED_HEAD.search(text, max(0, rs - 5), rs)
                if head is None:
                    spans = spans[1:]  # the tail of a lowercase word ("mid-America" keeps "America")
                else:
                    first_start = head.start()
        if len(spans) == 1 and spans[0][0] == first_start:  # one word, nothing glued or cut: most runs
            if surface in drop:
                continue
            if occupied:
                k = bisect_right(starts, re_) - 1
                if k >= 0 and occupied[k][1] > rs:
                    continue
            runs.append([_Tok(rs, re_, surface)])
            continue
        run: list[_Tok] = []
        prev_end = -1
        for start, end in spans:
            if start == rs:  # only the first word starts at rs
                start = first_start
            if occupied:
                k = bisect_right(starts, end) - 1
                if k >= 0 and occupied[k][1] > start:
                    if run:
                        runs.append(run)
                        run = []
                    continue
            run.append(_Tok(start, end, text[start:end], text[prev_end:start] if run else ""))
            prev_end = end
        if run:
            runs.append(run)
    return runs


class _Extractor:
    """One document's pass: holds the text, the lexicons and what was found so far."""

    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.gaz = gazetteer
        self.words: CompanyWords = company_words()
        self.category_of = self.words.category_of
        # the gazetteer's index, read directly by the name matcher
        self.gaz_surface = gazetteer._surface
        self.gaz_firsts = gazetteer._firsts
        self.gaz_prefixes = gazetteer._prefixes
        self.gaz_longest = gazetteer.longest
        self.found: list[_Found] = []
        self.leftovers: list[list[_Tok]] = []
        self.persons: set[str] = set()
        self.title_before: set[int] = set()  # ends of names followed by a job title
        self.cued: set[int] = set()  # starts of names before "-owned", "-backed"
        self.public_before: set[int] = set()  # ends of names followed by "Minister", "Secretary"
        self.after_title: set[int] = set()  # ends of job titles ("Chief Executive Dana Holt")
        self.confirmed: set[str] = set()  # known names that a longer name confirms
        self.found_ending: dict[int, _Found] = {}  # end offset -> mention, for "X and Y"
        self.name_tails: set[str] = set()  # last words of unknown longer names ("Yaacov Cohen")
        self.capitals: list[list[_Tok]] = []  # runs written all in capitals (headlines)
        self.title_lines: dict[int, bool] = {}  # line start -> written in title case
        self.persons_folded: set[str] | None = None  # persons case-folded, for names in capitals
        self.aliases_made: tuple[int, dict[str, _Found]] | None = None  # (len(found), aliases())

    # --- helpers -----------------------------------------------------------------------

    def category(self, word: str) -> str | None:
        if word.endswith(_POSSESSIVE_TAIL):
            word = word[:-2]
        # category_of holds "common" for the common words, else the non_company category
        cat = self.category_of.get(word)
        if not cat and word.endswith("."):  # a word without its dots ("Calif.")
            cat = self.words.non_company.get(word.rstrip("."))
        return cat

    def is_plain_word(self, tok: _Tok) -> bool:
        """A word that never starts a name: common word, title, month, currency, ..."""
        return self.category(tok.text) in _PLAIN_CATEGORIES

    def key(self, toks: list[_Tok]) -> str:
        """The words' text, whitespace collapsed."""
        if len(toks) == 1:
            return toks[0].text  # a token's text is text[start:end] and holds no whitespace
        return " ".join(self.text[toks[0].start : toks[-1].end].split())

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
        if entry is None:
            name = name.removesuffix("'s").removesuffix("’s")
        self.found.append(_Found(start, end, name, kind, owner, rule, tentative=tentative, entry=entry))

    def _sentence_final(self, end: int) -> bool:
        rest = self.text[end : end + 3]
        stripped = rest.lstrip(" \t")
        return (
            not stripped
            or stripped[0] in '\n"”’)'
            or (rest[:1] in " \t" and (stripped[0].isupper() or stripped[0].isdigit()))
        )

    def gaz_match(self, toks: list[_Tok], i: int, limit: int) -> tuple[int, GazetteerEntry] | None:
        """The longest gazetteer name starting at token i: (end index, entry)."""
        word = toks[i].text
        firsts = self.gaz_firsts
        if not (
            word in firsts
            # (a word without a possessive tail strips to itself, just found wanting)
            or (word.endswith(_POSSESSIVE_TAIL) and word.removesuffix("'s").removesuffix("’s") in firsts)
            or (word.isupper() and word.casefold() in firsts)
        ):
            return None
        surface = self.gaz_surface
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
            if entry is None and j > i + 1 and key.endswith(_POSSESSIVE_TAIL):
                entry = self.gaz.lookup(key[:-2])  # "Ant Group's"
            if entry is None and j == i + 1:
                if word.endswith(_POSSESSIVE_TAIL):
                    entry = self.gaz.lookup(word[:-2])
                elif word.isupper() and len(word) > 3:
                    entry = self.gaz.lookup_folded(word)
                    if entry is not None and entry.ambiguous:
                        entry = None
            if entry is not None:
                best = (j, entry)
            if key not in prefixes:
                # every longer candidate is this key, a space and more words (a comma gap
                # stops the loop above), so none can be a name (or one plus "'s") unless
                # this key starts a multi-word name
                break
        return best

    # --- the pass ------------------------------------------------------------------------

    def run(self) -> list[CompanyMention]:
        occupied = self.domains_and_brackets()
        category_of = self.category_of
        firsts = self.gaz_firsts
        for run in _tokens(self.text, occupied, self.words.common, self.words.dropped):
            if len(run) == 1:
                # One word, most runs: segments() would yield it as it is, drop it (a month,
                # a weekday) or note a title, unless a hyphen, a dot or an "'s" is to be read.
                word = run[0].text
                if "-" not in word and not word.endswith(_DOT_OR_POSSESSIVE):
                    cat = category_of.get(word)
                    if cat in _SPLIT_CATEGORIES:
                        if cat == "title":
                            self.after_title.add(run[0].end)
                    elif (
                        word in firsts
                        or word.isupper()
                        or (self.after_title and self.title_end_before(run[0].start))
                    ):
                        self.match_segment(run)  # a known name may start here, or a person's
                    elif cat is None:
                        # what match_segment() would do: no name starts here, and
                        # unknown_region() keeps the word for linking and context cues
                        self.keep_unknown(run)
                    # else a place, a currency, a common word ... on its own: nothing to read
                    continue
            for segment in self.segments(run):
                self.match_segment(segment)
        if not self.text.isascii():
            self.cjk_names()
        self.link_document()
        self.short_forms()
        self.attach_codes()
        return self.finish()

    def cjk_names(self) -> None:
        """Chinese and Japanese registered names ("金海智慧物流控股有限公司", "三井物産株式会社").

        On the line right under a company's name (the bilingual heading of a Hong Kong
        filing) the name is that company's; otherwise it is written without its suffix.
        """
        text = self.text
        for m in _CJK_NAME.finditer(text):
            start, end = m.span()
            name = m.group(1) or m.group(2) or m.group()
            prev_end = text.rfind("\n", 0, start)
            before = text[max(0, start - 3) : start].rstrip()
            if before.endswith(("(", "（")):  # "Mitsui & Co (三井物産株式会社)": the name before it
                k = len(text[:start].rstrip()) - 1  # the opening parenthesis
                while k > 0 and text[k - 1] in " \t":
                    k -= 1
                left = next((f for f in self.found if f.end == k and f.kind == "company"), None)
                if left is not None:
                    name = left.name
            elif prev_end > 0 and not text[prev_end:start].strip():
                prev_start = text.rfind("\n", 0, prev_end) + 1
                for f in self.found:
                    if (
                        f.kind == "company"
                        and f.start >= prev_start
                        and f.end <= prev_end
                        and not text[prev_start : f.start].strip()
                    ):
                        name = f.name
                        break
            self.found.append(_Found(start, end, name, "company", None, "CJK name"))

    def domains_and_brackets(self) -> list[tuple[int, int]]:
        text = self.text
        occupied: list[tuple[int, int]] = []
        if (_tld_hint_ascii() if text.isascii() else _TLD_HINT).search(text):
            for m in _web_domains(text):
                start, end = m.span()
                host = m.group(1)
                name, kind, owner = self.site(host)
                tail = _SUFFIX_AFTER_DOMAIN.match(text, end, end + 16)
                if tail is not None:  # "Amazon.com Inc.": the company named after its site
                    end = tail.end()
                    if text[end - 1] == "." and self._sentence_final(end):
                        end -= 1
                    kind = "company" if kind == "site" and owner in (None, name) else kind
                    owner = None if kind == "company" else owner
                self.found.append(_Found(start, end, name, kind, owner, "web domain"))
                occupied.append((start, end))
        if "(" in text:
            for m in _LISTING.finditer(text):  # "(NASDAQ: SINA)": a listing code, not a name
                occupied.append(m.span())
        if "<" in text:
            for m in _ANGLE.finditer(text):
                inner = m.group(1).strip()
                if _TICKER_CODE.fullmatch(inner) or not any(c.isalpha() for c in inner):
                    occupied.append(m.span())
                    continue
                if _MARKUP.match(inner):  # "<div class=...>", "</li>": markup left in scraped text
                    occupied.append(m.span())
                    continue
                start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
                end = start + len(inner)
                entry = self.gaz.lookup(inner) or self.gaz.lookup(canonical_name(inner))
                if entry is not None:
                    f = _Found(
                        start, end, entry.name, entry.kind, entry.owner, "reuters bracket", entry=entry
                    )
                else:
                    f = _Found(start, end, canonical_name(inner), "company", None, "reuters bracket")
                self.found.append(f)
                occupied.append(m.span())
        occupied.sort()
        return occupied

    def site(self, host: str) -> tuple[str, CompanyKind, str | None]:
        if host.lower().startswith("www."):
            host = host[4:]
        exact = self.gaz.lookup(host)
        if exact is not None and exact.kind != "product":  # "JD.com", "Amazon.com": the company
            return exact.name, exact.kind, exact.owner
        entry = self.gaz.lookup_folded(host)
        if entry is not None:
            if entry.kind in ("site", "product"):
                return entry.name, "site", entry.owner
            return entry.name, "site" if entry.kind == "company" else entry.kind, entry.owner or entry.name
        host = host.lower()
        labels = host.split(".")
        while len(labels) > 1 and labels[-1] in (
            "com",
            "net",
            "org",
            "co",
            "cn",
            "hk",
            "jp",
            "kr",
            "in",
            "uk",
            "au",
            "sg",
            "tw",
            "de",
            "fr",
            "io",
            "ai",
            "tv",
            "biz",
            "info",
        ):
            labels.pop()
        if len(labels) == 1:
            base = labels[0]
            entry = self.gaz.lookup_folded(base)
            if entry is not None:
                if entry.kind in ("site", "product"):
                    return entry.name, "site", entry.owner
                return entry.name, "site", entry.name
            return base[:1].upper() + base[1:], "site", None
        owner_entry = self.gaz.lookup_folded(labels[-1]) or self.gaz.lookup_folded(labels[-1] + ".com")
        owner = None
        if owner_entry is not None:
            owner = owner_entry.owner or owner_entry.name
        return host, "site", owner

    def segments(self, run: list[_Tok]) -> Iterable[list[_Tok]]:
        """Split a run at titles, months, possessives, hyphen cues and dotted suffixes."""
        seg: list[_Tok] = []
        category_of = self.category_of
        for tok in run:
            word = tok.text
            cat = category_of.get(word)
            if (not cat and word[-1:] == ".") or word.endswith(_POSSESSIVE_TAIL):
                cat = self.category(word)  # else category() would return just this
            if (
                seg
                # (the tests on the word before first: most words end in neither a dot nor "'s")
                and seg[-1].text.endswith(_DOT_OR_POSSESSIVE)
                and (
                    (seg[-1].text.endswith(".") and suffix_class(seg[-1].text))
                    # "Form 10-K. Verdantis undertakes": a code ends its sentence, it is no initial
                    or (seg[-1].text.endswith(".") and any(c.isdigit() for c in seg[-1].text))
                    or (seg[-1].text.endswith(_POSSESSIVE_TAIL) and self.gaz.lookup(self.key(seg)) is None)
                )
                and not suffix_class(word)
            ):
                yield seg
                seg = []
            if "-" in word and _CUE_HYPHEN.search(word):
                if seg:
                    yield seg
                    seg = []
                self.hyphen_cue(tok)
                continue
            if cat == "currency" and seg and tok.gap.strip():
                yield seg  # "Mitsuru Kagaku for Rs 96 crore": the amount is not part of the name
                seg = []
                continue
            if cat in _SPLIT_CATEGORIES:
                if cat == "title":
                    self.after_title.add(tok.end)
                if seg:
                    if word in _CORPORATE_TITLES and not self.is_plain_word(seg[-1]):
                        self.title_before.add(seg[-1].end)
                    elif word in _PUBLIC_TITLES:
                        self.public_before.add(seg[-1].end)
                    yield seg
                    seg = []
                continue
            if not seg and "-" in word and tok.gap == "":
                slug = _SLUG.match(word)
                line_start = self.text.rfind("\n", 0, tok.start) + 1
                if slug is not None and not self.text[line_start : tok.start].strip():
                    # "PREVIEW-Dunlevy Semiconductor results": a wire slug opens the headline
                    tok = _Tok(tok.start + slug.end(), tok.end, word[slug.end() :])
            if len(seg) >= _MAX_NAME_WORDS:  # no name is this long: keep the work per word bounded
                yield seg
                seg = []
            if not seg and tok.gap:  # a segment's first word has no gap (tokens are never mutated)
                tok = _Tok(tok.start, tok.end, tok.text)
            seg.append(tok)
        if seg:
            yield seg

    def hyphen_cue(self, tok: _Tok) -> None:
        """ "Tencent-owned": the part before the hyphen may be a company."""
        word = tok.text
        cut = word.rfind("-")
        head = word[:cut]
        if _COMPANY_HYPHEN.search(word) and head:
            sub = _Tok(tok.start, tok.start + cut, head)
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

    def after_the(self, start: int) -> bool:
        """Is the word at ``start`` right after "the" (an opening quote between them)?"""
        before = self.text[max(0, start - 6) : start].rstrip("\"“‘'")
        return before[-4:] in ("the ", "The ") and not before[-5:-4].isalpha()

    def written_lowercase(self, word: str) -> bool:
        """Does the text also write ``word`` in lowercase (an ordinary word, "family")?"""
        lower = word.lower()
        if lower == word:
            return False
        text = self.text
        i = text.find(lower)
        while i >= 0:
            end = i + len(lower)
            before = text[i - 1 : i]
            after = text[end : end + 2]
            if (
                not (before.isalpha() or before in ("@", "/", "."))  # not "press@verdantis.com"
                and not after[:1].isalpha()
                and not (after[:1] == "." and after[1:].isalpha())
            ):
                return True
            i = text.find(lower, end)
        return False

    def match_segment(self, seg: list[_Tok]) -> None:
        n = len(seg)
        first = seg[0].text
        w = self.words
        key = self.key(seg) if n > 1 else first
        if n > 1 and key in w.non_company:  # "North Sea", "New York", "Wall Street"
            return
        # (a gap reading "and" leaves " and " in the key, which collapsed its whitespace)
        if n >= 2 and " and " in key and any(t.gap.strip() == "and" for t in seg[1:]):
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
                cut = next((k for k in range(1, n) if seg[k].gap.strip() == "and"), n)
                self.persons.update(t.text for t in seg[:cut])
                if cut < n:  # "President Reagan and Treasury Secretary Baker"
                    self.match_segment([_Tok(seg[cut].start, seg[cut].end, seg[cut].text), *seg[cut + 1 :]])
                return
        if n >= 2 and (
            self.category(first) == "person_title" or first in w.firstnames or first in w.surnames
        ):
            # "Mr. Reynolds", "John Harris", "Wang Gao": a person, unless the whole
            # sequence is a known name ("John Deere") or ends in a legal suffix
            hit = self.gaz_match(seg, 0, n)
            if (
                (hit is None or hit[0] < n)
                and (self.category(first) == "person_title" or self.is_person(seg))
                and not any(suffix_class(t.text) for t in seg[1:])
            ):
                self.persons.update(t.text.removesuffix("'s").removesuffix("’s") for t in seg)
                return
        i = 0
        region_start = 0
        firsts = self.gaz_firsts
        while i < n:
            word = seg[i].text
            if word not in firsts and not (word.isupper() or word.endswith(_POSSESSIVE_TAIL)):
                i += 1  # no name starts here: gaz_match() would return None at once
                continue
            hit = self.gaz_match(seg, i, n)
            if hit is None:
                i += 1
                continue
            j, entry = hit
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
                    and (_is_sentence_start(self.text, lead.start) or self.category(lead.text) is not None)
                    and not lead.text.endswith(_POSSESSIVE_TAIL)
                )
                self.emit(toks, entry.name, entry.kind, "gazetteer", entry.owner, entry, tentative)
            i = region_start = j
        if region_start < n:
            self.unknown_region(seg[region_start:] if region_start else seg)

    def unit_name(self, toks: list[_Tok], j: int) -> bool:
        """Is ``toks``, a known name ending at ``j`` and more words, a unit named after its cue?

        "sell its consumer lending unit, Halvorsen Credit, to": the words after the
        parent's name make the unit's name.  The words must be joined by spaces and none
        may be an ordinary word, a place or a person's title.
        """
        if any(t.gap != " " or self.category(t.text) is not None for t in toks[j:]):
            return False
        start = toks[0].start
        return _UNIT_BEFORE.search(self.text, max(0, start - 40), start) is not None

    def ends_in_company_word(self, word: str) -> bool:
        """Does a name ending in ``word`` name a company ("... Bancorp", "... Corp", "... Bank")?"""
        word = word.removesuffix("'s").removesuffix("’s")
        return word in self.words.head or suffix_class(word) is not None

    def title_end_before(self, start: int) -> bool:
        """Is a job title written right before ``start`` ("Chief Executive Dana Holt")?"""
        i = start
        while i > 0 and self.text[i - 1] in " \t":
            i -= 1
        return i in self.after_title

    def extend_known(self, seg: list[_Tok], j: int, known_company: bool = True) -> tuple[int, bool]:
        """How far a known name reaches: its legal suffixes, or company words and a suffix."""
        n = len(seg)
        k = j
        while k < n and suffix_class(seg[k].text) and seg[k].gap.strip() in ("", ",", "&"):
            k += 1
        if k > j or k == n or seg[k].gap.strip() in (",", "and", "&"):
            return k, False
        head = self.words.head
        end = k
        all_head = True
        while (
            end < n and seg[end].gap.strip() in ("", "of", "and", "&") and self.gaz_match(seg, end, n) is None
        ):
            word = seg[end].text
            if suffix_class(word) == "strong" and end > k:
                while end < n and suffix_class(seg[end].text):
                    end += 1
                return end, True  # "Tata Iron and Steel Co"
            if self.is_plain_word(seg[end]):
                return k, False
            all_head = all_head and word in head
            end += 1
        if end > k and (all_head or seg[end - 1].text in head) and seg[end - 1].gap.strip() == "":
            return end, True  # "Mitsubishi Heavy Industries", "First Union Real Estate Investments"
        if end == k + 1 and seg[k].gap == " " and self.category(seg[k].text) == "country" and known_company:
            return end, True  # "Shell Canada", "Texaco Canada": a national subsidiary
        return k, False

    def unknown_region(self, toks: list[_Tok]) -> None:
        """Tokens no gazetteer name covers: suffix, head-word and cue rules."""
        w = self.words
        category_of = self.category_of
        while toks:
            word = toks[0].text
            cat = category_of.get(word)
            if (not cat and word[-1:] == ".") or word.endswith(_POSSESSIVE_TAIL):
                cat = self.category(word)  # else category() would return just this
            if cat not in _PLAIN_CATEGORIES:  # not self.is_plain_word(toks[0])
                break
            if cat == "person_title":
                self.persons.update(t.text for t in toks[1:])
                return
            toks = toks[1:]
        if not toks:
            return
        if len(toks) == 1:
            # One word (most regions): of the rules below only these can apply (no suffix
            # after it, no person, no capitals run, no rule reading two words or more).
            word = toks[0].text
            if word in w.non_company:  # "Soviet", "Texas"
                return
            if toks[0].gap:
                toks[0] = _Tok(toks[0].start, toks[0].end, word)
            self.keep_unknown(toks)
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
            if capitals and tok.text == "AS":
                continue  # "SEEN AT LEAST SAME AS LAST YEAR": the word "as", not the Norwegian form
            if capitals and tok.text in _CAPS_SHORT_SUFFIXES:
                continue  # "CPL REIT" in a headline: the body's "CPL Real Estate Investment Trust"
            if capitals and cls == "weak" and not _AFTER_TICKER.match(self.text, tok.end, tok.end + 16):
                continue  # "INVESTOR GROUP LIFTS": in capitals, "Group" ends a name before a ticker only
            end = k + 1
            while (
                end < len(toks) and suffix_class(toks[end].text) and toks[end].gap.strip() in ("", ",", "&")
            ):
                end += 1
            name_toks = self.after_person_of(toks[:k])
            if capitals:
                cut = max((m for m, t in enumerate(name_toks) if t.text in _CAPS_BREAKS), default=-1)
                if cut >= 0:
                    name_toks = name_toks[cut + 1 :]
                    if not name_toks:
                        continue
                    name_toks[0] = _Tok(name_toks[0].start, name_toks[0].end, name_toks[0].text)
            m = self.and_split(name_toks) if " and " in self.key(name_toks) else 0
            if m:  # "Merritt-Sloane Capital and Eastbrook & Co.": two firms
                self.unknown_region(name_toks[:m])
                first = name_toks[m]
                rest = [_Tok(first.start, first.end, first.text), *name_toks[m + 1 :], *toks[k:]]
                self.unknown_region(rest)
                return
            if self.good_name(name_toks, weak=cls == "weak"):
                surface = self.key([*name_toks, *toks[k:end]])
                name = canonical_name(surface)
                entry = self.gaz.lookup(name)
                full = [*name_toks, *toks[k:end]]
                if entry is not None:
                    if not (  # '(the "Target Company")': a defined term, not Target Corp
                        entry.ambiguous
                        and len(full) == 2
                        and full[1].text == "Company"
                        and self.after_the(full[0].start)
                    ):
                        self.emit(full, entry.name, entry.kind, "gazetteer+suffix", entry.owner, entry)
                else:
                    self.emit(full, name, "company", "legal suffix")
                if end < len(toks):
                    rest = toks[end:]
                    rest[0] = _Tok(rest[0].start, rest[0].end, rest[0].text)
                    self.unknown_region(rest)
                return
        if len(toks) > 1 and self.is_person(toks):  # one word is never a person's name here
            self.persons.update(t.text for t in toks)
            return
        if self.key(toks) in w.non_company:  # "Soviet Union", "Wall Street"
            return
        if (
            len(toks) > 1
            and all(t.text.isupper() for t in toks)
            and not any(suffix_class(t.text) == "strong" and t.text not in _CAPS_SHORT_SUFFIXES for t in toks)
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
            if toks[k].gap.strip() != "of":
                continue
            word = toks[k - 1].text
            if ((k == 1 and word in w.org_prefix) or word in w.org_head or word in w.head) and (
                k == 1
                or word in w.org_head
                or self.good_name(toks[: k - 1], weak=True)
                or self.good_name(toks[k:], weak=False)
            ):
                org = (
                    word in w.org_head
                    or (word in w.org_prefix and word != "Bank")
                    or (
                        word == "Bank" and self.category(self.key(toks[k:])) == "country"  # "Bank of Zambia"
                    )
                )
                kind: CompanyKind = "organization" if org else "company"
                self.emit(toks, self.key(toks), kind, "X of Y name")
                return
            break
        if len(toks) >= 2 and last in w.org_head and not all(self.is_plain_word(t) for t in toks[:-1]):
            self.emit(toks, self.key(toks), "organization", "organization word")
            return
        if len(toks) >= 3 and last in w.head:
            for k in range(len(toks) - 2, 0, -1):  # "Victor Amara of Hollis Brandt Research"
                if toks[k].gap.strip() == "of" and self.is_person(toks[:k]):
                    toks = [_Tok(toks[k].start, toks[k].end, toks[k].text), *toks[k + 1 :]]
                    break
        if (
            len(toks) >= 2
            and last in w.head
            and toks[-1].end not in self.public_before
            and not self.person_cue(toks[0].start)
        ):
            k = self.and_split(toks[:-1]) if " and " in self.key(toks) else 0
            if k:  # "Lucas Aerospace and Lucas Industrial"
                left, right = toks[:k], toks[k:]
                right[0] = _Tok(right[0].start, right[0].end, right[0].text)
                self.unknown_region(left)
                self.unknown_region(right)
                return
            if self.good_name(toks[:-1], weak=True):
                self.emit(toks, self.key(toks), "company", "company word")
                return
        if len(toks) > 1:
            self.name_tails.add(toks[-1].text)
        self.leftovers.append(toks)

    def keep_unknown(self, toks: list[_Tok]) -> None:
        """An unknown word on its own: a heading line, or kept for linking and context cues."""
        end = toks[0].end
        if (
            self.text.find("\n", end, end + 3) >= 0  # (whole_line() needs a line break right after)
            and self.whole_line(toks)
            and not suffix_class(toks[0].text)
        ):
            self.capitals.append(toks)  # a heading line
        else:
            self.leftovers.append(toks)

    def whole_line(self, toks: list[_Tok]) -> bool:
        """Do these words fill a line of their own (a heading)?"""
        text = self.text
        end = toks[-1].end
        if text.find("\n", end, end + 3) < 0:  # most often no line break follows: decided
            return False
        after = text[end : end + 3].partition("\n")
        if after[0].strip():
            return False
        before = text[max(0, toks[0].start - 3) : toks[0].start].rpartition("\n")
        return (bool(before[1]) or toks[0].start <= 3) and not before[2].strip()

    def after_person_of(self, toks: list[_Tok]) -> list[_Tok]:
        """Drop "Peter Friend of" from "Peter Friend of Walwyn Stodgell Ltd"."""
        for k in range(len(toks) - 1, 0, -1):
            w = self.words
            word = toks[k - 1].text
            if toks[k].gap.strip() == "of" and (
                self.is_person(toks[:k])
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
        specific = 0
        for tok in toks:
            word = tok.text
            cat = self.category(word)
            if cat in ("title", "person_title", "month", "weekday", "exchange", "currency"):
                return False
            if (
                cat == "common"
                or word in w.generic
                or (weak and (cat in ("place", "country", "demonym") or word in w.head))
            ):
                continue
            specific += 1
        if specific == 0:
            return False
        return not (weak and self.key(toks) in w.non_company)

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
        if len(toks) >= 2 and first in w.firstnames and toks[1].gap == " ":
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

    # --- linking ---------------------------------------------------------------------------

    def link_document(self) -> None:
        """Unknown capitalized words that name a company found elsewhere in the text.

        Two passes: names found so far (and the one-word forms of longer ones) link the
        leftovers, context cues read what is still unknown, then the names the cues
        found link the remaining leftovers ("... startup Quartzwerk said ... Quartzwerk
        was founded in 2020").
        """
        self.found_ending = {f.end: f for f in self.found}
        pending = self.leftovers
        firsts_of: tuple[dict[str, _Found], set[str]] | None = None
        # ids of the stretches the first pass returned as they were: none of its names linked
        untouched: set[int] = set()
        for final in (False, True):
            aliases = self.aliases()
            # the second pass reads the very table of the first (it found nothing): a
            # stretch none of its names linked then is not linked now either
            same = firsts_of is not None and firsts_of[0] is aliases
            if not same:  # aliases() may return the same table
                firsts_of = (aliases, {key.split(" ")[0] for key in aliases})
            assert firsts_of is not None
            firsts = firsts_of[1]
            if same and len(untouched) == len(pending):
                break  # (most often) every stretch left is one the first pass returned as it was
            rest: list[list[_Tok]] = []
            for toks in pending:
                if same and id(toks) in untouched:
                    rest.append(toks)
                    continue
                out = self.link_region(toks, aliases, firsts, cue=not final)
                if not final and len(out) == 1 and out[0] is toks:
                    untouched.add(id(toks))
                rest.extend(out)
            pending = rest
        for toks in pending:  # a headline in title case: "Verdantis Completes Acquisition of Parcelwise"
            for t in toks:
                if t.text.removesuffix("'s").removesuffix("’s") in firsts:
                    if self.title_line(toks):
                        self.capitals.append(toks)
                    break
        if self.capitals:
            aliases = self.aliases()
            for toks in self.capitals:
                if not self.dateline(toks):
                    self.link_capitals(toks, aliases)

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

    def aliases(self) -> dict[str, _Found]:
        """Surface forms that name an entity found so far in the document.

        Read-only for callers.  Mentions are only appended to ``found`` (and not changed)
        until :meth:`finish`, so the table stands as long as no mention was added.
        """
        if self.aliases_made is not None and self.aliases_made[0] == len(self.found):
            return self.aliases_made[1]
        aliases: dict[str, _Found] = {}
        first_words: dict[str, set[str]] = {}
        w = self.words
        first_at: dict[str, int] = {}  # where each name is first found
        for at, f in enumerate(self.found):
            first_at.setdefault(f.name, at)
            if f.kind == "site" or f.tentative:
                continue
            surface = " ".join(self.text[f.start : f.end].split())
            aliases.setdefault(surface, f)
            aliases.setdefault(f.name, f)
            if f.rule not in ("gazetteer", "document alias", "web domain") and f.kind == "company":
                head = f.name.split(" ")[0]
                if (
                    " " in f.name
                    and len(head) > 2
                    and self.category(head) is None
                    and head not in w.generic
                    and head not in w.firstnames
                    and head not in w.head
                    and head not in w.name_prefix
                    and not head.endswith(_DEMONYM_ENDINGS)
                ):
                    first_words.setdefault(head, set()).add(f.name)
                    parts = f.name.split(" ")
                    if len(parts) >= 3 and parts[1][:1].isupper():
                        # "Orient Crest" for "Orient Crest Lines"
                        first_words.setdefault(" ".join(parts[:2]), set()).add(f.name)
                    tail_ok = all(p[:1].isupper() for p in parts[1:]) and parts[-1] not in w.head
                    if len(parts) >= 3 and tail_ok:
                        # "Serra Azul" for "Frigorífico Serra Azul"
                        first_words.setdefault(" ".join(parts[1:]), set()).add(f.name)
            follows = self.text[f.end : f.end + 1]  # the acronym's "(", maybe after spaces
            m = (
                _AFTER_ACRONYM.match(self.text, f.end, f.end + _LOOKAHEAD)
                if follows == "("
                or (
                    follows.isspace()
                    and follows != "\n"
                    and self.text.find("(", f.end, f.end + _LOOKAHEAD) >= 0  # (the regex needs one)
                )
                else None
            )
            if m and m.group(1) not in w.non_company and not _SUFFIX_AFTER_DOMAIN.match(self.text, m.end()):
                # "(F.E.) Ltd" is part of the name, not an acronym for it
                aliases.setdefault(m.group(1), f)
        for head, names in first_words.items():
            # one name, or several ("Hvidsten Shipping", "Hvidsten Tankers"): the one named first
            aliases.setdefault(head, self.found[min(first_at[n] for n in names)])
        for key, f in list(aliases.items()):
            if not key.isupper():
                aliases.setdefault(key.casefold(), f)
        self.aliases_made = (len(self.found), aliases)
        return aliases

    def link_region(
        self, toks: list[_Tok], aliases: dict[str, _Found], firsts: set[str], cue: bool
    ) -> list[list[_Tok]]:
        """Link known names inside an unknown stretch; the stretches still unknown.

        Between linked names, a stretch joined by "and" ("Halloran and Stratalink")
        is read on its own: by a context cue now, by the names found later otherwise.
        """
        n = len(toks)
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
            for j in range(i + 1, min(n, i + 6) + 1):
                key = self.key(toks[i:j])
                if key.endswith(_POSSESSIVE_TAIL):
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
                    i > 0  # "Anirudh Vardhan": a surname, not Vardhan Cements
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
                best = None
            if best is not None and _FAMILY_AFTER.match(self.text, toks[best[0] - 1].end):
                best = None  # "the Berger family": the people, not Berger & Söhne
            if best is not None and i == 0 and best[0] < n and self.unit_name(toks, best[0]):
                # "its consumer lending unit, Halvorsen Credit,": the unit's own name
                self.emit(toks, canonical_name(self.key(toks)), "company", "unit name")
                self.found_ending[self.found[-1].end] = self.found[-1]
                return []
            if best is not None:
                j, target = best
                linked = True
                if self.key(toks[i:j]).removesuffix("'s").removesuffix("’s") not in self.persons:
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

    def title_line(self, toks: list[_Tok]) -> bool:
        """Is this run on a headline written in title case ("Verdantis Completes Acquisition of ...")?"""
        text = self.text
        line_start = text.rfind("\n", 0, toks[0].start) + 1
        known = self.title_lines.get(line_start)
        if known is None:
            line_end = text.find("\n", toks[-1].end)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            known = line.count(" ") >= 2 and _LOWER_WORD.search(line) is None
            self.title_lines[line_start] = known
        return known

    def dateline(self, toks: list[_Tok]) -> bool:
        """Is this run the place of a dateline ("NEWPORT BEACH, Calif., March 11 -")?"""
        text = self.text
        line_start = text.rfind("\n", 0, toks[0].start) + 1
        return (
            not text[line_start : toks[0].start].strip()
            and _DATELINE_DATE.match(text, toks[-1].end, toks[-1].end + 40) is not None
        )

    def link_capitals(self, toks: list[_Tok], aliases: dict[str, _Found]) -> None:
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

    def context_cue(self, toks: list[_Tok]) -> bool:
        """An unknown name introduced by a strong context cue ("startup Foo said")."""
        w = self.words
        introduced = (
            len(toks) > 1
            and toks[0].text.lower() in w.appositive
            and _is_sentence_start(self.text, toks[0].start)
        )
        if introduced:  # "Startup Kivra, a ...": the noun introduces the name
            toks = toks[1:]
        # The cue first: most unknown names have none, and the checks on the name below
        # (all reading, none writing) only matter where one was found.
        rule = self.cue_rule(toks, introduced)
        if not rule:
            return False
        category_of = self.category_of
        firstnames = w.firstnames
        for t in toks:
            word = t.text
            # self.category(word), read directly when there is no dot or "'s" to drop
            cat = self.category(word) if word.endswith(_DOT_OR_POSSESSIVE) else category_of.get(word)
            if cat in _REJECT_CATEGORIES or word in firstnames:
                return False
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
        if split:  # "investors Balderton Capital and Seedcamp": two firms, not one
            self.emit(toks[:split], canonical_name(self.key(toks[:split])), "company", rule)
            rest = [_Tok(toks[split].start, toks[split].end, toks[split].text), *toks[split + 1 :]]
            self.emit(rest, canonical_name(self.key(rest)), "company", "X and Y")
        else:
            self.emit(toks, canonical_name(key), "company", rule)
        return True

    def cue_rule(self, toks: list[_Tok], introduced: bool) -> str:
        """The rule of the context cue around a name (``introduced``: by the noun before it), or ""."""
        start, end = toks[0].start, toks[-1].end
        text = self.text
        # coordinated() and cue_before() both read the words before a space
        space_before = start > 0 and text[start - 1] == " "
        rule = ""
        if start in self.cued:
            rule = "X-owned"
        elif introduced:
            rule = "cue before"
        elif space_before and self.coordinated(start, end):
            rule = "X and Y"
        elif end in self.title_before:
            rule = "X title"
        else:
            if space_before and self.cue_before(start):
                rule = "cue before"
            follows = text[end : end + 1]
            if (
                not rule
                # each cue after a name starts with a space, ",", "(", "<" or an apostrophe
                and not (follows == "" or follows.isalnum() or follows in _NO_CUE_AFTER)
                # after one space, what follows starts with one of _CUE_AFTER_SPACE (or a space)
                and not (
                    follows == " "
                    and (second := text[end + 1 : end + 2]) not in _CUE_AFTER_SPACE
                    and not second.isspace()
                )
                and _ANY_CUE_AFTER.match(text, end, end + _LOOKAHEAD) is not None
            ):
                m = _AFTER_LISTING.match(text, end, end + _LOOKAHEAD)
                if m is not None:
                    rule = "listing code"
                elif _AFTER_APPOSITION.match(text, end, end + _LOOKAHEAD) or self.apposition(end):
                    rule = "cue after"  # "Loomwise, a Berlin-based payroll startup, ..."
                elif _AFTER_CORPORATE.match(text, end, end + _LOOKAHEAD):
                    if not _is_sentence_start(text, start) or len(toks) > 1:
                        rule = "cue after"
                elif _AFTER_SAID_IT.match(text, end, end + 24) and self.said_it_subject(toks):
                    rule = "X said it"  # people say "he" or "she"; a company says "it"
                elif _AFTER_TICKER.match(text, end, end + _LOOKAHEAD):
                    rule = "reuters ticker"
        return rule

    def and_split(self, toks: list[_Tok]) -> int:
        """Where "and" joins two names in one run, or 0.

        The first name ends in a company or an organization word ("Merritt-Sloane Capital
        and Eastbrook", "Canada Pension Plan Investment Board and Temasek Holdings"), or is a
        company the document named before ("Kinnevik and Piton Capital" after "Kinnevik
        AB"): "Duff and Phelps" stays one name, and so does "Harris and Upham Inc" (a
        gazetteer name on the left is not enough).
        """
        w = self.words
        for k in range(1, len(toks)):
            if toks[k].gap.strip() != "and":
                continue
            word = toks[k - 1].text
            if word in w.head or (k >= 2 and word in w.org_head):
                return k
            if toks[k].text not in _FIRM_AFTER_AND and self.known_company(self.key(toks[:k]), toks[0].start):
                return k
        return 0

    def known_company(self, key: str, before: int) -> bool:
        """Is ``key`` the name of a company the document named before ``before``?"""
        return any(
            f.start < before and f.kind == "company" and not f.tentative and f.name == key for f in self.found
        )

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
        lower = word.lower()
        return len(toks) > 1 or not (f" {lower} " in self.text or f" {lower}," in self.text)  # "Delegates"

    def apposition(self, end: int) -> bool:
        """Does ", the Chinese video-sharing platform" (a company noun) follow the name?"""
        m = _APPOSITION_HEAD.match(self.text, end, end + _LOOKAHEAD)
        if m is None:
            return False
        words = m.group(1).split()
        appositive = self.words.appositive
        return len(words) > 1 and words[-1] in appositive  # the head noun ends the phrase

    def person_cue(self, start: int) -> bool:
        """Is the word before ``start`` one that introduces a person ("analyst Anne Mills")?"""
        words = self.text[max(0, start - 24) : start].split()
        return bool(words) and words[-1] in _PERSON_CUES

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
        return self.cue_before(left.start) or _AFTER_PAIR.match(self.text, end, end + 30) is not None

    def cue_before(self, start: int) -> bool:
        """Do the words right before ``start`` introduce a company ("startup", "stake in")?"""
        if start == 0 or self.text[start - 1] != " ":
            return False  # the words before must end with a space
        before = self.text[max(0, start - 40) : start]
        before = before.rpartition("\n")[2]  # a cue never reaches across a line break
        words = before.split()
        if not words or not words[-1][-1:].isalpha():
            return False
        last = words[-1]
        cues = self.words.cue_before
        if last in cues:
            return True
        if len(words) >= 2 and f"{words[-2].lower()} {last}" in cues:
            return True
        return last in self.words.appositive and (len(words) < 2 or words[-2] not in _NOT_COMPANY_MODIFIERS)

    def attach_codes(self) -> None:
        """Tickers and listing codes written right after a name."""
        text = self.text
        # a ticker needs a "<", a listing code a "(" within reach: most texts have neither
        tickers, listings = "<" in text, "(" in text
        for f in self.found:
            if tickers and text.find("<", f.end, f.end + _LOOKAHEAD) >= 0:
                m = _AFTER_TICKER.match(text, f.end, f.end + _LOOKAHEAD)
                if m is not None:
                    f.ticker = m.group(1)
                    continue
            if listings and text.find("(", f.end, f.end + _LOOKAHEAD) >= 0:
                m = _AFTER_LISTING.match(text, f.end, f.end + _LOOKAHEAD)
                if m is not None:
                    f.exchange, f.ticker = m.group(1), m.group(2)

    def finish(self) -> list[CompanyMention]:
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
        keep.sort(key=lambda f: (f.start, -(f.end - f.start)))
        out: list[CompanyMention] = []
        last_end = -1
        for f in keep:
            if f.start < last_end or f.end <= f.start:
                continue
            surface = text[f.start : f.end]
            if surface.endswith(_POSSESSIVE_TAIL) and self.gaz.lookup(surface) is None:
                f.end -= 2
                surface = surface[:-2]
            out.append(
                CompanyMention(
                    start=f.start,
                    end=f.end,
                    text=surface,
                    name=f.name,
                    kind=f.kind,
                    owner=f.owner,
                    ticker=f.ticker,
                    exchange=f.exchange,
                    rule=f.rule,
                )
            )
            last_end = f.end
        return _names_as_written(out)


def _brand_names(mentions: list[CompanyMention]) -> dict[str, str]:
    """Registered names with a legal-form prefix that the text goes on to call by their brand.

    "PT Kilau Digital Indonesia Tbk" once, then "Kilau" three times: the text's name for
    the company is "Kilau".  Only names written with such a prefix (Indonesian "PT") are
    renamed; elsewhere a short form ("Williams" for "Williams Natural Gas") may name
    another company.
    """
    out: dict[str, str] = {}
    for m in mentions:
        if m.kind != "company" or not m.text.startswith(("PT ", "PT. ")) or " " not in m.name:
            continue
        first = m.name.split(" ")[0]
        short = sum(1 for x in mentions if x.name == m.name and x.text == first)
        long = sum(1 for x in mentions if x.name == m.name and x.text != first)
        if short >= 2 and short > long:
            out[m.name] = first
    return out


def _names_as_written(mentions: list[CompanyMention]) -> list[CompanyMention]:
    """Name each gazetteer entity as the document writes it, legal suffixes stripped.

    The gazetteer links "K Mart Corp" and "Kmart" to one entity; the canonical name a
    reader (and an analyst's record) uses for this document is one the text uses, so
    "K Mart" rather than the gazetteer's spelling when the text only says "K Mart Corp".
    Among several written forms the most frequent wins, then the longest, then the
    first in alphabetical order, so the name does not depend on which comes first.
    Products and sites keep their names; their owners follow the renaming.
    """
    written: dict[str, dict[str, int]] = {}
    canonical: dict[str, str] = {}  # canonical_name() of the texts seen (a name recurs)
    for m in mentions:
        if m.rule == "gazetteer" and m.kind in ("company", "organization"):
            form = canonical.get(m.text) or canonical.setdefault(m.text, canonical_name(m.text))
            if form.isupper() or len(form) <= 2:
                form = m.name  # "IBM", "GE": the gazetteer's name stands
            forms = written.setdefault(m.name, {})
            forms[form] = forms.get(form, 0) + 1
    renames: dict[str, str] = {}
    for old, forms in written.items():
        new = next(iter(forms)) if len(forms) == 1 else min(forms, key=lambda f: (-forms[f], -len(f), f))
        if new != old and new.casefold() != old.casefold():
            renames[old] = new
    renames.update(_brand_names(mentions))
    if not renames:
        return mentions
    return [
        attrs.evolve(
            m, name=renames.get(m.name, m.name), owner=renames.get(m.owner, m.owner) if m.owner else None
        )
        for m in mentions
    ]


def is_non_company(word: str) -> str | None:
    """The category of a capitalized word that is never a company on its own.

    One of "title", "person_title", "month", "weekday", "exchange", "currency",
    "place", "country", "demonym", "common", or None when the word may name a company.

    >>> is_non_company("Hangzhou"), is_non_company("Chairman"), is_non_company("Sina")
    ('place', 'title', None)
    """
    w = company_words()
    if word in w.common:
        return "common"
    return w.non_company.get(word)


def extract_companies(text: str, *, gazetteer: Gazetteer | None = None) -> list[CompanyMention]:
    """Company, product, site and organization mentions in ``text``, in text order.

    Every mention carries ``name``, the canonical name of the entity it refers to,
    the same for every mention of that entity in the text.  Pass ``gazetteer`` (see
    :meth:`Gazetteer.with_entries`) to add names of your own.

    >>> [(m.text, m.name) for m in extract_companies("Shares of Cyclops Corp rose; Cyclops said.")]
    [('Cyclops Corp', 'Cyclops'), ('Cyclops', 'Cyclops')]
    >>> [(m.text, m.kind, m.owner) for m in extract_companies("Tencent's WeChat app grew.")]
    [('Tencent', 'company', None), ('WeChat', 'product', 'Tencent')]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_companies() expects text as str, got {type(text).__name__}")
    from ._unlisted import review

    return review(text, _Extractor(text, gazetteer if gazetteer is not None else Gazetteer.default()).run())
