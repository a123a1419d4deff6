"""Executives in the cascade: the TITLE constructions that name no company.

A title and a person stand together and the company is the one the sentence or the text is
about: "chairman Li Ka-shing said", "said managing director A. Vardhan", "Martin Ellery, Chief
Executive Officer, said", "Eric Lowe, who remains chief executive", "Lena Hofbauer (CEO)".
The assembler passes that company (:class:`About`); :func:`discourse_company` picks it for
one predication.  One construction here names its company: "John Loynes, Continental chief
financial officer, said" (a premodifying company in an apposition).

>>> import bizfacts
>>> [(f.person, f.title, f.company) for f in bizfacts.extract_facts(
...     "Brindle Labs Inc expects higher sales, chairman Ravi Menon said.")]
[('Ravi Menon', 'chairman', 'Brindle Labs')]
"""

from __future__ import annotations

import functools

import regex

from ..._company_words import company_words
from ..._fact_types import Evidence
from .chunks import Chunk
from .clauses import TITLELESS, Predication
from .grammar import _APPOSITION, _BRIDGE, Variant, _v
from .office_company import About as About  # (re-exported: the assembler and the builders pass it)
from .office_company import company_not_left, discourse_company, office_of_merged, partner_on_board
from .office_words import ROLE_NOUNS, role_noun_fits, serving_fits, where_he_served, with_department
from .office_words import word_classes as word_classes  # (re-exported: office_lists and headline read it)
from .written import written_title

# what may follow a title-first pair: a reporting verb or a verb group ("said", "told", "will",
# "has", "is", "owns"), after the person's age (", 63,") or an aside between dashes ("P - no relation
# to the founders - said")
_THEN_VERB = r"(?:,9,|-[^-.;]{1,8}-)?(?:cT,?[PN])?(?=,?[SVZmhb])"
# where a title may open a noun group of its own: the sentence's start, a comma, colon or quotation
# mark, a reporting verb, "and", "that" ("X announced that Chief Financial Officer P will step down")
_OPENS = r"(?:^|(?<=[,;:\"(ScW]))"
# an honorific before a known name ("Dr", "Sir")
_HONORIFIC = r"(?:N(?=P))?"


@functools.cache
def variants() -> tuple[Variant, ...]:
    """The TITLE constructions that name no company, and the premodifying apposition."""
    return (
        # "chairman Li Ka-shing said", "..., chief executive Hans Jucker told reporters"
        # (an honorific the extractors left out stands between: "chairman Sir Hugh Pell said")
        _v("title-first", "TITLE", rf"{_OPENS}(?P<title>T),?{_HONORIFIC}(?P<person>[PN]){_THEN_VERB}"),
        # "Chairman and chief executive R. Haas, 63, gave up ...": a sentence opening with the pair
        # ("Chairman P and his family own 30%": the pair the first of a coordinated subject)
        _v("title-opens", "TITLE", rf"^(?P<title>T),?{_HONORIFIC}(?P<person>[PN])(?:,9,)?,?(?=x|c[jx])"),
        # "said managing director Anirudh Vardhan.", "will report to chairman Alan Pruett."
        _v("said-title", "TITLE", rf"[St](?P<title>T),?{_HONORIFIC}(?P<person>[PN])(?=[.,;:\"i]|$)"),
        # "P will join X as T, reporting to chief product officer Q": Q's office at the company named
        # right before the report ("will join X as Senior Vice President, Catastrophe Analytics,
        # reporting to T Q": the company joined, not the department after the title)
        _v(
            "reports-to",
            "TITLE",
            r"(?:(?P<company>C)sT,[CN]|(?<!T,)(?P<company>C)),(?P<cue>x)t(?P<title>T),?(?P<person>[PN])(?=[.,;]|$)",
        ),
        # "held by its chief executive Jane Roe and ...": a title of "its" before a person
        _v("its-title", "TITLE", r"(?P<title>T),?(?P<person>[PN])(?=[.,;:\"]|$|,?[SVZmhbc])"),
        # "The (current) chairman is Sir Alan Roe, and the chief executive is Jane Doe": a company
        # description's officers, the company the text is about
        _v(
            "title-is",
            "TITLE",
            # ("As of 2025 the chief executive is P", "In 2024 the chairman was P": a time opens it)
            # ("Its chief executive since 2021 is P": a time after the title)
            rf"(?:{_OPENS}|(?<=^(?:so|[pi])D))(?:dx{{1,2}})?(?P<title>T)D?[hv]?b{_HONORIFIC}(?P<person>[PN])(?=[.,;]|$)",
        ),
        # "P was the CEO; he succeeded N ...", "P became CEO in 1999": the chief executive of the
        # company the text is about (a chief executive only: "P is president" may be a country's)
        _v(
            "is-title",
            "TITLE",
            # ("P has been CEO since the spin-off": a time after the title)
            # ("..., and Q will become Chief Financial Officer": a modal before the copula)
            # ("P is CEO and Q is CFO": a second clause of the same shape after "and")
            r"(?P<person>[PN]),?(?:9,)?(?:m?h?b|(?P<cue>[xZ]))(?:dx?)?(?P<title>T)(?![oar'])"
            r"(?=[.;,]|[iDn]|pd?x|c[PN]m?h?b|$)",
        ),
        # "P, 52, has served as our T (since 2017)"
        # ("P stepped down as CEO": a particle after the verb; "P, the founder of X, retired as its
        # CEO": an apposition between)
        _v(
            "serves-as",
            "TITLE",
            # ("P, Vice-President, Finance, will serve as interim CFO": a modal before the verb)
            # (not "P will serve as T, South Sound, of X": the office's own company, after its department)
            rf"(?P<person>[PN]){_APPOSITION},?[hvm]{{0,2}}(?P<cue>x)x?s(?P<title>T)(?!(?:,[NYx],?)?[oa][CN])",
        ),
        # "X said ... that P would serve as interim CEO": a reported office to come, no hypothesis
        # ("that CFO P would serve as T": the person's office before the name)
        _v(
            "reported-serves-as",
            "TITLE",
            r"(?P<that>W)(?:T)?(?P<person>[PN]),?(?:9,)?m(?P<cue>x)s(?P<title>T)(?![oa][CN])",
        ),
        # "P, who has led the Company since 2011, will continue as CEO": the company the person leads
        _v(
            "led-serves-as",
            "TITLE",
            r"(?P<person>[PN]),(?:9,)?W[hv]{0,2}(?P<lead>[xZ])(?P<company>C)(?:sT)?D?,[hmv]{0,2}(?P<cue>x)s(?P<title>T)"
            r"(?![oa][CN])",
        ),
        # "P will join X as T"
        # ("P joined X in 2019 as T", "P joined the X group in 2003 as T of Y")
        _v(
            "join-as",
            "TITLE",
            # ("P joins Kestrel Byte as CFO": a name no extractor knew, the one joined before "as T")
            # ("P joined the X (XA) family of companies in 2003 as CEO of Y": the office's own company)
            # ("P has run X as chief executive since 2016": a lexicon verb, read as "has led"; "P is
            # joining X as VP Product": the progressive)
            # ("P will join X's executive team as CPO": the company's team or board joined)
            # ("P, who has led X as CEO since 2015,", "P, who joined X in 2019 as CFO,": a relative clause)
            # ("P left Y in 2019 to join X as T": the company left before the infinitive)
            # ("P, grandson of the founder, will continue to lead the company as Managing Director": an
            # apposition naming no company, a verb of going on before the infinitive; cue_fits reads it)
            r"(?P<person>[PN]),?(?:9,|(?<=,)[^,;.PCNSW]{1,6},)?(?:(?<=,)W)?[mhvb]{0,2}(?:[xZ]C(?:[in]?D)?t|(?P<keep>x)t)?(?P<cue>[xZ]|V(?=C[in]?D?sT))(?:(?P<company>C|N(?=(?:[in]D)?sT))(?:'x{1,3})?(?:[in]D)?s(?P<title>T)(?![oa][CN])"
            # (not "P, who has led X as President since 2009, will continue as CEO": led-serves-as's)
            r"(?!(?:[in]?D)?,[hmv]{0,2}xs)|[^.;PT]{1,10}?s(?P<title>T)[oa](?P<company>[CN]))",
        ),
        # "P will assume the role of CEO at X", "P steps into the CEO role at X": an office taken up,
        # named by a role noun (the builder reads the verb and the noun)
        _v(
            "assumes-role",
            "TITLE",
            r"(?P<person>[PN]),?(?:9,)?[mhvb]{0,2}(?P<cue>x)I?d?(?:(?P<role>x)o(?P<title>T)|(?P<title>T)(?P<role>x))"
            r"[ao](?P<company>[CN])",
        ),
        # "P joined X in 2011 and became its chief executive in 2018": the company joined is the
        # one whose office the possessive names
        _v(
            "joined-became",
            "TITLE",
            r"(?:N(?=P))?(?P<person>[PN]),?(?:9,)?[mhv]{0,2}(?P<cue>x)(?P<company>C)(?:[in]D)?,?c[mhv]{0,2}b(?P<title>T)(?![oa][CN])",
        ),
        # "P founded (joined) X, a software company, where he served as T": the office at the company
        # the person founded or joined (a pronoun the clause's subject)
        _v(
            "where-served",
            "TITLE",
            # ("P joined Y in 2019 from X, where ...": the company the person came from, before "where";
            # "P worked at X, where he served as T", "P spent ten years at X, where ...")
            r"(?P<person>[PN]),?(?:9,)?[mhv]{0,2}(?P<cue>x)(?:C(?:[in]?D)?f|a|xa)?(?P<company>C)(?:\([^()]{1,5}\))?(?:,[^,;.CNPTW]{1,10})?"
            # ("P joined Y in 2019 from X, where she was Senior Vice President": the past copula)
            r",(?P<where>W)(?P<he>[eP])(?:h?(?P<serve>x)s|(?P<serve>b))(?P<title>T)(?![oa][CN])",
        ),
        # "Martin Ellery, Chief Executive Officer, said"; "Gordon Whitcomb, 68, the company's chairman,"
        _v(
            "apposition-alone",
            "TITLE",
            # ("P, Senior Vice President, Operations, said": the title's department after a comma)
            # ("With me are A, our CEO, and B, our CFO": the first of a list of people and titles)
            # ("founded by A and P, its chief scientist, and has offices in L": the subject's second
            # predicate after the apposition)
            # ("- P, managing director (since 2021)", "Posted by P, co-founder - March 3": the line's date;
            # a 10-K's list of officers: "P, 61, Chairman and Chief Executive Officer since 2014.")
            # ("P, Chief Financial Officer    Tel: +44 ...": a contact line's label after the office)
            # ("X said P, its chief financial officer, will retire in June": the person's verb group after it)
            r"(?P<person>[PN]),(?:9,)?(?:dx')?(?P<title>T)(?:,[NYx])?(?=,S|;|(?:\(D\)|-D|D)?[.;]?$|D;|,c[PN],(?:dx')?T|,c[hbvV]|,m|N:~?9)",
        ),
        # a list of officers, one a line: "Rhys Llewelyn, Managing Director, Orbison Flexibles"
        # ("Rhys Kell, Managing Director, Orbison Flexibles": the name's last word no extractor knew)
        _v("list-line", "TITLE", r"^(?P<person>[PN]),(?:9,)?(?P<title>T),(?P<company>C)N?\.?$"),
        # a fact sheet's or an imprint's field, one a line: "Chief Executive Officer: P", "Chairman of the
        # Management Board: Dr. P": an office at the company the text is about
        _v("field-line", "TITLE", r"^(?P<title>T)(?:oN)?:(?:N(?=P))?(?P<person>[PN])\.?$"),
        # "Douglas Reid, who remains chief executive officer"
        # ("P, who serves as its CEO"; "P, a former payments engineer who is now its CTO": the
        # person described before the relative)
        _v(
            "who-title",
            "TITLE",
            # ("P, who has served as interim CEO since January": the perfect)
            # ("P, who started on Monday as our Chief Revenue Officer": a joining verb and its day)
            r"(?P<person>[PN]),(?:9,)?(?:dF?x{1,3})?W[xv]?(?:bv?|h?(?P<cue>x)s|h?(?P<cue>Z)(?:[ni]D)?s)(?P<title>T)(?![oar])",
        ),
        # "P, who has been X's chief executive since 2012,"
        _v(
            "who-possessive",
            "TITLE",
            # ("P, a former executive with Y who became X's first CEO": the person described before "who")
            r"(?P<person>[PN]),(?:9,)?(?:d[xuF-]{1,5}(?:[wao][CN])?)?W[hxv]{0,2}bv?(?P<company>[CN])'(?P<title>T)",
        ),
        # a press release's header after the name: "X Co., Ltd. (Head Office: Tokyo; President and
        # CEO: P)"
        _v(
            "header-field",
            "TITLE",
            r"(?P<company>C)\((?:[^()]{0,12}?[;,])?(?P<title>T):(?:N(?=P))?(?P<person>[PN])(?=[;,)])",
        ),
        # "Under chief executive P, X expanded into Asia": the office of the clause's subject
        _v("under-title", "TITLE", r"^(?P<cue>p)(?P<title>T),?(?P<person>[PN]),(?P<company>C|N(?=[hmvxVZ]))"),
        # "Lena Hofbauer (CEO)", "Lena Hofbauer (CEO, Norvia Energy)"
        _v("parenthetical", "TITLE", r"(?P<person>[PN])\((?P<title>T)(?:,(?P<company>C))?\)"),
        # "John Loynes, Continental chief financial officer, said"
        # "X (on Monday) named P (, 49,) (as) its T (of X)", "the board of X has appointed P as T",
        # "X promoted P to chief executive",
        # "X's board of directors has named P interim CEO", "X named industry veteran P as T"
        _v(
            "appoint",
            "TITLE",
            # (a headline opening with a name no extractor knew: "Tarlow Instruments Names P CEO";
            # a sentence: "Bloomlane has named P as T")
            rf"(?:dxo)?(?<!F)(?P<company>C|N(?='[xN])|^N(?=[hv]{{0,2}}x[PN]))(?:'[xN](?:o[xN])?)?{_APPOSITION}{_BRIDGE}n?D?[hv]{{0,2}}(?P<cue>x)(?:i(?=[PN]))?"
            # ("named former Ford executive P as its president": a description of the person)
            # ("named P, a former Ford executive, as T": a company, or a name no extractor knew,
            # inside the person's apposition; "hired P from rival Z as its T": where P comes from;
            # "named P to succeed N as T": the predecessor;
            # "appointed former finance chief P as T": the person's earlier title)
            # ("named P as its next CEO"; "brought back P as T", "brought in P as T"; "named P, its
            # CFO, as its next CEO": the title after the apposition; "hired P, previously of Z, as T";
            # "named P, a former Z partner, as T": a title of another company inside the apposition;
            # "promoted P to the newly created post of T": the office's noun)
            rf"(?:(?:F?[CNLP]?x{{1,2}}|T)(?=[PN]))?(?P<person>[PN])(?:,(?![^,;.]{{1,8}},[st]))?(?:9,|,(?:[^,;.CNP]|[CN](?=[xT,])){{1,8}},|fx?[CN]|tx[PN])?[st]?(?:jx{{0,2}}|dx{{1,3}}o(?=T))?(?P<title>T)"
            r"(?![oa][CN])",
        ),
        # "the Board appointed P, 49, as T of the Company": the title's own company ("P, age 47,")
        # ("X appointed P as the company's T", "the Board appointed P, age 44, as the Company's T":
        # the possessive company before the title)
        _v(
            "appoint-of",
            "TITLE",
            r"(?P<cue>x)(?P<person>[PN]),?(?:x?9,)?s?(?:(?P<title>T)[oa](?P<company>[CN])|(?P<company>C)'(?P<title>T))",
        ),
        # "P (, 51,) has been appointed (as) T (of X)", "P was named T"
        # ("P, who joined X in 1998, was named T in 2014": the company the person joined; "P has been
        # promoted to T")
        _v(
            "appointed",
            "TITLE",
            # ("P was elected to X's board and promoted to T of X": a first appointment coordinated before it)
            # ("P, X's chief financial officer, has been named interim CEO": the company of the office held)
            r"(?P<person>[PN]),?(?:9,|,[^,;.CNP]{1,8},|,W[xv]{0,2}(?P<company>C)(?:[in]D)?,|,(?P<company>C)'T,)?[hmv]{0,2}b"
            r"(?:(?P<first>x)[^.;,PTVW]{1,8}?c)?(?P<cue>x)[st]?(?P<title>T)(?:[oa](?P<company>[CN]))?",
        ),
        # "The board has appointed P as interim CEO": the board of the company the sentence is about
        _v(
            "board-appoints",
            "TITLE",
            # ("The board named chief financial officer P interim CEO": the office held before the name)
            # ("Following a review, the Board has appointed Sir P as T": after a fronted phrase, "Board"
            # capitalized; "The board also named Dr. P, a director since 2019, as T": the person's
            # apposition; "The Board intends to appoint P as T")
            # ("In October the board appointed P, previously our SVP of Operations, as T": a fronted time;
            # "X announced that its board of directors has named P T": the reporting company's board)
            # ("X announced that its Board of Directors has appointed P as T": "Directors" capitalized)
            rf"(?:^(?:[in]D,?)?|(?<=,)d?|(?<=[SZ]D?W?)j|d)(?P<board>[xN])(?:o[xN]{{1,2}})?[hv]{{0,2}}(?:Gt)?(?P<cue>x)(?:x?T)?{_HONORIFIC}(?P<person>[PN])"
            # ("has appointed P to the role (position) of T": the office's noun)
            r"(?:,[^,;.P]{1,8},|,?(?:9,)?)(?:s|tdx{1,3}o(?=T))?(?P<title>T)(?![oa][CN])",
        ),
        # a release's highlight bullet with no subject: "- Appointed P as T", "- Named P T": an office at
        # the company the text is about
        _v(
            "subjectless-appoint",
            "TITLE",
            r"^[-~]?(?P<cue>x)(?P<person>[PN]),?(?:9,)?[st]?(?P<title>T)(?![oa][CN])",
        ),
        # "the appointment of P as T (of X)"
        _v(
            "appointment-of",
            "TITLE",
            # ("the appointment of Mr. P as T": an honorific the extractors left out)
            # ("the appointment of P as the company's T": the possessive company before the title)
            # ("the appointment of P to the role of T": a role noun, checked by role_noun_fits)
            r"(?P<cue>x)o(?:N(?=P))?(?P<person>[PN]),?(?:x?9,)?(?:[st]|tdxo)(?:(?P<title>T)(?:[oa](?P<company>[CN]))?|(?P<company>C)'(?P<title>T))",
        ),
        # "X said P (, 51,) would succeed N as T", "X said P will become T"
        _v(
            "succeed-as",
            "TITLE",
            # ("X announces that P will succeed N as T")
            # ("X today announced that P will succeed N as T": a time before the reporting verb)
            r"(?P<company>C)(?:[in]?D)?(?:S|ZW)(?P<person>[PN]),?(?:9,)?[mhv]{0,2}(?P<cue>x)(?P<predecessor>[PN])s(?P<title>T)",
        ),
        # "(In 2018,) P succeeded N as T of X", "P will replace N as X's T": the office the
        # predecessor held at the named company
        _v(
            "succeeds",
            "TITLE",
            # ("P is CEO of Y; she succeeded N as chairman of X in 2010": a clause after a semicolon)
            r"(?:^|(?<=[,\"(;]))(?P<person>[PN]),?(?:9,)?[mhv]{0,2}(?P<cue>x)(?P<predecessor>[PN])s"
            # ("In 2019, P replaced N as chief executive": the office at the company the text is about)
            r"(?:(?P<title>T)[oa](?P<company>[CN])|(?P<company>C)'(?P<title>T)|(?P<title>T))(?=[.,;iDn]|$)",
        ),
        # ("X said P would take over as T": a verb of taking up an office before "as")
        _v(
            "become",
            "TITLE",
            r"(?P<company>C)S(?P<person>[PN]),?(?:9,)?(?:[mhv]{1,2}b|(?P<cue>V)s)(?P<title>T)(?![oar])",
        ),

        # "..., who succeeded longtime CEO P in 2017": the one succeeded, named after the office he
        # held (of the company the sentence is about; status "former")
        _v("succeeded-title", "TITLE", r"W(?P<cue>x)x?(?P<title>T)(?P<person>P)(?![oa'])"),
        # "(he) became CEO (of X) in 1999, succeeding N", "was elected T of X, succeeding retired admiral
        # N": the one succeeded held the office taken up, which ended (whoever the subject is)
        _v(
            "succeeding",
            "TITLE",
            r"(?:(?P<cue>b)|b?(?P<cue>x)s?)(?P<title>T)(?:[oa](?P<company>[CN]))?(?:[in]D)?,(?P<then>x)[xN]{0,3}"
            r"(?P<person>P)(?![oa'])",
        ),
        _v(
            "premodifier-apposition",
            "TITLE",
            r"(?P<person>[PN]),(?:9,)?(?P<company>C)(?P<title>T)(?![oar'PN])",
        ),
        # "P would step down as T and be replaced by N": the successor takes the office
        _v(
            "replaced-by",
            "TITLE",
            # ("P served as T until 2019, when he was succeeded by N": a time, then the clause of its end)
            r"s(?P<title>T)(?:[oa](?P<company>[CN]))?(?:[pi]D,xPb|,?c?t?[mb]{0,2})(?P<cue>x)y(?P<person>[PN])",
        ),
        # constructions with no title word, the office told by a verb (``cue``; TITLELESS):
        # "X, (which was) founded (in 2012) by P (and Q)", "X was co-founded by its chief executive P"
        _v(
            "founded-by",
            "TITLE",
            # ("... by Dr. P and Q": an honorific the extractors left out)
            # ("... by engineer P": a descriptor of the person)
            # ("X is an Italian fashion house founded in L in 1921 by P": the copula's description, then
            # the participle; "... by former bank executives P and Q", "... by Oxford graduates P and Q": a
            # descriptor of the founders)
            # ("X, the project management software maker, was founded by P": a reference as its apposition)
            r"(?P<company>[CN])(?:,x,(?=h?b))?(?:,(?:Wb)?|h?b(?:d[xe]{1,4}(?=x[iny]))?)v?(?P<cue>x)(?:[in][DLN],?){0,2}y(?:T,?|F?[CNL]?(?:xcx|x{1,2})(?=P))?"
            r"(?:N(?=P))?(?P<person>[PN])"
            # "... by P, its chief executive,", "... by P, who serves as its CEO": P's title
            r"(?:,(?P<title>T)(?=[,.;]|$)|,Wv?(?:b|xs)(?P<title>T)(?=[,.;]|$))?",
        ),
        # "Founded by CEO P in 2012, X makes sensors", "Founded in 2012 by P, X ...": a fronted participle
        _v(
            "fronted-founded",
            "TITLE",
            # ("Founded by P in Leeds in 1998, X ...": the town and year after the founder)
            # ("Founded by former Halvex engineer P, X ...": a description of the founder before the name)
            # ("Founded in 2019 by A and B, X raised": two founders)
            # ("Founded in 1952 by P as a cardboard box maker, the company ...": what it was founded as)
            r"^(?P<cue>x)(?:[in]D,?)?y(?:(?P<title>T),?|F?[CN]?x{1,2})?(?P<person>[PN])(?:,?c[PN])?(?:[in][DLN]){0,2}"
            r"(?:sd?x{1,4}(?:[in][DL])?)?,(?P<company>[CN])",
        ),
        # "Before founding X in 2015, P was a manager at Y", "After co-founding X, P ...": the subject
        # founded X (a gerund after a time word)
        _v(
            "fronted-founding",
            "TITLE",
            r"^p(?P<cue>x)(?P<company>[CN])(?:[in][DLN],?){0,2},(?P<person>P)(?=[bvVxZhmS])",
        ),
        # "P, who (also) heads (the Oslo startup) X", "P, who founded X"
        _v(
            "who-heads",
            "TITLE",
            # ("P, who leads X": "leads" also a light verb, "leads the round")
            r"(?P<person>[PN]),(?:9,)?Wv?(?P<cue>[xZ])d?[xLNB-]{0,4}(?P<company>[CN])",
        ),
        # "P now chairs X", "P, who ran Y until 2022, now runs X": the person's verb of office
        _v(
            "heads",
            "TITLE",
            # ("P has chaired the board of X since 2018")
            # ("P, managing director of Y, will chair the X board": a modal before the verb)
            rf"(?:^|(?<=[,\"(]))(?P<person>[PN]){_APPOSITION}(?:[vh]|m[v]?)?(?P<cue>x)(?:d(?P<board>x)o)?d?[xLNB-]{{0,4}}"
            rf"(?P<company>[CN])(?!')",
        ),
        # "A and B founded X in 2016", "A, B and C co-founded X": each a co-founder (the builder reads
        # the people after the first, as for "founded by A and B")
        _v(
            "coordinated-founded",
            "TITLE",
            r"(?:^|(?<=[,\"(]))(?P<person>P)(?:,[PN]){0,3},?cPv?(?P<cue>x)d?[xLNB-]{0,4}(?P<company>[CN])(?!')",
        ),
        # "The board is chaired by P", "X's board is chaired by P": the chairman of the company the
        # sentence (or the text) is about
        _v(
            "board-chaired",
            "TITLE",
            # ("The Board is chaired by P": the capitalized board a noun group of its own)
            r"^(?:d|j|(?P<company>C)')?(?P<board>[xN])[bv]{1,2}(?P<cue>x)y(?P<person>[PN])",
        ),
    )


# the constructions whose office a verb tells, with no title word (clauses.TITLELESS, tried in
# sentences without one): the title the verb gives (appointment_words.tsv, classes found and head)
# the nouns an office is taken up as ("assume the role of CEO", "steps into the CEO post")
_ROLE_NOUNS = ROLE_NOUNS
_OFFICE_OF_VERB = {
    "heads": "head",
    "leads": "head",
    "runs": "head",
    "chairs": "chairman",
    "chair": "chairman",
    "chaired": "chairman",
}
# the constructions of a list of people in the person's place ("founded by A and B") and those
# told less surely than a title word would (a stated title of the same person wins the merge)
LISTED_PEOPLE = frozenset({"founded-by", "fronted-founded", "coordinated-founded"})
LESS_SURE = TITLELESS


# the constructions whose title is given as written ("President and Chief Executive Officer"), as the
# text's own words for the office; the others give one title ("CEO")
# the participles of leading that open "Led by chief executive P, X ...": the office is X's
_LEADING = frozenset({"led", "headed", "run", "managed", "chaired", "co-led"})
WRITTEN_TITLE = frozenset(
    {
        "led-by-fronted",
        "apposition",
        "apposition-comma",
        "copula",
        "possessive",
        "premodifier",
        "possessive-apposition",
        "title-first",
        "title-opens",
        "said-title",
        "reports-to",
        "its-title",
        "title-is",
        "is-title",
        "serves-as",
        "reported-serves-as",
        "led-serves-as",
        "join-as",
        "assumes-role",
        "joined-became",
        "where-served",
        "apposition-alone",
        "list-line",
        "field-line",
        "who-title",
        "who-possessive",
        "parenthetical",
        "header-field",
        "premodifier-apposition",
        "appoint",
        "appoint-of",
        "appointed",
        "board-appoints",
        "subjectless-appoint",
        "appointment-of",
        "succeed-as",
        "succeeds",
        "become",
        "replaced-by",
        "succeeding",
        "under-title",
        "title-of",
        "possessive-predicate",
        "founded-its-title",
    }
)
# the constructions of an office to come, told by the company ("X said P would succeed N as T")
REPORTED_OFFICE = frozenset({"succeed-as", "become", "reported-serves-as"})
# the word class each construction's ``cue`` must be (appointment_words.tsv)
_CUE_CLASS: dict[str, tuple[str, ...]] = {
    "appoint": ("appoint",),
    "appoint-of": ("appoint",),
    "appointed": ("appoint",),
    "board-appoints": ("appoint",),
    "subjectless-appoint": ("appoint",),
    "appointment-of": ("noun",),
    "succeed-as": ("succeed",),
    "succeeds": ("succeed",),
    "succeeded-title": ("succeed",),
    "succeeding": ("become", "appoint", "join"),
    "serves-as": ("serve", "leave"),  # (an office left: status "former")
    "reported-serves-as": ("serve",),
    "reports-to": ("report",),
    "led-serves-as": ("serve",),
    "join-as": ("join", "led"),
    "assumes-role": ("assume", "leave"),  # ("steps into the CEO role": "steps" is also "steps down")
    "joined-became": ("join",),
    "where-served": ("join", "found", "work"),
    "is-title": ("become",),
    "who-title": ("serve", "leave", "join"),
    "replaced-by": ("succeed",),
    "founded-by": ("found",),
    "fronted-founded": ("found",),
    "coordinated-founded": ("found",),
    "who-heads": ("found", "head"),
    "fronted-founding": ("found",),
    "founded-its-title": ("found", "join"),
    "heads": ("head", "found"),  # ("P co-founded X in 2016": a founder's verb, as "who founded")
    "under-title": ("under",),
    "board-chaired": ("led",),
    "become": ("become",),
}


# the verbs before "to" and a verb of office that keep the office told ("will continue to lead X as T")
_GOING_ON = frozenset({"continue", "continues", "continued", "agreed", "agrees", "agree"})


def cue_fits(p: Predication) -> bool:
    """Whether the word in a construction's ``cue`` place is one of its class ("named", "appointment")."""
    cue = p.places.get("cue")
    if cue is None:
        return True
    keep = p.places.get("keep")
    if keep is not None and keep.text.casefold() not in _GOING_ON:
        return False  # "P will continue to lead X as T", not "P refused to join X as T"
    cls = word_classes().get(cue.head[-1].text.casefold())
    perfect = any(t.text.casefold() in ("has", "have") for t in cue.tokens)
    if cls == "led" and p.variant != "board-chaired" and not perfect:
        return False  # "P led X as chief executive until 2004": an office that may have ended
    return cls is not None and cls in _CUE_CLASS.get(p.variant, ())


def office(
    p: Predication, title: str | None, company: str | None, about: About | None, ev: Evidence
) -> tuple[str | None, str | None]:
    """(title, company) of a TITLE predication, given the cascade's one title and the company its
    place names: none without a word of appointment where the construction needs one; the title as
    written for the constructions of this module; the company the sentence is about where the
    construction names none."""
    if p.variant in TITLELESS and "title" not in p.places:
        verb = p.places["cue"].head[-1].text.casefold()  # "founded" -> "founder", "heads" -> "head"
        title = _OFFICE_OF_VERB.get(verb) or ("co-founder" if verb.startswith("co") else "founder")
    # ("P has chaired the board of X": "chaired" is a verb of office before a board only)
    # (a past "chaired" tells an office held before: only "has chaired" is current)
    chaired_board = (
        p.variant == "heads"
        and "board" in p.places
        and title == "chairman"
        and (
            p.places["cue"].head[-1].text.casefold() in ("chairs", "chair")
            or ev.text[: p.places["cue"].start - ev.start].rstrip().endswith((" has", " have"))
        )
    )
    if not title or not (cue_fits(p) or chaired_board):
        return None, None
    if p.variant == "is-title" and title != "CEO" and not _CORPORATE_TITLE.search(title):
        return None, None  # "P is president": of a country as likely as of the text's company
    if p.variant == "its-title" and p.places["title"].tokens[0].text.casefold() != "its":
        return None, None  # (the other title-first pairs stand where a noun group opens)
    if p.variant == "founded-its-title" and p.places["title"].tokens[0].text.casefold() != "its":
        return None, None  # "P founded X and is chairman of Y": only "its" title is X's
    if p.variant == "said-title" and _REPORTING_TO.search(ev.text, 0, p.places["title"].start - ev.start):
        return None, None  # "at X, reporting to T P": X's office (reports-to), not the sentence subject's
    if p.variant in ("copula", "copula-second", "appointment-of") and not role_noun_fits(p, ev):
        return None, None  # "P praised the work of CEO Q": only a role noun's ("her position as T")
    if p.variant in ("reported-serves-as", "serves-as", "led-serves-as") and not serving_fits(p, ev):
        return None, None
    if p.variant == "heads" and "board" in p.places and (
        p.places["board"].text.casefold() != "board" or title != "chairman"
    ):
        return None, None  # "P has chaired the board of X": only a board's chair, not "leads the unit of X"
    if p.variant == "appointed" and "first" in p.places and not _appointing(p.places["first"]):
        return None, None  # ("P was fired by X and named T of Y": each verb an appointment)
    if p.variant == "where-served" and not where_he_served(p):
        return None, None  # ("X, where Jane Roe served as T": another person's office)
    if p.variant == "succeeding" and p.places["then"].text.casefold() not in ("succeeding", "replacing"):
        return None, None  # (the participle after the office names the one succeeded)
    if p.variant == "led-by-fronted" and p.places["lead"].text.casefold() not in _LEADING:
        return None, None  # "Backed by investor P, X ...": only a verb of leading names an office
    if p.variant == "board-chaired" and (
        _THE.sub("", p.places["board"].text.casefold()) not in ("board", "board of directors")
        or p.places["cue"].head[-1].text.casefold() != "chaired"
    ):
        return None, None  # "The panel is chaired by P", "The board is led by P"
    if p.variant == "assumes-role" and p.places["role"].text.casefold().split()[-1] not in _ROLE_NOUNS:
        return None, None  # "P took the lead of T at X": no office's noun
    if p.variant == "board-appoints" and _THE.sub("", p.places["board"].text.casefold()) != "board":
        return None, None  # "The company has appointed P as T" is an anaphor's; "Analysts named P"
    if p.variant in WRITTEN_TITLE or (p.variant in TITLELESS and "title" in p.places):
        title = written_title(p.places["title"], ev.text, ev.start)
    company_c = p.places.get("company")
    premodifier = company_c.text if p.variant == "premodifier" and company_c is not None else None
    if (premodifier, title) == ("company", "secretary"):
        title = "company secretary"  # "company secretary P": the office's word, which the anaphor took
    if title.casefold().endswith("founders"):
        title = title[:-1]  # "X's founders, A and B": each a founder
    if company_c is not None and company_c.char == "N" and company_c.text in company_words().department:
        # "P, currently Senior Vice President of Supply Chain, ...": a department, no company; the
        # office is the sentence's (or the text's) company's
        title = f"{title} of {company_c.text}"
        company = discourse_company(p, title, about, ev.text, ev.start)
    elif p.variant == "subjectless-appoint":
        company = about.topic if about is not None else None  # "- Appointed P as T": the text's company
    elif "company" not in p.places:
        if office_of_merged(p, ev) or partner_on_board(p, ev, title):
            return None, None
        company = discourse_company(p, title, about, ev.text, ev.start)
        if p.variant == "succeeding" and company is not None and about is not None:
            company = company_not_left(p, company, about.topic, ev)
    title_c = p.places.get("title")
    if company_c is not None and title_c is not None and p.variant in ("copula", "apposition"):
        title = with_department(title, title_c, company_c, ev)  # "Vice President, Finance of X"
    return title, company


_THE = regex.compile(r"^the[ \t]+")
# "X, reporting to" right before a title: the company the report is made in
_REPORTING_TO = regex.compile(r"(?i),[ \t]+report(?:s|ed|ing)?[ \t]+to[ \t]+\Z")
def _appointing(c: Chunk) -> bool:
    return word_classes().get(c.head[-1].text.casefold()) == "appoint"


# a title only a company gives ("P is chief operating officer": no country's president)
_CORPORATE_TITLE = regex.compile(
    r"(?i)\b(?:chief(?:[ \t]+\w+){1,2}[ \t]+officer|cfo|coo|cto|cio|cmo"
    r"|managing[ \t]+director|general[ \t]+counsel)\b"
)
