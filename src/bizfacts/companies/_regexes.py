"""Patterns and word sets the company extractor reads (compiled on first use)."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

import regex

from .._ascii_twins import _ascii_source
from .._needles import WindowSearch

# --- patterns ---------------------------------------------------------------------------

_PATTERN_METHODS = ("match", "search", "fullmatch", "finditer")
_ASCII_METHODS = ("ascii_match", "ascii_search", "ascii_fullmatch", "ascii_finditer")
# the standard library's engine knows possessive quantifiers from Python 3.11 on
_STDLIB_POSSESSIVE = sys.version_info >= (3, 11)


def _ascii_source_of(pattern: str) -> str:
    """``pattern`` rewritten for stdlib ``re`` with the same matches on ASCII-only text.

    Spells out what ``bizfacts._ascii_twins._ascii_source`` leaves: whitespace other than a
    line break (``[^\\S\\n]``, the whitespace of ``regex`` on ASCII) and decimal digits.
    Raises ``ValueError`` for a construct without a twin.
    """
    return _ascii_source(pattern.replace(r"[^\S\n]", _ASCII_SPACE).replace(r"\p{Nd}", r"\p{N}"), False)


class _Pattern:
    """A regular expression compiled on first use (``import bizfacts`` stays cheap).

    Once compiled, the pattern's own bound methods are stored on the instance, so a hot
    call such as ``_AFTER_TICKER.match(text, pos)`` goes straight to the C method with no
    Python wrapper frame in between (the extractor makes tens of such calls per document).
    ``ascii_match``, ``ascii_search``, ``ascii_fullmatch`` and ``ascii_finditer`` are those of
    the pattern's stdlib ``re`` twin, for a text all in ASCII: the same matches, found several
    times faster (the pattern itself where it has no twin).  Until then each method name holds
    a stand-in that compiles on its first call.  (Not a ``__getattr__``: a class that defines
    one makes every attribute read take the interpreter's slow path, several hundred machine
    instructions per read, where a plain instance attribute is read in a few tens.)
    Compiling is idempotent: two threads racing on first use at worst compile twice and store
    equal methods.
    """

    match: Callable[..., regex.Match[str] | None]
    search: Callable[..., regex.Match[str] | None]
    fullmatch: Callable[..., regex.Match[str] | None]
    finditer: Callable[..., Iterator[regex.Match[str]]]
    ascii_match: Callable[..., re.Match[str] | regex.Match[str] | None]
    ascii_search: Callable[..., re.Match[str] | regex.Match[str] | None]
    ascii_fullmatch: Callable[..., re.Match[str] | regex.Match[str] | None]
    ascii_finditer: Callable[..., Iterator[re.Match[str]] | Iterator[regex.Match[str]]]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        for name in (*_PATTERN_METHODS, *_ASCII_METHODS):
            setattr(self, name, functools.partial(self._first_call, name))

    def _first_call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Call the method ``name`` (a stand-in was called: it is compiled first if need be)."""
        method = self.__dict__[name]
        if isinstance(method, functools.partial):  # (not compiled yet)
            method = self._compiled(name)
        return method(*args, **kwargs)

    def _compiled(self, name: str) -> Any:
        """Compile the pattern (or its stdlib twin, for an ``ascii_`` name), store its methods
        in place of the stand-ins and return the method ``name``."""
        if name in _ASCII_METHODS:
            twin: Any = None
            if _STDLIB_POSSESSIVE and self.flags == 0:
                try:
                    twin = re.compile(_ascii_source_of(self.pattern))
                except (ValueError, re.error):
                    twin = None
            if twin is None:
                twin = regex.compile(self.pattern, self.flags)
            self.__dict__.update(
                ascii_match=twin.match,
                ascii_search=twin.search,
                ascii_fullmatch=twin.fullmatch,
                ascii_finditer=twin.finditer,
            )
            return getattr(twin, name.removeprefix("ascii_"))
        compiled = regex.compile(self.pattern, self.flags)
        methods = {method: getattr(compiled, method) for method in _PATTERN_METHODS}
        self.__dict__.update(methods)
        return methods[name]


# abbreviations whose final dot belongs to the word ("Inc.", "Mr."), besides single capitals
_ABBREVIATIONS = (
    "Inc Corp Co Cos Ltd Bros Mfg Intl Natl Assn Mr Mrs Ms Dr St Jr Sr Gen Sen Rep Gov Prof Ave Dept "
    "Cia Pty Pte Pvt Bhd Plc Cie Zrt Kft Nyrt Ltda Tbk Sdn"
    # (and in capitals: "ZHAOYU INDUSTRIAL CO., LTD.")
    " INC CORP CO COS LTD BROS MFG INTL CIA PTY PTE PVT BHD PLC"
).split()
_INVESTOR_NOUNS = r"(?:Pension|Retirement|Provident|Superannuation|Savings|Benefits?)\b"
_LOWER_SUFFIXES = "plc|ltd|inc|llc|gmbh|bhd|tbk"
# a round's or a share class's letter and its dot end a sentence, not a name's initial: "closed
# a $42 million Series B. Harborline Ventures led the round"
_NO_ROUND_LETTER = r"(?<!(?:Series|Class)[^\S\n]\p{Lu})"
_NO_ROUND_LETTER_ASCII = r"(?<!Series [A-Z])(?<!Class [A-Z])"
# A capitalized word: "Sina", "AT&T", "U.S.", "McDonald's", "eBay", "3M", "7-Eleven",
# "Hewlett-Packard", "NASDAQ-listed", with the dot of an abbreviation ("Inc.", "J.").
_WORD = (
    r"(?:\p{Lu}[\p{L}\p{M}\p{Nd}]*+(?:[&'’./\-][\p{L}\p{M}\p{Nd}]++)*+"
    # a plural possessive inside an investor's name: "Ontario Teachers' Pension Plan"
    r"(?:['’](?<=s['’])(?=[^\S\n]++" + _INVESTOR_NOUNS + r"))?+"
    # the dot of an abbreviation: "(?=\.)" first, as both branches need one, so that the
    # costly look-behind is not tried at the end of every word
    r"(?:(?=\.)(?:(?<=(?<![\p{L}\p{Nd}])(?:"
    + "|".join(_ABBREVIATIONS)
    + r"|\p{Lu})" + _NO_ROUND_LETTER + r"|\.\p{L}{1,3}+)\.))?+(?!\$)"
    # "A$", "HK$": a currency sign, not a word ("Orion Metals for A$145 million")
    # a legal suffix written in lowercase ends a name too: "Fernway Health plc"
    r"|(?<=\p{L}[^\S\n])(?:" + _LOWER_SUFFIXES + r")(?![\p{L}\p{Nd}])\.?+)"
)
# _WORD for a text all in ASCII, for the standard library's engine (several times faster
# on this pattern): the same matches there.  On ASCII text \p{M} matches nothing, the
# letter and digit properties are the ASCII classes, [^\S\n] is the whitespace of
# ``regex`` less "\n", and the look-behind of varying width becomes one look-behind of
# fixed width per alternative (the letters after a dot, taken possessively up to three
# by ``regex``, are one to three letters right after a dot).
_ASCII_SPACE = r"[\t\x0b\x0c\r ]"
_WORD_ASCII = (
    r"(?:[A-Z][A-Za-z0-9]*+(?:[&'./\-][A-Za-z0-9]++)*+"
    r"(?:'(?<=s')(?=" + _ASCII_SPACE + r"++" + _INVESTOR_NOUNS + r"))?+"
    r"(?:(?=\.)(?:"
    # (each alternative is a look-behind, so their order changes no match: an initial's,
    # "J.", is tried first, as a run of initials tries it at every word)
    + "|".join(
        [f"(?<=(?<![A-Za-z0-9])[A-Z]){_NO_ROUND_LETTER_ASCII}"]
        + [f"(?<=(?<![A-Za-z0-9]){a})" for a in _ABBREVIATIONS]
        + [rf"(?<=\.[A-Za-z]{{{k}}})" for k in (1, 2, 3)]
    )
    + r")\.)?+(?!\$)"
    r"|(?<=[A-Za-z]" + _ASCII_SPACE + r")(?:" + _LOWER_SUFFIXES + r")(?![A-Za-z0-9])\.?+)"
)
# a short lowercase or numeric head glued to a capitalized word: "eBay", "iPhone", "3M", "7-Eleven"
_GLUED_HEAD = _Pattern(
    r"(?:(?<![\p{L}\p{M}\p{Nd}])[\p{Ll}\p{Nd}]{1,3}+|(?<![\p{L}\p{Nd}])\p{Nd}{1,4}+-)$"
)
_TOKEN = _Pattern(_WORD)
_LOWER_SUFFIX_BRANCH = r"|(?<=\p{L}[^\S\n])(?:plc|ltd|inc|llc|gmbh|bhd|tbk)(?![\p{L}\p{Nd}])\.?+)"
assert _LOWER_SUFFIX_BRANCH in _WORD
_TOKEN_UPPER = _Pattern(_WORD.replace(_LOWER_SUFFIX_BRANCH, ")"))  # _WORD less its lowercase branch
_LOWER_SUFFIX_BRANCH_ASCII = (
    r"|(?<=[A-Za-z]" + _ASCII_SPACE + r")(?:plc|ltd|inc|llc|gmbh|bhd|tbk)(?![A-Za-z0-9])\.?+)"
)
assert _LOWER_SUFFIX_BRANCH_ASCII in _WORD_ASCII


@functools.cache
def _ascii_tokens() -> tuple[re.Pattern[str] | regex.Pattern[str], re.Pattern[str] | regex.Pattern[str]]:
    """The ASCII twins of _TOKEN and _TOKEN_UPPER (stdlib ``re``), compiled on first use."""
    if not _STDLIB_POSSESSIVE:
        return regex.compile(_WORD), regex.compile(_TOKEN_UPPER.pattern)
    return re.compile(_WORD_ASCII), re.compile(_WORD_ASCII.replace(_LOWER_SUFFIX_BRANCH_ASCII, ")"))
# What may stand between two words of one name: spaces (no line break: a heading line
# "About Fernway Health" does not run into the next line) and
# one connector word, or a comma before a legal suffix ("Foo, Inc.").
_GAP_CONNECTORS = "of and & de du des la van von der den del da do dos das di y for et und".split()
_GAP = (
    r"(?:[^\S\n]?+,[^\S\n]*+(?=(?:Inc|INC|Ltd|LTD|LLC|LLP|PLLC|L\.L\.C|L\.L\.P|L\.P|LP|Limited|LIMITED|Corp|CORP|PLC|Plc|N\.V|S\.A|AG|Co|Lda|DAC)\b)"
    # (one or two spaces: a table's columns, parted by three or more or by a tab, are no one name)
    r"|[^\S\n\t]{1,2}+(?![^\S\n])"
    # ("Bank of the Westlands": after "Bank", "of the" joins a name as "of" does)
    r"(?:(?:(?<=Bank[ ])of[ ]the|" + "|".join(_GAP_CONNECTORS) + r")[^\S\n]++)?+)"
)
_RUN = _Pattern(_WORD + r"(?:" + _GAP + _WORD + r")*+")  # the runs _word_runs() finds


@functools.cache
def _ascii_runs() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The stdlib twins of _RUN, with and without the lowercase branch of _WORD, or None
    where the standard library has no possessive quantifiers (before Python 3.11).

    Group 1 takes part in a match only where the run holds more than one word.
    """
    if not _STDLIB_POSSESSIVE:
        return None
    gap = _ascii_source_of(_GAP)
    upper = _WORD_ASCII.replace(_LOWER_SUFFIX_BRANCH_ASCII, ")")
    return (
        re.compile(_WORD_ASCII + "(" + gap + _WORD_ASCII + ")*+"),
        re.compile(upper + "(" + gap + upper + ")*+"),
    )
_GAP_AT = _Pattern(_GAP)
# what a _GAP match holds once stripped of whitespace: a gap stripping to anything else
# cannot be one, and is told apart without running the pattern
_GAP_CORES = frozenset(["", ",", "of the", *_GAP_CONNECTORS])


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
    for suffix, search in _lower_suffix_searches():  # noqa: SIM110 (no generator on this per-text path)
        if suffix in text and search.search(text):
            return True
    return False


_WEB_DOMAIN = _Pattern(
    r"(?<![\w@.\-/])(?:www\.)?((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,4}"
    r"(?:com|net|org|cn|hk|jp|kr|in|de|uk|fr|io|ai|tv|co|biz|info)(?:\.(?:cn|hk|jp|kr|in|uk|au|sg|tw))?+)"
    r"(?![\w\-]|\.\w)",
    regex.IGNORECASE,
)
_SUFFIX_AFTER_DOMAIN = _Pattern(
    r",?[^\S\n]++(?:Inc|Corp|Ltd|Co|Group|Holdings|PLC|plc|LLC|Limited)\b\.?+"
)
# (the look-ahead, the first letters of the domains, leaves most dots at once: "U.S.", "3.5")
_TLD_HINT = _Pattern(
    r"\.(?=[abcdfhijknotu])(?:com|net|org|cn|hk|jp|kr|in|de|uk|fr|io|ai|tv|co|biz|info)\b", regex.IGNORECASE
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
# ("<PHAB ST>": a code and its market's letters)
_TICKER_CODE = _Pattern(r"[A-Z0-9][A-Z0-9.\-]{0,7}+(?:[ ][A-Z]{1,2})?+")
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
# a short name defined in quotes right after a name: 'Shenzhen Hualong Technology Co., Ltd.
# ("Hualong" or the "Company")', 'Alder Grove Inc. (the "Alder")'
_AFTER_DEFINED = _Pattern(
    r"[^\S\n]*+\(\s*+(?:the[^\S\n]++)?[\"“](\p{Lu}[\p{L}\p{N}&.\-]{1,24}+(?:[^\S\n]\p{Lu}[\p{L}\p{N}&.\-]{0,24}+){0,2})[\"”]"
)
# a short name given after a name: "Brygghus Varnes AS, commonly known as Varnes", "(also known as Varnes)"
_KNOWN_AS = _Pattern(
    r"[^\S\n]*+[,(][^\S\n]*+(?:(?:commonly|also|better|widely|locally|simply)[^\S\n]++)?known[^\S\n]++as"
    r"[^\S\n]++[\"“]?(\p{Lu}[\p{L}\p{N}&.\-]{1,24}+(?:[^\S\n]\p{Lu}[\p{L}\p{N}&.\-]{0,24}+){0,2})"
)
# "Foo, a Boston-based maker of ...", "Foo, the parent of ..."
_AFTER_APPOSITION = _Pattern(
    # ("Foo, a San Jose, California-based data company": a comma inside a chain of places)
    r",[^\S\n]++(?:a|an|the|which|its|one[^\S\n]++of[^\S\n]++(?:its|the))[^\S\n]++"
    r"(?:[\p{L}\p{Nd}\-]++(?:,(?=[^\S\n]\p{Lu}))?+[^\S\n]++){0,4}?"
    r"(?:maker|makers|producer|manufacturer|operator|provider|developer|retailer|company|firm|startup|"
    r"start-up|unit|subsidiary|affiliate|parent|owner|supplier|distributor|publisher|bank|lender|"
    r"insurer|carrier|airline|brewer|conglomerate|group|chain|giant|rival|concern|holding\s+company|"
    r"platform|service|app|network|marketplace|exchange|fund|partnership|venture|miner|"
    r"explorer|refiner|utility|shipper|shipowner|meatpacker|packer|grocer|vendor|consultancy|brokerage|"
    r"fintech|biotech|business|outfit|co-operative|cooperative|bottler|railroad|railway|"
    r"automaker|carmaker|chipmaker|drugmaker|steelmaker|regulator|watchdog|"
    r"operates|owns|makes|produces|runs|sells|backed|owned|controlled|funded|headquartered|listed)s?+\b"
    # ("P, the company's chief executive,": a role at the company, told of a person)
    r"(?!['’])"
    # "..., a company spokesman said" and ", the company said" report, they do not describe
    r"(?![^\S\n]+(?:spokes\w*|officials?|executives?|sources?|statement|said|says|told|added|announced)\b)"
)
# "Foo is an American manufacturer of power tools": a sentence opening with a name and a copula
# describing a firm (read only at a sentence's start, see _Cues)
_AFTER_COPULA = _Pattern(
    # ("Lumora is headquartered in Amsterdam": people are based somewhere, never headquartered)
    r"[^\S\n]++(?:is|was)[^\S\n]++headquartered\b|"
    # ("Vexora is owned by ...", "X was founded in 1998", "X was acquired by Y": no person's)
    r"[^\S\n]++(?:is|was)[^\S\n]++(?:(?:wholly|majority|partly|jointly)[- ])?owned[^\S\n]++by\b|"
    r"[^\S\n]++was[^\S\n]++(?:co-)?founded[^\S\n]++(?:in|by)\b|"
    r"[^\S\n]++(?:is|was)[^\S\n]++listed[^\S\n]++on[^\S\n]++the\b|"
    r"[^\S\n]++(?:is|was)[^\S\n]++(?:a|an|the|one[^\S\n]++of[^\S\n]++the)[^\S\n]++(?:[\p{L}\p{Nd}\-]++[^\S\n]++){0,4}?"
    r"(?:company|firm|startup|start-up|maker|manufacturer|producer|provider|developer|retailer|operator|"
    r"bank|lender|insurer|airline|carrier|brewer|conglomerate|chain|supplier|distributor|publisher|miner|"
    r"refiner|utility|shipper|grocer|consultancy|brokerage|fintech|biotech|subsidiary|corporation|"
    # ("Tandemly is a social fitness app with ...", "X is an online education platform")
    r"app|platform|marketplace|studio|agency|multinational|house|service)s?+\b"
    # ("X is a company director", "X was a bank analyst": a person's job)
    r"(?![^\S\n]+(?:director|executive|officer|official|spokes\w*|analyst|manager|founder|veteran|"
    r"president|chairman|employee|worker|owner|lawyer|economist)s?\b)"
)
# "Foo shares", "Foo Chief Executive", "Foo spokesman"
_AFTER_CORPORATE = _Pattern(
    r"(?:'s|’s)?+[^\S\n]++(?:shares|stock|stockholders|shareholders|spokesman|spokeswoman|spokesperson|"
    r"chief\s+executive|chairman|board|executives|subsidiary|unit|division|Inc\.?|Corp\.?|"
    # "Halvard Partners analyst Ann Lee", "Quellon general manager Ivo Berg"
    r"partners?|analysts?|economists?|strategists?|general\s+manager|managing\s+(?:director|partner)|"
    # "Emberly co-founder Ida Lund", "Tarrow boss Kit Hale", "Quellon chief financial officer"
    r"co-?founder|founder|boss|chairwoman|president|chief\s+(?:financial|operating|technology)\s+officer)\b"
)
# a firm's chief and the person's name after a name, or its possessive and the chief: "Quellon chief
# executive Li Wen said", "Quellon's chief executive said" (a firm even opening a sentence)
_FIRM_CHIEF = (
    r"(?:chief[^\S\n]++(?:executive|financial|operating)(?:[^\S\n]++officer)?+|chairman|chairwoman|president|"
    r"co-?founder|founder|boss|managing[^\S\n]++director)"
)
_AFTER_ROLE_PERSON = _Pattern(rf"[^\S\n]++{_FIRM_CHIEF},?+[^\S\n]++(?:\p{{Lu}}\.[^\S\n]*+)?+\p{{Lu}}\p{{Ll}}")
# the same chief after a name's possessive ("'s" read with the name or not): "Quellon's chairman said",
# or its board ("Quellon's board recommended the offer")
_AFTER_POSSESSIVE_CHIEF = _Pattern(rf"(?:'s|’s)?+[^\S\n]++(?:{_FIRM_CHIEF}|board)\b")
# a company's shares moving, after its name: "Tovana shares jumped 12%" (even opening a sentence)
_AFTER_SHARES_MOVED = _Pattern(
    r"(?:'s|’s)?+[^\S\n]++(?:shares|stock)[^\S\n]++(?:rose|fell|jumped|surged|soared|slumped|dropped|"
    r"climbed|gained|tumbled|plunged|slid|sank|rallied|declined|dipped|edged|closed|ended|were|are|have|"
    # (a listing: "Pellmont shares began trading on the Nasdaq", "X stock trades on the TSX")
    r"began|begin|begins|started|start|starts|debuted|trade|trades|traded|is|was)\b"
)
# a quoted price moving, after a name: "Quillmore jumped $2.15 to $30.40", "Corvane gained
# 3.1%" (a market report; commodities, currencies and indices are words of their own categories)
_AFTER_PRICE_MOVE = _Pattern(
    r"[^\S\n]++(?:rose|fell|gained|lost|jumped|climbed|slid|dropped|tumbled|surged|shed|plunged|soared|sank|"
    r"slumped|rallied|dipped|eased|advanced)[^\S\n]++"
    r"(?:(?:US|C|A|HK)?+[$€£¥]\d[\d,]*+(?:\.\d++)?+|\d++(?:\.\d++)?+[^\S\n]*+(?:%|percent\b|pct\b)"
    r"|\d++(?:\.\d++)?+[^\S\n]++(?:cents?|pence)\b)"
)
# a company's users or results after its name's possessive ("'s" read with the name or not):
# "Telvora's monthly active users", "Quorvel's quarterly revenue"
_AFTER_OWN_RESULTS = _Pattern(
    r"(?:'s|’s)?+[^\S\n]++(?:(?:monthly|daily|weekly)[^\S\n]++active[^\S\n]++users|paying[^\S\n]++subscribers"
    r"|(?:quarterly|annual|full-year)[^\S\n]++(?:revenue|sales|profit)|net[^\S\n]++(?:income|profit|loss)"
    # ("Velastra's revenue jumped", "Quellon's pretax profit fell": its own results, after a possessive)
    r"|revenues?+|sales|profits?+|earnings|(?:operating|pretax|pre-tax)[^\S\n]++profit)\b"
)
# a count of users after a name: "Chatterly reported 210 million daily active users", "Paylo has
# more than 12 million users" (people have no millions of subscribers)
_AFTER_USER_COUNT = _Pattern(
    # ("Lumora ended the third quarter (ended 2023) with 18.6 million paid subscribers")
    r"[^\S\n]++(?:now[^\S\n]++)?+(?:has|had|reported|posted|counts|boasts|claims|added|reached|surpassed|topped"
    r"|ended[^\S\n]++(?:the[^\S\n]++(?:\p{Ll}++[^\S\n]++)?(?:quarter|year|month)|\d{4})[^\S\n]++with)"
    r"[^\S\n]++(?:(?:more|fewer)[^\S\n]++than[^\S\n]++|over[^\S\n]++|about[^\S\n]++|nearly[^\S\n]++"
    r"|almost[^\S\n]++|some[^\S\n]++|roughly[^\S\n]++|around[^\S\n]++)?+"
    r"(?:\d[\d.]*+[^\S\n]*+(?:million|billion|mln|bln|m|bn)|\d{1,3}(?:,\d{3})++)[^\S\n]++"
    r"(?:(?:monthly|daily|weekly)[^\S\n]++active[^\S\n]++|(?:paid|paying|registered)[^\S\n]++)?+"
    r"(?:users|subscribers|members|players|listeners|customers)\b"
)
# a business's own verb and its object, after a name that opens a sentence: "Verdanta Kitchens makes
# plant-based proteins", "Tarn Mobility develops charging software" (not "makes a living", "makes sense")
_AFTER_BUSINESS_VERB = _Pattern(
    r"[^\S\n]++(?:makes|manufactures|produces|develops|sells|distributes|supplies)[^\S\n]++"
    r"(?!(?:a|an|the|it|him|her|them|his|its|their|sense|money|progress|headway|way|up|out|no|sure)\b)"
    r"\p{Ll}[\p{Ll}-]++(?:[^\S\n]++\p{Ll}++)?+(?:,|[^\S\n]++(?:and|for|to|in|that|used)\b)"
)
# a company's outlook for its own results after a name: "Paylark expects revenue to reach $60 million",
# "Brindle forecasts full-year sales of ..." (not an analyst's "Pellegrew sees 2026 earnings at 3.10 dlrs")
_AFTER_OUTLOOK = _Pattern(
    r"[^\S\n]++(?:expects|forecasts|forecast|projects|predicts)[^\S\n]++(?:its[^\S\n]++)?+"
    r"(?:(?:full-year|annual|quarterly|fiscal|first-half|second-half|\d{4})[^\S\n]++)?+"
    r"(?:revenues?+|sales|net[^\S\n]++(?:income|profit)|(?:operating|pretax|pre-tax)[^\S\n]++profit|profits?+"
    r"|earnings)[^\S\n]++(?:of|to|between|will|would|growth)\b"
)
# a funding round after a name: "Dunmora has raised an $18M Series A", "Quorvex raised $5 million in a
# seed round" (people raise money for charity, not a Series A)
_AFTER_FUNDING = _Pattern(
    r"[^\S\n]++(?:(?:has|have|had|just)[^\S\n]++)?+raised[^\S\n]++(?:an?[^\S\n]++)?+"
    r"(?:US\$|[$€£]|(?:USD|EUR|GBP)[^\S\n]?+)\d[\d.,]*+(?:[^\S\n]?+(?:million|billion|mln|bn)\b|[MmBbKk]\b)?+"
    r"[^\S\n]++(?:(?:in|of)[^\S\n]++(?:(?:an?|its|new|fresh)[^\S\n]++)?+)?+"
    r"(?:Series[^\S\n]++[A-H]\b|(?:pre-)?seed\b|(?:funding|financing|venture|growth)[^\S\n]++round\b"
    r"|round\b)"
)
# what a company does and its founder, whose surname it bears, does not: a document alias that
# is also a person's name ("founded by Harold Orvell ... Orvell bought a rival") is the company's
# before these
_AFTER_COMPANY_ONLY = _Pattern(
    # ("Brunnwald was acquired by", "Brunnwald took over the toolmaker": no person is bought, and one
    # takes over "as" an officer; "Brunnwald buys Y": a company history's present tense)
    r"(?:'s|’s)?+[^\S\n]++(?:(?:was|were|has[^\S\n]++been|had[^\S\n]++been)[^\S\n]++"
    r"(?:acquired|bought|taken[^\S\n]++over|listed|delisted)\b"
    r"|(?:took|takes)[^\S\n]++over[^\S\n]++(?:the|a|an|its)\b|"
    r"(?:(?:has|had|also|then|later)[^\S\n]++)?(?:acquired|acquires|bought|buys|merged|merges|employs|employed|"
    r"reported|posted|listed|floated|manufactures|shares|stock|subsidiary|unit|division|board|revenue|"
    r"net\s+(?:income|profit|loss)|headquarters)\b)"
)
# a deal verb right before a name: "Caddon Group acquires Brunnwald for", "buys Brunnwald from" (a
# company is bought; a person of the same name hardly)
_BEFORE_COMPANY_ONLY = _Pattern(
    r"\b(?:acquires|acquired|buys|bought|to[^\S\n]++acquire|to[^\S\n]++buy|stake[^\S\n]++in|shares[^\S\n]++(?:of|in))"
    r"[^\S\n]++\Z"
)
_APPOSITION_HEAD = _Pattern(r",[^\S\n]++((?:a|an|the)(?:[^\S\n]++[\p{Ll}\p{Lu}\-]++){1,4}?)[,.;]")
# ("X said in July that it had ...", "X said on Monday it would ...": a time phrase of one to three
# words and "that" between)
_AFTER_SAID_IT = _Pattern(
    r"[^\S\n]++(?:said|says|announced|added|reported)"
    r"(?:[^\S\n]++(?:on|in|last|late|earlier|this)(?:[^\S\n]++[\p{L}\d]++){1,3}?,?+)?(?:[^\S\n]++that)?+"
    r"[^\S\n]++(?:it|its)\b"
)
_AFTER_PAIR = _Pattern(
    r"[^\S\n]++(?:said|say|announced|agreed|signed|formed|plan|planned|will|have|are|were|jointly)\b"
)
# what follows two companies joined by "and", not one firm's name: a construction of a plural
# subject ("... said they", "... agreed to merge", "... jointly", "... signed a pact")
_PLURAL_AFTER = _Pattern(
    r"(?:[^\S\n]++(?:on|in|late|early)[^\S\n]++\p{L}++)?+[^\S\n]++"
    r"(?:jointly\b"
    r"|(?:said|say)(?:[^\S\n]++(?:on|in|late|early)[^\S\n]++\p{L}++)?+[^\S\n]++(?:they|their)\b"
    r"|(?:\p{Ll}++[^\S\n]++){0,3}?(?:merge|combine)\b"
    # a pact of the two, no third party after "with": "X and Y Freight signed a pact on Monday"
    # (not after a legal suffix: "X and Y Inc formed a joint venture" may be one firm's)
    # ("are joining forces", "have teamed up", "announced a licensing deal")
    r"|(?P<pact>(?:(?:are|have|will)[^\S\n]++)?(?:joined|joining|join)[^\S\n]++forces"
    r"|(?:(?:have|will)[^\S\n]++)?(?:teamed|team)[^\S\n]++up"
    r"|(?:(?:have|had)[^\S\n]++)?(?:signed|struck|reached|formed|inked|announced)[^\S\n]++an?+"
    r"(?:[^\S\n]++[\p{L}\d\-]++){0,2}?[^\S\n]++(?:pact|agreement|accord|alliance|memorandum|MoU|MOU|consortium"
    r"|partnership|tie-?up|collaboration|deal|joint[^\S\n]++venture|venture))\b(?![^\S\n]++with\b))"
)
# a role in a firm and a person's name after a name: "X analyst Ann Lee", "X partner, Ann Lee"
_FIRM_ROLE_PERSON = _Pattern(
    r"[^\S\n]++(?:analyst|economist|strategist|partner|managing[^\S\n]++partner)(?=[^\S\n]|,)[^\S\n]*+,?+[^\S\n]*+"
    r"\p{Lu}\p{Ll}++[^\S\n]++(?:\p{Lu}\.[^\S\n]++)?+\p{Lu}\p{Ll}"
)
# what precedes two companies joined by "and": "a merger between X and Y Systems", "both X and Y"
# (a round "co-led by" two investors names two: "co-led by Arcwell and Maple Row Capital")
# ("the merger of X and Y Bank": a merger has two parties; "its investors include X and Y Networks",
# "existing investors X and Y Ventures", "backers such as X and Y Capital": a list)
_PAIR_BEFORE = _Pattern(
    r"\b(?:between|both|co-led[^\S\n]++by|co-founded[^\S\n]++by|(?:merger|combination)[^\S\n]++of"
    r"|include[sd]?+|including|investors|backers|lenders|such[^\S\n]++as)[^\S\n]++$"
)
# "aircraft carrier Kitty Hawk" is a ship, not an airline
_NOT_COMPANY_MODIFIERS = frozenset({"aircraft", "the", "a", "an"})
# "NASDAQ-listed", "Hangzhou-based", "Newly-installed", "Boston-area": a word ending in a lowercase
# participle or modifier (not "Co-operative", "Lake-side": words of a name)
_CUE_HYPHEN = _Pattern(
    r"-(?:\p{Ll}++(?<=ed)|run|led|born|area|like|style|made|held|wide|bound|type|grown|built|brand|exempt"
    r"|family|free|friendly|specific|rich|heavy|level|scale|term|class|grade|size|market|sector|only|linked)$"
)
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
# the number of a slug's version, glued to the headline: "UPDATE 2-Merrow Foods"
_NUMBERED_SLUG = _Pattern(r"\d{1,2}-(?=\p{Lu}\p{Ll})")
# prepositions that a name in capitals does not run across: "STAKE IN MARLOW TEXTILES INC"
_CAPS_BREAKS = frozenset("IN TO BY FROM WITH FOR ON AT OVER AFTER UNDER INTO VIA".split())
_LOWER_WORD = _Pattern(r"(?<![\p{L}\p{Nd}'’\-.@/])\p{Ll}\p{L}{3}")
# a wire dateline before " - ": "NEW YORK, March 3", "ZURICH, July 16", "LONDON, Oct 20"
_DATELINE = _Pattern(
    r"[^\S\n]*+\p{Lu}[\p{L} .,'()/-]*?,[^\S\n]++\p{Lu}\p{Ll}{2,8}\.?[^\S\n]++\d{1,2}[^\S\n]++"
)
# the characters but whitespace that start a cue read after a name (_AFTER_LISTING "(",
# _AFTER_APPOSITION and _APPOSITION_HEAD ",", _AFTER_CORPORATE, _AFTER_SHARES_MOVED and
# _AFTER_OWN_RESULTS an apostrophe, _AFTER_TICKER "<"; every one may start with whitespace
# but a line break, which str.isspace() says of every character ``regex`` calls whitespace)
_CUE_AFTER_OPENERS = frozenset("(,'’<")
# Matches wherever one of those cues matches (with the same bounds): one look-up rules them
# all out.  _AFTER_SAID_IT, read within 48 characters, enters without its final \b.
_ANY_CUE_AFTER = _Pattern(
    "|".join(
        f"(?:{p})"
        for p in (
            _AFTER_LISTING.pattern,
            _AFTER_APPOSITION.pattern,
            _APPOSITION_HEAD.pattern,
            _AFTER_CORPORATE.pattern,
            _AFTER_SHARES_MOVED.pattern,
            _AFTER_OWN_RESULTS.pattern,
            _AFTER_USER_COUNT.pattern,
            _AFTER_PRICE_MOVE.pattern,
            _AFTER_BUSINESS_VERB.pattern,
            _AFTER_OUTLOOK.pattern,
            _AFTER_FUNDING.pattern,
            _AFTER_SAID_IT.pattern.removesuffix(r"\b"),
            _AFTER_TICKER.pattern,
        )
    )
)
# what starts the cues after a space, by its first character: "(" (_AFTER_LISTING), "<"
# (_AFTER_TICKER) and the first words of _AFTER_CORPORATE, _AFTER_SHARES_MOVED, _AFTER_OWN_RESULTS
# and _AFTER_SAID_IT (as prefixes: "share" for "shares" and "shareholders"); after one space and
# no other whitespace, _ANY_CUE_AFTER matches only where the text goes on with one of them
_CUE_AFTER_SPACE: dict[str, tuple[str, ...]] = {}
for _word in (
    *("(", "<"),
    *("share", "stock", "spokes", "chief", "chairman", "board", "executives", "subsidiary", "unit"),
    *("division", "Inc", "Corp", "partner", "analyst", "economist", "strategist", "general", "managing"),
    *("co-founder", "cofounder", "founder", "boss", "president"),
    *("monthly", "daily", "weekly", "paying", "quarterly", "annual", "full-year", "net"),
    *("revenue", "sales", "profit", "earnings", "operating", "pretax", "pre-tax"),
    *("said", "says", "announced", "added", "reported"),
    *("has", "had", "now", "posted", "counts", "boasts", "claims", "reached", "surpassed", "topped", "ended"),
    *("rose", "fell", "gained", "lost", "jumped", "climbed", "slid", "dropped", "tumbled", "surged"),
    *("shed", "plunged", "soared", "sank", "slumped", "rallied", "dipped", "eased", "advanced"),
    *("makes", "manufactures", "produces", "develops", "sells", "distributes", "supplies"),
    *("expects", "forecast", "projects", "predicts", "raised", "just"),
):
    _CUE_AFTER_SPACE[_word[0]] = (*_CUE_AFTER_SPACE.get(_word[0], ()), _word)
del _word
_SENTENCE_OPENERS = frozenset('.!?:;\n"“‘(')
# the last words of a class of securities, no company's name ("shares of Common Stock", "Class A Units")
_SECURITY_TAILS = frozenset({"Stock", "Stocks", "Shares", "Units", "Warrants"})
_POSSESSIVE_TAIL = ("'s", "’s")
_SPLIT_CATEGORIES = frozenset({"title", "month", "weekday", "period"})  # a run splits at these words
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
# the partners named before the "&" of a firm's name: "Whitcombe, Harrow & Lisle, LLP"
_PARTNERS_BEFORE = _Pattern(r"(?:(?<![\p{L}\p{N}&'’.-])\p{Lu}\p{Ll}++[ ]?,[ ]){1,3}\Z")
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
# the stock indexes among the exchange names of the lexicon (an index is no organization)
_STOCK_INDEXES = frozenset({"FTSE", "DAX", "CAC", "Nikkei", "Dow", "Dow Jones", "KOSPI", "Kospi"})
# "Nasdaq composite", "Amex market value index": an exchange's name read as its index's
_INDEX_AFTER = _Pattern(
    r"(?:[^\S\n]++\d++)?+[^\S\n]++(?:composite|index|average|industrials?|market[^\S\n]value)\b"
)
_PLAIN_CATEGORIES = frozenset({"common", "title", "person_title", "month", "weekday", "currency"})
_REJECT_CATEGORIES = frozenset(
    {"month", "weekday", "exchange", "currency", "place", "country", "demonym", "common"}
)

# --- tokens and segments ----------------------------------------------------------------
