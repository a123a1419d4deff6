"""Investments from the cascade's FUND constructions: who put money into which company.

"invest" names the investors as its agent and the investee after "in" ("Y invested $5 mln
in X", "X was invested in by Y", "Y's investment in X", "Y made a $5 mln investment in X");
"raise" names the investee as its agent ("X raised $5 mln in a Series A round led by Y",
"X closed a $5 mln round", "X's $5 mln seed round").  The investors of a round are read
after it ("led by Y", "from Y", "with participation from Z"), the round's name and the
valuation from the sentence.

>>> from bizfacts.facts.cascade.build import sentence_facts
>>> from bizfacts import extract_money
>>> t = "Acme Corp raised $5 million in a Series A round led by Beta Ventures."
>>> [(f.investee, f.investors, f.round, f.rule) for f in sentence_facts(t, 0, None, extract_money(t), [])]
[('Acme', ('Beta Ventures',), 'Series A', 'raise/active')]
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..._fact_types import AnyFact, Evidence, InvestmentFact
from ..._spans import DateMention, MoneyMention
from .. import lexicon as L
from ..template import LazyPattern
from .chunks import Chunk, backed_party, chunk_index
from .clauses import Predication
from .names import inner_company
from .partnership import denied, listed_after, named_party
from .predicates import frame_words
from .status import NoFact, confidence, deal_date

# after a round: the words that introduce its investors ("led by", "from", "including", "alongside")
_BACKER_PREPS = frozenset({"by", "from", "including", "alongside"})
# a list of investors: a descriptor, a party, and more after "," or "and"
_DESCRIPTOR = regex.compile(r"(?:d?(?:[xLu9BA-]|N(?=[xu])){0,6}|L')(?=[CN])")  # "by U.S. investment firm Y"
_MORE = regex.compile(r"(?:,?c|,)(?:d?(?:[xLu9BA-]|N(?=[xu])){0,6}|L')(?=[CN])")
_VALUE_WORDS = frozenset({"valuing", "valued", "values", "valuation", "value"})
_ROUND_REACH = 300  # characters after the predication where its round may be named
_VALUE_REACH = 40  # chunks after the round where its valuation may be told (a run-on sentence stays linear)
_STOP = ".;VWS"
# a party's possessive before its own unit or fund ("SoftBank's Vision Fund"; an unknown possessor
# before a company mention)
_POSSESSED_PARTY = frozenset({"C'C", "C'N", "N'C"})
# the light verbs of an investor before a round ("Y led a $5 mln round in X")
_LEAD_VERBS = frozenset({"led", "leads", "lead", "co-led", "co-leads", "headed", "heads"})


def _money(c: Chunk | None) -> MoneyMention | None:
    if c is None:
        return None
    m = c.price if c.char != "M" else c.head[0].mention
    return m if isinstance(m, MoneyMention) and m.per is None else None


def _backers(chunks: Sequence[Chunk], s: str, pos: int) -> list[Chunk]:
    """The investors named after ``pos`` in the clause: "led by Y", "from Y and Z", "with
    participation from W", "including V"."""
    out: list[Chunk] = []
    i = pos
    while i < len(s) and (s[i] not in _STOP or _backed_by(chunks, s, i)) and i - pos < 24:
        if s[i] in "yfp" and chunks[i].tokens[0].text.casefold() in _BACKER_PREPS:
            m = _DESCRIPTOR.match(s, i + 1)
            if m is not None and m.end() < len(s):
                j = m.end()
                if s[j : j + 3] in _POSSESSED_PARTY:
                    j += 2  # "from SoftBank's Vision Fund": the possessor's fund invests
                j = backed_party(chunks, s, j + 1) or j  # ("Sequoia-backed Northvale")
                out.append(chunks[j])
                while (more := _MORE.match(s, j + 1)) is not None and more.end() < len(s):
                    j = backed_party(chunks, s, more.end() + 1) or more.end()
                    out.append(chunks[j])
                i = j
        i += 1
    return out


def _backed_by(chunks: Sequence[Chunk], s: str, i: int) -> bool:
    """Whether chunk ``i`` is a participle of backing before "by": "a $12 million seed round backed
    by Y" (the round's investors, no verb of the clause)."""
    return s.startswith("Vy", i) and chunks[i].text.casefold() in _BACKING


_BACKING = frozenset({"backed", "funded", "financed", "supported"})


def _no_conjunction_between(chunks: Sequence[Chunk], s: str, first: Chunk, last: Chunk) -> bool:
    """Whether the parties ``first`` ... ``last`` of a clause's subject are joined by commas alone
    ("B, X raised"): no list, but a fronted clause's last word and the subject."""
    i, j = chunk_index(chunks, first), chunk_index(chunks, last)
    return i is not None and j is not None and "c" not in s[i:j]


# after an amount received: "from Z for" what the receiver sells
_FROM_FOR = regex.compile(r"(?:i?x)?f[CN]r")


def _proceeds(chunks: Sequence[Chunk], s: str, pos: int) -> bool:
    """Whether the amount at ``pos`` is paid for what its receiver sells: "received $40 mln from Z
    for its 20 pct stake in Y", "for the business of Y" (not "for a 10 pct stake", "for research")."""
    m = _FROM_FOR.match(s, pos + 1)
    if m is None or m.end() >= len(chunks):
        return False
    sold = chunks[m.end()]
    owned = sold.char in "KRY" and sold.tokens[0].text.casefold() == "its"
    return owned or (sold.char == "R" and s.startswith("oC", m.end() + 1))


# the prepositions before a gerund of raising that tell it done: "is valued at $2 bln after raising $5 mln"
_TIME_OPENERS = frozenset({"after", "following", "since", "before"})


def _cue_after(chunks: Sequence[Chunk], s: str, pos: int) -> bool:
    """Whether the money a "raise" verb took at chunk ``pos`` is a round: a round or funding noun
    after it ("$5 mln in new funding", "$5 mln in a Series B round"), a "Series B", the investors
    it came from ("$5 mln from Y"), or the valuation it was raised at ("at a valuation of $2 bln")."""
    m = _CUE.match(s, pos + 1)
    if m is None:
        return False
    c = chunks[m.end() - 1]
    if m.group("noun"):
        return frame_words("FUND").get(c.tokens[-1].text.casefold()) is not None
    if m.group("series"):  # "secured $38 million Series A", "raised $20 million in a Series B"
        return L.ROUND.get().fullmatch(c.text.removeprefix("a ").removeprefix("its ")) is not None
    if m.group("valued"):
        valued = chunks[m.start("valued")]
        # ("at a $400 million valuation": the amount inside the noun group)
        inside = m.group("of") or (isinstance(valued.price, MoneyMention) and valued.price.per is None)
        return inside and valued.tokens[-1].text.casefold() == "valuation"
    if m.group("valuing"):  # ", valuing it at $400 million": the money raised priced the company
        return chunks[m.start("valuing")].predicate == "value" and chunks[m.start("valuing")].form == "ing"
    return True


# after the money: a round or funding noun, a capitalized round name, or where it came from
_CUE = regex.compile(
    # ("raised $75 million last year in a round led by Y": a date between)
    # ("Rs 100 crore in its Series C funding round": the investee's own round)
    r"(?:\(M\))?D?(?:(?:x{0,2}|o|i[djxuN9-]{0,3}|ix{0,3}o[dxuN9-]{0,3})(?P<noun>A)|i?j?(?P<series>N)"
    # ("$85 million to date from investors including Y")
    r"|(?:tx)?x{0,2}[fy](?:d?(?:[xLu9BA-]|N(?=[xu])){0,6}|L')p?[CN])"
    # ("raised $40 million at a valuation of $380 million", "at a $380 million valuation": an
    # equity round, priced; "raised $40 million, valuing it (the company) at $380 million")
    r"|a(?P<valued>A)(?P<of>o?M)?|,(?P<valuing>V)(?:e|dx{1,2})aM"
)


def _valuation(chunks: Sequence[Chunk], s: str, pos: int) -> MoneyMention | None:
    """ "..., valuing the company at $1.5 billion", "at a valuation of $2 billion", "at a $2.4
    billion valuation"."""
    for i in range(pos, min(len(s), pos + _VALUE_REACH)):
        if any(t.text.casefold() in _VALUE_WORDS for t in chunks[i].tokens):
            inside = chunks[i].price
            if isinstance(inside, MoneyMention) and inside.per is None:
                return inside  # "at a $2.4 billion valuation": the amount inside the noun group
            for j in range(i + 1, min(len(s), i + 10)):
                if s[j] in ".;":
                    return None
                if s[j] == "M":
                    return _money(chunks[j])
    return None


def _subject(chunks: Sequence[Chunk], s: str, before: int) -> Chunk | None:
    """The sentence's first party that is no object of a preposition, before chunk ``before``."""
    return next(
        (chunks[i] for i in range(before) if s[i] in "CN" and (i == 0 or s[i - 1] not in "oiytfrawnsp")), None
    )


# the verbs of an investor's list ("Y's investors include A", "Y counts A among its backers")
_LISTING = frozenset({"include", "includes", "included", "count", "counts", "counted", "list", "lists"})
_FORMER = ("former", "ex-", "previous", "one-time", "onetime")
_COPULAS = frozenset({"is", "are", "was", "were"})


def _named_investors(
    chunks: Sequence[Chunk], s: str, investee: str, parties: Sequence[Chunk]
) -> tuple[list[str], int]:
    """The names of ``parties`` other than the investee, each once, and how many were promoted."""
    names: list[str] = []
    promoted = 0
    for c in parties:
        name, was_promoted = named_party(chunks, s, c)
        if name and name != investee and name not in names:
            names.append(name)
            promoted += was_promoted
    return names, promoted


def _investor_facts(p: Predication, ev: Evidence, chunks: Sequence[Chunk], s: str) -> list[AnyFact]:
    """The investment an investor's relational noun tells: "X, an early investor in Y,", "Y's
    backers include A and B", "Y counts A among its investors" (no money, no round)."""
    cue = p.places.get("cue")
    if cue is not None and cue.tokens[-1].text.casefold() not in _LISTING:
        raise NoFact("an investor's noun with a verb that lists none ('Y's investors sold A')")
    if p.places["rel"].text.casefold().startswith(_FORMER):
        raise NoFact("a former investor")
    rel_at, owner_at = chunk_index(chunks, p.places["rel"]), chunk_index(chunks, p.places["owner"])
    if p.variant == "possessive" and rel_at is not None and owner_at is not None:
        between = [c.text.casefold() for c in chunks[rel_at + 1 : owner_at]]
        if between and between[0] != "," and not all(w in _LISTING or w in _COPULAS for w in between):
            raise NoFact("an investor's noun with a verb that lists none ('Y's investors sold A')")
    asset = p.places.get("asset")
    if asset is not None:
        investee, was_promoted = named_party(chunks, s, asset)
    else:  # "Tesla investor Baillie Gifford": the company named inside the noun group (no place)
        investee, was_promoted = inner_company(p.places["rel"]), False
    if not investee:
        raise NoFact("no investee named (a name was not promoted)")
    first = p.places["owner"]
    names, promoted = _named_investors(chunks, s, investee, [first, *listed_after(chunks, s, first)])
    promoted += was_promoted
    if not names:
        raise NoFact("no investor named")
    return [
        InvestmentFact(
            evidence=ev,
            confidence=confidence(promoted),
            rule=f"{p.predicate}/{p.variant}",
            investee=investee,
            investors=tuple(names),
            amount=None,
            round=None,
            valuation=None,
            date=None,
        )
    ]


def investment_facts(
    p: Predication,
    ev: Evidence,
    text: str,
    clause_start: int,
    dates: Sequence[DateMention],
    chunks: Sequence[Chunk],
    s: str,
) -> list[AnyFact]:
    """The investment a FUND predication tells, or none.  ``s`` is the sentence's chunk string."""
    if denied(text, clause_start, p, chunks):
        raise NoFact("denied, doubted or called off")
    if p.frame == "INV":
        return _investor_facts(p, ev, chunks, s)
    if p.predicate == "issue":
        return _issued_shares(p, ev, text, clause_start, dates, chunks, s)
    noun = p.places.get("noun")
    amount = _money(p.places.get("amount")) or _money(noun)
    theme = p.places.get("theme")
    agents = [c for c in p.agents if c.char in "CN"]
    investors: list[Chunk] = []
    investee_c: Chunk | None
    verb = p.places.get("verb")
    opener = p.places.get("opener")
    if opener is not None and opener.text.casefold() not in _TIME_OPENERS:
        raise NoFact("a raise after a preposition that does not tell it done ('despite raising $5 mln')")
    led = verb is not None and verb.char == "Z" and verb.head[-1].text.casefold() in _LEAD_VERBS
    before_noun = theme is not None and noun is not None and theme.end <= noun.start
    if p.variant == "light-verb" and before_noun and not led:
        raise NoFact("'X announced Y's round': Y's own round, read by its possessive, not X's")
    if p.predicate == "raise" and led and theme is not None:
        # "Y led a $200 million funding round in X": Y invests, X raises
        investee_c, investors = theme, agents
        if amount is None:
            raise NoFact("no money raised")
    elif p.predicate == "raise" and led:
        raise NoFact("'Y led the round': the leader invests, and no investee is named")
    elif p.predicate == "back":  # "X is backed by Y", "Y funded X": the investors and the investee
        if theme is None or theme.char not in "CN" or not agents:
            raise NoFact("no company backed, or no backer named")
        at = chunk_index(chunks, theme)
        if at and s[at - 1] in "oiytfrawnsp":  # "a plan launched by Y is funded by Z": the plan is
            raise NoFact("what is backed is no company ('a plan drawn up by Y is funded by Z')")
        investee_c, investors = theme, agents
        if amount is None and at is not None and s.startswith("wA", at + 1):
            amount = _money(chunks[at + 2])  # "Y backed X with a $5 million seed investment"
    elif p.predicate == "invest" and (theme is not None or "from" not in p.pps):
        if theme is None:
            raise NoFact("no company invested in")
        investee_c = theme
        investors = agents
        if not investors and p.variant == "noun-in":
            by = p.pps.get("by")
            before = chunk_index(chunks, noun)
            if by is not None:
                investors = [by]
            elif before and s[before - 1] == "Z":  # "and make a $5 mln investment in Y": the subject's
                subject = _subject(chunks, s, before)
                investors = [subject] if subject is not None else []
            if not investors:
                raise NoFact("'the investment in Y' with no investor named ('sold its investment in Y')")
    else:  # "raise", and "X received an investment from Y": the agent is the investee
        investee_c = agents[0] if agents else None
        if len(agents) > 1 and _no_conjunction_between(chunks, s, agents[0], agents[-1]):
            # "Founded by A and B, X raised $5 mln": B ends the fronted clause, X raises
            investee_c = agents[-1]
        after = p.end if p.places.get("amount") is not None else p.start
        if amount is None:
            # "X has received a strategic investment from Y" (no amount told): the investors make it one
            if p.variant != "light-verb" or not (investors := _backers(chunks, s, p.end)):
                raise NoFact("no money raised")
        else:
            if p.variant in ("active", "after-raising"):
                at = chunk_index(chunks, p.places["amount"]) or p.end
                after_amount = chunks[at + 1].tokens[-1].text.casefold() if at + 1 < len(chunks) else ""
                if after_amount in L.fact_nouns("not_funding") or _proceeds(chunks, s, at):
                    # ("received $40 mln from Z for its stake in Y": a sale's proceeds)
                    raise NoFact("money received that is no investment ('a $5 million grant from Y')")
                if not _cue_after(chunks, s, at):
                    raise NoFact("money raised, but no round, funding or investor named")
            investors = _backers(chunks, s, after)
    investee, was_promoted = named_party(chunks, s, investee_c) if investee_c is not None else (None, False)
    if not investee:
        raise NoFact("no investee named (a name was not promoted)")
    names, promoted = _named_investors(chunks, s, investee, [*investors, *_backers(chunks, s, p.end)])
    promoted += was_promoted
    if p.predicate == "back" and not names:
        raise NoFact("the company backed is its own backer ('X has backed the company')")
    # (the round's name near the predication: a run-on sentence of many stays linear)
    rm = L.ROUND.get().search(text, clause_start, min(ev.end, chunks[p.end - 1].end + _ROUND_REACH))
    rnd = L.round_name(rm) if rm else None
    return [
        InvestmentFact(
            evidence=ev,
            confidence=confidence(promoted),
            rule=f"{p.predicate}/{p.variant}",
            investee=investee,
            investors=tuple(names),
            amount=amount,
            round=rnd,
            valuation=_valuation(chunks, s, p.end),
            date=deal_date(dates),
        )
    ]


_SHARE_WORDS = frozenset({"shares", "stock", "units", "notes"})
# shares given in payment: "to complete the purchase of Y", "in exchange for", "as consideration for"
_IN_PAYMENT = LazyPattern(
    r"(?i)\b(?:to\s+(?:complete|fund|pay\s+for)\s+the\s+(?:[\w-]+\s+){0,2}(?:purchase|acquisition|merger)"
    r"|in\s+exchange\s+for|as\s+(?:partial\s+)?consideration|in\s+connection\s+with\s+(?:the|its)\s+"
    r"(?:[\w-]+\s+){0,2}(?:acquisition|merger|purchase))\b"
)
_REACH = 24  # chunks after the verb where the shares' price may be told (a long sentence stays linear)


def _issued_shares(
    p: Predication,
    ev: Evidence,
    text: str,
    clause_start: int,
    dates: Sequence[DateMention],
    chunks: Sequence[Chunk],
    s: str,
) -> list[AnyFact]:
    """ "X issued and sold 12,500,000 ordinary shares to Y in a private placement ..., for gross
    proceeds of $25.0 million": Y invests in X.  The shares right after the verb, a named buyer
    after "to"; the amount is the first total after them (a price "per share" is none)."""
    verb, to = p.places.get("verb"), p.pps.get("to")
    at = chunk_index(chunks, verb) if verb is not None else None
    if at is None or at + 1 >= len(chunks) or not p.agents or to is None:
        raise NoFact("no shares issued to a named buyer")
    shares = chunks[at + 1]
    if shares.char != "K" or shares.tokens[-1].text.casefold() not in _SHARE_WORDS:
        raise NoFact("no shares issued to a named buyer")
    investee, was_promoted = named_party(chunks, s, p.agents[0])
    if not investee:
        raise NoFact("no investee named (a name was not promoted)")
    names, promoted = _named_investors(chunks, s, investee, [to])
    if not names:
        raise NoFact("no shares issued to a named buyer")
    amount = None
    for i in range(at + 2, min(len(chunks), at + _REACH)):
        if s[i] in ".;":
            break
        money = _money(chunks[i]) if s[i] == "M" else None
        after = chunks[i + 1].text.casefold() if i + 1 < len(chunks) else ""
        if money is not None and after not in ("per", "a", "each"):  # ("$2.00 per share": a price)
            amount = money
            break
    if amount is None:
        raise NoFact("no shares issued to a named buyer for money")
    if _IN_PAYMENT.search(text, shares.end, ev.end):
        raise NoFact("shares issued in payment for a deal ('to complete the purchase of Y')")
    rm = L.ROUND.get().search(text, clause_start, ev.end)
    return [
        InvestmentFact(
            evidence=ev,
            confidence=confidence(promoted + was_promoted),
            rule=f"{p.predicate}/{p.variant}",
            investee=investee,
            investors=tuple(names),
            amount=amount,
            round=L.round_name(rm) if rm else None,
            valuation=None,
            date=deal_date(dates),
        )
    ]
