"""Clauses: the metarules that turn a chunk string into predications.

Each construction is written once, as a pattern over the chunk string (see
:mod:`bizfacts.facts.cascade.chunks`), and serves every predicate of the lexicon whose frames
name it: the active, passive, relative and nominal variants of TRANS/NOM predicates
("acquire", "sell", "own"), the appositive and possessive variants of relational nouns
(REL "unit", INV "parent"), the location constructions (HQ) and the title constructions
(executives).  Appositions and parentheticals after a party, reporting clauses ("X said
it ...") and relative pronouns are skipped by shared pieces of pattern, so no variant
spells them out again.

A :class:`Predication` names its predicate, the variant that matched, and the chunks that
fill its places (agent, theme, possessor, the prepositional phrases after the clause).

>>> from bizfacts.facts.cascade.tokens import tokenize
>>> from bizfacts.facts.cascade.chunks import chunk
>>> [(p.predicate, p.variant, p.places["agent"].text, p.places["theme"].text)
...  for p in predications(chunk(tokenize("Brightwave, which Acme Widgets bought in 2019, grew.", 0, [])))]
[('acquire', 'object-relative', 'Acme Widgets', 'Brightwave')]
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from .chunks import Chunk, chunk_string
from .open_class import NEEDS, open_class_predicate, open_frames
from .predicates import predicates

# --- shared pieces ---------------------------------------------------------------------
_PARTY = "[CN]"
# "Acme, Beta and Gamma": a list of parties in one place
_PARTIES = r"[CN](?:,[CN]){0,3}(?:,?c[CN])?"
# a clause's subject: parties, or people ("Leon Marsh bought 5 pct of Y"; the builder keeps a person
# only where a deal's buyer or seller stands)
_SUBJECTS = r"(?:[CNP](?:,[CNP]){0,3}(?:,?c[CNP])?|R)"
# "A group of firms led by (New York investor) X said it ...": the one who leads the group acts
_LED_GROUP = r"(?:(?<![^.\"])dx{1,2}(?:ox{1,3}(?:cx{1,2})?)?[Vx]y(?:N?x{1,2})?(?P<agent>[CNP]))"
# after a party: an apposition (", a maker of widgets,", ", a Belfast, Northern Ireland, oil company,")
# or a parenthetical ("(NYSE: ACM)")
_APPOSITION = r"(?:,(?:[LN],(?=[LNx])|[^,;.]){1,12},|\([^()]{1,8}\))?"
# the same, holding no other party: "X, an internet startup, based in L" (a location participle
# belongs to the nearest party)
_APPOSITION_NO_PARTY = r"(?:,[^,;.CNP]{1,12},|\([^()]{1,8}\))?"
# between a subject and its verb: "said (Monday) (that) it", "announced it", ", which", "on Monday"
# ("X said it and Y agreed to buy Z": Y is a second agent)
# ("X told the Securities and Exchange Commission (SEC) it bought": the one told is no party)
_BRIDGE = r"(?:[Dv]{0,2}[SZ](?:[Dnv9x]|C(?:\(C\))?){0,3}W?(?:e(?:c(?P<co>[CN]))?|jx(?:ox)?(?=[VZ]))|,?W|n?D,?|v)?"
# a reporting clause and the start of what it reports: "said (Monday) (that) it", "said its board"
_REPORTED = r"[Dv]{0,2}S[Dnv9x]{0,3}W?(?=[ej])"
# what may stand for a verb's object: a party, "a 20 pct stake in Y", "20 pct of Y", "Y's unit"
_THEME = (
    r"(?:(?:x?d?x{1,3}o(?=[jux]?[CN]))?(?:j(?=N)|u(?=[CN])|u?x{1,3}(?=C))?(?P<theme>[CN])(?!')"
    r"|(?:xt)?(?P<stake>K)(?:,c?(?P<pct>%),?)?(?:eV)?[io](?:x{0,2}[oi])?(?P<theme>[CN])"
    r"|9x?(?P<theme>C)(?P<stake>K)(?:,?c(?P<pct>%))?"
    r"|(?P<unit>[RY]),?(?P<theme>C)"
    r"|(?P<unit>[RY]),(?P<theme>N)"
    r"|(?:d?x{0,2}o)?d?(?P<asset>Y)(?:c[YRx])?o(?:j?(?P<theme>[CN])|(?P<unit>R))"
    r"|(?P<asset>Y)"
    r"|p?(?P<stake>%)o(?:d?x{0,3}o)?(?P<theme>[CN])"
    r"|(?:d?x{1,2}o)?(?:(?P<possessor>[CN])')?(?P<unit>R))"
)
_LOCATION = r"d?(?P<loc>[LN](?:,L){0,3})"
# a descriptor before a name in an object place: "of (global resort developer) Acme", "of Germany's Acme"
_DESC = r"(?:x{0,3}|L')"
# the same, up to two dozen chunks long and after a parenthetical: "X (NYSE: X), a startup whose
# software lets robots share one map, has raised ..."
_LONG_APPOSITION = r"(?:\([^()]{1,8}\))?(?:,(?:[LN],(?=[LNx])|[^,;.]){1,24},|\([^()]{1,8}\))?"
# a descriptor before a party after a preposition: "with Japanese carmaker X", "with Japan's X"
_PARTY_DESC = r"(?:d?[xLu9B-]{0,6}|L')"
# a wire's ticker after a name ("GTE Corp <GTE>"), a company's town ("X of Osaka, Japan,")
_TICKER = r"(?:(?<=C)N)?"
_PLACE_OF = r"(?:oL(?:,L){0,2},?)?"
# a reporting clause with its circumstances before what it reports: "said (in a statement) (on)
# Monday (that) it", "said its"
_SAID = r"(?:[Dv]{0,2}S(?:[iny]d?x{1,3})?[Dnv9x]{0,3}W?(?:e|j(?=[xA]))?)"
# a first verb phrase of the subject, naming no party, before "and" and the construction's verb:
# "X was founded in 2021 and raised $5 mln"
_FIRST_VP = r"(?:[bhmv]{0,2}[xZ][^.;:CNPVAW]{0,5}?cv?)"
# the words between a clause's subject and a symmetric noun: "announced on Monday a capital and
# business alliance", "today announced the formation of a joint venture", "signed an MoU", "agreed
# in principle on a joint venture", "entered into an equally owned joint venture"
_SYM_RUN = r"(?:[hmbvGtxZdnDoipu9R]|c(?=[xR])|(?<=[dx])V(?=A)){0,8}"
# what a copula's subject is said to be before the construction's own words: "is a $7 billion bank
# holding company (that is) ...", "is a 100% stand-alone company and ..."
_DESCRIPTION = r"(?:[^CNPVHQSW.;:]{0,18}?(?:W[xv]?b|c)?)?"
# the same, where unknown capitalized words may stand: "X, a developer of Internet security software
# based in L"
_DESCRIPTION_NAMES = r"(?:[^CPVHQSW.;:]{0,18}?(?:W[xv]?b|c)?)?"
# a description before a title: "is an Italian businessman, chairman of A, and the current"
_TITLE_DESCRIPTION = r"(?:[^CPVTHQ.;:]{0,14}?)"
_IS_TITLE = r"(?:b|,?W[xv]?b|[hv]{0,2}[xZ]s|b?[xZ]s|v?[xZ]s)"
# a descriptor before a name after a preposition, determiner included: "for the largest online job site X"
_OBJ_DESC = r"(?:d?(?:x|c(?=x)){0,6}|L')"
# the verb between a subject and what it is: "is", ", which is now", "operates as", "was set up in 1991 as"
_IS = r"(?:,|,?W[xv]?b|b|[xZ]s|b[xZ]?s|b?[xZ][inDL9]{0,3}s|[hv]{0,2}xs)"


@attrs.frozen
class Variant:
    """One construction: its name, the frame class it serves and its pattern."""

    name: str
    frame: str
    pattern: regex.Pattern[str]
    voice: str | None = None  # the verb group's voice it needs, if any


def _v(name: str, frame: str, pattern: str, voice: str | None = None) -> Variant:
    return Variant(name, frame, regex.compile(pattern), voice)


@functools.cache
def variants() -> tuple[Variant, ...]:
    """Every construction, compiled once."""
    # an agent is a clause's subject: never the object of a preposition or of "require X to"
    # ("X and two affiliated funds said they ...": the unnamed partners are no party)
    a, t = rf"(?<![wfO])(?<!ec)(?<![CNLP],)(?:(?P<agent>{_SUBJECTS})|{_LED_GROUP})(?:c[x9]{{1,3}}(?=S))?", _THEME
    return (
        # TRANS: a predicate verb with its subject and object
        _v("active", "TRANS", rf"{a}{_APPOSITION}{_BRIDGE}(?P<verb>V)v?{t}", "active"),
        _v(
            "passive",
            "TRANS",
            rf"(?P<theme>{_PARTY}){_APPOSITION}{_BRIDGE}(?P<verb>V)[vD9x]{{0,2}}y{a}",
            "passive",
        ),
        _v(
            "passive-no-agent",
            "TRANS",
            rf"(?P<theme>{_PARTY}){_APPOSITION}{_BRIDGE}(?P<verb>V)(?!y)",
            "passive",
        ),
        _v("object-relative", "TRANS", rf"(?P<theme>{_PARTY}),W{a}(?P<verb>V)", "active"),
        _v("reduced-relative", "TRANS", rf"(?P<theme>{_PARTY}),?(?P<verb>V)[vD]?y{a}", "participle"),
        # NOM: the predicate's noun
        _v(
            "for-price",
            "TRANS",
            rf"{a}{_APPOSITION}{_BRIDGE}(?P<verb>V)[^CN.;V]{{0,6}}?(?P<price>M)(?:i?x|d?x{{1,2}})?(?P<prep>r){t}",
            "active",
        ),
        _v("possessive", "NOM", rf"{a}'(?P<noun>A)D?(?P<prep>[or]){t}"),
        _v("light-verb", "NOM", rf"{a}{_APPOSITION}{_BRIDGE}(?:G(?:ix)?t)?(?P<verb>Z)(?P<noun>A)(?P<prep>[or]){t}"),
        _v("nominal-by", "NOM", rf"(?P<noun>A)(?P<prep>[or]){t}y[ux]{{0,2}}{a}"),
        # "X said it will proceed with its proposed acquisition of Y": "its" is the subject's
        _v(
            "its-noun",
            "NOM",
            rf"{a}{_APPOSITION}(?:{_BRIDGE}[xwvmb]{{0,3}}|[Dv]{{0,2}}SW?)(?P<noun>A)(?P<prep>[or]){t}",
        ),
        # "X said its shareholders will vote on the sale of its Y unit to Z": the noun deeper in the
        # subject's reported clause (past another party only when the noun is "its": see _predicate)
        _v(
            "subject-noun",
            "NOM",
            rf"(?<!C){a}{_APPOSITION}{_REPORTED}(?!e?(?:G(?:ix)?t)?[hvm]{{0,2}}Z?[xwvmbd]{{0,3}}A)[^NVAy.;]{{1,12}}?(?P<noun>A)(?P<prep>[or]){t}(?!y)",
        ),
        # "X said it received an offer from Y", "X said its board rejected a takeover bid by Y":
        # a bid told from the target's side; the reporting subject is the theme
        _v(
            "target-subject",
            "NOM",
            rf"(?<![wfOC])(?P<theme>{_PARTY}){_APPOSITION}{_REPORTED}[^CNVA.;]{{0,8}}?"
            rf"(?P<noun>A)G?(?:e[xv]{{1,2}})?(?P<prep>[yf]){_OBJ_DESC}T?(?P<agent>[CNP])(?!'|o[CN])",
        ),
        # REL: a relational noun naming the asset; INV: one naming the owner
        _v(
            "apposition",
            "REL",
            rf"(?P<asset>{_PARTY}){_APPOSITION}(?:,|b{_DESCRIPTION}|[xZ]s|b[xZ]?s)v?(?P<rel>R)o(?P<owner>{_PARTY})",
        ),
        # "As a subsidiary of X, Y is ...", "A unit of X since 2001, Y makes ..."
        _v(
            "fronted",
            "REL",
            rf"(?:^|[.\"])[sp]?(?P<rel>R)o{_OBJ_DESC}(?P<owner>{_PARTY})(?:,[^,;.CNP]{{1,12}})?,(?P<asset>{_PARTY})(?=[bvVxZhm])",
        ),
        _v("possessive", "REL", rf"(?P<owner>{_PARTY})'(?P<rel>R),?(?P<asset>{_PARTY})"),
        _v("possessive-inner", "REL", rf"(?P<owner>{_PARTY})'(?P<rel>R)"),
        _v("its", "REL", r"(?P<rel>R),?(?P<asset>[CN])"),
        _v("its-inner", "REL", r"(?P<rel>R)"),
        _v(
            "apposition",
            "INV",
            rf"(?P<owner>{_PARTY}){_APPOSITION}{_IS}v?(?P<rel>R)[ort]{_DESC}(?P<asset>{_PARTY})",
        ),
        _v(
            "possessive-predicate",
            "INV",
            rf"(?P<owner>{_PARTY}){_APPOSITION}{_IS}(?P<asset>{_PARTY})'(?P<rel>R)",
        ),
        _v("possessive", "INV", rf"(?P<asset>{_PARTY})'(?P<rel>R)(?:b|,)?(?P<owner>{_PARTY})"),
        _v("whose", "INV", rf"(?P<asset>{_PARTY}),W(?P<rel>R)b(?P<owner>{_PARTY})"),
        # "X has a 24 pct stake in Y": a present "have" with a stake is ownership
        _v(
            "has-stake",
            "HAS",
            rf"{a}{_APPOSITION}{_BRIDGE}v?(?P<have>h)(?P<stake>K)[io](?:x{{0,2}}o)?(?P<theme>[CN])",
        ),
        _v("owned-by", "OWNED", rf"(?P<asset>{_PARTY}){_APPOSITION},?W?b?v?uy{_DESC}(?P<owner>{_PARTY})"),
        # SYM: a symmetric predicate, every party named a party ("X partnered with Y", "X and Y
        # formed a joint venture", "a venture between X and Y"; data/predicates.tsv)
        _v(
            "with",
            "SYM",
            rf"{a}{_TICKER}{_LONG_APPOSITION}(?:{_BRIDGE}|{_SAID})(?P<verb>V)(?:[^.;:CNPVAW]{{0,5}}?(?P<prep>w))?{_PARTY_DESC}(?P<theme>[CN])",
        ),
        _v(
            "light-verb",
            "SYM",
            rf"{a}{_TICKER}{_LONG_APPOSITION}(?:{_BRIDGE}|{_SAID}){_SYM_RUN}(?P<noun>[AGN])(?:c[xA]{{1,2}}|x{{1,2}})?(?P<prep>w)"
            rf"{_PARTY_DESC}(?P<theme>[CN])",
        ),
        _v(
            "coordinated",
            "SYM",
            rf"(?<![wfOpoiytranps][dxuL'9B-]{{0,5}})(?<!ec)(?P<agent>{_PARTY}{_TICKER}(?:,{_PARTY}{_TICKER}){{0,3}})"
            rf"{_LONG_APPOSITION}{_PLACE_OF},?c{_PARTY_DESC}(?P<partner>{_PARTY}){_TICKER}{_LONG_APPOSITION}{_PLACE_OF}"
            rf"(?:{_BRIDGE}|{_SAID})(?:[hmbvGt]{{0,3}}(?P<verb>V)|{_SYM_RUN}(?P<noun>[AGN]))",
        ),
        _v(
            "between",
            "SYM",
            rf"(?P<noun>[AGN])(?P<prep>[po])(?:d?[x9uN-]{{1,4}},)?{_PARTY_DESC}(?P<agent>{_PARTY}{_TICKER}(?:,{_PARTY}{_TICKER}){{0,3}}),?c"
            rf"{_PARTY_DESC}(?P<theme>{_PARTY})",
        ),
        _v("possessive", "SYM", rf"(?P<agent>{_PARTY})'(?P<noun>[AGN])(?P<prep>w){_PARTY_DESC}(?P<theme>[CN])"),
        # FUND: money put into a company (the builder reads the amount, round and investors around it)
        _v(
            "active",
            "FUND",
            rf"{a}{_TICKER}{_LONG_APPOSITION}(?:{_BRIDGE}|{_SAID}|{_FIRST_VP})(?P<verb>V)[vxd]{{0,2}}(?P<amount>M)?(?:(?P<prep>[ip]){_PARTY_DESC}(?P<theme>[CN]))?",
            "active",
        ),
        _v(
            "passive",
            "FUND",
            rf"(?P<theme>{_PARTY}){_LONG_APPOSITION}{_BRIDGE}(?P<verb>V)(?P<prep>[ip])y{_PARTY_DESC}{a}",
            "passive",
        ),
        _v(
            "object-relative",
            "FUND",
            rf"(?P<theme>{_PARTY}),(?P<prep>[ip])W{a}(?P<verb>V)[vxd]{{0,2}}(?P<amount>M)?",
            "active",
        ),
        _v(
            "light-verb",
            "FUND",
            rf"{a}{_TICKER}{_LONG_APPOSITION}(?:{_BRIDGE}|{_SAID})[hmbvGt]{{0,3}}(?P<verb>[ZV])d?(?P<amount>M)?N?(?P<noun>A)"
            rf"(?:(?P<prep>[ip]){_PARTY_DESC}(?P<theme>[CN]))?",
        ),
        _v(
            "possessive",
            "FUND",
            rf"(?P<agent>{_PARTY})'(?P<noun>A)(?:(?P<prep>[ip]){_PARTY_DESC}(?P<theme>[CN]))?",
        ),
        # "and make a $40 million equity investment in Y": the investor is the sentence's subject
        _v("noun-in", "FUND", rf"(?<!')(?P<noun>A)(?P<prep>[ip]){_PARTY_DESC}(?P<theme>[CN])"),
        # HQ: where a company is based
        _v(
            "participle",
            "HQ",
            rf"(?P<company>{_PARTY}){_APPOSITION_NO_PARTY},{_DESCRIPTION_NAMES}(?<!m)(?<!mb),?Q?(?P<hq>H)[ia]{_LOCATION}",
        ),
        # "X is a bank holding company headquartered in L", "X will be based in L": X is a subject
        _v(
            "copula",
            "HQ",
            rf"(?<![oiytfrawnspc:])(?P<company>{_PARTY}){_APPOSITION_NO_PARTY}(?!m)b?{_DESCRIPTION}(?<!m)(?<!mb),?Q?(?P<hq>H)[ia]{_LOCATION}",
        ),
        _v(
            "fronted",
            "HQ",
            rf"(?:^|[.\"])[^CNP.;]{{0,6}}?(?P<hq>H)[ia](?P<loc>[LN](?:,L){{0,3}}),(?P<company>{_PARTY})",
        ),
        _v(
            "noun",
            "HQ",
            rf"(?<![oiytfrawnspc])(?P<company>{_PARTY}){_APPOSITION}(?:,W)?(?:h|Z|x|V)?(?P<hq>Q)b?[iat]{_LOCATION}",
        ),
        _v("possessive-noun", "HQ", rf"(?P<company>{_PARTY})'(?P<hq>Q)b[ia]{_LOCATION}"),
        # "X, the Coventry-based engineering group", "X (AIM: XR), a Vienna-based startup"
        _v("apposition-adjective", "HQ", r"(?P<company>[CN])(?:\([^()]{1,8}\))?,d?(?P<loc>L,|N)?(?P<hq>B)"),
        # "X is a Basel-based pharmaceutical company"
        _v(
            "copula-adjective",
            "HQ",
            rf"(?<![oiytfrawnspc:])(?P<company>[CN]){_APPOSITION_NO_PARTY}(?:b|,?W[xv]?b)d?(?P<loc>L,|N)?(?P<hq>B)",
        ),
        # "X, a Dallas investment firm", "X, a Greensboro, N.C., maker of fabrics": the descriptor's
        # head must be a firm noun (checked by the builder)
        _v(
            "apposition-place",
            "HQ",
            r"(?P<company>[CN])(?:\([^()]{1,8}\))?,d(?P<loc>L(?:,L){0,2}),?(?P<desc>[xAu]{1,4})(?![xAu'])",
        ),
        # "Bellweather Bio Inc. of Cambridge, Massachusetts, ...": a company and its town
        _v("of-place", "HQ", r"(?P<company>C)N?o(?P<loc>L(?:,L){0,2})(?!['NL])"),
        # "a news conference in Osaka, where the company is based"
        _v("where", "HQ", r"i(?P<loc>L(?:,L){0,3}),W(?P<company>[CN])b?v?(?P<hq>H)(?![iat])"),
        # "the Dayton company", "the Bangor, Maine, forest products company": a reference with its town
        _v("place-description", "HQ", r"d(?P<loc>L(?:,L){0,2}),?x{0,3}(?P<company>C)"),
        # "Vienna's Quartzwerk"
        _v("possessive-place", "HQ", r"(?<![oiytfrawnspc'])(?P<loc>L)'(?P<company>C)"),
        _v("noun-of", "HQ", rf"(?P<hq>Q)o(?P<company>{_PARTY})b[ia]{_LOCATION}"),
        _v("adjective", "HQ", r"(?P<company>[CN])"),
        # executives: a person, a title and a company
        _v(
            "apposition",
            "TITLE",
            rf"(?P<person>[PN]){_APPOSITION},(?P<title>T)[oar]{_OBJ_DESC}(?P<company>[CN])",
        ),
        # "met with Olwen Brask CEO of X": a known person's title without its comma
        _v("apposition-bare", "TITLE", rf"(?P<person>P)(?P<title>T)[oar]{_OBJ_DESC}(?P<company>[CN])"),
        _v(
            "copula",
            "TITLE",
            rf"(?P<person>[PN]){_APPOSITION}{_IS_TITLE}{_TITLE_DESCRIPTION}(?P<title>T)(?:c[Rx])?[oar]{_OBJ_DESC}(?P<company>[CN])",
        ),
        # "P is chief technical officer of A and chief executive of B": the second title of a pair
        _v(
            "copula-second",
            "TITLE",
            rf"(?P<person>[PN]){_APPOSITION}{_IS_TITLE}{_TITLE_DESCRIPTION}T[oar]{_OBJ_DESC}[CN]{{1,2}},?c(?P<title>T)[oar]{_OBJ_DESC}(?P<company>[CN])(?!N)",
        ),
        _v(
            "possessive-predicate",
            "TITLE",
            rf"(?P<person>[PN]){_APPOSITION}{_IS_TITLE}(?P<company>[CN])'(?P<title>T)",
        ),
        _v("possessive", "TITLE", r"(?P<company>[CN])'(?P<title>T),?(?P<person>[PN])"),
        _v("premodifier", "TITLE", r"(?P<company>[CN])(?P<title>T),?(?P<person>[PN])"),
        _v("title-of", "TITLE", r"(?P<title>T)[oa](?P<company>[CN]),(?P<person>[PN])"),
        _v("possessive-apposition", "TITLE", r"(?P<person>[PN]),(?P<company>[CN])'(?P<title>T)"),
        _v("whose", "TITLE", r"(?P<company>[CN]),W(?P<title>T)b(?P<person>[PN])"),
        _v(
            "led-by-apposition",
            "TITLE",
            rf"(?P<company>[CN]){_APPOSITION}b?v?xy(?P<person>[PN]),(?P<title>T)",
        ),
        _v(
            "led-by",
            "TITLE",
            rf"(?P<company>[CN]){_APPOSITION}(?:b?[xv]{{1,2}}[iaD9]{{0,3}}c)?b?[xv]{{1,2}}y[^.;CNP]{{0,3}}?(?P<title>T),?(?P<person>[PN])",
        ),
    )


@attrs.frozen
class Predication:
    """A predicate with the chunks that fill its places.

    ``places`` maps a place name (agent, theme, possessor, unit, stake, noun, verb, rel,
    owner, asset, company, loc, hq, person, title, partner, amount, prep) to its chunk; ``agents`` lists every
    party of a coordinated agent; ``pps`` the prepositional phrases after the clause
    (preposition -> chunk).
    """

    predicate: str
    frame: str
    variant: str
    places: dict[str, Chunk] = attrs.field(hash=False)
    agents: tuple[Chunk, ...] = ()
    pps: dict[str, Chunk] = attrs.field(factory=dict, hash=False)
    trigger: Chunk | None = None
    # character offsets of every place's whole extent ("Newark, Ohio" for a place chain)
    extents: dict[str, tuple[int, int]] = attrs.field(factory=dict, hash=False)
    start: int = 0  # the first and one past the last chunk index of the match
    end: int = 0


# location constructions with no location word: a "-based" adjective, a place before or after a name
_HQ_WITHOUT_TRIGGER = frozenset(
    {
        "adjective",
        "apposition-adjective",
        "copula-adjective",
        "apposition-place",
        "of-place",
        "possessive-place",
        "place-description",
    }
)

_PREP_NAMES = {"f": "from", "t": "to", "r": "for", "y": "by", "i": "in", "a": "at"}


def _pps(chunks: Sequence[Chunk], s: str, pos: int) -> dict[str, Chunk]:
    """Prepositional phrases from ``pos`` to the end of the clause: "from Z", "to Z", "for $5 mln"."""
    out: dict[str, Chunk] = {}
    i = pos
    n = len(s)
    while i < n - 1 and s[i] not in ";.VZW" and i - pos < 14:
        prep = _PREP_NAMES.get(s[i])
        if prep is not None:
            j = i + 1
            while j < n and s[j] in "xv9p" and j - i < 4:  # "for about $5 mln", "from its parent Z"
                j += 1
            if j < n and s[j] in "CNMP" and prep not in out:
                out[prep] = chunks[j]
        i += 1
    return out


@functools.cache
def _frame_predicates(frame: str) -> frozenset[str]:
    return frozenset(p.name for p in predicates().values() if frame in p.frames)


def _predicate(v: Variant, places: dict[str, Chunk], party_between: bool = False) -> str | None:
    """The predicate a match of ``v`` whose places are ``places`` states, or None when its trigger
    does not serve the construction (a verb of another frame, the wrong voice, "its" missing, ...).
    ``party_between``: a party stands between a subject-noun match's subject and its noun."""
    frame = v.frame
    if v.name == "target-subject":
        noun = places["noun"]
        if noun.predicate not in _frame_predicates("NOM"):
            return None
        if predicates()[noun.predicate or "bid"].roles.get("agent") != "acquirer":
            return None  # "the sale by Y": Y sells
        return noun.predicate
    if frame in ("TRANS", "NOM"):
        trigger_chunk = places["verb"] if frame == "TRANS" else places["noun"]
        wants_for = trigger_chunk.predicate in _frame_predicates("FOR")
        prep = places.get("prep")
        if (prep is not None and (prep.char == "r") != wants_for) or (prep is None and wants_for):
            return None  # "a bid for Y", "paid $5 mln for Y"; "the acquisition of Y"
    if frame == "TRANS":
        verb = places["verb"]
        if verb.predicate not in _frame_predicates("TRANS"):
            return None
        if v.voice == "participle":
            if verb.form not in ("past", "part") or len(verb.tokens) > 1:
                return None
        elif v.voice and verb.voice != v.voice:
            return None
        return verb.predicate
    if frame == "NOM":
        noun = places["noun"]
        if noun.predicate not in _frame_predicates("NOM"):
            return None
        if v.name == "its-noun" and noun.possessive not in ("its", "their"):
            return None
        if v.name == "subject-noun" and party_between and noun.possessive not in ("its", "their"):
            return None  # "X said Y agreed to the sale of Z": the noun may be Y's; "its" is X's
        return noun.predicate
    if frame in ("REL", "INV"):
        rel = places["rel"]
        pred = predicates().get(rel.predicate or "")
        if pred is None or frame not in pred.frames:
            return None
        if v.name.startswith("its") and rel.possessive not in ("its", "their"):
            return None
        if v.name.endswith("inner") and not rel.inner:
            return None
        return pred.name
    if frame == "OWNED":
        return "own"
    if frame == "HAS":
        if places["have"].tokens[0].text.casefold() not in ("has", "have"):
            return None  # "had a stake": a past holding
        return "own"
    if frame == "HQ":
        if v.name == "adjective" and places["company"].location is None:
            return None
        return "hq"
    if frame in ("SYM", "FUND"):
        return open_class_predicate(v, places)
    return "executive"


def predications(chunks: Sequence[Chunk]) -> list[Predication]:
    """Every predication the constructions find in one sentence's chunks."""
    s = chunk_string(chunks)
    out: list[Predication] = []
    has = s.__contains__
    # "Chicago-based Acme": the only chunks the "adjective" variant takes (a cheap test first)
    located = any(c.location is not None for c in chunks)
    named: frozenset[str] | None = None  # the SYM and FUND frames whose words the sentence holds
    # the other constructions read a verb of no TRANS predicate ("received", "partnered with") as a
    # plain word, as they did before the lexicon named it
    trans = _frame_predicates("TRANS")
    plain = s
    if any(c.char == "V" and c.predicate not in trans for c in chunks):
        plain = "".join("x" if c.char == "V" and c.predicate not in trans else c.char for c in chunks)
    for v in variants():
        frame = v.frame
        if frame == "TRANS" and not has("V"):
            continue
        if frame == "NOM" and not has("A"):
            continue
        if frame in ("REL", "INV") and not has("R"):
            continue
        if frame == "OWNED" and not has("u"):
            continue
        if frame == "HAS" and not (has("h") and has("K")):
            continue
        if frame == "HQ" and not (has("H") or has("Q") or v.name in _HQ_WITHOUT_TRIGGER):
            continue
        if frame == "TITLE" and not has("T"):
            continue
        if v.name == "adjective" and not located:
            continue
        if frame in ("SYM", "FUND"):
            if named is None:
                named = open_frames(chunks)
            if frame not in named or not all(map(has, NEEDS[frame, v.name])):
                continue
        cs = s if frame in ("SYM", "FUND") else plain
        for m in v.pattern.finditer(cs, overlapped=True):
            places = {name: chunks[m.start(name)] for name, span in m.groupdict().items() if span}
            # the construction's own tests first (all tests here are pure: their order changes nothing)
            between = v.name == "subject-noun" and "C" in cs[m.end("agent") : m.start("noun")]
            predicate = _predicate(v, places, between)
            if predicate is None:
                continue
            if any(
                c.char == "N"
                and m.end(name) < len(cs)
                and cs[m.end(name)] == "x"
                and (c.tokens[0].tag == "d" or name in ("theme", "asset", "owner"))
                for name, c in places.items()
            ):
                continue  # "the Red Lake mine", "buys Dresden valve maker": capitalized words modifying a noun
            if any(
                c.char == "N" and m.start(name) > 0 and cs[m.start(name) - 1] == "T"
                for name, c in places.items()
                if name not in ("person",)
            ):
                continue  # "chairman Zhou Mingyu owns ...": a name after a title is a person's
            extents = {name: (chunks[m.start(name)].start, chunks[m.end(name) - 1].end) for name in places}
            trigger = places.get("verb") or places.get("noun") or places.get("rel") or places.get("hq")
            agents: tuple[Chunk, ...] = ()
            if "agent" in places:
                lo, hi = m.span("agent")
                agents = tuple(chunks[i] for i in range(lo, hi) if cs[i] in "CNPR")
                if "co" in places:
                    agents += (places.pop("co"),)
                places["agent"] = agents[0]
            out.append(
                Predication(
                    predicate,
                    frame,
                    v.name,
                    places,
                    agents,
                    _pps(chunks, cs, m.end()),
                    trigger,
                    extents,
                    m.start(),
                    m.end(),
                )
            )
    return out
