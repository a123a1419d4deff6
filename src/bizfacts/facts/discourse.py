"""Discourse: what a sentence's "the company", "it" and "the Target Company" stand for, and
which company a document is about.

:func:`resolve_anaphors` resolves a sentence's anaphors against what the sentences before it
told (:class:`~.discourse_state.Entities`), :func:`term_mentions` the terms a filing defines
('X Inc. (the "Target Company")'), and :func:`document_topic` names the company the
document is about.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence

import regex

from .._spans import CompanyMention
from . import lexicon as L
from .descriptions import described_as, named_by_trade
from .discourse_state import PLATFORMS, Entities
from .layouts import announcement_issuer, defined_issuer, pronoun_definition, statement_registrant
from .named_references import FORMED_REFERENCE, joined_names, not_named_after
from .pronouns import founder_namesake
from .sentence import heads_document, modifies_next, usable
from .template import Automaton, LazyPattern, automaton, spans_holding

_PRODUCT_ANAPHOR = LazyPattern(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:app|application|service|platform|site|website|network|product|"
    r"messaging\s+app|social\s+network)\b"
)
# the words after "it" that make it a company's subject ("it said", "it bought")
_IT_VERBS = (
    r"(?:said|says|has|had|is|was|will|would|also|became|becomes|remains|continues|employs|went|moved|"
    r"plans|agreed|bought|acquired|sold|expects|reported|posted|announced|owns|runs|operates|holds|relocated|"
    r"earned|lost|made|raised|paid|added|now|currently|recently|previously|already|just|completed|counts|serves|"
    r"acquires|buys|sells|signed|formed|named|appointed|picked|snapped|took|purchased|merged|invested|divested)"
)
_IT = LazyPattern(
    r"(?<!\b(?:make|makes|made|making|find|found|consider|considered|call|called|keep|kept)\s)\b(?:It|it)\b"
    r"(?=\s+" + _IT_VERBS + r"\b)|^Its\b"
)
# A sentence opening with capitalized words (no determiner, no pronoun), maybe an apposition, then
# "said it": the speaker is named there, even when no extractor knew the name
_UNNAMED_SPEAKER = LazyPattern(
    r"\s*(?:(?!(?:The|This|That|These|Those|It|Its|He|She|They|We|A|An|In|On|At|For|But|And|Analysts?)\b)"
    r"\p{Lu}[\p{L}&'.-]*(?:\s+\p{Lu}[\p{L}&'.-]*){0,4}(?:,[^,;]{1,90},)?"
    # "A joint venture controlled by investor P said it": the group speaks, led by P
    r"|(?:A|An|The)\s+[\w -]{1,40}?\s+(?:led|controlled|headed|formed|organized)\s+by\s+[^,;.]{1,60}?"
    # "Malaysia's central bank said it": a body its country's name describes
    r"|\p{Lu}[\p{L}.]*(?:'s|’s)\s+\p{Ll}[\w-]*(?:\s+\p{Ll}[\w-]*){0,3})"
    r"\s+(?:said|says|told|added)\s+it\Z"
)
# What every match of _IT but "^Its" contains, casefolded: the gate for _IT (no letter or digit
# before "it": a word boundary of the text stays one, casefolded; "profit rose" does not open it).
# (The look-behind after "it": the scan then looks for the literal "it" alone.)
_IT_GATE = re.compile(r"it(?<![a-z0-9_]it)\s+" + _IT_VERBS)
# "it" opening a subordinate clause after a comma: the sentence's subject
# how far back in a sentence an anaphor's companies are read (a run-on sentence stays linear),
# and how many company mentions may overlap one place (nested names)
_ANAPHOR_REACH = 2000
_OVERLAPPING = 4
_SUBORDINATE_IT = LazyPattern(r"(?:,\s+|\s)(?:when|after|before|because|since|until|although|while)\s+\Z")
# "it" opening a second clause after ", and" (a time phrase between): the sentence's subject
# ("X bought Y for $310 million, and in 2021 it sold its snack unit to Z")
# (a deal's verb after that "it": "and it will open 40 stores next year" tells of no party)
_DEAL_VERB_AFTER = LazyPattern(
    r"\s+(?:also\s+)?(?:sold|bought|acquired|agreed|signed|formed|raised|completed|took|owns|holds|controls)\b"
)
_COORDINATED_IT = LazyPattern(r",\s+(?:and|but)\s+(?:(?:in|on|by|later|then|last|this)\b[^,;.]{0,24}?,?\s+)?\Z")
# "Shares of X rose after it agreed ...": the sentence is about X
_OPENING_PHRASE = LazyPattern(r"\s*(?:In|On|By|During|Since|After|Last|Earlier|Later|Then)\b[^,;.\n]{0,30},\s*\Z")
_SHARES_OF = LazyPattern(r"(?:The\s+)?(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+\Z")
_NAME_FOLLOWS = LazyPattern(r"\s+(?:\p{Lu}|<)")
# "the company by Y": a party acting on the reference
_BY_AGENT_AFTER = LazyPattern(r"\s+by\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}")
_REPORTING_AFTER = LazyPattern(r"\s+(?:said|says|told|added|announced|reported|stated)\b")
# after a reporting subject: the verb, "that", then a capitalized name and its deal verb ("said
# Mvuli Capital had acquired"): another agent than the speaker
_NAMED_AGENT = LazyPattern(
    r"\s+(?:said|says|announced|reported|stated)(?:\s+that)?\s+\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}"
    r"\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+)?(?:acquired|bought|purchased|taken|took|agreed|invested)\b"
)
# after a reporting subject: a deal of its own that values something ("said the investment valued")
_DEAL_VALUES = LazyPattern(
    r"\s+(?:said|says|announced|reported|stated)(?:\s+that)?\s+(?:the|its|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:investment|deal|round|funding|offer|transaction|financing|agreement|bid)\s+(?:[\w-]+\s+)?"
    r"(?:valued|values|valuing|gives|gave)\b"
)
# A company followed by a relative clause of its own deal ("Y, which took a 10% stake in")
_RELATIVE_ACTS = LazyPattern(
    r",?\s+(?:which|that)\s+(?:has\s+|had\s+|also\s+|then\s+)?(?:took|takes|acquired|bought|purchased|"
    r"holds|held|owns|invested)\b"
)
# the object of a relative clause on a party, right before a company: "P, who controls Y,"
_IN_RELATIVE = LazyPattern(r",\s+(?:who|which)\s+(?:[\p{Ll}-]+\s+){1,2}\Z")
# A company followed by its verb ("Dalton Pharma agreed to buy"): the subject of the clause.
_SUBJECT_OF_VERB = LazyPattern(
    r"(?:\s*<[^>\n]{1,12}>)?\s+(?:has\s+|had\s+|have\s+|also\s+)?(?:agreed|agrees|said|says|will|would|plans|planned|"
    r"offered|offers|announced|launched|intends|wants|sought|seeks|moved|made|won|bid"
    # ("X said Y had assumed control of the company": a deal verb after Y, the company is X)
    r"|acquired|bought|purchased|assumed|gained|took)\b"
)
# a subordinate clause opening right before an anaphor: it is that clause's subject
_CLAUSE_OPENS_BEFORE = LazyPattern(
    r"(?i)\b(?:until|when|after|before|because|since|while|although|though|once)\s+(?:the\s+|this\s+)?$"
)
_OBJECT_POSITION = LazyPattern(
    r"(?i)\b(?:(?:in|of|for|from|to|with|into)\s+(?:[\w.,'’-]+\s+){0,3}"
    # ("becoming the UK specialty chemicals maker's largest shareholder": a verb's object, four words)
    r"|(?:acquire[sd]?|buy|bought|sold|sell|purchased?|merge[sd]?\s+with|"
    r"valuing|values|valued|value|making|makes|make|becoming|becomes|became)\s+(?:[\w.,'’-]+\s+){0,4})$"
)


# What introduces an investor in a funding sentence: the investor is not the company valued or described.
# a participle of the sentence's subject: ", valuing the company at"
_VALUING_SUBJECT = LazyPattern(r"(?i),\s+valuing\s+(?:[\w'’-]+\s+){0,2}$")
# a sentence about an investment, whose one company named may be an investor in another
_INVESTMENT_WORDS = LazyPattern(r"(?i)\b(?:round|invest\w*|stake|took\s+part|backed|funding|financing|raised)\b")
_INVESTOR_BEFORE = LazyPattern(
    r"(?i)\b(?:led|co-led|backed|joined|funded)\s+by\s+(?:[\w.,'’-]+\s+){0,5}$|\bfrom\s+(?:investors?\s+)?(?:including\s+)?(?:[\w.,'’-]+\s+){0,3}$"
)
# a company a deal forms: "the new company", "the combined group", "the merged firm"
# the first company named is described ("X Inc. is a holding company ...", "X, a Delaware corporation, is")
_SELF_DESCRIPTION = LazyPattern(r"(?:,[^,\n]{1,80},)?[ \t]+(?:is|was)[ \t]+(?:a|an|one[ \t]+of)[ \t]")
_FORMED = LazyPattern(r"\b(?:new|combined|merged|resulting|enlarged|joint)\b")  # (not "the New York firm")
_APPOSITION = LazyPattern(r"(?:'s|’s)?,?\s+(?:the|a|an)\s+(?:[\w.,'’-]+\s+){0,3}?$")


@functools.cache
def _head_patterns() -> tuple[LazyPattern, LazyPattern]:
    """ "the carmaker", "this app": a company anaphor (its head noun as "head"), and any head noun
    ("the Company" and "the Group" of a filing or an annual report capitalized, not "the Group of Seven").

    Built on first use from the head nouns of ``data/fact_nouns.tsv`` (``lexicon.COMPANY_HEADS``,
    ``lexicon.PRODUCT_HEADS``): nouns that stand for a company or a product already named.
    """
    company = LazyPattern(
        r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w.,'’-]+\s+){0,3}?(?P<head>Company|Group"  # (fixed-width look-behinds:
        r"(?:(?<=\b[Tt]he\sGroup)|(?<=\b[Tt]he\s\sGroup)|(?<=\b[Tt]he\s{3}Group))(?!\s+of\b)|"  # a stdlib twin)
        + "|".join(L.COMPANY_HEADS) + r")\b"
    )
    head = LazyPattern(r"\b(?:" + "|".join(L.COMPANY_HEADS + L.PRODUCT_HEADS) + r")\b")
    return company, head


@functools.cache
def _head_automaton() -> Automaton:
    """Every head noun: whether a sentence contains one, in one pass (the test before the head regex)."""
    return automaton(head_words())


def head_words() -> tuple[str, ...]:
    """The head nouns of a company or product anaphor ("company", "app"): what
    :func:`holding_a_head` looks for."""
    return L.COMPANY_HEADS + L.PRODUCT_HEADS


def _holds_head(low: str, hits: Iterable[tuple[int, str]] | None = None) -> bool:
    """Whether the lowercased sentence ``low`` holds a head noun as a whole word (the "head"
    pattern of :func:`_head_patterns` finds one): on ASCII text, read from the automaton's hits
    (``hits``, (end, word) of every head noun in ``low``, when the caller has them).

    >>> _holds_head("the company said"), _holds_head("companywide sales"), _holds_head("a start-up")
    (True, False, True)
    """
    if not low.isascii():  # (the pattern's word characters, not ``str.isalnum``)
        return _head_patterns()[1].search(low) is not None
    n = len(low)
    for end, word in _head_automaton().iter(low) if hits is None else hits:
        start = end - len(word) + 1
        if (start == 0 or not _word_char(low[start - 1])) and (end + 1 >= n or not _word_char(low[end + 1])):
            return True
    return False


def _word_char(c: str) -> bool:
    """An ASCII character of ``\\w``."""
    return c.isalnum() or c == "_"


def holding_a_head(text: str, spans: Sequence[tuple[int, int]], low: str | None = None) -> list[bool]:
    """For each sentence span of ``text``, whether it holds a head noun at all ("company", "app";
    inside a word or not), in one pass over the text (:func:`~.template.spans_holding`).

    >>> holding_a_head("The company grew. Sales rose.", [(0, 17), (18, 29)])
    [True, False]
    """
    return spans_holding(_head_automaton(), text, spans, low)


# 'Ningbo Haixing Cold Chain Co., Ltd. (the "Target Company")', 'Redline Freight Holdings, LLC (the "Seller")'
# 'X Inc. (the "Vendor")', 'X Corp., a Delaware corporation ("Parent")': an apposition may stand
# between the name and the definition; a term defined without "the" is used without it
_TERM_DEFINITION = LazyPattern(
    r"""(?:,[ \t]+an?[ \t]+[^,;()"“”\n]{1,60}?)?"""
    r"""[ \t]*\(\s*(?P<the_a>the\s+)?["“](?P<a>\p{Lu}[\p{L}&' -]{1,40}),?["”]"""
    r"""(?:\s*(?:,|or|and)\s*(?P<the_b>the\s+)?["“](?P<b>\p{Lu}[\p{L}&' -]{1,40})["”])?"""
    # ('(the "Target Company"; Standard Market of the Tokyo Stock Exchange)': a listing after the term)
    r"""(?:;[^()\n]{1,60})?\s*\)"""
)


def defined_terms(
    text: str, companies: list[CompanyMention]
) -> tuple[regex.Pattern[str], list[str], list[int]] | None:
    """A pattern for "the Target Company", "the Vendor", "Parent" ... where the text defines such
    terms for companies, the names, and where each definition ends.

    Each match's ``lastgroup`` is ``t<n>_<k>``: the term names ``names[n]`` from ``ends[n]`` on.
    None when the text defines no term.

    >>> from bizfacts import extract_companies
    >>> t = 'Beta Corp., a Delaware corporation ("Parent"), said Parent will buy Acme Inc.'
    >>> terms = defined_terms(t, extract_companies(t))
    >>> terms[1], term_mentions(t, 0, len(t), [], terms)
    (['Beta'], [(52, 58, 'Beta')])
    """
    if '("' not in text and "(“" not in text and '(the "' not in text and "(the “" not in text:
        return None
    found: dict[str, int] = {}
    bare: set[str] = set()  # terms defined without "the" ('("Parent")'), used without it
    names: list[str] = []
    ends: list[int] = []
    for c in companies:
        if c.kind != "company":
            continue
        m = _TERM_DEFINITION.match_near(text, c.end)
        if m is None:
            continue
        for term, the in ((m.group("a"), m.group("the_a")), (m.group("b"), m.group("the_b"))):
            if term and term != "Company" and term.casefold() != c.name.casefold() and term not in found:
                found[term] = len(names)
                names.append(c.name)
                ends.append(m.end())
                if not the:
                    bare.add(term)
    if not found:
        return None
    alternatives = sorted(found, key=len, reverse=True)
    after_the = r"(?<=\b[Tt]he\s+)"  # a term defined with "the" is used with it
    pattern = regex.compile(
        r"(?<![\"“])\b(?:"
        + "|".join(
            f"{'' if t in bare else after_the}(?P<t{found[t]}_{k}>{regex.escape(t)})"
            for k, t in enumerate(alternatives)
        )
        + r")\b"
    )
    return pattern, names, ends


def term_mentions(
    text: str,
    start: int,
    end: int,
    companies: Sequence[CompanyMention],
    terms: tuple[regex.Pattern[str], list[str], list[int]],
) -> list[tuple[int, int, str]]:
    """(start, end, company name) for each use of a defined term in the sentence ("the Target
    Company") after its definition."""
    out: list[tuple[int, int, str]] = []
    pattern, names, ends = terms
    for m in pattern.finditer(text, start, end):
        group = m.lastgroup or ""
        s, e = m.span(group)
        n = int(group[1:].split("_")[0])
        if s < ends[n] or any(c.start < e and s < c.end for c in companies):
            continue
        out.append((s, e, names[n]))
    return out


def _named_by_modifier(phrase: str) -> bool:
    """Whether the capitalized words right before "group" in ``phrase`` ("the Verlaine group")
    name the company rather than describe it: no place ("the Hong Kong group") and no nationality
    ("the Swiss group").  Before another head the words describe ("the Cooper Basin producer").

    >>> _named_by_modifier("the Verlaine group"), _named_by_modifier("the Hong Kong group")
    (True, False)
    """
    from .cascade.names import is_place  # (the cascade reads the discourse module)
    from .cascade.tokens import demonyms

    if phrase.split()[-1] != "group":
        return False  # "the Target Company" (a term the text defines), "the Cooper Basin producer"
    words = phrase.split()[1:-1]
    run: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper() or not w.isalpha():
            break
        run.insert(0, w)
    if not run:
        return False
    return not (run[-1] in demonyms() or is_place(" ".join(run)) or is_place(run[-1]))


def holds_it(low: str) -> bool:
    """Whether :func:`resolve_anaphors` reads an "it" in the casefolded sentence ``low``."""
    return low.startswith("its") or _IT_GATE.search(low) is not None


def resolve_anaphors(
    text: str,
    start: int,
    end: int,
    companies: Sequence[CompanyMention],
    ents: Entities,
    topic: str | None = None,
    defined: str | None = None,
    *,
    low: str | None = None,
    head: bool = True,
    head_hits: Iterable[tuple[int, str]] | None = None,
    descriptions: dict[str, tuple[tuple[int, str], ...]] | None = None,
    formed: str | None = None,
) -> list[tuple[int, int, str]]:
    """(start, end, resolved name) for each anaphor in the sentence that we can resolve.

    ``formed`` is the name the text gives the company a deal forms (:func:`formed_company`): "the
    combined company" names it.

    ``defined`` is the company a filing defines as "the Company": the capitalized term names it.
    ``low`` is ``text[start:end].casefold()``, when the caller has it; ``head`` False when the
    caller knows the sentence holds no head noun (:func:`holding_a_head`); ``head_hits`` (end,
    word) of every head noun in ``low``, when the caller has them; ``descriptions`` what the text
    calls each company (:func:`bizfacts.facts.descriptions.described_heads`).
    """
    out: list[tuple[int, int, str]] = []
    sentence = text[start:end]
    if low is None:
        low = sentence.casefold()
    if "the " not in low and "this " not in low and "that " not in low and "it" not in low:
        return out
    company_anaphor, _anaphor_head = _head_patterns()
    heads = head and _holds_head(low, head_hits)
    it = low.startswith("its") or _IT_GATE.search(low) is not None
    if not heads and not it:
        return out  # (most sentences: no "company", "firm", "app", ..., and no "it said")
    starts = [c.start for c in companies]
    topic_named: int | None = None  # where the sentence names the text's topic company last (-1: nowhere)
    for pat, product in ((company_anaphor, False), (_PRODUCT_ANAPHOR, True), (_IT, False)):
        if (pat is _IT and not it) or (pat is not _IT and not heads):
            continue  # cheap tests first: most sentences name no "company", "firm", "app", ...
        for m in (pat.for_text(sentence) if pat is company_anaphor else pat.get()).finditer(sentence):  # (-2 µs a doc)
            g = "head" if pat is company_anaphor else 0
            s, e = start + m.start(g), start + m.end(g)
            if pat is not _IT and _NAME_FOLLOWS.match(text, e):
                continue  # "the utility Elbe Energie": a descriptor of the name that follows
            if pat is company_anaphor and _named_by_modifier(m.group(0)):
                continue  # "the Verlaine group": a company named by its name, no reference back
            if pat is company_anaphor and _FORMED.search(m.group(0)) is not None:
                # "the new company", "the combined group": one a deal forms, none named before, unless
                # the text gives its name ("The combined company will take the name X")
                if formed is not None and FORMED_REFERENCE.fullmatch(m.group(0)):
                    out.append((s, e, formed))
                continue
            # (the companies around the anaphor found by their starts: a run-on sentence of many
            # anaphors stays linear; what is read before it is bounded by _ANAPHOR_REACH)
            hi = bisect.bisect_left(starts, e)
            if any(s < c.end for c in companies[max(0, hi - _OVERLAPPING) : hi]):
                continue
            lo = bisect.bisect_left(starts, s - _ANAPHOR_REACH) if s - _ANAPHOR_REACH > start else 0
            before = [c for c in companies[lo:hi] if c.end <= s and usable(c)]
            name: str | None
            if (
                (defined or topic)
                and pat is company_anaphor
                and m.group("head") in ("Company", "Group")
                and m.group(0)[4:].istitle()
                and (defined or sentence[: m.start()].strip() != "")
            ):
                # a filing's "the Company" or "the Group" (capitalized inside a sentence): the company it defines,
                # else the one the text is about, not the one named last
                name = defined or topic
                if topic_named is None:  # (once a sentence: a run-on sentence of many anaphors stays linear)
                    inside = companies[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
                    topic_named = max((c.start for c in inside if c.name == topic), default=-1)
                if not defined and topic_named > e:
                    # "the Purchaser, a subsidiary of the Company, agreed to buy, and X agreed to sell":
                    # no filing defines "the Company", and the company the text is about is a party
                    # the sentence names after it: another one
                    name = None
            elif product:
                # ("available on iOS and Android": a platform or device the app runs on is no app)
                prods = [c for c in before if c.kind in ("product", "site") and c.name not in PLATFORMS]
                name = prods[-1].name if prods else ents.last_product
            elif pat is _IT:
                # "Lumen Grid, whose chief executive is O. Haddad, said it will buy Y": a name no
                # extractor knew is the speaker; "it" is left to the clause reader, not the last subject
                unnamed_speaker = _UNNAMED_SPEAKER.match(text, start, e) is not None
                name = (ents.prev_subject or ents.last_company) if not before and not unnamed_speaker else None
                if name is not None and m.group(0)[:3].casefold() == "its":
                    # "X bought Y. Its founder will join X": not the company the sentence names after it
                    # ("X bought Trent Foundry. Its founder, Jim Trent, ...": the founder's namesake)
                    name = founder_namesake(text, e + 1, end, ents) or not_named_after(
                        ents, name, joined_names(text, companies, e)
                    )
                coordinated = (
                    _COORDINATED_IT.search(text, max(start, s - 36), s) is not None
                    and _DEAL_VERB_AFTER.match(text, e) is not None
                )
                # ("In March it picked up Y, and last fall it bought Z": the first clause's "it", before
                # any company the sentence names, is its subject too)
                first_subject = out and (out[0][0] - start <= 5 or (before and out[0][1] <= before[0].start))
                if coordinated and first_subject:  # ("The company": its head word)
                    # "The company bought Y for $310 million, and in 2021 it sold ...": the opening
                    # anaphor is the subject both clauses share
                    name = out[0][2]
                elif before and (coordinated or _SUBORDINATE_IT.search(text, max(start, s - 12), s)):
                    # "Y was a unit of X until 2015, when it was sold to Z": the sentence's subject
                    # ("The deal is X's largest since it bought Z": the one company named before)
                    first = before[0]
                    opens = (
                        first.start - start < 4
                        or _SHARES_OF.match(text, start, first.start) is not None
                        # ("In 2021, X bought Y, and in 2023 it sold Z": a time phrase before the subject)
                        or _OPENING_PHRASE.match(text, start, first.start) is not None
                    )
                    alone = all(c.name == first.name for c in before if c.kind == "company")
                    if (opens or alone) and first.kind == "company":
                        name = first.name
            else:
                # "X, the Hangzhou-based group": the company just named; "valuing the company at":
                # the sentence's subject; with no company before it in the sentence, the last one.
                comps = [c for c in before if c.kind == "company"]
                # "Tencent-backed startup Y": Tencent modifies Y; it is no subject
                subjects = [c for c in comps if not modifies_next(text, c.end)] or comps
                # "the Toronto securities firm of Midland Doherty Ltd": the firm is named after "of"
                named = text.startswith(" of ", e) and next(
                    (c.name for c in companies[hi : hi + _OVERLAPPING] if c.start == e + 4 and c.kind == "company"),
                    None,
                )
                if named:
                    name = named
                elif comps and text.startswith(("'s", "’s"), e) and _APPOSITION.match(text, comps[-1].end, s):
                    # "Y, the group's carton business,": the group owns Y, it is not Y; the text's company
                    name = topic if topic and topic != comps[-1].name else None
                elif (
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
                elif (
                    comps
                    and _REPORTING_AFTER.match(text, subjects[0].end)
                    and (by := _BY_AGENT_AFTER.match_near(text, e)) is not None
                    and any(c.start == by.end() - 1 and c.name != subjects[0].name for c in companies[hi:])
                ):
                    # "X said ... the acquisition of the company by Y": the reporting subject, which
                    # a buyer other than it is said to acquire
                    name = subjects[0].name
                elif (
                    comps
                    and _VALUING_SUBJECT.search(text, max(start, s - 60), s)
                    and not _INVESTMENT_WORDS.search(text, start, s)
                    and all(c.name == comps[0].name for c in comps)
                ):
                    # "X shares jumped in their debut, valuing the company at $4 bln": the one company
                    # the sentence names, whose value the participle tells
                    name = comps[0].name
                elif (
                    comps
                    and _OBJECT_POSITION.search(text, max(start, s - 60), s)
                    # ("X shares traded from 1994 until the company was taken over": a clause's subject)
                    and _CLAUSE_OPENS_BEFORE.search(text, max(start, s - 16), s) is None
                ):
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
                        # ("an alliance with Y, which took a 10% stake in the company": Y acts, the
                        # company is the other)
                        relative = _RELATIVE_ACTS.match(text, last.end) is not None
                        if _REPORTING_AFTER.match(text, comps[0].end) and _IN_RELATIVE.search(
                            text, max(start, last.start - 40), last.start
                        ):
                            # "X said its director P, who controls Y, will buy 27 pct of the company's
                            # stock": a relative clause's object is no reference; the reporting subject is
                            name = comps[0].name
                        elif relative or (
                            _SUBJECT_OF_VERB.match(text, last.end)
                            and not _OBJECT_POSITION.search(text, max(start, last.start - 60), last.start)
                        ):
                            name = [c.name for c in comps if c.name != last.name][-1]
                        else:
                            name = last.name
                    elif (
                        _REPORTING_AFTER.match(text, comps[0].end)
                        and _NAMED_AGENT.match(text, comps[0].end) is not None
                    ):
                        # "Kiboko Insurance said Mvuli Capital had acquired a 25% stake in the insurer":
                        # another, named, agent acts on the company that reports it
                        name = comps[0].name
                    elif (
                        _REPORTING_AFTER.match(text, comps[0].end)
                        and _DEAL_VALUES.match(text, comps[0].end) is not None
                    ):
                        # "Mezzo Games said the investment valued the studio at M": the deal the
                        # reporting company tells values the company itself
                        name = comps[0].name
                    elif ents.prev_subject and ents.prev_subject != comps[0].name:
                        name = ents.prev_subject
                    else:
                        others = [n for n in ents.recent if n != comps[0].name]
                        name = others[-1] if others else None
                elif comps:
                    # ("X approached Y ... the Perth-based brewer": the company whose name holds its trade)
                    trade = named_by_trade(m.group("head"), [c.name for c in comps]) if pat is company_anaphor else None
                    name = trade or subjects[0].name
                else:
                    # "The company's headquarters are in Lyon, Dufresne SA said": the speaker named after it;
                    # "The Brisbane-based bank said": the company the text is about, if named lately
                    speaker = next(
                        (
                            c.name
                            for c in companies[hi:]
                            if c.kind == "company"
                            and text.startswith(", ", c.start - 2)
                            and _REPORTING_AFTER.match(text, c.end)
                        ),
                        None,
                    )
                    if speaker is None and pat is company_anaphor:
                        # "The Toronto-based startup had raised $21 million": the one company the
                        # text has described as a startup
                        speaker = described_as(descriptions, m.group("head"), s, ents.prev_subject)
                    if speaker is None and ents.described and ents.prev_subject:
                        speaker = ents.prev_subject  # "X is a food company. The company is based in L"
                    # (or the subject the last sentence spoke of, when it is the text's company: "Its
                    # parent is Z, which also owns W. In 2015, the firm was acquired by V")
                    lately = topic is not None and (topic in ents.recent[-3:] or topic == ents.prev_subject)
                    # ("X's units include X Service Singapore. In 2025 the group reported revenue of": a
                    # group is the text's company, not its unit named after it)
                    lately = lately or (pat is company_anaphor and _group_of(m.group("head"), topic, ents.last_company))
                    name = speaker or (topic if lately else ents.last_company)
            if name:
                out.append((s, e, name))
    return out


def _group_of(head: str, topic: str | None, last: str | None) -> bool:
    """Whether "the group" stands for the text's company ``topic`` rather than ``last``, a unit named
    after it ("Tindra Service Singapore" of "Tindra Maritime": their first word shared)."""
    if head.casefold() != "group" or not topic or not last or last == topic:
        return False
    return last.split()[0] == topic.split()[0]


def document_topic(text: str, companies: list[CompanyMention]) -> tuple[str | None, str | None]:
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
        if c.kind == "company" and (dm := defined_issuer(text, c.end)) is not None
    ]
    names = {d[2] for d in defined}
    strong = [d for d in defined if not d[0]]
    if strong:
        topic = min(strong)[2]  # "the Company" before "the Purchaser" (a subsidiary buying for it)
        return topic, topic
    ours = pronoun_definition(text, companies)
    if ours is not None:
        return ours, ours  # '"we," "us" and "our" refer to X'
    registrant = statement_registrant(text, companies)
    if registrant is not None:
        return registrant, registrant  # "X, INC. AND SUBSIDIARIES / NOTES TO ... FINANCIAL STATEMENTS"
    issuer = announcement_issuer(text, companies)
    if issuer is not None:
        return issuer, issuer if issuer in names else None
    if defined:
        topic = min(defined)[2]
        return topic, topic
    counts: dict[str, float] = {}
    lead = False  # the first company named gets more weight, unless it only modifies another ("Tencent-backed Y")
    for c in companies:
        if c.kind == "company":
            first = not lead and not modifies_next(text, c.end)
            lead = lead or first
            weight = (9.5 if heads_document(text, c.start, c.end) else 3.5) if first else 1.0  # a title line
            if first and _SELF_DESCRIPTION.match(text, c.end):
                weight += 2.5  # "X Inc. is a holding company incorporated in ...": a filing's own company
            counts[c.name] = counts.get(c.name, 0.0) + weight
    return (max(counts, key=lambda n: counts[n]) if counts else None), None
