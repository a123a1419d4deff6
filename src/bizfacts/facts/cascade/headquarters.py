"""The HQ constructions of the cascade, where a company is based, and their builder.

Written over the chunk alphabet of :mod:`bizfacts.facts.cascade.chunks` with the shared pieces of
:mod:`.grammar`, and tried in their place among its constructions
(:func:`bizfacts.facts.cascade.build.sentence_facts` runs them); :func:`headquarters_facts` makes
the fact of a match.

>>> [v.name for v in variants()][:3]
['participle', 'copula-object-relative', 'reference-participle']
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from ..._company_words import company_words
from ..._fact_types import AnyFact, Evidence, HeadquartersFact
from ..._place_table import is_place_name
from ..._spans import CompanyMention
from ..._suffixes import canonical_name, suffix_class
from .chunks import Chunk
from .clauses import Predication
from .gate import institution
from .grammar import (
    _APPOSITION,
    _APPOSITION_BY_PEOPLE,
    _APPOSITION_NO_PARTY,
    _APPOSITION_OF_PARTY,
    _AT,
    _DESCRIPTION_NAMES,
    _LOCATION,
    _PARTY,
    Variant,
    _v,
)
from .names import (
    _countries,
    _firm_nouns,
    _first_place_kind,
    _legal_form,
    _party,
    _place_words,
    _promotable,
    admin_area,
)
from .owned import _name_before
from .status import NoFact, confidence
from .tokens import Token

# a subject relative clause whose verb names other parties: ", which owns A and B,"; an apposition
# naming the subject's owner or rival: ", an Ashby Group company,", ", an Acme rival,"
_CLAUSE_ON_OTHERS = r"(?:,W[vh]{0,2}[VZx][CN](?:,?c[CN]|,[CN]){0,3}(?:[in]D)?,|,Cx,)"
# after a company named in the subject's description: "(an Ashby Group) company"
# ("an Acme Freight rival,": the noun the name modifies, then the apposition's end)
_OWNER_IN_DESCRIPTION = regex.compile(
    r"[ \t]+(?:company|business|unit|subsidiary)\b|[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?[ \t]*[,)]"
)


def variants() -> tuple[Variant, ...]:
    """The HQ constructions, in the order they are tried."""
    return (
        _v(
            "participle",
            "HQ",
            # (a party after a preposition before ", is headquartered" is not the copula's subject:
            # "X, parent of Y, is based in L")
            # (nor a name inside a copula's predicate: "X is a Management Consulting, ... Firm based in L")
            rf"(?:(?<![oiytfrawnspc])|(?!{_PARTY}{_APPOSITION_NO_PARTY},v?b))(?<!b[dxuNPL,~]{{0,8}})"
            rf"(?P<company>{_PARTY}){_APPOSITION_NO_PARTY},{_DESCRIPTION_NAMES}(?<!m)(?<!mb),?Q?(?P<hq>H){_AT}{_LOCATION}",
        ),
        # "Its parent company is X, which is based in L": a company the copula names, then a relative
        # clause of its own (the exclusion above keeps names inside a description from the participle)
        _v("copula-object-relative", "HQ", rf"(?<=b)(?P<company>C),Wv?b?(?P<hq>H){_AT}{_LOCATION}"),
        # "X is a Canadian snack maker, the largest pretzel company, headquartered in L": the copula's
        # second description, a reference to X (the builder checks it is one)
        _v(
            "reference-participle",
            "HQ",
            rf"(?<=b[^CNPVHQSW.;:]{{0,12}},)(?P<company>C),(?P<hq>H){_AT}{_LOCATION}",
        ),
        # "X is a bank holding company headquartered in L", "X will be based in L": X is a subject
        _v(
            "copula",
            "HQ",
            # ("X is a crew of seasoned Y Flight Examiners based in L": a name inside the copula's
            # description, after "of", is no subject; not a verb's object: "X, which bought Y in 2019, is
            # headquartered in L" is X's; "X, which owns A and B, is based in L": a subject relative)
            # ("X (Y AB) is based in L": the name in brackets is X's other name, no subject of its own)
            rf"(?<![oiytfrawnspc:NP~CVZ])(?<!C\()(?<!b[dxuNPL,~]{{0,8}})(?<!bd?x{{0,2}}ox{{0,3}})(?P<company>{_PARTY})"
            rf"(?:{_APPOSITION_NO_PARTY}|{_APPOSITION_OF_PARTY}|{_APPOSITION_BY_PEOPLE}|{_CLAUSE_ON_OTHERS})"
            # (a title-case description: "is an industry-leading Internet Service Provider based in L")
            # ("I passed my Property Law exam and joined X located in L": with no copula, no clause
            # coordinated between the name and the participle)
            rf"(?!m)(?![^.;:bH]{{0,18}}?c[^.;:bH]{{0,12}}?H)b?{_DESCRIPTION_NAMES}(?<!m)(?<!mb),?Q?(?P<hq>H){_AT}{_LOCATION}",
        ),
        # "X will remain headquartered in L" (after a deal): a seat kept is the seat now (the builder
        # reads "remain" or "stay")
        _v(
            "remains", "HQ", rf"(?<![oiytfrawnspc])(?P<company>{_PARTY})m(?P<stay>b)(?P<hq>H){_AT}{_LOCATION}"
        ),
        # "A and B are both based in L", "A and B, which are both headquartered in L,", "A and B, both
        # based in L": two companies share their town (the builder reads "both" and the plural copula)
        _v(
            "coordinated-subjects",
            "HQ",
            rf"(?P<company>{_PARTY})c(?P<other>{_PARTY})(?:b|,?Wb|,)(?P<both>x)?(?P<hq>H){_AT}{_LOCATION}",
        ),
        # "X is a subsidiary of Y and is based in L", "X makes valves and is headquartered in L": the
        # subject's second predicate, coordinated
        _v(
            "coordinated",
            "HQ",
            rf"(?<![oiytfrawnspc:,CN])(?P<company>{_PARTY}){_APPOSITION_NO_PARTY}[bvVxZh][^.;:SW]{{0,12}}?c(?:v?b)?v?(?P<hq>H){_AT}{_LOCATION}",
        ),
        # "X is listed on the TSX and has its head office in L": the subject's second predicate, its own
        # location noun (the builder checks "its")
        _v(
            "coordinated-noun",
            "HQ",
            rf"^(?P<company>{_PARTY}){_APPOSITION_NO_PARTY}[bvVxZh][^.;:SW]{{0,12}}?ch(?P<hq>Q)[ia]{_LOCATION}",
        ),
        # "X's managing partner is P and it is headquartered in L": "it" opening a second clause after
        # "and" (the builder checks the pronoun)
        _v(
            "second-clause-it",
            "HQ",
            rf"(?<=[PNLD%9x]c)(?P<company>C)v?b(?P<hq>H){_AT}{_LOCATION}",
        ),
        # a press release's header after the name: "X Co., Ltd. (Head Office: Minato-ku, Tokyo;
        # President: P)"
        _v(
            "header-field",
            "HQ",
            rf"(?P<company>C)\((?:[^()]{{0,12}}?;)?(?P<hq>Q):{_LOCATION}(?=[;,)])",
        ),
        # "X's main hub is at Y, and its headquarters are in L": "its" of a second clause is the subject's
        _v(
            "coordinated-its",
            "HQ",
            rf"^(?P<company>{_PARTY})[^.;:SW]{{0,16}}?,c(?P<hq>Q)bH?{_AT}{_LOCATION}",
        ),
        _v(
            "fronted",
            "HQ",
            # ("Headquartered in L, a city known for its port, X ...": the place's own apposition)
            # ("Headquartered in Wuxi City of Jiangsu Province, X ...": a town in its province)
            # ("Headquartered in L, the Netherlands, with offices in 14 countries, X ...": the country after
            # its article, then a phrase of the subject's)
            rf"(?:^|[.\"])[^CNP.;]{{0,6}}?(?P<hq>[HQ])[ia](?P<loc>[LN](?:,d?L){{0,3}}|LN?oLN?)(?:,[dw][^,;.CNPVHQ]{{1,12}})?,(?P<company>{_PARTY})",
        ),
        # "X has its headquarters in L", "X (has) moved its headquarters (from L) to L", "X operates from
        # its headquarters in L"
        _v(
            "noun",
            "HQ",
            # "X is a British engineering company with its headquarters in L", "X, a bank with head
            # offices in L" ("X is an Irish holding company with ...": a relational noun's group)
            # ("X said its principal executive offices are located at ..."; "X is a privately held
            # company whose headquarters are in L")
            rf"(?<![oiytfrawnspc])(?P<company>{_PARTY}){_APPOSITION}(?:,W)?(?:b?x(?:[ni]D|iL)?c(?=h))?(?:h|Z|h?v?x|V|S(?:[ni]?D)?|(?:(?:b|,)(?:d[^CNPVHQSW.;:]{{0,8}}?|R)|,)[wW])?"
            # ("moves its head office and its first sewing floor to L": a second object moved with it)
            # ("X said on Monday its headquarters would remain (will stay) in L": a modal before the verb)
            # ("X was incorporated on D and has its registered office at L": a first predicate, then "and")
            # ("moved our head office from L to a renovated mill building in L": the building's town)
            # ("will keep its name and its headquarters in L": a first object coordinated before it;
            # "has offices in A and B and its headquarters in L", "..., with its headquarters in L")
            rf"(?:j?x{{1,2}}(?:i[LN](?:,?c?[LN]){{0,3}})?(?:c|,w))?f?(?P<hq>Q)(?:b?H?[iat]|m[bx]?[ia]|(?:f[LN](?:,L){{0,3}},?)?t(?:Y|d?[xu9-]{{1,6}})V?i(?=L)|f[LN](?:,L){{0,3}},?t"
            rf"|cj?x{{1,4}}t){_LOCATION}",
        ),
        # "... the common stock of X, a Delaware corporation with principal executive offices in L": an
        # apposition's offices, whatever the party it describes is the object of
        # ("all shares of X, a testing company whose principal executive offices are located at ...")
        _v(
            "apposition-noun",
            "HQ",
            rf"(?P<company>{_PARTY}),d[^CNPVHQSW.;:]{{0,8}}?[wW](?P<hq>Q)b?H?[iat]{_LOCATION}",
        ),
        # "X's headquarters are (located) in L"
        # ("Our principal executive offices are located at 410 Elm Street, Suite 9, Austin, Texas")
        # ("We were incorporated in Delaware and our principal executive offices are located in L": a
        # possessive reference after "and" opens a clause of its own)
        _v(
            "possessive-noun",
            "HQ",
            # ("Our corporate headquarters, located in L, consists of ...": the participle set off)
            # ("Its headquarters moved to L in 2019", "X's head office was relocated to L": the town moved
            # to; the builder reads the verb)
            # ("The Company's registered office is 4 Mill Wharf, Leeds": the copula before a street address)
            rf"(?:(?<![oiytfrawnspcV])|(?<=c)(?=CQ))(?P<company>{_PARTY})'?(?P<hq>Q)"
            rf"(?:(?:bH?|,H)[iat]|b?(?P<moved>x)t|b(?=9[CN]{{1,2}},)){_LOCATION}",
        ),
        # "X, the Coventry-based engineering group", "X (AIM: XR), a Vienna-based startup"
        # ("In a filing with the SEC, the Chicago-based concern said": a party closing a fronted phrase
        # takes no apposition unless the main clause's subject follows the description and a comma)
        _v(
            "apposition-adjective",
            "HQ",
            r"(?P<company>[CN])(?:\([^()]{1,8}\))?,d?(?P<loc>L,|N)?(?P<hq>B)"
            r"(?:(?<!^[ip][^,;.]{0,6}[wo][CN](?:\([^()]{1,8}\))?,d?(?:L,|N)?B)|(?=[^SVZ.;]{0,16}?,[CNP]))",
        ),
        # "The Dublin-based lender, X, was founded in 1998": the description before its name's apposition
        _v("adjective-apposition", "HQ", r"(?:^|(?<=[,S]))d?(?P<hq>B)x{1,3},(?P<company>C)(?=[,.(])"),
        # "X is a Dallas based airline", "X, a Reno, Nevada based maker,", "Dallas based X": the adjective
        # written without its hyphen (the builder reads "based" or "headquartered")
        _v(
            "spaced-adjective",
            "HQ",
            r"(?P<company>[CN])(?:\([^()]{1,8}\))?(?:,|b)d(?P<loc>L(?:,L){0,2}),?(?P<hq>H)(?=[xAuRY])"
            r"|(?:^|(?<=[dx,]))(?P<loc>L(?:,L){0,2})(?P<hq>H)(?P<company>C)",
        ),
        # "X is a Basel-based pharmaceutical company"
        _v(
            "copula-adjective",
            "HQ",
            rf"(?<![oiytfrawnspc:])(?P<company>[CN]){_APPOSITION_NO_PARTY}(?:b|,?W[xv]?b)d?(?P<loc>L,|N,?)?(?P<hq>B)",
        ),
        # "X, a Dallas investment firm", "X, a Greensboro, N.C., maker of fabrics": the descriptor's
        # head must be a firm noun (checked by the builder)
        _v(
            "apposition-place",
            "HQ",
            r"(?P<company>[CN])(?:\([^()]{1,8}\))?,d(?P<loc>L(?:,L){0,2}),?(?P<desc>(?:[xAu]{1,2}c)?[xAu]{1,4})(?![xAu'])",
        ),
        # "X is a Denver, Colorado company that makes ...": the same description after a copula
        _v(
            "copula-place",
            "HQ",
            r"(?P<company>[CN])(?:\([^()]{1,8}\))?(?:,[^,;.CNP]{1,12},)?v?bd(?P<loc>L(?:,L){0,2}),?(?P<desc>(?:[xAu]{1,2}c)?[xAu]{1,4})(?![xAu'])",
        ),
        # "X is a software company in Austin, Texas": a firm noun after the copula's "a", then its
        # town (the builder checks the article, the noun and the town)
        _v(
            "copula-in",
            "HQ",
            r"(?<![oiytfrawnspc:])(?P<company>[CN])(?:\([^()]{1,8}\))?(?:,[^,;.CNP]{1,12},)?bd(?P<desc>[xu-]{1,4})i(?P<loc>L(?:,L){0,2})(?![xL'])",
        ),
        # "X, a battery maker from Reno, Nevada, said": the same in an apposition, "in" or "from" the town
        _v(
            "apposition-in",
            "HQ",
            r"(?P<company>[CN])(?:\([^()]{1,8}\))?,d(?P<desc>[xu-]{1,4})[if](?P<loc>L(?:,L){0,2})(?=[,.])",
        ),
        # "Bellweather Bio Inc. of Cambridge, Massachusetts, ...": a company and its town
        # ("Kettering, of Sandusky, Ohio, makes valves": the town in commas)
        _v("of-place", "HQ", r"(?P<company>C)(?:N?|,(?=oL(?:,L){0,2},))o(?P<loc>L(?:,L){0,2})(?!['NL])"),
        # "Tesk Mining (Perth, Australia) said": the company's town and country in brackets
        _v("bracketed-place", "HQ", r"(?P<company>C)\((?P<loc>L(?:,L){0,2})\)"),
        # "to Osterkamp Industrie GmbH, Bielefeld.": a suffixed name and its seat, the German way
        _v("seat", "HQ", r"(?<![,c])(?P<company>C),(?P<loc>L)(?=[.;)]|,[^L]|$)"),
        # "a news conference in Osaka, where the company is based"
        _v("where", "HQ", r"i(?P<loc>L(?:,L){0,3}),W(?P<company>[CN])b?v?(?P<hq>H)(?![iat])"),
        # "X was founded in 1990 in Dublin, where it is still based": "it" is the subject's
        _v(
            "where-it",
            "HQ",
            # ("X was founded in 2009 by A and B in L, where it remains headquartered": its founders between)
            rf"^(?P<company>{_PARTY})[^C.;:]{{0,16}}?i(?P<loc>L(?:,L){{0,3}}),We[bhv]{{0,3}}(?P<hq>H)(?![iat])",
        ),
        # "the Dayton company", "the Bangor, Maine, forest products company": a reference with its town
        # ("the family-owned Kettering maker": a lowercase modifier before the town)
        # ("The Perth miner, Tesk Mining, said": the description set off before the name)
        _v(
            "place-description",
            "HQ",
            r"d(?:x{1,2}(?=L))?(?P<loc>L(?:,L){0,2}),?x{0,3}(?:(?<=x),)?(?P<company>C)",
        ),
        # "X calls Tucson, Arizona home", "X has called L home since 1990"
        _v(
            "calls-home",
            "HQ",
            rf"(?<![oiytfrawnspc])(?P<company>{_PARTY}){_APPOSITION_NO_PARTY}h?(?P<cue>x)(?P<loc>L(?:,L){{0,2}})(?P<hq>Q)",
        ),
        # "Tesk Mining's Perth headquarters": the company's location noun after its town
        _v("possessive-place-noun", "HQ", rf"(?P<company>{_PARTY})'(?P<loc>L(?:,L){{0,2}})(?P<hq>Q)"),
        # "Vienna's Quartzwerk"
        _v("possessive-place", "HQ", r"(?<![oiytfrawnspc'])(?P<loc>L)'(?P<company>C)"),
        # ("The principal executive offices of X are located at 200 North Front Street, Yakima")
        _v("noun-of", "HQ", rf"(?P<hq>Q)o(?P<company>{_PARTY})bH?[ia]{_LOCATION}"),
        # "The address of our principal executive offices is 200 Pine Street, ..., San Francisco"
        _v(
            "address-of",
            "HQ",
            rf"(?<![oiytfrawnspcV])d?(?P<cue>x)o(?P<company>{_PARTY})'?(?P<hq>Q)b{_LOCATION}",
        ),
        # "the Japanese American National Museum in Los Angeles": an institution stands where it is
        _v("institution-in", "HQ", r"(?P<company>C)i(?P<loc>L(?:,L){0,3})"),
        _v("adjective", "HQ", r"(?P<company>[CN])"),
    )


# what goes on with a name after its bracketed town: a legal form ("X (Leeds) Ltd")
_NAME_GOES_ON = regex.compile(r"\)?[ \t]+(?:Ltd|Limited|Inc|Corp|Co|GmbH|AG|SA|Plc|PLC|LLC|BV|NV|Pty)\b")


# the verbs of "X calls L home"
_CALLS = frozenset({"calls", "call", "called", "calling"})
# the location nouns that name a head office after a possessive and a town ("X's Perth headquarters")
_HEAD_OFFICE = frozenset({"headquarters", "hq", "office"})


# "the Coventry-based group": the adjective that closes a place
PLACE_ADJECTIVE = regex.compile(r"[-–](?:based|headquartered)\b")
# what before "-based" names no place: an adverb or a word of the kind ("Broadly-based", "Broad-based")
_NOT_A_PLACE = regex.compile(
    r"(?i)\p{L}+ly|broad|community|home|web|cloud|internet|faith|school|family|science|evidence"
)
_PLURAL_COPULA = regex.compile(r"\b(?:are|were)\b")
# the verbs that take a company's seat to a town ("Its headquarters moved to L")
_MOVED = frozenset({"moved", "relocated", "transferred", "shifted"})
# places that, after "X Corp of", belong to the name ("Imperial Corp of America")
_NAME_PLACES = frozenset({"America", "the Americas"})


def _shared_seat(p: Predication, text: str) -> bool:
    """Whether "A and B ... based in L" places both companies: "both" before the participle, or the
    plural copula of a clause ("A and B are based in L", "A and B, which are headquartered in L")."""
    both = p.places.get("both")
    if both is not None:
        return both.text.casefold() == "both"
    return _PLURAL_COPULA.search(text, p.places["other"].end, p.places["hq"].start) is not None


# an adverb of the past right before "based" or "headquartered" ...
_FORMER_SEAT = regex.compile(r"(?i)\b(?:originally|formerly|previously|once|initially)[ \t]+\Z")
# ... and in the same sentence the seat it has now: "moved (relocated) its headquarters to", "is now based"
_SEAT_NOW = regex.compile(r"(?i)\b(?:moved|relocated|now[ \t]+(?:based|headquartered|located))\b")


def headquarters_facts(
    p: Predication, ev: Evidence, text: str, chunks: Sequence[Chunk] = ()
) -> list[AnyFact]:
    """The headquarters an HQ predication ``p`` of the sentence ``ev`` tells; raises :class:`NoFact`
    with the reason when it tells none (a description that is no firm's, a state of incorporation,
    a place that is part of the name, ...)."""
    company_c = p.places.get("company")
    company, promoted = _party(company_c)
    if not company:
        raise NoFact("no company named (a name was not promoted)")
    if company_c is not None and _OWNER_IN_DESCRIPTION.match(text, company_c.end) and (
        company_c.tokens[0].text.casefold() in ("a", "an")
    ):
        raise NoFact("'X, an Ashby Group company, is based in L': the owner in X's description is not X")
    if promoted and (first := _name_before(p.places.get("company"), chunks)) is not None:
        company = canonical_name(f"{first} {company}") or company  # "Valmer Chemicals Europe": one name
    loc_c = p.places.get("loc")
    hq_c = p.places.get("hq")
    if (
        hq_c is not None
        and _FORMER_SEAT.search(text, max(0, hq_c.end - 40), hq_c.tokens[-1].start)
        and _SEAT_NOW.search(ev.text) is not None
    ):
        # (alone, "originally based in L" is where the company is based as far as the text tells)
        raise NoFact("a seat left for another the sentence names ('originally based in L, it moved to M')")
    if p.variant == "remains" and p.places["stay"].text.casefold() not in ("remain", "stay"):
        raise NoFact("'X will be based in L': a seat to come, not the seat now")
    if p.variant == "address-of" and p.places["cue"].text.casefold() != "address":
        raise NoFact("'The N of X's head office is ...': only its address tells where it is")
    if p.variant == "calls-home" and (
        p.places["cue"].text.casefold() not in _CALLS or p.places["hq"].text.casefold() != "home"
    ):
        raise NoFact("only 'X calls L home' names a seat with a verb before the place")
    if p.variant == "spaced-adjective" and p.places["hq"].text.casefold() not in ("based", "headquartered"):
        raise NoFact("'a Dallas located firm': only 'based' or 'headquartered' makes a place an adjective")
    if p.variant == "reference-participle" and not isinstance(p.places["company"].head[-1].mention, str):
        raise NoFact("a name inside a copula's description ('X is a unit of Y, based in L') may be Y's")
    if p.variant == "coordinated-subjects" and not _shared_seat(p, text):
        raise NoFact("'A and B, based in L': only 'both' or a plural copula says both are based there")
    if p.variant == "second-clause-it" and (company_c is None or company_c.text.casefold() != "it"):
        raise NoFact("a second clause's subject after 'and' that is no 'it' may be a second party")
    if p.variant in ("coordinated-its", "coordinated-noun") and (hq_c is None or hq_c.possessive != "its"):
        raise NoFact("a second clause's location noun without 'its' ('..., and the headquarters are in L')")
    if (moved := p.places.get("moved")) is not None and moved.text.casefold() not in _MOVED:
        raise NoFact("'its headquarters staff went to L': only a verb of moving takes the seat to a town")
    if p.variant in ("apposition-place", "copula-place"):
        lo, hi = p.extents["desc"]
        if text[lo:hi].split()[-1].casefold() not in _firm_nouns():
            raise NoFact("the words after the place name no firm ('a Dallas investment firm')")
        if _legal_form(text[lo:hi]) and _first_place_kind(p.places["loc"]) != "city":
            raise NoFact("a state or country of incorporation ('a Delaware corporation') is no headquarters")
        if p.variant == "copula-place" and _first_place_kind(p.places["loc"]) != "city":
            raise NoFact("'X is a U.S. airline', 'a Texas company': a country or state tells what X is")
    if p.variant == "bracketed-place" and (
        _first_place_kind(p.places["loc"]) != "city" or _NAME_GOES_ON.match(text, p.places["loc"].end + 1)
    ):
        # "Bache Securities (Japan) Ltd", "X (UK)": a country in brackets qualifies the name
        raise NoFact("a country or region in brackets after a name qualifies the name ('X (UK) Ltd')")
    if p.variant in ("copula-in", "apposition-in"):
        lo, hi = p.extents["desc"]
        before = text[max(0, lo - 8) : lo].split()  # (the words right before the description only)
        noun = text[lo:hi].split()[-1].casefold()
        if not before or before[-1].casefold() not in ("a", "an") or noun not in _firm_nouns():
            raise NoFact("'X is the largest bank in L': only 'a' firm noun in a town tells where X is")
        if _first_place_kind(p.places["loc"]) != "city":
            raise NoFact("'X is a software company in Europe': a region or country is where it sells")
    if p.variant == "of-place":
        head = p.places["company"].head[-1].mention
        last = head.text.split()[-1] if isinstance(head, CompanyMention) else ""
        after = p.places["company"].end
        if suffix_class(last) is None and not text.startswith((">", ","), after):
            # "Sumitomo Bank of California", "The Times of Zambia": the place ends the name
            raise NoFact("a name before 'of' without a legal suffix may go on with the place")
        loc_text = text[slice(*p.extents["loc"])]
        words, parts = company_words(), head.text.split()
        if len(parts) == 2 and (parts[0] in words.head or parts[0] in words.generic):
            # "Food Corporation of India", "Steel Corp of Bangladesh": a trade word alone names nothing
            raise NoFact("'X Corp of America', 'X Corp of Europe': the place is part of the company's name")
        if loc_text in _NAME_PLACES or _first_place_kind(p.places["loc"]) == "other":
            # "Imperial Corp of America", "Sumitomo Corp of Europe": the place is part of the name
            raise NoFact("'X Corp of America', 'X Corp of Europe': the place is part of the company's name")
    if p.variant == "seat":
        head = p.places["company"].head[-1].mention
        last = head.text.split()[-1].rstrip(".") if isinstance(head, CompanyMention) else ""
        if suffix_class(last) != "strong" or _first_place_kind(p.places["loc"]) != "city":
            raise NoFact("'X, L' without a legal form before a town may be a list, not a company's seat")
    if p.variant == "institution-in" and not institution(p.places["company"].head[-1].mention):
        raise NoFact("a company 'in L' may only have a branch there (an institution stands where it is)")
    if p.variant == "possessive-place" and text[slice(*p.extents["loc"])] in _countries():
        raise NoFact("a country's company ('Italy's X') is not said to be based there")
    noun = p.places["hq"].text.casefold().split()[-1] if p.variant == "possessive-place-noun" else ""
    if noun and noun not in _HEAD_OFFICE:
        raise NoFact("'X's Dallas offices': a location noun that is no head office names no headquarters")
    if p.variant == "place-description" and not isinstance(p.places["company"].head[-1].mention, str):
        # "the Chicago private equity firm X": a firm noun between the place and the name
        between = text[p.extents["loc"][1] : p.places["company"].start].replace(",", " ").split()
        if not between or between[-1].casefold() not in _firm_nouns():
            raise NoFact("a place before a name, not before a reference ('the Dayton company')")
    if hq_c is not None and hq_c.char == "B":
        # "the Coventry-based group", "a Greensboro, N.C.-based maker": the place as written
        lo = loc_c.head[0].start if loc_c is not None else hq_c.start
        cue = PLACE_ADJECTIVE.search(text, hq_c.start, hq_c.end + 1)
        location = text[lo : cue.start() if cue is not None else hq_c.end]
    elif loc_c is not None:
        lo, hi = p.extents["loc"]
        location = text[lo:hi]
        if (
            loc_c.char == "N"
            and loc_c.head
            and _promotable(loc_c) is None
            and not admin_area(loc_c)
            and loc_c.head[0].text not in _place_words()
        ):
            raise NoFact("the location is not a place")
    else:
        location = p.places["company"].location or ""
    location = location.strip(" ,")
    if not location or location == company:
        raise NoFact("no location")
    if _NOT_A_PLACE.fullmatch(location) and not is_place_name(location):
        raise NoFact("'broadly-based', 'community-based': an adverb or a plain word, no place")
    rule, conf = f"hq/{p.variant}", confidence(promoted)
    fact = HeadquartersFact(evidence=ev, confidence=conf, rule=rule, company=company, location=location)
    other, other_promoted = _party(p.places.get("other"))
    if not other or other == company:
        return [fact]
    return [fact, attrs.evolve(fact, company=other, confidence=confidence(other_promoted))]


def parted_towns(
    tokens: list[Token], tags: str, text: str, start: int, stop: int
) -> tuple[list[Token], str, list[AnyFact]]:
    """The tokens with the town after each firm the companies extractor parted from it ("Tesk
    Mining of Perth": a trade word, "of" and a town) left out, so that the clause reads the firm
    alone ("it and VMS Realty Partners of Chicago have agreed to buy Y"); and the headquarters
    each such town tells."""
    if "CoL" not in tags:
        return tokens, tags, []
    facts: list[AnyFact] = []
    keep: list[Token] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        keep.append(tok)
        mention = tok.mention
        if (
            tok.tag == "C"
            and isinstance(mention, CompanyMention)
            and mention.rule == "firm of town"
            and tags.startswith("oL", i + 1)
        ):
            j = i + 3
            while tags.startswith(",L", j):  # "of Bowling Green, Ky."
                j += 2
            place = text[tokens[i + 2].start : tokens[j - 1].end]
            ev = Evidence(start, stop, text[start:stop])
            hq = "hq/of-place"
            facts.append(
                HeadquartersFact(evidence=ev, confidence=0.75, rule=hq, company=mention.name, location=place)
            )
            i = j
            continue
        i += 1
    return keep, "".join(t.tag for t in keep), facts
