"""Valuations in the cascade: what a company is said to be worth.

The constructions of the VALUE frame (:func:`variants`) put a company and an amount around a
verb or noun of a VALUE predicate of the lexicon: the passive and relative clauses of its verb
("X is valued at M", "X, which was last valued at M", "X said it had been valued at M", "X
raised M, valued at M"), the active one whatever its subject ("the round values X at M"), and
its noun ("X's valuation of M", "puts X's post-money valuation at M", "gives X a valuation of
M", "X raised M at a valuation of M", "at a M valuation", "X has a market value of M").

>>> import bizfacts
>>> [(f.company, str(f.amount.amount), f.rule)
...  for f in bizfacts.extract_facts("Brindle Labs Inc is now valued at $3 billion.")]
[('Brindle Labs', '3000000000', 'value/passive')]
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ..._fact_types import AnyFact, Evidence, ValuationFact
from ..._spans import DateMention, MoneyMention
from .chunks import Chunk
from .clauses import Predication
from .grammar import _APPOSITION, _BRIDGE, _PARTY, Variant, _v
from .names import _party
from .predicates import predicates
from .status import deal_date

# "at about $5 mln", "of roughly €95 million", "rose to $2 billion", "is $3 billion"
_AMOUNT = r"[xvp9]{0,2}(?P<amount>M)"


@functools.cache
def variants() -> tuple[Variant, ...]:
    """The constructions of the VALUE frame."""
    return (
        # "X is (now) valued at M", "X, which was last valued at M", "X said it had been valued at M"
        _v(
            "passive",
            "VALUE",
            rf"(?<![oiytfrawnsp])(?P<theme>{_PARTY}){_APPOSITION}{_BRIDGE}(?:(?P<be>b)[xv]{{1,2}})?(?P<verb>V)[vxD]{{0,2}}a{_AMOUNT}",
        ),
        # "X is worth about M", "X, which is now worth M,": "worth" after a copula
        _v(
            "copula",
            "VALUE",
            rf"(?<![oiytfrawnsp])(?P<theme>{_PARTY}){_APPOSITION}{_BRIDGE}(?:(?P<be>b)v?)?(?P<verb>V)[vp]{{0,2}}(?P<amount>M)",
        ),
        # "X raised M in new funding, valued at M", "X, now valued at M, ..."
        _v(
            "reduced-relative",
            "VALUE",
            rf"(?<![oiytfrawnsp])(?P<theme>{_PARTY})[^.;CNPA]{{0,12}}?,[vx]?(?P<verb>V)a{_AMOUNT}",
            "participle",
        ),
        # "the round values X at M", "a deal valuing the company at M": the valuer is no role
        # ("valuing the Minneapolis based retailer at M": a reference after its description; "values
        # X at a pre-money equity value of M": the kind of value named before the amount; "values the
        # entire share capital of X at M")
        _v(
            "active",
            "VALUE",
            rf"(?P<verb>V)v?(?:d[xuLHB-]{{1,4}}(?=C)|dx{{1,4}}o)?(?P<theme>[CN])(?!')[vD]{{0,2}}a(?:dx{{0,3}}[VA]o)?{_AMOUNT}",
            "active",
        ),
        # "X raised M in its IPO, valuing the company at M", "..., valuing it at M": the reference is the
        # clause's subject, no other company, stake, unit or asset named between
        _v(
            "subject-valuing-it",
            "VALUE",
            rf"(?<![oiytfrawnsp])(?P<theme>{_PARTY}){_APPOSITION}[^.;CNPSWKYR]{{1,16}}?[,c](?P<verb>V)(?:e|dx)a{_AMOUNT}",
            "active",
        ),
        # "X's valuation of M", "X's market value rose to M", "puts X's valuation at M", "X's M valuation"
        _v(
            "possessive",
            "VALUE",
            # ("X's valuation more than doubled to M", "X's market value has fallen to M")
            rf"(?P<theme>{_PARTY})'(?P<noun>A)(?:D?(?:[oatb]|h?[xvpV]{{1,3}}[ta]?|b[xv]?[ta]){_AMOUNT})?",
        ),
        # "X has a market capitalization of about M"
        _v(
            "has",
            "VALUE",
            rf"(?<![oiytfrawnsp])(?P<theme>{_PARTY}){_APPOSITION}{_BRIDGE}v?h(?P<noun>A)o{_AMOUNT}",
        ),
        # "gives X a post-money valuation of M", "X sold shares, giving it a market value of M"
        # (a determiner opens the company's group: "the new money gives X" may be one group)
        _v(
            "indirect-object",
            "VALUE",
            rf"(?:(?P<give>x)?(?P<theme>[CN])|(?P<give>x)(?P<pronoun>e))(?P<noun>A)(?:o{_AMOUNT})?",
        ),
        # "The transaction implies an enterprise value of M for X", "a valuation of M for X"
        _v("noun-for", "VALUE", rf"(?P<noun>A)o{_AMOUNT}r(?P<theme>[CN])(?!')"),
        # "an enterprise value of M for X", "X's equity value of M", "put X's value at M": the verb's
        # form read as its noun after a determiner or a possessive
        _v("noun-for", "VALUE", rf"[dj]x{{0,2}}(?P<verb>V)o{_AMOUNT}r(?P<theme>[CN])(?!')"),
        _v("possessive", "VALUE", rf"(?P<theme>{_PARTY})'x{{0,2}}(?P<verb>V)[ao]{_AMOUNT}"),
        # FUND, told beside a value: "X is now valued at M after raising M from Y", "X expanded into
        # Asia after raising M": a gerund of raising after a time word, the sentence's subject raises
        # (investment.py checks the word: "after", "following", "since", "before")
        _v(
            "after-raising",
            "FUND",
            # ("expanded into Asia after raising M": a place no extractor named after a preposition)
            rf"(?<![oiytfrawnsp])(?P<agent>{_PARTY}){_APPOSITION}(?:[^.;:CNPSWA]|(?<=[Iin])N){{1,8}}?"
            rf"(?P<opener>p)(?P<verb>V)[vxd]{{0,2}}(?P<amount>M)",
            "active",
        ),
        # "X raised M at a valuation of M", "X raised M at a M valuation"
        _v(
            "subject-at",
            "VALUE",
            rf"(?<![oiytfrawnsp])(?P<theme>{_PARTY}){_APPOSITION}(?:[^.;CNPSWA]|[yfw]d?x{{0,3}}[CNP]){{1,16}}?"
            rf"[aw](?P<noun>A)(?:o{_AMOUNT})?",
        ),
    )


def predicate(v: Variant, places: dict[str, Chunk]) -> str | None:
    """The VALUE predicate a match states: its verb's or noun's, which must take the frame, in the
    voice the construction needs."""
    trigger = places.get("verb") or places.get("noun")
    if trigger is None:
        return None
    pred = predicates().get(trigger.predicate or "")
    if pred is None or v.frame not in pred.frames:
        return None
    # ("worth" after a copula takes its amount with no "at", and no other construction)
    worth = pred.name == "worth"
    if (v.name == "copula") != worth:
        return None
    if worth and "be" not in places and not any(t.tag == "b" for t in trigger.tokens):
        return None
    if v.voice == "participle":
        # "X, (now) valued at M", not "X has valued": no auxiliary in the verb group
        if trigger.form not in ("past", "part") or sum(t.tag != "v" for t in trigger.tokens) > 1:
            return None
    elif v.voice and trigger.voice != v.voice:
        return None
    # "X was last valued at M": the copula stands before an adverb the verb group left out
    copula = "be" in places and trigger.form == "past"
    if v.name == "passive" and trigger.voice != "passive" and not copula:
        return None
    return pred.name


# below this, an amount is a price per unit ("Brent is valued at 19.45 dlrs, up 56 cts a barrel")
_LEAST = 100_000
# the verbs of a double object that hands a company its valuation
_GIVE = frozenset({"give", "gives", "gave", "given", "giving", "hand", "hands", "handed", "handing"})


class NotValued(Exception):
    """A VALUE predication that gives no valuation (the reason is shown by ``bizfacts explain``)."""


def _subject(chunks: Sequence[Chunk], before: int) -> Chunk | None:
    """The sentence's first party before chunk ``before`` that is no object of a preposition."""
    for i in range(before):
        if chunks[i].char in "CN" and (i == 0 or chunks[i - 1].char not in "oiytfrawnsp"):
            return chunks[i]
    return None


def valuation_facts(
    p: Predication, ev: Evidence, _text: str, dates: Sequence[DateMention], chunks: Sequence[Chunk] = ()
) -> list[AnyFact]:
    """A VALUE predication -> the company's value (the amount as written, never a per-share price);
    "giving it a valuation": the pronoun stands for the sentence's subject."""
    roles = predicates()[p.predicate].roles
    company_c = next((p.places[k] for k, role in roles.items() if role == "company" and k in p.places), None)
    if company_c is None and "pronoun" in p.places:
        company_c = _subject(chunks, p.start)
    company, promoted = _party(company_c)
    if not company:
        raise NotValued("no company named (a name was not promoted)")
    if p.variant == "indirect-object":
        give = p.places.get("give")
        words = give.tokens if give is not None else company_c.tokens if company_c is not None else ()
        if not any(t.text.casefold() in _GIVE for t in words):
            raise NotValued("a noun after a company and a verb that hands nothing")
    amount_c = p.places.get("amount")
    noun = p.places.get("noun")
    amount = amount_c.head[0].mention if amount_c is not None else noun.price if noun is not None else None
    if not isinstance(amount, MoneyMention) or amount.per is not None:
        raise NotValued("no amount (or a price per share)")
    if amount.amount < _LEAST:
        raise NotValued("an amount too small for a company's worth (a price per unit)")
    date = deal_date(dates)
    return [
        ValuationFact(
            evidence=ev,
            confidence=round(0.8 - 0.15 * promoted, 2),
            rule=f"{p.predicate}/{p.variant}",
            company=company,
            amount=amount,
            date=date,
        )
    ]
