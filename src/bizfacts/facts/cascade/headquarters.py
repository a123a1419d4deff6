"""The HQ constructions of the cascade: where a company is based.

Written over the chunk alphabet of :mod:`bizfacts.facts.cascade.chunks` with the shared pieces of
:mod:`.grammar`, and tried in their place among its constructions (the builder is
:func:`bizfacts.facts.cascade.build.sentence_facts`).

>>> [v.name for v in variants()][:3]
['participle', 'copula', 'coordinated']
"""

from __future__ import annotations

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
        # "X is a bank holding company headquartered in L", "X will be based in L": X is a subject
        _v(
            "copula",
            "HQ",
            rf"(?<![oiytfrawnspc:NP~])(?<!b[dxuNPL,~]{{0,8}})(?P<company>{_PARTY})(?:{_APPOSITION_NO_PARTY}|{_APPOSITION_OF_PARTY}|{_APPOSITION_BY_PEOPLE})"
            # (a title-case description: "is an industry-leading Internet Service Provider based in L")
            rf"(?!m)b?{_DESCRIPTION_NAMES}(?<!m)(?<!mb),?Q?(?P<hq>H){_AT}{_LOCATION}",
        ),
        # "X is a subsidiary of Y and is based in L", "X makes valves and is headquartered in L": the
        # subject's second predicate, coordinated
        _v(
            "coordinated",
            "HQ",
            rf"(?<![oiytfrawnspc:,])(?P<company>{_PARTY}){_APPOSITION_NO_PARTY}[bvVxZh][^.;:SW]{{0,12}}?c(?:v?b)?v?(?P<hq>H){_AT}{_LOCATION}",
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
            rf"(?:^|[.\"])[^CNP.;]{{0,6}}?(?P<hq>[HQ])[ia](?P<loc>[LN](?:,L){{0,3}})(?:,d[^,;.CNPVHQ]{{1,12}})?,(?P<company>{_PARTY})",
        ),
        # "X has its headquarters in L", "X (has) moved its headquarters (from L) to L", "X operates from
        # its headquarters in L"
        _v(
            "noun",
            "HQ",
            # "X is a British engineering company with its headquarters in L", "X, a bank with head
            # offices in L"
            # ("X said its principal executive offices are located at ..."; "X is a privately held
            # company whose headquarters are in L")
            rf"(?<![oiytfrawnspc])(?P<company>{_PARTY}){_APPOSITION}(?:,W)?(?:h|Z|h?v?x|V|S|(?:(?:b|,)d[^CNPVHQSW.;:]{{0,8}}?|,)[wW])?"
            rf"f?(?P<hq>Q)(?:b?H?[iat]|f[LN](?:,L){{0,3}},?t){_LOCATION}",
        ),
        # "... the common stock of X, a Delaware corporation with principal executive offices in L": an
        # apposition's offices, whatever the party it describes is the object of
        _v(
            "apposition-noun",
            "HQ",
            rf"(?P<company>{_PARTY}),d[^CNPVHQSW.;:]{{0,8}}?w(?P<hq>Q)[iat]{_LOCATION}",
        ),
        # "X's headquarters are (located) in L"
        # ("Our principal executive offices are located at 410 Elm Street, Suite 9, Austin, Texas")
        # ("We were incorporated in Delaware and our principal executive offices are located in L": a
        # possessive reference after "and" opens a clause of its own)
        _v(
            "possessive-noun",
            "HQ",
            rf"(?:(?<![oiytfrawnspcV])|(?<=c)(?=CQ))(?P<company>{_PARTY})'?(?P<hq>Q)bH?[iat]{_LOCATION}",
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
        # "a news conference in Osaka, where the company is based"
        _v("where", "HQ", r"i(?P<loc>L(?:,L){0,3}),W(?P<company>[CN])b?v?(?P<hq>H)(?![iat])"),
        # "the Dayton company", "the Bangor, Maine, forest products company": a reference with its town
        _v("place-description", "HQ", r"d(?P<loc>L(?:,L){0,2}),?x{0,3}(?P<company>C)"),
        # "Vienna's Quartzwerk"
        _v("possessive-place", "HQ", r"(?<![oiytfrawnspc'])(?P<loc>L)'(?P<company>C)"),
        _v("noun-of", "HQ", rf"(?P<hq>Q)o(?P<company>{_PARTY})b[ia]{_LOCATION}"),
        # "the Japanese American National Museum in Los Angeles": an institution stands where it is
        _v("institution-in", "HQ", r"(?P<company>C)i(?P<loc>L(?:,L){0,3})"),
        _v("adjective", "HQ", r"(?P<company>[CN])"),
    )
