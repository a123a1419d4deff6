"""The TITLE constructions of the cascade that name a company: a person, a title and a company.

"P, chief executive of X", "P is the CFO of X", "X's chairman P", "Acme chairman P", "X is led
by CEO P". Written over the chunk alphabet of :mod:`bizfacts.facts.cascade.chunks` with the
shared pieces of :mod:`.grammar`, and tried in their place among its constructions; those
naming no company live in :mod:`.executive`, the builder in :mod:`.build`.

>>> [v.name for v in variants()][:3]
['apposition', 'apposition-comma', 'apposition-bare']
"""

from __future__ import annotations

from .grammar import _APPOSITION, _OBJ_DESC, Variant, _v

# a description before a title: "is an Italian businessman, chairman of A, and the current"
_TITLE_DESCRIPTION = r"(?:[^CPVTHQ.;:]{0,14}?)"
# ("P took over as CEO of X": a deal verb before "as")
# ("P founded and became chief executive of X": a first verb, coordinated)
# ("P, who served (stepped down) as CEO of X": a relative clause's verb before "as"; "P stepped
# down as CEO of X": a particle after the verb; "P will serve (stay on) as CEO of X": a modal before it;
# "P retired in 2021 as CEO of X", "P served from 2012 to 2018 as CFO of X": a time between verb and "as";
# "P resigned from her position as CFO of X", "P holds the position of CFO at X": a role noun (executive.py
# checks it); "P left Y (in 2019) to become CEO of X": the office taken up after leaving;
# "His successor, P, will take over as CEO of X": the person an apposition, its closing comma)
# ("P was named X's T": a passive verb of appointing before a possessive title)
_IS_TITLE = r"(?:,?[hmv]{0,2}b|b[xZ](?=[CN]'T)|,?W[xv]?b|(?:(?<=,[PN]),)?[hmv]{0,2}[xZV][xn]?(?:i?D)?s|[hmv]{0,2}[xZV]f?[jd]x[so]|[hv]{0,2}[xZ]C(?:[in]?D)?tb|,?W[hv]{0,2}Vs|,?W[hv]{0,2}x{1,2}s(?=T)|b?[xZ]s|v?[xZ]s|[xV]cv?b)"
# the same before "T of X" ("P, who has been CFO of X since 2015,": "X's T" after it is who-possessive's)
_IS_TITLE_OF = _IS_TITLE[:-1] + r"|,?Whv?b)"
# a suffix of a person's name: "Nadia Roe, Ph.D., chief executive of A"
_NAME_SUFFIX = r"(?:,N\.?(?=,T))?"
# a department between a title and its company: "vice president of investor relations at A",
# "managing director of swaps for A"
# (", Finance of X": a department after a comma; "Regional President, South Sound, of X": set off by two)
# ("Senior Vice President, Marketing at X": the department set off by a comma, then "at"; "Vice
# President, Finance and Treasurer of X": a second title after the department)
# ("Executive Vice President of Orthopedics at X": a capitalized department before "at" and a company)
# ("Chairman of the Executive Board (CEO) of X": a board's name, the title's short form in parentheses;
# "Vice President of Circular Solutions at X": a department named like a company, then the company)
_DEPARTMENT = r"(?:ox{1,3}(?=[ar])|,[NYx],?(?=[oa])|,[NY]cT(?=[oa])|oN(?=aC)|oN(?:\(T\))?(?=oC)|oC\(T\)(?=oC)|oC(?=aC))?"

# a quotation mark before a company's name ("CEO of the investment company "Aya Capital"")
_QUOTED = r"(?:\"(?=[CN]\"))?"


def variants() -> tuple[Variant, ...]:
    """The TITLE constructions naming a company, in the order they are tried."""
    return (
        _v(
            "apposition",
            "TITLE",
            # ("P, currently CFO of X,": an adverb of the present before the title; "P, formerly the
            # CFO of X,": "formerly" before an article, a chunk of its own)
            # (not capitalized words right after a title's "of": "GM of Zelt Ana Ruiz, CEO of Y" runs
            # a company and a name together)
            # (nor an unknown company that another title's apposition follows: "..., former GM of
            # Zeltra Ana Ruiz, former CEO at Y" runs the company and the next person together)
            rf"(?P<person>P|(?<!T[oa])N){_NAME_SUFFIX}{_APPOSITION},[vF]?(?P<title>T){_DEPARTMENT}[oar]{_OBJ_DESC}{_QUOTED}(?P<company>C|N(?!,T))",
        ),
        # '"...," said P, chief executive officer, X.', "P, CEO, X, said": a press release's title and
        # company set off by commas (a known person and a known company only, the company closing the
        # apposition)
        _v("apposition-comma", "TITLE", rf"(?P<person>P){_NAME_SUFFIX},v?(?P<title>T),(?P<company>C)(?=[,.]|$)"),
        # "met with Olwen Brask CEO of X": a known person's title without its comma
        _v("apposition-bare", "TITLE", rf"(?P<person>P)(?P<title>T)[oar]{_OBJ_DESC}(?P<company>[CN])"),
        _v(
            "copula",
            "TITLE",
            # ("P has been president of the US subsidiary, Y Inc., in Charlotte": the unit named after it)
            # ("P of Castlegate Advisory serves as T of X": the adviser's firm after the person, no person)
            rf"(?<!Po)(?P<person>[PN])(?:(?<=P)o[CN])?{_APPOSITION}{_IS_TITLE_OF}{_TITLE_DESCRIPTION}(?P<title>T){_DEPARTMENT}"
            rf"(?:oR,(?=C)|(?:c[Rx])?[oar]{_OBJ_DESC}{_QUOTED})(?P<company>[CN])",
        ),
        # "P is chief technical officer of A and chief executive of B": the second title of a pair
        # ("P served as CEO of A from 1983 to 1984 and CEO of B": the first tenure's dates between)
        # ("P is the former publisher of A and chief executive of B": an office no title word names first)
        _v(
            "copula-second",
            "TITLE",
            rf"(?P<person>[PN]){_APPOSITION}{_IS_TITLE}(?:{_TITLE_DESCRIPTION}(?P<held>T)|d?F?(?P<held>x))[oar]{_OBJ_DESC}[CN]{{1,2}}D?,?c"
            rf"(?P<title>T)[oar]{_OBJ_DESC}(?P<company>[CN])(?!N)",
        ),
        _v(
            "possessive-predicate",
            "TITLE",
            rf"(?P<person>[PN]){_APPOSITION}{_IS_TITLE}(?P<company>[CN])'(?P<title>T)",
        ),
        # "X's chairman P", "X's chief executive is P" ("Its CEO is P", "The company's CEO is P")
        # ("X' current interim CEO is P": a word before the title)
        # ("X's CEO since 2015 has been P")
        # ("X's ex-chairman P": a tenure word before the title, status former)
        # ("X's managing director (consejero delegado) is P": the title in another language between)
        _v(
            "possessive",
            "TITLE",
            r"(?P<company>[CN])'(?:F-?)?x?(?P<title>T)(?:\(x{1,3}\))?(?:,|D?v?h?b)?(?:N(?=P))?(?P<person>[PN])",
        ),
        # "Acme chairman P" ("Former Acme chairman P": a tenure that ended, status former)
        _v("premodifier", "TITLE", r"(?P<company>[CN])(?P<title>T),?(?P<person>[PN])"),
        # "The chief executive of X, P, said", "The CEO of X is P"
        # ("The chairman of X, Sir P, ...": an honorific the extractors left out)
        # ("Before becoming CEO of X in 2012, P worked at Z": the office's date before the comma)
        # ("The former CEO of X, in 2006 P was named ...": the clause's fronted time after the comma)
        _v(
            "title-of",
            "TITLE",
            r"(?P<title>T)[oa](?P<company>[CN])(?:[in]D)?(?:,(?:[in]D,?)?|v?b)(?:N(?=P))?(?P<person>[PN])",
        ),
        # ("P, X's newly appointed chief executive,": words before the title)
        _v("possessive-apposition", "TITLE", r"(?P<person>[PN]),(?:9,)?(?P<company>[CN])'x{0,2}(?P<title>T)"),
        # ("whose chief executive officer (CEO) is P": the title's acronym in parentheses)
        # ("X is a clothing brand, whose CEO is P": the copula's noun before the relative)
        # ("X is a Danish furniture maker, founded in 1981 in Aarhus, whose CEO is P": a participle between)
        _v(
            "whose",
            "TITLE",
            # ("X, whose chairman P founded it in 1998,": the title before the name, no copula)
            r"(?P<company>[CN])(?:b[dxuLR]{1,4})?(?:,[^,;.CP]{1,10})?,W(?P<title>T)(?:\(T\))?"
            r"(?:b(?:N(?=P))?(?P<person>[PN])|(?P<person>[PN])(?=[xVZhbm]))",
        ),
        _v(
            "led-by-apposition",
            "TITLE",
            # ("X is led by Mr. P, President and CEO": an honorific the extractors left out)
            rf"(?P<company>[CN]){_APPOSITION}b?v?[xV]y(?:N(?=P))?(?P<person>[PN]),(?P<title>T)",
        ),
        # "Led by chief executive P, X is headquartered in L": a fronted participle's title and person
        # (the builder reads the same verbs as led-by's)
        _v(
            "led-by-fronted",
            "TITLE",
            r"^(?P<lead>[xVN])y(?P<title>T),?(?:N(?=P))?(?P<person>[PN]),(?P<company>[CN])",
        ),
        _v(
            "led-by",
            "TITLE",
            # ("X is an American food company led by chief executive P": the copula's noun between;
            # "X, led by chief executive P,"; "X is based in L and led by CEO P", "X makes Y and is led by";
            # "X has been led by chief executive P since 2020"; "It was founded in 2004 by A, and has been led
            # by chief executive P since 2019": a first verb phrase with its own agent)
            # ("It has its headquarters in L and is led by CEO P": a first verb phrase with a location noun)
            # ("The chain was bought by Y in 2008 and is now run by managing director P": a first passive)
            rf"(?P<company>[CN]){_APPOSITION}(?:b[dN][xuLR-]{{0,4}}(?=[xvV]y))?(?:(?:b?[xvHZV]{{1,2}}|hQ)[iaD9L]{{0,3}}(?:y[PC][iaD9L]{{0,2}})?,?c)?"
            rf"(?:h?b|,)?[xvV]{{1,2}}y[^.;CNP]{{0,3}}?(?P<title>T),?(?:N(?=P))?(?P<person>[PN])",
        ),
        # "P founded X in 2014 and has served as its chief executive since", "P, who joined X in 2010,
        # is its CFO": the company of the first verb phrase is the one "its" title names
        _v(
            "founded-its-title",
            "TITLE",
            rf"(?P<person>[PN])(?:v?|,Wv?)(?P<cue>x)(?P<company>[CN])[iaDL]{{0,4}},?c?{_NOW_SERVES}(?P<title>T)",
        ),
    )


# the second verb phrase before an "its" title: "and is", "and has served as", ", is now"
_NOW_SERVES = r"(?:[hmv]{0,2}bv?|[hmv]{0,2}x{1,2}s)"
