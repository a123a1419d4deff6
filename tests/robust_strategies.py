"""Hypothesis strategies for adversarial text: what a feed nobody controls may send.

Long runs of one piece (punctuation, digits, currency signs, capitalized words, legal
suffixes, initials), dense mixtures of the pieces every extractor keys on, one-line
documents made of business sentences, text where every sentence holds a fact, and
arbitrary Unicode with the characters that change length or meaning when case-folded.
All the sentences are written for these tests.
"""

from __future__ import annotations

from hypothesis import strategies as st

#: Pieces that trigger some extractor, or a sentence break, or none of them.
TRICKY_PIECES = (
    *".!?,;:-()[]<>\"'/%\n\t",
    "...",
    "$",
    "US$",
    "HK$",
    "€",
    "£",
    "¥",
    "Rs",
    "RMB",
    "0",
    "5",
    "1987",
    "1,234",
    "1,234.56",
    "4,50,000",
    "7-1/2",
    ".25",
    "million",
    "mln",
    "bn",
    "dlrs",
    "francs",
    "pct",
    "per cent",
    "basis points",
    "users",
    "monthly active users",
    "subscribers",
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Co",
    "Ltd",
    "PLC",
    "GmbH",
    "S.A.",
    "A.",
    "U.S.",
    "Mr.",
    "Dr",
    "Acme",
    "Halvorsen",
    "Brixton",
    "ACME",
    "Group",
    "Holdings",
    "Bank",
    "March",
    "Jan.",
    "Q3",
    "first half",
    "fiscal",
    "year-ago",
    "mths",
    "after",
    "since",
    "between",
    "and",
    "to",
    "from",
    "the",
    "said",
    "bought",
    "acquired",
    "stake",
    "in",
    "a",
    "for",
    "about",
    "more than",
    "rose",
    "fell",
    "http://",
    "www.",
    ".com",
    "%28",
    "%2D",
    "%20",
    "\u00a0",
    "\u2013",
    "\u201c",
    "\u201d",
    "\u2019s",
    "\u0130",  # capital I with dot: lowercases to two characters
    "\u017f",  # long s: matches "s" case-insensitively
    "\u212a",  # Kelvin sign: matches "k" case-insensitively
    "\u200b",  # zero-width space
    "\u202e",  # right-to-left override
    "\ue000",  # private use: the template slot marker of bizfacts.facts
    "\ue001",
    "\u0301",  # a combining accent
    "\U0001f600",
)

#: Units repeated into long runs.
RUN_UNITS = (
    ".",
    "!",
    "?",
    "..",
    ". ",
    "-",
    ",",
    "%",
    "$",
    "€",
    "(",
    ")",
    "<",
    '"',
    "'",
    "\n",
    " ",
    "a",
    "1",
    "1,",
    "1.",
    "12",
    "5% ",
    "$1 ",
    "€ 9,99 ",
    "%28%2D",
    "A. ",
    "A.",
    "Inc ",
    "Inc. ",
    "Corp. ",
    "Acme Corp, ",
    "Mr. ",
    "ACME ",
    "Alpha Bravo ",
    "Q3 ",
    "1987 ",
    "6 mths after ",
    "Jan. 1, ",
    "5 million users ",
    "said ",
    "\u0130",
)

_SYLLABLES = ("ka", "ro", "vin", "tel", "mar", "zu", "den", "lo", "sta", "qui", "bex", "nor")
_VERBS = ("bought", "acquired", "agreed to buy", "took a 20 percent stake in", "invested $3 million in")
_SUFFIXES = ("Corp", "Inc", "Ltd", "PLC", "Group", "Holdings")


@st.composite
def runs(draw: st.DrawFn, max_repeat: int = 400) -> str:
    """One unit repeated: a long run of punctuation, digits, signs, suffixes, initials."""
    unit = draw(st.sampled_from(RUN_UNITS))
    return unit * draw(st.integers(1, max_repeat))


@st.composite
def mixtures(draw: st.DrawFn, max_pieces: int = 80) -> str:
    """Tricky pieces glued together, with or without spaces between them."""
    pieces = draw(st.lists(st.sampled_from(TRICKY_PIECES), max_size=max_pieces))
    gaps = st.sampled_from(("", " ", " ", " ", "\n", ", "))
    seps = draw(st.lists(gaps, min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, seps, strict=True))


@st.composite
def company_names(draw: st.DrawFn, suffixed: bool = False) -> str:
    """A made-up capitalized name ("Kavintel Corp"), with a legal suffix or without."""
    syllables = draw(st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=4))
    name = "".join(syllables).capitalize()
    suffix = draw(st.sampled_from(_SUFFIXES if suffixed else ("", *_SUFFIXES)))
    return f"{name} {suffix}".rstrip()


@st.composite
def fact_sentences(draw: st.DrawFn, max_sentences: int = 12) -> str:
    """Sentences that each hold a deal between made-up companies, on one line or several."""
    out = []
    for _ in range(draw(st.integers(1, max_sentences))):
        a, b = draw(company_names(suffixed=True)), draw(company_names(suffixed=True))
        if a.split()[0] == b.split()[0]:
            b = "Nor" + b[0].lower() + b[1:]  # two different companies
        verb = draw(st.sampled_from(_VERBS))
        amount = draw(st.integers(1, 999))
        out.append(f"{a} {verb} {b} for ${amount} million on March {draw(st.integers(1, 28))}.")
    return draw(st.sampled_from((" ", "\n", "\n\n"))).join(out)


def unicode_text() -> st.SearchStrategy[str]:
    """Arbitrary Unicode (no surrogates: a Python str from a decoded file has none), with the
    case-folding oddities mixed in."""
    odd = st.sampled_from(("\u0130", "\u017f", "\u212a", "\u00df", "\ufb00", "\u1e9e", "\u0345", "\u03a3"))
    return st.lists(st.one_of(st.text(max_size=8), odd), max_size=40).map("".join)


def adversarial_text() -> st.SearchStrategy[str]:
    """Any of the above, and a one-line document joining several of them."""
    base = st.one_of(runs(), mixtures(), fact_sentences(), unicode_text())
    one_line = st.lists(st.one_of(mixtures(20), fact_sentences(3)), min_size=2, max_size=5).map(
        lambda parts: " ".join(" ".join(p.split()) for p in parts)
    )
    return st.one_of(base, one_line)
