"""Listings in the cascade: the exchange (and ticker) a company's shares trade on.

The exchanges of ``data/exchanges.tsv`` become tokens of their own before the cascade reads a
sentence (:func:`with_exchanges`): ``E`` an exchange's name ("the Tokyo Stock Exchange",
"NYSE"), ``X`` an exchange adjective ("Nasdaq-listed", "Tokyo-listed").  The constructions
of the LIST frame (:func:`variants`) put a company beside one, through a verb or noun of a
LIST predicate of the lexicon ("is listed on", "whose shares are quoted on", "went public on",
"its secondary listing in Hong Kong") or through a construction of its own ("Nasdaq-listed X",
"X (NYSE: XYZ)", "X shares rose 5 cents on the NYSE", "X, whose shares trade on
EXCH").  A city stands for its exchange after
a LIST predicate ("listed in Tokyo").

>>> import bizfacts
>>> [(f.company, f.exchange, f.ticker, f.rule)
...  for f in bizfacts.extract_facts("Halden Energy Inc (NYSE: HDN) cut jobs.")]
[('Halden Energy', 'NYSE', 'HDN', 'list/ticker')]
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import regex

from ..._fact_types import AnyFact, Evidence, ListingFact
from ..._numbers import data_rows
from ..._spans import CompanyMention, DateMention, PlaceMention
from .. import lexicon as L
from ..template import Automaton, LazyPattern, automaton, spans_holding
from .chunks import Chunk
from .clauses import Predication
from .grammar import _APPOSITION, _BRIDGE, _FIRST_VP, _PARTY, Variant, _v
from .names import _party
from .predicates import predicates

_ADJECTIVE = r"[-–](?:listed|quoted|traded)"
# a city's market: "the Hong Kong stock market", "the Tokyo bourse"
_MARKET = r"[ \t]+(?:stock[ \t]+)?(?:market|exchange|bourse)"


class Exchange(str):
    """An exchange's canonical name, as the mention of an ``E`` or ``X`` token."""

    __slots__ = ()


@functools.cache
def _exchange_pattern() -> regex.Pattern[str]:
    """An exchange as written: a known name (any case), a name matched with its case ("AIM",
    "SIX"), a capitalized "... Stock Exchange", or a city before "-listed"."""
    generic = (
        r"(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:Stock[ \t]+|Securities[ \t]+|Futures[ \t]+)?"
        r"Exchange(?![ \t]+Commission)"
    )
    # a city stands for its exchange only before "-listed" ("Tokyo-listed"; "in Tokyo" is a place)
    return regex.compile(
        rf"(?<![\w-])(?:(?P<name>(?i:{L.EXCHANGE_NAMES})|{L.EXCHANGE_TOKENS}|{generic})(?P<adj>{_ADJECTIVE})?"
        rf"|(?P<name>(?i:{L.LISTING_CITIES}))(?:(?P<adj>{_ADJECTIVE})|{_MARKET}))(?![\w])"
    )


# words that open the gate beside the exchanges' names: an exchange adjective, a city's market, an
# exchange the table does not know
_GATE_WORDS = (
    "-listed",
    "-quoted",
    "-traded",
    "stock market",
    "bourse",
    "stock exchange",
    "securities exchange",
)
# "(NYSE: XYZ)", "(AIM: XYZ)": a listing code, whatever the exchange's name
_CODE = regex.compile(r"[(\[][ \t]*[a-z][\w .&-]{1,30}:[ \t]*[\w.]{1,10}[ \t]*[)\]]")


@functools.cache
def _gate() -> tuple[Automaton, frozenset[str], frozenset[str]]:
    """An automaton of every exchange name and gate word, lowercase; the names that count in any
    case (of more than three letters); the short names written with their case ("AIM", "SIX":
    "aim" and "six" are words)."""
    long_names = frozenset(w for w, _e, form in data_rows("exchanges.tsv") if form == "name" and len(w) > 3)
    cased = frozenset(row[0] for row in data_rows("exchange_tokens.txt"))
    return automaton(exchange_words()), long_names | frozenset(_GATE_WORDS), cased


@functools.cache
def exchange_words() -> frozenset[str]:
    """Every exchange name and gate word, lowercase: what :func:`holding_an_exchange_word` looks for."""
    long_names = frozenset(w for w, _e, form in data_rows("exchanges.tsv") if form == "name" and len(w) > 3)
    cased = frozenset(row[0] for row in data_rows("exchange_tokens.txt"))
    return frozenset({*long_names, *_GATE_WORDS, *(t.casefold() for t in cased)})


def may_name_exchange(low: str, sentence: str = "", *, words: bool = True) -> bool:
    """Whether the sentence may name an exchange: ``low`` is it lowercased, ``sentence`` as written
    (for the short names matched with their case); ``words`` False when the caller knows it holds
    no exchange name or gate word (:func:`holding_an_exchange_word`).  The cascade then reads a
    sentence with no predicate word: "X (NYSE: XYZ)", "X shares rose on the NYSE".

    >>> may_name_exchange("acme (aim: acm) said sales rose."), may_name_exchange("it aims to sell six.")
    (True, False)
    >>> may_name_exchange("acme shares rose on the bse.", "Acme shares rose on the BSE.")
    True
    """
    n = len(low)
    machine, any_case, cased = _gate()
    for end, word in machine.iter(low) if words else ():
        start = end - len(word) + 1
        whole = (start == 0 or not low[start - 1].isalnum() or word[0] == "-") and (
            end + 1 >= n or not low[end + 1].isalnum()
        )
        if whole and (word in any_case or sentence[start : end + 1] in cased):
            return True
    return "(" in low and ":" in low and _CODE.search(low) is not None


def holding_an_exchange_word(
    text: str, spans: Sequence[tuple[int, int]], low: str | None = None
) -> list[bool]:
    """For each sentence span of ``text``, whether it holds an exchange name or gate word at all
    (inside a word or not), in one pass over the text (:func:`~..template.spans_holding`).

    >>> holding_an_exchange_word("Acme listed on Nasdaq. Profit fell.", [(0, 22), (23, 35)])
    [True, False]
    """
    return spans_holding(_gate()[0], text, spans, low)


Item = tuple[int, int, str, Any]


def with_exchanges(text: str, start: int, end: int, items: list[Item], *, words: bool = True) -> list[Item]:
    """``items`` (the sentence's mentions as cascade tokens, not yet sorted) with the exchanges of
    ``text[start:end]``: (start, end, "E" or "X", name).  The adjectives go before any other item
    of the same words ("Hong Kong-listed" is no person), the names after ("Nasdaq" the company).
    ``words`` as for :func:`may_name_exchange`."""
    if not may_name_exchange(text[start:end].casefold(), text[start:end], words=words):
        return items  # (most sentences: one automaton pass, not the pattern's)
    adjectives: list[Item] = []
    names: list[Item] = []
    for m in _exchange_pattern().finditer(text, start, end):
        name = Exchange(L.exchange_name(m.group("name")))
        if m.group("adj"):
            adjectives.append((m.start(), m.end(), "X", name))
        else:
            names.append((m.start(), m.end(), "E", name))
    if names:
        # "the Oslo Stock Exchange", which the company extractor took for an organization: the exchange
        spans = {(s, e) for s, e, _t, _n in names}
        items = [
            it
            for it in items
            if not (
                (it[0], it[1]) in spans and isinstance(it[3], CompanyMention) and it[3].kind == "organization"
            )
        ]
    return adjectives + items + names


# "on the NYSE", "in Tokyo", "on the Prime section of the Tokyo Stock Exchange", "in Tel Aviv and on Nasdaq"
_ON = r"[ni]d?(?:[xNPu]{1,3}od?)?"
_EXCH = rf"{_ON}(?P<exchange>[ELN])(?:c[ni]?d?(?P<exchange2>[ELN]))?"
# the shares of a company: "X's shares", "X shares", "shares of X", "X, whose American depositary shares"
_SHARES = r"(?:'x{0,2}[Kx]|[Kx](?=[^CN]{0,14}?n))?"


@functools.cache
def variants() -> tuple[Variant, ...]:
    """The constructions of the LIST frame."""
    subject = rf"(?<![oiytfrawnsp])(?:(?P<shares>[Kx])[oi])?(?P<theme>{_PARTY}){_SHARES}{_APPOSITION}"
    # a relative clause tells of the noun right before it, an object of a preposition or not:
    # "spun off into a new company named X, whose shares will be listed on EXCH"
    relative = rf"(?:(?P<shares>[Kx])[oi])?(?P<theme>{_PARTY}){_SHARES},W(?:x{{0,3}}K)?"
    return (
        # "X is listed on EXCH", "X, whose shares are quoted on EXCH", "Shares of X, which are listed on
        # EXCH", "X went public on EXCH", "X, listed on EXCH", "X, which is based in L and listed on EXCH"
        _v(
            "verb",
            "LIST",
            # ("X is headquartered in L and its shares are listed on EXCH": a first predicate of place)
            # ("X is a Swedish truck maker listed on EXCH", "X is a FTSE 250 company listed on EXCH": the
            # copula's description before the participle)
            rf"(?:{subject}(?:{_BRIDGE}|,|,W[^.;CNV]{{1,12}}?c|{_FIRST_VP}|[bhv]{{0,2}}H[iap][LN](?:,L){{0,2}}cK?"
            rf"|b(?=[dN])d?[xuN9e-]{{1,5}}(?=V))|{relative})"
            rf"(?:x{{0,2}}|[GZ]t?)(?P<verb>V)(?:[jd]?x{{0,2}}K)?v?D?{_EXCH}",
        ),
        # "X has a secondary listing in Hong Kong", "X completed its initial public offering on EXCH"
        _v(
            "noun",
            "LIST",
            rf"{subject}(?:{_BRIDGE}|,W|,W[^.;]{{1,16}}?cW)?[hxvZbj]{{0,3}}(?P<noun>A)v?D?{_EXCH}",
        ),
        _v("possessive-noun", "LIST", rf"(?P<theme>{_PARTY})'(?P<noun>A)v?D?{_EXCH}"),
        # the exchange before the noun, the company's own: "X completed its Nasdaq listing", "X shares
        # jumped 35% in their Nasdaq debut", "X's NYSE listing", "X, whose Nasdaq debut raised $9 mln"
        _v(
            "exchange-noun",
            "LIST",
            rf"(?:{subject}(?:[xZhvbG%Kin]|x?D|aM){{0,5}}?j|(?P<theme>{_PARTY})(?:'|,W))(?P<exchange>E)(?P<noun>A)",
        ),
        # "Nasdaq-listed X", "Shares in JSE-listed retailer X"
        _v("listed-before", "LIST", r"(?P<exchange>X)[xu-]{0,4}(?P<theme>[CN])(?!')"),
        # "X, the AIM-quoted chemicals company", "X's Nasdaq-listed shares"
        _v(
            "listed-apposition",
            "LIST",
            r"(?P<theme>[CN])(?:\([^()]{1,8}\))?(?:,x?d?|')[xu]{0,2}(?P<exchange>X)",
        ),
        # "X (NYSE: XYZ)", "X ("X" or "the Company") (LSE: XYZ)"
        # ("X (TSX-V: XYZ) (OTCQB: XYZF)": a second listing bracket names a second exchange)
        _v(
            "ticker",
            "LIST",
            r"(?P<theme>[CN])(?:\((?!E:)[^()]{1,8}\))?\((?P<exchange>E):(?P<ticker>[N9x])\)"
            r"(?:,?\((?P<exchange2>E):(?P<ticker2>[N9x])\))?",
        ),
        # "X shares rose 1/4 to 17-1/2 on the New York Stock Exchange", "X, whose shares trade on EXCH",
        # "X will trade on Nasdaq",
        # "Shares of X closed 2% higher on the NSE", "... on the main KOSPI market",
        # "X was the most actively traded stock on the American Stock Exchange"
        _v(
            "shares-on",
            "LIST",
            # ("X, a Delaware corporation with offices in L, whose shares trade on": an apposition between)
            # ("X began trading on the Nasdaq": the light verb before "trading")
            # ("Our Class A common stock has been listed on EXCH": a lettered class before the shares)
            r"(?:(?P<theme>[CN])(?:'|bd?[xvV]{0,3}|(?:,[^,;.CNPW]{1,12})?,W|m|[hvm]{0,2}Z|(?P<cls>N)d)?(?P<shares>[Kx])"
            r"|(?P<shares>[KN])[oi](?P<theme>[CN]))"
            # ("whose shares trade on Sao Paulo's B3 exchange": the exchange's town before it)
            r"(?:,[^,;.CNP]{1,12},)?[^.;CNPE]{0,16}?n(?:d?[xNPu]{1,3}o)?d?x{0,2}(?:L')?(?P<exchange>E)"
            # ("... on the TSX under the symbol "BRQ" and on the NYSE American under the symbol "BRQX"")
            r"(?:pd?x\"?[CN9x]\"?c[ni]d?(?P<exchange2>E))?",
        ),
        # "X said in a statement to the Shanghai Stock Exchange, where its shares trade": the exchange
        # the subject's own shares trade on
        _v(
            "where-shares",
            "LIST",
            r"^(?P<theme>[CN])[^.;CNPE]{0,24}?(?P<exchange>E),W(?P<shares>K)(?:x|b?V)(?=[.,;]|$)",
        ),
        # "The shares are expected to begin trading on the Nasdaq under the symbol X": an offering's
        # shares, of the company the text is about (the builder checks "The")
        _v(
            "the-shares",
            "LIST",
            r"^(?P<shares>K)[^.;CNPE]{0,16}?n(?:d?[xNPu]{1,3}o)?d?x{0,2}(?P<exchange>E)",
        ),
    )


def predicate(v: Variant, places: dict[str, Chunk]) -> str | None:
    """The LIST predicate a match states: its verb's or noun's, which must take the frame; the
    frame's own predicate for a construction with no verb or noun ("Nasdaq-listed X")."""
    trigger = places.get("verb") or places.get("noun")
    names = sorted(p.name for p in predicates().values() if v.frame in p.frames)
    if trigger is None:
        return names[0] if names else None
    return trigger.predicate if trigger.predicate in names else None


_TICKER_AFTER = LazyPattern(
    # ("(ticker: CRVN)": a colon after the word)
    r"(?:ticker|symbol|code|stock\s+code)(?::\s*|\s+)(?:symbol\s+)?[\"“']?(?P<t>[A-Z0-9][A-Z0-9.]{0,7})\b"
)
# between a company and its listing word: a listing not (or not yet) made ("postponed its planned listing")
_NOT_MADE = LazyPattern(
    r"(?i)\b(?:postpon\w*|delay\w*|cancel\w*|scrap\w*|shelv\w*|abandon\w*|call\w*\s+off|withdr[ae]w\w*|"
    # (verbs only: "a Canadian exploration company listed on EXCH", "a considerable", "preparatory")
    r"plann\w*|propos\w*|intend\w*|hop\w*|seek\w*|sought|consider(?:s|ed|ing)?|mull\w*|explor(?:e|es|ed|ing)|"
    r"prepar(?:e|es|ed|ing))\b"
)
# the words of a company's trading: its shares, or the company itself trading ("X traded at 38 francs
# on the Paris Bourse", "X will trade on Nasdaq")
_NOT_MADE_AFTER = LazyPattern(
    r"(?i)[ \t]+(?:was|were|is|has[ \t]+been|had[ \t]+been|will[ \t]+be|would[ \t]+be)[ \t]+(?:\w+[ \t]+)?"
    r"(?:postpon|delay|cancel|scrap|shelv|abandon|called[ \t]+off|withdrawn|planned|expected)"
)
# between the company and its exchange: a listing that ends ("X's stock will cease trading on EXCH")
_ENDED = LazyPattern(r"(?i)\b(?:ceas\w*|stop\w*|delist\w*|no[ \t]+longer)\b")  # (a suspension is no end)
_SHARE_WORDS = frozenset({"shares", "stock", "stocks", "share", "trade", "trades", "traded"})
_SHARE_CLASSES = frozenset({"common", "ordinary", "preferred"})
_SHARE_NOUN = LazyPattern(r"[ \t]+(?:stock|shares)\b")
# the company trading, after another verb of its own: "X priced its IPO and will begin trading on EXCH"
_TRADING = LazyPattern(
    r"(?i)\b(?:(?:begin|began|begun|begins|start|started|starts|commence[sd]?)\s+trading"
    # ("The shares will trade on the NYSE", "are expected to trade on")
    r"|(?:will|to)\s+(?:begin\s+)?trade)\s+(?:on|in)\s"
)
_LISTED = LazyPattern(r"(?i)\b(?:listed|quoted|traded|trade)\s+(?:on|in)\s")
_NOT_LISTED = frozenset({"planned", "agreed", "option", "rumored", "hypo"})


class NotListed(Exception):
    """A LIST predication that gives no listing (the reason is shown by ``bizfacts explain``)."""


def _exchange(c: Chunk | None, after_predicate: bool) -> str | None:
    if c is None:
        return None
    mention = c.head[0].mention
    if isinstance(mention, Exchange):
        return str(mention)
    if c.char in "LN" and after_predicate:  # "listed in Tokyo": a city standing for its exchange
        written = mention.text if isinstance(mention, PlaceMention) else c.text
        return L.EXCHANGES.get(" ".join(written.casefold().split()))
    return None


def listing_facts(
    p: Predication,
    ev: Evidence,
    text: str,
    _dates: Sequence[DateMention] = (),
    _chunks: Sequence[Chunk] = (),
    topic: str | None = None,
) -> list[AnyFact]:
    """A LIST predication -> one listing per exchange named (the ticker with the first); ``topic``,
    the company the text is about ("The shares are expected to begin trading on the Nasdaq")."""
    roles = predicates()[p.predicate].roles
    company_c = next((p.places[k] for k, role in roles.items() if role == "company" and k in p.places), None)
    company, promoted = _party(company_c)
    if p.variant == "the-shares":
        shares_c = p.places["shares"]
        trading = _TRADING.search(text, shares_c.end, p.places["exchange"].start) is not None
        # ("The shares rose 5% on the NYSE": whose shares, the text has not said; "begin trading on")
        opening = shares_c.tokens[0].text in ("The", "the")
        # ("Our common shares have been listed on the NYSE": a filing's own shares, the filer's)
        ours = shares_c.tokens[0].text in ("Our", "our") and (
            trading or _LISTED.search(text, shares_c.end, p.places["exchange"].start) is not None
        )
        company, promoted = (topic, True) if ((opening and trading) or ours) and topic else (None, False)
    if not company:
        raise NotListed("no company named (a name was not promoted)")
    trigger = p.trigger
    if trigger is not None and any(m in _NOT_LISTED for m in trigger.modality):
        raise NotListed("a planned or hypothetical listing")
    if (
        trigger is not None
        and company_c is not None
        and company_c.end < trigger.end
        and _NOT_MADE.search(text, company_c.end, trigger.end)
    ):
        raise NotListed("a listing called off or not made yet")
    if trigger is not None and "noun" in p.places and _NOT_MADE_AFTER.match(text, trigger.end):
        raise NotListed("a listing called off or not made yet")  # "X's NYSE debut was postponed"
    cls = p.places.get("cls")
    if cls is not None and cls.text not in ("Class", "class", "Series"):
        raise NotListed("no shares before the exchange")
    shares = p.places.get("shares")
    exchange_at = p.places["exchange"].start if "exchange" in p.places else -1
    if (
        shares is not None
        and shares.char in "xN"
        and shares.text.casefold() not in _SHARE_WORDS
        # ("Its common stock trades on EXCH": a class of shares before the noun)
        and not (shares.text.casefold() in _SHARE_CLASSES and _SHARE_NOUN.get().match(text, shares.end))
        # ("X began trading on EXCH": the light verb before the word in the shares' place)
        and not (exchange_at >= 0 and _TRADING.search(text, max(0, shares.start - 12), exchange_at))
    ):
        raise NotListed("no shares before the exchange")
    exchange_c = p.places.get("exchange")
    if (
        company_c is not None
        and exchange_c is not None
        and _ENDED.search(text, company_c.end, exchange_c.start)
    ):
        raise NotListed("a listing that ends ('will cease trading on EXCH', 'was delisted from')")
    exchanges = [_exchange(p.places.get(k), trigger is not None) for k in ("exchange", "exchange2")]
    if not exchanges[0]:
        raise NotListed("no exchange (a city stands for one only after a listing word)")
    ticker_c = p.places.get("ticker")
    ticker = ticker_c.text if ticker_c is not None else None
    if ticker is None and p.variant not in ("listed-before", "listed-apposition"):
        tm = _TICKER_AFTER.search(text, p.places["exchange"].end, ev.end)
        ticker = tm.group("t") if tm else None
    ticker2_c = p.places.get("ticker2")
    ticker2 = ticker2_c.text if ticker2_c is not None else None
    second = p.places.get("exchange2")
    if ticker2 is None and second is not None and p.variant == "shares-on":
        # ("... and on the NYSE American under the symbol "BRQX"": the second exchange's own symbol)
        tm = _TICKER_AFTER.search(text, second.end, ev.end)
        ticker2 = tm.group("t") if tm else None
    out: list[AnyFact] = []
    for i, exchange in enumerate(exchanges):
        if exchange and exchange != company:
            out.append(
                ListingFact(
                    evidence=ev,
                    confidence=round(0.85 - 0.15 * promoted, 2),
                    rule=f"{p.predicate}/{p.variant}",
                    company=company,
                    exchange=exchange,
                    ticker=ticker if i == 0 else ticker2,
                )
            )
    return out
