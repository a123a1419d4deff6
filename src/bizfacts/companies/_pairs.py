"""Two companies a name joined by "and" took for one: "Cardwell and Murmur Labs".

A name with "and" inside is one company as often as two ("Marks and Spencer", "Duff and
Phelps" against "Kinnevik and Piton Capital"), so the extractor keeps it whole.  The document
tells which it is: two names each complete on its own ("Brightmoor Partners and Ruwaq Investment
Authority", the first ending in a company word), or a second name the text also names alone
("Murmur Labs founder P"), are two companies.  Each part then has its own name, and
the mentions the document linked to the pair take the name of the part they are.

>>> from bizfacts import extract_companies
>>> t = "Threadly buys Cardwell and Murmur Labs. Cardwell makes notes; Murmur Labs makes memos."
>>> [m.name for m in extract_companies(t) if m.name != "Threadly"]
['Cardwell', 'Murmur Labs', 'Cardwell', 'Murmur Labs']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .._company_words import company_words
from .._spans import CompanyMention
from .._suffixes import canonical_name
from ._lists import examples_before

_AND = " and "
_NUMBERED = re.compile(r"[IVX]{1,4}|\d{1,2}")  # a fund's number after its name ("Juniper Ridge Partners II")


def split_joined_pairs(mentions: Sequence[CompanyMention], text: str = "") -> list[CompanyMention]:
    """``mentions`` with each company name "A and B" that the document shows to be two companies
    split into A and B (see the module's docstring); ``text``, when given, is the document, whose
    lists tell too: "rivals such as A and B"."""
    joined = {m.name: m.text for m in mentions if m.kind == "company" and _AND in m.text and _AND in m.name}
    if not joined:
        return list(mentions)
    listed = {m.name for m in mentions if m.name in joined and text and _in_list(text, m)}
    parts: dict[str, tuple[str, str]] = {}
    # the names each written form stands for, gathered once (each pair asked every mention: a long
    # document of many pairs was quadratic)
    named_as: dict[str, set[str]] = {}
    for m in mentions:
        named_as.setdefault(m.text, set()).add(m.name)
    for name, written in joined.items():
        left, _, right = written.partition(_AND)
        if name in listed or _two_companies(left, right, name, named_as):
            parts[name] = (left, right)
    if not parts:
        return list(mentions)
    out: list[CompanyMention] = []
    for m in mentions:
        split = parts.get(m.name)
        if split is None:
            out.append(m)
            continue
        left, right = split
        if _AND in m.text:  # the pair as written: two mentions
            cut = m.text.find(_AND)
            if m.text[:cut] != left:
                out.append(m)
                continue
            out.append(attrs.evolve(m, end=m.start + cut, text=left, name=_name(left)))
            second = m.text[cut + len(_AND) :]
            out.append(attrs.evolve(m, start=m.start + cut + len(_AND), text=second, name=_name(right)))
        elif left.startswith(m.text) or m.text == canonical_name(left):
            out.append(attrs.evolve(m, name=_name(left)))  # "Cardwell", linked to the pair
        elif right.startswith(m.text) or m.text == canonical_name(right):
            out.append(attrs.evolve(m, name=_name(right)))
        else:
            out.append(m)
    return out


def _in_list(text: str, pair: CompanyMention) -> bool:
    """Whether the pair as written is a list: the examples of a plural firm noun open right before
    it ("carmakers like A and B"; not a list after a comma, "Halvard, Harris Trust and Savings Bank",
    whose last member is as often one name with "and" inside)."""
    if _AND not in pair.text or pair.rule.startswith("gazetteer"):
        return False  # (a name the gazetteer knows is one company: "Marks and Spencer")
    return examples_before(text, pair.start)


def _name(part: str) -> str:
    return canonical_name(part) or part


def _two_companies(left: str, right: str, name: str, named_as: dict[str, set[str]]) -> bool:
    """Whether "left and right" names two companies: the second a complete name of its own (a
    word of a name first, not of a trade: "Ruwaq Investment Authority", "Murmur Labs", not
    "Gas Corp", "Recovery Inc") that either the text names alone elsewhere, or that follows a
    first part complete too (two words or more, the last a company word: "Brightmoor Partners").
    A first word named alone ("Goodyear" of "Goodyear Tire and Rubber") is no sign: texts
    shorten one company's name so.  ``named_as``: the names of the document's mentions by their
    written forms."""
    words = company_words()
    lefts, rights = left.split(), _name(right).split()
    if len(rights) < 2 or not lefts:
        return False
    first = rights[0]
    if first in words.head or first in words.generic or first in words.common or not first[:1].isupper():
        return False  # "Oil and Gas Ltd", "Savings and Loan Association": one trade's name
    ends = words.head | words.org_head
    if len(lefts) > 1 and lefts[-1] in words.head and rights[-1] in ends:
        return True  # "Brightmoor Partners and Ruwaq Investment Authority"
    # (a fund's number after its company word: "Juniper Ridge Partners II")
    last = rights[-2] if len(rights) > 2 and _NUMBERED.fullmatch(rights[-1]) else rights[-1]
    if last in ends and any(
        n != name and _AND not in n and n.startswith(left + " ") for n in named_as.get(left, ())
    ):
        # "by and among the Company, Saxton and Juniper Ridge Partners": the first part is the short name
        # of a company of its own the text names in full ("Saxton Orthopedics, LLC ("Saxton")"), the
        # second complete
        return True
    return _AND not in right and any(n != name for n in named_as.get(right, ()))
