"""Deals told in an adverbial phrase of another clause, that clause's subject their party: a phrase
that opens the sentence ("After buying Y in 2017, X moved ...", "Having acquired Y, X ...",
"Following its acquisition of Y, X now ...") or one that ends a clause in the past ("X expanded
into Germany with the acquisition of Y", "X grew through acquisitions, buying A and B", "X has
grown by acquiring Y"); and a deal whose party is the possessor of its control noun ("X's deal to
buy Y is expected to close"), or whose target is the "it" of a relative clause ("Y was bought by Z,
which sold it to W"); a possessive deal noun opening the sentence is the text's company's ("Our
acquisition of Y closed on Friday").  Written over the chunk alphabet of :mod:`.chunks` with the shared pieces
of :mod:`.grammar` and tried in their place among its constructions; :mod:`.serves` checks the
phrase's opening word and the main verb, :mod:`.acquisition` reads them as done deals.

>>> [v.name for v in variants(r"(?P<theme>C)")][:4]
['fronted-gerund', 'fronted-noun', 'trailing-gerund', 'trailing-noun']
"""

from __future__ import annotations

from .chunks import Chunk
from .grammar import _PARTY, Variant, _v

# the constructions of this module; those whose phrase opens the sentence, before their subject
OPENING = frozenset({"fronted-gerund", "fronted-noun", "fronted-noun-by"})
NAMES = OPENING | {
    "trailing-gerund", "trailing-noun", "possessive-control", "opening-possessive", "which-sold-it",
    "fronted-noun-by", "trailing-noun-by",
}
# the words that open such a phrase and tell the deal done before the main clause's time
AFTER_WORDS = frozenset({"after", "following", "since"})
# ... and those that open a phrase at a clause's end telling how its subject did what it did
_MEANS_WORDS = frozenset({"after", "following", "by", "through", "via", "with"})
# past forms of the main verbs of growth not ending in "-ed"
_GREW = frozenset(
    "grew grown became become built made took taken went gone began begun won broke broken".split()
)
# what may follow the object before the comma: the other party ("to Z"), a time, a price, a place,
# the object's apposition ("After buying Y, a maker of coatings, in 2017, X ...")
_REST = r"(?:[tf]d?x{0,3}[CN])?[^,.;:CNPVWSA]{0,4}(?:,[^,.;:CNPVWSA]{1,10}){0,2}"
# the main clause's subject: a party that is neither a possessor, nor a place's nor a list's
_SUBJECT = rf"(?P<agent>{_PARTY})(?![',oc])"
_SUBJ_THEME = rf"(?P<theme>{_PARTY})(?![',oc])"
# a sentence's subject (after a time: "In 2004, X ...") and its main verb with what follows it
# ("grew through acquisitions" is one deal-noun group), up to the phrase
_OPENING = rf"^(?:[ip]D,?)?(?P<agent>{_PARTY})"
_OPENING_THEME = rf"^(?:[ip]D,?)?(?P<theme>{_PARTY})"
# ("moved into Asia in 2004": a place no extractor named after a preposition)
_MAIN = r"[hbv]{0,2}(?P<main>[xA])(?:[^.;:,CNPVWSGmAZ]|(?<=[Iin])N){0,6}?"


def variants(t: str) -> tuple[Variant, ...]:
    """The fronted constructions; ``t`` is the grammar's object place."""
    return (
        # "After buying Y in 2017, X moved its headquarters", "Having acquired Y, X ...", "Since
        # selling its bakery unit to Z, X has ...": the gerund's subject is the main clause's
        _v("fronted-gerund", "TRANS", rf"^(?P<opener>p)?(?P<verb>V)v?{t}{_REST},{_SUBJECT}", "active"),
        # "Following its acquisition of Y, X now operates ...": "its" is the main clause's subject
        _v("fronted-noun", "NOM", rf"^(?P<opener>p)(?P<noun>A)(?P<prep>o){t}{_REST},{_SUBJECT}"),
        # "X grew through acquisitions, buying A and B", "X has grown by acquiring Y": the sentence's
        # subject, its main verb in the past, then the deal's gerund
        _v("trailing-gerund", "TRANS", rf"{_OPENING}{_MAIN}(?:,|(?P<opener>[yp]))(?P<verb>V){t}", "active"),
        # "X expanded into Germany with the acquisition of Y", "... through its purchase of Y"
        _v("trailing-noun", "NOM", rf"{_OPENING}{_MAIN}(?P<opener>[wpy])(?P<noun>A)(?P<prep>o){t}(?!y)"),
        # "X's deal to buy Y is expected to close", "X's agreement to acquire Y": the possessor of the
        # control noun opening the verb group buys (or sells)
        _v("possessive-control", "TRANS", rf"(?<![wfoiytr])(?P<agent>{_PARTY})'(?P<verb>V){t}", "active"),
        # "In 1998 Y was bought by Z, which sold it to W in 2011": "it" in the relative clause on a later
        # party is the sentence's subject (a sale's verb, its buyer after "to")
        # "Our acquisition of Y closed on Friday", "Its sale of Y to Z was completed": a possessive deal
        # noun opening the sentence is the text's company's deal
        _v("opening-possessive", "NOM", rf"(?:^|(?<=[.:;\"]))(?P<noun>A)(?P<prep>o){t}(?!y)"),
        _v(
            "which-sold-it",
            "TRANS",
            rf"{_OPENING_THEME}[^.;:W]{{1,12}}?(?P<agent>{_PARTY}),W(?P<verb>V)(?P<pronoun>e)(?=t)",
            "active",
        ),
        # "Following its acquisition by Y, X now ...": "its" is the main clause's subject, the one bought
        # (or sold: "After its sale by Y in 2019, X ...")
        _v("fronted-noun-by", "NOM", rf"^(?P<opener>p)(?P<noun>A)y(?P<agent>{_PARTY}){_REST},{_SUBJ_THEME}"),
        # "Under the tie-up, X will supply Y with ...", "Under the partnership, X will pay royalties to Y":
        # a partnership noun opening the sentence, the main clause's subject and the party its plain
        # verb acts on (open_class.py checks "under" and the noun)
        _v(
            "under-noun",
            "SYM",
            rf"^(?P<opener>p)(?P<noun>A),(?P<agent>{_PARTY})(?![',oc])[mhbv]{{0,3}}(?P<main>x)"
            rf"(?:[dj]?x{{1,3}}(?P<prep>[twa]))?d?x{{0,2}}(?P<theme>{_PARTY})",
        ),
        # "X was delisted in 2019 following its takeover by Y": the sentence's subject, its main verb in
        # the past, then its own deal with the other party after "by"
        _v(
            "trailing-noun-by",
            "NOM",
            rf"{_OPENING_THEME}{_MAIN}(?P<opener>p)(?P<noun>A)y(?P<agent>{_PARTY})(?![or'])",
        ),
    )


def opens_done_deal(v: Variant, places: dict[str, Chunk]) -> bool:
    """Whether a fronted match opens with a word that tells its deal done ("after", "following",
    "since", or "having" in the verb group) and names its deal as its subject's own; whether a
    trailing one follows a main verb in the past ("expanded", "has grown") and opens with a word of
    means ("by", "through", "with", "after")."""
    opener, trigger = places.get("opener"), places.get("verb" if v.frame == "TRANS" else "noun")
    if trigger is None or trigger.predicate not in ("acquire", "sell"):
        return False
    if v.name == "opening-possessive":
        return trigger.possessive in ("its", "our", "their")
    if v.name == "which-sold-it":
        return trigger.predicate == "sell" and places["pronoun"].text.casefold() == "it"
    if v.name == "possessive-control":
        return trigger.tokens[0].tag == "G"  # ("X's deal to buy", not "X's shares rose")
    if v.name.startswith("trailing"):
        word = places["main"].tokens[0].text.casefold()
        past = word.endswith("ed") or word in _GREW
        means = opener is None or opener.text.casefold() in _MEANS_WORDS
        owned = v.frame == "TRANS" or trigger.possessive in ("its", "their") or trigger.tokens[0].tag == "d"
        return past and means and owned
    if opener is not None and opener.text.casefold() not in AFTER_WORDS:
        return False  # "Instead of buying Y, X ...", "Despite its sale of Y, X ..."
    if v.frame == "NOM":
        return trigger.possessive in ("its", "their")
    first = trigger.tokens[0].text.casefold()
    return first == "having" if opener is None else trigger.form == "ing"
