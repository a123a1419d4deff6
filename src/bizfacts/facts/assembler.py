"""The assembler: a document's mentions and sentences in, its facts out.

For each sentence the assembler builds a template (every mention replaced by a slot, see
:mod:`bizfacts.facts.template`), resolves its anaphors ("the company", "it", "the app",
a filing's "the Target Company"; :mod:`bizfacts.facts.discourse`), and hands it to the
frame engine (:func:`bizfacts.facts.engine.frame_facts`) and to the slot-driven readers of
financial metrics and user counts.  What a sentence tells the next (the last company and
subject named, the last period) is carried in :class:`~bizfacts.facts.discourse_state.Entities`.
The readers of filing layouts (:mod:`bizfacts.facts.layouts`) add their facts, and the
candidates are merged (:mod:`bizfacts.facts.merge`).
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from .._fact_types import AcquisitionFact, AnyFact, Evidence, InvestmentFact, ValuationFact
from .._sentences import sentence_spans
from .._spans import CompanyMention, MoneyMention, PercentMention, PersonMention
from .._suffixes import canonical_name
from ._doc_words import EXCHANGE as _EXCHANGE
from ._doc_words import HEAD as _HEAD
from ._doc_words import TRIGGER as _TRIGGER
from ._doc_words import document_words, word_masks
from .aliases import defined_aliases, with_aliases, with_full_names
from .cascade.build import SentenceTrace
from .cascade.build import sentence_facts as cascade_facts
from .cascade.discourse import (
    deal_buyer,
    deal_closed,
    deal_price,
    deal_seller,
    deal_stake,
    pronoun_people,
    remaining_stakes,
    round_valuation,
    valued_target,
)
from .cascade.executive import About
from .cascade.gate import place_beside
from .cascade.gate import triggers as cascade_triggers
from .cascade.listing import may_name_exchange
from .column_table import column_table_facts
from .company_of import company_of_facts
from .defined_roles import defined_roles, with_defined_roles
from .denials import without_denied
from .descriptions import described_heads
from .discourse import defined_terms, document_topic, holds_it, resolve_anaphors, term_mentions
from .discourse_state import (
    Entities,
    product_subject,
    promoted_subject,
    update_entities,
    with_product_subject,
    with_subject,
)
from .ended_deals import without_ended
from .engine import frame_facts
from .exchange_ratio import with_exchange_ratios
from .fictional import fictional_names, supposes, without_fictional
from .frames.executive import (
    contact_facts,
    leadership_facts,
    memo_sender_facts,
    signoff_facts,
    speaker_facts,
    team_page_facts,
)
from .frames.financial_metric import metric_facts, reporting_period
from .frames.investment import join_round
from .frames.user_count import user_count_facts
from .infobox import infobox_facts
from .joint_ventures import venture_stakes
from .layouts import (
    cover_page_facts,
    header_field_facts,
    listing_line_facts,
    office_heading_facts,
    subsidiary_list_facts,
    timeline_dated,
    wire_dateline,
)
from .mentions import Mentions
from .merge import dedupe, full_person_names, inherit_targets
from .named_references import formed_company
from .overview_fields import overview_facts, without_overview_lines
from .placed_references import placed_references
from .promoted import collect_promoted, known_names, promoted_mentions
from .pronouns import first_person, its_board, object_it, opening_its
from .release_columns import column_facts
from .release_tables import outlook_tables
from .report_items import with_report_items
from .rest_stakes import rest_stakes, retained_stakes
from .sentence import C_SLOT, D_SLOT, M_SLOT, P_SLOT, U_SLOT, Sentence, sentence_subject, unknown_subject
from .shareholder_table import holdings_list_facts, owner_line_facts, shareholder_table_facts
from .stake_lines import stake_line_facts
from .subsidiary_items import subsidiary_items_facts
from .successors import successor_facts
from .tables import table_header
from .template import LazyPattern, Template, build_template, spans_words
from .trace import AssemblyTrace


def assemble(
    text: str, mentions: Mentions, trace: list[Template] | None = None, explain: AssemblyTrace | None = None
) -> list[AnyFact]:
    """The facts of ``text``, whose mentions are ``mentions``; ``trace``, when given, receives
    every sentence's template, ``explain`` what :func:`bizfacts.explain` shows."""
    companies = list(mentions.companies)
    others: list[Any] = mentions.others()
    known = known_names(c.name for c in companies)
    promoted: dict[str, str] = {}  # the parties the clause reader promoted, by their surfaces
    spans = sentence_spans(text)
    # 'X Inc. (the "Company")': ``defined`` is X, and the capitalized term names it wherever it appears
    topic, defined = document_topic(text, companies)
    text_topic = topic  # (``topic`` is the section's below: a release's "About X" section is X's)
    dm = wire_dateline(text)
    dateline = " ".join(dm.group("city").split()).casefold() if dm else None
    terms = defined_terms(text, companies)
    formed = formed_company(text, companies)  # "The combined company will take the name X"
    companies.sort(key=lambda m: m.start)
    others.sort(key=lambda m: (m.start, -m.end))
    # people and places: the cascade reads them as mentions of their own
    names: list[Any] = sorted([*mentions.people, *mentions.places], key=lambda m: (m.start, -m.end))
    people = sorted(mentions.people, key=lambda m: m.start)
    ni = 0
    # where the last money mention starts: no sentence ending before it is followed by a money slot
    last_money = max((m.start for m in others if isinstance(m, MoneyMention)), default=-1)
    facts: list[AnyFact] = []
    ents = Entities()
    ci = oi = 0
    descriptions: dict[str, tuple[tuple[int, str], ...]] | None = None
    n_companies_all = len(companies)
    n_others_all = len(others)
    # the sentences holding no trigger word at all, told in one pass: their gate is closed
    # (and those holding no head noun of an anaphor: "the company", "the app")
    # (one pass of one automaton for the three word lists; the trigger words' hits kept for the gate)
    doc_low = text.casefold()
    found = mentions.word_hits if mentions.word_hits is not None else document_words(doc_low)
    # (the hits of both lists by sentence, split below where a sentence holds words of both)
    holding, word_hits = spans_words(found, text, spans, doc_low, keep=_TRIGGER | _HEAD)
    same_length = len(doc_low) == len(text)  # (then each sentence's casefold is a slice of the text's)
    for k, (s, e) in enumerate(spans):
        mask = holding[k]
        held, head, exchange = mask & _TRIGGER, mask & _HEAD, mask & _EXCHANGE
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
        if len(comps) == 1 and text.startswith("About ", s) and _about_header(text, s, e, comps[0]):
            topic = comps[0].name  # "About Lumisphere AI": the release's boilerplate of that company
        # read by the anaphors and by the cascade's gate
        low = doc_low[s:e] if same_length else text[s:e].casefold()
        n_before = len(facts)
        trigger_hits = head_hits = None
        if word_hits is not None and (held or head):
            trigger_hits = head_hits = word_hits.get(k, [])
            if held and head:
                trigger_hits, head_hits = _split_hits(head_hits)
        heads = None if word_hits is None or not head else head_hits
        if head and descriptions is None:  # (made once, where a sentence first holds a head noun)
            descriptions = described_heads(text, companies)
        # (with no head noun and no "it" it reads, resolve_anaphors finds none)
        anaphors = (
            resolve_anaphors(
                text,
                s,
                e,
                comps,
                ents,
                topic,
                defined,
                low=low,
                head=bool(head),
                head_hits=heads,
                descriptions=descriptions,
                formed=formed,
            )
            if head or ("it" in low and holds_it(low))
            else []
        )
        if terms is not None:
            anaphors = term_mentions(text, s, e, comps, terms) + anaphors
        # "In March 2023, we acquired Y", "We're based in L": the filer's or the speaker's company
        # ('"We have agreed to buy Y," said P, chief executive of X': the quoted speaker's)
        if "we " in low or "our " in low or " us " in low or "we'" in low or "we’" in low:
            anaphors = sorted(anaphors + first_person(text, s, e, comps, defined or topic, companies))
        if " board" in low and comps:  # "X announced that its Board of Directors resolved to acquire Y"
            taken = {a[0] for a in anaphors}
            anaphors = sorted(anaphors + [a for a in its_board(text, s, e, comps) if a[0] not in taken])
        if " it" in low and comps:  # "after rival Y agreed to acquire it": the company named before Y
            taken = {a[0] for a in anaphors}
            anaphors = sorted(anaphors + [a for a in object_it(text, s, e, comps, ents) if a[0] not in taken])
        # "Nordkap chief executive P": a name the clause reader promoted earlier (read as a company
        # here, but no subject the next sentences' references resolve to: its telling stays weak)
        linked = promoted_mentions(text, s, e, promoted, [*comps, *anaphors]) if promoted else []
        if linked:
            anaphors = sorted(anaphors + linked)
        if anaphors and mentions.places and facts:  # "The Bristol group": not the one the text put in Perth
            anaphors = placed_references(text, anaphors, names, facts, ents)
        # ``others`` is sorted by (start, -end), the order _non_overlapping sorts by: no re-sort
        kept = _non_overlapping([*comps, *rest]) if comps else _drop_overlaps(rest) if rest else rest
        tpl = build_template(text, s, e, kept, anaphors)
        if trace is not None:
            trace.append(tpl)
        template = tpl.template
        # every company slot writes OPEN + "C" once (private-use characters of the text became spaces)
        n_companies = template.count(C_SLOT)
        # what the builders know of the sentence: made where one reads it (most sentences give none)
        fallback = ents.last_company or ents.prev_subject
        ctx: Sentence | None = None
        if n_companies or fallback:
            ctx = Sentence(tpl, fallback, topic, dateline)
            low_template = template.casefold()
            if n_companies:
                join_round(tpl, facts, low_template)  # "Y also took part": a round told before
            facts.extend(frame_facts(ctx, n_companies=n_companies, low=low_template))
        # the clause-level cascade: predicate lexicon, chunks and constructions (bizfacts.facts.cascade)
        while ni < len(names) and names[ni].start < s:
            ni += 1
        # (tpl.text is text[s:e])
        kinds = cascade_triggers(low, M_SLOT in template, trigger_hits) if held else _NO_KINDS
        if "place" not in kinds and (comps or anaphors) and place_beside(text, comps, anaphors):
            kinds = kinds | {"place"}  # "X, a Dallas investment firm": a location with no location word
        if not kinds and (comps or anaphors) and may_name_exchange(low, text[s:e], words=bool(exchange)):
            kinds = frozenset({"other"})  # "X (NYSE: XYZ)", "X shares rose on the NYSE": no predicate word
        cascade_trace = SentenceTrace() if explain is not None else None
        if kinds:
            nj = ni
            while nj < len(names) and names[nj].end <= e:
                nj += 1
            # a title told without its company: the company the sentence or the text is about
            # (and the buyer of a deal told with no company subject: "The board approved the
            # acquisition of Y"), read only if the sentence holds a construction
            # (a person's name opening the sentence is no unknown name: "P is T, and Q is T2")
            person_opens = any(
                isinstance(m, PersonMention) and len(text[s : m.start].strip()) <= 1 for m in names[ni:nj]
            )
            about = functools.partial(_about, tpl, topic or fallback, ents.last_described, person_opens)
            # "Its largest shareholder is Y": the cascade alone reads the opening "Its" as a possessive
            its = opening_its(text, s, e, ents, comps) if low.startswith(("its", '"its', "“its")) else []
            sentence_names = names[ni:nj]
            # "He is the CEO of X": the person named last ("he " alone would be found in every "the ")
            if people and (" he " in low or " she " in low or low.startswith(("he ", "she "))):
                sentence_names = pronoun_people(text, s, e, sentence_names, people)
            told = cascade_facts(
                text,
                s,
                e,
                kept,
                its + anaphors,
                kinds,
                trace=cascade_trace,
                names=sentence_names,
                about=about,
                exchange_words=bool(exchange),
            )
            facts.extend(valued_target(facts, told) if told else told)
        if len(comps) > 1 and (" company" in low or " business" in low):
            facts.extend(company_of_facts(text, s, e, comps))  # "X, a Y company,": Y owns X
        if people and ("succeed" in low or "replace" in low):  # "She will be succeeded by Q"
            facts.extend(successor_facts(text, s, e, people, facts))
        # "The transaction is valued at $40 million": the price of the deal told just before
        # (looked for only when a deal among the latest facts has no price yet)
        if M_SLOT in template and (deal := _open_deal(facts)) is not None:
            price = deal_price(text, s, e, [m for m in rest if isinstance(m, MoneyMention)])
            _price_open_deal(facts, deal, price, text)
        # "The deal closed on Friday": the deal told before, planned or announced, is done
        # (the first character tested first: the stripped copy is made for few sentences)
        opens_the = low[:1] in ' \t"“t' and low.lstrip(" \t\"“").startswith(("the ", "this "))
        if opens_the and _may_tell_closed(low) and deal_closed(text, s, e):
            _close_open_deal(facts, n_before)
        # "That was at a post-money valuation of £140 million": the valuation of the round told before
        if M_SLOT in template and not comps and "valuation" in low and (at := _open_round(facts)) is not None:
            valued = round_valuation(text, s, e, [m for m in rest if isinstance(m, MoneyMention)])
            if valued is not None:
                facts.extend(_value_open_round(facts, at, valued, tpl.text, s))
        if comps and "sale" in tpl.text:
            _buyer_open_sale(facts, deal_buyer(text, s, e, comps), comps)
        if comps and " from " in tpl.text and (seller := deal_seller(text, s, e, comps)) is not None:
            _seller_open_deal(facts, seller.name)
        # "The Pune-based firm will initially acquire a 60 per cent stake": the stake of the deal told before
        if P_SLOT in template and comps and ("remaining" in low or " other " in low):
            # "the remaining 35% is held by Z": Z's stake in the company whose stake was told
            shares = [m for m in rest if isinstance(m, PercentMention)]
            facts.extend(remaining_stakes(text, s, e, shares, comps, facts))
        # (the six words looked for only where a percentage and a company are: most sentences hold neither)
        rest_told = kept_told = False
        if P_SLOT in template and comps:
            rest_told = " the rest" in low or " the remainder" in low or " the balance" in low
            kept_told = " retain" in low or " kept " in low or " keeps " in low
        if rest_told or kept_told:
            pcts = [m for m in rest if isinstance(m, PercentMention)]
            if rest_told:  # "The state owns 51% of Y, and X owns the rest"
                facts.extend(rest_stakes(text, s, e, pcts, comps))
            if kept_told and len(comps) > 1:  # "X spun off Y in 2020 but retains a 19.9% interest"
                facts.extend(retained_stakes(text, s, e, pcts, comps))
        if len(facts) > n_before and len(comps) >= 2 and "venture" in low:
            # "Y, a 50-50 joint venture of A and B": each partner owns half
            facts.extend(venture_stakes(text, s, e, facts[n_before:], comps))
        if P_SLOT in template and (comps or anaphors) and (deal := _open_deal(facts, "stake")) is not None:
            stake = deal_stake(text, s, e, [m for m in rest if isinstance(m, PercentMention)])
            _stake_open_deal(facts, deal, stake, {c.name for c in comps} | {a[2] for a in anaphors})
        # the metric facts start from a money slot, the user-count facts from a user-count slot
        if M_SLOT in template:
            ctx = ctx or Sentence(tpl, fallback, topic, dateline)
            facts.extend(metric_facts(ctx, ents.prev_subject, ents.last_period, topic))
        if U_SLOT in template:
            ctx = ctx or Sentence(tpl, fallback, topic, dateline)
            facts.extend(user_count_facts(ctx, ents, topic))
        if len(facts) > n_before and supposes(low):
            del facts[n_before:]  # "Suppose Company C owns 80 percent of Company D": a supposition
        # reporting_period needs a date slot; table_header a slotless line after a quarter was named
        # (the period is read only by the figures of a later sentence: none without a money mention after it)
        if last_money < e:
            period = None
        elif D_SLOT in template:
            period = reporting_period(tpl) or table_header(tpl, ents.last_period)
        elif not tpl.slots and ents.last_period is not None:
            period = table_header(tpl, ents.last_period)
        else:
            period = None
        resolved = [a for a in anaphors if a not in linked] if linked else anaphors
        if comps or resolved or period is not None:  # else update_entities returns ``ents`` as it is
            ents = update_entities(ents, comps, resolved, period, text)
        if len(facts) > n_before:
            collect_promoted(facts[n_before:], known, promoted)
        if not comps and not anaphors and len(facts) > n_before:
            # "Korvath Analytics is a software company based in Boise": a name only the clause reader
            # promoted opens the sentence; "The company" and "Its" of the next ones speak of it
            subject = promoted_subject(text, s, e, facts[n_before:])
            if subject is not None:
                ents = with_subject(ents, subject)
        elif (
            not comps
            and not anaphors
            and low.lstrip(' "“‘\'0123456789—–-').startswith("the ")
            and _may_name_product(low)
            and (product := product_subject(text, s, e))
        ):
            ents = with_product_subject(ents, product)  # "The Trailmark app launches. It has ..."
        if explain is not None:
            explain.add(s, e, kept, anaphors, kinds, cascade_trace if kinds else None, len(facts))
    facts.extend(cover_page_facts(text, companies, text_topic))
    facts.extend(subsidiary_list_facts(text, companies, text_topic))
    facts.extend(shareholder_table_facts(text, companies, text_topic))
    facts.extend(owner_line_facts(text, companies, text_topic))
    facts.extend(holdings_list_facts(text, companies, text_topic))
    facts.extend(subsidiary_items_facts(text, companies, text_topic))
    facts.extend(stake_line_facts(text, companies, text_topic))  # "Y (Scotland): 30.5% associate."
    facts.extend(column_table_facts(text, companies, text_topic, mentions.dates, mentions.money))
    facts.extend(infobox_facts(text, companies, text_topic))
    facts.extend(header_field_facts(text, companies, text_topic))
    facts.extend(office_heading_facts(text, mentions.places, text_topic))
    facts.extend(listing_line_facts(text, text_topic))  # "• NYSE: QTRA (IPO Oct 2022)"
    # (frames/executive.py; a team page's officers, else the one who signs the text)
    facts.extend(team_page_facts(text, text_topic) or signoff_facts(text, companies, text_topic))
    facts.extend(leadership_facts(text, companies, text_topic))
    facts.extend(speaker_facts(text, companies, text_topic))  # "P, Chief Financial Officer: Sure, ..."
    facts.extend(contact_facts(text, text_topic))  # "P, CEO, tel. +358 40 123 4567"
    facts.extend(memo_sender_facts(text, companies, text_topic))  # "From: P, Chief Executive Officer"
    facts = with_report_items(facts, text, companies, text_topic)  # "Item 1  Name and Address of Company"
    facts = with_exchange_ratios(text, facts, companies)  # "Holders of Y would get 0.8 share of X"
    # "(1) Name: Y / (2) Location: L / (3) Representative: P, President": an overview of another company
    overview, overview_lines = overview_facts(text, companies, mentions.places, text_topic)
    facts = without_overview_lines(facts, overview_lines, text_topic) + overview
    if explain is not None:
        explain.candidates = list(facts)
    if not facts:
        return facts  # (what the steps below make of no fact)
    # "Imagine two fictional bicycle makers, A and B": whatever the text tells of A and B is made up
    made_up = fictional_names(text, companies, spans)
    if made_up:
        facts = without_fictional(facts, made_up)
    facts = timeline_dated(text, facts)  # "1962 — The first acquisition" / "X buys Y": 1962
    facts = without_denied(text, facts, companies)  # "Y said it was not aware of any negotiations"
    facts = without_ended(text, facts, companies)  # "A federal judge blocked X from buying Y"
    # "Q4 FY26   Full Year FY26" over "Total revenue   $122 - $124 million   $461 - $463 million"
    facts = column_facts(text, facts, mentions.money, mentions.dates, text_topic)
    facts = outlook_tables(text, facts)  # "Financial Outlook" / "Total revenue   $122 - $124 million"
    named = with_full_names(full_person_names(text, inherit_targets(facts), mentions.people), companies)
    named = with_defined_roles(named, defined_roles(text, companies))  # 'X, L.P. (the "Seller")'
    return dedupe(with_aliases(named, defined_aliases(text, companies)))


_NO_KINDS: frozenset[str] = frozenset()


def _may_name_product(low: str) -> bool:
    """Whether the casefolded sentence ``low`` holds one of the product nouns every match of
    :func:`product_subject` ends in, written in lowercase ("app", "platform", ...)."""
    return (
        "app" in low
        or "platform" in low
        or "service" in low
        or "game" in low
        or "website" in low
        or "marketplace" in low
    )


def _may_tell_closed(low: str) -> bool:
    """Whether the casefolded sentence ``low`` may be one :func:`deal_closed` reads: each of its
    matches holds a verb of closing ("completed", "closed", "finalized", "consummated").  On an
    ASCII ``low`` a caseless match of one is that word in ``low`` (a letter matched caselessly
    casefolds to the one it matched, or to a letter outside ASCII); any other is read in full."""
    return (
        not low.isascii()
        or "complet" in low
        or "closed" in low
        or "finali" in low
        or "consummat" in low
    )


def _about_header(text: str, start: int, end: int, company: CompanyMention) -> bool:
    """Whether the sentence ``text[start:end]`` is a release's section header "About X", X the
    ``company`` it names (a colon may close it)."""
    return company.start == start + 6 and text[company.end : end].strip() in ("", ":")


def _about(tpl: Template, topic: str | None, described: str | None, person_opens: bool = False) -> About:
    """The companies the sentence ``tpl`` is about; ``topic``, the text's (or the last one named);
    ``described``, the last company a sentence described; ``person_opens``: a person's name opens
    the sentence (no unknown name)."""
    return About(
        sentence_subject(tpl, outside_quotes=True),
        topic,
        unknown_subject(tpl) and not person_opens,
        tpl.template.lstrip()[:1] in "\"“‘'",
        described,
    )


def _split_hits(hits: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The hits (end, word) of a sentence holding trigger words and head nouns: those of each list,
    in order (a word may be in both)."""
    masks = word_masks()
    return [h for h in hits if masks[h[1]] & _TRIGGER], [h for h in hits if masks[h[1]] & _HEAD]

# how many facts back a definite "the deal" may reach for the deal it names
_OPEN_DEAL_REACH = 6


def _open_deal(facts: list[AnyFact], missing: str = "price") -> int | None:
    """The index of the last acquisition among the latest facts, if it has no ``missing`` (its
    "price" or its "stake") yet."""
    for i in range(len(facts) - 1, max(-1, len(facts) - 1 - _OPEN_DEAL_REACH), -1):
        f = facts[i]
        if isinstance(f, AcquisitionFact):
            return i if getattr(f, missing) is None else None
    return None


def _close_open_deal(facts: list[AnyFact], n_before: int) -> None:
    """Make the last acquisition told before this sentence (``facts[:n_before]``) completed, when
    this sentence told no deal of its own and that one is only planned or announced."""
    if any(isinstance(f, AcquisitionFact) for f in facts[n_before:]):
        return
    for i in range(n_before - 1, max(-1, n_before - 1 - _OPEN_DEAL_REACH), -1):
        f = facts[i]
        if isinstance(f, AcquisitionFact):
            if f.status in ("planned", "announced"):
                facts[i] = attrs.evolve(f, status="completed")
            return


def _open_round(facts: list[AnyFact]) -> int | None:
    """The index of the last investment among the latest facts, if it has no valuation yet."""
    for i in range(len(facts) - 1, max(-1, len(facts) - 1 - _OPEN_DEAL_REACH), -1):
        f = facts[i]
        if isinstance(f, InvestmentFact):
            return i if f.valuation is None else None
    return None


def _value_open_round(
    facts: list[AnyFact], i: int, valued: MoneyMention, sentence: str, start: int
) -> list[AnyFact]:
    """Give ``valued`` to ``facts[i]``, the round :func:`_open_round` found, and the valuation fact of
    its investee (as a round told with its valuation gives one)."""
    f = facts[i]
    assert isinstance(f, InvestmentFact)
    facts[i] = attrs.evolve(f, valuation=valued)
    return [
        ValuationFact(
            evidence=Evidence(start, start + len(sentence), sentence),
            confidence=f.confidence,
            rule="round valuation told after",
            company=f.investee,
            amount=valued,
        )
    ]


def _price_open_deal(facts: list[AnyFact], i: int, price: MoneyMention | None, text: str) -> None:
    """Give ``price`` to ``facts[i]``, the acquisition :func:`_open_deal` found, if told after it
    (not the whole company's value to a deal for a part of it: "to acquire about 60% of Y. A
    transaction could value Y at about EUR700 million")."""
    f = facts[i]
    if price is None or not isinstance(f, AcquisitionFact) or f.evidence.end > price.start:
        return
    valuing = _VALUING.search(text, max(0, price.start - 60), price.start) is not None
    if valuing and f.stake is not None and f.stake < 100:
        return
    named = _VALUING_NAME.search(text, max(0, price.start - 80), price.start) if valuing else None
    written = named["name"] if named is not None else ""
    if written[:1].isupper() and not _same_name(canonical_name(written), f.target):
        return  # "..., valuing Selwyn at $9 billion": another company's value, not the deal's
    facts[i] = attrs.evolve(f, price=price)


_VALUING = LazyPattern(r"(?i)\bvalu(?:e|es|ed|ing)\b")


def _same_name(written: str, target: str | None) -> bool:
    """Whether a name as written ("Corvath Inc", "Corvath") is the deal's target ("Corvath Holdings")."""
    return target is not None and (target.startswith(written) or written.startswith(target))
_VALUING_NAME = LazyPattern(r"\bvaluing\s+(?P<name>\S+(?:\s+\S+){0,3}?)\s+at\s+(?:\w+\s+)?$")



def _stake_open_deal(facts: list[AnyFact], i: int, stake: PercentMention | None, named: set[str]) -> None:
    """Give ``stake`` to ``facts[i]``, the acquisition :func:`_open_deal` found, if told after it in
    a sentence that names only the deal's parties (``named``: its companies and references)."""
    f = facts[i]
    if stake is None or not isinstance(f, AcquisitionFact) or f.evidence.end > stake.start:
        return
    if named <= {f.acquirer, f.target, f.seller}:
        facts[i] = attrs.evolve(f, stake=stake.value)


def _buyer_open_sale(facts: list[AnyFact], buyer: CompanyMention | None, comps: list[CompanyMention]) -> None:
    """Give ``buyer`` to the last acquisition among the latest facts if it is a sale told without
    its buyer ("X agreed to sell its Y unit. ... the sale to Z will close in May"), unless the
    sentence names another seller ("W acted for V on the sale of its arm to Z": V's own sale)."""
    if buyer is None:
        return
    named = {c.name for c in comps if c.kind == "company" and c.start < buyer.start}
    for i in range(len(facts) - 1, max(-1, len(facts) - 1 - _OPEN_DEAL_REACH), -1):
        f = facts[i]
        if isinstance(f, AcquisitionFact):
            open_sale = f.acquirer is None and f.seller is not None and f.seller != buyer.name
            if open_sale and f.evidence.end <= buyer.start and named <= {f.seller, f.target}:
                facts[i] = attrs.evolve(f, acquirer=buyer.name)
            return


def _seller_open_deal(facts: list[AnyFact], seller: str) -> None:
    """Give ``seller`` to the last acquisition among the latest facts if it has none ("X bought 75%
    of Y. The stake was bought from Z")."""
    for i in range(len(facts) - 1, max(-1, len(facts) - 1 - _OPEN_DEAL_REACH), -1):
        f = facts[i]
        if isinstance(f, AcquisitionFact):
            if f.seller is None and seller not in (f.acquirer, f.target):
                facts[i] = attrs.evolve(f, seller=seller)
            return


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
