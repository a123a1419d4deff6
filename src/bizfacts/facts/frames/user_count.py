"""User counts: how many users, subscribers or customers a company or product has.

Slot-driven: each user-count mention is a candidate, given to the nearest company or
product named before it (else the sentence's subject).  Every fact's ``rule`` is
"user count of nearest subject".
"""

from __future__ import annotations

import bisect
from typing import Any

from ..._fact_types import (
    AnyFact,
    UserCountFact,
)
from ..._spans import DateMention, UserCountMention
from ...user_counts import metric_words
from ..discourse_state import Entities
from ..sentence import (
    Sentence,
    slots_of,
    unknown_name,
    unknown_subject,
    usable,
)
from ..template import LazyPattern

TYPE = "user_count"

_SPACES = LazyPattern(r"[ \t]*")
# a launch the count is reckoned from: "since its launch in 2019" (not the count's date)
_SINCE_LAUNCH = LazyPattern(
    r"(?i)\bsince\s+(?:its|the|their)\s+(?:launch|founding|inception|debut|start|release)\s+(?:in\s+)?$"
)
_AS_OF_BEFORE = LazyPattern(
    # ("X ended the third quarter with 18 million subscribers": the quarter's end)
    r"(?i)(?:\bby|\bas\s+of|\bas\s+at|\bat\s+the\s+end\s+of|\bon|\bin|\bat|\bsince|\bend\s+of|\bended)"
    r"\s+(?:the\s+)?(?:end\s+of\s+)?$"
)
_SAID_BEFORE = LazyPattern(r"(?i)\b(?:said|says|announced|reported|told)\s+(?:\w+\s+)?(?:on|in)?\s*$")


_DELTA_BEFORE = LazyPattern(
    r"(?i)\b(?:added|adds|adding|gained|gains|gaining|lost|loses|losing|shed|net\s+additions\s+of|"
    r"increase\s+of|decrease\s+of|growth\s+of|up\s+by|down\s+by|churned"
    # ("users of X fell by 2 million to 326 million": the change, not the level after "to")
    r"|(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|slipped|surged|plunged)(?:\s+by)?)"
    r"\s+(?:a\s+(?:net|record)\s+|about\s+|nearly\s+|"
    r"some\s+|roughly\s+|more\s+than\s+|over\s+|around\s+)?$"
)


_FOUNDED_BEFORE = LazyPattern(
    r"(?i)\b(?:founded|established|set\s+up|launched|started|created|incorporated|listed|since)\s+(?:in\s+|on\s+)?$"
)
# an apposition or relative clause still open where a company is named (", which is backed by ")
# ("X, formerly known as Y, serves 9,000 customers": the old name is the company's own)
_APPOSITION_OPEN = LazyPattern(
    r",[ \t]+(?:which|who|whose|a|an|the|formerly|previously|once|now)\b[^,;.]*\Z"
)
# (nor one before "now": "Started in a rented kitchen in 2014, the business now sells to")
_CLAUSE_BREAK = LazyPattern(r"(?:,\s+and\b|;|\band\s+a\b|\bbut\b|\bwhile\b|\bwhereas\b|\bnow\b|\btoday\b)")


_AFFECTED_BEFORE = LazyPattern(
    r"(?i)\b(?:refund\w*|compensat\w*|reimburs\w*|notif\w*|contact\w*|affect\w*|impact\w*|expos\w*|"
    r"leak\w*|breach\w*|overcharg\w*|mislead\w*|misled|warn\w*|sued\s+by|compromis\w*)\s+(?:about\s+|some\s+|"
    r"nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+|up\s+to\s+)?$"
)


# "2 million listeners on X", "sold via X": a company named there is the platform, not the owner
_PLATFORM_BEFORE = LazyPattern(r"\b(?:on|via|through|across)[ \t]+(?:the[ \t]+)?\Z")
_NAME = r"\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,3}?"
_PRODUCT_NOUN = r"(?:app|platform|service|network|site|website|game|marketplace|startup)"
# a capitalized name opening the sentence (after "The budgeting app", or before "app" or an
# apposition: "The Trellis app", "Trellis, a budgeting app,"), then a verb of having; or users
# "of" or "on" the name
_OWNER_OPENING = LazyPattern(
    # ("As of June 30, 2026, X had ...": a fronted date phrase before the name)
    r"^[ \t\"“]*(?:(?:As[ \t]+of|At[ \t]+the[ \t]+end[ \t]+of|By[ \t]+the[ \t]+end[ \t]+of|In)[ \t]+[^,;.\n]{1,40}?,[ \t]+)?"
    r"(?:The[ \t]+(?:(?:[\p{Ll}-]+[ \t]+){0,3}?"
    + _PRODUCT_NOUN
    + r"[ \t]+)?)?(?P<name>"
    + _NAME
    + r")(?:[ \t]+"
    + _PRODUCT_NOUN
    + r"|,[ \t]+(?:a|an|the)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,4}?"
    + _PRODUCT_NOUN
    # ("X's flagship title surpassed ...": the name's product; "X, launched in 2023, now has")
    + r",|['’]s[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?[\p{Ll}-]+"
    # ("X, which launched in 2019, now has")
    r"|,[ \t]+(?:which[ \t]+(?:was[ \t]+)?)?(?:launched|founded|introduced|released|started|created)[ \t]+"
    r"[^,;.\n]{1,40}?,)?[ \t]+(?:now[ \t]+)?"
    r"(?:has|had|have|counts|counted|boasts|serves|served|claims|reached|reaches|surpassed|surpasses|topped"
    r"|tops|passed|passes|crossed|crosses|exceeded|exceeds|hit|hits"
    # "X ended the quarter with 12 million subscribers", "X said daily active users rose to ..."
    r"|ended[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?with|said|says)\b"
    r"|^[ \t\"“]*(?:[\p{L}-]+[ \t]+){0,3}?(?i:users|subscribers|customers|members|players)[ \t]+(?:of|on|to)[ \t]+"
    r"(?:the[ \t]+)?(?P<name2>\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,3}?)"
    r"(?=[ \t]+(?:app|platform|service|network|site|website|game)\b|[ \t]+(?:rose|grew|reached|climbed|jumped|topped|hit)\b)"
    # "X's user base grew to ...", "X, which has 50 million users, ..."
    r"|^[ \t\"“]*(?P<name3>"
    + _NAME
    + r")(?:['’]s[ \t]+(?:user|subscriber|customer|member|player)[ \t]+base\b"
    r"|,[ \t]+which[ \t]+(?:now[ \t]+)?(?:has|had|counts|boasts|serves|claims)\b)"
    # "The number of X subscribers rose to ..."
    r"|^[ \t\"“]*The[ \t]+number[ \t]+of[ \t]+(?P<name4>"
    + _NAME
    + r")[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?i:users|subscribers|customers|members|players)\b"
)


def _unknown_owner(template: str) -> str | None:
    """The unknown name owning a sentence's user count ("Pingle has 260 million users", "Daily
    active users on the Pingle app reached 260 million"); None for a place or a person's name."""
    m = _OWNER_OPENING.match(template, 0, min(len(template), 200))
    if m is None:
        return None
    return unknown_name(m.group("name") or m.group("name2") or m.group("name3") or m.group("name4"))


# a company after a passive's "by", a second verb of having after it ("is owned by Y and had")
_BY_BEFORE = LazyPattern(r"\b(?:owned|controlled|backed|held|acquired|bought|run|operated)[ \t]+by[ \t]+\Z")
_AND_HAS = LazyPattern(r"\ue001[ \t]+and[ \t]+(?:now[ \t]+)?(?:has|had|have|counts|counted|serves|served)[ \t]")
_OPENS_SENTENCE = LazyPattern(r"[ \t\"“]*\ue000")
# a funder after its preposition ("raised $40 million led by Y", "a seed round from Y") and the
# clause the sentence's subject goes on with ("..., and says it now has", "and claimed")
# a company that is the object of a preposition, and a count owned by "its" / "their"
_OBJECT_BEFORE = LazyPattern(r"\b(?:with|to|from)[ \t]+\Z")
_ITS_BEFORE = LazyPattern(r"\b(?:its|their)[ \t]+\Z")
_FUNDER_BEFORE = LazyPattern(r"\b(?:led[ \t]+by|from|with)[ \t]+\Z")
_AND_CLAIMS = LazyPattern(
    r"\band[ \t]+(?:(?:says|said|claims|claimed|reports|reported)[ \t]+(?:that[ \t]+)?(?:it|they)[ \t]+)?"
    r"(?:now[ \t]+)?(?:has|had|have|claims|claimed|counts|counted|serves|served)[ \t]"
)


# a name right before "is used by" or "serves" and the count ("proud of: Trellin is used by more than")
_OWNER_BEFORE_COUNT = LazyPattern(
    r"(?P<name>"
    + _NAME
    + r")[ \t]+(?:is[ \t]+used[ \t]+by|serves|now[ \t]+serves)[ \t]+"
    r"(?:(?:more|fewer)[ \t]+than[ \t]+|over[ \t]+|about[ \t]+|nearly[ \t]+|almost[ \t]+|some[ \t]+|around[ \t]+)?\Z"
)


# a clause of its own opened after the company, by an unknown name and its verb of reaching a
# count: "Y takes a stake in X as Starward Tactics passes 9 million monthly players"
_CLAUSE_OWNER = LazyPattern(
    r"\b(?:as|while|after|when)[ \t]+(?P<name>"
    + _NAME
    + r")[ \t]+(?:passes|passed|tops|topped|hits|hit|reaches|reached|crosses|crossed|surpasses|surpassed)[ \t]+"
    r"(?:(?:more|fewer)[ \t]+than[ \t]+|over[ \t]+|about[ \t]+|nearly[ \t]+|almost[ \t]+|some[ \t]+)?\Z"
)


def _owner_before_count(template: str, pos: int) -> str | None:
    """The unknown name a count's verb follows ("Trellin is used by more than 11,000 teams"), its
    leading sentence words left out ("Since Trellin")."""
    m = _OWNER_BEFORE_COUNT.search(template, max(0, pos - 90), pos)
    if m is None:
        return None
    words = m.group("name").split()
    return next((n for i in range(len(words)) if (n := unknown_name(" ".join(words[i:]))) is not None), None)


# the verb between a count and the company named after it whose product the counted use
# ("9,400 clinics in the United States used Y", "1.2 million people pay for Y")
_USED_OBJECT = LazyPattern(
    r"\ue001[^\ue000.;]{0,60}?[ \t]+(?:now[ \t]+|currently[ \t]+|already[ \t]+)?"
    r"(?:use|used|pay[ \t]+for|paid[ \t]+for|rely[ \t]+on)[ \t]+(?:the[ \t]+)?\Z"
)


_USED_NAME = LazyPattern(
    r"\ue001[^\ue000.;]{0,60}?[ \t]+(?:now[ \t]+|currently[ \t]+|already[ \t]+)?"
    r"(?:use|used|pay[ \t]+for|paid[ \t]+for|rely[ \t]+on)[ \t]+(?P<name>" + _NAME + r")(?![\p{L}\p{N}])"
)


def _used_name_after(template: str, pos: int) -> str | None:
    """The unknown name after the verb of the count at ``pos`` ("2,100 clinics used Orvana")."""
    m = _USED_NAME.match(template, template.find("\ue001", pos), min(len(template), pos + 160))
    # (a sentence's stop is not the name's: "4,300 businesses use Tallyroot.")
    return unknown_name(m.group("name").rstrip(".")) if m is not None else None


# a product no extractor knew, named before its noun and the count's verb ("its KilauPay e-wallet
# counted 38 million accounts"): the product is whose users they are
_PRODUCT_BEFORE_COUNT = LazyPattern(
    r"\b(?:its|their|the)[ \t]+(?P<name>\p{Lu}[\p{L}\p{N}]*(?:[ \t]+\p{Lu}[\p{L}\p{N}]*)?)[ \t]+"
    r"(?:[\p{Ll}-]+[ \t]+)?(?:e-wallet|wallet|app|platform|service|game|tier|program|programme|network"
    r"|marketplace|site|website)[ \t]+(?:now[ \t]+)?(?:counted|counts|had|has|reached|surpassed|topped|passed)"
    r"[ \t]+(?:(?:more|fewer)[ \t]+than[ \t]+|over[ \t]+|about[ \t]+|nearly[ \t]+|almost[ \t]+|some[ \t]+)?\Z"
)
# the quarter's end a count is told at, no date after it ("reached 44 million at the end of the
# quarter, compared with 37 million at the end of June")
_QUARTER_END_AFTER = LazyPattern(
    r"\ue001[^\ue000.;]{0,30}?\b(?:at|by)[ \t]+(?:the[ \t]+)?(?:end[ \t]+of[ \t]+the[ \t]+quarter|quarter[- ]end)\b"
)
# a clause that opens after a count: a date in it is not the count's ("used by 60,000 salons, which
# plans to launch a bank account in the third quarter")
# (nor one after a comparison: "2 million, up from 1.5 million in May")
_CLAUSE_AFTER = LazyPattern(
    r",[ \t]+(?:which|who|while|whereas|but)\b|;|\bcompared[ \t]+(?:with|to)\b|\b(?:up|down)[ \t]+from\b"
)


# people something happened to are no user base ("1.2 million commuters were stranded"), nor the
# customers of an unnamed object of a deal ("to acquire cable systems with 55,000 subscribers")
_AFFECTED_AFTER = LazyPattern(
    r"\ue001[^\ue000.;]{0,40}?\b(?:were|was|are|is|have[ \t]+been|had[ \t]+been|will[ \t]+be)[ \t]+"
    r"(?:\w+[ \t]+)?(?:stranded|affected|hit|left|forced|evacuated|stuck|delayed|disrupted|exposed|impacted)\b"
)
_DEAL_OBJECT_WITH = LazyPattern(
    r"(?i)\b(?:acquire|acquired|acquiring|buy|bought|buying|purchase|purchased|sell|sold|selling)\b"
    r"[^\ue000.;]{1,60}?\bwith[ \t]+(?:(?:more|fewer)[ \t]+than[ \t]+|over[ \t]+|about[ \t]+|some[ \t]+)?\Z"
)


# a sentence that opens with a user noun or its modifier opens with no name ("Mobile subscribers
# reached 14.8 million", "Customer numbers rose")
# (nor one that opens with a participle before a preposition: "Started in a shared kitchen in 2014")
_FIRST_WORD = LazyPattern(
    r"^[\W_]*(\p{Lu}[\p{L}-]*)(?P<participle>(?<=ed)[ \t]+(?:in|by|on|at|with|as|from|for|after|under)\b)?"
)


def _opens_with_unknown_name(tpl: Any) -> bool:
    """``unknown_subject``, but for a sentence whose first word is a user noun or modifier."""
    if not unknown_subject(tpl):
        return False
    m = _FIRST_WORD.match(tpl.template)
    return m is None or (m.group(1).lower() not in metric_words() and m.group("participle") is None)


# a count told as a target or a forecast is no user base ("we expect paid subscribers of about 19.5
# million", "is aiming for 4 million subscribers", "expects the app to reach 60 million users")
_FORECAST_BEFORE = LazyPattern(
    r"(?i)\b(?:expects?|expected|expecting|aims?[ \t]+(?:for|to)|aiming[ \t]+(?:for|to)|targets?[ \t]+(?:of|to)"
    r"|targeting|forecasts?|forecasting|projects?[ \t]+(?:to|that)|projected[ \t]+to|goal[ \t]+of|guidance"
    r"|hopes?[ \t]+to|plans?[ \t]+to[ \t]+(?:reach|hit|have|grow))\b"
)
# first-person words: a count told by "we" is the count of the company the text is about
_FIRST_PERSON = LazyPattern(r"(?i)\b(?:we|our)\b")


# a sentence that counts users of what does not exist: a merger supposed, a combination's total
_HYPOTHETICAL = LazyPattern(
    r"(?i)^\W*(?:if|were|should|suppose|imagine)\b|\bwere\s+to\s+(?:merge|combine|join)\b"
    r"|\b(?:combined|merged)\s+(?:group|company|entity|business|firm)\s+(?:would|might|could)\b"
)
# a count inside an "if" clause: "To win customers: if X had 200,000 customers and Y had ..."
_IF_CLAUSE_BEFORE = LazyPattern(r"(?i)\bif\s[^,;:.]*+$")


# the marks that open a list item
_BULLETS = frozenset("•▪‣◦●-*–")


# a clause of its own between the company named and the count, its subject a name no extractor
# knew: "X invests in Y as Starward Tactics passes 9 million monthly players"
_OTHER_SUBJECT = LazyPattern(
    r"\b(?:as|while|when|after|since|because)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}"
    r"[ \t]+(?:passes|passed|reaches|reached|tops|topped|hits|hit|has|had|surpasses|surpassed|crosses|crossed)"
    r"[ \t]+(?:\w+[ \t]+)?\Z"
)


def user_count_facts(ctx: Sentence, ents: Entities, topic: str | None = None) -> list[AnyFact]:
    """The sentence's user bases: each user-count slot given to the nearest product or company named
    before it (else the last subject, or ``topic``), with the date it is "as of"."""
    tpl = ctx.tpl
    t = tpl.template
    out: list[AnyFact] = []
    if _HYPOTHETICAL.search(t):
        return out  # "If X and Y were to merge, the combined group would have 19 million customers"
    # what does not depend on the count is read once per sentence, and each count looks only at
    # its neighbours: a sentence of many counts, companies and dates stays linear
    companies = [(p, s) for p, s in slots_of(tpl, "C") if s.name and (s.mention is None or usable(s.mention))]
    company_at = [p for p, _s in companies]
    dated: list[tuple[int, DateMention]] = []  # point dates that may be a count's "as of"
    lately: dict[int, DateMention] = {}  # "last month", "this year": a count's date right after it
    for dpos, dslot in slots_of(tpl, "D"):
        d = dslot.mention
        if not isinstance(d, DateMention) or d.kind != "point":
            continue
        if _SAID_BEFORE.search(t[max(0, dpos - 30) : dpos]) or _FOUNDED_BEFORE.search(
            t[max(0, dpos - 30) : dpos]
        ):
            continue
        if _SINCE_LAUNCH.search(t[max(0, dpos - 40) : dpos]):
            continue  # ("40 million users since its launch in 2019": counted since then, as of now)
        if _AS_OF_BEFORE.search(t[max(0, dpos - 25) : dpos]):
            dated.append((dpos, d))
        elif d.text.casefold().startswith(("last ", "this ")):
            lately[dpos] = d  # ("crossed 40 million users last month": right after the count only)
    dated_at = [dpos for dpos, _ in dated]
    k = 0  # companies[:k] are the ones named before the count
    for pos, slot in slots_of(tpl, "U"):
        uc = slot.mention
        while k < len(companies) and companies[k][0] < pos:
            k += 1
        if not isinstance(uc, UserCountMention):
            continue
        if _DELTA_BEFORE.search(t, max(0, pos - 40), pos) or _AFFECTED_BEFORE.search(
            t, max(0, pos - 40), pos
        ):
            continue  # "added 15.8 million subscribers", "will refund 410,000 customers": no user base
        if _IF_CLAUSE_BEFORE.search(t, max(0, pos - 120), pos):
            continue  # "if X had 200,000 customers, a combined firm might reach ...": no one's count
        if _FORECAST_BEFORE.search(t, max(0, pos - 100), pos):
            continue  # "we expect paid subscribers of about 19.5 million": a target
        if _AFFECTED_AFTER.match(t, t.find("\ue001", pos)) or _DEAL_OBJECT_WITH.search(t, max(0, pos - 120), pos):
            continue
        subject = None
        penalty = False
        product = _PRODUCT_BEFORE_COUNT.search(t, max(0, pos - 100), pos)
        if product is not None and (name := unknown_name(product.group("name"))) is not None:
            subject = name  # "its KilauPay e-wallet counted 38 million registered accounts"
        elif k < len(companies) and _USED_OBJECT.match(t, t.find("\ue001", pos), companies[k][0]):
            # "more than 9,400 clinics ... used Y": Y, the company named after the count, is whose
            # product they use
            subject, penalty = companies[k][1].name, companies[k][1].anaphor
        elif k and (own := _CLAUSE_OWNER.search(t, max(companies[k - 1][0], pos - 90), pos)) and (
            name := unknown_name(own.group("name"))
        ):
            subject, penalty = name, True  # ("Y backs X as Starward Tactics passes 9 million players")
        elif k:
            # nearest mention before the count; a product/site in the same clause beats a company
            p, s = companies[k - 1]
            clause = t[p:pos]
            if s.mention is not None and s.mention.kind == "company":
                j = k - 1
                while j >= 0 and pos - companies[j][0] < 120:  # the last product/site close before it
                    q, r = companies[j]
                    if (
                        r.mention is not None
                        and r.mention.kind in ("product", "site")
                        and ";" not in t[q:pos]
                    ):
                        s = r
                        break
                    j -= 1
            opener = _APPOSITION_OPEN.search(t, max(0, p - 120), p) if "," in clause else None
            if opener is not None:
                # "X, which is backed by Y, has 2 million users": Y stands in an apposition that
                # closed before the count; the users are those of the company before it
                b = bisect.bisect_left(company_at, opener.start(), 0, k - 1)
                if not b:
                    continue  # "The messaging app, which is owned by Y, has ...": a subject no one named
                s = companies[b - 1][1]
            elif k > 1 and _BY_BEFORE.search(t, max(0, p - 40), p) and _AND_HAS.match(t, t.find("\ue001", p)):
                # "X, the group's card arm, is wholly owned by Y and had 7.4 million cardholders": the
                # verbs share their subject, the company that opens the sentence
                q, first = companies[0]
                if first.mention is not None and not first.anaphor and _OPENS_SENTENCE.match(t, 0, q + 1):
                    s = first
            elif k > 1 and _FUNDER_BEFORE.search(t, max(0, p - 12), p) and _AND_CLAIMS.search(t, p, pos):
                # "X raised a Series B led by Y last fall, and says it now has 2.1 million users": the
                # second verb is X's, not the funder's
                q, first = companies[0]
                if first.mention is not None and not first.anaphor and _OPENS_SENTENCE.match(t, 0, q + 1):
                    s = first
            elif k > 1 and _OBJECT_BEFORE.search(t, max(0, p - 8), p) and _ITS_BEFORE.search(t, max(0, pos - 8), pos):
                # "X has partnered with Y to offer wallets to its 22 million customers": "its" is the
                # subject's, not the object's of a preposition
                q, first = companies[0]
                if first.mention is not None and not first.anaphor and _OPENS_SENTENCE.match(t, 0, q + 1):
                    s = first
            if "." in clause and len(clause) > 200:
                s = None  # type: ignore[assignment]
            elif _OTHER_SUBJECT.search(clause) is not None:
                continue  # "X invests in Y as Starward Tactics passes 9 million players": the game's
            if s is not None:
                subject, penalty = s.name, s.anaphor
        if subject is None and (not companies or not k):
            # "Pingle has 260 million daily active users", "Users of the Pingle app reached ...":
            # a name no extractor knew owns the user base (the companies named after the count
            # are no owners: "X now has 9,000 customers, the company says")
            subject = _unknown_owner(t) or _owner_before_count(t, pos) or _used_name_after(t, pos)
            penalty = True
        if subject is None and not _opens_with_unknown_name(tpl):
            # ("Three years ago we had 200,000 customers": the company the text is about)
            first_person = topic is not None and _FIRST_PERSON.search(t, 0, pos) is not None
            # ("• 14.2M registered members": a list item of a deck or a fact sheet is the text's company's,
            # not that of the company an earlier item named)
            listed = topic is not None and t.lstrip()[:1] in _BULLETS
            subject = topic if first_person or listed else ents.prev_subject or topic
            penalty = True
            if subject is not None and any(
                s.name == subject and _PLATFORM_BEFORE.search(t, max(0, p - 12), p) for p, s in companies[k:]
            ):
                subject = None  # "The band has 2 million listeners on X": X is where, not whose
        if subject is None:
            continue
        # the nearest "as of" date: one before the count (distance counted twice) in the same
        # clause within 80 characters, or the first after it, the one before on a tie
        as_of = None
        best = None
        i = bisect.bisect_left(dated_at, pos)
        j = i - 1
        while j >= 0 and pos - dated_at[j] <= 80:
            # a date in an earlier clause is not the count's, nor one in a relative clause or an
            # apposition closed before it ("X, which listed in 2022, said about 2.9 million ...")
            closed = "," in t[dated_at[j] : pos] and _APPOSITION_OPEN.search(t, max(0, dated_at[j] - 80), dated_at[j])
            if not closed and not _CLAUSE_BREAK.search(t, dated_at[j], pos):
                best, as_of = (pos - dated_at[j]) * 2, dated[j][1]
                break
            j -= 1
        if (
            i < len(dated)
            and (best is None or dated_at[i] - pos < best)
            and not _CLAUSE_AFTER.search(t, pos, dated_at[i])
            and not _QUARTER_END_AFTER.match(t, t.find("\ue001", pos))
        ):
            as_of = dated[i][1]
        if as_of is None and lately and (after := t.find("\ue001", pos)) >= 0:
            spaces = _SPACES.get().match(t, after + 1)  # (the date right after the count)
            as_of = lately.get(spaces.end()) if spaces is not None else None
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


def key(f: UserCountFact) -> tuple[Any, ...]:
    """The same subject's same count."""
    return (f.type, f.subject, f.count)
