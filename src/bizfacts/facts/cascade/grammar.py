"""The grammar of the cascade: the constructions as patterns over the chunk string.

Each construction is written once (see :mod:`bizfacts.facts.cascade.chunks` for the chunk
alphabet) and serves every predicate of the lexicon whose frames name it.  The shared pieces
(appositions, reporting clauses, the object place) are spelled here once; the constructions of
the ownership relations (REL, INV, HAS, OWNED) live in :mod:`.relations`, those of the HQ, VALUE,
LIST and company-less TITLE frames in :mod:`.headquarters`, :mod:`.valuation`, :mod:`.listing` and
:mod:`.executive`.  :mod:`.clauses` matches them and reads the places they fill.

>>> [v.name for v in variants() if v.frame == "MERGE"][:3]
['with', 'together', 'into']
"""

from __future__ import annotations

import functools

import attrs
import regex

from .needs import needs_in_order

# --- shared pieces ---------------------------------------------------------------------
_PARTY = "[CN]"
# "Acme, Beta and Gamma": a list of parties in one place
_PARTIES = r"[CN](?:,[CN]){0,3}(?:,?c[CN])?"
# a clause's subject: parties, or people ("Leon Marsh bought 5 pct of Y"; the builder keeps a person
# only where a deal's buyer or seller stands)
# ("X and its insurance subsidiaries said they ...": the units named after the party act with it)
_SUBJECTS = r"(?:[CNP](?:,[CNP]){0,3}(?:,?c[CNP])?(?:cR)?|R)"
# "A group of firms led by (New York investor) X said it ...": the one who leads the group acts
# ("A consortium led by investment firm X and entrepreneur P completed its purchase": the first leader;
# "..., as a consortium led by X completed": after a subordinating "as"; "A consortium led by X and
# including Y agreed to buy": the members listed after the leader)
_LED_GROUP = (
    r"(?:(?<![^.\"s])(?:dx{1,2}|A)(?:ox{1,3}(?:cx{1,2})?)?[Vx]y(?:N?x{1,2})?(?P<agent>[CNP])"
    r"(?:c(?:L-)?(?:N?x{1,2})?[CNP]|,?c?p[CNP](?:,[CNP]){0,3}(?:,?c[CNP])?)?)"
)
# "by an investor group (of firms) led by X": the one who leads the group acts
# ("backed by investors including X and Y": the first of those included acts)
# ("owned by the Brandt family and Seacoast Capital": the company after a family)
_BY_GROUP = r"(?:d?x{1,2}(?:ox{1,3})?xy|x{1,2}p(?=[CN])|d?[PN]xc(?=d?x{0,3}[CN]))?"
# after a party: an apposition (", a maker of widgets,", ", a Belfast, Northern Ireland, oil company,")
# or a parenthetical ("(NYSE: ACM)")
# ("X Co., Ltd. (Head Office: Minato-ku, Tokyo; President: P) today announced": a press release's
# header in parentheses)
# ("X (NYSE: XX), a provider of freight services, said": a ticker, then an apposition)
# ("P, Vice-President, Finance, will serve as": a title and its department)
# ("Acme Widgets of Dayton, Ohio, said it bought Y": the party's town after "of", then its verb)
# ("X, which pools the shares of P, his wife R and their children, owns 70%": a relative clause with
# a list in it, to the comma before the main verb; "P, 52, currently COO, will become": an age first)
_APPOSITION = (
    r"(?:oL(?:,L){0,2}(?:,(?=[SZVhmbvnDW]))?)?(?:\([^()]{1,14}\)(?=,))?"
    r"(?:,9(?=,[^,;.]{1,16},))?(?:,(?:[LN],(?=[LNxB])|T,(?=N,)|[^,;.]){1,16},|,W[^;.VACS]{1,20}?,(?=[hmvb]{0,3}V)|\([^()]{1,14}\))?"
)
# the same, holding no other party: "X, an internet startup, based in L" (a location participle
# belongs to the nearest party)
# ("X, which was founded by P in 2014, is based in L": a person in a relative clause is no party)
# ("X, formerly (commonly) known as Y, is based in L": the company's earlier or short name)
_APPOSITION_NO_PARTY = r"(?:,[^,;.CNP]{1,12},|,W[^,;.CN]{1,12},|,[Fvx]?xsC,|\([^()]{1,8}\))?"
# an apposition naming a party by its relation: "X, parent of Y,", "X, a unit of Y,"
# ("X, parent company of A and B, is based in L": coordinated parties)
_APPOSITION_OF_PARTY = r"(?:,d?[xu]{0,2}[Rx]o[CN](?:,?c[CN]|,[CN]){0,3},)"
# an apposition naming people by a participle: "X, founded in 2009 by brothers A and B, is based in L"
_APPOSITION_BY_PEOPLE = r"(?:,x(?:iD)?yx{0,2}[NP](?:,?c[NP]|,[NP]){0,3},)"
# between a subject and its verb: "said (Monday) (that) it", "announced it", ", which", "on Monday"
# ("X said it and Y agreed to buy Z": Y is a second agent)
# ("X told the Securities and Exchange Commission (SEC) it bought": the one told is no party;
# "X said in a Securities and Exchange Commission filing that it ..."; "X said its board and the
# board of Y agreed to merge": Y is a second agent)
# ("X, the parent company that acquired Y": a relative clause on the subject's apposition)
# ("X has entered into a definitive agreement under which it will acquire Y"; "X on Tuesday said it")
_BRIDGE = (
    r"(?:(?:n?D|v){0,2}[SZ](?:[Dnv9xidw]|C(?:\(C\))?){0,5}W?(?:e(?:c(?P<co>[CN]))?|j(?:x(?:ox)?(?:cd?xo(?P<co>[CN]))?)?(?=[VZ]))"
    r"|[hv]{0,2}[xZ]I?d?[xu]{0,2}GpWe(?=[VZ])|(?:,(?:[dj][xuLB-]{0,3}x|R))?,?W|[ni]?D|v"
    # ("X is a Raleigh-based company that owns Y": the subject of the copula acts)
    # ("X is a Fairfax County, Virginia-based company that owns Y": a town no place list knows)
    r"|b(?:d?(?:[xuBR]|[LN],?)){1,5}W(?=[VZ])"
    # ("X is a Melbourne-based operator ... and is owned by Z", "X was founded in 2015 and was acquired by Y")
    r"|bd?(?:[xuBR]|o(?=d?x)){1,8}c(?=V)|b?[xZ](?:[in][DLN](?:,L)?){1,2},?c(?=V))?"
)
# a reporting clause and the start of what it reports: "said (Monday) (that) it", "said its board"
# ("X on Tuesday said its board ...")
_REPORTED = r"(?:n?D|v){0,2}S[Dnv9x]{0,3}W?(?=[ej])"
# what may stand for a verb's object: a party, "a 20 pct stake in Y", "20 pct of Y", "Y's unit",
# "Z's stake in Y" (Z sells), "its South African company, Y,", "all of Y's shares", "40 pct of its Y unit",
# "a 35% stake in drug maker Y", "25 pct of state-owned Y", "a stake in Y's brokerage unit", "Z's Y",
# "the assets of Z's valve division", "the remaining 40% of Y", "Dayton, Ohio, toolmaker Y",
# "51% of the equity interest in Y", "the remaining 49% in its joint venture Y", "Z's Pump Castings
# Division", "two Florida-based banks, A, ... and B" (a count of things, then the first of them), "the
# Y Casino Hotel" (a company's name before an asset noun: its asset), "the entire issued share
# capital of Y", "certain assets of privately held Y", "a 20% stake in Dubai-listed Y", "Osaka's Y" (a
# possessive place before the party), "U.S. rival Y" (a place before the descriptor)
_THEME = (
    # ("its Hamburg vegetable oil and fats subsidiary Y": a coordinated description before the unit noun)
    r"(?:j[NLux]{1,4}c(?P<unit>[RY]),?(?P<theme>C)"
    r"|j[NLux]{0,3}x,(?P<theme>C)(?=,)"
    # ("sold its restaurant chain Kaiplassen to Z": its own business, described, then named)
    # ("agreed to buy its Bristol rival Y": a town before the description)
    r"|j[uxYLN]{0,2}x(?P<theme>C)(?!')"
    r"|(?P<count>[9x])[xuB-]{0,3}x,(?P<theme>C)(?=[,c.])"
    # ("has bought six distributors since 2021, including Y": the first of them after "including")
    r"|(?P<count>[9x])[xuB-]{0,3}xD?,p(?P<theme>C)(?=[,c.])"
    r"|(?P<possessor>C)(?P<asset>Y)"
    # ("offloads its Bluewater stake to Z": the company before the stake noun)
    r"|(?P<theme>C)(?P<stake>K)(?=[tfyr.]|$)"
    # ("Indian hospital chain Y", "the hospital operator Y": an asset noun modifying the descriptor)
    # ("the Dutch hydrology software firm Y": a longer descriptor after its article)
    r"|(?:x?d?x{1,4}o(?=[jux]?[CN]))?(?:j(?=N)|u(?=[CN])|L'|(?:[LN](?:,[LN]){0,2}\.?,|[LN])?u?d?[xXY]{0,4}[xX](?=C))?(?P<theme>[CN])(?!')"
    # ("2,450,000 shares of Common Stock, representing approximately 8.3% of the outstanding shares of Y":
    # the class of the shares, then the stake)
    # ("2,110,000 shares, corresponding to approximately 11.2% of the share capital of Y")
    r"|(?P<stake>K)(?:o[xXN]{1,3})?,x{1,2}t?(?P<pct>%)o(?:Ko|d?x{1,3}o)?(?P<theme>[CN])"
    # ("2,110,000 shares in Y, representing 11.2% of its share capital"; "N shares of common stock of Y,
    # representing 14.2% of the outstanding shares": the company, then the stake; "N shares of the
    # Company's common stock, representing 12.4% of ...": the class after the company's possessive)
    r"|(?P<stake>K)(?:ox{1,2})?[io](?P<theme>[CN])(?:'x{1,3})?,x{1,2}t?(?P<pct>%)(?=o(?:[jd]?x{1,3}|K))"
    # ("a 40 pct stake in Z's Y Corp": the stake is in Z's company Y, which Z sells)
    r"|(?P<stake>K)[io](?P<possessor>C)'(?P<theme>C)(?!')"
    # ("a 51% stake in Osaka chipmaker Y": a town before the descriptor)
    # ("all of the issued and outstanding shares of Y")
    # ("an 8.2% stake in wires and cables maker Y": a coordinated descriptor; "its stake of 24.9% in Y")
    r"|(?:xt|d?xo(?:d?x{0,2}c)?|p)?(?P<stake>K)(?:,c?p?(?P<pct>%),?|o(?P<pct>%))?(?:eV)?[io](?:d?x{0,3}[oi])?(?:d?(?:[xXY]{0,2}(?:c[xX]{1,2})?[xX])?|L'|d?L[xX]{1,3})(?P<theme>[CN])"
    r"|(?P<possessor>[CN])'(?P<stake>K)[io]j?[uV]?(?P<theme>[CN])"
    r"|(?P<possessor>[CN])'(?P<stake>K)[io](?:d?x{0,2}o)?(?P<asset>Y)"  # ("Z's 30% interest in the Y field")
    # ("its 18 pct stake in logistics affiliate Y", "shares of its subsidiary, Y,", "in its joint venture Y")
    r"|(?:d?xo)?(?P<stake>K)[io](?P<unit>[RA]),?(?P<theme>[CN])(?!')"
    r"|(?P<stake>K)[io](?P<unit>R)"
    r"|(?P<stake>K)[io](?:d?x{0,2}o)?(?P<asset>Y)"
    r"|(?:x?d?x{1,3}o)?(?P<theme>[CN])'(?P<stake>K)"
    r"|j?9x?(?P<theme>C)(?P<stake>K)(?:,?c(?P<pct>%))?"
    r"|(?P<unit>[RY]),?(?P<theme>C)"
    r"|(?:x{0,2}o)?(?:d?x{0,3}o)?(?P<possessor>[CN])'(?P<unit>R),?(?P<theme>C)"
    r"|(?P<possessor>[CN])'(?P<theme>C)(?!')"
    r"|(?P<possessor>[CN])'(?P<unit>N)(?!')"
    r"|(?P<unit>[RY]),(?P<theme>N)"
    # ("bought the tuna brand Bonito del Norte from Z": a unit noun, then the unit's unknown name)
    r"|(?P<unit>R)(?P<theme>N)(?=[frty.,D]|$)"
    r"|(?:d?x{0,2}o)?d?Yo(?P<possessor>[CN])'(?P<unit>R)"
    r"|(?:d?x{0,2}o?)?d?(?P<asset>Y)(?:c[YRx])?o(?:j?u?(?P<theme>[CN])(?!')|(?P<unit>R))"
    # ("bought Z's North Sea assets": the assets' owner sells them)
    r"|(?P<possessor>[CN])'(?P<asset>Y)"
    # ("substantially all of its assets": the seller's business; "its" inside the asset's group)
    r"|(?:x{1,2}o?(?P<own>j)|x{1,2}o)?(?P<asset>Y)"
    r"|(?:p|dx{0,2})?(?P<stake>%)o(?:(?P<possessor>[CN])')?(?P<unit>R)"
    # ("9.9% of Spanish port operator Y": a descriptor before the name)
    r"|(?:p|dx{0,2})?(?P<stake>%)o(?:d?x{0,3}[oi]|d?x{1,3}(?=C))?u?(?P<theme>[CN])"
    r"|(?P<stake>%)oK(?:ox{1,2})?[io](?:(?P<theme>[CN])|(?P<asset>Y))"
    r"|(?:p|dx{0,2})?(?P<stake>%)i[AR]?(?P<theme>C)"
    r"|(?:d?x{1,2}o)?(?:(?P<possessor>[CN])')?(?P<unit>R)|(?P<stake>K)(?=[fr]))"  # "the shares from Z"
)
# an agreement with the other party of a deal before its verb: "has entered into an agreement with
# Z to", "reached agreement with Z to", "signed a letter of intent with Z to", "is in talks with Z to"
# ("has executed a binding term sheet with Z to": an adjective before the agreement)
_AGREED_WITH = r"(?:[hvmb]{0,2}x?[iI]?d?x?G(?:ix)?w(?:d?x{0,3}|L'|Ro)(?P<other>[CN]))?"
# after a location participle: "in", "at", "out of" ("based out of Nashua, New Hampshire")
_AT = r"[iap]"
# (after a street address: "located at 200 Market Street, Denver, Colorado")
# (a town that also names a company, before its region: "Nashua, New Hampshire")
# (an adjective before the town: "in downtown Tulsa", "in suburban Columbus")
# ("in the Porta Nuova district of Milan", "in the heart of Oslo": the town after "of"; "at 1200
# Sunrise Valley Drive in Reston, Virginia": the town after the street's "in"; "in the City of São
# Paulo, State of São Paulo": the town after a capitalized noun and "of"; "at Suite 1500, 885 West
# Georgia Street, Vancouver": the suite before the street; "at One Cardwell Plaza, Suite 1400, Chicago":
# a building named in words, then its suite; "at 14 rue de la Verrerie, 69002 Lyon": a street in
# lowercase words, a postcode before the town)
_LOCATION = (
    r"d?(?:x(?=[LN]))?(?:(?:[NL]?x{1,2}|N)o(?=L))?(?:(?:N9,)?9[CN]{1,2}(?:,(?:N9,)?|i(?=L))|N,N9,(?=L)|9x{1,3}[CN],9?(?=L))?"
    r"(?P<loc>[LN](?:,L){0,3}|C(?:,L){1,3})"
)
# a descriptor before a name in an object place: "of (global resort developer) Acme", "of Germany's Acme"
_DESC = r"(?:(?:d?X)?x{0,3}|L')"
# the same, up to two dozen chunks long and after a parenthetical: "X (NYSE: X), a startup whose
# software lets robots share one map, has raised ..."
_LONG_APPOSITION = r"(?:\([^()]{1,8}\))?(?:,(?:[LN],(?=[LNx])|[^,;.]){1,24},|\([^()]{1,20}\))?"
# a descriptor before a party after a preposition: "with Japanese carmaker X", "with Japan's X"
# ("in U.S. electric-vehicle startup Y": a place the extractors left out before the descriptor)
_PARTY_DESC = r"(?:d?(?:N(?=[xu]))?[xLu9BX-]{0,6}|L')"
# a wire's ticker after a name ("GTE Corp <GTE>"), a company's town ("X of Osaka, Japan,")
_TICKER = r"(?:(?<=C)N)?"
_PLACE_OF = r"(?:oL(?:,L){0,2},?)?"
# a reporting clause with its circumstances before what it reports: "said (in a statement) (on)
# Monday (that) it", "said its"
_SAID = r"(?:(?:n?D|v){0,2}S(?:[iny]d?x{1,3})?[Dnv9x]{0,3}W?(?:e|j(?=[xA]))?)"
# a first verb phrase of the subject, naming no party, before "and" and the construction's verb:
# "X was founded in 2021 and raised $5 mln"
_FIRST_VP = r"(?:[bhmv]{0,2}[xZ][^.;:CNPVAW]{0,5}?cv?)"
# the words between a clause's subject and a symmetric noun: "announced on Monday a capital and
# business alliance", "today announced the formation of a joint venture", "signed an MoU", "agreed
# in principle on a joint venture", "entered into an equally owned joint venture"
# ("it would invest $500 million in a joint venture with Y": an amount put into the venture)
_SYM_RUN = r"(?:[hmbvGtxZdnDoipIu9RM]|c(?=[xR])|(?<=[dx])V(?=A)|(?<=e)V(?=Mi)){0,8}"
# what a copula's subject is said to be before the construction's own words: "is a $7 billion bank
# holding company (that is) ...", "is a 100% stand-alone company and ..."
_DESCRIPTION = r"(?:[^CNPVHQSW.;:]{0,18}?(?:W[xv]?b|c)?)?"
# the same, where unknown capitalized words may stand: "X, a developer of Internet security software
# based in L"
# (a verb after a noun of it: "a family owned and operated bakery chain", "a company operating ships";
# a capitalized word the people extractor took, alone between commas or before "&", in a list of
# trades: "a Management Consulting, Executive Search & Talent Development Firm")
# ("a UK-listed company headquartered in L": a participle before its noun)
_DESCRIPTION_NAMES = r"(?:(?:[^CPVHQSW.;:]|(?<=[xc])V|V(?=[xu])|(?<=[,N])P(?=[,~])){0,18}?(?:W[xv]?b|c)?)?"
# a descriptor before a name after a preposition, determiner included: "for the largest online job site X"
# ("in U.S. electric-vehicle startup Y": a place before the descriptor)
_OBJ_DESC = r"(?:d?X?(?:[LN](?=x))?(?:x|c(?=x)){0,6}|L')"
# a bid's price between its noun and its object: "its offer of 13 dlrs a share for Y"
_OF_PRICE = r"(?:oM(?:d?x|px)?)?"
# the verb between a subject and what it is: "is", ", which is now", "operates as", "was set up in 1991 as"
# between an apposition's comma and its relational noun: "Y, itself a unit of X", "Y, a Kiel-based unit of X"
# ("Y, the retail and refining arm of X")
_REL_DESC = r"(?:(?:ix)?x?d?[xBLN]{0,2}(?:c[xB]{0,2})?)"
# after a subject's apposition, unnamed partners: "X, a Dallas firm, and two affiliated funds said"
_UNNAMED = r"(?:c[jx9]{1,3}(?=S))?"
_IS = r"(?:,|,?W[xv]?b|b|[xZV]s|b[xZV]?s|b?[xZV][inDL9]{0,3}s|[hv]{0,2}xs)"


@attrs.frozen
class Variant:
    """One construction: its name, the frame class it serves and its pattern (``source``,
    compiled when first matched: most documents try few of the constructions)."""

    name: str
    frame: str
    source: str
    voice: str | None = None  # the verb group's voice it needs, if any
    # a chunk string can only hold a match if it holds a character of each of these sets
    needs: tuple[frozenset[str], ...] = ()
    # ... and one of each of these, in this order (the same sets, a set told again where it comes back)
    in_order: tuple[frozenset[str], ...] = ()

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The construction's pattern, compiled."""
        return _compiled(self.source)


@functools.cache
def _compiled(source: str) -> regex.Pattern[str]:
    """``source`` compiled (once per construction: there are a few hundred)."""
    return regex.compile(source)


def _v(name: str, frame: str, pattern: str, voice: str | None = None) -> Variant:
    in_order = needs_in_order(pattern)
    return Variant(name, frame, pattern, voice, tuple(dict.fromkeys(in_order)), in_order)


@functools.cache
def variants() -> tuple[Variant, ...]:
    """Every construction, compiled once."""
    # an agent is a clause's subject: never the object of a preposition or of "require X to"
    # ("X and two affiliated funds said they ...": the unnamed partners are no party)
    # ("X of the U.K. said it ...": the subject's town or country; "X chairman P said its ...": its officer)
    # ("X, which bought Y last year, has acquired Z": the party right after a verb is its object; "its
    # 60 pct owned Y unit has sold": not after an owned share)
    # ("Harwood Lane-backed Y has bought Z": the party after the participle acts, chunks.backed_party)
    # (a party after another party's comma is in a list, unless that party ends a phrase that opens
    # the sentence: "In a filing with the SEC, X said it ..."; "Under chairman P, X sold ...": the
    # person after an opening preposition's title is no subject; "On the Closing Date, X acquired")
    a, t = (
        rf"(?<![wfO])(?<!cp)(?<![^%]V)(?<!ec)(?<!^[pi]T)(?!(?<=^[oiytfrawnsp]|r)[CN],(?!W))(?!(?<=^xt)[CN],)(?!(?<=,xt)[CN],)(?:(?<![CNLP],)|(?<=^[oiytfrawnsp][^,;.]{{0,8}},)|(?<=^xt[^,;.]{{0,8}},)|(?<=,xt[^,;.]{{0,8}},))(?:(?P<agent>(?:[CN]-[xV](?=[CN]))?{_SUBJECTS})|{_LED_GROUP})(?:c[jx9]{{1,3}}(?=S))?(?:o[LN](?=S))?(?:T[NP](?=S))?",
        _THEME,
    )
    return (
        # TRANS: a predicate verb with its subject and object
        # ("X has entered into an agreement with Z to acquire Y": Z the other party; "X owns and operates Y")
        _v("active", "TRANS", rf"{a}{_APPOSITION}{_UNNAMED}{_BRIDGE}{_AGREED_WITH}(?P<verb>V)(?:cV)?v?{t}", "active"),
        # "X, which bought Y last year, has acquired Z": the relative clause is a predication of its own
        # (where no other verb follows, "active" reads it already and this one is dropped)
        # ("X, which last year bought Y,", "X, which in 2019 bought Y,": a time before the verb)
        # ("an alliance with Y, which took a 10% stake in X": the relative's antecedent may be the
        # object of a preposition)
        _v(
            "subject-relative",
            "TRANS",
            # ("X, which in turn holds 21% of Y": an adverbial phrase before the verb)
            rf"(?:{a}|(?<=[wfo])(?P<agent>[CN])),W(?:[ni]?D|v|ix)?(?P<verb>V)v?{t}",
            "active",
        ),
        # "X, which swallowed A last spring and took over B in November": a second verb phrase of the
        # same subject, after a first one with its object
        _v(
            "coordinated-verb",
            "TRANS",
            rf"(?:{a}{_APPOSITION}{_BRIDGE}|(?:{a}|(?<=[wfor])(?P<agent>[CN])),W)"
            # ("X is backed by A and B and in 2024 acquired Y": a list of objects, a time before the verb)
            # ("X acquired Y, a regional chain, and sold its Z unit to W": the first object's apposition)
            rf"V[^.;:CNPVWS]{{0,3}}?[CN](?:,[CN]){{0,3}}(?:,?c[CN])?(?:,[^.;:,CNPVWS]{{1,8}}(?=,c))?[^.;:CNPVWS]{{0,4}}?c(?:i?D)?(?P<verb>V)v?{t}",
            "active",
        ),
        # "Acquired by X in 2019, Y now ...", "Backed by X, the largest ..., Y plans ...": a fronted participle
        _v(
            "fronted",
            "TRANS",
            rf"(?:^|(?<=[.\"]))(?P<verb>V)[vD]?y{_BY_GROUP}{_OBJ_DESC}{a}(?:D|iD)?(?:,[^,;.CNP]{{1,12}}|,[dC][^,;.P]{{0,11}})?,(?P<theme>{_PARTY})(?=[bvVxZhmGS])",
            "participle",
        ),
        *_fronted_variants(t),  # "After buying Y, X ...": a deal in an opening phrase (.fronted)
        _v(
            "passive",
            "TRANS",
            # "by (the) private equity firm X": a descriptor before the agent
            # ("a 19.9% interest in the company was acquired by X": the stake the subject names)
            rf"(?:(?P<stake>K)i)?(?:(?P<theme>{_PARTY})|(?:(?P<possessor>C)')?(?P<unit>R)){_APPOSITION}{_BRIDGE}(?P<verb>V)[vD9x]{{0,2}}(?:[in]D)?(?:t{_OBJ_DESC}[CN])?y(?:R(?=[CN]))?{_BY_GROUP}{_OBJ_DESC}{a}",
            "passive",
        ),
        # ("Y has been sold by its founders to Z", "Y was sold by the family to Z": sellers that are
        # no company, the buyer after "to")
        _v(
            "passive-no-agent",
            "TRANS",
            rf"(?:(?P<theme>{_PARTY})|(?:(?P<possessor>C)')?(?P<unit>R)){_APPOSITION}{_BRIDGE}(?P<verb>V)(?!y(?!(?:[dj]?x{{1,3}}|T)t))",
            "passive",
        ),
        # "Y, which was sold to Z last year, plans to ...": the relative clause's own passive sale, its
        # buyer after "to" (the shared apposition would pass over it to the main verb; dropped where
        # passive-no-agent read it)
        _v("relative-passive", "TRANS", rf"(?P<theme>{_PARTY}),W(?P<verb>V)(?!y)", "passive"),
        _v("object-relative", "TRANS", rf"(?P<theme>{_PARTY}),W{a}(?P<verb>V)", "active"),
        # "Y, the online retailer that X bought last year,": a restrictive relative on an apposition
        # (its verb has no object: "told Y that X bought Z" is no such clause)
        _v("object-relative", "TRANS", rf"(?<=,)(?P<theme>{_PARTY})W{a}(?P<verb>V)(?![vCN])", "active"),
        # "Its founders sold Y to Z", "The Okonjo brothers sold their stake in Y to Z": a seller that is
        # no company (people, a family, shareholders); the buyer after "to" (a sale's verb only)
        _v(
            "unnamed-seller",
            "TRANS",
            # ("In 2003 the family sold the company to Z": a time phrase first; "the founding family
            # and other shareholders sold ...": sellers joined)
            # ("Administrators from Z have sold Y to W": the firm that administers the seller)
            rf"(?:^|(?<=[.:;\"]))(?:[ip]D,?)?(?:(?:[dj]|C'|N(?=x))?[xT]{{1,2}}(?:cx{{1,2}})?|(?P<sellers>N)[fa][CN])"
            rf"(?P<verb>V)v?{t}(?=t{_OBJ_DESC}[CN])",
            "active",
        ),
        # "X has agreed to acquire, and Z has agreed to sell, the entire issued share capital of Y": two
        # clauses sharing one object; the second clause's subject is the deal's other party
        _v("shared-object", "TRANS", rf"{a}{_APPOSITION}{_BRIDGE}(?P<verb>V)v?,c(?P<other>[CN]){_APPOSITION}(?P<converse>V),{t}", "active"),
        # "Y will take X private": a buyout told with the verb around its object
        _v("take-private", "TRANS", rf"{a}{_APPOSITION}{_BRIDGE}(?P<verb>V)(?P<theme>C)(?P<private>x)", "active"),
        # "X has agreed to sell itself to Z": the subject is what is sold
        _v("itself", "TRANS", rf"{a}{_APPOSITION}{_BRIDGE}(?P<verb>V)(?P<itself>v)(?=[tr])", "active"),
        # "X is a subsidiary of Y, which acquired it in 2008": "it" is the subject the relation names
        _v(
            "relation-which-it",
            "TRANS",
            # ("X operates as a unit of Y, which ..."; "X is now owned by Y, which bought it in 2019")
            rf"(?<![oiytfrawnspc])(?P<theme>{_PARTY})(?:(?:V(?=s))?[^CNPV.;W]{{0,6}}?R[^CNPV.;W]{{0,4}}?|Vy)(?P<agent>{_PARTY}),W(?P<verb>V)e(?![CN])",
            "active",
        ),
        # "Y said X has acquired 5 pct of its common shares": "its" is the reporting subject's, the
        # deal's target (a deal verb only: "Y said X holds 9 pct of its stock" is OWNED its-shares)
        _v(
            "its-shares",
            "TRANS",
            rf"(?<![oiytfrawnspI'])(?P<theme>{_PARTY}){_APPOSITION}{_SAID}(?P<agent>{_PARTY})v?(?P<verb>V)p?(?P<stake>%)o(?P<shares>K|j)",
            "active",
        ),
        # "X bought 20 pct of Y and has an option to raise its holding to 51 pct", "X is looking to
        # lift its stake to 60%": a stake raised with no company named is in the acquirer's last
        # target (merge.inherit_targets); a first verb phrase of the same subject may come between
        # ("... and has an option to", "holds an option allowing it to lift")
        _v(
            "raise-to",
            "TRANS",
            # ("increased its holding from 4.9% to 6.2%": the level it rose from, then the one it reached)
            rf"{a}{_APPOSITION}{_BRIDGE}(?:V[^.;:]{{0,20}}?(?:,?c[hv]?|e))?(?P<verb>V)(?P<stake>K)(?:f%)?t(?P<pct>%)",
            "active",
        ),
        # ("X, the cosmetics brand owned by Y,": the participle of the party's own description)
        # ("X is a privately held software company backed by Y": the copula's description)
        _v("reduced-relative", "TRANS", rf"(?P<theme>{_PARTY})(?:,R|,d[xu-]{{1,3}}|bd[xu-]{{1,4}})?,?(?P<verb>V)[vD]?y{_BY_GROUP}{_OBJ_DESC}{a}", "participle"),
        # NOM: the predicate's noun
        _v(
            "for-price",
            "TRANS",
            rf"{a}{_APPOSITION}{_BRIDGE}(?P<verb>V)[^CN.;V]{{0,6}}?(?P<price>M)(?:[pd]x)?(?:i?x|d?x{{1,2}})?(?P<prep>r){t}",
            "active",
        ),
        # ("X's $12 a share offer for Y": a price before the noun)
        _v("possessive", "NOM", rf"{a}'(?P<price>M)?(?P<noun>A)D?{_OF_PRICE}(?P<prep>[or]){t}"),
        # "approved X's sale to Y", "X said its sale to Y was completed": the possessor is what is sold
        # (a noun with no object; see acquisition.acquisition_facts)
        _v(
            "possessive-to",
            "NOM",
            rf"(?:(?P<theme>{_PARTY})'|(?<![oiytfrawnsp])(?P<theme>{_PARTY}){_APPOSITION}[Dv]{{0,2}}SW?(?=A))(?P<noun>A)D?(?=t[CN](?!o))",
        ),
        # "X completed its acquisition of Y"; "X is considering (exploring) a sale of Y": a control
        # word right before the noun says its status
        _v(
            "light-verb",
            "NOM",
            # ("X made a $50 a share bid for Y", "completed a $2 billion acquisition of Y": a price before the noun)
            # ("completed on March 2 the previously announced sale of Y": a date before the object)
            # ("closed on the acquisition of Y")
            rf"{a}{_APPOSITION}{_BRIDGE}(?:(?:G(?:ix)?t)?(?P<verb>Z)|[bhmv]{{0,2}}(?P<verb>G))(?:n?D|n)?(?:[dj]?(?P<price>M))?(?P<noun>A){_OF_PRICE}(?P<prep>[or]){t}",
        ),
        # "X reported revenue of $61 million, up 9%, and in April completed its acquisition of Y": a
        # second predicate coordinated after a reporting verb's clause, its subject the sentence's first
        _v(
            "coordinated-light",
            "NOM",
            rf"^(?P<agent>[CN])[Sh][^.;:CNPVAZ]{{0,14}}?,c(?:[ni]?D)?(?P<verb>Z)(?P<noun>A)(?P<prep>o){t}",
        ),
        # "X completed its Y acquisition", "X closes $2 bln Y buyout": the target named before the
        # noun, a light verb before both (no "of" after: "the X acquisition of Y" names the buyer)
        _v(
            "noun-premodifier",
            "NOM",
            rf"{a}{_APPOSITION}{_BRIDGE}(?P<verb>Z)(?:[dj]?(?P<price>M)|[dj])?(?P<theme>{_PARTY})(?P<noun>A)(?![orty'])",
        ),
        # "the acquisition by X of Y", "a recommended cash acquisition by Bidco of the entire issued
        # share capital of Y": the buyer named first, after "by"
        _v(
            "nominal-by-of",
            "NOM",
            r"(?P<noun>A)y(?P<agent>C)(?P<prep>[or])(?:[^CNPV.;,]{0,12}?o)?(?P<theme>C)",
        ),
        # ("approved the acquisition of Y, a savings bank, by X": the target's apposition between)
        _v("nominal-by", "NOM", rf"(?P<noun>A)(?P<prep>[or]){t}{_APPOSITION}y[ux]{{0,2}}{a}"),
        # "The board approved the acquisition of Y", "- Completed the acquisition of Y", "we completed
        # our acquisition of Y": no company subject; the buyer is the company the text is about (or
        # the sentence's first company: "X issued shares to Z to complete the purchase of Y")
        _v(
            "subjectless",
            "NOM",
            rf"(?:(?:^|(?<=[.:;\-\"(,]))(?:c|e|dx{{1,2}}|D,?)?v?|t(?=Z))(?P<cue>[xZN])(?P<noun>A)D?(?P<prep>o){t}",
        ),
        # "The sale of Y to Z was completed on Monday": a sentence opening with the deal's noun, its
        # buyer after "to"
        _v("opening-noun-to", "NOM", rf"(?:^|(?<=[.:;\"]))(?P<noun>A)(?P<prep>o){t}(?=t{_OBJ_DESC}[CN])"),
        # "X said it will proceed with its proposed acquisition of Y", "X said it was prepared to
        # raise its bid for Y", "Z said X has sweetened its offer for Y": "its" is the subject's
        # ("X signed an agreement for the previously announced acquisition of Y")
        _v(
            "its-noun",
            "NOM",
            rf"{a}{_APPOSITION}(?:{_BRIDGE}[xwvmbhV]{{0,3}}|[Dv]{{0,2}}SW?)(?:Ar)?(?P<noun>A){_OF_PRICE}(?P<prep>[or]){t}",
        ),
        # "W has advised X, the Leeds maker, on its acquisition of Y", "W acted for X on the sale of its
        # Y arm to Z": an adviser's client is the deal's party (the verb is checked in clauses.py)
        _v(
            "advised-on",
            "NOM",
            # (its apposition may be a reference: ", the Bristol-based cider maker,")
            rf"(?<=[xr])(?P<agent>C)(?:,C?[^,;.CNP]{{0,10}},)?n(?P<noun>A){_OF_PRICE}(?P<prep>[or]){t}",
        ),
        # "X said its shareholders will vote on the sale of its Y unit to Z": the noun deeper in the
        # subject's reported clause (past another party only when the noun is "its": see _predicate)
        _v(
            "subject-noun",
            "NOM",
            rf"(?<!C){a}{_APPOSITION}{_REPORTED}(?!e?(?:G(?:ix)?t)?[hvm]{{0,2}}Z?[xwvmbd]{{0,3}}A)[^NVAy.;]{{1,12}}?(?P<noun>A)(?P<prep>[or]){t}(?!y)",
        ),
        # "X said it received an offer from Y", "X said its board rejected a takeover bid by Y":
        # a bid told from the target's side; the reporting subject is the theme ("by (New York)
        # investor P": a place before the descriptor is no party; "the offer at 710p per share
        # announced by Y", "the tender offer for all its shares launched this morning by Y", "an offer
        # of 43 dlrs a share from Y"); "X rejected (has received) a $1 billion bid from Y" with no
        # reporting clause; a headline's "X backs revised bid from Y", its verb inside the noun group
        # ("P said he urged Q to accept an offer from Y": a causer verb or a person hands the clause on;
        # "X agreed to a $2 billion takeover by Y"; "X shareholders voted in favour of the takeover by Y";
        # "X agreed to a takeover by a consortium of US buyout firm A and B": the consortium's first member)
        _v(
            "target-subject",
            "NOM",
            # ("X urged its holders to reject an offer from Y": the target tells its owners; "by Y for Z": Z's)
            rf"(?<![wfOC])(?P<theme>{_PARTY}){_APPOSITION}(?:{_REPORTED}[^CNPVAO.;]{{0,12}}?|(?:'x)?[hmv]{{0,2}}x?[xZ](?:ixo)?|[hmv]{{0,2}}Gt|[bhv]{{1,2}}G(?=A)|(?=A[fy])|'(?=Ay)|[hmv]{{0,2}}Oj?(?P<owners>x)t[xZ](?:d?M)?)"
            rf"(?P<noun>A)G?(?:e[xv]{{1,2}})?(?:aM(?:px)?|oM(?:d?x|px)?|rx?K)?(?:Z[dxD]{{0,2}})?(?P<prep>[yf])(?:Ao)?(?:[LN](?=x{{1,2}}[CNP]))?{_OBJ_DESC}T?(?P<agent>[CNP])(?!'|o[CN]|rx{{0,2}}o?[CN])",
        ),
        # "Y has accepted X's offer (of $2 billion)", "Y rejected X's takeover approach": a bid told
        # from the target's side with its bidder as the possessor (a verb of answering only: "Y
        # matched X's offer" is a rival's bid)
        _v(
            "target-answers",
            "NOM",
            # ("Y rejected a X takeover proposal": the bidder named before the noun)
            # ("X said its board rejected ...", "X said it is considering ...": the reporting subject answers)
            rf"(?<![wfOC])(?P<theme>{_PARTY}){_APPOSITION}(?:{_REPORTED}(?:e|jx{{1,2}}))?[hbmv]{{0,2}}x?(?P<answer>[xZ])(?P<agent>C)'?(?P<noun>A)(?:[ao]M)?(?=[.,;aoinDcpx]|$)",
        ),
        *_merge_variants(a, t),  # MERGE: mergers (.merges)
        *_relation_variants(a),  # REL, INV, HAS, OWNED: ownership relations (.relations)
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
            rf"{a}{_TICKER}{_LONG_APPOSITION}(?:{_BRIDGE}|{_SAID}){_SYM_RUN}(?P<noun>[AGN])(?:c[xAN]{{1,2}}|x{{1,2}}|G)?(?P<prep>w)"
            rf"{_PARTY_DESC}(?P<theme>[CN])",
        ),
        # a release's highlight bullet with no subject: "- Signed a strategic partnership with Y" (the
        # company the text is about is the other party; partnership.py checks the verb)
        _v("subjectless", "SYM", rf"^[-~]?(?P<cue>[xZ])I?j?(?P<noun>A)(?P<prep>w){_PARTY_DESC}(?P<theme>[CN])"),
        _v(
            "coordinated",
            "SYM",
            rf"(?<![wfOpoiytranps][dxuL'9B-]{{0,5}})(?<!ec)(?P<agent>{_PARTY}{_TICKER}(?:,{_PARTY}{_TICKER}){{0,3}})"
            rf"{_LONG_APPOSITION}{_PLACE_OF},?c{_PARTY_DESC}(?P<partner>{_PARTY}){_TICKER}{_LONG_APPOSITION}{_PLACE_OF}"
            # ("The two companies, A and B, signed ...": the comma closing the parties' apposition)
            rf"(?:(?<=dx{{1,2}},[CN]c[CN]),)?"
            # ("A and B formed Kandor Chips, a joint venture": the venture named before its noun)
            # ("A and B formed Y, an equally owned joint venture": a participle of owning before the noun)
            rf"(?:{_BRIDGE}|{_SAID})(?:[hmbvGt]{{0,3}}(?P<verb>V)|{_SYM_RUN}(?:(?<=x)[CN],(?:d?x?V(?=A))?)?(?P<noun>[AGN]))",
        ),
        # a headline's comma for "and": "Lumio, Dalvik Motors team up on in-car software"
        _v(
            "headline-comma",
            "SYM",
            rf"^(?P<agent>{_PARTY}),(?P<partner>{_PARTY})(?:m?(?P<verb>V)|{_SYM_RUN}(?P<noun>[AGN]))",
        ),
        _v(
            "between",
            "SYM",
            rf"(?P<noun>[AGN])(?P<prep>[po])(?:d?[x9uN-]{{1,4}},)?{_PARTY_DESC}(?P<agent>{_PARTY}{_TICKER}(?:,{_PARTY}{_TICKER}){{0,3}}),?c"
            rf"{_PARTY_DESC}(?P<theme>{_PARTY})",
        ),
        _v("possessive", "SYM", rf"(?P<agent>{_PARTY})'(?P<noun>[AGN])(?P<prep>w){_PARTY_DESC}(?P<theme>[CN])"),
        # "X took full control of its joint venture with Y": the subject's own venture, further on
        # (the builder checks "its"; the words between name no party and no reporting verb)
        # ("Y, its joint venture with Z": an apposition, Y is the venture and no party)
        _v("its-noun-with", "SYM", rf"{a}(?!,A)[^.;:CNPSW]{{1,6}}?(?P<noun>A)(?P<prep>w){_PARTY_DESC}(?P<theme>[CN])"),
        # "X owns 45% of Y, a joint venture with Z": the venture named, the subject's partner after it
        _v(
            "venture-apposition",
            "SYM",
            rf"^(?P<agent>{_PARTY})[^.;:SCNPW]{{1,8}}?[CN],d?x?(?P<noun>A)(?P<prep>w){_PARTY_DESC}(?P<theme>[CN])",
        ),
        # FUND: money put into a company (the builder reads the amount, round and investors around it)
        _v(
            "active",
            "FUND",
            rf"{a}{_TICKER}{_LONG_APPOSITION}(?:{_BRIDGE}|{_SAID}|{_FIRST_VP})(?P<verb>V)[vxd]{{0,2}}o?(?P<amount>M)?(?:(?:rK)?(?P<prep>[ipI]){_PARTY_DESC}(?P<theme>[CN]))?",
            "active",
        ),
        _v(
            "passive",
            "FUND",
            rf"(?P<theme>{_PARTY}){_LONG_APPOSITION}{_BRIDGE}(?P<verb>V)(?P<prep>[ipI])y{_PARTY_DESC}{a}",
            "passive",
        ),
        _v(
            "object-relative",
            "FUND",
            rf"(?P<theme>{_PARTY}),(?P<prep>[ipI])W{a}(?P<verb>V)[vxd]{{0,2}}(?P<amount>M)?",
            "active",
        ),
        _v(
            "light-verb",
            "FUND",
            # ("announced the close of a $75 million Series B financing"; "completed a Series B financing of $42 million")
            # ("A and B co-led Y's $20 million Series A": the round's company before it, possessive)
            rf"{a}{_TICKER}{_LONG_APPOSITION}(?:{_BRIDGE}|{_SAID})[hmbvGt]{{0,3}}(?P<verb>[ZV])(?:d?xo)?(?:(?P<theme>C)'|[dj])?"
            rf"(?P<amount>M)?N?(?P<noun>A)(?:o(?P<amount>M))?(?:(?P<prep>[ipI]){_PARTY_DESC}(?P<theme>[CN]))?",
        ),
        _v(
            "possessive",
            "FUND",
            rf"(?P<agent>{_PARTY})'(?P<noun>A)(?:(?P<prep>[ipI]){_PARTY_DESC}(?P<theme>[CN]))?",
        ),
        # "and make a $40 million equity investment in Y": the investor is the sentence's subject
        # ("announced a strategic investment of EUR 40 million in Y": the amount after "of")
        _v("noun-in", "FUND", rf"(?<!')(?P<noun>A)(?:o(?P<amount>M))?(?P<prep>[ipI]){_PARTY_DESC}(?P<theme>[CN])"),
        *_headquarters_variants(),  # HQ: where a company is based (.headquarters)
        *_office_variants(),  # TITLE: a person, a title and a company (.offices)
        *_more_variants(),
    )


def _merge_variants(a: str, t: str) -> tuple[Variant, ...]:
    """The merger constructions (:mod:`.merges`), in their place among the others."""
    from . import merges  # (it builds on the shared pieces above)

    return merges.variants(a, t)


def _fronted_variants(t: str) -> tuple[Variant, ...]:
    """The constructions of a deal told in an opening phrase (:mod:`.fronted`), approved by a
    board (:mod:`.approvals`) or a deal noun with its agent after "by" (:mod:`.bids`)."""
    from . import approvals, bids, fronted  # (they build on the shared pieces above)

    return fronted.variants(t) + approvals.variants(t) + bids.variants(t)


def _relation_variants(a: str) -> tuple[Variant, ...]:
    """The ownership relations' constructions (:mod:`.relations`), in their place among the others."""
    from . import relations  # (it builds on the shared pieces above)

    return relations.variants(a)


def _office_variants() -> tuple[Variant, ...]:
    """The TITLE constructions naming a company (:mod:`.offices`), in their place among the others."""
    from . import offices  # (it builds on the shared pieces above)

    return offices.variants()


def _headquarters_variants() -> tuple[Variant, ...]:
    """The HQ constructions (:mod:`.headquarters`), in their place among the others."""
    from . import headquarters  # (it builds on the shared pieces above)

    return headquarters.variants()


def _more_variants() -> tuple[Variant, ...]:
    """The constructions that live in modules of their own: VALUE, LIST, the TITLE constructions
    naming no company and the deals a reporting company tells (:mod:`.reported`)."""
    from . import executive, listing, reported, valuation  # (they build on the shared pieces above)

    return valuation.variants() + listing.variants() + executive.variants() + reported.variants(_THEME)
