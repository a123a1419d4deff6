"""The prepositional phrases after a clause's construction: "from Z", "to Z", "for $5 mln", "to a
group of investors led by Z" (each preposition's first party or amount).

>>> from bizfacts.facts.cascade.tokens import tokenize
>>> from bizfacts.facts.cascade.chunks import chunk, chunk_string
>>> cs = chunk(tokenize("sold it to Vell Corp for $5 mln", 0, [(11, 20, "C", None), (25, 31, "M", None)]))
>>> sorted((k, c.text) for k, c in _pps(cs, chunk_string(cs), 2).items())
[('for', '$5 mln'), ('to', 'Vell Corp')]
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .chunks import Chunk, backed_party

_PREP_NAMES = {"f": "from", "t": "to", "r": "for", "y": "by", "i": "in", "a": "at"}
# "to a group of investors led by Z": the one who leads the group stands for it
_LED_GROUP = regex.compile(r"(?:dx{1,2}|A)(?:ox{1,3})?xy(?=[CNP])")
_LEADS = frozenset({"led", "headed"})


# the people of a company a deal may go to or come from: "sold Y to the studio's founders"
_PEOPLE_OF = frozenset({"founders", "management", "managers", "shareholders", "owners", "employees", "staff"})


def _pps(chunks: Sequence[Chunk], s: str, pos: int) -> dict[str, Chunk]:
    """Prepositional phrases from ``pos`` to the end of the clause: "from Z", "to Z", "for $5 mln",
    "to a group led by Z"."""
    out: dict[str, Chunk] = {}
    i = pos
    n = len(s)
    skipped = 0  # chunks of a relative clause passed over
    # (a modal or "be" opens another clause's verb group: "... of the group being sold will be used to
    # support Z" holds no buyer)
    while i < n - 1 and s[i] not in ";.VZWmb" and i - pos - skipped < 14:
        if s[i] == "," and s[i + 1] == "W":
            # "sold its dessert business, which never fit, to Z": the object's relative clause
            close = s.find(",", i + 2, i + 16)
            # (the clause must end right before a preposition: not ", according to Z")
            if close < 0 or any(ch in s[i + 2 : close] for ch in ".;"):
                break
            if s[close + 1 : close + 2] not in _PREP_NAMES:
                break
            skipped += close - i
            i = close + 1
            continue
        prep = _PREP_NAMES.get(s[i])
        if prep is not None:
            j = i + 1
            led = _LED_GROUP.match(s, j)
            if led is not None and chunks[led.end() - 2].text.casefold() in _LEADS:
                j = led.end()
            # "for about $5 mln", "from its parent Z", "to U.S. private equity firm Z", "for a proposed $5m"
            while j < n and (s[j] in "xXv9pdjLuB-" or s[j : j + 2] == "GM") and j - i < 6:
                j += 1
            if j + 1 < n and (s[j] == "R" or s[j - 1 : j + 1] == "L'") and s[j + 1] in "CN":
                j += 1  # "from its Hong Kong parent Z", "from Japan's Z": the party after its description
            elif s[j : j + 3] == "RoC" and not chunks[j].inner and chunks[j].tokens[0].tag == "d":
                j += 2  # "from the Canadian subsidiary of Z": an unnamed unit's parent stands for it
            if j < n and s[j] == "N":  # "to U.S. private equity firm Z": a name no extractor knew, describing
                k = j + 1
                while k < n and s[k] in "xu-" and k - j < 5:
                    k += 1
                if k > j + 1 and k < n and s[k] in "CN":
                    j = k
            # ("to a newly formed company, Pennock Plc,": the name after its description; not "to the
            # public, Civil Aviation minister P said": a reporting clause's speaker)
            if s[j : j + 2] == "T," and j + 2 < n and s[j + 2] in "CN" and "S" not in s[j + 3 : j + 7]:
                j += 2  # "to its partner, Z": the party named by its role in the deal, then by its name
            described = j + 1 < n and s[j] == "," and s[j - 1] == "x" and s[j + 1] in "CN"
            if described and "S" not in s[j + 2 : j + 6]:
                j += 1
            if s[j : j + 3] in ("C'C", "C'N", "N'C"):
                j += 2  # "from SoftBank's Vision Fund": the possessor's own unit is the party
            elif s[j : j + 3] in ("C'T", "N'T") or (
                s[j : j + 3] in ("C'x", "N'x") and chunks[j + 2].text.casefold() in _PEOPLE_OF
            ):
                i += 1  # "to the studio's founders", "to Y's management": its people, no company
                continue
            if j < n and s[j] in "CN":
                j = backed_party(chunks, s, j + 1) or j  # "to Vell-backed Ardo": Ardo
            # ("to an Exmoor Corp unit": a unit named by its parent, the buyer or seller read inside)
            if j < n and (s[j] in "CNMP" or (s[j] == "R" and chunks[j].inner)) and prep not in out:
                out[prep] = chunks[j]
        i += 1
    return out
