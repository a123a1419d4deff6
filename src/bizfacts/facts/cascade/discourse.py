"""References back to an open deal: "the transaction is valued at $40 million", "the sale to Y".

A sentence that names a deal by a definite noun ("the deal", "the purchase", "the
transaction", "the purchase price") and gives an amount for it tells the price of the
deal told just before.  :func:`deal_price` finds that amount; the assembler gives it to
the last acquisition of the preceding sentences that has none.  A sentence that names a sale
by a definite noun and the party it goes to ("the sale to a subsidiary of Y") tells the buyer
of the last sale told without one: :func:`deal_buyer`.  "The transaction values the company at
M" after a deal values what the deal bought, never its buyer: :func:`valued_target`.  "He" and
"she" name the person named last before them, close by: :func:`pronoun_people`.  A later
sentence's stake with no company named ("The firm will initially buy a 60 per cent stake") is the
stake of the deal told before it that has none: :func:`deal_stake`.  "The deal closed on Friday"
tells the deal told before it done: :func:`deal_closed`.

>>> from bizfacts import extract_money
>>> text = "The transaction is valued at about 21 mln dlrs."
>>> deal_price(text, 0, len(text), extract_money(text)).amount
Decimal('21000000')
>>> text = "Ostrander paid about $310 million for the holding."
>>> deal_price(text, 0, len(text), extract_money(text)).amount
Decimal('310000000')
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence

import attrs
import regex

from ..._fact_types import AcquisitionFact, AnyFact, Evidence, InvestmentFact, OwnershipFact, ValuationFact
from ..._spans import CompanyMention, MoneyMention, PercentMention, PersonMention, Span
from ..template import LazyPattern

# a definite deal noun, a few words, then a price cue ending right where the amount begins
_BEFORE_AMOUNT = LazyPattern(
    r"(?i)(?:\b(?:the|this|that|its|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deal|transaction|purchase|sale|acquisition|merger|takeover|buyout|purchase\s+price|price|consideration"
    r"|offer|bid)"
    # ("the acquisition, which is worth $1.9 billion"; "the transaction, valued at $1.4 billion")
    r"(?:,\s+which|,(?=\s+(?:valued|worth)\b))?(?:\s+[\w-]+){0,4}?\s+(?:(?:is|was|are|were|will\s+be|would\s+be|has\s+been)\s+)?"
    r"(?:valued\s+at|worth|totals?|totaled|totalled|amounts?\s+to|of|for|at|includes|is|was)\s+"
    # "bought the stock for 350,000 dlrs" (what was bought, then "for": not "the stock was worth"),
    # "..., or a total of about 3.4 billion dlrs", "paying 4.9 mln dlrs"
    r"|\b(?:the|its|his|their)\s+(?:stock|stake|shares|interest)\s+for\s+"
    r"|\b(?:or|for)\s+a\s+total\s+(?:of\s+)?|,\s+paying\s+"
    # "representing an aggregate equity value of $1.9 billion", "$14.25 per share in cash, or $1.9 billion"
    # ("implies an equity value for Y of approximately $412 million")
    r"|\b(?:aggregate\s+|total\s+)?(?:equity|enterprise|transaction)\s+value"
    r"(?:\s+for\s+\p{Lu}[\w&'.-]*(?:\s+\p{Lu}[\w&'.-]*){0,3})?\s+of\s+"
    # ("- Upfront consideration of A$12.5 million for the initial 51% interest": a term sheet's line)
    r"|\b(?:(?:upfront|total|aggregate|initial|cash)\s+)?consideration\s+of\s+"
    # ("Total consideration was $86.4 million in cash": a filing's sentence with no article)
    r"|\b(?:total|aggregate)\s+(?:purchase\s+)?(?:consideration|price)\s+(?:was|is|totaled|totalled|amounted\s+to)\s+"
    r"|\b(?:a|per)\s+share(?:\s+in\s+(?:cash|stock))?,\s+or\s+"
    # ("..., valuing the entire issued and to be issued ordinary share capital of Y at approximately":
    # a UK offer's value of the whole target)
    r"|\bvaluing\s+(?:the\s+|its\s+)?(?:entire\s+|whole\s+)?(?:issued\s+(?:and\s+to\s+be\s+issued\s+)?)?"
    r"(?:ordinary\s+)?share\s+capital(?:\s+of\s+[^.;$€£]{1,60}?)?\s+at\s+"
    # ("Y holders will receive 0.45 X share for each Y share, valuing Y at about $2.3 billion": the
    # deal's value of the target; the caller checks the name is the target's)
    r"|,\s+valuing\s+(?:the\s+(?:company|group|firm|business|bank|lender|target)|it|\p{Lu}[\w&'.-]*(?:\s+\p{Lu}[\w&'.-]*){0,3})\s+at\s+)"
    r"(?:about\s+|approximately\s+|around\s+|roughly\s+|some\s+|nearly\s+|an\s+estimated\s+|a\s+total\s+of\s+)?$",
    regex.REVERSE,  # anchored at the end: searched from there (only whether it matches is read)
)
# right after an amount that was paid ("paid about $310 million for the holding"; not "lend it
# 100 mln dlrs for the acquisition"), the definite thing it paid for
_PAID_BEFORE = LazyPattern(
    r"(?i)\b(?:paid|pays|pay|paying|spent|spends|spend|spending)[ \t]+(?:[\w-]+[ \t]+){0,2}$",
    regex.REVERSE,  # (as _BEFORE_AMOUNT)
)
_FOR_DEAL_AFTER = LazyPattern(
    r"(?i)[ \t]+(?:in[ \t]+(?:cash|stock|shares)(?:[ \t]+and[ \t]+(?:cash|stock|shares))?[ \t]+)?for[ \t]+"
    r"(?:the|its|that|this)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:stake|holding|shares|stock|interest|deal|transaction|purchase|acquisition|business|unit|assets|division|"
    r"subsidiary|company|firm|operations)\b"
    # ("will pay EUR 24 million in cash to Y's shareholders": the sellers paid)
    r"|(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+(?:in[ \t]+cash[ \t]+)?to[ \t]+"
    r"(?:the[ \t]+|its[ \t]+|\p{Lu}[\w&.-]*(?:[ \t]+\p{Lu}[\w&.-]*){0,3}['’]s?[ \t]+)"
    r"(?:shareholders|stockholders|owners|sellers|vendors)\b"
)
# the value of the company a deal makes, right before the amount: no price
_COMBINED_VALUE = LazyPattern(r"(?i)\b(?:pro[ -]forma|combined|post-money)\b[^.;$€£]{0,40}$")
# no earlier than this many characters before the amount
_REACH = 160
# the last word of every _BEFORE_AMOUNT match (a price cue or the qualifier after it), casefolded
_CUE_ENDS = frozenset(
    "at worth total totals totaled totalled to of for includes is was paying or"
    " about approximately around roughly some nearly estimated".split()
)


# a sentence opening with a definite deal noun whose verb says it closed: "The deal closed on
# Friday", "The transaction, worth $90 million, was completed on March 3" (not "is expected to close")
_CLOSED = LazyPattern(
    r"(?i)\W*(?:the|this)\s+(?:[\w$€£.-]+\s+){0,3}?(?:deal|transaction|acquisition|purchase|sale|takeover|merger"
    r"|buyout|divestiture|disposal)(?:,[^,.;:]{1,60},)?\s+(?:(?:was|has\s+been|had\s+been)\s+(?:formally\s+)?"
    r"(?:completed|closed|finali[sz]ed|consummated)|(?:completed|closed)\s+(?:on|in|at|last|earlier|this|$|\.))"
)


def deal_closed(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` tells the deal told just before done: "The deal
    closed on Friday", "The acquisition was completed in July".

    >>> deal_closed("The deal, worth $90 million, closed on Friday.", 0, 46)
    True
    >>> deal_closed("The deal is expected to close in the second quarter.", 0, 52)
    False
    """
    return _CLOSED.get().match(text, start, end) is not None


def deal_price(text: str, start: int, end: int, money: Sequence[MoneyMention]) -> MoneyMention | None:
    """The amount the sentence ``text[start:end]`` gives for a deal it names by a definite noun."""
    pattern = _BEFORE_AMOUNT.get()
    for m in money:
        if m.start < start or m.end > end or m.per is not None:
            continue
        lo = max(start, m.start - _REACH)
        last = text[lo : m.start].rsplit(None, 1)  # (the cue's word, or no match: a cheap test first)
        if last and last[-1].casefold() in _CUE_ENDS and pattern.search(text, lo, m.start):
            if _COMBINED_VALUE.search(text, lo, m.start):
                continue  # "implies a pro forma combined equity value of $1.1 billion": no price paid
            return m
        if _FOR_DEAL_AFTER.match(text, m.end, min(end, m.end + 80)) and _PAID_BEFORE.search(
            text, max(start, m.start - 40), m.start
        ):
            return m
    return None


# a stake bought, right before its percentage: "will initially acquire a", "is buying an initial"
_BUYING_BEFORE = LazyPattern(
    r"(?i)\b(?:buy|buys|buying|acquire|acquires|acquiring|take|takes|taking|purchase|purchases|purchasing)"
    r"[ \t]+(?:an?|the)[ \t]+(?:initial[ \t]+|first[ \t]+)?$",
    regex.REVERSE,  # (as _BEFORE_AMOUNT)
)
# right after the percentage: the stake, and no company it is in ("a 60 per cent stake, it said")
_STAKE_AFTER = LazyPattern(
    r"(?i)[ \t]+(?:stake|interest|holding)\b(?![ \t]+in[ \t]+(?:\p{Lu}|the[ \t]+\p{Lu}))"
)


def deal_stake(
    text: str, start: int, end: int, percentages: Sequence[PercentMention]
) -> PercentMention | None:
    """The percentage the sentence ``text[start:end]`` says the deal told before buys, where it names
    no company the stake is in: "The Pune-based firm will initially acquire a 60 per cent stake".

    >>> from bizfacts import extract_percentages
    >>> text = "The group will initially buy a 60 per cent stake from the founders."
    >>> deal_stake(text, 0, len(text), extract_percentages(text)).value
    Decimal('60')
    """
    for p in percentages:
        if p.start < start or p.end > end:
            continue
        if _STAKE_AFTER.match(text, p.end, min(end, p.end + 40)) and _BUYING_BEFORE.search(
            text, max(start, p.start - 40), p.start
        ):
            return p
    return None


# "the sale to", "the proposed sale of the unit to", "the sale to a subsidiary of": right before a buyer
_BEFORE_BUYER = LazyPattern(
    r"(?i)\b(?:the|this|that)\s+(?:proposed\s+|planned\s+|pending\s+)?(?:sale|disposal|divestiture)"
    r"(?:\s+of\s+(?:the|its|it)(?:\s+[\w-]+){0,3}?)?\s+to\s+"
    r"(?:an?\s+(?:\w+\s+)?(?:subsidiary|unit|affiliate|division)\s+of\s+)?$",
    regex.REVERSE,  # (as _BEFORE_AMOUNT)
)


def deal_buyer(text: str, start: int, end: int, companies: Sequence[CompanyMention]) -> CompanyMention | None:
    """The company the sentence ``text[start:end]`` names as the buyer of a sale it names by a
    definite noun ("The company said the sale to Senior Pumps Plc will close in May").

    >>> from bizfacts import extract_companies
    >>> text = "The company said the sale to a unit of Marlow Pumps Plc will close in May."
    >>> deal_buyer(text, 0, len(text), extract_companies(text)).name
    'Marlow Pumps'
    """
    pattern = _BEFORE_BUYER.get()
    for c in companies:
        inside = start <= c.start and c.end <= end and c.kind == "company"
        if inside and pattern.search(text, max(start, c.start - _REACH), c.start):
            return c
    return None


# "The stake was bought from Z", "The shares were acquired from Z": the seller of the deal told before
_BEFORE_SELLER = LazyPattern(
    r"(?i)^\W*(?:the|this|that)\s+(?:stake|shares|holding|interest|business)\s+(?:was|were|has\s+been|have\s+been)"
    r"\s+(?:bought|acquired|purchased)\s+from\s+$"
)


def deal_seller(
    text: str, start: int, end: int, companies: Sequence[CompanyMention]
) -> CompanyMention | None:
    """The company a sentence opening "The stake was bought from" names as the seller of the deal
    told before ("X bought 75% of Y. The stake was bought from Z, ...").

    >>> from bizfacts import extract_companies
    >>> text = "The stake was bought from Marlow Pumps Plc, which keeps 25%."
    >>> deal_seller(text, 0, len(text), extract_companies(text)).name
    'Marlow Pumps'
    """
    first = next((c for c in companies if start <= c.start < end and c.kind == "company"), None)
    if first is None or _BEFORE_SELLER.search(text[start : first.start]) is None:
        return None
    return first


def valued_target(earlier: Sequence[AnyFact], new: Sequence[AnyFact]) -> list[AnyFact]:
    """``new`` (one sentence's facts) with a valuation of a deal's buyer given to what it bought:
    "X picked up a 26% stake in Y. The transaction values the company at $250 million" values
    Y, not X (the last acquisition or investment among ``earlier`` names them)."""
    if not any(isinstance(f, ValuationFact) for f in new):
        return list(new)
    deal = next((f for f in reversed(earlier[-4:]) if isinstance(f, (AcquisitionFact, InvestmentFact))), None)
    if deal is None:
        return list(new)
    if isinstance(deal, AcquisitionFact):
        buyers, bought = {deal.acquirer}, deal.target
    else:
        buyers, bought = set(deal.investors), deal.investee
    return [
        attrs.evolve(f, company=bought)
        if isinstance(f, ValuationFact)
        and f.company in buyers
        and bought
        and bought != f.company
        and not _values_by_name(f)  # ("..., valuing X at $9 billion": X's own value, named)
        else f
        for f in new
    ]


def _values_by_name(f: ValuationFact) -> bool:
    """Whether the valuation's sentence names its company right after the verb ("valuing X at")."""
    return f"valuing {f.company}" in f.evidence.text or f"values {f.company}" in f.evidence.text


# "the remaining 35%", "the other 49%": the rest of a company a stake was told of
_REMAINING_BEFORE = LazyPattern(r"(?i)\bthe[ \t]+(?:remaining|other|rest\s+of\s+the)[ \t]+$")
# after it, its holder: "the remaining 35% is held by Z" ("... of the shares are owned by")
_HELD_BY_AFTER = LazyPattern(
    r"(?i)(?:[ \t]+(?:stake|interest|holding))?(?:[ \t]+of[ \t]+(?:the|its)[ \t]+\w+)?[ \t]+"
    r"(?:is|are|was|were|will[ \t]+be)[ \t]+(?:held|owned|controlled)[ \t]+by[ \t]+(?:the[ \t]+)?$"
)
# before it, its holder's verb: "Z owns the remaining 49%"
_HOLDS_BEFORE = LazyPattern(r"(?i)\b(?:owns|holds|controls|retains|keeps|has)[ \t]+$")
# how far back a stake of the company may have been told (the sentence before, at most)
_REMAINING_REACH = 400


def remaining_stakes(
    text: str,
    start: int,
    end: int,
    percentages: Sequence[PercentMention],
    companies: Sequence[CompanyMention],
    earlier: Sequence[AnyFact],
) -> list[AnyFact]:
    """ "X holds 65% of Y; the remaining 35% is held by Z", "Z owns the remaining 49%": Z's stake
    in the company whose stake was told last (in this sentence or the one before), from
    ``earlier`` (the facts so far)."""
    out: list[AnyFact] = []
    named = [c for c in companies if c.kind == "company"]
    starts = [c.start for c in named]  # (the companies next to a percentage found by bisection)
    for p in percentages:
        if p.start < start or p.end > end or p.value is None:
            continue
        remaining = _REMAINING_BEFORE.get().search(text, max(start, p.start - 24), p.start)
        if remaining is None:
            continue
        holder = None
        k = bisect.bisect_right(starts, p.end)  # the first company after the percentage
        after = named[k] if k < len(named) and named[k].start <= p.end + 60 else None
        before = named[k - 1] if k and named[k - 1].end <= p.start else None
        if after is not None and _HELD_BY_AFTER.get().fullmatch(text, p.end, after.start):
            holder = after.name
        elif before is not None:
            opens = remaining.start()  # (where "the" opens: "the other 67%" holds a second "the")
            # (the holder's name ends at most a verb's length before "the")
            close = start <= before.end < opens < before.end + 18
            if close and _HOLDS_BEFORE.get().search(text, before.end, opens):
                holder = before.name
        asset = _stake_told(earlier, start - _REMAINING_REACH)
        if holder is None or asset is None or holder == asset:
            continue
        evidence = Evidence(start, end, text[start:end])
        out.append(
            OwnershipFact(
                evidence=evidence,
                confidence=0.6,
                rule="remaining stake",
                owner=holder,
                asset=asset,
                stake=p.value,
            )
        )
    return out


def _stake_told(facts: Sequence[AnyFact], since: int) -> str | None:
    """The company whose stake the last of ``facts`` told from ``since`` on names (its asset or
    target), None when none did."""
    for f in reversed(facts[-4:]):
        if f.evidence.start < since:
            return None
        if isinstance(f, OwnershipFact) and f.stake is not None:
            return f.asset or None
        if isinstance(f, AcquisitionFact) and f.stake is not None:
            return f.target or None  # ("" until merging names a raised stake's company)
    return None


# "he" or "she" standing for a person ("Tomas Ebner studied law. He is the CEO of X")
_PRONOUN = regex.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# how far back (in characters) the person a pronoun names may have been named
_PRONOUN_REACH = 400


_start = operator.attrgetter("start")


def pronoun_people(
    text: str, start: int, end: int, names: Sequence[Span], people: Sequence[PersonMention]
) -> list[Span]:
    """``names`` (the people and places of ``text[start:end]``, sorted) with each "he" or "she" of
    the sentence as a mention of the person named before it, within a few sentences, when only one
    person is (``people``: the document's people, sorted); any other pronoun stays a pronoun.

    >>> import bizfacts
    >>> t = "Tomas Ebner studied law. He is the CEO of Alpenhof Holding."
    >>> [p.name for p in pronoun_people(t, 25, len(t), [], bizfacts.extract_people(t))]
    ['Tomas Ebner']
    """
    found: list[Span] = []
    first: str | None = None  # whom the sentence's first pronoun names ("" for no one it knows)
    for m in _PRONOUN.finditer(text, start, end):
        # (the document's people bisected by their starts, no list of them made: a sentence of a
        # long document stays as cheap as one of a short one)
        i = bisect.bisect_left(people, m.start(), key=_start) - 1
        named: set[str] = set()  # the people named within reach before the pronoun
        while i >= 0 and m.start() - people[i].end <= _PRONOUN_REACH:
            if people[i].end <= m.start():
                named.add(people[i].name)
            i -= 1
        name = named.pop() if len(named) == 1 else ""  # (two people within reach: "he" may be either)
        if first is None:
            first = name
        elif first != name:
            # "In 2014 he formed X with P, where he is COO": the second "he" is the first one's, whom
            # the person named between does not tell
            name = first
        if name:
            found.append(PersonMention(m.start(), m.end(), m.group(), name=name, rule="pronoun"))
    if not found:
        return list(names)
    return sorted([*names, *found], key=lambda n: (n.start, -n.end))


# right before an amount: a valuation told of a round named before ("That was at a post-money
# valuation of £140 million", "The round was priced at a pre-money valuation of $90 million")
_VALUATION_BEFORE = LazyPattern(
    r"(?i)\b(?:(?:post|pre)-?money[ \t]+)?valuation[ \t]+of[ \t]+"
    r"(?:about[ \t]+|approximately[ \t]+|around[ \t]+|roughly[ \t]+|some[ \t]+|nearly[ \t]+)?$",
    regex.REVERSE,  # (as _BEFORE_AMOUNT)
)


def round_valuation(text: str, start: int, end: int, money: Sequence[MoneyMention]) -> MoneyMention | None:
    """The valuation the sentence ``text[start:end]`` gives the funding round told before it: the
    amount right after "(post-money) valuation of".

    >>> from bizfacts import extract_money
    >>> t = "That was at a post-money valuation of £140 million."
    >>> str(round_valuation(t, 0, len(t), extract_money(t)).amount)
    '140000000'
    """
    cue = _VALUATION_BEFORE.get()
    for m in money:
        if start <= m.start and m.end <= end and cue.search(text, max(start, m.start - 60), m.start):
            return m
    return None

