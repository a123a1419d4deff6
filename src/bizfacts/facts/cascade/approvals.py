"""Deals a company's board approved: "The Board of Directors of X approved the acquisition of Y",
"X's board has approved the proposed sale of its Y unit to Z".  A board acts for its company, so the
company is the deal noun's agent (the buyer of an acquisition, the seller of a sale); the deal is
announced, not done.  Only a board approves here: "Regulators approved the acquisition of Y" names no party,
and "The FTC approved the acquisition of Y" is a regulator's act, not the buyer's.

Written over the chunk alphabet of :mod:`.chunks` and tried among the constructions of
:mod:`.grammar`; :mod:`.serves` checks the board's word and the verb (:func:`approved_by_board`).

>>> import bizfacts
>>> [(f.acquirer, f.target, f.status) for f in bizfacts.extract_facts(
...     "The board of directors of Harlow Metals Inc. approved the acquisition of Trent Foundry Ltd.")]
[('Harlow Metals', 'Trent Foundry', 'announced')]
"""

from __future__ import annotations

from .chunks import Chunk
from .grammar import _PARTY, Variant, _v

NAMES = frozenset({"board-approves", "owners-approve-sale"})
# the words naming a company's board ("the Board", "its board of directors", "the supervisory board")
_BOARD_WORDS = frozenset({"board", "directors", "supervisory board", "board of directors"})
# the words naming a company's owners, who vote on its sale
_OWNER_WORDS = frozenset({"shareholders", "stockholders", "holders", "unitholders", "investors", "owners"})
# the forms of the verbs a board decides a deal with
# (one word: "has" and "unanimously" stand in chunks of their own before it)
_APPROVING = frozenset(
    "approved approves approve authorized authorised authorizes authorises endorsed endorses".split()
)
# the board and its company: "the Board (of Directors) of X", "X's board (of directors)"
_BOARD_OF = (
    # ("we wish to inform you that the Board of Directors of X ...": a clause reported after "that")
    rf"(?:(?:^|(?<=[.:;\"W]))d?(?P<board>[Nx])o(?:[Nx]o)?(?P<agent>{_PARTY})"
    rf"|(?P<agent>{_PARTY})'(?P<board>[Nx])(?:o[Nx])?)"
)

# the board's meeting or its date before the verb: ", at its meeting held on Monday,", "on 3 March"
_MEETING = r"(?:,?[ai][jd]?x{1,2}(?:[xV][ni]?D)?,?|[ni]?D,?)?"


def variants(t: str) -> tuple[Variant, ...]:
    """The board-approval constructions; ``t`` is the grammar's object place."""
    return (
        # "The Board of Directors of X has approved the acquisition of Y (for $40 mln)", "X's board
        # unanimously approved the sale of its Y unit to Z"
        # ("The Board of X, at its meeting held on 3 March, approved ...": the meeting between)
        _v(
            "board-approves",
            "NOM",
            rf"{_BOARD_OF}{_MEETING}[hmv]{{0,2}}(?P<approve>x)(?P<noun>A)(?P<prep>o){t}(?!y)",
        ),
        # "X shareholders (X's board) approved its sale to Z": the company its owners or board answer
        # for is what is sold ("its"), the buyer after "to"
        _v(
            "owners-approve-sale",
            "NOM",
            rf"(?<![oiytfrawnsp])(?P<theme>{_PARTY})'?(?P<board>[xR]){_MEETING}[hmv]{{0,2}}(?P<approve>x)(?P<noun>A)(?=t[CN])",
        ),
    )


def approved_by_board(places: dict[str, Chunk]) -> bool:
    """Whether a board-approves match names a board and a verb of approving: "the Board ...
    approved", not "X's chairman approved" nor "the Board of X opposed"."""
    board = " ".join(places["board"].text.casefold().split())
    board = board.removeprefix("the ").removeprefix("its ")
    verb = places["approve"].text.casefold()
    noun = places["noun"]
    if "agent" not in places:  # "X shareholders approved its sale to Z": X's owners or board, X's own sale
        owners = board in _BOARD_WORDS or board in _OWNER_WORDS
        return owners and verb in _APPROVING and noun.predicate == "sell" and noun.possessive == "its"
    return board in _BOARD_WORDS and verb in _APPROVING and noun.predicate in ("acquire", "sell")
