"""The constructions of ownership relations: relational nouns (REL: "Y, a unit of X"; INV: "X, the
parent of Y"), a stake held (HAS: "X holds 20% of Y") and a holding told from the asset (OWNED: "Y is
60% owned by X").

Written over the chunk alphabet of :mod:`bizfacts.facts.cascade.chunks` with the shared pieces of
:mod:`.grammar`, and tried in their place among its constructions (after the MERGE ones, before the
SYM ones).

>>> [v.frame for v in variants(r"(?P<agent>C)")][:2]
['REL', 'REL']
"""

from __future__ import annotations

from .grammar import (
    _APPOSITION,
    _APPOSITION_NO_PARTY,
    _BRIDGE,
    _DESC,
    _DESCRIPTION,
    _IS,
    _OBJ_DESC,
    _PARTY,
    _PLACE_OF,
    _REL_DESC,
    _SAID,
    Variant,
    _v,
)


def variants(a: str) -> tuple[Variant, ...]:
    """The REL, INV, HAS and OWNED constructions, in the order they are tried; ``a`` is the
    grammar's agent place (a clause's subject)."""
    return (
        # REL: a relational noun naming the asset; INV: one naming the owner
        _v(
            "apposition",
            "REL",
            # (", which itself is a subsidiary of X": a relative clause; "Y has become a 100% subsidiary
            # of X", "Y will continue to operate as a unit of X")
            # ("Y, the largest maker of brushes in Ohio and a unit of X,": a second apposition, coordinated;
            # its first holds no party, but the description that may read as the subject: "the largest maker")
            # ("Y is a game developer based in L, and a subsidiary of X": the copula's description placed;
            # "Y is a regional carrier that operates as a subsidiary of X": a relative on the description;
            # "Y is a 70%-owned subsidiary of X": the stake before the participle; "Y, which now operates
            # as a wholly owned subsidiary of X": a relative clause's verb of operating)
            rf"(?P<asset>{_PARTY}){_APPOSITION}{_PLACE_OF}(?:,{_REL_DESC}|,(?:C(?=o))?(?:[^,;.PCN]|(?<=i)N){{1,14}}?c{_REL_DESC}|\({_REL_DESC}|,W[xv]{{0,2}}b{_REL_DESC}|,W[hvm]{{0,2}}[xZV]s|[hv]{{0,2}}b{_DESCRIPTION}(?:cx{{0,2}}V)?|[hv]{{0,2}}b[^CNPVHQSW.;:]{{0,8}}?H[ia]L,?c|[hv]{{0,2}}(?:m?x)?[xZV]s|b[xZV]?s|[hv]{{0,2}}bd?[xuBL-]{{0,5}}W[hvm]{{0,2}}[xZV]s|[hv]{{0,2}}bd?(?P<stake>%)-?V)v?R?(?P<rel>R)o(?:d?x{{1,3}},)?{_DESC}(?P<owner>{_PARTY})",
        ),
        # "As a subsidiary of X, Y supplies ...", "A regional operating subsidiary of distributor X, Y
        # supplies ...": a fronted description of the sentence's subject (an apposition to X between)
        _v(
            "fronted",
            "REL",
            rf"^s?[dxV]{{0,4}}(?P<rel>R)o{_DESC}(?P<owner>{_PARTY})(?:,[^,;.PS]{{1,8}}?)?,(?P<asset>{_PARTY})N?(?=[xVYZbhmvS])",
        ),
        # "the founder of Y which is a subsidiary of X": a relative clause without its comma, right
        # after the name
        _v(
            "which",
            "REL",
            rf"(?P<asset>{_PARTY})W[xv]{{0,2}}b{_REL_DESC}v?R?(?P<rel>R)o(?:d?x{{1,3}},)?{_DESC}(?P<owner>{_PARTY})",
        ),
        # "Y is a Fairfax-based company that owns Z and is a subsidiary of X": the subject's second
        # predicate, coordinated
        _v(
            "coordinated",
            "REL",
            rf"(?<![oiytfrawnspc:NP])(?P<asset>{_PARTY}){_APPOSITION_NO_PARTY}[bvVxZh][^.;:S]{{0,14}}?cv?b{_REL_DESC}(?P<rel>R)o{_DESC}(?P<owner>{_PARTY})",
        ),
        # "As a subsidiary of X, Y is ...", "A unit of X since 2001, Y makes ..."
        _v(
            "fronted",
            "REL",
            rf"(?:^|[.\"])[sp]?(?P<rel>R)o{_OBJ_DESC}(?P<owner>{_PARTY})(?:,[^,;.CNP]{{1,12}}|,[dC][^,;.P]{{0,11}})?,(?P<asset>{_PARTY}){_PLACE_OF}(?=[bvVxZhm])",
        ),
        # ("X's operating subsidiary, Y": a participle the noun group left out)
        _v("possessive", "REL", rf"(?P<owner>{_PARTY})'V?(?P<rel>R),?(?P<asset>{_PARTY})"),
        _v("possessive-inner", "REL", rf"(?P<owner>{_PARTY})'(?P<rel>R)"),
        _v("its", "REL", r"(?P<rel>R),?(?P<asset>[CN])"),
        _v("its-inner", "REL", r"(?P<rel>R)"),
        # "Through its wholly owned subsidiary, Y, X sells insurance": "its" is the main clause's
        # subject (the builder reads "through" or "via")
        _v("its-fronted", "REL", r"^(?P<opener>p)(?P<rel>R),?(?P<asset>C),(?P<owner>C)(?=[Vxhmb])"),
        # "X has e-commerce websites A and B", "X has a wholly owned subsidiary, Y." (not "..., Y said")
        _v("has", "REL", rf"(?P<owner>{_PARTY})v?h[x-]{{0,3}}(?P<rel>R)(?:(?P<asset>C)|,(?P<asset>C)(?!S))"),
        # "X has a subsidiary (in Sweden) called Y" (the builder reads "called" or "named")
        _v("has-called", "REL", rf"(?P<owner>{_PARTY})v?h[x-]{{0,3}}(?P<rel>R)(?:i[LN](?:,L){{0,2}})?,?(?P<cue>x)(?P<asset>[CN])"),
        # "X's subsidiaries include A, B and C", "Its brands are A and B" (the builder reads the verb)
        # ("X's subsidiaries, namely A and B,": the builder takes a comma before "namely" only)
        _v("possessive-include", "REL", rf"(?P<owner>{_PARTY})'(?P<rel>R)v?,?(?P<cue>[xb])(?P<asset>{_PARTY})"),
        _v("its-include", "REL", r"(?<![CN]')(?P<rel>R)v?,?(?P<cue>[xb])(?P<asset>[CN])"),
        # "The subsidiaries of X include A and B" (the builder reads the verb)
        _v("of-include", "REL", rf"(?<![CN]')(?P<rel>R)o(?P<owner>{_PARTY})v?(?P<cue>[xb])(?P<asset>{_PARTY})"),
        # "X owns several brands, including A and B", "X has units such as A", "X has three units,
        # namely A, B and C" (the builder reads the verb and "including")
        # ("X has subsidiaries in Sweden and Germany, including A and B": the units' places between)
        _v(
            "has-including",
            "REL",
            # ("X operates through subsidiaries including A", "X has subsidiaries in 12 countries, including A")
            rf"(?P<owner>{_PARTY})(?P<cue>[hV])(?P<via>p)?(?P<rel>R)(?:i(?:[LN](?:,?c?[LN]){{0,3}}|9?x{{1,2}}))?,?"
            rf"(?P<incl>p|xs|x)(?P<asset>[CN])",
        ),
        # "X has (operates through) three subsidiaries: A, B and C" (no "of" between: "Description of
        # business: Design and manufacture ..." is a form's label)
        _v("colon-list", "REL", rf"(?<![oiytfrawnspc])(?P<owner>{_PARTY})[^CNP.;:o]{{1,4}}?(?P<rel>R):(?P<asset>[CN])"),
        # "Y, its software business,": the subject's unit named before the noun
        _v("its-apposition", "REL", r"(?P<asset>[CN]),(?P<rel>R)(?=[,.;])"),
        # "Y, the group's original carton business, runs ...": the owner's possessive in the apposition
        _v("apposition-possessive", "REL", rf"(?P<asset>[CN]),(?P<owner>{_PARTY})'(?P<rel>R)(?=[,.;])"),
        # "Velmora subsidiary Y": the owner named inside the noun group before the unit's name
        _v("premodifier-inner", "REL", r"(?<![CN'])(?P<rel>R)(?P<asset>C)(?!')"),
        # "Y is Velmora's subsidiary", "Y is one of Velmora's subsidiaries"
        _v(
            "possessive-predicate",
            "REL",
            rf"(?P<asset>{_PARTY}){_APPOSITION}v?b(?:xo)?(?P<owner>{_PARTY})'(?P<rel>R)(?=[.,;]|$)",
        ),
        # "Y, a Velmora subsidiary,": the owner named inside the apposition's noun group
        # ("Y is a Velmora subsidiary based in L": the copula's, a clause's subject before it)
        _v(
            "apposition-inner",
            "REL",
            r"(?P<asset>[CN]),(?P<rel>R)(?=[,.;])|(?<![oiytfrawnspc:NPC])(?P<asset>[CN])b(?P<rel>R)(?=[,.;HW]|$)",
        ),
        # "Y is its wholly owned subsidiary", "Y has become our subsidiary": the possessive's company
        # (the clause's subject, or the text's) owns the company the copula names
        # ("A and B are our wholly owned subsidiaries": a list before the copula, one fact each)
        _v(
            "its-predicate",
            "REL",
            r"(?<![oiytfrawnspc:NPC'])(?<!C,)(?:C(?:,C){0,3},?c)?(?P<asset>C)[mhv]{0,3}bv?(?P<rel>R)(?=[.,;]|$)",
        ),
        _v(
            "apposition",
            "INV",
            # ("X, an early investor in Y,": an investor's company after "in")
            # ("Toho Mutual Life is ...": capitalized words after a company's name are the rest of it)
            # ("We are the parent company of the following wholly owned subsidiaries: A, ...; B, ...":
            # a list after a colon)
            rf"(?<!C)(?P<owner>{_PARTY}){_APPOSITION}{_IS}v?(?P<rel>R)(?:[orti]{_DESC}|od?pR:)(?P<asset>{_PARTY})",
        ),
        # "X is located in Spokane and is the parent company for A, B and C": a second predicate
        # ("X is a subsidiary of Y and the parent company of Z": the copula shared by two relations; "X is a
        # bank holding company headquartered in L, and the parent company of Z": a description before)
        _v(
            "coordinated",
            "INV",
            rf"(?<![oiytfrawnspc:NP])(?P<owner>{_PARTY}){_APPOSITION_NO_PARTY}(?:[bvVxZh][^.;:S]{{0,14}}?cv?b|b[^.;:S]{{0,6}}?Ro[^.;:S]{{0,4}}?[CN]c|b[^.;:SCNPT]{{1,8}}?c)"
            rf"{_REL_DESC}(?P<rel>R)[ort]{_DESC}(?P<asset>{_PARTY})",
        ),
        _v(
            "possessive-predicate",
            "INV",
            rf"(?P<owner>{_PARTY}){_APPOSITION}{_IS}(?P<asset>{_PARTY})'(?P<rel>R)",
        ),
        _v("possessive", "INV", rf"(?P<asset>{_PARTY})'(?P<rel>R)(?:b|,)?{_DESC}(?P<owner>{_PARTY})"),
        _v("whose", "INV", rf"(?P<asset>{_PARTY}),W(?P<rel>R)b(?P<owner>{_PARTY})"),
        # "The ultimate parent undertaking is X." (a report's own company, the possessor unsaid) and
        # "The directors regard X as the ultimate parent undertaking." (the builder reads "The" and the verb)
        _v("the-copula", "INV", rf"^(?P<rel>R)(?:cR)?b(?P<owner>{_PARTY})(?=[.;,(]|$)"),
        _v("regarded-as", "INV", r"(?P<owner>C)s(?P<rel>R)(?=[.;]|$)"),
        # "Facebook owner Meta", "Google parent Alphabet": the asset named inside the noun group
        # ("Our largest shareholder, the media group X, owns 22%": the owner in an apposition)
        _v("premodifier", "INV", r"(?<![CN'])(?P<rel>R)(?:(?P<owner>C)(?!')|,(?P<owner>C)(?=,))"),
        # an investor's lists (the builder reads the verb and the parties listed after the first):
        # "Y's investors include A and B", "Y, whose backers include A,", "Other investors in Y include
        # A", "Y counts A and B among its investors"
        _v("investors-include", "INV", rf"(?P<asset>{_PARTY})'(?P<rel>R)v?(?P<cue>x)(?P<owner>{_PARTY})"),
        _v("whose-include", "INV", rf"(?P<asset>{_PARTY}),W(?P<rel>R)v?(?P<cue>x)(?P<owner>{_PARTY})"),
        _v("investors-in-include", "INV", rf"(?P<rel>R)i(?P<asset>{_PARTY})v?(?P<cue>x)(?P<owner>{_PARTY})"),
        _v(
            "counts-among",
            "INV",
            # ("Y, valued at $900 million last year, counts A among its backers")
            # ("Y counts A as its largest shareholder": one party, "as" its relational noun)
            rf"(?P<asset>{_PARTY}){_APPOSITION_NO_PARTY}(?P<cue>[xV])(?P<owner>{_PARTY})"
            rf"(?:(?:,{_PARTY}){{0,3}}(?:,?c{_PARTY})?p|s(?=R))(?P<rel>R)",
        ),
        # "A is among the investors in Y", "A and B are among Y's backers"
        _v(
            "is-among",
            "INV",
            rf"(?<![CNoiytfrawnsp])(?P<owner>{_PARTY})(?:,{_PARTY}){{0,3}}(?:,?c{_PARTY})?{_APPOSITION_NO_PARTY}v?bp"
            rf"(?:(?P<rel>R)i{_DESC}(?P<asset>{_PARTY})|(?P<asset>{_PARTY})'(?P<rel>R))",
        ),
        # "Supported by parent company X, the global leader in ..., Y has ..." ("Backed by parent ...")
        _v(
            "fronted",
            "INV",
            rf"(?:^|[.\"])(?:[xV][yi])?(?P<rel>R),?(?P<owner>{_PARTY})(?:,[^,;.CNP]{{1,12}}|,[dC][^,;.P]{{0,11}})?,(?P<asset>{_PARTY}){_PLACE_OF}(?=[bvVxZhm])",
        ),
        # "X has a 24 pct stake in Y": a present "have" with a stake is ownership
        _v(
            "has-stake",
            "HAS",
            rf"{a}{_APPOSITION}{_BRIDGE}v?(?P<have>h)(?P<stake>K)[io](?:x{{0,2}}o)?(?P<theme>[CN])",
        ),
        # "X would keep its 20% stake in Y", "X plans to sell its 30% stake in Y": the subject holds it
        _v("its-stake", "HAS", r"(?P<stake>K)[io](?:d?x{0,2}o)?x{0,3}(?P<theme>[CN])(?!')"),
        # "X's 35% stake in Y is worth $400 million", "X's stake in Y rose to 40%": the possessor of a
        # stake that opens the sentence holds it (a copula or a plain verb after it, no deal verb;
        # the percentage it rose or fell to is the stake now)
        _v(
            "possessive-stake",
            "HAS",
            # ("X's 28% stake in Y is now worth M": the copula and "worth" one verb group)
            r"(?:^|(?<=[.:;\"]))(?P<agent>[CN])'(?P<stake>K)[io](?:d?x{0,2}o)?x{0,3}(?P<theme>[CN])(?:b|(?P<worth>V)|x(?:t(?P<pct>%))?)",
        ),
        # "Y, in which X has (holds) a 20 pct stake"
        # ("Y, a Tromsø-based port company in which X holds the remaining 55%": the theme's apposition
        # between; a percentage with no stake noun)
        _v(
            "in-which",
            "HAS",
            # ("in which Japan's X holds a 35% stake": a possessive place before the holder)
            # ("in which X holds 40%, ...": a bare percentage closing the clause)
            rf"(?P<theme>{_PARTY})(?:,d?[xBLu-]{{1,5}}|,)iW(?:L')?(?P<agent>{_PARTY})v?(?P<have>[hV])"
            r"(?:(?P<stake>K)|dx?(?P<stake>%)|(?P<stake>%)(?=[,.;)]))",
        ),
        # "Y, 70 pct-owned by X,", "Y, 60% owned by X,", "Y, which is 60% owned by X", "Y is 60%-owned by X"
        _v(
            "stake-owned-by",
            "OWNED",
            # ("31 pct owned by investment partnership Z": a deal noun in the owner's description)
            # ("X, based in L, is 18% owned by Y": an apposition between)
            # ("Y is owned 55% by A, 35% by B and 10% by C": the stake after the participle)
            rf"(?P<asset>{_PARTY})(?:(?:,[^,;.CNP]{{1,12}},v?b|,(?:Wv?b)?|v?b)v?(?P<stake>%)-?(?P<verb>V)|(?:,W?)?(?P<verb>V)(?P<stake>%))y"
            # ("38% owned by the Ellingsen family's investment company X": a possessive description)
            rf"(?:d?(?:N|x{{1,2}})x?'x{{1,3}}(?=C)|{_DESC}|x{{0,2}}A(?=C))(?P<owner>{_PARTY})",
        ),
        # "Y is owned as to 70% by X" (a Hong Kong filing's phrase)
        _v("owned-as-to", "OWNED", rf"(?P<asset>{_PARTY})(?P<verb>V)st(?P<stake>%)y{_DESC}(?P<owner>{_PARTY})"),
        # "X's 51%-owned unit Y"
        _v(
            "possessive-stake-owned",
            "OWNED",
            rf"(?P<owner>{_PARTY})'(?P<stake>%)-?(?P<verb>V)x{{0,2}}R?,?(?P<asset>C)",
        ),
        # "Y, a (Web-based) messaging service run by X"
        # ("Y (AIM) is a field services company, owned by its parent company, X": the copula's
        # description, then the participle; the owner's relational noun before its name)
        _v(
            "described-by",
            "OWNED",
            # ("Y is a British record label owned by X": a relational noun's group as the description)
            # ("Y now trades mainly as a subsidiary savings bank owned by X": "as" after a plain verb; "Y is a
            # radio station owned by X": an asset noun's group; "Y is an oilfield services company, owned by
            # X": an asset noun's group modifying the description's noun)
            rf"(?P<asset>{_PARTY})(?:,|{_APPOSITION}(?:b|v{{0,2}}x{{1,2}}s))(?:(?:d?N)?d?[xB-]{{0,4}}|Rx{{0,2}}|d?Yx{{0,3}}),?(?P<verb>V)y(?:R,)?{_DESC}(?P<owner>{_PARTY})",
        ),
        # "X-owned startup Y"
        _v("hyphen", "OWNED", r"(?P<owner>C)-(?P<verb>V)x{0,4}(?P<asset>C)"),
        # "X owns two regional papers, A and B, and ...": the first of an enumerated object
        _v(
            "enumerated",
            "OWNED",
            rf"(?<![wfO])(?P<owner>{_PARTY}){_APPOSITION}{_BRIDGE}(?P<verb>V)v?[xR]{{1,4}}(?:pjx)?[,:](?P<asset>C)(?=(?:,C)*,?cC)",
        ),
        # "Y said X now holds 9 pct of its common stock": "its" is the reporting subject's
        _v(
            "its-shares",
            "OWNED",
            rf"(?P<asset>{_PARTY}){_APPOSITION}{_SAID}?(?P<owner>{_PARTY})v?(?P<verb>V)(?P<stake>%)o(?=j)",
        ),
        # ("Y has been majority-owned by X since 2018": the perfect)
        _v("owned-by", "OWNED", rf"(?P<asset>{_PARTY}){_APPOSITION},?W?h?b?v?uy{_DESC}(?P<owner>{_PARTY})"),
    )
