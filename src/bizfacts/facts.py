"""The fact assembler: mentions + sentences -> typed facts with evidence.

For each sentence the assembler builds a template (every mention replaced by a
slot, see :mod:`bizfacts._template`), resolves a few anaphors ("the company",
"it", "the app") to companies named earlier, and runs the frame rules of
:mod:`bizfacts._rules`.  User counts are attached to the company or product they
describe.  Candidates are then filtered for modality (denied, hypothetical and
collapsed deals give no fact), given a status, merged when the same fact is told
twice, and returned in text order.

``confidence`` is the rule's base confidence (how often that frame states the fact
on our corpora), lowered by 0.15 when a role came from an anaphor or from the
sentence subject rather than from the frame itself.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any, Protocol, cast

import ahocorasick
import attrs
import regex

from . import _lexicon as L
from ._fact_types import (
    AcquisitionFact,
    AnyFact,
    Evidence,
    ExecutiveFact,
    FinancialMetricFact,
    HeadquartersFact,
    InvestmentFact,
    ListingFact,
    OwnershipFact,
    PartnershipFact,
    UserCountFact,
    ValuationFact,
)
from ._numbers import parse_number
from ._rules import RULES, TRIGGERS, Rule
from ._sentences import sentence_spans
from ._spans import CompanyMention, DateMention, MoneyMention, PercentMention, UserCountMention
from ._template import CLOSE, OPEN, LazyPattern, Slot, Template, build_template, expand
from .companies import Gazetteer, extract_companies, is_non_company
from .dates import extract_dates
from .money import _stated_dollar, extract_money
from .percentages import extract_percentages
from .user_counts import extract_user_counts

# --------------------------------------------------------------------------------------
# anaphors
# --------------------------------------------------------------------------------------

# Nouns that stand for a company ("the carmaker") or a product ("the app") already named.
_COMPANY_HEADS = (
    "company", "firm", "group", "bank", "carmaker", "automaker", "insurer", "retailer", "conglomerate", "startup",
    "start-up", "maker", "concern", "corporation", "operator", "lender", "giant", "airline", "manufacturer",
    "utility", "chipmaker", "producer", "brewer", "publisher", "broker", "developer", "acquirer", "buyer",
    "chain", "miner", "explorer", "refiner", "shipper", "supplier", "provider", "distributor", "outfit",
    "brokerage", "bottler", "processor", "partnership", "biotech", "drugmaker", "steelmaker", "shipbuilder",
    "homebuilder", "builder", "railroad", "railway", "carrier", "grocer", "exporter", "importer", "wholesaler",
)
_PRODUCT_HEADS = ("app", "application", "service", "platform", "site", "website", "network", "product")
_COMPANY_ANAPHOR = LazyPattern(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w.,'’-]+\s+){0,3}?(?P<head>Company|" + "|".join(_COMPANY_HEADS) + r")\b"
)
_ANAPHOR_HEAD = LazyPattern(r"\b(?:" + "|".join(_COMPANY_HEADS + _PRODUCT_HEADS) + r")\b")
_PRODUCT_ANAPHOR = LazyPattern(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:app|application|service|platform|site|website|network|product|"
    r"messaging\s+app|social\s+network)\b"
)
_IT = LazyPattern(
    r"(?<!\b(?:make|makes|made|making|find|found|consider|considered|call|called|keep|kept)\s)\b(?:It|it)\b"
    r"(?=\s+(?:said|says|has|had|is|was|will|would|also|"
    r"plans|agreed|bought|acquired|sold|expects|reported|posted|announced|owns|runs|operates|holds|"
    r"earned|lost|made|raised|paid|added|now|currently|recently|previously|already|completed|"
    r"acquires|buys|sells|agreed|signed|formed|named|appointed)\b)|^Its\b"
)
# What every match of _IT contains, casefolded (a literal-prefixed scan is cheap): the gate for _IT.
_IT_GATE = re.compile(r"it\s")
# Substrings of every _ANAPHOR_HEAD match: tests that spare most sentences the regex.
_HEAD_PARTS = (
    "compan", "firm", "group", "bank", "maker", "insurer", "retailer", "conglomerate", "start", "concern",
    "corporation", "operator", "lender", "giant", "airline", "manufacturer", "utility", "producer", "brewer",
    "publisher", "broker", "developer", "acquirer", "buyer", "chain", "miner", "explorer", "refiner", "shipper",
    "supplier", "provider", "distributor", "outfit", "bottler", "processor", "partnership", "app", "service",
    "platform", "site", "network", "product", "biotech", "builder", "rail", "carrier", "grocer", "porter",
    "wholesaler",
)
_NAME_FOLLOWS = LazyPattern(r"\s+(?:\p{Lu}|<)")
# "Tencent-backed", "Sony-owned": a company used as a modifier of the noun that follows.
_MODIFIER_AFTER = LazyPattern(r"-(?:backed|owned|controlled|funded|led|run|supported|affiliated)\b")
_REPORTING_AFTER = LazyPattern(r"\s+(?:said|says|told|added|announced|reported|stated)\b")
# A company followed by its verb ("Dalton Pharma agreed to buy"): the subject of the clause.
_SUBJECT_OF_VERB = LazyPattern(
    r"(?:\s*<[^>\n]{1,12}>)?\s+(?:has\s+|had\s+|have\s+|also\s+)?(?:agreed|agrees|said|says|will|would|plans|planned|"
    r"offered|offers|announced|launched|intends|wants|sought|seeks|moved|made|won|bid)\b"
)
_OBJECT_POSITION = LazyPattern(
    r"(?i)\b(?:in|of|for|from|to|with|into|acquire[sd]?|buy|bought|sold|sell|purchased?|merge[sd]?\s+with|"
    r"valuing|values|valued|value|making|makes|make)\s+"
    r"(?:[\w.,'’-]+\s+){0,3}$"
)


# What introduces an investor in a funding sentence: the investor is not the company valued or described.
_INVESTOR_BEFORE = LazyPattern(
    r"(?i)\b(?:led|co-led|backed|joined|funded)\s+by\s+(?:[\w.,'’-]+\s+){0,5}$|\bfrom\s+(?:investors?\s+)?(?:including\s+)?(?:[\w.,'’-]+\s+){0,3}$"
)
_APPOSITION = LazyPattern(r"(?:'s|’s)?,?\s+(?:the|a|an)\s+(?:[\w.,'’-]+\s+){0,3}?$")
_NOT_NAMES = frozenset(
    {"the", "a", "an", "it", "its", "this", "that", "he", "she", "they", "we", "i", "wholly", "family", "state",
     "government", "privately", "employee", "employees", "management", "founder", "purchaser", "seller"}
)
# Sentences about an economy, not a company: no fallback to the company the text is about.
_MACRO = LazyPattern(
    r"(?i)\b(?:retail\s+sales|exports?|imports?|gdp|gross\s+(?:domestic|national)|economy|economic|"
    r"trade\s+(?:deficit|surplus|balance)|budget|inflation|money\s+supply|industry|industries|sector|"
    r"nation(?:al|wide)?|country|government|ministry|central\s+bank)\b"
)


@attrs.frozen
class _Entities:
    last_company: str | None = None
    last_product: str | None = None
    prev_subject: str | None = None
    last_period: DateMention | None = None  # the last quarter, half or year named: results keep talking of it
    recent: tuple[str, ...] = ()  # companies named so far, most recent last (at most 6)


def _usable(m: CompanyMention) -> bool:
    return m.kind != "organization"


# 'Ningbo Haixing Cold Chain Co., Ltd. (the "Target Company")', 'Redline Freight Holdings, LLC (the "Seller")'
_TERM_DEFINITION = LazyPattern(
    r"""[ \t]*\(\s*(?:the\s+)?["“](?P<a>\p{Lu}[\p{L}&' -]{1,40})["”]"""
    r"""(?:\s*(?:,|or|and)\s*(?:the\s+)?["“](?P<b>\p{Lu}[\p{L}&' -]{1,40})["”])?\s*\)"""
)


def _defined_terms(text: str, companies: list[CompanyMention]) -> tuple[regex.Pattern[str], list[str]] | None:
    """A pattern for "the Target Company", "the Vendor", ... where the text defines such terms for companies.

    Each match's ``lastgroup`` is ``t<n>_<k>``: the term names ``names[n]``.  None when the text
    defines no term.
    """
    if '("' not in text and "(“" not in text and '(the "' not in text and "(the “" not in text:
        return None
    found: dict[str, int] = {}
    names: list[str] = []
    for c in companies:
        if c.kind != "company":
            continue
        m = _TERM_DEFINITION.match(text, c.end)
        if m is None:
            continue
        for term in (m.group("a"), m.group("b")):
            if term and term != "Company" and term.casefold() != c.name.casefold() and term not in found:
                found[term] = len(names)
                names.append(c.name)
    if not found:
        return None
    alternatives = sorted(found, key=len, reverse=True)
    pattern = regex.compile(
        r"\b[Tt]he\s+(?:" + "|".join(f"(?P<t{found[t]}_{k}>{regex.escape(t)})" for k, t in enumerate(alternatives)) + r")\b"
    )
    return pattern, names


def _term_mentions(
    text: str,
    start: int,
    end: int,
    companies: Sequence[CompanyMention],
    terms: tuple[regex.Pattern[str], list[str]],
) -> list[tuple[int, int, str]]:
    """(start, end, company name) for each use of a defined term in the sentence ("the Target Company")."""
    out: list[tuple[int, int, str]] = []
    pattern, names = terms
    for m in pattern.finditer(text, start, end):
        group = m.lastgroup or ""
        s, e = m.span(group)
        if any(c.start < e and s < c.end for c in companies):
            continue
        out.append((s, e, names[int(group[1:].split("_")[0])]))
    return out


def _anaphors(
    text: str,
    start: int,
    end: int,
    companies: Sequence[CompanyMention],
    ents: _Entities,
    topic: str | None = None,
    defined: str | None = None,
) -> list[tuple[int, int, str]]:
    """(start, end, resolved name) for each anaphor in the sentence that we can resolve.

    ``defined`` is the company a filing defines as "the Company": the capitalized term names it.
    """
    out: list[tuple[int, int, str]] = []
    sentence = text[start:end]
    low = sentence.casefold()
    if "the " not in low and "this " not in low and "that " not in low and "it" not in low:
        return out
    heads = next(_head_part_automaton().iter(low), None) is not None and _ANAPHOR_HEAD.for_text(low).search(low) is not None
    it = low.startswith("its") or _IT_GATE.search(low) is not None
    for pat, product in ((_COMPANY_ANAPHOR, False), (_PRODUCT_ANAPHOR, True), (_IT, False)):
        if (pat is _IT and not it) or (pat is not _IT and not heads):
            continue  # cheap tests first: most sentences name no "company", "firm", "app", ...
        for m in pat.finditer(sentence):
            g = "head" if pat is _COMPANY_ANAPHOR else 0
            s, e = start + m.start(g), start + m.end(g)
            if pat is not _IT and _NAME_FOLLOWS.match(text, e):
                continue  # "the utility Elbe Energie": a descriptor of the name that follows
            if any(c.start < e and s < c.end for c in companies):
                continue
            before = [c for c in companies if c.end <= s and _usable(c)]
            name: str | None
            if defined and pat is _COMPANY_ANAPHOR and m.group("head") == "Company" and m.group(0)[4:].istitle():
                name = defined
            elif product:
                prods = [c for c in before if c.kind in ("product", "site")]
                name = prods[-1].name if prods else ents.last_product
            elif pat is _IT:
                name = ents.prev_subject if not before else None
            else:
                # "X, the Hangzhou-based group": the company just named; "valuing the company at":
                # the sentence's subject; with no company before it in the sentence, the last one.
                comps = [c for c in before if c.kind == "company"]
                # "Tencent-backed startup Y": Tencent modifies Y; it is no subject
                subjects = [c for c in comps if not _MODIFIER_AFTER.match(text, c.end)] or comps
                if (
                    comps
                    and _APPOSITION.match(text, comps[-1].end, s)
                    and not (
                        text[comps[-1].end : s].lstrip().startswith(",")
                        and m.group(0).casefold() in ("the company", "the firm", "the group")
                        and _REPORTING_AFTER.match(text, e)
                    )
                ):
                    # (not "... led by Y, the company said": a reporting clause, whose company is the subject;
                    # "... in Y, the Singapore-based coffee chain said" describes Y)
                    name = comps[-1].name
                elif comps and _OBJECT_POSITION.search(text, max(start, s - 60), s):
                    # "X bought a stake in the company": another company than the subject X: one
                    # named since in the sentence, else the one the previous sentence was about
                    if comps[-1].name != comps[0].name and _INVESTOR_BEFORE.search(
                        text, max(start, comps[-1].start - 50), comps[-1].start
                    ):
                        name = comps[0].name  # "raised ... in a round led by Y, valuing the startup": not Y
                    elif comps[-1].name != comps[0].name:
                        # "X agreed to buy Y, valuing the company": Y, itself an object; "Shares of Y
                        # rose after X agreed to buy the biotech": X is the buyer, the company is Y
                        last = comps[-1]
                        if _SUBJECT_OF_VERB.match(text, last.end) and not _OBJECT_POSITION.search(
                            text, max(start, last.start - 60), last.start
                        ):
                            name = [c.name for c in comps if c.name != last.name][-1]
                        else:
                            name = last.name
                    elif ents.prev_subject and ents.prev_subject != comps[0].name:
                        name = ents.prev_subject
                    else:
                        others = [n for n in ents.recent if n != comps[0].name]
                        name = others[-1] if others else None
                elif comps:
                    name = subjects[0].name
                else:
                    # "The company's headquarters are in Lyon, Dufresne SA said": the speaker named after it;
                    # "The Brisbane-based bank said": the company the text is about, if named lately
                    speaker = next(
                        (
                            c.name
                            for c in companies
                            if c.start >= e
                            and c.kind == "company"
                            and text.startswith(", ", c.start - 2)
                            and _REPORTING_AFTER.match(text, c.end)
                        ),
                        None,
                    )
                    name = speaker or (topic if topic in ents.recent[-3:] else ents.last_company)
            if name:
                out.append((s, e, name))
    return out


def _update(
    ents: _Entities,
    companies: Sequence[CompanyMention],
    anaphors: list[tuple[int, int, str]],
    period: DateMention | None = None,
    text: str = "",
) -> _Entities:
    usable = [c for c in companies if c.kind != "organization"]  # _usable, inlined
    last_period = ents.last_period if period is None else period
    if not usable and not anaphors:
        if period is None:
            return ents
        return _Entities(
            last_company=ents.last_company,
            last_product=ents.last_product,
            prev_subject=ents.prev_subject,
            last_period=period,
            recent=ents.recent,
        )
    # the subject: the first company named, unless it only modifies another ("Tencent-backed Y")
    subjects = [c for c in usable if not _MODIFIER_AFTER.match(text, c.end)] if text else usable
    first = min(
        [(c.start, c.name) for c in subjects or usable] + [(s, n) for s, _e, n in anaphors],
        default=None,
    )
    comps = [c.name for c in usable if c.kind == "company"]
    prods = [c.name for c in usable if c.kind in ("product", "site")]
    recent = tuple(n for n in ents.recent if n not in comps) + tuple(dict.fromkeys(comps))
    return _Entities(
        last_company=next((c.name for c in subjects if c.kind == "company"), comps[0]) if comps else ents.last_company,
        last_product=prods[-1] if prods else ents.last_product,
        prev_subject=first[1] if first else ents.prev_subject,
        last_period=last_period,
        recent=recent[-6:],
    )


# --------------------------------------------------------------------------------------
# helpers over templates
# --------------------------------------------------------------------------------------



def _name(tpl: Template, token: str | None) -> str | None:
    slot = tpl.slot(token)
    if slot is None or slot.kind != "C" or slot.name is None:
        return None
    if slot.mention is not None and not _usable(slot.mention):
        return None
    return slot.name


def _names(tpl: Template, token: str | None) -> tuple[str, ...]:
    out: list[str] = []
    for slot in tpl.slots_in(token):
        if (
            slot.kind == "C"
            and slot.name
            and (slot.mention is None or _usable(slot.mention))
            and slot.name not in out
        ):
            out.append(slot.name)
    return tuple(out)


def _uses_anaphor(tpl: Template, *tokens: str | None) -> bool:
    return any(s.anaphor for t in tokens for s in tpl.slots_in(t))


def _mention(tpl: Template, token: str | None, kind: type[Any]) -> Any:
    slot = tpl.slot(token)
    if slot is None or not isinstance(slot.mention, kind):
        return None
    return slot.mention


def _group(m: regex.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


# Patterns are compiled once: a ``regex.sub(r"...")`` call looks its pattern up in the module's cache.
_SPACES = LazyPattern(r"\s+")
_QUOTED = LazyPattern(r"\"[^\"\n]*\"?|“[^”\n]*”?")
_HONORIFIC_BEFORE_NAME = LazyPattern(r"^(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+(?=\S+\s+\S)")


def _subject(tpl: Template, outside_quotes: bool = False) -> str | None:
    """The first usable company slot of the sentence, if it comes early (the grammatical subject, roughly).

    With ``outside_quotes``, a company named inside a quotation is nobody's employer
    ('CEO Jane Roe said: "Riverina gives us ..."').
    """
    t = tpl.template
    quoted: list[tuple[int, int]] = []
    if outside_quotes and ('"' in t or "“" in t or "”" in t):
        quoted = [q.span() for q in _QUOTED.finditer(t)]
        # a quotation begun in an earlier sentence ends in this one: '... systems," managing director X said'
        close = t.find("”")
        if close >= 0 and not 0 <= t.find("“") < close:
            quoted.append((0, close))
        elif t.count('"') % 2 == 1 and not t.lstrip().startswith('"'):
            quoted.append((0, t.find('"')))
    for pos, kind, i in tpl.positions:
        if kind != "C":
            continue
        if pos > 80:
            return None
        if any(a <= pos < b for a, b in quoted):
            continue
        slot = tpl.slots[i]
        if slot.name and (slot.mention is None or _usable(slot.mention)):
            return slot.name
    return None


_OPENING_WORD = LazyPattern(
    r"^[\W_]*(?:(?:Separately|Meanwhile|However|Also|But|And|In|On|At|For|By),?\s+)?(\p{Lu}[\p{L}&'’.-]*)"
)
_COMMON_OPENERS = frozenset(
    """The A An It Its This That These Those Their His Her Our We I They He She There Net Revenue Revenues Sales
    Profit Operating Shares Total Group Full Quarterly Annual Analysts Under Excluding Including After Before
    During With Without According Paying Users Daily Monthly Average Earlier Last Next First Second Third Fourth
    Fiscal Pretax Gross Adjusted Turnover Income Earnings Loss Losses Shr Revs Year Six Nine Twelve Avg Both
    Such Some Most Many All Each Other Another Customers Subscribers Members Orders Demand Costs Margins
    Mr Ms Mrs Dr Sir Underlying Statutory Basic Diluted Reported Consolidated Standalone Operating Gross EBITDA
    EBIT Free Core Organic Comparable Profit Profits Cash Group Company Pretax Pre-tax Interim Half-year
    Full-year Fourth-quarter Third-quarter Second-quarter First-quarter Quarterly For In On At By To From As Of
    Over Since Until Through Despite Separately Meanwhile However Also But And Commenting Speaking Following
    Asked Referring Responding Looking Citing Reflecting Explaining Discussing Announcing Welcoming Regarding
    Today Yesterday Overall Elsewhere Previously Currently Additionally Further Furthermore Moreover""".split()
)


def _unknown_subject(tpl: Template) -> bool:
    """True when the sentence opens with a capitalized word that is no known mention: an undetected name.

    Falling back to the company the text was last about would then credit the wrong company.
    """
    m = _OPENING_WORD.match(tpl.template)
    if m is None:
        return False
    word = m.group(1).rstrip(".")
    return word not in _COMMON_OPENERS and not word.isupper()


def _slots_of(tpl: Template, kind: str, after: int = 0) -> list[tuple[int, Slot]]:
    """(position, slot) of the slots of one kind, in template order, from ``after`` on."""
    return [(p, tpl.slots[i]) for p, k, i in tpl.positions if k == kind and p >= after]


def _deal_date(tpl: Template) -> DateMention | None:
    for _pos, slot in _slots_of(tpl, "D"):
        d = slot.mention
        if isinstance(d, DateMention) and d.kind == "point" and d.granularity in ("day", "week"):
            return d
    return None


def _status(prefix: str, verb_text: str) -> str | None:
    """Deal status from the words up to and including the trigger; None = negated / hypothetical."""
    if L.NEGATED.search(prefix):
        return None
    if L.OPTION.search(prefix):
        return "option"
    if L.RUMORED.search(prefix):
        return "rumored"
    if _DONE.search(verb_text):
        return "completed"  # "completed its tender offer for": done, though an offer
    if L.PLANNED.search(prefix):
        return "planned"
    if regex.search(
        r"(?i)\b(?:acquired|bought|purchased|took|taken|completed|closed|closing|completion|sold|divested|disposed|paid|spent|"
        r"snapped|picked|finalized|finalised|merged|raised|increased|lifted|boosted|has|have|had)\b",
        verb_text,
    ):
        return "completed"
    return "announced"


_DONE = LazyPattern(
    r"(?i)\b(?:completed|completes|closed|closes|closing|completion|finalized|finalised|consummated)\b"
)
_PRICE = LazyPattern(
    expand(
        r"(?:\bfor|\bat|\bworth|valued\s+at|priced\s+at|price\s+of|value\s+of|cost(?:ing)?|,\s+or|"
        r"consideration\s+of|sum\s+of)\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|nearly\s+|some\s+|"
        r"up\s+to\s+|more\s+than\s+|an?\s+(?:estimated\s+|reported\s+|total\s+of\s+)?|a\s+total\s+of\s+|"
        r"the\s+equivalent\s+of\s+|US\s+)?{M:price}"
    ),
    regex.IGNORECASE,
)


def _price_after(tpl: Template, pos: int) -> MoneyMention | None:
    for m in _PRICE.finditer(tpl.template, pos):
        money = _mention(tpl, m.group("price"), MoneyMention)
        if money is None or money.per is not None or _PER_SHARE_AFTER.match(tpl.template, m.end()):
            continue
        if m.group(0)[:2].casefold() == "at" and _VALUE_BEFORE.search(tpl.template, max(0, m.start() - 60), m.start()):
            continue  # "could value the carrier at $3.5 billion": the company's value, not the price
        return money  # type: ignore[no-any-return]
    return None


_VALUE_BEFORE = LazyPattern(r"(?i)\bvalu(?:e|es|ed|ing)\s+(?:[^\s]+\s+){0,5}$")


# "$1.12 cash per share", "25 dlrs in cash a share": a per-share price the money extractor left unmarked
_PER_SHARE_AFTER = LazyPattern(r"(?i)(?:\s+(?:in\s+)?(?:cash|stock|shares?))?\s+(?:a|per|each|for\s+each)\s+(?:\w+\s+)?share\b")


# --------------------------------------------------------------------------------------
# builders: one per fact type, match -> fact or None
# --------------------------------------------------------------------------------------


class _Ctx:
    """What the builders know of a sentence.

    A plain class rather than an attrs one, built once per sentence: its ``evidence`` is
    made on first use, since most sentences give no fact (one Evidence per sentence, shared
    by all its facts, as before).
    """

    __slots__ = ("_evidence", "dateline", "fallback", "topic", "tpl")

    def __init__(
        self,
        tpl: Template,
        fallback: str | None = None,
        topic: str | None = None,
        dateline: str | None = None,
    ) -> None:
        self.tpl = tpl
        self.fallback = fallback  # the company the text was last about, for frames that name none
        self.topic = topic  # the company the document is about
        self.dateline = dateline  # the dateline's city, casefolded ("dayton" for "DAYTON, Ohio, March 17 -")
        self._evidence: Evidence | None = None

    @property
    def evidence(self) -> Evidence:
        """The sentence as evidence."""
        if self._evidence is None:
            self._evidence = Evidence(self.tpl.start, self.tpl.end, self.tpl.text)
        return self._evidence


def _conf(rule: Rule, penalty: bool) -> float:
    return round(max(0.05, rule.confidence - (0.15 if penalty else 0.0)), 2)


_SUBJECT_ACQUIRER_RULES = frozenset(
    {"approved the acquisition of Y", "... to acquire Y", "completed the purchase of the X division of Y"}
)


def _build_acquisition(ctx: _Ctx, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    tpl = ctx.tpl
    acquirers = _names(tpl, _group(m, "acquirer"))
    target = _name(tpl, _group(m, "target"))
    target_text = _group(m, "target_text")
    if target is None and target_text and not _shouting(tpl.text):
        target = _clean_unit(target_text)
    seller = _name(tpl, _group(m, "seller"))
    penalty = _uses_anaphor(tpl, _group(m, "acquirer"), _group(m, "target"), _group(m, "seller"))
    if not acquirers and rule.name.startswith("It has an option"):
        subj = None
        prev = [s.name for s in tpl.slots if s.kind == "C" and s.name]
        subj = prev[0] if prev else None
        if subj:
            acquirers = (subj,)
            penalty = True
    if "named before" in rule.name and regex.search(r"(?i)\boptions?\b", tpl.template[: m.end()]):
        return []  # "an option that would let it raise its holding to 30%": the option frame's fact
    if target is None and ("option" in rule.name or "named before" in rule.name):
        target = ""  # the company named earlier: filled in by _inherit_targets
    if not acquirers and _group(m, "acquirer") is None and rule.name in _SUBJECT_ACQUIRER_RULES:
        # "The board approved the acquisition of Y", "... and to acquire Y": the company the text is about
        before = [
            s.name
            for p, s in _slots_of(tpl, "C")
            if p < m.start() and s.name and (s.mention is None or _usable(s.mention))
        ]
        for subj in (before[0] if before else None, ctx.topic):
            if subj and subj != target and subj != seller:
                acquirers = (subj,)
                penalty = True
                break
    acq_group = _group(m, "acquirer")
    if acquirers and acq_group is not None and seller is None:
        at = m.start("acquirer")
        if _AGREEMENT_WITH.search(tpl.template, max(0, at - 60), at):
            # "X entered into an agreement with Z to acquire Y": X buys, Z is the other party, the seller
            subjects = [s.name for p, s in _slots_of(tpl, "C") if p < at - 20 and s.name and s.name not in acquirers]
            if not subjects:
                return []
            acquirers, seller = (subjects[0],), acquirers[0]
    if target is None or (not acquirers and seller is None):
        return []
    if target in acquirers or target == seller:
        return []
    stake_m = _mention(tpl, _group(m, "stake"), PercentMention)
    stake = stake_m.value if stake_m is not None and stake_m.unit == "percent" else None
    if stake is not None and not Decimal(0) < stake <= Decimal(100):
        return []
    price = _mention(tpl, _group(m, "price"), MoneyMention)
    if price is not None and price.per is not None:
        price = None
    if price is None:
        inside = [
            s.mention
            for s in tpl.slots_in(m.group(0))
            if isinstance(s.mention, MoneyMention) and s.mention.per is None
        ]
        price = inside[0] if inside else _price_after(tpl, m.start())
    prefix = tpl.template[: m.end()]
    status = _status(prefix, m.group(0))
    if status is None:
        return []
    if "option" in rule.name:
        status = "option"
        price = None
    acquirer = acquirers[0] if acquirers else None
    return [
        AcquisitionFact(
            evidence=ctx.evidence,
            acquirer=acquirer,
            co_acquirers=tuple(acquirers[1:]),
            target=target,
            seller=seller,
            stake=stake,
            price=price,
            status=status,  # type: ignore[arg-type]
            date=_deal_date(tpl),
            confidence=_conf(rule, penalty),
            rule=rule.name,
        )
    ]


_UNIT_WORDS = LazyPattern(r"(?i)^(?:its|the|a|an|their|his|her)\s+")
# "... entered into an agreement with [Z] to acquire": Z is the counterparty, not the buyer
_AGREEMENT_WITH = LazyPattern(r"(?i)\b(?:agreement|agreed|deal|contract|arrangement)\s+with\s+(?:\S+\s+){0,2}?$")


def _shouting(sentence: str) -> bool:
    """An all-capital headline: its unit names ("AEROSPACE FASTENER UNIT") are not reliable targets."""
    letters = [c for c in sentence if c.isalpha()]
    return len(letters) > 10 and sum(c.isupper() for c in letters) > 0.7 * len(letters)


def _clean_unit(text: str) -> str | None:
    t = _UNIT_WORDS.sub("", text.strip())
    words = t.split()
    while words and words[0] in L.NOT_LOCATION_WORDS:
        words = words[1:]
    if not words or len(" ".join(words)) < 2:
        return None
    return " ".join(words)


def _build_partnership(ctx: _Ctx, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    tpl = ctx.tpl
    parties: list[str] = []
    for g in ("a", "b", "parties"):
        for n in _names(tpl, _group(m, g)):
            if n not in parties:
                parties.append(n)
    if len(parties) < 2:
        return []
    if L.NEGATED.search(tpl.template[: m.end()]) and not regex.search(r"(?i)\bwould\b", m.group(0)):
        return []
    penalty = _uses_anaphor(tpl, m.group(0))
    date = _deal_date(tpl) if rule.confidence >= 0.75 else None
    return [
        PartnershipFact(
            evidence=ctx.evidence,
            parties=tuple(parties),
            date=date,
            confidence=_conf(rule, penalty),
            rule=rule.name,
        )
    ]


_LED_BY = LazyPattern(
    expand(
        r"(?:led\s+by|from|backed\s+by|co-led\s+by|including|with\s+participation\s+from|joined\s+by|"
        r"along\s+with|alongside|as\s+well\s+as|participation\s+of|investors\s+include|investors\s+including)\s+"
        r"(?:(?!(?:and|or|the\s+round)\b)[^\s\ue000\ue001]+\s+){0,4}?{CL:inv}"
    ),
    regex.IGNORECASE,
)
_VALUED = LazyPattern(
    expand(
        r"(?:valu(?:ing|ed|es)\s+(?:it|(?:the\s+)?(?:[\w-]+\s+){0,3}(?:{C}|[\w-]+))?\s*at|valuation\s+of|"
        r"valued\s+at)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?{M:val}"
    ),
    regex.IGNORECASE,
)


def _build_investment(ctx: _Ctx, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    tpl = ctx.tpl
    investee = _name(tpl, _group(m, "investee"))
    if investee is None:
        return []
    amount = _mention(tpl, _group(m, "amount"), MoneyMention)
    if amount is not None and amount.per is not None:
        return []
    investors = list(_names(tpl, _group(m, "investors")))
    for lm in _LED_BY.finditer(tpl.template, m.start()):
        for n in _names(tpl, lm.group("inv")):
            if n not in investors and n != investee:
                investors.append(n)
    if investee in investors:
        investors.remove(investee)
    if not investors and rule.name == "X made a M investment in Y":
        # "X will pay Y $75 million and make a $25 million equity investment in Y": the subject invests
        subject = _subject(tpl)
        if subject is None or subject == investee:
            return []
        investors = [subject]
    if L.NEGATED.search(tpl.template[: m.end()]):
        return []
    rm = L.ROUND.search(tpl.text)
    rnd = None
    if rm:
        rnd = _SPACES.sub(" ", rm.group("series") or rm.group("kind"))
        rnd = rnd[0].upper() + rnd[1:] if rm.group("series") else rnd.lower()
    vm = _VALUED.search(tpl.template)
    valuation = _mention(tpl, vm.group("val"), MoneyMention) if vm else None
    return [
        InvestmentFact(
            evidence=ctx.evidence,
            investee=investee,
            investors=tuple(investors),
            amount=amount,
            round=rnd,
            valuation=valuation,
            date=_deal_date(tpl),
            confidence=_conf(rule, _uses_anaphor(tpl, m.group(0))),
            rule=rule.name,
        )
    ]


def _build_valuation(ctx: _Ctx, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    tpl = ctx.tpl
    company = _name(tpl, _group(m, "company"))
    amount = _mention(tpl, _group(m, "amount"), MoneyMention)
    if company is None or amount is None or amount.per is not None:
        return []
    return [
        ValuationFact(
            evidence=ctx.evidence,
            company=company,
            amount=amount,
            date=_deal_date(tpl),
            confidence=_conf(rule, _uses_anaphor(tpl, m.group(0))),
            rule=rule.name,
        )
    ]


_TICKER_AFTER = LazyPattern(
    r"(?:ticker|symbol|code|stock\s+code)\s+(?:symbol\s+)?[\"“']?(?P<t>[A-Z0-9][A-Z0-9.]{0,7})\b"
)


def _build_listing(ctx: _Ctx, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    tpl = ctx.tpl
    company = _name(tpl, _group(m, "company"))
    exch = _group(m, "exchange")
    if company is None or not exch:
        return []
    ticker = _group(m, "ticker")
    if ticker is None:
        tm = _TICKER_AFTER.search(tpl.template, m.end())
        ticker = tm.group("t") if tm else None
    out: list[AnyFact] = []
    for raw in (exch, _group(m, "exchange2")):
        if not raw:
            continue
        out.append(
            ListingFact(
                evidence=ctx.evidence,
                company=company,
                exchange=_exchange_name(raw),
                ticker=ticker if raw is exch else None,
                confidence=_conf(rule, _uses_anaphor(tpl, m.group(0))),
                rule=rule.name,
            )
        )
    return out


def _exchange_name(raw: str) -> str:
    """The exchange's name ("NASDAQ" -> "Nasdaq", "LSE" -> "London Stock Exchange"), white space
    folded; a city standing for its exchange ("Tokyo-listed") gives the exchange ("Tokyo Stock
    Exchange"); an exchange not in the table keeps the name the text gives it."""
    name = _SPACES.sub(" ", raw.strip())
    return L.EXCHANGES.get(name.casefold(), name)


# A wire dateline: "DAYTON, Ohio, March 17 -", "ZURICH, July 16 -", "AUSTIN, Texas, Feb. 20, 1997 /PRNewswire/ --".
_DATELINE = LazyPattern(
    r"(?m)^[ \t]*(?P<city>\p{Lu}[\p{Lu}\p{L}.'’ -]{1,30}?),[ \t]+(?:\p{Lu}[\p{L}.]+(?:[ \t]\p{Lu}[\p{L}.]+)?,?[ \t]+)?"
    r"(?:\(\w+\)[ \t]+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\b|\d{1,2}[ \t]+\p{Lu}[a-z]+\b|-)"
)
_LOOSE_LOCATION_RULES = frozenset({"X of LOC", "X, a LOC firm", "the LOC company"})


def _build_headquarters(ctx: _Ctx, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    tpl = ctx.tpl
    company = _name(tpl, _group(m, "company"))
    loc = _group(m, "loc")
    if company is None or not loc:
        return []
    words = loc.split()
    while words and words[0] in L.NOT_LOCATION_WORDS:
        words = words[1:]
    if not words:
        return []
    location = " ".join(words).rstrip(",.")
    if location.casefold() == company.casefold() or location in L.DEMONYMS:
        return []
    if rule.name in _LOOSE_LOCATION_RULES and not (
        L.PLACE_WITH_STATE.match(location)
        or location.casefold() == ctx.dateline  # "DAYTON, Ohio, March 17 - ... The Dayton company"
        or (is_non_company(location) == "place" and location not in L.REGIONS)
        or (rule.name != "X of LOC" and is_non_company(location) == "country")
    ):
        # "X of Fortune", "Insurance Co of America": only a known city, or "City, State", counts here
        return []
    if rule.name == "the LOC company":
        slot = tpl.slot(_group(m, "company"))
        if slot is None or not slot.anaphor:
            return []  # "the New York Times": a name, not "the Dayton company"
    return [
        HeadquartersFact(
            evidence=ctx.evidence,
            company=company,
            location=location,
            confidence=_conf(rule, _uses_anaphor(tpl, m.group(0))),
            rule=rule.name,
        )
    ]


_UNIT_WORD = LazyPattern(r"(?i)\b(?:business|unit|subsidiary|division|arm|affiliate|brand|chain|operator)\b")
_SOLD_ALREADY = LazyPattern(
    r"(?i)(?<!\b(?:to|will|would|may|might|could|shall)\s)(?<!\bto\s\w+\s)\b(?:sold|divested|disposed\s+of|spun\s+off|"
    r"completed\s+the\s+sale)\b"
)
_TITLE_OF_VERB = {
    "heads": "head", "leads": "head", "runs": "head", "chairs": "chairman", "founded": "founder",
    "co-founded": "co-founder",
}
_FORMER = LazyPattern(r"(?i)\b(?:former|formerly|ex-|late|then|previous|predecessor|retired|outgoing)\b")


def _build_executive(ctx: _Ctx, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    tpl = ctx.tpl
    company = _name(tpl, _group(m, "company"))
    if company is None and _group(m, "company") is None:
        # a frame without a company: the company the sentence, or else the text, is about
        # a sentence opening with the person, the title or a quotation names no other subject
        opens = m.start("person") <= 2 or m.start("title") <= 2 or tpl.template.lstrip()[:1] in "\"“‘'"
        company = _subject(tpl, outside_quotes=True) or (
            None if _unknown_subject(tpl) and not opens else ctx.topic or ctx.fallback
        )
    title = _group(m, "title")
    if company is None or not title:
        return []
    if _FORMER.search(tpl.template, max(0, m.start() - 12), m.start("title") + 1):
        return []  # "former chairman X": not the company's executive now
    title = _SPACES.sub(" ", title.strip())
    title = _TITLE_OF_VERB.get(title.casefold(), title)
    if title.casefold() in L.TITLE_ACRONYMS:
        title = title.upper()
    if title.casefold() in ("director", "partner", "head", "secretary", "chair") and rule.name.startswith("TITLE"):
        return []  # "director Jane Roe said": too vague without a company in the frame
    out: list[AnyFact] = []
    for person in (_group(m, "person"), _group(m, "person2")):  # "X's founders, A and B": two people
        if not person:
            continue
        person = _HONORIFIC_BEFORE_NAME.sub("", person)  # "Dr Fiona McAllister" -> "Fiona McAllister"
        words = person.split()
        if any(w.strip(".,") in L.NOT_PERSON_WORDS for w in words if w not in ("Mr.", "Ms.", "Mrs.", "Dr.")):
            continue
        out.append(
            ExecutiveFact(
                evidence=ctx.evidence,
                person=person,
                title=title,
                company=company,
                confidence=_conf(rule, _uses_anaphor(tpl, m.group(0))),
                rule=rule.name,
            )
        )
    return out


def _build_ownership(ctx: _Ctx, m: regex.Match[str], rule: Rule) -> list[AnyFact]:
    tpl = ctx.tpl
    owner_slot = tpl.slot(_group(m, "owner"))
    owner = _name(tpl, _group(m, "owner"))
    if owner is None and rule.name == "Y, its app":
        owner = _subject(tpl)
    if owner is None or (
        owner_slot is not None and owner_slot.mention is not None and owner_slot.mention.kind != "company"
    ):
        return []
    if rule.name != "X ... its P stake in Y" and L.NEGATED.search(tpl.template[: m.end()]):
        return []  # (a denied plan to sell "its 25.1% stake" still tells the stake is held)
    stake_m = _mention(tpl, _group(m, "stake"), PercentMention)
    stake = stake_m.value if stake_m is not None else None
    assets = [s for s in tpl.slots_in(_group(m, "asset")) if s.kind == "C" and s.name]
    if rule.name.startswith("X ") and "its" in rule.name and _SOLD_ALREADY.search(m.group(0)):
        return []  # "X has sold its Y unit": X no longer owns Y ("agreed to sell" still does)
    out: list[AnyFact] = []
    weak = rule.name in ("X runs Y", "X's app Y", "Y, its app")
    unit_noun = rule.name == "Y, its app" and _UNIT_WORD.search(m.group(0)) is not None
    for slot in assets:
        if slot.name == owner and slot.anaphor:
            # "Y's largest shareholder, X, which owns 52 percent of the company": not X itself
            other = next((n for n in _names(tpl, tpl.template) if n != owner), None)
            if other is None:
                continue
            slot = attrs.evolve(slot, name=other)
        if slot.name == owner:
            continue
        mention = slot.mention
        # possessives and "has" name an owner only for products and sites ("Y, its business" for companies)
        if (
            weak
            and not unit_noun
            and (mention is None or mention.kind not in ("product", "site"))
            and (rule.name != "X runs Y" or regex.search(r"(?i)\bha[sd]|have\b", m.group(0)))
        ):
            continue
        if mention is not None and mention.owner and mention.owner != owner:
            continue
        out.append(
            OwnershipFact(
                evidence=ctx.evidence,
                owner=owner,
                asset=slot.name,  # type: ignore[arg-type]
                stake=stake,
                confidence=_conf(rule, _uses_anaphor(tpl, m.group(0)) or rule.name == "Y, its app"),
                rule=rule.name,
            )
        )
    return out


_Builder = Callable[[_Ctx, regex.Match[str], Rule], list[AnyFact]]
_BUILDERS: dict[str, _Builder] = {
    "acquisition": _build_acquisition,
    "partnership": _build_partnership,
    "investment": _build_investment,
    "valuation": _build_valuation,
    "listing": _build_listing,
    "headquarters": _build_headquarters,
    "executive": _build_executive,
    "ownership": _build_ownership,
}

# --------------------------------------------------------------------------------------
# financial metrics and user counts: slot-driven, not frame-driven
# --------------------------------------------------------------------------------------

_METRIC_RE = LazyPattern(L.METRIC, regex.IGNORECASE)
# Every match of L.METRIC ends in one of these words: substring tests before the regex.
_METRIC_HEADS = ("revenue", "revs", "sales", "turnover", "income", "profit", "earn", "loss", "ebit", "net", "lost")
_CHANGE = LazyPattern(
    expand(
        rf"(?P<dir>{L.RISE_VERB}|{L.FALL_VERB})\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+|almost\s+|roughly\s+)?"
        r"{P:change}"
    ),
    regex.IGNORECASE,
)
_CHANGE_ADV = LazyPattern(
    expand(r"\b(?P<dir>up|down|higher|lower)\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?{P:change}"),
    regex.IGNORECASE,
)
_CHANGE_THAN = LazyPattern(
    expand(r"{P:change}\s+(?P<dir>more|higher|less|lower|fewer|above|below|over|under)(?:\s+than)?\b"), regex.IGNORECASE
)
_MULTIPLE = LazyPattern(r"(?i)\b(?:more\s+than\s+)?(?:doubled|tripled|trebled|quadrupled|halved)\b")
_MULTIPLES = {
    "doubled": Decimal(100), "tripled": Decimal(200), "trebled": Decimal(200), "quadrupled": Decimal(300),
    "halved": Decimal(-50),
}
_CHANGE_NOUN = LazyPattern(
    expand(r"{P:change}\s+(?P<dir>rise|increase|gain|jump|growth|decline|drop|fall|decrease)"),
    regex.IGNORECASE,
)
_FALL = LazyPattern(L.FALL_VERB + r"|decline|drop|fall|decrease", regex.IGNORECASE)
_METRIC_THEN_MONEY = LazyPattern(
    expand(
        L.METRIC
        + r"(?P<between>(?:\s+(?:(?!from\b|vs\b|versus\b|compared\b)[^\s\ue000\ue001]+|\ue000[DP]\d+\ue001)){0,10}?\s+)"
        r"(?:{P}\s+(?:to|at)\s+)?"
        r"(?:(?:about|around|approximately|nearly|roughly|some|over|more\s+than|almost|just\s+over|"
        r"just\s+under|up\s+to|an?\s+(?:record|estimated))\s+)?{M:amount}"
    ),
    regex.IGNORECASE,
)
_MONEY_THEN_METRIC = LazyPattern(
    expand(r"{M:amount}\s+(?:in|of)\s+(?P<between>(?:[^\s\ue000\ue001]+\s+){0,6}?)" + L.METRIC),
    regex.IGNORECASE,
)
_FOR_COMPANY = LazyPattern(
    expand(r"\s*(?:[^\s\ue000\ue001]+\s+){0,4}?(?:for|at|of)\s+{C:c}"), regex.IGNORECASE
)
_POSSESSIVE_BEFORE = LazyPattern(
    expand(r"{C:c}(?:'s?|’s?)\s+(?:[^\s\ue000\ue001]+\s+){0,3}$"), regex.IGNORECASE
)
_BAD_BETWEEN = LazyPattern(
    r"(?i)\b(?:from|compared|versus|vs|against|previous|prior|year-ago|year\s+earlier|a\s+year\s+ago|"
    r"share|shares|per|cents?|cts|dividend|dividends|price|debt|loan|loans|charge|charges|tax|taxes|"
    r"investment|acquisition|cost|costs|spending|capex|cash|assets|buyback|fine|penalty|bonus|salary|milestones?|royalt(?:y|ies)|payments?|"
    r"analysts?|consensus|estimates?|return|proceeds|sale|writedown|write-down|provision|provisions|"
    r"excludes?|excluding|includes?|included|extraordinary)\b"
)
# What follows an amount that makes it no metric value ("a 900,000 dlr net writedown").
_BAD_AFTER = LazyPattern(
    r"(?i)\s*(?:net\s+|pretax\s+|pre-tax\s+|after-tax\s+|one-time\s+|special\s+|extraordinary\s+)?"
    r"(?:writedowns?|write-downs?|write-offs?|charges?|gains?|provisions?|dividends?|payments?|investments?|"
    r"debts?|loans?|credits?|reserves?|settlements?|fines?|return\s+of\s+capital|in\s+cash|in\s+debt|"
    r"tax\s+(?:benefit|credit|loss)|from\s+the\s+sale|on\s+the\s+sale)\b"
)
_NOT_METRIC_AFTER = LazyPattern(
    r"(?i)\s+(?:bonds?|notes?|stamps?|sharing|share|bills?|certificates?|agreement|borrowings?|debt|assets?|cash|worth|"
    r"interest|proceeds|inflows?|outflows?|capital|liabilities|exposure|lending|loans?|charge-offs?|asset\s+value)\b"
)
# A loss or gain of one kind is not the period's result ("an extraordinary loss of 1,028,000 dlrs").
_NOT_METRIC_BEFORE = LazyPattern(
    r"(?i)\b(?:extraordinary|one-time|one-off|special|non-recurring|nonrecurring|tax|currency|translation|exchange|"
    r"investment|writedown|write-down)\s+$"
)
# Analysts' numbers are not the company's figures or guidance.
_ANALYSTS = LazyPattern(
    r"(?i)\b(?:analysts?|consensus|wall\s+street|estimates?\s+(?:of|for)|polled|survey|"
    r"(?:is|are)\s+expected\s+to\s+(?:report|post|announce|record))\b"
)
# A clause about a prior period: figures after "compared with" belong to the year-ago line.
_COMPARED = LazyPattern(r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.?|against|from)\s")


_EPS = LazyPattern(
    expand(
        r"(?:\b(?:earned|earnings|eps|lost|loss|profit|income|net)\b(?:\s+(?:[^\s\ue000\ue001]+|\ue000[DP]\d+\ue001)){0,6}?\s+"
        r"(?:of\s+)?(?:about\s+|nearly\s+)?|,\s+or\s+(?:a\s+loss\s+of\s+)?){M:amount}"
    ),
    regex.IGNORECASE,
)
_SHR_AMOUNT = LazyPattern(expand(r"\s+(?:(?P<loss>loss)\s+|profit\s+)?{M:amount}"), regex.IGNORECASE)
_PER_SHARE_METRIC = LazyPattern(r"(?i)\b(?:per\s+share|eps|per\s+ads|per\s+adr)\b")
_PRIOR = LazyPattern(r"(?i)\b(?:vs\.?|versus|against|compared\s+with|from|year-ago|a\s+year\s+earlier)\s*$")
_SHR_LINE = LazyPattern(r"(?i)^\s*(?:shr|eps|per\s+share|oper\s+shr|primary\s+shr|fully\s+diluted\s+shr)\b")
_NOT_EPS = LazyPattern(
    r"(?i)\b(?:dividend|payout|price|priced|offer|offered|bid|tender|paid|pay|pays|closed\s+at|"
    r"shares\s+(?:rose|fell|closed|traded)|trading\s+at|valued|estimate|expected|consensus|analysts?|"
    r"acquire|acquisition|buy|purchase|deal|merger|takeover|in\s+cash)\b"
)


_METRIC_QUALIFIERS = LazyPattern(
    r"^(?:(?:quarterly|full-year|full year|total|core|adjusted|consolidated|group|underlying|"
    r"attributable|retail|advertising|online|service|statutory|reported|standalone|basic|diluted|organic|"
    r"comparable)\s+)+"
)
_LOSS_WORD = LazyPattern(r"(?i)\blos[st]|\bnet\s+loss")


def _metric_name(raw: str) -> str | None:
    t = _SPACES.sub(" ", raw.casefold().strip())
    t = _METRIC_QUALIFIERS.sub("", t)
    words = t.split()
    if not words:
        return None
    last = words[-1]
    if "recurring" in words and last in ("revenue", "revenues"):
        return "annual_recurring_revenue" if "annual" in words else "recurring_revenue"
    if words[0] == "annual" and len(words) > 1:
        words = words[1:]
    if last in ("revenue", "revenues", "turnover", "revs"):
        return "revenue"
    if last == "sales":
        return "sales"
    if last == "ebitda":
        return "ebitda"
    if last == "ebit":
        return "ebit"
    if last == "earned":
        return "net_income"
    if words[-2:-1] == ["before"] or "before" in words:
        return "pretax_loss" if words[0] in ("loss", "losses") else "pretax_profit"
    if "after" in words and words[0] in ("profit", "profits", "net"):
        return "net_income"
    if "operations" in words and words[0] in ("revenue", "revenues"):
        return "revenue"
    if "trading" in words and last in ("profit", "profits"):
        return "operating_profit"
    if last in ("loss", "losses", "lost"):
        return "operating_loss" if "operating" in words else "net_loss"
    if last in ("profit", "profits", "income", "earnings", "net"):
        if "operating" in words:
            return "operating_profit"
        if "gross" in words:
            return "gross_profit"
        if "pre-tax" in words or "pretax" in words:
            return "pretax_profit"
        if last == "earnings" and "net" not in words:
            return "earnings"
        return "net_income"
    return None


_COMPARISON_DATE = LazyPattern(r"(?i)\b(?:earlier|ago|previous|prior|year-ago|before|since|last\s+year's)\b")


def _period(tpl: Template, near: int | None = None) -> DateMention | None:
    """The reporting period (quarter, half, year or a range) named in the sentence, nearest to ``near``
    (a figure's position: then a period in a later clause is another figure's), else the first.

    Comparison dates ("a year earlier", "year-ago", "since 2021") are not the period.
    """
    figure = near is not None
    near = near or 0
    best: tuple[int, DateMention] | None = None
    for p, slot in _slots_of(tpl, "D"):
        d = slot.mention
        # a day or a week is no period: tested first, it spares the regexes below (all tests are pure)
        if not isinstance(d, DateMention) or not (d.granularity in ("quarter", "half", "year") or d.kind != "point"):
            continue
        if _COMPARISON_DATE.search(d.text):
            continue
        close = tpl.template.find(CLOSE, p)
        if tpl.template.startswith(":", close + 1) or (p > near and _COMPARED.search(tpl.template, near, p)):
            continue  # "(2022: £1,722.0 million)", "compared to ... for the 2018 quarter": the prior period
        if figure and p > near and _PERIOD_CLAUSE_BREAK.search(tpl.template, near, p):
            continue  # "revenue rose to X, while it forecast fourth-quarter revenue of Y": another clause's period
        dist = abs(p - near) + (0 if p >= near else 15)
        if best is None or dist < best[0]:
            best = (dist, d)
    return best[1] if best else None


_PERIOD_CLAUSE_BREAK = LazyPattern(r"(?i);|,\s+(?:while|whereas|but)\b|\s+while\s")
_ITS_BEFORE = LazyPattern(r"(?i)\b(?:its|their)\s+(?:\w+\s+)?$")
_VERB_AFTER_SUBJECT = LazyPattern(
    expand(
        r"{C:c}(?:'s|’s)?\s+(?:[^\s\ue000\ue001]+\s+){0,3}?(?:had|has|have|reported|reports|posted|posts|recorded|"
        r"records|made|makes|earned|earns|lost|loses|expects|expected|sees|forecast|forecasts|generated|booked|"
        r"said|saw|turned|swung|narrowed|widened)\b"
    ),
    regex.IGNORECASE,
)
_RELATIVE_BEFORE = LazyPattern(
    expand(r"{C:c}(?:\s*<[^>\n]{1,12}>)?,\s+(?:which|that|whose)\s+(?:[^,;\ue000\ue001]|\ue000D\d+\ue001){0,60}$"),
    regex.IGNORECASE,
)
_INDIRECT = LazyPattern(
    expand(r"(?:bring|brings|give|gives|earn|earns|generate|generates|deliver|delivers)\s+{C:c}\s+(?:[^\s\ue000\ue001]+\s+){0,2}$"),
    regex.IGNORECASE,
)


def _metric_facts(
    ctx: _Ctx, ents_subject: str | None, last_period: DateMention | None = None, topic: str | None = None
) -> list[AnyFact]:
    tpl = ctx.tpl
    t = tpl.template
    if OPEN + "M" not in t:
        return []
    low = t.casefold()
    shr = _SHR_LINE.match(t)
    shr_line = shr is not None
    first = 0  # where the first metric word is: no metric-then-money match starts before it
    if not shr_line:
        if not any(map(low.__contains__, _METRIC_HEADS)):
            return []
        fm = _METRIC_RE.search(t)
        if fm is None:
            return []
        # _METRIC_THEN_MONEY opens with L.METRIC (same flags), so its first match cannot start
        # before the first L.METRIC match; lookbehinds and \b still see the text before ``pos``.
        first = fm.start()
    found: list[tuple[int, str, MoneyMention, int, int]] = []
    used: set[int] = set()
    if shr is not None:
        # a table's per-share line: "Shr 50 cts vs 40 cts", "Shr loss 14 cts vs profit nine cts"
        sm = _SHR_AMOUNT.match(t, shr.end())
        money = _mention(tpl, sm.group("amount"), MoneyMention) if sm else None
        if sm and money is not None:
            used.add(id(money))
            found.append((sm.start("amount"), "eps_loss" if sm.group("loss") else "eps", money, shr.start(), sm.end()))
    for pat in (_METRIC_THEN_MONEY, _MONEY_THEN_METRIC):
        for m in pat.finditer(t, first if pat is _METRIC_THEN_MONEY else 0, overlapped=False):
            if _BAD_BETWEEN.search(m.group("between")) or _PRIOR.search(t[max(0, m.start() - 14) : m.start()]):
                continue
            money = _mention(tpl, m.group("amount"), MoneyMention)
            if money is None or money.per is not None or id(money) in used:
                continue
            metric = _metric_name(m.group("metric"))
            if metric is None:
                continue
            amount_end = m.end("amount")
            if pat is _METRIC_THEN_MONEY and _BAD_AFTER.match(t, amount_end):
                continue
            if pat is _MONEY_THEN_METRIC and m.group("metric").casefold() in ("income", "earnings", "net"):
                continue
            if _NOT_METRIC_AFTER.match(t, m.end("metric")):
                continue  # "revenue bonds", "profit sharing", "net borrowings"
            if _NOT_METRIC_BEFORE.search(t, max(0, m.start("metric") - 20), m.start("metric")):
                continue
            if _ANALYSTS.search(t, 0, m.start()):
                continue
            cmp_ = _COMPARED.search(t, 0, m.start())
            if cmp_ is not None and any(
                f[1] == metric and f[0] < cmp_.start() for f in found
            ):
                continue  # the same metric again after "compared with": the prior period's figure
            if shr_line:
                metric = "eps_loss" if metric in ("net_loss", "operating_loss") else "eps"
            used.add(id(money))
            found.append((m.start(), metric, money, m.start("metric"), m.end()))
    for m in _EPS.finditer(t):
        money = _mention(tpl, m.group("amount"), MoneyMention)
        if money is None or id(money) in used:
            continue
        if money.per != "share" and not _PER_SHARE_METRIC.search(m.group(0)):
            continue  # "earnings per share of 38.2p" names the unit before the amount
        if (
            _NOT_EPS.search(t, max(0, m.start() - 60), m.start("amount"))
            or _PRIOR.search(t[max(0, m.start() - 14) : m.start()])
            or _ANALYSTS.search(t, 0, m.start())
        ):
            continue
        used.add(id(money))
        loss = bool(_LOSS_WORD.search(m.group(0)))
        found.append((m.start("amount"), "eps_loss" if loss else "eps", money, m.start(), m.end()))
    out: list[AnyFact] = []
    # _FOR_COMPANY, _POSSESSIVE_BEFORE, _INDIRECT and _VERB_AFTER_SUBJECT each need a company
    # slot, the _CHANGE patterns a percent slot: without one they cannot match
    has_company = _C_SLOT in t
    has_percent = _P_SLOT in t
    for start, metric, money, mstart, mend in sorted(found, key=lambda f: f[0]):
        company = None
        penalty = False
        fm = _FOR_COMPANY.match(t, mend) if has_company else None
        if fm:
            company = _name(tpl, fm.group("c"))
        # "Y, which had 1986 sales of 61 mln dlrs, will ...": the clause tells of Y, in its own tense
        rel = _RELATIVE_BEFORE.search(t, 0, start) if has_company and company is None else None
        if rel is not None:
            company = _name(tpl, rel.group("c"))
            penalty = _uses_anaphor(tpl, rel.group("c"))
        if company is None and has_company:
            pm = _POSSESSIVE_BEFORE.search(t[:mstart]) or _INDIRECT.search(t[:start])
            if pm:
                company = _name(tpl, pm.group("c"))
        if company is None and has_company:
            # the nearest company that is the subject of a reporting verb before the figure
            subj = [vm for vm in _VERB_AFTER_SUBJECT.finditer(t, 0, mstart)]
            if subj:
                company = _name(tpl, subj[-1].group("c"))
        if company is None:
            before = [
                s
                for p, s in _slots_of(tpl, "C")
                if p < start and s.name and (s.mention is None or _usable(s.mention))
            ]
            if before:
                company = before[0].name
                penalty = before[0].anaphor
        if company is None and not _unknown_subject(tpl) and not _MACRO.search(t):
            if _ITS_BEFORE.search(t, max(0, mstart - 12), mstart) and ents_subject and not _slots_of(tpl, "C"):
                company = ents_subject  # "Kirishima Seiki makes ceramics. ... its net sales were": the last subject
            else:
                company = _subject(tpl) or topic or ents_subject
            penalty = True
        if company is None:
            continue
        change = None
        cm = (
            (
                _CHANGE.search(t, mstart, mend + 40)
                or _CHANGE_NOUN.search(t, max(0, mstart - 40), mend + 40)
                or _CHANGE_ADV.search(t, mstart, mend + 30)
                or _CHANGE_THAN.search(t, mend, mend + 40)
            )
            if has_percent
            else None
        )
        mult = _MULTIPLE.search(t, mstart, mend)
        if cm is None and mult is not None:
            change = _MULTIPLES[mult.group(0).casefold()]
        if cm:
            pct = _mention(tpl, cm.group("change"), PercentMention)
            if pct is not None and pct.unit == "percent":
                falling = _FALL.fullmatch(cm.group("dir")) or cm.group("dir").casefold() in (
                    "down", "lower", "less", "below", "fewer", "under"
                )
                change = -pct.value if falling else pct.value
                if pct.direction == "down" and change > 0:
                    change = -change
        if rel is not None and company is not None:
            comma = t.find(",", mend, mend + 30)
            status = "forecast" if L.FORECAST.search(t, rel.start(), comma if comma >= 0 else mend + 30) else "reported"
        else:
            status = "forecast" if L.FORECAST.search(t[: mend + 30]) else "reported"
        period = _period(tpl, mstart) or last_period
        amount = money
        if metric == "eps_loss":
            amount = attrs.evolve(money, amount=-abs(money.amount))
            metric = "eps"
        if metric in ("net_loss", "operating_loss"):
            amount = attrs.evolve(
                money,
                amount=-abs(money.amount),
                amount_high=-abs(money.amount_high) if money.amount_high is not None else None,
            )
            metric = "net_income" if metric == "net_loss" else "operating_profit"
        out.append(
            FinancialMetricFact(
                evidence=ctx.evidence,
                company=company,
                metric=metric,
                amount=amount,
                period=period,
                status=status,  # type: ignore[arg-type]
                change=change,
                confidence=0.75 if not penalty else 0.6,
                rule="metric near amount",
            )
        )
    return out


_AS_OF_BEFORE = LazyPattern(
    r"(?i)(?:\bby|\bas\s+of|\bas\s+at|\bat\s+the\s+end\s+of|\bon|\bin|\bat|\bsince|\bend\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?$"
)
_SAID_BEFORE = LazyPattern(r"(?i)\b(?:said|says|announced|reported|told)\s+(?:\w+\s+)?(?:on|in)?\s*$")


_DELTA_BEFORE = LazyPattern(
    r"(?i)\b(?:added|adds|adding|gained|gains|gaining|lost|loses|losing|shed|net\s+additions\s+of|"
    r"increase\s+of|decrease\s+of|growth\s+of|up\s+by|down\s+by|churned)\s+(?:a\s+(?:net|record)\s+|about\s+|nearly\s+|"
    r"some\s+|roughly\s+|more\s+than\s+|over\s+|around\s+)?$"
)


_FOUNDED_BEFORE = LazyPattern(
    r"(?i)\b(?:founded|established|set\s+up|launched|started|created|incorporated|listed|since)\s+(?:in\s+|on\s+)?$"
)
_CLAUSE_BREAK = LazyPattern(r"(?:,\s+and\b|;|\band\s+a\b|\bbut\b|\bwhile\b|\bwhereas\b)")


_AFFECTED_BEFORE = LazyPattern(
    r"(?i)\b(?:refund\w*|compensat\w*|reimburs\w*|notif\w*|contact\w*|affect\w*|impact\w*|expos\w*|"
    r"leak\w*|breach\w*|overcharg\w*|mislead\w*|misled|warn\w*|sued\s+by|compromis\w*)\s+(?:about\s+|some\s+|"
    r"nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+|up\s+to\s+)?$"
)


def _user_count_facts(ctx: _Ctx, ents: _Entities, topic: str | None = None) -> list[AnyFact]:
    tpl = ctx.tpl
    t = tpl.template
    out: list[AnyFact] = []
    for pos, slot in _slots_of(tpl, "U"):
        uc = slot.mention
        if not isinstance(uc, UserCountMention):
            continue
        if _DELTA_BEFORE.search(t, max(0, pos - 40), pos) or _AFFECTED_BEFORE.search(t, max(0, pos - 40), pos):
            continue  # "added 15.8 million subscribers", "will refund 410,000 customers": no user base
        subject = None
        penalty = False
        before = [
            (p, s)
            for p, s in _slots_of(tpl, "C")
            if p < pos and s.name and (s.mention is None or _usable(s.mention))
        ]
        if before:
            # nearest mention before the count; a product/site in the same clause beats a company
            p, s = before[-1]
            clause = t[p:pos]
            if s.mention is not None and s.mention.kind == "company":
                prods = [
                    (q, r)
                    for q, r in before
                    if r.mention is not None
                    and r.mention.kind in ("product", "site")
                    and ";" not in t[q:pos]
                    and pos - q < 120
                ]
                if prods:
                    s = prods[-1][1]
            if "." in clause and len(clause) > 200:
                s = None  # type: ignore[assignment]
            if s is not None:
                subject, penalty = s.name, s.anaphor
        if subject is None and not _unknown_subject(tpl):
            subject = ents.prev_subject or topic
            penalty = True
        if subject is None:
            continue
        as_of = None
        best = None
        for dpos, dslot in _slots_of(tpl, "D"):
            d = dslot.mention
            if not isinstance(d, DateMention) or d.kind != "point":
                continue
            if _SAID_BEFORE.search(t[max(0, dpos - 30) : dpos]) or _FOUNDED_BEFORE.search(t[max(0, dpos - 30) : dpos]):
                continue
            if dpos < pos and (pos - dpos > 80 or _CLAUSE_BREAK.search(t, dpos, pos)):
                continue  # a date in an earlier clause is not the count's date
            dist = dpos - pos if dpos > pos else (pos - dpos) * 2
            if _AS_OF_BEFORE.search(t[max(0, dpos - 25) : dpos]) and (best is None or dist < best):
                best, as_of = dist, d
        out.append(
            UserCountFact(
                evidence=ctx.evidence,
                subject=subject,
                count=uc.count,
                metric=uc.metric,
                qualifier=uc.qualifier,
                as_of=as_of,
                confidence=0.8 if not penalty else 0.65,
                rule="user count of nearest subject",
            )
        )
    return out


# --------------------------------------------------------------------------------------
# merging
# --------------------------------------------------------------------------------------


def _key(f: AnyFact) -> tuple[Any, ...]:
    if isinstance(f, AcquisitionFact):
        return (f.type, f.acquirer, f.target, f.stake, f.status == "option")
    if isinstance(f, PartnershipFact):
        return (f.type, frozenset(f.parties))
    if isinstance(f, InvestmentFact):
        return (f.type, f.investee, f.amount.amount if f.amount else None)
    if isinstance(f, UserCountFact):
        return (f.type, f.subject, f.count)
    if isinstance(f, FinancialMetricFact):
        return (f.type, f.company, f.metric, f.amount.amount)
    if isinstance(f, ValuationFact):
        return (f.type, f.company, f.amount.amount)
    if isinstance(f, ListingFact):
        return (f.type, f.company, f.exchange)
    if isinstance(f, HeadquartersFact):
        return (f.type, f.company, f.location)
    if isinstance(f, ExecutiveFact):
        return (f.type, f.person, f.company)
    return (f.type, f.owner, f.asset)


def _merge(a: AnyFact, b: AnyFact) -> AnyFact:
    """Keep ``a`` (the more confident), filling its empty roles from ``b``."""
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(a)):
        if field.name in ("evidence", "confidence", "rule", "type"):
            continue
        va, vb = getattr(a, field.name), getattr(b, field.name)
        if (va is None or va == ()) and vb not in (None, ()):
            changes[field.name] = vb
        elif field.name == "status" and vb == "completed" and va in ("announced", "planned"):
            changes[field.name] = vb  # a deal told as agreed and then as closed is closed,
            closed_on = getattr(b, "date", None)
            if closed_on is not None:
                changes["date"] = closed_on  # on the day it closed
    return attrs.evolve(a, **changes) if changes else a


def _dedupe(facts: list[AnyFact]) -> list[AnyFact]:
    by_key: dict[tuple[Any, ...], AnyFact] = {}
    order: list[tuple[Any, ...]] = []
    for f in facts:
        k = _key(f)
        if k not in by_key:
            by_key[k] = f
            order.append(k)
            continue
        cur = by_key[k]
        if f.confidence > cur.confidence:
            by_key[k] = _merge(f, cur)
        else:
            by_key[k] = _merge(cur, f)
    out = [by_key[k] for k in order]
    # an acquisition without a stake/price duplicates a richer one with the same parties
    acq = [f for f in out if isinstance(f, AcquisitionFact)]
    drop: set[int] = set()
    for f in acq:
        for g in acq:
            if f is g or id(g) in drop:
                continue
            if (
                f.target == g.target
                and f.acquirer == g.acquirer
                and f.stake is None
                and f.price is None
                and (g.stake is not None or g.price is not None or (g.seller and not f.seller))
                and f.status != "option"
                and g.status != "option"
            ):
                drop.add(id(f))
    # the same priced deal told with a short and a full target name ("Oostvaart", "Oostvaart Imaging")
    merged: dict[int, AnyFact] = {}
    for f in acq:
        for g in acq:
            if (
                f is not g
                and id(f) not in drop
                and id(g) not in drop
                and f.target
                and g.target
                and g.target.startswith(f.target + " ")
                and f.acquirer == g.acquirer
                and f.price is not None
                and g.price is not None
                and (f.price.amount, f.price.currency) == (g.price.amount, g.price.currency)
                and f.stake == g.stake
            ):
                drop.add(id(f))
                merged[id(g)] = _merge(merged.get(id(g), g), f)
    return [merged.get(id(f), f) for f in out if id(f) not in drop]


# --------------------------------------------------------------------------------------
# the entry point
# --------------------------------------------------------------------------------------

_LIKE = LazyPattern(r"^-?(?:like|style|esque|type)\b")


def extract_facts(
    text: str, reference_date: dt.date | str | None = None, *, gazetteer: Gazetteer | None = None
) -> list[AnyFact]:
    """Typed business facts found in ``text``, in text order.

    ``reference_date`` (usually the publication date) resolves relative dates
    such as "Monday" or "last year"; without it they stay unresolved (None).
    ``gazetteer`` extends or replaces the company names known to
    :func:`extract_companies` (see :class:`bizfacts.Gazetteer`).

    >>> import datetime
    >>> facts = extract_facts(
    ...     "Acme Corp said on Monday it bought a 20 percent stake in Widget Inc for $50 million.",
    ...     reference_date=datetime.date(2024, 5, 8))
    >>> f = facts[0]
    >>> f.type, f.acquirer, f.target, f.stake, f.price.amount, f.date.value
    ('acquisition', 'Acme', 'Widget', Decimal('20'), Decimal('50000000'), datetime.date(2024, 5, 6))
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_facts() expects text as str, got {type(text).__name__}")
    from bizfacts.records import reference_date_arg  # a date, a datetime or an ISO string

    reference_date = reference_date_arg(reference_date, "extract_facts")
    companies = [
        c
        for c in extract_companies(text, gazetteer=gazetteer)
        if c.name.casefold() not in L.EXCHANGES
        and c.text.casefold() not in L.EXCHANGES  # "AIM" linked to a name like "AIM Rules for Companies"
        and c.name.casefold() not in _NOT_NAMES
        and not _LIKE.match(text, c.end)
    ]
    money = extract_money(text)
    others: list[Any] = [
        *money,
        *_table_amounts(text, money, companies),
        *extract_percentages(text),
        *extract_user_counts(text),
        *extract_dates(text, reference_date=reference_date),
    ]
    return _assemble(text, companies, others)


# A line of a wire earnings table: "Net loss 2,310,000 vs profit 1,480,000", "Revs 27.6 mln vs 33.9 mln".
_TABLE_LINE = re.compile(
    r"^[ \t]*(?:net|revs|revenues?|sales|turnover|pretax|pre-tax|profit|loss|oper(?:ating)?)"
    r"(?:[ \t]+(?:loss|profit|income|net|revs|revenues|sales))*[ \t]+"
    r"(?P<num>\d[\d,]*(?:\.\d+)?(?:[ \t]+(?:mln|billion|bln|mn|million))?)[ \t]+vs\b",
    re.IGNORECASE | re.MULTILINE,
)


def _table_amounts(
    text: str, money: list[MoneyMention], companies: list[CompanyMention]
) -> list[MoneyMention]:
    """The current-period amounts of a wire earnings table, which name no currency.

    "Net loss 2,310,000 vs profit 1,480,000": the table's currency is the one its other
    lines state ("Shr loss 14 cts" in Canadian cents after "NOTE: Canadian dollars"),
    else the dollar the text states, else the US dollar.  Only lines that compare with
    "vs" count: that is what makes a line a results table and its first figure the period's.
    A table whose company is not named before it (a story without its headline) is left
    alone: its figures would go to whichever company the notes below it name.
    """
    if " vs" not in text and "\tvs" not in text:
        return []
    out: list[MoneyMention] = []
    for m in _TABLE_LINE.finditer(text):
        if not out and not any(c.kind == "company" and c.end <= m.start() for c in companies):
            return []
        s, e = m.span("num")
        if any(x.start < e and s < x.end for x in money):
            continue
        value = parse_number(m.group("num"))
        if value is None:
            continue
        if not out:  # the currency, decided once for the document
            near = {x.currency for x in money if x.currency and _TABLE_LINE_START.match(text, _line_start(text, x.start))}
            currency = near.pop() if len(near) == 1 else (_stated_dollar(text)[0] or "USD")
        out.append(MoneyMention(start=s, end=e, text=text[s:e], amount=value, currency=currency, rule="table amount"))
    return out


# The header of a table's second block: "Year", "Nine mths", "Six months".
_TABLE_HEADER = re.compile(
    r"[ \t]*(?:(?P<n>three|six|nine|twelve|3|6|9|12)[ \t]+(?:mths|months|mos)|(?P<year>year|full[ \t]+year|fiscal[ \t]+year|yr))"
    r"[ \t]*\.?[ \t]*",
    re.IGNORECASE,
)
_MONTHS_IN = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}


def _table_header(tpl: Template, last: DateMention | None) -> DateMention | None:
    """The period a table header line opens, counted back from the quarter named before it.

    After "3RD QTR" (1986-Q3), "Nine mths" is January to September 1986 and "Year" is 1986.
    """
    if last is None or last.value is None or last.granularity != "quarter" or tpl.slots:
        return None
    m = _TABLE_HEADER.fullmatch(tpl.template)
    if m is None:
        return None
    s, e = tpl.start + m.start(), tpl.end
    if m.group("year"):
        year = dt.date(last.value.year, 1, 1)
        return DateMention(start=s, end=e, text=tpl.text, value=year, granularity="year", rule="table header")
    months = _MONTHS_IN[m.group("n").casefold()]
    end_index = last.value.year * 12 + last.value.month - 1 + 2  # the quarter's last month
    start_index = end_index - months + 1
    return DateMention(
        start=s,
        end=e,
        text=tpl.text,
        value=dt.date(start_index // 12, start_index % 12 + 1, 1),
        granularity="month",
        kind="range",
        end_value=dt.date(end_index // 12, end_index % 12 + 1, 1),
        end_granularity="month",
        rule="table header",
    )


_TABLE_LINE_START = re.compile(r"[ \t]*(?:shr|net|revs|revenues?|sales|oper|profit|loss)\b", re.IGNORECASE)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _assemble(
    text: str, companies: list[CompanyMention], others: list[Any], trace: list[Template] | None = None
) -> list[AnyFact]:
    spans = sentence_spans(text)
    # 'X Inc. (the "Company")': ``defined`` is X, and the capitalized term names it wherever it appears
    topic, defined = _topic(text, companies)
    dm = _DATELINE.for_text(text).search(text, 0, 600)
    dateline = " ".join(dm.group("city").split()).casefold() if dm else None
    terms = _defined_terms(text, companies)
    companies.sort(key=lambda m: m.start)
    others.sort(key=lambda m: (m.start, -m.end))
    facts: list[AnyFact] = []
    ents = _Entities()
    ci = oi = 0
    n_companies_all = len(companies)
    n_others_all = len(others)
    for s, e in spans:
        while ci < n_companies_all and companies[ci].start < s:
            ci += 1
        cj = ci
        while cj < n_companies_all and companies[cj].end <= e:
            cj += 1
        while oi < n_others_all and others[oi].start < s:
            oi += 1
        oj = oi
        while oj < n_others_all and others[oj].end <= e:
            oj += 1
        comps = companies[ci:cj]
        rest = others[oi:oj]
        anaphors = _anaphors(text, s, e, comps, ents, topic, defined)
        if terms is not None:
            anaphors = _term_mentions(text, s, e, comps, terms) + anaphors
        if not comps:
            # ``others`` is sorted by (start, -end), the order _non_overlapping sorts by: no re-sort
            mentions = _drop_overlaps(rest) if rest else rest
        else:
            mentions = _non_overlapping([*comps, *rest])
        tpl = build_template(text, s, e, mentions, anaphors)
        if trace is not None:
            trace.append(tpl)
        template = tpl.template
        # every company slot writes OPEN + "C" once (private-use characters of the text became spaces)
        n_companies = template.count(_C_SLOT)
        ctx = _Ctx(tpl, ents.last_company or ents.prev_subject, topic, dateline)
        if n_companies or ctx.fallback:
            low = template.casefold()
            if n_companies:
                _join_round(tpl, facts, low)  # "Y also took part": a round told in an earlier sentence
            # every trigger and key the sentence contains, found in one pass (overlaps included)
            found = {word for _end, word in _trigger_automaton().iter(low)}
            absent = found.isdisjoint
            has = template.__contains__
            has_person: bool | None = None
            for triggers, keys, slots, builder, rules in _frame_table(min(n_companies, _MAX_MIN_COMPANIES)):
                if (slots and not all(map(has, slots))) or (keys is not None and absent(keys)) or absent(triggers):
                    continue
                for rule, needs, person, rule_keys in rules:  # each needs at most n_companies company slots
                    if (needs and not all(map(has, needs))) or (rule_keys and absent(rule_keys)):
                        continue
                    if person:
                        if has_person is None:
                            has_person = _ANY_PERSON.search(template) is not None
                        if not has_person:
                            continue  # the rule names a person and the sentence has no name
                    for m in rule.regex.finditer(template):
                        facts.extend(builder(ctx, m, rule))
        # the metric facts start from a money slot, the user-count facts from a user-count slot
        if _M_SLOT in template:
            facts.extend(_metric_facts(ctx, ents.prev_subject, ents.last_period, topic))
        if _U_SLOT in template:
            facts.extend(_user_count_facts(ctx, ents, topic))
        # _period needs a date slot; _table_header a slotless line after a quarter was named
        if _D_SLOT in template:
            period = _period(tpl) or _table_header(tpl, ents.last_period)
        elif not tpl.slots and ents.last_period is not None:
            period = _table_header(tpl, ents.last_period)
        else:
            period = None
        if comps or anaphors or period is not None:  # else _update returns ``ents`` as it is
            ents = _update(ents, comps, anaphors, period, text)
    facts.extend(_cover_page_facts(text, companies, topic))
    facts.extend(_header_field_facts(text, companies, topic))
    return _dedupe(_full_person_names(text, _inherit_targets(facts)))


# A US filing's cover page: the registrant's name above "(Exact name of registrant ...)",
# its address above "(Address of principal executive offices)", and the 12(b) table's
# "Common Stock, par value $0.001 per share    HLVL    The Nasdaq Global Select Market".
_REGISTRANT = LazyPattern(r"(?im)^[ \t]*\(\s*exact\s+name\s+of\s+(?:the\s+)?registrant\b")
_COVER_ADDRESS = LazyPattern(
    r"(?im)^[ \t]*(?P<address>[^\n]*?),[ \t]*(?P<city>\p{Lu}[\p{L}.'’ -]{1,40}?),[ \t]*(?P<state>\p{Lu}[\p{L} ]{1,30}?)"
    r"(?:[ \t]+\d{5}(?:-\d{4})?)?[ \t]*\n[ \t]*\(\s*address(?:es)?\s+of\s+(?:the\s+)?principal\s+executive\s+offices?\b"
)
_SECURITY_ROW = LazyPattern(
    r"(?im)^[ \t]*(?:class\s+[a-z]\s+)?(?:common\s+(?:stock|shares)|ordinary\s+shares|american\s+depositary\s+shares)"
    r"[^\n]*?(?:[ \t]{2,}|\t)(?P<ticker>[A-Z]{1,5}(?:\.[A-Z])?)(?:[ \t]{2,}|\t)(?P<exchange>[^\n]*?(?:exchange|market|nasdaq|nyse)[^\n]*?)"
    r"(?:,?[ \t]+(?:inc|llc)\.?)?[ \t]*$"
)


# The header block of a Japanese-style disclosure: "Company name: ...", "Representative: Takeshi
# Morimoto, Representative Director and President", "(Code: 6791, Prime Market of the Tokyo Stock
# Exchange)", "Head office: Nagoya, Aichi".
_COMPANY_NAME_FIELD = LazyPattern(r"(?im)^[ \t]*(?:company\s+name|name\s+of\s+(?:the\s+)?company|issuer)[ \t]*:[ \t]*(?P<v>[^\n]+)")
_REPRESENTATIVE_FIELD = LazyPattern(
    rf"(?m)^[ \t]*(?i:representative(?:\s+director)?|name\s+of\s+representative)[ \t]*:[ \t]*{L.PERSON}"
    r"[ \t]*,[ \t]*(?P<title>[^\n,;()]{3,80}?)[ \t]*$"
)
_HEAD_OFFICE_FIELD = LazyPattern(
    r"(?im)^[ \t]*(?:head\s+office|headquarters|location\s+of\s+(?:the\s+)?head\s+office|registered\s+office)"
    r"[ \t]*:[ \t]*(?P<loc>\p{Lu}[\p{L}.'’ -]{1,40}?(?:,[ \t]*\p{Lu}[\p{L}.'’ -]{1,30}?)?)[ \t]*$"
)
_CODE_FIELD = LazyPattern(
    r"(?i)\(?\b(?:stock\s+|securities\s+)?code(?:\s+number)?[ \t]*:[ \t]*(?P<ticker>\d{4}[A-Z]?)[ \t]*[,;][ \t]*"
    r"(?:[^\n();]*?\s(?:of|on)\s+(?:the\s+)?)?(?P<exchange>(?-i:\p{Lu})[\p{L} ]{2,40}?(?:Stock\s+Exchange|Exchange))\)?"
)


def _span_evidence(text: str, start: int, end: int) -> Evidence:
    """Evidence for a fact read from a layout (a header line, a cover page) rather than a sentence."""
    return Evidence(start, end, text[start:end])


def _header_field_facts(text: str, companies: list[CompanyMention], topic: str | None) -> list[AnyFact]:
    """Executive, listing and headquarters from a disclosure's "Field: value" header lines."""
    if ":" not in text[:3000]:
        return []
    head = text[:3000]
    low = head.casefold()
    if _may_contain(low, head, ("hong",)) and _HK_DISCLAIMER.search(head):
        for c in companies[:8]:
            im = _INCORPORATED_BELOW.match(text, c.end) if c.kind == "company" else None
            if im is not None and im.group("code") and topic is not None:
                return [
                    ListingFact(
                        evidence=_span_evidence(text, c.start, im.end()),
                        company=topic,
                        exchange="Hong Kong Stock Exchange",
                        ticker=im.group("code"),
                        confidence=0.8,
                        rule="HK announcement header",
                    )
                ]
    nm = _COMPANY_NAME_FIELD.search(head) if _may_contain(low, head, ("company", "issuer")) else None
    company = topic
    if nm is not None:
        named = [c for c in companies if nm.start("v") <= c.start < nm.end("v") and c.kind == "company"]
        company = named[0].name if named else topic
    if company is None or nm is None:
        return []  # without a "Company name:" line the fields may describe anything
    out: list[AnyFact] = []
    for rm in _REPRESENTATIVE_FIELD.finditer(head):
        out.append(
            ExecutiveFact(
                evidence=_span_evidence(text, *rm.span()),
                person=rm.group("person"),
                title=" ".join(rm.group("title").split()),
                company=company,
                confidence=0.8,
                rule="Representative: PERSON, TITLE",
            )
        )
    for hm in _HEAD_OFFICE_FIELD.finditer(head):
        out.append(
            HeadquartersFact(
                evidence=_span_evidence(text, *hm.span()),
                company=company,
                location=hm.group("loc").strip(),
                confidence=0.8,
                rule="Head office: LOC",
            )
        )
    for cm in _CODE_FIELD.finditer(head):
        out.append(
            ListingFact(
                evidence=_span_evidence(text, *cm.span()),
                company=company,
                exchange=_exchange_name(cm.group("exchange")),
                ticker=cm.group("ticker"),
                confidence=0.8,
                rule="(Code: N, EXCH)",
            )
        )
    return out


def _cover_page_facts(text: str, companies: list[CompanyMention], topic: str | None) -> list[AnyFact]:
    """Headquarters and listing read from a filing's cover page (8-K, 10-K, 10-Q)."""
    if "(" not in text or not _may_contain(text.casefold(), text, ("exact",)):
        return []  # _REGISTRANT needs "(" and "exact"
    reg = _REGISTRANT.search(text)
    if reg is None:
        return []
    line_start = text.rfind("\n", 0, max(0, reg.start() - 1)) + 1
    named = [c for c in companies if line_start <= c.start < reg.start() and c.kind == "company"]
    company = named[0].name if named else topic
    if company is None:
        return []
    if topic is not None and company.casefold() == topic.casefold():
        company = topic  # "HALVORSEN LOGISTICS, INC." on the cover, "Halvorsen Logistics" in the text
    out: list[AnyFact] = []
    am = _COVER_ADDRESS.search(text, reg.end())
    if am is not None and am.start() - reg.end() < 400:
        out.append(
            HeadquartersFact(
                evidence=_span_evidence(text, am.start("address"), am.end("state")),
                company=company,
                location=f"{am.group('city').strip()}, {am.group('state').strip()}",
                confidence=0.8,
                rule="cover page address",
            )
        )
    for sm in _SECURITY_ROW.finditer(text, reg.end(), min(len(text), reg.end() + 3000)):
        out.append(
            ListingFact(
                evidence=_span_evidence(text, *sm.span()),
                company=company,
                exchange=_exchange_name(sm.group("exchange").removeprefix("The ").removeprefix("the ")),
                ticker=sm.group("ticker"),
                confidence=0.85,
                rule="cover page securities table",
            )
        )
    return out


_HONORIFIC = LazyPattern(r"^(?:Mr|Ms|Mrs|Dr|Sir|Prof)\.?\s+(\p{Lu}[\p{Ll}'’-]+)$")


def _full_person_names(text: str, facts: list[AnyFact]) -> list[AnyFact]:
    """"Ms. Grant" becomes "Elena M. Grant" when the text names her in full."""
    out: list[AnyFact] = []
    for f in facts:
        if isinstance(f, ExecutiveFact):
            hm = _HONORIFIC.match(f.person)
            if hm:
                full = regex.search(
                    r"(?<![\p{L}.])((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){0,2})\s+"
                    + regex.escape(hm.group(1))
                    + r"\b",
                    text,
                )
                if full and not regex.match(r"(?:Mr|Ms|Mrs|Dr|Sir|Prof)\b", full.group(1)):
                    f = attrs.evolve(f, person=f"{full.group(1)} {hm.group(1)}")
        out.append(f)
    return out


def _inherit_targets(facts: list[AnyFact]) -> list[AnyFact]:
    """An option "to raise its holding to 30%" is on the target of the same acquirer's last deal."""
    out: list[AnyFact] = []
    for f in facts:
        if isinstance(f, AcquisitionFact) and f.target == "":
            prev = [
                g for g in out if isinstance(g, AcquisitionFact) and g.target and g.acquirer == f.acquirer
            ]
            if not prev:
                continue
            p = prev[-1]
            if f.status == "option":
                f = attrs.evolve(f, target=p.target)
            else:
                # "..., is looking to raise its stake to 51%": the same deal, told with its size
                f = attrs.evolve(
                    f,
                    target=p.target,
                    seller=f.seller or p.seller,
                    status=p.status if p.status in ("rumored", "planned") else f.status,
                )
        out.append(f)
    return out


_JOINED_ROUND = LazyPattern(
    r"(?i)\b(?:also\s+)?(?:took\s+part|participated|joined|co-invested|invested|contributed|chipped\s+in)\b"
    r"(?:\s+in\s+the\s+(?:round|financing|funding|raise|investment))?"
)


# A word of every _JOINED_ROUND match: a substring test spares most sentences the regex.
_JOINED_ROUND_WORDS = ("took", "participated", "joined", "invested", "contributed", "chipped")
_ROUND_WORD = LazyPattern(r"(?i)\b(?:round|financing|funding|raise|investment)\b")


def _join_round(tpl: Template, facts: list[AnyFact], low: str) -> None:
    """"X and existing backer Y also took part in the round": more investors for the last round told.

    ``low`` is the template casefolded.
    """
    if OPEN + "C" not in tpl.template or not _may_contain(low, tpl.template, _JOINED_ROUND_WORDS):
        return
    m = _JOINED_ROUND.search(tpl.template)
    if m is None or not _ROUND_WORD.search(tpl.template):
        return
    last = next((f for f in reversed(facts) if isinstance(f, InvestmentFact)), None)
    if last is None:
        return
    for i, f in enumerate(facts):
        # the round may have been read by several frames: every reading gets the new investors
        if isinstance(f, InvestmentFact) and (f.investee, f.amount) == (last.investee, last.amount):
            new = [
                s.name
                for p, s in _slots_of(tpl, "C")
                if p < m.start() and s.name and s.name != f.investee and s.name not in f.investors
            ]
            if new:
                facts[i] = attrs.evolve(f, investors=(*f.investors, *dict.fromkeys(new)))


_DEFINED_ISSUER = LazyPattern(
    r"""(?:[^\n(]{0,40}?\([^()"“”\n]{1,30}\)){0,2}"""  # "(TSX-V: NLX) (OTCQB: NLXMF)" first
    r"""[^\n(]{0,40}?\(\s*(?:["“][^"”\n]{1,50}["”]\s*(?:,|or|and)?\s*)?(?:or\s+|and\s+)?(?:the\s+)?"""
    r"""["“'‘](?P<term>Company|Group|Issuer|Registrant|Corporation|Bank|Purchaser|Buyer)["”'’]"""
)


_QUANTIFIERS = "?*{"
_PATTERN_SYNTAX = re.compile("[\\\\\\[()|" + OPEN + "]")


@functools.cache


def _slots_needed(pattern: str) -> frozenset[str]:
    """Slot kinds ("M", "P", ...) every match of the expanded rule ``pattern`` contains.

    A conservative reading of the pattern: a slot token ``OPEN`` + kind written literally counts
    only outside character classes, outside lookarounds, not quantified, and in groups that are
    neither optional nor repeated zero times; an alternation needs what all its branches need.
    Any construct not understood gives the empty set (no test).  Templates write the kind letter
    in upper case only, so IGNORECASE changes nothing.
    """
    if "(?x" in pattern:
        return frozenset()
    # one frame per open group: (branches so far, each a set of kinds; counts toward the parent?)
    stack: list[tuple[list[set[str]], bool]] = [([set()], True)]
    i, n = 0, len(pattern)
    while True:
        special = _PATTERN_SYNTAX.search(pattern, i)  # other characters match themselves
        if special is None:
            break
        i = special.start()
        c = pattern[i]
        if c == "\\":
            if pattern.startswith(("p{", "P{", "N{"), i + 1):
                close = pattern.find("}", i)
                if close < 0:
                    return frozenset()
                i = close + 1
            else:
                i += 2
        elif c == "[":
            i += 1
            if pattern.startswith("^", i):
                i += 1
            if pattern.startswith("]", i):
                i += 1
            while i < n and pattern[i] != "]":
                if pattern[i] == "[":
                    return frozenset()  # a POSIX class or a nested set: not read here
                i += 2 if pattern[i] == "\\" else 1
            i += 1
        elif c == "(":
            if pattern.startswith("(?#", i):
                close = pattern.find(")", i)
                if close < 0:
                    return frozenset()
                i = close + 1
                continue
            counts = True
            if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
                counts = False
            elif pattern.startswith("(?P<", i) or (pattern.startswith("(?<", i) and pattern[i + 3 : i + 4].isalpha()):
                i = pattern.index(">", i)
            elif pattern.startswith("(?", i):
                j = i + 2
                while j < n and (pattern[j].isalpha() or pattern[j] == "-"):
                    j += 1
                if j < n and pattern[j] == ")":  # global inline flags "(?i)": no group
                    i = j + 1
                    continue
                if j >= n or pattern[j] not in ":>":
                    return frozenset()  # conditionals, branch resets, recursion, ...
                i = j
            stack.append(([set()], counts))
            i += 1
        elif c == "|":
            stack[-1][0].append(set())
            i += 1
        elif c == ")":
            if len(stack) == 1:
                return frozenset()
            branches, counts = stack.pop()
            i += 1
            optional = i < n and pattern[i] in _QUANTIFIERS and not _at_least_once(pattern, i)
            if counts and not optional:
                stack[-1][0][-1].update(set.intersection(*branches))
        elif i + 1 < n and pattern[i + 1] in "CMPDU":  # c is OPEN
            if not (i + 2 < n and pattern[i + 2] in _QUANTIFIERS):
                stack[-1][0][-1].add(pattern[i + 1])
            i += 2
        else:
            i += 1
    if len(stack) != 1:
        return frozenset()
    return frozenset(set.intersection(*stack[0][0]))


@functools.cache
def _slot_tokens_needed(pattern: str) -> tuple[str, ...]:
    """The tokens (``OPEN`` + kind) of the slots other than companies every match of a rule contains.

    (Company slots are counted by ``Rule.min_companies``.)
    """
    expanded = expand(pattern)
    if not any(OPEN + k in expanded for k in "MPDU"):
        return ()  # the reading below would find none
    return tuple(OPEN + k for k in sorted(_slots_needed(expanded) - {"C"}))


def _at_least_once(pattern: str, i: int) -> bool:
    """True when the quantifier at ``pattern[i]`` is ``{m}`` or ``{m,...}`` with m >= 1."""
    if pattern[i] != "{":
        return False
    j = i + 1
    while j < len(pattern) and pattern[j].isdigit():
        j += 1
    return j > i + 1 and int(pattern[i + 1 : j]) >= 1 and j < len(pattern) and pattern[j] in ",}"


_Frame = tuple[
    frozenset[str],
    frozenset[str] | None,
    tuple[str, ...],
    "_Builder",
    tuple[tuple[Rule, tuple[str, ...], bool, frozenset[str]], ...],
]
# A rule whose pattern names a PERSON can only match a sentence where PERSON alone matches
# somewhere: one search tells, before the rules that would each scan the sentence for it.
_ANY_PERSON = LazyPattern(L.PERSON)


@functools.cache  # built on first use (import stays cheap), then shared: the tables are never changed
def _frame_table(n: int) -> tuple[_Frame, ...]:
    """(triggers, keys, slots, builder, rules) per fact type, in RULES order, for sentences of ``n`` company slots.

    Only the rules that can run with ``n`` company slots are kept, and a fact type with none
    is left out (its triggers need no test).  ``keys``, when not None, is every key of those
    rules, all of which have keys: a sentence with none of them runs none of the rules, whatever
    the triggers say, and it is the shorter test.  ``rules`` pairs each rule with the slot
    tokens (``OPEN`` + kind) every match of it contains; ``slots`` are those all the rules need.
    (With n = 0: the frames that can fire in a sentence naming no company; they fall back to
    the company the text is about.)
    """
    table: list[_Frame] = []
    for ftype, rules in RULES.items():
        runnable = tuple(
            (r, _slot_tokens_needed(r.pattern), "(?P<person>" in r.pattern, frozenset(r.keys))
            for r in rules
            if r.min_companies <= n
        )
        if not runnable:
            continue
        keys: frozenset[str] | None = None
        if all(r.keys for r, _, _, _ in runnable):
            keys = frozenset(k for r, _, _, _ in runnable for k in r.keys)
        slots = tuple(sorted(set.intersection(*(set(needs) for _, needs, _, _ in runnable))))
        table.append((frozenset(TRIGGERS[ftype]), keys, slots, _BUILDERS[ftype], runnable))
    return tuple(table)


class _Automaton(Protocol):
    """The part of ``ahocorasick.Automaton`` used here."""

    def iter(self, string: str) -> Iterator[tuple[int, str]]: ...


def _automaton(words: Iterable[str]) -> _Automaton:
    """An Aho-Corasick automaton reporting each of ``words`` it finds, overlapping ones included.

    Built once per word list, then only read (searching does not change it): threads may share it.
    """
    automaton = ahocorasick.Automaton()
    for word in sorted(set(words)):
        if word:
            automaton.add_word(word, word)
    automaton.make_automaton()
    return cast(_Automaton, automaton)


@functools.cache
def _head_part_automaton() -> _Automaton:
    """_HEAD_PARTS: whether a sentence contains any of them, in one pass."""
    return _automaton(_HEAD_PARTS)


@functools.cache
def _trigger_automaton() -> _Automaton:
    """Every trigger and key of the frame tables: one pass over a sentence lists those it contains,
    the same answers as one substring test per word, for a fraction of the cost."""
    return _automaton(
        [w for ws in TRIGGERS.values() for w in ws] + [k for rules in RULES.values() for r in rules for k in r.keys]
    )


# ``_frame_table(n)`` serves sentences of ``n`` company slots; the last one any larger ``n``.
_MAX_MIN_COMPANIES = max(r.min_companies for rules in RULES.values() for r in rules)
_C_SLOT = OPEN + "C"
_M_SLOT = OPEN + "M"
_P_SLOT = OPEN + "P"
_U_SLOT = OPEN + "U"
_D_SLOT = OPEN + "D"


# A Hong Kong-style announcement names its issuer above "(Incorporated in ... with limited liability)"
# and "(Stock code: 2368)"; "the Company" is that issuer throughout.
_INCORPORATED_BELOW = LazyPattern(
    r"[^\n]{0,40}\n(?:[^\n]{0,60}\n){0,2}?[ \t]*\((?:incorporated|registered)\s+in\s+[^)\n]{3,80}\)"
    r"(?:\s*\n[ \t]*\((?:stock|share)\s+code\s*:\s*(?P<code>\d{3,5})\))?",
    regex.IGNORECASE,
)
_HK_DISCLAIMER = LazyPattern(r"(?i)stock\s+exchange\s+of\s+hong\s+kong\s+limited\s+take\s+no\s+responsibility")


def _announcement_issuer(text: str, companies: list[CompanyMention]) -> str | None:
    """The issuer an announcement's header names, written as the body writes it."""
    for c in companies[:8]:
        if c.kind == "company" and c.start < 3000 and _INCORPORATED_BELOW.match(text, c.end):
            # "JINHAI SMART LOGISTICS" in the header, "Jinhai Smart Logistics" below
            same = [d.name for d in companies if d.name.casefold() == c.name.casefold() and not d.name.isupper()]
            return same[0] if same else c.name
    return None


def _topic(text: str, companies: list[CompanyMention]) -> tuple[str | None, str | None]:
    """The company the document is about, and that company again if the text defines it.

    The topic is the most mentioned company, the earliest on a tie; a company a filing or
    release defines as "the Company" or "the Group" is the topic outright. Figures in a
    sentence that names no company (a filing's "Net sales increased 8%") belong to the topic
    rather than to whichever company was named last. The second value is the topic when the
    text defines it ('X Inc. (the "Company")'), else None.
    """
    defined = [
        (dm.group("term").casefold() in ("purchaser", "buyer"), i, c.name)
        for i, c in enumerate(companies)
        if c.kind == "company" and (dm := _DEFINED_ISSUER.match(text, c.end)) is not None
    ]
    names = {d[2] for d in defined}
    strong = [d for d in defined if not d[0]]
    if strong:
        topic = min(strong)[2]  # "the Company" before "the Purchaser" (a subsidiary buying for it)
        return topic, topic
    issuer = _announcement_issuer(text, companies)
    if issuer is not None:
        return issuer, issuer if issuer in names else None
    if defined:
        topic = min(defined)[2]
        return topic, topic
    counts: dict[str, float] = {}
    lead = False  # the first company named gets more weight, unless it only modifies another ("Tencent-backed Y")
    for c in companies:
        if c.kind == "company":
            first = not lead and not _MODIFIER_AFTER.match(text, c.end)
            lead = lead or first
            counts[c.name] = counts.get(c.name, 0.0) + (3.5 if first else 1.0)
    return (max(counts, key=lambda n: counts[n]) if counts else None), None


def _may_contain(low: str, raw: str, words: Sequence[str]) -> bool:
    """False only when no case variant of any of the lowercase ASCII ``words`` occurs in ``raw``.

    ``low`` is ``raw.casefold()``.  A case-insensitive regex needs one of ``words`` when this is
    False.  The regex module matches "İ" (U+0130) for "i" but "İ" casefolds to "i̇": a text with
    it passes.  (KELVIN SIGN and LONG S, which match "k" and "s", casefold to them.)
    """
    return any(map(low.__contains__, words)) or "\u0130" in raw


def _non_overlapping(mentions: list[Any]) -> list[Any]:
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return _drop_overlaps(mentions)


def _drop_overlaps(mentions: list[Any]) -> list[Any]:
    """The mentions (sorted by start, longest first) that do not overlap an earlier one kept."""
    out: list[Any] = []
    end = -1
    for m in mentions:
        if m.start >= end:
            out.append(m)
            end = m.end
    return out
