"""The constructions of mergers (MERGE): who merges into whom, a merger agreement's parties, a
company that becomes another's unit.  Written over the chunk alphabet of :mod:`.chunks` with the
shared pieces of :mod:`.grammar`, and tried in their place among its constructions (after the NOM
ones, before the ownership relations); :mod:`.merger` reads their roles.

>>> [v.name for v in variants(r"(?P<agent>C)", r"(?P<theme>C)")][:3]
['with', 'together', 'into']
"""

from __future__ import annotations

from .grammar import _APPOSITION, _BRIDGE, _OBJ_DESC, _PARTY, Variant, _v


def variants(a: str, t: str) -> tuple[Variant, ...]:
    """The MERGE constructions, in the order they are tried; ``a`` and ``t`` are the grammar's
    agent and theme places."""
    return (
        # MERGE: who merges into whom; with "with", "and" or no object the first-named party is
        # taken as the acquirer (the convention of docs/facts.md), with "into" the one merged into
        _v("with", "MERGE", rf"{a}{_APPOSITION}{_BRIDGE}(?P<verb>V)(?P<prep>w){_OBJ_DESC}(?P<other>{_PARTY})", "active"),
        _v("together", "MERGE", rf"{a}{_APPOSITION}{_BRIDGE}(?P<verb>V)(?![wICNPx])", "active"),
        _v("into", "MERGE", rf"{a}{_APPOSITION}{_BRIDGE}(?P<verb>V){t},?(?P<prep>I){_OBJ_DESC}(?P<other>{_PARTY})"),
        _v("into-subject", "MERGE", rf"(?<![oiytfrawnspI'])(?P<theme>{_PARTY}){_APPOSITION}{_BRIDGE}(?P<verb>V)(?P<prep>I){_OBJ_DESC}(?P<other>{_PARTY})"),
        # "X said its proposed merger with Y", "X said shareholders approved a merger into Y",
        # "X and Y said their merger will be completed", "X said it and Y reached a merger agreement",
        # "X said it filed a statement with the SEC for a proposed merger with Y"
        _v(
            "noun",
            "MERGE",
            rf"{a}(?!'){_APPOSITION}(?:[Dv]{{0,2}}Se(?:c(?P<co>[CN]))?)?(?:[^CNPVy.;]|wC){{0,14}}?(?:(?<![tGm])(?P<light>Z)|(?P<control>G)tZ)?(?P<noun>A)"
            rf"(?:(?P<after>G)?x?(?P<prep>[wI]){_OBJ_DESC}(?P<other>{_PARTY})(?!9)|(?P<after>G)?(?=[.,;bmhvVZ]))",
        ),
        # "X (NYSE: XX), a ... company, and Y, Inc., a ... developer, today announced that they have entered
        # into a definitive merger agreement": two parties, each with its apposition, make the agreement
        _v(
            "pair-noun",
            "MERGE",
            rf"(?<![oiytfrawnspc,])(?P<agent>C){_APPOSITION},?c(?P<co>C){_APPOSITION}(?:[^CNPVy.;]|wC){{0,14}}?"
            rf"(?:(?<![tGm])(?P<light>Z))?(?P<noun>A)(?P<after>G)(?=[.,;])",
        ),
        # "X will become a (wholly owned) subsidiary of Y", "agreed to merge with and become a unit of Y"
        _v(
            "become",
            "MERGE",
            rf"{a}{_APPOSITION}(?:{_BRIDGE}|[Dv]{{0,2}}S[Dnv9x]{{0,3}}W?e?)[^CNPARy.;]{{0,10}}?(?P<become>b)(?P<rel>R)o{_OBJ_DESC}u?(?P<other>{_PARTY})",
        ),
        # "... will merge into the Company, with the Company surviving as a wholly owned subsidiary of Y",
        # "with Y continuing as the surviving corporation and a wholly owned subsidiary of X"
        _v(
            "surviving",
            "MERGE",
            rf"(?P<agent>{_PARTY})(?P<become>x)s(?:[CNx]c)?(?P<rel>R)o{_OBJ_DESC}u?(?P<other>{_PARTY})",
        ),
        _v("noun-of", "MERGE", rf"(?P<noun>A)o(?P<agent>{_PARTY})(?P<prep>[wcI]){_OBJ_DESC}(?P<other>{_PARTY})"),
    )
