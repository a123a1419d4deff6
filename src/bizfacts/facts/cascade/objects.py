"""What a deal clause says after its verb: the stake it reaches, the share of the target its
shares make, the price, and whether the words before "of Y" name Y itself.

These readers look at the chunks right around a predication (see
:mod:`bizfacts.facts.cascade.build`): "raised its stake in Y to 8.2 pct", "bought 90,000 shares
of Y, or 6.1 pct", "bought 90,000 shares of Y, raising its stake to 8 pct", "for 5 mln dlrs",
"all the issued capital of Y" (Y) against "two subsidiaries of Y" (not Y), "the Measurement
Systems Division of Z" (Z owns it).

>>> from bizfacts.facts.cascade.tokens import tokenize
>>> from bizfacts.facts.cascade.chunks import chunk
>>> chunks = chunk(tokenize("Acme bought two subsidiaries of Beta.", 0, []))
>>> _whole_of(chunks, chunks[-2])
False
>>> chunks = chunk(tokenize("Acme bought two trucks of Beta.", 0, []))
>>> _whole_of(chunks, chunks[-2])
False
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import regex

from ..._spans import MoneyMention, PercentMention
from .chunks import Chunk, chunk_index, index_or
from .names import _party
from .predicates import phrase_table, predicates

# words before a money amount that make it a deal's price ("a cash consideration of", "worth")
# ("sold a 7% stake in Y ..., raising about 312 million euros": a sale's proceeds are its price)
_PRICE_CUES = frozenset(
    "worth consideration total sum equivalent valued value price priced cost costing amount raising fetching"
    " netting paying".split()
)
_PRICE_QUALIFIERS = frozenset(
    "about approximately around roughly nearly some up more than an a estimated total of to"
    " reported reputed".split()  # ("for a reported $1.3 billion": the report's figure is the price)
)


def _stake_after(chunks: Sequence[Chunk], pos: int) -> PercentMention | None:
    """The percentage a stake is raised or cut to, right after the clause: "... to 20 percent",
    "... common stock to 575,859 shares or 8.2 pct", "... to the equivalent of 1,026,261 shares,
    or 9.4 pct" (never the "from" figure that may follow)."""
    n = len(chunks)
    for i in range(pos, min(n - 1, pos + 4)):
        if chunks[i].char in ";.":
            return None
        if chunks[i].char == "t":
            for j in range(i + 1, min(n, i + 8)):
                c = chunks[j].char
                if c == "%":
                    pct = chunks[j].head[0].mention
                    return pct if isinstance(pct, PercentMention) else None
                if c not in "xdoK,c9p":
                    return None
            return None
    return None


def _share_after(chunks: Sequence[Chunk], pos: int) -> PercentMention | None:
    """The percentage a number of shares makes, right after the clause: "..., or 8.1 pct"."""
    for i in range(pos, min(len(chunks) - 1, pos + 3)):
        if chunks[i].char in ";.":
            return None
        if chunks[i].char == "," and chunks[i + 1].char in "c%":
            j = i + 1 if chunks[i + 1].char == "%" else i + 2
            pct = chunks[j].head[0].mention if j < len(chunks) and chunks[j].char == "%" else None
            return pct if isinstance(pct, PercentMention) else None
    return None


def _buying_stake(chunks: Sequence[Chunk], pos: int) -> PercentMention | None:
    """The stake a deal's clause tells by a participle after it: "X took control of Y in 2018,
    buying a 75 per cent stake from the founders"."""
    for i in range(pos, min(len(chunks) - 2, pos + 4)):
        c = chunks[i]
        if c.char in ";.VZ":
            return None
        if c.char != ",":
            continue
        verb, held = chunks[i + 1], chunks[i + 2]
        if verb.char == "V" and verb.predicate == "acquire" and verb.form == "ing" and held.char == "K":
            return held.stake if isinstance(held.stake, PercentMention) else None
        return None
    return None


def _raising_to(chunks: Sequence[Chunk], pos: int) -> PercentMention | None:
    """The stake a purchase of shares brings the buyer to, told by a participle after the clause:
    "bought 500,000 shares of Y, raising its stake to 12.5 pct" (a stake verb's gerund, its own
    holding, then the figure :func:`_stake_after` reads)."""
    n = len(chunks)
    for i in range(pos, min(n - 3, pos + 10)):
        c = chunks[i]
        if c.char in ";.VZ" or c.text.casefold() == "behalf":
            return None  # ("bought shares on its behalf, raising its stake": the stake is another's)
        if c.char != ",":
            continue
        verb, held = chunks[i + 1], chunks[i + 2]
        if verb.char != "V" or verb.predicate != "take" or verb.form != "ing":
            return None
        if held.char == "K" and held.possessive in ("its", "their") and held.stake is None:
            return _stake_after(chunks, i + 3)
        # "lifting its holding to 9 pct": the noun "holding" is read as the verb's gerund
        if held.char == "j" and chunks[i + 3].char == "V" and chunks[i + 3].predicate == "hold":
            return _stake_after(chunks, i + 4)
        return None
    return None


@functools.cache
def _unit_heads() -> frozenset[str]:
    """The last words of capitalized unit names ("the Measurement Systems Division of Z"): the
    lexicon's one-word unit nouns (not the owner's: "Parent") and asset nouns, capitalized
    ("Division", "Operations")."""
    rel = {name for name, p in predicates().items() if "REL" in p.frames}
    return frozenset(
        key[0].title()
        for key, entry in phrase_table().items()
        if len(key) == 1 and (entry.tag == "Y" or (entry.tag == "R" and entry.predicate in rel))
    )


def _owner_after(chunks: Sequence[Chunk], thing: Chunk | None) -> str | None:
    """The company right after "of" that owns a unit or an asset ("the Surface Coatings Division of
    Z", "certain assets of Z", "certain assets of privately held Z"), or None."""
    if thing is None:
        return None
    if not (thing.char in "RY" or (thing.char == "N" and thing.head[-1].text in _unit_heads())):
        return None
    i = index_or(chunks, thing, len(chunks))
    after = "".join(c.char for c in chunks[i + 1 : i + 4])
    if after.startswith("oC"):
        return _party(chunks[i + 2])[0]
    if after.startswith("ouC"):
        return _party(chunks[i + 3])[0]  # "of privately held Z"
    return None


# words before "of Y" that still name Y or a share of it: "all the issued capital of Y", "control of Y"
_PARTITIVE = frozenset(
    "all rest remainder balance majority control capital stock equity whole entire most issued "
    "outstanding common ordinary share voting ownership substantially liabilities operations business".split()
)
# the people who act for Y: "The board of Y accepted a bid from Z" is Y accepting it
_GOVERNING = frozenset("board directors shareholders stockholders management".split())
_NAMING_Y = _PARTITIVE | _GOVERNING


def _whole_of(chunks: Sequence[Chunk], theme: Chunk) -> bool:
    """Whether the words between a verb and "of" before its theme name the theme itself or a share
    of it ("all the outstanding stock of Y"), not other things ("two subsidiaries of Y")."""
    i = index_or(chunks, theme, 0) - 1
    while i >= 0 and chunks[i].char in "jux":
        i -= 1
    if i < 0 or chunks[i].char != "o":
        return True
    i -= 1
    if i >= 0 and chunks[i].char == "R" and _several(chunks[i]):
        return False  # "two subsidiaries of Y": units of Y ("the assets and business of Y": Y)
    while i >= 0 and chunks[i].char in "xd":
        if chunks[i].char == "x" and chunks[i].text.casefold() not in _NAMING_Y:
            return False
        i -= 1
    return True


def _several(rel: Chunk) -> bool:
    """Whether a relational noun group names several units: a count, or a plural head ("two
    subsidiaries", "its units"; not "business")."""
    head = rel.tokens[-1].text.casefold()
    return any(t.tag == "9" for t in rel.tokens) or (head.endswith("s") and not head.endswith("ss"))


# "the outstanding shares of Y", "all shares of Y": the whole company
_ALL_SHARES = frozenset({"all", "outstanding", "remaining", "entire"})


def _all_shares(stake: Chunk, chunks: Sequence[Chunk]) -> bool:
    """Whether a stake group without a percentage names all of the target's shares: "the
    outstanding shares of Y", "all the shares of Y", "the shares it does not already own"."""
    words = {t.text.casefold() for t in stake.tokens}
    if words & _ALL_SHARES and not any(t.tag in "9M" for t in stake.tokens):
        return True
    k = index_or(chunks, stake, len(chunks))
    if k >= 2 and chunks[k - 1].char == "o" and chunks[k - 2].text.casefold() in _ALL_SHARES:
        return True  # "all of the shares in Y"
    s = "".join([c.char for c in chunks[k + 1 : k + 6]])
    # "the shares it does not already own", "the shares in Y that it does not own"
    m = _NOT_OWNED.match(s)
    return m is not None and chunks[k + 1 + m.end()].negated


_NOT_OWNED = regex.compile(r"(?:[io][CN])?W?e(?=V)")


def _counted_shares(theme: Chunk | None, stake: Chunk, chunks: Sequence[Chunk]) -> bool:
    """Whether a stake group without a percentage is a number of shares of the company named
    right before it: "36,700 Y common shares", "4.5 mln Y shares", "an additional 1,000 Y
    shares" (not "50,000 shares of Y")."""
    k = index_or(chunks, stake, 0)
    if theme is None or k < 2 or chunks[k - 1] is not theme:
        return False
    if any(t.tag == "9" for t in theme.tokens):
        return True  # (a name that no extractor knew takes the number into its group)
    count = "".join([c.char for c in chunks[max(0, k - 3) : k - 1]])
    return count.endswith("9") or count == "9x"


_MAY = frozenset({"could", "might", "may", "hypo"})


# words before "a company worth M" that make M the value of the company a merger forms
_COMBINED_WORDS = frozenset({"creating", "create", "creates", "forming", "form", "forms", "combined"})
# the deal nouns after an amount that make it the deal's price ("in a $450 million deal")
_DEAL_NOUNS = frozenset({"deal", "transaction", "takeover", "acquisition", "purchase", "buyout", "merger"})


# the words of a stake that is a part of its company ("a minority stake")
_PART_WORDS = frozenset(
    {"minority", "majority", "controlling", "partial", "small", "significant", "strategic"}
)


def _part_of(c: Chunk) -> bool:
    """Whether a stake chunk is a part of the company: a percentage, or a word of a part."""
    return c.stake is not None or any(t.text.casefold() in _PART_WORDS for t in c.tokens)


# deal verbs that take an object of their own: a second one after a clause opens another deal
_OWN_OBJECT_DEALS = frozenset({"acquire", "sell"})


def _deal_price_before(chunks: Sequence[Chunk], start: int) -> MoneyMention | None:
    """The price of a deal noun whose relative clause is the deal: "the proposed 757 mln dlr deal
    under which X would acquire Y", "a $50 million transaction in which X buys Y" (``start``: the
    clause's first chunk)."""
    if start < 3 or chunks[start - 1].char != "W" or chunks[start - 2].char not in "pi":
        return None
    noun = chunks[start - 3]
    price = noun.price if noun.char == "A" else None
    return price if isinstance(price, MoneyMention) and price.per is None else None


def _price(chunks: Sequence[Chunk], pos: int, end: int | None = None) -> MoneyMention | None:
    """The deal price told after chunk ``pos`` in the clause (up to two dozen chunks after ``end``, the
    clause's last chunk, when given): "for $5 mln", "for 3 dlrs a share, or 21 mln dlrs", "a
    consideration of about 5 mln dlrs" (never a per-share amount)."""
    n = len(chunks)
    for i in range(pos, min(n, max(pos, end if end is not None else pos) + 24)):
        c = chunks[i]
        if c.char in ";.":
            return None
        if (
            c.char == "V"
            and i > pos
            and c.predicate in _OWN_OBJECT_DEALS
            and (end is None or i > end)
            and chunks[i - 1].char != "y"
        ):
            # "bought A in 2021, and in 2024 acquired B for $27 million": the next deal's price (not "raised
            # its stake to 60% by buying 10% from Z for $95 million": the same deal's means)
            return None
        if c.char == "V" and c.predicate == "value" and set(c.modality) & _MAY:
            return None  # "in a deal that could value Y at $900 mln": a value guessed
        if (
            c.char == "V"
            and c.predicate == "value"
            and i + 1 < n
            and chunks[i + 1].char not in "ayo,.;"
            and any(ch.char == "%" or (ch.char == "K" and _part_of(ch)) for ch in chunks[pos:i])
        ):
            # "bought a 10% stake in Y, valuing the company at £800m", "a minority stake in Y, valuing
            # the company at": all of Y, no price
            return None
        if (
            c.char == "A"
            and isinstance(c.price, MoneyMention)
            and c.price.per is None
            and chunks[i - 1].char == "i"
            and c.tokens[-1].text.casefold() in _DEAL_NOUNS
        ):
            return c.price  # "bought Y in a $450 million deal" (the deal noun read as a noun)
        if c.char != "M" or not isinstance(c.head[0].mention, MoneyMention):
            continue
        money = c.head[0].mention
        if money.per is not None:
            continue
        j = i - 1
        while j > pos and chunks[j].char in "xpdtoS" and chunks[j].text.casefold() in _PRICE_QUALIFIERS:
            j -= 1
        cue = chunks[j]
        if any(chunks[h].text.casefold() in _COMBINED_WORDS for h in range(max(pos, j - 4), j + 1)):
            continue  # "merge in a deal creating a company worth $5 billion": the combined value
        if cue.char == "i" and i + 1 < n and chunks[i + 1].text.casefold() in _DEAL_NOUNS:
            return money  # "bought Y in a $450 million deal"
        if (
            cue.char in "ra"
            or cue.text.casefold() in _PRICE_CUES
            or (cue.char == "c" and j > 0 and chunks[j - 1].char == ",")
            or (cue.char == "A" and cue.predicate == "bid" and chunks[j + 1].text.casefold() == "of")
        ):
            return money  # ("X's offer of $2 billion")
    return None


# words before a described unit or asset that qualify it, not name it (a count stays: "five rural
# hospitals")
_QUANTIFIERS = frozenset("existing remaining certain entire various several other some".split())


def _described(tokens: Sequence[Any]) -> Sequence[Any]:
    """A described unit or asset without the words that qualify it: "its existing cable television
    business" -> "cable television business", "certain assets" -> "assets"."""
    i = 0
    while i < len(tokens) - 1 and (tokens[i].tag in "dj" or tokens[i].text.casefold() in _QUANTIFIERS):
        i += 1
    return tokens[i:]


def _described_text(text: str, tokens: Sequence[Any]) -> str:
    """The text of :func:`_described` tokens, as written; a project's name without the lowercase
    words of its kind ("the Mount Tarra copper project" -> "Mount Tarra"; "the Tamar gas field"
    and "the Kettle Lake Gold Project" stay whole)."""
    kept = _described(tokens)
    named = next((i for i, t in enumerate(kept) if t.tag != "N"), len(kept))
    kinds = kept[named:-1]
    if named and kinds and kept[-1].text in ("project", "projects") and all(t.text.islower() for t in kinds):
        kept = kept[:named]
    return text[kept[0].start : kept[-1].end]


# after a party: its town ("of Japan"), then ", B" or "and B", a next party of the same place
_NEXT_PARTY = regex.compile(r"(?:oL(?:,L){0,2})?,?(?:,|c)(?=C(?!'|o[^L]|[^.;]{0,12}?[VZSbhm]))C")


def _co_parties(chunks: Sequence[Chunk], first: Chunk) -> tuple[str, ...]:
    """The other parties of a list whose first is ``first``: "sold 60 pct of its unit to A of
    France and B of Japan" (at most three more)."""
    i = chunk_index(chunks, first)
    if i is None:
        return ()
    s = "".join([c.char for c in chunks[i + 1 : i + 24]])
    out: list[str] = []
    pos = 0
    while len(out) < 3:
        m = _NEXT_PARTY.match(s, pos)
        if m is None:
            break
        name, promoted = _party(chunks[i + m.end()])
        if not name or promoted:
            break
        out.append(name)
        pos = m.end()
    return tuple(out)


def consortium_of(chunks: Sequence[Chunk], agent: Chunk) -> bool:
    """Whether ``agent`` is the first member named after "a consortium of" (or "a group of"),
    a description between."""
    i = chunk_index(chunks, agent)
    if i is None:
        return False
    for k in range(i - 1, max(-1, i - 6), -1):
        c = chunks[k]
        if c.char == "o" and k and chunks[k - 1].char == "A":
            return chunks[k - 1].tokens[-1].text.casefold() in ("consortium", "group")
        if c.char not in "xNLu-":
            return False
    return False
